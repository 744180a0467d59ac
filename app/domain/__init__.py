"""The domain: dossier store, dates, exchange format, checks. Never imports Qt."""

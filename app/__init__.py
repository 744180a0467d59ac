"""Dossier Timeline: review allegations against public officials, offline."""

APP_NAME = "Dossier Timeline"
APP_ID = "DossierTimeline"
ORGANIZATION_NAME = "Dossier Timeline"
ORGANIZATION_DOMAIN = "dossier-timeline.org"
DESKTOP_FILE_NAME = "org.dossiertimeline.DossierTimeline"
__version__ = "0.1.0"

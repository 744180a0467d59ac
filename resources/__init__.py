"""The files the app reads at run time (dataset, schema, icons, fonts, templates, desktop files).

A package only so that the wheel carries them as ``app.resource_files`` (see pyproject.toml);
read them through ``app.resources.resource_path``.
"""

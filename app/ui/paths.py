"""The names Qt files the user's settings under; where the files themselves live is ``app.launch``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .. import APP_ID, ORGANIZATION_DOMAIN, ORGANIZATION_NAME


def set_identity() -> None:
    """Names used by QSettings and QStandardPaths; set before either is touched."""
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setOrganizationDomain(ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationName(APP_ID)

"""Where the user's files live, per OS, from Qt's standard paths."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from .. import APP_ID, ORGANIZATION_DOMAIN, ORGANIZATION_NAME


def set_identity() -> None:
    """Names used by QSettings and QStandardPaths; set before either is touched."""
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setOrganizationDomain(ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationName(APP_ID)


def data_folder() -> Path:
    set_identity()
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def user_dossier_path() -> Path:
    """The user's own dossier file: dossier.db in the app's data folder."""
    return data_folder() / "dossier.db"

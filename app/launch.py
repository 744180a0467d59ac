"""What starting the app needs before any window: exit statuses, the data folder, the dossier to open.

Qt-free, so the headless commands (``check``, ``import``, ``search``, ``export json``)
never load PySide6. ``data_folder`` must name exactly the folder Qt's
``QStandardPaths.AppDataLocation`` names for this app (the window's backups and the
user's dossier live there); a test compares the two.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import APP_ID, ORGANIZATION_NAME

EXIT_OK, EXIT_PROBLEMS, EXIT_REFUSED = 0, 1, 2


def data_folder() -> Path:
    """The app's data folder: ``<the OS's user data folder>/<organization>/<application>``, as Qt says."""
    return _user_data_root() / ORGANIZATION_NAME / APP_ID


def _user_data_root() -> Path:
    if sys.platform == "win32":
        return _windows_roaming_app_data()
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    # NOTE: the XDG spec (and Qt) ignore a relative XDG_DATA_HOME.
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return Path(xdg) if xdg.startswith("/") else Path.home() / ".local" / "share"


def _windows_roaming_app_data() -> Path:
    """The Roaming AppData known folder, asked for the way Qt asks (SHGetKnownFolderPath)."""
    import ctypes
    from ctypes import wintypes

    class GUID(ctypes.Structure):
        _fields_ = [("Data1", wintypes.DWORD), ("Data2", wintypes.WORD), ("Data3", wintypes.WORD),
                    ("Data4", ctypes.c_ubyte * 8)]

    roaming = GUID(0x3EB685DB, 0x65F9, 0x4CF6, (ctypes.c_ubyte * 8)(0xA0, 0x3A, 0xE3, 0xEF, 0x65, 0x72, 0x9F, 0x3D))
    found = ctypes.c_wchar_p()
    kf_flag_dont_verify = 0x4000
    if ctypes.windll.shell32.SHGetKnownFolderPath(ctypes.byref(roaming), kf_flag_dont_verify, None,
                                                  ctypes.byref(found)) != 0:
        raise OSError("Windows did not say where the Roaming AppData folder is")
    try:
        return Path(found.value)
    finally:
        ctypes.windll.ole32.CoTaskMemFree(found)


def user_dossier_path() -> Path:
    """The user's own dossier file: dossier.db in the app's data folder."""
    return data_folder() / "dossier.db"


def open_store(db: str | None):
    """The dossier named by --db, or the user's own (created from the default dataset).

    Its writes are recorded in custody logs under the name set in Preferences, or none.
    """
    from .domain.opener import open_dossier, open_or_create
    from .domain.user_settings import custody_name
    from .resources import DEFAULT_DATASET

    store = open_dossier(Path(db)) if db else open_or_create(user_dossier_path(), DEFAULT_DATASET)
    store.actor = custody_name()
    return store

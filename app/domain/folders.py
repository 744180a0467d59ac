"""Where the app keeps temporary copies and backups: its data folder, when one is in use.

The launcher (or a test) names the folder once with ``use_data_folder``; the
opener, imports and bulk deletes then put their private copies and backups in it.
"""

from __future__ import annotations

from pathlib import Path

from . import backups
from .schema import CONTRACT
from .store import Store

_data_folder: Path | None = None


def use_data_folder(folder: Path | str | None) -> None:
    """Keep temporary copies (``tmp``) and backups (``backups``) in the app's data folder.

    Until this is called (domain tests, scripts), temporary copies use the system's
    temporary folder and only migrations make backups, beside the file.
    """
    global _data_folder
    _data_folder = Path(folder) if folder is not None else None


def data_folder() -> Path | None:
    return _data_folder


def scratch_folder() -> Path | None:
    return _data_folder / "tmp" if _data_folder is not None else None


def backups_folder() -> Path | None:
    return _data_folder / "backups" if _data_folder is not None else None


def backup_before(store: Store, reason: str) -> backups.Backup | None:
    """A checked backup of a working dossier before a risky write (import, bulk delete).

    None for in-memory dossiers or when no data folder is in use.
    """
    folder = backups_folder()
    if folder is None or store.path is None or not any(store.count(table) for table in CONTRACT):
        return None  # nothing that could be lost
    return backups.make_backup(store.db.conn, Path(store.path), folder, reason)

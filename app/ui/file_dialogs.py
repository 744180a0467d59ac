"""File dialogs that start where the user last chose a file, else in Documents.

One remembered folder for every dialog (New, Open, Import, Export, Save a copy): people
keep a case's files together, so the next file is most often beside the last one. An
export folder chosen in Preferences comes first for exports.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from .preferences import EXPORT_FOLDER, documents_folder

LAST_FOLDER_KEY = "files/lastFolder"


def start_folder(export: bool = False) -> Path:
    """For an export, the folder chosen in Preferences; else the folder of the last file chosen
    (while it exists); else Documents."""
    chosen = EXPORT_FOLDER.value() if export else ""
    if chosen and Path(chosen).is_dir():
        return Path(chosen)
    last = QSettings().value(LAST_FOLDER_KEY, "", type=str)
    return Path(last) if last and Path(last).is_dir() else documents_folder()


def _chosen(path: str, folder: bool = False) -> Path | None:
    if not path:
        return None
    chosen = Path(path)
    QSettings().setValue(LAST_FOLDER_KEY, str(chosen if folder else chosen.parent))
    return chosen


def save_file(parent: QWidget | None, title: str, file_name: str, filters: str = "", *,
              export: bool = False) -> Path | None:
    """Ask where to write a new file, suggesting ``file_name`` in the start folder."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder(export) / file_name), filters)
    return _chosen(path)


def open_file(parent: QWidget | None, title: str, filters: str = "") -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    return _chosen(path)


def open_folder(parent: QWidget | None, title: str) -> Path | None:
    return _chosen(QFileDialog.getExistingDirectory(parent, title, str(start_folder())), folder=True)

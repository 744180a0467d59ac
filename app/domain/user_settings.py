"""Preferences the command line shares with the window, kept as JSON in the app's data folder.

Qt's settings would need Qt, which the headless commands never load. Only what both
need lives here: the name the custody log records (empty by default: a researcher
may need to stay anonymous, and the OS account name is never taken silently) and
the largest original file a dossier takes. Without a data folder (domain tests,
scripts) the defaults apply.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from . import folders
from .originals import DEFAULT_LIMIT_BYTES
from .wording import translate

FILE_NAME = "settings.json"
_MB = 1024 * 1024


def _load(folder: Path | None) -> dict:
    if folder is None:
        return {}
    try:
        values = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none yet, or unreadable: the defaults, never a crash at start
    return values if isinstance(values, dict) else {}


def custody_name(folder: Path | None = None) -> str | None:
    """The name set in Preferences, or None."""
    name = _load(folder or folders.data_folder()).get("custody_name")
    return name.strip() or None if isinstance(name, str) else None


def original_limit_bytes(folder: Path | None = None) -> int:
    """The largest original file a dossier takes (500 MB unless set)."""
    megabytes = _load(folder or folders.data_folder()).get("original_limit_mb")
    if isinstance(megabytes, int) and not isinstance(megabytes, bool) and megabytes > 0:
        return megabytes * _MB
    return DEFAULT_LIMIT_BYTES


def save(custody_name: str | None, original_limit_mb: int, folder: Path | None = None) -> None:
    """Store both settings (written beside, then renamed: never half a file)."""
    folder = folder or folders.data_folder()
    if folder is None:
        raise OSError(translate("user_settings", "no data folder is in use to keep preferences in"))
    folder.mkdir(parents=True, exist_ok=True)
    values = {**_load(folder), "custody_name": (custody_name or "").strip(), "original_limit_mb": original_limit_mb}
    temporary = folder / f".{FILE_NAME}.writing"
    temporary.write_text(json.dumps(values, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, folder / FILE_NAME)

"""Rolling backups of dossier files, made with SQLite's backup API and checked.

A backup is taken before every import, migration and bulk delete, and once a day
(see ``opener``). Each is a complete, consistent dossier file, checked with
``PRAGMA integrity_check`` before it counts; the newest ``kept(folder)`` per dossier stay:
``KEEP``, or the number Preferences wrote into the folder (``kept.txt``), so the window and
the command line prune alike.
The folder is a parameter: the app passes its data folder's ``backups``.

File names say whose backup it is and when: ``<name>-<path digest>-<UTC time>-<reason>.db``.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
import shutil
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from . import durable
from .safety import DeadlinePassed, HardenedConnection, readonly_uri
from .wording import QT_TRANSLATE_NOOP, translate

KEEP = 6
KEPT_FILE = "kept.txt"
# Why a backup is made: the file name keeps the English, the restore offer says it in the reader's language.
_REASON_WORDS = {"daily": QT_TRANSLATE_NOOP("backups", "daily"), "import": QT_TRANSLATE_NOOP("backups", "import"),
                 "migration": QT_TRANSLATE_NOOP("backups", "migration"),
                 "bulk-delete": QT_TRANSLATE_NOOP("backups", "bulk-delete"),
                 "open": QT_TRANSLATE_NOOP("backups", "open"), "restore": QT_TRANSLATE_NOOP("backups", "restore")}
REASONS = tuple(_REASON_WORDS)
CHECK_SECONDS = 60.0
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<digest>[0-9a-f]{10})-(?P<made>\d{8}T\d{6}\d{6}Z)-(?P<reason>[a-z-]+)\.db$"
)


class BackupError(Exception):
    """A backup that could not be made or restored, with the reason."""


@dataclass(frozen=True)
class Backup:
    path: Path
    dossier_name: str
    digest: str
    made: _dt.datetime  # UTC
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def reason_words(reason: str) -> str:
    """Why a backup was made, in the reader's language (an unknown reason as it is)."""
    return translate("backups", _REASON_WORDS[reason]) if reason in _REASON_WORDS else reason


def dossier_digest(dossier: Path) -> str:
    """Tells apart backups of two dossiers that share a file name."""
    return hashlib.sha256(str(Path(dossier).resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:10]


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc)


def _parse(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    made = _dt.datetime.strptime(match["made"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=_dt.timezone.utc)
    return Backup(path, match["stem"], match["digest"], made, match["reason"])


def list_backups(folder: Path, dossier: Path | None = None) -> list[Backup]:
    """Backups in folder (of one dossier when given), newest first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    digest = dossier_digest(dossier) if dossier is not None else None
    found = [b for b in map(_parse, folder.iterdir()) if b is not None and (digest is None or b.digest == digest)]
    return sorted(found, key=lambda b: b.made, reverse=True)


def is_intact(path: Path) -> bool:
    """True when a file passes a full integrity_check (read through a hardened connection)."""
    try:
        conn = HardenedConnection(path, CHECK_SECONDS)
    except sqlite3.Error:
        return False
    try:
        return conn.execute("PRAGMA integrity_check(1)") == [("ok",)]
    except (sqlite3.Error, DeadlinePassed):
        return False
    finally:
        conn.close()


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of an open database to target, through the backup API.

    The copy is left in rollback-journal mode so it is one self-contained file.
    """
    target.unlink(missing_ok=True)
    destination = sqlite3.connect(str(target))
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
    finally:
        destination.close()


def kept(folder: Path) -> int:
    """How many backups per dossier the folder keeps: its ``kept.txt``, else KEEP."""
    try:
        count = int((Path(folder) / KEPT_FILE).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return KEEP
    return max(count, 1)


def set_kept(folder: Path, count: int) -> None:
    """Keep ``count`` (at least one) backups per dossier from the next backup on."""
    if count < 1:
        raise ValueError("at least one backup is kept")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{KEPT_FILE}.partial"
    partial.write_text(f"{count}\n", encoding="ascii")
    durable.replace(partial, folder / KEPT_FILE)


def make_backup(source: sqlite3.Connection | Path, dossier: Path, folder: Path, reason: str) -> Backup:
    """Back up a dossier (an open connection to it, or its file) and keep the newest ``kept(folder)``.

    Raises BackupError if the copy cannot be written or fails its integrity check.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = Path(folder)
    dossier = Path(dossier)
    made = _now()
    name = f"{dossier.stem or 'dossier'}-{dossier_digest(dossier)}-{made:%Y%m%dT%H%M%S%fZ}-{reason}.db"
    target = folder / name
    partial = folder / f".{name}.partial"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if isinstance(source, sqlite3.Connection):
            copy_database(source, partial)
        else:
            conn = sqlite3.connect(str(source))
            try:
                copy_database(conn, partial)
            finally:
                conn.close()
        if not is_intact(partial):
            raise BackupError(translate("backups", "the backup of {name} failed its integrity check").format(
                name=dossier.name))
        durable.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(translate("backups", "could not back up {name} to {folder}: {error}").format(
            name=dossier.name, folder=folder, error=error)) from None
    finally:
        partial.unlink(missing_ok=True)
    prune(folder, dossier, kept(folder))
    return _parse(target)


def prune(folder: Path, dossier: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups of a dossier; return what was deleted."""
    removed = []
    for backup in list_backups(folder, dossier)[keep:]:
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def has_backup_today(folder: Path, dossier: Path) -> bool:
    today = _now().date()
    return any(b.made.date() == today for b in list_backups(folder, dossier))


def newest_good(folder: Path, dossier: Path) -> Backup | None:
    """The newest backup of a dossier that passes integrity_check, or None."""
    for backup in list_backups(folder, dossier):
        if is_intact(backup.path):
            return backup
    return None


def restore(backup: Backup, dossier: Path, who: str | None = None) -> Path:
    """Put a backup in place of a (damaged) dossier file; return where the old file was kept.

    The damaged file and its -wal/-journal are moved aside, never deleted; the
    restored file is built beside the target and renamed into place. The restore is
    recorded in the custody log the backup brings back (by ``who``, the name set in
    Preferences), so the log never hides that entries after the backup were lost.
    """
    dossier = Path(dossier)
    if not is_intact(backup.path):
        raise BackupError(translate("backups", "the backup {name} is damaged too").format(name=backup.path.name))
    stamp = f"{_now():%Y%m%dT%H%M%S}"
    kept = dossier.with_name(f"{dossier.name}.damaged-{stamp}")
    building = dossier.with_name(f".{dossier.name}.restoring")
    try:
        source = sqlite3.connect(readonly_uri(backup.path), uri=True)
        try:
            copy_database(source, building)
        finally:
            source.close()
        _log_restore(building, backup, who)
        if dossier.exists():
            durable.replace(dossier, kept)
        for suffix in ("-wal", "-journal", "-shm"):
            sidecar = Path(f"{dossier}{suffix}")
            if sidecar.exists():
                durable.replace(sidecar, Path(f"{kept}{suffix}"))
        durable.replace(building, dossier)
    except (OSError, sqlite3.Error) as error:
        building.unlink(missing_ok=True)
        raise BackupError(translate("backups", "could not restore {name}: {error}").format(
            name=backup.path.name, error=error)) from None
    return kept


def _log_restore(building: Path, backup: Backup, who: str | None) -> None:
    from .originals import RESTORED, log_event

    conn = sqlite3.connect(str(building))
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'custody_log'").fetchone():
            log_event(conn, RESTORED, who=who, details={
                "backup": backup.path.name, "made": backup.made.isoformat(timespec="seconds"), "reason": backup.reason})
            conn.commit()
    finally:
        conn.close()


# --- what the app keeps in its data folder -------------------------------------------


@dataclass(frozen=True)
class StoredFile:
    path: Path
    kind: str  # "backup" or "temporary"
    size: int


def stored_files(backups_folder: Path, scratch_folder: Path) -> list[StoredFile]:
    """Backups and leftover temporary copies, for the About box to list."""
    files = [StoredFile(b.path, "backup", b.size) for b in list_backups(backups_folder)]
    scratch_folder = Path(scratch_folder)
    if scratch_folder.is_dir():
        for path in sorted(scratch_folder.rglob("*")):
            if path.is_file():
                files.append(StoredFile(path, "temporary", path.stat().st_size))
    return files


def purge(backups_folder: Path, scratch_folder: Path) -> int:
    """Delete every backup and temporary copy; return how many files went."""
    count = 0
    for backup in list_backups(backups_folder):
        backup.path.unlink(missing_ok=True)
        count += 1
    scratch_folder = Path(scratch_folder)
    if scratch_folder.is_dir():
        count += sum(1 for path in scratch_folder.rglob("*") if path.is_file())
        shutil.rmtree(scratch_folder, onerror=_writable_then_again)
    return count


def _writable_then_again(remove, path, _error) -> None:
    """Read-only copies (an original opened for viewing) resist deletion on Windows: lift that, try once more."""
    try:
        os.chmod(path, stat.S_IWRITE | stat.S_IREAD)
        remove(path)
    except OSError:
        pass  # still open in a viewer: left for the next purge

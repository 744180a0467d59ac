"""The one way a dossier file is opened: validated first, then opened for work.

Every entry point (the window, ``--db``, ``check``, File > Open, merging) calls
``validate`` or ``open_dossier``. Validation runs on a private copy of the file
(with any ``-wal``/``-journal`` beside it), so the original is never written to,
migrated or given ``-wal``/``-shm`` files by looking at it.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.request import pathname2url

from sqlite_utils import Database

from .schema import APPLICATION_ID, CONTRACT, schema_version
from .store import Store

SQLITE_HEADER = b"SQLite format 3\x00"


class DossierRefused(Exception):
    """A file that is not opened, with the plain reason why."""

    def __init__(self, path: Path, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True)
class DossierInfo:
    path: Path
    schema_version: int
    needs_migration: bool


def readonly_uri(path: Path) -> str:
    """A read-only URI for a path; quoting keeps ``?`` and ``#`` part of the name."""
    return f"file:{pathname2url(str(Path(path).resolve()))}?mode=ro"


def _copy_with_sidecars(path: Path, folder: Path) -> Path:
    copy = folder / "dossier.db"
    shutil.copyfile(path, copy)
    for suffix in ("-wal", "-journal"):
        sidecar = Path(f"{path}{suffix}")
        if sidecar.exists():
            shutil.copyfile(sidecar, f"{copy}{suffix}")
    return copy


def validate(path: Path | str) -> DossierInfo:
    """Check that a file is a dossier this version can open; raise DossierRefused if not."""
    path = Path(path)
    if not path.exists():
        raise DossierRefused(path, "no such file")
    if path.is_dir():
        raise DossierRefused(path, "is a folder, not a dossier file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DossierRefused(path, f"cannot be read ({error.strerror})") from None
    if not header:
        raise DossierRefused(path, "is an empty file (0 bytes), not a dossier")
    if header != SQLITE_HEADER:
        raise DossierRefused(path, "is not a dossier file (not an SQLite database)")
    with tempfile.TemporaryDirectory(prefix="dossier-check-") as folder:
        copy = _copy_with_sidecars(path, Path(folder))
        try:
            conn = sqlite3.connect(readonly_uri(copy), uri=True)
            try:
                return _inspect(path, conn)
            finally:
                conn.close()
        except sqlite3.DatabaseError as error:
            raise DossierRefused(path, f"is damaged ({error})") from None


def _inspect(path: Path, conn: sqlite3.Connection) -> DossierInfo:
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if application_id != APPLICATION_ID:
        raise DossierRefused(path, "is not a dossier file (an SQLite database of another application)")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    ours = schema_version()
    if version > ours:
        raise DossierRefused(
            path, f"was made by a newer version of Dossier Timeline (schema {version}; this one reads up to {ours})"
        )
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = sorted({"meta", *CONTRACT} - tables)
    if missing:
        raise DossierRefused(path, f"is damaged: table {', '.join(missing)} is missing")
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
    if problems != ["ok"]:
        raise DossierRefused(path, f"is damaged ({'; '.join(problems[:3])})")
    return DossierInfo(path, version, version < ours)


def open_dossier(path: Path | str, *, user_file: bool = True) -> Store:
    """Validate, back up if it needs migrating, then open for work (WAL, synchronous FULL)."""
    info = validate(path)
    if info.needs_migration:
        backup = info.path.with_name(f"{info.path.name}.before-schema-{schema_version()}.bak")
        _backup(info.path, backup)
    store = Store(_connect(info.path, user_file), info.path)
    store.migrate()
    return store


def create_dossier(path: Path | str | None = None, *, user_file: bool = True) -> Store:
    """A new, empty dossier file at path (in memory when None)."""
    if path is None:
        store = Store(Database(memory=True))
    else:
        path = Path(path)
        if path.exists():
            raise DossierRefused(path, "already exists")
        path.parent.mkdir(parents=True, exist_ok=True)
        store = Store(_connect(path, user_file), path)
    store.migrate()
    return store


def _connect(path: Path, user_file: bool) -> Database:
    conn = sqlite3.connect(str(path), check_same_thread=False)
    db = Database(conn)
    if user_file:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA secure_delete = ON")
    return db


def _backup(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API."""
    src = sqlite3.connect(readonly_uri(source), uri=True)
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def create_from_dataset(path: Path | str, dataset: Path | str) -> Store:
    """A new dossier file at path holding an exchange file's data, or no file at all.

    Built beside the target and renamed into place, so a failed import leaves nothing.
    """
    from .exchange import import_file  # exchange imports store; keep opener importable alone

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f".{path.name}.building")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    store = create_dossier(building)
    try:
        import_file(dataset, store)
    except BaseException:
        store.close()
        building.unlink(missing_ok=True)
        raise
    store.close()
    building.replace(path)
    return open_dossier(path)


def open_or_create(path: Path | str, dataset: Path | str) -> Store:
    """The user's dossier: opened when it exists, else created from the default dataset."""
    path = Path(path)
    if path.exists():
        return open_dossier(path)
    return create_from_dataset(path, dataset)

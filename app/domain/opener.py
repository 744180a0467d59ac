"""The one way a dossier file is opened: validated first, then opened for work.

Every entry point (the window, ``--db``, ``check``, File > Open, merging) calls
``validate``, ``open_dossier`` or ``open_snapshot``. Validation follows SQLite's
"Defense Against the Dark Arts": the file (with any ``-wal``/``-journal`` beside
it) is copied to a private temporary folder and the copy is read through a
hardened connection (``safety.HardenedConnection``). It must carry our
application id, a schema version not newer than ours, exactly the schema objects
our migrations create for that version — nothing else — and pass a full
``PRAGMA integrity_check``. The original is never written to while it is checked.

Only a file that passes is opened normally for work, after a backup copy; an
older one is migrated in a copy that then replaces it, with a backup kept.

The user's own file is trusted as far as the app wrote it: closing a working
dossier cleanly records its fingerprint in the data folder (``closed-cleanly.json``).
When a file's fingerprint still matches, only its header, version and schema are
checked before it opens (milliseconds, on the file itself, through a hardened
connection); the integrity check runs after the window is up (``DeferredCheck``),
on the daily backup copy when one is due, so the file is not checked twice.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlite_utils import Database

from . import backups, durable
from .folders import (
    backup_before,
    backups_folder,
    data_folder,
    scratch_folder,
    use_data_folder,
)
from .migrations import migrations, schema_version
from .safety import DeadlinePassed, HardenedConnection, plain_failure, readonly_uri
from .originals import UNREAD_BLOB_COLUMNS
from .progress import Progress, report
from .schema import APPLICATION_ID
from .store import Store
from .wording import number, translate

__all__ = [
    "DeferredCheck", "DossierInfo", "DossierRefused", "backup_before", "create_built", "create_dossier", "create_from_dataset",
    "data_folder", "open_dossier", "open_or_create", "open_snapshot", "own_connection", "readonly_uri", "use_data_folder",
    "validate", "verify_originals",
]

SQLITE_HEADER = b"SQLite format 3\x00"
VALIDATION_SECONDS = 60.0
CLOSED_CLEANLY = "closed-cleanly.json"  # in the data folder: fingerprints of files the app closed cleanly
VERIFY_SECONDS = 3600.0  # re-hashing gigabytes of originals takes a while

# Schema objects SQLite itself may add to any database (ANALYZE, AUTOINCREMENT).
SQLITE_OWN_OBJECTS = frozenset({
    ("table", "sqlite_stat1", "sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat)"),
    ("table", "sqlite_stat4", "sqlite_stat4", "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)"),
    ("table", "sqlite_sequence", "sqlite_sequence", "CREATE TABLE sqlite_sequence(name,seq)"),
})


class DossierRefused(Exception):
    """A file that is not opened, with the plain reason why.

    ``kind`` lets the window choose what to offer: "missing", "unreadable",
    "not-dossier", "newer", "unexpected", "damaged", "too-slow" or "read-only".
    """

    def __init__(self, path: Path, reason: str, kind: str = "refused"):
        self.path = Path(path)
        self.reason = reason
        self.kind = kind
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True)
class DossierInfo:
    path: Path
    schema_version: int
    needs_migration: bool


@contextmanager
def _private_folder(prefix: str) -> Iterator[Path]:
    scratch = scratch_folder()
    if scratch is not None:
        scratch.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=prefix, dir=scratch) as folder:
        yield Path(folder)


# --- validation ----------------------------------------------------------------------


def _copy_with_sidecars(path: Path, folder: Path) -> Path:
    copy = folder / "dossier.db"
    shutil.copyfile(path, copy)
    for suffix in ("-wal", "-journal"):
        sidecar = Path(f"{path}{suffix}")
        if sidecar.exists():
            shutil.copyfile(sidecar, f"{copy}{suffix}")
    return copy


def _check_header(path: Path) -> None:
    if not path.exists():
        raise DossierRefused(path, translate("opener", "no such file"), "missing")
    if path.is_dir():
        raise DossierRefused(path, translate("opener", "is a folder, not a dossier file"), "not-dossier")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DossierRefused(path, _unreadable(error), "unreadable") from None
    if not header:
        raise DossierRefused(path, translate("opener", "is an empty file (0 bytes), not a dossier"), "not-dossier")
    if header != SQLITE_HEADER:
        raise DossierRefused(path, translate("opener", "is not a dossier file (not an SQLite database)"), "not-dossier")


def _unreadable(error: OSError) -> str:
    """Why a file cannot be read; the system's own words in brackets."""
    return translate("opener", "cannot be read ({reason})").format(reason=error.strerror)


def _damaged(detail: str) -> str:
    """A damaged file's reason with SQLite's own words (or its integrity check's) in brackets."""
    return translate("opener", "is damaged ({detail})").format(detail=detail)


def _refused_slow(error: DeadlinePassed) -> str:
    return translate("opener", "is refused: it {reason}").format(reason=error)


class _Steps:
    """Validation's progress: tables checked of all, also asked while SQLite works, so a Cancel stops a long statement."""

    def __init__(self, progress: Progress | None):
        self.progress = progress
        self.done, self.total = 0, 1

    def keep_going(self) -> bool:
        return self.progress is None or self.progress(self.done, self.total)

    def step(self) -> None:
        self.done += 1
        report(self.progress, self.done, self.total)


@contextmanager
def _validated_copy(path: Path | str, deadline_seconds: float,
                    progress: Progress | None = None) -> Iterator[tuple[DossierInfo, Path]]:
    """A private copy of a file that passed validation, with what was learnt about it.

    ``progress`` hears of each table checked; a Cancel raises Cancelled (the file was only read).
    """
    path = Path(path)
    _check_header(path)
    steps = _Steps(progress)
    with _private_folder("dossier-check-") as folder:
        try:
            copy = _copy_with_sidecars(path, folder)
        except OSError as error:
            raise DossierRefused(path, _unreadable(error), "unreadable") from None
        try:
            conn = HardenedConnection(copy, deadline_seconds, keep_going=steps.keep_going if progress else None)
            try:
                info = _inspect(path, conn, steps)
            finally:
                conn.close()
        except DeadlinePassed as error:
            raise DossierRefused(path, _refused_slow(error), "too-slow") from None
        except sqlite3.DatabaseError as error:
            raise DossierRefused(path, _damaged(str(error)[:200]), "damaged") from None
        except UnicodeDecodeError:  # SQLite's own message quoted bytes that are not text
            raise DossierRefused(path, translate("opener", "is damaged (its structure holds bytes that are not text)"),
                             "damaged") from None
        yield info, copy


def validate(path: Path | str, *, deadline_seconds: float = VALIDATION_SECONDS,
             progress: Progress | None = None) -> DossierInfo:
    """Check that a file is a dossier this version can open; raise DossierRefused if not (Cancelled on a Cancel)."""
    with _validated_copy(path, deadline_seconds, progress) as (info, _):
        return info


def _inspect(path: Path, conn: HardenedConnection, steps: _Steps) -> DossierInfo:
    version, expected = _inspect_schema(path, conn)
    # The integrity check runs in a thread beside the value check (SQLite lets go of the
    # GIL while it works); its verdict still comes first, as if they ran one after the other.
    integrity = _IntegrityCheck(conn)
    try:
        problem, value_error = _value_problem(conn, expected, steps), None
    except Exception as error:  # noqa: BLE001 — raised below, once the integrity check has had its say
        problem, value_error = None, error
    problems = integrity.result()
    if problems != ["ok"]:
        raise DossierRefused(path, _damaged("; ".join(problems[:3])), "damaged")
    if value_error is not None:
        raise value_error
    if problem:
        raise DossierRefused(path, translate("opener", "is damaged: {problem}").format(problem=problem), "damaged")
    return DossierInfo(path, version, version < schema_version())


def _inspect_schema(path: Path, conn: HardenedConnection) -> tuple[int, frozenset]:
    """The file's schema version and our schema for it, once its id, version and schema objects are ours."""
    (application_id,), = conn.execute("PRAGMA application_id")
    if application_id != APPLICATION_ID:
        raise DossierRefused(
            path, translate("opener", "is not a dossier file (an SQLite database of another application)"), "not-dossier")
    (version,), = conn.execute("PRAGMA user_version")
    ours = schema_version()
    if version > ours:
        raise DossierRefused(
            path, translate("opener", "was made by a newer Dossier Timeline (schema {version}; this version reads up "
                                      "to schema {ours}); update the app to open it").format(
                version=number(version), ours=number(ours)), "newer",
        )
    if version < 1:
        raise DossierRefused(path, translate("opener", "is damaged: it carries no schema version"), "damaged")
    found = {(kind, name, table, _normal(sql)) for kind, name, table, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master")}
    expected = expected_schema(version)
    problem = _schema_difference(found, expected)
    if problem:
        raise DossierRefused(path, problem[0], problem[1])
    return version, expected


class _IntegrityCheck:
    """``PRAGMA integrity_check(20)`` on its own hardened connection in a thread, started at once."""

    def __init__(self, conn: HardenedConnection):
        self._conn = conn
        self._problems: list[str] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            sibling = self._conn.sibling()
            try:
                self._problems = [row[0] for row in sibling.execute("PRAGMA integrity_check(20)")]
            finally:
                sibling.close()
        except BaseException as error:  # noqa: BLE001 — handed to the caller by result()
            self._error = error

    def result(self) -> list[str]:
        """The check's messages (["ok"] when intact); raises what the check raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._problems


def _value_problem(conn: HardenedConnection, expected: frozenset, steps: _Steps) -> str | None:
    """The first stored value that is not what its column declares, in words.

    integrity_check passes text that is not UTF-8 and a blob or text where a
    number belongs (our tables are not STRICT); the app would trip over either.
    Every value is read (so every text is decoded); SQLite itself finds the first
    row holding a wrongly typed value, and only that row is looked at in Python.
    The bytes of stored originals are not read here: ``originals.verify`` checks them by hash.
    """
    tables = [name for kind, name, _, sql in expected if kind == "table" and not sql.startswith("CREATE VIRTUAL")]
    steps.total = len(tables) + 1  # the last step: the integrity check's verdict
    for table in sorted(tables):
        steps.step()
        declared = {name: kind.upper() for _, name, kind, *_ in conn.execute(f"PRAGMA table_info([{table}])")
                    if (table, name) not in UNREAD_BLOB_COLUMNS}
        columns = list(declared)
        listed = ", ".join(f"[{c}]" for c in columns)
        try:
            conn.read_through(f"SELECT {listed} FROM [{table}]")
            mistyped = _any_of([_mistyped(column, declared[column]) for column in columns
                                if declared[column] in ("TEXT", "INTEGER")])
            rows = conn.execute(f"SELECT {listed} FROM [{table}] WHERE {mistyped} LIMIT 1") if mistyped else []
        except sqlite3.OperationalError as error:
            if "decode" in str(error):
                return translate("opener", "table {table} holds text that is not valid UTF-8").format(table=table)
            raise
        wanted = [(str,) if declared[c] == "TEXT" else (int,) if declared[c] == "INTEGER" else object
                  for c in columns]  # other declared types (BLOB, none: search index tables) hold anything
        for row in rows:
            for column, value, kinds in zip(columns, row, wanted):
                if value is not None and not isinstance(value, kinds):
                    return translate("opener", "{table}.{column} holds {found} data where {declared} belongs").format(
                        table=table, column=column, found=type(value).__name__, declared=declared[column].lower())
    return None


def _mistyped(column: str, declared: str) -> str:
    """SQL true where a column's value is neither NULL nor of its declared type, without calling a function.

    Numbers sort before text and text before blobs; a REAL shows a decimal point as
    text where an INTEGER does not. ``+`` keeps indexes out, so rows come in table order.
    """
    value = f"+[{column}]"
    if declared == "TEXT":
        return f"({value} < '' OR {value} >= x'')"
    return f"({value} >= '' OR CAST(CAST({value} AS INTEGER) AS TEXT) <> CAST({value} AS TEXT))"


def _any_of(conditions: list[str]) -> str | None:
    """Conditions joined by OR as a balanced tree (the hardened expression depth limit is 50)."""
    if len(conditions) <= 1:
        return conditions[0] if conditions else None
    middle = len(conditions) // 2
    return f"({_any_of(conditions[:middle])} OR {_any_of(conditions[middle:])})"


def _normal(sql: str | None) -> str | None:
    return re.sub(r"\s+", " ", sql).strip() if sql is not None else None


@cache
def expected_schema(version: int) -> frozenset[tuple[str, str, str, str | None]]:
    """Every sqlite_master entry our first ``version`` migrations create, built in memory.

    New migrations (search tables, triggers, ...) are accepted without editing this.
    """
    names = [m.name for m in migrations._migrations]
    db = Database(memory=True)
    if version < len(names):
        migrations.apply(db, stop_before=names[version])
    else:
        migrations.apply(db)
    rows = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    db.close()
    return frozenset((kind, name, table, _normal(sql)) for kind, name, table, sql in rows)


def _schema_difference(found: set, expected: frozenset) -> tuple[str, str] | None:
    """The first way a file's schema differs from ours, in words, with its kind."""
    expected_names = {(kind, name) for kind, name, _, _ in expected}
    order = {"table": 0, "view": 1, "trigger": 2, "index": 3}
    for kind, name, _, _ in sorted(found - expected - SQLITE_OWN_OBJECTS, key=lambda e: (order.get(e[0], 4), e[1])):
        if (kind, name) in expected_names:
            return translate("opener", "is not a dossier this version trusts: {kind} {name} is defined differently").format(
                kind=kind, name=repr(name)), "unexpected"
        return translate("opener", "is not a dossier this version trusts: unexpected {kind} {name}").format(
            kind=kind, name=repr(name)), "unexpected"
    missing = sorted(name for kind, name, _, _ in expected - found if kind == "table")
    if missing:
        return translate("opener", "is damaged: table {names} is missing").format(names=", ".join(missing)), "damaged"
    missing = sorted(f"{kind} {name}" for kind, name, _, _ in expected - found)
    if missing:
        return translate("opener", "is damaged: {names} is missing").format(names=", ".join(missing)), "damaged"
    return None


def verify_originals(path: Path | str, progress=None) -> list:
    """Re-hash a file's stored originals (``originals.verify``), even in a file validation refuses.

    A tampered dossier is exactly when the user needs to know which item changed, so
    the schema is not required to match ours: a private copy is read through a
    hardened, read-only connection, and only real tables of our names are read.
    Raises DossierRefused for a file that is not an SQLite database at all.
    """
    from .originals import verify

    path = Path(path)
    _check_header(path)
    with _private_folder("dossier-verify-") as folder:
        try:
            copy = _copy_with_sidecars(path, folder)
        except OSError as error:
            raise DossierRefused(path, _unreadable(error), "unreadable") from None
        conn = HardenedConnection(copy, VERIFY_SECONDS)
        try:
            tables = {name for name, in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN "
                "('originals', 'original_chunks', 'source_originals')")}
            if len(tables) < 3:
                return []
            return verify(conn.conn, progress)
        except DeadlinePassed as error:
            raise DossierRefused(path, translate("opener", "could not be verified: it {reason}").format(reason=error),
                                 "too-slow") from None
        except sqlite3.DatabaseError as error:
            raise DossierRefused(path, _damaged(str(error)[:200]), "damaged") from None
        finally:
            conn.close()


# --- opening for work ----------------------------------------------------------------


def open_dossier(path: Path | str, *, user_file: bool = True, progress: Progress | None = None) -> Store:
    """Validate, back up, migrate an older file in a copy, then open for work.

    ``progress`` follows the validation, the long part; a Cancel raises Cancelled before anything is written.

    ``user_file`` files (the user's dossier, a file opened to work on) get WAL
    with synchronous FULL and a daily backup; other files are private copies.
    A user file the app closed cleanly and nobody touched since opens after a
    schema check only; ``store.deferred_check`` then holds what is left to check.
    """
    path = Path(path)
    trusted_as = _closed_cleanly(path) if user_file else None
    trusted = trusted_as is not None
    info = _check_own_file(path) if trusted else validate(path, progress=progress)
    path = info.path
    if user_file:
        _refuse_if_read_only(path)
        _forget_clean_close(path)  # open for work now: a crash before the next clean close means a full check
    folder = backups_folder() if user_file else None
    try:
        if folder is not None and not trusted and not backups.has_backup_today(folder, path):
            backups.make_backup(path, path, folder, "daily")
        if info.needs_migration:
            _migrate_in_copy(path, folder)
        store = Store(_connect(path, user_file), path)
        store.migrate()
    except backups.BackupError as error:
        raise DossierRefused(path, translate("opener", "is not opened: {error}").format(error=error), "read-only") from None
    except sqlite3.OperationalError as error:
        reason = plain_failure(error) or str(error)
        raise DossierRefused(path, translate("opener", "cannot be opened for work: {reason}").format(reason=reason),
                             "read-only") from None
    check = store.deferred_check = DeferredCheck(path) if trusted else None
    store.trusted_fingerprint = trusted_as
    if user_file and data_folder() is not None:
        def closed_cleanly() -> None:
            if check is None or check.problem is None:  # a file that failed its check is checked in full next time
                store.closed_fingerprint = _remember_clean_close(path)

        store.on_close = closed_cleanly
    return store


def _check_own_file(path: Path) -> DossierInfo:
    """Header, application id, version and schema of a file the app closed cleanly, on the file itself.

    The hardened connection reads only; the integrity and value checks are left to ``DeferredCheck``.
    """
    _check_header(path)
    try:
        conn = HardenedConnection(path, VALIDATION_SECONDS)
        try:
            version, _ = _inspect_schema(path, conn)
        finally:
            conn.close()
    except DeadlinePassed as error:
        raise DossierRefused(path, _refused_slow(error), "too-slow") from None
    except sqlite3.DatabaseError as error:
        raise DossierRefused(path, _damaged(str(error)[:200]), "damaged") from None
    except UnicodeDecodeError:
        raise DossierRefused(path, translate("opener", "is damaged (its structure holds bytes that are not text)"),
                             "damaged") from None
    return DossierInfo(path, version, version < schema_version())


@dataclass
class DeferredCheck:
    """What a trusted own file skipped at opening: a full integrity check, run once the window is up.

    When the day's backup is due, the checked backup copy is the check (``backups.make_backup``
    runs integrity_check on it); otherwise the file gets ``PRAGMA integrity_check`` on a
    hardened connection. Safe in a thread: it opens its own connections.
    """

    path: Path
    problem: str | None = None  # what the check found, once it has run

    def run(self) -> str | None:
        """None when the file is intact, else what is wrong, in words (kept in ``problem``)."""
        self.problem = self._problem()
        return self.problem

    def _problem(self) -> str | None:
        folder = backups_folder()
        try:
            if folder is not None and not backups.has_backup_today(folder, self.path):
                backups.make_backup(self.path, self.path, folder, "daily")
                return None
            conn = HardenedConnection(self.path, VALIDATION_SECONDS)
            try:
                problems = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
            finally:
                conn.close()
        except backups.BackupError as error:
            return str(error)
        except (sqlite3.Error, DeadlinePassed) as error:
            return translate("opener", "it could not be checked ({detail})").format(detail=str(error)[:200])
        return None if problems == ["ok"] else translate("opener", "it is damaged ({detail})").format(
            detail="; ".join(problems[:3]))


# --- files the app closed cleanly ------------------------------------------------------


def _fingerprint(path: Path) -> dict | None:
    """What changes when any program writes the file: size, times (ctime cannot be set back), inode.

    None while a journal or a non-empty WAL sits beside it (the file alone is not the dossier).
    """
    try:
        if Path(f"{path}-journal").exists() or (Path(f"{path}-wal").exists()
                                                and Path(f"{path}-wal").stat().st_size):
            return None
        status = path.stat()
    except OSError:
        return None
    return {"size": status.st_size, "mtime_ns": status.st_mtime_ns, "ctime_ns": status.st_ctime_ns,
            "inode": status.st_ino, "device": status.st_dev}


def _clean_closes() -> tuple[Path | None, dict]:
    folder = data_folder()
    if folder is None:
        return None, {}
    record = folder / CLOSED_CLEANLY
    try:
        found = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return record, {}
    return record, found if isinstance(found, dict) else {}


def _write_clean_closes(record: Path, closes: dict) -> None:
    record.parent.mkdir(parents=True, exist_ok=True)
    partial = record.with_name(f".{record.name}.partial")
    partial.write_text(json.dumps(closes, indent=1), encoding="utf-8")
    os.replace(partial, record)


def _closed_cleanly(path: Path) -> dict | None:
    """The fingerprint recorded when the app last closed ``path`` cleanly, if the file still has it."""
    _, closes = _clean_closes()
    fingerprint = closes.get(str(path.resolve())) if closes else None
    return fingerprint if fingerprint is not None and fingerprint == _fingerprint(path) else None


def _forget_clean_close(path: Path) -> None:
    record, closes = _clean_closes()
    if record is not None and closes.pop(str(path.resolve()), None) is not None:
        _write_clean_closes(record, closes)


def _remember_clean_close(path: Path) -> dict | None:
    """Record the fingerprint of a working dossier just closed (its WAL folded back in by SQLite); return it."""
    record, closes = _clean_closes()
    fingerprint = _fingerprint(path)
    if record is None or fingerprint is None:
        return None
    closes[str(path.resolve())] = fingerprint
    try:
        _write_clean_closes(record, closes)
    except OSError:
        return None  # not recorded: the next opening checks the file in full
    return fingerprint


def _refuse_if_read_only(path: Path) -> None:
    # NOTE: WAL needs to create -wal and -shm beside the file, so the folder must be writable too.
    if not os.access(path, os.W_OK):
        raise DossierRefused(path, translate("opener", "is read-only: save a copy somewhere you can write to, or "
                                                       "open the copy"), "read-only")
    if not os.access(path.parent, os.W_OK):
        raise DossierRefused(path, translate("opener", "is in a read-only folder: copy it somewhere you can write to"),
                             "read-only")


def _migrate_in_copy(path: Path, folder: Path | None) -> None:
    """Migrate an older dossier in a copy beside it, then put the copy in its place.

    A backup is made first (in the backups folder, else beside the file), so the
    file as it was is never lost; a failure leaves the original as it was.
    """
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if folder is not None:
            backups.make_backup(conn, path, folder, "migration")
        else:
            backups.copy_database(conn, path.with_name(f"{path.name}.before-schema-{schema_version()}.bak"))
        building = path.with_name(f".{path.name}.migrating")
        backups.copy_database(conn, building)
    finally:
        conn.close()
    try:
        store = Store(Database(sqlite3.connect(str(building))), building)
        try:
            store.migrate()
            if store.db.execute("PRAGMA integrity_check(1)").fetchone()[0] != "ok":
                raise DossierRefused(path, translate("opener", "is damaged: migrating a copy of it failed its integrity "
                                                               "check"), "damaged")
        finally:
            store.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)  # checkpointed above; stale now
        durable.replace(building, path)
    finally:
        building.unlink(missing_ok=True)


@contextmanager
def open_snapshot(path: Path | str) -> Iterator[Store]:
    """A validated private copy of a file, migrated there if older, open for reading.

    For ``check`` and merging: the file itself is never written, not even by
    a checkpoint or a migration.
    """
    with _validated_copy(path, VALIDATION_SECONDS) as (info, copy):
        store = Store(Database(sqlite3.connect(str(copy))), info.path)
        try:
            store.migrate()
            yield store
        finally:
            store.close()


def create_dossier(path: Path | str | None = None, *, user_file: bool = True) -> Store:
    """A new, empty dossier file at path (in memory when None)."""
    if path is None:  # NOTE: one connection, lent to long work in another thread (see own_connection)
        store = Store(Database(sqlite3.connect(":memory:", check_same_thread=False)))
    else:
        path = Path(path)
        if path.exists():
            raise DossierRefused(path, translate("opener", "already exists"), "refused")
        path.parent.mkdir(parents=True, exist_ok=True)
        store = Store(_connect(path, user_file), path)
    store.migrate()
    return store


@contextmanager
def own_connection(store: Store) -> Iterator[Store]:
    """The working dossier on a connection of its own, for long work in another thread.

    SQLite connections stay in their thread, and a second connection reads its own
    consistent snapshot (WAL) while the window goes on reading through the first; what
    it writes, the first sees once committed. Its custody log entries name the same person.
    An in-memory dossier has no file to connect to again: its one connection is lent
    (the window stays modal, reading nothing, while the work runs).
    """
    if store.path is None:
        yield store
        return
    own = Store(_connect(Path(store.path), user_file=True), store.path)
    own.actor = store.actor
    try:
        yield own
    finally:
        own.close()


def _connect(path: Path, user_file: bool) -> Database:
    conn = sqlite3.connect(str(path), check_same_thread=False)
    db = Database(conn)
    if user_file:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA secure_delete = ON")
    return db


def create_built(path: Path | str, build: Callable[[Store], object]) -> Store:
    """A new dossier file at path filled by ``build(store)``, or no file at all.

    Built beside the target and renamed into place, so a failed build leaves nothing.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f".{path.name}.building")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    store = create_dossier(building)
    try:
        build(store)
    except BaseException:
        store.close()
        building.unlink(missing_ok=True)
        raise
    store.close()
    durable.replace(building, path)
    return open_dossier(path)


def create_from_dataset(path: Path | str, dataset: Path | str) -> Store:
    """A new dossier file at path holding an exchange file's data, or no file at all."""
    from .exchange import import_file  # NOTE: here, so opening a dossier does not load jsonschema

    return create_built(path, lambda store: import_file(dataset, store))


def open_or_create(path: Path | str, dataset: Path | str) -> Store:
    """The user's dossier: opened when it exists, else created from the default dataset.

    A damaged dossier raises DossierRefused with kind "damaged"; the window then
    offers ``backups.newest_good`` and ``backups.restore``.
    """
    path = Path(path)
    if path.exists():
        return open_dossier(path)
    return create_from_dataset(path, dataset)

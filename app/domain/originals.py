"""Original files kept inside the dossier: stored as captured, hashed, read back, verified.

An original is the exact bytes of a file a source was taken from (a PDF, a saved
web page, a recording), kept so that anyone can check later that it is what was
captured (Berkeley Protocol, 2020). It lives in three tables:

* ``originals``: one row per distinct content, keyed by its SHA-256 (``id``, hex),
  with its ``size`` and ``media_type`` (by content, ``media_types.sniff``).
* ``original_chunks``: the bytes, as raw uncompressed blobs of ``CHUNK_BYTES`` (the
  last one shorter; a small file is one chunk). They are written and read with
  incremental BLOB I/O, so a file is never held whole in memory, and the opener
  leaves them out of its per-value read-through: they are checked by hash instead.
* ``source_originals``: the capture — which source holds which original
  (``relation`` ``original``; ``transcript`` when the source's text is a person's
  transcript of a recording), its base file name (never the folder), when it was
  captured, from which URL and by whom (the name set in Preferences, or nothing).

None of them can be changed once written (triggers refuse it); an original can only
be removed while no source holds it. ``verify`` re-hashes every original and names
each one whose bytes no longer match — it reads only these tables, so it works on
a file whose schema was altered too (a guarding trigger dropped).

Every change to a source, its citations or its captures is appended to the
``custody_log`` by triggers (so changes from any program are logged), with the name
a ``Store`` sets for its write transactions in ``custody_session`` (never the OS
account). The log cannot be rewritten: updates and deletes are refused.
"""

from __future__ import annotations

import hashlib
import io
import json
import mimetypes
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlite_utils import Database

from . import media_types
from .progress import Progress, report
from .schema import CONTRACT, split_statements
from .wording import QT_TRANSLATE_NOOP, number, translate

CHUNK_BYTES = 8 * 1024 * 1024
PIECE_BYTES = 1024 * 1024  # what is read or written at a time inside a chunk
DEFAULT_LIMIT_BYTES = 500 * 1024 * 1024
RELATIONS = ("original", "transcript")

# The custody log's actions are stored in English (the triggers write the first three);
# ``action_words`` shows them in the reader's language.
EXPORTED = QT_TRANSLATE_NOOP("custody", "exported in a package")
IMPORTED = QT_TRANSLATE_NOOP("custody", "imported from a package")
RESTORED = QT_TRANSLATE_NOOP("custody", "restored from a backup")
_ACTIONS = frozenset({QT_TRANSLATE_NOOP("custody", "added"), QT_TRANSLATE_NOOP("custody", "changed"),
                      QT_TRANSLATE_NOOP("custody", "deleted"), EXPORTED, IMPORTED, RESTORED})
_LOGGED_RECORDS = {"sources": QT_TRANSLATE_NOOP("custody", "source"),
                   "citations": QT_TRANSLATE_NOOP("custody", "citation"),
                   "source_originals": QT_TRANSLATE_NOOP("custody", "capture record")}



class OriginalError(Exception):
    """An original that cannot be stored or read, with a message for the user."""


@dataclass(frozen=True)
class Original:
    sha256: str
    size: int
    media_type: str


@dataclass(frozen=True)
class Mismatch:
    """An original whose stored bytes no longer match its SHA-256, with the sources holding it."""

    sha256: str
    source_ids: tuple[str, ...]
    problem: str

    def __str__(self) -> str:
        held = ", ".join(self.source_ids) if self.source_ids else translate("originals", "no source")
        return translate("originals", "{sources}: original {sha256}: {problem}").format(
            sources=held, sha256=self.sha256, problem=self.problem)


# --- schema --------------------------------------------------------------------------

# The columns the custody log records per table (the text of a source by its length only).
_LOGGED = {table: CONTRACT[table] for table in ("sources", "citations", "source_originals")}
_SOURCE_OF = {"sources": "id", "citations": "source_id", "source_originals": "source_id"}


def _changes_sql(columns: tuple[str, ...], old: str | None, new: str | None) -> str:
    """SQL building a JSON object {column: [before, after]} of the columns that differ.

    Concatenation rather than json_object(): the opener's hardened connection allows
    8 arguments per function, and this trigger must parse there too.
    """
    parts = []
    for column in columns:
        key, before, after = column, f"{old}.[{column}]" if old else "NULL", f"{new}.[{column}]" if new else "NULL"
        if column == "text":
            key = "text_length"
            before, after = (f"length({side}.text)" if side else "NULL" for side in (old, new))
        parts.append(f"CASE WHEN {before} IS NOT {after} THEN ',\"{key}\":' || json_array({before}, {after}) "
                     "ELSE '' END")
    return "'{' || ltrim(" + " || ".join(parts) + ", ',') || '}'"


def _custody_triggers(table: str) -> str:
    script = ""
    source = _SOURCE_OF[table]
    for event, action, old, new in (("INSERT", "added", None, "new"), ("UPDATE", "changed", "old", "new"),
                                     ("DELETE", "deleted", "old", None)):
        row = new or old
        script += f"""
CREATE TRIGGER [{table}_custody_{event.lower()}] AFTER {event} ON [{table}] BEGIN
    INSERT INTO custody_log (who, source_id, record_table, record_id, action, changes)
    VALUES ((SELECT who FROM custody_session WHERE id = 1), {row}.[{source}], '{table}', {row}.id, '{action}',
            {_changes_sql(_LOGGED[table], old, new)});
END;"""
    return script


def m004_originals_and_custody(db: Database) -> None:
    """Stored originals, their captures, and the append-only custody log."""
    relations = ", ".join(f"'{r}'" for r in RELATIONS)
    script = f"""
CREATE TABLE originals (
    id TEXT PRIMARY KEY CHECK (length(id) = 64),
    size INTEGER NOT NULL CHECK (size >= 0),
    media_type TEXT NOT NULL
);
CREATE TABLE original_chunks (
    id INTEGER PRIMARY KEY,
    original_id TEXT NOT NULL REFERENCES originals(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL CHECK (seq >= 0),
    data BLOB NOT NULL,
    UNIQUE (original_id, seq)
);
CREATE TABLE source_originals (
    id TEXT PRIMARY KEY,
    source_id TEXT NOT NULL UNIQUE REFERENCES sources(id) ON DELETE CASCADE,
    original_id TEXT NOT NULL REFERENCES originals(id) ON DELETE RESTRICT,
    relation TEXT NOT NULL DEFAULT 'original' CHECK (relation IN ({relations})),
    file_name TEXT, captured_at TEXT NOT NULL, url TEXT, captured_by TEXT
);
CREATE INDEX source_originals_original ON source_originals(original_id);
CREATE TABLE custody_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    who TEXT,
    source_id TEXT,
    record_table TEXT,
    record_id TEXT,
    action TEXT NOT NULL,
    changes TEXT
);
CREATE INDEX custody_log_source ON custody_log(source_id);
CREATE TABLE custody_session (id INTEGER PRIMARY KEY CHECK (id = 1), who TEXT);
CREATE TRIGGER originals_never_change BEFORE UPDATE ON originals BEGIN
    SELECT RAISE(ABORT, 'a stored original is never changed');
END;
CREATE TRIGGER original_chunks_never_change BEFORE UPDATE ON original_chunks BEGIN
    SELECT RAISE(ABORT, 'a stored original is never changed');
END;
CREATE TRIGGER original_chunks_go_with_their_original BEFORE DELETE ON original_chunks
WHEN EXISTS (SELECT 1 FROM originals WHERE id = old.original_id) BEGIN
    SELECT RAISE(ABORT, 'a stored original is never changed');
END;
CREATE TRIGGER source_originals_never_change BEFORE UPDATE ON source_originals BEGIN
    SELECT RAISE(ABORT, 'a capture record is never changed');
END;
CREATE TRIGGER custody_log_no_update BEFORE UPDATE ON custody_log BEGIN
    SELECT RAISE(ABORT, 'the custody log is append-only');
END;
CREATE TRIGGER custody_log_no_delete BEFORE DELETE ON custody_log BEGIN
    SELECT RAISE(ABORT, 'the custody log is append-only');
END;
"""
    script += "".join(_custody_triggers(table) for table in _LOGGED)
    for statement in split_statements(script):
        db.execute(statement)


# Tables the opener does not read value by value (their blobs are verified by hash).
UNREAD_BLOB_COLUMNS = frozenset({("original_chunks", "data")})


# --- storing -------------------------------------------------------------------------


def store_original(conn: sqlite3.Connection, file: Path | str | BinaryIO, *,
                   name: str = "", limit_bytes: int = DEFAULT_LIMIT_BYTES,
                   progress: Progress | None = None) -> Original:
    """Store a file's bytes (from a path or a binary stream) once, by content; return what was stored.

    The file is read twice in pieces — once to hash and size it, once to write it with
    incremental BLOB I/O — and the second hash must match the first, so a file that
    changes while it is added is refused rather than stored wrong. Content already
    stored is not stored again. A stream that cannot seek is first spooled to a
    temporary file. Runs in its own transaction (or a savepoint of the caller's).
    ``name`` (a base file name) only refines text media types (``.md``).
    """
    if isinstance(file, (str, Path)):
        path = Path(file)
        if path.is_dir():
            raise OriginalError(translate("originals", "{name} is a folder, not a file").format(name=path.name))
        try:
            with path.open("rb") as handle:
                return store_original(conn, handle, name=name or path.name, limit_bytes=limit_bytes,
                                      progress=progress)
        except OSError as error:
            raise OriginalError(unreadable(path.name, error)) from None
    if not _seekable(file):
        with tempfile.TemporaryFile() as spool:
            _copy_limited(file, spool, limit_bytes)
            spool.seek(0)
            return store_original(conn, spool, name=name, limit_bytes=limit_bytes, progress=progress)
    start = file.tell()
    head = file.read(media_types.SNIFF_BYTES)
    file.seek(start)
    digest, size = _hash_stream(file, limit_bytes, name)
    original = Original(digest, size, media_types.sniff(head, name))
    if conn.execute("SELECT 1 FROM originals WHERE id = ?", [digest]).fetchone():
        return original
    file.seek(start)
    with _savepoint(conn):
        conn.execute("INSERT INTO originals (id, size, media_type) VALUES (?, ?, ?)",
                     [original.sha256, original.size, original.media_type])
        rehash = hashlib.sha256()
        done = 0
        for seq in range(max(1, -(-size // CHUNK_BYTES))):
            length = min(CHUNK_BYTES, size - seq * CHUNK_BYTES)
            rowid = conn.execute("INSERT INTO original_chunks (original_id, seq, data) VALUES (?, ?, zeroblob(?))",
                                 [digest, seq, length]).lastrowid
            with conn.blobopen("original_chunks", "data", rowid) as blob:
                while blob.tell() < length:
                    piece = file.read(min(PIECE_BYTES, length - blob.tell()))
                    if not piece:
                        raise OriginalError(translate("originals", "{name} became shorter while it was being added").format(
                            name=_file_name(name)))
                    blob.write(piece)
                    rehash.update(piece)
                    done += len(piece)
                    report(progress, done, size)
        if file.read(1) or rehash.hexdigest() != digest:
            raise OriginalError(translate("originals", "{name} changed while it was being added; nothing was stored").format(
                name=_file_name(name)))
    return original


def _seekable(file: BinaryIO) -> bool:
    try:
        return file.seekable()
    except (AttributeError, ValueError):
        return False


def _copy_limited(source: BinaryIO, target: BinaryIO, limit_bytes: int) -> None:
    copied = 0
    while piece := source.read(PIECE_BYTES):
        copied += len(piece)
        if copied > limit_bytes:
            raise OriginalError(_too_large(copied, limit_bytes))
        target.write(piece)


def _hash_stream(file: BinaryIO, limit_bytes: int, name: str) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    while piece := file.read(PIECE_BYTES):
        size += len(piece)
        if size > limit_bytes:
            raise OriginalError(translate("originals", "{name}: {problem}").format(
                name=_file_name(name), problem=_too_large(size, limit_bytes)))
        digest.update(piece)
    return digest.hexdigest(), size


def _file_name(name: str) -> str:
    return name or translate("originals", "the file")


def unreadable(name: str, error: OSError) -> str:
    """A file that cannot be read, with the system's own words in brackets."""
    return translate("originals", "{name} cannot be read ({reason})").format(name=name, reason=error.strerror)


def _too_large(size: int, limit_bytes: int) -> str:
    return translate("originals", "larger than the {limit} MB allowed for one original (at least {size} MB); "
                                  "raise the limit in Preferences to add it").format(
        limit=number(limit_bytes // (1024 * 1024)), size=number(size // (1024 * 1024)))


class _savepoint:
    """A savepoint, so storing joins a caller's transaction or makes its own."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.name = f"store_original_{id(self)}"

    def __enter__(self):
        self.outer = self.conn.in_transaction
        self.conn.execute(f"SAVEPOINT {self.name}")

    def __exit__(self, kind, error, traceback):
        if kind is not None and self.conn.in_transaction:
            self.conn.execute(f"ROLLBACK TO SAVEPOINT {self.name}")
        if self.conn.in_transaction:
            self.conn.execute(f"RELEASE SAVEPOINT {self.name}")
        if not self.outer and self.conn.in_transaction:
            self.conn.commit()
        return False


# --- reading -------------------------------------------------------------------------


def get_original(conn: sqlite3.Connection, sha256: str) -> Original | None:
    row = conn.execute("SELECT id, size, media_type FROM originals WHERE id = ?", [sha256]).fetchone()
    return Original(*row) if row else None


class OriginalReader(io.RawIOBase):
    """The stored bytes of one original as a read-only stream, a piece of a chunk at a time."""

    def __init__(self, conn: sqlite3.Connection, sha256: str):
        super().__init__()
        self._conn = conn
        self._chunks = [rowid for rowid, in conn.execute(
            "SELECT id FROM original_chunks WHERE original_id = ? ORDER BY seq", [sha256])]
        self._index = 0
        self._blob = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while self._index < len(self._chunks):
            if self._blob is None:
                self._blob = self._conn.blobopen("original_chunks", "data", self._chunks[self._index], readonly=True)
            piece = self._blob.read(len(buffer))
            if piece:
                buffer[:len(piece)] = piece
                return len(piece)
            self._blob.close()
            self._blob = None
            self._index += 1
        return 0

    def close(self) -> None:
        if self._blob is not None:
            self._blob.close()
            self._blob = None
        super().close()


def _not_stored(sha256: str) -> str:
    return translate("originals", "no original with SHA-256 {sha256} is stored in this dossier").format(sha256=sha256)


def open_original(conn: sqlite3.Connection, sha256: str) -> BinaryIO:
    """A buffered read-only stream of an original's stored bytes; OriginalError if none is stored."""
    if get_original(conn, sha256) is None:
        raise OriginalError(_not_stored(sha256))
    return io.BufferedReader(OriginalReader(conn, sha256), PIECE_BYTES)


def copy_original(conn: sqlite3.Connection, sha256: str, target: BinaryIO) -> int:
    """Write an original's stored bytes to a stream; the number of bytes written."""
    written = 0
    with open_original(conn, sha256) as stream:
        while piece := stream.read(PIECE_BYTES):
            target.write(piece)
            written += len(piece)
    return written


def capture_of(conn: sqlite3.Connection, source_id: str) -> dict | None:
    """A source's capture record with its original's size and media type, or None."""
    cursor = conn.execute("""SELECT c.*, o.size, o.media_type FROM source_originals c
                             JOIN originals o ON o.id = c.original_id WHERE c.source_id = ?""", [source_id])
    row = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], row)) if row else None


def temporary_copy(conn: sqlite3.Connection, sha256: str, file_name: str | None, folder: Path | None) -> Path:
    """A read-only copy of an original in a new private folder, for the system's viewer.

    Named by its base file name (or "original" plus an extension for its media type),
    so the viewer knows what it is; the stored bytes themselves are never handed out.
    """
    original = get_original(conn, sha256)
    if original is None:
        raise OriginalError(_not_stored(sha256))
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    name = os.path.basename((file_name or "").replace("\\", "/")).strip(". ")
    if not name:
        name = "original" + (mimetypes.guess_extension(original.media_type) or "")
    target = Path(tempfile.mkdtemp(prefix="original-", dir=folder)) / name
    with target.open("wb") as out:
        copy_original(conn, sha256, out)
    target.chmod(0o444)
    return target


# --- verifying -----------------------------------------------------------------------


def verify(conn: sqlite3.Connection, progress: Progress | None = None) -> list[Mismatch]:
    """Re-hash every stored original; each one whose bytes no longer match, by hash and source.

    Reads the chunks with plain SELECTs (one chunk in memory at a time), so it runs on
    a hardened read-only connection too and trusts nothing but the rows themselves:
    a missing, repeated or out-of-order chunk and a wrong size are named.
    """
    originals = conn.execute("SELECT id, size FROM originals ORDER BY id").fetchall()
    holders: dict[str, list[str]] = {}
    for source_id, original_id in conn.execute(
            "SELECT source_id, original_id FROM source_originals ORDER BY source_id"):
        holders.setdefault(original_id, []).append(source_id)
    total = sum(size for _, size in originals if isinstance(size, int))
    done = 0
    mismatches = []
    for sha256, size in originals:
        digest, stored, expected_seq, problem = hashlib.sha256(), 0, 0, None
        for seq, data in _chunks(conn, sha256):
            if seq != expected_seq:
                problem = (translate("originals", "chunk {number} is missing").format(number=number(expected_seq))
                           if seq > expected_seq else
                           translate("originals", "chunk {number} is repeated").format(number=number(seq)))
                break
            data = data or b""  # NULL: the NOT NULL guard was dropped too
            digest.update(data)
            stored += len(data)
            expected_seq += 1
            done += len(data)
            report(progress, min(done, total), total)
        if problem is None and stored != size:
            problem = translate("originals", "holds {stored} bytes where {size} were stored").format(
                stored=number(stored), size=number(size))
        if problem is None and digest.hexdigest() != sha256:
            problem = translate("originals", "its bytes now hash to {sha256}").format(sha256=digest.hexdigest())
        if problem is not None:
            mismatches.append(Mismatch(sha256, tuple(holders.get(sha256, ())), problem))
    for original_id, source_ids in sorted(holders.items()):
        if original_id not in {sha for sha, _ in originals}:
            mismatches.append(Mismatch(original_id, tuple(source_ids),
                                       translate("originals", "is not stored in this dossier")))
    return mismatches


def _chunks(conn: sqlite3.Connection, sha256: str) -> Iterator[tuple[int, object]]:
    rowids = [rowid for rowid, in conn.execute(
        "SELECT id FROM original_chunks WHERE original_id = ? ORDER BY seq, id", [sha256])]
    for rowid in rowids:
        # CAST: a tamperer may have left text where bytes belong; its bytes are hashed all the same.
        yield conn.execute("SELECT seq, CAST(data AS BLOB) FROM original_chunks WHERE id = ?", [rowid]).fetchone()


# --- captures and the custody log ----------------------------------------------------


def capture_row(source_id: str, original: Original, *, file_name: str | None, captured_at: str,
                url: str | None = None, captured_by: str | None = None, relation: str = "original") -> dict:
    """The ``source_originals`` row tying a source to a stored original (only the base file name is kept)."""
    if relation not in RELATIONS:
        raise OriginalError(translate("originals", "relation must be one of {relations}").format(
            relations=", ".join(RELATIONS)))
    base = os.path.basename((file_name or "").replace("\\", "/")) or None
    return {"id": source_id, "source_id": source_id, "original_id": original.sha256, "relation": relation,
            "file_name": base, "captured_at": captured_at, "url": url or None, "captured_by": captured_by or None}


def custody_log(conn: sqlite3.Connection, source_id: str) -> list[dict]:
    """A source's custody log with the dossier-wide events among it (restores), oldest first."""
    cursor = conn.execute("SELECT id, at, who, source_id, record_table, record_id, action, changes "
                          "FROM custody_log WHERE source_id = ? OR source_id IS NULL ORDER BY id", [source_id])
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor]


def action_words(action: str) -> str:
    """A custody entry's action in the reader's language (the log keeps the English; another program's as it is)."""
    return translate("custody", action) if action in _ACTIONS else action


def record_words(table: str | None, record_id: str | None) -> str:
    """What a custody entry is about: "source report-1", or the whole dossier (restores)."""
    if not table:
        return translate("custody", "the whole dossier")
    kind = translate("custody", _LOGGED_RECORDS[table]) if table in _LOGGED_RECORDS else table
    return translate("custody", "{kind} {id}").format(kind=kind, id=record_id)


def describe_changes(changes: str | None) -> str:
    """A custody entry's changes in words: "title: A report → The report; text_length: 10".

    The column names are the log's own (as the exchange format spells them); values are data.
    """
    if not changes:
        return ""
    try:
        values = json.loads(changes)
    except ValueError:
        return changes  # written by another program: shown as it is
    if not isinstance(values, dict):
        return changes
    parts = []
    for key, value in values.items():
        if isinstance(value, list) and len(value) == 2:
            before, after = value
            parts.append(f"{key}: {after}" if before is None else
                         translate("custody", "{column}: {before} (removed)").format(column=key, before=before)
                         if after is None else f"{key}: {before} → {after}")
        else:
            parts.append(f"{key}: {value}")
    return "; ".join(parts)


def log_event(conn: sqlite3.Connection, action: str, *, source_id: str | None = None, details: dict | None = None,
              who: str | None = None) -> None:
    """Append an entry no row change makes: exported or imported in a package, restored from a backup.

    Without ``source_id`` the event concerns the whole dossier and shows in every source's log.
    """
    conn.execute("INSERT INTO custody_log (who, source_id, record_table, record_id, action, changes) "
                 "VALUES (?, ?, ?, ?, ?, ?)",
                 [who or None, source_id, "sources" if source_id else None, source_id, action,
                  json.dumps(details, ensure_ascii=False, sort_keys=True) if details is not None else None])

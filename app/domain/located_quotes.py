"""Citations of a dataset: each quote is checked against the bytes its locator names.

A source of kind ``dataset`` keeps no text: its file is a stored original
(``originals``), too large to search for every quote. A citation of it names
where its record stands — ``line 12, bytes 3400-3720`` or
``/memberships/3 at line 40, bytes 980-1210`` — and its quote must be exactly
those bytes of the original, read from the chunks that hold them.
"""

from __future__ import annotations

import mmap
import re
import sqlite3
from pathlib import Path

from . import originals

DATASET = "dataset"  # the source kind whose citations are located, not searched
_BYTE_RANGE = re.compile(r"bytes ([0-9]+)-([0-9]+)$")


def byte_range(locator: str | None) -> tuple[int, int] | None:
    """The byte range a dataset citation's locator names, or None when it names none."""
    found = _BYTE_RANGE.search(locator or "")
    return (int(found.group(1)), int(found.group(2))) if found else None


class StoredBytes:
    """Byte ranges of stored originals, read through open chunk blobs (no whole chunk per read)."""

    def __init__(self, conn: sqlite3.Connection, originals_of: dict[str, str] | None = None):
        self.conn = conn
        self._originals: dict[str, str | None] = dict(originals_of or {})  # source id -> SHA-256
        self._blobs: dict[tuple[str, int], object] = {}

    def original_of(self, source_id: str) -> str | None:
        if source_id not in self._originals:
            found = self.conn.execute("SELECT original_id FROM source_originals WHERE source_id = ?",
                                      [source_id]).fetchone()
            self._originals[source_id] = found[0] if found else None
        return self._originals[source_id]

    def read(self, source_id: str, start: int, end: int) -> bytes | None:
        sha256 = self.original_of(source_id)
        if sha256 is None:
            return None
        pieces, position = [], start
        while position < end:
            seq, offset = divmod(position, originals.CHUNK_BYTES)
            blob = self._blob(sha256, seq)
            if blob is None:
                break
            blob.seek(offset)
            piece = blob.read(min(end - position, originals.CHUNK_BYTES - offset))
            if not piece:
                break
            pieces.append(piece)
            position += len(piece)
        return b"".join(pieces)

    def _blob(self, sha256: str, seq: int):
        key = (sha256, seq)
        if key not in self._blobs:
            row = self.conn.execute("SELECT id FROM original_chunks WHERE original_id = ? AND seq = ?",
                                    [sha256, seq]).fetchone()
            self._blobs[key] = self.conn.blobopen("original_chunks", "data", row[0], readonly=True) if row else None
        return self._blobs[key]

    def close(self) -> None:
        for blob in self._blobs.values():
            if blob is not None:
                blob.close()
        self._blobs.clear()


class FileBytes:
    """Byte ranges of received files not stored yet (an import being planned), by source id."""

    def __init__(self, files: dict[str, Path]):
        self._maps: dict[str, mmap.mmap] = {}
        self._handles = []
        for source_id, path in files.items():
            handle = Path(path).open("rb")
            self._handles.append(handle)
            if Path(path).stat().st_size:
                self._maps[source_id] = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)

    def has(self, source_id: str) -> bool:
        return source_id in self._maps

    def read(self, source_id: str, start: int, end: int) -> bytes:
        return self._maps[source_id][start:end]

    def close(self) -> None:
        for mapped in self._maps.values():
            mapped.close()
        for handle in self._handles:
            handle.close()


class LocatedQuotes:
    """Checks dataset citations against the files being imported, else the dossier's stored originals."""

    def __init__(self, conn: sqlite3.Connection, pending: dict[str, Path] | None = None,
                 originals_of: dict[str, str] | None = None):
        """``pending``: files not stored yet by source id; ``originals_of``: the stored original of a
        source whose capture row is not written yet (an import's), by source id."""
        self.stored = StoredBytes(conn, originals_of)
        self.files = FileBytes(pending or {})

    def __enter__(self) -> LocatedQuotes:
        return self

    def __exit__(self, *exc) -> None:
        self.stored.close()
        self.files.close()

    def problem(self, citation: dict) -> str | None:
        """Why the quote is not the bytes its locator names, or None when it is."""
        span = byte_range(citation.get("locator"))
        if span is None:
            return "locator: names no byte range of the dataset (e.g. 'line 3, bytes 120-480')"
        source_id = citation["source_id"]
        if self.files.has(source_id):
            found = self.files.read(source_id, *span)
        else:
            found = self.stored.read(source_id, *span)
        if found is None:
            return f"quote: source {source_id!r} has no stored original to check it against"
        if found != citation["quote"].encode("utf-8"):
            return f"quote: not the bytes {span[0]}-{span[1]} of source {source_id!r}'s original"
        return None

"""What a file is, by its first bytes: so a refusal can say "this is a ZIP archive".

A file given to import (or to any command expecting text) may be an archive, an
image or a database; decoding it as text would only produce a misleading
"not UTF-8" or "UTF-16 without a byte-order mark". ``sniff`` recognises the common
binary formats by their magic bytes (only signatures no UTF-8 JSON or CSV file can
start with), so the message names what the file really is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .wording import QT_TRANSLATE_NOOP, translate

HEAD_BYTES = 512  # a TAR header's "ustar" sits at offset 257


@dataclass(frozen=True)
class FileKind:
    """A recognised binary format: ``key`` for code, ``described`` for messages."""

    key: str
    described: str  # "a ZIP archive": fits "this is …, not a JSON or CSV file"


ZIP = FileKind("zip", QT_TRANSLATE_NOOP("file_kinds", "a ZIP archive"))
TAR = FileKind("tar", QT_TRANSLATE_NOOP("file_kinds", "a TAR archive"))
GZIP = FileKind("gzip", QT_TRANSLATE_NOOP("file_kinds", "a gzip-compressed file"))
SQLITE = FileKind("sqlite", QT_TRANSLATE_NOOP("file_kinds", "an SQLite database"))
PDF = FileKind("pdf", QT_TRANSLATE_NOOP("file_kinds", "a PDF document"))
PNG = FileKind("png", QT_TRANSLATE_NOOP("file_kinds", "a PNG image"))

# Each pattern must match at the first byte; checked in order. Only signatures that
# hold bytes UTF-8 text cannot (NUL, invalid UTF-8) or that no JSON or CSV file
# begins with.
_SIGNATURES: tuple[tuple[re.Pattern[bytes], FileKind], ...] = tuple(
    (re.compile(pattern, re.DOTALL), kind) for pattern, kind in (
        (rb"PK(\x03\x04|\x05\x06|\x07\x08)", ZIP),
        (rb".{257}ustar(\x0000|  \x00)", TAR),
        (rb"\x1f\x8b", GZIP),
        (rb"BZh[1-9]1AY&SY", FileKind("bzip2", QT_TRANSLATE_NOOP("file_kinds", "a bzip2-compressed file"))),
        (rb"\xfd7zXZ\x00", FileKind("xz", QT_TRANSLATE_NOOP("file_kinds", "an xz-compressed file"))),
        (rb"\x28\xb5\x2f\xfd", FileKind("zstd", QT_TRANSLATE_NOOP("file_kinds", "a Zstandard-compressed file"))),
        (rb"7z\xbc\xaf\x27\x1c", FileKind("7z", QT_TRANSLATE_NOOP("file_kinds", "a 7-Zip archive"))),
        (rb"Rar!\x1a\x07", FileKind("rar", QT_TRANSLATE_NOOP("file_kinds", "a RAR archive"))),
        (rb"SQLite format 3\x00", SQLITE),
        (rb"%PDF-", PDF),
        (rb"\x89PNG\r\n\x1a\n", PNG),
        (rb"\xff\xd8\xff", FileKind("jpeg", QT_TRANSLATE_NOOP("file_kinds", "a JPEG image"))),
        (rb"GIF8[79]a", FileKind("gif", QT_TRANSLATE_NOOP("file_kinds", "a GIF image"))),
        (rb"II\*\x00|MM\x00\*", FileKind("tiff", QT_TRANSLATE_NOOP("file_kinds", "a TIFF image"))),
        (rb"RIFF.{4}WEBP", FileKind("webp", QT_TRANSLATE_NOOP("file_kinds", "a WebP image"))),
        (rb"RIFF.{4}WAVE", FileKind("wav", QT_TRANSLATE_NOOP("file_kinds", "a WAV sound file"))),
        (rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", FileKind("ole", QT_TRANSLATE_NOOP("file_kinds", "an old Microsoft Office document (.doc, .xls)"))),
        (rb"\x7fELF", FileKind("elf", QT_TRANSLATE_NOOP("file_kinds", "a program (an ELF executable)"))),
    )
)


def sniff(head: bytes) -> FileKind | None:
    """The binary format the bytes begin with, or None (perhaps text).

    ``head`` is the file's first ``HEAD_BYTES`` bytes (fewer for a short file).
    """
    for pattern, kind in _SIGNATURES:
        if pattern.match(head):
            return kind
    return None


def sniff_file(path: Path | str) -> FileKind | None:
    """``sniff`` of a file's first bytes; OSError propagates for the caller to name."""
    with open(path, "rb") as handle:
        return sniff(handle.read(HEAD_BYTES))


def not_exchange_file(kind: FileKind) -> str:
    """The refusal (after the file's name) for a binary file given where JSON or CSV was expected."""
    if kind is SQLITE:
        return translate("file_kinds", "this is {kind}, not a JSON or CSV file; open it with File > Open or merge it instead").format(kind=translate("file_kinds", kind.described))
    return translate("file_kinds", "this is {kind}, not a JSON or CSV file").format(
        kind=translate("file_kinds", kind.described))

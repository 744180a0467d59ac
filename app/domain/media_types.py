"""The media type of a stored original, by its first bytes, never by its name (a received file may lie).

Binary formats are recognised by the importers' own magic-byte check
(``file_kinds.sniff``); this adds what a source file can also be — audio and video
containers, BMP — and tells text from binary by decoding it, HTML by its opening tags.
``python-magic`` would need libmagic in the frozen app, which is not worth it here.
"""

from __future__ import annotations

from . import file_kinds

SNIFF_BYTES = 4096
BINARY = "application/octet-stream"

# file_kinds keys -> media types.
_OF_KIND = {
    "zip": "application/zip", "tar": "application/x-tar", "gzip": "application/gzip",
    "bzip2": "application/x-bzip2", "xz": "application/x-xz", "zstd": "application/zstd",
    "7z": "application/x-7z-compressed", "rar": "application/vnd.rar", "sqlite": "application/vnd.sqlite3",
    "pdf": "application/pdf", "png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif",
    "tiff": "image/tiff", "webp": "image/webp", "wav": "audio/wav", "ole": "application/x-ole-storage",
    "elf": "application/x-executable",
}

# What file_kinds leaves to others: (signature at byte 0, media type).
_MORE_SIGNATURES = (
    (b"ID3", "audio/mpeg"),
    (b"OggS", "audio/ogg"),
    (b"fLaC", "audio/flac"),
    (b"\x1a\x45\xdf\xa3", "video/webm"),
    (b"BM", "image/bmp"),
)
_AUDIO_BRANDS = (b"M4A ", b"M4B ", b"F4A ")  # ISO base media files ("ftyp" at 4) holding only sound
_HTML_OPENINGS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title", b"<!--")
_TEXT_SUFFIXES = {".md": "text/markdown", ".markdown": "text/markdown"}


def sniff(head: bytes, name: str = "") -> str:
    """The media type of a file from its first bytes (``SNIFF_BYTES`` are plenty).

    ``name`` only refines text: plain text named ``.md`` is Markdown. A name never
    makes binary bytes into text or one binary format into another.
    """
    kind = file_kinds.sniff(head[:file_kinds.HEAD_BYTES])
    if kind is not None:
        return _OF_KIND.get(kind.key, BINARY)
    for signature, media_type in _MORE_SIGNATURES:
        if head.startswith(signature):
            return media_type
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "video/x-msvideo"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return "audio/mp4" if brand in _AUDIO_BRANDS else "video/quicktime" if brand == b"qt  " else "video/mp4"
    if head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):  # an MPEG audio frame without an ID3 tag
        return "audio/mpeg"
    text = _as_text(head)
    if text is None:
        return BINARY
    if text.lstrip().lower().startswith(_HTML_OPENINGS) or b"<html" in text.lower():
        return "text/html"
    suffix = name[name.rfind("."):].lower() if "." in name else ""
    return _TEXT_SUFFIXES.get(suffix, "text/plain")


def _as_text(head: bytes) -> bytes | None:
    """The bytes (BOM dropped) when they read as UTF-8 text, else None."""
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if b"\x00" in head:
        return None
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 3:  # only a character cut at the end of the sample is forgiven
            return None
    return head


def is_text(media_type: str) -> bool:
    return media_type.startswith("text/")

"""Media types of originals come from their bytes: the importers' magic bytes, then audio, video and text."""

import pytest

from app.domain.media_types import sniff


@pytest.mark.parametrize("head, name, expected", [
    (b"%PDF-1.7\n", "notes.txt", "application/pdf"),
    (b"PK\x03\x04rest", "report.pdf", "application/zip"),
    (b"\x89PNG\r\n\x1a\n", "", "image/png"),
    (b"\xff\xd8\xff\xe0", "", "image/jpeg"),
    (b"RIFF\x00\x00\x00\x00WAVEfmt ", "", "audio/wav"),
    (b"ID3\x03\x00", "tape.txt", "audio/mpeg"),
    (b"\xff\xfb\x90\x00", "", "audio/mpeg"),
    (b"OggS\x00", "", "audio/ogg"),
    (b"\x00\x00\x00\x20ftypM4A ", "", "audio/mp4"),
    (b"\x00\x00\x00\x18ftypisom", "", "video/mp4"),
    (b"\x1a\x45\xdf\xa3", "", "video/webm"),
    (b"SQLite format 3\x00", "", "application/vnd.sqlite3"),
    (b"  <!DOCTYPE html><html>", "page.txt", "text/html"),
    (b"# Title\n\nWords.", "notes.md", "text/markdown"),
    (b"# Title\n\nWords.", "notes.txt", "text/plain"),
    ("Persian words: ".encode() + "خامنه‌ای".encode()[:-1], "", "text/plain"),  # a character cut at the end
    (b"\x00\x01\x02binary", "notes.md", "application/octet-stream"),
    (b"\xc3\x28 not utf-8 at all, repeated" * 3, "", "application/octet-stream"),
])
def test_media_type_by_content(head, name, expected):
    assert sniff(head, name) == expected

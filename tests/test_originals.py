"""Stored originals: streamed in, read back byte for byte, never changed, verified by hash; custody log."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3

import pytest

from app.domain import originals
from app.domain.edits import plan_save
from app.domain.opener import DossierRefused, create_dossier, open_dossier, validate
from app.domain.originals import OriginalError
from app.domain.safety import HardenedConnection
from app.domain.migrations import schema_version

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of 1000 bytes written 300 at a time, so small files cross chunk and piece edges."""
    monkeypatch.setattr(originals, "CHUNK_BYTES", 1000)
    monkeypatch.setattr(originals, "PIECE_BYTES", 300)


def save(store, table, row):
    plan_save(store, f"Save {table}", {table: [row]}).do(store)


def add_source(store, source_id="report", original=None, **capture):
    save(store, "sources", {"id": source_id, "kind": "report", "title": "A report", "text": "The words."})
    if original is not None:
        row = originals.capture_row(source_id, original, file_name=capture.pop("file_name", "report.pdf"),
                                    captured_at="2026-12-04T17:00:00Z", **capture)
        with store.writing():
            store.db["source_originals"].insert(row)


def read_back(store, sha256) -> bytes:
    with originals.open_original(store.db.conn, sha256) as stream:
        return stream.read()


def test_a_file_is_stored_by_content_and_read_back_byte_for_byte(empty_store, tmp_path, small_chunks):
    path = tmp_path / "report.pdf"
    path.write_bytes(PDF)
    stored = originals.store_original(empty_store.db.conn, path)
    assert stored == originals.Original(hashlib.sha256(PDF).hexdigest(), len(PDF), "application/pdf")
    assert read_back(empty_store, stored.sha256) == PDF
    chunks = empty_store.db.execute("SELECT seq, length(data) FROM original_chunks ORDER BY seq").fetchall()
    assert chunks == [(i, min(1000, len(PDF) - i * 1000)) for i in range(-(-len(PDF) // 1000))]
    assert not empty_store.db.conn.in_transaction  # committed on its own


def test_an_empty_file_is_one_empty_chunk(empty_store, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    stored = originals.store_original(empty_store.db.conn, path)
    assert stored.size == 0 and stored.sha256 == hashlib.sha256(b"").hexdigest()
    assert read_back(empty_store, stored.sha256) == b""
    assert originals.verify(empty_store.db.conn) == []


class Pipe(io.RawIOBase):
    """A stream that cannot seek, like a pipe or a download."""

    def __init__(self, data: bytes):
        self._data = io.BytesIO(data)

    def readable(self):
        return True

    def readinto(self, buffer):
        piece = self._data.read(min(len(buffer), 123))
        buffer[:len(piece)] = piece
        return len(piece)


def test_a_stream_that_cannot_seek_is_stored_too(empty_store, small_chunks):
    stored = originals.store_original(empty_store.db.conn, Pipe(PDF))
    assert stored.sha256 == hashlib.sha256(PDF).hexdigest()
    assert read_back(empty_store, stored.sha256) == PDF


def test_the_same_content_is_stored_once(empty_store, tmp_path, small_chunks):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    first.write_bytes(PDF)
    second.write_bytes(PDF)
    assert originals.store_original(empty_store.db.conn, first) == originals.store_original(
        empty_store.db.conn, second)
    assert empty_store.count("originals") == 1
    assert empty_store.db.execute("SELECT count(*) FROM original_chunks").fetchone()[0] == -(-len(PDF) // 1000)


def test_a_file_over_the_limit_is_refused_and_nothing_is_stored(empty_store, tmp_path):
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * 5000)
    with pytest.raises(OriginalError, match="larger than"):
        originals.store_original(empty_store.db.conn, path, limit_bytes=4000)
    with pytest.raises(OriginalError, match="larger than"):
        originals.store_original(empty_store.db.conn, Pipe(b"x" * 5000), limit_bytes=4000)
    assert empty_store.count("originals") == 0


class Changing(io.BytesIO):
    """A file whose bytes change between the hashing read and the writing read."""

    seeks = 0

    def seek(self, *args):
        position = super().seek(*args)
        self.seeks += 1
        if self.seeks == 2:  # sniffed, hashed, now rewound for writing
            with self.getbuffer() as view:
                view[10] ^= 0xFF
        return position


def test_a_file_that_changes_while_it_is_added_is_refused(empty_store, small_chunks):
    with pytest.raises(OriginalError, match="changed while it was being added"):
        originals.store_original(empty_store.db.conn, Changing(bytearray(PDF)))
    assert empty_store.count("originals") == 0
    assert empty_store.db.execute("SELECT count(*) FROM original_chunks").fetchone()[0] == 0


def test_a_folder_or_an_unreadable_file_is_named(empty_store, tmp_path):
    with pytest.raises(OriginalError, match="is a folder"):
        originals.store_original(empty_store.db.conn, tmp_path)
    with pytest.raises(OriginalError, match="cannot be read"):
        originals.store_original(empty_store.db.conn, tmp_path / "missing.pdf")


def test_media_type_is_told_by_content_not_name(empty_store, tmp_path):
    disguised = tmp_path / "notes.txt"
    disguised.write_bytes(PDF)
    assert originals.store_original(empty_store.db.conn, disguised).media_type == "application/pdf"
    page = tmp_path / "page.pdf"
    page.write_bytes(b"\xef\xbb\xbf  <!DOCTYPE html><html><body>Hi</body></html>")
    assert originals.store_original(empty_store.db.conn, page).media_type == "text/html"
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\nPlain words.", encoding="utf-8")
    assert originals.store_original(empty_store.db.conn, notes).media_type == "text/markdown"


def test_stored_originals_captures_and_the_log_cannot_be_changed(empty_store, tmp_path, small_chunks):
    path = tmp_path / "report.pdf"
    path.write_bytes(PDF)
    stored = originals.store_original(empty_store.db.conn, path)
    add_source(empty_store, original=stored)
    db = empty_store.db
    for statement in (
        "UPDATE originals SET media_type = 'text/plain'",
        "UPDATE original_chunks SET data = x'00' WHERE seq = 0",
        "DELETE FROM original_chunks WHERE seq = 1",
        "UPDATE source_originals SET url = 'https://example.org'",
        "UPDATE custody_log SET who = 'someone else'",
        "DELETE FROM custody_log",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="never changed|append-only"):
            db.execute(statement)
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        db.execute("DELETE FROM originals")  # a source holds it
    assert read_back(empty_store, stored.sha256) == PDF


def test_an_original_no_source_holds_can_be_removed_whole(empty_store, tmp_path, small_chunks):
    path = tmp_path / "report.pdf"
    path.write_bytes(PDF)
    stored = originals.store_original(empty_store.db.conn, path)
    empty_store.db.execute("DELETE FROM originals WHERE id = ?", [stored.sha256])
    assert empty_store.db.execute("SELECT count(*) FROM original_chunks").fetchone()[0] == 0


def test_only_the_base_file_name_is_kept(empty_store):
    original = originals.Original("0" * 64, 1, "text/plain")
    for given in ("/home/anna/cases/iran/tape.mp3", r"C:\Users\anna\tape.mp3", "tape.mp3"):
        row = originals.capture_row("s", original, file_name=given, captured_at="2026-12-04T17:00:00Z")
        assert row["file_name"] == "tape.mp3"


def tamper(conn, sha256, seq=0, offset=5):
    """Flip one stored byte the way a tamperer would: incremental BLOB I/O fires no trigger."""
    rowid, = conn.execute("SELECT id FROM original_chunks WHERE original_id = ? AND seq = ?", [sha256, seq]).fetchone()
    with conn.blobopen("original_chunks", "data", rowid) as blob:
        blob.seek(offset)
        byte = blob.read(1)
        blob.seek(offset)
        blob.write(bytes([byte[0] ^ 0x01]))
    conn.commit()


def test_verify_names_each_tampered_original_by_source_and_hash(empty_store, tmp_path, small_chunks):
    path, other = tmp_path / "report.pdf", tmp_path / "other.txt"
    path.write_bytes(PDF)
    other.write_bytes(b"untouched words")
    stored = originals.store_original(empty_store.db.conn, path)
    kept = originals.store_original(empty_store.db.conn, other)
    add_source(empty_store, "report", stored)
    add_source(empty_store, "notes", kept, file_name="other.txt")
    assert originals.verify(empty_store.db.conn) == []
    tamper(empty_store.db.conn, stored.sha256, seq=2)
    mismatches = originals.verify(empty_store.db.conn)
    assert [(m.sha256, m.source_ids) for m in mismatches] == [(stored.sha256, ("report",))]
    assert "report: original " + stored.sha256 in str(mismatches[0])


def test_verify_names_a_missing_chunk_and_a_changed_size(empty_store, tmp_path, small_chunks):
    path = tmp_path / "report.pdf"
    path.write_bytes(PDF)
    stored = originals.store_original(empty_store.db.conn, path)
    add_source(empty_store, original=stored)
    db = empty_store.db.conn
    db.execute("DROP TRIGGER original_chunks_go_with_their_original")
    db.execute("DELETE FROM original_chunks WHERE seq = 1")
    db.commit()
    assert "chunk 1 is missing" in str(originals.verify(db)[0])


def test_verify_works_on_a_file_whose_guards_were_dropped(tmp_path, small_chunks):
    """The opener refuses the altered file; verify still reads it, read-only, and names the item."""
    db_path = tmp_path / "dossier.db"
    store = create_dossier(db_path, user_file=False)
    path = tmp_path / "report.pdf"
    path.write_bytes(PDF)
    stored = originals.store_original(store.db.conn, path)
    add_source(store, original=stored)
    store.db.execute("DROP TRIGGER original_chunks_never_change")
    store.db.execute("UPDATE original_chunks SET data = x'00' || substr(data, 2) WHERE seq = 0")
    store.db.conn.commit()
    store.close()
    with pytest.raises(DossierRefused, match="original_chunks_never_change"):
        validate(db_path)
    conn = HardenedConnection(db_path, 10)
    try:
        mismatches = originals.verify(conn.conn)
    finally:
        conn.close()
    assert [(m.sha256, m.source_ids) for m in mismatches] == [(stored.sha256, ("report",))]


def test_a_dossier_holding_originals_passes_the_opener(tmp_path, small_chunks):
    db_path = tmp_path / "dossier.db"
    store = create_dossier(db_path, user_file=False)
    path = tmp_path / "report.pdf"
    path.write_bytes(PDF)
    add_source(store, original=originals.store_original(store.db.conn, path))
    store.close()
    assert validate(db_path).schema_version == schema_version()


def entries(store, source_id="report"):
    return [(e["who"], e["record_table"], e["record_id"], e["action"], json.loads(e["changes"]))
            for e in originals.custody_log(store.db.conn, source_id)]


def test_the_custody_log_keeps_every_change_with_the_name_set(empty_store):
    empty_store.actor = "Researcher A"
    add_source(empty_store)
    save(empty_store, "sources", {"id": "report", "title": "The report"})
    empty_store.actor = None
    save(empty_store, "persons", {"id": "p", "name": "Someone"})
    save(empty_store, "citations", {"id": "c1", "source_id": "report", "record_table": "persons",
                                    "record_id": "p", "quote": "words"})
    log = entries(empty_store)
    assert log[0][:4] == ("Researcher A", "sources", "report", "added")
    assert log[0][4]["title"] == [None, "A report"] and log[0][4]["text_length"] == [None, 10]
    assert log[1] == ("Researcher A", "sources", "report", "changed", {"title": ["A report", "The report"]})
    assert log[2][:4] == (None, "citations", "c1", "added")
    assert empty_store.db.execute("SELECT count(*) FROM custody_session").fetchone()[0] == 0


def test_undo_appends_to_the_custody_log(empty_store):
    add_source(empty_store)
    edit = plan_save(empty_store, "Retitle", {"sources": [{"id": "report", "title": "Retitled"}]})
    edit.do(empty_store)
    edit.undo(empty_store)
    log = entries(empty_store)
    assert [entry[3] for entry in log] == ["added", "changed", "changed"]
    assert log[2][4] == {"title": ["Retitled", "A report"]}


def test_a_failed_write_leaves_no_name_behind(empty_store):
    empty_store.actor = "Researcher A"
    with pytest.raises(Exception):
        with empty_store.writing():
            empty_store.db["sources"].insert({"id": "x", "kind": "k", "title": "t"})
            raise RuntimeError("boom")
    assert empty_store.db.execute("SELECT count(*) FROM custody_session").fetchone()[0] == 0
    assert empty_store.db.execute("SELECT count(*) FROM custody_log").fetchone()[0] == 0


def test_restoring_a_backup_records_the_restore_in_the_log_it_brings_back(tmp_path):
    from app.domain import backups

    db_path = tmp_path / "dossier.db"
    store = create_dossier(db_path, user_file=False)
    add_source(store)
    store.close()
    backup = backups.make_backup(db_path, db_path, tmp_path / "backups", "daily")
    store = open_dossier(db_path, user_file=False)
    save(store, "sources", {"id": "report", "title": "Changed after the backup"})
    store.close()
    backups.restore(backup, db_path, who="Researcher A")
    store = open_dossier(db_path, user_file=False)
    log = originals.custody_log(store.db.conn, "report")
    store.close()
    assert [e["action"] for e in log] == ["added", "restored from a backup"]
    assert log[-1]["who"] == "Researcher A" and backup.path.name in log[-1]["changes"]


def test_the_opener_leaves_the_bytes_of_originals_to_verify(tmp_path, monkeypatch):
    """A chunk larger than the hardened connection's 20 MB value limit still opens: it is never read through."""
    monkeypatch.setattr(originals, "CHUNK_BYTES", 25 * 1024 * 1024)
    db_path = tmp_path / "dossier.db"
    store = create_dossier(db_path, user_file=False)
    big = tmp_path / "recording.wav"
    big.write_bytes(b"RIFF\x00\x00\x00\x00WAVE" + b"\x01" * (25 * 1024 * 1024 - 12))
    add_source(store, original=originals.store_original(store.db.conn, big))
    store.close()
    assert validate(db_path).schema_version == schema_version()


def test_pdfium_is_imported_only_when_a_pdf_is_read(tmp_path):
    import subprocess
    import sys

    code = """
import sys
from pathlib import Path
from app.domain.opener import create_dossier
from app.domain.source_files import add_source_from_file
store = create_dossier(None)
page = Path(sys.argv[1]) / "page.html"
page.write_text("<p>Words</p>", encoding="utf-8")
add_source_from_file(store, page)
assert "pypdfium2" not in sys.modules, "imported before any PDF"
pdf = Path(sys.argv[1]) / "report.pdf"
pdf.write_bytes(b"%PDF-1.4 not really")
add_source_from_file(store, pdf)
assert "pypdfium2" in sys.modules
"""
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_preferences_shared_with_the_command_line_default_to_no_name(tmp_path):
    from app.domain import user_settings

    assert user_settings.custody_name(tmp_path) is None
    assert user_settings.original_limit_bytes(tmp_path) == originals.DEFAULT_LIMIT_BYTES
    user_settings.save(" Researcher A ", 20, tmp_path)
    assert user_settings.custody_name(tmp_path) == "Researcher A"
    assert user_settings.original_limit_bytes(tmp_path) == 20 * 1024 * 1024
    (tmp_path / user_settings.FILE_NAME).write_text("not json", encoding="utf-8")
    assert user_settings.custody_name(tmp_path) is None  # a damaged file gives the defaults, never a crash

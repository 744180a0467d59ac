"""Sources made from files: text extracted per kind, cited with page locators, searched, undone honestly."""

from __future__ import annotations

import hashlib
import json

import pytest

from app.domain import exchange, originals, source_files
from app.domain.edits import new_citation, plan_save
from app.domain.search import SearchIndex
from conftest import SMALL_DOSSIER, make_pdf

HTML = """<!DOCTYPE html><html><head><title>Press  conference</title>
<style>p { color: red }</style><script>alert("never run")</script></head>
<body><nav>Menu</nav><h1>Paris, 6 September</h1>
<p>The speakers said the tape &amp; the letters were <b>authentic</b>.</p>
<noscript>Enable scripts</noscript><p>Second   paragraph.</p></body></html>"""


@pytest.fixture
def files(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf(["The commission met in July 1988.", "It ordered the executions."], title="Report"))
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    audio = tmp_path / "tape.mp3"
    audio.write_bytes(b"ID3\x03\x00" + bytes(range(256)) * 8)
    return {"pdf": pdf, "html": page, "audio": audio}


def test_a_pdf_becomes_a_source_with_its_pages_and_its_original(empty_store, files):
    empty_store.actor = "Researcher A"
    added = source_files.add_source_from_file(empty_store, files["pdf"], url="https://example.org/report.pdf")
    source = empty_store.get("sources", added.source_id)
    assert source["text"] == "The commission met in July 1988.\n\fIt ordered the executions."
    assert (source["kind"], source["title"], source["url"]) == ("document", "Report", "https://example.org/report.pdf")
    capture = empty_store.get("source_originals", added.source_id)
    assert capture["original_id"] == hashlib.sha256(files["pdf"].read_bytes()).hexdigest()
    assert (capture["file_name"], capture["captured_by"], capture["relation"]) == ("report.pdf", "Researcher A", "original")
    assert capture["captured_at"].endswith("Z") and source["retrieved"] == capture["captured_at"][:10]
    assert added.extraction.pages == 2


def test_a_sentence_of_the_pdf_is_cited_with_its_page_and_found_by_search(empty_store, files):
    source_id = source_files.add_source_from_file(empty_store, files["pdf"]).source_id
    text = empty_store.get("sources", source_id)["text"]
    quote = "It ordered the executions."
    start = text.index(quote)
    assert source_files.locator_for(text, start, start + len(quote)) == "p. 2"
    assert source_files.locator_for(text, 4, text.index("It") + 2) == "pp. 1–2"
    plan_save(empty_store, "Add", {"persons": [{"id": "p", "name": "Someone"}]}).do(empty_store)
    citation = new_citation(empty_store, source_id=source_id, record_table="persons", record_id="p", quote=quote,
                            locator=source_files.locator_for(text, start, start + len(quote)))
    plan_save(empty_store, "Cite", {"citations": [citation]}).do(empty_store)
    hits = [r.as_json() for r in SearchIndex(empty_store.db).search("executions")]
    assert {"kind": "source", "id": source_id}.items() <= hits[0].items()


def test_an_html_page_gives_its_readable_text_only(empty_store, files):
    added = source_files.add_source_from_file(empty_store, files["html"])
    source = empty_store.get("sources", added.source_id)
    assert source["text"] == ("Menu\n\nParis, 6 September\n\nThe speakers said the tape & the letters were authentic."
                              "\n\nSecond paragraph.")
    assert (source["title"], source["kind"]) == ("Press conference", "web page")
    assert "alert" not in source["text"] and "color" not in source["text"] and "Enable" not in source["text"]


def test_html_is_decoded_by_its_declared_charset():
    raw = '<html><head><meta charset="windows-1256"></head><body><p>رفسنجاني</p></body></html>'.encode("cp1256")
    assert source_files.html_text(raw).text == "رفسنجاني"
    assert source_files.decode_text("café".encode("cp1252")) == "café"
    assert source_files.decode_text(b"\xff\xfe" + "صدا".encode("utf-16-le")) == "صدا"


def test_a_recording_is_stored_without_text_and_a_transcript_is_its_own_attributed_source(empty_store, files):
    added = source_files.add_source_from_file(empty_store, files["audio"], title="Montazeri tape")
    source = empty_store.get("sources", added.source_id)
    assert (source["text"], source["kind"]) == ("", "audio recording")
    assert "transcript" in added.extraction.note
    transcript = {"id": "montazeri-tape-transcript", "kind": "transcript", "title": "Montazeri tape, transcript",
                  "author": "Researcher B", "text": "We are committing the greatest crime."}
    capture = originals.capture_row(transcript["id"], added.original, file_name="tape.mp3",
                                    captured_at=source_files.utc_now(), relation="transcript")
    plan_save(empty_store, "Transcript", {"sources": [transcript], "source_originals": [capture]}).do(empty_store)
    assert empty_store.count("originals") == 1


def test_plain_text_and_markdown_are_read_as_they_are(empty_store, tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_bytes("# Notes\r\n\r\nThe letter of 31 July 1988.\r\n".encode("utf-8"))
    added = source_files.add_source_from_file(empty_store, notes)
    assert empty_store.get("sources", added.source_id)["text"] == "# Notes\n\nThe letter of 31 July 1988.\n"
    assert added.original.media_type == "text/markdown"


def test_a_broken_pdf_is_stored_and_says_no_text_was_read(empty_store, tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not a pdf at all")
    added = source_files.add_source_from_file(empty_store, broken)
    assert empty_store.get("sources", added.source_id)["text"] == ""
    assert "no text could be read" in added.extraction.note


def test_a_text_longer_than_the_limit_is_cut_and_marked(empty_store, tmp_path, monkeypatch):
    monkeypatch.setattr(source_files, "MAX_TEXT_CHARS", 10)
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(make_pdf(["Short.", "A much longer second page."]))
    added = source_files.add_source_from_file(empty_store, pdf)
    source = empty_store.get("sources", added.source_id)
    assert source["text"] == "Short.\n\fA " and source["excerpt"] == 1
    assert "from page 2 on" in added.extraction.note


def test_undoing_an_add_removes_the_source_keeps_the_bytes_and_logs_it(empty_store, files):
    added = source_files.plan_source_from_file(empty_store, files["pdf"])
    added.edit.do(empty_store)
    added.edit.undo(empty_store)
    assert empty_store.get("sources", added.source_id) is None
    assert originals.get_original(empty_store.db.conn, added.original.sha256) is not None
    log = originals.custody_log(empty_store.db.conn, added.source_id)
    assert [(e["record_table"], e["action"]) for e in log] == [
        ("sources", "added"), ("source_originals", "added"), ("source_originals", "deleted"), ("sources", "deleted")]
    added.edit.do(empty_store)  # redo: the same bytes, the same capture
    assert empty_store.get("source_originals", added.source_id)["original_id"] == added.original.sha256


def test_a_version_1_exchange_file_still_imports(empty_store, tmp_path):
    document = json.loads(SMALL_DOSSIER.read_text(encoding="utf-8"))
    document["format_version"] = 1
    del document["source_originals"]
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    exchange.import_file(path, empty_store)
    assert empty_store.count("sources") == len(document["sources"])


def test_json_that_refers_to_an_original_not_stored_is_refused(small_store, files, tmp_path):
    source_files.add_source_from_file(small_store, files["pdf"])
    out = tmp_path / "out.json"
    exchange.export_json(small_store, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format_version"] == 2 and len(document["source_originals"]) == 1
    from app.domain.opener import create_dossier

    elsewhere = create_dossier(None)
    with pytest.raises(exchange.ExchangeError, match="import the package"):
        exchange.import_file(out, elsewhere)
    document["source_originals"][0]["captured_by"] = "someone else"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(exchange.ExchangeError, match="never changed"):
        exchange.import_file(changed, small_store)
    elsewhere.close()


def test_a_large_text_file_is_read_only_as_far_as_its_text_can_be_kept(empty_store, tmp_path, monkeypatch):
    monkeypatch.setattr(source_files, "MAX_TEXT_CHARS", 8)
    monkeypatch.setattr(source_files, "MAX_TEXT_BYTES", 11)
    notes = tmp_path / "notes.txt"
    notes.write_text("abcdefghé" + "x" * 1000, encoding="utf-8")  # é's two bytes straddle byte 11
    added = source_files.add_source_from_file(empty_store, notes)
    assert empty_store.get("sources", added.source_id)["text"] == "abcdefgh"
    assert added.extraction.cut and "first 8 characters" in added.extraction.note
    assert added.original.size == notes.stat().st_size  # the whole file is stored

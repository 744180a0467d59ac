"""Imports are read as a stream: the same document whatever the chunk size, limits enforced while
reading (a huge field refused before it is held whole), memory bounded by a window, not the file.

Peak memory of real imports (100 and 199 MB, a million persons, a 150 MB string) is measured by
``benchmarks/import_memory.py``; here ``tracemalloc`` bounds the reader's own allocations.
"""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from app.domain import csv_exchange, exchange, json_stream
from app.domain.exchange import ExchangeError
from app.domain.opener import create_dossier

SMALL_JSON = Path(__file__).parent / "fixtures/small-dossier.json"
MB = 1024 * 1024


@pytest.fixture
def store():
    store = create_dossier(None)
    exchange.import_file(SMALL_JSON, store)
    yield store
    store.close()


def as_plain(document) -> dict:
    return {key: (list(document[key]) if key in exchange.CONTRACT else document[key]) for key in document}


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64, 4099])
def test_the_document_is_the_same_whatever_the_chunk_size(monkeypatch, store, tmp_path, chunk):
    document = json.loads(SMALL_JSON.read_text(encoding="utf-8"))
    document["persons"][0]["summary"] = "Ünïcödé across chunks 🙂 \"quoted\" \\ back\nslash, tab\t" * 40
    path = tmp_path / "chunked.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    escaped = tmp_path / "escaped.json"
    escaped.write_text(json.dumps(document, ensure_ascii=True), encoding="utf-8")  # \\ud83d\\ude00 escapes
    csv_exchange.export_csv(store, tmp_path / "csv")
    expected_csv = exchange.dumps(exchange.export_document(store))
    monkeypatch.setattr(json_stream, "CHUNK_BYTES", chunk)
    assert as_plain(exchange.read_document(path)) == document
    assert as_plain(exchange.read_document(escaped)) == document
    copy = create_dossier(None)
    try:
        exchange.apply_import(csv_exchange.plan_csv_folder(tmp_path / "csv", copy), copy)
        assert exchange.dumps(exchange.export_document(copy)) == expected_csv
    finally:
        copy.close()


def huge_json(path: Path, characters: int) -> None:
    document = json.loads(SMALL_JSON.read_text(encoding="utf-8"))
    document["persons"][0]["summary"] = "HUGE"
    before, after = json.dumps(document, indent=2, sort_keys=True).split('"HUGE"')
    with open(path, "w", encoding="utf-8") as out:
        out.write(before + '"')
        for _ in range(characters // MB):
            out.write("x" * MB)
        out.write('"' + after)


def peak_while(action) -> int:
    tracemalloc.start()
    try:
        action()
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


def test_a_huge_json_field_is_refused_before_it_is_held_whole(tmp_path):
    path = tmp_path / "huge.json"
    huge_json(path, 40 * MB)
    refusal = []

    def read():
        with pytest.raises(ExchangeError) as refused:
            exchange.read_document(path)
        refusal.append(str(refused.value))

    peak = peak_while(read)
    assert "huge.json: persons 'jane-roe': summary: is too long" in refusal[0]
    assert peak < 8 * MB, f"{peak / MB:.1f} MB held while reading a 40 MB field"


def test_a_huge_csv_cell_is_refused_before_it_is_held_whole(store, tmp_path):
    path = tmp_path / "persons.csv"
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("id,name,name_native,born,died,summary,note\r\nhuge,Huge,,,,")
        for _ in range(40):
            out.write("x" * MB)
        out.write(",\r\n")
    refusal = []

    def read():
        with pytest.raises(ExchangeError) as refused:
            csv_exchange.plan_csv_import([path], store)
        refusal.append(str(refused.value))

    peak = peak_while(read)
    assert "persons.csv: line 2: 'huge': summary: is too long" in refusal[0]
    assert peak < 8 * MB, f"{peak / MB:.1f} MB held while reading a 40 MB cell"


def test_records_wait_on_disk_not_in_memory(tmp_path):
    document = json.loads(SMALL_JSON.read_text(encoding="utf-8"))
    document["persons"] += [{"id": f"p{n:06}", "name": f"Person {n}", "name_native": None, "born": "1950",
                             "died": None, "summary": "s" * 760, "note": None} for n in range(12_000)]
    path = tmp_path / "many.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    size = path.stat().st_size
    held = []
    peak = peak_while(lambda: held.append(exchange.read_document(path)))
    assert len(held[0]["persons"]) == 12_002
    assert size > 9 * MB
    assert peak < 8 * MB, f"{peak / MB:.1f} MB held while reading {size / MB:.1f} MB"  # json.loads: ~4× the file


def test_the_row_limit_is_enforced_while_reading(monkeypatch, tmp_path):
    json_stream.row_limits.cache_clear()
    monkeypatch.setattr(json_stream, "row_limits", lambda: dict.fromkeys(exchange.CONTRACT, 1))
    with pytest.raises(ExchangeError, match="small-dossier.json: citations: more than 1 records"):
        exchange.read_document(SMALL_JSON)

import json

import pytest

from app.domain import exchange
from app.domain.opener import create_dossier, create_from_dataset
from conftest import SMALL_DOSSIER


def test_round_trip_gives_identical_bytes(tmp_path, small_store):
    first = tmp_path / "first.json"
    exchange.export_json(small_store, first)
    assert first.read_bytes() == SMALL_DOSSIER.read_bytes()
    copy = create_from_dataset(tmp_path / "copy.db", first)
    second = tmp_path / "second.json"
    exchange.export_json(copy, second)
    copy.close()
    assert first.read_bytes() == second.read_bytes()


def test_export_has_contract_keys_only(small_store):
    document = exchange.export_document(small_store)
    assert set(document) == {"format", "format_version", "meta", *exchange.CONTRACT}
    for table, columns in exchange.CONTRACT.items():
        for row in document[table]:
            assert tuple(row) == columns
        assert [r["id"] for r in document[table]] == sorted(r["id"] for r in document[table])


def _broken(tmp_path, mutate):
    document = json.loads(SMALL_DOSSIER.read_text(encoding="utf-8"))
    mutate(document)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _set(table, row_id, column, value):
    def mutate(document):
        for row in document[table]:
            if row["id"] == row_id:
                row[column] = value
    return mutate


@pytest.mark.parametrize("mutate, named", [
    (_set("citations", "c-doe", "quote", "John Doe was never mayor"), ["broken.json", "citations 'c-doe'", "quote", "verbatim"]),
    (_set("terms", "term-doe-mayor", "start", "1988-13-45"), ["broken.json", "terms 'term-doe-mayor'", "start", "1988-13-45"]),
    (_set("terms", "term-doe-mayor", "position_id", "no-such-post"), ["terms 'term-doe-mayor'", "position_id", "no-such-post"]),
    (_set("terms", "term-roe-minister", "end", "1980"), ["terms 'term-roe-minister'", "end", "before"]),
    (_set("allegations", "alleg-roe-arrests", "status", "proven"), ["allegations 'alleg-roe-arrests'", "status"]),
    (_set("persons", "john-doe", "name", 42), ["persons 'john-doe'", "name"]),
    (_set("citations", "c-doe", "record_id", "ghost"), ["citations 'c-doe'", "record_id", "ghost"]),
])
def test_import_refusals_name_file_record_field(tmp_path, small_db_path, mutate, named):
    from app.domain.opener import open_dossier

    before = small_db_path.read_bytes()
    store = open_dossier(small_db_path)
    with pytest.raises(exchange.ExchangeError) as refused:
        exchange.import_file(_broken(tmp_path, mutate), store)
    store.close()
    message = str(refused.value)
    for part in named:
        assert part in message
    assert small_db_path.read_bytes() == before


def test_duplicate_keys_ids_and_nan_refused(tmp_path, empty_store):
    text = SMALL_DOSSIER.read_text(encoding="utf-8")
    dup_key = tmp_path / "dup.json"
    dup_key.write_text(text.replace('"format": "dossier-timeline",', '"format": "dossier-timeline", "format": "x",', 1))
    with pytest.raises(exchange.ExchangeError, match="duplicate key"):
        exchange.import_file(dup_key, empty_store)
    nan = tmp_path / "nan.json"
    nan.write_text(text.replace('"interested_party": 0', '"interested_party": NaN', 1))
    with pytest.raises(exchange.ExchangeError, match="NaN"):
        exchange.import_file(nan, empty_store)
    def duplicate(document):
        document["persons"].append(dict(document["persons"][0]))
    with pytest.raises(exchange.ExchangeError, match="more than once"):
        exchange.import_file(_broken(tmp_path, duplicate), empty_store)
    assert empty_store.count("persons") == 0


def test_not_json_and_wrong_format(tmp_path, empty_store):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"{\"format\": \"caf\xe9\"}")
    with pytest.raises(exchange.ExchangeError, match="not UTF-8"):
        exchange.import_file(bad, empty_store)
    bad.write_text("{\"format\": \"other\"}")
    with pytest.raises(exchange.ExchangeError, match="format"):
        exchange.import_file(bad, empty_store)
    bad.write_text("[1, 2")
    with pytest.raises(exchange.ExchangeError, match="not valid JSON"):
        exchange.import_file(bad, empty_store)


def test_a_file_from_a_newer_version_asks_for_an_update_and_changes_nothing(tmp_path, small_store):
    newer = _broken(tmp_path, lambda document: document.update(format_version=exchange.FORMAT_VERSION + 1))
    before = exchange.export_document(small_store)

    with pytest.raises(exchange.ExchangeError) as refused:
        exchange.import_file(newer, small_store)

    assert str(refused.value) == (f"broken.json: was made by a newer Dossier Timeline (format version "
                                  f"{exchange.FORMAT_VERSION + 1}; this version reads up to {exchange.FORMAT_VERSION}); "
                                  "update the app to import it")
    assert exchange.export_document(small_store) == before
    older = _broken(tmp_path, lambda document: document.update(format_version=0))
    with pytest.raises(exchange.ExchangeError, match="format_version: this version reads 1 and 2, found 0"):
        exchange.import_file(older, small_store)


def test_dry_run_plans_without_writing(small_store, tmp_path):
    changed = _broken(tmp_path, _set("persons", "john-doe", "summary", "Mayor of the city"))
    plan = exchange.import_file(changed, small_store, dry_run=True)
    assert plan.changed == {"persons": ["john-doe"]}
    assert small_store.get("persons", "john-doe")["summary"] is None
    exchange.import_file(changed, small_store)
    assert small_store.get("persons", "john-doe")["summary"] == "Mayor of the city"


def test_failed_creation_leaves_no_file(tmp_path):
    target = tmp_path / "new.db"
    with pytest.raises(exchange.ExchangeError):
        create_from_dataset(target, _broken(tmp_path, _set("terms", "term-doe-mayor", "start", "nonsense")))
    assert not target.exists()
    assert list(tmp_path.glob("*.db*")) == []


def test_schema_file_matches_contract():
    schema = json.loads(exchange.EXCHANGE_SCHEMA.read_text(encoding="utf-8"))
    for table, columns in exchange.CONTRACT.items():
        assert tuple(schema["$defs"][table]["properties"]) == columns
        assert schema["$defs"][table]["additionalProperties"] is False


def test_changing_a_source_text_cannot_break_stored_citations(tmp_path, small_store):
    def shorten(document):
        document["citations"] = []  # the file brings the source only; the dossier keeps its citations
        document["sources"][0]["text"] = "The Example Gazette reports nothing any more."
    with pytest.raises(exchange.ExchangeError) as refused:
        exchange.import_file(_broken(tmp_path, shorten), small_store)
    assert "sources 'gazette': text: the stored citation 'c-doe'" in str(refused.value)
    assert "John Doe" in small_store.get("sources", "gazette")["text"]


def test_a_version_1_file_without_identifiers_still_imports(tmp_path):
    document = json.loads(SMALL_DOSSIER.read_text(encoding="utf-8"))
    document["format_version"] = 1
    del document["identifiers"]
    old = tmp_path / "version-1.json"
    old.write_text(json.dumps(document), encoding="utf-8")
    store = create_dossier(None)
    exchange.import_file(old, store)
    again = tmp_path / "again.json"
    exchange.export_json(store, again)
    assert again.read_bytes() == SMALL_DOSSIER.read_bytes()


def test_identifiers_must_name_an_existing_record_once(small_store):
    document = exchange.export_document(small_store)
    person = document["persons"][0]["id"]
    document["identifiers"] = [
        {"id": "id-a", "record_table": "persons", "record_id": person, "scheme": "wikidata", "value": "Q1"},
        {"id": "id-b", "record_table": "persons", "record_id": "nobody", "scheme": "wikidata", "value": "Q1"},
    ]
    with pytest.raises(exchange.ExchangeError) as refused:
        exchange.plan_import(document, small_store, "ids.json")
    assert "ids.json: identifiers 'id-b': record_id: no persons row has id 'nobody'" in refused.value.problems
    assert any("identifiers 'id-b': value: wikidata 'Q1' already names another persons row" in p
               for p in refused.value.problems)

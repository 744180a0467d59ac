"""One rule for control characters (NUL and kin) across JSON, CSV and the editor; and
every value a dossier can hold survives export → import exactly, JSON and CSV."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.domain import csv_exchange, exchange
from app.domain.control_characters import character_name, refused_character
from app.domain.edits import plan_save
from app.domain.exchange import ExchangeError
from app.domain.opener import create_dossier
from app.domain.store import StoreError

SMALL_JSON = Path(__file__).parent / "fixtures/small-dossier.json"
PERSONS_HEADER = "id,name,name_native,born,died,summary,note\r\n"


@pytest.fixture
def store():
    store = create_dossier(None)
    exchange.import_file(SMALL_JSON, store)
    yield store
    store.close()


def test_characters_are_named_as_people_know_them():
    assert character_name("\x00") == "NUL (U+0000)"
    assert character_name("\x1b") == "ESC (U+001B)"
    assert character_name("\x7f") == "DEL (U+007F)"
    assert character_name("\x85") == "the control character U+0085"
    assert refused_character("tab\tline\nreturn\r ok") is None


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x9b"])
def test_json_csv_and_the_editor_refuse_a_control_character_naming_field_and_character(store, tmp_path, character):
    named = character_name(character)
    document = json.loads(SMALL_JSON.read_text(encoding="utf-8"))
    document["persons"][0]["summary"] = f"before{character}after"
    person = document["persons"][0]["id"]
    path = tmp_path / "control.json"
    path.write_text(json.dumps(document), encoding="utf-8")  # escaped as \\u00XX
    with pytest.raises(ExchangeError, match=rf"control.json: persons '{person}': summary: holds {re.escape(named)}"):
        exchange.import_file(path, store)

    csv = tmp_path / "persons.csv"
    csv.write_bytes((PERSONS_HEADER + f"x,X{character},,,,,\r\n").encode("utf-8"))
    with pytest.raises(ExchangeError, match=rf"persons.csv: persons 'x': name: holds {re.escape(named)}"):
        csv_exchange.plan_csv_import([csv], store)

    with pytest.raises(StoreError, match=rf"persons x: note: holds {re.escape(named)}"):
        plan_save(store, "Edit", {"persons": [{"id": "x", "name": "X", "note": f"a{character}"}]})
    assert store.get("persons", "x") is None


def test_a_raw_control_character_in_json_is_named_too(store, tmp_path):
    path = tmp_path / "raw.json"
    path.write_bytes(SMALL_JSON.read_bytes().replace(b'"John Doe"', b'"John\x00Doe"', 1))
    with pytest.raises(ExchangeError, match=r"raw.json: not valid JSON: a string holds NUL \(U\+0000\) unescaped"):
        exchange.import_file(path, store)


def test_a_csv_cell_that_really_begins_with_an_apostrophe_round_trips(store, tmp_path):
    values = ["'=already-escaped", "'", "''", "'tis", "''=x", "'\ttab", "=1+1", "-", "@x", "plain"]
    plan_save(store, "", {"persons": [{"id": "quoted", "name": "Quoted"}],
                          "aliases": [{"id": f"a{number}", "person_id": "quoted", "alias": value}
                                      for number, value in enumerate(values)]}).do(store)
    csv_exchange.export_csv(store, tmp_path / "out")
    written = (tmp_path / "out" / "aliases.csv").read_text(encoding="utf-8")
    assert ",''=already-escaped," in written and ",''tis," in written and ",'=1+1," in written
    copy = create_dossier(None)
    try:
        exchange.apply_import(csv_exchange.plan_csv_folder(tmp_path / "out", copy), copy)
        assert [copy.get("aliases", f"a{n}")["alias"] for n in range(len(values))] == values
    finally:
        copy.close()


def test_hand_written_apostrophes_follow_the_documented_rule(store, tmp_path):
    path = tmp_path / "persons.csv"
    path.write_text(PERSONS_HEADER + "a,'tis,,,,,\r\nb,'=SUM(1),,,,,\r\nc,''tis,,,,,\r\n", encoding="utf-8")
    exchange.apply_import(csv_exchange.plan_csv_import([path], store), store)
    assert [store.get("persons", x)["name"] for x in "abc"] == ["'tis", "=SUM(1)", "'tis"]


# Any text the rule allows: tabs, line ends, quotes, commas, apostrophes, formula starts,
# separators, astral characters.
ALLOWED_TEXT = st.text(
    st.one_of(st.sampled_from(list("\t\r\n\"',;=+-@ \u2028\u00a0\U0001f600ی")),
              st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))),
    min_size=0, max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=ALLOWED_TEXT.filter(bool), summary=st.one_of(st.none(), ALLOWED_TEXT), note=st.one_of(st.none(), ALLOWED_TEXT))
def test_every_allowed_value_round_trips_through_json_and_csv(tmp_path_factory, name, summary, note):
    folder = tmp_path_factory.mktemp("round")
    original = create_dossier(None)
    try:
        exchange.import_file(SMALL_JSON, original)
        plan_save(original, "", {"persons": [{"id": "p", "name": name, "summary": summary, "note": note}]}).do(original)
        exchange.export_json(original, folder / "d.json")
        csv_exchange.export_csv(original, folder / "csv")
        expected = exchange.dumps(exchange.export_document(original))
    finally:
        original.close()
    for load in (lambda s: exchange.import_file(folder / "d.json", s),
                 lambda s: exchange.apply_import(csv_exchange.plan_csv_folder(folder / "csv", s), s)):
        copy = create_dossier(None)
        try:
            load(copy)
            assert exchange.dumps(exchange.export_document(copy)) == expected
        finally:
            copy.close()


def test_check_names_a_control_character_stored_before_the_rule(store):
    from app.domain.checks import check

    store.db.execute("UPDATE persons SET summary = 'a' || char(0) || 'b' WHERE id = 'john-doe'")
    report = check(store)
    assert "persons john-doe: summary: holds NUL (U+0000), a control character a dossier does not store" \
        in report.errors

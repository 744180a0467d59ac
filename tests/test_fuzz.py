"""Fuzzing with Hypothesis: any input ends in success or a clean, named error.

Never an unhandled exception, never a hang (each run is bounded by the opener's
deadline and Hypothesis' example count), never a changed input file, never a
half-imported dossier.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import dates
from app.domain.csv_exchange import plan_csv_import
from app.domain.exchange import ExchangeError, apply_import, parse_document, plan_import, read_document
from app.domain.opener import DossierRefused, create_dossier, create_from_dataset, open_snapshot, validate
from app.domain.schema import CONTRACT

SMALL_JSON = Path(__file__).parent / "fixtures/small-dossier.json"
DOCUMENT = json.loads(SMALL_JSON.read_text(encoding="utf-8"))


def fuzz(examples: int) -> settings:
    """No per-example deadline (EDTF parsing is slow); a bounded number of examples."""
    return settings(deadline=None, max_examples=examples,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# --- EDTF dates ----------------------------------------------------------------------

EDTF_PIECES = st.sampled_from([
    "1988", "-1988", "0000", "9999", "10000", "Y170000", "1988-07", "1988-13", "1988-02-30", "1988-07-19",
    "1988-13-45", "~", "?", "%", "X", "XX", "u", "[", "]", "{", "}", "..", ",", "/", "-", "21", "33", "T10:00",
    "Z", "+", "S2", "E5", "1e9", " ", "",
])
EDTF_LIKE = st.lists(EDTF_PIECES, min_size=1, max_size=6).map("".join)


@fuzz(200)
@given(st.one_of(EDTF_LIKE, st.text(max_size=30)))
def test_any_date_text_parses_or_is_named_invalid(text):
    for end in (False, True):
        try:
            dates.validate(text, end=end)
        except dates.DateError as error:
            assert str(error)
            continue
        span = dates.bounds(text)
        if span.earliest is not None and span.latest is not None:
            assert span.earliest <= span.latest
        assert isinstance(dates.format_date(text), str)


# --- JSON import ---------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20),
              st.sampled_from(["1988-13-45", "..", "<b>x</b>", "=cmd|' /C calc'!A0", "\ud800", "\x00",
                               "john-doe", "no-such-id", "x" * 25000, 10 ** 30, 1e308])),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=5,
)


@st.composite
def mutated_documents(draw) -> dict:
    """The fixture document with a few hostile edits: wrong values, missing or extra keys, duplicates."""
    document = copy.deepcopy(DOCUMENT)
    for _ in range(draw(st.integers(1, 3))):
        table = draw(st.sampled_from([*CONTRACT, "meta"]))
        action = draw(st.sampled_from(["set", "drop", "add", "duplicate", "top"]))
        if table == "meta":
            document["meta"][draw(st.sampled_from([*document["meta"], "x"]))] = draw(JSON_VALUES)
            continue
        rows = document[table]
        if not isinstance(rows, list) or not rows:  # an earlier "top" edit may have replaced the table
            continue
        row = rows[draw(st.integers(0, len(rows) - 1))]
        if not isinstance(row, dict):
            continue
        column = draw(st.sampled_from(CONTRACT[table]))
        if action == "set":
            row[column] = draw(JSON_VALUES)
        elif action == "drop":
            row.pop(column, None)
        elif action == "add":
            row[draw(st.text(min_size=1, max_size=8))] = draw(JSON_VALUES)
        elif action == "duplicate":
            rows.append(copy.deepcopy(row))
        else:
            document[draw(st.sampled_from(["format", "format_version", table]))] = draw(JSON_VALUES)
    return document


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "small.db"
    create_from_dataset(path, SMALL_JSON).close()
    return path


def table_counts(store) -> dict[str, int]:
    return {table: store.count(table) for table in CONTRACT}


@fuzz(150)
@given(mutated_documents())
def test_a_hostile_json_document_is_imported_whole_or_refused_by_name(document):
    store = create_dossier(None)
    try:
        try:
            text = json.dumps(document, ensure_ascii=False, allow_nan=False)
        except ValueError:
            return
        try:
            plan = plan_import(parse_document(text, "fuzz.json"), store, "fuzz.json")
        except ExchangeError as error:
            assert error.problems and all(p.startswith("fuzz.json: ") for p in error.problems)
            assert table_counts(store) == dict.fromkeys(CONTRACT, 0)  # nothing half-imported
            return
        apply_import(plan, store)
        assert sum(table_counts(store).values()) > 0
    finally:
        store.close()


@fuzz(150)
@given(st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from(["utf-16", "utf-32", "utf-8-sig", "latin-1"]).map(
        lambda encoding: SMALL_JSON.read_text(encoding="utf-8").encode(encoding, "replace")),
    st.integers(1, 5000).map(lambda depth: b"[" * depth + b"]" * depth),
    st.integers(0, 2000).map(lambda n: SMALL_JSON.read_bytes()[:n]),
))
def test_any_bytes_as_a_json_file_end_in_a_document_or_a_named_error(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("json") / "sent.json"
    path.write_bytes(raw)
    try:
        document = read_document(path)
    except ExchangeError as error:
        assert all(p.startswith("sent.json: ") for p in error.problems)
    else:
        assert isinstance(document, Mapping) and set(document) >= {"format", "meta"}  # read as a stream, staged
    assert path.read_bytes() == raw


# --- CSV import ----------------------------------------------------------------------

PERSONS_CSV = "id,name,name_native,born,died,summary,note\r\nann-lee,Ann Lee,,1950,,,\r\n"
CSV_PIECES = st.sampled_from([
    ",", ";", "\t", '"', '""', "\r\n", "\n", "\r", "id", "name", "born", "note", "ann-lee", "1988-13-45",
    "=1+1", "'", "\ufeff", "\x00", "é", "ann-lee,Ann Lee,,1950,,,", "id,name,name_native,born,died,summary,note",
])


@fuzz(150)
@given(st.one_of(
    st.lists(CSV_PIECES, max_size=25).map("".join),
    st.integers(0, len(PERSONS_CSV)).flatmap(
        lambda cut: st.text(max_size=6).map(lambda noise: PERSONS_CSV[:cut] + noise + PERSONS_CSV[cut:])),
), st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_a_hostile_csv_file_is_imported_whole_or_refused_by_name(tmp_path_factory, text, encoding):
    path = tmp_path_factory.mktemp("csv") / "persons.csv"
    raw = text.encode(encoding, "surrogatepass")
    path.write_bytes(raw)
    store = create_dossier(None)
    try:
        try:
            plan = plan_csv_import([path], store)
        except ExchangeError as error:
            assert all(p.startswith("persons.csv") for p in error.problems), error.problems
            assert table_counts(store) == dict.fromkeys(CONTRACT, 0)
        else:
            apply_import(plan, store)
    finally:
        store.close()
    assert path.read_bytes() == raw


# --- the opener ----------------------------------------------------------------------


@fuzz(120)
@given(st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=8),
       st.sampled_from(["flip", "truncate", "append"]))
def test_a_damaged_dossier_file_is_refused_by_name_or_opens_cleanly(tmp_path_factory, template, edits, how):
    path = tmp_path_factory.mktemp("db") / "sent.db"
    data = bytearray(template.read_bytes())
    if how == "flip":
        for where, value in edits:
            data[int(where * (len(data) - 1))] = value
    elif how == "truncate":
        del data[int(edits[0][0] * len(data)):]
    else:
        data += bytes(value for _, value in edits) * 100
    path.write_bytes(bytes(data))
    try:
        validate(path, deadline_seconds=5)
    except DossierRefused as error:
        assert error.kind in {"not-dossier", "damaged", "unexpected", "newer", "too-slow"}, error
        assert error.reason
    else:
        # A file the opener accepts must then be readable for work, every row of it.
        with open_snapshot(path) as store:
            for table in CONTRACT:
                store.rows(table)
            store.persons()
    assert path.read_bytes() == bytes(data)
    assert sorted(p.name for p in path.parent.iterdir()) == ["sent.db"]

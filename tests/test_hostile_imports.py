"""Hostile imports, one attack class at a time: each refused naming file, record (or line)
and field, nothing coerced, nothing half-imported, a non-zero exit on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import cli
from app.domain import csv_exchange, exchange
from app.domain.exchange import ExchangeError
from app.domain.opener import create_dossier, create_from_dataset
from app.domain.schema import CONTRACT

SMALL_JSON = Path(__file__).parent / "fixtures/small-dossier.json"
SMALL_TEXT = SMALL_JSON.read_text(encoding="utf-8")
PERSONS_HEADER = "id,name,name_native,born,died,summary,note\r\n"


def replaced(old: str, new: str) -> str:
    assert old in SMALL_TEXT
    return SMALL_TEXT.replace(old, new, 1)


@pytest.fixture
def store():
    store = create_dossier(None)
    yield store
    store.close()


@pytest.fixture
def small_memory_store():
    """The fixture dossier in memory: CSV files of one table are imported into a dossier."""
    store = create_dossier(None)
    exchange.import_file(SMALL_JSON, store)
    yield store
    store.close()


def counts(store) -> dict[str, int]:
    return {table: store.count(table) for table in CONTRACT}


JSON_CASES = [
    ("NaN", replaced('"interested_party": 1', '"interested_party": NaN'), ["NaN is not a number JSON allows"]),
    ("a number too large for a float", replaced('"interested_party": 1', '"interested_party": 1e400'),
     ["too large a number"]),
    ("a huge integer", replaced('"interested_party": 1', '"interested_party": ' + "9" * 5000),
     ["too large a number"]),
    ("duplicate keys", replaced('"name": "John Doe"', '"name": "John Doe", "name": "Jane"'),
     ["duplicate key 'name'"]),
    ("deep nesting", '{"format": "dossier-timeline", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
     ["hostile.json"]),
    ("a lone surrogate", replaced('"name": "John Doe"', '"name": "John \\ud800Doe"'),
     ["persons 'john-doe': name", "surrogate"]),
    ("an impossible date", replaced('"start": "2013-08"', '"start": "1988-13-45"'),
     ["terms 'term-doe-mayor': start", "1988-13-45"]),
    ("an end before its start", replaced('"start": "1985-07"', '"start": "1995"'),
     ["terms 'term-roe-minister': end", "before start"]),
    ("a duplicate id", replaced('"id": "jane-roe"', '"id": "john-doe"'),
     ["persons 'john-doe': id: appears more than once"]),
    ("a dangling reference", replaced('"person_id": "john-doe"', '"person_id": "nobody-at-all"'),
     ["person_id: no persons row has id 'nobody-at-all'"]),
    ("an inexact quote", replaced('"quote": "', '"quote": "Not in the source: '),
     ["quote: not found verbatim"]),
    ("an over-long field", replaced('"name": "John Doe"', '"name": "' + "x" * 30_000 + '"'),
     ["persons 'john-doe': name", "is too long"]),
    ("a wrong type, not coerced", replaced('"interested_party": 1', '"interested_party": "1"'),
     ["interested_party", "'1' is not one of"]),
]


@pytest.mark.parametrize("attack, text, named", JSON_CASES, ids=[case[0] for case in JSON_CASES])
def test_hostile_json_is_refused_by_name_and_imports_nothing(store, tmp_path, attack, text, named):
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExchangeError) as refused:
        exchange.import_file(path, store)
    message = str(refused.value)
    assert message.startswith("hostile.json: ")
    for words in named:
        assert words in message, message
    assert counts(store) == dict.fromkeys(CONTRACT, 0)


@pytest.mark.parametrize("encoding, accepted", [
    ("utf-8-sig", True), ("utf-16", False), ("utf-16-le", False), ("utf-32", False), ("cp1256", False),
])
def test_json_encodings_are_read_correctly_or_refused(store, tmp_path, encoding, accepted):
    path = tmp_path / "encoded.json"
    text = SMALL_TEXT.replace("ی", "ي") if encoding == "cp1256" else SMALL_TEXT  # cp1256 has no Persian yeh
    path.write_bytes(text.encode(encoding))
    if accepted:
        exchange.import_file(path, store)
        assert store.get("persons", "jane-roe")["name_native"] == "جین رو"
        return
    with pytest.raises(ExchangeError, match="encoded.json: .*(UTF-16|UTF-32|not UTF-8)"):
        exchange.import_file(path, store)


# --- CSV -----------------------------------------------------------------------------

CSV_CASES = [
    ("UTF-16", PERSONS_HEADER + "x,X,,,,,\r\n", "utf-16", ["persons.csv", "UTF-16"]),
    ("a NUL byte", PERSONS_HEADER + "x,X\x00,,,,,\r\n", "utf-8", ["persons.csv", "persons 'x': name", "NUL (U+0000)"]),
    ("UTF-16 without a mark", PERSONS_HEADER + "x,X,,,,,\r\n", "utf-16-le", ["persons.csv", "NUL bytes", "UTF-16"]),
    ("a huge integer", "id,name,kind,country,interested_party,summary\r\no,O,,," + "9" * 40 + ",\r\n",
     "utf-8", ["organizations.csv", "interested_party"]),
    ("nan", "id,name,kind,country,interested_party,summary\r\no,O,,,nan,\r\n", "utf-8",
     ["organizations.csv", "interested_party", "'nan'"]),
    ("duplicate ids", PERSONS_HEADER + "x,X,,,,,\r\nx,Y,,,,,\r\n", "utf-8", ["persons 'x'", "more than once"]),
    ("an end before its start", PERSONS_HEADER + "x,X,,1990,1950,,\r\n", "utf-8", ["persons 'x'", "died"]),
    ("an impossible date", PERSONS_HEADER + "x,X,,1988-13-45,,,\r\n", "utf-8", ["persons 'x'", "born"]),
    ("an over-long field", PERSONS_HEADER + "x," + "X" * 30_000 + ",,,,,\r\n", "utf-8",
     ["persons.csv", "'x'", "name", "too long"]),
]


@pytest.mark.parametrize("attack, text, encoding, named", CSV_CASES,
                         ids=[(case.values if hasattr(case, "values") else case)[0] for case in CSV_CASES])
def test_hostile_csv_is_refused_by_name_and_imports_nothing(small_memory_store, tmp_path, attack, text, encoding,
                                                            named):
    store = small_memory_store
    before = counts(store)
    name = "organizations.csv" if text.startswith("id,name,kind") else "persons.csv"
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    with pytest.raises(ExchangeError) as refused:
        csv_exchange.plan_csv_import([path], store)
    message = str(refused.value)
    for words in named:
        assert words in message, message
    assert counts(store) == before


def test_a_byte_order_mark_is_accepted_in_csv(small_memory_store, tmp_path):
    store = small_memory_store
    path = tmp_path / "persons.csv"
    path.write_bytes(("\ufeff" + PERSONS_HEADER + "x,X,,,,,\r\n").encode("utf-8"))
    exchange.apply_import(csv_exchange.plan_csv_import([path], store), store)
    assert store.get("persons", "x")["name"] == "X"


def test_one_bad_file_among_several_imports_none_of_them(small_memory_store, tmp_path):
    store = small_memory_store
    before = counts(store)
    good = tmp_path / "persons.csv"
    good.write_text(PERSONS_HEADER + "x,X,,,,,\r\n", encoding="utf-8")
    bad = tmp_path / "aliases.csv"
    bad.write_text("id,person_id,alias,kind\r\na,nobody,A,\r\n", encoding="utf-8")
    with pytest.raises(ExchangeError, match="aliases 'a': person_id"):
        csv_exchange.plan_csv_import([good, bad], store)
    assert counts(store) == before


def test_the_command_line_refuses_with_a_non_zero_exit_and_changes_nothing(tmp_path, capsys):
    db = tmp_path / "d.db"
    create_from_dataset(db, SMALL_JSON).close()
    before = db.read_bytes()
    for attack, text, named in JSON_CASES[:3] + JSON_CASES[6:9]:
        path = tmp_path / "hostile.json"
        path.write_text(text, encoding="utf-8")
        assert cli.main(["--db", str(db), "import", str(path)]) == cli.EXIT_PROBLEMS, attack
        assert named[0] in capsys.readouterr().err
    csv = tmp_path / "persons.csv"
    csv.write_text(PERSONS_HEADER + 'x,"X,,,,,\r\n', encoding="utf-8")
    assert cli.main(["--db", str(db), "import", str(csv)]) == cli.EXIT_PROBLEMS
    assert "persons.csv: line 2: field 2" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_exported_csv_cells_a_spreadsheet_would_run_are_neutralised(tmp_path):
    document = json.loads(SMALL_TEXT)
    document["persons"][0]["summary"] = '=HYPERLINK("http://example.invalid","x")'
    document["persons"][1]["summary"] = "@SUM(1+1)"
    path = tmp_path / "formulas.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    store = create_dossier(None)
    try:
        exchange.import_file(path, store)
        csv_exchange.export_csv(store, tmp_path / "csv")
    finally:
        store.close()
    text = (tmp_path / "csv" / "persons.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and "'@SUM" in text
    assert ",=" not in text and ",@" not in text and '"=' not in text

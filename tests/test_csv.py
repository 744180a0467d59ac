"""CSV exchange: exact round trip, formula neutralisation, strict reading, all or nothing."""

from __future__ import annotations

import pytest

from app.cli import main
from app.domain import csv_exchange, exchange
from app.domain.dossier_files import new_dossier
from app.domain.edits import plan_save
from app.domain.exchange import ExchangeError
from app.domain.progress import Cancelled


def snapshot(store) -> str:
    return exchange.dumps(exchange.export_document(store))


def test_folder_round_trip_is_exact(small_store, tmp_path):
    plan_save(small_store, "", {"persons": [{"id": "empty-summary", "name": "Empty", "summary": "", "note": None}]}).do(small_store)
    folder = tmp_path / "out"
    written = csv_exchange.export_csv(small_store, folder)
    assert {p.name for p in written} == {f"{t}.csv" for t in csv_exchange.TABLES}
    target = new_dossier(tmp_path / "copy.db")
    exchange.apply_import(csv_exchange.plan_csv_folder(folder, target), target)
    assert snapshot(target) == snapshot(small_store)
    row = target.get("persons", "empty-summary")
    assert row["summary"] == "" and row["note"] is None
    target.close()


def test_formula_cells_are_neutralised_and_restored(small_store, tmp_path):
    values = {"summary": '=HYPERLINK("http://evil.example","click")', "note": "'=already quoted",
              "name_native": "-5 @ +1", "born": None}
    plan_save(small_store, "", {"persons": [{"id": "formula", "name": "'tis a name", **values}]}).do(small_store)
    folder = tmp_path / "out"
    csv_exchange.export_csv(small_store, folder)
    text = (folder / "persons.csv").read_text(encoding="utf-8")
    assert '"\'=HYPERLINK(""http://evil.example"",""click"")"' in text
    assert "''=already quoted" in text and "'-5 @ +1" in text
    assert ",''tis a name," in text  # the escape mark itself is escaped
    for line in text.splitlines()[1:]:
        for cell in line.split(","):
            assert not cell.startswith(("=", "+", "-", "@", "\t"))
    target = new_dossier(tmp_path / "copy.db")
    exchange.apply_import(csv_exchange.plan_csv_folder(folder, target), target)
    row = target.get("persons", "formula")
    assert {k: row[k] for k in values} == values and row["name"] == "'tis a name"
    target.close()


def test_export_is_rfc4180_utf8(small_store, tmp_path):
    plan_save(small_store, "", {"persons": [{"id": "multi", "name": 'Line one\nsaid "two", ok'}]}).do(small_store)
    csv_exchange.export_csv(small_store, tmp_path / "out")
    raw = (tmp_path / "out" / "persons.csv").read_bytes()
    assert raw.startswith(b"id,name,name_native,born,died,summary,note\r\n")
    assert b'multi,"Line one\nsaid ""two"", ok",,,,,\r\n' in raw
    assert "جین رو".encode() in raw


def test_export_refuses_a_folder_holding_csv_files(small_store, tmp_path):
    csv_exchange.export_csv(small_store, tmp_path / "out")
    with pytest.raises(FileExistsError):
        csv_exchange.export_csv(small_store, tmp_path / "out")


def test_cancelled_export_leaves_nothing(small_store, tmp_path):
    folder = tmp_path / "out"
    with pytest.raises(Cancelled):
        csv_exchange.export_csv(small_store, folder, progress=lambda done, total: done < 3)
    assert not folder.exists()


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


PERSONS_HEADER = "id,name,name_native,born,died,summary,note\r\n"


@pytest.fixture(scope="module")
def memory_store():
    """The fixture dossier in memory, shared by tests that only read it."""
    from conftest import SMALL_DOSSIER

    from app.domain.opener import create_dossier

    store = create_dossier(None)
    exchange.import_file(SMALL_DOSSIER, store)
    yield store
    store.close()


@pytest.mark.parametrize("name, text, named", [
    ("persons.csv", "id;name;name_native;born;died;summary;note\r\nx;X;;;;;\r\n", ["line 1", "commas"]),
    ("persons.csv", PERSONS_HEADER + "x,X,,,,\r\n", ["line 2", "6 fields", "7"]),
    ("persons.csv", PERSONS_HEADER + 'x,"X,,,,,\r\n', ["line 2", "field 2", "never closed"]),
    ("persons.csv", "id,name,name,born,died,summary,note\r\nx,X,,,,,\r\n", ["line 1", "field 3", "more than once"]),
    ("persons.csv", "id,name,,born,died,summary,note\r\nx,X,,,,,\r\n", ["line 1", "field 3", "empty column"]),
    ("persons.csv", "id,name,name_native,born,died,summary,nickname\r\nx,X,,,,,\r\n",
     ["line 1", "field 7", "unknown column 'nickname'"]),
    ("persons.csv", PERSONS_HEADER, ["line 2", "no rows"]),
    ("persons.csv", PERSONS_HEADER + 'x,X"Y,,,,,\r\n', ["line 2", "field 2", "quote"]),
    ("organizations.csv", "id,name,kind,country,interested_party,summary\r\no,O,,,1.0,\r\n",
     ["line 2", "interested_party", "'1.0'", "whole number"]),
    ("organizations.csv", "id,name,kind,country,interested_party,summary\r\no,O,,,yes,\r\n",
     ["line 2", "interested_party", "'yes'"]),
    ("persons.csv", PERSONS_HEADER + "x,X,,1988-13,,,\r\n", ["persons 'x'", "born", "1988-13"]),
    ("terms.csv", "id,person_id,position_id,start,end,note,claim_group,rank,rank_reason\r\n"
                  "t,ghost,p,,,,,normal,\r\n", ["terms 't'", "person_id", "ghost"]),
    ("people.csv", PERSONS_HEADER + "x,X,,,,,\r\n", ["people.csv", "no table 'people'"]),
])
def test_broken_csv_is_refused_naming_file_line_and_field(memory_store, tmp_path, name, text, named):
    path = _write(tmp_path, name, text)
    with pytest.raises(ExchangeError) as refused:
        csv_exchange.plan_csv_import([path], memory_store)
    message = str(refused.value)
    assert name in message
    for part in named:
        assert part in message


def test_table_option_names_the_table(memory_store, tmp_path):
    path = _write(tmp_path, "export-2024.csv", PERSONS_HEADER + "new-person,New Person,,1950,,,\r\n")
    plan = csv_exchange.plan_csv_import([path], memory_store, "persons")
    assert plan.added == {"persons": ["new-person"]}


def test_changed_rows_are_planned_as_changes(memory_store, tmp_path):
    path = _write(tmp_path, "persons.csv", PERSONS_HEADER + 'john-doe,"John Doe, Jr.",,,,,\r\n')
    plan = csv_exchange.plan_csv_import([path], memory_store)
    assert plan.changed == {"persons": ["john-doe"]} and not plan.added


def test_cli_broken_import_leaves_database_byte_identical(small_db_path, tmp_path, capsys):
    before = small_db_path.read_bytes()
    broken = _write(tmp_path, "persons.csv", PERSONS_HEADER + "ok,Fine,,,,,\r\nbad,Bad,,1988-99,,,\r\n")
    assert main(["import", str(broken), "--db", str(small_db_path)]) == 1
    assert "1988-99" in capsys.readouterr().err
    assert small_db_path.read_bytes() == before


def test_cli_export_csv_and_import_with_table(small_db_path, tmp_path, capsys):
    out = tmp_path / "csv"
    assert main(["export", "csv", str(out), "--db", str(small_db_path)]) == 0
    assert (out / "persons.csv").exists()
    renamed = tmp_path / "people-list.csv"
    renamed.write_bytes((out / "persons.csv").read_bytes())
    fresh = tmp_path / "fresh.db"
    assert main(["import", str(renamed), "--table", "persons", "--db", str(fresh)]) == 0
    assert "2 added" in capsys.readouterr().out
    assert main(["import", str(renamed), "--db", str(tmp_path / "never.db")]) == 1
    assert not (tmp_path / "never.db").exists()

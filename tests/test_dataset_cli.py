"""`import FILE --format ftm|popolo` and `export ftm`, run as a user would."""

import json
import sqlite3

from conftest import FIXTURES
from test_cli import run
from test_ftm import pep_entities, write_lines


def test_import_detects_ftm_dry_run_writes_nothing_then_imports(tmp_path):
    peps = write_lines(tmp_path / "peps.ftm.json", pep_entities())
    db = tmp_path / "new.db"
    dry = run("import", peps, "--db", db, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Would import" in dry.stdout and "skipped: 1 Sanction entities" in dry.stdout
    assert not db.exists()
    done = run("import", peps, "--db", db, "--license", "CC BY-NC 4.0", "--url", "https://example.org/peps")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as conn:
        source = conn.execute("SELECT kind, license, url FROM sources").fetchone()
        assert source == ("dataset", "CC BY-NC 4.0", "https://example.org/peps")
        assert conn.execute("SELECT count(*) FROM terms").fetchone()[0] == 3
    assert run("check", "--db", db).returncode == 0


def test_popolo_is_detected_and_a_name_match_is_confirmed_on_the_command_line(tmp_path):
    db = tmp_path / "d.db"
    assert run("import", FIXTURES / "popolo-spec-examples.json", "--db", db).returncode == 0
    again = tmp_path / "again.json"
    again.write_text(json.dumps({"persons": [{"id": "jqc", "name": "Jane Q. Citizen"}],
                                 "organizations": [{"id": "o", "name": "Senate"}],
                                 "memberships": [{"person_id": "jqc", "organization_id": "o", "start_date": "2016"}]}),
                     encoding="utf-8")
    offered = run("import", again, "--db", db, "--dry-run")
    assert "same person? 'Jane Q. Citizen' (jqc) has the name of 'Jane Q. Citizen' (jane-q-citizen)" in offered.stdout
    assert "--same-person FILE_ID=PERSON_ID" in offered.stdout
    confirmed = run("import", again, "--db", db, "--same-person", "jqc=jane-q-citizen")
    assert confirmed.returncode == 0, confirmed.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM persons WHERE name = 'Jane Q. Citizen'").fetchone()[0] == 1
        assert conn.execute("SELECT person_id FROM terms WHERE start = '2016'").fetchone()[0] == "jane-q-citizen"


def test_a_refused_dataset_names_line_and_field_and_changes_nothing(tmp_path):
    db = tmp_path / "d.db"
    assert run("import", FIXTURES / "popolo-spec-examples.json", "--db", db).returncode == 0
    before = db.read_bytes()
    bad = tmp_path / "bad.ftm.json"
    bad.write_text('{"id": "a", "schema": "Person", "properties": {"name": ["A"], "birthDate": ["c. 1950"]}}\n',
                   encoding="utf-8")
    result = run("import", bad, "--db", db)
    assert result.returncode == 1
    assert "bad.ftm.json: line 1: birthDate: 'c. 1950' is not an ISO date" in result.stderr
    assert db.read_bytes() == before
    unknown = tmp_path / "unknown.json"
    unknown.write_text('{"hello": []}', encoding="utf-8")
    result = run("import", unknown, "--db", db)  # neither dataset: read as an exchange file, which it is not
    assert result.returncode == 1 and "top level: 'hello' is not a part of the exchange format" in result.stderr


def test_export_ftm_then_import_it_into_a_new_dossier(tmp_path, small_db_path):
    out = tmp_path / "out.ftm.json"
    result = run("export", "ftm", out, "--db", small_db_path)
    assert result.returncode == 0, result.stderr
    assert "FollowTheMoney entities" in result.stderr
    assert run("import", out, "--db", tmp_path / "again.db").returncode == 0
    query = "SELECT id, person_id, position_id, start, [end], note FROM terms ORDER BY id"
    with sqlite3.connect(small_db_path) as first, sqlite3.connect(tmp_path / "again.db") as second:
        assert first.execute(query).fetchall() == second.execute(query).fetchall()

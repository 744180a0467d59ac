"""The command line, run as a user would: a child process, exit codes, stdout/stderr."""

import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
SMALL = ROOT / "tests/fixtures/small-dossier.json"


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=cwd, capture_output=True, text=True)


def test_version():
    result = run("--version")
    assert result.returncode == 0 and "Dossier Timeline" in result.stdout


def test_import_into_new_file_then_export_round_trips(tmp_path):
    db = tmp_path / "d.db"
    assert run("import", SMALL, "--db", db).returncode == 0
    out = tmp_path / "out.json"
    assert run("export", "json", out, "--db", db).returncode == 0
    assert out.read_bytes() == SMALL.read_bytes()


def test_check_exit_codes(tmp_path):
    db = tmp_path / "d.db"
    run("import", SMALL, "--db", db)
    before = db.read_bytes()
    valid = run("check", db)
    assert valid.returncode == 0, valid.stderr
    assert "Result: valid" in valid.stdout
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.db"]  # no -wal/-shm left beside it

    conn = sqlite3.connect(db)
    conn.execute("UPDATE citations SET quote = 'words nobody wrote' WHERE id = 'c-doe'")
    conn.commit()
    conn.close()
    problems = run("check", db)
    assert problems.returncode == 1
    assert "c-doe" in problems.stdout

    not_dossier = tmp_path / "notes.txt"
    not_dossier.write_text("hello")
    refused = run("check", not_dossier)
    assert refused.returncode == 2
    assert "not a dossier" in refused.stderr and "Traceback" not in refused.stderr

    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert run("check", empty).returncode == 2

    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.commit()
    result = run("check", other)
    assert result.returncode == 2 and "another application" in result.stderr


def test_newer_version_refused(tmp_path):
    db = tmp_path / "d.db"
    run("import", SMALL, "--db", db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    result = run("check", db)
    assert result.returncode == 2
    assert "made by a newer Dossier Timeline (schema 999" in result.stderr and "update the app" in result.stderr


def test_bad_import_is_one_clear_message_and_changes_nothing(tmp_path):
    db = tmp_path / "d.db"
    run("import", SMALL, "--db", db)
    before = db.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text(SMALL.read_text(encoding="utf-8").replace('"start": "2013-08"', '"start": "2013-13"'))
    result = run("import", bad, "--db", db)
    assert result.returncode == 1
    assert "bad.json: terms 'term-doe-mayor': start" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == before


def test_dry_run_writes_nothing(tmp_path):
    db = tmp_path / "d.db"
    run("import", SMALL, "--db", db)
    before = db.read_bytes()
    changed = tmp_path / "changed.json"
    changed.write_text(SMALL.read_text(encoding="utf-8").replace('"name": "John Doe"', '"name": "John Q. Doe"'))
    result = run("import", changed, "--db", db, "--dry-run")
    assert result.returncode == 0
    assert "Would import" in result.stdout and "john-doe" in result.stdout
    assert db.read_bytes() == before


def test_path_with_question_mark_and_hash(tmp_path):
    folder = tmp_path / "odd?name#x"
    folder.mkdir()
    db = folder / "d?b#1.db"
    assert run("import", SMALL, "--db", db).returncode == 0
    assert run("check", db).returncode == 0


def test_commands_survive_a_windowed_build_without_a_console(monkeypatch, tmp_path):
    """The Windows .exe and the -gui launcher have no console: sys.stdout/stderr are None."""
    from app.cli import main

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["import", str(SMALL), "--db", str(tmp_path / "d.db")]) == 0
    assert main(["check", str(tmp_path / "d.db")]) == 0


def test_exports_print_no_qt_platform_noise(tmp_path):
    """Only the result reaches the terminal, not Qt's notices about windows nobody sees."""
    db = tmp_path / "d.db"
    assert run("import", SMALL, "--db", db).returncode == 0
    for command in (["export", "dossier", "jane-roe", tmp_path / "j.pdf"], ["export", "timeline", tmp_path / "t.png"]):
        result = run(*command, "--db", db)
        assert result.returncode == 0, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"Exported {command[-1]}"), result.stderr

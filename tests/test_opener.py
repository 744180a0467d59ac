"""The one opener against files someone sent: refused with a plain reason, never changed."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain import backups, opener
from app.domain.edits import plan_save
from app.domain.opener import DossierRefused, open_dossier, open_snapshot, validate
from app.domain.safety import HardenedConnection
from app.domain.migrations import migrations, schema_version

ROOT = Path(__file__).parents[1]
SMALL_JSON = ROOT / "tests/fixtures/small-dossier.json"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The fixture dossier built once; each test gets its own copy (EDTF parsing is slow)."""
    from app.domain.opener import create_from_dataset

    path = tmp_path_factory.mktemp("template") / "small.db"
    create_from_dataset(path, SMALL_JSON).close()
    return path


@pytest.fixture
def small_db_path(template, tmp_path):
    path = tmp_path / "small.db"
    shutil.copyfile(template, path)
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in a folder with its bytes: what 'nothing changed on disk' means."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def tamper(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def refused(path: Path, kind: str, words: str) -> DossierRefused:
    """Validate and open both refuse the file with this kind and words; the folder is unchanged."""
    before = snapshot(path.parent)
    with pytest.raises(DossierRefused) as caught:
        validate(path)
    assert caught.value.kind == kind, caught.value.reason
    assert words in caught.value.reason
    with pytest.raises(DossierRefused):
        open_dossier(path).close()
    assert snapshot(path.parent) == before
    return caught.value


def test_a_dossier_we_made_is_accepted_and_opening_it_leaves_no_trace(small_db_path):
    before = snapshot(small_db_path.parent)
    info = validate(small_db_path)
    assert info.schema_version == schema_version() and not info.needs_migration
    assert snapshot(small_db_path.parent) == before


@pytest.mark.parametrize("content, kind, words", [
    (b"", "not-dossier", "empty file (0 bytes)"),
    (b"name,title\nx,y\n", "not-dossier", "not an SQLite database"),
    (b"SQLite format 3\x00" + b"\x00" * 84, "damaged", "damaged"),
    (b"SQLite format 3\x00" + os.urandom(4000), "damaged", "damaged"),
])
def test_not_a_dossier(tmp_path, content, kind, words):
    path = tmp_path / "sent.db"
    path.write_bytes(content)
    refused(path, kind, words)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(DossierRefused, match="no such file"):
        validate(tmp_path / "nothing.db")
    with pytest.raises(DossierRefused, match="is a folder"):
        validate(tmp_path)


def test_another_applications_database(tmp_path):
    path = tmp_path / "other.db"
    tamper(path, "CREATE TABLE x (y)")
    refused(path, "not-dossier", "another application")


def test_made_by_a_newer_version(small_db_path):
    tamper(small_db_path, "PRAGMA user_version = 999")
    refused(small_db_path, "newer", "made by a newer Dossier Timeline (schema 999; this version reads up to schema ")


@pytest.mark.parametrize("statement, words", [
    ("CREATE VIEW everyone AS SELECT * FROM persons", "unexpected view 'everyone'"),
    ("CREATE TRIGGER spy AFTER INSERT ON persons BEGIN DELETE FROM sources; END",
     "unexpected trigger 'spy'"),
    ("CREATE TABLE extra (x)", "unexpected table 'extra'"),
    ("CREATE INDEX persons_by_expression ON persons(abs(length(name)))", "unexpected index"),
    ("CREATE VIRTUAL TABLE lookup USING fts4(x)", "unexpected table 'lookup'"),
    ("CREATE TABLE noisy (x DEFAULT (randomblob(10)))", "unexpected table 'noisy'"),
])
def test_unknown_schema_objects_are_refused(small_db_path, statement, words):
    tamper(small_db_path, statement)
    refused(small_db_path, "unexpected", words)


def test_a_table_with_a_changed_definition_is_refused(small_db_path):
    """A CHECK calling a function, smuggled into one of our own tables' definitions."""
    conn = sqlite3.connect(small_db_path)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'persons'").fetchone()[0]
    evil = sql.replace("summary TEXT", "summary TEXT CHECK (length(hex(randomblob(100))) > 0)")
    assert evil != sql
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'persons'", [evil])
    conn.commit()
    conn.close()
    refused(small_db_path, "unexpected", "table 'persons' is defined differently")


def test_a_missing_table_is_damage(small_db_path):
    tamper(small_db_path, "PRAGMA foreign_keys = OFF", "DROP TABLE aliases")
    refused(small_db_path, "damaged", "table aliases is missing")


def test_a_corrupted_page_is_found_by_integrity_check(small_db_path):
    data = bytearray(small_db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    assert len(data) >= 4 * page_size
    for offset in range(2 * page_size + 8, 3 * page_size, 7):  # scribble over the third page's cells
        data[offset] = 0xFF
    small_db_path.write_bytes(bytes(data))
    refused(small_db_path, "damaged", "damaged")


def test_a_truncated_file_is_damage(small_db_path):
    data = small_db_path.read_bytes()
    small_db_path.write_bytes(data[: len(data) // 2])
    refused(small_db_path, "damaged", "damaged")


def test_path_with_question_mark_and_hash_opens_the_real_file(tmp_path, small_db_path):
    folder = tmp_path / "odd?name#x"
    folder.mkdir()
    odd = folder / "d?b#1.db"
    shutil.copyfile(small_db_path, odd)
    decoy = tmp_path / "odd"  # what a path cut at '?' would name
    decoy.write_bytes(b"")
    store = open_dossier(odd)
    try:
        assert store.get("persons", "john-doe")["name"] == "John Doe"
    finally:
        store.close()


def test_committed_rows_in_a_wal_file_beside_it_are_read(tmp_path, small_store):
    plan_save(small_store, "", {"persons": [{"id": "only-in-wal", "name": "Only in the WAL"}]}).do(small_store)
    sent = tmp_path / "sent"
    sent.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{small_store.path}{suffix}", sent / f"d.db{suffix}")
    with open_snapshot(sent / "d.db") as store:
        assert store.get("persons", "only-in-wal")["name"] == "Only in the WAL"
    assert sorted(p.name for p in sent.iterdir()) == ["d.db", "d.db-wal"]


def test_a_hot_journal_is_rolled_back_in_the_copy_only(tmp_path, small_db_path):
    """A crash mid-write in rollback mode leaves a -journal: the copy recovers, the original stays."""
    conn = sqlite3.connect(small_db_path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    child = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 1')\n"
        "c.execute('BEGIN')\n"
        "c.execute(\"UPDATE persons SET name = 'half-written' || hex(zeroblob(3000))\")\n"
        "c.execute(\"INSERT INTO sources (id, kind, title, text) SELECT id || '-x', kind, title, text || hex(zeroblob(20000)) FROM sources\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", child, str(small_db_path)], check=True)
    assert Path(f"{small_db_path}-journal").exists()
    before = snapshot(small_db_path.parent)
    with open_snapshot(small_db_path) as store:
        assert store.get("persons", "john-doe")["name"] == "John Doe"
    assert snapshot(small_db_path.parent) == before


def test_the_hardened_connection_reads_only(small_db_path, tmp_path):
    conn = HardenedConnection(small_db_path, 10)
    try:
        for statement in (
            "DELETE FROM persons",
            "CREATE TABLE x (y)",
            "PRAGMA user_version = 5",
            "PRAGMA writable_schema = ON",
            f"ATTACH DATABASE '{tmp_path / 'other.db'}' AS other",
            "SELECT load_extension('x')",
        ):
            with pytest.raises(sqlite3.DatabaseError):
                conn.execute(statement)
        assert ("john-doe",) in conn.execute("SELECT id FROM persons")
    finally:
        conn.close()


def test_a_slow_file_is_stopped_at_the_deadline(small_db_path):
    before = small_db_path.read_bytes()
    with pytest.raises(DossierRefused) as caught:
        validate(small_db_path, deadline_seconds=0)
    assert caught.value.kind == "too-slow"
    assert small_db_path.read_bytes() == before


def test_limits_refuse_an_oversized_value(small_db_path):
    tamper(small_db_path, "UPDATE sources SET text = text || hex(zeroblob(11000000))")
    conn = HardenedConnection(small_db_path, 10)
    try:
        with pytest.raises(sqlite3.DataError, match="too big"):
            conn.execute("SELECT text FROM sources")
    finally:
        conn.close()


# --- an older dossier ----------------------------------------------------------------


@pytest.fixture
def newer_build():
    """This build with one more migration than the files written so far: they become 'older'."""

    def m_test_later(db):
        db.execute("CREATE TABLE test_later (id TEXT PRIMARY KEY)")

    migrations._migrations.append(migrations._Migration("m_test_later", m_test_later))
    opener.expected_schema.cache_clear()
    yield
    migrations._migrations.pop()
    opener.expected_schema.cache_clear()


def test_an_older_dossier_is_migrated_in_a_copy_after_a_backup(small_db_path, newer_build, tmp_path):
    old_version = schema_version() - 1
    opener.use_data_folder(tmp_path / "data")
    try:
        info = validate(small_db_path)
        assert info.needs_migration and info.schema_version == old_version
        store = open_dossier(small_db_path)
        try:
            assert store.db["test_later"].exists()
            assert store.get("persons", "john-doe")["name"] == "John Doe"
        finally:
            store.close()
        made = {b.reason: b for b in backups.list_backups(tmp_path / "data" / "backups", small_db_path)}
        assert set(made) == {"daily", "migration"}
        kept = sqlite3.connect(made["migration"].path)
        assert kept.execute("PRAGMA user_version").fetchone()[0] == old_version
        kept.close()
        assert validate(small_db_path).schema_version == schema_version()
    finally:
        opener.use_data_folder(None)
    assert not list(small_db_path.parent.glob(".*migrating*"))


def test_without_a_data_folder_the_migration_backup_sits_beside_the_file(small_db_path, newer_build):
    open_dossier(small_db_path).close()
    (backup,) = small_db_path.parent.glob("*.before-schema-*.bak")
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == schema_version() - 1


# --- read-only places and a full disk ------------------------------------------------


def in_private_mounts(script: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """Run a shell script in its own user and mount namespace, where it may mount a small
    tmpfs (a disk that fills up) or a read-only bind mount (that even root cannot write)."""
    if shutil.which("unshare") is None or subprocess.run(
            ["unshare", "-rm", "true"], capture_output=True).returncode != 0:
        pytest.skip("needs user and mount namespaces (unshare -rm) to make a full or read-only disk")
    env = {**os.environ, "PYTHON": sys.executable, "T": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    return subprocess.run(["unshare", "-rm", "sh", "-euc", script], cwd=ROOT, capture_output=True, text=True,
                          env=env)


INTACT = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
          "print('integrity', c.execute('PRAGMA integrity_check').fetchone()[0]); "
          "print('sources', c.execute('SELECT count(*) FROM sources').fetchone()[0])")


def test_a_read_only_folder_gives_a_clear_message_and_no_change(tmp_path, small_db_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    shutil.copyfile(small_db_path, locked / "d.db")
    before = snapshot(locked)
    result = in_private_mounts(
        'mount --bind "$T/locked" "$T/locked" && mount -o remount,bind,ro "$T/locked"\n'
        '"$PYTHON" -m app --db "$T/locked/d.db" export json "$T/out.json" || echo "exit $?"\n',
        tmp_path)
    assert "exit 2" in result.stdout, result.stderr
    assert "read-only" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(locked) == before


def test_a_full_disk_gives_a_clear_message_and_no_corruption(tmp_path, small_db_path):
    big = json.loads(SMALL_JSON.read_text(encoding="utf-8"))
    big["sources"].append({**big["sources"][0], "id": "zz-big", "text": "x" * 3_000_000})
    (tmp_path / "big.json").write_text(json.dumps(big), encoding="utf-8")
    shutil.copyfile(small_db_path, tmp_path / "d.db")
    result = in_private_mounts(
        'mkdir "$T/disk" && mount -t tmpfs -o size=1m tmpfs "$T/disk" && cp "$T/d.db" "$T/disk/"\n'
        '"$PYTHON" -m app --db "$T/disk/d.db" import "$T/big.json" || echo "import exit $?"\n'
        f'"$PYTHON" -c "{INTACT}" "$T/disk/d.db"\n'
        'cp "$T/disk/d.db" "$T/disk/keep.json"\n'
        'head -c 2000000 /dev/zero > "$T/disk/filler" || true\n'
        '"$PYTHON" -m app --db "$T/d.db" export json "$T/disk/keep.json" || echo "export exit $?"\n'
        'cmp "$T/disk/d.db" "$T/disk/keep.json" && echo "kept intact"\n'
        'ls -a "$T/disk"\n',
        tmp_path)
    out = result.stdout
    assert "import exit 1" in out and "export exit 1" in out, (out, result.stderr)
    assert result.stderr.count("The disk is full") == 2 and "Traceback" not in result.stderr
    assert "integrity ok" in out and f"sources {len(big['sources']) - 1}" in out
    assert "kept intact" in out  # the failed export left the old file as it was
    assert ".keep.json." not in out  # and no temporary file behind


@pytest.mark.parametrize("statement, words", [
    ("UPDATE persons SET name = CAST(X'80FF41' AS TEXT) WHERE id = 'john-doe'", "not valid UTF-8"),
    ("UPDATE terms SET start_earliest = 'soon'", "terms.start_earliest holds str data where integer belongs"),
    ("UPDATE persons SET summary = X'00FF' WHERE id = 'john-doe'", "persons.summary holds bytes data"),
    ("UPDATE terms SET start_latest = 3.5", "terms.start_latest holds float data where integer belongs"),
    ("UPDATE terms SET end_latest = X'01'", "terms.end_latest holds bytes data where integer belongs"),
])
def test_values_that_are_not_what_their_column_declares_are_damage(small_db_path, statement, words):
    """integrity_check passes these; the views would trip over them."""
    tamper(small_db_path, statement)
    refused(small_db_path, "damaged", words)

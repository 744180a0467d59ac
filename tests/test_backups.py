"""Rolling backups: made before risky writes and daily, checked, pruned, restorable, purgeable."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.domain import backups, opener
from app.domain.edits import plan_delete, plan_save
from app.domain.exchange import import_file
from app.domain.opener import DossierRefused, open_dossier, open_or_create

SMALL_JSON = Path(__file__).parent / "fixtures/small-dossier.json"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "dossier.db"
    opener.create_from_dataset(path, SMALL_JSON).close()
    return path


@pytest.fixture
def dossier(template, tmp_path):
    path = tmp_path / "work" / "dossier.db"
    path.parent.mkdir()
    shutil.copyfile(template, path)
    return path


def names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM persons")}
    finally:
        conn.close()


def test_opening_makes_one_checked_backup_a_day(data_folder, dossier):
    open_dossier(dossier).close()
    open_dossier(dossier).close()
    (daily,) = backups.list_backups(data_folder / "backups", dossier)
    assert daily.reason == "daily" and daily.dossier_name == "dossier"
    assert backups.is_intact(daily.path)
    assert names(daily.path) == names(dossier)


def test_an_import_is_preceded_by_a_backup_of_what_was_there(data_folder, dossier, tmp_path):
    store = open_dossier(dossier)
    changed = tmp_path / "changed.json"
    changed.write_text(SMALL_JSON.read_text(encoding="utf-8").replace('"name": "John Doe"', '"name": "John Q. Doe"'))
    try:
        import_file(changed, store)
    finally:
        store.close()
    before_import = [b for b in backups.list_backups(data_folder / "backups", dossier) if b.reason == "import"]
    assert len(before_import) == 1
    assert "John Doe" in names(before_import[0].path) and "John Q. Doe" in names(dossier)


def test_a_handful_are_kept(data_folder, dossier):
    made = [backups.make_backup(dossier, dossier, data_folder / "backups", "import") for _ in range(backups.KEEP + 3)]
    kept = backups.list_backups(data_folder / "backups", dossier)
    assert [b.path for b in kept] == [b.path for b in reversed(made[-backups.KEEP:])]


def test_backups_of_two_dossiers_with_one_name_stay_apart(data_folder, dossier, tmp_path):
    other = tmp_path / "elsewhere" / "dossier.db"
    other.parent.mkdir()
    shutil.copyfile(dossier, other)
    backups.make_backup(dossier, dossier, data_folder / "backups", "daily")
    backups.make_backup(other, other, data_folder / "backups", "daily")
    assert len(backups.list_backups(data_folder / "backups", dossier)) == 1
    assert len(backups.list_backups(data_folder / "backups")) == 2


def test_a_damaged_dossier_at_start_up_can_be_restored_from_the_newest_good_backup(data_folder, dossier):
    store = open_dossier(dossier)  # makes the daily backup
    store.close()
    older = backups.list_backups(data_folder / "backups", dossier)[0]
    newer = backups.make_backup(dossier, dossier, data_folder / "backups", "bulk-delete")
    newer.path.write_bytes(newer.path.read_bytes()[:4096])  # the newest backup is damaged too
    damaged_bytes = dossier.read_bytes()[:8192]
    dossier.write_bytes(damaged_bytes)

    with pytest.raises(DossierRefused) as caught:
        open_or_create(dossier, SMALL_JSON)
    assert caught.value.kind == "damaged"

    good = backups.newest_good(data_folder / "backups", dossier)
    assert good == older
    kept = backups.restore(good, dossier)
    assert kept.read_bytes() == damaged_bytes  # the damaged file is set aside, not deleted
    store = open_or_create(dossier, SMALL_JSON)
    try:
        assert store.get("persons", "john-doe")["name"] == "John Doe"
    finally:
        store.close()


def test_restoring_a_damaged_backup_is_refused(data_folder, dossier):
    backup = backups.make_backup(dossier, dossier, data_folder / "backups", "daily")
    backup.path.write_bytes(backup.path.read_bytes()[:4096])
    before = dossier.read_bytes()
    with pytest.raises(backups.BackupError, match="damaged too"):
        backups.restore(backup, dossier)
    assert dossier.read_bytes() == before


def test_backups_and_temporary_copies_are_listed_and_purged(data_folder, dossier):
    open_dossier(dossier).close()
    leftover = data_folder / "tmp" / "dossier-check-crashed" / "dossier.db"  # a copy a crash left behind
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"x")
    listed = backups.stored_files(data_folder / "backups", data_folder / "tmp")
    assert {f.kind for f in listed} == {"backup", "temporary"}
    assert leftover in {f.path for f in listed}
    assert backups.purge(data_folder / "backups", data_folder / "tmp") == len(listed)
    assert backups.stored_files(data_folder / "backups", data_folder / "tmp") == []
    assert dossier.exists()


def test_validation_copies_live_in_the_data_folder_and_are_removed(data_folder, dossier):
    seen = []
    original = opener._copy_with_sidecars

    def spy(path, folder):
        seen.append(folder)
        return original(path, folder)

    opener._copy_with_sidecars = spy
    try:
        opener.validate(dossier)
    finally:
        opener._copy_with_sidecars = original
    assert seen and seen[0].parent == data_folder / "tmp"
    assert not seen[0].exists()


def test_the_working_connection_is_crash_safe_and_overwrites_deleted_text(data_folder, dossier):
    store = open_dossier(dossier)
    try:
        pragmas = {name: store.db.execute(f"PRAGMA {name}").fetchone()[0]
                   for name in ("journal_mode", "synchronous", "secure_delete", "foreign_keys")}
    finally:
        store.close()
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "secure_delete": 1, "foreign_keys": 1}


def test_deleted_sensitive_text_does_not_stay_in_the_file(dossier):
    secret = "the-name-of-a-protected-witness-" * 20
    store = open_dossier(dossier)
    try:
        plan_save(store, "", {"sources": [{"id": "secret", "kind": "note", "title": "Secret", "text": secret}]}).do(store)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert secret.encode() in dossier.read_bytes()
        plan_delete(store, "sources", "secret").do(store)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    assert secret[:40].encode() not in dossier.read_bytes()

"""After every atomic replace (exports, backups, restores, copies) the folder is synced, so a
crash right after the rename cannot lose it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.domain import backups, csv_exchange, durable, exchange
from app.domain.dossier_files import save_copy


@pytest.fixture
def journal(monkeypatch):
    """Every rename and every fsync, in order: ("replace", target) or ("fsync", path synced)."""
    events: list[tuple[str, Path]] = []
    real_replace, real_fsync = os.replace, os.fsync

    def replace(source, target, **kwargs):
        real_replace(source, target, **kwargs)
        events.append(("replace", Path(target).absolute()))

    def fsync(descriptor):
        real_fsync(descriptor)
        events.append(("fsync", Path(os.readlink(f"/proc/self/fd/{descriptor}"))))

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "fsync", fsync)
    return events


def assert_folder_synced_after_each_rename(events, into: Path) -> None:
    renames = [i for i, (what, path) in enumerate(events) if what == "replace" and path.parent == into.absolute()]
    assert renames, events
    for index in renames:
        assert ("fsync", into.resolve()) in events[index + 1:], f"no folder sync after {events[index]}"


def test_exports_sync_their_folder(small_store, tmp_path, journal):
    exchange.export_json(small_store, tmp_path / "out.json")
    assert_folder_synced_after_each_rename(journal, tmp_path)
    journal.clear()
    csv_exchange.export_csv(small_store, tmp_path / "csv")
    assert_folder_synced_after_each_rename(journal, tmp_path / "csv")
    assert len([e for e in journal if e[0] == "replace"]) == len(csv_exchange.TABLES)


def test_backups_restores_and_copies_sync_their_folder(small_store, tmp_path, journal):
    made = backups.make_backup(small_store.db.conn, small_store.path, tmp_path / "backups", "import")
    assert_folder_synced_after_each_rename(journal, tmp_path / "backups")
    journal.clear()
    save_copy(small_store, tmp_path / "copy.db")
    assert_folder_synced_after_each_rename(journal, tmp_path)
    journal.clear()
    backups.restore(made, tmp_path / "restored.db")
    assert_folder_synced_after_each_rename(journal, tmp_path)


def test_a_folder_that_cannot_be_synced_is_let_be(tmp_path, monkeypatch):
    def refuse(descriptor):
        raise OSError(22, "Invalid argument")

    monkeypatch.setattr(os, "fsync", refuse)
    durable.sync_folder(tmp_path)  # EINVAL: the filesystem cannot; nothing to do

    def fail(descriptor):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError):
        durable.sync_folder(tmp_path)

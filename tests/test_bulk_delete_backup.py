"""Deleting several rows at once (a person and all that goes with them) is preceded by a backup."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.domain import backups, edits
from app.domain.backups import BackupError
from app.domain.edits import plan_save
from app.ui.edit.actions import EditActions
from app.ui.edit.commands import perform
from app.ui.session import Session


@pytest.fixture
def session(qtbot, small_store):
    session = Session(small_store)
    yield session
    session.undo_stack.clear()


@pytest.fixture
def actions(qtbot, session):
    window = QMainWindow()
    qtbot.addWidget(window)
    return EditActions(window, session)


def made(data_folder, session, reason="bulk-delete") -> list[backups.Backup]:
    return [b for b in backups.list_backups(data_folder / "backups", session.store.path) if b.reason == reason]


def person_names(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM persons")}
    finally:
        conn.close()


def test_deleting_a_person_with_dependents_backs_up_first(data_folder, session, actions):
    assert edits.plan_delete(session.store, "persons", "jane-roe").deletes_several
    assert actions.delete("persons", "jane-roe", confirm=False)
    assert session.store.get("persons", "jane-roe") is None
    (backup,) = made(data_folder, session)
    assert backups.is_intact(backup.path) and "Jane Roe" in person_names(backup.path)


def test_deleting_several_unrelated_records_backs_up_first(data_folder, session):
    for org_id in ("lone-a", "lone-b"):
        plan_save(session.store, "", {"organizations": [{"id": org_id, "name": org_id}]}).do(session.store)
    perform(session, edits.plan_delete_many(session.store, [("organizations", "lone-a"),
                                                            ("organizations", "lone-b")], "Delete two"))
    assert len(made(data_folder, session)) == 1


def test_deleting_one_row_makes_no_backup(data_folder, session, actions):
    plan_save(session.store, "", {"organizations": [{"id": "lone", "name": "Lone"}]}).do(session.store)
    assert not edits.plan_delete(session.store, "organizations", "lone").deletes_several
    assert actions.delete("organizations", "lone", confirm=False)
    assert made(data_folder, session) == []


def test_a_bulk_delete_whose_backup_fails_deletes_nothing(data_folder, session, actions, monkeypatch):
    def no_room(*args):
        raise BackupError("could not back up small.db: No space left on device")

    monkeypatch.setattr(backups, "make_backup", no_room)
    said = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    assert not actions.delete("persons", "jane-roe", confirm=False)
    assert session.store.get("persons", "jane-roe") is not None
    assert session.undo_stack.count() == 0
    assert "No space left on device" in said[0] and "nothing was deleted" in said[0]

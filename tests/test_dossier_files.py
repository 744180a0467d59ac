"""File menu: new, open (refusals), save a copy, import with preview and undo, export, merge."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import SMALL_DOSSIER
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from app.domain import exchange
from app.domain.dossier_files import new_dossier, plan_for_path, save_copy
from app.domain.edits import plan_delete, plan_save
from app.domain.opener import open_dossier
from app.ui import background
from app.ui.dossier_files import DossierFiles
from app.ui.edit.import_preview import ImportPreviewDialog
from app.ui.session import Session


def snapshot(store) -> str:
    return exchange.dumps(exchange.export_document(store))


@pytest.fixture
def refusals(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())))
    return shown


@pytest.fixture
def files(qtbot, small_db_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    session = Session(open_dossier(small_db_path))
    controller = DossierFiles(window, session)
    controller.install(window.menuBar().addMenu("&File"))
    yield controller
    session.undo_stack.clear()
    session.store.close()


def test_status_bar_names_the_open_file(files, tmp_path):
    assert files.file_label.text().endswith("small.db")
    assert files.new_path(tmp_path / "fresh.db")
    assert files.file_label.text() == str(tmp_path / "fresh.db")
    assert files.session.store.meta()["title"] == "fresh"
    assert str((tmp_path / "fresh.db").resolve()) == files.recent_files()[0]


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"name,born\nx,1988\n", "not a dossier file"),
    (b"SQLite format 3\x00" + b"\x00" * 200, "damaged"),
])
def test_open_refuses_with_reason_and_leaves_file_untouched(files, refusals, tmp_path, content, reason):
    path = tmp_path / "suspect.db"
    path.write_bytes(content)
    store = files.session.store
    assert not files.open_path(path)
    assert reason in refusals[0][1] and "not changed" in refusals[0][1]
    assert path.read_bytes() == content
    assert files.session.store is store


def test_a_dossier_from_a_newer_version_asks_for_an_update(files, refusals, tmp_path):
    path = tmp_path / "newer.db"
    new_dossier(path, title="Newer").close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    content = path.read_bytes()

    assert not files.open_path(path)

    assert "made by a newer Dossier Timeline (schema 99;" in refusals[0][1]
    assert "update the app" in refusals[0][1] and "damaged" not in refusals[0][1]
    assert path.read_bytes() == content


def test_open_switches_store_and_remembers_it(files, tmp_path):
    other = tmp_path / "other.db"
    new_dossier(other, title="Other").close()
    assert files.open_path(other)
    assert files.session.store.meta()["title"] == "Other"
    assert files.recent_files()[0] == str(other.resolve())


def test_save_a_copy_is_compacted_and_drops_deleted_text(small_store, tmp_path):
    secret = "UNIQUE-SECRET-" + "x" * 4000
    plan_save(small_store, "", {"sources": [{"id": "secret", "kind": "note", "title": "Secret", "text": secret}]}).do(small_store)
    plan_delete(small_store, "sources", "secret").do(small_store)
    copy = save_copy(small_store, tmp_path / "copy.db")
    assert b"UNIQUE-SECRET-" not in copy.read_bytes()
    reopened = open_dossier(copy)
    assert snapshot(reopened) == snapshot(small_store)
    reopened.close()


def test_import_json_previews_then_applies_as_one_undo_step(files, monkeypatch, tmp_path):
    before = snapshot(files.session.store)
    document = exchange.parse_document(SMALL_DOSSIER.read_text(encoding="utf-8"))
    document["persons"].append({"id": "new-person", "name": "New Person", "name_native": None, "born": None,
                                "died": None, "summary": None, "note": None})
    path = tmp_path / "more.json"
    path.write_text(exchange.dumps(document), encoding="utf-8")
    previews = []

    def accept(dialog):
        previews.append(dialog.heading.text())
        return ImportPreviewDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    assert files.import_path(path)
    assert files.session.store.get("persons", "new-person") is not None
    assert "will add 1 record, all in one step" in previews[0]
    files.session.undo_stack.undo()
    assert snapshot(files.session.store) == before


def test_import_preview_names_only_what_changes(files, monkeypatch, tmp_path):
    """Settings only: no "change 0 records" before a list of settings."""
    document = exchange.parse_document(SMALL_DOSSIER.read_text(encoding="utf-8"))
    document["meta"]["title"] = "Another title"
    path = tmp_path / "retitled.json"
    path.write_text(exchange.dumps(document), encoding="utf-8")
    seen = []
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: seen.append(
        (dialog.heading.text(), [label.text() for label in dialog.findChildren(QLabel)])) or 0)
    files.import_path(path)
    heading, labels = seen[0]
    assert heading == f"Importing {path.name} will change 1 setting (title), all in one step that Undo reverses."
    assert "Changed settings:" in labels and "0 records" not in heading


def test_refused_import_changes_nothing(files, monkeypatch, tmp_path):
    path = tmp_path / "persons.csv"
    path.write_text("id,name,name_native,born,died,summary,note\r\nx,X,,1988-13,,,\r\n", encoding="utf-8")
    seen = []
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: seen.append(dialog.details.toPlainText()) or 1)
    before = snapshot(files.session.store)
    assert not files.import_path(path)
    assert "1988-13" in seen[0]
    assert snapshot(files.session.store) == before


def test_cancelled_import_leaves_nothing_changed(files, monkeypatch):
    document = exchange.parse_document(SMALL_DOSSIER.read_text(encoding="utf-8"))
    for number in range(1200):
        document["persons"].append({"id": f"bulk-{number:04}", "name": f"Bulk {number}", "name_native": None,
                                    "born": None, "died": None, "summary": None, "note": None})
    plan = exchange.plan_import(document, files.session.store)
    before = snapshot(files.session.store)
    monkeypatch.setattr(background._WorkerProgress, "__call__", lambda self, done, total: done < 600)
    assert not files.apply_plan(plan, "bulk.json")
    assert snapshot(files.session.store) == before
    assert files.session.undo_stack.count() == 0


def test_merge_another_dossier_file_by_id(files, monkeypatch, tmp_path):
    other_path = tmp_path / "other.db"
    other = new_dossier(other_path, title="Other")
    plan_save(other, "", {"persons": [{"id": "john-doe", "name": "John Doe (renamed)"}]}).do(other)
    plan_save(other, "", {"persons": [{"id": "only-there", "name": "Only There"}]}).do(other)
    other.close()
    untouched = other_path.read_bytes()
    plan = plan_for_path(other_path, files.session.store)
    assert plan.added["persons"] == ["only-there"] and plan.changed["persons"] == ["john-doe"]
    assert files.apply_plan(plan, other_path.name)
    assert files.session.store.get("persons", "john-doe")["name"] == "John Doe (renamed)"
    assert other_path.read_bytes() == untouched


def test_export_json_and_csv(files, tmp_path):
    assert files.export_json_to(tmp_path / "out.json")
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == snapshot(files.session.store)
    assert files.export_csv_to(tmp_path / "csv")
    assert (tmp_path / "csv" / "citations.csv").exists()


def test_cancelled_csv_export_leaves_no_folder(files, monkeypatch, tmp_path):
    monkeypatch.setattr(background._WorkerProgress, "__call__", lambda self, done, total: done < 2)
    assert not files.export_csv_to(tmp_path / "csv")
    assert not (tmp_path / "csv").exists()


def test_main_window_has_file_and_edit_actions_and_names_the_file(qtbot, small_db_path, tmp_path):
    from app.ui.main_window import MainWindow

    session = Session(open_dossier(small_db_path))
    window = MainWindow(session)
    qtbot.addWidget(window)
    file_texts = [a.text() for a in window.file_menu.actions()]
    assert file_texts[:2] == ["&New Dossier…", "&Open…"] and "Save a &Copy…" in file_texts
    assert file_texts[-1] == "&Quit"
    edit_texts = [a.text() for a in window.edit_menu.actions()]
    assert edit_texts[:2] == ["&Undo", "&Redo"]
    assert "(small.db)" in window.windowTitle()
    assert window.dossier_files.new_path(tmp_path / "fresh.db")
    assert window.windowTitle() == "fresh (fresh.db) — Dossier Timeline"
    # NOTE: the store stays open: the window's views may still read it while qtbot closes them.

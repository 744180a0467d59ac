"""Files given from outside: dropped on the window, a dossier file opens and a JSON or CSV
file goes to the import preview; a file this window or another has open is one writer's."""

from __future__ import annotations

import os
import sys

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain import exchange
from app.domain.dossier_files import new_dossier
from app.ui import file_lock
from app.ui.edit.import_preview import ImportPreviewDialog


@pytest.fixture
def refusals(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text() + "\n" + box.informativeText()))
    return shown


@pytest.fixture(autouse=True)
def no_locks_left():
    yield
    for key in list(file_lock._held):
        file_lock.release(key)


def drop(window, *paths) -> bool:
    """Drag local files over the window and drop them; whether the window took the drag."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    point = window.rect().center()
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(window, QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))
    return True


def test_a_dropped_dossier_file_opens_in_the_window(window, qtbot, tmp_path):
    other = tmp_path / "other.db"
    new_dossier(other, title="Other").close()

    assert drop(window, other)

    qtbot.waitUntil(lambda: window.session.store.path == other)
    assert window.windowTitle() == "Other (other.db) — Dossier Timeline"
    assert file_lock.same_file(window.session.store.path, other) and (file_lock.lock_path(other)).exists()


def test_a_dropped_json_file_goes_to_the_import_preview(window, qtbot, monkeypatch, tmp_path):
    source = window.session.store
    exported = tmp_path / "export.json"
    exchange.export_json(source, exported)
    previews = []
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: previews.append(dialog.windowTitle()) or 0)

    assert drop(window, exported)

    qtbot.waitUntil(lambda: previews == ["Import export.json"])
    assert window.session.store is source  # imported into the open dossier, not opened instead


def test_several_files_or_no_file_are_not_taken(window, tmp_path):
    assert not drop(window, tmp_path / "a.db", tmp_path / "b.db")
    data = QMimeData()
    data.setText("just text")
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="names the live process through /proc")
def test_a_file_locked_elsewhere_is_refused_and_left_alone(window, refusals, tmp_path):
    other = tmp_path / "other.db"
    new_dossier(other, title="Other").close()
    content = other.read_bytes()
    # Another process holds the lock: a lock file as QLockFile writes it, naming a live process
    # (this test's parent). tests/test_second_instance.py does it with a real second app.
    parent = os.getppid()
    lock = file_lock.lock_path(other)
    lock.parent.mkdir(parents=True, exist_ok=True)
    lock.write_text(f"{parent}\n{os.path.basename(os.readlink(f'/proc/{parent}/exe'))}\n\n", encoding="utf-8")
    try:
        assert not window.dossier_files.open_path(other)
    finally:
        lock.unlink()

    assert "already open in another Dossier Timeline window" in refusals[0]
    assert window.session.store.path != other and other.read_bytes() == content


def test_switching_files_releases_the_old_lock(window, tmp_path):
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    for path in (first, second):
        new_dossier(path).close()

    assert window.dossier_files.open_path(first)
    assert window.dossier_files.open_path(second)

    assert not file_lock.lock_path(first).exists() and file_lock.lock_path(second).exists()
    assert list(tmp_path.glob("*.lock")) == []  # never beside the dossier


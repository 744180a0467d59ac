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
from app.domain.opener import open_dossier
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



# --- a file named on the command line, or handed over by the desktop ------------------------


@pytest.fixture
def started(monkeypatch, refusals):
    """Run the window's start-up with a FILE argument; ``during`` runs inside the event loop instead of waiting."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from app.cli import parse_args
    from app.ui import application, error_report
    from app.ui.main_window import MainWindow

    hooks = sys.excepthook
    seen = {}

    def start(*argv, during=lambda window: None):
        def exec_once():
            window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
            QCoreApplication.processEvents()
            seen.update(title=window.windowTitle(), path=window.session.store.path,
                        locked=file_lock.lock_path(window.session.store.path).exists())
            during(window)
            window.close()
            window.deleteLater()
            return 0

        monkeypatch.setattr(QApplication, "exec", staticmethod(exec_once))
        status = application.run(parse_args(list(map(str, argv))))
        assert sys.excepthook is hooks  # the reporter gave the hook back
        for handler in list(error_report.log.handlers):
            error_report.log.removeHandler(handler)
            handler.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return status, seen

    return start


def test_a_dossier_file_named_on_the_command_line_opens_titled_by_its_name(started, small_db_path):
    status, seen = started(small_db_path)

    assert status == 0
    assert seen == {"title": "Fixture dossier (small.db) — Dossier Timeline", "path": small_db_path, "locked": True}
    assert not file_lock.lock_path(small_db_path).exists()  # let go at the end


def test_a_json_file_named_on_the_command_line_opens_the_import_preview(started, monkeypatch, small_db_path,
                                                                        tmp_path, qtbot):
    exported = tmp_path / "export.json"
    store = open_dossier(small_db_path)
    exchange.export_json(store, exported)
    store.close()
    previews = []
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: previews.append(dialog.windowTitle()) or 0)

    status, seen = started("--db", small_db_path, exported,
                           during=lambda window: qtbot.waitUntil(lambda: previews == ["Import export.json"]))

    assert status == 0 and seen["path"] == small_db_path


def test_two_dossier_files_or_a_file_and_a_command_are_refused(started, refusals, small_db_path, tmp_path, capsys):
    from app.cli import parse_args

    status, _seen = started("--db", tmp_path / "other.db", small_db_path)
    assert status == 2 and "both name a dossier file" in refusals[0]
    with pytest.raises(SystemExit):
        parse_args([str(small_db_path), "check"])
    assert parse_args(["check"]).command == "check" and parse_args(["check"]).open_file is None
    assert str(parse_args(["--", "check"]).open_file) == "check"  # a file named like a command


def test_a_file_the_desktop_hands_over_opens(started, small_db_path, tmp_path, qtbot):
    from PySide6.QtGui import QFileOpenEvent

    other = tmp_path / "other.db"
    new_dossier(other, title="Other").close()

    def finder_opens(window):
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(other)))
        qtbot.waitUntil(lambda: window.session.store.path == other)

    status, _seen = started(small_db_path, during=finder_opens)
    assert status == 0

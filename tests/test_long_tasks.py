"""Long work runs off the window's thread with progress and Cancel (``app.ui.background``).

Each File menu task finishes in a worker thread reporting progress; a Cancel leaves the
dossier and the target as they were; a second task is refused while one runs; and what
goes wrong in the worker reaches the person as a message, not a crash.
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from conftest import SMALL_DOSSIER
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.domain import dossier_files as domain_files
from app.domain import exchange
from app.domain.opener import DossierRefused, open_dossier, own_connection, validate
from app.domain.progress import Cancelled, report
from app.ui import background
from app.ui.background import Busy, ProgressDialog, run_in_background
from app.ui.dossier_files import DossierFiles
from app.ui.edit.import_preview import ImportPreviewDialog
from app.ui.file_lock import claim, release
from app.ui.originals_ui import OriginalsActions
from app.ui.person_list import ID_ROLE
from app.ui.session import Session


def snapshot(store) -> str:
    return exchange.dumps(exchange.export_document(store))


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())))
    return shown


@pytest.fixture
def files(qtbot, small_db_path, data_folder, monkeypatch):
    window = QMainWindow()
    qtbot.addWidget(window)
    session = Session(open_dossier(small_db_path))
    controller = DossierFiles(window, session)
    controller.install(window.menuBar().addMenu("&File"))
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: ImportPreviewDialog.DialogCode.Accepted)
    monkeypatch.setattr(domain_files, "_COPY_STEPS", 50)  # a small dossier's copy asks progress too
    yield controller
    session.undo_stack.clear()
    session.store.close()


@pytest.fixture
def reports(monkeypatch):
    """Every progress report the worker makes, with the thread that made it."""
    seen = []
    answer = background._WorkerProgress.__call__

    def recorded(progress, done, total):
        seen.append((done, total, threading.current_thread()))
        return answer(progress, done, total)

    monkeypatch.setattr(background._WorkerProgress, "__call__", recorded)
    return seen


@pytest.fixture
def cancelling(monkeypatch):
    """The person presses Cancel as soon as the work first reports progress."""
    def cancelled(progress, done, total):
        progress.cancelled.set()
        return False

    monkeypatch.setattr(background._WorkerProgress, "__call__", cancelled)


def bigger_import(tmp_path: Path) -> Path:
    document = exchange.parse_document(SMALL_DOSSIER.read_text(encoding="utf-8"))
    document["persons"] += [{"id": f"bulk-{n:04}", "name": f"Bulk {n}", "name_native": None, "born": None,
                             "died": None, "summary": None, "note": None} for n in range(1200)]
    path = tmp_path / "bulk.json"
    path.write_text(exchange.dumps(document), encoding="utf-8")
    return path


def received_file(tmp_path: Path) -> Path:
    """A dossier file from elsewhere: not one this app closed, so it is validated in full."""
    from app.domain.opener import create_from_dataset

    made = tmp_path / "made.db"
    create_from_dataset(made, SMALL_DOSSIER).close()
    path = tmp_path / "received" / "other.db"
    path.parent.mkdir()
    shutil.copyfile(made, path)
    return path


TASKS = {
    "export JSON": lambda files, tmp_path: files.export_json_to(tmp_path / "out" / "dossier.json"),
    "export CSV": lambda files, tmp_path: files.export_csv_to(tmp_path / "out" / "csv"),
    "save a copy": lambda files, tmp_path: files.save_copy_to(tmp_path / "out" / "copy.db"),
    "import": lambda files, tmp_path: files.import_path(bigger_import(tmp_path)),
    "open a received file": lambda files, tmp_path: files.open_path(received_file(tmp_path)),
}


@pytest.mark.parametrize("task", TASKS)
def test_each_task_runs_in_a_worker_and_reports_progress(files, reports, messages, tmp_path, task):
    (tmp_path / "out").mkdir()
    assert TASKS[task](files, tmp_path) is True
    assert reports and all(thread is not threading.main_thread() for *_, thread in reports)
    assert messages == []
    assert background.running_task() is None


def test_finished_tasks_leave_what_they_promise(files, tmp_path):
    store = files.session.store
    (tmp_path / "out").mkdir()
    for task in ("export JSON", "export CSV", "save a copy"):
        assert TASKS[task](files, tmp_path)
    assert (tmp_path / "out" / "dossier.json").read_text(encoding="utf-8") == snapshot(store)
    assert (tmp_path / "out" / "csv" / "persons.csv").exists()
    assert validate(tmp_path / "out" / "copy.db").schema_version >= 1
    assert TASKS["import"](files, tmp_path)
    assert store.get("persons", "bulk-0042") is not None  # the window's connection sees the worker's write
    files.session.undo_stack.undo()
    assert store.get("persons", "bulk-0042") is None


@pytest.mark.parametrize("task", ["export JSON", "export CSV", "save a copy"])
def test_a_cancelled_export_leaves_no_file(files, cancelling, tmp_path, task):
    (tmp_path / "out").mkdir()
    before = snapshot(files.session.store)
    assert TASKS[task](files, tmp_path) is False
    assert list((tmp_path / "out").iterdir()) == []  # no half file, no temporary file
    assert snapshot(files.session.store) == before
    assert "cancelled" in files.window.statusBar().currentMessage()


@pytest.mark.parametrize("task", ["export JSON", "export CSV", "save a copy"])
def test_a_cancelled_export_says_so_in_persian(persian, files, cancelling, tmp_path, task):
    import re

    (tmp_path / "out").mkdir()
    assert TASKS[task](files, tmp_path) is False
    message = files.window.statusBar().currentMessage()
    assert message and not re.search("[A-Za-z]", message), message


def test_a_cancelled_import_changes_nothing(files, cancelling, tmp_path):
    before = snapshot(files.session.store)
    path = bigger_import(tmp_path)
    assert files.import_path(path) is False  # cancelled while the file is read
    plan = domain_files.plan_for_path(path, files.session.store)
    assert files.apply_plan(plan, path.name) is False  # cancelled while it is applied
    assert snapshot(files.session.store) == before
    assert files.session.undo_stack.count() == 0


def test_a_cancelled_open_keeps_the_open_dossier_and_the_file(files, cancelling, tmp_path):
    store = files.session.store
    path = received_file(tmp_path)
    assert files.open_path(path) is False
    assert files.session.store is store and store.is_open
    assert path.read_bytes() == (tmp_path / "made.db").read_bytes()
    assert not Path(f"{path}-wal").exists()
    claim(path)  # not left claimed by this window: raises DossierInUse if it were
    release(path)


def test_cancel_from_the_dialog_stops_the_work_at_its_next_report(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    reached = []

    def slow(progress):
        for step in range(500):
            reached.append(step)
            report(progress, step, 500)
            time.sleep(0.01)

    def press_cancel():
        dialog = window.findChild(ProgressDialog)
        dialog.cancel()

    QTimer.singleShot(150, press_cancel)
    with pytest.raises(Cancelled):
        run_in_background(window, "Slow work…", slow)
    assert len(reached) < 500
    assert window.findChild(ProgressDialog) is None or not window.findChild(ProgressDialog).isVisible()


def test_the_window_keeps_processing_events_while_work_runs(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    ticks = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(10)
    assert run_in_background(window, "Waiting…", lambda progress: time.sleep(0.4) or "done") == "done"
    ticker.stop()
    assert ticks  # a frozen window would have ticked not once


def test_a_second_task_is_refused_while_one_runs(files, messages, tmp_path):
    release = threading.Event()
    outcomes = []

    def second():
        outcomes.append(files.export_json_to(tmp_path / "second.json"))
        release.set()

    QTimer.singleShot(50, second)
    assert run_in_background(files.window, "Importing first.json…", lambda progress: release.wait(10)) is True
    assert outcomes == [False]
    assert not (tmp_path / "second.json").exists()
    assert messages and "Importing first.json… is still running" in messages[0][1]
    with pytest.raises(Busy):  # refused at once, nothing started
        background._running.append("Another task")
        try:
            run_in_background(None, "Third", lambda progress: None)
        finally:
            background._running.clear()


def test_an_error_in_the_worker_reaches_the_person_as_a_message(files, messages, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be", encoding="utf-8")
    assert files.export_json_to(blocked / "dossier.json") is False
    assert messages and messages[0][0] == "Export JSON"
    assert files.open_path(tmp_path / "missing.db") is False
    assert "no such file" in messages[1][1]


def test_an_unexpected_error_in_the_worker_is_raised_in_the_window_thread(qtbot):
    def broken(progress):
        raise ValueError("a bug in the work")

    with pytest.raises(ValueError, match="a bug in the work"):
        run_in_background(None, "Broken…", broken)
    assert background.running_task() is None


def test_originals_verify_and_package_export_run_in_the_worker(files, reports, messages, tmp_path):
    window = files.window
    actions = OriginalsActions(window, files.session)
    source = tmp_path / "page.txt"
    source.write_text("A page kept as it was received.", encoding="utf-8")
    assert actions.add_files([source])
    assert actions.verify() == []
    assert actions.export_package_to(tmp_path / "package.zip")
    assert reports and all(thread is not threading.main_thread() for *_, thread in reports)


def test_validation_stops_on_cancel_and_writes_nothing(small_db_path):
    untouched = small_db_path.read_bytes()
    with pytest.raises(Cancelled):
        validate(small_db_path, progress=lambda done, total: False)
    with pytest.raises(DossierRefused):
        validate(small_db_path.with_name("absent.db"), progress=lambda done, total: True)
    assert small_db_path.read_bytes() == untouched


def test_own_connection_writes_are_seen_by_the_window_connection(small_store):
    from app.domain.edits import plan_save

    def add_in_a_thread():
        with own_connection(small_store) as own:
            plan_save(own, "Add", {"persons": [{"id": "from-a-thread", "name": "From A Thread"}]}).do(own)

    worker = threading.Thread(target=add_in_a_thread)
    worker.start()
    worker.join()
    assert small_store.get("persons", "from-a-thread")["name"] == "From A Thread"


@pytest.fixture
def main_window(qtbot, small_db_path, data_folder, monkeypatch):
    from app.ui.main_window import MainWindow

    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: ImportPreviewDialog.DialogCode.Accepted)
    window = MainWindow(Session(open_dossier(small_db_path)))
    qtbot.addWidget(window)
    yield window
    window.session.undo_stack.clear()
    window.session.store.close()


@pytest.fixture
def views_read(monkeypatch):
    """The thread of every timeline layout built or refreshed and every reading of the person list's rows."""
    from app.domain import timeline_layout
    from app.ui import dossier_files
    from app.ui.person_list import PersonListModel
    from app.ui.timeline import view

    threads = []

    def recorded(made):
        return lambda *a, **k: threads.append(threading.current_thread()) or made(*a, **k)

    for module, name in ((view, "lay_out"), (view, "refresh_layout"), (dossier_files, "lay_out")):
        monkeypatch.setattr(module, name, recorded(getattr(timeline_layout, name)))
    monkeypatch.setattr(PersonListModel, "read_rows", recorded(PersonListModel.read_rows))
    return threads


@pytest.mark.parametrize("task", ["import", "open a received file"])
def test_long_work_reads_the_views_data_off_the_window_thread(main_window, views_read, tmp_path, task):
    from app.domain.timeline_layout import lay_out
    from test_timeline_refresh import assert_same_layout

    (tmp_path / "out").mkdir()
    main_window.dossier_panes.person_list.model.fill()
    views_read.clear()
    assert TASKS[task](main_window.dossier_files, tmp_path) is True
    assert len(views_read) == 2 and threading.main_thread() not in views_read
    timeline, model = main_window.timeline, main_window.dossier_panes.person_list.model
    store = main_window.session.store
    assert_same_layout(timeline.layout_data, lay_out(store, timeline.layout_options()))
    listed = [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]
    assert listed == [person["id"] for person, *_texts in model.read_rows(store)]
    assert model.rowCount() == store.count("persons")
    if task == "import":  # its undo is an ordinary edit again: read on the window's thread
        views_read.clear()
        main_window.session.undo_stack.undo()
        assert views_read and set(views_read) == {threading.main_thread()}


def test_a_layout_made_for_other_options_or_another_file_is_not_drawn(main_window, small_store):
    from app.domain.edits import plan_save
    from app.domain.timeline_layout import LayoutOptions, build_layout
    from app.ui.edit.commands import perform

    timeline, session = main_window.timeline, main_window.session
    for store, options in ((session.store, LayoutOptions(show_events=False)), (small_store, timeline.layout_options())):
        stale = build_layout(store, show_events=options.show_events)
        timeline.take_layout(store, stale)
        perform(session, plan_save(session.store, "Add", {"persons": [{"id": f"p-{id(stale)}", "name": "New Person"}]}))
        assert timeline.layout_data is not stale
        assert timeline.layout_data.options == timeline.layout_options()


def test_rows_offered_for_one_change_are_gone_after_it(main_window, small_store):
    from app.domain.edits import plan_save
    from app.ui.edit.commands import perform

    session, model = main_window.session, main_window.dossier_panes.person_list.model
    model.fill()
    term = session.store.rows("terms")[0]
    model.take_rows(session.store, [])  # as if long work had read nobody
    perform(session, plan_save(session.store, "Note", {"terms": [{"id": term["id"], "note": "Checked."}]}))
    assert model.take_ready() is None and model.rowCount() == session.store.count("persons")
    model.take_rows(small_store, [])  # read from another file
    assert model.take_ready() is None

"""SIGTERM and SIGHUP quit like File > Quit: the edit in progress rolls back, the dossier is
closed, no -wal or -shm is left beside it, and the app exits within seconds."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.domain import exchange
from app.domain.opener import create_from_dataset

SMALL_JSON = Path(__file__).parent / "fixtures/small-dossier.json"
ROOT = Path(__file__).parents[1]


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM or SIGHUP for windowed apps on Windows")
@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP"])
def test_a_signal_to_the_running_app_closes_the_dossier_cleanly(tmp_path, signal_name):
    db = tmp_path / "dossier.db"
    create_from_dataset(db, SMALL_JSON).close()
    wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    child = subprocess.Popen([sys.executable, "-m", "app", "--db", str(db)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        # The handler is in place before the dossier opens; the -wal shows the dossier is open.
        assert wait_for(wal.exists, 60), "the app never opened the dossier"
        time.sleep(1)  # well into the event loop, as a user's session would be
        started = time.monotonic()
        child.send_signal(getattr(signal, signal_name))
        status = child.wait(timeout=30)
        took = time.monotonic() - started
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    stderr = child.stderr.read().decode(errors="replace")
    child.stdout.close()
    child.stderr.close()
    assert status == 0, stderr
    assert "Traceback" not in stderr, stderr
    assert took < 15
    assert not wal.exists() and not shm.exists()
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM persons").fetchone()[0] == 2
    connection.close()


@pytest.fixture
def quitting_on_signals(qapp):
    from app.ui.quit_signals import quit_on_signals

    notifier = quit_on_signals(qapp)
    yield
    notifier.setEnabled(False)
    notifier.deleteLater()
    signal.set_wakeup_fd(-1)
    for name in ("SIGTERM", "SIGHUP"):
        signal.signal(getattr(signal, name), signal.SIG_DFL)


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM or SIGHUP for windowed apps on Windows")
def test_a_sigterm_during_an_import_rolls_it_back_and_closes_the_window(window, quitting_on_signals, qtbot,
                                                                        data_folder):
    store = window.session.store
    before = store.count("persons")
    document = exchange.export_document(store)
    document["persons"] += [{"id": f"p{n:05}", "name": f"Person {n}", "name_native": None, "born": None,
                             "died": None, "summary": None, "note": None} for n in range(3000)]
    plan = exchange.plan_import(document, store, "big.json")
    os.kill(os.getpid(), signal.SIGTERM)  # arrives as the import starts; handled at its first step
    assert window.dossier_files.apply_plan(plan, "big.json") is False
    assert store.count("persons") == before
    assert not window.isVisible()


def test_quitting_closes_the_search_connection_too(window, qtbot, qapp):
    """A search opens a second connection; left open at exit it would keep the -wal."""
    box = window.search_box
    box.open_box()
    with qtbot.waitSignal(box.results_shown, timeout=10_000):
        box.field.setText("doe")
    qapp.aboutToQuit.emit()
    window.session.store.close()
    path = window.session.store.path
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM or SIGHUP on Windows")
def test_a_sigterm_during_a_command_line_import_rolls_it_back(tmp_path):
    db = tmp_path / "dossier.db"
    create_from_dataset(db, SMALL_JSON).close()
    document = exchange.parse_document(SMALL_JSON.read_text(encoding="utf-8"))
    document["persons"] += [{"id": f"p{n:06}", "name": f"Person {n}", "name_native": None, "born": None,
                             "died": None, "summary": "x" * 100, "note": None} for n in range(100_000)]
    big = tmp_path / "big.json"
    big.write_text(exchange.dumps(document), encoding="utf-8")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    child = subprocess.Popen([sys.executable, "-m", "app", "--db", str(db), "import", str(big)], cwd=ROOT,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(2)
    assert child.poll() is None, "the import ended before it could be stopped; make it bigger"
    child.send_signal(signal.SIGTERM)
    status = child.wait(timeout=30)
    stderr = child.stderr.read().decode(errors="replace")
    child.stdout.close()
    child.stderr.close()
    assert status == 128 + signal.SIGTERM, stderr
    assert "stopped by SIGTERM" in stderr and "Traceback" not in stderr
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.json", "data", "dossier.db"]
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM persons").fetchone()[0] == 2
    connection.close()

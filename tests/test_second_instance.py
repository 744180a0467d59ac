"""One writer per file, with real app instances: a second one given the same dossier refuses
with a clear message and exits; after a crash, the next one takes the stale lock over; the
lock lives in the app's data folder, never beside the dossier."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

# A modal message box would wait for a click that never comes: this one says what it shows.
LAUNCH = """
import sys
from PySide6.QtWidgets import QMessageBox
QMessageBox.exec = lambda box: print("dialog:", box.text(), "|", box.informativeText(), flush=True) or 0
from app.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


@pytest.fixture
def user(tmp_path):
    """A user of their own: home, data and settings folders, offscreen."""
    home = tmp_path / "home"
    home.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "QT_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    return env


def launch(env, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", LAUNCH, *map(str, args)], env=env, cwd=env["HOME"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def lock_files(env) -> list[Path]:
    return sorted(Path(env["XDG_DATA_HOME"]).rglob("locks/*.lock"))


def wait_for_lock_of(env, process: subprocess.Popen, seconds: float = 60) -> Path:
    """The lock file once it names this process (QLockFile writes the process id first)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        for lock in lock_files(env):
            try:
                if lock.read_text(encoding="utf-8").split("\n")[0] == str(process.pid):
                    return lock
            except OSError:
                pass
        time.sleep(0.2)
    raise AssertionError(f"process {process.pid} never took the lock")


def test_a_second_instance_refuses_and_a_crashed_ones_lock_is_taken_over(user, small_db_path):
    folder_before = sorted(path.name for path in small_db_path.parent.iterdir())
    first = launch(user, small_db_path)
    try:
        lock = wait_for_lock_of(user, first)

        second = launch(user, small_db_path)
        out, err = second.communicate(timeout=120)

        assert second.returncode == 2, err
        message = f"small.db is already open in another Dossier Timeline window (process {first.pid})"
        assert message in err
        assert "dialog: This dossier file is already open. | " + message in out
        assert first.poll() is None  # the first window is untouched
        assert lock.parent.parent == Path(user["XDG_DATA_HOME"]) / "Dossier Timeline" / "DossierTimeline"
        beside = sorted(path.name for path in small_db_path.parent.iterdir())
        assert not [name for name in beside if name not in folder_before and not name.startswith("small.db-")]

        first.kill()  # a crash: the lock file stays behind, naming a process that is gone
        first.wait(timeout=30)
        assert lock.read_text(encoding="utf-8").split("\n")[0] == str(first.pid)

        third = launch(user, small_db_path)
        try:
            assert wait_for_lock_of(user, third) == lock
        finally:
            third.kill()
            third.communicate(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
        first.communicate(timeout=30)

"""Long work off the window's thread, with progress and Cancel: the one way the window runs it.

``run_in_background`` runs ``work(progress)`` in a worker thread while a window-modal
progress dialog shows how far it is and offers Cancel; the window keeps painting and
its timers keep running, only its input waits. The caller still reads as if the work
were a plain call: it gets the result, or the exception the work raised (``Cancelled``
after a Cancel, the work having undone what it began). The work opens its own SQLite
connection (``opener.own_connection``): connections never cross threads.

One long task at a time: asked for a second while one runs (a file dropped on the
window, a menu reached by a shortcut), the window says which is running and raises
``Busy``, starting nothing.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..domain.progress import Progress
from .plain_text import plain_label, warn

T = TypeVar("T")
SHOW_AFTER_MS = 400  # quicker work finishes without a dialog flashing up
REFRESH_MS = 50  # how often the dialog shows the worker's latest count


_WAITING = QEventLoop.ProcessEventsFlag.WaitForMoreEvents
_WAITING_WITHOUT_INPUT = _WAITING | QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents


class Busy(Exception):
    """Another long task is running; nothing was started."""


_running: list[str] = []  # the label of the task running now, if any


def running_task() -> str | None:
    """The label of the long task running now, or None."""
    return _running[0] if _running else None


class _Wake(QObject):
    up = Signal()  # emitted by the worker thread as it ends; delivering it wakes the window's thread


class _WorkerProgress:
    """The domain's ``progress(done, total)`` for the worker: keeps the latest count, answers the Cancel."""

    def __init__(self):
        self.done, self.total = 0, 0
        self.cancelled = threading.Event()

    def __call__(self, done: int, total: int) -> bool:
        self.done, self.total = done, total
        return not self.cancelled.is_set()


def run_in_background(parent: QWidget | None, label: str, work: Callable[[Progress], T]) -> T:
    """Run ``work(progress)`` in a worker thread behind a progress dialog with Cancel; return its result.

    Raises what the work raised (``Cancelled`` after a Cancel), or ``Busy`` (after saying so)
    while another long task runs.
    """
    if _running:
        warn(parent, QCoreApplication.translate("background", "Please wait"),
             QCoreApplication.translate("background", "{task} is still running; wait for it to finish or cancel it, "
                                        "then try again.").format(task=_running[0]))
        raise Busy(_running[0])
    dialog = ProgressDialog(parent, label)
    progress = dialog.progress
    finished, wake = threading.Event(), _Wake()
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["result"] = work(progress)
        except BaseException as error:  # noqa: BLE001 — raised again in the window's thread
            outcome["error"] = error
        finally:
            finished.set()
            wake.up.emit()  # queued to the window's thread: ends its wait for events at once

    refresh = QTimer()
    refresh.setInterval(REFRESH_MS)
    refresh.timeout.connect(dialog.show_progress)
    wake.up.connect(refresh.stop)  # a slot of an object of the window's thread: the signal is queued there
    _running.append(label)
    # NOTE: the collector runs in whichever thread allocates, holding the interpreter lock: a
    # full collection the worker's rows set off would scan every object of the window too and
    # stall its thread (~150 ms at 100,000 terms). Those objects sit out collections meanwhile.
    gc.freeze()
    try:
        worker = threading.Thread(target=run, name=f"long task: {label}", daemon=True)
        worker.start()
        refresh.start()
        # NOTE: not a QEventLoop, which a quit of the application would end at once (and every
        # later one too); a quit cancels the progress dialog (quit_signals), so the work stops here.
        # Until the modal dialog shows, the window's input waits in the queue.
        while not finished.is_set():
            QCoreApplication.processEvents(_WAITING if dialog.isVisible() else _WAITING_WITHOUT_INPUT)
        worker.join()  # it may still be emitting its last signal, whose sender goes with this call
    finally:
        gc.unfreeze()
        _running.clear()
        refresh.stop()
        dialog.close()
        dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


class ProgressDialog(QProgressDialog):
    """The window-modal dialog of one long task; every Cancel (its button, a quit) reaches the worker at once."""

    def __init__(self, parent: QWidget | None, label: str):
        super().__init__(label, QCoreApplication.translate("background", "Cancel"), 0, 0, parent)
        self.progress = _WorkerProgress()
        self.setLabel(plain_label(label, wrap=False, selectable=False))  # the label names a file
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(SHOW_AFTER_MS)  # Qt shows it then, if the work is still running
        self.canceled.connect(self.progress.cancelled.set)

    def cancel(self) -> None:
        """A Cancel from code (``quit_signals`` on SIGTERM) as well as from the button."""
        self.progress.cancelled.set()
        super().cancel()

    def show_progress(self) -> None:
        if self.progress.cancelled.is_set():
            self.setLabelText(QCoreApplication.translate("background", "Cancelling… (undoing what was begun)"))
            return
        total = max(self.progress.total, 0)
        if self.maximum() != total:
            self.setMaximum(total)  # 0: a busy bar, when the work cannot say how much is left
        if total:
            self.setValue(min(self.progress.done, total))

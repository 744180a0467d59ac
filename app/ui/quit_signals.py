"""SIGTERM and SIGHUP (logout, ``kill``, a closed terminal) quit the window as File > Quit does.

Python runs a signal handler only when the interpreter has control, and Qt's event
loop runs in C++; so the handler itself does nothing, and ``signal.set_wakeup_fd``
writes the signal's number into a pipe a ``QSocketNotifier`` watches. In the event
loop the quit then goes as a user's would: a running edit's progress dialog is
cancelled (the edit rolls back in its transaction), every window closes (saving its
layout), the loop ends and ``run`` closes the dossier, which leaves no -wal or -shm.
"""

from __future__ import annotations

import os
import signal
import sys

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication, QProgressDialog

QUIT_SIGNALS = ("SIGTERM", "SIGHUP")


def quit_on_signals(app: QApplication) -> QSocketNotifier | None:
    """Make SIGTERM and SIGHUP quit ``app`` cleanly; call before the dossier is opened.

    Not on Windows, which sends neither to a windowed app (and whose wakeup fd must
    be a socket). Returns the notifier, owned by ``app``.
    """
    if sys.platform == "win32":
        return None
    read_end, write_end = os.pipe()
    os.set_blocking(read_end, False)
    os.set_blocking(write_end, False)
    signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    for name in QUIT_SIGNALS:
        signal.signal(getattr(signal, name), _nothing_here)
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda: _quit(app, read_end))
    return notifier


def _nothing_here(signum, frame) -> None:
    """The quit happens in the event loop (see the module docstring), never mid-statement."""


def _quit(app: QApplication, read_end: int) -> None:
    try:
        os.read(read_end, 512)
    except BlockingIOError:
        pass
    for widget in app.allWidgets():
        if isinstance(widget, QProgressDialog):
            widget.cancel()  # the edit or export in progress stops at its next step, rolled back
    app.closeAllWindows()
    app.quit()

"""Errors users can report: a rotating log in the app's data folder, and a dialog for an
unexpected exception that says what happened and offers its details to copy.

A windowed build has no console, so without this an exception would vanish. The log and the
copied details name the exception's type and the code it passed through, never its message
or any value: a message can quote a dossier (a name, a source sentence), and users work with
sensitive material. The dialog shows the message on screen only.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, __version__

LOG_NAME = "dossier-timeline.log"
LOG_BYTES = 1_000_000
LOG_FILES_KEPT = 3
log = logging.getLogger("dossier_timeline")


def log_folder(data_folder: Path) -> Path:
    return data_folder / "logs"


def start_log(data_folder: Path) -> Path:
    """Log to ``logs/dossier-timeline.log`` in the data folder (rotated at 1 MB, 3 old files kept)."""
    folder = log_folder(data_folder)
    folder.mkdir(parents=True, exist_ok=True)
    if not any(isinstance(handler, logging.handlers.RotatingFileHandler) for handler in log.handlers):
        handler = logging.handlers.RotatingFileHandler(folder / LOG_NAME, maxBytes=LOG_BYTES,
                                                       backupCount=LOG_FILES_KEPT, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    log.info("started %s %s on Python %s, %s", APP_NAME, __version__, platform.python_version(), platform.platform())
    return folder


def describe(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> str:
    """What happened, safe to share: versions, exception types and the code path, no messages or values."""
    from PySide6 import __version__ as pyside_version

    lines = [f"{APP_NAME} {__version__}, Python {platform.python_version()}, PySide6 {pyside_version}, "
             f"{platform.platform()}"]
    chain: list[tuple[type[BaseException], TracebackType | None]] = [(kind, trace)]
    cause = _cause(error)
    while cause is not None and len(chain) < 5:
        chain.append((type(cause), cause.__traceback__))
        cause = _cause(cause)
    for number, (exception_type, exception_trace) in enumerate(chain):
        if number:
            lines.append("while handling:")
        lines.append(f"{exception_type.__module__}.{exception_type.__qualname__} (message withheld: it may quote a dossier)")
        for frame in traceback.extract_tb(exception_trace):
            lines.append(f'  File "{_short(frame.filename)}", line {frame.lineno}, in {frame.name}')
    return "\n".join(lines)


def _cause(error: BaseException) -> BaseException | None:
    """The exception this one was raised from or while handling, as a traceback shows it."""
    return error.__cause__ or (None if error.__suppress_context__ else error.__context__)


def _short(filename: str) -> str:
    """A source file named from its package (``app/ui/timeline/view.py``), not the user's folders."""
    parts = Path(filename).parts
    for anchor in ("app", "PySide6", "pyqtgraph", "sqlite_utils"):
        if anchor in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(anchor) - 1:])
    return Path(filename).name


class ErrorReporter(QObject):
    """Installed as sys.excepthook (and threading.excepthook): logs, then shows the dialog on the main thread."""

    reported = Signal(str, str)  # what to show, the shareable details

    def __init__(self, app: QApplication, data_folder: Path):
        super().__init__(app)
        self.folder = log_folder(data_folder)
        self._showing = False
        self._previous, self._previous_threading = sys.excepthook, threading.excepthook
        self.reported.connect(self.show_dialog, Qt.ConnectionType.QueuedConnection)
        sys.excepthook = self.excepthook
        threading.excepthook = lambda args: self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def uninstall(self) -> None:
        """Give the hooks back (the window has closed); the reporter goes with its QApplication or now."""
        sys.excepthook, threading.excepthook = self._previous, self._previous_threading
        self.deleteLater()

    def excepthook(self, kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, trace)
            return
        details = describe(kind, error, trace)
        log.error("unexpected error\n%s", details)
        if sys.stderr is not None:
            traceback.print_exception(kind, error, trace, file=sys.stderr)  # a console, when there is one
        self.reported.emit(f"{kind.__name__}: {error}", details)

    @Slot(str, str)
    def show_dialog(self, what: str, details: str) -> None:
        if self._showing:  # an error while the dialog is up is logged, not stacked
            return
        self._showing = True
        try:
            box = error_dialog(what, details, self.folder, QApplication.activeWindow())
            box.exec()
            if box.clickedButton() is box.copy_button:
                QGuiApplication.clipboard().setText(details)
            elif box.clickedButton() is box.folder_button:
                show_log_folder(self.folder)
        finally:
            self._showing = False


def error_dialog(what: str, details: str, folder: Path, parent=None) -> QMessageBox:
    """The dialog for an unexpected error: what happened, the shareable details, and where the log is.

    Shown in the interface's language; the details (for the developers, in the log) stay English.
    """
    from .i18n import app_name
    from .plain_text import message_box

    box = message_box(
        QMessageBox.Icon.Critical, app_name(), QCoreApplication.translate("error_report", "Something went wrong in {app}.").format(app=app_name()),
        QCoreApplication.translate("error_report", "{what}\n\nEdits confirmed before this were saved; the app may go on working, but restarting it "
                  "is safer. The details below (no dossier content) were written to the log in {folder}; "
                  "copy them into a report to the developers.").format(what=what, folder=folder),
        parent=parent, buttons=QMessageBox.StandardButton.Close,
    )
    box.setDetailedText(details)
    box.copy_button = box.addButton(QCoreApplication.translate("error_report", "Copy Details"), QMessageBox.ButtonRole.ActionRole)
    box.folder_button = box.addButton(QCoreApplication.translate("error_report", "Show Log Folder"), QMessageBox.ButtonRole.ActionRole)
    return box


def show_log_folder(folder: Path) -> bool:
    """Open the log folder in the file manager (a local folder: no network)."""
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

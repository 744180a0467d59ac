"""Starting the window: identity first, then the QApplication, the dossier, the main window.

Heavy modules (pyqtgraph, the store, the window) are imported only once the
QApplication exists, so the start-up path stays short.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from .qt_app import create_application  # the self-test and outside checks start Qt through here too


def run(args) -> int:
    """Open the dossier named by ``args`` (a FILE, --db, or the user's own) in the main window.

    The dossier is locked for this window first (one writer per file); a JSON or CSV FILE
    opens the import preview into it once the window is up. Unexpected errors are logged and
    shown while the window runs. Returns the exit status.
    """
    from ..launch import data_folder
    from .error_report import ErrorReporter, start_log
    from .preferences import apply_preferences

    app = create_application()
    from .quit_signals import quit_on_signals

    quit_on_signals(app)  # before the dossier opens: from then on a SIGTERM closes it cleanly
    start_log(data_folder())
    reporter = ErrorReporter(app, data_folder())
    try:
        apply_preferences()
        return _run_window(app, args)
    finally:
        reporter.uninstall()


def _run_window(app, args) -> int:
    from .. import APP_NAME
    from ..launch import EXIT_OK, EXIT_REFUSED, user_dossier_path
    from .dossier_files import is_exchange_file
    from .error_report import log
    from .file_lock import DossierInUse, claim, release

    given = args.open_file
    to_import = given if given is not None and is_exchange_file(given) else None
    dossier = given if given is not None and to_import is None else (Path(args.db) if args.db else None)
    if given is not None and to_import is None and args.db:
        return _refuse(QCoreApplication.translate("application", "{name} and --db both name a dossier file; give one.").format(name=given.name),
                       QCoreApplication.translate("application", "Two dossier files were given."))
    path = dossier or user_dossier_path()
    try:
        claim(path)
    except DossierInUse as error:
        return _refuse(str(error), QCoreApplication.translate("application", "This dossier file is already open."))
    store = _open(dossier)
    if store is None:
        release(path)
        return EXIT_REFUSED

    from .main_window import MainWindow
    from .session import Session

    window = MainWindow(Session(store))
    window.show()
    app.installEventFilter(FileOpenEvents(window))
    QTimer.singleShot(0, lambda: window.dossier_files.offer_default_update(at_start=True))
    if to_import is not None:
        QTimer.singleShot(0, lambda: window.dossier_files.import_path(to_import))
    status = app.exec()
    release(window.session.store.path)
    window.close_dossier()  # a clean close: the opener records the file's fingerprint
    log.info("%s closed", APP_NAME)
    return status if status else EXIT_OK


def _open(dossier: Path | None):
    """The store of a dossier file (the user's own when None), or None once the refusal is explained."""
    from PySide6.QtWidgets import QMessageBox

    from ..domain.opener import DossierRefused
    from ..launch import open_store
    from .i18n import app_name

    try:
        return open_store(str(dossier) if dossier else None)
    except DossierRefused as refused:
        from .backups_ui import offer_restore

        store = offer_restore(refused)  # a damaged dossier: offer its newest good backup
        if store is not None:
            return store
        newer = refused.kind == "newer"  # not damage: said as what it is, with what to do
        heading = (QCoreApplication.translate("application", "This dossier file was made by a newer {app}.").format(app=app_name()) if newer
                   else QCoreApplication.translate("application", "This dossier file cannot be opened."))
        print(f"dossier-timeline: {refused}", file=sys.stderr)
        from .plain_text import message_box

        message_box(QMessageBox.Icon.Warning if newer else QMessageBox.Icon.Critical, app_name(), heading,
                    f"{refused.path}\n{refused.reason}.").exec()
        return None


def _refuse(message: str, heading: str) -> int:
    """Say why the window does not open, on stderr and in a dialog; the exit status for a refusal."""
    from PySide6.QtWidgets import QMessageBox

    from ..launch import EXIT_REFUSED
    from .i18n import app_name
    from .plain_text import message_box

    print(f"dossier-timeline: {message}", file=sys.stderr)
    message_box(QMessageBox.Icon.Warning, app_name(), heading, message).exec()
    return EXIT_REFUSED



class FileOpenEvents(QObject):
    """Files the desktop hands a running app (macOS Finder sends QFileOpenEvent, not argv): open or import them."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            path = Path(event.file())
            QTimer.singleShot(0, lambda: self.window.dossier_files.open_or_import(path))
            return True
        return super().eventFilter(watched, event)

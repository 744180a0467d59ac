"""Starting the window: identity first, then the QApplication, the dossier, the main window.

Heavy modules (pyqtgraph, the store, the window) are imported only once the
QApplication exists, so the start-up path stays short.
"""

from __future__ import annotations

import sys


def create_application():
    """The QApplication with the app's identity and icon; the self-test starts the same way."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from .. import APP_NAME, DESKTOP_FILE_NAME
    from .desktop import app_icon
    from .fonts import load_bundled_fonts
    from .paths import set_identity

    set_identity()  # NOTE: before anything touches QSettings or QStandardPaths
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    load_bundled_fonts()  # Persian names need a font with their glyphs, on screen and in PDFs
    return app


def run(args) -> int:
    """Open the dossier named by ``args`` (or the user's own) in the main window; return the exit status."""
    from PySide6.QtWidgets import QMessageBox

    from .. import APP_NAME

    app = create_application()

    from ..domain.opener import DossierRefused
    from ..launch import EXIT_OK, EXIT_REFUSED, open_store

    try:
        store = open_store(args.db)
    except DossierRefused as refused:
        from .backups_ui import offer_restore

        store = offer_restore(refused)  # a damaged dossier: offer its newest good backup
        if store is None:
            from .plain_text import message_box

            message_box(QMessageBox.Icon.Critical, APP_NAME, "This dossier file cannot be opened.",
                        f"{refused.path}\n{refused.reason}").exec()
            return EXIT_REFUSED

    from .main_window import MainWindow
    from .session import Session

    session = Session(store)
    window = MainWindow(session)
    window.show()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: window.dossier_files.offer_default_update(at_start=True))
    status = app.exec()
    store.close()
    return status if status else EXIT_OK

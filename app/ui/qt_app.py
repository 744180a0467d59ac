"""The QApplication itself: the window's, and the headless one exports use.

Kept apart from application.py (which opens the window) so that exports can start Qt
without importing the main window.
"""

from __future__ import annotations

import sys


def create_application():
    """The QApplication with the app's identity and icon; the self-test starts the same way."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from .. import DESKTOP_FILE_NAME
    from .desktop import app_icon
    from .fonts import load_bundled_fonts
    from .paths import set_identity

    set_identity()  # NOTE: before anything touches QSettings or QStandardPaths
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    load_bundled_fonts()  # Persian names need a font with their glyphs, on screen and in PDFs
    from .i18n import app_name, chosen_language, use_language

    use_language(chosen_language())
    app.setApplicationDisplayName(app_name())
    return app


# What Qt's platform plugins say about windows nobody sees: noise to a command-line user.
_PLATFORM_NOTICES = ("This plugin does not support propagateSizeHints()",)


def headless_application():
    """The QApplication for work without a window (command-line and in-app exports).

    Offscreen when there is no display; Qt's notices about windows that are never
    shown are dropped, every other message still reaches stderr.
    """
    import os

    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        return QApplication.instance()
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_without_platform_notices)
    app = create_application()
    from .desktop import color_scheme
    from .preferences import theme

    color_scheme().use(theme())  # exports follow the theme chosen in Preferences
    return app


def _without_platform_notices(_mode, _context, message: str) -> None:
    if message not in _PLATFORM_NOTICES:
        print(message, file=sys.stderr)

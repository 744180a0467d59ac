"""The interface's language: which one, its catalogues, its direction.

Chosen once at start-up, in this order: ``--lang`` for one run, the language chosen in
Preferences, the system's (Persian when the system locale is Persian, else English). The
app's catalogue (``resources/i18n/dossier-timeline_<lang>.qm``; English has one for plural
forms) and Qt's own (``qtbase_<lang>.qm``, for the buttons of standard dialogs) are
installed, numbers and dates follow the language's QLocale, Persian turns the window right
to left, and the domain's wording (``app.domain.wording``) is translated through Qt's
``translate``. A change in Preferences takes effect at the next start, as in most desktop
apps: every window would otherwise have to rebuild its text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from ..domain import wording
from ..resources import resource_path
from .preferences import LANGUAGE, LANGUAGES

CATALOGUE_FOLDER = resource_path("i18n")
_installed: list[QTranslator] = []
_override: str | None = None


def catalogue_path(language: str) -> Path:
    return CATALOGUE_FOLDER / f"dossier-timeline_{language}.qm"


def set_override(language: str | None) -> None:
    """``--lang``: use ``language`` for this run, whatever Preferences say."""
    global _override
    _override = language


def system_language() -> str:
    return "fa" if QLocale.system().language() == QLocale.Language.Persian else "en"


def chosen_language() -> str:
    """The language this run uses: ``--lang``, else Preferences, else the system's."""
    if _override in LANGUAGES:
        return _override
    stored = LANGUAGE.value()
    return stored if stored in LANGUAGES else system_language()


def use_language(language: str) -> None:
    """Install ``language``'s catalogues, locale and direction into the running QApplication."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    own = QTranslator(app)
    if own.load(str(catalogue_path(language))):
        _installed.append(own)
    qt_own = QTranslator(app)
    if language != "en" and qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    if hasattr(app, "setLayoutDirection"):
        direction = Qt.LayoutDirection.RightToLeft if language in wording.RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)
    wording.install(_qt_translate, language)


def app_name() -> str:
    """The application's name as the interface's language writes it (window titles, About)."""
    return QCoreApplication.translate("app", "Dossier Timeline")


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)

"""``dossier-timeline --self-test``: proves that this install, or the frozen app, works.

It opens the bundled default dossier in a temporary folder (never the user's files or
settings), builds the main window offscreen (or on the platform QT_QPA_PLATFORM names),
renders the timeline and one person's dossier, runs check, and prints one line per step.
Exit 0 when every step passed; 1, saying what is missing, at the first that did not.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .resources import resource_path

EXIT_PASSED, EXIT_FAILED = 0, 1

# What a working app reads from resources/; a bundle that lost one of these is broken.
REQUIRED_RESOURCES = (
    ("default-dossier.json",),
    ("default-dossier-history.json",),
    ("dossier-timeline.schema.json",),
    ("icons", "dossier-timeline-16.png"),
    ("icons", "dossier-timeline-512.png"),
    ("fonts", "Vazirmatn-Regular.ttf"),
    ("fonts", "Vazirmatn-Bold.ttf"),
)
PERSIAN_ALPHABET = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"  # its 32 letters, پ چ ژ گ included
QT_BUTTONS_CONTEXT = "QPlatformTheme"  # Qt's own catalogue; a name, not a literal, so lupdate leaves it out of ours
RULE_8_WORDS = "does not establish"  # design.md rule 8: every dossier says what it is


class SelfTestFailure(Exception):
    """A step that did not pass; the message says what is missing."""


def _say(text: str) -> None:
    # NOTE: a windowed frozen app on Windows has no sys.stdout at all.
    stream = sys.stdout if sys.stdout is not None else sys.stderr
    if stream is not None:
        print(text, file=stream, flush=True)


def run_self_test() -> int:
    """Run every step, printing one line each; return the exit status."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="dossier-timeline-self-test-") as folder:
        try:
            passed = _run_steps(Path(folder))
        except SelfTestFailure as failure:
            _say(f"self-test: FAILED: {failure}")
            return EXIT_FAILED
    _say(f"self-test: passed ({passed} steps)")
    return EXIT_PASSED


def _passed(text: str) -> None:
    _say(f"self-test: ok  {text}")


def _run_steps(folder: Path) -> int:
    steps = [_check_resources]
    for step in steps:
        _passed(step())
    app = _application(folder)
    steps_with_app = [
        lambda: _check_platform(app),
        _check_icon,
        _check_persian_font,
        _check_persian_interface,
    ]
    for step in steps_with_app:
        _passed(step())
    store = _open_default_dossier(folder)
    try:
        _passed(_check_dossier(store))
        _passed(_check_search(store))
        _passed(_check_original(store, folder))
        _passed(_check_window(store))
    finally:
        store.close()
    return len(steps) + len(steps_with_app) + 5


def _check_resources() -> str:
    missing = [str(Path("resources", *parts)) for parts in REQUIRED_RESOURCES if not resource_path(*parts).is_file()]
    if missing:
        raise SelfTestFailure("missing resources: " + ", ".join(missing))
    return f"resources found in {resource_path()}"


def _application(folder: Path):
    """The app's QApplication, with settings and standard paths redirected into ``folder``."""
    from PySide6.QtCore import QSettings, QStandardPaths

    from .domain.opener import use_data_folder
    from .ui.application import create_application

    QStandardPaths.setTestModeEnabled(True)
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder / "settings"))
    use_data_folder(folder / "data")
    return create_application()


def _check_platform(app) -> str:
    from PySide6.QtGui import QImageReader

    formats = {bytes(name).decode() for name in QImageReader.supportedImageFormats()}
    if "png" not in formats:
        raise SelfTestFailure("the PNG image format is missing from Qt")
    return f'Qt platform "{app.platformName()}", image formats: {", ".join(sorted(formats))}'


def _check_persian_interface() -> str:
    """The Persian catalogues load: the app's own and Qt's (a bundle that dropped them is English only)."""
    from PySide6.QtCore import QCoreApplication

    from .ui.i18n import app_name, chosen_language, use_language

    use_language("fa")
    try:
        name, cancel = app_name(), QCoreApplication.translate(QT_BUTTONS_CONTEXT, "Cancel")
    finally:
        use_language(chosen_language())
    if name == "Dossier Timeline":
        raise SelfTestFailure("the Persian catalogue (resources/i18n/dossier-timeline_fa.qm) does not load")
    if cancel == "Cancel":
        raise SelfTestFailure("Qt's Persian catalogue (qtbase_fa.qm) does not load")
    return f"Persian interface: {name}, Qt's buttons too ({cancel})"


def _check_icon() -> str:
    from .ui.desktop import ICON_SIZES, app_icon

    icon = app_icon()
    sizes = sorted(size.width() for size in icon.availableSizes())
    if icon.isNull() or sizes != sorted(ICON_SIZES):
        raise SelfTestFailure(f"app icon sizes {sizes}, expected {sorted(ICON_SIZES)}")
    if icon.pixmap(512, 512).toImage().pixelColor(256, 256).alpha() == 0:
        raise SelfTestFailure("the app icon draws nothing")
    return f"app icon in {len(sizes)} sizes"


def _check_persian_font() -> str:
    from PySide6.QtGui import QFont, QFontMetrics

    from .ui.fonts import PERSIAN_FAMILY, load_bundled_fonts

    families = load_bundled_fonts()
    if PERSIAN_FAMILY not in families:
        raise SelfTestFailure(f"the Persian font {PERSIAN_FAMILY} did not load (loaded: {families or 'none'})")
    metrics = QFontMetrics(QFont(PERSIAN_FAMILY))
    lacking = [char for char in PERSIAN_ALPHABET if not metrics.inFontUcs4(ord(char))]
    if lacking:
        raise SelfTestFailure(f"{PERSIAN_FAMILY} lacks the glyphs {''.join(lacking)}")
    return f"Persian font {PERSIAN_FAMILY} loaded with its glyphs"


def _open_default_dossier(folder: Path):
    from .domain.opener import create_from_dataset
    from .resources import DEFAULT_DATASET

    try:
        return create_from_dataset(folder / "dossier.db", DEFAULT_DATASET)
    except Exception as error:
        raise SelfTestFailure(f"cannot open the default dossier {DEFAULT_DATASET}: {error}") from error


def _check_dossier(store) -> str:
    from .domain.checks import check

    report = check(store)
    if not report.ok:
        raise SelfTestFailure("check found problems in the default dossier:\n" + report.render())
    counts = ", ".join(f"{store.count(table)} {table}" for table in ("persons", "terms", "events", "allegations", "sources"))
    return f"default dossier opened in a temporary folder and checked: {counts}"


def _check_search(store) -> str:
    """Names in Persian script and with diacritics need anyascii's tables, which freezing can leave out."""
    from .domain.search import SearchIndex

    index = SearchIndex(store.db)
    for query, expected in (("خامنه‌ای", "ali-khamenei"), ("Rohani", "hassan-rouhani")):
        found = index.search(query, limit=1)
        if not found or found[0].id != expected:
            raise SelfTestFailure(f"search for {query!r} did not find {expected} first")
    return "search finds names in Persian script and in other spellings"


def _check_original(store, folder: Path) -> str:
    """A PDF (written by Qt) stored as an original and read by PDFium, which freezing can leave out."""
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from .domain.originals import verify
    from .domain.source_files import add_source_from_file

    words = "Dossier Timeline self-test page"
    path = folder / "self-test.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    painter = QPainter(writer)
    painter.drawText(200, 400, words)
    painter.end()
    try:
        added = add_source_from_file(store, path)
    except Exception as error:
        raise SelfTestFailure(f"cannot add a PDF as a source: {error}") from error
    if words not in store.get("sources", added.source_id)["text"] or verify(store.db.conn):
        raise SelfTestFailure("a PDF's text was not read (PDFium missing?) or its stored bytes do not verify")
    return "a PDF is stored as an original, its text read by PDFium, its hash verified"


def _check_window(store) -> str:
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow
    from .ui.session import Session
    from .ui.timeline import palette

    session = Session(store)
    window = MainWindow(session)
    try:
        window.show()
        QApplication.processEvents()
        shot = window.grab()
        if shot.isNull() or shot.width() < 400:
            raise SelfTestFailure("the main window did not render")
        timeline = window.timeline
        drawn = len(timeline.layout_data.terms) + len(timeline.layout_data.events) + len(timeline.layout_data.conducts)
        if not drawn:
            raise SelfTestFailure("the timeline laid out nothing from the default dossier")
        image = timeline.grab().toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
        bar_colours = {palette.institution_colour(colour).rgb() for *_, colour in timeline.layout_data.organisations}
        if not colours & bar_colours:
            raise SelfTestFailure("the timeline drew no office bars")
        _passed(
            f"main window built; timeline rendered {image.width()}x{image.height()} px with "
            f"{drawn} items, {len(colours & bar_colours)} institution colours"
        )
        return _check_person_dossier(window, session)
    finally:
        window.close()
        window.deleteLater()


def _check_person_dossier(window, session) -> str:
    """Select the person most alleged against, as a click would, and read their dossier back."""
    from PySide6.QtWidgets import QApplication

    from .ui.dossier.view import DossierView

    view = window.findChild(DossierView)
    if view is None:
        raise SelfTestFailure("the main window has no person dossier view")
    person = max(session.store.persons(), key=lambda row: (row["allegations"], row["offices"]))
    session.selection.select("persons", person["id"])
    QApplication.processEvents()
    shown = view.dossier
    if shown is None or shown.person_id != person["id"] or view.name_label.text() != person["name"]:
        raise SelfTestFailure(f"selecting {person['name']} did not show their dossier")
    if RULE_8_WORDS not in view.notice.text():
        raise SelfTestFailure(f'the person dossier does not show the notice ("{RULE_8_WORDS}")')
    if len(shown.allegations) != person["allegations"] or len(shown.offices) < person["offices"]:
        raise SelfTestFailure(f"the dossier of {person['name']} lacks allegations or offices")
    if view.grab().isNull():
        raise SelfTestFailure("the person dossier did not render")
    return (
        f"person dossier of {person['name']} rendered: {len(shown.offices)} offices, "
        f"{len(shown.allegations)} allegations, {len(shown.sources)} sources"
    )

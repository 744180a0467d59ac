"""Shared fixtures. Qt runs offscreen and never touches the user's settings or files."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Command-line tests run the app as a child process: keep its data folder (backups,
# temporary copies) out of the real user's.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="dossier-timeline-test-data-")

FIXTURES = Path(__file__).parent / "fixtures"
SMALL_DOSSIER = FIXTURES / "small-dossier.json"


def pytest_configure(config):
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(autouse=True)
def settings(tmp_path_factory):
    """Each test starts with no saved settings and leaves none behind, even when it fails."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def small_store(tmp_path):
    """The fixture dossier in a fresh dossier file."""
    from app.domain.opener import create_from_dataset

    store = create_from_dataset(tmp_path / "small.db", SMALL_DOSSIER)
    yield store
    store.close()


@pytest.fixture
def empty_store():
    from app.domain.opener import create_dossier

    store = create_dossier(None)
    yield store
    store.close()


@pytest.fixture(scope="session")
def default_db_template(tmp_path_factory):
    """The shipped default dossier imported once per run (importing it takes seconds)."""
    from app.domain.opener import create_from_dataset
    from app.resources import DEFAULT_DATASET

    path = tmp_path_factory.mktemp("default") / "default.db"
    create_from_dataset(path, DEFAULT_DATASET).close()
    return path


@pytest.fixture
def default_store(tmp_path, default_db_template):
    """The shipped default dossier in a fresh dossier file (a copy of the one imported file)."""
    from app.domain.opener import open_dossier

    path = tmp_path / "default.db"
    shutil.copyfile(default_db_template, path)
    store = open_dossier(path)
    yield store
    store.close()


@pytest.fixture
def small_db_path(tmp_path):
    """A dossier file holding the fixture dossier, closed, ready to be opened."""
    from app.domain.opener import create_from_dataset

    path = tmp_path / "small.db"
    create_from_dataset(path, SMALL_DOSSIER).close()
    return path


@pytest.fixture
def fixture_copy(tmp_path):
    target = tmp_path / "small-dossier.json"
    shutil.copyfile(SMALL_DOSSIER, target)
    return target


@pytest.fixture
def window(small_store, qtbot):
    """The main window on the fixture dossier (no saved layout: the settings fixture isolates it)."""
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    window = MainWindow(Session(small_store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


_english_plurals = []


def _install_english_plurals(qapp) -> None:
    """English as the app runs it: its catalogue of plural forms ("1 term", "2 terms"), nothing else."""
    from PySide6.QtCore import QTranslator

    from app.ui import i18n

    if not _english_plurals:
        translator = QTranslator(qapp)
        assert translator.load(str(i18n.catalogue_path("en")))
        _english_plurals.append(translator)
    qapp.installTranslator(_english_plurals[0])


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    _install_english_plurals(qapp)


@pytest.fixture
def persian(qapp):
    """The interface in Persian for one test; English (its plural forms, left to right) again after it."""
    from PySide6.QtCore import QLocale, Qt

    from app.domain import wording
    from app.ui import i18n

    before = QLocale()
    qapp.removeTranslator(_english_plurals[0])
    i18n.use_language("fa")
    yield
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    wording.install(None)
    QLocale.setDefault(before)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    _install_english_plurals(qapp)


@pytest.fixture
def persian_window(persian, small_store, qtbot):
    """The main window on the fixture dossier, built in Persian."""
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    window = MainWindow(Session(small_store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def data_folder(tmp_path):
    """The app's data folder in use (backups, temporary copies), as the window and the command line set it."""
    from app.domain import opener

    folder = tmp_path / "data"
    opener.use_data_folder(folder)
    yield folder
    opener.use_data_folder(None)


def make_pdf(pages: list[str], *, title: str | None = None, padding: int = 0) -> bytes:
    """A small valid PDF with one line of Helvetica text per page (and ``padding`` bytes of an unused stream)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for text in pages:
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content = f"BT /F1 12 Tf 72 720 Td ({escaped}) Tj ET"
        objects.append(f"<< /Length {len(content)} >>\nstream\n{content}\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {len(objects)} 0 R "
                       "/Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>"
    if padding:
        objects.append(f"<< /Length {padding} >>\nstream\n" + "0" * padding + "\nendstream")
    info = f"<< /Title ({title}) >>" if title else None
    if info:
        objects.append(info)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    trailer = f"/Size {len(objects) + 1} /Root 1 0 R" + (f" /Info {len(objects)} 0 R" if info else "")
    out += f"trailer\n<< {trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)

"""Desktop integration: icon files, desktop entry and AppStream metadata in step with the app,
menu roles, the About box from the Help menu, and the timeline following dark mode."""

from __future__ import annotations

import configparser
import struct
import xml.etree.ElementTree as ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence

from app import APP_ID, APP_NAME, DESKTOP_FILE_NAME, __version__
from app.domain.institution_colours import DEFAULT_COLOURS
from app.resources import resource_path
from app.ui.about import AboutDialog
from app.ui.desktop import ICON_SIZES, app_icon, icon_file
from app.ui.main_window import MainWindow
from app.ui.session import Session
from app.ui.timeline import palette


@pytest.fixture
def window(small_store, qtbot):
    window = MainWindow(Session(small_store))
    yield window
    # NOTE: deleted now, not at some later event loop: its timers must not fire on a closed store.
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_every_icon_size_is_drawn_at_its_size(qapp):
    for size in ICON_SIZES:
        image = QImage(str(icon_file(size)))
        assert (image.width(), image.height()) == (size, size)
    assert sorted(s.width() for s in app_icon().availableSizes()) == sorted(ICON_SIZES)


def test_windows_icon_holds_the_small_sizes_and_256():
    data = resource_path("icons", "dossier-timeline.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}  # a width byte of 0 means 256
    assert (reserved, kind) == (0, 1)
    assert {16, 32, 48, 256} <= sizes
    assert resource_path("icons", "dossier-timeline.icns").read_bytes()[:4] == b"icns"


def test_desktop_entry_launches_the_bundle_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(resource_path(f"{DESKTOP_FILE_NAME}.desktop"), encoding="utf-8")
    section = entry["Desktop Entry"]

    assert section["Name"] == APP_NAME
    assert section["Exec"].split()[0] == APP_ID
    assert section["Icon"] == DESKTOP_FILE_NAME
    assert section["StartupWMClass"] == APP_ID  # Qt's WM_CLASS is the application name
    assert section["Type"] == "Application" and section["Terminal"] == "false"


def test_appstream_metadata_names_the_app_and_its_current_version():
    root = ElementTree.parse(resource_path(f"{DESKTOP_FILE_NAME}.metainfo.xml")).getroot()

    assert root.findtext("id") == DESKTOP_FILE_NAME
    assert root.findtext("name") == APP_NAME
    assert root.find("launchable").text == f"{DESKTOP_FILE_NAME}.desktop"
    assert root.find("releases/release").get("version") == __version__


def test_about_and_quit_carry_their_menu_roles_and_about_opens_the_about_box(window, qtbot):
    about = [action for action in window.help_menu.actions() if action.menuRole() == QAction.MenuRole.AboutRole]
    assert len(about) == 1
    assert window.quit_action.menuRole() == QAction.MenuRole.QuitRole
    assert not window.quit_action.shortcut().isEmpty()

    about[0].trigger()

    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert str(window.session.store.path) == dialog.path_label.text()
    dialog.close()


def test_the_timeline_restyles_when_the_desktop_turns_dark_and_back(window):
    hints = QGuiApplication.styleHints()
    light_background = window.timeline.graphics.backgroundBrush().color()
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        dark_background = window.timeline.graphics.backgroundBrush().color()
        assert dark_background.lightness() < 64 < light_background.lightness()
        assert palette.TEXT.lightness() > 192
        assert window.timeline.bottom_axis.textPen().color() == palette.TEXT
    finally:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window.timeline.graphics.backgroundBrush().color() == light_background
    assert palette.TEXT.lightness() < 64


def test_text_on_a_light_bar_stays_dark_in_dark_mode(window):
    try:
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert palette.text_colour_on(palette.institution_colour(DEFAULT_COLOURS[5])).lightness() < 64  # a yellow bar
    finally:
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)


def test_standard_shortcuts_come_from_the_platform(window):
    shortcuts = {action.shortcut() for action in window.findChildren(QAction)}
    assert QKeySequence(QKeySequence.StandardKey.Undo) in shortcuts
    assert QKeySequence(QKeySequence.StandardKey.Find) in shortcuts

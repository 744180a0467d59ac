"""Preferences: the dialog from its menu role, the theme applied to the window, the timeline,
the dossier, the source reader and timeline exports, every legend swatch readable in dark
mode, the export folder, and the number of backups kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QDialogButtonBox

from app.domain import backups
from app.ui import preferences
from app.ui.desktop import PROBLEM_TEXT, QUOTE_HIGHLIGHT, color_scheme, is_dark
from app.ui.edit.date_field import DateField
from app.ui.preferences import PreferencesDialog
from app.ui.timeline import palette


@pytest.fixture(autouse=True)
def stored_preferences(qapp):
    """Each test starts and ends with no stored preferences, following the system."""
    QSettings().remove("preferences")
    yield
    QSettings().remove("preferences")
    color_scheme().use("system")


def choose(qtbot, parent, *, theme=None, folder=None, kept=None) -> PreferencesDialog:
    """Open Preferences from the window's menu, set the fields like a user, press OK."""
    dialog = opened(parent)
    if theme is not None:
        dialog.theme_box.setCurrentIndex(dialog.theme_box.findData(theme))
    if folder is not None:
        dialog.folder_edit.setText(str(folder))
    if kept is not None:
        dialog.backups_box.setValue(kept)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog


def opened(parent) -> PreferencesDialog:
    parent.preferences_action.trigger()
    shown = [dialog for dialog in parent.findChildren(PreferencesDialog) if dialog.isVisible()]
    assert len(shown) == 1
    return shown[0]


def window_colour() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window)


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG contrast ratio, with the foreground's alpha blended over the background."""
    alpha = foreground.alphaF()

    def blended(channel_fg: float, channel_bg: float) -> float:
        return channel_fg * alpha + channel_bg * (1 - alpha)

    def luminance(rgb) -> float:
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    fg = (blended(foreground.redF(), background.redF()), blended(foreground.greenF(), background.greenF()),
          blended(foreground.blueF(), background.blueF()))
    bg = (background.redF(), background.greenF(), background.blueF())
    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_preferences_has_the_platform_menu_role_and_a_shortcut(window):
    action = window.preferences_action
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert action in window.edit_menu.actions()


def test_dark_theme_reaches_window_timeline_dossier_and_problem_text(window, qtbot):
    light_window = window_colour()
    field = DateField(parent=window)
    field.set_value("not a date")

    choose(qtbot, window, theme="dark")

    assert preferences.THEME.value() == "dark" and is_dark()
    assert window_colour().lightness() < 64 < light_window.lightness()
    assert window.timeline.graphics.backgroundBrush().color().lightness() < 64
    assert palette.TEXT.lightness() > 192
    assert PROBLEM_TEXT[True].name() in field.meaning.styleSheet()
    notice = window.dossier_panes.dossier.notice.styleSheet()
    assert "#3A3217" in notice.upper()

    choose(qtbot, window, theme="light")

    assert window_colour().lightness() > 192 and not is_dark()
    assert window.timeline.graphics.backgroundBrush().color().lightness() > 192
    assert PROBLEM_TEXT[False].name() in field.meaning.styleSheet()

    choose(qtbot, window, theme="system")

    assert window_colour() == light_window  # the platform's own palette again (offscreen: light)


def test_a_system_switch_is_ignored_while_a_theme_is_chosen(window, qtbot):
    choose(qtbot, window, theme="light")
    QGuiApplication.styleHints().colorSchemeChanged.emit(QGuiApplication.styleHints().colorScheme().Dark)
    assert not is_dark()
    assert window.timeline.graphics.backgroundBrush().color().lightness() > 192


def test_every_legend_swatch_is_readable_in_dark_mode(window, qtbot):
    choose(qtbot, window, theme="dark")
    background = palette.BACKGROUND

    # The institutions' own colours are chosen with the institution mapping, not here.
    solid = [palette.SWATCH, palette.EVENT, palette.ALLEGATION, palette.ARROWHEAD, palette.END_CAP, palette.TEXT,
             palette.NEUTRAL, palette.TERM_DENSITY]
    for colour in solid:
        assert contrast(colour, background) >= 3, colour.name()
    assert contrast(palette.faded(palette.SWATCH), background) >= 1.6  # "possible" is faint by design
    assert contrast(palette.MUTED_TEXT, background) >= 4.5
    assert contrast(palette.GRID, background) > 1.1
    # and the legend as drawn: its swatches stand out from its background
    image = window.timeline.legend.grab().toImage()
    lights = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
                 if image.pixelColor(x, y).lightness() > 120)
    assert lights > 50


def test_the_source_readers_highlights_follow_the_theme(window, qtbot, small_store):
    citation = small_store.rows("citations")[0]
    reader = window.dossier_panes.reader
    reader.open_source(citation["source_id"], citation["id"])

    choose(qtbot, window, theme="dark")

    backgrounds = {selection.format.background().color().name() for selection in reader.text_view.extraSelections()}
    assert QUOTE_HIGHLIGHT[True].name() in backgrounds
    assert all(QColor(name).lightness() < 80 for name in backgrounds)


def test_a_timeline_export_uses_the_chosen_theme(window, qtbot, small_store, tmp_path):
    from app.ui.timeline_export import export_timeline

    choose(qtbot, window, theme="dark")
    export_timeline(small_store, tmp_path / "dark.png", size=(800, 500))
    choose(qtbot, window, theme="light")
    export_timeline(small_store, tmp_path / "light.png", size=(800, 500))

    assert QImage(str(tmp_path / "dark.png")).pixelColor(400, 250).lightness() < 80
    assert QImage(str(tmp_path / "light.png")).pixelColor(400, 250).lightness() > 180


def test_export_dialogs_start_in_the_chosen_folder_and_a_missing_one_is_refused(window, qtbot, tmp_path):
    exports = tmp_path / "exports"
    exports.mkdir()
    choose(qtbot, window, folder=exports)
    from app.ui.file_dialogs import start_folder

    assert start_folder(export=True) == exports

    dialog = choose(qtbot, window, folder=tmp_path / "nowhere")

    assert dialog.isVisible() and "is not a folder" in dialog.problem.text()
    assert preferences.EXPORT_FOLDER.value() == str(exports)
    dialog.reject()


def test_backups_kept_applies_at_once_and_to_the_command_line_too(window, qtbot, monkeypatch, tmp_path, small_db_path):
    monkeypatch.setattr(preferences, "data_folder", lambda: tmp_path / "app-data")  # this test's own backups
    choose(qtbot, window, kept=2)
    folder = preferences.backups_folder()
    assert folder == tmp_path / "app-data" / "backups"
    assert backups.kept(folder) == 2 and preferences.backups_kept() == 2

    for _ in range(4):  # as an import from the window or the command line makes them
        backups.make_backup(small_db_path, small_db_path, folder, "import")

    assert len(backups.list_backups(folder, small_db_path)) == 2
    assert backups.purge(folder, tmp_path / "app-data" / "tmp") == 2 and backups.kept(folder) == 2  # Purge keeps the choice


def test_cancel_changes_nothing(window, qtbot):
    dialog = opened(window)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    dialog.reject()
    assert not is_dark() and preferences.THEME.value() == "system"


def test_a_theme_change_leaves_a_window_whose_file_is_closed_as_it_was(window, qtbot, small_db_path):
    """A window that closed its file (the app quitting) is not drawn again from it."""
    from app.domain.opener import open_dossier
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    closed = MainWindow(Session(open_dossier(small_db_path)))
    qtbot.addWidget(closed)
    closed.session.selection.select("persons", closed.session.store.rows("persons")[0]["id"])
    assert closed.dossier_panes.dossier.dossier is not None
    closed.session.store.close()
    choose(qtbot, window, theme="dark")  # an error in another window's restyle fails the test (pytest-qt)
    assert is_dark()

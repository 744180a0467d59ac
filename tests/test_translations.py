"""The interface in Persian: catalogues current, the language chosen, the window right to left."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from app.cli import parse_args
from app.domain import records, wording
from app.ui import i18n
from app.ui.preferences import LANGUAGE, PreferencesDialog
from scripts import update_translations
from tests.untranslated import dossier_data, untranslated


def test_the_shipped_catalogues_are_current_and_complete():
    """Fails when a string was added or changed without updating and translating the catalogue."""
    assert update_translations.problems() == []


def test_the_window_is_right_to_left_in_persian_and_its_title_translated(persian_window):
    assert persian_window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert persian_window.windowTitle().endswith("— خط زمانی پرونده")
    assert QLocale().language() == QLocale.Language.Persian


def test_time_runs_left_to_right_on_the_persian_timeline(persian_window):
    timeline = persian_window.timeline
    assert timeline.graphics.layoutDirection() == Qt.LayoutDirection.LeftToRight
    left, right = timeline.view.viewRange()[0]
    assert left < right
    # the lane labels stay left of the lanes, as in English (the scene must not follow the window's mirroring)
    assert timeline.lane_labels.sceneBoundingRect().right() <= timeline.view.sceneBoundingRect().left() + 1


def test_timeline_labels_take_their_direction_from_their_text_in_persian(persian_window, monkeypatch):
    """An English office title starts at its bar's start, not mirrored as the Persian window is."""
    from app.ui.timeline import layers

    directions = []
    draw = layers.SpanLayer.draw

    def watched(layer, painter, viewport):
        directions.append(painter.layoutDirection())
        return draw(layer, painter, viewport)

    monkeypatch.setattr(layers.SpanLayer, "draw", watched)
    persian_window.timeline.graphics.grab()
    assert directions and set(directions) == {Qt.LayoutDirection.LayoutDirectionAuto}


def test_the_english_window_is_left_to_right(window):
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.windowTitle().endswith("— Dossier Timeline")


def test_domain_wording_follows_the_interface_language(persian):
    claim = records.allegation_claim({"subject_name": "Jane Roe", "summary": "ordered the arrests",
                                      "accuser_org_name": "Front"})
    # data stays as stored, isolated so its direction does not mix with the Persian sentence's
    assert claim.startswith("\u2068Front\u2069 ادعا می‌کند که \u2068Jane Roe\u2069")
    assert wording.number(1367) == "۱۳۶۷"


def test_without_an_interface_the_domain_speaks_english_with_ascii_digits():
    assert wording.translate("records", "allegation") == "allegation"
    assert wording.number(1367) == "1367"


def test_lang_overrides_preferences_and_the_system_for_one_run(qapp):
    LANGUAGE.set("en")
    assert parse_args(["--lang", "fa"]).lang == "fa"
    i18n.set_override("fa")
    try:
        assert i18n.chosen_language() == "fa"
    finally:
        i18n.set_override(None)
    assert i18n.chosen_language() == "en"


def test_the_language_chosen_in_preferences_is_stored(qtbot):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("fa"))
    dialog.accept()
    assert LANGUAGE.value() == "fa"
    assert i18n.chosen_language() == "fa"


def test_qts_own_dialogs_speak_persian(persian):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_nothing_of_the_persian_main_window_is_left_in_english(persian_window):
    """Menus, docks, the timeline's controls, the person list and a person's dossier (walker: tests/untranslated.py)."""
    persian_window.session.selection.select("persons", "john-doe")
    assert untranslated(persian_window, dossier_data(persian_window.session.store)) == []

"""Go > Go to Date… and Move "As of" Cursor to Date… take a typed date (issue 13, item 4)."""

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.domain import dates
from app.ui.go_to_date import DateDialog


def day(text):
    return dates.day_number(dt.date.fromisoformat(text))


def _answer(qtbot, typed: str, *, then_cancel: bool = False):
    """Type into the dialog when it opens, as a user would, and press OK."""
    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DateDialog)
        qtbot.keyClicks(dialog.field.line, typed)
        seen["meaning"] = dialog.field.meaning.text()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["ok"] = ok.isEnabled()
        (dialog.reject if then_cancel or not ok.isEnabled() else ok.click)()

    QTimer.singleShot(0, answer)
    return seen


def _go_action(window, text):
    return next(a for a in window.go_menu.actions() if a.text().replace("&", "") == text)


def test_go_to_a_typed_day_centres_it(window, qtbot):
    window.timeline.fit_all()
    seen = _answer(qtbot, "19 Jul 1988")
    _go_action(window, "Go to Date…").trigger()
    assert seen == {"meaning": "19 July 1988 · 28 Tir 1367", "ok": True}
    first, last = window.timeline.visible_days()
    assert first < day("1988-07-19") < last and last - first < 100
    assert (first + last) / 2 == pytest.approx(day("1988-07-19") + 0.5)


def test_go_to_a_month_shows_the_month(window, qtbot):
    _answer(qtbot, "1988-07")
    _go_action(window, "Go to Date…").trigger()
    first, last = window.timeline.visible_days()
    assert first <= day("1988-07-01") and day("1988-08-01") <= last < day("1988-08-10")


def test_a_date_that_cannot_be_read_cannot_be_gone_to(window, qtbot):
    before = window.timeline.visible_days()
    seen = _answer(qtbot, "31 Feb 1988")
    _go_action(window, "Go to Date…").trigger()
    assert not seen["ok"] and "not a possible date" in seen["meaning"]
    assert window.timeline.visible_days() == before


def test_the_as_of_cursor_moves_to_a_typed_date(window, qtbot):
    window.timeline.fit_all()
    _answer(qtbot, "19 Jul 1988")
    with qtbot.waitSignal(window.timeline.as_of_changed, check_params_cb=lambda moved: moved == day("1988-07-19")):
        _go_action(window, "Move \"As of\" Cursor to Date…").trigger()
    assert window.timeline.as_of_day() == day("1988-07-19")
    window.as_of_panel.lines()
    assert window.as_of_panel.heading.text() == "As of 19 Jul 1988 · 28 Tir 1367"
    window.timeline.set_visible_days(day("2010-01-01"), day("2011-01-01"))
    _answer(qtbot, "1985")
    _go_action(window, "Move \"As of\" Cursor to Date…").trigger()
    first, last = window.timeline.visible_days()
    assert window.timeline.as_of_day() == day("1985-01-01") and first < day("1985-01-01") < last

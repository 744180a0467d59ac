"""Finding one's way on the timeline (issue 13): clicks that stay put, presets, typed dates."""

import pytest
from PySide6.QtCore import Qt

from test_timeline import _pixel_of, day, timeline_of  # noqa: F401 (a fixture)


def test_a_click_selects_without_moving_the_view(default_store, timeline_of, qtbot):
    view = timeline_of(default_store)
    for first, last in ((day("1979-01-01"), day("2017-01-01")), (day("1990-01-01"), day("2000-01-01"))):
        view.set_visible_days(first, last)
        rows = view.visible_rows()
        terms = view.layout_data.terms
        middles = (terms.certain_start + terms.certain_end) / 2
        shown = [i for i in range(len(terms)) if first + 100 < middles[i] < last - 100
                 and rows[0] + 1 < terms.row[i] < rows[1] - 2]
        term_id = terms.ids[shown[0]]
        with qtbot.waitSignal(view.session.selection.changed) as signal:
            qtbot.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton,
                             pos=_pixel_of(view, "terms", term_id))
        assert signal.args == ["terms", term_id]
        assert view.visible_days() == pytest.approx((first, last), abs=0.01)
        assert view.visible_rows() == pytest.approx(rows)
        assert view.highlight.selected == ("terms", term_id)


def test_presets_centre_on_the_selection_else_the_as_of_cursor(small_store, timeline_of):
    view = timeline_of(small_store)
    view.set_as_of_day(day("2014-03-10"))
    view.zoom_preset("year")
    assert view.visible_days() == pytest.approx((day("2014-01-01"), day("2015-01-01")))
    view.fit_all()
    view.zoom_preset("month")
    assert view.visible_days() == pytest.approx((day("2014-03-01"), day("2014-04-01")))
    view.fit_all()
    view.session.selection.select("allegations", "alleg-roe-arrests")  # conduct in 1988, made in 2016
    view.fit_all()
    view.zoom_preset("decade")
    assert view.visible_days() == pytest.approx((day("2000-01-01"), day("2010-01-01")))
    view.session.selection.select("events", "arrests-1988")
    view.zoom_preset("year")
    assert view.visible_days() == pytest.approx((day("1988-01-01"), day("1989-01-01")))


def test_known_by_reads_the_typed_date_whole(small_store, timeline_of, qtbot):
    view = timeline_of(small_store)
    view.known_by_check.setChecked(True)
    view.known_by_edit.clear()
    qtbot.keyClicks(view.known_by_edit, "1 Jun 2015")
    qtbot.keyClick(view.known_by_edit, Qt.Key.Key_Return)
    assert view.known_by == day("2015-06-01")
    assert len(view.layout_data.conducts) == 0  # made on 6 Sep 2016
    view.known_by_edit.clear()
    qtbot.keyClicks(view.known_by_edit, "Sept 2016")
    qtbot.keyClick(view.known_by_edit, Qt.Key.Key_Return)
    assert view.known_by == day("2016-09-30") and len(view.layout_data.conducts) == 1
    view.known_by_edit.clear()
    qtbot.keyClicks(view.known_by_edit, "1 Jux 2015")
    qtbot.keyClick(view.known_by_edit, Qt.Key.Key_Return)
    assert view.known_by == day("2016-09-30")  # unchanged, and the field says why
    assert "not a month name" in view.known_by_edit.toolTip()

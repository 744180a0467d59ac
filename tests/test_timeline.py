"""The timeline widget driven as a user would: zoom, pan, click, the as-of panel, export."""

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QImage

from app.domain import dates
from app.domain.edits import plan_save
from app.ui.session import Session
from app.ui.timeline import AsOfPanel, TimelineView
from app.domain.records import tooltip_text
from app.ui.timeline.layers import Viewport


def day(text):
    return dates.day_number(dt.date.fromisoformat(text))


@pytest.fixture
def timeline_of(qtbot):
    made = []

    def make(store):
        session = Session(store)
        view = TimelineView(session)
        qtbot.addWidget(view)
        view.resize(1400, 800)
        view.show()
        qtbot.waitExposed(view)
        view.fit_all()
        made.append(view)
        return view

    yield make
    # Delete the views (and their pending timers) before the store fixture closes the file.
    for view in made:
        view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_opens_on_the_whole_range_of_the_data(small_store, timeline_of):
    view = timeline_of(small_store)
    first, last = view.visible_days()
    assert first <= day("1985-07-01") and last >= day("2016-09-07")


def test_zoom_and_pan_change_the_range_within_limits(small_store, timeline_of):
    view = timeline_of(small_store)
    first, last = view.visible_days()
    view.zoom(0.5)
    zoomed = view.visible_days()
    assert zoomed[1] - zoomed[0] == pytest.approx((last - first) / 2, rel=0.01)
    view.pan(0.1)
    panned = view.visible_days()
    assert panned[0] > zoomed[0] and panned[1] - panned[0] == pytest.approx(zoomed[1] - zoomed[0], rel=0.01)
    for _ in range(40):
        view.zoom(0.3)
    assert view.visible_days()[1] - view.visible_days()[0] >= 0.99  # never closer than a day
    for _ in range(40):
        view.zoom(3)
    widest = view.visible_days()
    assert widest[0] >= day("1985-07-01") - 2000 and widest[1] <= day("2016-09-07") + 2000
    for _ in range(40):
        view.pan(0.5)
    assert view.visible_days()[1] <= day("2016-09-07") + 2000  # no panning into emptiness
    view.handle_key(Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier)
    assert view.visible_days() == pytest.approx((first, last), abs=1)


def test_presets_show_a_year_and_a_month(small_store, timeline_of):
    view = timeline_of(small_store)
    view.set_visible_days(day("1988-06-01"), day("1988-08-01"))
    view.zoom_preset("year")
    assert view.visible_days() == pytest.approx((day("1988-01-01"), day("1989-01-01")))
    view.zoom_preset("month")
    assert view.visible_days() == pytest.approx((day("1988-07-01"), day("1988-08-01")), abs=1)  # the year's middle
    view.set_visible_days(day("1995-03-01"), day("1995-04-01"))
    view.zoom_preset("decade")
    assert view.visible_days() == pytest.approx((day("1990-01-01"), day("2000-01-01")))


def _pixel_of(view, table, row_id):
    spans = getattr(view.layout_data, table)
    index = spans.index_of(row_id)
    viewport = Viewport.of(view.view)
    middle = (spans.certain_start[index] + spans.certain_end[index]) / 2
    local = QPointF(float(viewport.x(middle)), float(viewport.y(spans.row[index] + 0.5)))
    return view.graphics.mapFromScene(view.view.mapToScene(local))


def test_clicking_a_bar_selects_that_term(small_store, timeline_of, qtbot):
    view = timeline_of(small_store)
    position = _pixel_of(view, "terms", "term-roe-minister")
    with qtbot.waitSignal(view.session.selection.changed) as signal:
        qtbot.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert signal.args == ["terms", "term-roe-minister"]


def test_selecting_elsewhere_highlights_and_centres_the_item(small_store, timeline_of):
    view = timeline_of(small_store)
    view.set_visible_days(day("2000-01-01"), day("2001-01-01"))
    view.session.selection.select("terms", "term-roe-minister")
    assert view.highlight.selected == ("terms", "term-roe-minister")
    first, last = view.visible_days()
    assert first < day("1988-01-01") < last
    view.session.selection.select("persons", "john-doe")
    assert view.highlight.selected is None
    assert view.layout_data.lanes[view.bands.selected_lane].key == "john-doe"


def test_a_tiny_selected_item_is_zoomed_into(default_store, timeline_of):
    view = timeline_of(default_store)
    events = view.layout_data.events
    one_day = int(np.flatnonzero(events.possible_end - events.possible_start == 1)[0])
    view.session.selection.select("events", events.ids[one_day])
    first, last = view.visible_days()
    assert last - first < 100 and first <= events.possible_start[one_day] <= last


def test_as_of_panel_lists_offices_held_on_1988_07_19(default_store, timeline_of):
    view = timeline_of(default_store)
    panel = AsOfPanel(view.session, view)
    view.set_as_of_day(day("1988-07-19"))
    panel.show_day(view.as_of_day())
    lines = panel.lines()
    assert "Ali Khamenei — President of Iran" in lines
    assert any(line.startswith("Akbar Hashemi Rafsanjani — Speaker") and "possibly" not in line for line in lines)
    assert any(line.startswith("National Council of Resistance of Iran (Mohammad Mohaddessin) alleges that "
                               "Ali Khamenei was directly linked") for line in lines)


def test_known_by_hides_allegations_not_yet_made(small_store, timeline_of):
    view = timeline_of(small_store)
    assert len(view.layout_data.conducts) == 1
    view.known_by_check.setChecked(True)
    view.set_known_by(view.known_by - 366)
    assert len(view.layout_data.conducts) == 0
    view.known_by_check.setChecked(False)
    assert len(view.layout_data.conducts) == 1


def test_lane_filter_and_kind_toggles(small_store, timeline_of):
    view = timeline_of(small_store)
    view.person_filter.setText("doe")
    assert [lane.label for lane in view.layout_data.lanes] == ["Events", "John Doe"]
    view.kind_buttons["events"].setChecked(False)
    assert [lane.label for lane in view.layout_data.lanes] == ["John Doe"]


def test_undrawable_items_are_counted_on_screen(small_store, timeline_of, qtbot):
    view = timeline_of(small_store)
    assert not view.not_drawn_button.isVisibleTo(view)
    view.session.write(lambda store: plan_save(store, "", {"terms": [{
        "id": "term-doe-undated", "person_id": "john-doe", "position_id": "mayor", "start": None, "end": None}]}).do(store))
    qtbot.waitUntil(lambda: view.not_drawn_button.isVisibleTo(view))  # its tool bar lays out in the event loop
    assert view.not_drawn_button.text() == "⚠ 1 not drawn (John Doe)"
    assert view.not_drawn_button.menu().actions()[0].text().startswith("John Doe — term: Mayor of the City")
    view.session.write(lambda store: plan_save(store, "", {"terms": [{
        "id": "term-roe-undated", "person_id": "jane-roe", "position_id": "mayor", "start": None, "end": None}]}).do(store))
    assert view.not_drawn_button.text() == "⚠ 2 not drawn (John Doe and 1 more)"


def test_tooltip_text_is_who_what_dates_as_written_and_sources(small_store):
    text = tooltip_text(small_store, "terms", "term-roe-minister")
    assert text.splitlines()[:3] == ["Jane Roe", "Minister of Works — Ministry of Works", "July 1985 – 1990"]
    assert text.splitlines()[-1] == "1 source"
    allegation = tooltip_text(small_store, "allegations", "alleg-roe-arrests")
    assert allegation.startswith(
        "Opposition Front alleges that Jane Roe ordered arrests in 1988 (the accuser is an interested party)")


def test_hovering_reports_the_day_under_the_mouse(small_store, timeline_of, qtbot):
    view = timeline_of(small_store)
    position = _pixel_of(view, "terms", "term-roe-minister")
    with qtbot.waitSignal(view.hovered_day) as signal:
        qtbot.mouseMove(view.graphics.viewport(), pos=position)
    assert day("1985-07-01") < signal.args[0] < day("1990-12-31")


def _not_blank(image: QImage) -> bool:
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 13)}
    return len(colours) > 5


def test_export_png_and_svg_of_the_requested_size(small_store, tmp_path, qapp):
    from app.ui.timeline_export import export_timeline

    png = export_timeline(small_store, tmp_path / "t.png", first_year=1985, last_year=1991, size=(900, 500))
    image = QImage(str(png))
    assert (image.width(), image.height()) == (900, 500)
    assert _not_blank(image)
    svg = export_timeline(small_store, tmp_path / "t.svg", persons={"jane-roe"}, size=(800, 400))
    text = svg.read_text()
    assert text.startswith("<?xml") and 'viewBox="0 0 800 400"' in text


def test_export_command_line(small_db_path, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    out = tmp_path / "cli.png"
    result = subprocess.run([sys.executable, "-m", "app", "export", "timeline", str(out), "--from", "1987", "--to",
                             "1990", "--persons", "Jane Roe", "--size", "640x360", "--db", str(small_db_path)],
                            cwd=Path(__file__).parents[1], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (640, 360) and _not_blank(image)
    bad = subprocess.run([sys.executable, "-m", "app", "export", "timeline", str(tmp_path / "x.gif"),
                          "--db", str(small_db_path)], cwd=Path(__file__).parents[1], capture_output=True, text=True)
    assert bad.returncode == 2 and ".png or .svg" in bad.stderr


def test_aggregated_drawing_when_every_lane_is_shown(small_store, timeline_of, monkeypatch):
    from app.ui.timeline import layers

    view = timeline_of(small_store)
    monkeypatch.setattr(layers, "AGGREGATE_ABOVE", 0)
    image = view.graphics.grab().toImage()
    assert _not_blank(image)
    assert np.isfinite(view.layout_data.terms.possible_start).all()


@pytest.mark.parametrize(("first", "last"), [("1987-01-01", "1990-01-01"), ("1988-01-01", "1989-01-01")])
def test_an_allegation_is_drawn_once_at_year_and_month_zoom(default_store, timeline_of, monkeypatch, first, last):
    """Its conduct bar carries the label; the link to when it was made does not repeat it."""
    from PySide6.QtGui import QPainter

    view = timeline_of(default_store)
    view.set_person_filter({"ali-khamenei"})
    view.set_visible_days(day(first), day(last))
    drawn = []
    original = QPainter.drawText

    def record(painter, *args):
        drawn.append(args[-1])
        return original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    view.grab()
    monkeypatch.undo()
    labels = [text for text in drawn if isinstance(text, str) and text.startswith("National Council of Resistance")]
    assert len(labels) == 1, labels

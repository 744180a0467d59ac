"""Axis labels never overlap at any zoom, in either calendar; the Solar Hijri axis says "SH" (issue 13, item 6)."""

import datetime as dt

import pytest
from PySide6.QtGui import QImage, QPainter

from app.domain import dates
from test_timeline import timeline_of  # noqa: F401 (a fixture)


def _drawn_labels(axis):
    """The labels the axis paints, as (rectangle, text), from pyqtgraph's own drawing plan."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(rect, text) for rect, _flags, text in specs[2]] if specs else []


SPANS = [  # (first, last): the whole range down to a few days, on the problem dates of the report
    ("1978-01-01", "2017-01-01"), ("1990-01-01", "2000-01-01"), ("1988-01-01", "1989-01-01"),
    ("1989-01-15", "1989-04-15"), ("1995-07-01", "1995-08-01"), ("1988-07-10", "1988-07-24"),
    ("1988-07-18", "1988-07-21"),
]


@pytest.mark.parametrize("width", [700, 1400])
@pytest.mark.parametrize("first, last", SPANS)
def test_labels_never_overlap(small_store, timeline_of, qtbot, first, last, width):
    view = timeline_of(small_store)
    view.set_solar_hijri_axis(True)
    view.resize(width, 600)
    qtbot.waitUntil(lambda: view.width() == width)
    view.view.setLimits(xMin=None, xMax=None, maxXRange=None)
    view.set_visible_days(dates.day_number(dt.date.fromisoformat(first)), dates.day_number(dt.date.fromisoformat(last)))
    for axis in (view.bottom_axis, view.top_axis):
        labels = sorted(_drawn_labels(axis), key=lambda label: label[0].left())
        assert len(labels) >= 2, (axis, first, last)  # something to read at every zoom
        for (left, _), (right, text) in zip(labels, labels[1:]):
            assert left.right() + 4 <= right.left(), (first, last, text)
        if axis is view.top_axis:
            assert all(" SH" in text for _, text in labels)


def test_the_month_view_reads_whole_days(small_store, timeline_of):
    view = timeline_of(small_store)
    view.set_visible_days(dates.day_number(dt.date(1995, 7, 1)), dates.day_number(dt.date(1995, 8, 1)))
    texts = [text for _, text in _drawn_labels(view.bottom_axis)]
    assert len(texts) >= 4 and all(text.endswith(" Jul 1995") for text in texts)  # days, each whole

"""What the timeline paints per frame: once per range change, and only what can be seen."""

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QImage, QPainter

from app.domain import dates
from app.domain.edits import plan_save
from app.ui.session import Session
from app.ui.timeline import TimelineView, palette
from app.ui.timeline.layers import EventsLayer, Viewport


class PaintCounter(QObject):
    def __init__(self, target):
        super().__init__()
        self.target, self.paints = target, 0

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if watched is self.target and event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


@pytest.fixture
def timeline_of(qtbot):
    made = []

    def make(store):
        view = TimelineView(Session(store))
        qtbot.addWidget(view)
        view.resize(1400, 800)
        view.show()
        qtbot.waitExposed(view)
        view.fit_all()
        qtbot.wait(50)
        made.append(view)
        return view

    yield make
    # Delete the views (and their pending timers) before the store fixture closes the file.
    for view in made:
        view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("step", ["pan", "zoom"])
def test_a_range_change_repaints_the_timeline_once(default_store, timeline_of, qtbot, step):
    """The "as of" cursor's bounds follow the range before the paint, not during it (a second repaint)."""
    timeline = timeline_of(default_store)
    counter = PaintCounter(timeline.graphics.viewport())
    QCoreApplication.instance().installEventFilter(counter)
    try:
        for index in range(6):
            if step == "pan":
                timeline.pan(0.02 if index % 2 else -0.02)
            else:
                timeline.zoom(0.9 if index % 2 else 1 / 0.9)
            qtbot.wait(30)
    finally:
        QCoreApplication.instance().removeEventFilter(counter)
    assert counter.paints == 6


class RecordingPainter(QPainter):
    """A painter that notes the text it draws, and whether it was drawn as plain text."""

    def __init__(self, device):
        super().__init__(device)
        self.texts, self.plain = [], []

    def drawText(self, *args):  # noqa: N802 (Qt's name)
        self.texts.append(args[-1])
        self.plain.append(False)
        super().drawText(*args)

    def drawStaticText(self, position, text):  # noqa: N802 (Qt's name)
        self.texts.append(text.text())
        self.plain.append(text.textFormat() == Qt.TextFormat.PlainText)
        super().drawStaticText(position, text)


def drawn_texts(timeline, layer_class):
    layer = next(layer for layer in timeline.layers if isinstance(layer, layer_class))
    image = QImage(timeline.view.width(), timeline.view.height(), QImage.Format.Format_ARGB32_Premultiplied)
    painter = RecordingPainter(image)
    layer.draw(painter, Viewport.of(timeline.view))
    painter.end()
    return painter


def test_event_markers_on_screen_are_labelled_beside_and_only_they(empty_store, timeline_of):
    events = [{"id": f"e{n}", "title": f"Meeting number {n}", "start": f"{1990 + n}-03-01"} for n in range(6)]
    plan_save(empty_store, "", {"events": events}).do(empty_store)
    view = timeline_of(empty_store)
    view.set_visible_days(dates.day_number(dt.date(1991, 1, 1)), dates.day_number(dt.date(1994, 12, 31)))
    painter = drawn_texts(view, EventsLayer)
    assert sorted(painter.texts) == [f"Meeting number {n}" for n in (1, 2, 3, 4)]
    assert all(painter.plain)


def test_labels_are_drawn_as_the_characters_they_are(empty_store, timeline_of):
    """A title that looks like markup is shown as written, on a bar and beside a marker."""
    title = "<b>Decree</b> &amp; <i>note</i>"
    plan_save(empty_store, "", {"events": [{"id": "long", "title": title, "start": "1990-01", "end": "1994-12"},
                                           {"id": "short", "title": title, "start": "1992-06-01"}]}).do(empty_store)
    view = timeline_of(empty_store)
    view.set_visible_days(dates.day_number(dt.date(1989, 1, 1)), dates.day_number(dt.date(1998, 1, 1)))
    painter = drawn_texts(view, EventsLayer)
    assert painter.texts == [title, title] and all(painter.plain)


@pytest.mark.parametrize("dark", [False, True])
def test_lane_bands_filled_opaque_look_as_the_see_through_colours_did(dark):
    palette.use_scheme(dark)
    try:
        for colour in (palette.EVENT_BAND, palette.SELECTED_LANE, palette.LANE_BAND):
            image = QImage(4, 4, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(palette.BACKGROUND)
            painter = QPainter(image)
            painter.fillRect(0, 0, 4, 4, colour)  # blended over the background, as before
            painter.end()
            blended, opaque = image.pixelColor(1, 1), palette.over_background(colour)
            assert opaque.alpha() == 255
            assert all(abs(a - b) <= 1 for a, b in zip(blended.getRgb()[:3], opaque.getRgb()[:3]))
    finally:
        palette.use_scheme(False)

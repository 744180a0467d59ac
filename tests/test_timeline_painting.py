"""What the timeline paints per frame: once per range change, and only what can be seen."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from app.ui.session import Session
from app.ui.timeline import TimelineView


class PaintCounter(QObject):
    def __init__(self, target):
        super().__init__()
        self.target, self.paints = target, 0

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if watched is self.target and event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


@pytest.fixture
def timeline(default_store, qtbot):
    view = TimelineView(Session(default_store))
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()
    qtbot.wait(50)
    yield view
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("step", ["pan", "zoom"])
def test_a_range_change_repaints_the_timeline_once(timeline, qtbot, step):
    """The "as of" cursor's bounds follow the range before the paint, not during it (a second repaint)."""
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

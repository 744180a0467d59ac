"""Axes: Gregorian dates (decades down to days, never hours), Solar Hijri, and the lane labels."""

from __future__ import annotations

import datetime as _dt
from collections import OrderedDict

import numpy as np
import pyqtgraph as pg
from persiantools.jdatetime import JalaliDate
from pyqtgraph.graphicsItems.DateAxisItem import (
    DAY_SPACING, MONTH_SPACING, YEAR_SPACING, TickSpec, ZoomLevel, makeMStepper, makeSStepper, makeYStepper,
)
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem

from ...domain import dates
from ...domain.timeline_layout import Layout
from . import palette
from .layers import SECONDS_PER_DAY

class _FixedOffsetZoomLevel(ZoomLevel):
    """pyqtgraph's zoom level without its QDateTime round trip per tick, whose answer is known here.

    With a fixed ``utcOffset`` and no hour ticks, pyqtgraph converts every tick to
    local time and back only to add that offset (a few milliseconds a frame).
    """

    def moveTicksToLocalTimeCoords(self, ticks, spacing, skipFactor):
        if self.utcOffset is None or spacing < DAY_SPACING:
            return super().moveTicksToLocalTimeCoords(ticks, spacing, skipFactor)
        return ticks + self.utcOffset


_YEARS = _FixedOffsetZoomLevel([
    TickSpec(YEAR_SPACING, makeYStepper(1), "%Y", autoSkip=[1, 2, 5, 10, 25]),
    TickSpec(MONTH_SPACING, makeMStepper(1), "%b %Y"),  # the year stays readable when zoomed to one
], "YYYY")
_MONTHS = _FixedOffsetZoomLevel([
    TickSpec(MONTH_SPACING, makeMStepper(1), "%b %Y"),
    TickSpec(DAY_SPACING, makeSStepper(DAY_SPACING), "%d", autoSkip=[1, 2, 5, 10]),
], "MMM 0000")
_DAYS = _FixedOffsetZoomLevel([
    TickSpec(DAY_SPACING, makeSStepper(DAY_SPACING), "%d %b %Y"),
], "00 MMM 0000")


class DayAxis(pg.DateAxisItem):
    """Dates from decades to days; no hours, since no date here is known to the hour."""

    def __init__(self, orientation: str = "bottom"):
        super().__init__(orientation, utcOffset=0)
        self.zoomLevels = OrderedDict([(np.inf, _YEARS), (20 * 86400, _MONTHS), (4 * 86400, _DAYS)])


def _jalali_ticks(first: _dt.date, last: _dt.date, unit: str, step: int) -> list[tuple[int, str]]:
    """(day number, label) of Solar Hijri year/month/day starts between two days."""
    ticks = []
    start = JalaliDate(first)
    if unit == "year":
        year = start.year - start.year % step
        while True:
            day = JalaliDate(year, 1, 1).to_gregorian()
            if day > last:
                break
            if day >= first:
                ticks.append((dates.day_number(day), str(year)))
            year += step
    elif unit == "month":
        year, month = start.year, start.month
        while True:
            day = JalaliDate(year, month, 1).to_gregorian()
            if day > last:
                break
            if day >= first:
                name = dates.JALALI_MONTHS[month - 1]
                ticks.append((dates.day_number(day), f"{name} {year}" if month == 1 or step == 1 else name))
            month += step
            if month > 12:
                year, month = year + 1, month - 12
    else:
        day = first
        while day <= last:
            jalali = JalaliDate(day)
            if (jalali.day - 1) % step == 0:
                ticks.append((dates.day_number(day), f"{jalali.day} {dates.JALALI_MONTHS[jalali.month - 1]}"))
            day += _dt.timedelta(days=1)
    return ticks


class SolarHijriAxis(pg.AxisItem):
    """Solar Hijri years, months or days at their own boundaries (not at Gregorian ones)."""

    def __init__(self, orientation: str = "top"):
        super().__init__(orientation)
        self._labels: dict[float, str] = {}
        self.setLabel("Solar Hijri")
        self.showLabel(False)

    def tickValues(self, minVal, maxVal, size):
        first_day, last_day = sorted((minVal / SECONDS_PER_DAY, maxVal / SECONDS_PER_DAY))
        first = dates.day_from_number(int(max(first_day, -200000)))
        last = dates.day_from_number(int(min(last_day, 200000)) + 1)
        days_per_px = (last_day - first_day) / max(size, 1)
        for unit, step, spacing in (("day", 1, 1), ("day", 5, 5), ("month", 1, 30), ("month", 3, 91),
                                    ("year", 1, 365), ("year", 2, 730), ("year", 5, 1826), ("year", 10, 3652)):
            if spacing / days_per_px >= (90 if unit == "month" else 70):
                break
        ticks = _jalali_ticks(first, last, unit, step)
        self._labels = {day * SECONDS_PER_DAY: text for day, text in ticks}
        return [(spacing * SECONDS_PER_DAY, list(self._labels))]

    def tickStrings(self, values, scale, spacing):
        return [self._labels.get(value, "") for value in values]


class CursorTag(pg.GraphicsWidget):
    """The "as of" cursor's date, in a strip above the lanes: it never covers their labels.

    Beside the cursor on the side with room, so it is never cut at the view's edge.
    """

    def __init__(self, view):
        super().__init__()
        self.view = view
        self.text = ""
        self.x_value = 0.0
        self.setFixedHeight(QFontMetricsF(self.font()).height() + 4)
        view.sigXRangeChanged.connect(lambda *_: self.update())
        view.sigResized.connect(lambda *_: self.update())

    def set_text(self, text: str, x_value: float) -> None:
        self.text, self.x_value = text, x_value
        self.update()

    def text_rect(self) -> QRectF:
        """Where the text goes, in this item's pixels."""
        metrics = QFontMetricsF(self.font())
        width = metrics.horizontalAdvance(self.text) + 8
        x = self.mapFromScene(self.view.mapViewToScene(QPointF(self.x_value, 0))).x()
        left = x + 4 if x + 4 + width <= self.width() else x - 4 - width
        left = min(max(left, 0.0), max(self.width() - width, 0.0))
        return QRectF(left, 0, width, self.height())

    def paint(self, painter, option, widget=None):
        if not self.text:
            return
        box = self.text_rect()
        painter.fillRect(box, palette.LABEL_BOX)
        painter.setPen(palette.CURSOR)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.text)


FOLD_WIDTH = 16  # the ▸/▾ that collapses or expands a lane, left of its name
MAX_NAME_PX = 13  # lane names' largest font size
MIN_LABEL_WIDTH, MAX_LABEL_WIDTH = 150, 260
MEASURED_LANES = 2000  # a huge dossier's width is set by its first lanes' names


class LaneLabels(pg.GraphicsWidget):
    """The label column on the left: one name per lane, fixed while panning in time.

    Drawn with a device-coordinate cache, so panning along time never repaints it.
    """

    clicked = Signal(int)  # lane index
    fold_clicked = Signal(int)  # lane index: its ▸/▾ was clicked

    def __init__(self, view, layout: Layout):
        super().__init__()
        self.view = view
        self.selected_lane: int | None = None
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        view.sigYRangeChanged.connect(lambda *_: self.update())
        view.sigResized.connect(lambda *_: self.update())
        self.set_layout(layout)

    def set_layout(self, layout: Layout) -> None:
        """Wide enough for the longest name (within bounds): names are cut only when they must be."""
        self.layout = layout
        font = self.font()
        font.setPixelSize(MAX_NAME_PX)
        metrics = QFontMetricsF(font)
        longest = max((metrics.horizontalAdvance(lane.label) for lane in layout.lanes[:MEASURED_LANES]), default=0)
        self.setFixedWidth(int(min(max(longest + FOLD_WIDTH + 12, MIN_LABEL_WIDTH), MAX_LABEL_WIDTH)))
        self.update()

    def label_of(self, lane_index: int) -> str:
        return self.layout.lanes[lane_index].label

    def is_elided(self, lane_index: int) -> bool:
        font = self.font()
        font.setPixelSize(MAX_NAME_PX)
        return QFontMetricsF(font).horizontalAdvance(self.label_of(lane_index)) > self.width() - FOLD_WIDTH - 6

    def _rows_to_px(self):
        top, bottom = self.view.viewRange()[1]
        height = self.view.height()
        scale = height / max(bottom - top, 1e-9)
        offset = self.mapFromItem(self.view, QPointF(0, 0)).y()
        return lambda row: offset + (row - top) * scale, scale

    def lane_at(self, y: float) -> int | None:
        to_px, scale = self._rows_to_px()
        top = self.view.viewRange()[1][0]
        offset = self.mapFromItem(self.view, QPointF(0, 0)).y()
        return self.layout.lane_at(top + (y - offset) / scale)

    def mouseClickEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            lane = self.lane_at(event.pos().y())
            if lane is not None:
                event.accept()
                if event.pos().x() < FOLD_WIDTH and self.foldable(lane):
                    self.fold_clicked.emit(lane)
                else:
                    self.clicked.emit(lane)

    def foldable(self, lane_index: int) -> bool:
        lane = self.layout.lanes[lane_index]
        return lane.collapsed or lane.stacked_rows > 1

    def paint(self, painter, option, widget=None):
        to_px, scale = self._rows_to_px()
        view_top = self.mapFromItem(self.view, QPointF(0, 0)).y()
        view_bottom = view_top + self.view.height()
        width = self.width()
        painter.fillRect(QRectF(0, view_top, width, view_bottom - view_top), palette.LABEL_BACKGROUND)
        painter.setClipRect(QRectF(0, view_top, width, view_bottom - view_top))
        font = painter.font()
        size = int(min(max(scale * 0.62, 9), MAX_NAME_PX))
        font.setPixelSize(size)
        metrics = QFontMetricsF(font)
        first_top, last_top = self.view.viewRange()[1]
        if scale * 1.0 < 4:  # lanes thinner than text: say how many, not a smear of names
            visible = self.layout.lanes_between(first_top, last_top)
            painter.setPen(palette.TEXT)
            painter.drawText(QRectF(8, view_top, width - 16, view_bottom - view_top),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             f"{len(visible):,} lanes\n(zoom in to read names)")
            return
        for index in self.layout.lanes_between(first_top, last_top):
            lane = self.layout.lanes[index]
            top, bottom = to_px(lane.top - 0.15), to_px(lane.bottom + 0.15)
            if lane.kind == "events":
                painter.fillRect(QRectF(0, top, width, bottom - top), palette.EVENT_BAND)
            elif index == self.selected_lane:
                painter.fillRect(QRectF(0, top, width, bottom - top), palette.SELECTED_LANE_LABEL)
            elif index % 2:
                painter.fillRect(QRectF(0, top, width, bottom - top), palette.ALTERNATE_LANE)
            painter.setPen(palette.EVENT if lane.kind == "events" else palette.TEXT)
            painter.setFont(font)
            line = min(scale, metrics.height() + 4)
            if self.foldable(index):
                painter.drawText(QRectF(2, top + 1, FOLD_WIDTH - 2, line), Qt.AlignmentFlag.AlignCenter,
                                 "▸" if lane.collapsed else "▾")
            text = metrics.elidedText(lane.label, Qt.TextElideMode.ElideRight, width - FOLD_WIDTH - 6)
            painter.drawText(QRectF(FOLD_WIDTH, top + 1, width - FOLD_WIDTH - 6, line), Qt.AlignmentFlag.AlignVCenter,
                             text)
        painter.setPen(QPen(palette.RULE, 1))
        painter.drawLine(QPointF(width - 0.5, view_top), QPointF(width - 0.5, view_bottom))

"""Axes: Gregorian dates (decades down to days, never hours), Solar Hijri, and the lane labels."""

from __future__ import annotations

import datetime as _dt

import numpy as np
import pyqtgraph as pg
from persiantools.jdatetime import JalaliDate
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem

from ...domain import dates, wording
from ...domain.timeline_layout import Layout
from . import palette
from .layers import SECONDS_PER_DAY

TICK_GAP_PX = 14  # the least room between two tick labels


def _month_start(year: int, month: int) -> _dt.date:
    """The first of a month counted on from January of ``year`` (month may pass 12)."""
    return _dt.date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def _gregorian_ticks(first: _dt.date, last: _dt.date, unit: str, step: int) -> list[tuple[int, str]]:
    """(day number, label) of the year, month or day starts between two days, every ``step`` of them."""
    ticks = []
    if unit == "year":
        year = max(first.year - first.year % step, 1)
        while year <= last.year:
            day = _dt.date(year, 1, 1)
            if day >= first:
                ticks.append((dates.day_number(day), str(year)))
            year += step
    elif unit == "month":
        index = first.month - 1 - (first.month - 1) % step
        while True:
            day = _month_start(first.year, index + 1)
            if day > last:
                break
            if day >= first:
                ticks.append((dates.day_number(day), f"{dates.month_name(day.month, short=True)} {day.year}"))
            index += step
    else:  # every step-th day counted from 1 Jan 1970: evenly spaced, whatever the month's length
        number = dates.day_number(first)
        number += -number % step
        while number <= dates.day_number(last):
            ticks.append((number, dates.format_day(dates.day_from_number(number))))
            number += step
    return ticks


_DAY_STEPS, _MONTH_STEPS, _YEAR_STEPS = (1, 2, 7, 14), (1, 2, 3, 6), (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)

# (unit, step, fewest days between two ticks, the labels it may show at their widest), finest first
_GREGORIAN_SCALES = (
    [("day", n, n, tuple(f"28 {m[:3]} 2000" for m in dates.MONTHS)) for n in _DAY_STEPS]
    + [("month", n, 28 * n, tuple(f"{m[:3]} 2000" for m in dates.MONTHS)) for n in _MONTH_STEPS]
    + [("year", n, 365 * n, ("2000",)) for n in _YEAR_STEPS])


def _jalali_month_start(year: int, month: int) -> _dt.date:
    return JalaliDate(year + (month - 1) // 12, (month - 1) % 12 + 1, 1).to_gregorian()


def _jalali_year(year: int) -> str:
    return QCoreApplication.translate("SolarHijriAxis", "{year} SH").format(year=wording.number(year))


def _jalali_month(month: int, year: int) -> str:
    return QCoreApplication.translate("SolarHijriAxis", "{month} {year} SH").format(
        month=dates.jalali_month_name(month), year=wording.number(year))


def _jalali_day(day: int, month: int, year: int) -> str:
    return QCoreApplication.translate("SolarHijriAxis", "{day} {month} {year} SH").format(
        day=wording.number(day), month=dates.jalali_month_name(month), year=wording.number(year))


def _jalali_ticks(first: _dt.date, last: _dt.date, unit: str, step: int) -> list[tuple[int, str]]:
    """(day number, label) of Solar Hijri year/month/day starts between two days, in the interface's
    language: "1367 SH", "Tir 1367 SH" in English, «۱۳۶۷ ه‍.ش»، «تیر ۱۳۶۷» in Persian."""
    ticks = []
    start = JalaliDate(first)
    if unit == "year":
        year = start.year - start.year % step
        while True:
            day = JalaliDate(year, 1, 1).to_gregorian()
            if day > last:
                break
            if day >= first:
                ticks.append((dates.day_number(day), _jalali_year(year)))
            year += step
    elif unit == "month":
        index = start.month - 1 - (start.month - 1) % step
        while True:
            day = _jalali_month_start(start.year, index + 1)
            if day > last:
                break
            if day >= first:
                jalali = JalaliDate(day)
                ticks.append((dates.day_number(day), _jalali_month(jalali.month, jalali.year)))
            index += step
    else:
        number = dates.day_number(first)
        number += -number % step
        while number <= dates.day_number(last):
            jalali = JalaliDate(dates.day_from_number(number))
            ticks.append((number, _jalali_day(jalali.day, jalali.month, jalali.year)))
            number += step
    return ticks


def _jalali_scales():
    """Like ``_GREGORIAN_SCALES``, with labels in the interface's language (built once the language is in use)."""
    return ([("day", n, n, tuple(_jalali_day(28, m, 1400) for m in range(1, 13))) for n in _DAY_STEPS]
            + [("month", n, 29 * n, tuple(_jalali_month(m, 1400) for m in range(1, 13))) for n in _MONTH_STEPS]
            + [("year", n, 365 * n, (_jalali_year(1400),)) for n in _YEAR_STEPS])


class CalendarAxis(pg.AxisItem):
    """Labelled ticks at a calendar's year, month or day starts, never closer than their labels need.

    The finest scale whose widest label fits between the two closest ticks wins, so labels
    never overlap at any zoom (no hours: no date here is known to the hour).
    """

    def __init__(self, orientation: str, scales, ticks):
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)  # dates take no "k" or "M" (and a frame sets no label text)
        self.scales, self.ticks = scales, ticks
        self._labels: dict[float, str] = {}
        self._widths: dict[tuple, float] = {}

    def label_width(self, labels: tuple[str, ...]) -> float:
        """The widest of these labels in the tick font (remembered per font)."""
        font = self.style.get("tickFont") or self.font()
        key = (font.key(), labels)
        if key not in self._widths:
            metrics = QFontMetricsF(font)
            self._widths[key] = max(metrics.horizontalAdvance(label) for label in labels)
        return self._widths[key]

    def scale_for(self, px_per_day: float) -> tuple[str, int]:
        for unit, step, fewest_days, labels in self.scales:
            if fewest_days * px_per_day >= self.label_width(labels) + TICK_GAP_PX:
                return unit, step
        return self.scales[-1][:2]

    def tickValues(self, minVal, maxVal, size):
        first_day, last_day = sorted((minVal / SECONDS_PER_DAY, maxVal / SECONDS_PER_DAY))
        first = dates.day_from_number(int(np.clip(first_day, -719000, 2900000)))
        last = dates.day_from_number(int(np.clip(last_day, -719000, 2900000)) + 1)
        unit, step = self.scale_for(max(size, 1) / max(last_day - first_day, 1e-9))
        try:
            found = self.ticks(first, last, unit, step)
        except (ValueError, OverflowError):  # beyond what the calendar can name
            found = []
        self._labels = {day * SECONDS_PER_DAY: text for day, text in found}
        return [(step * SECONDS_PER_DAY, list(self._labels))]

    def tickStrings(self, values, scale, spacing):
        return [self._labels.get(value, "") for value in values]

    def paint(self, painter, option, widget=None):
        """Drawn straight onto the view: pyqtgraph records an axis into a QPicture and plays it back,
        which costs a quarter more each frame (0.65 ms, not 0.49, on a 1,400-pixel axis)."""
        painter.save()
        if self.style["tickFont"]:
            painter.setFont(self.style["tickFont"])
        specs = self.generateDrawSpecs(painter)
        if specs is not None:
            self.drawPicture(painter, *specs)
        painter.restore()


class DayAxis(CalendarAxis):
    """Gregorian years, months or days."""

    def __init__(self, orientation: str = "bottom"):
        super().__init__(orientation, _GREGORIAN_SCALES, _gregorian_ticks)


class SolarHijriAxis(CalendarAxis):
    """Solar Hijri years, months or days at their own boundaries (not at Gregorian ones), marked "SH"."""

    def __init__(self, orientation: str = "top"):
        super().__init__(orientation, _jalali_scales(), _jalali_ticks)
        self.setLabel(QCoreApplication.translate("SolarHijriAxis", "Solar Hijri"))
        self.showLabel(False)


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
        self._name_widths: dict[str, float] = {}  # names measured once, for every layout after
        self._measured_font = ""
        self.set_layout(layout)

    def set_layout(self, layout: Layout) -> None:
        """Wide enough for the longest name (within bounds): names are cut only when they must be."""
        self.layout = layout
        font = self.font()
        font.setPixelSize(MAX_NAME_PX)
        if self._measured_font != font.toString():
            self._measured_font, self._name_widths = font.toString(), {}
        widths, metrics = self._name_widths, QFontMetricsF(font)
        for lane in layout.lanes[:MEASURED_LANES]:
            if lane.label not in widths:
                widths[lane.label] = metrics.horizontalAdvance(lane.label)
        longest = max((widths[lane.label] for lane in layout.lanes[:MEASURED_LANES]), default=0)
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
            lanes = len(self.layout.lanes_between(first_top, last_top))
            painter.setPen(palette.TEXT)
            painter.drawText(QRectF(8, view_top, width - 16, view_bottom - view_top),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             QCoreApplication.translate("LaneLabels", "%n lane(s)\n(zoom in to read names)", None, lanes))
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

"""The timeline's layers: one QGraphicsObject per layer, painting only what is visible.

Each layer is a child of the ViewBox itself (not of its scaled child group), so it
paints in the view's pixels: it culls its numpy arrays to the visible days and rows,
converts them to pixels in one step, and draws rectangles in batches per colour.
No QGraphicsItem per bar. When more items are visible than can be told apart, a
layer draws their density as one image instead (aggregation).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import shiboken6
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsObject

from ...domain.timeline_layout import Layout, Spans
from . import palette

SECONDS_PER_DAY = 86400
AGGREGATE_ABOVE = 5000  # visible items beyond which a layer draws density, not bars
BAR_FILL = 0.64  # share of a row a bar fills
MIN_LABEL_PX = 36
DENSITY_CELL_PX = 2  # density images are counted on cells this many pixels wide
MAX_ELIDED_REMEMBERED = 20000  # elided labels a layer keeps before starting afresh


@dataclass
class Viewport:
    """The visible rectangle in days × rows and its mapping to the layer's pixels."""

    first_day: float
    last_day: float
    top: float
    bottom: float
    width: float
    height: float

    @classmethod
    def of(cls, view) -> Viewport:
        rect = view.viewRect()
        size = view.rect()
        return cls(rect.left() / SECONDS_PER_DAY, rect.right() / SECONDS_PER_DAY,
                   rect.top(), rect.bottom(), size.width(), size.height())

    @property
    def px_per_day(self) -> float:
        return self.width / max(self.last_day - self.first_day, 1e-9)

    @property
    def px_per_row(self) -> float:
        return self.height / max(self.bottom - self.top, 1e-9)

    def x(self, days):
        """Pixels of days, clamped just outside the view (Qt dislikes huge coordinates)."""
        return np.clip((np.asarray(days, dtype=float) - self.first_day) * self.px_per_day, -50.0, self.width + 50.0)

    def y(self, rows):
        return (np.asarray(rows, dtype=float) - self.top) * self.px_per_row

    def day_at(self, x: float) -> float:
        return self.first_day + x / self.px_per_day

    def row_at(self, y: float) -> float:
        return self.top + y / self.px_per_row


class PixelLayer(QGraphicsObject):
    """Base of the layers: sits on the ViewBox, repaints when its range or size changes."""

    z = -10

    def __init__(self, view, layout: Layout):
        super().__init__(view)  # NOTE: parent is the ViewBox, not view.childGroup: pixels, not seconds
        self.view = view
        self.layout = layout
        self.setZValue(self.z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        view.sigRangeChanged.connect(lambda *_: self.update())
        view.sigResized.connect(lambda *_: self.prepareGeometryChange())

    def set_layout(self, layout: Layout) -> None:
        self.layout = layout
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(self.view.rect())

    def paint(self, painter: QPainter, option, widget=None) -> None:
        viewport = Viewport.of(self.view)
        if viewport.width < 2 or viewport.height < 2:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        # Each label takes its direction from its own text: an office title in English reads left to
        # right at the start of its bar, a Persian allegation sentence right to left, whatever the
        # window's direction (the scene's painter would otherwise mirror every label in Persian).
        painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self.draw(painter, viewport)

    def draw(self, painter: QPainter, viewport: Viewport) -> None:
        raise NotImplementedError


def draw_rects(painter: QPainter, x0, x1, y, h) -> None:
    """Rectangles from pixel arrays in one call: Qt reads them straight from a numpy buffer."""
    if not len(x0):
        return
    rects = np.empty((len(x0), 4))  # QRectF is four doubles: x, y, width, height
    rects[:, 0] = x0
    rects[:, 1] = y
    np.maximum(np.subtract(x1, x0), 1.0, out=rects[:, 2])
    rects[:, 3] = h
    painter.drawRects(shiboken6.wrapInstance(rects.ctypes.data, QRectF), len(rects))


def draw_lines(painter: QPainter, x0, y0, x1, y1) -> None:
    """Lines from pixel arrays in one call (QLineF is four doubles)."""
    if not len(x0):
        return
    lines = np.column_stack([x0, y0, x1, y1]).astype(float)
    painter.drawLines(shiboken6.wrapInstance(lines.ctypes.data, QLineF), len(lines))


def stamp(painter: QPainter, pixmap: QPixmap, x, y) -> None:
    """One small picture centred on each point, in one call (``drawPixmapFragments``)."""
    if not len(x):
        return
    ratio = pixmap.devicePixelRatio()
    fragments = np.empty((len(x), 10))  # x, y, source x, y, width, height, scale x, y, rotation, opacity
    fragments[:, 0] = x
    fragments[:, 1] = y
    fragments[:, 2:6] = (0, 0, pixmap.width(), pixmap.height())
    fragments[:, 6:10] = (1 / ratio, 1 / ratio, 0.0, 1.0)
    painter.drawPixmapFragments(shiboken6.wrapInstance(fragments.ctypes.data, QPainter.PixmapFragment),
                                len(fragments), pixmap)


@lru_cache(maxsize=64)
def _marker(shape: str, half: float, pen_rgba: int, brush_rgba: int, ratio: float) -> QPixmap:
    """A marker drawn once, antialiased, to be stamped: "diamond", "arrow" (pointing right) or "circle"."""
    side = int(np.ceil((2 * half + 4) * ratio))
    pixmap = QPixmap(side, side)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(side / ratio / 2, side / ratio / 2)
    painter.setPen(QPen(QColor.fromRgba(pen_rgba), 1.4) if pen_rgba else Qt.PenStyle.NoPen)
    painter.setBrush(QColor.fromRgba(brush_rgba))
    if shape == "diamond":
        painter.drawPolygon(QPolygonF([QPointF(0, -half), QPointF(half, 0), QPointF(0, half), QPointF(-half, 0)]))
    elif shape == "arrow":
        painter.drawPolygon(QPolygonF([QPointF(-half * 0.6, -half), QPointF(half * 0.6, 0),
                                       QPointF(-half * 0.6, half)]))
    else:
        painter.drawEllipse(QPointF(0, 0), half, half)
    painter.end()
    return pixmap


def marker(painter: QPainter, shape: str, half: float, pen: QColor | None, brush: QColor) -> QPixmap:
    ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    return _marker(shape, round(half * 4) / 4, pen.rgba() if pen is not None else 0, brush.rgba(), ratio)


def draw_density(painter: QPainter, viewport: Viewport, x0, x1, y, height: float, colour: QColor) -> None:
    """Items too many to tell apart, as one image: darker where more items overlap.

    Coverage is counted on a half-resolution grid with a 2-D difference array (four
    bincounts and two cumulative sums, whatever the number of items), only over the
    cells the items reach (an events lane is a strip, not the whole view), coloured
    through a table indexed by coverage and scaled up in numpy (Qt's scaled blit costs
    more).
    """
    if not len(x0):
        return
    scale = DENSITY_CELL_PX
    width, rows = int(viewport.width / scale) + 2, int(viewport.height / scale) + 2
    left = np.clip(np.floor(x0 / scale), 0, width - 2).astype(np.intp)
    right = np.clip(np.ceil(x1 / scale), left + 1, width - 1).astype(np.intp)
    top = np.clip(np.floor(y / scale), 0, rows - 2).astype(np.intp)
    bottom = np.clip(np.ceil((y + height) / scale), top + 1, rows - 1).astype(np.intp)
    first_column, first_row = int(left.min()), int(top.min())
    width, rows = int(right.max()) - first_column + 1, int(bottom.max()) - first_row + 1
    left -= first_column
    right -= first_column
    top -= first_row
    bottom -= first_row
    top *= width
    bottom *= width
    cells = rows * width
    coverage = np.bincount(top + left, minlength=cells)
    coverage -= np.bincount(top + right, minlength=cells)
    coverage -= np.bincount(bottom + left, minlength=cells)
    coverage += np.bincount(bottom + right, minlength=cells)
    coverage = coverage.reshape(rows, width)
    np.cumsum(coverage, axis=1, out=coverage)
    np.cumsum(coverage, axis=0, out=coverage)
    peak = int(coverage.max())
    if peak <= 0:
        return
    pixels = np.take(_density_colours(peak, colour.red(), colour.green(), colour.blue()), coverage)
    pixels = np.repeat(np.repeat(pixels, scale, axis=0), scale, axis=1)
    image = QImage(pixels.data, width * scale, rows * scale, width * scale * 4,
                   QImage.Format.Format_ARGB32_Premultiplied)
    painter.drawImage(first_column * scale, first_row * scale, image)


def _density_colours(peak: int, red: int, green: int, blue: int) -> np.ndarray:
    """Premultiplied pixel for each coverage 0..peak: none at 0, then alpha 40-240 by its square root."""
    alpha = np.sqrt(np.arange(peak + 1) * (1.0 / peak), dtype=np.float32)
    alpha *= 200
    alpha += 40
    alpha = alpha.astype(np.uint8)
    alpha[0] = 0
    return _premultiplied(red, green, blue)[alpha]


@lru_cache(maxsize=64)
def _premultiplied(red: int, green: int, blue: int) -> np.ndarray:
    """A colour at each alpha 0-255 as premultiplied ARGB32 pixels, Qt's native format."""
    alpha = np.arange(256, dtype=np.uint32)
    return ((alpha << 24) | ((red * alpha + 127) // 255 << 16) | ((green * alpha + 127) // 255 << 8)
            | ((blue * alpha + 127) // 255))


def _grid_days(first_day: float, last_day: float, px_per_day: float) -> list[float]:
    """Boundaries of days, months, years or decades, whichever are at least 60 pixels apart."""
    import datetime as _dt

    from ...domain import dates

    first = dates.day_from_number(int(max(first_day, -700000)))
    last = dates.day_from_number(int(min(last_day, 700000)) + 1)
    for unit, step, days in (("day", 1, 1), ("day", 7, 7), ("month", 1, 30.4), ("month", 3, 91), ("year", 1, 365.2),
                             ("year", 5, 1826), ("year", 10, 3652)):
        if days * px_per_day >= 60:
            break
    found = []
    if unit == "day":
        day = int(first_day)
        while day <= last_day:
            if step == 1 or dates.day_from_number(day).weekday() == 0:
                found.append(day)
            day += 1
    elif unit == "month":
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            if (month - 1) % step == 0:
                found.append(dates.day_number(_dt.date(year, month, 1)))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    else:
        for year in range(first.year - first.year % step, last.year + 1, step):
            found.append(dates.day_number(_dt.date(year, 1, 1)))
    return found


def draw_time_grid(painter: QPainter, viewport: Viewport) -> None:
    """Faint vertical lines at round dates, so bars can be read against the axis."""
    days = _grid_days(viewport.first_day, viewport.last_day, viewport.px_per_day)
    painter.setPen(QPen(palette.GRID, 1))
    for x in viewport.x(days).tolist():
        painter.drawLine(QPointF(x, 0), QPointF(x, viewport.height))


class LaneBands(PixelLayer):
    """Alternating lane backgrounds, event lanes tinted, the selected lane marked."""

    z = -20

    def __init__(self, view, layout: Layout):
        super().__init__(view, layout)
        self.selected_lane: int | None = None

    def draw(self, painter, viewport):
        if viewport.px_per_row >= 2.5:  # lanes thinner than a line: bands would only be noise
            self._draw_bands(painter, viewport)
        draw_time_grid(painter, viewport)

    def _draw_bands(self, painter, viewport):
        """Bands first, opaque (they lie on the bare background), the time grid over them."""
        events, selected, alternate = (palette.over_background(colour) for colour in (
            palette.EVENT_BAND, palette.SELECTED_LANE, palette.LANE_BAND))
        for index in self.layout.lanes_between(viewport.top, viewport.bottom):
            lane = self.layout.lanes[index]
            top, bottom = viewport.y([lane.top - 0.15, lane.bottom + 0.15])
            if lane.kind == "events":
                colour = events
            elif index == self.selected_lane:
                colour = selected
            elif index % 2:
                colour = alternate
            else:
                continue
            painter.fillRect(QRectF(0, top, viewport.width, bottom - top), colour)


@dataclass(frozen=True)
class VisibleBars:
    """A layer's visible spans in pixels, shared by the bar pass and the label pass.

    ``visible`` indexes the layer's ``spans``; every other array is aligned with it.
    """

    spans: Spans
    visible: np.ndarray
    y: np.ndarray
    height: float
    possible_x0: np.ndarray
    possible_x1: np.ndarray
    certain_x0: np.ndarray
    certain_x1: np.ndarray
    has_certain: np.ndarray

    def subset(self, keep: np.ndarray) -> VisibleBars:
        """The bars where ``keep`` (a boolean mask over ``visible``) is true."""
        return VisibleBars(self.spans, self.visible[keep], self.y[keep], self.height, self.possible_x0[keep],
                           self.possible_x1[keep], self.certain_x0[keep], self.certain_x1[keep],
                           self.has_certain[keep])


class SpanLayer(PixelLayer):
    """Bars of one Spans table: the possible part faded, the evidenced part solid, labelled where it fits."""

    def __init__(self, view, layout: Layout):
        super().__init__(view, layout)
        self._text_widths: dict[tuple[int, str], float] = {}
        self._elided: dict[tuple[int, str, int], str] = {}
        self._laid_out: dict[tuple[str, str], QStaticText] = {}

    def spans(self) -> Spans:
        raise NotImplementedError

    def colour_of(self, colour_index: int) -> QColor:
        """The institution's colour (``layout.organisations``), neutral grey for none (< 0)."""
        if colour_index < 0:
            return palette.NEUTRAL
        return palette.institution_colour(self.layout.organisations[colour_index][3])

    def set_layout(self, layout: Layout) -> None:
        self._text_widths.clear()  # only this layout's labels are measured again
        self._elided.clear()
        self._laid_out.clear()
        super().set_layout(layout)

    def text_width(self, metrics: QFontMetricsF, pixel_size: int, text: str) -> float:
        """Width of a label at a font size, measured once."""
        width = self._text_widths.get((pixel_size, text))
        if width is None:
            width = self._text_widths[(pixel_size, text)] = metrics.horizontalAdvance(text)
        return width

    def elided(self, metrics: QFontMetricsF, pixel_size: int, text: str, room: float) -> str:
        """``metrics.elidedText`` remembered: a pan keeps most labels' room, so most frames elide nothing anew.

        Qt elides to a width in 1/64 pixel, truncated, so rooms within the same 1/64 pixel
        share one result.
        """
        key = (pixel_size, text, int(room * 64))
        text = self._elided.get(key)
        if text is None:
            if len(self._elided) >= MAX_ELIDED_REMEMBERED:
                self._elided.clear()
            text = self._elided[key] = metrics.elidedText(key[1], Qt.TextElideMode.ElideRight, room)
        return text

    def draw_label(self, painter: QPainter, font: QFont, font_key: str, x: float, top: float, height: float,
                   text: str) -> None:
        """``text`` at ``x``, centred on a bar from ``top`` of ``height``, laid out once (``QStaticText``).

        A pan redraws mostly the same labels: laid out again each frame, as ``drawText`` does,
        they cost twice as much. Plain text always: a label is data, never markup.
        """
        key = (font_key, text)
        laid_out = self._laid_out.get(key)
        if laid_out is None:
            if len(self._laid_out) >= MAX_ELIDED_REMEMBERED:
                self._laid_out.clear()
            laid_out = self._laid_out[key] = QStaticText(text)
            laid_out.setTextFormat(Qt.TextFormat.PlainText)
            laid_out.prepare(QTransform(), font)
        painter.drawStaticText(QPointF(x, top + (height - laid_out.size().height()) / 2), laid_out)

    def draw(self, painter, viewport):
        spans = self.spans()
        if not len(spans):
            return
        visible = spans.visible(viewport.first_day, viewport.last_day, viewport.top, viewport.bottom)
        if not len(visible):
            return
        row_px = viewport.px_per_row
        bar_h = max(row_px * BAR_FILL, 1.0)
        y = viewport.y(spans.row[visible]) + (row_px - bar_h) / 2
        possible_x0 = viewport.x(spans.possible_start[visible])
        possible_x1 = viewport.x(spans.possible_end[visible])
        if len(visible) > AGGREGATE_ABOVE or row_px < 2.5:
            draw_density(painter, viewport, possible_x0, possible_x1, y, bar_h, self.density_colour())
            return
        certain_x0 = viewport.x(spans.certain_start[visible])
        certain_x1 = viewport.x(spans.certain_end[visible])
        has_certain = ~np.isnan(spans.certain_start[visible])
        self.draw_bars(painter, viewport, VisibleBars(spans, visible, y, bar_h, possible_x0, possible_x1,
                                                      certain_x0, certain_x1, has_certain))

    def density_colour(self) -> QColor:
        return palette.NEUTRAL

    def draw_bars(self, painter, viewport, bars: VisibleBars):
        spans, visible, y, bar_h = bars.spans, bars.visible, bars.y, bars.height
        px0, px1, cx0, cx1, has_certain = bars.possible_x0, bars.possible_x1, bars.certain_x0, bars.certain_x1, bars.has_certain
        painter.setPen(Qt.PenStyle.NoPen)
        colours = spans.colour[visible]
        open_start, open_end = spans.open_start[visible], spans.open_end[visible]
        for colour_index in np.unique(colours).tolist():
            colour = self.colour_of(colour_index)
            mine = colours == colour_index
            # Faded possible parts: bounded sides flat, open sides as a fade-out gradient.
            bounded = mine & ~open_start & ~open_end
            painter.setBrush(palette.faded(colour))
            draw_rects(painter, px0[bounded], px1[bounded], y[bounded], bar_h)
            for i in np.flatnonzero(mine & (open_start | open_end)).tolist():
                self._draw_open(painter, colour, px0[i], px1[i], cx0[i], cx1[i], has_certain[i],
                                open_start[i], open_end[i], y[i], bar_h)
            solid = mine & has_certain
            painter.setBrush(colour)
            draw_rects(painter, cx0[solid], cx1[solid], y[solid], bar_h)
        self._draw_ends(painter, spans, visible, y, bar_h, cx1, has_certain)
        self._draw_labels(painter, viewport, bars)

    @staticmethod
    def _draw_open(painter, colour, px0, px1, cx0, cx1, has_certain, open_start, open_end, y, bar_h):
        left, right = (cx0, cx1) if has_certain else ((px0 + px1) / 2, (px0 + px1) / 2)
        for side_open, a, b in ((open_start, px0, left), (open_end, px1, right)):
            if b == a:
                continue
            gradient = QLinearGradient(a, 0, b, 0)
            gradient.setColorAt(0, palette.faded(colour, 0))
            gradient.setColorAt(1, palette.faded(colour))
            brush = QBrush(gradient) if side_open else QBrush(palette.faded(colour))
            painter.setBrush(brush)
            painter.drawRect(QRectF(min(a, b), y, abs(b - a), bar_h))

    @staticmethod
    def _draw_ends(painter, spans, visible, y, bar_h, cx1, has_certain):
        """Ended spans get a dark end cap; ongoing ones an arrowhead pointing on."""
        ongoing = spans.ongoing[visible] & has_certain
        ended = has_certain & ~spans.ongoing[visible] & ~spans.open_end[visible]
        if bar_h >= 6:
            painter.setPen(QPen(palette.END_CAP, 1.5))
            x = cx1[ended] - 0.75
            draw_lines(painter, x, y[ended], x, y[ended] + bar_h)
        size = max(min(bar_h * 0.55, 7.0), 3.0)
        stamp(painter, marker(painter, "arrow", size, None, palette.ARROWHEAD), cx1[ongoing] + size * 0.6,
              y[ongoing] + bar_h / 2)

    def _draw_labels(self, painter, viewport, bars: VisibleBars):
        spans, visible, y, bar_h = bars.spans, bars.visible, bars.y, bars.height
        px0, px1, cx0, cx1, has_certain = bars.possible_x0, bars.possible_x1, bars.certain_x0, bars.certain_x1, bars.has_certain
        if bar_h < 9:
            return
        font = painter.font()
        font.setPixelSize(int(min(max(bar_h * 0.62, 9), 13)))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        # Inside the solid part when it has room, else across the whole (faded) span in dark text.
        solid_room = np.minimum(cx1, viewport.width) - np.maximum(cx0, 0)
        on_solid = has_certain & (solid_room >= MIN_LABEL_PX)
        left = np.maximum(np.where(on_solid, cx0, px0), 0)
        right = np.minimum(np.where(on_solid, cx1, px1), viewport.width)
        wide = np.flatnonzero(right - left >= MIN_LABEL_PX)
        labels, size, font_key = spans.labels, font.pixelSize(), font.key()
        pens: dict[tuple[int, bool], QColor] = {}
        pen = None
        for index, colour_index, solid, a, b, top in zip(
                visible[wide].tolist(), spans.colour[visible][wide].tolist(), on_solid[wide].tolist(),
                left[wide].tolist(), right[wide].tolist(), y[wide].tolist()):
            text = labels[index]
            room = b - a - 8
            if self.text_width(metrics, size, text) > room:
                text = self.elided(metrics, size, text, room)
                if len(text) < 4:
                    continue
            colour = pens.get((colour_index, solid))
            if colour is None:
                colour = pens[(colour_index, solid)] = self.label_colour(colour_index, solid)
            if colour is not pen:
                painter.setPen(colour)
                pen = colour
            self.draw_label(painter, font, font_key, a + 4, top, bar_h, text)

    def label_colour(self, colour_index: int, on_solid: bool) -> QColor:
        return palette.text_colour_on(self.colour_of(colour_index)) if on_solid else palette.TEXT


class TermsLayer(SpanLayer):
    def spans(self):
        return self.layout.terms

    def density_colour(self):
        return palette.TERM_DENSITY


class EventsLayer(SpanLayer):
    """Events: spans like terms; a point known to a day is a diamond, to a month a faded bracket."""

    def spans(self):
        return self.layout.events

    def colour_of(self, colour_index):
        return palette.EVENT

    def density_colour(self):
        return palette.EVENT

    def draw_bars(self, painter, viewport, bars: VisibleBars):
        spans, visible, y, bar_h = bars.spans, bars.visible, bars.y, bars.height
        px0, px1, has_certain = bars.possible_x0, bars.possible_x1, bars.has_certain
        narrow = (px1 - px0) < 7
        super().draw_bars(painter, viewport, bars.subset(~narrow))
        middle = (px0 + px1) / 2
        draw_diamonds(painter, middle[narrow], y[narrow] + bar_h / 2, bar_h, palette.EVENT,
                      filled=has_certain[narrow])
        # Markers and bars too short for their label are labelled beside, to their right.
        label_at = np.where(narrow, middle + bar_h * 0.7, px1 + 3)
        beside = np.flatnonzero((px1 - px0) < MIN_LABEL_PX)
        self._draw_side_labels(painter, viewport, spans, visible, beside, label_at, px0, y, bar_h)

    def _draw_side_labels(self, painter, viewport, spans, visible, beside, x, starts, y, bar_h):
        """Short events are labelled to their right, up to the next item in their row.

        The room of every label is found in numpy first: of thousands of markers on screen,
        only the few with room for a label cost a call.
        """
        if bar_h < 9 or not len(beside):
            return
        # The next item's start in the same row bounds each label.
        order = np.lexsort((starts, y))
        next_start = np.full(len(starts), viewport.width + 4)
        same_row = y[order][1:] == y[order][:-1]
        next_start[order[:-1][same_row]] = starts[order][1:][same_row]
        room = np.minimum(next_start[beside] - 4, viewport.width) - x[beside]
        roomy = room >= MIN_LABEL_PX
        beside, room = beside[roomy], room[roomy]
        if not len(beside):
            return
        font = painter.font()
        font.setPixelSize(int(min(max(bar_h * 0.62, 9), 13)))
        painter.setFont(font)
        metrics, size, font_key = QFontMetricsF(font), font.pixelSize(), font.key()
        painter.setPen(palette.TEXT)
        labels = spans.labels
        for index, left, top, width in zip(visible[beside].tolist(), x[beside].tolist(), y[beside].tolist(),
                                           room.tolist()):
            text = self.elided(metrics, size, labels[index], width)
            if len(text) >= 4:
                self.draw_label(painter, font, font_key, left, top, bar_h, text)


def draw_diamonds(painter, x, y, size, colour: QColor, filled) -> None:
    """Diamonds, filled or hollow, stamped from two pictures in two calls (thousands a frame at some zooms)."""
    half = max(min(size * 0.5, 7.0), 3.0)
    filled = np.asarray(filled, dtype=bool)
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    for fill, brush in ((False, palette.HOLLOW), (True, colour)):
        mine = filled == fill
        stamp(painter, marker(painter, "diamond", half, colour, brush), x[mine], y[mine])


class AllegationsLayer(PixelLayer):
    """An allegation: its alleged conduct (bar or diamond) tied by a line to the date it was made (circle)."""

    z = -5

    def draw(self, painter, viewport):
        conducts, mades = self.layout.conducts, self.layout.mades
        if not len(conducts):
            return
        first = np.fmin(conducts.possible_start, mades.possible_start)
        last = np.fmax(conducts.possible_end, mades.possible_end)
        rows = conducts.row
        visible = np.flatnonzero((last >= viewport.first_day) & (first <= viewport.last_day)
                                 & (rows + 1 >= viewport.top) & (rows <= viewport.bottom))
        if not len(visible):
            return
        row_px = viewport.px_per_row
        bar_h = max(row_px * BAR_FILL, 1.0)
        middle = viewport.y(rows[visible]) + row_px / 2
        if len(visible) > AGGREGATE_ABOVE or row_px < 2.5:
            x0, x1 = viewport.x(first[visible]), viewport.x(last[visible])
            draw_density(painter, viewport, x0, x1, middle - bar_h / 2, bar_h, palette.ALLEGATION)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        c0, c1 = viewport.x(conducts.possible_start[visible]), viewport.x(conducts.possible_end[visible])
        s0, s1 = viewport.x(conducts.certain_start[visible]), viewport.x(conducts.certain_end[visible])
        m0, m1 = viewport.x(mades.possible_start[visible]), viewport.x(mades.possible_end[visible])
        has_conduct = ~np.isnan(conducts.possible_start[visible])
        has_made = ~np.isnan(mades.possible_start[visible])
        conduct_mid = np.where(np.isnan(s0), (c0 + c1) / 2, (s0 + s1) / 2)
        made_mid = (m0 + m1) / 2
        link = has_conduct & has_made
        pen = QPen(palette.faded(palette.ALLEGATION, 170), 1.2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        draw_lines(painter, conduct_mid[link], middle[link], made_mid[link], middle[link])
        # Conduct: faded over its possible days, solid over the evidenced ones; a diamond when narrow.
        thin = bar_h * 0.55
        wide = has_conduct & ((c1 - c0) >= 7)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.faded(palette.ALLEGATION, 90))
        draw_rects(painter, c0[wide], c1[wide], middle[wide] - thin / 2, thin)
        solid = wide & ~np.isnan(s0)
        painter.setBrush(palette.ALLEGATION)
        draw_rects(painter, s0[solid], s1[solid], middle[solid] - thin / 2, thin)
        labelled = self._draw_conduct_labels(painter, viewport, visible[solid], s0[solid], s1[solid], middle[solid],
                                             bar_h)
        # Once per allegation: a link says what is alleged only when its conduct bar does not.
        unlabelled = link & ~np.isin(visible, labelled)
        self._draw_link_labels(painter, viewport, visible[unlabelled], np.fmax(c1, conduct_mid)[unlabelled],
                               m0[unlabelled], middle[unlabelled], bar_h)
        narrow = has_conduct & ~wide
        draw_diamonds(painter, conduct_mid[narrow], middle[narrow], bar_h, palette.ALLEGATION,
                      filled=~np.isnan(s0[narrow]))
        # Made: a circle, or a faded span with a hollow circle when only known to a month or year.
        spread = has_made & ((m1 - m0) >= 7)
        painter.setBrush(palette.faded(palette.ALLEGATION, 60))
        draw_rects(painter, m0[spread], m1[spread], middle[spread] - thin / 2, thin)
        radius = max(min(bar_h * 0.42, 6.0), 2.5)
        exact = ~np.isnan(mades.certain_start[visible])
        for fine, brush in ((False, palette.BACKGROUND), (True, palette.ALLEGATION)):
            mine = has_made & (exact == fine)
            stamp(painter, marker(painter, "circle", radius, palette.ALLEGATION, brush), made_mid[mine], middle[mine])

    def _draw_conduct_labels(self, painter, viewport, visible, left, right, middle, bar_h) -> list[int]:
        """A long conduct bar (zoomed in) says what is alleged, in a label over its start; returns those labelled."""
        metrics = _allegation_label_font(painter, bar_h)
        if metrics is None:
            return []
        labelled = []
        for i, a, b, yy in zip(visible.tolist(), np.maximum(left, 0).tolist(),
                               np.minimum(right, viewport.width).tolist(), middle.tolist()):
            if b - a < MIN_LABEL_PX * 3:
                continue
            text = metrics.elidedText(self.layout.conducts.labels[i], Qt.TextElideMode.ElideRight,
                                      b - a - 12)
            # The label is the bar: one box over the evidenced days, outlined in the allegation's
            # colour, so a bar with a label never reads as two marks.
            box = QRectF(a, yy - bar_h / 2, b - a, bar_h)
            painter.save()
            painter.setPen(QPen(palette.ALLEGATION, 1.5))
            painter.setBrush(palette.LABEL_BOX)
            painter.drawRect(box)
            painter.restore()
            painter.drawText(box.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            labelled.append(i)
        return labelled

    def _draw_link_labels(self, painter, viewport, visible, a, b, middle, bar_h):
        metrics = _allegation_label_font(painter, bar_h)
        if metrics is None:
            return
        for i, left, right, yy in zip(visible.tolist(), np.minimum(a, b).tolist(), np.maximum(a, b).tolist(),
                                      middle.tolist()):
            left, right = max(left + 4, 0), min(right - bar_h, viewport.width)
            room = right - left
            if room < MIN_LABEL_PX * 2:
                continue
            text = metrics.elidedText(self.layout.conducts.labels[i], Qt.TextElideMode.ElideRight,
                                      room)
            width = metrics.horizontalAdvance(text)
            box = QRectF((left + right - width) / 2 - 3, yy - bar_h / 2, width + 6, bar_h)
            painter.fillRect(box, palette.LABEL_BOX)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class HighlightLayer(PixelLayer):
    """An outline around the selected item."""

    z = -1

    def __init__(self, view, layout: Layout):
        super().__init__(view, layout)
        self.selected: tuple[str, str] | None = None

    def draw(self, painter, viewport):
        if not self.selected:
            return
        table, row_id = self.selected
        painter.setPen(QPen(palette.SELECTION, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        row_px = viewport.px_per_row
        for spans in self._spans_of(table):
            index = spans.index_of(row_id)
            if index is None or np.isnan(spans.possible_start[index]):
                continue
            x0, x1 = viewport.x([spans.possible_start[index], spans.possible_end[index]])
            top = viewport.y(spans.row[index])
            painter.drawRect(QRectF(x0 - 3, top + 1, max(x1 - x0, 1) + 6, row_px - 2))

    def _spans_of(self, table):
        if table == "terms":
            return [self.layout.terms]
        if table == "events":
            return [self.layout.events]
        if table == "allegations":
            return [self.layout.conducts, self.layout.mades]
        return []


def _allegation_label_font(painter, bar_h: float) -> QFontMetricsF | None:
    """Set the painter up for allegation labels (the scheme's colours); None when rows are too thin."""
    if bar_h < 9:
        return None
    font = painter.font()
    font.setPixelSize(int(min(max(bar_h * 0.6, 9), 12)))
    painter.setFont(font)
    painter.setPen(palette.ALLEGATION_TEXT)
    return QFontMetricsF(font)

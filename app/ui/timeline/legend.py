"""The legend under the timeline: institution colours and what the marks mean, painted as plain text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QLinearGradient, QPainter, QPaintEngine, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.institution_colours import DEFAULT_COLOURS
from ...domain.timeline_layout import Layout
from . import palette

MAX_INSTITUTIONS = len(DEFAULT_COLOURS)


def more_text() -> str:
    """The last entry of a one-row legend that does not fit: opens the whole legend."""
    return QCoreApplication.translate("TimelineLegend", "All…")


class TimelineLegend(QWidget):
    """Swatches wrap to as many lines as the width needs, or stay on one row.

    One row (the window's) keeps the lanes' height for lanes; what does not fit is behind
    "All…", which shows the whole legend in a popup. An exported image shows it whole.
    """

    def __init__(self, parent: QWidget | None = None, *, one_row: bool = False):
        super().__init__(parent)
        self.one_row = one_row
        self.entries: list[tuple[str, object]] = []
        self.hidden_entries = 0  # entries of a one-row legend behind "All…"
        self._painted: tuple[tuple, QPixmap] | None = None  # (what it shows, how it looked)
        self._entries_version = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_layout(self, layout: Layout) -> None:
        entries: list[tuple[str, object]] = []
        for _, name, _, colour in layout.organisations[:MAX_INSTITUTIONS]:
            entries.append((name, palette.institution_colour(colour)))
        if len(layout.organisations) > MAX_INSTITUTIONS:
            more = len(layout.organisations) - MAX_INSTITUTIONS
            entries.append((self.tr("+%n more institution(s) (colours repeat)", "", more), None))
        if len(layout.terms) and (layout.terms.colour < 0).any():
            entries.append((self.tr("no institution"), palette.NEUTRAL))
        entries += [(self.tr("evidenced"), "solid"), (self.tr("possible"), "faded"),
                    (self.tr("open (date unknown)"), "open"),
                    (self.tr("ongoing as of {date}").format(date=_as_of_text(layout)), "ongoing"),
                    (self.tr("ended"), "ended"), (self.tr("event"), "event"),
                    (self.tr("alleged conduct ··· allegation made"), "allegation")]
        self.entries = entries
        self._entries_version += 1
        self.setFixedHeight(self._height_for(self.width() or 1200))
        self.update()

    def _items(self, width: float):
        metrics = QFontMetricsF(self.font())
        x, y, line = 8.0, 4.0, metrics.height() + 6
        more = more_text()
        more_width = metrics.horizontalAdvance(more) + 18
        self.hidden_entries = 0
        for number, (text, mark) in enumerate(self.entries):
            swatch = 0 if mark is None else (34 if mark in ("allegation",) else 22)
            item_width = swatch + metrics.horizontalAdvance(text) + 18
            if self.one_row:
                room = width - (0 if number == len(self.entries) - 1 else more_width)
                if x + item_width > room:
                    self.hidden_entries = len(self.entries) - number
                    self._more = QRectF(x, y, more_width, line - 6)
                    yield QRectF(x, y, 0, line - 6), QPointF(x, y), more, None
                    break
            elif x + item_width > width and x > 8:
                x, y = 8.0, y + line
            yield QRectF(x, y, swatch, line - 6), QPointF(x + swatch + (6 if swatch else 0), y), text, mark
            x += item_width
        self._bottom = y + line

    def mousePressEvent(self, event):
        """Clicking "All…" shows the whole legend, wrapped, in a popup."""
        self._height_for(self.width())
        if self.hidden_entries and self._more.contains(event.position()):
            self.show_whole()
            event.accept()
            return
        super().mousePressEvent(event)

    def show_whole(self) -> QWidget:
        whole = TimelineLegend(self)
        whole.setWindowFlags(Qt.WindowType.Popup)
        whole.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        whole.setAutoFillBackground(True)
        whole.entries = self.entries
        whole.setAccessibleName(self.tr("Legend"))
        width = min(max(self.width() // 2, 360), 720)
        whole.setFixedSize(width, whole._height_for(width))
        whole.move(self.mapToGlobal(self.rect().topRight()) - QPoint(width, whole.height()))
        whole.show()
        return whole

    def _height_for(self, width: float) -> int:
        for _ in self._items(width):
            pass
        return int(getattr(self, "_bottom", 24)) + 4

    def resizeEvent(self, event):
        self.setFixedHeight(self._height_for(event.size().width()))
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(600, self._height_for(self.width() or 1200))

    def paintEvent(self, event):
        """Drawn once into a pixmap and copied after: a range change repaints the timeline, not its legend."""
        painter = QPainter(self)
        if painter.paintEngine().type() != QPaintEngine.Type.Raster:  # an SVG or PDF export: vector marks and text
            self._paint(painter)
            return
        ratio = self.devicePixelRatioF()
        key = (self._entries_version, self.width(), self.height(), ratio, self.font().key(),
               self.palette().color(QPalette.ColorRole.Link).rgba(),
               *(colour.rgba() for colour in (palette.TEXT, palette.MUTED_TEXT, palette.EVENT, palette.ARROWHEAD,
                                              palette.END_CAP, palette.ALLEGATION)))
        if self._painted is None or self._painted[0] != key:
            pixmap = QPixmap(QSize(round(self.width() * ratio), round(self.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            into = QPainter(pixmap)
            into.setFont(self.font())
            self._paint(into)
            into.end()
            self._painted = (key, pixmap)
        painter.drawPixmap(0, 0, self._painted[1])

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        more = more_text()
        for box, text_at, text, mark in self._items(self.width()):
            self._swatch(painter, box, mark)
            painter.setPen(self.palette().color(QPalette.ColorRole.Link) if text == more and self.hidden_entries else
                           palette.TEXT if mark is not None else palette.MUTED_TEXT)
            painter.drawText(QRectF(text_at.x(), text_at.y(), metrics.horizontalAdvance(text) + 4, box.height()),
                             Qt.AlignmentFlag.AlignVCenter, text)

    @staticmethod
    def _swatch(painter: QPainter, box: QRectF, mark) -> None:
        if mark is None:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        bar = QRectF(box.x(), box.y() + 2, box.width(), box.height() - 4)
        grey = palette.SWATCH
        if isinstance(mark, QColor):
            painter.fillRect(bar, mark)
        elif mark == "solid":
            painter.fillRect(bar, grey)
        elif mark == "faded":
            painter.fillRect(bar, palette.faded(grey))
        elif mark == "open":
            gradient = QLinearGradient(bar.left(), 0, bar.right(), 0)
            gradient.setColorAt(0, palette.faded(grey))
            gradient.setColorAt(1, palette.faded(grey, 0))
            painter.fillRect(bar, gradient)
        elif mark == "ongoing":
            painter.fillRect(QRectF(bar.x(), bar.y(), bar.width() - 7, bar.height()), grey)
            painter.setBrush(palette.ARROWHEAD)
            middle = bar.center().y()
            painter.drawPolygon(QPolygonF([QPointF(bar.right() - 7, middle - 5), QPointF(bar.right(), middle),
                                           QPointF(bar.right() - 7, middle + 5)]))
        elif mark == "ended":
            painter.fillRect(bar, grey)
            painter.setPen(QPen(palette.END_CAP, 1.5))
            painter.drawLine(QPointF(bar.right() - 0.75, bar.top()), QPointF(bar.right() - 0.75, bar.bottom()))
        elif mark == "event":
            painter.setPen(QPen(palette.EVENT, 1.4))
            painter.setBrush(palette.EVENT)
            c = bar.center()
            painter.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - 5), QPointF(c.x() + 5, c.y()),
                                           QPointF(c.x(), c.y() + 5), QPointF(c.x() - 5, c.y())]))
        elif mark == "allegation":
            c = bar.center()
            painter.setPen(QPen(palette.ALLEGATION, 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(bar.left() + 4, c.y()), QPointF(bar.right() - 4, c.y()))
            painter.setPen(QPen(palette.ALLEGATION, 1.4))
            painter.setBrush(palette.ALLEGATION)
            x = bar.left() + 5
            painter.drawPolygon(QPolygonF([QPointF(x, c.y() - 5), QPointF(x + 5, c.y()), QPointF(x, c.y() + 5),
                                           QPointF(x - 5, c.y())]))
            painter.drawEllipse(QPointF(bar.right() - 5, c.y()), 4, 4)


def _as_of_text(layout: Layout) -> str:
    from ...domain import dates

    if layout.as_of is None:  # no as_of recorded: ongoing means until today
        return dates.format_date(dates.day_from_number(layout.as_of_day).isoformat(), short=True)
    return dates.format_date(layout.as_of, short=True)  # as written: never more precise

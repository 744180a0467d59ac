"""The timeline widget: lanes of offices, events and allegations over time (design.md §4).

It reads a ``Layout`` (app.domain.timeline_layout) and paints it with one layer item per
kind. It follows the session: selecting anything highlights and centres it; clicking an
item calls ``session.selection.select``; writes and a replaced store rebuild the layout.
"""

from __future__ import annotations

import datetime as _dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAction, QColor, QCursor, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox, QGraphicsItem, QHBoxLayout, QLabel, QLineEdit, QMenu, QScrollBar, QSizePolicy, QToolBar, QToolButton, QToolTip, QVBoxLayout,
    QWidget,
)

from ...domain import dates, typed_dates
from ...domain.person_dossier import match_persons
from ...domain.layout_cache import kept_layout
from ...domain.opener import data_folder
from ...domain.timeline_layout import DRAWN_COLUMNS, Layout, LayoutOptions, label_days, lay_out, refresh_layout
from ..desktop import follow_color_scheme
from ..plain_text import tooltip
from . import palette
from .axes import CursorTag, DayAxis, LaneLabels, SolarHijriAxis
from ...domain.records import tooltip_text
from .layers import (
    SECONDS_PER_DAY, AllegationsLayer, EventsLayer, HighlightLayer, LaneBands, TermsLayer, Viewport,
)
from .empty_guide import EmptyGuide
from .legend import TimelineLegend

ROW_PX = 20  # preferred height of a sub-row
MAX_ROW_PX = 30
MIN_DAYS = 1  # never zoom closer than one day
OVERVIEW_HEIGHT = 46
ROW_TOP = -0.3  # the first row's top, with a little room above it
SCROLL_STEPS = 100  # lane scroll bar steps per row
MIN_WIDTH = 360  # the lane names and some time beside them
NOT_DRAWN_LISTED = 40
ITEM_TABLES = ("terms", "events", "allegations")


class TimelineViewBox(pg.ViewBox):
    """Wheel zooms time around the cursor; Shift+wheel scrolls lanes; Ctrl+wheel zooms lanes."""

    clicked = Signal(object)  # QPointF in the ViewBox's pixels

    def __init__(self):
        super().__init__(invertY=True, enableMenu=False, defaultPadding=0)
        self.setMouseEnabled(x=True, y=True)

    def wheelEvent(self, event, axis=None):
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            top, bottom = self.viewRange()[1]
            step = (bottom - top) * 0.1 * (-1 if event.delta() > 0 else 1)
            self.translateBy(y=step)
            event.accept()
            return
        super().wheelEvent(event, axis=1 if modifiers & Qt.KeyboardModifier.ControlModifier else 0)

    def mouseDragEvent(self, event, axis=None):
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        super().mouseDragEvent(event, axis)

    def mouseClickEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.clicked.emit(QPointF(event.pos()))


class TimelineGraphics(pg.GraphicsLayoutWidget):
    """The drawing surface; passes navigation keys to the timeline."""

    def __init__(self, timeline: TimelineView):
        super().__init__()
        self.timeline = timeline
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(self.tr("Arrows move from item to item, Enter opens its dossier, "
                                              "Shift+arrows pan and scroll, + and - zoom"))

    def paintEvent(self, event):
        """A frame in the highlight colour while the keyboard is here (Tab into the timeline shows it)."""
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self.viewport())
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.viewport().rect().adjusted(1, 1, -1, -1))
            painter.end()

    def focusInEvent(self, event):
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        self.viewport().update()

    def keyPressEvent(self, event):
        if not self.timeline.handle_key(event.key(), event.modifiers()):
            super().keyPressEvent(event)


def not_drawn_text(undrawable) -> str:
    """"⚠ 1 not drawn (Ali Fallahian)": how many items, and whose, so nobody has to open the list to know."""
    if not undrawable:
        return ""
    whose = list(dict.fromkeys(item.whose or QCoreApplication.translate("TimelineView", "an event")
                               for item in undrawable))
    others, count = len(whose) - 1, len(undrawable)
    about = whose[0] if not others else QCoreApplication.translate("TimelineView", "{name} and %n more", None,
                                                                  others).format(name=whose[0])
    return QCoreApplication.translate("TimelineView", "⚠ %n not drawn ({about})", None, count).format(about=about)


def overview_label() -> str:
    """The overview strip's name, beside it."""
    return QCoreApplication.translate("TimelineView", "whole range")


def known_by_text(day: int) -> str:
    """A day as the Known by field shows it, in a form it reads back: the reader's calendar."""
    when = dates.day_from_number(day)
    return dates.solar_hijri_day(when) if dates.solar_hijri_first() else dates.format_day(when)


class TimelineView(QWidget):
    hovered_day = Signal(int)  # the day under the mouse
    as_of_changed = Signal(int)  # the day of the "as of" cursor
    layout_changed = Signal()
    open_requested = Signal(str, str)  # Enter on the selected item: show its dossier

    def __init__(self, session, parent: QWidget | None = None, *, controls: bool = True,
                 persons: set[str] | None = None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.session = session
        self.persons = persons  # only these persons' lanes (None: everyone's)
        self.known_by: int | None = None
        self.kinds = {"terms": True, "events": True, "allegations": True}
        self.collapsed: frozenset[str] = frozenset()  # Lane.name of the lanes folded to one row
        self._kept_layout_for = None if controls else session.store  # an exported image never uses the kept layout
        self._ready: tuple[object, Layout] | None = None  # (store, layout) long work laid out: see ``take_layout``
        self._following_region = False
        self._as_of_day: int | None = None
        self._tooltip_item: tuple[str, str] | None = None
        self._clicking = False  # a click on the timeline is selecting: the view stays put
        self.layout_data: Layout = self._build()

        self.graphics = TimelineGraphics(self)
        # NOTE: time runs left to right in Persian too: Persian timelines, charts and calendars
        # read dates that way, and a mirrored axis would put 1988 to the right of 2016 against
        # every chart the reader compares it with. Lane labels stay on the left of the lanes.
        self.graphics.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.graphics.ci.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # its scene follows the app, not the view
        self.graphics.setBackground(palette.BACKGROUND)
        self.graphics.ci.setSpacing(0)
        self.graphics.ci.setContentsMargins(0, 4, 8, 0)
        self.view = TimelineViewBox()
        self.top_axis = SolarHijriAxis("top")
        self.top_axis.linkToView(self.view)
        self.bottom_axis = DayAxis("bottom")
        self.bottom_axis.linkToView(self.view)
        self.lane_labels = LaneLabels(self.view, self.layout_data)
        self.cursor_tag = CursorTag(self.view)
        self.graphics.ci.addItem(self.cursor_tag, row=0, col=1)
        self.graphics.ci.addItem(self.top_axis, row=1, col=1)
        self.graphics.ci.addItem(self.lane_labels, row=2, col=0)
        self.graphics.ci.addItem(self.view, row=2, col=1)
        self.graphics.ci.addItem(self.bottom_axis, row=3, col=1)
        self.top_axis.hide()
        self.top_axis.setHeight(0)
        for axis in (self.top_axis, self.bottom_axis):
            axis.setPen(QPen(palette.AXIS))
            axis.setTextPen(QPen(palette.TEXT))

        self.layers = [cls(self.view, self.layout_data)
                       for cls in (LaneBands, TermsLayer, EventsLayer, AllegationsLayer, HighlightLayer)]
        self.bands, self.highlight = self.layers[0], self.layers[-1]

        self.cursor = pg.InfiniteLine(angle=90, movable=True, pen=pg.mkPen(palette.CURSOR, width=2),
                                      hoverPen=pg.mkPen(palette.CURSOR, width=4))
        self.cursor.setZValue(10)
        self.view.addItem(self.cursor, ignoreBounds=True)
        self.cursor.sigPositionChanged.connect(self._cursor_moved)
        self.view.sigRangeChanged.connect(self._fit_cursor_to_range)

        self.overview = pg.ViewBox(enableMenu=False, defaultPadding=0)
        self.overview.setMouseEnabled(x=False, y=False)
        self.overview.setMaximumHeight(OVERVIEW_HEIGHT)
        self.overview.setMinimumHeight(OVERVIEW_HEIGHT)
        self.overview_curve = pg.PlotCurveItem(pen=pg.mkPen("#7F8C8D"), fillLevel=0, brush=QColor(127, 140, 141, 90))
        self.overview.addItem(self.overview_curve)
        self.region = pg.LinearRegionItem(brush=QColor(211, 84, 0, 40), pen=pg.mkPen(palette.CURSOR, width=1.5))
        self.region.setZValue(10)
        self.overview.addItem(self.region, ignoreBounds=True)
        self.overview_label = pg.LabelItem(overview_label(), size="8pt", color=palette.MUTED_TEXT)
        self.graphics.ci.addItem(self.overview_label, row=4, col=0)
        self.graphics.ci.addItem(self.overview, row=4, col=1)
        self.overview_axis = DayAxis("bottom")
        self.overview_axis.linkToView(self.overview)
        self.overview_axis.setStyle(tickLength=3)
        self.graphics.ci.addItem(self.overview_axis, row=5, col=1)
        # The whole range stays put: its curve and axis are painted once and then copied, while
        # the region slides over them on every pan.
        for still in (self.overview_curve, self.overview_axis):
            still.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        grid = self.graphics.ci.layout
        for row in range(6):
            grid.setRowStretchFactor(row, 1 if row == 2 else 0)

        self.region.sigRegionChanged.connect(self._region_moved)
        self.view.sigXRangeChanged.connect(self._range_moved)
        self.view.sigResized.connect(lambda *_: self._fit_rows())
        self.view.clicked.connect(self._clicked)
        self.lane_labels.clicked.connect(self._lane_clicked)
        self.lane_labels.fold_clicked.connect(lambda index: self.toggle_lane(self.layout_data.lanes[index].name))
        self.graphics.scene().sigMouseMoved.connect(self._mouse_moved)

        self.empty_guide = EmptyGuide(self.graphics)
        self.legend = TimelineLegend(one_row=controls)
        self.controls = self._build_controls()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.controls)
        self.lane_scrollbar = QScrollBar(Qt.Orientation.Vertical)
        self.lane_scrollbar.setAccessibleName(self.tr("Scroll the lanes"))
        self.lane_scrollbar.valueChanged.connect(self._lane_scrollbar_moved)
        self.view.sigYRangeChanged.connect(self._rows_moved)
        drawn = QVBoxLayout()  # the plot and its legend, one width (an exported view stacks them)
        drawn.setSpacing(0)
        drawn.addWidget(self.graphics, 1)
        drawn.addWidget(self.legend)
        beside = QHBoxLayout()
        beside.setSpacing(0)
        beside.addLayout(drawn, 1)
        beside.addWidget(self.lane_scrollbar)
        layout.addLayout(beside, 1)
        self.controls.setVisible(controls)
        self.setMinimumWidth(MIN_WIDTH)
        self.overview_visible(controls)

        self._as_of_timer = QTimer(self, singleShot=True, interval=40)
        self._as_of_timer.timeout.connect(lambda: self.as_of_changed.emit(self._as_of_day))
        session.selection.changed.connect(self.show_item)
        session.changed.connect(self._store_changed)
        session.store_replaced.connect(lambda: self.reload(fit=True))
        if controls:  # the window's timeline, not an image being exported
            follow_color_scheme(self, self.apply_palette)
        self._apply_layout(fit=True)

    # --- building ------------------------------------------------------------------

    def layout_options(self) -> LayoutOptions:
        """What the view lays out: its filters, kinds shown, folded lanes and its store's label room."""
        return LayoutOptions(None if self.persons is None else frozenset(self.persons), self.known_by,
                             self.kinds["terms"], self.kinds["events"], self.kinds["allegations"],
                             label_days(self.session.store), frozenset(self.collapsed))

    def take_layout(self, store, layout: Layout) -> None:
        """A layout of ``store`` as it is now, made by long work off the window's thread: the view's next
        layout of that store (the switch to it, or the refresh after the work's change) is this one,
        if it was made with the view's options."""
        self._ready = (store, layout)

    def _ready_layout(self, store, options: LayoutOptions | None = None) -> Layout | None:
        """The layout offered for ``store`` (once) if made with ``options`` (the view's, worked out if not given)."""
        ready, self._ready = self._ready, None
        if ready is None or ready[0] is not store:
            return None
        return ready[1] if ready[1].options == (options or self.layout_options()) else None

    def _build(self) -> Layout:
        """The layout for the view's options: one long work made, or a file's first one may be the layout
        kept at its last clean close; else laid out from the store."""
        store = self.session.store
        options = self.layout_options()
        ready = self._ready_layout(store, options)
        if ready is None and self._kept_layout_for is not store:  # a store's first layout: nothing written yet
            ready = kept_layout(store, data_folder(), options)
        self._kept_layout_for = store
        return ready if ready is not None else lay_out(store, options)

    def _build_controls(self) -> QToolBar:
        """A tool bar, so what does not fit a narrow window goes behind its » button instead of widening it."""
        bar = QToolBar(self.tr("Timeline controls"))
        bar.setObjectName("timelineControls")
        bar.setFloatable(False)
        bar.setMovable(False)
        bar.setIconSize(QSize(16, 16))
        bar.addWidget(QLabel(self.tr("Show:")))
        self.preset_buttons = {}
        for name, text, tip in (("all", self.tr("All"), self.tr("The whole range (Home)")),
                                ("decade", self.tr("Decade"), self.tr("The decade at the centre")),
                                ("year", self.tr("Year"), self.tr("The year at the centre")),
                                ("month", self.tr("Month"), self.tr("The month at the centre"))):
            button = QToolButton(text=text, toolTip=tip, autoRaise=True)
            button.clicked.connect(lambda _=False, n=name: self.zoom_preset(n))
            bar.addWidget(button)
            self.preset_buttons[name] = button
        bar.addSeparator()
        self.kind_buttons = {}
        for kind, text, tip in (("terms", self.tr("Offices"), self.tr("Show or hide offices")),
                                ("events", self.tr("Events"), self.tr("Show or hide events")),
                                ("allegations", self.tr("Allegations"), self.tr("Show or hide allegations"))):
            button = QToolButton(text=text, checkable=True, checked=True, autoRaise=True, toolTip=tip)
            button.toggled.connect(lambda on, k=kind: self.set_kind_visible(k, on))
            bar.addWidget(button)
            self.kind_buttons[kind] = button
        bar.addSeparator()
        self.person_filter = QLineEdit(placeholderText=self.tr("Filter lanes by name…"), clearButtonEnabled=True)
        self.person_filter.setMaximumWidth(220)
        self.person_filter.setMinimumWidth(150)
        self.person_filter.setAccessibleName(self.tr("Filter timeline lanes by name"))
        self.person_filter.textChanged.connect(self._filter_text_changed)
        bar.addWidget(self.person_filter)
        bar.addSeparator()
        self.known_by_check = QCheckBox(self.tr("Known by"))
        self.known_by_check.setToolTip(self.tr("Hide allegations not yet made by this date"))
        self.known_by_edit = QLineEdit(placeholderText=self.tr("e.g. 1 Jun 2015"))
        self.known_by_edit.setEnabled(False)
        self.known_by_edit.setAccessibleName(self.tr("Known by date"))
        self.known_by_edit.setToolTip(self._known_by_tip())
        widest = max((known_by_text(dates.day_number(_dt.date(2016, 5, day))) for day in (18, 30)),  # 28 Ordibehesht
                     key=self.known_by_edit.fontMetrics().horizontalAdvance)
        self.known_by_edit.setMinimumWidth(self.known_by_edit.fontMetrics().horizontalAdvance(widest) + 24)
        self.known_by_edit.setMaximumWidth(self.known_by_edit.minimumWidth() + 40)
        self.known_by_edit.setText(known_by_text(self.session.store.as_of_day()))
        self.known_by_check.toggled.connect(self._known_by_edited)
        self.known_by_edit.editingFinished.connect(self._known_by_edited)
        bar.addWidget(self.known_by_check)
        bar.addWidget(self.known_by_edit)
        stretch = QWidget()
        stretch.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(stretch)
        self.not_drawn_button = QToolButton(autoRaise=True, popupMode=QToolButton.ToolButtonPopupMode.InstantPopup)
        self.not_drawn_button.setMenu(QMenu(self.not_drawn_button))
        self.not_drawn_action = bar.addWidget(self.not_drawn_button)  # a tool bar shows and hides it by its action
        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # The counts give way first when the docks leave the timeline little room.
        self.counts_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.counts_label.setMinimumWidth(0)
        bar.addWidget(self.counts_label)
        return bar

    def apply_palette(self, dark: bool) -> None:
        """Restyle for the desktop's light or dark scheme: pyqtgraph ignores the Qt palette."""
        palette.use_scheme(dark)
        self.graphics.setBackground(palette.BACKGROUND)
        for axis in (self.top_axis, self.bottom_axis, self.overview_axis):
            axis.setPen(QPen(palette.AXIS))
            axis.setTextPen(QPen(palette.TEXT))
        self.cursor_tag.update()
        self.overview_label.setText(overview_label(), color=palette.MUTED_TEXT)
        self.graphics.scene().update()
        self.legend.update()

    def overview_visible(self, visible: bool) -> None:
        for item in (self.overview, self.overview_axis):
            item.setVisible(visible)
            item.setMaximumHeight(OVERVIEW_HEIGHT if visible else 0)
        self.overview_label.setVisible(visible)

    # --- data ------------------------------------------------------------------------

    def reload(self, fit: bool = False) -> None:
        """Rebuild the layout from the store (after edits, filters or another file)."""
        self.layout_data = self._build()
        self._apply_layout(fit=fit)

    def _store_changed(self, change) -> None:
        """Lay out again only the lanes the write touched (``refresh_layout``); nothing when nothing drawn changed."""
        store = self.session.store
        ready = self._ready_layout(store)
        if not change.touches(DRAWN_COLUMNS):
            return
        self.layout_data = ready if ready is not None else refresh_layout(
            store, self.layout_data, change, event_label_days=label_days(store))
        self._apply_layout(fit=False)

    def _apply_layout(self, fit: bool) -> None:
        layout = self.layout_data
        for layer in self.layers:
            layer.set_layout(layout)
        self.lane_labels.set_layout(layout)
        self.legend.set_layout(layout)
        store = self.session.store
        self.empty_guide.set_empty(not layout.lanes and not store.count("persons") and not store.count("events"))
        span = layout.day_range() or (dates.day_number(_dt.date(1979, 1, 1)), layout.as_of_day)
        self.data_first, self.data_last = span
        margin = max((span[1] - span[0]) * 0.04, 30)
        self.view.setLimits(xMin=(span[0] - margin) * SECONDS_PER_DAY, xMax=(span[1] + margin) * SECONDS_PER_DAY,
                            minXRange=MIN_DAYS * SECONDS_PER_DAY,
                            maxXRange=(span[1] - span[0] + 2 * margin) * SECONDS_PER_DAY)
        self._update_overview()
        self._update_not_drawn()
        persons = sum(lane.kind == "person" for lane in layout.lanes)
        offices, events, allegations = len(layout.terms), len(layout.events), len(layout.conducts)
        self.counts_label.setText(" · ".join((
            self.tr("%n person(s)", "", persons), self.tr("%n office(s)", "", offices),
            self.tr("%n event(s)", "", events), self.tr("%n allegation(s)", "", allegations))))
        if fit or self._as_of_day is None:
            self.fit_all()
            self.set_as_of_day(int((span[0] + span[1]) / 2) if self._as_of_day is None else self._as_of_day)
        self._fit_rows()
        self._rows_moved()
        self.show_item(*self.session.selection.current, centre=False)
        self.layout_changed.emit()

    def _update_overview(self) -> None:
        """Offices and events in effect per month over the whole range, as a filled curve."""
        layout = self.layout_data
        first, last = self.data_first, self.data_last
        bins = np.linspace(first, last, 400)
        counts = np.zeros(len(bins))
        for spans in (layout.terms, layout.events):
            if len(spans):
                counts += np.searchsorted(np.sort(spans.possible_start), bins, side="right")
                counts -= np.searchsorted(np.sort(spans.possible_end), bins, side="right")
        peak = counts.max() if len(counts) and counts.max() > 0 else 1
        self.overview_curve.setData(bins * SECONDS_PER_DAY, counts / peak)
        margin = max((last - first) * 0.04, 30)
        self.overview.setRange(xRange=((first - margin) * SECONDS_PER_DAY, (last + margin) * SECONDS_PER_DAY),
                               yRange=(0, 1.1), padding=0)

    def _update_not_drawn(self) -> None:
        undrawable = self.layout_data.undrawable
        self.not_drawn_action.setVisible(bool(undrawable))
        self.not_drawn_button.setText(not_drawn_text(undrawable))
        self.not_drawn_button.setToolTip(self.tr("Items with no usable date: click to list them"))
        menu = self.not_drawn_button.menu()
        menu.clear()
        kinds = {"terms": self.tr("term"), "events": self.tr("event"), "allegations": self.tr("allegation")}
        for item in undrawable[:NOT_DRAWN_LISTED]:
            listed = self.tr("{kind}: {label} — {reason}").format(kind=kinds[item.table], label=item.label,
                                                                   reason=item.reason)
            action = menu.addAction(f"{item.whose} — {listed}" if item.whose else listed)
            action.triggered.connect(lambda _=False, t=item.table, i=item.id: self.session.selection.select(t, i))
        if len(undrawable) > NOT_DRAWN_LISTED:
            more = len(undrawable) - NOT_DRAWN_LISTED
            menu.addAction(self.tr("… and %n more", "", more)).setEnabled(False)

    # --- range ---------------------------------------------------------------------

    def visible_days(self) -> tuple[float, float]:
        left, right = self.view.viewRange()[0]
        return left / SECONDS_PER_DAY, right / SECONDS_PER_DAY

    def set_visible_days(self, first: float, last: float) -> None:
        self.view.setXRange(first * SECONDS_PER_DAY, last * SECONDS_PER_DAY, padding=0)

    def visible_rows(self) -> tuple[float, float]:
        return tuple(self.view.viewRange()[1])

    def fit_all(self) -> None:
        self.set_visible_days(self.data_first - 30, self.data_last + 30)
        top = ROW_TOP
        self.view.setYRange(top, top + self._rows_that_fit(), padding=0)

    def fit_rows_to_content(self, min_row_px: float = 12) -> None:
        """Show every lane when rows stay at least ``min_row_px`` high (for still images)."""
        height = max(self.view.height(), 100)
        total = self.layout_data.height + 0.6
        rows = total if total * min_row_px <= height else height / ROW_PX
        rows = max(rows, height / MAX_ROW_PX)
        self.view.setLimits(yMax=max(total, rows) + 0.3, maxYRange=max(total, rows) + 0.6)
        self.view.setYRange(ROW_TOP, ROW_TOP + rows, padding=0)

    def _rows_that_fit(self) -> float:
        height = max(self.view.height(), 100)
        total = self.layout_data.height + 0.6
        rows = height / ROW_PX
        if total <= rows:
            return max(total, height / MAX_ROW_PX)
        return rows

    def _fit_rows(self) -> None:
        """Keep rows readable when the window resizes; limits follow the lanes' height."""
        top, bottom = self.view.viewRange()[1]
        height = self._rows_that_fit()
        total = self.layout_data.height + 0.6
        self.view.setLimits(yMin=ROW_TOP, yMax=max(total, height) + 0.3, minYRange=3, maxYRange=max(total, height) + 0.6)
        if abs((bottom - top) - height) > 0.01 and (bottom - top) < total + 1:
            self.view.setYRange(top, top + height, padding=0)

    def preset_centre(self) -> float:
        """Where Decade, Year and Month look: the selected item, else the "as of" cursor when on screen."""
        extent = self._extent_of(*self.session.selection.current)
        if extent is not None:
            return (extent[0] + extent[1]) / 2
        first, last = self.visible_days()
        if self._as_of_day is not None and first <= self._as_of_day <= last:
            return self._as_of_day + 0.5
        return (first + last) / 2

    def zoom_preset(self, name: str) -> None:
        """All, or the decade, year or month around the selection or the "as of" cursor."""
        if name == "all":
            self.fit_all()
            return
        centre = dates.day_from_number(int(self.preset_centre()))
        if name == "decade":
            start, end = _dt.date(centre.year - centre.year % 10, 1, 1), _dt.date(centre.year - centre.year % 10 + 10, 1, 1)
        elif name == "year":
            start, end = _dt.date(centre.year, 1, 1), _dt.date(centre.year + 1, 1, 1)
        else:
            start = _dt.date(centre.year, centre.month, 1)
            end = _dt.date(centre.year + centre.month // 12, centre.month % 12 + 1, 1)
        self.set_visible_days(dates.day_number(start), dates.day_number(end))

    def show_days(self, first: int, last: int) -> None:
        """Bring the days ``first``–``last`` into view: a month or more fills it; a day is centred,
        zooming in to about two months when the view is wider than two years."""
        if last - first >= 27:
            margin = (last + 1 - first) * 0.05
            self.set_visible_days(first - margin, last + 1 + margin)
            return
        visible_first, visible_last = self.visible_days()
        width = visible_last - visible_first
        if width > 730:
            width = 61
        centre = (first + last + 1) / 2
        self.set_visible_days(centre - width / 2, centre + width / 2)

    def zoom(self, factor: float) -> None:
        """Zoom time around the centre; factor < 1 zooms in."""
        first, last = self.visible_days()
        centre, half = (first + last) / 2, (last - first) / 2 * factor
        self.set_visible_days(centre - half, centre + half)

    def pan(self, fraction: float) -> None:
        first, last = self.visible_days()
        shift = (last - first) * fraction
        self.set_visible_days(first + shift, last + shift)

    def scroll_rows(self, rows: float) -> None:
        self.view.translateBy(y=rows)

    # --- the keyboard ------------------------------------------------------------------

    def lane_items(self, lane_index: int) -> list[tuple[float, str, str]]:
        """(middle day, table, id) of the items drawn in a lane, in time order."""
        layout = self.layout_data
        found = []
        c, m = layout.conducts, layout.mades
        parts = [("terms", layout.terms, layout.terms.possible_start, layout.terms.possible_end),
                 ("events", layout.events, layout.events.possible_start, layout.events.possible_end)]
        if len(c):
            parts.append(("allegations", c, np.fmin(c.possible_start, m.possible_start),
                          np.fmax(c.possible_end, m.possible_end)))
        for table, spans, starts, ends in parts:
            if not len(spans):
                continue
            for index in np.flatnonzero((spans.lane == lane_index) & ~np.isnan(starts)).tolist():
                found.append(((starts[index] + ends[index]) / 2, table, spans.ids[index]))
        return sorted(found)

    def step_item(self, lanes: int, items: int) -> None:
        """Select the next item in time (``items``) or the nearest one in the next lane with items (``lanes``)."""
        layout = self.layout_data
        extent = self._extent_of(*self.session.selection.current)
        if extent is None:  # nothing selected here yet: start at the top lane on screen, nearest the middle
            first, last = self.visible_days()
            lane = layout.lanes_between(*self.visible_rows())
            lane_index, day = (lane.start if len(lane) else 0), (first + last) / 2
            lanes = items = 0
        else:
            lane_index, day = layout.lane_at(extent[2] + 0.5), (extent[0] + extent[1]) / 2
        if lane_index is None or not layout.lanes:
            return
        if lanes:
            lane_index += lanes
            while 0 <= lane_index < len(layout.lanes) and not self.lane_items(lane_index):
                lane_index += lanes
            if not 0 <= lane_index < len(layout.lanes):
                return
        found = self.lane_items(lane_index)
        if not found:
            return
        if items and extent is not None:
            position = next(i for i, (_, table, row_id) in enumerate(found)
                            if (table, row_id) == self.session.selection.current)
            chosen = found[min(max(position + items, 0), len(found) - 1)]
        else:
            chosen = min(found, key=lambda item: abs(item[0] - day))
        self.session.selection.select(chosen[1], chosen[2])
        self._announce(chosen[1], chosen[2])

    def _announce(self, table: str, row_id: str) -> None:
        """Name the item for screen readers: the timeline's accessible name says what is selected on it."""
        text = tooltip_text(self.session.store, table, row_id)
        self.graphics.setAccessibleName(self.tr("Timeline: {item}").format(item=", ".join(text.splitlines()[:3]))
                                        if text else self.tr("Timeline"))
        QAccessible.updateAccessibility(QAccessibleEvent(self.graphics, QAccessible.Event.NameChanged))

    def _open_current(self) -> None:
        table, row_id = self.session.selection.current
        if table:
            self.open_requested.emit(table, row_id)

    def _rows_moved(self, *_) -> None:
        """The scroll bar follows the lanes shown: its handle is the share of lanes on screen."""
        top, bottom = self.visible_rows()
        total = self.layout_data.height + 0.6
        bar = self.lane_scrollbar
        with QSignalBlocker(bar):
            last_top = max(total, bottom - top) + 0.3 - (bottom - top)  # the view's yMax less what it shows
            bar.setRange(round(ROW_TOP * SCROLL_STEPS), max(round(last_top * SCROLL_STEPS), round(ROW_TOP * SCROLL_STEPS)))
            bar.setPageStep(max(round((bottom - top) * SCROLL_STEPS), 1))
            bar.setSingleStep(SCROLL_STEPS)
            bar.setValue(round(top * SCROLL_STEPS))
        bar.setVisible(bar.maximum() > bar.minimum())

    def _lane_scrollbar_moved(self, value: int) -> None:
        top, bottom = self.visible_rows()
        new_top = value / SCROLL_STEPS
        self.view.setYRange(new_top, new_top + (bottom - top), padding=0)

    def handle_key(self, key: int, modifiers) -> bool:
        """Arrows step from item to item (selecting it), Shift+arrows pan and scroll, Enter opens
        the dossier; Alt+arrows are Back and Forward, never a move here."""
        if modifiers & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
                        | Qt.KeyboardModifier.MetaModifier):
            return False
        top, bottom = self.visible_rows()
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            moves = {Qt.Key.Key_Left: lambda: self.pan(-0.1), Qt.Key.Key_Right: lambda: self.pan(0.1),
                     Qt.Key.Key_Up: lambda: self.scroll_rows(-1), Qt.Key.Key_Down: lambda: self.scroll_rows(1)}
        else:
            moves = {Qt.Key.Key_Left: lambda: self.step_item(0, -1), Qt.Key.Key_Right: lambda: self.step_item(0, 1),
                     Qt.Key.Key_Up: lambda: self.step_item(-1, 0), Qt.Key.Key_Down: lambda: self.step_item(1, 0)}
        actions = {
            **moves,
            Qt.Key.Key_Plus: lambda: self.zoom(0.5), Qt.Key.Key_Equal: lambda: self.zoom(0.5),
            Qt.Key.Key_Minus: lambda: self.zoom(2.0), Qt.Key.Key_Home: self.fit_all,
            Qt.Key.Key_PageUp: lambda: self.scroll_rows(-(bottom - top) * 0.9),
            Qt.Key.Key_PageDown: lambda: self.scroll_rows((bottom - top) * 0.9),
            Qt.Key.Key_Return: self._open_current, Qt.Key.Key_Enter: self._open_current,
        }
        action = actions.get(Qt.Key(key))
        if action is None:
            return False
        action()
        return True

    def _fit_cursor_to_range(self, *_) -> None:
        """Fit the cursor line to a new range now, not while the view paints.

        pyqtgraph moves the view (``updateMatrix``) and finds a line's bounds lazily, during the
        paint; bounds that change then (on every zoom, and by rounding on a pan) schedule a second
        repaint of every layer behind the line, doubling the cost of each frame.
        """
        self.view.updateMatrix()
        self.cursor.boundingRect()

    def _range_moved(self, *_):
        if self._following_region:
            return
        self._following_region = True
        try:
            self.region.setRegion(self.view.viewRange()[0])
        finally:
            self._following_region = False

    def _region_moved(self):
        if self._following_region:
            return
        self._following_region = True
        try:
            left, right = self.region.getRegion()
            self.view.setXRange(left, right, padding=0)
        finally:
            self._following_region = False

    def set_solar_hijri_axis(self, visible: bool) -> None:
        self.top_axis.setVisible(visible)
        self.top_axis.setHeight(None if visible else 0)

    # --- filters -------------------------------------------------------------------

    def set_person_filter(self, persons: set[str] | None) -> None:
        self.persons = persons
        self.reload()

    def toggle_lane(self, name: str) -> None:
        """Collapse a lane (``Lane.name``) to one row, or expand it again; the lanes above stay put."""
        self.collapsed = self.collapsed ^ {name}
        self.reload()

    def set_kind_visible(self, kind: str, visible: bool) -> None:
        self.kinds[kind] = visible
        button = self.kind_buttons.get(kind)
        if button is not None and button.isChecked() != visible:
            with QSignalBlocker(button):
                button.setChecked(visible)
        self.reload()

    def set_known_by(self, day: int | None) -> None:
        """Hide allegations made after ``day`` (None shows all)."""
        self.known_by = day
        with QSignalBlocker(self.known_by_check), QSignalBlocker(self.known_by_edit):
            self.known_by_check.setChecked(day is not None)
            self.known_by_edit.setEnabled(day is not None)
            if day is not None:
                self.known_by_edit.setText(known_by_text(day))
        self.reload()

    def _known_by_edited(self, *_):
        """Read the typed date whole ("1 Jun 2015"); a month or year counts up to its last day."""
        if not self.known_by_check.isChecked():
            self.set_known_by(None)
            return
        try:
            typed = typed_dates.read_typed_date(self.known_by_edit.text(), typed_dates.default_calendar())
            day = dates.bounds(typed).latest
        except dates.DateError as error:
            self.known_by_edit.setStyleSheet("color: #b00020;")
            self.known_by_edit.setToolTip(f"⚠ {error}")
            return
        self.known_by_edit.setStyleSheet("")
        self.known_by_edit.setToolTip(self._known_by_tip())
        if day is not None and day != self.known_by:
            self.set_known_by(day)

    def _known_by_tip(self) -> str:
        return self.tr("A date: {examples}").format(examples=typed_dates.examples())

    def _filter_text_changed(self, text: str) -> None:
        if not text.strip():
            self.set_person_filter(None)
            return
        self.set_person_filter({person["id"] for person in match_persons(self.session.store, text.strip())})

    # --- "as of" cursor -----------------------------------------------------------------

    def as_of_day(self) -> int:
        return self._as_of_day

    def set_as_of_day(self, day: int) -> None:
        self.cursor.setValue((day + 0.5) * SECONDS_PER_DAY)

    def _cursor_moved(self) -> None:
        day = int(np.floor(self.cursor.value() / SECONDS_PER_DAY))
        if day == self._as_of_day:
            return
        self._as_of_day = day
        self.cursor_tag.set_text(self.tr("as of {date}").format(date=dates.format_day_both(dates.day_from_number(day))),
                                 self.cursor.value())
        self._as_of_timer.start()

    # --- pointing ------------------------------------------------------------------

    def item_at(self, position: QPointF) -> tuple[str, str] | None:
        """(table, id) of the item drawn at a point in the ViewBox's pixels."""
        viewport = Viewport.of(self.view)
        row, day = viewport.row_at(position.y()), viewport.day_at(position.x())
        return self.layout_data.item_at(row, day, tolerance_days=5 / viewport.px_per_day)

    def _clicked(self, position: QPointF) -> None:
        self.graphics.setFocus()
        item = self.item_at(position)
        if item is not None:
            self._select_in_place(*item)

    def _select_in_place(self, table: str, row_id: str) -> None:
        """Select what the user pointed at without moving the view."""
        self._clicking = True
        try:
            self.session.selection.select(table, row_id)
        finally:
            self._clicking = False

    def _lane_clicked(self, lane_index: int) -> None:
        lane = self.layout_data.lanes[lane_index]
        if lane.kind == "person":
            self._select_in_place("persons", lane.key)

    def _mouse_moved(self, scene_position) -> None:
        if not self.view.sceneBoundingRect().contains(scene_position):
            self._tooltip_item = None
            self._lane_name_tooltip(scene_position)
            return
        position = self.view.mapFromScene(scene_position)
        viewport = Viewport.of(self.view)
        self.hovered_day.emit(int(np.floor(viewport.day_at(position.x()))))
        item = self.item_at(position)
        if item == self._tooltip_item:
            return
        self._tooltip_item = item
        if item is None:
            QToolTip.hideText()
            return
        text = tooltip_text(self.session.store, *item)
        if text:
            QToolTip.showText(QCursor.pos(), tooltip(text), self.graphics)

    def _lane_name_tooltip(self, scene_position) -> None:
        """A lane name cut short to fit its column is shown whole under the mouse."""
        labels = self.lane_labels
        lane = None
        if labels.sceneBoundingRect().contains(scene_position):
            lane = labels.lane_at(labels.mapFromScene(scene_position).y())
        if lane is not None and labels.is_elided(lane):
            QToolTip.showText(QCursor.pos(), tooltip(labels.label_of(lane)), self.graphics)
        else:
            QToolTip.hideText()

    # --- following the selection --------------------------------------------------------

    def _extent_of(self, table: str | None, row_id: str | None) -> tuple[float, float, float] | None:
        """(first day, last day, row) of a drawn item, or None."""
        if table not in ITEM_TABLES:
            return None
        layout = self.layout_data
        parts = {"terms": [layout.terms], "events": [layout.events], "allegations": [layout.conducts, layout.mades]}
        extents = []
        for part in parts[table]:
            index = part.index_of(row_id)
            if index is not None and not np.isnan(part.possible_start[index]):
                extents.append((part.possible_start[index], part.possible_end[index], part.row[index]))
        if not extents:
            return None
        return min(e[0] for e in extents), max(e[1] for e in extents), extents[0][2]

    def show_item(self, table: str, row_id: str, centre: bool = True) -> None:
        """Highlight the selected item or person, and bring it into view (zooming in if tiny).

        What the user clicked on the timeline is already in view: it is highlighted, never moved.
        """
        centre = centre and not self._clicking
        layout = self.layout_data
        lane_index = None
        self.highlight.selected = None
        extent = self._extent_of(table, row_id)
        if extent is not None:
            self.highlight.selected = (table, row_id)
            lane_index = layout.lane_at(extent[2] + 0.5)
            if centre:
                self._bring_into_view(*extent)
        elif table == "persons":
            lane_index = layout.lane_of("person", row_id)
            if lane_index is not None and centre:
                lane = layout.lanes[lane_index]
                self._bring_rows_into_view(lane.top, lane.bottom)
        self.bands.selected_lane = self.lane_labels.selected_lane = lane_index
        self.lane_labels.update()
        for layer in self.layers:
            layer.update()

    def _bring_into_view(self, first: float, last: float, row: float) -> None:
        visible_first, visible_last = self.visible_days()
        width = visible_last - visible_first
        px_per_day = max(self.view.width(), 1) / max(width, 1e-9)
        if (last - first) * px_per_day < 24:  # too small to see: zoom so it takes a fifth of the view
            width = max((last - first) * 5, 14)
        centre = (first + last) / 2
        self.set_visible_days(centre - width / 2, centre + width / 2)
        self._bring_rows_into_view(row, row + 1)

    def _bring_rows_into_view(self, top: float, bottom: float) -> None:
        view_top, view_bottom = self.visible_rows()
        if top >= view_top and bottom <= view_bottom:
            return
        height = view_bottom - view_top
        new_top = (top + bottom) / 2 - height / 2
        self.view.setYRange(new_top, new_top + height, padding=0)

    # --- actions ----------------------------------------------------------------------------

    def zoom_actions(self) -> list[QAction]:
        """Zoom actions with standard shortcuts, for the View menu."""
        actions = []
        for text, shortcut, slot in (
            (self.tr("Zoom &In"), QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(0.5)),
            (self.tr("Zoom &Out"), QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(2.0)),
            (self.tr("&Fit All"), QKeySequence(Qt.Key.Key_Home), self.fit_all),
        ):
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
            actions.append(action)
        return actions

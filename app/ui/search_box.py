"""The search box (Ctrl+F, also Ctrl+K): results as you type, grouped by kind, with snippets.

A panel over the top of the main window. Typing is debounced and each query runs
on a one-thread pool with its own SQLite connection (``SearchRunner``), so the
window never waits for a search; a result that arrives after a newer query was
typed is dropped. Arrow keys move through the results from the text field, Enter
opens one, Escape closes the panel. Opening a result selects it in the shared
selection (timeline and dossier follow); a source opens in the source reader at
the matching passage.

Snippets are data, so they are escaped before the highlight markup goes around
the matched words (``result_html``).
"""

from __future__ import annotations

import html
import re
import sqlite3
import threading
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QObject, QRect, QRunnable, QSize, Qt, QThreadPool,
    QTimer, Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout, QAction, QKeySequence, QPalette, QStandardItem, QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit, QStyle,
    QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from ..domain import dates
from ..domain.records import status_name
from ..domain.schema import STATUSES
from ..domain.wording import isolate
from ..domain.search import KINDS, SearchFilters, SearchIndex, SearchResult
from ..domain.wording import is_right_to_left
from .plain_text import plain_label, shown

RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
HEADER_ROLE = Qt.ItemDataRole.UserRole + 2
RESULT_LIMIT = 40
DEBOUNCE_MS = 90
KIND_LABELS = {
    "person": QT_TRANSLATE_NOOP("SearchBox", "Persons"), "organization": QT_TRANSLATE_NOOP("SearchBox", "Organizations"),
    "position": QT_TRANSLATE_NOOP("SearchBox", "Positions"), "event": QT_TRANSLATE_NOOP("SearchBox", "Events"),
    "allegation": QT_TRANSLATE_NOOP("SearchBox", "Allegations"), "source": QT_TRANSLATE_NOOP("SearchBox", "Sources"),
}


def kind_label(kind: str) -> str:
    """A result kind's group heading in the interface's language ("Persons")."""
    return QCoreApplication.translate("SearchBox", KIND_LABELS[kind])
_RIGHT_TO_LEFT_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")  # Hebrew, Arabic script
_HIGHLIGHT_STYLE = "background-color:#ffe26b; color:#000000; font-weight:600"


def result_html(result: SearchResult, secondary_colour: str) -> str:
    """The title and the snippet as rich text: data escaped, then the matches marked."""
    pieces, position = [], 0
    for start, end in result.highlights:
        pieces.append(html.escape(result.snippet[position:start]))
        pieces.append(f"<span style='{_HIGHLIGHT_STYLE}'>{html.escape(result.snippet[start:end])}</span>")
        position = end
    pieces.append(html.escape(result.snippet[position:]))
    snippet = "".join(pieces)
    title = f"<div{_direction(result.title)}><b>{html.escape(shown(result.title))}</b></div>"
    if not result.snippet or result.snippet == result.title:
        return title if not result.highlights else f"<div{_direction(result.snippet)}><b>{snippet}</b></div>"
    return f"{title}<div{_direction(result.snippet)} style='color:{secondary_colour}'>{snippet}</div>"


def _direction(text: str) -> str:
    """A line's direction in a right-to-left interface: right to left when it holds any Persian
    (our words, or Persian data), else the data's own (an English snippet's "…" stays at its end).

    NOTE: rich text takes a line's direction from its first letter, even one inside an isolate,
    so "Ali Khamenei: ادعای …" would read left to right.
    """
    if not is_right_to_left():
        return ""
    return " dir='rtl'" if _RIGHT_TO_LEFT_LETTERS.search(text) else " dir='ltr'"


def show_passage(text_view: QPlainTextEdit, passage: str) -> bool:
    """Select the first occurrence of a passage in a text view and scroll it to the middle."""
    cursor = text_view.document().find(passage)
    if cursor.isNull():
        return False
    text_view.setTextCursor(cursor)
    text_view.centerCursor()
    return True


# --- running searches off the window's thread ------------------------------------------------


@dataclass(frozen=True)
class _Request:
    serial: int
    query: str
    filters: SearchFilters
    limit: int


class SearchRunner(QObject):
    """Runs searches on one worker thread with its own connection; the newest request wins.

    A dossier held only in memory cannot be opened twice, so its searches run on
    the store's own connection, in the calling thread.
    """

    finished = Signal(int, object, str)  # serial, list[SearchResult], problem ("" when none)

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._lock = threading.Lock()
        self._pending: _Request | None = None
        self._path = None
        self._index: SearchIndex | None = None
        self._index_path = None
        self._memory_index: SearchIndex | None = None
        session.store_replaced.connect(self._forget_memory_index)

    def submit(self, request: _Request) -> None:
        if self.session.store.path is None:
            if self._memory_index is None:
                self._memory_index = SearchIndex(self.session.store.db)
            self._deliver(request, self._memory_index)
            return
        with self._lock:
            self._pending = request
            self._path = self.session.store.path
        self.pool.start(_Job(self))

    def run_pending(self) -> None:
        """On the worker thread: run the newest request, if another job has not already."""
        with self._lock:
            request, self._pending, path = self._pending, None, self._path
        if request is None:
            return
        if self._index is None or path != self._index_path:
            if self._index is not None:
                self._index.conn.close()
            # NOTE: its own connection; check_same_thread off because the pool may replace an idle thread.
            self._index = SearchIndex(sqlite3.connect(str(path), check_same_thread=False))
            self._index_path = path
        self._deliver(request, self._index)

    def _deliver(self, request: _Request, index: SearchIndex) -> None:
        try:
            results = index.search(request.query, limit=request.limit, filters=request.filters)
        except (sqlite3.Error, dates.DateError) as error:
            self.finished.emit(request.serial, [], str(error))
            return
        self.finished.emit(request.serial, results, "")

    def _forget_memory_index(self) -> None:
        self._memory_index = None

    def wait(self) -> None:
        self.pool.waitForDone()

    def close(self) -> None:
        """At quit: let a running search end, then close its connection, so no -wal is left."""
        self.pool.waitForDone()
        if self._index is not None:
            self._index.conn.close()
            self._index = None


class _Job(QRunnable):
    def __init__(self, runner: SearchRunner):
        super().__init__()
        self.runner = runner

    def run(self) -> None:
        self.runner.run_pending()


# --- showing results -------------------------------------------------------------------------


class ResultDelegate(QStyledItemDelegate):
    """Draws a result as rich text (escaped data, highlighted matches) and a group as a heading."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(4)
        if option.direction == Qt.LayoutDirection.RightToLeft:
            # Each line keeps the direction of its own script (a Latin title reads left to right),
            # but the list reads from the right like the rest of a right-to-left window.
            text_option = document.defaultTextOption()
            text_option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            document.setDefaultTextOption(text_option)
        result = index.data(RESULT_ROLE)
        if result is None:
            document.setHtml(f"<b>{html.escape(index.data(Qt.ItemDataRole.DisplayRole) or '')}</b>")
        else:
            secondary = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
            document.setHtml(result_html(result, secondary))
        document.setTextWidth(max(option.rect.width(), 200))
        return document

    def paint(self, painter, option, index):
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        document = self._document(options, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(role))
        painter.save()
        painter.translate(options.rect.topLeft())
        painter.setClipRect(QRect(0, 0, options.rect.width(), options.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index):
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        view = options.widget
        if view is not None:
            options.rect.setWidth(view.viewport().width())
        document = self._document(options, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class SearchBox(QFrame):
    """The search panel. ``open_box`` shows and focuses it; ``chosen`` reports an opened result."""

    chosen = Signal(object)  # SearchResult
    passage_chosen = Signal(str, str)  # source id, matched passage
    results_shown = Signal()

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("searchBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Search"))
        self.runner = SearchRunner(session, self)
        self.runner.finished.connect(self._show_results)
        self._serial = 0
        self.results: list[SearchResult] = []

        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Search names in any spelling, offices, events, allegations, source text…"))
        self.field.setAccessibleName(self.tr("Search for"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.field.textChanged.connect(self._schedule)

        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in KINDS:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for field, name, example, tip in (
                (self.date_from, self.tr("From date"), self.tr("from, e.g. 1988"),
                 self.tr("From: a date as written in the dossier (EDTF): 1988, 1988-07, 1988-07-19")),
                (self.date_to, self.tr("To date"), self.tr("to, e.g. 1989-06"),
                 self.tr("To: a date as written in the dossier (EDTF): 1988, 1988-07, 1988-07-19"))):
            field.setAccessibleName(name)
            field.setPlaceholderText(example)
            field.setToolTip(tip)
            field.setMaximumWidth(130)
            field.textChanged.connect(self._schedule)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Allegation status"))
        self.status_filter.addItem(self.tr("Any allegation status"), None)
        for status in STATUSES:
            self.status_filter.addItem(self.tr("Allegations: {status}").format(status=status_name(status)), status)
        for combo in (self.kind_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._schedule)

        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(ResultDelegate(self.view))
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._activate)
        self.view.clicked.connect(self._activate)
        self.view.installEventFilter(self)
        self.summary = plain_label(selectable=False)
        self.summary.setAccessibleName(self.tr("Search summary"))

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        filters.addWidget(QLabel(self.tr("Dates:")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.field)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        session.changed.connect(self._data_changed)
        session.store_replaced.connect(self._schedule)
        app = QApplication.instance()
        app.focusChanged.connect(self._focus_changed)
        app.aboutToQuit.connect(self.runner.close)
        if parent is not None:
            parent.installEventFilter(self)
        self.hide()

    # --- installing in the main window ---------------------------------------------------------

    @classmethod
    def install(cls, window) -> SearchBox:
        """Add the box, Edit > Find… (Ctrl+F, Ctrl+K) and a toolbar button to a main window."""
        box = cls(window.session, window)
        box.find_action = QAction(QCoreApplication.translate("SearchBox", "&Find…"), window)
        box.find_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("Ctrl+K")])
        box.find_action.setToolTip(QCoreApplication.translate(
            "SearchBox", "Search names in any spelling, offices, events, allegations and source text"))
        box.find_action.triggered.connect(box.open_box)
        window.edit_menu.addSeparator()
        window.edit_menu.addAction(box.find_action)
        window.toolbar.addAction(box.find_action)
        panes = getattr(window, "dossier_panes", None)
        if panes is not None:
            box.passage_chosen.connect(lambda _source, passage: show_passage(panes.reader.text_view, passage))
        return box

    # --- showing ---------------------------------------------------------------------------------

    def open_box(self) -> None:
        self._place()
        self.show()
        self.raise_()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text().strip():
            self._schedule()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            self.resize(720, 480)
            return
        width = min(760, max(360, parent.width() - 40))
        top = 8
        if hasattr(parent, "menuWidget") and parent.menuWidget() is not None:
            top += parent.menuWidget().height()
        toolbar = getattr(parent, "toolbar", None)
        if toolbar is not None and toolbar.isVisible():
            top += toolbar.height()
        most = max(200, min(600, parent.height() - top - 40))
        self.setGeometry((parent.width() - width) // 2, top, width, min(most, self._wanted_height()))

    def _wanted_height(self) -> int:
        """Tall enough for the results shown (the list scrolls beyond the panel's limit)."""
        rows = sum(self.view.sizeHintForRow(row) for row in range(min(self.model.rowCount(), 40)))
        chrome = self.height() - self.view.height() if self.isVisible() else 130
        return chrome + max(rows, 48) + 2 * self.view.frameWidth()

    def eventFilter(self, watched, event):
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        elif watched in (self.field, self.view) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
            if watched is self.field and key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown,
                                                 Qt.Key.Key_PageUp):
                self._move(key)
                return True
            if watched is self.field and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._debounce.isActive():
                    self.search_now()
                self._activate(self.view.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _focus_changed(self, _old, new) -> None:
        if self.isVisible() and new is not None and not self._contains(new):
            self.hide()

    def _contains(self, widget) -> bool:
        while widget is not None:
            if widget is self:
                return True
            widget = widget.parent()
        return False

    # --- searching -------------------------------------------------------------------------------

    def filters(self) -> SearchFilters:
        kind, status = self.kind_filter.currentData(), self.status_filter.currentData()
        return SearchFilters(
            kinds=frozenset({kind}) if kind else frozenset(),
            date_from=self.date_from.text().strip() or None,
            date_to=self.date_to.text().strip() or None,
            statuses=frozenset({status}) if status else frozenset(),
        )

    def _schedule(self) -> None:
        self._debounce.start()

    def _data_changed(self, _change) -> None:
        if self.isVisible():
            self._schedule()  # the shown results may name what was just edited

    def search_now(self) -> None:
        """Send the current query to the runner (now, not after the typing pause)."""
        self._debounce.stop()
        self._serial += 1
        query = self.field.text()
        problem = self._date_problem()
        if problem or not query.strip():
            self._show_results(self._serial, [], problem)
            return
        self.summary.setText(self.tr("Searching…"))
        self.runner.submit(_Request(self._serial, query, self.filters(), RESULT_LIMIT))

    def _date_problem(self) -> str:
        for field, label in ((self.date_from, self.tr("From: {problem}")), (self.date_to, self.tr("To: {problem}"))):
            text = field.text().strip()
            try:
                if text:
                    dates.parse(text)
            except dates.DateError as error:
                return label.format(problem=error)
        return ""

    def _show_results(self, serial: int, results: list, problem: str) -> None:
        if serial != self._serial:
            return  # a newer query was typed meanwhile
        self.results = results
        self.model.clear()
        groups: dict[str, list[SearchResult]] = {}
        for result in results:  # ranked, so each group's first is its best; groups in order of it
            groups.setdefault(result.kind, []).append(result)
        for kind, members in groups.items():
            header = QStandardItem(self.tr("{kind} (%n)", "", len(members)).format(kind=kind_label(kind)))
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setData(kind, HEADER_ROLE)
            self.model.appendRow(header)
            for result in members:
                item = QStandardItem(result.title)
                item.setData(result, RESULT_ROLE)
                item.setToolTip("")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.model.appendRow(item)
        first = self._result_rows()
        if first:
            self.view.setCurrentIndex(self.model.index(first[0], 0))
        query = self.field.text().strip()
        if problem:
            self.summary.setText(problem)
        elif not query:
            self.summary.setText(self.tr("Type a name in any spelling, or words from a title or source."))
        elif not results:
            self.summary.setText(self.tr("Nothing found for “{query}”.").format(query=isolate(query)))
        else:
            count = self.tr("%n result(s)", "", len(results))
            more = self.tr(" (the best shown)") if len(results) >= RESULT_LIMIT else ""
            self.summary.setText(self.tr("{count}{more} · ↑↓ to move, Enter to open, Esc to close").format(
                count=count, more=more))
        if self.isVisible():
            self._place()
        self.results_shown.emit()

    def _result_rows(self) -> list[int]:
        return [row for row in range(self.model.rowCount())
                if self.model.item(row).data(RESULT_ROLE) is not None]

    def _move(self, key) -> None:
        rows = self._result_rows()
        if not rows:
            return
        current = self.view.currentIndex().row()
        position = rows.index(current) if current in rows else -1
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[key]
        position = min(max(position + step, 0), len(rows) - 1)
        index = self.model.index(rows[position], 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _activate(self, index: QModelIndex) -> None:
        result = index.data(RESULT_ROLE) if index.isValid() else None
        if result is None:
            return
        self.hide()
        self.session.selection.select(result.table, result.id)
        if result.kind == "source" and result.passage:
            self.passage_chosen.emit(result.id, result.passage)
        self.chosen.emit(result)

"""The person list: every person with their counts, filterable and sortable.

Picking a person selects them in the shared selection, which opens their dossier;
the list follows the selection back (a term or allegation selects its person).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from ..domain.names import fold
from ..domain.wording import isolate
from .plain_text import shown, tooltip
from .session import Session

# Roles as plain numbers: looking up Qt's enums costs more than storing a value, 30,000 times per read.
_DISPLAY, _TOOLTIP, _ALIGNMENT = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole))
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # in the name column
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # in the name column
COUNT_PADDING = 16  # px beside a count in its cell
_COUNTS = ("offices", "allegations")  # the count columns, after the name
_COUNT_ALIGNMENT = int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)

# What the list shows (names, aliases, counts of offices and allegations): other edits leave it as it is.
_SHOWN_COLUMNS: dict[str, set[str] | None] = {"persons": {"name", "name_native"}, "aliases": None,
                                              "terms": {"person_id"}, "allegations": {"subject_id"}}


class PersonListModel(QStandardItemModel):
    """Persons as rows (name, offices, allegations), every value a cell shows held in Qt.

    NOTE: not a Python model (``ReadOnlyTableModel``): a view asks each cell for seven roles per
    paint, and 30 rows of Python answers cost more than the rest of the list's painting. Here the
    name is stored as shown (bounded, isolated in a right-to-left interface), counts as numbers
    (the view writes them in the locale's digits), the tooltip built once per read; painting, sorting
    and filtering (``PersonFilterProxy``) then run without Python. The id and the folded name and
    spellings (``SEARCH_ROLE``) are in the name column; ``SORT_ROLE`` in every column.
    """

    CONTEXT = "PersonListModel"
    HEADERS = (QT_TRANSLATE_NOOP("PersonListModel", "Name"), QT_TRANSLATE_NOOP("PersonListModel", "Offices"),
               QT_TRANSLATE_NOOP("PersonListModel", "Allegations"))
    HEADER_TIPS = (QT_TRANSLATE_NOOP("PersonListModel", "Name, native name and other spellings"),
                   QT_TRANSLATE_NOOP("PersonListModel", "Terms in office, as the dossier lists them: "
                                                        "versions of one claim where sources differ count once"),
                   QT_TRANSLATE_NOOP("PersonListModel", "Allegations made against the person"))

    def __init__(self, session: Session, parent=None, *, fill_later: bool = False):
        super().__init__(0, len(self.HEADERS), parent)
        self.session = session
        read_only = QStandardItem()  # every cell is made from it: selectable, not editable, not draggable
        read_only.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren)
        self.setItemPrototype(read_only)
        for section, (header, tip) in enumerate(zip(self.HEADERS, self.HEADER_TIPS)):
            self.setHeaderData(section, Qt.Orientation.Horizontal, QCoreApplication.translate(self.CONTEXT, header))
            self.setHeaderData(section, Qt.Orientation.Horizontal, QCoreApplication.translate(self.CONTEXT, tip),
                               Qt.ItemDataRole.ToolTipRole)
        self._rows_by_id: dict[str, int] = {}
        self._largest = dict.fromkeys(_COUNTS, 0)
        self._also_written, self._comma = self.tr("Also written: {aliases}"), self.tr(", ")
        self._plurals: dict[tuple[str, int], str] = {}
        self._ready: tuple[object, list[tuple]] | None = None  # (store, rows) long work read: see ``take_rows``
        self.filled = False
        if not fill_later:
            self.reload()

    def fill(self) -> None:
        """Read the persons now if they were left for later (``fill_later``)."""
        if not self.filled:
            self.reload()

    def read_rows(self, store) -> list[tuple]:
        """What the list shows of every person of ``store``, in the order of their folded names (the order
        ties keep when sorted by a count). Touches no cell, so long work calls it off the window's thread."""
        aliases = store.aliases_by_person()
        persons = [(fold(person["name"]), person) for person in store.persons()]
        persons.sort(key=lambda pair: pair[0])
        return [(person, sort_name, *self._texts(person, aliases.get(person["id"], [])))
                for sort_name, person in persons]

    def take_rows(self, store, rows: list[tuple]) -> None:
        """Rows long work read (``read_rows``) of ``store`` as it is now: the next reading of that store is these."""
        self._ready = (store, rows)

    def take_ready(self) -> list[tuple] | None:
        """The rows offered for the store open now, if any; the offer is gone either way."""
        ready, self._ready = self._ready, None
        return ready[1] if ready is not None and ready[0] is self.session.store else None

    def reload(self, rows: list[tuple] | None = None) -> None:
        """Show every person again: ``rows`` of ``read_rows`` when long work read them, else read now."""
        rows = self.read_rows(self.session.store) if rows is None else rows
        self.beginResetModel()
        # NOTE: the reset tells the views; a signal per cell would have the proxy sort and filter 30,000 times.
        self.blockSignals(True)
        try:
            self.setRowCount(0)
            self.setRowCount(len(rows))
            for row, shown_row in enumerate(rows):
                self._show(row, *shown_row)
        finally:
            self.blockSignals(False)
        self._rows_by_id = {person["id"]: row for row, (person, *_texts) in enumerate(rows)}
        self._largest = {key: max((person[key] for person, *_texts in rows), default=0) for key in _COUNTS}
        self.filled = True
        self.endResetModel()

    def update_persons(self, ids: set[str]) -> bool:
        """Read these persons again and change their rows in place (the proxy moves them if their place
        changed); False, changing nothing, when one of them was added or deleted."""
        if not self.filled:
            return True
        store = self.session.store
        fresh = {person["id"]: person for person in store.persons(ids)}
        if any((person_id in fresh) != (person_id in self._rows_by_id) for person_id in ids):
            return False
        aliases = store.aliases_by_person(fresh)
        for person_id, person in fresh.items():
            self._show(self._rows_by_id[person_id], person, fold(person["name"]),
                       *self._texts(person, aliases.get(person_id, [])))
            for key in self._largest:
                self._largest[key] = max(self._largest[key], person[key])
        return True

    def _texts(self, person: dict, alias_list: list[str]) -> tuple[str, str, str]:
        """The name as shown, the tooltip and the folded spellings the filter searches."""
        return (isolate(shown(person["name"])), self._tooltip(person, alias_list),
                fold(" ".join([person["name"], person.get("name_native") or "", *alias_list])))

    def _show(self, row: int, person: dict, sort_name: str, name: str, tip: str, search: str) -> None:
        """Put what ``row`` shows of ``person`` (a row of ``Store.persons``) into its cells."""
        self.setItemData(self.index(row, 0), {
            _DISPLAY: name, _TOOLTIP: tip, ID_ROLE: person["id"], SORT_ROLE: sort_name, SEARCH_ROLE: search})
        for column, key in enumerate(_COUNTS, 1):
            self.setItemData(self.index(row, column), {
                _DISPLAY: person[key], SORT_ROLE: person[key], _TOOLTIP: tip, _ALIGNMENT: _COUNT_ALIGNMENT})

    def _tooltip(self, person: dict, alias_list: list[str]) -> str:
        lines = [person["name"]]
        if person.get("name_native"):
            lines.append(person["name_native"])
        if alias_list:
            lines.append(self._also_written.format(aliases=self._comma.join(isolate(alias) for alias in alias_list)))
        lines.append(self._counted("offices", person["offices"]) + self._comma
                     + self._counted("allegations", person["allegations"]))
        return tooltip("\n".join(lines))

    def _counted(self, key: str, count: int) -> str:
        """"3 offices (…)", "1 allegation": translated once per count (10,000 tooltips share a few dozen)."""
        if (key, count) not in self._plurals:
            self._plurals[key, count] = (
                self.tr("%n office(s) (versions of one claim counted once)", "", count) if key == "offices"
                else self.tr("%n allegation(s)", "", count))
        return self._plurals[key, count]

    def largest(self, key: str) -> int:
        """The largest count listed under ``key`` ("offices", "allegations") since the list was read
        (a count that shrank keeps its column's width until then); 0 for none."""
        return self._largest[key]

    def row_of(self, person_id: str) -> int:
        return self._rows_by_id.get(person_id, -1)


class PersonFilterProxy(QSortFilterProxyModel):
    """Sorts on ``SORT_ROLE`` and keeps the persons whose name, native name or any alias contains the
    filter text (folded as names are), both in Qt."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # both sides are folded already

    def set_filter_text(self, text: str) -> None:
        self.setFilterFixedString(fold(text.strip()))


class PersonList(QWidget):
    """The person list dock's contents: a filter box over a sortable table."""

    def __init__(self, session: Session, parent=None, *, fill_later: bool = False):
        """``fill_later``: the persons are read by ``model.fill`` (the window calls it after its first frame)."""
        super().__init__(parent)
        self.session = session
        self._following = False
        self.model = PersonListModel(session, self, fill_later=fill_later)
        self.proxy = PersonFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Filter by name or alias"))
        self.filter_box.setAccessibleName(self.tr("Filter persons"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.proxy.set_filter_text)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Persons"))
        self.table.setModel(self.proxy)  # NOTE: Qt's own delegate: the model holds the names bounded and isolated
        # NOTE: the indicator first, so enabling sorting sorts once, by name (not by name descending, then again).
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line per person; a name cut short is whole in its tooltip
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # NOTE: the counts' widths are set here (_fit_counts), not by ResizeToContents: that measures a
        # thousand rows' cells again on every change of one row.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.model.modelReset.connect(self._fit_counts)
        self._fit_counts()
        self.table.selectionModel().currentRowChanged.connect(self._row_picked)

        self.setMinimumWidth(200)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.table)

        session.selection.changed.connect(self._follow_selection)
        session.changed.connect(self._data_changed)
        session.store_replaced.connect(lambda: self.model.reload(self.model.take_ready()))

    def _fit_counts(self) -> None:
        """The count columns as wide as their heading or their widest number."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column, key in enumerate(_COUNTS, 1):
            widest = self.model.largest(key)
            header.resizeSection(column, max(header.sectionSizeHint(column),
                                             metrics.horizontalAdvance(str(widest)) + COUNT_PADDING))

    def preferred_width(self) -> int:
        """The width that shows every name whole beside the counts."""
        table = self.table
        columns = table.sizeHintForColumn(0) + sum(table.horizontalHeader().sectionSizeHint(c) for c in (1, 2))
        margins = self.layout().contentsMargins()
        return (columns + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
                + margins.left() + margins.right())

    def select_person(self, person_id: str) -> None:
        """Pick a person as a user would (this selects them everywhere)."""
        self.model.fill()
        source_row = self.model.row_of(person_id)
        if source_row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )

    def _row_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._following or not current.isValid():
            return
        self.session.selection.select("persons", current.siblingAtColumn(0).data(ID_ROLE))

    def _follow_selection(self, table: str, row_id: str) -> None:
        person_id = self._person_of(table, row_id)
        if not person_id:
            return
        self._following = True
        try:
            self.select_person(person_id)
        finally:
            self._following = False

    def _person_of(self, table: str, row_id: str) -> str | None:
        if table == "persons":
            return row_id
        column = {"terms": "person_id", "allegations": "subject_id", "aliases": "person_id"}.get(table)
        row = self.session.store.get(table, row_id) if column else None
        return row[column] if row else None

    def _data_changed(self, change) -> None:
        """Only the rows of the persons a change names (``Change.persons``) are read again, when it names them;
        all of them when it names many (from the rows long work read for it, if it did)."""
        ready = self.model.take_ready()  # offered for this change only
        if not change.touches(_SHOWN_COLUMNS):
            return
        if change.names_few_persons and self.model.update_persons(change.persons):
            self._fit_counts()
            return
        current = self.table.currentIndex().siblingAtColumn(0).data(ID_ROLE)
        self.model.reload(ready)
        if current:
            self._follow_selection("persons", current)

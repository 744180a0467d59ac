"""The person list: every person with their counts, filterable and sortable.

Picking a person selects them in the shared selection, which opens their dossier;
the list follows the selection back (a term or allegation selects its person).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from ..domain.names import fold
from ..domain.wording import isolate
from .plain_text import bound_cells, tooltip
from ..domain.store import Change
from .session import Session
from .table_model import ReadOnlyTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
COUNT_PADDING = 16  # px beside a count in its cell

# What the list shows (names, aliases, counts of offices and allegations): other edits leave it as it is.
_SHOWN_COLUMNS: dict[str, set[str] | None] = {"persons": {"name", "name_native"}, "aliases": None,
                                              "terms": {"person_id"}, "allegations": {"subject_id"}}


_SORT_KEYS = ("sort_name", "offices", "allegations")  # by column


def _listed(person: dict, alias_list: list[str]) -> dict:
    """A person's row (``Store.persons``) with what listing it needs: names folded once here, as
    sorting asks for these keys hundreds of thousands of times."""
    person.update(alias_list=alias_list, sort_name=fold(person["name"]), search_text=fold(
        " ".join([person["name"], person.get("name_native") or "", *alias_list])))
    return person


class PersonListModel(ReadOnlyTableModel):
    """Persons as rows (name, offices, allegations); ids and search text in custom roles."""

    CONTEXT = "PersonListModel"
    HEADERS = (QT_TRANSLATE_NOOP("PersonListModel", "Name"), QT_TRANSLATE_NOOP("PersonListModel", "Offices"),
               QT_TRANSLATE_NOOP("PersonListModel", "Allegations"))
    HEADER_TIPS = (QT_TRANSLATE_NOOP("PersonListModel", "Name, native name and other spellings"),
                   QT_TRANSLATE_NOOP("PersonListModel", "Terms in office, as the dossier lists them: "
                                                        "versions of one claim where sources differ count once"),
                   QT_TRANSLATE_NOOP("PersonListModel", "Allegations made against the person"))

    def __init__(self, session: Session, parent=None, *, fill_later: bool = False):
        super().__init__(parent)
        self.session = session
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._rows_by_id: dict[str, int] | None = None
        self._largest = dict.fromkeys(_SORT_KEYS[1:], 0)
        self.filled = False
        if not fill_later:
            self.reload()

    def fill(self) -> None:
        """Read the persons now if they were left for later (``fill_later``)."""
        if not self.filled:
            self.reload()

    def reload(self) -> None:
        store = self.session.store
        aliases = store.aliases_by_person()
        rows = [_listed(person, aliases.get(person["id"], [])) for person in store.persons()]
        self.beginResetModel()
        self._rows = rows
        self.filled = True
        self._order_rows()
        self._largest = {key: max((row[key] for row in rows), default=0) for key in _SORT_KEYS[1:]}
        self.endResetModel()

    def update_persons(self, ids: set[str]) -> bool:
        """Read these persons again and change their rows in place (the list sorted again only if their
        place may have moved); False, changing nothing, when one of them was added or deleted."""
        if not self.filled:
            return True
        store = self.session.store
        fresh = {person["id"]: person for person in store.persons(ids)}
        row_of = self._row_index()
        if any((person_id in fresh) != (person_id in row_of) for person_id in ids):
            return False
        aliases = store.aliases_by_person(fresh)
        moved = False
        sorted_by = _SORT_KEYS[self._sorted_by[0]] if self._sorted_by is not None else None
        for person_id, person in fresh.items():
            index = row_of[person_id]
            before, after = self._rows[index], _listed(person, aliases.get(person_id, []))
            moved |= sorted_by is not None and before[sorted_by] != after[sorted_by]
            self._rows[index] = after
            for key in self._largest:
                self._largest[key] = max(self._largest[key], after[key])
            self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.HEADERS) - 1))
        if moved:
            self.sort(*self._sorted_by)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here on Python keys: a proxy would ask for two keys per comparison, 150,000 calls for 10,000 persons.

        Stable, like Qt's sort: rows with equal keys keep their order.
        """
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        ids = [row["id"] for row in self._rows]
        self._order_rows()
        row_of = self._row_index()
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(row_of[ids[index.row()]], index.column()) for index in persistent])
        self.layoutChanged.emit()

    def _order_rows(self) -> None:
        self._rows_by_id = None
        if self._sorted_by is not None:
            column, order = self._sorted_by
            key = _SORT_KEYS[column]
            self._rows.sort(key=lambda row: row[key], reverse=order == Qt.SortOrder.DescendingOrder)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADER_TIPS[section])
        return super().headerData(section, orientation, role)

    def cell(self, row: dict, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (row["name"], row["offices"], row["allegations"])[column]  # counts in the locale's digits
        if role == SORT_ROLE:
            return (row["sort_name"], row["offices"], row["allegations"])[column]
        if role == ID_ROLE:
            return row["id"]
        if role == SEARCH_ROLE:
            return row["search_text"]
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row["name"]]
            if row.get("name_native"):
                lines.append(row["name_native"])
            if row["alias_list"]:
                lines.append(self.tr("Also written: {aliases}").format(
                    aliases=self.tr(", ").join(isolate(alias) for alias in row["alias_list"])))
            lines.append(self.tr("%n office(s) (versions of one claim counted once)", "", row["offices"])
                         + self.tr(", ") + self.tr("%n allegation(s)", "", row["allegations"]))
            return tooltip("\n".join(lines))
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def largest(self, key: str) -> int:
        """The largest count listed under ``key`` ("offices", "allegations") since the list was read
        (a count that shrank keeps its column's width until then); 0 for none."""
        return self._largest[key]

    def row_of(self, person_id: str) -> int:
        return self._row_index().get(person_id, -1)

    def _row_index(self) -> dict[str, int]:
        """Person id → row, read once per order of the rows."""
        if self._rows_by_id is None:
            self._rows_by_id = {row["id"]: index for index, row in enumerate(self._rows)}
        return self._rows_by_id


class PersonFilterProxy(QSortFilterProxyModel):
    """Keeps the persons whose name, native name or any alias contains the filter text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts itself (much faster); the proxy keeps its order and only filters."""
        self.sourceModel().sort(column, order)

    def set_filter_text(self, text: str) -> None:
        needle = fold(text.strip())
        self.beginFilterChange()
        self._needle = needle
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in (index.data(SEARCH_ROLE) or "")


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
        self.table.setModel(self.proxy)
        bound_cells(self.table)
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
        session.store_replaced.connect(self.model.reload)

    def _fit_counts(self) -> None:
        """The count columns as wide as their heading or their widest number."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column, key in enumerate(_SORT_KEYS[1:], 1):
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
        self.session.selection.select("persons", current.data(ID_ROLE))

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
        """Only the rows of the persons a change names (``Change.persons``) are read again, when it names them."""
        if not change.touches(_SHOWN_COLUMNS):
            return
        if (change.persons is not None and len(change.persons) <= Change.PIECEMEAL
                and self.model.update_persons(change.persons)):
            self._fit_counts()
            return
        current = self.table.currentIndex().data(ID_ROLE)
        self.model.reload()
        if current:
            self._follow_selection("persons", current)

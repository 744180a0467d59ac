"""The "Needs a source" view: every claim (person, term, event, allegation) with no citation."""

from __future__ import annotations

import bisect

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ...domain.schema import CLAIM_TABLES
from ...domain.store import Change
from ..plain_text import bound_cells, tooltip
from ..session import Session
from ...domain.records import record_label, record_name
from .forms import open_form


class NeedsSourceView(QWidget):
    """Lists uncited claims; clicking selects one everywhere, Edit… opens its form."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        bound_cells(self.list)
        self.list.itemClicked.connect(self._select)
        self.list.itemActivated.connect(self._edit)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(lambda: self._edit(self.list.currentItem()))
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        session.changed.connect(self._changed)
        session.store_replaced.connect(self.refresh)
        self.refresh()

    def _changed(self, change) -> None:
        """Claims added or deleted, citations changed, or a listed claim edited (its label may differ): the
        claims a change names are looked at again (all of them when it does not say whose citations changed)."""
        listed_edited = any((table, row_id) in self._listed
                            for table, ids in change.updated.items() for row_id in ids)
        if not (listed_edited or change.touches({**{table: set() for table in CLAIM_TABLES}, "citations": None})):
            return
        named = {(table, row_id) for kind in (change.added, change.updated, change.deleted)
                 for table, ids in kind.items() if table in CLAIM_TABLES for row_id in ids}
        named |= {key for key in change.pointed_at if key[0] in CLAIM_TABLES}
        if change.persons is None or len(named) > Change.PIECEMEAL:
            self.refresh()
        else:
            self._look_again(named)

    def refresh(self) -> None:
        store = self.session.store
        self._listed: dict[tuple[str, str], QListWidgetItem] = {}
        self._order: list[tuple[int, str]] = []  # (table's place in CLAIM_TABLES, id) of each row, as listed
        self.list.clear()
        for table, row_id in store.uncited(CLAIM_TABLES):
            self._list(len(self._order), table, row_id, store.get(table, row_id))
        self._show_summary()

    def _look_again(self, claims: set[tuple[str, str]]) -> None:
        """List, relabel or drop these claims as they are now, the rest of the list kept."""
        store = self.session.store
        for table, row_id in sorted(claims):
            listed = self._listed.pop((table, row_id), None)
            if listed is not None:
                index = self.list.row(listed)
                del self._order[index]
                self.list.takeItem(index)
            row = store.get(table, row_id)
            if row is not None and not store.source_count(table, row_id):
                self._list(bisect.bisect(self._order, (CLAIM_TABLES.index(table), row_id)), table, row_id, row)
        self._show_summary()

    def _list(self, index: int, table: str, row_id: str, row: dict) -> None:
        item = QListWidgetItem(self.tr("{kind}: {label}").format(
            kind=record_name(table), label=record_label(self.session.store, table, row)))
        item.setData(Qt.ItemDataRole.UserRole, (table, row_id))
        item.setToolTip(tooltip(f"{table} {row_id}"))
        self.list.insertItem(index, item)
        self._order.insert(index, (CLAIM_TABLES.index(table), row_id))
        self._listed[(table, row_id)] = item

    def _show_summary(self) -> None:
        count = len(self._order)
        self.summary.setText(
            self.tr("%n claim(s) have no citation. Select text in a source and choose “Cite for…” to add one.", "",
                    count)
            if count else self.tr("Every claim cites a source."))

    def _select(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.session.selection.select(*item.data(Qt.ItemDataRole.UserRole))

    def _edit(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            table, row_id = item.data(Qt.ItemDataRole.UserRole)
            self.session.selection.select(table, row_id)
            open_form(self.session, table, row_id, parent=self.window())

"""The "Needs a source" view: every claim (person, term, event, allegation) with no citation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ...domain.schema import CLAIM_TABLES
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
        """Claims added or deleted, citations changed, or a listed claim edited (its label may differ)."""
        listed_edited = any((table, row_id) in self._listed
                            for table, ids in change.updated.items() for row_id in ids)
        if listed_edited or change.touches({**{table: set() for table in CLAIM_TABLES}, "citations": None}):
            self.refresh()

    def refresh(self) -> None:
        store = self.session.store
        uncited = store.uncited(CLAIM_TABLES)
        self._listed = set(uncited)
        self.list.clear()
        for table, row_id in uncited:
            label = record_label(store, table, store.get(table, row_id))
            item = QListWidgetItem(self.tr("{kind}: {label}").format(kind=record_name(table), label=label))
            item.setData(Qt.ItemDataRole.UserRole, (table, row_id))
            item.setToolTip(tooltip(f"{table} {row_id}"))
            self.list.addItem(item)
        self.summary.setText(
            self.tr("%n claim(s) have no citation. Select text in a source and choose “Cite for…” to add one.", "",
                    len(uncited))
            if uncited else self.tr("Every claim cites a source."))

    def _select(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.session.selection.select(*item.data(Qt.ItemDataRole.UserRole))

    def _edit(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            table, row_id = item.data(Qt.ItemDataRole.UserRole)
            self.session.selection.select(table, row_id)
            open_form(self.session, table, row_id, parent=self.window())

"""One read-only table model base: rows held in a list, named columns, a cell method per model.

Subclasses set ``HEADERS`` (marked with ``QT_TRANSLATE_NOOP`` in the context named by
``CONTEXT``, shown translated) and say what a cell shows for a role (``cell``); counting,
headers and index checks live here once (STYLE.md habit 3).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class ReadOnlyTableModel(QAbstractTableModel):
    """Rows in ``self._rows``, columns named by ``HEADERS``; nothing is editable."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = ""  # the translation context the headers are marked in

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def cell(self, row, column: int, role: int):
        """What the cell of ``row`` (an element of ``_rows``) in ``column`` shows for ``role``, or None."""
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

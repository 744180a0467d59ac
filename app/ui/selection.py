"""The one selection shared by every view, with back/forward history.

Whatever is selected anywhere is selected everywhere (design.md §4): views call
``select(table, id)`` and follow ``changed``; they never talk to each other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    """The selected record as (table, id); ("", "") when nothing is selected."""

    changed = Signal(str, str)  # table, id
    history_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._back: list[tuple[str, str]] = []
        self._forward: list[tuple[str, str]] = []
        self.current: tuple[str, str] = ("", "")

    def select(self, table: str, row_id: str) -> None:
        """Select a record and remember the previous one for Back."""
        if (table, row_id) == self.current:
            return
        if self.current != ("", ""):
            self._back.append(self.current)
        self._forward.clear()
        self._set(table, row_id)

    def clear(self) -> None:
        self.select("", "")

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> None:
        if self._back:
            self._forward.append(self.current)
            self._set(*self._back.pop())

    def forward(self) -> None:
        if self._forward:
            self._back.append(self.current)
            self._set(*self._forward.pop())

    def _set(self, table: str, row_id: str) -> None:
        self.current = (table, row_id)
        self.changed.emit(table, row_id)
        self.history_changed.emit()

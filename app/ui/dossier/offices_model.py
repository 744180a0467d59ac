"""Offices held, as a table model over the dossier's office items (sortable through a proxy)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush

from ...domain.person_dossier import OfficeItem
from ...domain.records import rank_name
from ...domain.wording import isolate
from ..desktop import problem_colour
from ..plain_text import tooltip
from ..table_model import ReadOnlyTableModel

TERM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

UNCITED_TEXT = QT_TRANSLATE_NOOP("OfficesModel", "⚠ uncited")


class OfficesModel(ReadOnlyTableModel):
    """One row per office item; sort keys are day numbers, not the written dates."""

    CONTEXT = "OfficesModel"
    HEADERS = (QT_TRANSLATE_NOOP("OfficesModel", "Position"), QT_TRANSLATE_NOOP("OfficesModel", "Institution"),
               QT_TRANSLATE_NOOP("OfficesModel", "From"), QT_TRANSLATE_NOOP("OfficesModel", "To"),
               QT_TRANSLATE_NOOP("OfficesModel", "Length"), QT_TRANSLATE_NOOP("OfficesModel", "Sources"))

    def set_items(self, items: tuple[OfficeItem, ...]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def update_items(self, items: tuple[OfficeItem, ...]) -> list[int] | None:
        """Change the rows that differ, in place (a selection stays): the rows changed, or None, changing
        nothing, when the offices are not the same terms in the same order (``set_items`` then)."""
        if [item.term_id for item in items] != [row.term_id for row in self._rows]:
            return None
        changed = [index for index, (row, item) in enumerate(zip(self._rows, items)) if row != item]
        for index in changed:
            self._rows[index] = items[index]
            self.dataChanged.emit(self.index(index, 0), self.index(index, self.columnCount() - 1))
        return changed

    def item(self, row: int) -> OfficeItem:
        return self._rows[row]

    def row_of(self, term_id: str) -> int:
        """The row showing a term, or showing it as an alternative version."""
        for row, item in enumerate(self._rows):
            if item.term_id == term_id or any(a.record_id == term_id for a in item.alternatives):
                return row
        return -1

    def cell(self, item: OfficeItem, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                item.position, item.institution, item.from_text, item.to_text, item.length_text,
                self._sources_text(item),
            )[column]
        if role == SORT_ROLE:
            return (
                item.position.casefold(), item.institution.casefold(), _key(item.start_day),
                _key(item.end_day), -1.0 if item.length_days is None else float(item.length_days), len(item.citations),
            )[column]
        if role == TERM_ID_ROLE:
            return item.term_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._details(item))
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and item.uncited:
            return QBrush(problem_colour())
        return None


    def _sources_text(self, item: OfficeItem) -> str:
        if item.uncited:
            return QCoreApplication.translate("OfficesModel", UNCITED_TEXT)
        count = len(item.citations)
        text = self.tr("%n citation(s)", "", count)
        return self.tr("{citations} · sources differ").format(citations=text) if item.sources_differ else text

    def _details(self, item: OfficeItem) -> str:
        lines = [self.tr("{position} ({span})").format(position=isolate(item.position), span=isolate(item.span_text))]
        if item.institution:
            lines.append(item.institution)
        if item.note:
            lines.append(self.tr("Note: {note}").format(note=isolate(item.note)))
        for alternative in item.alternatives:
            lines.append(self.tr("Sources differ — also recorded as: {version} ({rank})").format(
                version=alternative.text, rank=rank_name(alternative.rank)))
        if item.rank_reason:
            lines.append(self.tr("Preferred because: {reason}").format(reason=isolate(item.rank_reason)))
        lines.extend(f"• {c.label}" for c in item.citations)
        if item.uncited:
            lines.append(self.tr("No citation: this claim is not supported by any stored source."))
        return "\n".join(lines)


def _key(number: int | None) -> float:
    """Unknown values sort after known ones."""
    return float("inf") if number is None else float(number)


class OfficesProxy(QSortFilterProxyModel):
    """Sorts offices by their sort keys (dates by day, lengths by days)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

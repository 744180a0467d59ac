"""Cited claims as lists a reader can act on: each claim with its details and citations.

Item views draw their text as plain text; tooltips go through ``plain_text.tooltip``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QListWidget, QListWidgetItem, QStyle, QStyleOptionViewItem,
    QTreeWidget, QTreeWidgetItem,
)

from ...domain.person_dossier import CitationItem
from ...domain.wording import isolate
from ..desktop import problem_colour
from ..plain_text import BoundedCells, bound_cells, tooltip

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # (table, id) of the record an item stands for
UNCITED_TEXT = QT_TRANSLATE_NOOP("claims", "⚠ No citation: no stored source supports this claim")
_QUOTE_MARK = "❝ "


def uncited_text() -> str:
    return QCoreApplication.translate("claims", UNCITED_TEXT)


def citation_text(citation: CitationItem) -> str:
    return _QUOTE_MARK + citation.label


def citation_tooltip(citation: CitationItem) -> str:
    lines = [citation.source_label, QCoreApplication.translate("claims", "“{quote}”").format(quote=isolate(citation.quote))]
    if citation.locator:
        lines.append(QCoreApplication.translate("claims", "Where: {locator}").format(locator=isolate(citation.locator)))
    if citation.note:
        lines.append(QCoreApplication.translate("claims", "Note: {note}").format(note=isolate(citation.note)))
    lines.append(QCoreApplication.translate("claims", "Activate to open the source at this quote."))
    return tooltip("\n".join(lines))


def _flag(item: QTreeWidgetItem | QListWidgetItem) -> None:
    """Colour an uncited claim (and its flag line) so it stands out."""
    if isinstance(item, QTreeWidgetItem):
        item.setForeground(0, QBrush(problem_colour()))
    else:
        item.setForeground(QBrush(problem_colour()))


class _WrappingDelegate(BoundedCells):
    """Sizes each item to its text wrapped at the width the tree gives it.

    NOTE: QStyledItemDelegate.sizeHint gets no column width from a tree view, so
    wrapped text would be measured on one line and elided; the width is supplied here.
    """

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index) -> QSize:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = self.tree.indentation() * (depth + (1 if self.tree.rootIsDecorated() else 0))
        width = max(80, self.tree.viewport().width() - indent)
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        styled.rect = QRect(0, 0, width, 1)
        size = self.tree.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, styled, QSize(), self.tree)
        return QSize(width, size.height() + 2)


class ClaimTree(QTreeWidget):
    """Claims as top-level items; their details and citations as children, always shown."""

    claim_picked = Signal(str, str)  # table, id
    citation_activated = Signal(str)  # citation id

    def __init__(self, accessible_name: str, parent=None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setIndentation(18)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_WrappingDelegate(self))
        self.header().setStretchLastSection(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.currentItemChanged.connect(self._current_changed)
        self.itemActivated.connect(self._activated)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # re-measure wrapped rows at the new width

    def add_claim(self, table: str, record_id: str, text: str, details: list[str],
                  citations: tuple[CitationItem, ...]) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, RECORD_ROLE, (table, record_id))
        item.setToolTip(0, tooltip(text))
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        for detail in details:
            child = QTreeWidgetItem([detail])
            child.setToolTip(0, tooltip(detail))
            child.setData(0, RECORD_ROLE, (table, record_id))
            item.addChild(child)
        for citation in citations:
            child = QTreeWidgetItem([citation_text(citation)])
            child.setData(0, RECORD_ROLE, ("citations", citation.id))
            child.setToolTip(0, citation_tooltip(citation))
            item.addChild(child)
        if not citations:
            child = QTreeWidgetItem([uncited_text()])
            child.setData(0, RECORD_ROLE, (table, record_id))
            _flag(child)
            _flag(item)
            item.addChild(child)
        self.addTopLevelItem(item)
        item.setExpanded(True)
        return item

    def claim_item(self, table: str, record_id: str) -> QTreeWidgetItem | None:
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item.data(0, RECORD_ROLE) == (table, record_id):
                return item
        return None

    def citation_items(self) -> list[QTreeWidgetItem]:
        found = []
        for row in range(self.topLevelItemCount()):
            top = self.topLevelItem(row)
            for index in range(top.childCount()):
                child = top.child(index)
                if (child.data(0, RECORD_ROLE) or ("",))[0] == "citations":
                    found.append(child)
        return found

    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is None:
            return
        claim = current if current.parent() is None else current.parent()
        table, record_id = claim.data(0, RECORD_ROLE)
        self.claim_picked.emit(table, record_id)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        table, record_id = item.data(0, RECORD_ROLE) or ("", "")
        if table == "citations":
            self.citation_activated.emit(record_id)


class CitationList(QListWidget):
    """The citations of one claim; an uncited claim shows a flag instead."""

    citation_activated = Signal(str)

    def __init__(self, accessible_name: str, parent=None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setWordWrap(True)
        bound_cells(self)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.itemActivated.connect(self._activated)

    def set_citations(self, citations: tuple[CitationItem, ...]) -> None:
        self.clear()
        for citation in citations:
            item = QListWidgetItem(citation_text(citation))
            item.setData(RECORD_ROLE, ("citations", citation.id))
            item.setToolTip(citation_tooltip(citation))
            self.addItem(item)
        if not citations:
            item = QListWidgetItem(uncited_text())
            _flag(item)
            self.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        table, record_id = item.data(RECORD_ROLE) or ("", "")
        if table == "citations":
            self.citation_activated.emit(record_id)

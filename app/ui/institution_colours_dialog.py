"""View > Institution Colours…: see and change the colour of each institution.

A change is an undoable edit of the dossier (``meta.institution_colours``), so the
window, exported images and reports all follow it, and it travels with the dossier.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from ..domain.institution_colours import chosen_colours, institution_colours, plan_colour
from ..domain.store import StoreError
from .edit.commands import perform
from .plain_text import warn
from .session import Session

ORG_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(28, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class InstitutionColoursDialog(QDialog):
    """The institutions with terms, most terms first, each with its colour; Change… and Default."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Institution Colours"))
        self.session = session
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Institutions and their colours"))
        self.list.itemActivated.connect(lambda _item: self.change())
        self.change_button = QPushButton(self.tr("&Change…"))
        self.change_button.clicked.connect(lambda: self.change())
        self.default_button = QPushButton(self.tr("&Default"))
        self.default_button.setToolTip(self.tr("Back to the colour the app gives this institution"))
        self.default_button.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        note = QLabel(self.tr("The same colours appear in the timeline, exported images and reports. "
                              "A change is saved in this dossier and can be undone."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(460, 480)
        session.changed.connect(lambda change: "meta" in change.tables and self.fill())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.fill()

    def fill(self) -> None:
        store = self.session.store
        current = self.list.currentItem().data(ORG_ROLE) if self.list.currentItem() else None
        names = {org["id"]: org["name"] for org in store.rows("organizations")}
        chosen = chosen_colours(store.meta())
        self.list.clear()
        for org, colour in institution_colours(store).items():
            item = QListWidgetItem(_swatch(colour), self.tr("{name}  (chosen)").format(name=names.get(org, org))
                                   if org in chosen else names.get(org, org))
            item.setData(ORG_ROLE, org)
            item.setData(NAME_ROLE, names.get(org, org))
            item.setToolTip(colour)
            self.list.addItem(item)
            if org == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._enable()

    def _enable(self) -> None:
        item = self.list.currentItem()
        self.change_button.setEnabled(item is not None)
        self.default_button.setEnabled(item is not None and item.data(ORG_ROLE) in chosen_colours(
            self.session.store.meta()))

    def change(self, colour: str | None = None) -> None:
        """Give the selected institution a colour: ``colour`` ("#RRGGBB"), else the one picked in a colour dialog."""
        item = self.list.currentItem()
        if item is None:
            return
        if colour is None:
            picked = QColorDialog.getColor(QColor(item.toolTip()), self,
                                           self.tr("Colour of {name}").format(name=item.data(NAME_ROLE)))
            if not picked.isValid():
                return
            colour = picked.name()
        self._apply(item, colour)

    def reset(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._apply(item, None)

    def _apply(self, item: QListWidgetItem, colour: str | None) -> None:
        org = item.data(ORG_ROLE)
        name = item.data(NAME_ROLE)
        try:
            perform(self.session, plan_colour(self.session.store, org, colour, name))
        except StoreError as error:
            warn(self, self.tr("Institution Colours"), self.tr("The colour was not changed."), str(error))

"""The Edit menu: Undo/Redo from the session's undo stack, Add/Edit/Delete record, Needs a source."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from ...domain import edits
from ...domain.store import StoreError
from ..plain_text import message_box, warn
from ..session import Session
from .commands import perform
from ...domain.records import record_label, record_name
from .forms import FORM_FIELDS, open_form
from .needs_source import NeedsSourceView

ADD_ORDER = ("persons", "organizations", "positions", "terms", "events", "allegations", "sources")


class EditActions(QObject):
    """The editing actions of one main window; ``install`` puts them in an Edit menu."""

    def __init__(self, window: QMainWindow, session: Session):
        super().__init__(window)
        self.window = window
        self.session = session
        stack = session.undo_stack
        self.undo_action = stack.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(window, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.add_menu = QMenu(self.tr("&Add"), window)
        add_labels = {"persons": self.tr("Person…"), "organizations": self.tr("Organization…"),
                      "positions": self.tr("Position…"), "terms": self.tr("Term in office…"),
                      "events": self.tr("Event…"), "allegations": self.tr("Allegation…"),
                      "sources": self.tr("Source…")}
        for table in ADD_ORDER:
            action = self.add_menu.addAction(add_labels[table])
            action.triggered.connect(lambda _checked=False, t=table: open_form(session, t, parent=window))
        self.edit_action = QAction(self.tr("&Edit Selected…"), window)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action = QAction(self.tr("&Delete Selected…"), window)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.needs_source = NeedsSourceView(session)  # the window docks it
        session.selection.changed.connect(self._enable)
        self._enable()

    def install(self, menu: QMenu) -> None:
        """Put the actions at the top of an Edit menu."""
        before = menu.actions()[0] if menu.actions() else None
        menu.insertActions(before, [self.undo_action, self.redo_action])
        menu.insertSeparator(before)
        menu.insertMenu(before, self.add_menu)
        menu.insertActions(before, [self.edit_action, self.delete_action])
        if before is not None:
            menu.insertSeparator(before)

    def _selected(self) -> tuple[str, str] | None:
        table, row_id = self.session.selection.current
        if table in FORM_FIELDS and self.session.store.get(table, row_id) is not None:
            return table, row_id
        return None

    def _enable(self, *_args) -> None:
        selected = self._selected()
        self.edit_action.setEnabled(selected is not None)
        self.delete_action.setEnabled(selected is not None)

    def edit_selected(self) -> None:
        selected = self._selected()
        if selected is not None:
            open_form(self.session, *selected, parent=self.window)

    def delete_selected(self) -> bool:
        selected = self._selected()
        return selected is not None and self.delete(*selected)

    def delete(self, table: str, row_id: str, *, confirm: bool = True) -> bool:
        """Ask, showing what goes with the record, then delete it as one undoable step."""
        store = self.session.store
        label = record_label(store, table, store.get(table, row_id))
        try:
            edit = edits.plan_delete(store, table, row_id)
        except StoreError as error:
            warn(self.window, self.tr("Cannot delete"), str(error))
            return False
        going = [key for key in edit.after if key != (table, row_id)]
        if confirm and not self._confirm(table, label, going):
            return False
        edit.description = self.tr("Delete {kind} {label}").format(kind=record_name(table), label=label)
        try:
            perform(self.session, edit)
        except StoreError as error:
            warn(self.window, self.tr("Cannot delete"), str(error))
            return False
        self.session.selection.clear()
        return True

    def _confirm(self, table: str, label: str, going: list[tuple[str, str]]) -> bool:
        box = message_box(QMessageBox.Icon.Question, self.tr("Delete"),
                          self.tr("Delete the {kind} “{label}”?").format(kind=record_name(table), label=label),
                          parent=self.window,
                          buttons=QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        if going:
            counts: dict[str, int] = {}
            for other, _ in going:
                counts[other] = counts.get(other, 0) + 1
            box.setInformativeText(self.tr("Deleted with it: {records}.\nUndo brings everything back.").format(
                records=self.tr(", ").join(self._counted(other, n) for other, n in counts.items())))
            box.setDetailedText("\n".join(f"{other} {other_id}" for other, other_id in going))
        else:
            box.setInformativeText(self.tr("Undo brings it back."))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _counted(self, table: str, count: int) -> str:
        """"3 citations": how many records of a table go with the deleted one."""
        counts = {"persons": self.tr("%n person(s)", "", count), "aliases": self.tr("%n alias(es)", "", count),
                  "organizations": self.tr("%n organization(s)", "", count),
                  "positions": self.tr("%n position(s)", "", count),
                  "terms": self.tr("%n term(s) in office", "", count), "events": self.tr("%n event(s)", "", count),
                  "event_persons": self.tr("%n event role(s)", "", count),
                  "allegations": self.tr("%n allegation(s)", "", count),
                  "citations": self.tr("%n citation(s)", "", count), "sources": self.tr("%n source(s)", "", count),
                  "source_originals": self.tr("%n original file(s)", "", count),
                  "identifiers": self.tr("%n identifier(s)", "", count)}
        return counts.get(table) or f"{count} {table}"

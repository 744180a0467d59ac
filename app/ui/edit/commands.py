"""Undo commands: each wraps one domain ``Edit`` and only calls its do/undo.

Writes go through ``session.write`` so every view hears of them. An edit is done
*before* its command is pushed, so a refused edit never reaches the history;
the command's first ``redo`` (which QUndoStack calls on push) is then skipped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...domain.backups import BackupError
from ...domain.edits import Edit, Progress
from ...domain.folders import backup_before
from ...domain.store import Change, StoreError
from ..session import Session


class EditCommand(QUndoCommand):
    def __init__(self, session: Session, edit: Edit, parent: QUndoCommand | None = None):
        super().__init__(edit.description, parent)
        self.session = session
        self.edit = edit
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self.session.write(self.edit.do)

    def undo(self) -> None:
        self.session.write(self.edit.undo)


def perform(session: Session, edit: Edit, progress: Progress | None = None) -> Change:
    """Do an edit now, in one transaction, and record it for undo.

    An edit deleting several rows (a person with their terms, allegations and citations)
    is preceded by a backup of the dossier, as an import is. Raises StoreError (nothing
    written, nothing recorded) when the store refuses it or that backup cannot be made.
    """
    if edit.deletes_several:
        try:
            backup_before(session.store, "bulk-delete")
        except BackupError as error:
            raise StoreError(QCoreApplication.translate("commands", "{error}; nothing was deleted").format(error=error)) from None
    change = session.write(lambda store: edit.do(store, progress))
    session.undo_stack.push(EditCommand(session, edit))
    return change



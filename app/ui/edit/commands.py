"""Undo commands: each wraps one domain ``Edit`` and only calls its do/undo.

Every view hears of each write (``session.changed``). An edit is done *before* its
command is pushed (``record_done``; long work does it in a worker thread on a connection
of its own), so a refused or cancelled edit never reaches the history; the command's first
``redo`` (which QUndoStack calls on push) is then skipped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...domain.backups import BackupError
from ...domain.edits import Edit
from ...domain.progress import Progress
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
    change = edit.do(session.store, progress)
    record_done(session, edit, change)
    return change


def record_done(session: Session, edit: Edit, change: Change) -> None:
    """An edit already done (by ``perform``, or by long work on its own connection) joins the
    history: every view hears what it changed, and Undo reverses it."""
    session.changed.emit(change)
    session.undo_stack.push(EditCommand(session, edit))



"""The open dossier as the views see it: store, shared selection, undo stack, change events.

Views get the session in their constructor and follow its signals (STYLE.md habit 2):
``changed`` after every write (with the store's ``Change``), ``store_replaced`` when
another dossier file is opened. Writes go through ``write`` so every view hears of them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..domain.store import Change, Store
from ..domain.user_settings import custody_name
from .selection import Selection


class Session(QObject):
    changed = Signal(object)  # app.domain.store.Change
    store_replaced = Signal()
    check_failed = Signal(str)  # a trusted dossier's deferred integrity check found a problem (in words)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        store.actor = custody_name()  # who the custody log names: the Preferences name, or nobody
        self.selection = Selection(self)
        self.undo_stack = QUndoStack(self)

    def run_deferred_check(self) -> threading.Thread | None:
        """The checks a trusted own file skipped at opening (opener.DeferredCheck), in a thread.

        The window calls this once it is up; ``check_failed`` says what was wrong, if anything.
        """
        check, self.store.deferred_check = self.store.deferred_check, None
        if check is None:
            return None
        thread = threading.Thread(target=lambda: self._report(check.run()), name="deferred-check", daemon=True)
        thread.start()
        return thread

    def _report(self, problem: str | None) -> None:
        if problem is not None:
            self.check_failed.emit(problem)  # queued to the window's thread

    def write(self, operation: Callable[[Store], Change]) -> Change:
        """Run one store write and tell every view what it changed."""
        change = operation(self.store)
        self.changed.emit(change)
        return change

    def replace_store(self, store: Store) -> None:
        """Switch to another dossier file: old history and selection no longer apply."""
        old = self.store
        self.store = store
        store.actor = custody_name()
        self.undo_stack.clear()
        self.selection.clear()
        self.store_replaced.emit()
        if old is not store:
            old.close()
        self.run_deferred_check()

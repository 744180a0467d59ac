"""Back and Forward over what the user looked at: the shared selection's history."""

from __future__ import annotations

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtCore import QObject

from .selection import Selection


def _shortcuts(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for a standard action, or the usual ones where it names none."""
    keys = QKeySequence.keyBindings(standard)
    return keys or [QKeySequence(fallback)]


class HistoryActions(QObject):
    """The Back and Forward actions, enabled only when there is somewhere to go."""

    def __init__(self, selection: Selection, parent: QObject | None = None):
        super().__init__(parent)
        self.selection = selection
        self.back = QAction(QIcon.fromTheme("go-previous"), self.tr("&Back"), self)
        self.back.setShortcuts(_shortcuts(QKeySequence.StandardKey.Back, "Alt+Left"))
        self.back.setToolTip(self.tr("Back to what you looked at before (Alt+Left)"))
        self.back.triggered.connect(selection.back)
        self.forward = QAction(QIcon.fromTheme("go-next"), self.tr("&Forward"), self)
        self.forward.setShortcuts(_shortcuts(QKeySequence.StandardKey.Forward, "Alt+Right"))
        self.forward.setToolTip(self.tr("Forward again (Alt+Right)"))
        self.forward.triggered.connect(selection.forward)
        selection.history_changed.connect(self._update)
        self._update()

    def actions(self) -> list[QAction]:
        return [self.back, self.forward]

    def add_to_toolbar(self, toolbar) -> None:
        """Add both as toolbar buttons with accessible names (an icon alone names nothing)."""
        for action, name in ((self.back, self.tr("Back")), (self.forward, self.tr("Forward"))):
            toolbar.addAction(action)
            toolbar.widgetForAction(action).setAccessibleName(name)

    def _update(self) -> None:
        self.back.setEnabled(self.selection.can_go_back())
        self.forward.setEnabled(self.selection.can_go_forward())

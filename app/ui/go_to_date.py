"""Go > Go to Date…: a typed date (EDTF, "19 Jul 1988", "c. 1988", «۲۸ تیر ۱۳۶۷») for the timeline's view or its "as of" cursor."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..domain import dates
from .edit.date_field import DateField


class DateDialog(QDialog):
    """Asks for one date, read as the edit forms read dates, and says live what it means."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.field = DateField(parent=self)
        self.field.line.setAccessibleName(self.tr("Date"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.field)
        layout.addWidget(self.buttons)
        self.field.edited.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.field.value() is not None and self.field.problem is None)

    def date(self) -> str | None:
        return self.field.value() if self.field.problem is None else None


def ask_date(parent: QWidget, title: str, prompt: str) -> str | None:
    """The EDTF of the date the user typed, or None if they cancelled."""
    dialog = DateDialog(title, prompt, parent)
    return dialog.date() if dialog.exec() == QDialog.DialogCode.Accepted else None


def days_of(text: str) -> tuple[int, int]:
    """First and last day a typed date can mean (an open side is the named day itself)."""
    bounds = dates.bounds(text)
    earliest = bounds.earliest if bounds.earliest is not None else bounds.latest
    latest = bounds.latest if bounds.latest is not None else bounds.earliest
    return earliest, latest

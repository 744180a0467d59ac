"""A date entry that takes EDTF or a plain date ("1 Jun 2015") and says live what it means in both calendars."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain import dates
from ..desktop import follow_color_scheme, problem_colour


class DateField(QWidget):
    """A typed date plus a line below it: "c. July 1988 · c. Tir–Mordad 1367" or what is wrong.

    Takes EDTF or a plain date ("1 Jun 2015"), read by ``dates.read_typed_date``; the value
    saved is the EDTF. ``ongoing_allowed`` lets an end column take ``..`` (still so as of the
    dossier's date).
    """

    edited = Signal()

    def __init__(self, *, ongoing_allowed: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.ongoing_allowed = ongoing_allowed
        self.line = QLineEdit(self)
        self.line.setPlaceholderText("19 Jul 1988, 1988-07, 1988, 1988~, [..1988]"
                                     + (", .. for ongoing" if ongoing_allowed else ""))
        self.meaning = QLabel(self)
        self.meaning.setTextFormat(Qt.TextFormat.PlainText)
        self.meaning.setWordWrap(True)
        self._problem: str | None = None
        self._extra_problem: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.meaning)
        self.line.textChanged.connect(self._check)
        self._check()
        follow_color_scheme(self, lambda _dark: self._show())

    def value(self) -> str | None:
        """The EDTF text, or None (unknown) when empty; what cannot be read stays as typed."""
        typed = self.line.text().strip()
        if not typed or (self.ongoing_allowed and typed == dates.ONGOING):
            return typed or None
        try:
            return dates.read_typed_date(typed)
        except dates.DateError:
            return typed

    def set_value(self, text: str | None) -> None:
        self.line.setText(text or "")

    @property
    def problem(self) -> str | None:
        """Why the text cannot be saved, or None."""
        return self._problem or self._extra_problem

    def set_extra_problem(self, problem: str | None) -> None:
        """A problem found with another field, e.g. an end before its start."""
        if problem != self._extra_problem:
            self._extra_problem = problem
            self._show()

    def _check(self) -> None:
        """Validate the typed date and show what it means or what is wrong."""
        text = self.value()
        try:
            if text is not None and not (self.ongoing_allowed and text == dates.ONGOING):
                dates.read_typed_date(text)
            self._problem = None
        except dates.DateError as error:
            self._problem = str(error)
        self._show()
        self.edited.emit()

    def _show(self) -> None:
        problem = self.problem
        if problem:
            self.meaning.setText(f"⚠ {problem}")
            self.meaning.setStyleSheet(f"color: {problem_colour().name()};")
        else:
            text = self.value()
            self.meaning.setText("unknown (leave empty)" if text is None else dates.format_both(text))
            self.meaning.setStyleSheet("color: palette(placeholder-text);")

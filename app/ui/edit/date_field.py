"""A date entry that takes EDTF, words ("c. 1988", "before 1990") or a Solar Hijri date, and says live what it stores."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain import dates, typed_dates
from ..desktop import follow_color_scheme, problem_colour


class DateField(QWidget):
    """A typed date, a calendar switch, and two lines below: what the date means and the EDTF stored.

    "c. July 1988 · c. Tir 1367" / "Stored as: 1988-07~", or what is wrong. The text is read by
    ``typed_dates.read_typed_date`` in the calendar the switch names (Solar Hijri first in
    Persian); the value saved is the EDTF. ``ongoing_allowed`` lets an end column take ``..``
    (still so as of the dossier's date).
    """

    edited = Signal()

    def __init__(self, *, ongoing_allowed: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.ongoing_allowed = ongoing_allowed
        self.line = QLineEdit(self)
        self.calendar = QComboBox(self)
        self.calendar.addItem(self.tr("Gregorian"), typed_dates.GREGORIAN)
        self.calendar.addItem(self.tr("Solar Hijri"), typed_dates.SOLAR_HIJRI)
        self.calendar.setCurrentIndex(self.calendar.findData(typed_dates.default_calendar()))
        self.calendar.setAccessibleName(self.tr("Calendar of the typed date"))
        self.calendar.setToolTip(self.tr("The calendar numbers alone are read in (1367-04-28 or 1988-07-19); "
                                         "a month's name says its own calendar"))
        self.meaning = QLabel(self)
        self.meaning.setTextFormat(Qt.TextFormat.PlainText)
        self.meaning.setWordWrap(True)
        self.stored = QLabel(self)
        self.stored.setTextFormat(Qt.TextFormat.PlainText)
        self.stored.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._problem: str | None = None
        self._extra_problem: str | None = None
        typed_row = QHBoxLayout()
        typed_row.setSpacing(4)
        typed_row.addWidget(self.line, 1)
        typed_row.addWidget(self.calendar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(typed_row)
        layout.addWidget(self.meaning)
        layout.addWidget(self.stored)
        self.line.textChanged.connect(self._check)
        self.calendar.currentIndexChanged.connect(self._calendar_changed)
        self._calendar_changed()
        follow_color_scheme(self, lambda _dark: self._show())

    def calendar_in_use(self) -> str:
        return self.calendar.currentData()

    def value(self) -> str | None:
        """The EDTF text, or None (unknown) when empty; what cannot be read stays as typed."""
        typed = self.line.text().strip()
        if not typed or (self.ongoing_allowed and typed == dates.ONGOING):
            return typed or None
        try:
            return typed_dates.read_typed_date(typed, self.calendar_in_use())
        except dates.DateError:
            return typed

    def set_value(self, text: str | None) -> None:
        """Show a stored EDTF date; EDTF is Gregorian, so the switch goes to Gregorian for it."""
        if text:
            self.calendar.setCurrentIndex(self.calendar.findData(typed_dates.GREGORIAN))
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

    def _calendar_changed(self) -> None:
        if self.calendar_in_use() == typed_dates.SOLAR_HIJRI:
            examples = self.tr("28 Tir 1367, Tir 1367, c. 1367, before 1370, 1367-04-28")
        else:
            examples = self.tr("19 Jul 1988, July 1988, c. 1988, before 1990, 1988-07-19, [..1988]")
        if self.ongoing_allowed:
            examples = self.tr("{examples}, .. for ongoing").format(examples=examples)
        self.line.setPlaceholderText(examples)
        self._check()

    def _check(self) -> None:
        """Read the typed date and show what it means and stores, or what is wrong."""
        typed = self.line.text().strip()
        self._problem = None
        if typed and not (self.ongoing_allowed and typed == dates.ONGOING):
            try:
                typed_dates.read_typed_date(typed, self.calendar_in_use())
            except dates.DateError as error:
                self._problem = str(error)
        self._show()
        self.edited.emit()

    def _show(self) -> None:
        problem = self.problem
        text = self.value()
        if problem:
            self.meaning.setText(f"⚠ {problem}")
            self.meaning.setStyleSheet(f"color: {problem_colour().name()};")
        else:
            self.meaning.setText(self.tr("unknown (leave empty)") if text is None else dates.format_both(text))
            self.meaning.setStyleSheet("color: palette(placeholder-text);")
        self.stored.setVisible(text is not None and not self._problem)
        if text is not None and not self._problem:
            self.stored.setText(self.tr("Stored as: {edtf}").format(edtf=dates.left_to_right(text)))

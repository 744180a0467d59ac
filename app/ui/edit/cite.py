"""Cite selection: attach a verbatim quote from a source to a record.

The source reader calls ``cite_for(session, source_id, quote)``; the dialog offers
the record being edited in an open form, the selected record, or a new record
(whose form opens with the quote waiting to be saved with it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QMainWindow, QPlainTextEdit, QWidget,
)

from ...domain import edits
from ...domain.schema import CONTRACT
from ...domain.store import StoreError
from ..desktop import show_as_problem
from ..plain_text import CHOICE_CHARS, plain_label, shown as bounded
from ..session import Session
from .commands import perform
from ...domain.records import record_label, record_name
from .forms import FORM_FIELDS, RecordForm, field_label, open_form

NEW_RECORD_TABLES = ("allegations", "events", "terms", "persons", "organizations", "positions")


def normalise_selection(text: str) -> str:
    """Qt's selected text marks line breaks as U+2029/U+2028; the stored text has newlines."""
    return text.replace("\u2029", "\n").replace("\u2028", "\n")


class CiteDialog(QDialog):
    """Choose what a quote is cited for, then cite it (one undoable edit) or hand it to a form."""

    def __init__(self, session: Session, source_id: str, quote: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.source_id = source_id
        self.quote = normalise_selection(quote)
        self.opened_form: RecordForm | None = None
        source = session.store.get("sources", source_id)
        self.setWindowTitle(self.tr("Cite for…"))
        self.resize(560, 380)
        shown = QPlainTextEdit(self.quote)
        shown.setReadOnly(True)
        shown.setMaximumHeight(110)
        self.target = QComboBox()
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(24)
        form = RecordForm.being_edited()
        if form is not None:
            self.target.addItem(form.being_edited_label(), ("form", form))
        table, row_id = session.selection.current
        if table == "citations" and session.store.get("citations", row_id) is not None:
            # Reading a claim's citation: the claim is what a further quote most likely supports.
            cited = session.store.get("citations", row_id)
            table, row_id = cited["record_table"], cited["record_id"]
        if table in FORM_FIELDS and session.store.get(table, row_id) is not None:
            label = record_label(session.store, table, session.store.get(table, row_id))
            self.target.addItem(self.tr("the selected {kind}: {label}").format(
                kind=record_name(table), label=bounded(label, CHOICE_CHARS)),
                                ("record", (table, row_id)))
        for new_table in NEW_RECORD_TABLES:
            self.target.addItem(self.tr("a new {kind}…").format(kind=record_name(new_table)), ("new", new_table))
        self.field = QComboBox()
        self.locator = QLineEdit()
        self.locator.setPlaceholderText(self.tr("e.g. paragraph 4"))
        self.note = QLineEdit()
        self.problem = plain_label(selectable=False)
        show_as_problem(self.problem)
        layout = QFormLayout(self)
        source_label = plain_label(source["title"] if source else source_id, selectable=False)
        layout.addRow(self.tr("Source"), source_label)
        layout.addRow(self.tr("Quote"), shown)
        layout.addRow(self.tr("Cite for"), self.target)
        layout.addRow(self.tr("Supports field"), self.field)
        layout.addRow(self.tr("Locator"), self.locator)
        layout.addRow(self.tr("Note"), self.note)
        layout.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cite"))
        buttons.accepted.connect(self.cite)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.target.currentIndexChanged.connect(self._fill_fields)
        self._fill_fields()
        if not self.quote.strip():
            self.problem.setText(self.tr("Select the words to cite in the source reader first."))
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        elif source is None or self.quote not in source["text"]:
            self.problem.setText(self.tr("The quote is not verbatim in the stored source text; select it in the source reader."))
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _target_table(self) -> str:
        kind, value = self.target.currentData()
        if kind == "form":
            return value.table
        if kind == "record":
            return value[0]
        return value

    def _fill_fields(self) -> None:
        self.field.clear()
        self.field.addItem(self.tr("(the whole record)"), None)
        table = self._target_table()
        for column in CONTRACT[table]:
            if column != "id":
                self.field.addItem(field_label(table, column), column)

    def choose(self, kind: str, value=None) -> None:
        """Pick a target by kind ("form", "record", "new") and, for "new", the table."""
        for index in range(self.target.count()):
            data = self.target.itemData(index)
            if data[0] == kind and (value is None or data[1] == value):
                self.target.setCurrentIndex(index)
                return
        raise ValueError(f"no target {kind} {value}")

    def cite(self) -> None:
        kind, value = self.target.currentData()
        details = {"field": self.field.currentData(), "locator": self.locator.text().strip() or None,
                   "note": self.note.text().strip() or None}
        if kind == "form":
            value.add_pending_citation(self.source_id, self.quote, **details)
            self.opened_form = value
        elif kind == "new":
            self.opened_form = open_form(self.session, value, parent=self.parentWidget())
            self.opened_form.add_pending_citation(self.source_id, self.quote, **details)
        else:
            table, row_id = value
            store = self.session.store
            citation = edits.new_citation(store, source_id=self.source_id, record_table=table, record_id=row_id,
                                          quote=self.quote, **details)
            label = record_label(store, table, store.get(table, row_id))
            try:
                perform(self.session, edits.plan_save(
                    store, self.tr("Cite {source} for {kind} {id}").format(
                        source=self.source_id, kind=record_name(table), id=row_id), {"citations": [citation]}))
            except StoreError as error:
                self.problem.setText(str(error))
                return
            self._tell(self.tr("Cited for the {kind} “{label}” (Undo: {keys})").format(
                kind=record_name(table), label=label, keys=self._undo_keys()))
        self.accept()


    def _undo_keys(self) -> str:
        return QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText) or self.tr("Edit > Undo")

    def _tell(self, message: str) -> None:
        """Say what was done in the main window's status bar (the dialog closes)."""
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 10000)


def cite_for(session: Session, source_id: str, quote: str, parent: QWidget | None = None) -> CiteDialog:
    """Open the "Cite for…" dialog for a quote selected in a source (not modal)."""
    dialog = CiteDialog(session, source_id, quote, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

"""Forms to add and edit records: one dialog class driven by a field list per table.

A form is not modal, so the source reader stays usable while it is open ("Cite
for…" adds the selected quote to the form being edited). Saving plans one domain
``Edit`` — the record, its aliases, citations added or removed, and (for an
allegation) the accuser's interested-party flag — and performs it as one undo step
in one transaction. Problems are explained beside the field; Save waits for them.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...domain import edits
from ...domain.dossier_files import read_source_file
from ...domain.records import rank_name, record_label, record_name, status_name
from ...domain.schema import RANKS, RELIABILITY_GRADES, STATUSES
from ...domain.wording import number
from ...domain.store import StoreError
from ..desktop import show_as_problem
from ..file_dialogs import open_file
from ..plain_text import CHOICE_CHARS, bound_cells, plain_label, shown
from ..session import Session
from .commands import perform
from .date_field import DateField

def choice_label(choice: str) -> str:
    """A stored (English) choice as the interface's language names it; the value stored stays English."""
    if choice in STATUSES:
        return status_name(choice)
    return rank_name(choice) if choice in RANKS else shown_label(choice)


def shown_label(text: str) -> str:
    """A field's label, help or choice (kept in English in FORM_FIELDS) in the interface's language."""
    return QCoreApplication.translate("RecordForm", text)


def field_label(table: str, column: str) -> str:
    """How a form names a column of ``table``; the column itself where no form shows it."""
    spec = next((spec for spec in FORM_FIELDS.get(table, ()) if spec.column == column), None)
    if spec is None and (table, column) == ("sources", "text"):  # the form's own box, not a field
        return QCoreApplication.translate("RecordForm", "Text")
    return shown_label(spec.label) if spec else column


@dataclass(frozen=True)
class FieldSpec:
    """One column on a form: how it is entered and what it means to a person."""

    column: str
    label: str
    kind: str = "text"  # text, long, date, end_date, ref, choice, flag, suggest
    required: bool = False
    target: str = ""  # the referenced table, for kind "ref"
    choices: tuple = ()
    help: str = ""


# The suggestions a form offers (words typed instead are kept as typed): shown translated,
# stored in English.
ORGANIZATION_KINDS = (
    QT_TRANSLATE_NOOP("RecordForm", "government"), QT_TRANSLATE_NOOP("RecordForm", "ministry"),
    QT_TRANSLATE_NOOP("RecordForm", "council"), QT_TRANSLATE_NOOP("RecordForm", "court"),
    QT_TRANSLATE_NOOP("RecordForm", "party"), QT_TRANSLATE_NOOP("RecordForm", "opposition group"),
    QT_TRANSLATE_NOOP("RecordForm", "news outlet"), QT_TRANSLATE_NOOP("RecordForm", "NGO"),
)
EVENT_KINDS = (
    QT_TRANSLATE_NOOP("RecordForm", "press conference"), QT_TRANSLATE_NOOP("RecordForm", "election"),
    QT_TRANSLATE_NOOP("RecordForm", "executions"), QT_TRANSLATE_NOOP("RecordForm", "arrests"),
    QT_TRANSLATE_NOOP("RecordForm", "appointment"), QT_TRANSLATE_NOOP("RecordForm", "trial"),
    QT_TRANSLATE_NOOP("RecordForm", "report"),
)
ALLEGED_ROLES = (
    QT_TRANSLATE_NOOP("RecordForm", "ordering"), QT_TRANSLATE_NOOP("RecordForm", "member of the commission"),
    QT_TRANSLATE_NOOP("RecordForm", "participation"), QT_TRANSLATE_NOOP("RecordForm", "cover-up"),
)
SOURCE_KINDS = (
    QT_TRANSLATE_NOOP("RecordForm", "article"), QT_TRANSLATE_NOOP("RecordForm", "report"),
    QT_TRANSLATE_NOOP("RecordForm", "statement"), QT_TRANSLATE_NOOP("RecordForm", "book"),
    QT_TRANSLATE_NOOP("RecordForm", "web page"), QT_TRANSLATE_NOOP("RecordForm", "court record"),
    QT_TRANSLATE_NOOP("RecordForm", "interview"),
)

FORM_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "persons": (
        FieldSpec("name", QT_TRANSLATE_NOOP("RecordForm", "Name"), required=True),
        FieldSpec("name_native", QT_TRANSLATE_NOOP("RecordForm", "Name in native script")),
        FieldSpec("born", QT_TRANSLATE_NOOP("RecordForm", "Born"), "date"),
        FieldSpec("died", QT_TRANSLATE_NOOP("RecordForm", "Died"), "date"),
        FieldSpec("summary", QT_TRANSLATE_NOOP("RecordForm", "Summary"), "long"),
        FieldSpec("note", QT_TRANSLATE_NOOP("RecordForm", "Note"), "long"),
    ),
    "organizations": (
        FieldSpec("name", QT_TRANSLATE_NOOP("RecordForm", "Name"), required=True),
        FieldSpec("kind", QT_TRANSLATE_NOOP("RecordForm", "Kind"), "suggest", choices=ORGANIZATION_KINDS),
        FieldSpec("country", QT_TRANSLATE_NOOP("RecordForm", "Country")),
        FieldSpec("interested_party", QT_TRANSLATE_NOOP("RecordForm", "Interested party"), "flag",
                  help=QT_TRANSLATE_NOOP("RecordForm", "has a stake in what it alleges or reports (an opposition group, a government)")),
        FieldSpec("summary", QT_TRANSLATE_NOOP("RecordForm", "Summary"), "long"),
    ),
    "positions": (
        FieldSpec("title", QT_TRANSLATE_NOOP("RecordForm", "Title"), required=True, help=QT_TRANSLATE_NOOP("RecordForm", "standing alone: \"Deputy Minister of Intelligence\"")),
        FieldSpec("organization_id", QT_TRANSLATE_NOOP("RecordForm", "Institution"), "ref", target="organizations"),
    ),
    "terms": (
        FieldSpec("person_id", QT_TRANSLATE_NOOP("RecordForm", "Person"), "ref", required=True, target="persons"),
        FieldSpec("position_id", QT_TRANSLATE_NOOP("RecordForm", "Position"), "ref", required=True, target="positions"),
        FieldSpec("start", QT_TRANSLATE_NOOP("RecordForm", "From"), "date"),
        FieldSpec("end", QT_TRANSLATE_NOOP("RecordForm", "To"), "end_date"),
        FieldSpec("note", QT_TRANSLATE_NOOP("RecordForm", "Note"), "long"),
        FieldSpec("claim_group", QT_TRANSLATE_NOOP("RecordForm", "Claim group"), help=QT_TRANSLATE_NOOP("RecordForm", "versions of one claim share a group")),
        FieldSpec("rank", QT_TRANSLATE_NOOP("RecordForm", "Rank"), "choice", required=True, choices=RANKS),
        FieldSpec("rank_reason", QT_TRANSLATE_NOOP("RecordForm", "Reason for the rank")),
    ),
    "events": (
        FieldSpec("title", QT_TRANSLATE_NOOP("RecordForm", "Title"), required=True),
        FieldSpec("kind", QT_TRANSLATE_NOOP("RecordForm", "Kind"), "suggest", choices=EVENT_KINDS),
        FieldSpec("start", QT_TRANSLATE_NOOP("RecordForm", "From"), "date"),
        FieldSpec("end", QT_TRANSLATE_NOOP("RecordForm", "To"), "end_date"),
        FieldSpec("place", QT_TRANSLATE_NOOP("RecordForm", "Place")),
        FieldSpec("summary", QT_TRANSLATE_NOOP("RecordForm", "Summary"), "long"),
        FieldSpec("claim_group", QT_TRANSLATE_NOOP("RecordForm", "Claim group")),
        FieldSpec("rank", QT_TRANSLATE_NOOP("RecordForm", "Rank"), "choice", required=True, choices=RANKS),
        FieldSpec("rank_reason", QT_TRANSLATE_NOOP("RecordForm", "Reason for the rank")),
    ),
    "allegations": (
        FieldSpec("subject_id", QT_TRANSLATE_NOOP("RecordForm", "Against (subject)"), "ref", required=True, target="persons"),
        FieldSpec("summary", QT_TRANSLATE_NOOP("RecordForm", "What is alleged"), "long", required=True,
                  help=QT_TRANSLATE_NOOP("RecordForm", "worded as the accuser's claim, not as fact")),
        FieldSpec("role", QT_TRANSLATE_NOOP("RecordForm", "Alleged role"), "suggest", choices=ALLEGED_ROLES),
        FieldSpec("alleged_by_org_id", QT_TRANSLATE_NOOP("RecordForm", "Alleged by (organization)"), "ref", target="organizations",
                  help=QT_TRANSLATE_NOOP("RecordForm", "on whose behalf; (none) when the source does not say")),
        FieldSpec("alleged_by_person_id", QT_TRANSLATE_NOOP("RecordForm", "Alleged by (person)"), "ref", target="persons",
                  help=QT_TRANSLATE_NOOP("RecordForm", "who spoke; (none) when the source does not say")),
        FieldSpec("made_on", QT_TRANSLATE_NOOP("RecordForm", "Made on"), "date"),
        FieldSpec("conduct_start", QT_TRANSLATE_NOOP("RecordForm", "Conduct from"), "date"),
        FieldSpec("conduct_end", QT_TRANSLATE_NOOP("RecordForm", "Conduct to"), "end_date"),
        FieldSpec("event_id", QT_TRANSLATE_NOOP("RecordForm", "Event"), "ref", target="events"),
        FieldSpec("status", QT_TRANSLATE_NOOP("RecordForm", "Status"), "choice", required=True, choices=STATUSES,
                  help=QT_TRANSLATE_NOOP("RecordForm", "as the sources describe it; never upgraded by the app")),
        FieldSpec("reliability", QT_TRANSLATE_NOOP("RecordForm", "Source reliability (A–F)"), "choice", choices=RELIABILITY_GRADES,
                  help=QT_TRANSLATE_NOOP("RecordForm", "of the accuser as a source")),
        FieldSpec("credibility", QT_TRANSLATE_NOOP("RecordForm", "Information credibility (1–6)"), "choice", choices=(1, 2, 3, 4, 5, 6),
                  help=QT_TRANSLATE_NOOP("RecordForm", "of the information itself")),
    ),
    "sources": (
        FieldSpec("title", QT_TRANSLATE_NOOP("RecordForm", "Title"), required=True),
        FieldSpec("kind", QT_TRANSLATE_NOOP("RecordForm", "Kind"), "suggest", required=True,
                  choices=SOURCE_KINDS),
        FieldSpec("author", QT_TRANSLATE_NOOP("RecordForm", "Author")),
        FieldSpec("publisher", QT_TRANSLATE_NOOP("RecordForm", "Publisher")),
        FieldSpec("published", QT_TRANSLATE_NOOP("RecordForm", "Published"), "date"),
        FieldSpec("url", QT_TRANSLATE_NOOP("RecordForm", "URL")),
        FieldSpec("language", QT_TRANSLATE_NOOP("RecordForm", "Language"), help=QT_TRANSLATE_NOOP("RecordForm", "e.g. en, fa")),
        FieldSpec("retrieved", QT_TRANSLATE_NOOP("RecordForm", "Retrieved"), "date"),
        FieldSpec("archived_url", QT_TRANSLATE_NOOP("RecordForm", "Archived URL")),
        FieldSpec("license", QT_TRANSLATE_NOOP("RecordForm", "Licence")),
        FieldSpec("interested_party", QT_TRANSLATE_NOOP("RecordForm", "Interested party"), "flag", help=QT_TRANSLATE_NOOP("RecordForm", "the outlet has a stake (e.g. state-aligned media)")),
        FieldSpec("excerpt", QT_TRANSLATE_NOOP("RecordForm", "Excerpts only"), "flag", help=QT_TRANSLATE_NOOP("RecordForm", "the text holds only quoted excerpts")),
    ),
}

# The field a new record's id is made from.
ID_FROM = {"persons": "name", "organizations": "name", "positions": "title", "events": "title",
           "sources": "title", "allegations": "summary", "terms": "position_id"}
DEFAULTS = {"terms": {"rank": "normal"}, "events": {"rank": "normal"}, "allegations": {"status": "alleged"},
            "sources": {"kind": "article"}}


class RecordForm(QDialog):
    """Add or edit one record; ``saved(table, id)`` after it is written."""

    saved = Signal(str, str)
    _open_forms: list[weakref.ref] = []

    def __init__(self, session: Session, table: str, row_id: str | None = None, *,
                 preset: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.table = table
        self.row_id = row_id
        self.stored = session.store.get(table, row_id) if row_id else None
        if row_id and self.stored is None:
            raise StoreError(self.tr("{table} {id} no longer exists").format(table=table, id=row_id))
        self.pending_citations: list[dict] = []
        self.removed_citations: set[str] = set()
        self.inputs: dict[str, QWidget] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self._id_edited = False
        self._ready = False
        name = record_name(table)
        self.setWindowTitle((self.tr("Edit {kind}") if self.stored else self.tr("New {kind}")).format(kind=name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(620, 720)
        self._build()
        self._load({**DEFAULTS.get(table, {}), **(self.stored or {}), **(preset or {})})
        self._ready = True
        self._validate()
        RecordForm._open_forms.append(weakref.ref(self))

    # --- building ------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget()
        self.form = QFormLayout(body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.id_edit = QLineEdit()
        self.id_edit.setReadOnly(self.stored is not None)
        self.id_edit.setToolTip(self.tr("A readable id, made from the name; fixed once saved"))
        self.id_edit.textEdited.connect(self._note_id_edited)
        self.form.addRow(self.tr("Id"), self.id_edit)
        for spec in FORM_FIELDS[self.table]:
            widget = self._input_for(spec)
            self.inputs[spec.column] = widget
            label = shown_label(spec.label) + (" *" if spec.required else "")
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            column.addWidget(widget)
            if spec.help:
                hint = QLabel(shown_label(spec.help))
                hint.setWordWrap(True)
                hint.setStyleSheet("color: palette(placeholder-text); font-size: small;")
                column.addWidget(hint)
            if spec.kind not in ("date", "end_date"):
                problem = plain_label(selectable=False)
                show_as_problem(problem)
                problem.hide()
                column.addWidget(problem)
                self.problem_labels[spec.column] = problem
            self.form.addRow(label, holder)
        if self.table == "persons":
            self._build_aliases()
        if self.table == "allegations":
            self._build_accuser_flag()
        if self.table == "sources":
            self._build_source_text()
        self._build_citations()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.message = plain_label(selectable=False)
        show_as_problem(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _input_for(self, spec: FieldSpec) -> QWidget:
        if spec.kind in ("date", "end_date"):
            widget = DateField(ongoing_allowed=spec.kind == "end_date")
            widget.edited.connect(self._validate)
            return widget
        if spec.kind == "long":
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(72)
            widget.textChanged.connect(self._validate)
            return widget
        if spec.kind == "flag":
            widget = QCheckBox()
            return widget
        if spec.kind in ("ref", "choice", "suggest"):
            widget = QComboBox()
            # NOTE: long record names would otherwise widen the whole form past the window.
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(24)
            if spec.kind == "suggest":
                widget.setEditable(True)
                for choice in spec.choices:  # shown translated, stored as written here
                    widget.addItem(shown_label(choice), choice)
                widget.setCurrentIndex(-1)
                widget.editTextChanged.connect(self._validate)
                return widget
            if not spec.required:
                widget.addItem(self.tr("ungraded") if spec.column in ("reliability", "credibility") else self.tr("(none)"),
                               None)
            if spec.kind == "choice":
                for choice in spec.choices:
                    label = number(choice) if isinstance(choice, int) else choice_label(choice)
                    widget.addItem(label, choice)
            else:
                self._fill_references(widget, spec.target)
            widget.currentIndexChanged.connect(self._validate)
            return widget
        widget = QLineEdit()
        widget.textChanged.connect(self._validate)
        return widget

    def _fill_references(self, combo: QComboBox, target: str) -> None:
        store = self.session.store
        rows = [(record_label(store, target, row), row["id"]) for row in store.rows(target)]
        for label, row_id in sorted(rows, key=lambda pair: pair[0].casefold()):
            combo.addItem(f"{shown(label, CHOICE_CHARS)}  ({row_id})", row_id)
        combo.setMaxVisibleItems(20)

    def _build_aliases(self) -> None:
        group = QGroupBox(self.tr("Aliases (other spellings, native script)"))
        self.alias_table = QTableWidget(0, 2)
        self.alias_table.setHorizontalHeaderLabels([self.tr("Alias"), self.tr("Kind")])
        self.alias_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.alias_table.verticalHeader().hide()
        bound_cells(self.alias_table)  # shown bounded; edited whole
        self.alias_table.setMinimumHeight(110)
        add, remove = QPushButton(self.tr("Add alias")), QPushButton(self.tr("Remove alias"))
        add.clicked.connect(lambda: self._add_alias_row("", "spelling"))
        remove.clicked.connect(lambda: self.alias_table.removeRow(self.alias_table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(group)
        layout.addWidget(self.alias_table)
        layout.addLayout(buttons)
        self.form.addRow(group)
        self._stored_aliases = self.session.store.aliases(self.row_id) if self.row_id else []
        for alias in self._stored_aliases:
            self._add_alias_row(alias["alias"], alias["kind"] or "", alias["id"])

    def _add_alias_row(self, alias: str, kind: str, alias_id: str | None = None) -> None:
        row = self.alias_table.rowCount()
        self.alias_table.insertRow(row)
        item = QTableWidgetItem(alias)
        item.setData(Qt.ItemDataRole.UserRole, alias_id)
        self.alias_table.setItem(row, 0, item)
        self.alias_table.setItem(row, 1, QTableWidgetItem(kind))
        if not alias:
            self.alias_table.editItem(item)

    def _build_accuser_flag(self) -> None:
        self.accuser_interested = QCheckBox(self.tr("The accusing organization is an interested party"))
        self.accuser_interested.setToolTip(self.tr("Stored on the organization; shown beside every allegation it makes"))
        self.form.addRow("", self.accuser_interested)
        self.inputs["alleged_by_org_id"].currentIndexChanged.connect(self._show_accuser_flag)

    def _show_accuser_flag(self) -> None:
        org_id = self.inputs["alleged_by_org_id"].currentData()
        org = self.session.store.get("organizations", org_id) if org_id else None
        self.accuser_interested.setEnabled(org is not None)
        self.accuser_interested.setChecked(bool(org and org["interested_party"]))

    def _build_source_text(self) -> None:
        group = QGroupBox(self.tr("Text (pasted, or imported from a .txt, .md or .html file)"))
        self.source_text = QPlainTextEdit()
        self.source_text.setPlaceholderText(self.tr("Paste the source's text here. Quotes must be verbatim substrings of it."))
        self.source_text.setMinimumHeight(180)
        self.source_text.textChanged.connect(self._validate)
        self.source_text.setReadOnly(bool(self.stored) and bool(self.session.store.citations_of_source(self.row_id)))
        load = QPushButton(self.tr("Import text from file…"))
        load.clicked.connect(self._choose_source_file)
        load.setEnabled(not self.source_text.isReadOnly())
        layout = QVBoxLayout(group)
        layout.addWidget(self.source_text)
        if self.source_text.isReadOnly():
            layout.addWidget(QLabel(self.tr("The text is fixed: quotes cite it.")))
        layout.addWidget(load, alignment=Qt.AlignmentFlag.AlignLeft)
        self.source_text_problem = plain_label(selectable=False)
        show_as_problem(self.source_text_problem)
        layout.addWidget(self.source_text_problem)
        self.form.addRow(group)

    def _choose_source_file(self) -> None:
        path = open_file(self, self.tr("Import source text"),
                         self.tr("Text, Markdown or HTML (*.txt *.md *.markdown *.html *.htm)"))
        if path:
            self.load_source_file(path)

    def load_source_file(self, path: Path) -> None:
        """Fill the text (and an empty title) from a file; HTML is reduced to its text."""
        try:
            text, title = read_source_file(path)
        except (OSError, ValueError) as error:
            self.message.setText(str(error))
            return
        self.source_text.setPlainText(text)
        if not self.inputs["title"].text().strip():
            self.inputs["title"].setText(title)

    def _build_citations(self) -> None:
        group = QGroupBox(self.tr("Citations (the quote behind this record)"))
        self.citation_list = QListWidget()
        self.citation_list.setMinimumHeight(90)
        self.citation_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.citation_list.setWordWrap(True)
        bound_cells(self.citation_list)
        remove = QPushButton(self.tr("Remove citation"))
        remove.clicked.connect(self._remove_citation)
        hint = QLabel(self.tr("To add one, select text in the source reader and choose “Cite for…”."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(group)
        layout.addWidget(self.citation_list)
        row = QHBoxLayout()
        row.addWidget(remove)
        row.addWidget(hint, 1)
        layout.addLayout(row)
        self.form.addRow(group)
        self._show_citations()

    def _show_citations(self) -> None:
        self.citation_list.clear()
        stored = self.session.store.citations(self.table, self.row_id) if self.row_id else []
        for citation in stored:
            if citation["id"] not in self.removed_citations:
                self._add_citation_item(citation, citation["source_title"], pending=False)
        for citation in self.pending_citations:
            source = self.session.store.get("sources", citation["source_id"])
            self._add_citation_item(citation, source["title"] if source else citation["source_id"], pending=True)

    def _add_citation_item(self, citation: dict, source_title: str, pending: bool) -> None:
        field = f" [{citation['field']}]" if citation.get("field") else ""
        quote = citation["quote"] if len(citation["quote"]) < 220 else citation["quote"][:220] + "…"
        template = self.tr("(to add) {source}{field}: “{quote}”") if pending else self.tr("{source}{field}: “{quote}”")
        item = QListWidgetItem(template.format(source=source_title, field=field, quote=quote))
        item.setData(Qt.ItemDataRole.UserRole, (pending, citation["id"] if not pending else id(citation)))
        self.citation_list.addItem(item)

    def _remove_citation(self) -> None:
        item = self.citation_list.currentItem()
        if item is None:
            return
        pending, key = item.data(Qt.ItemDataRole.UserRole)
        if pending:
            self.pending_citations = [c for c in self.pending_citations if id(c) != key]
        else:
            self.removed_citations.add(key)
        self._show_citations()

    def add_pending_citation(self, source_id: str, quote: str, field: str | None = None,
                             locator: str | None = None, note: str | None = None) -> None:
        """A quote to cite for this record, saved together with it."""
        self.pending_citations.append({"source_id": source_id, "quote": quote, "field": field,
                                       "locator": locator, "note": note, "id": None})
        self._show_citations()
        self.raise_()
        self.activateWindow()

    # --- values --------------------------------------------------------------------

    def _load(self, row: dict) -> None:
        self.id_edit.setText(row.get("id") or "")
        for spec in FORM_FIELDS[self.table]:
            self.set_value(spec.column, row.get(spec.column))
        if self.table == "sources":
            self.source_text.setPlainText(row.get("text") or "")
        if self.table == "allegations":
            self._show_accuser_flag()

    def set_value(self, column: str, value) -> None:
        widget = self.inputs[column]
        if isinstance(widget, DateField):
            widget.set_value(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox) and widget.isEditable():
            index = widget.findData(value) if value else -1
            if index >= 0:
                widget.setCurrentIndex(index)
            else:
                widget.setEditText(value or "")
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(index if index >= 0 else 0)
        else:
            widget.setText(value or "")

    def value(self, column: str):
        widget = self.inputs[column]
        if isinstance(widget, DateField):
            return widget.value()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip() or None
        if isinstance(widget, QCheckBox):
            return int(widget.isChecked())
        if isinstance(widget, QComboBox) and widget.isEditable():
            typed = widget.currentText().strip()
            suggested = widget.findText(typed)  # a suggestion is stored as written, not as shown
            return widget.itemData(suggested) if suggested >= 0 else typed or None
        if isinstance(widget, QComboBox):
            return widget.currentData()
        return widget.text().strip() or None

    def record_values(self) -> dict:
        """The record as entered: every form column (empty → NULL) and the id."""
        row = {spec.column: self.value(spec.column) for spec in FORM_FIELDS[self.table]}
        if self.table == "sources":
            row["text"] = self.source_text.toPlainText()
        row["id"] = self.record_id()
        return row

    def record_id(self) -> str:
        if self.stored:
            return self.stored["id"]
        typed = self.id_edit.text().strip()
        if typed:
            return typed
        return self._suggested_id()

    def _suggested_id(self) -> str:
        source = self.value(ID_FROM[self.table]) or ""
        if self.table == "terms":
            source = f"{self.value('person_id') or ''}-{source}"
        return edits.free_id(self.session.store, self.table, edits.slug(str(source)))

    def _note_id_edited(self) -> None:
        self._id_edited = bool(self.id_edit.text())

    # --- checking and saving ---------------------------------------------------------

    def problems(self) -> dict[str, str]:
        """Column → what is wrong with it, as the person should read it (``edits.record_problems``)."""
        found: dict[str, str] = {}
        dated = set()
        for spec in FORM_FIELDS[self.table]:
            widget = self.inputs[spec.column]
            if isinstance(widget, DateField):
                dated.add(spec.column)
                widget.set_extra_problem(None)
                if widget.problem:
                    found[spec.column] = widget.problem
        required = {spec.column: shown_label(spec.label) for spec in FORM_FIELDS[self.table]
                    if spec.required and spec.column not in dated}
        judged = edits.record_problems(self.session.store, self.table, self.record_values(),
                                       is_new=not self.stored, required=required, already=found)
        for column in dated & set(judged):
            self.inputs[column].set_extra_problem(judged[column])  # ends before it starts
        return {**found, **judged}

    def _validate(self) -> None:
        if not self._ready:
            return
        if not self.stored and not self._id_edited:
            self.id_edit.setText(self._suggested_id() if self.value(ID_FROM[self.table]) else "")
        found = self.problems()
        for column, label in self.problem_labels.items():
            label.setText(found.get(column, ""))
            label.setVisible(column in found)
        if self.table == "sources":
            self.source_text_problem.setText(found.get("text", ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not found)
        self.message.setText(found.get("id", ""))

    def plan(self) -> edits.Edit:
        """The one edit saving this form (``edits.plan_record_save``) from what it collected."""
        row = self.record_values()
        persons = self.table == "persons"
        aliases = self._alias_entries() if persons else None
        shown = [a["id"] for a in self._stored_aliases] if persons else []
        flag = None
        if self.table == "allegations" and self.accuser_interested.isEnabled():
            flag = int(self.accuser_interested.isChecked())
        return edits.plan_record_save(
            self.session.store, self.table, row, is_new=not self.stored, aliases=aliases,
            aliases_shown=shown, accuser_interested=flag,
            pending_citations=self.pending_citations, removed_citations=self.removed_citations)

    def _alias_entries(self) -> list[edits.AliasEntry]:
        entries = []
        for index in range(self.alias_table.rowCount()):
            alias_item, kind_item = self.alias_table.item(index, 0), self.alias_table.item(index, 1)
            alias = alias_item.text().strip() if alias_item else ""
            if alias:
                kind = kind_item.text().strip() if kind_item else ""
                entries.append(edits.AliasEntry(alias, kind or None, alias_item.data(Qt.ItemDataRole.UserRole)))
        return entries

    def save(self) -> bool:
        """Write the form as one undoable edit; explain in place if refused."""
        if self.problems():
            self._validate()
            return False
        try:
            edit = self.plan()
            perform(self.session, edit)
        except StoreError as error:
            self.message.setText(str(error))
            return False
        added = self.stored is None
        self.row_id = self.record_id()
        self.saved.emit(self.table, self.row_id)
        if added:  # what was just added is what the user looks at next: selected everywhere
            self.session.selection.select(self.table, self.row_id)
        self.accept()
        return True

    # --- the form being edited ---------------------------------------------------------

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            RecordForm._open_forms = [ref for ref in RecordForm._open_forms if ref() not in (None, self)]
            RecordForm._open_forms.append(weakref.ref(self))
        super().changeEvent(event)

    def done(self, result: int) -> None:
        RecordForm._open_forms = [ref for ref in RecordForm._open_forms if ref() not in (None, self)]
        super().done(result)

    @classmethod
    def being_edited(cls) -> RecordForm | None:
        """The open form last worked in, which "Cite for…" offers first."""
        for ref in reversed(cls._open_forms):
            form = ref()
            if form is not None and form.isVisible():
                return form
        return None

    def being_edited_label(self) -> str:
        """How "Cite for…" names this form's record: "the new person being edited: …"."""
        row = self.record_values()
        label = record_label(self.session.store, self.table, self.stored) if self.stored else (
            self.value(ID_FROM[self.table]) or self.tr("untitled"))
        template = self.tr("the {kind} being edited: {label}") if self.stored else self.tr("the new {kind} being edited: {label}")
        return template.format(kind=record_name(self.table), label=label or row["id"])


def open_form(session: Session, table: str, row_id: str | None = None, *, preset: dict | None = None,
              parent: QWidget | None = None) -> RecordForm:
    """Show a form (not modal) and return it."""
    form = RecordForm(session, table, row_id, preset=preset, parent=parent)
    form.show()
    return form


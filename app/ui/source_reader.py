"""The source reader: a stored source's text with every cited quote highlighted.

A source made from a file shows its original's name, type, size, SHA-256 and capture
details; Open Original hands a read-only temporary copy to the system's viewer. In a
PDF's text the page under the cursor is shown, and a citation's locator is its page.

Selecting a citation anywhere opens its source here with that quote selected and
scrolled into view; selecting a source opens it at the top. Clicking a highlight
lists the records that cite it; picking one selects it everywhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSplitter,
    QTextEdit, QVBoxLayout, QWidget,
)

from ..domain import dates, originals
from ..domain.cited_records import QuoteSpan, excerpt_gaps, quote_spans
from ..domain.folders import scratch_folder
from ..domain.originals import OriginalError
from ..domain.records import citation_target_label
from ..domain.source_files import locator_for
from ..domain.person_dossier import field_name
from ..domain.wording import isolate
from .edit.cite import cite_for
from .desktop import QUOTE_EMPHASIS, QUOTE_GAP, QUOTE_HIGHLIGHT, follow_color_scheme, is_dark
from .plain_text import bound_cells, plain_label, tooltip, warn
from .session import Session

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


class SourceReader(QWidget):
    """Shows one source; follows ``citations`` and ``sources`` in the shared selection."""

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.source_id: str | None = None
        self.citation_id: str | None = None
        self.capture: dict | None = None  # the source's original file, when one is stored
        self.paged = False  # its text has PDF pages
        self.text = ""
        self.spans: list[QuoteSpan] = []
        self.gaps: list[tuple[int, int]] = []

        self.fields: dict[str, QLabel] = {}
        self.form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in (("title", self.tr("Title")), ("author", self.tr("Author")),
                           ("publisher", self.tr("Publisher")), ("published", self.tr("Published")),
                           ("url", self.tr("URL")), ("kind", self.tr("Kind")),
                           ("interested", self.tr("Interested party"))):
            value = plain_label()
            value.setAccessibleName(label)
            self.fields[key] = value
            form.addRow(self.tr("{field}:").format(field=label), value)
        self.excerpt_note = plain_label()
        form.addRow(self.excerpt_note)
        self.original = plain_label()
        self.original.setAccessibleName(self.tr("Original file"))
        form.addRow(self.tr("Original:"), self.original)
        self.fields["original"] = self.original
        self.open_original_button = QPushButton(self.tr("Open Original"))
        self.open_original_button.setToolTip(self.tr("Open a read-only copy of the stored file in your system's viewer "
                                                     "(nothing is fetched from the network)"))
        self.open_original_button.clicked.connect(self.open_original)
        self.custody_button = QPushButton(self.tr("Custody Log…"))
        self.custody_button.setToolTip(self.tr("Every change to this source and its citations: who, when, what"))
        self.custody_button.clicked.connect(self.show_custody_log)
        self.page_label = plain_label()
        self.page_label.setAccessibleName(self.tr("Page"))
        actions = QHBoxLayout()
        actions.addWidget(self.open_original_button)
        actions.addWidget(self.custody_button)
        actions.addStretch(1)
        actions.addWidget(self.page_label)
        form.addRow(actions)

        self.text_view = QPlainTextEdit()
        self.text_view.setAccessibleName(self.tr("Source text"))
        self.text_view.setReadOnly(True)
        self.text_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text_view.setCenterOnScroll(True)  # a quote near the end can be centred too
        self.text_view.cursorPositionChanged.connect(self._cursor_moved)
        self._centre_pending = False
        self.text_view.viewport().installEventFilter(self)
        self.text_view.verticalScrollBar().actionTriggered.connect(lambda _action: self._stop_centring())
        self.cite_button = QPushButton(self.tr("Cite for…"))
        self.cite_button.setToolTip(self.tr("Attach the selected text, verbatim, as a citation for a record"))
        self.cite_button.setEnabled(False)
        self.cite_button.clicked.connect(self.cite_selection)
        self.text_view.selectionChanged.connect(
            lambda: self.cite_button.setEnabled(self.source_id is not None and bool(self.selected_text()))
        )

        self.cited_by_title = plain_label(self.tr("Click a highlighted quote to see which records cite it."))
        self.cited_by = QListWidget()
        self.cited_by.setAccessibleName(self.tr("Records citing the quote"))
        self.cited_by.setWordWrap(True)
        bound_cells(self.cited_by)
        self.cited_by.itemClicked.connect(self._record_picked)
        self.cited_by.itemActivated.connect(self._record_picked)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.cited_by_title)
        bottom_layout.addWidget(self.cited_by)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.text_view)
        splitter.addWidget(bottom)
        splitter.setSizes([400, 120])

        self.empty_hint = plain_label(self.tr("Activate a citation in a dossier to read its source here."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.empty_hint)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.cite_button, alignment=Qt.AlignmentFlag.AlignLeading)
        self._show_fields(False)

        follow_color_scheme(self, lambda _dark: self._paint_highlights())
        session.selection.changed.connect(self._follow_selection)
        session.changed.connect(self._data_changed)
        session.store_replaced.connect(self._store_replaced)

    # --- opening ---------------------------------------------------------------------------

    def open_source(self, source_id: str, citation_id: str | None = None) -> None:
        """Show a source with its quotes highlighted; select and scroll to one citation's quote."""
        source = self.session.store.get("sources", source_id)
        if source is None:
            return
        if source_id != self.source_id:
            self._load(source)
        self.citation_id = citation_id
        self._paint_highlights()
        wanted = next((s for s in self.spans if s.citation_id == citation_id), None)
        cursor = QTextCursor(self.text_view.document())
        if wanted is not None:
            # Anchored at the end, the cursor at the start: centring keeps the quote's first line in view.
            cursor.setPosition(wanted.end)
            cursor.setPosition(wanted.start, QTextCursor.MoveMode.KeepAnchor)
        self.text_view.setTextCursor(cursor)
        self._centre_pending = wanted is not None
        if wanted is None:
            self.text_view.verticalScrollBar().setValue(0)
        self._centre_quote()

    def _centre_quote(self) -> None:
        """Centre the asked-for quote, again whenever the text view is shown or resized,
        until the reader moves on (another quote, a scroll, a click in the text).

        NOTE: a reader opened in a hidden or tabbed-behind dock has no height yet, and the
        dock's layout resizes it more than once as it comes forward: centring only once
        leaves the quote above the view.
        """
        if self._centre_pending and self.text_view.isVisible() and self.text_view.viewport().height() > 0:
            self.text_view.centerCursor()

    def _stop_centring(self) -> None:
        self._centre_pending = False

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Resize) and self._centre_pending:
            QTimer.singleShot(0, self, self._centre_quote)  # after the layout that sizes the view
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self._stop_centring()
        return super().eventFilter(watched, event)

    def selected_text(self) -> str:
        # NOTE: QTextCursor.selectedText() writes paragraph breaks as U+2029.
        return self.text_view.textCursor().selectedText().replace("\u2029", "\n")

    def cite_selection(self):
        """Offer the selected text as a citation for the record being edited, or a new one.

        From a PDF, the locator is filled with the quote's page(s).
        """
        if self.source_id is None or not self.selected_text():
            return None
        dialog = cite_for(self.session, self.source_id, self.selected_text(), self.window())
        cursor = self.text_view.textCursor()
        if self.paged:
            dialog.locator.setText(locator_for(self.text, cursor.selectionStart(), cursor.selectionEnd()))
        return dialog

    # --- the original file ----------------------------------------------------------------

    def open_original(self) -> Path | None:
        """Hand a read-only temporary copy of the stored original to the system's viewer."""
        capture = self.capture
        if capture is None:
            return None
        try:
            copy = originals.temporary_copy(self.session.store.db.conn, capture["original_id"],
                                            capture["file_name"], scratch_folder())
        except (OriginalError, OSError) as error:
            warn(self.window(), self.tr("Open original"), str(error))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

    def show_custody_log(self):
        from .originals_ui import CustodyLogDialog

        if self.source_id is None:
            return None
        dialog = CustodyLogDialog(self.session.store, self.source_id, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _show_capture(self, source_id: str) -> None:
        self.capture = capture = originals.capture_of(self.session.store.db.conn, source_id)
        self.paged = capture is not None and capture["media_type"] == "application/pdf"
        self.open_original_button.setVisible(capture is not None)
        if capture is None:
            self.original.setText(self.tr("none stored (the text was entered or imported)"))
            return
        file_name = isolate(capture["file_name"]) if capture["file_name"] else self.tr("unnamed file")
        if capture["relation"] == "transcript":
            file_name = self.tr("transcript of {file}").format(file=file_name)
        captured = self.tr("captured {when} by {who}").format(
            when=capture["captured_at"], who=isolate(capture["captured_by"]) if capture["captured_by"]
            else self.tr("no name recorded"))
        if capture["url"]:
            captured += self.tr(" from {url}").format(url=isolate(capture["url"]))
        lines = [self.tr("{file} · {type} · %Ln byte(s)", "", capture["size"]).format(
                     file=file_name, type=capture["media_type"]),
                 f"SHA-256 {capture['original_id']}",
                 captured]
        self.original.setText("\n".join(lines))

    def _load(self, source: dict) -> None:
        self.source_id = source["id"]
        self.fields["title"].setText(source["title"])
        self.fields["author"].setText(source.get("author") or self.tr("not stated"))
        self.fields["publisher"].setText(source.get("publisher") or self.tr("not stated"))
        published = source.get("published")
        self.fields["published"].setText(dates.format_both(published) if published else self.tr("not stated"))
        self.fields["url"].setText(source.get("url") or self.tr("none"))
        self.fields["kind"].setText(source.get("kind") or "")
        self.fields["interested"].setText(
            self.tr("yes — the outlet has a stake in the matter") if source.get("interested_party") else self.tr("no")
        )
        self.gaps = excerpt_gaps(source.get("text") or "") if source.get("excerpt") else []
        self.excerpt_note.setText(self._excerpt_text(bool(source.get("excerpt")), len(self.gaps)))
        self.excerpt_note.setVisible(bool(source.get("excerpt")))
        self._show_fields(True)
        self._show_capture(source["id"])
        self.text = source.get("text") or ""
        self.text_view.setPlainText(self.text)
        self.spans, missing = quote_spans(self.session.store, source["id"])
        self.cited_by.clear()
        if missing:
            self.cited_by_title.setText(
                self.tr("⚠ %n quote(s) cited from this source are not in its stored text.", "", len(missing))
            )
        else:
            self.cited_by_title.setText(self.tr("Click a highlighted quote to see which records cite it."))

    def _excerpt_text(self, excerpt: bool, gaps: int) -> str:
        if not excerpt:
            return ""
        if not gaps:
            return self.tr("An excerpt: only passages of this source are stored, not the whole text.")
        return self.tr("An excerpt: only passages of this source are stored. “[…]” marks where its text is left out "
                       "(%n place(s), shaded grey).", "", gaps)

    def _show_fields(self, shown: bool) -> None:
        self.empty_hint.setVisible(not shown)
        self.custody_button.setVisible(shown)
        self.page_label.setVisible(shown)
        if not shown:
            self.open_original_button.setVisible(False)
        for label in self.fields.values():
            label.setVisible(shown)
            form_label = self.form.labelForField(label)
            if form_label is not None:
                form_label.setVisible(shown)

    def _paint_highlights(self) -> None:
        selections = []
        for start, end in self.gaps:
            selection = QTextEdit.ExtraSelection()
            gap_format = QTextCharFormat()
            gap_format.setBackground(QUOTE_GAP[is_dark()])
            selection.format = gap_format
            cursor = QTextCursor(self.text_view.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        for span in self.spans:
            selection = QTextEdit.ExtraSelection()
            char_format = QTextCharFormat()
            emphasised = span.citation_id == self.citation_id
            char_format.setBackground((QUOTE_EMPHASIS if emphasised else QUOTE_HIGHLIGHT)[is_dark()])
            if emphasised:
                char_format.setFontUnderline(True)
            selection.format = char_format
            cursor = QTextCursor(self.text_view.document())
            cursor.setPosition(span.start)
            cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.text_view.setExtraSelections(selections)

    # --- what cites this ------------------------------------------------------------------

    def spans_at(self, position: int) -> list[QuoteSpan]:
        return [span for span in self.spans if span.covers(position)]

    def _cursor_moved(self) -> None:
        cursor = self.text_view.textCursor()
        position = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
        if self.paged:
            self.page_label.setText(locator_for(self.text, position, cursor.selectionEnd()))
        found = self.spans_at(position)
        if not found:
            return
        self.cited_by.clear()
        store = self.session.store
        for span in found:
            text = citation_target_label(store, span.record_table, span.record_id)
            if span.field:
                text += self.tr(" (for {field})").format(field=field_name(span.field))
            item = QListWidgetItem(text)
            item.setData(RECORD_ROLE, (span.record_table, span.record_id))
            item.setToolTip(tooltip(self.tr("{record}\n“{quote}”\nClick to open it.").format(
                record=text, quote=isolate(span.quote))))
            self.cited_by.addItem(item)
        count = len(found)
        self.cited_by_title.setText(self.tr("Cited here by %n record(s) — click one to open it:", "", count))

    def _record_picked(self, item: QListWidgetItem) -> None:
        table, record_id = item.data(RECORD_ROLE)
        self.session.selection.select(table, record_id)

    # --- following the shared selection ---------------------------------------------------

    def _follow_selection(self, table: str, row_id: str) -> None:
        if table == "citations":
            citation = self.session.store.get("citations", row_id)
            if citation:
                self.open_source(citation["source_id"], row_id)
        elif table == "sources":
            self.open_source(row_id)

    def _data_changed(self, change) -> None:
        if not self.source_id:
            return
        if self.source_id in change.updated.get("sources", set()) | change.deleted.get("sources", set()):
            source_id, citation_id, self.source_id = self.source_id, self.citation_id, None
            self.open_source(source_id, citation_id)
        elif "citations" in change.tables:
            # Only the highlights moved (a quote was just cited): the reader keeps its place and selection.
            self.spans, _missing = quote_spans(self.session.store, self.source_id)
            self._paint_highlights()

    def _store_replaced(self) -> None:
        self.source_id = self.citation_id = self.capture = None
        self.paged = False
        self.spans = []
        self.gaps = []
        self.text_view.clear()
        self.cited_by.clear()
        self._show_fields(False)

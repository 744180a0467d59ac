"""The person dossier view: the notice, the header, and the cited sections, in tabs.

It shows whichever person the shared selection points at (a term, allegation or
event selects its person and its row here) and selects what the user picks, so the
timeline and the source reader follow (design.md §4). Activating a citation selects
it, which opens the source reader at its quote.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QListWidget, QListWidgetItem, QSplitter,
    QStackedWidget, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ...domain.person_dossier import PersonDossier, build_person_dossier, notice, notice_of
from ...domain.records import rank_name
from ...domain.wording import isolate
from ..desktop import NOTICE_COLOURS, follow_color_scheme
from ..plain_text import bound_cells, plain_label, tooltip
from ..session import Session
from .claims import RECORD_ROLE, ClaimTree, CitationList
from .offices_model import TERM_ID_ROLE, OfficesModel, OfficesProxy

OFFICES_TAB, ALLEGATIONS_TAB, EVENTS_TAB, SOURCES_TAB = range(4)


class FittingTable(QTableView):
    """A table whose columns always fit its width: each gets what its text needs when there is room,
    else a share of it, the text wrapping onto more lines instead of being cut at the edge.

    Narrower still, the ``optional`` columns step aside (last first) rather than cut the others.
    """

    def __init__(self, optional: tuple[int, ...] = (), parent=None):
        super().__init__(parent)
        self.optional = optional

    PADDING = 14  # a cell's margins around its text

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        model, header = self.model(), self.horizontalHeader()
        if model is None or not model.columnCount():
            return
        available = self.viewport().width()
        floors = {c: self.longest_word(c) for c in range(model.columnCount())}
        hidden = []
        for column in reversed(self.optional):
            if sum(w for c, w in floors.items() if c not in hidden) <= available:
                break
            hidden.append(column)
        for column in floors:
            self.setColumnHidden(column, column in hidden)
        columns = [c for c in floors if c not in hidden]
        needed = [max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns]
        if sum(needed) > available:  # too narrow: each keeps its longest word, the rest shared by what they lack
            lowest = [min(floors[c], width) for c, width in zip(columns, needed)]
            room = max(available - sum(lowest), 0)
            wanted = sum(width - low for width, low in zip(needed, lowest)) or 1
            needed = [low + (width - low) * room // wanted for width, low in zip(needed, lowest)]
        spare = max(available - sum(needed), 0)
        needed[0] += spare - spare // 3  # room left over goes to the position and the institution
        needed[1] += spare // 3
        for column, width in zip(columns, needed):
            header.resizeSection(column, width)
        self.resizeRowsToContents()

    def longest_word(self, column: int) -> int:
        """The width of the column's longest word (and of its header): less would cut words."""
        model, metrics = self.model(), self.fontMetrics()
        words = str(model.headerData(column, Qt.Orientation.Horizontal) or "").split()
        for row in range(model.rowCount()):
            words.extend(str(model.index(row, column).data() or "").split())
        return max((metrics.horizontalAdvance(word) for word in words), default=0) + self.PADDING


class DossierView(QWidget):
    """One person's dossier, following and feeding the shared selection."""

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.dossier: PersonDossier | None = None
        self._following = False

        self.notice = plain_label(notice())
        self.notice.setObjectName("dossierNotice")
        self.notice.setAccessibleName(self.tr("Notice"))
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)

        self.name_label = plain_label()
        self.name_label.setAccessibleName(self.tr("Name"))
        name_font = QFont(self.name_label.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.6)
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.native_label = plain_label()
        self.native_label.setAccessibleName(self.tr("Name in native script"))
        self.native_label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        # NOTE: in a right-to-left label AlignRight would mirror to the left; Absolute keeps it right.
        self.native_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        )
        native_font = QFont(self.native_label.font())
        native_font.setPointSizeF(native_font.pointSizeF() * 1.4)
        self.native_label.setFont(native_font)
        self.aliases_label = plain_label()
        self.aliases_label.setAccessibleName(self.tr("Also written"))
        self.life_label = plain_label()
        self.life_label.setAccessibleName(self.tr("Life dates"))
        self.summary_label = plain_label()
        self.summary_label.setAccessibleName(self.tr("Summary"))
        self.person_citations = CitationList(self.tr("Citations of the person"))
        self.person_citations.setMaximumHeight(56)

        self.offices_model = OfficesModel(self)
        self.offices_proxy = OfficesProxy(self)
        self.offices_proxy.setSourceModel(self.offices_model)
        self.offices_table = FittingTable(optional=(1, 5, 4))  # length, sources, institution: all in the tooltip
        self.offices_table.setAccessibleName(self.tr("Offices held"))
        self.offices_table.setModel(self.offices_proxy)
        bound_cells(self.offices_table)
        self.offices_table.setSortingEnabled(True)
        self.offices_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.offices_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.offices_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.offices_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.offices_table.setWordWrap(True)
        self.offices_table.verticalHeader().hide()
        self.offices_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.offices_table.selectionModel().currentRowChanged.connect(self._office_picked)
        self.offices_table.activated.connect(self._office_activated)
        self.office_citations_title = plain_label(self.tr("Citations of the selected office"))
        self.office_citations = CitationList(self.tr("Citations of the selected office"))

        offices_page = QSplitter(Qt.Orientation.Vertical)
        offices_page.addWidget(self.offices_table)
        citations_box = QWidget()
        citations_layout = QVBoxLayout(citations_box)
        citations_layout.setContentsMargins(0, 0, 0, 0)
        citations_layout.addWidget(self.office_citations_title)
        citations_layout.addWidget(self.office_citations)
        offices_page.addWidget(citations_box)
        offices_page.setSizes([300, 120])

        self.allegations = ClaimTree(self.tr("Allegations"))
        self.events = ClaimTree(self.tr("Related events"))
        self.sources = QListWidget()
        self.sources.setAccessibleName(self.tr("Sources"))
        self.sources.setWordWrap(True)
        bound_cells(self.sources)
        self.sources.itemActivated.connect(self._source_activated)

        self.tabs = QTabWidget()
        self.tabs.addTab(offices_page, self.tr("Offices held"))
        self.tabs.addTab(self.allegations, self.tr("Allegations"))
        self.tabs.addTab(self.events, self.tr("Related events"))
        self.tabs.addTab(self.sources, self.tr("Sources"))

        for tree in (self.allegations, self.events):
            tree.claim_picked.connect(self._claim_picked)
            tree.citation_activated.connect(self.open_citation)
        self.person_citations.citation_activated.connect(self.open_citation)
        self.office_citations.citation_activated.connect(self.open_citation)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label, 1)
        name_row.addWidget(self.native_label)
        page_layout.addLayout(name_row)
        for widget in (self.aliases_label, self.life_label, self.summary_label, self.person_citations):
            page_layout.addWidget(widget)
        page_layout.addWidget(self.tabs, 1)
        self.empty_hint = plain_label(self.tr("Choose a person in the person list, or click a bar on the timeline."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_hint)
        self.stack.addWidget(page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)

        self._show_notice_tooltip()
        follow_color_scheme(self, self._restyle)
        session.selection.changed.connect(self._follow_selection)
        session.changed.connect(self._data_changed)
        session.store_replaced.connect(self._store_replaced)

    # --- showing a person ----------------------------------------------------------------

    def show_person(self, person_id: str) -> None:
        """Fill the view with one person's dossier (no selection change)."""
        try:
            dossier = build_person_dossier(self.session.store, person_id)
        except KeyError:
            self._clear()
            return
        # The same person shown again (after an edit): only the parts that differ are filled again.
        before = self.dossier if self.dossier is not None and self.dossier.person_id == person_id else None
        self.dossier = dossier
        self.name_label.setText(dossier.name + (self.tr("  ⚠ uncited") if dossier.uncited else ""))
        self.native_label.setText(dossier.name_native or "")
        self.native_label.setVisible(bool(dossier.name_native))
        self.aliases_label.setText(self.tr("Also written: {aliases}").format(
            aliases=self.tr(", ").join(isolate(alias) for alias in dossier.aliases)) if dossier.aliases else "")
        self.aliases_label.setVisible(bool(dossier.aliases))
        self.life_label.setText(dossier.life_text)
        self.life_label.setVisible(bool(dossier.life_text))
        self.summary_label.setText(dossier.summary or "")
        self.summary_label.setVisible(bool(dossier.summary))
        if before is None or before.citations != dossier.citations:
            self.person_citations.set_citations(dossier.citations)
        if before is None or before.offices != dossier.offices:
            self._show_offices(dossier, before is not None)
        if before is None or before.allegations != dossier.allegations:
            self._fill_allegations(dossier)
        if before is None or (before.events, before.name) != (dossier.events, dossier.name):
            self._fill_events(dossier)
        if before is None or before.sources != dossier.sources:
            self._fill_sources(dossier)
        self.tabs.setTabText(OFFICES_TAB, self.tr("Offices held (%n)", "", len(dossier.offices)))
        self.tabs.setTabText(ALLEGATIONS_TAB, self.tr("Allegations (%n)", "", len(dossier.allegations)))
        self.tabs.setTabText(EVENTS_TAB, self.tr("Related events (%n)", "", len(dossier.events)))
        self.tabs.setTabText(SOURCES_TAB, self.tr("Sources (%n)", "", len(dossier.sources)))
        self.stack.setCurrentIndex(1)

    def _show_offices(self, dossier: PersonDossier, in_place: bool) -> None:
        """The offices table; ``in_place``: rows of the same terms are changed where they are, the
        selected office and its citations kept."""
        changed = self.offices_model.update_items(dossier.offices) if in_place else None
        if changed is None:
            self.offices_model.set_items(dossier.offices)
            self.office_citations.clear()
            self.office_citations_title.setText(self.tr("Citations of the selected office"))
        else:
            current = self.offices_table.currentIndex()
            if current.isValid() and self.offices_proxy.mapToSource(current).row() in changed:
                self._show_office_citations(self.offices_model.item(self.offices_proxy.mapToSource(current).row()))
        self._fit_office_columns()

    def _fit_office_columns(self) -> None:
        self.offices_table.fit_columns()

    def _clear(self) -> None:
        self.dossier = None
        self.offices_model.set_items(())
        for widget in (self.allegations, self.events, self.sources, self.office_citations, self.person_citations):
            widget.clear()
        self.stack.setCurrentIndex(0)

    def _fill_allegations(self, dossier: PersonDossier) -> None:
        self.allegations.clear()
        for allegation in dossier.allegations:
            accuser = allegation.accuser + (self.tr(" — an interested party") if allegation.accuser_interested else "")
            details = [self.tr("Accuser: {accuser}").format(accuser=accuser)]
            if allegation.role:
                details.append(self.tr("Role alleged: {role}").format(role=isolate(allegation.role)))
            offices = self.tr("; ").join(allegation.offices_at_time) or self.tr("none recorded")
            details.append(self.tr("Office held at the time of the conduct: {offices}").format(offices=offices))
            if allegation.event_title:
                details.append(self.tr("Event: {title}").format(title=isolate(allegation.event_title)))
            details.append(self.tr("Grades: {grades}").format(grades=allegation.grades_text))
            self.allegations.add_claim("allegations", allegation.id, allegation.sentence, details,
                                       allegation.citations)

    def _fill_events(self, dossier: PersonDossier) -> None:
        self.events.clear()
        for event in dossier.events:
            details = []
            if event.place:
                details.append(self.tr("Place: {place}").format(place=isolate(event.place)))
            if event.roles:
                details.append(self.tr("Role of {name}: {roles}").format(name=isolate(dossier.name),
                                                                        roles=isolate(event.roles)))
            if event.summary:
                details.append(event.summary)
            for alternative in event.alternatives:
                details.append(self.tr("Sources differ — also recorded as: {version} ({rank})").format(
                    version=alternative.text, rank=rank_name(alternative.rank)))
            self.events.add_claim("events", event.id, f"{isolate(event.title)} — {isolate(event.span_text)}", details,
                                  event.citations)

    def _fill_sources(self, dossier: PersonDossier) -> None:
        self.sources.clear()
        for source in dossier.sources:
            parts = [source.title]
            parts.extend(p for p in (source.author, source.publisher, source.published_text) if p)
            text = " · ".join(isolate(part) for part in parts)
            if source.interested:
                text += self.tr(" · interested party")
            item = QListWidgetItem(text)
            item.setData(RECORD_ROLE, ("sources", source.id))
            item.setToolTip(tooltip("\n".join(p for p in (text, source.url or "", self.tr("Activate to read it.")) if p)))
            self.sources.addItem(item)

    # --- the user picks something here ---------------------------------------------------

    def open_citation(self, citation_id: str) -> None:
        """Open the source reader at a citation's quote (by selecting the citation)."""
        self.session.selection.select("citations", citation_id)

    def _office_picked(self, current, _previous) -> None:
        if not current.isValid():
            return
        self._show_office_citations(self.offices_model.item(self.offices_proxy.mapToSource(current).row()))
        if not self._following:
            self.session.selection.select("terms", current.data(TERM_ID_ROLE))

    def _show_office_citations(self, item) -> None:
        self.office_citations_title.setText(self.tr("Citations of: {position} ({span})").format(
            position=isolate(item.position), span=isolate(item.span_text)))
        self.office_citations.set_citations(item.citations)

    def _office_activated(self, index) -> None:
        item = self.offices_model.item(self.offices_proxy.mapToSource(index).row())
        if item.citations:
            self.open_citation(item.citations[0].id)

    def _claim_picked(self, table: str, record_id: str) -> None:
        if not self._following:
            self.session.selection.select(table, record_id)

    def _source_activated(self, item: QListWidgetItem) -> None:
        table, source_id = item.data(RECORD_ROLE)
        self.session.selection.select(table, source_id)

    # --- following the shared selection --------------------------------------------------

    def _follow_selection(self, table: str, row_id: str) -> None:
        self._following = True
        try:
            self._show_selected(table, row_id)
        finally:
            self._following = False

    def _show_selected(self, table: str, row_id: str) -> None:
        store = self.session.store
        if table == "persons":
            self._ensure_person(row_id)
        elif table == "terms":
            term = store.get("terms", row_id)
            if term:
                self._ensure_person(term["person_id"])
                self.select_office(row_id)
        elif table == "allegations":
            allegation = store.get("allegations", row_id)
            if allegation:
                self._ensure_person(allegation["subject_id"])
                self._select_claim(self.allegations, ALLEGATIONS_TAB, "allegations", row_id)
        elif table == "events":
            person_id = self._person_for_event(row_id)
            if person_id:
                self._ensure_person(person_id)
                self._select_claim(self.events, EVENTS_TAB, "events", row_id)

    def _ensure_person(self, person_id: str) -> None:
        if self.dossier is None or self.dossier.person_id != person_id:
            self.show_person(person_id)

    def _person_for_event(self, event_id: str) -> str | None:
        """The shown person if the event is theirs, else the first person it concerns."""
        if self.dossier and any(e.id == event_id for e in self.dossier.events):
            return self.dossier.person_id
        persons = self.session.store.persons_of_event(event_id)
        return persons[0] if persons else None

    def select_office(self, term_id: str) -> None:
        row = self.offices_model.row_of(term_id)
        if row < 0:
            return
        self.tabs.setCurrentIndex(OFFICES_TAB)
        index = self.offices_proxy.mapFromSource(self.offices_model.index(row, 0))
        self.offices_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.offices_table.scrollTo(index)

    def _select_claim(self, tree: ClaimTree, tab: int, table: str, record_id: str) -> None:
        item = tree.claim_item(table, record_id)
        if item is None:
            return
        self.tabs.setCurrentIndex(tab)
        tree.setCurrentItem(item)
        tree.scrollToItem(item)

    def _data_changed(self, change) -> None:
        """The dossier shown again only when the write may change it (``PersonDossier.touched_by``)."""
        if self.dossier is not None and self.dossier.touched_by(change):
            self.show_person(self.dossier.person_id)
        if "meta" in change.tables:
            self._show_notice_tooltip()

    def _store_replaced(self) -> None:
        self._clear()
        self._show_notice_tooltip()

    def _restyle(self, dark: bool) -> None:
        """The notice in the scheme's tones; an open dossier drawn again (uncited claims are coloured)."""
        background, text, border = NOTICE_COLOURS[dark]
        self.notice.setStyleSheet(
            f"#dossierNotice {{ background: {background}; color: {text}; border: 1px solid {border}; padding: 6px; }}"
        )
        if self.dossier is not None and self.session.store.is_open:  # not once the file closed (the app quitting)
            person_id, self.dossier = self.dossier.person_id, None  # every part filled again, in the new tones
            self.show_person(person_id)

    def _show_notice_tooltip(self) -> None:
        """The notice stays one sentence (rule 8); the dossier's own description is its tooltip."""
        self.notice.setToolTip(tooltip(notice_of(self.session.store)))

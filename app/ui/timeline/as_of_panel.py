"""Who held which office on the "as of" day, and which allegations concern conduct around it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...domain import dates
from ...domain.records import allegation_claim
from ..plain_text import bound_cells

MAX_LISTED = 300
ID_ROLE = Qt.ItemDataRole.UserRole


class AsOfPanel(QWidget):
    """Follows the timeline's cursor; clicking a line selects that term or allegation."""

    def __init__(self, session, timeline, parent: QWidget | None = None, *, on_screen: bool = True):
        super().__init__(parent)
        self.setObjectName("asOfPanel")
        self.session = session
        self.timeline = timeline
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        bound_cells(self.tree)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        self._on_screen = on_screen
        self._wanted_day: int | None = None
        self._listed: tuple | None = None  # (day, layout, offices shown) of what the tree lists
        timeline.as_of_changed.connect(self.show_day)
        timeline.layout_changed.connect(lambda: self.show_day(timeline.as_of_day()))
        if timeline.as_of_day() is not None:
            self.show_day(timeline.as_of_day())

    def show_day(self, day: int | None) -> None:
        """List what was so on a day: at once when the panel is on screen, else when it comes on screen.

        Start-up does not wait for it (in the window it starts behind another tab), and
        the same day over the same layout is never listed twice.
        """
        if day is None:
            return
        self._wanted_day = day
        if self._on_screen:
            self._refresh()

    def set_on_screen(self, on_screen: bool) -> None:
        """Follow the dock's visibility (a tab behind another counts as hidden)."""
        self._on_screen = on_screen
        if on_screen:
            QTimer.singleShot(0, self, self._refresh)  # after the paint that brings the tab forward

    def _refresh(self) -> None:
        day, layout, terms_shown = self._wanted_day, self.timeline.layout_data, self.timeline.kinds["terms"]
        listed = self._listed
        if day is None or (listed is not None and listed[0] == day and listed[1] is layout
                           and listed[2] == terms_shown):
            return
        self._listed = (day, layout, terms_shown)
        when = dates.day_from_number(day)
        self.heading.setText(self.tr("As of {date}").format(date=dates.format_day_both(when)))
        drawn_persons = {lane.key for lane in layout.lanes if lane.kind == "person"}
        terms = [t for t in self.session.store.terms_on(day) if t["person_id"] in drawn_persons] \
            if terms_shown else []
        self.tree.clear()
        elsewhen = [t for t in terms if t["standing"] == "known only"]
        terms = [t for t in terms if t["standing"] != "known only"]
        held, known_elsewhen = len(terms), len(elsewhen)
        self._add_terms(self.tr("Offices held (%n)", "", held), terms)
        if elsewhen:
            self._add_terms(self.tr("Known only at another time (%n)", "", known_elsewhen), elsewhen)
        allegation_ids = layout.allegations_around(day)
        around_count = len(allegation_ids)
        around = QTreeWidgetItem([self.tr("Allegations about conduct around then (%n)", "", around_count)])
        self.tree.addTopLevelItem(around)
        if allegation_ids:
            names = self.session.store.allegations_by_id(allegation_ids[:MAX_LISTED])
            for allegation_id in allegation_ids[:MAX_LISTED]:
                row = names.get(allegation_id)
                if row is None:
                    continue
                item = QTreeWidgetItem([allegation_claim(row)])
                item.setData(0, ID_ROLE, ("allegations", allegation_id))
                around.addChild(item)
            if len(allegation_ids) > MAX_LISTED:
                more = len(allegation_ids) - MAX_LISTED
                around.addChild(QTreeWidgetItem([self.tr("… and %n more", "", more)]))
        self.tree.expandAll()

    def _add_terms(self, heading: str, terms: list[dict]) -> None:
        group = QTreeWidgetItem([heading])
        self.tree.addTopLevelItem(group)
        for term in terms[:MAX_LISTED]:
            text = self.tr("{person} — {position}").format(person=term["person_name"], position=term["position_title"])
            if term["standing"] == "possibly":
                text = self.tr("{term} (possibly held)").format(term=text)
            elif term["standing"] == "known only":
                text = self.tr("{term} (known only {when})").format(term=text, when=term["known_when"])
            item = QTreeWidgetItem([text])
            item.setData(0, ID_ROLE, ("terms", term["id"]))
            group.addChild(item)
        if len(terms) > MAX_LISTED:
            more = len(terms) - MAX_LISTED
            group.addChild(QTreeWidgetItem([self.tr("… and %n more", "", more)]))

    def lines(self) -> list[str]:
        """The listed lines, top to bottom (what a reader sees)."""
        self._refresh()
        found = []
        for top in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(top)
            found.append(parent.text(0))
            found.extend(parent.child(i).text(0) for i in range(parent.childCount()))
        return found

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, ID_ROLE)
        if target:
            self.session.selection.select(*target)

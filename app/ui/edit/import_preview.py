"""The preview shown before an import: what would be added, changed, removed or kept, or why it is refused.

Imports are all or nothing: a file with any problem is refused whole, and the
preview lists every problem with file, record and field.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from ...domain.exchange import ExchangeError, ImportPlan
from ...domain.schema import CONTRACT
from ...domain.wording import number
from ..plain_text import plain_label


# The tables as the preview names them (English keeps the table's own name).
TABLE_NAMES = {
    "sources": QT_TRANSLATE_NOOP("ImportPreviewDialog", "sources"),
    "persons": QT_TRANSLATE_NOOP("ImportPreviewDialog", "persons"),
    "aliases": QT_TRANSLATE_NOOP("ImportPreviewDialog", "aliases"),
    "organizations": QT_TRANSLATE_NOOP("ImportPreviewDialog", "organizations"),
    "positions": QT_TRANSLATE_NOOP("ImportPreviewDialog", "positions"),
    "terms": QT_TRANSLATE_NOOP("ImportPreviewDialog", "terms"),
    "events": QT_TRANSLATE_NOOP("ImportPreviewDialog", "events"),
    "event_persons": QT_TRANSLATE_NOOP("ImportPreviewDialog", "event_persons"),
    "allegations": QT_TRANSLATE_NOOP("ImportPreviewDialog", "allegations"),
    "citations": QT_TRANSLATE_NOOP("ImportPreviewDialog", "citations"),
    "source_originals": QT_TRANSLATE_NOOP("ImportPreviewDialog", "source_originals"),
    "identifiers": QT_TRANSLATE_NOOP("ImportPreviewDialog", "identifiers"),
}


def table_name(table: str) -> str:
    return QCoreApplication.translate("ImportPreviewDialog", TABLE_NAMES[table]) if table in TABLE_NAMES else table


class ImportPreviewDialog(QDialog):
    """Accepting it means "import"; it cannot be accepted when the file is refused."""

    def __init__(self, name: str, plan: ImportPlan | None, error: ExchangeError | None = None,
                 parent: QWidget | None = None, kept: list[str] | None = None):
        super().__init__(parent)
        self.matches: QListWidget | None = None
        self.setWindowTitle(self.tr("Import {name}").format(name=name))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        self.heading = heading = plain_label(selectable=False)
        layout.addWidget(heading)
        details = QPlainTextEdit()
        details.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if plan is None:
            problems = error.problems if error else [self.tr("the file could not be read")]
            heading.setText(self.tr("{name} is refused; nothing will be changed. %n problem(s):", "",
                                    len(problems)).format(name=name))
            details.setPlainText("\n".join(problems))
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            layout.addWidget(details)
        else:
            added, changed = plan.counts
            removed = sum(map(len, plan.removed.values()))
            heading.setText(self.summary(name, plan))
            layout.addWidget(self._counts(plan))
            kept_line, changed_line = self.tr("kept as you left it: {entry}"), self.tr("{table}: {id}")
            removed_line = self.tr("removed: {table}: {id}")
            lines = [kept_line.format(entry=entry) for entry in kept or []]  # first: what the user's edits keep
            lines += [changed_line.format(table=table_name(table), id=row_id)
                      for table in CONTRACT for row_id in plan.changed.get(table, [])]
            lines += [removed_line.format(table=table_name(table), id=row_id)
                      for table in CONTRACT for row_id in plan.removed.get(table, [])]
            if plan.meta_changed:
                lines.append(self.tr("settings: {keys}").format(keys=", ".join(plan.meta_changed)))
            if lines:
                record_words = [word for word, present in ((self.tr("kept"), kept), (self.tr("changed"), changed),
                                                           (self.tr("removed"), removed)) if present]
                pieces = ([self.tr("{kinds} records").format(kinds=self._and(record_words))] if record_words else []) + (
                    [self.tr("changed settings")] if plan.meta_changed else [])
                heading_text = self._and(pieces)
                layout.addWidget(QLabel(self.tr("{what}:").format(what=heading_text[:1].upper() + heading_text[1:])))
                details.setPlainText("\n".join(lines))
                layout.addWidget(details)
            if plan.skipped:
                layout.addWidget(plain_label(self.tr("Skipped (kinds of record the dossier does not keep): {kinds}").format(
                    kinds="; ".join(f"{number(count)} {what}" for what, count in sorted(plan.skipped.items())))))
            if plan.name_matches:
                layout.addWidget(plain_label(self.tr(
                    "These persons have the name of a person already in the dossier. Each is imported as a "
                    "new person unless you tick it: then it is imported as that person.")))
                layout.addWidget(self._matches(plan))
            if not added and not changed and not removed and not plan.meta_changed:
                buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout.addWidget(buttons)
        self.details = details

    def _matches(self, plan: ImportPlan) -> QListWidget:
        self.matches = QListWidget()
        for match in plan.name_matches:
            item = QListWidgetItem(self.tr("{name} ({key}) is {person} ({id})").format(
                name=match.name, key=match.key, person=match.person_name, id=match.person_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, (match.key, match.person_id))
            self.matches.addItem(item)
        shown = min(self.matches.count(), 6)  # the counts above keep the room; more scroll
        self.matches.setMaximumHeight(shown * self.matches.sizeHintForRow(0) + 2 * self.matches.frameWidth() + 4)
        return self.matches

    def confirmed_matches(self) -> dict[str, str]:
        """The file's persons the user ticked as the dossier's person of the same name."""
        if self.matches is None:
            return {}
        items = (self.matches.item(row) for row in range(self.matches.count()))
        return dict(item.data(Qt.ItemDataRole.UserRole) for item in items
                    if item.checkState() == Qt.CheckState.Checked)

    def _counts(self, plan: ImportPlan) -> QTableWidget:
        tables = [t for t in CONTRACT if plan.added.get(t) or plan.changed.get(t) or plan.unchanged.get(t)
                  or plan.removed.get(t)]
        grid = QTableWidget(len(tables), 5)
        grid.setHorizontalHeaderLabels([self.tr("Table"), self.tr("Added"), self.tr("Changed"), self.tr("Unchanged"),
                                        self.tr("Removed")])
        grid.verticalHeader().hide()
        grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, table in enumerate(tables):
            values = [table_name(table), len(plan.added.get(table, [])), len(plan.changed.get(table, [])),
                      plan.unchanged.get(table, 0), len(plan.removed.get(table, []))]
            for column, value in enumerate(values):
                item = QTableWidgetItem(number(value))
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.setItem(row, column, item)
        grid.resizeColumnsToContents()
        grid.horizontalHeader().setStretchLastSection(True)
        return grid

    def summary(self, name: str, plan: ImportPlan) -> str:
        """What importing would do, naming only what it does: "will add 3 records and change 2 settings …"."""
        added, changed = plan.counts
        removed = sum(map(len, plan.removed.values()))
        parts = []
        if added:
            parts.append(self.tr("add %n record(s)", "", added))
        if changed:
            parts.append(self.tr("change %n record(s) (same id, different content)", "", changed))
        if removed:
            parts.append(self.tr("remove %n record(s) it no longer has", "", removed))
        if plan.meta_changed:
            parts.append(self.tr("change %n setting(s) ({keys})", "", len(plan.meta_changed)).format(
                keys=", ".join(plan.meta_changed)))
        if not parts:
            return self.tr("Importing {name} would change nothing: everything in it is already in this dossier.").format(
                name=name)
        return self.tr("Importing {name} will {changes}, all in one step that Undo reverses.").format(
            name=name, changes=self._and(parts))

    def _and(self, words: list[str]) -> str:
        """"a, b and c" in the interface's language."""
        if len(words) == 1:
            return words[0]
        return self.tr("{first} and {last}").format(first=self.tr(", ").join(words[:-1]), last=words[-1])

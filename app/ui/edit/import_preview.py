"""The preview shown before an import: what would be added, changed, removed or kept, or why it is refused.

Imports are all or nothing: a file with any problem is refused whole, and the
preview lists every problem with file, record and field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from ...domain.exchange import ExchangeError, ImportPlan
from ...domain.schema import CONTRACT
from ..plain_text import plain_label


def _records(count: int) -> str:
    return f"{count} record{'s' if count != 1 else ''}"


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def import_summary(name: str, plan: ImportPlan) -> str:
    """What importing would do, naming only what it does: "will add 3 records and change 2 settings …"."""
    added, changed = plan.counts
    removed = sum(map(len, plan.removed.values()))
    parts = []
    if added:
        parts.append(f"add {_records(added)}")
    if changed:
        parts.append(f"change {_records(changed)} (same id, different content)")
    if removed:
        parts.append(f"remove {_records(removed)} it no longer has")
    if plan.meta_changed:
        count = len(plan.meta_changed)
        parts.append(f"change {count} setting{'s' if count != 1 else ''} ({', '.join(plan.meta_changed)})")
    if not parts:
        return f"Importing {name} would change nothing: everything in it is already in this dossier."
    return f"Importing {name} will {_and(parts)}, all in one step that Undo reverses."


class ImportPreviewDialog(QDialog):
    """Accepting it means "import"; it cannot be accepted when the file is refused."""

    def __init__(self, name: str, plan: ImportPlan | None, error: ExchangeError | None = None,
                 parent: QWidget | None = None, kept: list[str] | None = None):
        super().__init__(parent)
        self.matches: QListWidget | None = None
        self.setWindowTitle(f"Import {name}")
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        self.heading = heading = plain_label(selectable=False)
        layout.addWidget(heading)
        details = QPlainTextEdit()
        details.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if plan is None:
            problems = error.problems if error else ["the file could not be read"]
            heading.setText(f"{name} is refused; nothing will be changed. "
                            f"{len(problems)} problem{'s' if len(problems) != 1 else ''}:")
            details.setPlainText("\n".join(problems))
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            layout.addWidget(details)
        else:
            added, changed = plan.counts
            removed = sum(map(len, plan.removed.values()))
            heading.setText(import_summary(name, plan))
            layout.addWidget(self._counts(plan))
            lines = [f"kept as you left it: {entry}" for entry in kept or []]  # first: what the user's edits keep
            lines += [f"{table}: {row_id}" for table in CONTRACT for row_id in plan.changed.get(table, [])]
            lines += [f"removed: {table}: {row_id}" for table in CONTRACT for row_id in plan.removed.get(table, [])]
            if plan.meta_changed:
                lines.append(f"settings: {', '.join(plan.meta_changed)}")
            if lines:
                record_words = [word for word, present in (("kept", kept), ("changed", changed), ("removed", removed))
                                if present]
                pieces = ([f"{_and(record_words)} records"] if record_words else []) + (
                    ["changed settings"] if plan.meta_changed else [])
                layout.addWidget(QLabel(f"{_and(pieces).capitalize()}:"))
                details.setPlainText("\n".join(lines))
                layout.addWidget(details)
            if plan.skipped:
                layout.addWidget(plain_label("Skipped (kinds of record the dossier does not keep): " + "; ".join(
                    f"{count} {what}" for what, count in sorted(plan.skipped.items()))))
            if plan.name_matches:
                layout.addWidget(plain_label(
                    "These persons have the name of a person already in the dossier. Each is imported as a "
                    "new person unless you tick it: then it is imported as that person."))
                layout.addWidget(self._matches(plan))
            if not added and not changed and not removed and not plan.meta_changed:
                buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout.addWidget(buttons)
        self.details = details

    def _matches(self, plan: ImportPlan) -> QListWidget:
        self.matches = QListWidget()
        for match in plan.name_matches:
            item = QListWidgetItem(f"{match.name} ({match.key}) is {match.person_name} ({match.person_id})")
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
        grid.setHorizontalHeaderLabels(["Table", "Added", "Changed", "Unchanged", "Removed"])
        grid.verticalHeader().hide()
        grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, table in enumerate(tables):
            values = [table, len(plan.added.get(table, [])), len(plan.changed.get(table, [])),
                      plan.unchanged.get(table, 0), len(plan.removed.get(table, []))]
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.setItem(row, column, item)
        grid.resizeColumnsToContents()
        grid.horizontalHeader().setStretchLastSection(True)
        return grid

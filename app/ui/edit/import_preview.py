"""The preview shown before an import: what would be added, changed, removed or kept, or why it is refused.

Imports are all or nothing: a file with any problem is refused whole, and the
preview lists every problem with file, record and field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
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
            if not added and not changed and not removed and not plan.meta_changed:
                buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout.addWidget(buttons)
        self.details = details

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

"""Original files in the window: add (menu or drop), verify with progress, export a package.

Adding stores the bytes at once and puts the new source on the undo stack; undo
removes the source and appends to its custody log. Files dropped on the window
become sources, except dossier files, exchange files and packages, which the
window opens or imports (``dossier_files.is_dossier_or_exchange_file``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QMainWindow, QMenu, QMessageBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..domain import originals, packages
from ..domain.opener import own_connection
from ..domain.originals import OriginalError
from ..domain.progress import Cancelled
from ..domain.source_files import plan_source_from_file
from ..domain.store import StoreError
from ..domain.user_settings import original_limit_bytes
from .background import Busy, run_in_background
from .dossier_files import is_dossier_or_exchange_file
from .edit.commands import perform
from .plain_text import message_box, plain_label, tooltip, warn
from .session import Session

class OriginalsActions(QObject):
    """Add Source from File…, Export Package…, Verify Originals…, and files dropped on the window."""

    def __init__(self, window: QMainWindow, session: Session):
        super().__init__(window)
        self.window = window
        self.session = session
        self.add_action = self._action(self.tr("Add Source from &File…"), self.choose_files)
        self.export_package_action = self._action(self.tr("Export &Package…"), self.choose_export_package)
        self.verify_action = self._action(self.tr("&Verify Originals…"), self.verify)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def install(self, file_menu: QMenu, edit_menu: QMenu) -> None:
        edit_menu.addSeparator()
        edit_menu.addAction(self.add_action)
        quit_action = next((a for a in file_menu.actions() if a.menuRole() == QAction.MenuRole.QuitRole), None)
        file_menu.insertActions(quit_action, [self.export_package_action, self.verify_action])
        file_menu.insertSeparator(quit_action)

    # --- adding --------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Add sources from files"), "",
                                                self.tr("Documents, pages, recordings, images (*)"))
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> list[str]:
        """Each file a new source (its own undoable step); the last one selected. The ids added."""
        added = []
        store, limit = self.session.store, original_limit_bytes()
        for path in paths:
            def stored(progress, path=path):
                with own_connection(store) as own:
                    return plan_source_from_file(own, path, limit_bytes=limit, progress=progress)

            try:
                planned = run_in_background(self.window, self.tr("Storing {name}…").format(name=path.name), stored)
                perform(self.session, planned.edit)
            except (OriginalError, StoreError, OSError) as error:
                warn(self.window, self.tr("Add source"), self.tr("{name} was not added: {error}").format(name=path.name, error=error))
                continue
            except Cancelled:
                self.window.statusBar().showMessage(self.tr("Adding {name} cancelled; it was not added").format(name=path.name), 5000)
                break
            except Busy:
                break
            added.append(planned.source_id)
            note = f" — {planned.extraction.note}" if planned.extraction.note else ""
            self.window.statusBar().showMessage(
                self.tr("Added {name} ({media_type}, SHA-256 {digest}…){note}").format(
                    name=path.name, media_type=planned.original.media_type, digest=planned.original.sha256[:16],
                    note=note), 10000)
        if added:
            self.session.selection.select("sources", added[-1])
        return added

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._dropped_sources(event):
                event.acceptProposedAction()
                return True
        elif watched is self.window and event.type() == QEvent.Type.Drop:
            paths = self._dropped_sources(event)
            if paths:
                event.acceptProposedAction()
                self.add_files(paths)
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _dropped_sources(event) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [p for p in paths if p.is_file() and not is_dossier_or_exchange_file(p)]

    # --- verifying -----------------------------------------------------------------------

    def verify(self) -> list[originals.Mismatch] | None:
        """Re-hash every stored original with progress; say what matched. None when cancelled."""
        store = self.session.store

        def verified(progress) -> list[originals.Mismatch]:
            with own_connection(store) as own:
                return originals.verify(own.db.conn, progress)

        try:
            mismatches = run_in_background(self.window, self.tr("Verifying stored originals…"), verified)
        except (OriginalError, Cancelled, Busy):
            return None
        count = self.session.store.count("originals")
        if mismatches:
            listed = "\n".join(str(m) for m in mismatches[:30])
            message_box(QMessageBox.Icon.Critical, self.tr("Verify originals"),
                        self.tr("%n stored original(s) no longer match the SHA-256 taken when they were added.", "",
                                len(mismatches)), listed, parent=self.window).exec()
        else:
            message_box(QMessageBox.Icon.Information, self.tr("Verify originals"),
                        self.tr("All %n stored original(s) match the SHA-256 taken when they were added.", "", count),
                        parent=self.window).exec()
        return mismatches

    # --- packages ------------------------------------------------------------------------

    def choose_export_package(self) -> None:
        options = PackageOptions(self.window)
        if options.exec() != QDialog.DialogCode.Accepted:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export package"), "dossier-package.zip",
                                              self.tr("Packages (*.zip)"))
        if path:
            self.export_package_to(Path(path), options.originals.isChecked(), options.custody_log.isChecked())

    def export_package_to(self, path: Path, with_originals: bool = True, with_custody_log: bool = True) -> bool:
        store = self.session.store

        def export(progress) -> dict:
            with own_connection(store) as own:
                return packages.export_package(own, path, with_originals=with_originals,
                                               with_custody_log=with_custody_log, progress=progress)

        try:
            manifest = run_in_background(self.window, self.tr("Exporting {name}…").format(name=path.name), export)
        except (OriginalError, OSError) as error:
            warn(self.window, self.tr("Export package"), self.tr("{error}\n\nNo package was written.").format(error=error))
            return False
        except Cancelled:
            self.window.statusBar().showMessage(self.tr("Export cancelled; no package was left"), 5000)
            return False
        except Busy:
            return False
        self.window.statusBar().showMessage(
            self.tr("Exported {path} with %n original(s)", "", len(manifest["originals"])).format(path=path), 5000)
        return True


class PackageOptions(QDialog):
    """What goes into a package, after the warning about metadata inside original files."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export package"))
        layout = QVBoxLayout(self)
        warning = plain_label(QCoreApplication.translate("packages", packages.METADATA_WARNING))
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.originals = QCheckBox(self.tr("Include the original files"))
        self.originals.setChecked(True)
        self.custody_log = QCheckBox(self.tr("Include the custody log (who changed what, and when)"))
        self.custody_log.setChecked(True)
        layout.addWidget(self.originals)
        layout.addWidget(self.custody_log)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose File…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class CustodyLogDialog(QDialog):
    """A source's custody log: every change, by whom (or nobody named) and when, oldest first."""

    COLUMNS = (QT_TRANSLATE_NOOP("CustodyLogDialog", "When (UTC)"), QT_TRANSLATE_NOOP("CustodyLogDialog", "Who"),
               QT_TRANSLATE_NOOP("CustodyLogDialog", "What"), QT_TRANSLATE_NOOP("CustodyLogDialog", "Record"),
               QT_TRANSLATE_NOOP("CustodyLogDialog", "Changes"))

    def __init__(self, store, source_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Custody log — {id}").format(id=source_id))
        self.resize(1000, 420)
        entries = originals.custody_log(store.db.conn, source_id)
        self.table = QTableWidget(len(entries), len(self.COLUMNS))
        self.table.setAccessibleName(self.tr("Custody log"))
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in self.COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, entry in enumerate(entries):
            record = originals.record_words(entry["record_table"], entry["record_id"])
            changes = originals.describe_changes(entry["changes"])
            for column, value in enumerate((entry["at"], entry["who"] or self.tr("not recorded"),
                                            originals.action_words(entry["action"]), record, changes)):
                item = QTableWidgetItem(value)
                item.setToolTip(tooltip(value))
                self.table.setItem(row, column, item)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())  # rows wrap to the width shown
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Entries are only ever added: an undo or a restore is a new entry.")))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

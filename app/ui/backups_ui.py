"""Backups in the window: the restore offer at start-up and the About box's list with Purge.

The domain (``app.domain.backups``) makes, checks, restores and purges; these widgets
only ask the person and show what is kept, as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import backups
from ..domain.folders import backups_folder, scratch_folder
from ..domain.opener import DossierRefused, open_dossier
from ..domain.store import Store
from ..domain.user_settings import custody_name
from .i18n import app_name
from .plain_text import message_box


def offer_restore(refused: DossierRefused, parent: QWidget | None = None) -> Store | None:
    """When a dossier is damaged, say so and offer its newest good backup; the restored store or None."""
    folder = backups_folder()
    if refused.kind != "damaged" or folder is None:
        return None
    good = backups.newest_good(folder, refused.path)
    if good is None:
        return None
    made = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(good.made.timestamp())), "d MMMM yyyy, HH:mm")
    box = message_box(
        QMessageBox.Icon.Warning, app_name(), QCoreApplication.translate("backups_ui", "This dossier file is damaged."),
        QCoreApplication.translate("backups_ui", "{path}\n{reason}\n\nRestore the newest good backup, made {made} ({why})? "
                  "The damaged file is kept beside it, renamed “{name}.damaged-…”.").format(
            path=refused.path, reason=refused.reason, made=made, why=backups.reason_words(good.reason), name=refused.path.name),
        parent=parent, buttons=QMessageBox.StandardButton.NoButton,
    )
    restore = box.addButton(QCoreApplication.translate("backups_ui", "Restore Backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    backups.restore(good, refused.path, who=custody_name())  # recorded in the log it brings back
    return open_dossier(refused.path)



def _size(total: int) -> str:
    """A size as the interface's language writes numbers ("1.5 MB", "۱٫۵ مگابایت")."""
    if total >= 1_048_576:
        return QCoreApplication.translate("backups_ui", "{size} MB").format(size=QLocale().toString(total / 1_048_576, "f", 1))
    return QCoreApplication.translate("backups_ui", "{size} KB").format(size=QLocale().toString(round(total / 1024)))


class StoredFilesPanel(QWidget):
    """What the app keeps in its data folder (backups, temporary copies), with a Purge button."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stored-files")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        self.purge_button = QPushButton(self.tr("Purge…"))
        self.purge_button.setToolTip(self.tr("Delete every backup and temporary copy (your dossier files stay)"))
        self.purge_button.clicked.connect(self.ask_to_purge)
        row.addWidget(self.purge_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.refresh()

    def files(self) -> list[backups.StoredFile]:
        folder, scratch = backups_folder(), scratch_folder()
        return backups.stored_files(folder, scratch) if folder is not None else []

    def refresh(self) -> None:
        files = self.files()
        folder = backups_folder()
        if folder is None:
            self.summary.setText(self.tr("Backups: none are kept in this session."))
        else:
            kept = sum(1 for f in files if f.kind == "backup")
            temporary = len(files) - kept
            self.summary.setText(self.tr("Kept by the app: {backups}, {copies} ({size}) in {folder}").format(
                backups=self.tr("%n backup(s)", "", kept), copies=self.tr("%n temporary copy(ies)", "", temporary),
                size=_size(sum(f.size for f in files)), folder=folder.parent))
        self.purge_button.setEnabled(bool(files))

    def ask_to_purge(self) -> None:
        box = message_box(
            QMessageBox.Icon.Question, self.tr("Purge backups"),
            self.tr("Delete every backup and temporary copy? Your dossier files are not touched; "
                    "after this, a damaged dossier cannot be restored from a backup."),
            parent=self, buttons=QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.purge()

    def purge(self) -> int:
        count = backups.purge(backups_folder(), scratch_folder()) if backups_folder() is not None else 0
        self.refresh()
        return count

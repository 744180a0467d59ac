"""Preferences: each setting declared once (key, default, meaning), the dialog that edits
them (Edit > Preferences…, in the application menu on macOS), and applying them.

Stored in QSettings under ``preferences/``, except what the command line needs too: the
number of backups kept lives in the backups folder itself (``app.domain.backups.kept``) so
command-line imports prune to it, and the name the custody log records and the largest
original file in the data folder (``app.domain.user_settings``). The language is read at
start-up (``app.ui.i18n``); a new choice takes effect at the next start.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain import backups, folders, user_settings
from ..launch import data_folder
from .desktop import THEMES, color_scheme, show_as_problem, theme_name


@dataclass(frozen=True)
class Setting:
    key: str
    default: object
    meaning: str

    def value(self):
        return QSettings().value(self.key, self.default, type=type(self.default))

    def set(self, value) -> None:
        QSettings().setValue(self.key, value)


THEME = Setting("preferences/theme", "system", "the colour scheme: " + ", ".join(THEMES))
# Each language in its own words, as a language menu lists them.
LANGUAGES = {"en": "English", "fa": "فارسی"}
LANGUAGE = Setting("preferences/language", "system", "the interface's language: system, " + ", ".join(LANGUAGES))
EXPORT_FOLDER = Setting("preferences/exportFolder", "", "where export dialogs start; empty: the Documents folder")
MAX_BACKUPS_KEPT = 100


def theme() -> str:
    chosen = THEME.value()
    return chosen if chosen in THEMES else THEME.default


def documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def export_folder() -> Path:
    """The folder export dialogs start in: the chosen one while it exists, else Documents."""
    chosen = EXPORT_FOLDER.value()
    return Path(chosen) if chosen and Path(chosen).is_dir() else documents_folder()


def backups_folder() -> Path:
    return data_folder() / "backups"


def settings_folder() -> Path:
    """Where the settings the command line shares live: the data folder in use, else the app's own."""
    return folders.data_folder() or data_folder()


def backups_kept() -> int:
    return min(backups.kept(backups_folder()), MAX_BACKUPS_KEPT)


def apply_preferences() -> None:
    """Put the stored theme into effect (needs the QApplication)."""
    color_scheme().use(theme())


class PreferencesDialog(QDialog):
    """Edits the preferences; OK stores and applies them at once, Cancel changes nothing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.theme_box = QComboBox()
        self.theme_box.setAccessibleName(self.tr("Theme"))
        for key in THEMES:
            self.theme_box.addItem(theme_name(key), key)
        self.theme_box.setCurrentIndex(self.theme_box.findData(theme()))

        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language"))
        self.language_box.addItem(self.tr("As the system"), "system")
        for key, name in LANGUAGES.items():
            self.language_box.addItem(name, key)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(LANGUAGE.value())))
        language_note = QLabel(self.tr("A new language takes effect the next time you start the app."))
        language_note.setWordWrap(True)
        language_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.folder_edit = QLineEdit(EXPORT_FOLDER.value())
        self.folder_edit.setPlaceholderText(self.tr("{folder} (your Documents folder)").format(folder=documents_folder()))
        self.folder_edit.setAccessibleName(self.tr("Default folder for exports"))
        self.folder_edit.setMinimumWidth(320)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose)

        self.backups_box = QSpinBox()
        self.backups_box.setAccessibleName(self.tr("Backups kept per dossier"))
        self.backups_box.setRange(1, MAX_BACKUPS_KEPT)
        self.backups_box.setValue(backups_kept())
        self.backups_box.setMaximumWidth(90)
        backups_note = QLabel(self.tr("Taken before imports, migrations and bulk deletes, and once a day; "
                                      "older ones are deleted when a new one is made."))
        backups_note.setWordWrap(True)
        backups_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.name_edit = QLineEdit(user_settings.custody_name(settings_folder()) or "")
        self.name_edit.setPlaceholderText(self.tr("not recorded"))
        self.name_edit.setAccessibleName(self.tr("Your name in custody logs"))
        name_note = QLabel(self.tr("Recorded with each change you make to a source or its citations, and with each "
                                   "file you add. Leave it empty to record none: your computer's account name is never used."))
        name_note.setWordWrap(True)
        name_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.limit_box = QSpinBox()
        self.limit_box.setAccessibleName(self.tr("Largest original file"))
        self.limit_box.setRange(1, 64 * 1024)
        self.limit_box.setSuffix(self.tr(" MB"))
        self.limit_box.setValue(user_settings.original_limit_bytes(settings_folder()) // (1024 * 1024))
        self.limit_box.setMaximumWidth(120)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        show_as_problem(self.problem)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow("", language_note)
        form.addRow(self.tr("&Theme:"), self.theme_box)
        folder_label = QLabel(self.tr("Default folder for &exports:"))
        folder_label.setBuddy(self.folder_edit)  # NOTE: a row of a layout gets no mnemonic by itself
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Backups kept per dossier:"), self.backups_box)
        form.addRow("", backups_note)
        form.addRow(self.tr("Your &name:"), self.name_edit)
        form.addRow("", name_note)
        form.addRow(self.tr("Largest &original file:"), self.limit_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Default folder for exports"), str(export_folder()))
        if folder:
            self.folder_edit.setText(folder)

    def accept(self) -> None:
        folder = self.folder_edit.text().strip()
        if folder and not Path(folder).is_dir():
            self.problem.setText(self.tr("{folder} is not a folder; choose one that exists (nothing was changed).").format(
                folder=folder))
            self.problem.show()
            return
        if self.backups_box.value() != backups_kept():
            try:
                backups.set_kept(backups_folder(), self.backups_box.value())
            except OSError as error:
                self.problem.setText(self.tr("The number of backups cannot be stored in {folder}: {error} "
                                             "(nothing was changed).").format(folder=backups_folder(), error=error.strerror))
                self.problem.show()
                return
        try:
            user_settings.save(self.name_edit.text(), self.limit_box.value(), settings_folder())
        except OSError as error:
            self.problem.setText(self.tr("Your name and the file size limit cannot be stored: {error} (nothing was changed).").format(
                error=error))
            self.problem.show()
            return
        LANGUAGE.set(self.language_box.currentData())
        THEME.set(self.theme_box.currentData())
        EXPORT_FOLDER.set(folder)
        apply_preferences()
        super().accept()


def show_preferences(parent: QWidget) -> PreferencesDialog:
    """A fresh dialog each time, so it shows the stored values, not a cancelled edit."""
    dialog = PreferencesDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

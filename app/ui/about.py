"""The About box: the app's version, what the open dossier is (design.md rule 8), its sources
with their publishers and licences, and where the dossier file is.

Everything from the dossier is shown as plain text: a source title or a description may
contain ``<`` or ``&``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..domain import dates
from ..domain.person_dossier import notice_of
from ..domain.store import Store
from ..domain.wording import isolate
from .backups_ui import StoredFilesPanel
from .desktop import app_icon
from ..domain.wording import is_right_to_left
from .i18n import app_name
from .plain_text import bound_cells, plain_label, tooltip

SOURCE_COLUMNS = (QT_TRANSLATE_NOOP("AboutDialog", "Source"), QT_TRANSLATE_NOOP("AboutDialog", "Publisher"),
                  QT_TRANSLATE_NOOP("AboutDialog", "Published"), QT_TRANSLATE_NOOP("AboutDialog", "Licence"))
RIGHT_TO_LEFT_MARK = "\u200f"
NO_LICENCE = QT_TRANSLATE_NOOP("AboutDialog", "not recorded")


def source_rows(store: Store) -> list[tuple[str, str, str, str]]:
    """One row per source, by publisher then title: what the About box lists."""
    rows = []
    for source in store.rows("sources", order_by="publisher, title"):
        rows.append(
            (
                source.get("title") or source["id"],
                source.get("publisher") or "",
                dates.format_date(source.get("published"), unknown="") if source.get("published") else "",
                source.get("license") or QCoreApplication.translate("AboutDialog", NO_LICENCE),
            )
        )
    return rows


class AboutDialog(QDialog):
    """About Dossier Timeline, for the dossier open in ``store``."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {name}").format(name=app_name()))
        self.setObjectName("about-dialog")
        meta = store.meta()
        layout = QVBoxLayout(self)

        header = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("{name} icon").format(name=app_name()))
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        title = QVBoxLayout()
        self.version_label = plain_label(f"{app_name()} {__version__}", selectable=False)
        heading_font = self.version_label.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        heading_font.setBold(True)
        self.version_label.setFont(heading_font)
        title.addWidget(self.version_label)
        title.addWidget(plain_label(self.tr("Review allegations against public officials, offline. "
                                           "Makes no network connection."), selectable=False))
        header.addLayout(title, 1)
        layout.addLayout(header)

        details = [isolate(meta["title"]) if meta.get("title") else self.tr("Untitled dossier")]
        if meta.get("as_of"):
            details.append(self.tr("as of {date}").format(date=isolate(dates.format_date(meta["as_of"]))))
        if meta.get("dataset_version"):
            details.append(self.tr("dataset version {version}").format(version=isolate(meta["dataset_version"])))
        # NOTE: a selectable label reads in the direction of its first letter, here the title's (often English).
        mark = RIGHT_TO_LEFT_MARK if is_right_to_left() else ""
        self.dossier_label = plain_label(mark + " · ".join(details), by_keyboard=True)
        bold = self.dossier_label.font()
        bold.setBold(True)
        self.dossier_label.setFont(bold)
        layout.addWidget(self.dossier_label)

        self.notice_label = plain_label(notice_of(store), by_keyboard=True)
        self.notice_label.setObjectName("dossier-notice")
        self.notice_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice_label.setMargin(8)
        self.notice_label.setAccessibleName(self.tr("What this dossier is"))
        layout.addWidget(self.notice_label)

        rows = source_rows(store)
        sources_heading = plain_label(self.tr("Sources (%n)", "", len(rows)), selectable=False)
        layout.addWidget(sources_heading)
        self.sources_table = QTableWidget(len(rows), len(SOURCE_COLUMNS))
        self.sources_table.setAccessibleName(self.tr("Sources of this dossier"))
        self.sources_table.setHorizontalHeaderLabels([QCoreApplication.translate("AboutDialog", c) for c in SOURCE_COLUMNS])
        self.sources_table.verticalHeader().setVisible(False)
        self.sources_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sources_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sources_table.setWordWrap(False)
        bound_cells(self.sources_table)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)  # an item's text is never interpreted as markup
                item.setToolTip(tooltip(value))  # a bare tooltip string would be read as HTML
                self.sources_table.setItem(row, column, item)
        header_view = self.sources_table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch,) * 2 + (QHeaderView.ResizeMode.ResizeToContents,) * 2):
            header_view.setSectionResizeMode(column, mode)
        self.sources_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        sources_heading.setBuddy(self.sources_table)
        layout.addWidget(self.sources_table, 1)

        path_text = str(store.path) if store.path else self.tr("not saved to a file (in memory)")
        layout.addWidget(plain_label(self.tr("Dossier file:"), selectable=False))
        self.path_label = plain_label(path_text, by_keyboard=True)
        self.path_label.setObjectName("dossier-path")
        self.path_label.setAccessibleName(self.tr("Dossier file path"))
        layout.addWidget(self.path_label)

        self.stored_files = StoredFilesPanel(self)  # backups and temporary copies, with Purge
        layout.addWidget(self.stored_files)

        layout.addWidget(
            plain_label(
                self.tr("Built with Qt (LGPL v3) through PySide6, pyqtgraph and sqlite-utils; "
                        "Persian text set in Vazirmatn (SIL Open Font Licence 1.1)."),
                selectable=False,
            )
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = buttons.addButton(self.tr("About &Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.clicked.connect(QApplication.aboutQt)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)


def show_about(store: Store, parent: QWidget | None = None) -> AboutDialog:
    """Open the About box for the dossier open in ``store``, modal to ``parent``, without blocking."""
    dialog = AboutDialog(store, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

"""The person list, the person dossier and the source reader, installed in the main window.

Adds their docks, Back/Forward (Go menu and toolbar), ``File > Export Person Dossier…``
and ``File > Print…``. The panes only talk through the shared selection; this module
just raises the dock that shows what was selected.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from .dossier import DossierView
from .file_dialogs import save_file
from .history_actions import HistoryActions
from .plain_text import warn
from .person_list import PersonList
from .source_reader import SourceReader

MAX_PERSONS_WIDTH, MAX_DOSSIER_WIDTH = 380, 540
TIMELINE_SHARE = 45  # per cent of the window's width the timeline keeps on first start
SIDE_BY_SIDE_WIDTH = 1500  # narrower windows start with the persons list among the right-hand tabs

_DOSSIER_TABLES = {"persons", "terms", "allegations", "events"}
_READER_TABLES = {"citations", "sources"}


class DossierPanes:
    """Owns the three panes and their actions inside one main window."""

    def __init__(self, window):
        self.window = window
        session = window.session
        self.person_list = PersonList(session, fill_later=True)
        window.after_first_frame(self.person_list.model.fill)  # 10,000 persons: not before the timeline
        self.dossier = DossierView(session)
        self.reader = SourceReader(session)
        self.person_dock = window.add_dock(self.person_list, QCoreApplication.translate("DossierPanes", "Persons"),
                                           "personsDock", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.dossier_dock = window.add_dock(self.dossier, QCoreApplication.translate("DossierPanes", "Person Dossier"),
                                            "dossierDock", Qt.DockWidgetArea.RightDockWidgetArea)
        self.reader_dock = window.add_dock(self.reader, QCoreApplication.translate("DossierPanes", "Source Reader"),
                                           "sourceReaderDock", Qt.DockWidgetArea.RightDockWidgetArea)
        # Tabbed on the right, so the timeline keeps its height; each pane is raised when used.
        as_of_dock = window.findChild(QDockWidget, "asOfDock")
        if as_of_dock is not None:
            window.tabifyDockWidget(as_of_dock, self.dossier_dock)
        window.tabifyDockWidget(self.dossier_dock, self.reader_dock)
        self.dossier_dock.raise_()
        # NOTE: resizeDocks has no effect before the window is laid out, so it waits for the event loop.
        QTimer.singleShot(0, self._first_sizes)
        window.after_first_frame(self._fit_names)  # after the fill above: the names are there to measure

        self.history = HistoryActions(session.selection, window)
        window.go_menu.addSeparator()
        window.go_menu.addActions(self.history.actions())
        self.history.add_to_toolbar(window.toolbar)

        self.export_action = QAction(QCoreApplication.translate("DossierPanes", "Export Person &Dossier…"), window)
        self.export_action.triggered.connect(self.export_dossier)
        self.export_view_action = QAction(QCoreApplication.translate("DossierPanes", "Export &View as Image…"), window)
        self.export_view_action.setToolTip(QCoreApplication.translate("DossierPanes",
                                                                      "What the timeline shows now, as PNG or SVG"))
        self.export_view_action.triggered.connect(self.export_view)
        self.print_action = QAction(QCoreApplication.translate("DossierPanes", "&Print…"), window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_dossier)
        before = getattr(window, "quit_action", None)
        for action in (self.export_action, self.export_view_action, self.print_action):
            window.file_menu.insertAction(before, action)
        window.file_menu.insertSeparator(before)
        self._update_actions()

        session.selection.changed.connect(self._raise_pane)
        window.timeline.open_requested.connect(self.open_dossier)
        session.store_replaced.connect(self._update_actions)

    def _first_sizes(self) -> None:
        """First start: every person's name whole, room to read a dossier, the timeline the most room.

        On a laptop-sized window the persons list joins the dossier's tabs on the right (in front
        until a person is chosen); later starts restore the user's layout.
        """
        if self.window.layout_restored:
            return
        width = self.window.width()
        persons = min(self.person_list.preferred_width(), MAX_PERSONS_WIDTH)
        if width < SIDE_BY_SIDE_WIDTH:
            self.window.tabifyDockWidget(self.dossier_dock, self.person_dock)
            self.person_dock.raise_()
            self.window.resizeDocks([self.dossier_dock], [max(persons, width * 3 // 10)], Qt.Orientation.Horizontal)
            return
        dossier = min(MAX_DOSSIER_WIDTH, max(width * (100 - TIMELINE_SHARE) // 100 - persons, width // 4))
        self.window.resizeDocks([self.person_dock, self.dossier_dock], [persons, dossier], Qt.Orientation.Horizontal)

    def _fit_names(self) -> None:
        """First start, side by side: the persons list as wide as its names, once they are read."""
        if self.window.layout_restored or self.window.tabifiedDockWidgets(self.person_dock):
            return
        wanted = min(self.person_list.preferred_width(), MAX_PERSONS_WIDTH)
        if self.person_dock.width() < wanted:
            self.window.resizeDocks([self.person_dock], [wanted], Qt.Orientation.Horizontal)

    def person_id(self) -> str | None:
        return self.dossier.dossier.person_id if self.dossier.dossier else None

    def export_dossier(self) -> None:
        """Ask where, then write the shown person's report as PDF or HTML."""
        from .report_export import export_report_file

        person_id = self.person_id()
        if person_id is None:
            return
        path = save_file(self.window, QCoreApplication.translate("DossierPanes", "Export Person Dossier"),
                         f"{person_id}-dossier.pdf", "PDF (*.pdf);;HTML (*.html)", export=True)
        if not path:
            return
        try:
            export_report_file(self.window.session.store, person_id, path, as_of_day=self.window.timeline.as_of_day())
        except (OSError, ValueError) as error:
            warn(self.window, QCoreApplication.translate("DossierPanes", "Export Person Dossier"),
                 QCoreApplication.translate("DossierPanes", "The report was not written."), str(error))
            return
        self.window.statusBar().showMessage(QCoreApplication.translate("DossierPanes", "Exported {path}").format(
            path=path), 5000)

    def export_view(self) -> None:
        """Ask where, then write what the timeline shows (range, lanes, cursor, legend) as PNG or SVG."""
        from .timeline_export import ExportError, export_view

        path = save_file(self.window, QCoreApplication.translate("DossierPanes", "Export View as Image"), "timeline.png",
                         QCoreApplication.translate("DossierPanes", "PNG image (*.png);;SVG drawing (*.svg)"),
                         export=True)
        if not path:
            return
        try:
            export_view(self.window.timeline, path)
        except ExportError as error:
            warn(self.window, QCoreApplication.translate("DossierPanes", "Export View as Image"),
                 QCoreApplication.translate("DossierPanes", "The image was not written."), str(error))
            return
        self.window.statusBar().showMessage(QCoreApplication.translate("DossierPanes", "Exported {path}").format(
            path=path), 5000)

    def print_dossier(self) -> None:
        from .report_export import print_with_preview

        person_id = self.person_id()
        if person_id is not None:
            print_with_preview(self.window.session.store, person_id, self.window, self.window.timeline.as_of_day())

    def open_dossier(self, table: str, row_id: str) -> None:
        """Enter on a timeline item: its dossier in front, with the keyboard in it."""
        self.window.session.selection.select(table, row_id)
        if self.dossier.dossier is not None:
            self.dossier_dock.show()
            self.dossier_dock.raise_()
            self.dossier.tabs.setFocus(Qt.FocusReason.OtherFocusReason)

    def _raise_pane(self, table: str, _row_id: str) -> None:
        if table in _DOSSIER_TABLES and self.dossier.dossier is not None:
            self.dossier_dock.show()
            self.dossier_dock.raise_()
        elif table in _READER_TABLES:
            self.reader_dock.show()
            self.reader_dock.raise_()
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        shown = self.dossier.dossier is not None
        name = self.dossier.dossier.name if shown else ""
        self.export_action.setEnabled(shown)
        self.print_action.setEnabled(shown)
        tip = (QCoreApplication.translate("DossierPanes", "The report of {name}").format(name=name) if shown
               else QCoreApplication.translate("DossierPanes", "Choose a person first"))
        self.export_action.setStatusTip(tip)
        self.print_action.setStatusTip(tip)

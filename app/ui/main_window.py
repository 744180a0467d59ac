"""The main window: the timeline in the centre, docks around it, menus, status bar.

Other parts add themselves through the public attributes: ``session``, ``timeline``,
``file_menu``, ``edit_menu``, ``view_menu``, ``go_menu``, ``help_menu``, ``toolbar``
and ``add_dock``. Geometry and dock layout are saved per window class in QSettings
and restored on first show (after every dock has been added).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMargins, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QWidget

from pathlib import Path

from ..domain import dates
from ..domain.layout_cache import keep_layout
from ..domain.opener import data_folder
from .dossier_files import DossierFiles
from .dossier_panes import DossierPanes
from .edit.actions import EditActions
from .go_to_date import ask_date, days_of
from .i18n import app_name
from .originals_ui import OriginalsActions
from .search_box import SearchBox
from .timeline import AsOfPanel, TimelineView
from .plain_text import TITLE_CHARS, shown

# Raise when the docks change, so a layout saved by an older version is not restored.
DOCK_LAYOUT_VERSION = 2
SETTINGS_GROUP = "MainWindow"
DEFAULT_SIZE = (1400, 860)
FIRST_FRAME_MS = 300  # work left for after start-up (after_first_frame) starts this long after the window is shown
SCREEN_SHARE = 0.92  # of the available screen on first start: room for the window manager's frame
FRAME_ALLOWANCE = QMargins(8, 40, 8, 8)  # the largest usual frame (title bar above, borders around)


def first_geometry(available: QRect, minimum: QSize) -> QRect:
    """The window's first place on a screen: most of it, centred, its frame inside the screen too.

    Never smaller than the window can be, never larger than the screen less a frame.
    """
    room = available.marginsRemoved(FRAME_ALLOWANCE)
    width = min(room.width(), max(minimum.width(), round(available.width() * SCREEN_SHARE)))
    height = min(room.height(), max(minimum.height(), round(available.height() * SCREEN_SHARE)))
    placed = QRect(0, 0, width, height)
    placed.moveCenter(room.center())
    return placed


class MainWindow(QMainWindow):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self._restored = False
        self._after_first_frame = [session.run_deferred_check]
        self._settled_size = QSize()  # the window's size once a resize is laid out
        self._wanted_widths: dict[QDockWidget, int] = {}  # what each side panel was given, to grow back to
        self.layout_restored = False  # set by restore_settings: the user's saved dock layout was applied
        self.timeline = TimelineView(session, self)
        self.setCentralWidget(self.timeline)
        self.resize(*DEFAULT_SIZE)
        self.setDockNestingEnabled(True)

        self.toolbar = self.addToolBar(self.tr("Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.go_menu = bar.addMenu(self.tr("&Go"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self._build_actions()

        self.as_of_panel = AsOfPanel(session, self.timeline, on_screen=False)
        as_of_dock = self.add_dock(self.as_of_panel, self.tr("As of"), "asOfDock", Qt.DockWidgetArea.RightDockWidgetArea)
        as_of_dock.visibilityChanged.connect(self.as_of_panel.set_on_screen)
        self.resizeDocks([as_of_dock], [380], Qt.Orientation.Horizontal)
        self.dossier_files = DossierFiles(self, session)
        self.dossier_files.install(self.file_menu)
        self.edit_actions = EditActions(self, session, fill_later=True)
        self.after_first_frame(self.edit_actions.needs_source.fill)  # its dock starts hidden: not before the timeline
        self.edit_actions.install(self.edit_menu)
        self.originals = OriginalsActions(self, session)  # add from file or drop, verify, package, preferences
        self.originals.install(self.file_menu, self.edit_menu)
        self.add_dock(self.edit_actions.needs_source, self.tr("Needs a source"), "needsSourceDock",
                      Qt.DockWidgetArea.RightDockWidgetArea).hide()
        self.dossier_panes = DossierPanes(self)  # persons, person dossier, source reader; Back/Forward; print
        self.search_box = SearchBox.install(self)  # Edit > Find… (Ctrl+F, Ctrl+K); needs the source reader

        self.date_label = QLabel()
        self.date_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.date_label)
        self.timeline.hovered_day.connect(self.show_date)
        session.changed.connect(lambda change: "meta" in change.tables and self.update_title())
        session.store_replaced.connect(self.update_title)
        session.check_failed.connect(self.show_check_failed)
        self.update_title()
        self.setAcceptDrops(True)  # a dossier file dropped on the window opens; a JSON or CSV file imports

    # --- building ------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None, *, checkable: bool = False, checked: bool = False,
                role=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setCheckable(checkable)
        if checkable:
            action.setChecked(checked)
            action.toggled.connect(slot)
        else:
            action.triggered.connect(slot)
        if role is not None:
            action.setMenuRole(role)
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.quit_action = self._action(self.file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit,
                                        role=QAction.MenuRole.QuitRole)
        if self.quit_action.shortcut().isEmpty() and sys.platform != "win32":
            # NOTE: StandardKey.Quit is empty outside KDE and GNOME (XFCE, bare X11); Ctrl+Q is the habit.
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self._action(self.edit_menu, self.tr("Select &None"), self.session.selection.clear, QKeySequence("Ctrl+Shift+A"))
        self.edit_menu.addSeparator()
        self.preferences_action = self._action(self.edit_menu, self.tr("&Preferences…"), self.show_preferences,
                                               QKeySequence.StandardKey.Preferences,
                                               role=QAction.MenuRole.PreferencesRole)

        timeline = self.timeline
        for action in timeline.zoom_actions():
            self.view_menu.addAction(action)
        presets = self.view_menu.addMenu(self.tr("Show &Range"))
        for preset, text, key in (("all", self.tr("&All"), "Ctrl+0"), ("decade", self.tr("&Decade"), "Ctrl+1"),
                                  ("year", self.tr("&Year"), "Ctrl+2"), ("month", self.tr("&Month"), "Ctrl+3")):
            self._action(presets, text, lambda _=False, n=preset: timeline.zoom_preset(n), QKeySequence(key))
        self.view_menu.addSeparator()
        for kind, text in (("terms", self.tr("&Offices")), ("events", self.tr("&Events")),
                           ("allegations", self.tr("&Allegations"))):
            action = self._action(self.view_menu, text, lambda on, k=kind: timeline.set_kind_visible(k, on),
                                  checkable=True, checked=True)
            timeline.kind_buttons[kind].toggled.connect(action.setChecked)
        self.view_menu.addSeparator()
        self.solar_hijri_action = self._action(self.view_menu, self.tr("Solar &Hijri Axis"), timeline.set_solar_hijri_axis,
                                               checkable=True)
        self.colours_action = self._action(self.view_menu, self.tr("Institution &Colours…"), self.show_institution_colours)
        self.legend_action = self._action(self.view_menu, self.tr("&Legend"), timeline.legend.setVisible, checkable=True,
                                          checked=True)
        self.view_menu.addSeparator()  # the docks are listed below it (add_dock)

        self._action(self.go_menu, self.tr("Go to &Date…"), self.go_to_date, QKeySequence("Ctrl+G"))
        self._action(self.go_menu, self.tr("Move \"As of\" Cursor to Da&te…"), self.move_cursor_to_date,
                     QKeySequence("Ctrl+Shift+G"))
        self._action(self.go_menu, self.tr("&Selected Item"), self._centre_selection, QKeySequence("Ctrl+J"))
        self._action(self.go_menu, self.tr("\"&As of\" Cursor"), self._centre_cursor, QKeySequence("Ctrl+Shift+K"))
        self._action(self.go_menu, self.tr("&Lanes Filter"), lambda: timeline.person_filter.setFocus(), QKeySequence("Ctrl+L"))

        self._action(self.help_menu, self.tr("Show &Log Folder"), self.show_log_folder)
        self._action(self.help_menu, self.tr("&About {name}").format(name=app_name()), self.show_about, role=QAction.MenuRole.AboutRole)

    def _run_after_first_frame(self) -> None:
        # A window closed (or its dossier closed) before its first frame settled does nothing more.
        if self.isVisible() and self.session.store.is_open:
            for work in self._after_first_frame:
                work()

    def after_first_frame(self, work: Callable[[], object]) -> None:
        """Run ``work`` shortly after the window is first shown (what start-up need not wait for)."""
        self._after_first_frame.append(work)

    def add_dock(self, widget: QWidget, title: str, object_name: str,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> QDockWidget:
        """Dock a widget, list it in the View menu, and let its place be saved and restored."""
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        dock.installEventFilter(self)
        toggle = dock.toggleViewAction()
        self.view_menu.addAction(toggle)
        return dock

    # --- side panels that grow back --------------------------------------------------

    def eventFilter(self, watched, event):
        """A side panel resized while the window keeps its size was sized by the user (or first start)."""
        if (event.type() == QEvent.Type.Resize and isinstance(watched, QDockWidget) and watched.isVisible()
                and not watched.isFloating() and self.size() == self._settled_size):
            self._wanted_widths[watched] = watched.width()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        grew = event.size().width() > event.oldSize().width() >= 0
        self._settled_size = event.size()
        if grew:
            QTimer.singleShot(0, self, self._widen_docks)

    def _widen_docks(self) -> None:
        """Give the side panels squeezed by a smaller window their width back, the timeline the rest."""
        docks, widths = [], []
        for dock, wanted in self._wanted_widths.items():
            if (dock.isVisible() and not dock.isFloating() and dock.width() < wanted
                    and self.dockWidgetArea(dock) in (Qt.DockWidgetArea.LeftDockWidgetArea,
                                                      Qt.DockWidgetArea.RightDockWidgetArea)):
                docks.append(dock)
                widths.append(wanted)
        spare = self.centralWidget().width() - self.centralWidget().minimumWidth()
        if docks and spare > 0:
            grow = [wanted - dock.width() for dock, wanted in zip(docks, widths)]
            share = min(1.0, spare / sum(grow))
            self.resizeDocks(docks, [dock.width() + int(more * share) for dock, more in zip(docks, grow)],
                             Qt.Orientation.Horizontal)

    # --- behaviour -----------------------------------------------------------------

    def update_title(self) -> None:
        title = shown(self.session.store.meta().get("title"), TITLE_CHARS, TITLE_CHARS) or self.tr("Untitled dossier")
        path = self.session.store.path
        named = f"{title} ({Path(path).name})" if path else title
        self.setWindowTitle(f"{named} — {app_name()}")

    def show_date(self, day: int) -> None:
        """The day under the mouse in both calendars: "19 Jul 1988 · 28 Tir 1367"."""
        try:
            when = dates.day_from_number(day)
        except (OverflowError, ValueError):
            return
        self.date_label.setText(dates.format_day_both(when))

    def _centre_selection(self) -> None:
        self.timeline.show_item(*self.session.selection.current)

    def _centre_cursor(self) -> None:
        first, last = self.timeline.visible_days()
        day = self.timeline.as_of_day()
        self.timeline.set_visible_days(day - (last - first) / 2, day + (last - first) / 2)

    def show_preferences(self):
        from ..domain.user_settings import custody_name
        from .preferences import show_preferences

        dialog = show_preferences(self)
        # the custody log names whoever Preferences says from the next write on
        dialog.accepted.connect(lambda: setattr(self.session.store, "actor", custody_name()))
        return dialog

    def show_log_folder(self) -> None:
        """The folder of the app's log (errors, start-ups; no dossier content), to attach to a report."""
        from .error_report import log_folder, show_log_folder
        from ..launch import data_folder

        show_log_folder(log_folder(data_folder()))

    def show_institution_colours(self) -> None:
        from .institution_colours_dialog import InstitutionColoursDialog

        InstitutionColoursDialog(self.session, self).exec()

    def show_check_failed(self, problem: str) -> None:
        """A trusted dossier failed the check deferred to after start-up: say so, and what to do.

        The file is not vouched for when it closes, so the next opening checks it in full
        and, when it is damaged, offers its newest good backup.
        """
        from .plain_text import message_box

        message_box(QMessageBox.Icon.Critical, app_name(), self.tr("Checking this dossier file after opening found a problem."),
                    self.tr("{path}\n{problem}\n\nStop editing it: close the app and open it again to be offered its "
                            "newest good backup (Help > About lists the backups).").format(
                        path=self.session.store.path, problem=problem), parent=self).exec()

    def go_to_date(self) -> None:
        """Show a typed date on the timeline (a day centred, a month or year whole)."""
        text = ask_date(self, self.tr("Go to Date"), self.tr("Show this date on the timeline:"))
        if text is not None:
            self.timeline.show_days(*days_of(text))

    def move_cursor_to_date(self) -> None:
        """Put the "as of" cursor on a typed date (its first day), centring it when off screen."""
        text = ask_date(self, self.tr("Move \"As of\" Cursor"), self.tr("Show who held which office on:"))
        if text is not None:
            first, _ = days_of(text)
            self.timeline.set_as_of_day(first)
            visible_first, visible_last = self.timeline.visible_days()
            if not visible_first <= first <= visible_last:
                self._centre_cursor()

    def show_about(self) -> None:
        from .about import show_about

        show_about(self.session.store, self)

    # --- files dropped on the window -----------------------------------------------

    @staticmethod
    def dropped_file(event) -> Path | None:
        """The one local file (or folder of CSV files) a drag carries, else None."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return Path(urls[0].toLocalFile()) if len(urls) == 1 and urls[0].isLocalFile() else None

    def dragEnterEvent(self, event):
        if self.dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event):
        path = self.dropped_file(event)
        if path is None:
            return
        event.acceptProposedAction()
        # NOTE: after the drop returns: a modal preview inside the drop would hold the drag source's app too.
        QTimer.singleShot(0, lambda: self.dossier_files.open_or_import(path))

    # --- settings ------------------------------------------------------------------

    def showEvent(self, event):
        if not self._restored:
            self._restored = True
            self.restore_settings()
            # NOTE: once the first frame is on screen; this work competes for the CPU otherwise.
            QTimer.singleShot(FIRST_FRAME_MS, self, self._run_after_first_frame)
        super().showEvent(event)

    def restore_settings(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        geometry, state = settings.value("geometry"), settings.value("state")
        self.solar_hijri_action.setChecked(settings.value("solarHijriAxis", dates.solar_hijri_first(), type=bool))
        self.legend_action.setChecked(settings.value("legend", True, type=bool))
        settings.endGroup()
        if geometry is not None:
            self.restoreGeometry(geometry)
        elif (self.width(), self.height()) == DEFAULT_SIZE and self.screen() is not None:
            self.setGeometry(first_geometry(self.screen().availableGeometry(), self.minimumSizeHint()))
        self.layout_restored = state is not None and self.restoreState(state, DOCK_LAYOUT_VERSION)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState(DOCK_LAYOUT_VERSION))
        settings.setValue("solarHijriAxis", self.solar_hijri_action.isChecked())
        settings.setValue("legend", self.legend_action.isChecked())
        settings.endGroup()

    def close_dossier(self) -> None:
        """Close the dossier file cleanly and keep the timeline's layout for its next opening (``layout_cache``)."""
        store = self.session.store
        store.close()
        keep_layout(data_folder(), store, self.timeline.layout_data)

    def closeEvent(self, event):
        self.save_settings()
        super().closeEvent(event)

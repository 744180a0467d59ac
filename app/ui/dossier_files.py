"""The File menu's dossier-file actions: New, Open…, Open Recent, Save a copy…, Import…, Update, Export.

Every file is opened through ``app.domain.opener``; a refused file is explained and
left untouched. The open file is locked for this window (``file_lock``): a file open in
another window or instance is refused. Imports show a preview (added / changed / refused),
then run as one undoable edit; a dossier made from an earlier default dossier is offered the
corrected one the same way (``dataset_upgrade``). Opening another's file (its validation),
reading and applying an import, exports and Save a Copy run off the window's thread with
progress and Cancel (``background``), leaving nothing behind when cancelled. The window
title and the status bar name the open file.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from ..domain import csv_exchange, exchange, file_kinds, packages
from ..domain.dataset_upgrade import UpgradeOffer, read_history, upgrade_offer
from ..domain.backups import BackupError
from ..domain.dossier_files import new_dossier, plan_for_path, save_copy
from ..domain.progress import Cancelled
from ..domain.exchange import ExchangeError, ImportPlan
from ..domain.folders import backup_before
from ..domain.opener import DossierRefused, data_folder, open_dossier, own_connection
from ..domain.originals import OriginalError
from ..domain.store import Change, Store, StoreError
from ..domain.layout_cache import keep_layout, kept_layout
from ..domain.timeline_layout import label_days, lay_out
from ..domain.user_settings import original_limit_bytes
from ..resources import DEFAULT_DATASET, DEFAULT_DATASET_HISTORY
from .background import Busy, run_in_background
from .edit.commands import record_done
from .edit.import_preview import ImportPreviewDialog
from .file_lock import DossierInUse, claim, release, same_file
from .file_dialogs import open_file, open_folder, save_file
from .plain_text import warn
from .session import Session
from ..domain.wording import number

RECENT_KEY = "files/recent_dossiers"
RECENT_COUNT = 8
DECLINED_UPDATE_KEY = "files/declined_default_dossier_update"  # the shipped version last declined at start
DOSSIER_FILTER = QT_TRANSLATE_NOOP("DossierFiles", "Dossier files (*.db *.dossier *.sqlite);;All files (*)")
IMPORT_FILTER = QT_TRANSLATE_NOOP("DossierFiles", "Exchange files and datasets (*.json *.jsonl *.csv);;Packages with original files (*.zip);;FollowTheMoney or Popolo datasets (*.json *.jsonl *.ftm.json);;Dossier files to merge (*.db *.dossier *.sqlite);;All files (*)")
EXCHANGE_SUFFIXES = (".json", ".jsonl", ".csv")  # .jsonl: FollowTheMoney entities
DOSSIER_SUFFIXES = (".db", ".dossier", ".sqlite")


def is_exchange_file(path: Path) -> bool:
    """A JSON, JSON-lines or CSV file (or a folder of CSV files) is imported; anything else is opened as a dossier."""
    return path.is_dir() or path.suffix.lower() in EXCHANGE_SUFFIXES


def is_dossier_or_exchange_file(path: Path) -> bool:
    """What ``open_or_import`` takes: exchange files, packages, dossier files (by name or SQLite bytes).

    Any other file dropped on the window becomes a source (``originals_ui``).
    """
    if is_exchange_file(path) or path.suffix.lower() in DOSSIER_SUFFIXES:
        return True
    try:
        return file_kinds.sniff_file(path) in (file_kinds.ZIP, file_kinds.SQLITE)
    except OSError:
        return True  # unreadable: opening it explains why


class DossierFiles(QObject):
    """Owns the file actions of one main window; ``install`` puts them in a File menu."""

    def __init__(self, window: QMainWindow, session: Session):
        super().__init__(window)
        self.window = window
        self.session = session
        self.new_action = self._action(self.tr("&New Dossier…"), self.choose_new, QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Open…"), self.choose_open, QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.save_copy_action = self._action(self.tr("Save a &Copy…"), self.choose_save_copy, QKeySequence.StandardKey.SaveAs)
        self.import_action = self._action(self.tr("&Import…"), self.choose_import, "Ctrl+I")
        self.import_csv_folder_action = self._action(self.tr("Import CSV &Folder…"), self.choose_import_csv_folder)
        self.export_json_action = self._action(self.tr("Export &JSON…"), self.choose_export_json)
        self.export_csv_action = self._action(self.tr("Export &CSV…"), self.choose_export_csv)
        self.update_default_action = self._action(self.tr("&Update from the Default Dossier…"), self.offer_default_update)
        self.update_default_action.setToolTip(self.tr("Take the corrections of the newer default dossier that ships with the app"))
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        window.statusBar().addPermanentWidget(self.file_label)
        session.store_replaced.connect(self.show_open_file)
        # NOTE: a bound method, not a lambda: Qt drops it with this object, whereas a lambda would
        # still run when the undo stack is cleared on quit, after the window is gone.
        session.undo_stack.cleanChanged.connect(self._clean_changed)
        self.show_open_file()

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def install(self, menu: QMenu) -> None:
        """Put the actions at the top of a File menu, in the usual order."""
        before = menu.actions()[0] if menu.actions() else None
        menu.insertActions(before, [self.new_action, self.open_action])
        menu.insertMenu(before, self.recent_menu)
        menu.insertSeparator(before)
        menu.insertAction(before, self.save_copy_action)
        menu.insertSeparator(before)
        menu.insertActions(before, [self.import_action, self.import_csv_folder_action, self.update_default_action,
                                    self.export_json_action, self.export_csv_action])
        if before is not None:
            menu.insertSeparator(before)

    # --- which file is open ------------------------------------------------------------

    def show_open_file(self) -> None:
        """The status bar names the open file (the main window's title shows its name too)."""
        path = self.session.store.path
        self.window.setWindowFilePath(str(path) if path else "")
        self.file_label.setText(str(path) if path else self.tr("unsaved dossier (in memory)"))
        self.file_label.setToolTip(self.tr("Every confirmed edit is saved to this file at once"))

    def _clean_changed(self, _clean: bool) -> None:
        self.show_open_file()

    def recent_files(self) -> list[str]:
        return [p for p in (QSettings().value(RECENT_KEY, [], type=list) or []) if p]

    def remember(self, path: Path) -> None:
        entry = str(Path(path).resolve())
        recent = [entry] + [p for p in self.recent_files() if p != entry]
        QSettings().setValue(RECENT_KEY, recent[:RECENT_COUNT])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(Path(p)))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent dossiers")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear Menu"), lambda: QSettings().setValue(RECENT_KEY, []))

    def _refuse(self, title: str, message: str) -> None:
        warn(self.window, title, message)

    # --- new, open, save a copy ----------------------------------------------------------

    def choose_new(self) -> None:
        path = save_file(self.window, self.tr("New dossier file"), "dossier.db", self.tr(DOSSIER_FILTER))
        if path:
            self.new_path(path)

    def new_path(self, path: Path) -> bool:
        if path.exists():
            self._refuse(self.tr("New dossier"),
                         self.tr("{path} already exists; choose a new name (nothing was changed).").format(path=path))
            return False
        try:
            claim(path)
            store = new_dossier(path)
        except (DossierInUse, DossierRefused, StoreError, OSError) as error:
            release(path)
            self._refuse(self.tr("New dossier"), str(error))
            return False
        self._switch_to(store)
        return True

    def choose_open(self) -> None:
        path = open_file(self.window, self.tr("Open dossier file"), self.tr(DOSSIER_FILTER))
        if path:
            self.open_path(path)

    def open_or_import(self, path: Path) -> bool:
        """A file given from outside (dropped, from the command line, the desktop): a JSON or CSV
        file or a package is previewed for import into this dossier; anything else is opened as a dossier file."""
        return self.import_path(path) if is_exchange_file(path) or packages.is_package(path) else self.open_path(path)

    def _prepare_views(self) -> Callable[..., tuple | None]:
        """What long work calls on its own connection once the data is final (with the change it made, if
        it made one): the timeline's layout and the person list's rows of it, made off the window's thread
        so that the window only shows them (None in a window without those views)."""
        timeline = getattr(self.window, "timeline", None)
        panes = getattr(self.window, "dossier_panes", None)
        if timeline is None or panes is None:
            return lambda store, change=None: None
        options, model = timeline.layout_options(), panes.person_list.model  # gathered on the window's thread

        def ahead(store: Store, change: Change | None = None) -> tuple | None:
            try:
                wanted = replace(options, event_label_days=label_days(store))
                layout = kept_layout(store, data_folder(), wanted) or lay_out(store, wanted)
                # A change naming few persons has their rows read again one by one: all of them are not needed.
                rows = None if change is not None and change.names_few_persons else model.read_rows(store)
            except Exception:  # noqa: BLE001 - the views read the store themselves then, and report what fails there
                return None
            return layout, rows
        return ahead

    def _hand_over(self, store: Store, prepared: tuple | None) -> None:
        """Give the views what long work made of ``store``, just before they hear of it."""
        if prepared is not None:
            layout, rows = prepared
            self.window.timeline.take_layout(store, layout)
            if rows is not None:
                self.window.dossier_panes.person_list.model.take_rows(store, rows)

    def open_path(self, path: Path) -> bool:
        """Open a dossier file (migrated after a backup if older); explain a refusal."""
        current = self.session.store.path
        if current is not None and same_file(path, current):
            self.window.statusBar().showMessage(self.tr("{name} is already open").format(name=path.name), 5000)
            return True
        try:
            claim(path)
        except DossierInUse as error:
            self._refuse(self.tr("Cannot open"), self.tr("{error}\n\nThe file was not changed.").format(error=error))
            return False
        prepare_views = self._prepare_views()

        def opened(progress):
            store = open_dossier(path, progress=progress)
            return store, prepare_views(store)

        try:
            store, prepared = run_in_background(self.window, self.tr("Checking {name}…").format(name=path.name), opened)
        except DossierRefused as error:
            release(path)
            self._refuse(self.tr("Cannot open"), self.tr("{name} {reason}.\n\nThe file was not changed.").format(
                name=error.path.name, reason=error.reason))
            return False
        except (Cancelled, Busy):
            release(path)
            return False
        self._hand_over(store, prepared)
        self._switch_to(store)
        return True

    def _switch_to(self, store) -> None:
        """Work on ``store`` now; the file closed keeps the timeline's layout for its next opening (``layout_cache``)."""
        old, timeline = self.session.store, getattr(self.window, "timeline", None)
        drawn = timeline.layout_data if timeline is not None else None
        release(old.path)
        self.session.replace_store(store)  # closes the old file
        if drawn is not None:
            keep_layout(data_folder(), old, drawn)
        if store.path is not None:
            self.remember(store.path)
        self.show_open_file()
        self.window.statusBar().showMessage(self.tr("Opened {path}").format(path=store.path), 5000)

    def choose_save_copy(self) -> None:
        path = save_file(self.window, self.tr("Save a copy"), "dossier-copy.db", self.tr(DOSSIER_FILTER))
        if path:
            self.save_copy_to(path)

    def save_copy_to(self, path: Path) -> bool:
        """A compacted copy: consistent, and free of deleted text."""
        store = self.session.store

        def copy(progress) -> None:
            with own_connection(store) as own:
                save_copy(own, path, progress)

        try:
            run_in_background(self.window, self.tr("Saving a copy to {name}…").format(name=path.name), copy)
        except (DossierRefused, OSError) as error:
            self._refuse(self.tr("Save a copy"), str(error))
            return False
        except Cancelled:
            self.window.statusBar().showMessage(self.tr("Save a copy cancelled; no file was left"), 5000)
            return False
        except Busy:
            return False
        self.window.statusBar().showMessage(self.tr("Saved a copy to {path}").format(path=path), 5000)
        return True

    # --- import --------------------------------------------------------------------------

    def choose_import(self) -> None:
        path = open_file(self.window, self.tr("Import into this dossier"), self.tr(IMPORT_FILTER))
        if path:
            self.import_path(path)

    def choose_import_csv_folder(self) -> None:
        folder = open_folder(self.window, self.tr("Import a folder of <table>.csv files"))
        if folder:
            self.import_path(folder)

    def import_path(self, path: Path) -> bool:
        """Preview, then import all or nothing as one undoable step (a package: one step, not undoable)."""
        is_package = path.is_file() and packages.is_package(path)  # by its magic bytes, not its name
        store, limit = self.session.store, original_limit_bytes()

        def planned(confirmed=None):
            def read(progress) -> ImportPlan:
                with own_connection(store) as own:
                    if is_package:
                        return packages.import_package(path, own, dry_run=True, limit_bytes=limit).plan
                    return plan_for_path(path, own, confirmed=confirmed, progress=progress)
            return run_in_background(self.window, self.tr("Reading {name}…").format(name=path.name), read)

        plan, error = None, None
        try:
            plan = planned()
        except ExchangeError as refused:
            error = refused
        except DossierRefused as refused:
            error = ExchangeError([self.tr("{name} {reason}").format(name=refused.path.name, reason=refused.reason)])
        except (Cancelled, Busy):
            return False
        preview = ImportPreviewDialog(path.name, plan, error, self.window)
        if preview.exec() != ImportPreviewDialog.DialogCode.Accepted or plan is None:
            return False
        confirmed = preview.confirmed_matches()
        if confirmed:  # the same file, planned again with the persons the user says are the same
            try:
                plan = planned(confirmed)
            except ExchangeError as refused:
                self._refuse(self.tr("Import refused"), self.tr("{error}\n\nNothing was changed.").format(error=refused))
                return False
            except (Cancelled, Busy):
                return False
        return self.apply_package(path) if is_package else self.apply_plan(plan, path.name)

    def apply_package(self, path: Path) -> bool:
        """Import a package: its originals, custody log and rows in one transaction, or nothing."""
        store, limit = self.session.store, original_limit_bytes()

        prepare_views = self._prepare_views()

        def apply(progress) -> tuple[packages.PackageContents, tuple | None]:
            with own_connection(store) as own:
                contents = packages.import_package(path, own, limit_bytes=limit, progress=progress)
                return contents, prepare_views(own)

        try:
            contents, prepared = run_in_background(self.window, self.tr("Importing {name}…").format(name=path.name),
                                                 apply)
        except (ExchangeError, OriginalError, StoreError, BackupError, OSError) as error:
            self._refuse(self.tr("Import refused"), self.tr("{error}\n\nNothing was changed.").format(error=error))
            return False
        except Cancelled:
            self.window.statusBar().showMessage(self.tr("Import of {name} cancelled; nothing was changed").format(name=path.name), 5000)
            return False
        except Busy:
            return False
        change = Change()
        for kind, rows in (("added", contents.plan.added), ("updated", contents.plan.changed)):
            for table, ids in rows.items():
                for row_id in ids:
                    change.note(kind, table, row_id)
        self._hand_over(store, prepared)
        self.session.changed.emit(change)
        added, changed = contents.plan.counts
        self.window.statusBar().showMessage(
            self.tr("Imported {name}: {added} added, {changed} changed, %n original(s)", "", len(contents.originals)).format(
                name=path.name, added=number(added), changed=number(changed)), 5000)
        return True

    def apply_plan(self, plan: ImportPlan, name: str) -> bool:
        """Apply a previewed plan in a worker thread as one edit, then put it on the undo stack."""
        store, description = self.session.store, self.tr("Import {name}").format(name=name)
        prepare_views = self._prepare_views()

        def apply(progress):
            with own_connection(store) as own:
                backup_before(own, "import")
                # A dataset's file and the rows citing it: together or not at all.
                with own.writing() if plan.originals else nullcontext():
                    exchange.store_originals(own, plan)
                    edit = exchange.plan_from_import(own, plan, description)
                    change = edit.do(own, progress)
                return edit, change, prepare_views(own, change)

        try:
            edit, change, prepared = run_in_background(self.window, self.tr("Importing {name}…").format(name=name),
                                                     apply)
        except Cancelled:
            self.window.statusBar().showMessage(self.tr("Import of {name} cancelled; nothing was changed").format(name=name), 5000)
            return False
        except (StoreError, BackupError, OriginalError, ExchangeError, OSError) as error:
            self._refuse(self.tr("Import refused"), self.tr("{error}\n\nNothing was changed.").format(error=error))
            return False
        except Busy:
            return False
        self._hand_over(store, prepared)
        record_done(self.session, edit, change)
        added, changed = plan.counts
        self.window.statusBar().showMessage(self.tr("Imported {name}: {added} added, {changed} changed").format(
            name=name, added=number(added), changed=number(changed)), 5000)
        return True

    # --- the corrected default dossier ------------------------------------------------------

    def default_update(self) -> UpgradeOffer | None:
        """What the shipped default dossier would change here; None when this dossier was not made from an earlier one."""
        return upgrade_offer(self.session.store, DEFAULT_DATASET, read_history(DEFAULT_DATASET_HISTORY))

    def offer_default_update(self, at_start: bool = False) -> bool:
        """Show the update in the import preview; apply it only on the user's yes.

        At start the offer is made once per shipped version: a user who declines is not
        asked again, and can take it later from the File menu.
        """
        try:
            offer = self.default_update()
        except ExchangeError as refused:  # the shipped file itself unreadable: a broken installation
            if not at_start:
                self._refuse(self.tr("Update from the default dossier"), "\n".join(refused.problems))
            return False
        if offer is None:
            if not at_start:
                self._refuse(self.tr("Update from the default dossier"),
                             self.tr("This dossier was not made from an earlier version of the default dossier, "
                                     "or it already has the current one."))
            return False
        if at_start and QSettings().value(DECLINED_UPDATE_KEY, "") == offer.to_version:
            return False
        preview = ImportPreviewDialog(offer.name, offer.plan, offer.error, self.window, kept=offer.kept)
        preview.setWindowTitle(self.tr("Update to the {name} (made from {version})").format(
            name=offer.name, version=offer.from_version))
        if preview.exec() != ImportPreviewDialog.DialogCode.Accepted or offer.plan is None:
            QSettings().setValue(DECLINED_UPDATE_KEY, offer.to_version)
            return False
        return self.apply_plan(offer.plan, offer.name)

    # --- export --------------------------------------------------------------------------

    def choose_export_json(self) -> None:
        path = save_file(self.window, self.tr("Export JSON"), "dossier.json", self.tr("JSON (*.json)"), export=True)
        if path:
            self.export_json_to(path)

    def export_json_to(self, path: Path) -> bool:
        store = self.session.store

        def export(progress) -> None:
            with own_connection(store) as own:
                exchange.export_json(own, path, progress)

        try:
            run_in_background(self.window, self.tr("Exporting {name}…").format(name=path.name), export)
        except OSError as error:
            self._refuse(self.tr("Export JSON"), str(error))
            return False
        except Cancelled:
            self.window.statusBar().showMessage(self.tr("Export cancelled; no file was left"), 5000)
            return False
        except Busy:
            return False
        self.window.statusBar().showMessage(self.tr("Exported {path}").format(path=path), 5000)
        return True

    def choose_export_csv(self) -> None:
        folder = save_file(self.window, self.tr("Export CSV into a new folder"), "dossier-csv", export=True)
        if folder:
            self.export_csv_to(folder)

    def export_csv_to(self, folder: Path) -> bool:
        """One <table>.csv per table into a folder it creates; Cancel leaves nothing."""
        store = self.session.store

        def export(progress) -> None:
            with own_connection(store) as own:
                csv_exchange.export_csv(own, folder, progress)

        try:
            run_in_background(self.window, self.tr("Exporting CSV to {name}…").format(name=folder.name), export)
        except Cancelled:
            self.window.statusBar().showMessage(self.tr("Export cancelled; no files were left"), 5000)
            return False
        except OSError as error:
            self._refuse(self.tr("Export CSV"), str(error))
            return False
        except Busy:
            return False
        self.window.statusBar().showMessage(self.tr("Exported CSV files to {folder}").format(folder=folder), 5000)
        return True

"""The main window's reading views in Persian: menus, person list, dossier, search, source reader, About.

Nothing of theirs is left English (``tests/untranslated.py``, plus the cells and item
tooltips of their lists, which the walker does not read); the panes read from the right;
data stays as stored. The same screens in English read as before.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QTableView, QTreeWidget

from app.domain import dates
from app.ui.about import AboutDialog
from tests.untranslated import KEPT_LATIN, dossier_data, has_latin_words, untranslated

# The menu entries the main window, the panes and the search box add (others add their own).
OWN_MENU_ENTRIES = ("&File", "&Edit", "&View", "&Go", "&Help", "&Quit", "Select &None", "&Preferences…",
                    "Show &Range", "&All", "&Decade", "&Year", "&Month", "&Offices", "&Events", "&Allegations",
                    "Solar &Hijri Axis", "Institution &Colours…", "&Legend", "Go to &Date…",
                    "Move \"As of\" Cursor to Da&te…", "&Selected Item", "\"&As of\" Cursor", "&Lanes Filter",
                    "Show &Log Folder", "&About Dossier Timeline", "Export Person &Dossier…",
                    "Export &View as Image…", "&Print…", "&Find…", "Persons", "Person Dossier", "Source Reader",
                    "As of", "Needs a source")
# Product and licence names the About box writes in Latin letters in any language.
PROPER_NAMES = {"pyqtgraph", "sqlite-utils", "Vazirmatn", "LGPL v3", "SIL Open Font Licence"}


def item_texts(view: QAbstractItemView) -> list[str]:
    """Every cell's text and tooltip of an item view (the walker reads widgets, not cells)."""
    model, texts = view.model(), []
    # NOTE: a list widget's model keeps columnCount private: the view says how many columns it shows.
    columns = (view.horizontalHeader().count() if isinstance(view, QTableView)
               else view.columnCount() if isinstance(view, QTreeWidget) else 1)

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if value not in (None, ""):
                        texts.append(str(value))
            walk(model.index(row, 0, parent))

    walk(QModelIndex())
    return texts


def shown_as_stored(store) -> set[str]:
    """The dossier's data, its file's name, and its dates as written (dates are worded by app.domain.dates)."""
    data = dossier_data(store) | {Path(store.path).name} | PROPER_NAMES
    written = set()
    for value in data:
        try:
            dates.parse(value)
        except (dates.DateError, TypeError, ValueError):
            continue
        written |= {dates.format_date(value), dates.format_date(value, short=True), dates.format_both(value)}
    return data | written


def left_english(root, store) -> list[str]:
    """What ``root`` shows, in widgets and in its lists' cells, that is neither Persian nor data."""
    data = shown_as_stored(store)
    kept = sorted({*data, *KEPT_LATIN}, key=len, reverse=True)
    left = [f"{where}: {text}" for where, text in untranslated(root, data)]
    for view in root.findChildren(QAbstractItemView):
        left += [f"{view.accessibleName()} cell: {text}" for text in item_texts(view) if has_latin_words(text, kept)]
    return left


def show_person(window, person_id: str) -> None:
    panes = window.dossier_panes
    panes.person_list.model.fill()
    window.session.selection.select("persons", person_id)
    panes.person_dock.show()
    panes.dossier_dock.show()
    panes.dossier_dock.raise_()


def search(window, qtbot, text: str) -> None:
    box = window.search_box
    box.open_box()
    with qtbot.waitSignal(box.results_shown, timeout=5000):
        box.field.setText(text)
        box.search_now()
    box.runner.wait()


def test_the_menus_are_persian(persian_window):
    entries = set()
    for menu in persian_window.menuBar().findChildren(type(persian_window.file_menu)):
        entries.add(menu.title())
        entries |= {action.text() for action in menu.actions()}
    assert not entries & set(OWN_MENU_ENTRIES)
    assert {"&پرونده", "&ویرایش", "&نما", "&برو", "&راهنما", "&درباره‌ی خط زمانی پرونده"} <= entries


def test_the_shortcuts_keep_working_in_persian(persian_window, qtbot):
    persian_window.activateWindow()
    qtbot.keyClick(persian_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert persian_window.search_box.isVisible()


def test_the_person_list_and_a_dossier_are_persian(persian_window, small_store):
    person = small_store.persons()[0]["id"]
    show_person(persian_window, person)
    panes = persian_window.dossier_panes
    assert left_english(panes.person_list, small_store) == []
    assert left_english(panes.dossier, small_store) == []
    header = panes.person_list.table.model()
    assert [header.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["نام", "سمت‌ها", "ادعاها"]
    tabs = panes.dossier.tabs
    assert tabs.tabText(0).startswith("سمت‌ها (")
    assert "ادعا می‌کند که" in panes.dossier.allegations.topLevelItem(0).text(0)


def test_counts_are_written_in_persian_digits(persian_window, small_store):
    show_person(persian_window, small_store.persons()[0]["id"])
    dossier = persian_window.dossier_panes.dossier
    count = len(dossier.dossier.offices)
    assert dossier.tabs.tabText(0) == f"سمت‌ها ({str(count).translate(str.maketrans('0123456789', '۰۱۲۳۴۵۶۷۸۹'))})"


def test_the_dossier_and_list_read_from_the_right_data_kept_whole(persian_window, small_store):
    person = small_store.persons()[0]
    show_person(persian_window, person["id"])
    panes = persian_window.dossier_panes
    for pane in (panes.person_list, panes.dossier, panes.reader):
        assert pane.layoutDirection() == Qt.LayoutDirection.RightToLeft
    label = panes.dossier.empty_hint if panes.dossier.dossier is None else panes.dossier.aliases_label
    visual = QStyle.visualAlignment(label.layoutDirection(), label.alignment())
    assert visual & Qt.AlignmentFlag.AlignRight
    claim = panes.dossier.allegations.topLevelItem(0).text(0)
    assert f"\u2068{person['name']}\u2069" in claim  # a Latin name set into the Persian sentence as one unit


def test_search_results_are_persian(persian_window, qtbot, small_store):
    search(persian_window, qtbot, small_store.persons()[0]["name"].split()[-1])
    box = persian_window.search_box
    assert box.results
    assert left_english(box, small_store) == []
    assert box.summary.full_text().startswith(("۱ نتیجه", "۲ نتیجه", "۳ نتیجه", "۴ نتیجه", "۵ نتیجه"))


def test_the_source_reader_is_persian(persian_window, small_store):
    citation = small_store.rows("citations")[0]
    persian_window.session.selection.select("citations", citation["id"])
    reader = persian_window.dossier_panes.reader
    assert reader.source_id == citation["source_id"]
    reader.text_view.setFocus()
    assert left_english(reader, small_store) == []


def test_the_about_box_is_persian(persian, small_store, qtbot):
    dialog = AboutDialog(small_store)
    qtbot.addWidget(dialog)
    dialog.stored_files.hide()  # the backups panel is the backups part's (tests/test_backups_ui.py)
    dialog.show()
    assert left_english(dialog, small_store) == []
    assert dialog.windowTitle() == "درباره‌ی خط زمانی پرونده"


def test_english_reads_as_before(window, small_store, qtbot):
    entries = set()
    for menu in window.menuBar().findChildren(type(window.file_menu)):
        entries.add(menu.title())
        entries |= {action.text() for action in menu.actions()}
    assert set(OWN_MENU_ENTRIES) - {"Persons", "Person Dossier", "Source Reader", "As of", "Needs a source"} <= entries
    person = small_store.persons()[0]
    show_person(window, person["id"])
    dossier = window.dossier_panes.dossier
    assert dossier.tabs.tabText(0) == f"Offices held ({len(dossier.dossier.offices)})"
    assert dossier.allegations.topLevelItem(0).text(0).count("\u2068") == 0
    assert " alleges that " in dossier.allegations.topLevelItem(0).text(0)
    model = window.dossier_panes.person_list.table.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Name", "Offices", "Allegations"]
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight

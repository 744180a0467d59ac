"""Nothing the user needs is cut where there is room; what is cut is whole on hover (issue 13, items 9 and 10)."""

import pytest
from PySide6.QtCore import QSettings, Qt

from app.ui.main_window import MainWindow
from app.ui.session import Session


@pytest.fixture
def laptop_window(default_store, qtbot):
    """The default dossier's window as it first opens on a 1366×768 laptop."""
    QSettings().remove("MainWindow")
    window = MainWindow(Session(default_store))
    qtbot.addWidget(window)
    window.show()
    window.resize(1257, 707)
    qtbot.waitUntil(lambda: window.width() == 1257)
    window.dossier_panes._first_sizes()
    qtbot.wait(10)
    yield window
    QSettings().remove("MainWindow")


def test_person_names_are_whole_and_cut_ones_have_a_tooltip(laptop_window):
    persons = laptop_window.dossier_panes.person_list
    table = persons.table
    assert not table.wordWrap()
    assert table.columnWidth(0) >= table.sizeHintForColumn(0)  # "Akbar Hashemi Rafsanjani" whole
    model = table.model()
    for row in range(model.rowCount()):
        name = model.index(row, 0)
        assert name.data() in name.data(Qt.ItemDataRole.ToolTipRole)


def test_the_offices_to_column_is_not_cut(laptop_window, qtbot):
    laptop_window.session.selection.select("persons", "ali-khamenei")
    dossier = laptop_window.dossier_panes.dossier
    table = dossier.offices_table
    qtbot.waitUntil(lambda: table.model().rowCount() > 5)
    dossier.tabs.setCurrentIndex(0)
    qtbot.wait(10)
    header = table.horizontalHeader()
    to_column = 3
    assert header.sectionViewportPosition(to_column) + header.sectionSize(to_column) <= table.viewport().width()
    assert header.sectionSize(to_column) >= table.longest_word(to_column)  # wrapped between words, never within
    for row in range(table.model().rowCount()):
        assert table.rowHeight(row) >= table.sizeHintForRow(row) - 1  # every wrapped line shown
    assert header.sectionViewportPosition(5) + header.sectionSize(5) <= table.viewport().width() + 1


def test_the_as_of_date_sits_above_the_lanes_and_inside_the_view(laptop_window):
    view = laptop_window.timeline
    tag = view.cursor_tag
    assert tag.sceneBoundingRect().bottom() <= view.view.sceneBoundingRect().top() + 0.5  # not over any label
    first, last = view.visible_days()
    for day in (int(first) + 1, int(last) - 1, int((first + last) / 2)):  # at both edges and the middle
        view.set_as_of_day(day)
        box = tag.text_rect()
        assert tag.text.startswith("as of ")
        assert 0 <= box.left() and box.right() <= tag.width()


def test_side_panels_grow_back_when_the_window_grows(laptop_window, qtbot):
    window = laptop_window
    docks = [dock for dock in (window.dossier_panes.person_dock, window.dossier_panes.dossier_dock) if dock.isVisible()]
    wide = [dock.width() for dock in docks]
    window.resize(window.minimumSizeHint().width(), 600)
    qtbot.waitUntil(lambda: window.width() < 800)
    qtbot.wait(10)
    assert any(dock.width() < width for dock, width in zip(docks, wide))  # squeezed…
    window.resize(1257, 707)
    qtbot.waitUntil(lambda: all(dock.width() >= width - 2 for dock, width in zip(docks, wide)))  # …and back

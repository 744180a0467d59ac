"""The person list keeps what it shows in Qt: painting it runs no Python, and it still reads,
filters, picks and writes counts as a user expects (in Persian too)."""

import sys

from PySide6.QtCore import QItemSelectionModel, Qt

from app.domain.names import fold
from app.ui.person_list import ID_ROLE, PersonList
from app.ui.session import Session


def _shown_list(store, qtbot) -> PersonList:
    person_list = PersonList(Session(store))
    qtbot.addWidget(person_list)
    person_list.resize(300, 600)
    person_list.show()
    qtbot.waitExposed(person_list)
    return person_list


def test_painting_the_list_calls_no_python(default_store, qtbot):
    person_list = _shown_list(default_store, qtbot)
    table = person_list.table
    table.setCurrentIndex(person_list.proxy.index(1, 0))  # a selected row is painted too
    rows, header = table.viewport(), table.horizontalHeader()
    rows.grab(), header.grab()  # PySide6 makes some of its types in Python the first time they are used
    called = []

    def record(frame, event, _arg):
        if event == "call":
            called.append(f"{frame.f_code.co_filename}:{frame.f_code.co_name}")

    sys.setprofile(record)
    try:
        rows.grab(), header.grab()
    finally:
        sys.setprofile(None)
    assert called == []


def test_cells_can_be_selected_not_edited(default_store, qtbot):
    person_list = _shown_list(default_store, qtbot)
    for column in range(3):
        flags = person_list.proxy.index(0, column).flags()
        assert flags & Qt.ItemFlag.ItemIsSelectable and not flags & Qt.ItemFlag.ItemIsEditable


def test_equal_counts_list_their_persons_by_name(default_store, qtbot):
    person_list = _shown_list(default_store, qtbot)
    person_list.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    proxy = person_list.proxy
    rows = [(proxy.index(row, 1).data(), fold(proxy.index(row, 0).data())) for row in range(proxy.rowCount())]
    assert len({offices for offices, _name in rows}) < len(rows)  # there are ties
    assert rows == sorted(rows, key=lambda row: (-row[0], row[1]))


def test_the_filter_finds_a_person_by_any_spelling(default_store, qtbot):
    person_list = _shown_list(default_store, qtbot)
    aliases = default_store.aliases_by_person()
    person = next(p for p in default_store.persons() if p.get("name_native") and aliases.get(p["id"]))
    for spelling in (person["name_native"], aliases[person["id"]][0], person["name"].upper()):
        person_list.filter_box.setText(spelling)
        found = {person_list.proxy.index(row, 0).data(ID_ROLE) for row in range(person_list.proxy.rowCount())}
        assert person["id"] in found, spelling
    person_list.filter_box.setText("")
    assert person_list.proxy.rowCount() == len(default_store.persons())


def test_picking_a_count_picks_its_person(default_store, qtbot):
    person_list = _shown_list(default_store, qtbot)
    session = person_list.session
    name = person_list.proxy.index(3, 0)
    person_list.table.selectionModel().setCurrentIndex(
        person_list.proxy.index(3, 2), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert session.selection.current == ("persons", name.data(ID_ROLE))
    qtbot.keyClick(person_list.table, Qt.Key.Key_Down)  # the keyboard moves on from a count cell too
    assert session.selection.current == ("persons", person_list.proxy.index(4, 0).data(ID_ROLE))


def test_a_long_name_is_stored_bounded_and_whole_in_its_tooltip(small_store, qtbot):
    from app.domain.edits import plan_save
    from app.ui.edit.commands import perform
    from app.ui.plain_text import SHOWN_CHARS

    person_list = _shown_list(small_store, qtbot)
    perform(person_list.session, plan_save(small_store, "Rename", {"persons": [{"id": "john-doe", "name": "Doe " * 600}]}))
    cell = person_list.proxy.index(person_list.proxy.mapFromSource(
        person_list.model.index(person_list.model.row_of("john-doe"), 0)).row(), 0)
    assert cell.data().endswith("…") and len(cell.data()) <= SHOWN_CHARS + 1
    assert ("Doe " * 500) in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_in_persian_names_are_isolated_and_counts_written_in_persian_digits(persian, small_store, qtbot):
    person_list = _shown_list(small_store, qtbot)
    row = person_list.proxy.mapFromSource(person_list.model.index(person_list.model.row_of("jane-roe"), 0)).row()
    assert person_list.proxy.index(row, 0).data() == "\u2068Jane Roe\u2069"
    offices = person_list.proxy.index(row, 1)
    assert offices.data() == 2
    assert person_list.table.itemDelegate().displayText(offices.data(), person_list.table.locale()) == "۲"
    assert offices.data(Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignTrailing
                                                                  | Qt.AlignmentFlag.AlignVCenter)

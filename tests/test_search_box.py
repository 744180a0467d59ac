"""The search box, driven as a user would: typing, arrow keys, Enter, Escape, filters, Ctrl+F / Ctrl+K."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextDocument

from app.domain.edits import plan_delete, plan_save
from app.domain.search import SearchResult

WAIT_MS = 10_000


@pytest.fixture
def box(qtbot, small_store):
    from app.ui.search_box import SearchBox
    from app.ui.session import Session

    session = Session(small_store)
    widget = SearchBox(session)
    qtbot.addWidget(widget)
    widget.open_box()
    yield widget
    widget.runner.wait()


def type_query(qtbot, box, text: str) -> None:
    with qtbot.waitSignal(box.results_shown, timeout=WAIT_MS):
        box.field.setText("")
        if text.isascii():
            qtbot.keyClicks(box.field, text)
        else:  # NOTE: QTest's key clicks take Latin-1 keys only; Persian arrives as an input method would
            box.field.insert(text)


def shown(box) -> list[tuple[str, str]]:
    """(kind, id) of the result rows, and ("header", label) of the group rows, in order."""
    from app.ui.search_box import RESULT_ROLE

    rows = []
    for row in range(box.model.rowCount()):
        item = box.model.item(row)
        result = item.data(RESULT_ROLE)
        rows.append((result.kind, result.id) if result else ("header", item.text()))
    return rows


def test_results_come_as_you_type_grouped_by_kind(qtbot, box):
    type_query(qtbot, box, "Roe")
    rows = shown(box)
    assert rows[0] == ("header", "Persons (1)") and rows[1] == ("person", "jane-roe")
    assert ("header", "Sources (1)") in rows and ("source", "gazette") in rows
    assert box.summary.text().startswith(f"{len(box.results)} result")
    assert box.runner.pool.maxThreadCount() == 1  # searched on the worker, not the window's thread


def test_persian_and_misspelt_names(qtbot, box):
    type_query(qtbot, box, "جین رو")
    assert shown(box)[1] == ("person", "jane-roe")
    type_query(qtbot, box, "Jayne")
    assert shown(box)[1] == ("person", "jane-roe")


def test_arrow_keys_and_enter_open_a_result(qtbot, box):
    type_query(qtbot, box, "Roe")
    first_result = shown(box)[1]
    assert box.view.currentIndex().row() == 1  # the best result is current, the heading skipped
    qtbot.keyClick(box.field, Qt.Key.Key_Down)
    second = shown(box)[box.view.currentIndex().row()]
    assert second[0] != "header" and second != first_result
    qtbot.keyClick(box.field, Qt.Key.Key_Up)
    with qtbot.waitSignal(box.chosen) as chosen:
        qtbot.keyClick(box.field, Qt.Key.Key_Return)
    assert (chosen.args[0].kind, chosen.args[0].id) == first_result
    assert box.session.selection.current == ("persons", "jane-roe")
    assert not box.isVisible()


def test_escape_closes(qtbot, box):
    qtbot.keyClick(box.field, Qt.Key.Key_Escape)
    assert not box.isVisible()


def test_choosing_a_source_passes_the_matched_passage(qtbot, box):
    type_query(qtbot, box, "Opposition Front")
    source_row = shown(box).index(("source", "gazette"))
    with qtbot.waitSignal(box.passage_chosen) as passage:
        box.view.activated.emit(box.model.index(source_row, 0))
    assert passage.args[0] == "gazette" and "Opposition Front" in passage.args[1]
    assert box.session.selection.current == ("sources", "gazette")


def test_filters_by_kind_status_and_date(qtbot, box):
    type_query(qtbot, box, "arrests")
    assert {kind for kind, _ in shown(box)} >= {"event", "allegation", "source"}
    with qtbot.waitSignal(box.results_shown, timeout=WAIT_MS):
        box.kind_filter.setCurrentIndex(box.kind_filter.findData("allegation"))
    assert [row for row in shown(box) if row[0] != "header"] == [("allegation", "alleg-roe-arrests")]
    with qtbot.waitSignal(box.results_shown, timeout=WAIT_MS):
        box.status_filter.setCurrentIndex(box.status_filter.findData("denied"))
    assert box.results == [] and "Nothing found" in box.summary.text()
    box.status_filter.setCurrentIndex(0)
    box.kind_filter.setCurrentIndex(0)
    with qtbot.waitSignal(box.results_shown, timeout=WAIT_MS):
        box.date_from.setText("2000")
    assert ("event", "arrests-1988") not in shown(box)
    with qtbot.waitSignal(box.results_shown, timeout=WAIT_MS):
        box.date_from.setText("someday")
    assert box.results == [] and box.summary.text().startswith("From:")


def test_results_follow_edits(qtbot, box):
    type_query(qtbot, box, "Rowshan")
    assert ("person", "jane-roe") not in shown(box)
    with qtbot.waitSignal(box.results_shown, timeout=WAIT_MS):
        box.session.write(lambda store: plan_save(store, "", {"aliases": [{"id": "alias-rowshan", "person_id": "jane-roe", "alias": "Rowshan", "kind": "other"}]}).do(store))
    assert shown(box)[1] == ("person", "jane-roe")
    with qtbot.waitSignal(box.results_shown, timeout=WAIT_MS):
        box.session.write(lambda store: plan_delete(store, "aliases", "alias-rowshan").do(store))
    assert ("person", "jane-roe") not in shown(box)


def test_a_late_answer_to_an_older_query_is_dropped(qtbot, box):
    type_query(qtbot, box, "Roe")
    before = shown(box)
    stale = SearchResult("event", "arrests-1988", "Arrests", "Arrests", 150.0)
    box._show_results(box._serial - 1, [stale], "")
    assert shown(box) == before


def test_data_is_shown_as_text_with_only_the_match_marked():
    from app.ui.search_box import result_html

    result = SearchResult("person", "x", "<b>Bold</b> & <i>co</i>", "also written: <img src=x> Roe",
                          400.0, highlights=[(27, 30)])
    document = QTextDocument()
    document.setHtml(result_html(result, "#777777"))
    assert document.toPlainText() == "<b>Bold</b> & <i>co</i>\nalso written: <img src=x> Roe"
    marked = result_html(result, "#777777")
    assert marked.count("<span style='background") == 1 and "&lt;img src=x&gt;" in marked


def test_an_in_memory_dossier_is_searched_too(qtbot, empty_store):
    from app.ui.search_box import SearchBox
    from app.ui.session import Session

    plan_save(empty_store, "", {"persons": [{"id": "p", "name": "Hassan Rouhani"}]}).do(empty_store)
    widget = SearchBox(Session(empty_store))
    qtbot.addWidget(widget)
    widget.open_box()
    type_query(qtbot, widget, "Rohani")
    assert shown(widget)[1] == ("person", "p")


# --- in the main window ----------------------------------------------------------------------


@pytest.fixture
def window(qtbot, default_store):
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    main = MainWindow(Session(default_store))
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.search_box.runner.wait()


def test_ctrl_f_and_ctrl_k_open_the_box_and_no_other_action_takes_them(qtbot, window):
    from PySide6.QtGui import QAction

    find = window.search_box.find_action
    keys = [key.toString() for key in find.shortcuts()]
    assert QKeySequence(QKeySequence.StandardKey.Find).toString() in keys and "Ctrl+K" in keys
    others = [a for a in window.findChildren(QAction) if a is not find]
    assert not any(key.toString() in keys for action in others for key in action.shortcuts())
    assert find in window.edit_menu.actions()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.isVisible() and window.search_box.field.hasFocus()
    qtbot.keyClick(window.search_box.field, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.isVisible()


def test_a_source_result_opens_the_reader_at_the_passage(qtbot, window):
    box = window.search_box
    box.open_box()
    type_query(qtbot, box, "treacherous")
    row = shown(box).index(("source", "cnsnews-2016-09-07"))
    box.view.activated.emit(box.model.index(row, 0))
    reader = window.dossier_panes.reader
    assert reader.source_id == "cnsnews-2016-09-07"
    assert "treacherous" in reader.selected_text()


def test_a_person_result_opens_the_dossier(qtbot, window):
    box = window.search_box
    box.open_box()
    type_query(qtbot, box, "Khamene'i")
    qtbot.keyClick(box.field, Qt.Key.Key_Return)
    assert window.session.selection.current == ("persons", "ali-khamenei")
    assert window.dossier_panes.person_id() == "ali-khamenei"


def test_ctrl_f_finds_the_allegation_against_a_person_by_name(qtbot, window):
    box = window.search_box
    box.open_box()
    type_query(qtbot, box, "Rafsanjani")
    rows = shown(box)
    person = rows.index(("person", "akbar-hashemi-rafsanjani"))
    allegation = rows.index(("allegation", "alleg-ncri-rafsanjani-1988-executions"))
    assert person < allegation
    box.view.activated.emit(box.model.index(allegation, 0))
    assert window.session.selection.current == ("allegations", "alleg-ncri-rafsanjani-1988-executions")

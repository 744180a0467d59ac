"""The dossier, the person list, the source reader and the timeline, linked through the selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt


@pytest.fixture
def window(qtbot, default_store):
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    main = MainWindow(Session(default_store))
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    return main


def _click_timeline_item(qtbot, timeline, table: str, row_id: str) -> None:
    """Click the middle of an item where the timeline draws it, as a user would."""
    from app.ui.timeline.layers import Viewport

    timeline.show_item(table, row_id)  # scroll it into view first (this selects nothing)
    spans = {"terms": timeline.layout_data.terms, "events": timeline.layout_data.events}[table]
    index = spans.index_of(row_id)
    middle_day = (spans.possible_start[index] + spans.possible_end[index]) / 2
    viewport = Viewport.of(timeline.view)
    in_view = QPointF(float(viewport.x(middle_day)), float(viewport.y(spans.row[index] + 0.5)))
    at = timeline.graphics.mapFromScene(timeline.view.mapToScene(in_view))
    qtbot.mouseClick(timeline.graphics.viewport(), Qt.MouseButton.LeftButton, pos=at)


def test_a_timeline_click_selects_the_dossier_row(qtbot, window):
    panes = window.dossier_panes
    _click_timeline_item(qtbot, window.timeline, "terms", "term-khamenei-president")
    assert window.session.selection.current == ("terms", "term-khamenei-president")
    assert panes.dossier.name_label.text() == "Ali Khamenei"
    assert panes.dossier.offices_table.currentIndex().siblingAtColumn(0).data() == "President of Iran"
    assert panes.person_list.table.currentIndex().data() == "Ali Khamenei"


def test_a_dossier_row_moves_the_timeline(qtbot, window):
    panes = window.dossier_panes
    timeline = window.timeline
    window.session.selection.select("persons", "ali-khamenei")
    timeline.set_visible_days(0, 400)  # 1970: the term is out of view
    dossier = panes.dossier
    row = next(r for r in range(dossier.offices_proxy.rowCount())
               if dossier.offices_proxy.index(r, 0).data() == "Chairman of the Expediency Discernment Council")
    rect = dossier.offices_table.visualRect(dossier.offices_proxy.index(row, 0))
    qtbot.mouseClick(dossier.offices_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert timeline.highlight.selected == ("terms", "term-khamenei-chairman-expediency-council")
    first, last = timeline.visible_days()
    terms = timeline.layout_data.terms
    index = terms.index_of("term-khamenei-chairman-expediency-council")
    middle = (terms.possible_start[index] + terms.possible_end[index]) / 2
    assert abs((first + last) / 2 - middle) < 1  # centred


def test_back_and_forward_from_the_toolbar_and_keys(qtbot, window):
    history = window.dossier_panes.history
    selection = window.session.selection
    selection.select("persons", "ali-khamenei")
    selection.select("allegations", "alleg-ncri-khamenei-1988-executions")
    button = window.toolbar.widgetForAction(history.back)
    assert button.accessibleName() == "Back"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert selection.current == ("persons", "ali-khamenei")
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert selection.current == ("allegations", "alleg-ncri-khamenei-1988-executions")
    assert window.dossier_panes.dossier.tabs.currentIndex() == 1


def test_export_and_print_follow_the_shown_person(window):
    panes = window.dossier_panes
    assert not panes.export_action.isEnabled() and not panes.print_action.isEnabled()
    window.session.selection.select("persons", "ali-fallahian")
    assert panes.export_action.isEnabled() and panes.print_action.isEnabled()
    assert panes.export_action in window.file_menu.actions()

"""Every lane is reachable: a scroll bar, lanes that fold, the chosen person's lane scrolled to (issue 13, item 2)."""

import pytest
from PySide6.QtCore import QPointF, Qt


def _lane_shown(view, person_id):
    lane = view.layout_data.lanes[view.layout_data.lane_of("person", person_id)]
    top, bottom = view.visible_rows()
    return top <= lane.top and lane.bottom <= bottom


@pytest.fixture
def short_window(default_store, qtbot):
    """The main window on the default dossier, at the height of a 1366×768 laptop's window."""
    from PySide6.QtCore import QSettings

    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    QSettings().remove("MainWindow")
    window = MainWindow(Session(default_store))
    qtbot.addWidget(window)
    window.show()
    window.resize(1256, 700)
    qtbot.waitUntil(lambda: window.height() == 700)
    yield window
    QSettings().remove("MainWindow")


def test_lanes_below_the_fold_have_a_visible_scroll_bar(short_window, qtbot):
    view = short_window.timeline
    bar = view.lane_scrollbar
    top, bottom = view.visible_rows()
    assert view.layout_data.height > bottom  # some lanes are below the fold…
    assert bar.isVisible() and bar.maximum() > bar.minimum()  # …and the scroll bar says so
    assert bar.pageStep() == pytest.approx((bottom - top) * 100, abs=1)
    bar.setValue(bar.maximum())
    last = view.layout_data.lanes[-1]
    assert view.visible_rows()[1] >= last.bottom  # the last lane whole, not half cut
    view.scroll_rows(-3)
    assert bar.value() == pytest.approx(view.visible_rows()[0] * 100, abs=1)  # the bar follows the view


def test_choosing_a_person_in_the_list_or_going_back_scrolls_to_their_lane(short_window, qtbot):
    view = short_window.timeline
    lanes = [lane for lane in view.layout_data.lanes if lane.kind == "person"]
    last, first = lanes[-1].key, lanes[0].key
    assert not _lane_shown(view, last)
    short_window.dossier_panes.person_list.select_person(last)
    assert short_window.session.selection.current == ("persons", last)
    assert _lane_shown(view, last)
    short_window.dossier_panes.person_list.select_person(first)
    assert _lane_shown(view, first)
    view.scroll_rows(-100)
    short_window.dossier_panes.history.back.trigger()
    assert _lane_shown(view, last)
    short_window.dossier_panes.history.forward.trigger()
    assert _lane_shown(view, first)


def test_a_lane_folds_to_one_row_and_unfolds(short_window, qtbot):
    view = short_window.timeline
    layout = view.layout_data
    index = max((i for i, lane in enumerate(layout.lanes) if lane.kind == "person"), key=lambda i: layout.lanes[i].rows)
    lane = layout.lanes[index]
    assert lane.rows > 1 and view.lane_labels.foldable(index)
    height = layout.height
    labels = view.lane_labels
    to_px, _ = labels._rows_to_px()
    view._bring_rows_into_view(lane.top, lane.bottom)
    to_px, _ = labels._rows_to_px()
    where = labels.mapToScene(QPointF(6, to_px(lane.top + 0.5)))
    point = view.graphics.mapFromScene(where)
    qtbot.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=point)
    folded = view.layout_data.lanes[index]
    assert folded.collapsed and folded.rows == 1 and folded.key == lane.key
    assert view.layout_data.height == pytest.approx(height - lane.rows + 1)
    ids = view.layout_data.terms.lane == index
    assert set(view.layout_data.terms.row[ids]) == {folded.top}  # its offices over each other on its one row
    assert short_window.session.selection.current == ("", "")  # the fold mark does not select the person
    view.toggle_lane(folded.name)
    assert view.layout_data.lanes[index].rows == lane.rows and view.layout_data.height == pytest.approx(height)


def test_a_cut_lane_name_is_shown_whole_on_hover(short_window):
    labels = short_window.timeline.lane_labels
    names = [lane.label for lane in short_window.timeline.layout_data.lanes]
    assert not any(labels.is_elided(i) for i in range(len(names)))  # room for every name of the default dossier

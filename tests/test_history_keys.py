"""Alt+Left and Alt+Right do what the toolbar's Back and Forward do, wherever the focus is (issue 13, item 8)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.dossier.claims import ClaimTree


def _open_a_citation_as_a_user(window, qtbot):
    """Pick the allegation, then activate its first citation in the dossier (the reader opens)."""
    selection = window.session.selection
    selection.select("persons", "jane-roe")
    selection.select("allegations", "alleg-roe-arrests")
    tree = next(t for t in window.findChildren(ClaimTree) if t.isVisible() and t.citation_items())
    item = tree.citation_items()[0]
    tree.setFocus()
    tree.setCurrentItem(item)
    with qtbot.waitSignal(selection.changed):
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert selection.current[0] == "citations"
    assert window.dossier_panes.reader.isVisible()


@pytest.mark.parametrize("focus", ["where it was", "reader text", "citing records", "timeline", "persons"])
def test_alt_left_and_right_follow_the_history_like_the_buttons(window, qtbot, focus):
    selection = window.session.selection
    window.activateWindow()
    _open_a_citation_as_a_user(window, qtbot)
    panes = window.dossier_panes
    target = {"where it was": QApplication.focusWidget(), "reader text": panes.reader.text_view,
              "citing records": panes.reader.cited_by, "timeline": window.timeline.graphics,
              "persons": panes.person_list.table}[focus]
    if target is not None and target.isVisible():
        target.setFocus()
    visited = []
    for _ in range(3):  # citation → allegation → person → nothing further back
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        visited.append(selection.current)
    assert visited == [("allegations", "alleg-roe-arrests"), ("persons", "jane-roe"), ("persons", "jane-roe")]
    assert not panes.history.back.isEnabled()
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert selection.current[0] == "citations"
    panes.history.back.trigger()  # the toolbar's Back: the same history
    assert selection.current == ("allegations", "alleg-roe-arrests")


def test_alt_arrows_never_pan_the_timeline(window, qtbot):
    view = window.timeline
    view.set_visible_days(6000, 7000)
    view.graphics.setFocus()
    qtbot.keyClick(view.graphics, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.visible_days() == pytest.approx((6000, 7000))

"""Start-up paints the window first: panels behind another tab fill in when their tab is chosen."""




def test_the_as_of_panel_lists_its_day_when_its_tab_is_chosen(window, qtbot):
    panel = window.as_of_panel
    assert panel.visibleRegion().isEmpty()  # behind the person dossier's tab
    assert panel.tree.topLevelItemCount() == 0
    panel.parent().raise_()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() >= 2)  # offices, allegations (and known only then)
    heading = panel.heading.text()
    assert heading.startswith("As of ")
    window.timeline.set_as_of_day(window.timeline.as_of_day() + 400)  # on screen now: follows the cursor
    qtbot.waitUntil(lambda: panel.heading.text() not in ("", heading))

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


def _uncited_term(window) -> None:
    from app.domain.edits import plan_save
    from app.ui.edit.commands import perform

    perform(window.session, plan_save(window.session.store, "Add", {"terms": [{
        "id": "term-roe-mayor", "person_id": "jane-roe", "position_id": "mayor", "start": "1995"}]}))


def test_needs_a_source_is_read_after_the_first_frame(window, qtbot):
    needs = window.edit_actions.needs_source
    assert not needs.isVisible() and not needs.filled and needs.summary.text() == ""
    qtbot.waitUntil(lambda: needs.filled)
    assert needs.summary.text() == "Every claim cites a source."


def test_needs_a_source_told_of_a_change_before_its_read_reads_at_once(window):
    needs = window.edit_actions.needs_source
    assert not needs.filled
    _uncited_term(window)
    assert needs.filled and [needs.list.item(i).text() for i in range(needs.list.count())] == [
        "term in office: Jane Roe: Mayor of the City (1995 – (end unknown))"]
    window.session.undo_stack.undo()
    assert needs.list.count() == 0
    window.session.undo_stack.clear()


def test_needs_a_source_shown_before_the_first_frame_is_read_then(small_store, qtbot):
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    window = MainWindow(Session(small_store))
    qtbot.addWidget(window)
    needs = window.edit_actions.needs_source
    needs.parent().show()  # its dock, as a saved layout may have it
    window.show()
    assert needs.filled and needs.summary.text() == "Every claim cites a source."

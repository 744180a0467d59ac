"""Views refresh from what an edit changed: an edit that changes nothing they show leaves them as they are."""

from __future__ import annotations

from app.domain.edits import plan_save
from app.domain.store import Change
from app.ui.edit.commands import perform


def test_a_change_says_which_columns_its_updates_changed(small_store):
    change = plan_save(small_store, "Note", {"terms": [{"id": "term-doe-mayor", "note": "Checked."}]}).do(small_store)
    assert change.updated == {"terms": {"term-doe-mayor"}}
    assert change.columns == {"terms": {"note"}}
    assert not change.touches({"terms": {"start", "end"}})
    assert change.touches({"terms": {"note"}}) and change.touches({"terms": None})
    assert Change(added={"terms": {"x"}}).touches({"terms": {"start"}})  # rows added or deleted always count
    assert Change(updated={"terms": {"x"}}).touches({"terms": {"start"}})  # columns unknown: refresh


def test_the_timeline_and_person_list_keep_their_state_for_a_note_and_follow_a_date(window, monkeypatch):
    session, timeline = window.session, window.timeline
    person_list = window.dossier_panes.person_list
    person_list.model.fill()
    laid_out, reloaded = [], []
    timeline.layout_changed.connect(lambda: laid_out.append(1))
    reload = person_list.model.reload
    monkeypatch.setattr(person_list.model, "reload", lambda rows=None: reloaded.append(1) or reload(rows))
    perform(session, plan_save(session.store, "Note", {"terms": [{"id": "term-doe-mayor", "note": "Checked."}]}))
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert laid_out == [] and reloaded == []
    perform(session, plan_save(session.store, "End", {"terms": [{"id": "term-doe-mayor", "end": "2015"}]}))
    assert laid_out == [1]
    assert reloaded == []  # offices counted per person: a date does not change them
    perform(session, plan_save(session.store, "Rename", {"persons": [{"id": "john-doe", "name": "John Q. Doe"}]}))
    assert len(laid_out) == 2
    assert reloaded == []  # the renamed person's row only
    names = [person_list.model.index(row, 0).data() for row in range(person_list.model.rowCount())]
    assert "John Q. Doe" in names and "John Doe" not in names
    session.undo_stack.clear()  # while the window is alive: its title follows the stack's clean state

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
    built, reloaded = [], []
    monkeypatch.setattr(timeline, "reload", lambda fit=False: built.append(fit))
    reload = person_list.model.reload
    monkeypatch.setattr(person_list.model, "reload", lambda: reloaded.append(1) or reload())
    perform(session, plan_save(session.store, "Note", {"terms": [{"id": "term-doe-mayor", "note": "Checked."}]}))
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert built == [] and reloaded == []
    perform(session, plan_save(session.store, "End", {"terms": [{"id": "term-doe-mayor", "end": "2015"}]}))
    assert built == [False]
    assert reloaded == []  # offices counted per person: a date does not change them
    perform(session, plan_save(session.store, "Rename", {"persons": [{"id": "john-doe", "name": "John Q. Doe"}]}))
    assert len(built) == 2 and reloaded == [1]
    session.undo_stack.clear()  # while the window is alive: its title follows the stack's clean state

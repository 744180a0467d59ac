"""Edits refresh only what they touched, and what is refreshed equals a rebuild.

``refresh_layout`` lays out again only the lanes of the persons a change names; after
each kind of edit, its undo and its redo the layout must equal ``build_layout`` run on
the dossier as it now is (lanes, rows, every item's place, colours, what is not drawn).
The window's person list and dossier show the new values without being read whole.
"""

from __future__ import annotations

import numpy as np
import pytest

from app.domain.edits import plan_delete, plan_save
from app.domain.store import Change
from app.domain.timeline_layout import LayoutOptions, build_layout, refresh_layout
from app.ui.edit.commands import perform

ITEM_FIELDS = ("lane", "row", "possible_start", "possible_end", "certain_start", "certain_end", "open_start",
               "open_end", "ongoing", "colour")
LANE_FIELDS = ("kind", "key", "label", "top", "rows", "allegation_rows", "collapsed", "stacked_rows", "first_office")


def assert_same_layout(refreshed, rebuilt) -> None:
    """Equal lanes (in order) and equal items by id (their order in the arrays may differ)."""
    assert [tuple(getattr(lane, f) for f in LANE_FIELDS) for lane in refreshed.lanes] == \
        [tuple(getattr(lane, f) for f in LANE_FIELDS) for lane in rebuilt.lanes]
    for name in ("terms", "events", "conducts", "mades"):
        mine, theirs = getattr(refreshed, name), getattr(rebuilt, name)
        assert sorted(mine.ids) == sorted(theirs.ids), name
        by_id_mine, by_id_theirs = np.argsort(mine.ids, kind="stable"), np.argsort(theirs.ids, kind="stable")
        for field in ITEM_FIELDS:
            assert np.array_equal(getattr(mine, field)[by_id_mine], getattr(theirs, field)[by_id_theirs],
                                  equal_nan=True), (name, field)
        assert [mine.labels[i] for i in by_id_mine] == [theirs.labels[i] for i in by_id_theirs]
    assert refreshed.organisations == rebuilt.organisations
    assert sorted(map(repr, refreshed.undrawable)) == sorted(map(repr, rebuilt.undrawable))
    assert refreshed.hidden_versions == rebuilt.hidden_versions
    assert refreshed.position_terms == rebuilt.position_terms
    assert refreshed.height == rebuilt.height


def options_of(layout) -> dict:
    options: LayoutOptions = layout.options
    return {"persons": options.persons, "known_by": options.known_by, "show_terms": options.show_terms,
            "show_events": options.show_events, "show_allegations": options.show_allegations,
            "event_label_days": options.event_label_days, "collapsed": options.collapsed}


def edits_of(store) -> dict:
    """The four edits the window makes most, on a term early in the dossier (so lanes below it move)."""
    layout = build_layout(store)
    term = store.get("terms", layout.terms.ids[int(np.argmin(layout.terms.row))])
    return {
        "note": lambda: plan_save(store, "Note", {"terms": [{"id": term["id"], "note": "Checked again."}]}),
        "end date": lambda: plan_save(store, "End", {"terms": [{"id": term["id"], "end": "2016-05"}]}),
        "start date": lambda: plan_save(store, "Start", {"terms": [{"id": term["id"], "start": "1950"}]}),
        "add term": lambda: plan_save(store, "Add", {"terms": [{
            "id": "term-added", "person_id": term["person_id"], "position_id": term["position_id"],
            "start": "1990", "end": "2020"}]}),
        "delete term": lambda: plan_delete(store, "terms", term["id"]),
    }


@pytest.mark.parametrize("kind", ["note", "end date", "start date", "add term", "delete term"])
def test_a_refreshed_layout_equals_a_rebuild_after_an_edit_its_undo_and_redo(default_store, kind):
    layout = build_layout(default_store)
    edit = edits_of(default_store)[kind]()
    for step in (edit.do, edit.undo, edit.do):
        change = step(default_store)
        assert change.persons  # the edit says whose lanes it touched
        layout = refresh_layout(default_store, layout, change)
        assert_same_layout(layout, build_layout(default_store))


@pytest.mark.parametrize("options", [
    {"collapsed": frozenset({"events"})}, {"show_events": False}, {"show_allegations": False},
    {"known_by": 10_000},
])
def test_a_refreshed_layout_keeps_the_options_it_was_built_with(default_store, options):
    everything = build_layout(default_store)
    edited = default_store.get("terms", everything.terms.ids[int(np.argmin(everything.terms.row))])["person_id"]
    options = {**options, "collapsed": options.get("collapsed", frozenset()) | {f"person:{edited}"}}  # folded
    layout = build_layout(default_store, **options)
    for kind in ("end date", "add term", "delete term"):
        change = edits_of(default_store)[kind]().do(default_store)
        layout = refresh_layout(default_store, layout, change)
        assert_same_layout(layout, build_layout(default_store, **options_of(layout)))


def test_a_refresh_under_a_person_filter_lays_out_only_the_persons_shown(small_store):
    layout = build_layout(small_store, persons={"jane-roe"})
    for edit in (plan_save(small_store, "End", {"terms": [{"id": "term-doe-mayor", "end": "2015"}]}),
                 plan_save(small_store, "End", {"terms": [{"id": "term-roe-minister", "end": "1991"}]})):
        layout = refresh_layout(small_store, layout, edit.do(small_store))
        assert_same_layout(layout, build_layout(small_store, persons={"jane-roe"}))
    assert [lane.key for lane in layout.lanes if lane.kind == "person"] == ["jane-roe"]


def test_a_lane_moves_to_its_new_place_when_its_first_office_moves(default_store):
    layout = build_layout(default_store)
    last = layout.lanes[-1]
    change = plan_save(default_store, "Earlier", {"terms": [{
        "id": "term-earliest", "person_id": last.key,
        "position_id": default_store.query("SELECT id FROM positions LIMIT 1")[0]["id"], "start": "1900",
        "end": "1901"}]}).do(default_store)
    layout = refresh_layout(default_store, layout, change)
    assert layout.lanes[1 if layout.lanes[0].kind == "events" else 0].key == last.key
    assert_same_layout(layout, build_layout(default_store))


def test_a_change_that_does_not_say_whose_lanes_or_reaches_beyond_them_rebuilds(small_store):
    layout = build_layout(small_store)
    rename = plan_save(small_store, "Rename", {"persons": [{"id": "john-doe", "name": "Aaron Doe"}]})
    layout = refresh_layout(small_store, layout, rename.do(small_store))
    assert_same_layout(layout, build_layout(small_store))
    small_store.db.execute("UPDATE terms SET [end] = '2014', end_earliest = NULL WHERE id = 'term-doe-mayor'")
    unknown = Change(updated={"terms": {"term-doe-mayor"}})  # written elsewhere: nobody named
    assert unknown.persons is None
    assert_same_layout(refresh_layout(small_store, layout, unknown), build_layout(small_store))


def test_nothing_drawn_changed_keeps_the_layout(small_store):
    layout = build_layout(small_store)
    change = plan_save(small_store, "Note", {"terms": [{"id": "term-doe-mayor", "note": "x"}]}).do(small_store)
    assert refresh_layout(small_store, layout, change) is layout


def test_a_change_names_the_persons_and_records_it_touched(small_store):
    change = plan_save(small_store, "Move", {"terms": [{"id": "term-doe-mayor", "person_id": "jane-roe"}]}) \
        .do(small_store)
    assert change.persons == {"john-doe", "jane-roe"}  # the lane it left and the lane it joined
    assert change.positions == {"mayor"}
    citation = small_store.query("SELECT * FROM citations WHERE record_table = 'terms' LIMIT 1")[0]
    change = plan_delete(small_store, "citations", citation["id"]).do(small_store)
    assert change.pointed_at == {("terms", citation["record_id"])}


def test_versions_of_one_claim_name_every_holder(small_store):
    plan_save(small_store, "Versions", {"terms": [
        {"id": "term-doe-mayor", "claim_group": "who-was-mayor"},
        {"id": "term-roe-mayor", "person_id": "jane-roe", "position_id": "mayor", "start": "2013",
         "claim_group": "who-was-mayor", "rank": "preferred"}]}).do(small_store)
    layout = build_layout(small_store)
    assert "term-doe-mayor" not in layout.terms.ids  # the preferred version hides it
    change = plan_save(small_store, "Rank", {"terms": [{"id": "term-roe-mayor", "rank": "normal"}]}).do(small_store)
    assert change.persons == {"jane-roe", "john-doe"}
    layout = refresh_layout(small_store, layout, change)
    assert_same_layout(layout, build_layout(small_store))
    assert "term-doe-mayor" in layout.terms.ids


@pytest.mark.parametrize("kind", ["note", "end date", "add term", "delete term"])
def test_the_window_shows_each_edit_its_undo_and_redo_without_reading_everything(window, monkeypatch, kind):
    session, timeline = window.session, window.timeline
    person_list = window.dossier_panes.person_list
    person_list.model.fill()
    store = session.store
    monkeypatch.setattr(person_list.model, "reload", lambda *rows: pytest.fail("the person list was read whole"))
    monkeypatch.setattr("app.ui.timeline.view.lay_out",
                        lambda *a, **k: pytest.fail("the timeline was laid out whole"))
    session.selection.select("persons", "jane-roe")
    dossier = window.dossier_panes.dossier
    edit = {
        "note": plan_save(store, "Note", {"terms": [{"id": "term-roe-minister", "note": "Checked."}]}),
        "end date": plan_save(store, "End", {"terms": [{"id": "term-roe-minister", "end": "1992"}]}),
        "add term": plan_save(store, "Add", {"terms": [{"id": "term-roe-mayor", "person_id": "jane-roe",
                                                        "position_id": "mayor", "start": "1995", "end": "1999"}]}),
        "delete term": plan_delete(store, "terms", "term-roe-minister"),
    }[kind]
    perform(session, edit)
    for step in (None, session.undo_stack.undo, session.undo_stack.redo):
        if step is not None:
            step()
        assert_same_layout(timeline.layout_data, build_layout(store, **options_of(timeline.layout_data)))
        offices = {row["id"]: row["offices"] for row in store.persons()}
        model = person_list.model
        shown = {model.index(row, 0).data(): model.index(row, 1).data() for row in range(model.rowCount())}
        assert shown == {person["name"]: offices[person["id"]] for person in store.persons()}
        terms = {term["id"]: term for term in store.terms("jane-roe")}
        listed = {dossier.offices_model.item(row).term_id: dossier.offices_model.item(row)
                  for row in range(dossier.offices_model.rowCount())}
        assert set(listed) == set(terms)
        assert {term_id: (item.note, item.end) for term_id, item in listed.items()} == \
            {term_id: (term["note"], term["end"]) for term_id, term in terms.items()}
    session.undo_stack.clear()


def test_needs_a_source_lists_an_uncited_claim_and_drops_it_again(window):
    session = window.session
    needs = window.edit_actions.needs_source
    listed = lambda: [needs.list.item(i).text() for i in range(needs.list.count())]  # noqa: E731
    before = listed()
    perform(session, plan_save(session.store, "Add", {"terms": [{
        "id": "term-roe-mayor", "person_id": "jane-roe", "position_id": "mayor", "start": "1995"}]}))
    after = listed()
    assert len(after) == len(before) + 1
    needs.refresh()
    assert listed() == after  # in the order a full read gives
    session.undo_stack.undo()
    assert listed() == before
    session.undo_stack.clear()


def test_a_write_touching_many_persons_reads_everything_again(window, monkeypatch):
    """Past ``Change.PIECEMEAL`` persons (an import undone), views read everything: faster than piece by piece."""
    session, person_list = window.session, window.dossier_panes.person_list
    person_list.model.fill()
    monkeypatch.setattr(Change, "PIECEMEAL", 0)
    reloaded = []
    reload = person_list.model.reload
    monkeypatch.setattr(person_list.model, "reload", lambda rows=None: reloaded.append(1) or reload(rows))
    perform(session, plan_save(session.store, "Add", {"terms": [{"id": "term-roe-mayor", "person_id": "jane-roe",
                                                                 "position_id": "mayor", "start": "1995"}]}))
    assert reloaded == [1]
    assert_same_layout(window.timeline.layout_data, build_layout(session.store, **options_of(window.timeline.layout_data)))
    session.undo_stack.clear()

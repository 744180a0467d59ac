"""A dossier made from the previous default dossier is offered the corrected one, never overwritten.

The offer is an ordinary import plan: added and changed records, records the update
retires, records kept because the user edited or deleted them, shown in the import
preview and applied as one undoable step only on the user's yes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain.dataset_upgrade import history_entry, read_history, upgrade_offer
from app.domain.edits import plan_delete, plan_save
from app.domain.exchange import apply_import, export_document
from app.resources import DEFAULT_DATASET, DEFAULT_DATASET_HISTORY

PREVIOUS = Path(__file__).parent / "fixtures" / "default-dossier-2016.09.07-1.json"
TERM_COLUMNS = ("id", "person_id", "position_id", "start", "end", "note", "claim_group", "rank", "rank_reason")


def shipped() -> dict:
    return json.loads(DEFAULT_DATASET.read_text(encoding="utf-8"))


def offer_for(store):
    return upgrade_offer(store, DEFAULT_DATASET, read_history(DEFAULT_DATASET_HISTORY))


@pytest.fixture
def previous_store(tmp_path):
    """A user's dossier.db as the previous version of the app made it from its default dossier."""
    from app.domain.opener import create_from_dataset

    store = create_from_dataset(tmp_path / "dossier.db", PREVIOUS)
    yield store
    store.close()


def edit_note(store, term_id: str, note: str) -> None:
    """The user edits a shipped record (any edit goes through the one writer)."""
    term = store.get("terms", term_id)
    plan_save(store, "Edit term", {"terms": [{**{c: term[c] for c in TERM_COLUMNS}, "note": note}]}).do(store)


def differences(store) -> dict[str, set[str]]:
    """Records of the store that differ from the shipped dataset, by table."""
    mine, theirs = export_document(store), shipped()
    found = {}
    for table, rows in theirs.items():
        if isinstance(rows, list):
            a, b = {r["id"]: r for r in mine[table]}, {r["id"]: r for r in rows}
            diff = {i for i in a.keys() | b.keys() if a.get(i) != b.get(i)}
            if diff:
                found[table] = diff
    return found


def test_the_history_holds_every_shipped_version_record_by_record():
    history = read_history(DEFAULT_DATASET_HISTORY)
    current = shipped()
    assert history[current["meta"]["dataset_version"]] == history_entry(current)
    previous = json.loads(PREVIOUS.read_text(encoding="utf-8"))
    assert history[previous["meta"]["dataset_version"]] == history_entry(previous)


def test_an_unedited_previous_dossier_becomes_the_current_one(previous_store):
    offer = offer_for(previous_store)
    assert (offer.from_version, offer.to_version) == ("2016.09.07-1", shipped()["meta"]["dataset_version"])
    assert offer.error is None and offer.kept == []
    added, changed = offer.plan.counts
    assert added and changed
    assert offer.plan.removed["sources"] == ["fampeople-rafsanjani", "tyrantsanddictators-khomeini", "wikisum-montazeri"]
    apply_import(offer.plan, previous_store)
    assert differences(previous_store) == {}
    assert previous_store.meta()["dataset_version"] == shipped()["meta"]["dataset_version"]
    assert offer_for(previous_store) is None  # up to date: nothing more to offer


def test_the_users_edits_and_deletions_are_kept_and_listed(previous_store):
    edit_note(previous_store, "term-rafsanjani-minister-of-the-interior", "My own note")
    plan_save(previous_store, "Rename", {"meta": [{"key": "title", "value": "My Iran dossier"}]}).do(previous_store)
    plan_delete(previous_store, "terms", "term-rafsanjani-commander-in-chief").do(previous_store)
    offer = offer_for(previous_store)
    assert offer.error is None
    assert set(offer.kept) == {"meta title", "terms term-rafsanjani-minister-of-the-interior (you edited it)",
                               "terms term-rafsanjani-commander-in-chief (you deleted it)"}
    apply_import(offer.plan, previous_store)
    assert previous_store.get("terms", "term-rafsanjani-minister-of-the-interior")["note"] == "My own note"
    assert previous_store.get("terms", "term-rafsanjani-commander-in-chief") is None
    assert previous_store.meta()["title"] == "My Iran dossier"
    left = differences(previous_store)
    assert left.pop("terms") == {"term-rafsanjani-minister-of-the-interior", "term-rafsanjani-commander-in-chief"}
    assert set(left) == {"citations"}  # only the deleted term's citations, which went with it
    assert all(cid.startswith("cit-term-rafsanjani-commander-in-chief-") for cid in left["citations"])


def test_other_dossiers_are_not_offered_anything(small_store, default_store):
    assert offer_for(small_store) is None
    assert offer_for(default_store) is None


def test_the_window_shows_the_update_in_the_import_preview_and_undo_reverses_it(previous_store, qtbot, monkeypatch):
    from PySide6.QtCore import QSettings

    from app.ui.dossier_files import DECLINED_UPDATE_KEY
    from app.ui.edit.import_preview import ImportPreviewDialog
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    QSettings().remove(DECLINED_UPDATE_KEY)
    edit_note(previous_store, "term-rafsanjani-minister-of-the-interior", "My own note")
    before = export_document(previous_store)
    session = Session(previous_store)
    window = MainWindow(session)
    qtbot.addWidget(window)
    shown = []

    def decline(dialog):
        shown.append((dialog.windowTitle(), dialog.heading.text(), dialog.details.toPlainText()))
        return ImportPreviewDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportPreviewDialog, "exec", decline)
    assert window.dossier_files.offer_default_update(at_start=True) is False
    title, heading, details = shown[0]
    assert "made from 2016.09.07-1" in title and "remove 4 records" in heading
    assert "kept as you left it: terms term-rafsanjani-minister-of-the-interior (you edited it)" in details
    assert export_document(previous_store) == before  # declined: nothing written
    assert window.dossier_files.offer_default_update(at_start=True) is False
    assert len(shown) == 1  # declined at start once: not asked again at start

    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: ImportPreviewDialog.DialogCode.Accepted)
    assert window.dossier_files.update_default_action.text().startswith("&Update")
    window.dossier_files.update_default_action.trigger()  # the File menu still offers it
    assert differences(previous_store) == {"terms": {"term-rafsanjani-minister-of-the-interior"}}
    session.undo_stack.undo()
    assert export_document(previous_store) == before
    QSettings().remove(DECLINED_UPDATE_KEY)

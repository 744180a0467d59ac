"""The window's Import… takes FollowTheMoney and Popolo files: preview, name matches to tick, undo, the timeline."""

import pytest

from app.domain.checks import check
from app.ui.edit.import_preview import ImportPreviewDialog
from conftest import FIXTURES
from test_ftm import entity, write_lines


@pytest.fixture(autouse=True)
def clean_history(window):
    """Imports leave undo steps: cleared while the window lives, not at interpreter exit."""
    yield
    window.session.undo_stack.clear()


def person_lanes(window):
    return {lane.key for lane in window.timeline.layout_data.lanes if lane.kind == "person"}


def test_an_ftm_file_imports_as_one_undo_step_and_its_persons_are_drawn(window, monkeypatch, tmp_path):
    path = write_lines(tmp_path / "peps.ftm.json", [
        entity("Person", "Q1", name="Ebrahim Raisi", birthDate="1960-12-14"),
        entity("Position", "pos-p", name="President of Iran"),
        entity("Occupancy", "occ-r", holder="Q1", post="pos-p", startDate="2021-08-03", endDate="2024-05-19"),
        entity("Sanction", "s1", entity="Q1"),
    ])
    seen = []

    def accept(dialog):
        seen.append((dialog.heading.text(), [w.text() for w in dialog.findChildren(type(dialog.heading))]))
        return ImportPreviewDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    files = window.dossier_files
    assert files.import_path(path)
    assert "will add" in seen[0][0]
    assert any("1 Sanction entities" in text for text in seen[0][1])
    store = window.session.store
    assert "ebrahim-raisi" in person_lanes(window)
    assert store.terms("ebrahim-raisi")[0]["start"] == "2021-08-03"
    assert check(store).ok
    window.session.undo_stack.undo()
    assert store.get("persons", "ebrahim-raisi") is None and "ebrahim-raisi" not in person_lanes(window)
    window.session.undo_stack.redo()  # the source comes back tied to its stored file: its citations still verify
    assert "ebrahim-raisi" in person_lanes(window) and store.count("source_originals") == 1
    assert check(store).ok


def test_a_ticked_name_match_imports_as_the_dossiers_person(window, monkeypatch, tmp_path):
    store = window.session.store
    existing = store.persons()[0]
    path = tmp_path / "same.json"
    path.write_text('{"persons": [{"id": "p9", "name": "%s"}], "organizations": [{"id": "o", "name": "Senate"}],'
                    ' "memberships": [{"person_id": "p9", "organization_id": "o", "start_date": "1999"}]}'
                    % existing["name"], encoding="utf-8")

    def tick_and_accept(dialog):
        item = dialog.matches.item(0)
        assert existing["id"] in item.text()
        item.setCheckState(item.checkState().Checked)
        return ImportPreviewDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", tick_and_accept)
    persons = store.count("persons")
    assert window.dossier_files.import_path(path)
    assert store.count("persons") == persons
    assert any(t["start"] == "1999" for t in store.terms(existing["id"]))


def test_a_refused_popolo_file_shows_its_problems_and_changes_nothing(window, monkeypatch, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"persons": [{"id": "p", "name": "P", "birth_date": "1950-02-31"}], "memberships": []}',
                    encoding="utf-8")
    seen = []
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: seen.append(dialog.details.toPlainText()) or 1)
    count = window.session.store.count("persons")
    assert not window.dossier_files.import_path(path)
    assert "bad.json: /persons/0: birth_date: '1950-02-31' is not an ISO date" in seen[0]
    assert window.session.store.count("persons") == count


def test_the_spec_examples_import_through_the_window(window, monkeypatch):
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: ImportPreviewDialog.DialogCode.Accepted)
    assert window.dossier_files.import_path(FIXTURES / "popolo-spec-examples.json")
    assert {"jane-q-citizen", "hassan-rouhani"} <= person_lanes(window)

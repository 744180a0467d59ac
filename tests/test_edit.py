"""Editing: invertible domain edits, forms, undo/redo and citing a selection from a source."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox

from app.domain import edits, exchange
from app.domain.opener import create_dossier
from app.domain.store import ReferencedError, StoreError
from app.ui.edit.actions import EditActions
from app.ui.edit.cite import CiteDialog
from app.ui.edit.date_field import DateField
from app.ui.edit.forms import RecordForm
from app.ui.session import Session


def snapshot(store) -> str:
    return exchange.dumps(exchange.export_document(store))


# --- domain ----------------------------------------------------------------------------


def test_delete_person_and_undo_restores_every_row(small_store):
    before = snapshot(small_store)
    edit = edits.plan_delete(small_store, "persons", "jane-roe")
    assert ("allegations", "alleg-roe-arrests") in edit.after and ("citations", "c-alleg") in edit.after
    change = edit.do(small_store)
    assert small_store.get("persons", "jane-roe") is None
    assert change.deleted["citations"] >= {"c-alleg", "c-roe"}
    edit.undo(small_store)
    assert snapshot(small_store) == before
    edit.do(small_store)
    assert small_store.count("aliases") == 0


def test_save_undo_restores_the_stored_row_exactly(small_store):
    stored = small_store.get("persons", "john-doe")
    edit = edits.plan_save(small_store, "rename", {"persons": [{"id": "john-doe", "name": "J. Doe", "born": "1950~"}]})
    edit.do(small_store)
    assert small_store.get("persons", "john-doe")["born_earliest"] is not None
    edit.undo(small_store)
    assert small_store.get("persons", "john-doe") == stored


def test_referenced_record_cannot_be_deleted(small_store):
    with pytest.raises(ReferencedError, match="positions"):
        edits.plan_delete(small_store, "organizations", small_store.rows("positions")[0]["organization_id"])


@pytest.mark.parametrize("rows, message", [
    ({"terms": [{"id": "term-doe-mayor", "start": "1990", "end": "1980"}]}, "before"),
    ({"persons": [{"id": "x", "name": "X", "born": "1988-13"}]}, "born"),
    ({"aliases": [{"id": "a", "person_id": "nobody", "alias": "N"}]}, "no persons record"),
    ({"citations": [{"id": "c", "source_id": "gazette", "record_table": "persons", "record_id": "john-doe",
                     "quote": "words the gazette never printed", "field": None, "locator": None, "note": None}]},
     "verbatim"),
])
def test_invalid_edits_are_refused_before_writing(small_store, rows, message):
    before = snapshot(small_store)
    with pytest.raises(StoreError, match=message):
        edits.plan_save(small_store, "bad", rows).do(small_store)
    assert snapshot(small_store) == before


def test_slug_and_free_id(small_store):
    assert edits.slug("Akbar Hashemi Rafsanjani") == "akbar-hashemi-rafsanjani"
    assert edits.slug("جین رو") != ""
    assert edits.free_id(small_store, "persons", "john-doe") == "john-doe-2"


# --- widgets ---------------------------------------------------------------------------


@pytest.fixture
def session(qtbot, small_store):
    session = Session(small_store)
    yield session
    session.undo_stack.clear()


def test_date_field_explains_live(qtbot):
    field = DateField(ongoing_allowed=True)
    qtbot.addWidget(field)
    qtbot.keyClicks(field.line, "1988-07~")
    assert field.meaning.text() == "c. July 1988 · c. Tir 1367"
    assert field.problem is None
    field.set_value("1988-13")
    assert "not a possible date" in field.meaning.text() and field.problem
    field.set_value("..")
    assert field.problem is None and field.meaning.text() == "ongoing"
    field.set_value("")
    assert field.value() is None


def test_date_field_takes_a_plain_date_whole(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field.line, "1 Jun 2015")
    assert field.problem is None
    assert field.value() == "2015-06-01"
    assert field.meaning.text() == "1 June 2015 · 11 Khordad 1394"


def test_form_refuses_end_before_start(qtbot, session):
    form = RecordForm(session, "events")
    qtbot.addWidget(form)
    form.inputs["title"].setText("Arrests")
    form.inputs["start"].set_value("1989-06")
    form.inputs["end"].set_value("1988-07")
    assert "before it starts" in form.inputs["end"].meaning.text()
    assert not form.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    form.inputs["end"].set_value("1990")
    assert form.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert form.save()
    assert session.store.get("events", "arrests")["end"] == "1990"


def test_person_form_saves_aliases_in_one_undo_step(qtbot, session):
    form = RecordForm(session, "persons")
    qtbot.addWidget(form)
    form.inputs["name"].setText("Mostafa Pourmohammadi")
    form.inputs["born"].set_value("1959")
    form._add_alias_row("Pour-Mohammadi", "spelling")
    assert form.id_edit.text() == "mostafa-pourmohammadi"
    assert form.save()
    assert [a["alias"] for a in session.store.aliases("mostafa-pourmohammadi")] == ["Pour-Mohammadi"]
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.store.get("persons", "mostafa-pourmohammadi") is None
    assert session.store.rows("aliases", "alias = ?", ["Pour-Mohammadi"]) == []


def test_allegation_form_sets_accuser_interested_party(qtbot, session):
    allegation = session.store.rows("allegations")[0]
    form = RecordForm(session, "allegations", allegation["id"])
    qtbot.addWidget(form)
    org_id = allegation["alleged_by_org_id"]
    flag = session.store.get("organizations", org_id)["interested_party"]
    form.accuser_interested.setChecked(not flag)
    form.set_value("reliability", "C")
    form.set_value("credibility", 3)
    assert form.save()
    assert session.store.get("organizations", org_id)["interested_party"] == int(not flag)
    assert session.store.get("allegations", allegation["id"])["credibility"] == 3
    session.undo_stack.undo()
    assert session.store.get("organizations", org_id)["interested_party"] == flag
    assert session.store.get("allegations", allegation["id"])["reliability"] is None


def test_delete_person_with_dependents_is_undoable(qtbot, session):
    before = snapshot(session.store)
    actions = EditActions(_window(qtbot), session)
    assert actions.delete("persons", "jane-roe", confirm=False)
    assert session.store.get("persons", "jane-roe") is None
    session.undo_stack.undo()
    assert snapshot(session.store) == before


def test_needs_a_source_lists_uncited_claims(qtbot, session):
    actions = EditActions(_window(qtbot), session)
    view = actions.needs_source
    assert view.list.count() == len(session.store.uncited(("persons", "terms", "events", "allegations")))
    form = RecordForm(session, "persons")
    qtbot.addWidget(form)
    form.inputs["name"].setText("Uncited Person")
    form.save()
    labels = [view.list.item(i).text() for i in range(view.list.count())]
    assert "person: Uncited Person" in labels


def _window(qtbot):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    return window


ARTICLE = ("The commission met in July 1988. Witnesses said the deputy minister signed the orders. "
           "He has denied any role.")


# NOTE: forms and the cite dialog delete themselves on close; qtbot must not close them again.


def test_paste_source_cite_sentence_for_new_allegation_then_undo_and_redo(qtbot, session):
    from app.ui.source_reader import SourceReader

    store = session.store
    start = snapshot(store)
    source_form = RecordForm(session, "sources")
    source_form.inputs["title"].setText("Witness statements")
    source_form.source_text.setPlainText(ARTICLE)
    source_form.inputs["published"].set_value("2016-09-06")
    assert source_form.save()
    source_id = source_form.row_id
    after_source = snapshot(store)

    reader = SourceReader(session)
    qtbot.addWidget(reader)
    reader.open_source(source_id)
    sentence = "Witnesses said the deputy minister signed the orders."
    cursor = reader.text_view.textCursor()
    cursor.setPosition(ARTICLE.index(sentence))
    cursor.setPosition(ARTICLE.index(sentence) + len(sentence), QTextCursor.MoveMode.KeepAnchor)
    reader.text_view.setTextCursor(cursor)
    assert reader.cite_button.isEnabled()
    dialog = reader.cite_selection()
    assert isinstance(dialog, CiteDialog) and dialog.quote == sentence
    dialog.choose("new", "allegations")
    dialog.cite()
    form = dialog.opened_form
    assert form.table == "allegations" and len(form.pending_citations) == 1
    form.set_value("subject_id", "jane-roe")
    form.inputs["summary"].setPlainText("signed the orders, witnesses allege")
    form.inputs["conduct_start"].set_value("1988-07")
    assert form.save()
    allegation_id = form.row_id
    citations = store.citations("allegations", allegation_id)
    assert [c["quote"] for c in citations] == [sentence]
    edited = snapshot(store)

    stack = session.undo_stack
    assert stack.count() == 2
    stack.undo()
    assert snapshot(store) == after_source
    stack.undo()
    assert snapshot(store) == start
    stack.redo()
    stack.redo()
    assert snapshot(store) == edited

    copy = create_dossier(None)
    exchange.apply_import(exchange.plan_import(exchange.parse_document(edited), copy), copy)
    assert snapshot(copy) == edited
    copy.close()


def test_cite_for_selected_record_is_one_undo_step(qtbot, session):
    source = session.store.rows("sources")[0]
    quote = source["text"][:20]
    session.selection.select("persons", "john-doe")
    dialog = CiteDialog(session, source["id"], quote)
    dialog.choose("record", ("persons", "john-doe"))
    count = len(session.store.citations("persons", "john-doe"))
    dialog.cite()
    assert len(session.store.citations("persons", "john-doe")) == count + 1
    session.undo_stack.undo()
    assert len(session.store.citations("persons", "john-doe")) == count


def test_source_form_imports_html_reduced_to_text(qtbot, session, tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Press release</title><script>evil()</script></head>"
                    "<body><p>First &amp; foremost.</p><p>Second.</p></body></html>", encoding="utf-8")
    form = RecordForm(session, "sources")
    qtbot.addWidget(form)
    form.load_source_file(page)
    assert form.source_text.toPlainText() == "First & foremost.\n\nSecond."
    assert form.inputs["title"].text() == "Press release"

"""Smaller faults of the daily review loop (issue 13, item 21), each driven through the real widgets."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor


def test_cite_says_what_was_cited_keeps_the_selection_and_offers_the_claim_being_read(window, qtbot):
    session, reader = window.session, window.dossier_panes.reader
    session.selection.select("citations", "c-roe-minister")  # reading the Minister of Works term's citation
    text = session.store.get("sources", "gazette")["text"]
    quote = "Roe denies it."
    cursor = reader.text_view.textCursor()
    cursor.setPosition(text.index(quote))
    cursor.setPosition(text.index(quote) + len(quote), QTextCursor.MoveMode.KeepAnchor)
    reader.text_view.setTextCursor(cursor)
    dialog = reader.cite_selection()
    assert dialog.target.currentData() == ("record", ("terms", "term-roe-minister"))
    dialog.cite()
    assert window.statusBar().currentMessage().startswith("Cited for the term in office “Jane Roe: Minister of Works")
    assert "(Undo: " in window.statusBar().currentMessage()
    assert session.selection.current == ("citations", "c-roe-minister")
    assert reader.selected_text() == quote  # the reader keeps what the user selected
    assert any(c["quote"] == quote for c in session.store.citations("terms", "term-roe-minister"))


def test_a_person_just_added_is_selected_in_the_list_and_the_dossier(window, qtbot):
    from app.ui.edit.forms import RecordForm

    form = RecordForm(window.session, "persons", parent=window)
    qtbot.addWidget(form)
    form.inputs["name"].setText("Mostafa Pourmohammadi")
    assert form.save()
    assert window.session.selection.current == ("persons", "mostafa-pourmohammadi")
    panes = window.dossier_panes
    assert panes.dossier.name_label.text().startswith("Mostafa Pourmohammadi")
    assert panes.person_list.table.currentIndex().data() == "Mostafa Pourmohammadi"

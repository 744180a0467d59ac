"""The source reader: quotes highlighted, the asked-for one selected, highlights lead to records."""

from __future__ import annotations

import pytest

from app.domain.cited_records import quote_spans
from app.domain.edits import plan_save


@pytest.fixture
def reader(qtbot, small_store):
    from app.ui.session import Session
    from app.ui.source_reader import SourceReader

    session = Session(small_store)
    widget = SourceReader(session)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    return session, widget


def test_every_cited_quote_is_located(small_store):
    spans, missing = quote_spans(small_store, "gazette")
    assert missing == []
    assert {span.citation_id for span in spans} == {
        "c-alleg", "c-arrests", "c-doe", "c-doe-mayor", "c-roe", "c-roe-deputy", "c-roe-minister"}
    text = small_store.get("sources", "gazette")["text"]
    assert all(text[span.start:span.end] == span.quote for span in spans)


def test_selecting_a_citation_opens_its_source_with_the_quote_selected(reader):
    session, widget = reader
    session.selection.select("citations", "c-roe-minister")
    assert widget.fields["title"].text() == "Example Gazette report"
    assert widget.fields["publisher"].text() == "Example Gazette"
    assert widget.fields["interested"].text() == "no"
    assert widget.selected_text() == "Roe served as Minister of Works from July 1985 to 1990"
    assert len(widget.text_view.extraSelections()) == 7


def test_clicking_a_highlight_lists_the_records_citing_it_and_opens_one(reader):
    session, widget = reader
    session.selection.select("sources", "gazette")
    assert widget.selected_text() == ""
    text = widget.text_view.toPlainText()
    cursor = widget.text_view.textCursor()
    cursor.setPosition(text.index("ordering arrests"))  # inside two quotes: the allegation's and the event's
    widget.text_view.setTextCursor(cursor)
    listed = [widget.cited_by.item(i).text() for i in range(widget.cited_by.count())]
    assert listed == [
        "Allegation: Opposition Front about Jane Roe: ordered arrests in 1988",
        "Event: Arrests",
    ]
    widget.cited_by.itemClicked.emit(widget.cited_by.item(1))
    assert session.selection.current == ("events", "arrests-1988")


def test_a_missing_quote_is_reported_not_hidden(reader, small_store):
    small_store.db["citations"].update("c-doe", {"quote": "words the source does not hold"})
    session, widget = reader
    session.selection.select("sources", "gazette")
    title = widget.cited_by_title.text()
    assert title.startswith("⚠ 1 quote") and "not in its stored text" in title


def test_source_metadata_is_plain_text(reader, small_store):
    plan_save(small_store, "", {"sources": [{"id": "gazette", "title": "<b>Bold</b> & <img src=x>"}]}).do(small_store)
    session, widget = reader
    session.selection.select("sources", "gazette")
    assert widget.fields["title"].text() == "<b>Bold</b> & <img src=x>"
    assert widget.fields["title"].textFormat().name == "PlainText"

"""The source reader lands on the asked-for quote: selected, and centred in view (issue 13, item 11)."""

from __future__ import annotations

import pytest


@pytest.fixture
def laptop_window(default_store, qtbot):
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    window = MainWindow(Session(default_store))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _quote_is_centred(reader) -> bool:
    view = reader.text_view
    cursor = view.textCursor()
    start = cursor.selectionStart()
    probe = view.textCursor()
    probe.setPosition(start)
    top = view.cursorRect(probe).top()
    height = view.viewport().height()
    return 0 <= top and top < height * 0.6 and top > height * 0.1


def test_double_clicking_a_citation_lands_on_its_quote_centred(laptop_window, qtbot):
    """Pourmohammadi → Allegations → "for when it was made": the quote is in the middle, not above."""
    session, panes = laptop_window.session, laptop_window.dossier_panes
    session.selection.select("allegations", "alleg-unnamed-pourmohammadi-death-commissions")
    dossier, reader = panes.dossier, panes.reader
    item = next(i for i in dossier.allegations.citation_items() if "for when it was made" in i.text(0))
    dossier.allegations.itemActivated.emit(item, 0)
    qtbot.waitUntil(lambda: reader.isVisible() and reader.text_view.viewport().height() > 50)
    qtbot.wait(50)
    citation = session.store.get("citations", session.selection.current[1])
    assert reader.selected_text() == citation["quote"]
    assert _quote_is_centred(reader), (reader.text_view.verticalScrollBar().value(),)


def test_a_quote_far_down_a_long_source_is_centred_when_the_reader_was_hidden(laptop_window, qtbot):
    session, panes = laptop_window.session, laptop_window.dossier_panes
    panes.reader_dock.hide()
    store = session.store
    article = max(store.rows("sources"), key=lambda s: len(s["text"] or ""))
    last = max((c for c in store.rows("citations") if c["source_id"] == article["id"]),
               key=lambda c: article["text"].find(c["quote"]))
    session.selection.select("citations", last["id"])
    qtbot.waitUntil(lambda: panes.reader.isVisible() and panes.reader.text_view.viewport().height() > 50)
    qtbot.wait(50)
    assert panes.reader.selected_text() == last["quote"]
    assert _quote_is_centred(panes.reader)

"""Text is text: a dossier full of markup shown everywhere, and nothing interprets it.

Every label, item view cell, tooltip and text document reachable from the main
window (and the views and dialogs that show one record) is walked after loading
a dossier whose names, titles, summaries and source texts are HTML. A name such as
``<img src=x>`` must appear as those characters, never as an image or bold text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as QtGuiNamespace, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QGraphicsTextItem, QGraphicsView, QHeaderView, QLabel, QTextEdit, QWidget,
)

from app.domain.opener import create_from_dataset

SMALL_JSON = Path(__file__).parent / "fixtures/small-dossier.json"
MARK = "<img src=x><b>bold</b>"
MARKED_FIELDS = {
    "meta": ("title", "description"),
    "sources": ("title", "author", "publisher"),
    "persons": ("name", "name_native", "summary", "note"),
    "aliases": ("alias",),
    "organizations": ("name", "country", "summary"),
    "positions": ("title",),
    "terms": ("note",),
    "events": ("title", "place", "summary"),
    "allegations": ("summary", "role"),
    "citations": ("locator", "note"),
}


def markup_document() -> dict:
    """The fixture dossier with markup around every free-text field (quotes stay verbatim)."""
    document = json.loads(SMALL_JSON.read_text(encoding="utf-8"))
    for table, fields in MARKED_FIELDS.items():
        rows = [document["meta"]] if table == "meta" else document[table]
        for row in rows:
            for name in fields:
                row[name] = f"{MARK} {row.get(name) or name} <script>alert(1)</script>"
    for source in document["sources"]:
        source["text"] = f"{MARK}\n{source['text']}\n<a href='http://example.invalid/'>link</a>"
    return document


@pytest.fixture
def markup_store(tmp_path):
    path = tmp_path / "markup.json"
    path.write_text(json.dumps(markup_document(), ensure_ascii=False), encoding="utf-8")
    store = create_from_dataset(tmp_path / "markup.db", path)
    yield store
    store.close()


def interpreted(document: QTextDocument) -> bool:
    """True when a text document turned our markup into an image, bold text or a link."""
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            char_format = fragment.charFormat()
            if char_format.isImageFormat() or char_format.isAnchor() and "example.invalid" in char_format.anchorHref():
                return True
            if fragment.text() == "bold" and char_format.fontWeight() > 400:
                return True
            iterator += 1
        block = block.next()
    return False


def shows_markup_as_rich_text(text: str, text_format: Qt.TextFormat) -> bool:
    """True when Qt would render this string's tags (rich text, or auto-detected as rich)."""
    if "<img src=x>" not in text and "<b>bold</b>" not in text:
        return False
    if text_format == Qt.TextFormat.PlainText:
        return False
    return text_format == Qt.TextFormat.RichText or QtGuiNamespace.mightBeRichText(text)


def column_count(model, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # NOTE: QAbstractListModel hides columnCount in PySide6: one column
        return 1


def model_problems(view: QAbstractItemView, where: str) -> list[str]:
    model = view.model()
    if model is None:
        return []
    problems = []

    def visit(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(column_count(model, parent)):
                index = model.index(row, column, parent)
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and shows_markup_as_rich_text(tip, Qt.TextFormat.AutoText):
                    problems.append(f"{where}: tooltip of cell ({row}, {column}) is read as HTML: {tip[:60]!r}")
                if column == 0 and model.rowCount(index) > 0:
                    visit(index)

    visit(QModelIndex())
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = (column_count(model, QModelIndex()) if orientation == Qt.Orientation.Horizontal
                 else model.rowCount(QModelIndex()))
        for section in range(min(count, 50)):
            tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and shows_markup_as_rich_text(tip, Qt.TextFormat.AutoText):
                problems.append(f"{where}: header tooltip {section} is read as HTML")
    return problems


def widget_problems(root: QWidget) -> list[str]:
    """Every place under root where data markup would be interpreted."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__module__}.{type(widget).__name__}({widget.objectName() or '-'})"
        if shows_markup_as_rich_text(widget.toolTip(), Qt.TextFormat.AutoText):
            problems.append(f"{where}: tooltip is read as HTML: {widget.toolTip()[:60]!r}")
        if isinstance(widget, QLabel) and shows_markup_as_rich_text(widget.text(), widget.textFormat()):
            problems.append(f"{where}: label text is read as HTML: {widget.text()[:60]!r}")
        if isinstance(widget, QTextEdit) and interpreted(widget.document()):
            problems.append(f"{where}: its document rendered data markup")
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):  # headers: below
            problems.extend(model_problems(widget, where))
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if shows_markup_as_rich_text(item.toolTip(), Qt.TextFormat.AutoText):
                    problems.append(f"{where}: graphics item {type(item).__name__} tooltip is read as HTML")
                if isinstance(item, QGraphicsTextItem) and interpreted(item.document()):
                    problems.append(f"{where}: graphics text {type(item).__name__} rendered data markup")
    return problems


def test_the_walker_notices_interpreted_markup(qtbot):
    """The checks above fail where they should (so a pass below means something)."""
    root = QWidget()
    qtbot.addWidget(root)
    QLabel(MARK, root)
    QWidget(root).setToolTip(MARK)
    rich = QTextEdit(root)
    rich.setHtml(MARK)
    assert len(widget_problems(root)) == 3
    plain = QWidget()
    qtbot.addWidget(plain)
    label = QLabel(plain)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(MARK)
    QTextEdit(plain).setPlainText(MARK)
    assert widget_problems(plain) == []


def test_the_main_window_and_record_views_show_markup_as_text(qtbot, markup_store):
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    session = Session(markup_store)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    person = markup_store.persons()[0]["id"]
    session.selection.select("persons", person)
    QApplication.processEvents()
    as_of_dock = window.as_of_panel.parent()
    as_of_dock.show()
    as_of_dock.raise_()  # the as-of panel lists its day once its tab is chosen
    qtbot.waitUntil(lambda: window.as_of_panel.tree.topLevelItemCount() > 0)

    roots: list[QWidget] = [window]
    from app.ui.about import AboutDialog
    from app.ui.dossier.view import DossierView
    from app.ui.source_reader import SourceReader

    dossier = DossierView(session)
    dossier.show_person(person)
    reader = SourceReader(session)
    reader.open_source(markup_store.rows("sources")[0]["id"])
    about = AboutDialog(markup_store)
    for widget in (dossier, reader, about):
        qtbot.addWidget(widget)
        widget.show()
        roots.append(widget)
    QApplication.processEvents()

    problems = [problem for root in roots for problem in widget_problems(root)]
    assert not problems, "\n".join(problems)
    shown = [w.text() for root in roots for w in root.findChildren(QLabel)]
    assert any("<img src=x>" in text for text in shown)  # the markup is really on screen, as text


def test_the_html_report_escapes_markup_and_the_pdf_layout_does_not_render_it(qtbot, markup_store):
    from app.domain.report import build_report, render_html
    from app.ui.report_export import report_document
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF

    person = markup_store.persons()[0]["id"]
    report = build_report(markup_store, person)
    html = render_html(report)
    assert "<img src=x>" not in html and "<script>" not in html
    assert "&lt;img src=x&gt;" in html
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter))
    document = report_document(report, writer, None)
    assert not interpreted(document)
    assert "<img src=x>" in document.toPlainText()

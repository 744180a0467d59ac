"""The About box: version, the dossier's notice, its sources, the file's path — as plain text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import __version__
from app.domain.edits import plan_save
from app.domain.person_dossier import NOTICE
from app.ui.about import NO_LICENCE, SOURCE_COLUMNS, AboutDialog, source_rows


@pytest.fixture
def about(qtbot):
    def make(store):
        dialog = AboutDialog(store)
        qtbot.addWidget(dialog)
        return dialog

    return make


def table_rows(dialog) -> list[tuple[str, ...]]:
    table = dialog.sources_table
    return [
        tuple(table.item(row, column).text() for column in range(table.columnCount()))
        for row in range(table.rowCount())
    ]


def test_shows_version_notice_sources_and_path_of_the_default_dossier(about, default_store):
    dialog = about(default_store)

    assert __version__ in dialog.version_label.text()
    assert "does not establish them" in dialog.notice_label.text()
    assert dialog.notice_label.text() == default_store.meta()["description"]
    assert dialog.path_label.text() == str(default_store.path)
    assert dialog.sources_table.rowCount() == default_store.count("sources")
    publishers = {row[1] for row in table_rows(dialog)}
    assert "CNSNews.com" in publishers
    assert [dialog.sources_table.horizontalHeaderItem(c).text() for c in range(4)] == list(SOURCE_COLUMNS)


def test_a_source_without_a_licence_says_so(about, small_store):
    source = small_store.rows("sources")[0]
    assert source["license"] is None
    other = {**source, "id": "licensed", "title": "A licensed source", "license": "CC BY 4.0"}
    plan_save(small_store, "", {"sources": [other]}).do(small_store)

    rows = {row[0]: row for row in table_rows(about(small_store))}

    assert rows[source["title"]][3] == NO_LICENCE
    assert rows[other["title"]][3] == "CC BY 4.0"


def test_markup_in_the_data_is_shown_as_written(about, small_store):
    small_store.db["meta"].upsert({"key": "description", "value": "<b>Bold</b> & <a href='x'>link</a>"}, pk="key")
    source = small_store.rows("sources")[0]
    plan_save(small_store, "", {"sources": [{**source, "title": "<i>Title</i> & co", "publisher": "<script>x</script>"}]}).do(small_store)

    dialog = about(small_store)

    assert dialog.notice_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.notice_label.text() == "<b>Bold</b> & <a href='x'>link</a>"
    assert dialog.path_label.textFormat() == Qt.TextFormat.PlainText
    assert ("<i>Title</i> & co", "<script>x</script>") in [row[:2] for row in table_rows(dialog)]


def test_a_dossier_without_a_description_shows_the_fixed_notice(about, empty_store):
    dialog = about(empty_store)

    assert dialog.notice_label.text() == NOTICE
    assert "not saved to a file" in dialog.path_label.text()
    assert dialog.sources_table.rowCount() == 0


def test_source_rows_are_ordered_by_publisher_then_title(small_store):
    rows = source_rows(small_store)

    assert rows == sorted(rows, key=lambda row: (row[1], row[0]))

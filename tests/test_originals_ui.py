"""Originals in the window: add from the menu or a drop, read with pages, open a copy, verify, undo, package."""

from __future__ import annotations

import hashlib
import stat
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain import originals
from conftest import make_pdf


@pytest.fixture
def pdf(tmp_path) -> Path:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(["The commission met in July 1988.", "It ordered the executions."]))
    return path


@pytest.fixture
def no_boxes(monkeypatch):
    """Message boxes answer at once; what they said is kept."""
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0)
    return shown


def test_add_source_from_file_shows_it_in_the_reader_and_undo_takes_it_back(window, pdf, no_boxes):
    added = window.originals.add_files([pdf])
    assert len(added) == 1
    reader = window.dossier_panes.reader
    assert reader.source_id == added[0]
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert f"SHA-256 {sha}" in reader.original.text() and "report.pdf · application/pdf" in reader.original.text()
    assert reader.open_original_button.isVisible()
    window.session.undo_stack.undo()
    assert window.session.store.get("sources", added[0]) is None
    log = originals.custody_log(window.session.store.db.conn, added[0])
    assert [e["action"] for e in log][-1] == "deleted"


def test_the_menus_offer_the_new_actions(window):
    assert window.originals.add_action in window.edit_menu.actions()
    file_actions = window.file_menu.actions()
    assert window.originals.export_package_action in file_actions and window.originals.verify_action in file_actions
    assert file_actions.index(window.originals.verify_action) < file_actions.index(window.quit_action)


def drop(window, paths) -> bool:
    """Drag files over the window and drop them, as Qt delivers it; whether the window took them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPoint(window.width() // 2, window.height() // 2)
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def test_dropped_files_become_sources_but_dossier_files_open_or_import(window, pdf, tmp_path, monkeypatch, qtbot):
    exchange_file = tmp_path / "data.json"
    exchange_file.write_text("{}", encoding="utf-8")
    package = tmp_path / "package.bin"
    package.write_bytes(b"PK\x05\x06" + b"\x00" * 18)  # an empty zip: a package by its bytes, whatever its name
    opened = []
    monkeypatch.setattr(window.dossier_files, "open_or_import", lambda path: opened.append(path) or True)
    before = window.session.store.count("sources")
    assert drop(window, [pdf])
    assert window.session.store.count("sources") == before + 1
    for path in (exchange_file, package):
        assert drop(window, [path])
    qtbot.waitUntil(lambda: len(opened) == 2)
    assert opened == [exchange_file, package]
    assert window.session.store.count("sources") == before + 1


def test_the_reader_shows_pdf_pages_and_cites_with_the_page_as_locator(window, pdf):
    source_id = window.originals.add_files([pdf])[0]
    reader = window.dossier_panes.reader
    start = reader.text.index("It ordered")
    cursor = QTextCursor(reader.text_view.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len("It ordered the executions."), QTextCursor.MoveMode.KeepAnchor)
    reader.text_view.setTextCursor(cursor)
    assert reader.page_label.text() == "p. 2"
    dialog = reader.cite_selection()
    assert dialog.quote == "It ordered the executions." and dialog.locator.text() == "p. 2"
    dialog.close()
    assert window.session.store.get("sources", source_id)["kind"] == "document"


def test_open_original_hands_a_read_only_copy_to_the_system_viewer(window, pdf, monkeypatch, data_folder):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.originals.add_files([pdf])
    copy = window.dossier_panes.reader.open_original()
    assert opened == [QUrl.fromLocalFile(str(copy))] and opened[0].isLocalFile()
    assert copy.name == "report.pdf" and copy.read_bytes() == pdf.read_bytes()
    assert not copy.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert data_folder / "tmp" in copy.parents  # purged with the other temporary copies


def test_verify_reports_a_tampered_original(window, pdf, no_boxes):
    source_id = window.originals.add_files([pdf])[0]
    assert window.originals.verify() == []
    assert "The 1 stored original matches" in no_boxes[-1][0]
    conn = window.session.store.db.conn
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    rowid, = conn.execute("SELECT id FROM original_chunks WHERE original_id = ?", [sha]).fetchone()
    with conn.blobopen("original_chunks", "data", rowid) as blob:
        blob.seek(20)
        blob.write(b"#")
    conn.commit()
    mismatches = window.originals.verify()
    assert [m.source_ids for m in mismatches] == [(source_id,)]
    assert f"{source_id}: original {sha}" in no_boxes[-1][1]


def test_the_name_set_in_preferences_is_what_the_custody_log_records(window, pdf, data_folder):
    from app.domain import user_settings

    assert window.session.store.actor is None  # nobody until a name is set: never the OS account
    dialog = window.show_preferences()
    dialog.name_edit.setText("  Researcher A ")
    dialog.limit_box.setValue(2)
    dialog.accept()
    assert user_settings.custody_name() == "Researcher A"  # the command line reads the same file
    assert user_settings.original_limit_bytes() == 2 * 1024 * 1024
    source_id = window.originals.add_files([pdf])[0]
    assert window.session.store.get("source_originals", source_id)["captured_by"] == "Researcher A"
    log = window.dossier_panes.reader.show_custody_log()
    whos = {log.table.item(row, 1).text() for row in range(log.table.rowCount())}
    assert whos == {"Researcher A"}
    log.close()


def test_export_package_writes_the_originals(window, pdf, tmp_path):
    window.originals.add_files([pdf])
    out = tmp_path / "out.zip"
    assert window.originals.export_package_to(out)
    with zipfile.ZipFile(out) as archive:
        assert f"originals/{hashlib.sha256(pdf.read_bytes()).hexdigest()}" in archive.namelist()


def test_file_import_takes_a_package_by_its_bytes_whatever_its_name(window, pdf, tmp_path, monkeypatch, no_boxes,
                                                                    qtbot):
    from app.domain import packages
    from app.domain.opener import create_dossier
    from app.ui.edit.import_preview import ImportPreviewDialog
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    window.originals.add_files([pdf])
    out = tmp_path / "package.bin"  # not named .zip: the magic bytes say what it is
    packages.export_package(window.session.store, out)
    other = MainWindow(Session(create_dossier(None)))
    qtbot.addWidget(other)
    previews = []
    monkeypatch.setattr(ImportPreviewDialog, "exec",
                        lambda dialog: previews.append(dialog.heading.text()) or ImportPreviewDialog.DialogCode.Accepted)
    try:
        assert other.dossier_files.import_path(out)
        assert "will add" in previews[0]
        assert other.session.store.count("originals") == 1
        assert originals.verify(other.session.store.db.conn) == []
        out.write_bytes(out.read_bytes().replace(b"The commission", b"The Commission"))
        refused = MainWindow(Session(create_dossier(None)))
        qtbot.addWidget(refused)
        assert not refused.dossier_files.import_path(out)
        assert refused.session.store.count("sources") == 0
    finally:
        other.session.store.close()

"""Message boxes show ids, paths and error messages as the characters they are, never as markup."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from app.domain.edits import plan_save
from app.domain.opener import open_dossier
from app.ui.dossier_files import DossierFiles
from app.ui.edit.actions import EditActions
from app.ui.plain_text import message_box
from app.ui.session import Session

MARKUP = "<b>x</b>"
FILE_MARKUP = "<img src=x><b>x"  # a file name cannot hold "/"


def _shown_labels(box: QMessageBox) -> dict[str, QLabel]:
    return {label.objectName(): label for label in box.findChildren(QLabel) if label.text()}


def _assert_plain(box: QMessageBox, words: str) -> None:
    assert box.textFormat() == Qt.TextFormat.PlainText
    labels = _shown_labels(box)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels.values())
    assert any(words in label.text() for label in labels.values())


@pytest.fixture
def shown_boxes(monkeypatch):
    """Every message box that would be shown, instead of showing it.

    The static functions (QMessageBox.warning, …) are replaced by the box Qt would make: default text format.
    """
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    for name, icon in [("warning", QMessageBox.Icon.Warning), ("information", QMessageBox.Icon.Information),
                       ("critical", QMessageBox.Icon.Critical), ("question", QMessageBox.Icon.Question)]:
        def static(parent, title, text, *buttons, icon=icon):
            shown.append(QMessageBox(icon, title, text, parent=parent))
            return QMessageBox.StandardButton.NoButton
        monkeypatch.setattr(QMessageBox, name, static)
    return shown


def test_the_helper_makes_text_and_informative_text_plain(qtbot):
    box = message_box(QMessageBox.Icon.Warning, "Title", f"id {MARKUP}", f"path /tmp/{MARKUP}.db")
    qtbot.addWidget(box)
    _assert_plain(box, f"id {MARKUP}")
    _assert_plain(box, f"path /tmp/{MARKUP}.db")


def test_cannot_delete_names_a_marked_up_id_literally(qtbot, small_store, shown_boxes):
    plan_save(small_store, "", {"organizations": [{"id": MARKUP, "name": "Marked"}]}).do(small_store)
    position = small_store.rows("positions")[0]
    plan_save(small_store, "", {"positions": [{**position, "id": "position-of-marked", "organization_id": MARKUP}]}).do(small_store)
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = EditActions(window, Session(small_store))
    assert not actions.delete("organizations", MARKUP)
    assert len(shown_boxes) == 1
    _assert_plain(shown_boxes[0], f"organizations {MARKUP} cannot be deleted")


def test_a_refused_file_with_a_marked_up_name_is_named_literally(qtbot, small_db_path, tmp_path, shown_boxes):
    window = QMainWindow()
    qtbot.addWidget(window)
    session = Session(open_dossier(small_db_path))
    try:
        files = DossierFiles(window, session)
        suspect = tmp_path / f"{FILE_MARKUP}.db"
        suspect.write_bytes(b"not a dossier")
        assert not files.open_path(suspect)
        assert len(shown_boxes) == 1
        _assert_plain(shown_boxes[0], f"{FILE_MARKUP}.db")
    finally:
        session.store.close()


def test_the_progress_dialog_names_a_marked_up_file_literally(qtbot):
    from app.ui.background import ProgressDialog

    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = ProgressDialog(window, f"Importing {FILE_MARKUP}.json…")
    label = dialog.findChild(QLabel)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == f"Importing {FILE_MARKUP}.json…"
    dialog.close()

"""Smaller faults of the daily review loop (issue 13, item 21), each driven through the real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor

from app.domain.edits import plan_save


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


QUIT_AFTER_NEW_THEN_IMPORT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from app.ui.application import create_application
app = create_application()
from app.domain.opener import create_from_dataset
from app.ui.edit.import_preview import ImportPreviewDialog
from app.ui.main_window import MainWindow
from app.ui.session import Session
folder, fixture = Path(sys.argv[1]), Path(sys.argv[2])
store = create_from_dataset(folder / "first.db", fixture)
window = MainWindow(Session(store))
window.show()
ImportPreviewDialog.exec = lambda dialog: ImportPreviewDialog.DialogCode.Accepted
def new_import_quit():
    assert window.dossier_files.new_path(folder / "new.db")
    assert window.dossier_files.import_path(fixture)
    window.quit_action.trigger()
QTimer.singleShot(0, new_import_quit)
sys.exit(app.exec())
"""


def test_quit_after_new_dossier_then_import_is_clean(tmp_path):
    """No "Internal C++ object (MainWindow) already deleted" when the undo stack is cleared on quit."""
    import os
    import subprocess
    import sys

    from conftest import SMALL_DOSSIER

    result = subprocess.run([sys.executable, "-c", QUIT_AFTER_NEW_THEN_IMPORT, str(tmp_path), str(SMALL_DOSSIER)],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "already deleted" not in result.stderr, result.stderr


def test_an_empty_new_dossier_says_what_to_do_first(window, tmp_path, qtbot):
    guide = window.timeline.empty_guide
    assert not guide.isVisible()
    assert window.dossier_files.new_path(tmp_path / "new.db")
    assert guide.isVisible() and "Edit > Add > Source" in guide.text() and "File > Import" in guide.text()
    plot = window.timeline.graphics.rect()
    assert plot.contains(guide.geometry())  # all of it readable, over the empty plot
    window.session.write(lambda store: plan_save(store, "", {"persons": [{"id": "p", "name": "P"}]}).do(store))
    assert not guide.isVisible()


def test_file_dialogs_start_in_the_last_used_folder_else_documents(window, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from app.ui import file_dialogs

    QSettings().remove(file_dialogs.LAST_FOLDER_KEY)
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: str(documents))
    offered = []

    def answer(parent, title, start, filters=""):
        offered.append(start)
        return str(tmp_path / "cases" / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    (tmp_path / "cases").mkdir()
    window.dossier_files.choose_new()  # New Dossier: Documents on first use
    assert offered[0] == str(documents / "dossier.db")
    window.dossier_files.choose_export_json()  # Export: where the last file was chosen
    assert offered[1] == str(tmp_path / "cases" / "dossier.json")
    QSettings().remove(file_dialogs.LAST_FOLDER_KEY)

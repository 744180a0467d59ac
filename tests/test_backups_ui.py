"""The window's part of backups: the restore offer at start-up and the About box's list and Purge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.domain import backups, opener
from app.domain.opener import DossierRefused, open_dossier, open_or_create
from app.ui.backups_ui import StoredFilesPanel, offer_restore

SMALL_JSON = Path(__file__).parent / "fixtures/small-dossier.json"


@pytest.fixture
def damaged(tmp_path):
    """A user dossier with a good daily backup, then damaged; the data folder in use."""
    opener.use_data_folder(tmp_path / "data")
    path = tmp_path / "dossier.db"
    opener.create_from_dataset(path, SMALL_JSON).close()  # opening it made the daily backup
    path.write_bytes(path.read_bytes()[:5000])
    with pytest.raises(DossierRefused) as caught:
        open_or_create(path, SMALL_JSON)
    yield caught.value
    opener.use_data_folder(None)


def answer_with(monkeypatch, button_text: str) -> list[str]:
    """Make the next message box click the button with this text; return what it said."""
    said = []

    def exec_(box):
        said.append(f"{box.text()}\n{box.informativeText()}")
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return said


def test_a_damaged_dossier_is_reported_and_restored_from_a_backup(qtbot, monkeypatch, damaged):
    said = answer_with(monkeypatch, "Restore Backup")
    store = offer_restore(damaged)
    assert store is not None
    try:
        assert store.get("persons", "john-doe")["name"] == "John Doe"
    finally:
        store.close()
    assert "damaged" in said[0] and str(damaged.path) in said[0]
    assert list(damaged.path.parent.glob("dossier.db.damaged-*"))


def test_declining_the_offer_leaves_the_damaged_file_alone(qtbot, monkeypatch, damaged):
    before = damaged.path.read_bytes()
    answer_with(monkeypatch, "Cancel")
    assert offer_restore(damaged) is None
    assert damaged.path.read_bytes() == before


def test_no_offer_for_a_file_that_is_not_damaged(qtbot, monkeypatch, tmp_path):
    said = answer_with(monkeypatch, "Restore Backup")
    refused = DossierRefused(tmp_path / "x.db", "was made by a newer version", "newer")
    assert offer_restore(refused) is None and said == []


def test_the_about_box_lists_kept_files_and_purges_them(qtbot, tmp_path):
    opener.use_data_folder(tmp_path / "data")
    try:
        path = tmp_path / "dossier.db"
        opener.create_from_dataset(path, SMALL_JSON).close()
        backups.make_backup(path, path, tmp_path / "data" / "backups", "import")
        panel = StoredFilesPanel()
        qtbot.addWidget(panel)
        assert "2 backups, 0 temporary copies" in panel.summary.text() and str(tmp_path / "data") in panel.summary.text()
        assert panel.purge_button.isEnabled()
        assert panel.purge() == 2
        assert "0 backups" in panel.summary.text() and not panel.purge_button.isEnabled()
        store = open_dossier(path)
        store.close()
    finally:
        opener.use_data_folder(None)
    assert path.exists()

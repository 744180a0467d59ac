"""What the domain says in the window's dialogs, in Persian: refusals, backups, originals, packages.

The domain words its messages through ``wording.translate``, so with the Persian interface
installed (``persian``) a damaged or newer dossier, a backup that cannot be restored, an
original that fails verification and a refused package are said in Persian, with only data
(file names, hashes, ids) and the names Persian writes in Latin letters left; the custody
log's stored English actions are shown in Persian. Without an interface language (the
command line) every message reads as before, word for word.
"""

from __future__ import annotations

import datetime as _dt
import re
import sqlite3
import zipfile

import pytest

from app.domain import backups, originals, packages, popolo, source_files, wording
from app.domain.exchange import ExchangeError
from app.domain.migrations import schema_version
from app.domain.opener import DossierRefused, create_dossier, validate
from app.domain.safety import plain_failure
from tests.untranslated import KEPT_LATIN, has_latin_words


def kept(*data: str) -> list[str]:
    """Data shown as it is, and the names Persian writes in Latin letters (longest first)."""
    return sorted({*data, *KEPT_LATIN}, key=len, reverse=True)


def persian_sentence(text: str, *data: str) -> bool:
    """Persian words in ``text`` and no Latin word but the data and kept names."""
    return any("\u0600" <= character <= "\u06ff" for character in text) and not has_latin_words(text, kept(*data))


def no_schema_version(tmp_path):
    path = tmp_path / "report.db"
    create_dossier(path, user_file=False).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 0")
    conn.close()
    return path


def made_by_newer_version(tmp_path):
    path = tmp_path / "later.db"
    create_dossier(path, user_file=False).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.close()
    return path


def damaged_backup(tmp_path) -> backups.Backup:
    path = tmp_path / "report-0123456789-20250101T000000000000Z-daily.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    return backups.Backup(path, "report", "0123456789", _dt.datetime(2025, 1, 1, tzinfo=_dt.timezone.utc), "daily")


def tampered_original(tmp_path):
    """A dossier holding one original whose stored bytes were changed behind its back; its mismatches."""
    store = create_dossier(None)
    file = tmp_path / "notes.txt"
    file.write_bytes(b"what the witness said, as captured")
    added = source_files.add_source_from_file(store, file)
    conn = store.db.conn
    rowid, = conn.execute("SELECT id FROM original_chunks WHERE original_id = ?", [added.original.sha256]).fetchone()
    with conn.blobopen("original_chunks", "data", rowid) as blob:
        blob.write(b"W")
    conn.commit()
    return store, added, originals.verify(conn)


def package_without_document(tmp_path):
    path = tmp_path / "shared.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(packages.MANIFEST_NAME, "{}")
    return path


def refusal(path) -> DossierRefused:
    with pytest.raises(DossierRefused) as refused:
        validate(path)
    return refused.value


# --- in Persian ----------------------------------------------------------------------


def test_a_damaged_dossier_is_refused_in_persian(persian, tmp_path):
    refused = refusal(no_schema_version(tmp_path))
    assert refused.kind == "damaged"
    assert "آسیب دیده است" in refused.reason
    assert persian_sentence(refused.reason)
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert refusal(empty).reason == "فایلی خالی (۰ بایت) است، نه پرونده"


def test_a_newer_dossier_is_refused_in_persian_with_persian_digits(persian, tmp_path):
    refused = refusal(made_by_newer_version(tmp_path))
    assert refused.kind == "newer"
    assert "نسخه‌ی تازه‌تری از خط زمانی پرونده" in refused.reason
    assert wording.number(schema_version() + 1) in refused.reason and wording.number(schema_version()) in refused.reason
    assert persian_sentence(refused.reason)


def test_a_backup_that_cannot_be_restored_says_so_in_persian(persian, tmp_path):
    backup = damaged_backup(tmp_path)
    with pytest.raises(backups.BackupError) as error:
        backups.restore(backup, tmp_path / "report.db")
    assert "آسیب دیده است" in str(error.value)
    assert persian_sentence(str(error.value), backup.path.name)
    assert backups.reason_words("daily") == "روزانه"


def test_an_original_that_fails_verification_is_named_in_persian(persian, tmp_path):
    store, added, mismatches = tampered_original(tmp_path)
    try:
        message = str(mismatches[0])
        assert "فایل اصلی" in message and "هش بایت‌هایش اکنون" in message
        assert persian_sentence(message, added.source_id, *re.findall(r"[0-9a-f]{64}", message))  # hashes are data
    finally:
        store.close()


def test_a_refused_package_and_a_too_large_original_are_explained_in_persian(persian, tmp_path, empty_store):
    path = package_without_document(tmp_path)
    with pytest.raises(packages.PackageError) as error:
        packages.import_package(path, empty_store)
    assert "بسته‌ی خط زمانی پرونده هم نیست" in str(error.value)
    assert persian_sentence(str(error.value), path.name, packages.DOCUMENT_NAME)
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"0" * 3 * 1024 * 1024)
    with pytest.raises(originals.OriginalError) as too_large:
        originals.store_original(empty_store.db.conn, big, limit_bytes=1024 * 1024)
    assert "مگابایت" in str(too_large.value) and "۱" in str(too_large.value)
    assert persian_sentence(str(too_large.value), big.name)


def test_a_dataset_with_problems_is_refused_in_persian(persian, tmp_path):
    path = tmp_path / "parliament.json"
    path.write_text('{"persons": [{"id": "p1", "name": "A"}], "memberships": [{"person_id": "p9", '
                    '"organization_id": "o1", "start_date": "1988/07"}]}', encoding="utf-8")
    with pytest.raises(ExchangeError) as error:
        popolo.read_popolo(path)
    assert "هیچ شخصی شناسه‌ی 'p9' ندارد" in str(error.value)
    field_names = ("/memberships/0", "person_id", "organization_id", "start_date")
    assert all(persian_sentence(problem, path.name, *field_names) for problem in error.value.problems)


def test_disk_failures_and_extraction_notes_are_persian(persian, tmp_path):
    for errno in (28, 13):
        assert persian_sentence(plain_failure(OSError(errno, "system words")))
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    note = source_files.extract(image, "image/png").note
    assert note.startswith("تصویر متنی ندارد")
    assert persian_sentence(note)


def test_the_custody_log_dialog_shows_its_english_entries_in_persian(persian, tmp_path, qtbot):
    from app.ui.originals_ui import CustodyLogDialog

    store, added, _ = tampered_original(tmp_path)
    try:
        dialog = CustodyLogDialog(store, added.source_id)
        qtbot.addWidget(dialog)
        stored = [row[0] for row in store.db.execute("SELECT action FROM custody_log")]
        actions = [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]
        records = [dialog.table.item(row, 3).text() for row in range(dialog.table.rowCount())]
        assert "added" in stored and "افزوده شد" in actions  # stored in English, shown in Persian
        assert all(persian_sentence(text, added.source_id) for text in actions + records)
    finally:
        store.close()


def test_the_window_says_why_it_does_not_open_a_newer_file_in_persian(persian_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text(),
                                                                       box.informativeText())))
    path = made_by_newer_version(tmp_path)
    assert not persian_window.dossier_files.open_path(path)
    assert len(shown) == 1 and "نسخه‌ی تازه‌تری از خط زمانی پرونده" in "".join(shown[0])
    assert all(persian_sentence(text, path.name, str(path)) for text in shown[0] if text)


# --- in English: as before -----------------------------------------------------------


def test_the_same_messages_read_as_before_in_english(tmp_path, empty_store):
    assert refusal(no_schema_version(tmp_path)).reason == "is damaged: it carries no schema version"
    assert refusal(made_by_newer_version(tmp_path)).reason == (
        f"was made by a newer Dossier Timeline (schema {schema_version() + 1}; this version reads up to schema "
        f"{schema_version()}); update the app to open it")
    backup = damaged_backup(tmp_path)
    with pytest.raises(backups.BackupError, match=f"^the backup {backup.path.name} is damaged too$"):
        backups.restore(backup, tmp_path / "report.db")
    store, added, mismatches = tampered_original(tmp_path)
    store.close()
    assert str(mismatches[0]).startswith(f"{added.source_id}: original {added.original.sha256}: its bytes now hash to ")
    with pytest.raises(packages.PackageError) as error:
        packages.import_package(package_without_document(tmp_path), empty_store)
    assert str(error.value) == ("shared.zip: this is a ZIP archive, not a JSON or CSV file, and not a Dossier "
                                "Timeline package (it has no dossier.json)")
    assert plain_failure(OSError(28, "full")).startswith("The disk is full: the change was not saved")
    assert originals.action_words("restored from a backup") == "restored from a backup"
    assert originals.record_words("citations", "c-1") == "citation c-1"
    assert backups.reason_words("bulk-delete") == "bulk-delete"

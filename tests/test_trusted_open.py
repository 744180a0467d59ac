"""The user's own dossier, closed cleanly, opens without the full check; anything else is checked in full."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.domain import backups, opener
from app.domain.opener import CLOSED_CLEANLY, DossierRefused, open_dossier


def closed_cleanly(path):
    """Open the file for work and close it, as a session of the app does."""
    open_dossier(path).close()
    return path


@pytest.fixture
def full_checks(monkeypatch):
    """Counts the full validations (copy, read-through, integrity check) the opener runs."""
    calls = []
    validate = opener.validate
    monkeypatch.setattr(opener, "validate", lambda path, **kw: calls.append(path) or validate(path, **kw))
    return calls


def test_a_file_closed_cleanly_opens_after_a_schema_check_only(small_db_path, data_folder, full_checks):
    closed_cleanly(small_db_path)
    assert str(small_db_path.resolve()) in json.loads((data_folder / CLOSED_CLEANLY).read_text())
    full_checks.clear()
    store = open_dossier(small_db_path)
    assert full_checks == []
    assert store.deferred_check is not None
    # Open for work: the record is gone until the next clean close (a crash means a full check).
    assert json.loads((data_folder / CLOSED_CLEANLY).read_text()) == {}
    assert store.deferred_check.run() is None
    store.close()


def test_a_file_not_closed_cleanly_is_checked_in_full(small_db_path, data_folder, full_checks):
    store = open_dossier(small_db_path)  # never closed: as if the app had crashed
    full_checks.clear()
    second = open_dossier(small_db_path)
    assert full_checks == [small_db_path]
    assert second.deferred_check is None
    second.close()
    store.close()


def test_the_deferred_check_makes_the_days_backup_and_checks_it(small_db_path, data_folder):
    closed_cleanly(small_db_path)
    for backup in backups.list_backups(data_folder / "backups", small_db_path):
        backup.path.unlink()
    store = open_dossier(small_db_path)
    assert backups.list_backups(data_folder / "backups", small_db_path) == []  # not while opening
    assert store.deferred_check.run() is None
    assert [b.reason for b in backups.list_backups(data_folder / "backups", small_db_path)] == ["daily"]
    store.close()


@pytest.mark.parametrize("statements, kind, words", [
    (["CREATE TRIGGER spy AFTER INSERT ON persons BEGIN SELECT 1; END"], "unexpected", "trigger 'spy'"),
    (["UPDATE persons SET name = CAST(x'c3' AS TEXT) WHERE rowid = 1"], "damaged", "not valid UTF-8"),
    (["PRAGMA application_id = 5"], "not-dossier", "another application"),
])
def test_a_tampered_own_file_is_caught_before_it_opens(small_db_path, data_folder, statements, kind, words):
    closed_cleanly(small_db_path)
    conn = sqlite3.connect(small_db_path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    with pytest.raises(DossierRefused) as caught:
        open_dossier(small_db_path)
    assert caught.value.kind == kind
    assert words in caught.value.reason


def test_a_harmful_schema_is_caught_even_when_the_fingerprint_matches(small_db_path, data_folder):
    """A change within the file system's timestamp tick keeps the fingerprint: the schema check still runs."""
    closed_cleanly(small_db_path)
    conn = sqlite3.connect(small_db_path)
    conn.execute("CREATE VIEW leak AS SELECT * FROM persons")
    conn.commit()
    conn.close()
    opener._remember_clean_close(small_db_path)
    with pytest.raises(DossierRefused, match="unexpected view 'leak'"):
        open_dossier(small_db_path)


def test_damage_past_a_matching_fingerprint_is_found_by_the_deferred_check(small_db_path, data_folder):
    closed_cleanly(small_db_path)
    for backup in backups.list_backups(data_folder / "backups", small_db_path):
        backup.path.unlink()  # so the check is the day's backup copy
    conn = sqlite3.connect(small_db_path)
    (root,), = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'terms'")
    conn.close()
    data = bytearray(small_db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range((root - 1) * page_size + 8, root * page_size, 7):  # scribble over the terms' cells
        data[offset] = 0xFF
    small_db_path.write_bytes(bytes(data))
    opener._remember_clean_close(small_db_path)
    store = open_dossier(small_db_path)
    problem = store.deferred_check.run()
    store.close()
    assert problem is not None and "integrity check" in problem
    # Not vouched for on closing: the next opening checks it in full, and refuses it (offering a backup).
    assert str(small_db_path.resolve()) not in json.loads((data_folder / CLOSED_CLEANLY).read_text())
    with pytest.raises(DossierRefused) as caught:
        open_dossier(small_db_path)
    assert caught.value.kind == "damaged"


def test_the_window_says_when_the_deferred_check_fails(small_db_path, data_folder, qtbot, monkeypatch):
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    closed_cleanly(small_db_path)
    store = open_dossier(small_db_path)
    monkeypatch.setattr(opener.DeferredCheck, "run", lambda self: "it is damaged (page 7 is never used)")
    shown = []
    monkeypatch.setattr(MainWindow, "show_check_failed", lambda self, problem: shown.append(problem))
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: shown == ["it is damaged (page 7 is never used)"])
    window.close()
    store.close()

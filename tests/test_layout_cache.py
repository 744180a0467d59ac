"""The timeline's layout kept at a clean close: used for the next opening of the untouched file only."""

from __future__ import annotations

import sqlite3
from dataclasses import fields

import numpy as np
import pytest

from app.domain import layout_cache, wording
from app.domain.edits import plan_save
from app.domain.layout_cache import keep_layout, kept_layout
from app.domain.opener import open_dossier
from app.domain.timeline_layout import LayoutOptions, Spans, build_layout, lay_out
from app.ui.edit.commands import perform
from app.ui.main_window import MainWindow
from app.ui.session import Session


def assert_identical(kept, built) -> None:
    """Every field equal, arrays element by element in the same order."""
    for field in fields(built):
        mine, theirs = getattr(kept, field.name), getattr(built, field.name)
        if isinstance(theirs, Spans):
            for part in fields(Spans):
                a, b = getattr(mine, part.name), getattr(theirs, part.name)
                if isinstance(b, np.ndarray):
                    assert a.dtype == b.dtype and np.array_equal(a, b, equal_nan=a.dtype.kind == "f"), part.name
                else:
                    assert a == b, part.name
        else:
            assert mine == theirs, field.name


def window_on(path, qtbot) -> MainWindow:
    window = MainWindow(Session(open_dossier(path)))
    qtbot.addWidget(window)
    return window


@pytest.fixture
def layouts_built(monkeypatch):
    """Counts the layouts the window builds from the file (rather than taking the kept one)."""
    from app.ui import dossier_files
    from app.ui.timeline import view

    calls = []
    lay_out = view.lay_out
    for module in (view, dossier_files):  # the window's own, and long work's (File > Open)
        monkeypatch.setattr(module, "lay_out", lambda store, options: calls.append(options) or lay_out(store, options))
    return calls


def test_the_window_opens_the_file_it_closed_cleanly_on_the_layout_it_kept(small_db_path, data_folder, qtbot,
                                                                          layouts_built):
    first = window_on(small_db_path, qtbot)
    assert len(layouts_built) == 1  # never closed cleanly: laid out from the file
    first.close_dossier()
    assert list((data_folder / layout_cache.FOLDER).glob("*.npz"))

    layouts_built.clear()
    second = window_on(small_db_path, qtbot)
    assert layouts_built == []
    assert second.session.store.trusted_fingerprint is not None
    assert_identical(second.timeline.layout_data, lay_out(second.session.store, second.timeline.layout_data.options))
    # Written since: the next layout (a filter, another kind shown) is built from the file again.
    second.timeline.set_kind_visible("events", False)
    assert len(layouts_built) == 1
    second.close_dossier()


def test_the_kept_layout_follows_the_last_edit_before_the_close(small_db_path, data_folder, qtbot, layouts_built):
    window = window_on(small_db_path, qtbot)
    store = window.session.store
    term = store.rows("terms")[0]
    ends_before = window.timeline.layout_data.terms.possible_end.copy()
    perform(window.session, plan_save(store, "End", {"terms": [{"id": term["id"], "end": "2030"}]}))
    window.close_dossier()
    layouts_built.clear()
    reopened = window_on(small_db_path, qtbot)
    assert layouts_built == []
    assert not np.array_equal(reopened.timeline.layout_data.terms.possible_end, ends_before)
    assert_identical(reopened.timeline.layout_data, lay_out(reopened.session.store, reopened.timeline.layout_data.options))
    reopened.close_dossier()


def test_a_file_written_by_another_program_is_laid_out_from_the_file(small_db_path, data_folder, qtbot,
                                                                      layouts_built):
    window_on(small_db_path, qtbot).close_dossier()
    conn = sqlite3.connect(small_db_path)
    conn.execute("UPDATE terms SET end = '2001' WHERE rowid = 1")
    conn.commit()
    conn.close()
    layouts_built.clear()
    window = window_on(small_db_path, qtbot)
    assert window.session.store.trusted_fingerprint is None
    assert len(layouts_built) == 1
    assert_identical(window.timeline.layout_data, lay_out(window.session.store, window.timeline.layout_data.options))
    window.close_dossier()


@pytest.fixture
def kept(small_db_path, data_folder):
    """A store opened as trusted, with its default layout kept for it."""
    open_dossier(small_db_path).close()
    store = open_dossier(small_db_path)
    store.closed_fingerprint = store.trusted_fingerprint  # as a clean close records it
    keep_layout(data_folder, store, build_layout(store))
    yield store
    store.close()


def test_the_kept_layout_reads_back_identical(kept, data_folder):
    assert_identical(kept_layout(kept, data_folder, LayoutOptions()), build_layout(kept))


@pytest.mark.parametrize("change", ["options", "language", "fingerprint", "as of", "untrusted", "no data folder"])
def test_a_kept_layout_made_under_other_conditions_is_not_used(kept, data_folder, monkeypatch, change):
    options = LayoutOptions()
    folder = data_folder
    if change == "options":
        options = LayoutOptions(show_events=False)
    elif change == "language":
        monkeypatch.setattr(wording, "_language", "fa")
    elif change == "fingerprint":
        kept.trusted_fingerprint = {**kept.trusted_fingerprint, "size": 1}
    elif change == "as of":
        monkeypatch.setattr(type(kept), "as_of_day", lambda self: 1)
    elif change == "untrusted":
        kept.trusted_fingerprint = None
    else:
        folder = None
    assert kept_layout(kept, folder, options) is None


def cache_file(data_folder):
    found, = (data_folder / layout_cache.FOLDER).glob("*.npz")
    return found


def rewrite(path, change) -> None:
    """The kept file with some of its arrays changed."""
    with np.load(path, allow_pickle=False) as kept:
        arrays = {name: kept[name] for name in kept.files}
    change(arrays)
    with open(path, "wb") as out:
        np.savez(out, **arrays)


@pytest.mark.parametrize("damage", ["truncated", "not a zip", "short array", "lane out of range", "pickled",
                                    "text not JSON", "missing array"])
def test_a_kept_layout_that_does_not_read_as_one_is_not_used(kept, data_folder, damage):
    path = cache_file(data_folder)
    if damage == "truncated":
        path.write_bytes(path.read_bytes()[:400])
    elif damage == "not a zip":
        path.write_bytes(b"<html>not a layout</html>")
    elif damage == "short array":
        rewrite(path, lambda arrays: arrays.update({"terms.row": arrays["terms.row"][:-1]}))
    elif damage == "lane out of range":
        rewrite(path, lambda arrays: arrays.update({"terms.lane": arrays["terms.lane"] + 10_000}))
    elif damage == "pickled":
        rewrite(path, lambda arrays: arrays.update({"terms.row": np.array([object()] * len(arrays["terms.row"]))}))
    elif damage == "text not JSON":
        rewrite(path, lambda arrays: arrays.update({"text": np.frombuffer(b"{nope", dtype=np.uint8)}))
    else:
        rewrite(path, lambda arrays: arrays.pop("events.colour"))
    assert kept_layout(kept, data_folder, LayoutOptions()) is None


def test_a_layout_that_cannot_be_written_leaves_no_file(kept, data_folder, monkeypatch):
    path = cache_file(data_folder)
    path.unlink()
    monkeypatch.setattr(np, "savez", lambda *a, **k: (_ for _ in ()).throw(OSError("disk full")))
    keep_layout(data_folder, kept, build_layout(kept))
    assert list(path.parent.iterdir()) == []


def test_switching_files_keeps_the_layout_of_the_file_left(small_db_path, data_folder, qtbot, layouts_built, tmp_path):
    import shutil

    other = tmp_path / "other.db"
    shutil.copyfile(small_db_path, other)
    window = window_on(small_db_path, qtbot)
    assert window.dossier_files.open_path(other)
    assert list((data_folder / layout_cache.FOLDER).glob("*.npz"))
    layouts_built.clear()
    window.dossier_files.open_path(small_db_path)  # back to the first file: untouched since, so trusted
    assert layouts_built == [] and window.session.store.trusted_fingerprint is not None
    assert_identical(window.timeline.layout_data, lay_out(window.session.store, window.timeline.layout_data.options))
    window.close_dossier()

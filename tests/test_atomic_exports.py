"""Exports replace their file whole: a failure part-way leaves the previous file as it was, and no debris."""

from __future__ import annotations

import os

import pytest

PREVIOUS = b"the previous export, which must survive a failed one\n"


def _export(kind: str, store, path):
    from app.ui import report_export
    from app.ui.timeline_export import export_timeline

    if kind == "pdf":
        report_export.export_pdf(store, "jane-roe", path)
    elif kind == "html":
        report_export.export_html(store, "jane-roe", path)
    else:
        export_timeline(store, path, size=(640, 360))


def _previous_export(tmp_path, kind: str):
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / f"export.{kind}"
    path.write_bytes(PREVIOUS)
    return path


def _assert_untouched(path):
    assert path.read_bytes() == PREVIOUS
    assert os.listdir(path.parent) == [path.name]  # no temporary file left beside it


@pytest.mark.parametrize("kind", ["pdf", "html", "png", "svg"])
def test_a_write_that_fails_leaves_the_previous_file(qapp, small_store, tmp_path, monkeypatch, kind):
    from app.ui.timeline_export import ExportError

    path = _previous_export(tmp_path, kind)

    def disk_full(descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises((OSError, ExportError), match="No space left on device"):
        _export(kind, small_store, path)
    _assert_untouched(path)


def test_a_pdf_whose_painting_fails_leaves_the_previous_file(qapp, small_store, tmp_path, monkeypatch):
    from app.ui import report_export

    path = _previous_export(tmp_path, "pdf")
    paint_report = report_export.paint_report

    def paint_then_fail(report, device, timeline):
        paint_report(report, device, timeline)
        raise RuntimeError("painting failed")

    monkeypatch.setattr(report_export, "paint_report", paint_then_fail)
    with pytest.raises(RuntimeError, match="painting failed"):
        _export("pdf", small_store, path)
    _assert_untouched(path)


def test_an_svg_whose_painting_fails_leaves_the_previous_file(qapp, small_store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QWidget

    path = _previous_export(tmp_path, "svg")
    render = QWidget.render

    def render_then_fail(view, painter, offset):
        render(view, painter, offset)
        raise RuntimeError("painting failed")

    monkeypatch.setattr(QWidget, "render", render_then_fail)
    with pytest.raises(RuntimeError, match="painting failed"):
        _export("svg", small_store, path)
    _assert_untouched(path)


def test_a_successful_export_replaces_the_previous_file(qapp, small_store, tmp_path):
    path = _previous_export(tmp_path, "html")
    _export("html", small_store, path)
    assert "Jane Roe" in path.read_text(encoding="utf-8")
    assert os.listdir(path.parent) == [path.name]


@pytest.mark.parametrize("kind", ["pdf", "html", "png", "svg", "json"])
def test_exports_follow_the_umask_like_any_other_file(qapp, small_store, tmp_path, kind):
    """An export is the user's file (0644 under umask 022), not a private copy (0600)."""
    import stat

    from app.domain.exchange import export_json

    path = tmp_path / f"export.{kind}"

    def export():
        export_json(small_store, path) if kind == "json" else _export(kind, small_store, path)

    previous = os.umask(0o022)
    try:
        export()
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
        path.chmod(0o600)  # a file the user made private stays so when replaced
        export()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        os.umask(previous)

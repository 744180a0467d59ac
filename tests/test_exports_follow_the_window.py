"""Exports show what the window shows: its "as of" cursor, its institution colours, its view."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QImage

from app.domain import dates

JULY_19 = dates.day_number(dt.date(1988, 7, 19))


@pytest.fixture
def default_window(default_store, qtbot):
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    window = MainWindow(Session(default_store))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.timeline.set_as_of_day(JULY_19)
    return window


def _answer_save_dialog(monkeypatch, path):
    from app.ui import dossier_panes

    monkeypatch.setattr(dossier_panes, "save_file", lambda *args, **kwargs: path)


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_view_as_image_writes_what_the_timeline_shows(default_window, monkeypatch, tmp_path, suffix):
    out = tmp_path / f"view{suffix}"
    _answer_save_dialog(monkeypatch, out)
    default_window.dossier_panes.export_view_action.trigger()
    timeline = default_window.timeline
    if suffix == ".svg":
        assert "as of 19 Jul 1988" in out.read_text(encoding="utf-8")
    else:
        image = QImage(str(out))
        assert (image.width(), image.height()) == (timeline.graphics.width(),
                                                   timeline.graphics.height() + timeline.legend.height())
    assert "Exported" in default_window.statusBar().currentMessage()


def test_the_report_and_the_exported_timeline_put_the_cursor_where_the_window_has_it(
        default_window, monkeypatch, tmp_path):
    from app.ui import timeline_export

    drawn = []
    original = timeline_export.export_timeline

    def recording(*args, **kwargs):
        drawn.append(kwargs.get("as_of_day"))
        return original(*args, **kwargs)

    monkeypatch.setattr(timeline_export, "export_timeline", recording)
    default_window.session.selection.select("persons", "ali-khamenei")
    _answer_save_dialog(monkeypatch, tmp_path / "khamenei.html")
    default_window.dossier_panes.export_action.trigger()
    assert drawn == [JULY_19]
    assert (tmp_path / "khamenei.html").exists()
    svg = tmp_path / "lane.svg"
    original(default_window.session.store, svg, persons={"ali-khamenei"}, size=(900, 400), as_of_day=JULY_19)
    assert "as of 19 Jul 1988" in svg.read_text(encoding="utf-8")


def test_an_institution_colour_chosen_in_the_window_reaches_the_exports_and_can_be_undone(
        default_window, tmp_path):
    from app.ui.institution_colours_dialog import ORG_ROLE, InstitutionColoursDialog
    from app.ui.timeline_export import export_timeline

    store = default_window.session.store
    dialog = InstitutionColoursDialog(default_window.session, default_window)
    rows = {dialog.list.item(i).data(ORG_ROLE): i for i in range(dialog.list.count())}
    dialog.list.setCurrentRow(rows["government-of-iran"])
    dialog.change("#123456")

    def colour_of(layout):
        return {org: colour for org, _, _, colour in layout.organisations}["government-of-iran"]

    assert colour_of(default_window.timeline.layout_data) == "#123456"
    assert dialog.list.currentItem().text() == "Government of the Islamic Republic of Iran  (chosen)"
    svg = tmp_path / "khamenei.svg"
    export_timeline(store, svg, persons={"ali-khamenei"}, size=(900, 400))
    assert "#123456" in svg.read_text(encoding="utf-8")
    default_window.session.undo_stack.undo()
    assert colour_of(default_window.timeline.layout_data) != "#123456"
    assert not dialog.default_button.isEnabled()
    dialog.close()

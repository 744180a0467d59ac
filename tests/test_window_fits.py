"""The window fits a laptop screen from 1280×720 up, frame included (issue 13, item 1)."""

import json
import shutil
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QRect, QSize

from app.ui.main_window import FRAME_ALLOWANCE, first_geometry

SHOW_WINDOW = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDockWidget
    from app.ui.application import create_application
    app = create_application()
    from app.domain.opener import open_dossier
    from app.ui.main_window import MainWindow
    from app.ui.session import Session
    QSettings().remove("MainWindow")
    window = MainWindow(Session(open_dossier(sys.argv[1])))
    window.show()
    import time
    until = time.monotonic() + 1.5  # past the work left for after the first frame (the persons are read then)
    while time.monotonic() < until:
        app.processEvents()
    g, m = window.geometry(), window.minimumSizeHint()
    docks = {d.objectName(): [d.width(), d.minimumSizeHint().width()] for d in window.findChildren(QDockWidget)
             if d.isVisible()}
    print(json.dumps({"geometry": [g.x(), g.y(), g.width(), g.height()], "minimum": [m.width(), m.height()],
                      "timeline": [window.timeline.width(), window.timeline.minimumWidth()],
                      "docks": docks, "persons": {"width": window.dossier_panes.person_list.width(),
                                                  "names": window.dossier_panes.person_list.preferred_width(),
                                                  "rows": window.dossier_panes.person_list.table.model().rowCount()}}))
    QSettings().remove("MainWindow")
""")


@pytest.mark.parametrize("width, height", [(1280, 720), (1366, 768), (1920, 1080)])
def test_first_start_fits_the_screen_with_its_frame(tmp_path, default_db_template, width, height):
    """Started on a bare screen of that size (Qt's offscreen platform told the screen's size)."""
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    dossier = tmp_path / "default.db"
    shutil.copyfile(default_db_template, dossier)
    environment = {**__import__("os").environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    shown = subprocess.run([sys.executable, "-c", SHOW_WINDOW, str(dossier)], capture_output=True, text=True,
                           env=environment, timeout=120, check=True)
    seen = json.loads(shown.stdout.strip().splitlines()[-1])
    x, y, w, h = seen["geometry"]
    frame = FRAME_ALLOWANCE
    assert x - frame.left() >= 0 and y - frame.top() >= 0
    assert x + w + frame.right() <= width and y + h + frame.bottom() <= height
    assert seen["minimum"][0] <= 1280 - frame.left() - frame.right()
    assert seen["minimum"][1] <= 720 - frame.top() - frame.bottom()
    timeline_width, timeline_minimum = seen["timeline"]
    assert timeline_width >= timeline_minimum and timeline_width >= w * 0.4
    for name, (dock_width, dock_minimum) in seen["docks"].items():
        assert dock_width >= dock_minimum, name  # nothing squeezed below what it needs
        assert timeline_width > dock_width, name  # the timeline keeps the most room
    if width >= 1366:
        assert seen["persons"]["rows"] == 10 and seen["persons"]["width"] >= seen["persons"]["names"]  # names whole


def test_first_geometry_is_centred_inside_the_screen_less_a_frame():
    placed = first_geometry(QRect(0, 0, 1366, 768), QSize(700, 500))
    assert placed.width() == round(1366 * 0.92) and placed.height() == round(768 * 0.92)
    assert QRect(0, 0, 1366, 768).marginsRemoved(FRAME_ALLOWANCE).contains(placed)
    small = first_geometry(QRect(0, 0, 800, 600), QSize(760, 580))
    assert small.width() == 760 and small.height() == 600 - 48  # the minimum, but never beyond the screen
    beside = first_geometry(QRect(1920, 0, 1280, 720), QSize(700, 500))
    assert beside.left() >= 1920  # on the screen it was asked for


def test_the_window_can_be_made_small_without_clipping(window, qtbot):
    minimum = window.minimumSizeHint()
    assert minimum.width() <= 900 and minimum.height() <= 560
    window.resize(minimum)
    qtbot.waitUntil(lambda: window.width() <= 900)
    assert window.timeline.width() >= window.timeline.minimumSizeHint().width()
    assert window.timeline.controls.width() <= window.timeline.width()  # what does not fit goes behind »


def test_the_legend_takes_one_row_and_view_legend_hides_it_for_good(small_store, qtbot, window):
    from PySide6.QtCore import QSettings, Qt

    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    legend = window.timeline.legend
    line = legend.fontMetrics().height() + 6
    window.resize(900, 600)
    qtbot.waitUntil(lambda: legend.width() < 700)
    assert legend.height() <= line + 10 and legend.hidden_entries > 0  # one row; the rest behind "All…"
    more = legend._more
    qtbot.mouseClick(legend, Qt.MouseButton.LeftButton, pos=more.center().toPoint())
    whole = next(child for child in legend.children() if getattr(child, "entries", None) is legend.entries
                 and child.isVisible())
    assert whole.hidden_entries == 0 and whole.height() > 2 * line  # every entry, wrapped
    whole.close()

    window.legend_action.trigger()
    assert not legend.isVisible()
    window.close()
    again = MainWindow(Session(small_store))
    qtbot.addWidget(again)
    again.show()
    assert not again.legend_action.isChecked() and not again.timeline.legend.isVisible()
    again.legend_action.trigger()
    assert again.timeline.legend.isVisible()
    QSettings().remove("MainWindow")

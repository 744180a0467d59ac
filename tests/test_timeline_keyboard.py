"""The timeline from the keyboard alone, named for screen readers, at 125% and 150% scaling (issue 13, item 22)."""

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_tab_reaches_the_timeline_and_arrows_step_between_items(window, qtbot):
    view = window.timeline
    window.activateWindow()
    view.person_filter.setFocus()
    for _ in range(30):  # Tab on from the lane filter until the timeline has the keyboard
        if QApplication.focusWidget() is view.graphics:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.graphics
    selection = window.session.selection
    qtbot.keyClick(view.graphics, Qt.Key.Key_Down)  # the first step lands on an item
    first = selection.current
    assert first[0] in ("terms", "events", "allegations")
    assert view.graphics.accessibleName().startswith("Timeline: ")
    lane = view.layout_data.lane_at(view._extent_of(*first)[2] + 0.5)
    in_lane = [(table, row_id) for _, table, row_id in view.lane_items(lane)]
    if len(in_lane) > 1:
        qtbot.keyClick(view.graphics, Qt.Key.Key_Right if in_lane.index(first) == 0 else Qt.Key.Key_Left)
        assert selection.current in in_lane and selection.current != first
    qtbot.keyClick(view.graphics, Qt.Key.Key_Down)
    below = selection.current
    assert view.layout_data.lane_at(view._extent_of(*below)[2] + 0.5) > lane
    qtbot.keyClick(view.graphics, Qt.Key.Key_Up)
    assert view.layout_data.lane_at(view._extent_of(*selection.current)[2] + 0.5) == lane


def test_enter_opens_the_dossier_of_the_item(window, qtbot):
    view = window.timeline
    view.graphics.setFocus()
    window.session.selection.select("terms", "term-roe-minister")
    window.dossier_panes.reader_dock.raise_()
    qtbot.keyClick(view.graphics, Qt.Key.Key_Return)
    dossier = window.dossier_panes.dossier
    assert dossier.dossier is not None and dossier.dossier.person_id == "jane-roe"
    assert dossier.isVisible()
    assert dossier.isAncestorOf(QApplication.focusWidget())


def test_shift_arrows_pan_and_plain_arrows_do_not(window, qtbot):
    view = window.timeline
    view.set_visible_days(6000, 7000)
    qtbot.keyClick(view.graphics, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.visible_days() == pytest.approx((6100, 7100))


SCALED = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QSettings
    from app.ui.application import create_application
    app = create_application()
    from app.domain.opener import open_dossier
    from app.ui.main_window import MainWindow
    from app.ui.session import Session
    QSettings().remove("MainWindow")
    window = MainWindow(Session(open_dossier(sys.argv[1])))
    window.show()
    for _ in range(5):
        app.processEvents()
    g, screen = window.frameGeometry(), window.screen().availableGeometry()
    labels = window.timeline.lane_labels
    elided = [labels.label_of(i) for i in range(len(labels.layout.lanes)) if labels.is_elided(i)]
    print(json.dumps({"window": [g.x(), g.y(), g.right(), g.bottom()], "screen": [screen.width(), screen.height()],
                      "ratio": window.devicePixelRatioF(), "elided": elided,
                      "legend": window.timeline.legend.height(), "line": window.timeline.legend.fontMetrics().height()}))
    QSettings().remove("MainWindow")
""")


@pytest.mark.parametrize("scale", ["1.25", "1.5"])
def test_the_window_fits_and_reads_at_125_and_150_percent(tmp_path, default_db_template, scale):
    import json
    import shutil

    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    dossier = tmp_path / "default.db"
    shutil.copyfile(default_db_template, dossier)
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "QT_SCALE_FACTOR": scale}
    shown = subprocess.run([sys.executable, "-c", SCALED, str(dossier)], capture_output=True, text=True,
                           env=environment, timeout=120, check=True)
    seen = json.loads(shown.stdout.strip().splitlines()[-1])
    assert seen["ratio"] == pytest.approx(float(scale))
    width, height = seen["screen"]  # in device-independent pixels: 1536×864 at 125%, 1280×720 at 150%
    assert width == round(1920 / float(scale)) and height == round(1080 / float(scale))
    left, top, right, bottom = seen["window"]
    assert left >= 0 and top >= 0 and right < width and bottom < height
    assert seen["elided"] == []  # every lane name whole
    assert seen["legend"] < 2 * seen["line"] + 6  # the legend keeps to one row

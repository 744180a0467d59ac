"""How fast the window and the timeline are, for the default dossier and a synthetic one.

    python benchmarks/timeline.py [--synthetic FILE] [--json]

Each dossier is measured in its own child process (so start-up and peak memory are its
own) in a 1600×900 main window on Qt's offscreen platform. A *frame* is one range change
plus the complete repaint of the timeline widget (``setXRange`` then ``timeline.grab()``);
the same steps repainting the whole window (docks included) are a second column. Prints:
launch → first painted window; layout build (reading the data) and the timeline's first
paint after it; zoom to 1998 and back to the full range; frame times (median, 95th
percentile) of pan and zoom steps at several zoom levels; peak memory. ``--json`` prints
one JSON object instead. Without --synthetic, a full-size synthetic dossier is generated
once into the system's temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1600, 900)

CHILD = r"""
import datetime as _dt, json, os, resource, sys, time
launched = float(sys.argv[1])
sys.path.insert(0, sys.argv[3])
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from app import DESKTOP_FILE_NAME
from app.ui.paths import set_identity
set_identity()
QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
app = QApplication([])
from app.domain.opener import open_dossier
from app.ui.main_window import MainWindow
from app.ui.session import Session

class FirstPaint(QObject):
    painted = None
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.painted is None:
            self.painted = time.time()
        return False

store = open_dossier(sys.argv[2])
opened = time.time()
session = Session(store)
watcher = FirstPaint()
app.installEventFilter(watcher)
built_start = time.perf_counter()
window = MainWindow(session)
built = time.perf_counter()
window.resize(1600, 900)
window.show()
while watcher.painted is None:
    app.processEvents()
app.removeEventFilter(watcher)
first_window = watcher.painted - launched

timeline = window.timeline
from app.domain.timeline_layout import build_layout
from app.domain import dates
t = time.perf_counter(); build_layout(store); layout_s = time.perf_counter() - t
t = time.perf_counter(); timeline.graphics.grab(); first_paint_s = time.perf_counter() - t

def frame(change, surface=timeline):
    t = time.perf_counter()
    change()
    surface.grab()
    return (time.perf_counter() - t) * 1000

def steps(surface):
    pans = [frame(lambda: timeline.pan(0.04 if s % 10 < 5 else -0.04), surface) for s in range(30)]
    zooms = [frame(lambda: timeline.zoom(0.85 if s % 2 == 0 else 1 / 0.85), surface) for s in range(30)]
    return pans, zooms

def day(year, month=1, d=1):
    return dates.day_number(_dt.date(year, month, d))

full = timeline.visible_days()
zoom_1998 = frame(lambda: timeline.set_visible_days(day(1998), day(1999)))
back_full = frame(timeline.fit_all)

levels = {"full range": full, "decade 1980s": (day(1980), day(1990)), "year 1988": (day(1988), day(1989)),
          "month Jul 1988": (day(1988, 7), day(1988, 8))}
results = {}
def every_lane():  # vertical zoom all the way out: the aggregated drawing
    timeline.fit_all()
    timeline.view.setYRange(-0.3, timeline.layout_data.height + 0.3, padding=0)

def at_range(first, last):
    timeline.fit_all()
    timeline.set_visible_days(first, last)

settings = {name: (lambda f=first, l=last: at_range(f, l)) for name, (first, last) in levels.items()}
settings["full range, every lane"] = every_lane
for name, setting in settings.items():
    results[name] = {}
    for surface_name, surface in (("timeline", timeline), ("window", window)):
        setting()
        surface.grab()
        pans, zooms = steps(surface)
        results[name][surface_name] = {"pan": pans, "zoom": zooms}
print(json.dumps({
    "first_window_s": first_window, "open_store_s": opened - launched, "window_build_s": built - built_start,
    "layout_build_s": layout_s, "timeline_first_paint_s": first_paint_s,
    "zoom_to_1998_ms": zoom_1998, "back_to_full_ms": back_full, "frames_ms": results,
    "peak_memory_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "lanes": len(timeline.layout_data.lanes), "terms": len(timeline.layout_data.terms),
}))
"""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure(db: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               QT_LOGGING_RULES="qt.qpa.*=false")
    launched = time.time()
    result = subprocess.run([sys.executable, "-c", CHILD, repr(launched), str(db), str(ROOT)],
                            capture_output=True, text=True, env=env, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"benchmark failed for {db}:\n{result.stderr}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    for level in figures["frames_ms"].values():
        for surface in level.values():
            for kind in ("pan", "zoom"):
                values = surface[kind]
                surface[kind] = {"median": statistics.median(values), "p95": percentile(values, 0.95)}
    return figures


def default_dossier(folder: Path) -> Path:
    from app.domain.opener import create_from_dataset
    from app.resources import DEFAULT_DATASET

    path = folder / "default.db"
    _remove(path)  # rebuilt each run: it takes a second and follows the current schema
    create_from_dataset(path, DEFAULT_DATASET).close()
    return path


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def synthetic_dossier(folder: Path) -> Path:
    """The full-size synthetic dossier, generated once and again when the schema has moved on."""
    from app.domain.opener import DossierRefused, validate

    path = folder / "synthetic-full.db"
    try:
        validate(path)
    except DossierRefused:
        _remove(path)
        subprocess.run([sys.executable, str(ROOT / "benchmarks/synthetic.py"), str(path)], check=True)
    return path


def report(name: str, figures: dict) -> str:
    lines = [f"{name}: {figures['lanes']:,} lanes, {figures['terms']:,} terms drawn",
             f"  launch → first painted window   {figures['first_window_s'] * 1000:7.0f} ms"
             f"   (opening the file {figures['open_store_s'] * 1000:.0f} ms, building the window "
             f"{figures['window_build_s'] * 1000:.0f} ms)",
             f"  layout build (reading the data) {figures['layout_build_s'] * 1000:7.0f} ms",
             f"  timeline first paint after it   {figures['timeline_first_paint_s'] * 1000:7.0f} ms",
             f"  zoom to 1998 / back to all      {figures['zoom_to_1998_ms']:7.1f} ms / {figures['back_to_full_ms']:.1f} ms",
             "  frames (range change + repaint), median / 95th percentile, ms:",
             f"    {'':24} {'timeline: pan':>15} {'zoom':>15}   {'whole window: pan':>19} {'zoom':>15}"]

    def pair(figures: dict) -> str:
        return f"{figures['median']:6.1f} / {figures['p95']:5.1f}"

    for level, surfaces in figures["frames_ms"].items():
        timeline, window = surfaces["timeline"], surfaces["window"]
        lines.append(f"    {level:24} {pair(timeline['pan']):>15} {pair(timeline['zoom']):>15}"
                     f"   {pair(window['pan']):>19} {pair(window['zoom']):>15}")
    lines.append(f"  peak memory                     {figures['peak_memory_mb']:7.0f} MB")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--synthetic", metavar="FILE", help="a dossier made by benchmarks/synthetic.py")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    folder = Path(tempfile.gettempdir()) / "dossier-timeline-benchmarks"
    folder.mkdir(exist_ok=True)
    dossiers = {"default dossier": default_dossier(folder),
                "synthetic dossier": Path(args.synthetic) if args.synthetic else synthetic_dossier(folder)}
    results = {name: measure(path) for name, path in dossiers.items()}
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print("\n\n".join(report(name, figures) for name, figures in results.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How fast the window and the timeline are, for the default dossier and a synthetic one.

    python benchmarks/timeline.py [--synthetic FILE] [--rounds 3] [--only default|synthetic] [--app DIR] [--json]

Each session runs in its own child process (so start-up and peak memory are its own) in a
1600×900 main window (checked) on Qt's offscreen platform with a 1920×1080 screen, with
settings of its own (none of the user's saved geometry or dock layout: the docks are where
a first start puts them), started as the app starts (``create_application``, the data folder,
``open_dossier``). An untimed session first opens and closes the file cleanly, so the timed
starts are the second open of the user's own file. Round by round,
``benchmarks/raw_pyqtgraph.py`` (bare pyqtgraph reading the same file) runs interleaved with
the app, and the ratios of the medians are printed: process start → first painted timeline,
data on disk → first paint, peak memory.

A *frame* is one range change (a pan or zoom step) and a repaint, timed in wall and CPU
milliseconds (the main thread's CPU time: the machine may be shared). Surfaces repainted:
``timeline`` — the timeline widget in full (``grab``: every pixel of it painted again);
``window`` — the whole window in full (``grab``: the person list, the dossier pane and every
other widget painted again, as when the window is uncovered); ``window, Qt's repaint`` — what
the user waits for on a pan: the event loop runs until Qt has repainted what the change
marked dirty into the window's backing store and is idle again (any second repaint
included). Prints frame times (median, 95th percentile) at several zoom levels, a zoom sweep
(21 spans from a month to the whole range, geometric, at three centres: 63 levels of 40 frames
each, per surface, then the timeline and Qt's repaint again with the docks closed, the
timeline across the whole window; the worst p95 and the levels at 16 ms or more reported),
and how long an edit, its undo and its redo take until the window has repainted. ``--json``
prints one JSON object instead. ``--app DIR`` measures the app of another checkout with this
benchmark (before and after a change). Without --synthetic, a full-size synthetic dossier is
generated once into the system's temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = Path(tempfile.gettempdir()) / "dossier-timeline-benchmarks"  # dossiers the benchmarks share
SCREEN = (1920, 1080)

CHILD = r"""
import datetime as _dt, json, os, resource, sys, time
launched = float(sys.argv[1])
db, root, data, mode = sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
sys.path.insert(0, root)
SWEEP_SPANS = 21  # × 3 centres = 63 levels per surface
WIDTH, HEIGHT = 1600, 900
from PySide6.QtCore import QEvent, QObject, QSettings
# The run's own settings (none of the user's: no restored geometry or dock layout).
for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(settings_format, QSettings.Scope.UserScope, os.path.join(data, "settings"))
from app.ui.application import create_application
app = create_application()
from app.domain.opener import open_dossier, use_data_folder
from app.ui.main_window import MainWindow
from app.ui.session import Session

use_data_folder(data)  # the app's data folder: where a clean close is recorded

class FirstPaint(QObject):
    painted = None
    target = None
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.painted is None and watched is self.target:
            self.painted = time.time()
        return False

read_started = time.time()
store = open_dossier(db)
opened = time.time()
session = Session(store)
watcher = FirstPaint()
app.installEventFilter(watcher)
built_start = time.perf_counter()
window = MainWindow(session)
built = time.perf_counter()
watcher.target = window.timeline.graphics.viewport()
window.resize(WIDTH, HEIGHT)
window.show()
while watcher.painted is None:
    app.processEvents()
app.removeEventFilter(watcher)
window.resize(WIDTH, HEIGHT)  # whatever a previous session of this run saved
figures = {"trusted": store.deferred_check is not None, "first_window_s": watcher.painted - launched,
           "read_to_first_paint_s": watcher.painted - read_started, "open_store_s": opened - read_started,
           "window_build_s": built - built_start}
# What the window leaves for after its first frame (the person list, the deferred integrity
# check): let it run as in the app, and wait for the check's thread before measuring frames.
import threading
settle = time.time() + 1.0
while time.time() < settle:
    app.processEvents()
t = time.perf_counter()
for thread in threading.enumerate():
    if thread.name == "deferred-check":
        thread.join()
        figures["deferred_check_s"] = time.perf_counter() - t
def sizes():
    return {"screen": list(app.primaryScreen().size().toTuple()), "window": list(window.size().toTuple()),
            "timeline": list(window.timeline.size().toTuple()),
            "timeline_view": [round(window.timeline.view.width()), round(window.timeline.view.height())]}
figures["sizes"] = sizes()
if figures["sizes"]["window"] != [WIDTH, HEIGHT]:
    raise SystemExit(f"the window is {figures['sizes']['window']}, not {WIDTH}×{HEIGHT}")
if mode == "full":
    timeline = window.timeline
    from app.domain.timeline_layout import build_layout
    from app.domain import dates
    from PySide6.QtWidgets import QDockWidget
    t = time.perf_counter(); build_layout(store); figures["layout_build_s"] = time.perf_counter() - t
    t = time.perf_counter(); timeline.graphics.grab(); figures["timeline_first_paint_s"] = time.perf_counter() - t

    # The window as Qt repaints it after a change: the event loop runs until it has painted what
    # changed (the widgets Qt marks dirty, into the window's backing store) and is idle again.
    class QtRepaint(QObject):
        painted = 0
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                self.painted += 1
            return False
        def grab(self):
            app.installEventFilter(self)
            self.painted, quiet, passes = 0, 0, 0
            while quiet < 3 and passes < 1000:  # painted, then three passes of the event loop with no paint
                before = self.painted
                app.processEvents()
                quiet = quiet + 1 if self.painted and self.painted == before else 0
                passes += 1
            app.removeEventFilter(self)

    repainted = QtRepaint()

    def frame(change, surface=timeline):
        # Wall and CPU (this thread's) milliseconds of a change and the repaint of the surface.
        t, cpu = time.perf_counter(), time.thread_time()
        change()
        surface.grab()
        return (time.perf_counter() - t) * 1000, (time.thread_time() - cpu) * 1000

    def steps(surface):
        pans = [frame(lambda: timeline.pan(0.04 if s % 10 < 5 else -0.04), surface) for s in range(30)]
        zooms = [frame(lambda: timeline.zoom(0.85 if s % 2 == 0 else 1 / 0.85), surface) for s in range(30)]
        return pans, zooms

    def day(year, month=1, d=1):
        return dates.day_number(_dt.date(year, month, d))

    full = timeline.visible_days()
    figures["zoom_to_1998_ms"] = frame(lambda: timeline.set_visible_days(day(1998), day(1999)))[0]
    figures["back_to_full_ms"] = frame(timeline.fit_all)[0]

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
    figures["frames_ms"] = results

    # The zoom sweep: spans from a month to the whole range, geometric, at three centres;
    # 40 frames a level (small pans back and forth), each a range change and a repaint of a
    # surface: the timeline widget, the whole window, the window as Qt repaints it; then again
    # with the docks closed, the timeline across the whole window.
    timeline.fit_all()
    first, last = full
    spans = [30 * ((last - first) / 30) ** (i / (SWEEP_SPANS - 1)) for i in range(SWEEP_SPANS)]
    sweep = []
    def sweep_surface(surface_name, surface):
        for centre in (0.25, 0.5, 0.75):
            for span in spans:
                middle = first + (last - first) * centre
                timeline.set_visible_days(middle - span / 2, middle + span / 2)
                surface.grab()
                times = [frame(lambda: timeline.pan(0.02 if s % 20 < 10 else -0.02), surface) for s in range(40)]
                sweep.append({"surface": surface_name, "span_days": span, "centre": centre, "frames_ms": times})
    for surface_name, surface in (("timeline", timeline), ("window", window), ("window, Qt's repaint", repainted)):
        sweep_surface(surface_name, surface)
    docks = [dock for dock in window.findChildren(QDockWidget) if dock.isVisible()]
    for dock in docks:
        dock.close()
    repainted.grab()
    figures["sizes_without_docks"] = sizes()
    for surface_name, surface in (("timeline, docks closed", timeline), ("window, Qt's repaint, docks closed", repainted)):
        sweep_surface(surface_name, surface)
    for dock in docks:
        dock.show()
    repainted.grab()
    figures["sweep"] = sweep

    # Edits at this size, each until the window has repainted: a note (nothing drawn changes) and a
    # term's end date (the layout is built again), each saved, undone and redone.
    from app.domain.edits import plan_save
    from app.ui.edit.commands import perform
    timeline.set_visible_days(day(1988), day(1989))
    terms = timeline.layout_data.terms
    term_id = terms.ids[int((terms.possible_end < day(2000)).nonzero()[0][0])]  # its end can move to 2016
    def edit(values):
        perform(session, plan_save(store, "Benchmark edit", {"terms": [{"id": term_id, **values}]}))
    latency = {}
    for name, values in (("note", lambda i: {"note": f"checked {i}"}), ("end date", lambda i: {"end": f"2016-0{1 + i % 8}"})):
        for kind in ("edit", "undo", "redo"):
            latency[f"{name} {kind}"] = []
        for i in range(5):
            latency[f"{name} edit"].append(frame(lambda: edit(values(i)), window))
            latency[f"{name} undo"].append(frame(session.undo_stack.undo, window))
            latency[f"{name} redo"].append(frame(session.undo_stack.redo, window))
    figures["edit_ms"] = latency
    figures["lanes"] = len(timeline.layout_data.lanes)
    figures["terms"] = len(timeline.layout_data.terms)
figures["peak_memory_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
window.close()
# A clean close, as the app quits: the next opening of the file is the user's own (with the
# layout kept for it; a checkout from before the layout was kept closes the store alone).
getattr(window, "close_dossier", store.close)()
print(json.dumps(figures))
"""
def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure(db: Path, data: Path, mode: str, app: Path = ROOT) -> dict:
    """One session of the app (the checkout ``app``) in a fresh process: "prepare" (untimed), "start" or "full".

    Qt's offscreen platform gets a 1920×1080 screen (its default is 800×800); the session's
    settings live in ``data``, so none of the user's (a saved geometry, a dock layout) apply.
    """
    screen = data / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "benchmark", "x": 0, "y": 0, "width": SCREEN[0],
                                               "height": SCREEN[1], "logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_LOGGING_RULES="qt.qpa.*=false")
    launched = time.time()
    result = subprocess.run([sys.executable, "-c", CHILD, repr(launched),
                             str(db), str(app), str(data), mode], capture_output=True, text=True, env=env, cwd=app)
    if result.returncode != 0:
        raise SystemExit(f"benchmark failed for {db}:\n{result.stderr}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    for level in figures.get("frames_ms", {}).values():
        for surface in level.values():
            for kind in ("pan", "zoom"):
                surface[kind] = summary(surface[kind])
    for level in figures.get("sweep", []):
        level.update(summary(level.pop("frames_ms")))
    for kind, values in figures.get("edit_ms", {}).items():
        figures["edit_ms"][kind] = summary(values)
    return figures


def summary(frames: list[list[float]]) -> dict:
    """Median and 95th percentile of frames' wall and CPU milliseconds."""
    wall, cpu = [frame[0] for frame in frames], [frame[1] for frame in frames]
    return {"median": statistics.median(wall), "p95": percentile(wall, 0.95),
            "cpu_median": statistics.median(cpu), "cpu_p95": percentile(cpu, 0.95)}


def side_by_side(db: Path, rounds: int, app: Path = ROOT) -> dict:
    """The app and raw pyqtgraph on one file, interleaved round by round: ratios of medians.

    The app's data folder is prepared by an untimed session that opens and closes the
    file cleanly, so each timed start is the second open of the user's own file.
    """
    from benchmarks import raw_pyqtgraph

    data = Path(tempfile.mkdtemp(prefix="dossier-benchmark-data-"))
    try:
        measure(db, data, "prepare", app)
        raws, apps = [], []
        for index in range(rounds):
            raws.append(raw_pyqtgraph.measure(db))
            apps.append(measure(db, data, "full" if index == rounds - 1 else "start", app))
    finally:
        shutil.rmtree(data, ignore_errors=True)
    figures = dict(apps[-1])
    medians = {}
    for key in ("first_window_s", "read_to_first_paint_s", "peak_memory_mb"):
        medians[key] = {"raw": statistics.median(r[key] for r in raws), "app": statistics.median(a[key] for a in apps)}
        medians[key]["ratio"] = medians[key]["app"] / medians[key]["raw"]
    figures["side_by_side"] = medians
    figures["raw"] = raws[-1]
    figures["rounds"] = rounds
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


def synthetic_dossier(folder: Path = FOLDER) -> Path:
    """The full-size synthetic dossier, generated once and again when the schema has moved on."""
    from app.domain.opener import DossierRefused, validate

    folder.mkdir(exist_ok=True)
    path = folder / "synthetic-full.db"
    try:
        validate(path)
    except DossierRefused:
        _remove(path)
        subprocess.run([sys.executable, str(ROOT / "benchmarks/synthetic.py"), str(path)], check=True,
                       stdout=sys.stderr)  # --json prints one object on standard output
    return path


def report(name: str, figures: dict) -> str:
    lines = [f"{name}: {figures['lanes']:,} lanes, {figures['terms']:,} terms drawn"]
    if "side_by_side" in figures:
        lines.append(f"  side by side with raw pyqtgraph (medians of {figures['rounds']} interleaved rounds; "
                     "the app's second open of the file after a clean close):")
        for key, words, unit, scale in (("first_window_s", "process start → first painted timeline", "ms", 1000),
                                        ("read_to_first_paint_s", "data on disk → first paint", "ms", 1000),
                                        ("peak_memory_mb", "peak memory", "MB", 1)):
            figure = figures["side_by_side"][key]
            lines.append(f"    {words:38} raw {figure['raw'] * scale:6.0f} {unit}   app {figure['app'] * scale:6.0f} "
                         f"{unit}   {figure['ratio']:4.2f}×")
        raw = figures["raw"]
        lines.append(f"    {'zoom to 1998 / back to all (raw)':38} {raw['zoom_to_1998_ms']:.1f} / "
                     f"{raw['back_to_full_ms']:.1f} ms")
    lines += [f"  launch → first painted timeline {figures['first_window_s'] * 1000:7.0f} ms"
              f"   (opening the file {figures['open_store_s'] * 1000:.0f} ms"
              f"{', trusted: closed cleanly' if figures['trusted'] else ', checked in full'}; building the window "
              f"{figures['window_build_s'] * 1000:.0f} ms)",
              f"  deferred integrity check        {figures.get('deferred_check_s', 0) * 1000:7.0f} ms (in a thread)",
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
    sizes = figures["sizes"]
    lines.append(f"  zoom sweep: 63 levels a surface (21 spans from a month to the whole range × 3 centres), 40 frames "
                 f"each (a pan and the repaint); window {sizes['window'][0]}×{sizes['window'][1]} on a "
                 f"{sizes['screen'][0]}×{sizes['screen'][1]} screen, timeline view {sizes['timeline_view'][0]}×"
                 f"{sizes['timeline_view'][1]} px ({figures['sizes_without_docks']['timeline_view'][0]}×"
                 f"{figures['sizes_without_docks']['timeline_view'][1]} with the docks closed):")
    for surface in dict.fromkeys(level["surface"] for level in figures["sweep"]):
        levels = [level for level in figures["sweep"] if level["surface"] == surface]
        worst = max(levels, key=lambda level: level["p95"])
        over = [level for level in levels if level["p95"] >= 16]
        lines.append(f"    {surface:36} worst p95 {worst['p95']:5.1f} ms (CPU {worst['cpu_p95']:4.1f}) at "
                     f"{worst['span_days']:6,.0f} days, centre {worst['centre']:.0%}; {len(over):2} levels ≥ 16 ms, "
                     f"{sum(level['p95'] > 25 for level in over)} > 25 ms; worst CPU p95 "
                     f"{max(level['cpu_p95'] for level in levels):4.1f} ms, "
                     f"{sum(level['cpu_p95'] >= 16 for level in levels)} levels ≥ 16 ms of CPU")
    lines.append("  edits until the window has repainted, median / p95, ms:")
    for name in ("note", "end date"):
        lines.append(f"    a term's {name:9} " + ", ".join(
            f"{kind} {pair(figures['edit_ms'][f'{name} {kind}'])}" for kind in ("edit", "undo", "redo")))
    lines.append(f"  peak memory                     {figures['peak_memory_mb']:7.0f} MB")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--synthetic", metavar="FILE", help="a dossier made by benchmarks/synthetic.py")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds of app and raw pyqtgraph")
    parser.add_argument("--only", choices=("default", "synthetic"), help="measure one dossier only")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--app", metavar="DIR", type=Path, default=ROOT,
                        help="measure the app of another checkout (this benchmark before and after a change)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    FOLDER.mkdir(exist_ok=True)
    results = {}
    if args.only != "synthetic":
        results["default dossier"] = side_by_side(default_dossier(FOLDER), 1, args.app.resolve())
    if args.only != "default":
        synthetic = Path(args.synthetic) if args.synthetic else synthetic_dossier()
        results["synthetic dossier"] = side_by_side(synthetic, args.rounds, args.app.resolve())
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print("\n\n".join(report(name, figures) for name, figures in results.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The practical limit of this stack: the same dossier file drawn by bare pyqtgraph, as a baseline.

    python benchmarks/raw_pyqtgraph.py DOSSIER.db [--json]

No app code: the child process imports PySide6, pyqtgraph and numpy, reads the terms'
and events' day bounds straight from SQLite into numpy arrays (one columnar query per
table), gives each person a lane (terms of one person on one row) and draws every
visible bar in a 1600×900 PlotWidget with one GraphicsObject that culls to the view
and hands Qt one ``drawRects`` batch per layer (a density image when more than
5,000 bars are visible: level of detail). Prints process start → first painted plot,
data read → first paint, zoom to one year and back, frame times and peak memory.
``benchmarks/timeline.py`` runs it interleaved with the app for its ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

CHILD = r"""
import json, resource, sqlite3, sys, time
launched = float(sys.argv[1])
import numpy as np
import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsObject
import pyqtgraph as pg

app = QApplication([])
read_started = time.time()
conn = sqlite3.connect(f"file:{sys.argv[2]}?mode=ro", uri=True)

def columns(sql):
    rows = conn.execute(sql).fetchall()
    return [np.array(column, dtype=float) for column in zip(*rows)]

lane_of, start, end = columns(
    "SELECT p.rowid, coalesce(t.start_earliest, t.start_latest), coalesce(t.end_latest, t.end_earliest, 17050) "
    "FROM terms t JOIN persons p ON p.id = t.person_id WHERE coalesce(t.start_earliest, t.start_latest) IS NOT NULL")
event_start, event_end = columns(
    "SELECT coalesce(start_earliest, start_latest), coalesce(end_latest, start_latest) + 1 FROM events "
    "WHERE coalesce(start_earliest, start_latest) IS NOT NULL")
conn.close()
_, lane = np.unique(lane_of, return_inverse=True)
row = lane.astype(float) + 2  # the events' two rows on top
event_row = (np.arange(len(event_start)) % 2).astype(float)
data_read = time.time()

class Bars(QGraphicsObject):
    # Culls to the visible range, one drawRects batch per layer; density when too many to tell apart.
    def __init__(self, view, layers):
        super().__init__(view)
        self.view, self.layers = view, layers
        view.sigRangeChanged.connect(lambda *_: self.update())
    def boundingRect(self):
        return QRectF(self.view.rect())
    def paint(self, painter, *_):
        box, size = self.view.viewRect(), self.view.rect()
        sx = size.width() / max(box.width(), 1e-9)
        sy = size.height() / max(box.height(), 1e-9)
        for (s, e, r), colour in self.layers:
            keep = np.flatnonzero((e >= box.left()) & (s <= box.right()) & (r + 1 >= box.top()) & (r <= box.bottom()))
            if not len(keep):
                continue
            x0 = np.clip((s[keep] - box.left()) * sx, -50, size.width() + 50)
            x1 = np.clip((e[keep] - box.left()) * sx, -50, size.width() + 50)
            y = (r[keep] - box.top()) * sy
            h = max(sy * 0.64, 1.0)
            if len(keep) > 5000:
                w, hh = int(size.width()) + 1, int(size.height()) + 1
                grid = np.zeros((hh, w), dtype=np.uint32)
                np.add.at(grid, (np.clip(y.astype(int), 0, hh - 1), np.clip(x0.astype(int), 0, w - 1)), 1)
                alpha = np.minimum(grid * 40, 255).astype(np.uint32)
                pixels = (alpha << 24) | ((colour.red() * alpha // 255) << 16) | ((colour.green() * alpha // 255) << 8) | (colour.blue() * alpha // 255)
                image = QImage(pixels.data, w, hh, w * 4, QImage.Format.Format_ARGB32_Premultiplied)
                painter.drawImage(0, 0, image)
                continue
            rects = np.empty((len(keep), 4))
            rects[:, 0], rects[:, 1] = x0, y
            rects[:, 2] = np.maximum(x1 - x0, 1.0)
            rects[:, 3] = h
            painter.setPen(pg.mkPen(None))
            painter.setBrush(colour)
            painter.drawRects(shiboken6.wrapInstance(rects.ctypes.data, QRectF), len(rects))

class FirstPaint(QObject):
    painted = None
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.painted is None:
            self.painted = time.time()
        return False

plot = pg.PlotWidget()
view = plot.getViewBox()
view.invertY(True)
view.setMouseEnabled(y=False)
Bars(view, [((start, end, row), QColor("#34495E")), ((event_start, event_end, event_row), QColor("#7F8C8D"))])
first, last = float(np.nanmin(start)), float(np.nanmax(end))
view.setRange(xRange=(first, last), yRange=(0, 60), padding=0)
watcher = FirstPaint()
app.installEventFilter(watcher)
plot.resize(1600, 900)
plot.show()
while watcher.painted is None:
    app.processEvents()
app.removeEventFilter(watcher)

def frame(change):
    t = time.perf_counter()
    change()
    plot.grab()
    return (time.perf_counter() - t) * 1000

plot.grab()
year = frame(lambda: view.setXRange(10227, 10592, padding=0))
back = frame(lambda: view.setXRange(first, last, padding=0))
print(json.dumps({
    "first_window_s": watcher.painted - launched, "data_read_s": data_read - read_started,
    "read_to_first_paint_s": watcher.painted - read_started, "zoom_to_1998_ms": year, "back_to_full_ms": back,
    "peak_memory_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "terms": len(start),
}))
"""


def measure(db: Path) -> dict:
    """One run in a fresh process: its start-up and memory are its own."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               QT_LOGGING_RULES="qt.qpa.*=false")
    launched = time.time()
    result = subprocess.run([sys.executable, "-c", CHILD, repr(launched), str(Path(db).resolve())],
                            capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise SystemExit(f"raw pyqtgraph baseline failed for {db}:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def report(figures: dict) -> str:
    return "\n".join([
        f"raw pyqtgraph: {figures['terms']:,} terms",
        f"  launch → first painted plot     {figures['first_window_s'] * 1000:7.0f} ms",
        f"  data read → first paint         {figures['read_to_first_paint_s'] * 1000:7.0f} ms"
        f"   (SQLite read {figures['data_read_s'] * 1000:.0f} ms)",
        f"  zoom to 1998 / back to all      {figures['zoom_to_1998_ms']:7.1f} ms / {figures['back_to_full_ms']:.1f} ms",
        f"  peak memory                     {figures['peak_memory_mb']:7.0f} MB",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", help="a dossier file (benchmarks/synthetic.py makes one)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    figures = measure(Path(args.db))
    print(json.dumps(figures, indent=2) if args.json else report(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What the person list costs to fill and to paint, and the whole window's repaint around it.

    python benchmarks/person_list.py [--synthetic FILE] [--frames 40] [--json]

On the full-size synthetic dossier (10,000 persons; ``benchmarks/synthetic.py``), in a
1600×900 main window on Qt's offscreen platform (the list on the left, filled as after the
first frame): reading the list whole (``model.reload``), repainting the list
(``person_list.grab()``) and its table's rows alone (the viewport), a filter typed and cleared,
a sort by a count and back by name, and repainting the whole window (``window.grab()``) at a few
zoom levels of the timeline. Prints the median and p95 of ``--frames`` repaints in ms (a
reload, a filter and a sort: the median of 5); ``--json`` prints one JSON object. The file is
copied first: the original is never written.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from a checkout
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.timeline import percentile, synthetic_dossier  # noqa: E402

ZOOM_LEVELS = {"whole range": None, "1 month": 31, "1 year": 366, "5 years": 1826, "10 years": 3653}


def _ms(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def _spread(values: list[float]) -> dict:
    return {"median": statistics.median(values), "p95": percentile(values, 0.95)}


def measure(path: Path, frames: int) -> dict:
    from PySide6.QtCore import Qt

    from app.ui.application import create_application

    app = create_application()
    from app.domain import dates
    from app.domain.opener import open_dossier
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    store = open_dossier(path, user_file=False)
    window = MainWindow(Session(store))
    window.resize(1600, 900)
    window.show()
    person_list = window.dossier_panes.person_list
    person_list.model.fill()
    app.processEvents()
    table, header = person_list.table, person_list.table.horizontalHeader()
    results: dict = {"persons": person_list.model.rowCount(), "visible_rows": _visible_rows(table),
                     "list_size": [person_list.width(), person_list.height()]}
    results["reload_ms"] = statistics.median(_ms(person_list.model.reload) for _ in range(5))
    person_list.grab()
    results["list_grab_ms"] = _spread([_ms(person_list.grab) for _ in range(frames)])
    results["rows_repaint_ms"] = _spread([_ms(table.viewport().grab) for _ in range(frames)])
    results["filter_ms"] = statistics.median(
        _ms(lambda: person_list.filter_box.setText("mo")) + _ms(lambda: person_list.filter_box.setText(""))
        for _ in range(5))
    results["sort_ms"] = statistics.median(
        _ms(lambda: header.setSortIndicator(1, Qt.SortOrder.DescendingOrder))
        + _ms(lambda: header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)) for _ in range(5))

    timeline = window.timeline
    centre = dates.day_number(_dt.date(1988, 7, 1))
    window.grab()
    results["window_grab_ms"] = {}
    for name, span in ZOOM_LEVELS.items():
        if span is None:
            timeline.fit_all()
        else:
            timeline.set_visible_days(centre - span // 2, centre + span - span // 2)
        window.grab()
        results["window_grab_ms"][name] = _spread([_ms(window.grab) for _ in range(frames)])
    window.close()
    store.close()
    return results


def _visible_rows(table) -> int:
    top = table.rowAt(0)
    bottom = table.rowAt(table.viewport().height() - 1)
    return (bottom if bottom >= 0 else table.model().rowCount() - 1) - top + 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--synthetic", type=Path, help="a synthetic dossier (default: generated once in the temp folder)")
    parser.add_argument("--frames", type=int, default=40, help="repaints per figure")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    source = args.synthetic or synthetic_dossier()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "dossier.db"
        shutil.copyfile(source, copy)
        results = measure(copy, args.frames)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"Person list, {results['persons']:,} persons, {results['visible_rows']} rows visible "
          f"({results['list_size'][0]}×{results['list_size'][1]} px), ms:")
    print(f"  read whole (reload)          {results['reload_ms']:8.1f}")
    for key, label in (("list_grab_ms", "repaint the list"), ("rows_repaint_ms", "repaint its rows")):
        print(f"  {label:<28} {results[key]['median']:8.2f}  (p95 {results[key]['p95']:.2f})")
    print(f"  filter typed and cleared     {results['filter_ms']:8.1f}")
    print(f"  sorted by offices and back   {results['sort_ms']:8.1f}")
    print("Whole window (1600×900), window.grab(), ms:")
    for name, spread in results["window_grab_ms"].items():
        print(f"  {name:<28} {spread['median']:8.2f}  (p95 {spread['p95']:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

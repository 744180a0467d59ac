"""How long the window stops answering while it runs long work, at the synthetic full size.

    python benchmarks/long_tasks.py [--synthetic FILE] [--root CHECKOUT] [--json]

The main window (1600×900, offscreen) has the 100,000-term synthetic dossier
(``benchmarks/synthetic.py``) open; each long task runs through the window's own File
menu method: Export JSON, Export CSV, Save a Copy, Import (a JSON file of a smaller
synthetic dossier under ids of its own, ~36,000 records, previewed and applied as one undoable edit) and
opening a received dossier file (a copy of the synthetic one: full validation). A
QTimer ticks every 5 ms on the window's thread meanwhile; the figure is the longest
gap between two ticks (how long the window could not repaint or answer), beside the
task's whole time; the gap is also given for the work alone, before the views are told
of the new data (after an import or an open the window rebuilds its views, which is not
long work in this sense). ``--root`` measures another checkout (say, the tree before a change)
with this same script.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TICK_MS = 5
IMPORTED = {"persons": 1000, "terms": 10_000, "events": 5000, "allegations": 1000, "sources": 200, "seed": 7}


def prepare(folder: Path, synthetic: Path | None, root: Path) -> tuple[Path, Path]:
    """The full-size dossier and the JSON file to import, generated once into ``folder``."""
    generator = root / "benchmarks" / "synthetic.py"
    full = synthetic or folder / "synthetic-full.db"
    if not full.exists():
        subprocess.run([sys.executable, str(generator), str(full)], check=True)
    to_import = folder / "import-smaller.json"
    if not to_import.exists():
        smaller = folder / "import-smaller.db"
        smaller.unlink(missing_ok=True)
        subprocess.run([sys.executable, str(generator), str(smaller),
                        *[f"--{name}={value}" for name, value in IMPORTED.items()]], check=True)
        code = ("import sys; sys.path.insert(0, sys.argv[1]);"
                "from app.domain.opener import open_dossier; from app.domain import exchange;"
                "store = open_dossier(sys.argv[2], user_file=False);"
                "print(exchange.dumps(exchange.export_document(store)), end=''); store.close()")
        exported = subprocess.run([sys.executable, "-c", code, str(root), str(smaller)], check=True,
                                  capture_output=True, text=True, encoding="utf-8").stdout
        # Ids of their own (every id and reference starts a JSON string): the import adds, it does not rewrite.
        to_import.write_text(re.sub(r'"(person|term|event|allegation|source|org|position|alias|c)-', r'"new-\1-',
                                    exported), encoding="utf-8")
    return full, to_import


def measure(root: Path, full: Path, to_import: Path, work: Path) -> dict:
    """Every task's longest tick gap and whole time, in one window (tasks run in this order)."""
    sys.path.insert(0, str(root))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    from app.domain.opener import open_dossier, use_data_folder
    from app.ui.application import create_application
    from app.ui.edit.import_preview import ImportPreviewDialog
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    app = create_application()
    use_data_folder(work / "data")
    dossier = work / "dossier.db"
    shutil.copyfile(full, dossier)
    received = work / "received.db"
    shutil.copyfile(full, received)
    ImportPreviewDialog.exec = lambda dialog: ImportPreviewDialog.DialogCode.Accepted  # the user says yes
    window = MainWindow(Session(open_dossier(dossier)))
    window.resize(1600, 900)
    window.show()
    settle = time.perf_counter() + 2.0
    while time.perf_counter() < settle:  # the first frame and what comes after it
        app.processEvents()
    files = window.dossier_files
    tasks = {
        "export JSON": lambda: files.export_json_to(work / "export.json"),
        "export CSV": lambda: files.export_csv_to(work / "export-csv"),
        "save a copy": lambda: files.save_copy_to(work / "copy.db"),
        "import JSON": lambda: files.import_path(to_import),
        "open received file": lambda: files.open_path(received),
    }
    refreshed: list[float] = []  # when the views are told of the new data: the work is done then
    for name in ("changed", "store_replaced"):
        setattr(window.session, name, _Timed(getattr(window.session, name), refreshed))
    figures = {}
    for name, task in tasks.items():
        ticks: list[float] = []
        refreshed.clear()
        ticker = QTimer()
        ticker.setInterval(TICK_MS)
        ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
        ticker.start()
        app.processEvents()
        started = time.perf_counter()
        ticks.append(started)
        succeeded = task()
        ended = time.perf_counter()
        ticks.append(ended)
        ticker.stop()
        gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:])]
        work_done = refreshed[0] if refreshed else ended
        of_work = [tick for tick in ticks if tick < work_done] + [work_done]
        before_refresh = [later - earlier for earlier, later in zip(of_work, of_work[1:])]
        figures[name] = {"succeeded": bool(succeeded), "task_s": round(ended - started, 3),
                         "longest_ui_gap_ms": round(max(gaps) * 1000, 1),
                         "longest_ui_gap_before_views_refresh_ms": round(max(before_refresh, default=0) * 1000, 1),
                         "views_refresh_s": round(ended - work_done, 3)}
    window.close()
    window.session.store.close()
    return figures


class _Timed:
    """A session signal that notes when it is emitted, before any view's slot runs."""

    def __init__(self, signal, emitted: list[float]):
        self.signal, self.emitted = signal, emitted

    def emit(self, *args) -> None:
        self.emitted.append(time.perf_counter())
        self.signal.emit(*args)

    def connect(self, *args, **options):
        return self.signal.connect(*args, **options)


def report(figures: dict) -> str:
    lines = [f"{'task (100k terms)':<22}{'whole task':>12}{'longest UI gap':>17}{'… of the work':>16}"
             f"{'views refresh':>16}"]
    for name, task in figures.items():
        failed = "" if task["succeeded"] else "  (FAILED)"
        lines.append(f"{name:<22}{task['task_s']:>10.2f} s{task['longest_ui_gap_ms']:>14.1f} ms"
                     f"{task['longest_ui_gap_before_views_refresh_ms']:>13.1f} ms{task['views_refresh_s']:>14.2f} s"
                     f"{failed}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--synthetic", metavar="FILE", type=Path, help="a dossier made by benchmarks/synthetic.py")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose app is measured (default: this)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    folder = Path(tempfile.gettempdir()) / "dossier-timeline-benchmarks"
    folder.mkdir(exist_ok=True)
    full, to_import = prepare(folder, args.synthetic, args.root.resolve())
    with tempfile.TemporaryDirectory(prefix="long-tasks-") as work:
        figures = measure(args.root.resolve(), full, to_import, Path(work))
    print(json.dumps(figures, indent=2) if args.json else report(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

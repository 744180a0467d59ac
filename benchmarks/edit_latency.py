"""How long an edit, its undo and its redo take, from the command to the repainted window.

    python benchmarks/edit_latency.py [--synthetic FILE] [--rounds 5] [--json]

Four edits of one term on the full-size synthetic dossier (100,000 terms, 50,000 events,
10,000 persons; ``benchmarks/synthetic.py``), in a 1600×900 main window on Qt's offscreen
platform with the term's person selected (their dossier open, the person list filled):
its note (nothing drawn changes), its end date (its lane is packed again), a new term
for the same person, and deleting a term (with its citations). Each is done through
``perform`` as the window's forms do, undone and redone through the undo stack; the time
runs until ``window.grab()`` has repainted everything. Prints the median (and the
slowest) of ``--rounds`` rounds per step, in ms; ``--json`` prints one JSON object. The
file is copied first: the original is never written. No data folder is in use, so a
delete makes no backup (what a backup costs is not the refresh's).
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

from benchmarks.timeline import synthetic_dossier  # noqa: E402

EDITS = ("note", "end date", "add term", "delete term")
STEPS = ("edit", "undo", "redo")


def measure(path: Path, rounds: int) -> dict:
    """Milliseconds per edit and step (a list of ``rounds`` values each), and the layout's build time."""
    from app.ui.application import create_application

    app = create_application()
    from app.domain import dates
    from app.domain.edits import plan_delete, plan_save
    from app.domain.opener import open_dossier
    from app.domain.timeline_layout import build_layout
    from app.ui.edit.commands import perform
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    store = open_dossier(path, user_file=False)
    session = Session(store)
    window = MainWindow(session)
    window.resize(1600, 900)
    window.show()
    window.dossier_panes.person_list.model.fill()
    app.processEvents()
    builds = []
    for _ in range(3):
        started = time.perf_counter()
        build_layout(store)
        builds.append((time.perf_counter() - started) * 1000)

    terms = window.timeline.layout_data.terms
    term_id = terms.ids[int((terms.possible_end < dates.day_number(_dt.date(2000, 1, 1)))
                            .nonzero()[0][0])]  # its end can move to 2016
    term = store.get("terms", term_id)
    doomed = next(t["id"] for t in store.terms(term["person_id"]) if t["id"] != term_id)
    session.selection.select("persons", term["person_id"])
    window.timeline.set_visible_days(dates.day_number(_dt.date(1988, 1, 1)),
                                     dates.day_number(_dt.date(1989, 1, 1)))
    window.grab()

    def edit_of(name: str, round_number: int):
        if name == "note":
            return plan_save(store, "Note", {"terms": [{"id": term_id, "note": f"checked {round_number}"}]})
        if name == "end date":
            return plan_save(store, "End", {"terms": [{"id": term_id, "end": f"2016-0{1 + round_number % 8}"}]})
        if name == "add term":
            return plan_save(store, "Add", {"terms": [{
                "id": f"benchmark-term-{round_number}", "person_id": term["person_id"],
                "position_id": term["position_id"], "start": "1990", "end": "1994"}]})
        return plan_delete(store, "terms", doomed)

    def timed(action) -> float:
        started = time.perf_counter()
        action()
        window.grab()
        return (time.perf_counter() - started) * 1000

    figures = {f"{name} {step}": [] for name in EDITS for step in STEPS}
    for round_number in range(rounds):
        for name in EDITS:
            figures[f"{name} edit"].append(timed(lambda: perform(session, edit_of(name, round_number))))
            figures[f"{name} undo"].append(timed(session.undo_stack.undo))
            figures[f"{name} redo"].append(timed(session.undo_stack.redo))
            session.undo_stack.undo()  # the next round starts from the same dossier
    session.undo_stack.clear()
    window.close()
    terms = store.count("terms")
    store.close()
    return {"edit_ms": figures, "layout_build_ms": builds, "terms": terms}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--synthetic", type=Path, help="a synthetic dossier (default: generated once in the temp folder)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    source = args.synthetic or synthetic_dossier()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "dossier.db"
        shutil.copyfile(source, copy)
        results = measure(copy, args.rounds)
    results["median_ms"] = {key: statistics.median(values) for key, values in results["edit_ms"].items()}
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"Edit latency, {results['terms']:,} terms, ms from the command to the repainted window "
          f"(median / slowest of {args.rounds}):")
    for name in EDITS:
        cells = [f"{step} {statistics.median(results['edit_ms'][f'{name} {step}']):6.1f} / "
                 f"{max(results['edit_ms'][f'{name} {step}']):6.1f}" for step in STEPS]
        print(f"  {name:12} " + "   ".join(cells))
    print(f"build_layout (whole dossier): {statistics.median(results['layout_build_ms']):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

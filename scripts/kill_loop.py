"""Kill a process that is editing a dossier at random moments; check nothing is lost or half-done.

    python -m scripts.kill_loop [--iterations 500] [--lanes 4] [--seed N]

Each child (a fresh process from a fork server) opens the dossier through the one
opener and loops over three kinds of transaction — an edit that adds a person
with an alias, an import of 20 persons (with its backup first), a delete of an
earlier edit's person (its alias cascades) — reporting ``commit <i>`` down a pipe
only after each commit has returned. The parent kills it with SIGKILL after a
random delay, then checks the file: integrity_check and foreign keys clean, the
opener still accepts it, every reported commit is present, and every group is
whole or absent (at most the one in flight, committed but not yet reported,
may have landed). tests/test_crash_safety.py runs a few dozen of these.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import signal
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMPORT_SIZE = 20


# --- the child -----------------------------------------------------------------------


def kind_of(i: int) -> str:
    return ("edit", "import", "delete")[i % 3]


def person_id(run: int, i: int, j: int | None = None) -> str:
    return f"r{run}-p{i}" if j is None else f"r{run}-imp{i}-{j}"


def import_document(run: int, i: int) -> dict:
    from app.domain.exchange import FORMAT, FORMAT_VERSION
    from app.domain.schema import CONTRACT

    blank = dict.fromkeys(CONTRACT["persons"])
    document = {"format": FORMAT, "format_version": FORMAT_VERSION,
                "meta": {"title": "Kill loop", "as_of": "2016-09-07"}}
    document.update({table: [] for table in CONTRACT})
    document["persons"] = [{**blank, "id": person_id(run, i, j), "name": f"Imported {i}.{j}"}
                           for j in range(IMPORT_SIZE)]
    return document


def child(dossier: Path, run: int, report) -> None:
    """Work on the dossier until killed; ``report`` (a pipe) hears of each commit once it returned."""
    from app.domain import opener
    from app.domain.edits import plan_delete, plan_save
    from app.domain.exchange import apply_import, plan_import

    opener.use_data_folder(dossier.parent / "data")  # so imports take their backups, as in the app
    store = opener.open_dossier(dossier)
    report.send_bytes(b"ready")
    i = 0
    while True:
        kind = kind_of(i)
        if kind == "edit":
            pid = person_id(run, i)
            plan_save(store, "Edit", {
                "persons": [{"id": pid, "name": f"Edited {i}", "summary": "x" * (i % 50)}],
                "aliases": [{"id": f"{pid}-alias", "person_id": pid, "alias": f"Alias {i}"}]}).do(store)
        elif kind == "import":
            apply_import(plan_import(import_document(run, i), store, "kill-loop.json"), store)
        else:
            plan_delete(store, "persons", person_id(run, i - 2)).do(store)
        report.send_bytes(f"commit {i}".encode())
        i += 1


# --- the parent ----------------------------------------------------------------------


@dataclass
class Lane:
    """One dossier killed again and again; what its children reported so far."""

    dossier: Path
    reported: dict[int, set[int]] = field(default_factory=dict)  # run -> commits reported
    kills: int = 0
    commits: int = 0
    failures: list[str] = field(default_factory=list)


def _processes():
    """Children come from a fork server that has already imported the app: a fresh process
    each time, started in milliseconds rather than the second a cold interpreter takes."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["app.domain.opener", "app.domain.exchange"])
    return context


def kill_once(lane: Lane, run: int, rng: random.Random) -> None:
    """Start a child, kill it at a random moment, and check the dossier it left."""
    context = _processes()
    reader, writer = context.Pipe(duplex=False)
    process = context.Process(target=child, args=(lane.dossier, run, writer), daemon=True)
    process.start()
    writer.close()  # the child holds the only writing end: its death ends the stream
    if rng.random() < 0.1:
        time.sleep(rng.uniform(0, 0.05))  # sometimes while it validates and opens the file
    elif reader.poll(30):
        reader.recv_bytes()  # "ready"
        time.sleep(rng.uniform(0, 0.25))
    process.kill()
    process.join()
    messages = []
    try:
        while True:
            messages.append(reader.recv_bytes().decode())
    except EOFError:
        pass
    reader.close()
    lane.kills += 1
    if process.exitcode != -signal.SIGKILL:
        lane.failures.append(f"run {run}: child ended by itself (exit {process.exitcode})")
        return
    reported = {int(m.split()[1]) for m in messages if m.startswith("commit ")}
    lane.reported[run] = reported
    lane.commits += len(reported)
    lane.failures.extend(f"run {run}: {problem}" for problem in verify(lane))


def verify(lane: Lane) -> list[str]:
    from app.domain.opener import DossierRefused, validate

    problems = []
    try:
        validate(lane.dossier)
    except DossierRefused as error:
        problems.append(f"the opener refuses the file: {error.reason}")
    conn = sqlite3.connect(lane.dossier)
    try:
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            problems.append("integrity_check failed")
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("foreign_key_check found dangling rows")
        persons = {row[0] for row in conn.execute("SELECT id FROM persons")}
        aliases = {row[0] for row in conn.execute("SELECT id FROM aliases")}
    finally:
        conn.close()
    for run, reported in lane.reported.items():
        last = max(reported, default=-1)
        in_flight = last + 1  # may have committed just before the kill, not yet printed
        done = reported | {in_flight}
        for i in range(last + 2):
            kind = kind_of(i)
            if kind == "edit":
                pid = person_id(run, i)
                if (pid in persons) != (f"{pid}-alias" in aliases):
                    problems.append(f"edit {i} is half there (person without alias or the reverse)")
                deleted = (i + 2) in reported
                maybe_deleted = (i + 2) == in_flight
                if i in reported and not deleted and not maybe_deleted and pid not in persons:
                    problems.append(f"reported edit {i} is missing")
                if pid in persons and (i not in done or deleted):
                    problems.append(f"edit {i} is present but was {'deleted' if deleted else 'never committed'}")
            elif kind == "import":
                present = sum(person_id(run, i, j) in persons for j in range(IMPORT_SIZE))
                if present not in (0, IMPORT_SIZE):
                    problems.append(f"import {i} is half there ({present} of {IMPORT_SIZE} rows)")
                if i in reported and present != IMPORT_SIZE:
                    problems.append(f"reported import {i} is missing")
                if present and i not in done:
                    problems.append(f"import {i} is present but was never committed")
    return problems


def new_lane(folder: Path) -> Lane:
    from app.domain.opener import create_from_dataset

    folder.mkdir(parents=True, exist_ok=True)
    dossier = folder / "dossier.db"
    create_from_dataset(dossier, ROOT / "tests/fixtures/small-dossier.json").close()
    return Lane(dossier)


def run_lanes(folder: Path, iterations: int, lanes: int, seed: int) -> list[Lane]:
    """``iterations`` kills taking turns over ``lanes`` dossiers, each killed again and again."""
    built = [new_lane(folder / f"lane-{n}") for n in range(lanes)]
    rng = random.Random(seed)
    for run in range(iterations):
        kill_once(built[run % lanes], run, rng)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=500)
    parser.add_argument("--lanes", type=int, default=4)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--folder", type=Path, help="where to keep the dossiers (default: a temporary folder)")
    args = parser.parse_args()
    import tempfile

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kill-loop-") as temporary:
        from scripts import kill_loop  # by its module name, so the fork server can find `child`

        lanes = kill_loop.run_lanes(args.folder or Path(temporary), args.iterations, args.lanes, args.seed)
        failures = [f"lane {n}: {f}" for n, lane in enumerate(lanes) for f in lane.failures]
    kills = sum(lane.kills for lane in lanes)
    commits = sum(lane.commits for lane in lanes)
    print(f"kill loop: {kills} kills, {commits} reported commits checked, {len(failures)} failures "
          f"({time.monotonic() - started:.0f} s, seed {args.seed})")
    for failure in failures[:50]:
        print(f"  {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

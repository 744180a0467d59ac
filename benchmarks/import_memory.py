"""Peak memory of command-line imports: JSON and CSV near 100 MB and near the 200 MB limit,
a million persons, and one 150 MB string (which must be refused).

    python benchmarks/import_memory.py [--work DIR] [--cases json-100mb,csv-199mb,...]

Each case generates its file (deterministic, written piece by piece so this process
stays small: a child's peak resident memory counts its parent's at the fork), then
runs ``python -m app --db NEW.db import FILE`` in a child process and reads the
child's peak resident memory from ``wait4`` (what ``/usr/bin/time -v`` reports as
"Maximum resident set size"). Prints one Markdown row per case with the budget issue 15 sets:
2.5 × the file size + 150 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024
META = {"title": "Import memory benchmark", "as_of": "2016-09-07", "description": "Synthetic persons.",
        "dataset_version": "1"}
TABLES = ("sources", "persons", "aliases", "organizations", "positions", "terms", "events", "event_persons",
          "allegations", "citations")
PERSON_COLUMNS = ("id", "name", "name_native", "born", "died", "summary", "note")


def person(number: int, summary_length: int) -> dict:
    words = ("minister", "council", "deputy", "province", "court", "office", "assembly", "member")
    summary = " ".join(words[(number + i) % len(words)] for i in range(summary_length // 8))[:summary_length]
    return {"born": f"{1930 + number % 50}", "died": None, "id": f"person-{number:07d}",
            "name": f"Person {number} Rahimi", "name_native": "پرسن رحیمی", "note": None,
            "summary": summary or None}


def write_json(path: Path, persons: int, summary_length: int, *, huge_summary: int = 0) -> None:
    """An exchange file in the canonical layout (sorted keys, two-space indent), written row by row."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write('{\n  "aliases": [],\n  "allegations": [],\n  "citations": [],\n  "event_persons": [],\n'
                  '  "events": [],\n  "format": "dossier-timeline",\n  "format_version": 1,\n')
        out.write('  "meta": ' + json.dumps(META, ensure_ascii=False, indent=2, sort_keys=True)
                  .replace("\n", "\n  ") + ',\n  "organizations": [],\n  "persons": [')
        for number in range(persons):
            row = person(number, summary_length)
            if huge_summary and number == 0:
                row["summary"] = "HUGE"
            text = json.dumps(row, ensure_ascii=False, indent=2, sort_keys=True).replace("\n", "\n    ")
            before, _, after = text.partition('"HUGE"')
            out.write(("\n    " if number == 0 else ",\n    ") + before)
            if _:  # written in pieces: this process must stay small, or the child's peak would include it
                out.write('"')
                for _ in range(huge_summary // MB):
                    out.write("x" * MB)
                out.write("x" * (huge_summary % MB) + '"' + after)
        out.write('\n  ],\n  "positions": [],\n  "sources": [],\n  "terms": []\n}\n')


def write_csv(path: Path, persons: int, summary_length: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(",".join(PERSON_COLUMNS) + "\r\n")
        for number in range(persons):
            row = person(number, summary_length)
            out.write(",".join("" if row[c] is None else str(row[c]) for c in PERSON_COLUMNS) + "\r\n")


def persons_for(size_mb: float, summary_length: int, writer, folder: Path, name: str) -> Path:
    """A file of about size_mb: measured on a sample, then written at the scaled row count."""
    sample = folder / f"sample-{name}"
    writer(sample, 1000, summary_length)
    per_row = sample.stat().st_size / 1000
    sample.unlink()
    path = folder / name
    writer(path, int(size_mb * MB / per_row), summary_length)
    return path


CASES = {
    "json-100mb": lambda folder: persons_for(100, 300, write_json, folder, "json-100mb.json"),
    "json-199mb": lambda folder: persons_for(198.5, 300, write_json, folder, "json-199mb.json"),
    "csv-100mb": lambda folder: persons_for(100, 300, write_csv, folder, "persons.csv"),
    "csv-199mb": lambda folder: persons_for(197, 300, write_csv, folder, "persons.csv"),  # rows vary: stay under 200 MB
    "json-1m-persons": lambda folder: (write_json(folder / "million.json", 1_000_000, 0), folder / "million.json")[1],
    "json-150mb-string": lambda folder: (write_json(folder / "string.json", 1, 0, huge_summary=150 * MB),
                                         folder / "string.json")[1],
}


def measure(path: Path, folder: Path) -> tuple[int, float, int, str]:
    """(exit status, seconds, peak RSS in bytes, last line of stderr) of one import."""
    db = folder / "target.db"
    for leftover in folder.glob("target.db*"):
        leftover.unlink()
    env = {**os.environ, "XDG_DATA_HOME": str(folder / "data"), "XDG_CONFIG_HOME": str(folder / "config"),
           "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    with open(folder / "stderr.txt", "wb") as errors:
        child = subprocess.Popen([sys.executable, "-m", "app", "--db", str(db), "import", str(path)],
                                 cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
    seconds = time.monotonic() - started
    lines = (folder / "stderr.txt").read_text(errors="replace").strip().splitlines()
    return os.waitstatus_to_exitcode(status), seconds, usage.ru_maxrss * 1024, (lines[-1][:90] if lines else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="folder for the generated files (default: a temporary one)")
    parser.add_argument("--cases", default=",".join(CASES), help=f"comma-separated, from {', '.join(CASES)}")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="import-memory-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"app from {ROOT}, files in {work}\n")
    print("| case | file MB | exit | seconds | peak RSS MB | budget MB | within | message |")
    print("|---|---:|---:|---:|---:|---:|---|---|")
    for name in args.cases.split(","):
        folder = work / name
        folder.mkdir(exist_ok=True)
        path = CASES[name](folder)
        size = path.stat().st_size
        status, seconds, peak, message = measure(path, folder)
        budget = 2.5 * size + 150 * MB
        print(f"| {name} | {size / MB:.1f} | {status} | {seconds:.1f} | {peak / MB:.0f} | {budget / MB:.0f} | "
              f"{'yes' if peak <= budget else 'NO'} | {message} |", flush=True)
        path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

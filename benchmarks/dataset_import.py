"""Importing 100,000 memberships (issue 19): time and peak memory, FollowTheMoney and Popolo.

    python benchmarks/dataset_import.py [--memberships 100000] [--persons 10000] [--format ftm|popolo]

Generates a file of the given size (FtM: Person, Position and Occupancy lines, as
OpenSanctions writes them; Popolo: persons, organizations with posts, top-level
memberships, as EveryPolitician does), then imports it into a new dossier file
in a child process, as ``dossier-timeline import FILE --db NEW.db`` does: read and
validate, plan (match, verify every citation against the file's bytes), apply
(store the file as an original, write the rows). Prints each phase's seconds, the
child's peak resident memory and the sizes of the file and the dossier.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from a checkout

POSTS = 500
FIRST, LAST = ["Ali", "Hassan", "Mohammad", "Reza", "Zahra", "Maryam", "Hossein", "Fatemeh"], \
    ["Karimi", "Hosseini", "Rahimi", "Moradi", "Jafari", "Ahmadi", "Sadeghi", "Rostami"]


def _date(rng: random.Random, year: int) -> str:
    return rng.choice([f"{year}", f"{year}-{rng.randint(1, 12):02d}",
                       f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])


def write_ftm(path: Path, persons: int, memberships: int, seed: int = 19) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        def line(entity_id, schema, **properties):
            out.write(json.dumps({"id": entity_id, "schema": schema, "properties": properties},
                                 ensure_ascii=False) + "\n")
        line("body", "PublicBody", name=["Islamic Consultative Assembly"], country=["ir"])
        for number in range(POSTS):
            line(f"post-{number}", "Position", name=[f"Member of Parliament for District {number}"],
                 organization=["body"])
        for number in range(persons):
            line(f"Q{1_000_000 + number}", "Person", name=[f"{rng.choice(FIRST)} {rng.choice(LAST)} {number}"],
                 alias=[f"{rng.choice(LAST)} {number}"], birthDate=[_date(rng, rng.randint(1930, 1980))])
        for number in range(memberships):
            start = rng.randint(1980, 2020)
            properties = {"holder": [f"Q{1_000_000 + rng.randrange(persons)}"],
                          "post": [f"post-{rng.randrange(POSTS)}"], "startDate": [_date(rng, start)]}
            if rng.random() < 0.9:
                properties["endDate"] = [_date(rng, start + 4)]
            else:
                properties["status"] = ["current"]
            line(f"occ-{number}", "Occupancy", **properties)


def write_popolo(path: Path, persons: int, memberships: int, seed: int = 19) -> None:
    rng = random.Random(seed)
    document = {
        "persons": [{"id": f"person-{n}", "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}",
                     "other_names": [{"name": f"{rng.choice(LAST)} {n}"}],
                     "birth_date": _date(rng, rng.randint(1930, 1980))} for n in range(persons)],
        "organizations": [{"id": "majlis", "name": "Islamic Consultative Assembly", "classification": "legislature",
                           "posts": [{"id": f"post-{n}", "label": f"Member of Parliament for District {n}"}
                                     for n in range(POSTS)]}],
        "memberships": [],
    }
    for number in range(memberships):
        start = rng.randint(1980, 2020)
        document["memberships"].append({
            "id": f"m-{number}", "person_id": f"person-{rng.randrange(persons)}", "organization_id": "majlis",
            "post_id": f"post-{rng.randrange(POSTS)}", "start_date": _date(rng, start),
            "end_date": _date(rng, start + 4)})
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")


def child(path: str, database: str, format: str) -> None:
    """Import in this process, printing phase timings as JSON (the parent reads peak memory)."""
    from app.domain.datasets import plan_dataset
    from app.domain.dossier_files import read_dataset
    from app.domain.dossier_files import give_new_meta
    from app.domain.exchange import apply_import
    from app.domain.opener import create_dossier

    timings = {}
    started = time.perf_counter()
    dataset = read_dataset(path, format)
    timings["read"] = time.perf_counter() - started
    store = create_dossier(database)
    give_new_meta(store, "benchmark", dataset.date)
    started = time.perf_counter()
    plan = plan_dataset(dataset, store)
    timings["plan"] = time.perf_counter() - started
    started = time.perf_counter()
    apply_import(plan, store)
    timings["apply"] = time.perf_counter() - started
    timings["terms"] = store.count("terms")
    timings["citations"] = store.count("citations")
    store.close()
    print(json.dumps(timings))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--memberships", type=int, default=100_000)
    parser.add_argument("--persons", type=int, default=10_000)
    parser.add_argument("--format", choices=("ftm", "popolo"), action="append")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as folder:
        for format in args.format or ("ftm", "popolo"):
            source = Path(folder) / f"data.{format}.json"
            (write_ftm if format == "ftm" else write_popolo)(source, args.persons, args.memberships)
            database = Path(folder) / f"{format}.db"
            started = time.perf_counter()
            result = subprocess.run([sys.executable, __file__, "--child", str(source), str(database), format],
                                    capture_output=True, text=True, check=True)
            total = time.perf_counter() - started
            timings = json.loads(result.stdout.strip().splitlines()[-1])
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"{format}: {args.memberships:,} memberships, {args.persons:,} persons; "
                  f"file {source.stat().st_size / 1e6:.1f} MB -> dossier {database.stat().st_size / 1e6:.1f} MB")
            print(f"  read {timings['read']:.1f} s, plan {timings['plan']:.1f} s, apply {timings['apply']:.1f} s, "
                  f"whole process {total:.1f} s; peak memory {peak:.0f} MB "
                  f"({timings['terms']:,} terms, {timings['citations']:,} citations)")


if __name__ == "__main__":
    main()

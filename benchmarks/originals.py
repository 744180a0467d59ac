"""The cost of a large original (issue 18): adding a 100 MB PDF, verifying, opening, packaging.

    python benchmarks/originals.py [--megabytes 100]

Builds a PDF of the given size (a few pages of text plus an unused stream of the
rest), then runs each step in a fresh child process and prints its wall time and
peak resident memory (VmHWM of the child, Linux), beside the same for a 10 kB file,
so the memory a large file adds is the difference between the two rows.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from a checkout
sys.path.insert(0, str(ROOT / "tests"))

from conftest import make_pdf  # noqa: E402

STEP = """
import json, sys, time
sys.path.insert(0, {root!r})
from app.domain.opener import create_dossier, open_dossier, validate, verify_originals
step, db, pdf = sys.argv[1:4]
started = time.perf_counter()
if step == "add":
    from app.domain.dossier_files import give_new_meta
    from app.domain.source_files import add_source_from_file
    store = create_dossier(db, user_file=False)
    give_new_meta(store, "benchmark")
    add_source_from_file(store, pdf, limit_bytes=1 << 40)
    store.close()
elif step == "validate":
    validate(db)
elif step == "verify":
    assert verify_originals(db) == []
elif step == "package":
    from app.domain.packages import export_package
    store = open_dossier(db, user_file=False)
    export_package(store, db + ".zip")
    store.close()
elif step == "import":
    from app.domain.packages import import_package
    store = create_dossier(db + ".imported", user_file=False)
    import_package(db + ".zip", store, limit_bytes=1 << 40)
    store.close()
seconds = time.perf_counter() - started
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the parent that built the PDF.
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({{"seconds": seconds, "peak_mb": peak_kb / 1024}}))
"""


def run_step(step: str, db: Path, pdf: Path) -> dict:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", STEP.format(root=str(ROOT)), step, str(db), str(pdf)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{step} failed:\n{result.stderr}")
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    measured["process_seconds"] = time.perf_counter() - started
    return measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        rows = []
        for label, padding in (("10 kB PDF", 10_000), (f"{args.megabytes} MB PDF", args.megabytes * 1024 * 1024)):
            pdf = folder / f"{padding}.pdf"
            pdf.write_bytes(make_pdf([f"Page {n} of the report." for n in range(1, 21)], padding=padding))
            db = folder / f"{padding}.db"
            for step in ("add", "validate", "verify", "package", "import"):
                measured = run_step(step, db, pdf)
                rows.append((label, step, measured))
        print(f"{'file':<14} {'step':<9} {'seconds':>8} {'peak MB':>8}")
        for label, step, measured in rows:
            print(f"{label:<14} {step:<9} {measured['seconds']:>8.2f} {measured['peak_mb']:>8.1f}")


if __name__ == "__main__":
    main()

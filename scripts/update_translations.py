"""Extract the interface's strings into the catalogues and build the .qm files the app loads.

    python -m scripts.update_translations          # after changing or adding strings
    python -m scripts.update_translations --check  # what tests/test_translations.py asks

``pyside6-lupdate`` reads every module under app/ (``self.tr``, ``QCoreApplication.translate``
and the domain's ``wording.translate``/``QT_TRANSLATE_NOOP``) into
``resources/i18n/dossier-timeline_fa.ts`` (Persian) and, plural forms only,
``dossier-timeline_en.ts`` (so "%n terms" reads "1 term" in English). Locations are left out
so a catalogue changes only when wording does. New messages arrive unfinished: translate
them (Qt Linguist, ``pyside6-linguist``, or by hand), then run this again to build the .qm
files, which are committed so the app and its wheel need no Qt tools.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "i18n"
LANGUAGES = {"fa": [], "en": ["-pluralonly"]}


def tool(name: str) -> str:
    found = Path(sys.executable).parent / f"pyside6-{name}"
    return str(found) if found.exists() else shutil.which(f"pyside6-{name}") or f"pyside6-{name}"


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "app").rglob("*.py"))


def catalogue(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"dossier-timeline_{language}.ts"


def extract(folder: Path = CATALOGUES) -> None:
    """Bring each catalogue in ``folder`` up to the code's strings (translations kept)."""
    for language, options in LANGUAGES.items():
        subprocess.run([tool("lupdate"), *sources(), "-ts", str(catalogue(language, folder)), "-no-obsolete",
                        "-locations", "none", "-source-language", "en", "-target-language", language, *options],
                       cwd=ROOT, check=True, capture_output=True, text=True)


def release(folder: Path = CATALOGUES) -> None:
    for language in LANGUAGES:
        ts = catalogue(language, folder)
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                       capture_output=True, text=True)


def unfinished(ts: Path) -> list[str]:
    """The messages of ``ts`` still waiting for a translation, as "context: source"."""
    waiting = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if message.find("translation").get("type") == "unfinished":
                waiting.append(f"{name}: {message.findtext('source')}")
    return waiting


def problems() -> list[str]:
    """Why the shipped catalogues are not current, or nothing."""
    found = []
    with tempfile.TemporaryDirectory() as temporary:
        fresh = Path(temporary)
        for language in LANGUAGES:
            shutil.copy(catalogue(language), fresh)
        extract(fresh)
        release(fresh)
        for language in LANGUAGES:
            shipped, current = catalogue(language), catalogue(language, fresh)
            if shipped.read_bytes() != current.read_bytes():
                found.append(f"{shipped.name} is not what pyside6-lupdate makes of the code: run "
                             "python -m scripts.update_translations")
            found += [f"{shipped.name}: not translated: {waiting}" for waiting in unfinished(current)]
            if shipped.with_suffix(".qm").read_bytes() != current.with_suffix(".qm").read_bytes():
                found.append(f"{shipped.with_suffix('.qm').name} is older than its .ts: run "
                             "python -m scripts.update_translations")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; list what is out of date")
    args = parser.parse_args()
    if args.check:
        found = problems()
        print("\n".join(found) or "The catalogues are current.")
        return 1 if found else 0
    extract()
    release()
    for language in LANGUAGES:
        waiting = unfinished(catalogue(language))
        print(f"{catalogue(language).name}: {len(waiting)} message(s) to translate")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

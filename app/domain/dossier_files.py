"""Whole dossier files: start a new one, save a compacted copy, read another for merging,
and turn a text/Markdown/HTML file into a source's text.

Every file is opened through ``opener``; the file being merged from is never written.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import sqlite3
from html.parser import HTMLParser
from pathlib import Path

from . import csv_exchange, datasets, durable, popolo
from .datasets import MAX_DEPTH, Dataset, check_size
from .edits import plan_save
from .exchange import FORMAT, ExchangeError, ImportPlan, export_document, plan_import, read_document
from .opener import SQLITE_HEADER, DossierRefused, create_dossier, open_snapshot
from .progress import Cancelled, Progress, step_of
from .store import Store
from .wording import number, translate

DOSSIER_SUFFIXES = (".db", ".dossier", ".sqlite")
DATASET_SUFFIXES = (".json", ".jsonl")  # told apart from exchange files by their content
SOURCE_FILE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_SOURCE_BYTES = 20 * 1024 * 1024
_COPY_STEPS = 100_000  # SQLite instructions between two questions to ``progress`` while a copy is made


def new_dossier(path: Path | str, title: str | None = None, as_of: str | None = None) -> Store:
    """A new, empty dossier file with a title (the file's name) and as_of (today)."""
    path = Path(path)
    store = create_dossier(path)
    give_new_meta(store, title or path.stem, as_of)
    return store


def give_new_meta(store: Store, title: str, as_of: str | None = None) -> None:
    """The settings every dossier needs: a title, as_of (today) and the notice of what it is."""
    plan_save(store, "New dossier settings", {"meta": [
        {"key": "title", "value": title},
        {"key": "as_of", "value": as_of or _dt.date.today().isoformat()},
        {"key": "dataset_version", "value": "1"},
        {"key": "description", "value": "Records allegations as their sources report them; "
                                         "it does not establish them."},
    ]}).do(store)


def save_copy(store: Store, target: Path | str, progress: Progress | None = None) -> Path:
    """A consistent, compacted copy (VACUUM INTO): deleted text does not survive in free pages.

    Written beside the target and renamed into place, so a failure or a Cancel (``progress``
    is asked as SQLite copies; it learns no total) leaves no half file.
    """
    target = Path(target)
    if store.path is not None and target.resolve() == Path(store.path).resolve():
        raise DossierRefused(target, translate("dossier_files", "is the open dossier file; save the copy under another "
                                                                "name"))
    building = target.with_name(f".{target.name}.copying")
    building.unlink(missing_ok=True)
    cancelled = False

    def stop() -> int:
        nonlocal cancelled
        cancelled = progress is not None and not progress(0, 0)
        return cancelled

    store.db.conn.set_progress_handler(stop, _COPY_STEPS)
    try:
        store.db.execute("VACUUM INTO ?", [str(building)])
        durable.replace(building, target)
    except sqlite3.OperationalError:
        building.unlink(missing_ok=True)
        if cancelled:
            raise Cancelled() from None
        raise
    except BaseException:
        building.unlink(missing_ok=True)
        raise
    finally:
        store.db.conn.set_progress_handler(None, 0)
    return target


def read_dossier_document(path: Path | str) -> dict:
    """The exchange document of another dossier file, to merge by id; the file stays untouched.

    Read from the opener's validated private snapshot (migrated there if older).
    """
    with open_snapshot(path) as store:
        return export_document(store)


def plan_for_path(path: Path | str, store: Store, table: str | None = None, *,
                  confirmed: dict[str, str] | None = None, progress: Progress | None = None) -> ImportPlan:
    """Read and validate whatever is imported from a path: the one choice of importer.

    A folder of ``<table>.csv`` files, a ``<table>.csv`` (or any CSV for ``table``),
    another dossier file (by its suffix or SQLite header; merged by id), a
    FollowTheMoney or Popolo dataset (by its content; ``confirmed``: its persons the
    user says are dossier persons), else an exchange file (JSON). ``progress`` follows the
    reading and planning of an exchange file, the largest kind (a Cancel raises Cancelled).
    """
    path = Path(path)
    if path.is_dir():
        return csv_exchange.plan_csv_folder(path, store)
    if table or path.suffix.lower() == ".csv":
        return csv_exchange.plan_csv_import([path], store, table)
    if path.suffix.lower() in DOSSIER_SUFFIXES or _starts_with(path, SQLITE_HEADER):
        return plan_import(read_dossier_document(path), store, path.name)
    found = dataset_format(path) if path.suffix.lower() in DATASET_SUFFIXES else None
    if found is not None:
        return datasets.plan_dataset(read_dataset(path, found), store, confirmed=confirmed)
    document = read_document(path, step_of(progress, 0, 2))
    return plan_import(document, store, path.name, progress=step_of(progress, 1, 2))


def _starts_with(path: Path, header: bytes) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(len(header)) == header
    except OSError:
        return False  # reading it as an exchange file then says what is wrong


# --- source files --------------------------------------------------------------------


class _TextOfHtml(HTMLParser):
    """Visible text of an HTML page: blocks become paragraphs, scripts and styles vanish."""

    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
              "section", "article", "header", "footer", "pre", "table", "ul", "ol", "hr"}
    HIDDEN = {"script", "style", "head", "noscript", "template", "svg"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n" if tag != "br" else "\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if not self.hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, str]:
    """(text, title) of an HTML document: tags dropped, entities decoded, whitespace tidied."""
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    paragraphs = []
    for block in re.split(r"\n\s*\n", "".join(parser.parts)):
        lines = [re.sub(r"[ \t\f\v\xa0]+", " ", line).strip() for line in block.splitlines()]
        joined = "\n".join(line for line in lines if line)
        if joined:
            paragraphs.append(joined)
    return "\n\n".join(paragraphs), re.sub(r"\s+", " ", parser.title).strip()


def read_source_file(path: Path | str) -> tuple[str, str]:
    """(text, title) of a .txt/.md/.html file for a new source; HTML is reduced to its text."""
    path = Path(path)
    if path.suffix.lower() not in SOURCE_FILE_SUFFIXES:
        raise ValueError(translate("dossier_files", "{name}: choose a .txt, .md or .html file").format(name=path.name))
    if path.stat().st_size > MAX_SOURCE_BYTES:
        raise ValueError(translate("dossier_files", "{name}: larger than {limit} MB").format(
            name=path.name, limit=number(MAX_SOURCE_BYTES // (1024 * 1024))))
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        if path.suffix.lower() not in (".html", ".htm"):
            raise ValueError(translate("dossier_files", "{name}: not UTF-8 text").format(name=path.name)) from None
        text = raw.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() in (".html", ".htm"):
        body, title = html_to_text(text)
        return body, title or path.stem
    return text.strip("\n"), path.stem


# --- which dataset reader ------------------------------------------------------------

FORMATS = ("ftm", "popolo")
_EXCHANGE_MARK = re.compile(rb'"format"\s*:\s*"dossier-timeline"')


def detect_format(path: Path | str) -> str | None:
    """"ftm", "popolo" or "json" (the dossier's own exchange format) when the file says which; else None.

    FtM is JSON lines: its first line is a whole entity. Popolo and the exchange
    format are one JSON object each, told apart by their keys (read whole: a
    key may come late in the file).
    """
    path = Path(path)
    check_size(path)
    with path.open("rb") as stream:
        first = stream.readline(MAX_DEPTH * 100_000).lstrip(b"\xef\xbb\xbf").strip()
    try:
        entity = json.loads(first)
    except ValueError:
        entity = None
    if isinstance(entity, dict) and {"id", "schema", "properties"} <= set(entity):
        return "ftm"
    raw = path.read_bytes()
    if _EXCHANGE_MARK.search(raw):  # no second parse of a large exchange file
        return "json"
    try:
        document = json.loads(raw.lstrip(b"\xef\xbb\xbf"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict):
        return None
    if document.get("format") == FORMAT:
        return "json"
    if isinstance(document.get("persons"), list) or isinstance(document.get("memberships"), list):
        return "popolo"
    return None


def dataset_format(path: Path | str) -> str | None:
    """"ftm" or "popolo" when the file is one of those datasets (by its content), else None."""
    found = detect_format(path)
    return found if found in FORMATS else None


def read_dataset(path: Path | str, format: str | None = None) -> Dataset:
    """Read a received dataset file in its format (detected when not given); ExchangeError if unreadable."""
    path = Path(path)
    check_size(path)
    format = format or detect_format(path)
    if format == "ftm":
        return ftm_module().read_ftm(path)
    if format == "popolo":
        return popolo.read_popolo(path)
    raise ExchangeError([translate("dossier_files", "{name}: neither FollowTheMoney JSON lines nor Popolo JSON; name "
                                                    "the format (ftm or popolo)").format(name=path.name)])


def ftm_module():
    """``app.domain.ftm``, imported only when FtM is read or written: followthemoney takes a second to load.

    A build without the followthemoney library (it adds about 115 MB to the frozen app)
    says so instead of failing on an import.
    """
    try:
        from . import ftm
    except ImportError as error:
        raise ExchangeError([translate("dossier_files", "FollowTheMoney files need the followthemoney library "
                                                        "({module} is missing from this build); install Dossier Timeline "
                                                        "with pip to read and write them").format(module=error.name)]) from None
    return ftm

"""The JSON exchange format (design.md §3): export, validate, plan and import.

Import is validate-everything-then-write-all: ``read_document`` reads a file as a
stream (``json_stream``), checking each record against the JSON Schema as it comes and
keeping it on disk (``staging``); ``plan_import`` checks the dossier's rules (dates,
references, verbatim quotes) and says what would be added, changed or left alone; only a
plan with no problems is applied, in one transaction.
"""

from __future__ import annotations

import io
import json
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..resources import EXCHANGE_SCHEMA
from . import control_characters, dates, durable, file_kinds, json_stream, originals
from .edits import Edit, plan_delete_into, stored_row, write_rows
from .folders import backup_before, scratch_folder
from .located_quotes import DATASET, LocatedQuotes
from .progress import Progress, report
from .schema import CONTRACT, DATE_COLUMNS, REFERENCES, SPANS
from .staging import StagedDocument
from .store import Store, with_bounds
from .wording import number, translate

if TYPE_CHECKING:
    import jsonschema

FORMAT = "dossier-timeline"
FORMAT_VERSION = 2  # 2 added source_originals (issue 18) and identifiers (issue 19)
READABLE_VERSIONS = (1, 2)
MAX_FILE_BYTES = 200 * 1024 * 1024
_PROGRESS_EVERY = 2000  # rows read, planned or written between progress reports


class ExchangeError(Exception):
    """A document that cannot be imported; ``problems`` name file, record and field."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = "\n".join(problems[:20])
        more = translate("exchange", "\n… and {count} more problems").format(count=number(len(problems) - 20)) \
            if len(problems) > 20 else ""
        super().__init__(shown + more)


@dataclass
class ImportPlan:
    """What importing a document would do, per table."""

    document: dict
    added: dict[str, list[str]] = field(default_factory=dict)
    changed: dict[str, list[str]] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    meta_changed: list[str] = field(default_factory=list)
    removed: dict[str, list[str]] = field(default_factory=dict)  # only an update of the default dossier retires rows
    skipped: dict[str, int] = field(default_factory=dict)  # what a dataset holds that the dossier does not keep
    name_matches: list = field(default_factory=list)  # datasets.NameMatch: imported persons the user may confirm
    originals: list = field(default_factory=list)  # datasets.PendingOriginal: received files kept when applied
    # Dataset citations whose original arrives with the import (a package): checked against its
    # bytes once they are stored, by plan_from_import, inside the transaction that applies the plan.
    quotes_to_check: list[dict] = field(default_factory=list)

    def summary(self) -> str:
        lines = []
        for table in CONTRACT:
            added, changed = self.added.get(table, []), self.changed.get(table, [])
            removed = self.removed.get(table, [])
            if added or changed or removed:
                lines.append(f"{table}: {len(added)} added, {len(changed)} changed, "
                             f"{self.unchanged.get(table, 0)} unchanged" + (f", {len(removed)} removed" if removed else ""))
                lines.extend(f"  changed: {row_id}" for row_id in changed[:20])
                lines.extend(f"  removed: {row_id}" for row_id in removed[:20])
        if self.meta_changed:
            lines.append(f"meta: {', '.join(self.meta_changed)} changed")
        lines.extend(f"skipped: {count} {what}" for what, count in sorted(self.skipped.items()))
        lines.extend(f"same person? {m.name!r} ({m.key}) has the name of {m.person_name!r} ({m.person_id}); "
                     "imported as a new person unless confirmed" for m in self.name_matches)
        return "\n".join(lines) or "nothing to add or change"

    @property
    def counts(self) -> tuple[int, int]:
        return sum(map(len, self.added.values())), sum(map(len, self.changed.values()))


# --- export --------------------------------------------------------------------------


def export_document(store: Store) -> dict:
    document: dict = {"format": FORMAT, "format_version": FORMAT_VERSION, "meta": store.meta()}
    for table in CONTRACT:
        document[table] = list(store.iter_contract_rows(table))
    return document


def dumps(document: dict) -> str:
    """The canonical bytes: sorted keys, two-space indent, UTF-8, final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def export_json(store: Store, path: Path | str, progress: Progress | None = None) -> None:
    """Write ``dumps(export_document(store))`` a row at a time: memory stays flat, Cancel leaves no file."""
    document = {"format": FORMAT, "format_version": FORMAT_VERSION, "meta": store.meta()}
    total, done = sum(store.count(table) for table in CONTRACT), 0
    with durable.new_file(Path(path)) as out:
        report(progress, 0, total)
        out.write(b"{")
        for number, key in enumerate(sorted([*document, *CONTRACT])):
            out.write(f'{"," if number else ""}\n  {json.dumps(key)}: '.encode("utf-8"))
            if key not in CONTRACT:
                out.write(_indented(document[key], "  "))
                continue
            separator = b"["
            for row in store.iter_contract_rows(key):
                out.write(separator + b"\n    " + _indented(row, "    "))
                separator = b","
                done += 1
                if done % _PROGRESS_EVERY == 0:
                    report(progress, done, total)
            out.write(b"[]" if separator == b"[" else b"\n  ]")
        out.write(b"\n}\n")
        report(progress, total, total)


def _indented(value, indent: str) -> bytes:
    """A value as ``dumps`` writes it nested at this indent (JSON text holds no raw line breaks)."""
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True).replace("\n", "\n" + indent).encode("utf-8")


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target then replace it, so a crash never leaves half a file (``durable.new_file``)."""
    with durable.new_file(path) as out:
        out.write(data)


# --- reading -------------------------------------------------------------------------


def read_document(path: Path | str, progress: Progress | None = None) -> StagedDocument:
    """Read an exchange file strictly, one record at a time (``json_stream``), into a staged document.

    Every record is checked against the JSON Schema as it is read; the records wait
    on disk (``staging``), so memory stays bounded whatever the file holds. ``progress``
    hears of the bytes read; a Cancel raises Cancelled.
    """
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ExchangeError([too_large(name, size)])
        with open(path, "rb") as handle:
            document = StagedDocument(scratch_folder())
            try:
                _read_into(handle, name, document, progress, size)
            except BaseException:
                document.close()
                raise
    except OSError as error:
        raise ExchangeError([cannot_be_read(name, error)]) from None
    return document


def too_large(name: str, size: int, limit: int = MAX_FILE_BYTES) -> str:
    return translate("exchange", "{name}: {size} bytes is larger than the {limit} bytes allowed").format(
        name=name, size=number(size), limit=number(limit))


def cannot_be_read(name: str, error: OSError) -> str:
    return translate("exchange", "{name}: cannot be read ({reason})").format(name=name, reason=error.strerror)


def no_row(place: str, target: str, row_id) -> str:
    """A reference to a record that is neither in the file nor in the dossier."""
    return translate("exchange", "{place}: no {target} row has id {id}").format(place=place, target=target, id=repr(row_id))


_OTHER_ENCODINGS = (
    (b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xfe\xff", "UTF-16"), (b"\xff\xfe", "UTF-16"),
)


def decode_text(raw: bytes, name: str) -> str:
    """UTF-8 text of a small part of a package (a leading byte-order mark dropped); binary formats and
    other encodings refused by name."""
    kind = file_kinds.sniff(raw[:file_kinds.HEAD_BYTES])
    if kind is not None:
        raise ExchangeError([f"{name}: {file_kinds.not_exchange_file(kind)}"])
    for mark, encoding in _OTHER_ENCODINGS:
        if raw.startswith(mark):
            raise ExchangeError([translate("exchange", "{name}: is {encoding} text; save it as UTF-8 and import again").format(
                name=name, encoding=encoding)])
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ExchangeError([translate("exchange", "{name}: not UTF-8 text (byte {byte})").format(
            name=name, byte=number(error.start))]) from None


MAX_INTEGER_DIGITS = 18


def _no_duplicate_keys(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(translate("exchange", "duplicate key {key}").format(key=repr(key)))
        seen[key] = value
    return seen


def _no_constants(name):
    raise ValueError(translate("exchange", "{name} is not a number JSON allows").format(name=name))


def _finite_number(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(translate("exchange", "{number} is too large a number").format(number=text))
    return number


def _bounded_integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise ValueError(translate("exchange", "{number}… is too large a number").format(number=text[:20]))
    return int(text)


def strict_json(text: str):
    """JSON as received datasets must be: no duplicate keys, no NaN or Infinity, no huge numbers.

    (Exchange files have their own streamed reader, ``json_stream``, with the same rules.)
    Raises json.JSONDecodeError, ValueError (saying what), or RecursionError (too deeply nested).
    """
    return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants,
                      parse_float=_finite_number, parse_int=_bounded_integer)


def parse_document(text: str, name: str = "document") -> dict:
    """A document given as text, read by the same strict reader, as a plain dictionary (small documents)."""
    document: dict = {"meta": {}, **{table: [] for table in CONTRACT}}
    try:
        for part, value in json_stream.read_exchange(io.BytesIO(text.encode("utf-8", "surrogatepass"))):
            if part == "row":
                table, _, row = value
                document[table].append(row)
            else:
                document[part] = value
                _check_format(part, value, name)
    except json_stream.StreamError as error:
        raise ExchangeError([f"{name}: {error}"]) from None
    return document


def _read_into(handle, name: str, document: StagedDocument, progress: Progress | None, size: int) -> None:
    try:
        for part, value in json_stream.read_exchange(handle):
            if part == "row":
                table, index, row = value
                if index % _PROGRESS_EVERY == 0:
                    report(progress, min(handle.tell(), size), size)
                document.add(table, row, f"{name}: {table} {row['id']!r}" if isinstance(row.get("id"), str)
                             and row["id"] else f"{name}: {table}[{index}]")
            elif part == "meta":
                document.set_meta(value, f"{name}: meta")
            else:
                document.parts[part] = value
                _check_format(part, value, name)
    except json_stream.StreamError as error:
        raise ExchangeError([f"{name}: {error}"]) from None
    if document.problems:
        raise ExchangeError(document.problems)


def _check_format(part: str, value, name: str) -> None:
    if part == "format" and value != FORMAT:
        raise ExchangeError([translate("exchange", "{name}: format: expected {expected}, found {found}").format(
            name=name, expected=repr(FORMAT), found=repr(value))])
    if part == "format_version" and type(value) is int and value > FORMAT_VERSION:  # never read a newer format as ours
        raise ExchangeError([translate(
            "exchange", "{name}: was made by a newer Dossier Timeline (format version {version}; this version reads up to "
            "{readable}); update the app to import it").format(name=name, version=number(value), readable=number(FORMAT_VERSION))])
    if part == "format_version" and value not in READABLE_VERSIONS:
        raise ExchangeError([translate("exchange", "{name}: format_version: this version reads {readable}, found {found}").format(
            name=name, readable=translate("exchange", " and ").join(map(number, READABLE_VERSIONS)), found=repr(value))])



@cache
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema  # loaded by the first document checked, not at start-up

    return jsonschema.Draft202012Validator(json.loads(EXCHANGE_SCHEMA.read_text(encoding="utf-8")))


def _where(document: dict, path) -> str:
    parts = list(path)
    if len(parts) >= 2 and parts[0] in CONTRACT and isinstance(parts[1], int):
        table, index = parts[0], parts[1]
        row = document[table][index]
        row_id = row.get("id") if isinstance(row, dict) else None
        place = f"{table} {row_id!r}" if row_id else f"{table}[{index}]"
        return place + (f": {parts[2]}" if len(parts) > 2 else "")
    return "/".join(str(p) for p in parts) or "top level"


def schema_problems(document: dict, name: str) -> list[str]:
    problems = []
    for error in sorted(_validator().iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
        message = error.message
        if len(message) > 200:  # a long value quoted in full would hide the reason after it
            shown = repr(error.instance)
            message = message.replace(shown, shown[:60] + "…" if len(shown) > 60 else shown)[:300]
        problems.append(f"{name}: {_where(document, error.absolute_path)}: {message}")
        if len(problems) >= 200:
            break
    return problems


# --- rules ---------------------------------------------------------------------------


def rule_problems(document: dict, store: Store, name: str, originals_at_hand: frozenset[str] = frozenset(),
                  dataset_files: dict[str, Path] | None = None) -> list[str]:
    """Dossier rules the schema cannot express: ids, dates, references, quotes.

    ``originals_at_hand``: SHA-256s of originals a package or dataset brings, stored before its rows.
    ``dataset_files``: a dataset source's received file by source id, whose bytes its
    citations quote (stored as its original when the import is applied).
    """
    problems: list[str] = []
    ids: dict[str, set[str]] = {"originals": set(originals_at_hand)}
    for table in CONTRACT:
        seen: set[str] = set()
        for row in document[table]:
            if row["id"] in seen:
                problems.append(translate("exchange", "{place}: id: appears more than once").format(
                    place=f"{name}: {table} {row['id']!r}"))
            seen.add(row["id"])
        ids[table] = seen

    def exists(table: str, row_id: str) -> bool:
        return row_id in ids.get(table, ()) or store.get(table, row_id) is not None

    problems.extend(control_characters.problems_in_row(document["meta"], f"{name}: meta"))
    for table in CONTRACT:
        for row in document[table]:
            problems.extend(control_characters.problems_in_row(row, f"{name}: {table} {row['id']!r}"))
    if "as_of" in document["meta"]:
        try:
            dates.parse(document["meta"]["as_of"])
        except dates.DateError as error:
            problems.append(f"{name}: meta: as_of: {error}")
    for table in CONTRACT:
        for row in document[table]:
            place = f"{name}: {table} {row['id']!r}"
            for column, ongoing_allowed in DATE_COLUMNS.get(table, ()):
                try:
                    dates.validate(row[column], end=ongoing_allowed)
                except dates.DateError as error:
                    problems.append(f"{place}: {column}: {error}")
            for start, end in SPANS.get(table, ()):
                try:
                    if dates.end_before_start(row[start], row[end]):
                        problems.append(translate("exchange", "{place}: {end}: {end_date} is before {start} {start_date}").format(
                            place=place, end=end, end_date=row[end], start=start, start_date=row[start]))
                except dates.DateError:
                    pass  # already named above
            for (ref_table, column), target in REFERENCES.items():
                if ref_table == table and row[column] is not None and not exists(target, row[column]):
                    if target == "originals":  # bytes never travel in JSON: a package carries them
                        problems.append(translate(
                            "exchange", "{place}: {column}: the original with SHA-256 {digest} is not stored in this dossier; "
                            "import the package (.zip) that carries it").format(place=place, column=column, digest=row[column]))
                    else:
                        problems.append(no_row(f"{place}: {column}", target, row[column]))
    for capture in document["source_originals"]:
        stored = store.get("source_originals", capture["id"])
        if stored is not None and any(stored[c] != capture[c] for c in CONTRACT["source_originals"]):
            problems.append(translate("exchange", "{place}: a capture record is never changed").format(
                place=f"{name}: source_originals {capture['id']!r}"))
    named: dict[tuple[str, str, str], str] = {}
    for identifier in document["identifiers"]:
        place = f"{name}: identifiers {identifier['id']!r}"
        target, record_id = identifier["record_table"], identifier["record_id"]
        if not exists(target, record_id):
            problems.append(no_row(f"{place}: record_id", target, record_id))
        key = (target, identifier["scheme"], identifier["value"])
        holder = named.setdefault(key, record_id)
        stored = store.query("SELECT id, record_id FROM identifiers WHERE record_table = ? AND scheme = ? AND value = ?",
                             list(key))
        if holder != record_id or (stored and stored[0]["record_id"] != record_id
                                   and stored[0]["id"] not in ids["identifiers"]):
            problems.append(translate("exchange", "{place}: value: {scheme} {value} already names another {target} row").format(
                place=place, scheme=identifier["scheme"], value=repr(identifier["value"]), target=target))
    sources = {row["id"]: row for row in document["sources"]}
    in_document = {citation["id"] for citation in document["citations"]}
    for source in document["sources"]:
        stored = store.get("sources", source["id"])
        if stored is None or stored["text"] == source["text"]:
            continue
        for citation in store.citations_of_source(source["id"]):
            if citation["id"] not in in_document and citation["quote"] not in source["text"]:
                problems.append(translate(
                    "exchange", "{place}: text: the stored citation {citation} quotes words the new text no longer has").format(
                    place=f"{name}: sources {source['id']!r}", citation=repr(citation["id"])))
    arriving = _arriving_datasets(document, store, originals_at_hand)
    with LocatedQuotes(store.db.conn, dataset_files) as located:
        for citation in document["citations"]:
            place = f"{name}: citations {citation['id']!r}"
            target = citation["record_table"]
            if not exists(target, citation["record_id"]):
                problems.append(no_row(f"{place}: record_id", target, citation["record_id"]))
            if citation["field"] is not None and citation["field"] not in CONTRACT[target]:
                problems.append(translate("exchange", "{place}: field: {target} has no column {column}").format(
                    place=place, target=target, column=repr(citation["field"])))
            source = sources.get(citation["source_id"]) or store.get("sources", citation["source_id"])
            if source is None:
                continue
            if source["kind"] == DATASET:
                problem = None if citation["source_id"] in arriving else located.problem(citation)
                if problem:
                    problems.append(f"{place}: {problem}")
            elif citation["quote"] not in source["text"]:
                problems.append(translate("exchange", "{place}: quote: not found verbatim in source {source}").format(
                    place=place, source=repr(citation["source_id"])))
            if len(problems) >= 200:
                break
    return problems


def _arriving_datasets(document: dict, store: Store, originals_at_hand: frozenset[str]) -> set[str]:
    """Dataset sources whose original is not stored yet but comes with this import (a package brings it)."""
    datasets = {row["id"] for row in document["sources"] if row["kind"] == DATASET}
    return {capture["source_id"] for capture in document["source_originals"]
            if capture["source_id"] in datasets and capture["original_id"] in originals_at_hand
            and store.get("originals", capture["original_id"]) is None}


# --- planning and applying -----------------------------------------------------------


def plan_import(document: dict, store: Store, name: str = "document",
                originals_at_hand: frozenset[str] = frozenset(),
                dataset_files: dict[str, Path] | None = None, progress: Progress | None = None) -> ImportPlan:
    """Validate a whole document against the store; raise ExchangeError naming every problem.

    ``originals_at_hand`` and ``dataset_files``: what a package or a dataset brings (see ``rule_problems``).
    ``progress`` hears of the records compared with the dossier; a Cancel raises Cancelled.
    """
    if not isinstance(document, StagedDocument):  # a staged document was checked as it was read
        problems = schema_problems(document, name)
        if problems:
            raise ExchangeError(problems)
    problems = rule_problems(document, store, name, originals_at_hand, dataset_files)
    if problems:
        raise ExchangeError(problems)
    plan = ImportPlan(document)
    arriving = _arriving_datasets(document, store, originals_at_hand)
    plan.quotes_to_check = [citation for citation in document["citations"] if citation["source_id"] in arriving]
    existing_meta = store.meta()
    plan.meta_changed = sorted(
        key for key, value in document["meta"].items()
        if key != "schema_version" and existing_meta.get(key) != value
    )
    total, done = sum(len(document[table]) for table in CONTRACT), 0
    for table in CONTRACT:
        columns = CONTRACT[table]
        for row in document[table]:
            done += 1
            if done % _PROGRESS_EVERY == 0:
                report(progress, done, total)
            current = store.get(table, row["id"])
            if current is None:
                plan.added.setdefault(table, []).append(row["id"])
            elif any(current.get(c) != row[c] for c in columns):
                plan.changed.setdefault(table, []).append(row["id"])
            else:
                plan.unchanged[table] = plan.unchanged.get(table, 0) + 1
    return plan


def plan_from_import(store: Store, plan: ImportPlan, description: str) -> Edit:
    """The rows a validated import plan adds, changes or (an update of the default dossier) removes, as an undoable edit.

    Raises ExchangeError when a dataset citation whose original arrived with the import
    does not quote the bytes its locator names, now that they are stored.
    """
    captured = {capture["source_id"]: capture["original_id"] for capture in plan.document["source_originals"]}
    with LocatedQuotes(store.db.conn, originals_of=captured) as located:
        problems = [f"citations {citation['id']!r}: {problem}" for citation in plan.quotes_to_check
                    if (problem := located.problem(citation))]
    if problems:
        raise ExchangeError(problems)
    edit = Edit(description)
    for key in plan.meta_changed:
        edit.before[("meta", key)] = stored_row(store, "meta", key)
        edit.after[("meta", key)] = {"key": key, "value": plan.document["meta"][key]}
    for table in CONTRACT:
        wanted = set(plan.added.get(table, ())) | set(plan.changed.get(table, ()))
        for row in plan.document[table]:
            if row["id"] in wanted:
                edit.before[(table, row["id"])] = store.get(table, row["id"])
                edit.after[(table, row["id"])] = with_bounds(table, {**(edit.before[(table, row["id"])] or {}), **row})
    for table, row_ids in plan.removed.items():
        for row_id in row_ids:
            plan_delete_into(store, edit, table, row_id)
    return edit


def apply_import(plan: ImportPlan, store: Store) -> None:
    """Write a validated plan in one transaction: all of it or, on any error, nothing.

    Rows are written one at a time from the plan's document (``edits.write_rows``), so a
    large import needs no more memory than a small one; the window's undoable import
    writes the same rows through ``plan_from_import``. An update of the default dossier,
    the one import that also removes rows (with all that goes with them), is small and
    goes through that edit.
    """
    if any(plan.added.values()) or any(plan.changed.values()) or any(plan.removed.values()) or plan.meta_changed:
        backup_before(store, "import")
    with store.writing():  # a received file's bytes and the rows citing it: together or not at all
        store_originals(store, plan)
        if any(plan.removed.values()) or plan.originals:
            plan_from_import(store, plan, "Import").do(store)
            return
        write_rows(store, {key: plan.document["meta"][key] for key in plan.meta_changed}, _planned_rows(plan))


def store_originals(store: Store, plan: ImportPlan) -> None:
    """Store each received file's bytes once, before the plan's rows that capture and cite them.

    Call inside the transaction that applies the plan: bytes and rows are kept together or not at all.
    """
    for pending in plan.originals:
        if originals.get_original(store.db.conn, pending.sha256) is not None:
            continue
        stored = originals.store_original(store.db.conn, pending.path, name=pending.path.name)
        if stored.sha256 != pending.sha256:
            raise ExchangeError([translate("exchange", "{name}: changed while it was being imported; import it again")
                                 .format(name=pending.path.name)])


def _planned_rows(plan: ImportPlan):
    """(table, row, is_new) for every row a plan adds or changes, parents first, read one at a time."""
    for table in CONTRACT:
        added, changed = set(plan.added.get(table, ())), set(plan.changed.get(table, ()))
        if added or changed:
            for row in plan.document[table]:
                if row["id"] in added:
                    yield table, row, True
                elif row["id"] in changed:
                    yield table, row, False


def import_file(path: Path | str, store: Store, *, dry_run: bool = False) -> ImportPlan:
    """Read, validate and (unless dry_run) import an exchange file."""
    path = Path(path)
    document = read_document(path)
    plan = plan_import(document, store, path.name)
    if not dry_run:
        apply_import(plan, store)
    return plan

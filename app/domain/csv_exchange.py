"""CSV exchange: one ``<table>.csv`` per contract table (design.md §3).

Files are UTF-8 (a leading byte-order mark is accepted on import), RFC 4180:
comma-separated, CRLF line ends, fields with a comma, quote, CR or LF quoted,
quotes doubled. The header row is the table's contract columns (any order on
import; exported in contract order), then one row per record sorted by id.

NULL and empty text: an **empty, unquoted cell is NULL**; an empty text is
written as a quoted empty cell ``""``. Integer columns (``interested_party``,
``excerpt``, ``credibility``) hold plain decimal digits, nothing else.

Formulas and apostrophes: a cell a spreadsheet would run as a formula (starting
with ``=``, ``+``, ``-``, ``@``, tab or carriage return) is exported with a
leading ``'``, the mark spreadsheets read as "this is text"; so is a value that
itself starts with ``'`` (``'=already-escaped`` is written ``''=already-escaped``).
Import removes one leading ``'`` where it is followed by another ``'`` or a
formula character, so export → import gives back the same values exactly, while
hand-written text like "'tis" is left alone.

``meta.csv`` (``key``, ``value``) holds the dossier's settings.

Import builds an exchange document and validates it with
``exchange.plan_import`` — the same rules as JSON — so a CSV file is added all
or nothing. Files are read strictly: a wrong delimiter, ragged rows, an
unterminated quote, a duplicate, empty or unknown header, or a header without
rows is refused with file, line and field named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import durable, wording
from .exchange import (FORMAT, FORMAT_VERSION, ExchangeError, ImportPlan, MAX_FILE_BYTES, cannot_be_read, plan_import,
                       too_large)
from .json_stream import StreamError, TextWindow, field_limits
from .staging import StagedDocument
from .progress import Progress, report
from .folders import scratch_folder
from .schema import CONTRACT
from .store import Store
from .wording import translate

INTEGER_COLUMNS = {("sources", "interested_party"), ("sources", "excerpt"),
                   ("organizations", "interested_party"), ("allegations", "credibility")}
META_COLUMNS = ("key", "value")
TABLES = ("meta", *CONTRACT)
_PROGRESS_EVERY = 2000  # lines written between progress reports
_ESCAPED_ON_EXPORT = re.compile(r"['=+\-@\t\r]")  # formula starts, and the escape mark itself
_ESCAPED_ON_IMPORT = re.compile(r"'['=+\-@\t\r]")
_INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")
_NEEDS_QUOTES = re.compile(r'[",\r\n]')



def columns_of(table: str) -> tuple[str, ...]:
    return META_COLUMNS if table == "meta" else CONTRACT[table]


# --- writing -------------------------------------------------------------------------


def neutralise(text: str) -> str:
    """The cell a spreadsheet shows as text: a leading ' before formula starts and before a '."""
    return "'" + text if _ESCAPED_ON_EXPORT.match(text) else text


def encode_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    text = neutralise(str(value))
    if text == "" or _NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def table_lines(rows: Iterable[dict], columns: tuple[str, ...]) -> Iterator[str]:
    """A table as CSV lines (CRLF-ended), its header first."""
    yield ",".join(columns) + "\r\n"
    for row in rows:
        yield ",".join(encode_cell(row[c]) for c in columns) + "\r\n"


def table_rows(store: Store, table: str) -> Iterator[dict]:
    if table == "meta":
        return iter([{"key": key, "value": value} for key, value in sorted(store.meta().items())])
    return store.iter_contract_rows(table)


def export_csv(store: Store, folder: Path | str, progress: Progress | None = None) -> list[Path]:
    """Write every table as ``<table>.csv`` into folder (created; must not hold them yet), a row at a time.

    Raises Cancelled, leaving no file behind, when progress returns False.
    """
    folder = Path(folder)
    existing = [folder / f"{t}.csv" for t in TABLES if (folder / f"{t}.csv").exists()]
    if existing:
        raise FileExistsError(translate("csv_exchange", "{path} already exists; choose an empty folder").format(
            path=existing[0]))
    created_folder = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    total = sum(store.count(table) + 1 for table in TABLES)  # lines: each table's rows and header
    done = 0
    try:
        for table in TABLES:
            report(progress, done, total)
            path = folder / f"{table}.csv"
            with durable.new_file(path) as out:
                for line in table_lines(table_rows(store, table), columns_of(table)):
                    out.write(line.encode("utf-8"))
                    done += 1
                    if done % _PROGRESS_EVERY == 0:
                        report(progress, done, total)
            written.append(path)
        report(progress, total, total)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        if created_folder:
            folder.rmdir()
        raise
    return written


# --- reading -------------------------------------------------------------------------

_UNQUOTED = re.compile(r'[^,\r\n"]*')


def parse_records(window: TextWindow, name: str, longest: int,
                  header: list[str] = ()) -> Iterator[tuple[int, list[tuple[str, bool]]]]:
    """Strict RFC 4180 records as they are read: (line, [(cell, was_quoted), …]).

    A cell longer than ``longest`` characters is refused as soon as it is, never held
    whole, named by the record's id and its column in ``header`` (filled in by the caller
    once read). Raises ExchangeError naming the line and field.
    """
    line = 1

    def cell_too_long(number: int) -> ExchangeError:
        column = header[number - 1] if number <= len(header) else translate("csv_exchange", "field {number}").format(
            number=wording.number(number))
        record = next((f"{cell!r}: " for (cell, _), key in zip(cells, header) if key == "id"), "")
        return ExchangeError([translate(
            "csv_exchange", "{place}: {record}{column}: is too long (more than the {longest} characters any field of this "
            "file may hold)").format(place=at_line(name, line), record=record, column=column, longest=wording.number(longest))])

    while True:
        window.ensure(2)
        if window.pos >= len(window.text):
            return
        record_line, cells = line, []
        while True:
            window.ensure(2)
            text, number = window.text, len(cells) + 1
            if window.pos < len(text) and text[window.pos] == '"':
                opened_on, parts, size = line, [], 0
                window.pos += 1
                while True:
                    text = window.text
                    close = text.find('"', window.pos)
                    if close < 0 or (close == len(text) - 1 and not window.eof):
                        end = len(text) if close < 0 else close
                        parts.append(text[window.pos:end])
                        size += end - window.pos
                        line += text.count("\n", window.pos, end)
                        window.pos = end
                        if size > longest:
                            raise cell_too_long(number)
                        if not window.more():
                            raise ExchangeError([translate("csv_exchange", "{place}: field {number}: a quote is never closed").format(
                                place=at_line(name, opened_on), number=wording.number(number))])
                        continue
                    parts.append(text[window.pos:close])
                    size += close - window.pos
                    line += text.count("\n", window.pos, close)
                    if text.startswith('""', close):
                        parts.append('"')
                        window.pos = close + 2
                        continue
                    window.pos = close + 1
                    break
                if size > longest:
                    raise cell_too_long(number)
                cell, quoted = "".join(parts), True
                window.ensure(1)
                if window.pos < len(window.text) and window.text[window.pos] not in ",\r\n":
                    raise ExchangeError([translate("csv_exchange", "{place}: field {number}: text after a closing quote").format(
                        place=at_line(name, line), number=wording.number(number))])
            else:
                parts = []
                while True:
                    text = window.text
                    end = _UNQUOTED.match(text, window.pos).end()
                    parts.append(text[window.pos:end])
                    window.pos = end
                    if end < len(text) or not window.more():
                        break
                    if sum(map(len, parts)) > longest:
                        raise cell_too_long(number)
                cell, quoted = "".join(parts), False
                if len(cell) > longest:
                    raise cell_too_long(number)
                if window.pos < len(window.text) and window.text[window.pos] == '"':
                    raise ExchangeError([translate("csv_exchange", "{place}: field {number}: a quote inside an unquoted field").format(
                        place=at_line(name, line), number=wording.number(number))])
            cells.append((cell, quoted))
            window.ensure(2)
            text = window.text
            if window.pos < len(text) and text[window.pos] == ",":
                window.pos += 1
                continue
            break
        if text.startswith("\r\n", window.pos):
            window.pos += 2
        elif window.pos < len(text) and text[window.pos] == "\n":
            window.pos += 1
        elif window.pos < len(text) and text[window.pos] == "\r":
            raise ExchangeError([translate("csv_exchange", "{place}: a carriage return without a line feed").format(
                place=at_line(name, line))])
        line += 1
        yield record_line, cells


def at_line(name: str, line: int) -> str:
    """Where in a CSV file: "people.csv: line 4"."""
    return translate("csv_exchange", "{name}: line {line}").format(name=name, line=wording.number(line))


def table_of(path: Path | str, table: str | None = None) -> str:
    """The table a CSV file holds: the one given, or the one it is named after."""
    path = Path(path)
    table = table or path.stem
    if table not in TABLES:
        raise ExchangeError([translate("csv_exchange", "{name}: no table {table}; name the file <table>.csv or give the table ({tables})").format(
            name=path.name, table=repr(table), tables=", ".join(TABLES))])
    return table


def read_table_csv(path: Path | str, table: str, *, allow_empty: bool = False) -> Iterator[tuple[int, dict]]:
    """(line, row) for every record of a CSV file of ``table``, read as a stream.

    A header without rows is refused unless ``allow_empty`` (an exported empty table).
    Problems with values are collected and raised together at the end (at most 200).
    """
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ExchangeError([too_large(name, size)])
        with open(path, "rb") as handle:
            try:
                window = TextWindow(handle)
            except StreamError as error:
                raise ExchangeError([f"{name}: {error}"]) from None
            yield from _rows(window, table, name, allow_empty)
    except OSError as error:
        raise ExchangeError([cannot_be_read(name, error)]) from None


def _rows(window: TextWindow, table: str, name: str, allow_empty: bool) -> Iterator[tuple[int, dict]]:
    limits = field_limits()[table] if table != "meta" else {"key": 100, "value": field_limits()["meta"][""]}
    header: list[str] = []
    records = parse_records(window, name, max(limits.values()), header)
    try:
        first = next(records)
    except StopIteration:
        raise ExchangeError([translate("csv_exchange", "{place}: the file is empty; expected a header row").format(
            place=at_line(name, 1))]) from None
    except StreamError as error:
        raise ExchangeError([f"{name}: {error}"]) from None
    header.extend(_check_header(first[1], columns_of(table), name))
    problems, count = [], 0
    try:
        for line, cells in records:
            count += 1
            if len(cells) != len(header):
                problems.append(translate("csv_exchange", "{place}: {count} fields where the header has {header}").format(
                    place=at_line(name, line), count=wording.number(len(cells)), header=wording.number(len(header))))
                continue
            row = {}
            for column, (cell, quoted) in zip(header, cells):
                try:
                    row[column] = _decode_cell(table, column, cell, quoted)
                except ValueError as error:
                    problems.append(f"{at_line(name, line)}: {column}: {error}")
            if len(problems) >= 200:
                break
            yield line, row
    except StreamError as error:
        raise ExchangeError([f"{name}: {error}"]) from None
    if count == 0 and not allow_empty:
        raise ExchangeError([translate("csv_exchange", "{place}: a header with no rows; nothing to import").format(
            place=at_line(name, 2))])
    if problems:
        raise ExchangeError(problems)


def _check_header(cells: list[tuple[str, bool]], columns: tuple[str, ...], name: str) -> list[str]:
    header = [cell for cell, _ in cells]
    if len(header) == 1 and any(sep in header[0] for sep in ";\t|"):
        raise ExchangeError([translate("csv_exchange", "{place}: the header is one field {header}; fields must be separated by commas").format(
            place=at_line(name, 1), header=repr(header[0][:60]))])
    problems = []
    for number, column in enumerate(header, 1):
        place = translate("csv_exchange", "{place}: field {number}").format(place=at_line(name, 1), number=wording.number(number))
        if not column:
            problems.append(translate("csv_exchange", "{place}: an empty column name").format(place=place))
        elif header.index(column) != number - 1:
            problems.append(translate("csv_exchange", "{place}: {column} appears more than once").format(
                place=place, column=repr(column)))
        elif column not in columns:
            problems.append(translate("csv_exchange", "{place}: unknown column {column} (expected {columns})").format(
                place=place, column=repr(column), columns=", ".join(columns)))
    missing = [c for c in columns if c not in header]
    if missing:
        problems.append(translate("csv_exchange", "{place}: missing column {columns}").format(
            place=at_line(name, 1), columns=", ".join(missing)))
    if problems:
        raise ExchangeError(problems)
    return header


def _decode_cell(table: str, column: str, cell: str, quoted: bool):
    if cell == "" and not quoted:
        return None
    if (table, column) in INTEGER_COLUMNS:
        if not _INTEGER.fullmatch(cell):
            raise ValueError(translate("csv_exchange", "{value} is not a whole number").format(value=repr(cell[:40])))
        return int(cell)
    return cell[1:] if _ESCAPED_ON_IMPORT.match(cell) else cell


# --- importing -----------------------------------------------------------------------


def plan_csv_import(paths: Iterable[Path | str], store: Store, table: str | None = None,
                    *, allow_empty: bool = False) -> ImportPlan:
    """Read and validate CSV files (each named after its table, or all for ``table``), a row at a time.

    The rows wait in a staged document (on disk) with the store's meta, updated by
    ``meta.csv`` if given; then the same rules as JSON decide.
    """
    document = StagedDocument(scratch_folder())
    try:
        document.parts.update(format=FORMAT, format_version=FORMAT_VERSION)
        meta = dict(store.meta())
        meta.pop("schema_version", None)
        seen, names = set(), []
        for path in paths:
            name, found = Path(path).name, table_of(path, table)
            if found in seen:
                raise ExchangeError([translate("csv_exchange", "{name}: a second file for table {table}").format(
                    name=name, table=repr(found))])
            seen.add(found)
            names.append(name)
            for _, row in read_table_csv(path, found, allow_empty=allow_empty):
                if found == "meta":
                    meta[row["key"]] = row["value"]
                else:
                    row_id = row.get("id")
                    document.add(found, row, f"{name}: {found} {row_id!r}" if row_id else None)
        document.set_meta(meta, f"{', '.join(names)}: meta")
        if document.problems:
            raise ExchangeError(document.problems)
        return plan_import(document, store, ", ".join(names))
    except BaseException:
        document.close()
        raise


def csv_files_in(folder: Path | str) -> list[Path]:
    """The ``<table>.csv`` files of an export folder, in table order."""
    folder = Path(folder)
    return [folder / f"{t}.csv" for t in TABLES if (folder / f"{t}.csv").is_file()]


def plan_csv_folder(folder: Path | str, store: Store) -> ImportPlan:
    """Validate an export folder's CSV files together (empty tables allowed)."""
    files = csv_files_in(folder)
    if not files:
        raise ExchangeError([translate("csv_exchange", "{name}: no <table>.csv files in this folder").format(
            name=Path(folder).name)])
    return plan_csv_import(files, store, allow_empty=True)

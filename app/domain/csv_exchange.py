"""CSV exchange: one ``<table>.csv`` per contract table (design.md §3).

Files are UTF-8 (a leading byte-order mark is accepted on import), RFC 4180:
comma-separated, CRLF line ends, fields with a comma, quote, CR or LF quoted,
quotes doubled. The header row is the table's contract columns (any order on
import; exported in contract order), then one row per record sorted by id.

NULL and empty text: an **empty, unquoted cell is NULL**; an empty text is
written as a quoted empty cell ``""``. Integer columns (``interested_party``,
``excerpt``, ``credibility``) hold plain decimal digits, nothing else.

Formulas: a cell a spreadsheet would run as a formula (starting with ``=``,
``+``, ``-``, ``@``, tab or carriage return) is exported with a leading ``'``;
so is a value that already starts with apostrophes followed by one of those.
Import removes one leading ``'`` from such cells, so export → import gives back
the same values exactly, while text like "'tis" is left alone.

``meta.csv`` (``key``, ``value``) holds the dossier's settings.

Import builds an exchange document and validates it with
``exchange.plan_import`` — the same rules as JSON — so a CSV file is added all
or nothing. Files are read strictly: a wrong delimiter, ragged rows, an
unterminated quote, a duplicate, empty or unknown header, or a header without
rows is refused with file, line and field named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from .exchange import (
    FORMAT, FORMAT_VERSION, ExchangeError, ImportPlan, MAX_FILE_BYTES, decode_text, plan_import, write_atomically,
)
from .edits import Cancelled, Progress
from .schema import CONTRACT
from .store import Store

INTEGER_COLUMNS = {("sources", "interested_party"), ("sources", "excerpt"),
                   ("organizations", "interested_party"), ("allegations", "credibility")}
META_COLUMNS = ("key", "value")
TABLES = ("meta", *CONTRACT)
_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_NEUTRALISED = re.compile(r"'+[=+\-@\t\r]")
_INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")
_NEEDS_QUOTES = re.compile(r'[",\r\n]')



def columns_of(table: str) -> tuple[str, ...]:
    return META_COLUMNS if table == "meta" else CONTRACT[table]


# --- writing -------------------------------------------------------------------------


def neutralise(text: str) -> str:
    """The cell a spreadsheet shows as text: a leading ' before formula starts."""
    return "'" + text if _FORMULA.match(text) else text


def encode_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    text = neutralise(str(value))
    if text == "" or _NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def table_csv(rows: Iterable[dict], columns: tuple[str, ...]) -> str:
    lines = [",".join(columns)]
    lines.extend(",".join(encode_cell(row[c]) for c in columns) for row in rows)
    return "\r\n".join(lines) + "\r\n"


def table_rows(store: Store, table: str) -> list[dict]:
    if table == "meta":
        return [{"key": key, "value": value} for key, value in sorted(store.meta().items())]
    return list(store.iter_contract_rows(table))


def export_csv(store: Store, folder: Path | str, progress: Progress | None = None) -> list[Path]:
    """Write every table as ``<table>.csv`` into folder (created; must not hold them yet).

    Raises Cancelled, leaving no file behind, when progress returns False.
    """
    folder = Path(folder)
    existing = [folder / f"{t}.csv" for t in TABLES if (folder / f"{t}.csv").exists()]
    if existing:
        raise FileExistsError(f"{existing[0]} already exists; choose an empty folder")
    created_folder = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        for done, table in enumerate(TABLES):
            if progress is not None and not progress(done, len(TABLES)):
                raise Cancelled()
            path = folder / f"{table}.csv"
            write_atomically(path, table_csv(table_rows(store, table), columns_of(table)).encode("utf-8"))
            written.append(path)
        if progress is not None:
            progress(len(TABLES), len(TABLES))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        if created_folder:
            folder.rmdir()
        raise
    return written


# --- reading -------------------------------------------------------------------------


def parse_records(text: str, name: str) -> list[tuple[int, list[tuple[str, bool]]]]:
    """Strict RFC 4180 records: (line, [(cell, was_quoted), …]); raises ExchangeError."""
    records: list[tuple[int, list[tuple[str, bool]]]] = []
    line, position, length = 1, 0, len(text)
    while position < length:
        record_line, cells = line, []
        while True:
            if position < length and text[position] == '"':
                opened_on, position, parts = line, position + 1, []
                while True:
                    close = text.find('"', position)
                    if close < 0:
                        raise ExchangeError([f"{name}: line {opened_on}: field {len(cells) + 1}: a quote is never closed"])
                    parts.append(text[position:close])
                    line += text.count("\n", position, close)
                    if text.startswith('""', close):
                        parts.append('"')
                        position = close + 2
                        continue
                    position = close + 1
                    break
                cell, quoted = "".join(parts), True
                if position < length and text[position] not in ",\r\n":
                    raise ExchangeError([f"{name}: line {line}: field {len(cells) + 1}: text after a closing quote"])
            else:
                end = position
                while end < length and text[end] not in ',\r\n':
                    end += 1
                cell, quoted = text[position:end], False
                if '"' in cell:
                    raise ExchangeError([f"{name}: line {line}: field {len(cells) + 1}: a quote inside an unquoted field"])
                position = end
            cells.append((cell, quoted))
            if position < length and text[position] == ",":
                position += 1
                continue
            break
        if text.startswith("\r\n", position):
            position += 2
        elif position < length and text[position] == "\n":
            position += 1
        elif position < length and text[position] == "\r":
            raise ExchangeError([f"{name}: line {line}: a carriage return without a line feed"])
        line += 1
        records.append((record_line, cells))
    return records


def read_table_csv(path: Path | str, table: str | None = None, *, allow_empty: bool = False) -> tuple[str, list[dict]]:
    """(table, rows) from a CSV file named ``<table>.csv`` (or for the table given).

    A header without rows is refused unless ``allow_empty`` (an exported empty table).
    """
    path = Path(path)
    name = path.name
    table = table or path.stem
    if table not in TABLES:
        raise ExchangeError([f"{name}: no table {table!r}; name the file <table>.csv or give the table "
                             f"({', '.join(TABLES)})"])
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ExchangeError([f"{name}: {size} bytes is larger than the {MAX_FILE_BYTES} bytes allowed"])
        raw = path.read_bytes()
    except OSError as error:
        raise ExchangeError([f"{name}: cannot be read ({error.strerror})"]) from None
    return table, rows_from_text(decode_text(raw, name), table, name, allow_empty=allow_empty)


def rows_from_text(text: str, table: str, name: str, *, allow_empty: bool = False) -> list[dict]:
    records = parse_records(text, name)
    if not records:
        raise ExchangeError([f"{name}: line 1: the file is empty; expected a header row"])
    columns = columns_of(table)
    header = _check_header(records[0][1], columns, name)
    if len(records) == 1 and not allow_empty:
        raise ExchangeError([f"{name}: line 2: a header with no rows; nothing to import"])
    rows, problems = [], []
    for line, cells in records[1:]:
        if len(cells) != len(header):
            problems.append(f"{name}: line {line}: {len(cells)} fields where the header has {len(header)}")
            continue
        row = {}
        for column, (cell, quoted) in zip(header, cells):
            try:
                row[column] = _decode_cell(table, column, cell, quoted)
            except ValueError as error:
                problems.append(f"{name}: line {line}: {column}: {error}")
        rows.append(row)
        if len(problems) >= 200:
            break
    if problems:
        raise ExchangeError(problems)
    return rows


def _check_header(cells: list[tuple[str, bool]], columns: tuple[str, ...], name: str) -> list[str]:
    header = [cell for cell, _ in cells]
    if len(header) == 1 and any(sep in header[0] for sep in ";\t|"):
        raise ExchangeError([f"{name}: line 1: the header is one field {header[0][:60]!r}; "
                             "fields must be separated by commas"])
    problems = []
    for number, column in enumerate(header, 1):
        if not column:
            problems.append(f"{name}: line 1: field {number}: an empty column name")
        elif header.index(column) != number - 1:
            problems.append(f"{name}: line 1: field {number}: {column!r} appears more than once")
        elif column not in columns:
            problems.append(f"{name}: line 1: field {number}: unknown column {column!r} "
                            f"(expected {', '.join(columns)})")
    missing = [c for c in columns if c not in header]
    if missing:
        problems.append(f"{name}: line 1: missing column {', '.join(missing)}")
    if problems:
        raise ExchangeError(problems)
    return header


def _decode_cell(table: str, column: str, cell: str, quoted: bool):
    if cell == "" and not quoted:
        return None
    if (table, column) in INTEGER_COLUMNS:
        if not _INTEGER.fullmatch(cell):
            raise ValueError(f"{cell[:40]!r} is not a whole number")
        return int(cell)
    return cell[1:] if _NEUTRALISED.match(cell) else cell


# --- importing -----------------------------------------------------------------------


def build_document(store: Store, tables: dict[str, list[dict]]) -> dict:
    """An exchange document holding these rows, with the store's meta unless meta.csv is given."""
    meta = dict(store.meta())
    meta.pop("schema_version", None)
    if "meta" in tables:
        meta.update({row["key"]: row["value"] for row in tables["meta"]})
    document: dict = {"format": FORMAT, "format_version": FORMAT_VERSION, "meta": meta}
    for table in CONTRACT:
        document[table] = tables.get(table, [])
    return document


def plan_csv_import(paths: Iterable[Path | str], store: Store, table: str | None = None,
                    *, allow_empty: bool = False) -> ImportPlan:
    """Read and validate CSV files (each named after its table, or all for ``table``)."""
    tables: dict[str, list[dict]] = {}
    names = []
    for path in paths:
        found, rows = read_table_csv(path, table, allow_empty=allow_empty)
        if found in tables:
            raise ExchangeError([f"{Path(path).name}: a second file for table {found!r}"])
        tables[found] = rows
        names.append(Path(path).name)
    return plan_import(build_document(store, tables), store, ", ".join(names))


def csv_files_in(folder: Path | str) -> list[Path]:
    """The ``<table>.csv`` files of an export folder, in table order."""
    folder = Path(folder)
    return [folder / f"{t}.csv" for t in TABLES if (folder / f"{t}.csv").is_file()]


def plan_csv_folder(folder: Path | str, store: Store) -> ImportPlan:
    """Validate an export folder's CSV files together (empty tables allowed)."""
    files = csv_files_in(folder)
    if not files:
        raise ExchangeError([f"{Path(folder).name}: no <table>.csv files in this folder"])
    return plan_csv_import(files, store, allow_empty=True)

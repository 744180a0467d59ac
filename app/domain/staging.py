"""An import's records wait on disk, not in memory, while they are checked and planned.

A million records as Python dictionaries take gigabytes; the same records as rows of
a private SQLite file take their size on disk and a page cache. ``StagedDocument``
is an exchange document (``document["persons"]`` iterates the persons, ``len`` counts
them) whose tables live in such a file, in the app's scratch folder, deleted when
the document is closed or forgotten. Each record is checked against its table's part
of the JSON Schema as it arrives, so a file is validated while it is read.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import weakref
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING


from ..resources import EXCHANGE_SCHEMA
from . import wording
from .schema import CONTRACT
from .wording import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    import jsonschema

BATCH_ROWS = 2000
MAX_PROBLEMS = 200


@cache
def _validators() -> dict[str, jsonschema.Draft202012Validator]:
    import jsonschema  # loaded by the first document checked, not at start-up

    schema = json.loads(EXCHANGE_SCHEMA.read_text(encoding="utf-8"))
    validators = {table: jsonschema.Draft202012Validator({**schema["$defs"][table], "$defs": schema["$defs"]})
                  for table in CONTRACT}
    validators["meta"] = jsonschema.Draft202012Validator(schema["properties"]["meta"])
    return validators


def row_problems(table: str, row: dict, place: str) -> list[str]:
    """A record's problems against its table's schema: '<place>: <column>: <what is wrong>'."""
    problems = []
    for error in _validators()[table].iter_errors(row):
        message = error.message if wording.language() == "en" else _reason(error)
        if len(message) > 200:  # a long value quoted in full would hide the reason after it
            shown = repr(error.instance)
            message = message.replace(shown, shown[:60] + "…" if len(shown) > 60 else shown)[:300]
        column = error.absolute_path[0] if error.absolute_path else None
        problems.append(f"{place}: {column}: {message}" if column is not None else f"{place}: {message}")
    return problems


# JSON's kinds of value, as a complaint about a value names them.
JSON_TYPES = {
    "string": QT_TRANSLATE_NOOP("staging", "text"), "integer": QT_TRANSLATE_NOOP("staging", "a whole number"),
    "number": QT_TRANSLATE_NOOP("staging", "a number"), "null": QT_TRANSLATE_NOOP("staging", "empty (null)"),
    "boolean": QT_TRANSLATE_NOOP("staging", "true or false"), "object": QT_TRANSLATE_NOOP("staging", "an object"),
    "array": QT_TRANSLATE_NOOP("staging", "a list"),
}


def _reason(error: jsonschema.ValidationError) -> str:
    """The schema's complaint in the interface's language, for the kinds a person meets.

    English keeps jsonschema's own words (the command line's output stays as it was); any
    other kind of complaint is left in them too.
    """
    value = repr(error.instance)
    value = value[:60] + "…" if len(value) > 60 else value
    kind, limit = error.validator, error.validator_value
    if kind == "required":  # one complaint per missing field, which only jsonschema's words name
        return translate("staging", "{name} missing").format(name=error.message.removesuffix(" is a required property"))
    if kind == "additionalProperties":
        extra = [name for name in error.instance if name not in error.schema.get("properties", {})]
        return translate("staging", "unknown fields: {names}").format(names=", ".join(map(repr, extra)))
    if kind == "type":
        expected = limit if isinstance(limit, list) else [limit]
        types = translate("staging", " or ").join(translate("staging", JSON_TYPES.get(name, name)) for name in expected)
        return translate("staging", "{value} is not {types}").format(value=value, types=types)
    if kind == "enum":
        return translate("staging", "{value} is not one of {choices}").format(value=value, choices=", ".join(map(repr, limit)))
    if kind == "minLength":
        return translate("staging", "must not be empty")
    if kind == "maxLength":
        return translate("staging", "is too long (more than {limit} characters)").format(limit=wording.number(limit))
    if kind == "pattern":
        return translate("staging", "{value} does not match {pattern}").format(value=value, pattern=limit)
    return error.message


def _place(table: str, index: int, row: dict) -> str:
    row_id = row.get("id")
    return f"{table} {row_id!r}" if isinstance(row_id, str) and row_id else f"{table}[{index}]"


class StagedRows:
    """One staged table: iterable (in file order), countable, indexable."""

    def __init__(self, document: StagedDocument, table: str):
        self.document, self.table = document, table

    def __len__(self) -> int:
        return self.document.counts[self.table]

    def __iter__(self) -> Iterator[dict]:
        self.document.flush()
        cursor = self.document.db.execute(f"SELECT row FROM [{self.table}] ORDER BY n")
        while batch := cursor.fetchmany(BATCH_ROWS):
            for (text,) in batch:
                yield json.loads(text)

    def __getitem__(self, index: int) -> dict:
        if not 0 <= index < len(self):
            raise IndexError(index)
        self.document.flush()
        (text,), = self.document.db.execute(f"SELECT row FROM [{self.table}] WHERE n = ?", [index]).fetchall()
        return json.loads(text)


class StagedDocument(Mapping):
    """An exchange document whose tables are kept in a temporary SQLite file (see the module)."""

    def __init__(self, scratch: Path | None = None):
        if scratch is not None:
            scratch.mkdir(parents=True, exist_ok=True)
        folder = tempfile.mkdtemp(prefix="import-", dir=scratch)
        # NOTE: read in one thread, previewed in another and applied in a third, one at a time.
        self.db = sqlite3.connect(Path(folder) / "staged.db", check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        for table in CONTRACT:
            self.db.execute(f"CREATE TABLE [{table}] (n INTEGER PRIMARY KEY, row TEXT NOT NULL)")
        self.parts: dict = {"meta": {}}
        self.counts = dict.fromkeys(CONTRACT, 0)
        self.problems: list[str] = []
        self._pending: dict[str, list[tuple[int, str]]] = {table: [] for table in CONTRACT}
        self._closer = weakref.finalize(self, _discard, self.db, folder)

    def add(self, table: str, row: dict, place: str | None = None) -> None:
        """Check a record against its table's schema and keep it (problems are collected)."""
        index = self.counts[table]
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.extend(row_problems(table, row, place or _place(table, index, row)))
        pending = self._pending[table]
        pending.append((index, json.dumps(row, ensure_ascii=False)))
        self.counts[table] = index + 1
        if len(pending) >= BATCH_ROWS:
            self._write(table)

    def set_meta(self, meta: dict, place: str = "meta") -> None:
        self.parts["meta"] = meta
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.extend(row_problems("meta", meta, place))

    def _write(self, table: str) -> None:
        self.db.executemany(f"INSERT INTO [{table}] (n, row) VALUES (?, ?)", self._pending[table])
        self._pending[table] = []

    def flush(self) -> None:
        for table in CONTRACT:
            if self._pending[table]:
                self._write(table)

    def close(self) -> None:
        """Delete the staged records now (otherwise when the document is forgotten)."""
        self._closer()

    def __getitem__(self, key: str):
        if key in CONTRACT:
            return StagedRows(self, key)
        return self.parts[key]

    def __iter__(self) -> Iterator[str]:
        yield from ("format", "format_version", "meta", *CONTRACT)

    def __len__(self) -> int:
        return 3 + len(CONTRACT)


def _discard(db: sqlite3.Connection, folder: str) -> None:
    db.close()
    shutil.rmtree(folder, ignore_errors=True)

"""Reading an exchange file as a stream: one record at a time, every limit enforced while reading.

``json.loads`` needs the whole file as text and builds every record before a single
length can be checked: a 199 MB file took 773 MB, and a 150 MB string was refused
only after it had been parsed whole. This reader keeps a window of the text (about a
megabyte) and walks the exchange format's fixed shape — a top-level object whose
tables are lists of flat records — with the standard library's own C string
scanner, so it is as strict as the strict decoder it replaces: UTF-8 only, no
duplicate keys, no NaN or Infinity, integers of at most 18 digits, no lone
surrogate escapes. A string longer than its field allows (the JSON Schema's
``maxLength``) is refused as soon as the window holds more characters than the
longest allowed value could take, never held whole.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import BinaryIO
from functools import cache
from json.decoder import scanstring

from ..resources import EXCHANGE_SCHEMA
from . import control_characters, file_kinds, wording
from .schema import CONTRACT, TABLES_ADDED_IN_FORMAT
from .wording import translate

CHUNK_BYTES = 1 << 20
MAX_INTEGER_DIGITS = 18
WIDEST_ESCAPE = 12  # characters of JSON text one character can take: a surrogate pair, \ud83d\ude00
MAX_KEY_CHARS = 200
MAX_SKIPPED_CHARS = 5_000_000  # a string in a part this version does not read
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_CONSTANTS = {"null": None, "true": True, "false": False}
_NOT_NUMBERS = ("NaN", "Infinity", "-Infinity")
_SURROGATE = re.compile("[\ud800-\udfff]")
_OTHER_ENCODINGS = (
    (b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xfe\xff", "UTF-16"), (b"\xff\xfe", "UTF-16"),
)


class StreamError(Exception):
    """One problem found while reading; the caller names the file."""


@cache
def field_limits() -> dict[str, dict[str, int]]:
    """``maxLength`` per table and column from the JSON Schema ("meta" for its values)."""
    schema = json.loads(EXCHANGE_SCHEMA.read_text(encoding="utf-8"))
    limits = {table: {column: spec.get("maxLength", 0) for column, spec in schema["$defs"][table]["properties"].items()}
              for table in CONTRACT}
    limits["meta"] = {"": schema["properties"]["meta"]["additionalProperties"]["maxLength"]}
    return limits


@cache
def row_limits() -> dict[str, int]:
    schema = json.loads(EXCHANGE_SCHEMA.read_text(encoding="utf-8"))
    return {table: schema["properties"][table].get("maxItems", 0) for table in CONTRACT}


def check_head(head: bytes) -> None:
    """Refuse a binary file or text in another encoding by its first bytes."""
    kind = file_kinds.sniff(head)
    if kind is not None:
        raise StreamError(file_kinds.not_exchange_file(kind))
    for mark, encoding in _OTHER_ENCODINGS:
        if head.startswith(mark):
            raise StreamError(translate("json_stream", "is {encoding} text; save it as UTF-8 and import again").format(
                encoding=encoding))
    if head[:4096].count(0) * 8 > len(head[:4096]):  # every other byte of UTF-16 (three in four of UTF-32)
        raise StreamError(translate("json_stream", "holds NUL bytes: UTF-16 or UTF-32 text without a byte-order mark, "
                                    "or not text at all; save it as UTF-8 and import again"))


class TextWindow:
    """A file's UTF-8 text, decoded a chunk at a time, with a position and line counting."""

    def __init__(self, handle):
        self.handle = handle
        self.decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self.text = ""
        self.pos = 0
        self.eof = False
        self.bytes_read = 0
        self.lines_before = 0  # line breaks in text already dropped
        self.column_before = 0  # characters of the current line already dropped
        head = handle.read(max(CHUNK_BYTES, 4096))  # enough to recognise a format or an encoding
        check_head(head)
        self._feed(head[3:] if head.startswith(b"\xef\xbb\xbf") else head, len(head))

    def _feed(self, raw: bytes, size: int) -> None:
        final = not raw
        try:
            self.text += self.decoder.decode(raw, final)
        except UnicodeDecodeError as error:
            raise StreamError(translate("json_stream", "not UTF-8 text (byte {byte})").format(
                byte=wording.number(self.bytes_read + error.start))) from None
        self.bytes_read += size
        self.eof = final

    def more(self, at_least: int = 0) -> bool:
        """Read more text (dropping what is behind the position); False at the end of the file."""
        if self.eof:
            return False
        if self.pos:
            dropped = self.text[:self.pos]
            breaks = dropped.count("\n")
            self.lines_before += breaks
            self.column_before = (len(dropped) - dropped.rfind("\n") - 1) if breaks else self.column_before + len(dropped)
            self.text = self.text[self.pos:]
            self.pos = 0
        raw = self.handle.read(max(CHUNK_BYTES, at_least))
        self._feed(raw, len(raw))
        return True

    def ensure(self, count: int) -> None:
        """At least ``count`` characters after the position, unless the file ends first."""
        while len(self.text) - self.pos < count and self.more():
            pass

    def where(self, pos: int | None = None) -> str:
        pos = self.pos if pos is None else pos
        breaks = self.text.count("\n", 0, pos)
        line = self.lines_before + breaks + 1
        column = (pos - self.text.rfind("\n", 0, pos)) if breaks else self.column_before + pos + 1
        return translate("json_stream", "line {line}, column {column}").format(
            line=wording.number(line), column=wording.number(column))

    def invalid(self, message: str, pos: int | None = None) -> StreamError:
        return StreamError(translate("json_stream", "not valid JSON: {problem} at {where}").format(
            problem=message, where=self.where(pos)))

    def skip_whitespace(self) -> str:
        """The next character that is not whitespace ("" at the end of the file)."""
        while True:
            self.pos = _WHITESPACE.match(self.text, self.pos).end()
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.more():
                return ""

    def expect(self, character: str, what: str) -> None:
        if self.skip_whitespace() != character:
            found = repr(self.text[self.pos:self.pos + 1]) if self.pos < len(self.text) else repr(
                translate("json_stream", "the end of the file"))
            raise self.invalid(translate("json_stream", "expecting {what}, found {found}").format(what=what, found=found))
        self.pos += 1

    def string(self, longest: int, place: str) -> str:
        """The string starting at the position (a quote), refused once longer than ``longest``."""
        start = self.pos
        window = longest * WIDEST_ESCAPE + 2
        while True:
            try:
                value, end = scanstring(self.text, start + 1, True)
            except json.JSONDecodeError as error:
                near_end = error.pos >= len(self.text) - WIDEST_ESCAPE or error.msg.startswith("Unterminated")
                if near_end and not self.eof:
                    if len(self.text) - start > window:
                        raise StreamError(translate("json_stream", "{place}: is too long (more than {longest} characters)").format(
                            place=place, longest=wording.number(longest))) from None
                    grown = len(self.text) - start
                    self.more(grown)  # doubling: a long legal value is scanned a few times, not once per chunk
                    start = self.pos
                    continue
                if error.msg.startswith("Invalid control character") and error.pos < len(self.text):
                    message = translate("json_stream", "a string holds {character} unescaped").format(
                        character=control_characters.character_name(self.text[error.pos]))
                    raise self.invalid(message, error.pos) from None
                raise self.invalid(error.msg, error.pos) from None
            if len(value) > longest:
                raise StreamError(translate("json_stream", "{place}: is too long ({count} characters; at most {longest})").format(
                    place=place, count=wording.number(len(value)), longest=wording.number(longest)))
            if _SURROGATE.search(value):
                raise StreamError(translate("json_stream", "{place}: holds a lone UTF-16 surrogate escape, not text").format(place=place))
            self.pos = end
            return value

    def scalar(self, longest: int, place: str):
        """A string, number, true, false or null; a nested object or list is refused."""
        character = self.skip_whitespace()
        if character == '"':
            return self.string(longest, place)
        if character in ("{", "["):
            nested = (translate("json_stream", "{place}: a nested object, where only text, a number or null belongs")
                      if character == "{" else
                      translate("json_stream", "{place}: a nested list, where only text, a number or null belongs"))
            raise StreamError(nested.format(place=place))
        self.ensure(400)
        for word, value in _CONSTANTS.items():
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return value
        for word in _NOT_NUMBERS:
            if self.text.startswith(word, self.pos):
                raise StreamError(translate("json_stream", "{place}: {word} is not a number JSON allows").format(place=place, word=word))
        match = _NUMBER.match(self.text, self.pos)
        if not match:
            raise self.invalid(translate("json_stream", "expecting a value"))
        whole, fraction, exponent = match.groups()
        if len(whole.lstrip("-")) > MAX_INTEGER_DIGITS or match.end() - self.pos >= 400:
            raise StreamError(translate("json_stream", "{place}: {number} is too large a number").format(
                place=place, number=match.group()[:20] + "…"))
        self.pos = match.end()
        if fraction is None and exponent is None:
            return int(whole)
        number = float(match.group())
        if number in (float("inf"), float("-inf")):
            raise StreamError(translate("json_stream", "{place}: {number} is too large a number").format(
                place=place, number=match.group()[:20]))
        return number

    def skip_value(self, place: str) -> None:
        """Read past one value of any shape (nested without recursion), keeping none of it."""
        depth = 0
        while True:
            character = self.skip_whitespace()
            if character in ("{", "["):
                depth += 1
                self.pos += 1
            elif character in ("}", "]"):
                depth -= 1
                self.pos += 1
            elif character in (",", ":") and depth:
                self.pos += 1
                continue
            elif character == '"':
                self.string(MAX_SKIPPED_CHARS, place)
            elif character == "":
                raise self.invalid(translate("json_stream", "the file ends inside a value"))
            else:
                self.scalar(MAX_SKIPPED_CHARS, place)
            if depth <= 0:
                return

    def members(self, place: str) -> Iterator[str]:
        """Keys of the object at the position, each left positioned at its value; no key twice."""
        self.expect("{", translate("json_stream", "an object"))
        seen: set[str] = set()
        if self.skip_whitespace() == "}":
            self.pos += 1
            return
        while True:
            if self.skip_whitespace() != '"':
                raise self.invalid(translate("json_stream", "expecting a property name in double quotes"))
            key = self.string(MAX_KEY_CHARS, translate("json_stream", "{place}: a key").format(place=place))
            if key in seen:
                raise StreamError(translate("json_stream", "{place}: duplicate key {key}").format(place=place, key=repr(key)))
            seen.add(key)
            self.expect(":", translate("json_stream", "':' after a key"))
            yield key
            following = self.skip_whitespace()
            self.pos += 1
            if following == "}":
                return
            if following != ",":
                raise self.invalid(translate("json_stream", "expecting ',' or '}' after a value"), self.pos - 1)


def read_exchange(handle: BinaryIO) -> Iterator[tuple[str, object]]:
    """The parts of an exchange file as they are read from a binary handle: ("format", value),
    ("format_version", value), ("meta", dict) and ("row", (table, index, row)) for every record.

    Raises StreamError (without the file's name) at the first problem.
    """
    limits, most_rows = field_limits(), row_limits()
    text = TextWindow(handle)
    if text.skip_whitespace() != "{":
        raise text.invalid(translate("json_stream", "the top level must be an object with format, meta and tables"))
    found: set[str] = set()
    unknown = None
    version = None
    for key in text.members("top level"):
        found.add(key)
        if key in ("format", "format_version"):
            value = text.scalar(200, key)
            version = value if key == "format_version" else version
            yield key, value
        elif key == "meta":
            meta = {}
            for name in text.members("meta"):
                meta[name] = text.scalar(limits["meta"][""], f"meta: {name}")
            yield "meta", meta
        elif key in CONTRACT:
            yield from _table_rows(text, key, limits[key], most_rows[key])
        else:  # said at the end: a newer format's new part must not hide its format_version
            unknown = unknown or key
            text.skip_value(f"top level: {key}")
    if text.skip_whitespace() != "":
        raise text.invalid(translate("json_stream", "extra data after the top-level object"))
    if unknown:
        raise StreamError(translate("json_stream", "top level: {key} is not a part of the exchange format (expected format, "
                                    "format_version, meta, {tables})").format(key=repr(unknown), tables=", ".join(CONTRACT)))
    missing = [key for key in ("format", "format_version", "meta", *CONTRACT) if key not in found
               and not (type(version) is int and version < TABLES_ADDED_IN_FORMAT.get(key, 0))]
    if missing:
        raise StreamError(translate("json_stream", "top level: missing {keys}").format(keys=", ".join(repr(key) for key in missing)))


def _table_rows(text: TextWindow, table: str, limits: dict[str, int], most: int):
    text.expect("[", translate("json_stream", "a list of {table} records").format(table=table))
    index = 0
    if text.skip_whitespace() == "]":
        text.pos += 1
        return
    longest = max(limits.values())
    while True:
        if index >= most:
            raise StreamError(translate("json_stream", "{table}: more than {most} records").format(
                table=table, most=wording.number(most)))
        if text.skip_whitespace() != "{":
            raise StreamError(translate("json_stream", "{place}: a record must be an object").format(place=f"{table}[{index}]"))
        row: dict = {}
        place = f"{table}[{index}]"
        for column in text.members(place):
            if isinstance(row.get("id"), str):
                place = f"{table} {row['id']!r}"
            row[column] = text.scalar(limits.get(column) or longest, f"{place}: {column}")
        yield "row", (table, index, row)
        index += 1
        following = text.skip_whitespace()
        text.pos += 1
        if following == "]":
            return
        if following != ",":
            raise text.invalid(translate("json_stream", "expecting ',' or ']' after a record"), text.pos - 1)

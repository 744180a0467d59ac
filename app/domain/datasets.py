"""Datasets others keep (FollowTheMoney, Popolo), imported as cited records, all or nothing.

A reader (``ftm.read_ftm``, ``popolo.read_popolo``) turns a received file into a
``Dataset``: the persons, organizations, positions and terms it holds, each with
the file's own id for it, its external identifiers and where it stands in the
file (a ``Location``: line, JSON pointer, byte range). ``plan_dataset`` matches
them against the dossier — by identifier first, organizations and positions then
by name, persons by name only when the user confirms — and builds an exchange
document validated by ``exchange.plan_import``, so the import preview, undo and
the all-or-nothing write are the ones every import uses.

Provenance: the file becomes one source of kind ``dataset`` whose bytes are kept
once as a stored original (``originals``), never in ``sources.text``. Every row
cites the record it came from: the quote is the record as the file writes it and
the locator names its line (and JSON pointer) and byte range, so a citation is
verified by reading those bytes of the original, not by searching the file.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import dates, media_types, originals
from .edits import free_id, slug
from .exchange import FORMAT, FORMAT_VERSION, ExchangeError, ImportPlan, cannot_be_read, plan_import, too_large
from .located_quotes import DATASET
from .names import fold
from .schema import CONTRACT
from .store import Store
from .wording import number, translate

MAX_DATASET_BYTES = originals.DEFAULT_LIMIT_BYTES  # the file is kept as an original: the same limit
MAX_DEPTH = 20  # nesting of arrays and objects in one record
MAX_PROBLEMS = 200
MAX_QUOTE_CHARS = 20_000  # the exchange format's longest quote; a longer record is quoted from its start
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_HASH_LIKE = re.compile(r"(?=.*[0-9])[0-9a-f-]{16,}")
_ISO_DATE = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")


@dataclass(frozen=True)
class Location:
    """Where a record stands in the received file: its first line, JSON pointer and byte range."""

    line: int
    start: int
    end: int
    pointer: str | None = None

    @property
    def locator(self) -> str:
        where = f"{self.pointer} at line {self.line}" if self.pointer else f"line {self.line}"
        return f"{where}, bytes {self.start}-{self.end}"


@dataclass
class Record:
    """One record of the file mapped to a contract row (without its id)."""

    key: str  # the file's id for it, or its JSON pointer when it has none
    row: dict
    quote: str
    location: Location
    identifiers: list[tuple[str, str]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    refs: dict[str, str] = field(default_factory=dict)  # column -> key of the record it refers to


@dataclass
class Dataset:
    """What a received file holds, ready to be planned against a dossier."""

    path: Path
    sha256: str
    size: int
    date: str | None  # the day the data describes ("current" means current then)
    persons: dict[str, Record] = field(default_factory=dict)
    organizations: dict[str, Record] = field(default_factory=dict)
    positions: dict[str, Record] = field(default_factory=dict)
    terms: dict[str, Record] = field(default_factory=dict)
    skipped: Counter = field(default_factory=Counter)
    ongoing: set[str] = field(default_factory=set)  # keys of terms the file says are current


@dataclass(frozen=True)
class NameMatch:
    """An imported person whose name is that of a person already in the dossier: the user decides."""

    key: str
    name: str
    person_id: str
    person_name: str


@dataclass(frozen=True)
class PendingOriginal:
    """The received file, whose bytes are stored when the import is applied (its capture row is in the plan)."""

    path: Path
    sha256: str


@dataclass
class Provenance:
    """What the user says of the file: the source's title, URL, license and retrieval day."""

    title: str | None = None
    url: str | None = None
    license: str | None = None
    retrieved: str | None = None


class Problems:
    """Problems found while reading a file, each naming file, line and field; raised together."""

    def __init__(self, name: str):
        self.name = name
        self.found: list[str] = []

    def add(self, where: str, message: str) -> None:
        if len(self.found) < MAX_PROBLEMS:
            self.found.append(f"{self.name}: {where}: {message}")

    @property
    def full(self) -> bool:
        return len(self.found) >= MAX_PROBLEMS

    def raise_any(self) -> None:
        if self.found:
            raise ExchangeError(self.found)


# --- reading helpers shared by the readers -------------------------------------------


def check_size(path: Path, limit: int | None = None) -> int:
    """The file's size; ExchangeError when it cannot be read or is larger than the limit."""
    limit = MAX_DATASET_BYTES if limit is None else limit
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ExchangeError([cannot_be_read(path.name, error)]) from None
    if not path.is_file():
        raise ExchangeError([translate("datasets", "{name}: is not a file").format(name=path.name)])
    if size > limit:
        raise ExchangeError([too_large(path.name, size, limit)])
    return size


def depth_problem(value, limit: int = MAX_DEPTH) -> str | None:
    """Words for a value nested deeper than the limit, else None (walked without recursion)."""
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, (dict, list)):
            if depth > limit:
                return translate("datasets", "nested more than {limit} levels deep").format(limit=number(limit))
            pending.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return None


def file_day(path: Path) -> str:
    """The day the file was last written (local time): when nothing in it says its date."""
    return _dt.date.fromtimestamp(path.stat().st_mtime).isoformat()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while piece := stream.read(1 << 20):
            digest.update(piece)
    return digest.hexdigest()


def quote_of(text: str, location: Location) -> tuple[str, Location]:
    """The record as quoted: all of it, or its start when longer than a quote may be (the range shrinks too)."""
    if len(text) <= MAX_QUOTE_CHARS:
        return text, location
    quoted = text[:MAX_QUOTE_CHARS]
    return quoted, Location(location.line, location.start, location.start + len(quoted.encode("utf-8")),
                            location.pointer)


def common_date(values: Iterable[str]) -> str | None:
    """One ISO date for several the file gives: the longest year/month/day prefix they share."""
    values = sorted(set(values))
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    shared = values[0]
    for value in values[1:]:
        while shared and not (value.startswith(shared) and (len(value) == len(shared) or value[len(shared)] == "-")):
            shared = shared[:-3] if len(shared) > 4 else ""
    return shared or None


def iso_day(value: str) -> str:
    """An ISO date or date-time prefix cut to the day: the dossier keeps dates, not times."""
    return value[:10]


def is_iso_date(value) -> bool:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return False
    try:
        dates.validate(value)
    except dates.DateError:
        return False
    return True


# --- planning --------------------------------------------------------------------------


def _preferred_id(key: str, fallback: str) -> str:
    """The file's own id when it reads as one of ours (a round trip keeps ids), else a slug of the name.

    A UUID or hash is no readable id, even in lower case.
    """
    readable = _SLUG.fullmatch(key) and len(key) <= 80 and not _HASH_LIKE.fullmatch(key)
    return key if readable else slug(fallback)


class _Planner:
    """Resolves a dataset's records to dossier ids and builds the exchange document."""

    def __init__(self, dataset: Dataset, store: Store, provenance: Provenance, confirmed: dict[str, str]):
        self.dataset, self.store, self.provenance, self.confirmed = dataset, store, provenance, confirmed
        self.ids: dict[str, dict[str, str]] = {t: {} for t in ("persons", "organizations", "positions", "terms")}
        self.taken: dict[str, set[str]] = {t: set() for t in CONTRACT}
        self.rows: dict[str, list[dict]] = {t: [] for t in CONTRACT}
        self.matches: list[NameMatch] = []
        self.problems = Problems(dataset.path.name)
        self.source_id = f"dataset-{dataset.sha256[:16]}"

    # identifiers and ids

    def _by_identifier(self, table: str, record: Record) -> str | None:
        for scheme, value in record.identifiers:
            found = self.store.db.execute(
                "SELECT record_id FROM identifiers WHERE record_table = ? AND scheme = ? AND value = ?",
                [table, scheme, value]).fetchone()
            if found:
                return found[0]
        return None

    def _new_id(self, table: str, wanted: str) -> str:
        new = free_id(self.store, table, wanted or "record", self.taken[table])
        self.taken[table].add(new)
        return new

    def _add(self, table: str, row: dict) -> None:
        self.rows[table].append(row)
        self.taken[table].add(row["id"])

    def _cite(self, table: str, row_id: str, record: Record) -> None:
        citation_id = f"c-{table}-{slug(row_id)}-{self.source_id}"
        self._add("citations", {"id": citation_id, "source_id": self.source_id, "record_table": table,
                                "record_id": row_id, "field": None, "quote": record.quote,
                                "locator": record.location.locator, "note": None})

    def _identify(self, table: str, row_id: str, record: Record) -> None:
        for scheme, value in record.identifiers:
            stored = self.store.db.execute(
                "SELECT record_id FROM identifiers WHERE record_table = ? AND scheme = ? AND value = ?",
                [table, scheme, value]).fetchone()
            if stored and stored[0] == row_id:
                continue
            identifier_id = self._new_id("identifiers", slug(f"{scheme}-{value}"))
            self._add("identifiers", {"id": identifier_id, "record_table": table, "record_id": row_id,
                                      "scheme": scheme, "value": value})

    def _merged(self, table: str, row_id: str, incoming: dict) -> dict:
        """A stored row with the columns it lacks filled from the file: what is there is kept."""
        stored = self.store.get(table, row_id)
        merged = {column: stored[column] for column in CONTRACT[table]}
        for column, value in incoming.items():
            if merged.get(column) is None and value is not None:
                merged[column] = value
        return merged

    # tables

    def persons(self) -> None:
        names = self._name_index()
        for key, record in self.dataset.persons.items():
            existing = self._by_identifier("persons", record) or self.confirmed.get(key)
            if existing is not None and self.store.get("persons", existing) is None:
                self.problems.add(translate("datasets", "person {key}").format(key=repr(key)), translate(
                    "datasets", "the person {id} confirmed as the same is not in this dossier").format(id=repr(existing)))
                continue
            if existing is not None:
                row = self._merged("persons", existing, record.row)
                known = {fold(row["name"])} | {fold(a["alias"]) for a in self.store.aliases(existing)}
            else:
                for person_id in sorted(names.get(fold(record.row["name"]), ())):
                    self.matches.append(NameMatch(key, record.row["name"], person_id,
                                                  self.store.get("persons", person_id)["name"]))
                row = {"id": self._new_id("persons", _preferred_id(key, record.row["name"])), **record.row}
                known = {fold(row["name"])}
            self.ids["persons"][key] = row["id"]
            self._add("persons", row)
            self._cite("persons", row["id"], record)
            self._identify("persons", row["id"], record)
            for alias in [record.row["name"], *record.aliases]:  # a matched person's other name is an alias
                if fold(alias) in known:
                    continue
                known.add(fold(alias))
                alias_id = self._new_id("aliases", f"alias-{slug(row['id'])}-{slug(alias)}")
                self._add("aliases", {"id": alias_id, "person_id": row["id"], "alias": alias, "kind": None})
                self._cite("aliases", alias_id, record)

    def _name_index(self) -> dict[str, set[str]]:
        index: dict[str, set[str]] = {}
        for row in self.store.db.execute("SELECT id, name FROM persons UNION ALL SELECT person_id, alias FROM aliases"):
            index.setdefault(fold(row[1]), set()).add(row[0])
        return index

    def organizations(self) -> None:
        by_name = {fold(name): row_id for row_id, name in
                   self.store.db.execute("SELECT id, name FROM organizations ORDER BY id DESC")}
        for key, record in self.dataset.organizations.items():
            existing = self._by_identifier("organizations", record) or by_name.get(fold(record.row["name"]))
            if existing is not None:
                row = self._merged("organizations", existing, record.row)
            else:
                row = {"id": self._new_id("organizations", _preferred_id(key, record.row["name"])),
                       "interested_party": 0, **record.row}
            self.ids["organizations"][key] = row["id"]
            self._add("organizations", row)
            self._cite("organizations", row["id"], record)
            self._identify("organizations", row["id"], record)

    def positions(self) -> None:
        by_title = {(fold(title), organization): row_id for row_id, title, organization in
                    self.store.db.execute("SELECT id, title, organization_id FROM positions ORDER BY id DESC")}
        for key, record in self.dataset.positions.items():
            organization = self.ids["organizations"].get(record.refs.get("organization_id"))
            incoming = {**record.row, "organization_id": organization}
            existing = (self._by_identifier("positions", record)
                        or by_title.get((fold(record.row["title"]), organization)))
            if existing is not None:
                row = self._merged("positions", existing, incoming)
            else:
                row = {"id": self._new_id("positions", _preferred_id(key, record.row["title"])), **incoming}
            self.ids["positions"][key] = row["id"]
            self._add("positions", row)
            self._cite("positions", row["id"], record)
            self._identify("positions", row["id"], record)

    @property
    def as_of(self) -> str | None:
        """The day the dossier describes: its own, or for a dossier with none yet, the file's."""
        return self.store.as_of or self.dataset.date

    def terms(self) -> None:
        as_of = self.as_of
        for key, record in self.dataset.terms.items():
            person = self.ids["persons"].get(record.refs["person_id"])
            position = self.ids["positions"].get(record.refs["position_id"])
            if person is None or position is None:
                continue  # its person was refused above
            incoming = {**record.row, "person_id": person, "position_id": position}
            if key in self.dataset.ongoing:
                incoming["end"] = _ongoing_end(self.dataset.date, as_of)
            existing = self._by_identifier("terms", record) or self._same_term(incoming)
            if existing is not None:
                row = self._merged("terms", existing, incoming)
            else:
                wanted = _preferred_id(key, f"{person}-{position}-{incoming.get('start') or ''}")
                row = {"id": self._new_id("terms", wanted), "claim_group": None, "rank": "normal",
                       "rank_reason": None, **incoming}
            self.ids["terms"][key] = row["id"]
            self._add("terms", row)
            self._cite("terms", row["id"], record)
            self._identify("terms", row["id"], record)

    def _same_term(self, row: dict) -> str | None:
        found = self.store.db.execute(
            "SELECT id FROM terms WHERE person_id = ? AND position_id = ? AND start IS ? AND [end] IS ? LIMIT 1",
            [row["person_id"], row["position_id"], row.get("start"), row.get("end")]).fetchone()
        return found[0] if found else None

    def source(self) -> dict:
        dataset, given = self.dataset, self.provenance
        return {"id": self.source_id, "kind": DATASET, "title": given.title or dataset.path.name, "author": None,
                "publisher": None, "published": None, "url": given.url, "language": None, "text": "",
                "retrieved": given.retrieved or file_day(dataset.path), "archived_url": None,
                "license": given.license, "interested_party": 0, "excerpt": 0}

    def capture(self) -> dict:
        """The source_originals row tying the dataset source to the received file (its bytes stored on apply)."""
        dataset = self.dataset
        with dataset.path.open("rb") as stream:
            media_type = media_types.sniff(stream.read(media_types.SNIFF_BYTES), dataset.path.name)
        now = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return originals.capture_row(self.source_id, originals.Original(dataset.sha256, dataset.size, media_type),
                                     file_name=dataset.path.name, captured_at=now, url=self.provenance.url,
                                     captured_by=self.store.actor)

    def document(self) -> dict:
        self.rows["sources"].append(self.source())
        stored = self.store.get("source_originals", self.source_id)
        self._add("source_originals", stored or self.capture())  # captured once: a second import keeps the first
        self.organizations()
        self.positions()
        self.persons()
        self.terms()
        self.problems.raise_any()
        meta = dict(self.store.meta())
        meta.pop("schema_version", None)
        meta.setdefault("title", self.source()["title"])  # a dossier with no settings yet takes the file's
        meta.setdefault("as_of", self.as_of)
        document: dict = {"format": FORMAT, "format_version": FORMAT_VERSION, "meta": meta}
        for table in CONTRACT:
            document[table] = [_full(table, row) for row in self.rows[table]]
        return document


def _ongoing_end(date: str | None, as_of: str | None) -> str | None:
    """A current term's end: ongoing when the file's date is the dossier's as_of, else held on or after that date."""
    if date is None:
        return None
    return dates.ONGOING if date == as_of else f"[{date}..]"


def _full(table: str, row: dict) -> dict:
    return {column: row.get(column) for column in CONTRACT[table]}


def plan_dataset(dataset: Dataset, store: Store, provenance: Provenance | None = None,
                 confirmed: dict[str, str] | None = None) -> ImportPlan:
    """Validate a dataset against the dossier as one import; raise ExchangeError naming every problem.

    ``confirmed`` maps the file's key of a person to the dossier person the user
    says is the same one; every other name match is offered (``plan.name_matches``),
    never merged.
    """
    planner = _Planner(dataset, store, provenance or Provenance(), confirmed or {})
    document = planner.document()
    plan = plan_import(document, store, dataset.path.name, originals_at_hand=frozenset({dataset.sha256}),
                       dataset_files={planner.source_id: dataset.path})
    plan.skipped = dict(dataset.skipped)
    plan.name_matches = planner.matches
    plan.originals = [PendingOriginal(dataset.path, dataset.sha256)]
    return plan


# --- storing the original and verifying citations --------------------------------------

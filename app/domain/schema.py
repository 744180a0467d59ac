"""The dossier file's schema: the public contract of design.md §3, built by migrations.

``CONTRACT`` names every exchanged table and its columns in order; the exchange
format, CSV, Datasette metadata and ``check`` all read it. Columns ending in
``_earliest``/``_latest`` are derived day numbers (see ``dates.bounds``): stored
for drawing and range queries, never exchanged.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

APPLICATION_ID = 0x444F5353  # "DOSS"
MIGRATION_SET = "dossier-timeline"

CONTRACT: dict[str, tuple[str, ...]] = {
    "sources": (
        "id", "kind", "title", "author", "publisher", "published", "url", "language", "text",
        "retrieved", "archived_url", "license", "interested_party", "excerpt",
    ),
    "persons": ("id", "name", "name_native", "born", "died", "summary", "note"),
    "aliases": ("id", "person_id", "alias", "kind"),
    "organizations": ("id", "name", "kind", "country", "interested_party", "summary"),
    "positions": ("id", "title", "organization_id"),
    "terms": (
        "id", "person_id", "position_id", "start", "end", "note", "claim_group", "rank", "rank_reason",
    ),
    "events": (
        "id", "title", "kind", "start", "end", "place", "summary", "claim_group", "rank", "rank_reason",
    ),
    "event_persons": ("id", "event_id", "person_id", "role"),
    "allegations": (
        "id", "subject_id", "summary", "role", "alleged_by_org_id", "alleged_by_person_id", "made_on",
        "conduct_start", "conduct_end", "event_id", "status", "reliability", "credibility",
    ),
    "citations": ("id", "source_id", "record_table", "record_id", "field", "quote", "locator", "note"),
    # The capture of a source's stored original (``originals.py``); the bytes travel in packages only.
    "source_originals": (
        "id", "source_id", "original_id", "relation", "file_name", "captured_at", "url", "captured_by",
    ),
    "identifiers": ("id", "record_table", "record_id", "scheme", "value"),
}

# Tables the exchange format gained after version 1: a file of an older version has none of them
# (it had no such records), so their lists may be missing from it.
TABLES_ADDED_IN_FORMAT = {"source_originals": 2, "identifiers": 2}

# The record tables of the first schema: what a citation may point at, and whose rows
# take their citations with them when deleted. Fixed, because migration 1 is.
CITABLE_TABLES = (
    "sources", "persons", "aliases", "organizations", "positions", "terms", "events", "event_persons", "allegations",
)

# The tables whose rows an external identifier (a Wikidata QID, an FtM or Popolo id) may name.
IDENTIFIED_TABLES = ("persons", "organizations", "positions", "terms")
# Tables whose rows point at a row of any table by (record_table, record_id); deleted with it.
POINTING_TABLES = ("citations", "identifiers")

# The tables whose rows assert something about the world and so need a citation.
CLAIM_TABLES = ("persons", "terms", "events", "allegations")

# Date columns per table; the second element says whether ".." (ongoing) is allowed.
DATE_COLUMNS: dict[str, tuple[tuple[str, bool], ...]] = {
    "sources": (("published", False), ("retrieved", False)),
    "persons": (("born", False), ("died", False)),
    "terms": (("start", False), ("end", True)),
    "events": (("start", False), ("end", True)),
    "allegations": (("made_on", False), ("conduct_start", False), ("conduct_end", True)),
}

# Start/end pairs checked for "end before start".
SPANS: dict[str, tuple[tuple[str, str], ...]] = {
    "persons": (("born", "died"),),
    "terms": (("start", "end"),),
    "events": (("start", "end"),),
    "allegations": (("conduct_start", "conduct_end"),),
}

# Foreign keys: (table, column) -> referenced table.
REFERENCES: dict[tuple[str, str], str] = {
    ("aliases", "person_id"): "persons",
    ("positions", "organization_id"): "organizations",
    ("terms", "person_id"): "persons",
    ("terms", "position_id"): "positions",
    ("event_persons", "event_id"): "events",
    ("event_persons", "person_id"): "persons",
    ("allegations", "subject_id"): "persons",
    ("allegations", "alleged_by_org_id"): "organizations",
    ("allegations", "alleged_by_person_id"): "persons",
    ("allegations", "event_id"): "events",
    ("citations", "source_id"): "sources",
    ("source_originals", "source_id"): "sources",
    ("source_originals", "original_id"): "originals",
}

RANKS = ("preferred", "normal", "deprecated")
STATUSES = ("alleged", "corroborated", "disputed", "denied", "adjudicated")
RELIABILITY_GRADES = ("A", "B", "C", "D", "E", "F")
META_KEYS = ("schema_version", "title", "description", "as_of", "dataset_version")


def _bounds_sql(*columns: str) -> str:
    return "".join(f",\n    [{c}_earliest] INTEGER, [{c}_latest] INTEGER" for c in columns)


def _cite_cleanup_trigger(table: str) -> str:
    return f"""
CREATE TRIGGER [{table}_delete_citations] AFTER DELETE ON [{table}] BEGIN
    DELETE FROM citations WHERE record_table = '{table}' AND record_id = old.id;
END;"""


def m001_contract(db: Database) -> None:
    """The contract tables, foreign keys, derived date bounds and citation clean-up."""
    record_tables = ", ".join(f"'{t}'" for t in CITABLE_TABLES)
    ranks = ", ".join(f"'{r}'" for r in RANKS)
    statuses = ", ".join(f"'{s}'" for s in STATUSES)
    script = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE sources (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, author TEXT, publisher TEXT,
    published TEXT, url TEXT, language TEXT, text TEXT NOT NULL DEFAULT '', retrieved TEXT,
    archived_url TEXT, license TEXT,
    interested_party INTEGER NOT NULL DEFAULT 0 CHECK (interested_party IN (0, 1)),
    excerpt INTEGER NOT NULL DEFAULT 0 CHECK (excerpt IN (0, 1)){_bounds_sql("published", "retrieved")}
);
CREATE TABLE persons (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, name_native TEXT, born TEXT, died TEXT,
    summary TEXT, note TEXT{_bounds_sql("born", "died")}
);
CREATE TABLE aliases (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    alias TEXT NOT NULL, kind TEXT
);
CREATE TABLE organizations (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT, country TEXT,
    interested_party INTEGER NOT NULL DEFAULT 0 CHECK (interested_party IN (0, 1)), summary TEXT
);
CREATE TABLE positions (
    id TEXT PRIMARY KEY, title TEXT NOT NULL,
    organization_id TEXT REFERENCES organizations(id) ON DELETE RESTRICT
);
CREATE TABLE terms (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    position_id TEXT NOT NULL REFERENCES positions(id) ON DELETE RESTRICT,
    start TEXT, [end] TEXT, note TEXT, claim_group TEXT,
    rank TEXT NOT NULL DEFAULT 'normal' CHECK (rank IN ({ranks})), rank_reason TEXT{_bounds_sql("start", "end")}
);
CREATE TABLE events (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, kind TEXT, start TEXT, [end] TEXT, place TEXT,
    summary TEXT, claim_group TEXT,
    rank TEXT NOT NULL DEFAULT 'normal' CHECK (rank IN ({ranks})), rank_reason TEXT{_bounds_sql("start", "end")}
);
CREATE TABLE event_persons (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    role TEXT
);
CREATE TABLE allegations (
    id TEXT PRIMARY KEY,
    subject_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    summary TEXT NOT NULL, role TEXT,
    alleged_by_org_id TEXT REFERENCES organizations(id) ON DELETE RESTRICT,
    alleged_by_person_id TEXT REFERENCES persons(id) ON DELETE RESTRICT,
    made_on TEXT, conduct_start TEXT, conduct_end TEXT,
    event_id TEXT REFERENCES events(id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'alleged' CHECK (status IN ({statuses})),
    reliability TEXT CHECK (reliability IS NULL OR reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    credibility INTEGER CHECK (credibility IS NULL OR credibility BETWEEN 1 AND 6)
    {_bounds_sql("made_on", "conduct_start", "conduct_end")}
);
CREATE TABLE citations (
    id TEXT PRIMARY KEY,
    source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    record_table TEXT NOT NULL CHECK (record_table IN ({record_tables})),
    record_id TEXT NOT NULL, field TEXT, quote TEXT NOT NULL, locator TEXT, note TEXT
);
CREATE INDEX aliases_person ON aliases(person_id);
CREATE INDEX positions_organization ON positions(organization_id);
CREATE INDEX terms_person ON terms(person_id);
CREATE INDEX terms_position ON terms(position_id);
CREATE INDEX terms_span ON terms(start_earliest, end_latest);
CREATE INDEX events_span ON events(start_earliest, end_latest);
CREATE INDEX event_persons_event ON event_persons(event_id);
CREATE INDEX event_persons_person ON event_persons(person_id);
CREATE INDEX allegations_subject ON allegations(subject_id);
CREATE INDEX allegations_org ON allegations(alleged_by_org_id);
CREATE INDEX allegations_person ON allegations(alleged_by_person_id);
CREATE INDEX allegations_event ON allegations(event_id);
CREATE INDEX citations_record ON citations(record_table, record_id);
CREATE INDEX citations_source ON citations(source_id);
{"".join(_cite_cleanup_trigger(t) for t in CITABLE_TABLES)}
"""
    for statement in split_statements(script):
        db.execute(statement)


def split_statements(script: str) -> list[str]:
    """Split SQL into statements (triggers included) without committing.

    NOTE: sqlite3's executescript() commits first, which would break a
    transactional migration, so statements run one by one.
    """
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending.strip()[:60]}")
    return statements


def m005_identifiers(db: Database) -> None:
    """External identifiers (Wikidata QID, FtM id, Popolo id) of persons, organizations, positions, terms.

    Imports match records by them before anything else; one identifier names one record.
    """
    tables = ", ".join(f"'{t}'" for t in IDENTIFIED_TABLES)
    script = f"""
CREATE TABLE identifiers (
    id TEXT PRIMARY KEY,
    record_table TEXT NOT NULL CHECK (record_table IN ({tables})),
    record_id TEXT NOT NULL,
    scheme TEXT NOT NULL CHECK (length(scheme) BETWEEN 1 AND 100),
    value TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 1000),
    UNIQUE (record_table, scheme, value)
);
CREATE INDEX identifiers_record ON identifiers(record_table, record_id);
""" + "".join(f"""
CREATE TRIGGER [{table}_delete_identifiers] AFTER DELETE ON [{table}] BEGIN
    DELETE FROM identifiers WHERE record_table = '{table}' AND record_id = old.id;
END;""" for table in IDENTIFIED_TABLES)
    for statement in split_statements(script):
        db.execute(statement)

"""The dossier store: one SQLite dossier file, read and written through sqlite-utils.

Views read rows as plain dicts (the contract's columns, plus joined names where a
method says so) through named methods; the SQL stays here. Every write goes through
``edits`` (``plan_*(...).do(store)``), one transaction that returns a ``Change``
saying what moved. ``with_bounds`` validates dates and derives their day-number
bounds on every write, so range queries never parse EDTF.
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from . import dates
from .migrations import migrations, schema_version
from .schema import APPLICATION_ID, CONTRACT, DATE_COLUMNS, POINTING_TABLES, REFERENCES, SPANS
from .wording import translate


class StoreError(Exception):
    """A write the store refuses, with a message for the user."""


class ReferencedError(StoreError):
    """A row others refer to cannot be deleted while they do."""

    def __init__(self, table: str, row_id: str, referrers: list[tuple[str, str]]):
        self.referrers = referrers
        listed = ", ".join(f"{t} {i}" for t, i in referrers[:10])
        more = f" and {len(referrers) - 10} more" if len(referrers) > 10 else ""
        super().__init__(f"{table} {row_id} cannot be deleted: {listed}{more} refer to it")


@dataclass
class Change:
    """What one write changed: ids per table, for views to refresh."""

    # Views refresh piece by piece up to this many persons or claims; past it (an import undone)
    # reading everything again is faster.
    PIECEMEAL = 500

    added: dict[str, set[str]] = field(default_factory=dict)
    updated: dict[str, set[str]] = field(default_factory=dict)
    deleted: dict[str, set[str]] = field(default_factory=dict)
    columns: dict[str, set[str]] = field(default_factory=dict)  # per table, the columns its updates changed
    # Persons the written rows are about (``edits.note_whose``: the persons themselves, holders of terms,
    # subjects of allegations, before and after), so views refresh only what shows them; None: not known.
    persons: set[str] | None = None
    pointed_at: set[tuple[str, str]] = field(default_factory=set)  # (table, id) whose citations or identifiers changed
    positions: set[str] = field(default_factory=set)  # positions of the terms written: their term counts may differ
    claim_groups: set[str] = field(default_factory=set)  # of the terms written: their holders are in ``persons``

    def note(self, kind: str, table: str, row_id: str, columns: Iterable[str] = ()) -> None:
        getattr(self, kind).setdefault(table, set()).add(row_id)
        if kind == "updated":
            self.columns.setdefault(table, set()).update(columns)

    @property
    def names_few_persons(self) -> bool:
        """Whether views refresh the persons it names one by one (at most ``PIECEMEAL``) rather than read all."""
        return self.persons is not None and len(self.persons) <= self.PIECEMEAL

    @property
    def tables(self) -> set[str]:
        return set(self.added) | set(self.updated) | set(self.deleted)

    def touches(self, shown: dict[str, set[str] | None]) -> bool:
        """Whether a view showing these columns of these tables (None: every column) must refresh.

        Rows added or deleted always count; an update counts when it changed a shown column.
        """
        for table, columns in shown.items():
            if table in self.added or table in self.deleted:
                return True
            if table in self.updated and (columns is None or table not in self.columns
                                          or self.columns[table] & columns):
                return True
        return False


def with_bounds(table: str, row: dict) -> dict:
    """The row with its date columns validated and day-number bounds derived."""
    row = dict(row)
    for column, ongoing_allowed in DATE_COLUMNS.get(table, ()):
        if column not in row:
            continue
        value = row[column]
        try:
            dates.validate(value, end=ongoing_allowed)
        except dates.DateError as error:
            raise StoreError(translate("store", "{table} {id}: {column}: {error}").format(
                table=table, id=row.get("id"), column=column, error=error)) from None
        span = dates.bounds(value)
        row[f"{column}_earliest"] = span.earliest
        row[f"{column}_latest"] = span.latest
    for start, end in SPANS.get(table, ()):
        if start in row and end in row and dates.end_before_start(row[start], row[end]):
            raise StoreError(translate("store", "{table} {id}: {end} {end_value} is before {start} {start_value}").format(
                table=table, id=row.get("id"), end=end, end_value=row[end], start=start, start_value=row[start]))
    return row


class Store:
    """A dossier file opened for work. Build one with ``app.domain.opener``."""

    def __init__(self, db: Database, path: Path | None = None):
        self.db = db
        self.path = path
        # Who the custody log names for this store's writes: the name set in
        # Preferences, or nobody — never the OS account, taken silently.
        self.actor: str | None = None
        self._writing = 0
        self._closed = False
        self.db.execute("PRAGMA foreign_keys = ON")
        self.deferred_check = None  # opener.DeferredCheck: checks a trusted file skipped at opening
        self.on_close: Callable[[], None] | None = None  # the opener records a clean close
        self.trusted_fingerprint: dict | None = None  # what the opener matched to skip the full check
        self.closed_fingerprint: dict | None = None  # what the opener recorded at a clean close

    @contextmanager
    def writing(self) -> Iterator[Database]:
        """One write transaction (a savepoint when nested) whose custody log entries name ``actor``.

        The name is in ``custody_session`` only while the transaction is open, so a
        change another program makes later is never put down to this person.
        """
        with self.db.atomic():
            self._writing += 1
            try:
                if self._writing == 1:
                    self.db.execute("INSERT OR REPLACE INTO custody_session (id, who) VALUES (1, ?)",
                                    [self.actor or None])
                yield self.db
                if self._writing == 1:
                    self.db.execute("DELETE FROM custody_session")
            finally:
                self._writing -= 1

    # --- schema ------------------------------------------------------------------

    def migrate(self) -> None:
        """Apply pending migrations and stamp the file as a dossier of this version.

        Writes nothing to a file that is already current, so opening is not a change.
        """
        version = schema_version()
        current = self.db.execute("PRAGMA user_version").fetchone()[0]
        if current == version and not migrations.pending(self.db):
            return
        migrations.apply(self.db)
        self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        self.db.execute(f"PRAGMA user_version = {version}")
        with self.db.atomic():
            self.db["meta"].upsert({"key": "schema_version", "value": str(version)}, pk="key")

    @property
    def is_open(self) -> bool:
        return not self._closed

    def close(self) -> None:
        self._closed = True
        closed, self.on_close = self.on_close, None
        if closed is not None:
            try:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file alone is the dossier again
            except sqlite3.Error:
                closed = None  # not folded back (a full disk, a file gone): not recorded as closed cleanly
        self.db.close()
        if closed is not None:
            closed()

    # --- reading -----------------------------------------------------------------

    def query(self, sql: str, params: Iterable | dict = ()) -> list[dict]:
        return list(self.db.query(sql, params))

    def meta(self) -> dict[str, str]:
        return {row["key"]: row["value"] for row in self.db.query("SELECT key, value FROM meta")}

    @property
    def as_of(self) -> str | None:
        return self.meta().get("as_of")

    def as_of_day(self) -> int:
        """The day "ongoing" means: meta.as_of's latest day, else today."""
        latest = dates.bounds(self.as_of).latest if self.as_of else None
        return latest if latest is not None else dates.day_number(_dt.date.today())

    def get(self, table: str, row_id: str) -> dict | None:
        rows = self.query(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
        return rows[0] if rows else None

    def rows(self, table: str, where: str | None = None, params: Iterable = (), order_by: str = "id") -> list[dict]:
        return list(self.db[table].rows_where(where, list(params), order_by=order_by))

    def count(self, table: str) -> int:
        return self.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]

    def persons(self, ids: Iterable[str] | None = None) -> list[dict]:
        """Persons (all, or these ids) with counts: ``offices``, ``allegations``, ``first_start`` (day number).

        ``offices`` counts terms as the dossier lists them: versions of one claim (rows
        sharing a ``claim_group``, where sources differ) count once: each group once, and each term
        without one (``count(*) - count(claim_group)``), with no strings built per term.
        """
        wanted = None if ids is None else json.dumps(sorted(ids))
        only = "" if ids is None else " WHERE {} IN (SELECT value FROM json_each(:wanted))"
        return self.query(f"""
            SELECT p.*, coalesce(t.offices, 0) AS offices, coalesce(a.allegations, 0) AS allegations,
                   t.first_start
            FROM persons p
            LEFT JOIN (SELECT person_id,
                              count(DISTINCT claim_group) + count(*) - count(claim_group) AS offices,
                              min(coalesce(start_earliest, start_latest)) AS first_start
                       FROM terms{only.format("person_id")} GROUP BY person_id) t ON t.person_id = p.id
            LEFT JOIN (SELECT subject_id, count(*) AS allegations FROM allegations{only.format("subject_id")}
                       GROUP BY subject_id) a
                   ON a.subject_id = p.id{only.format("p.id")}
            ORDER BY p.name""", {"wanted": wanted})

    def term_counts(self, positions: Iterable[str] | None = None) -> dict[str, int]:
        """Position id → how many terms it has (of every position with terms, or of these), on the position index."""
        if positions is None:
            return dict(self.db.execute("SELECT position_id, count(*) FROM terms GROUP BY position_id"))
        return dict(self.db.execute("""SELECT position_id, count(*) FROM terms
                                       WHERE position_id IN (SELECT value FROM json_each(?)) GROUP BY position_id""",
                                    [json.dumps(sorted(positions))]))

    def institution_term_counts(self, per_position: dict[str, int] | None = None) -> list[tuple[str, int]]:
        """(organization id, terms of its positions), most terms first, then by name.

        Terms are counted per position (``term_counts``, or ``per_position`` when the caller
        has counted them), then summed per organization here: joining 100,000 terms row by
        row takes twenty times as long.
        """
        if per_position is None:
            per_position = self.term_counts()
        counts: dict[str, int] = {}
        for position, org in self.db.execute(
                "SELECT id, organization_id FROM positions WHERE organization_id IS NOT NULL"):
            if per_position.get(position):
                counts[org] = counts.get(org, 0) + per_position[position]
        names = dict(self.db.execute("SELECT id, name FROM organizations"))
        return sorted(counts.items(), key=lambda item: (-item[1], names[item[0]], item[0]))

    def aliases(self, person_id: str) -> list[dict]:
        return self.rows("aliases", "person_id = ?", [person_id], order_by="alias")

    def aliases_by_person(self, ids: Iterable[str] | None = None) -> dict[str, list[str]]:
        """Every person's (or these persons') aliases in one query, in the order they were stored."""
        found: dict[str, list[str]] = {}
        only = "" if ids is None else " WHERE person_id IN (SELECT value FROM json_each(?))"
        for person_id, alias in self.db.execute(f"SELECT person_id, alias FROM aliases{only} ORDER BY id",
                                                [] if ids is None else [json.dumps(sorted(ids))]).fetchall():
            found.setdefault(person_id, []).append(alias)
        return found

    _TERM_SELECT = """
        SELECT t.*, pos.title AS position_title, pos.organization_id,
               o.name AS organization_name, p.name AS person_name
        FROM terms t JOIN positions pos ON pos.id = t.position_id
        LEFT JOIN organizations o ON o.id = pos.organization_id
        JOIN persons p ON p.id = t.person_id"""

    def terms(self, person_id: str | None = None) -> list[dict]:
        """Terms with ``position_title``, ``organization_id``, ``organization_name``, ``person_name``."""
        if person_id is None:
            return self.query(self._TERM_SELECT + " ORDER BY t.start_earliest, t.id")
        return self.query(
            self._TERM_SELECT + " WHERE t.person_id = ? ORDER BY coalesce(t.start_earliest, t.start_latest), t.id",
            [person_id],
        )

    def term(self, term_id: str) -> dict | None:
        """One term with the names ``terms`` joins; None when it no longer exists."""
        rows = self.query(self._TERM_SELECT + " WHERE t.id = ?", [term_id])
        return rows[0] if rows else None

    def terms_on(self, day: int) -> list[dict]:
        """Terms in effect, possibly in effect, or known only at another time on a day.

        One version per claim (a claim group's preferred one, as the timeline draws),
        each row with ``standing``: "held" where evidenced that day, "possibly" where
        only possible (``spans.bounded_term_spans``: open sides bounded by life dates and
        the same office's neighbouring terms, else faded as drawn), or "known only" for
        a term known only at one time ("[..2016]"–"[2016..]") outside it, with
        ``known_when`` ("2016"). An ongoing end counts as ``as_of``.
        """
        from .spans import bounded_term_spans  # numpy stays out of the store's import path

        as_of = self.as_of_day()
        rows = self.query(
            self._TERM_SELECT + """
            WHERE t.rank != 'deprecated'
              AND NOT (t.claim_group IS NOT NULL AND t.rank != 'preferred' AND EXISTS (
                  SELECT 1 FROM terms g WHERE g.claim_group = t.claim_group AND g.rank = 'preferred'))
              AND (t.start_earliest IS NULL OR t.start_earliest <= :day)
              AND (t.[end] IS NULL OR (t.[end] = '..' AND :day <= :as_of)
                   OR (t.[end] != '..' AND (t.end_latest IS NULL OR t.end_latest >= :day)))
              AND NOT (t.start IS NULL AND t.[end] IS NULL)
            ORDER BY p.name, t.start_earliest""",
            {"day": day, "as_of": as_of},
        )
        seen_claims: set[str] = set()
        rows = [r for r in rows if not r["claim_group"] or not (r["claim_group"] in seen_claims
                                                                 or seen_claims.add(r["claim_group"]))]
        if not rows:
            return []
        # Neighbouring terms matter only to an open side: fetch those of open terms' offices.
        offices = json.dumps(sorted({f"{r['person_id']}\t{r['position_id']}" for r in rows
                                     if r["start_earliest"] is None or (r["end_latest"] is None and r["end"] != "..")}))
        neighbours = self.query("""
            SELECT id, person_id, position_id, [end], start_earliest, start_latest, end_earliest, end_latest
            FROM terms WHERE rank != 'deprecated'
              AND person_id || char(9) || position_id IN (SELECT value FROM json_each(?))""", [offices])
        lives = {p["id"]: (p["born_earliest"], p["died_latest"]) for p in self.query(
            "SELECT id, born_earliest, died_latest FROM persons WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted({r["person_id"] for r in rows}))])}
        listed = {r["id"] for r in rows}
        together = rows + [n for n in neighbours if n["id"] not in listed]
        spans = bounded_term_spans(together, lives, as_of_day=as_of)
        found = []
        for index, row in enumerate(rows):
            if spans.certain_start[index] <= day < spans.certain_end[index]:  # NaN compares false
                row["standing"] = "held"
            elif spans.possible_start[index] <= day < spans.possible_end[index]:
                row["standing"] = "possibly"
            elif row["start"] and row["end"] not in (None, dates.ONGOING) and row["start_earliest"] is None \
                    and row["end_latest"] is None:
                row["standing"] = "known only"
                row["known_when"] = dates.format_known_time(row["start"], row["end"])
            else:
                continue
            found.append(row)
        return found

    def events(self, person_id: str | None = None) -> list[dict]:
        """Events by start; for a person, those linked to them or to allegations about them."""
        if person_id is None:
            return self.query("SELECT * FROM events ORDER BY coalesce(start_earliest, start_latest), id")
        # Found through the persons' indexes (event_persons, allegations), not by reading every event.
        return self.query("""
            SELECT e.*, (SELECT group_concat(DISTINCT ep.role) FROM event_persons ep
                         WHERE ep.event_id = e.id AND ep.person_id = :person) AS roles
            FROM events e
            WHERE e.id IN (SELECT event_id FROM event_persons WHERE person_id = :person
                           UNION SELECT event_id FROM allegations WHERE subject_id = :person)
            ORDER BY coalesce(e.start_earliest, e.start_latest), e.id""", {"person": person_id})

    _ALLEGATION_SELECT = """
        SELECT a.*, s.name AS subject_name,
               o.name AS accuser_org_name, o.interested_party AS accuser_org_interested,
               ap.name AS accuser_person_name, e.title AS event_title
        FROM allegations a JOIN persons s ON s.id = a.subject_id
        LEFT JOIN organizations o ON o.id = a.alleged_by_org_id
        LEFT JOIN persons ap ON ap.id = a.alleged_by_person_id
        LEFT JOIN events e ON e.id = a.event_id"""

    def allegations(self, subject_id: str | None = None, known_by: str | None = None) -> list[dict]:
        """Allegations with subject, accuser and event names joined.

        ``known_by`` (EDTF) hides allegations made later than it: an imprecise
        ``made_on`` counts by its earliest possible day (design.md §4).
        """
        where, params = [], {}
        if subject_id is not None:
            where.append("a.subject_id = :subject")
            params["subject"] = subject_id
        if known_by is not None:
            params["known_by"] = dates.bounds(known_by).latest
            where.append("(a.made_on_earliest IS NULL OR a.made_on_earliest <= :known_by)")
        sql = self._ALLEGATION_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        return self.query(sql + " ORDER BY coalesce(a.conduct_start_earliest, a.made_on_earliest), a.id", params)

    def allegation(self, allegation_id: str) -> dict | None:
        """One allegation with the names ``allegations`` joins; None when it no longer exists."""
        found = self.allegations_by_id([allegation_id])
        return found.get(allegation_id)

    def allegations_by_id(self, allegation_ids: list[str]) -> dict[str, dict]:
        """These allegations, with the names ``allegations`` joins, by id (missing ids left out)."""
        found: dict[str, dict] = {}
        for start in range(0, len(allegation_ids), 500):  # below SQLite's parameter limit
            chunk = allegation_ids[start:start + 500]
            for row in self.query(self._ALLEGATION_SELECT + f" WHERE a.id IN ({','.join('?' * len(chunk))})", chunk):
                found[row["id"]] = row
        return found

    def persons_of_event(self, event_id: str) -> list[str]:
        """Ids of the persons an event concerns: those linked to it, then subjects of its allegations."""
        return [row[0] for row in self.db.execute(
            """SELECT person_id FROM event_persons WHERE event_id = :e
               UNION ALL SELECT subject_id FROM allegations WHERE event_id = :e""", {"e": event_id})]

    def source_count(self, record_table: str, record_id: str) -> int:
        """How many distinct sources a row cites."""
        return self.db.execute(
            "SELECT count(DISTINCT source_id) FROM citations WHERE record_table = ? AND record_id = ?",
            [record_table, record_id]).fetchone()[0]

    def other_versions(self, table: str, row: dict) -> int:
        """How many other rows state the same claim differently (share the row's ``claim_group``)."""
        if not row.get("claim_group"):
            return 0
        return self.db.execute(f"SELECT count(*) FROM [{table}] WHERE claim_group = ? AND id != ?",
                               [row["claim_group"], row["id"]]).fetchone()[0]

    _CITATION_SELECT = """
        SELECT c.*, s.title AS source_title, s.publisher AS source_publisher,
               s.published AS source_published, s.interested_party AS source_interested
        FROM citations c JOIN sources s ON s.id = c.source_id"""

    def citations(self, record_table: str, record_id: str, field: str | None = None) -> list[dict]:
        """Citations of a row (of one field when given) with the source's title and flags."""
        sql = self._CITATION_SELECT + " WHERE c.record_table = ? AND c.record_id = ?"
        params = [record_table, record_id]
        if field is not None:
            sql += " AND c.field = ?"
            params.append(field)
        return self.query(sql + " ORDER BY c.field IS NOT NULL, c.field, c.id", params)

    def citations_of_records(self, record_table: str, record_ids: Iterable[str]) -> dict[str, list[dict]]:
        """Citations of many rows of one table, by record id, in a few queries (as ``citations`` orders them)."""
        ids = list(dict.fromkeys(record_ids))
        found: dict[str, list[dict]] = {}
        for start in range(0, len(ids), 500):  # below SQLite's parameter limit
            chunk = ids[start:start + 500]
            for row in self.query(
                    f"""{self._CITATION_SELECT} WHERE c.record_table = ? AND c.record_id IN ({','.join('?' * len(chunk))})
                        ORDER BY c.record_id, c.field IS NOT NULL, c.field, c.id""", [record_table, *chunk]):
                found.setdefault(row["record_id"], []).append(row)
        return found

    def citations_of_source(self, source_id: str) -> list[dict]:
        return self.rows("citations", "source_id = ?", [source_id])

    def uncited(self, tables: Iterable[str]) -> list[tuple[str, str]]:
        """(table, id) of rows in these tables with no citation at all."""
        found = []
        for table in tables:
            for row in self.db.query(
                f"""SELECT id FROM [{table}] WHERE id NOT IN
                    (SELECT record_id FROM citations WHERE record_table = ?) ORDER BY id""",
                [table],
            ):
                found.append((table, row["id"]))
        return found

    def sources_of_person(self, person_id: str) -> list[dict]:
        """Every source cited for the person or for a row about them."""
        return self.query("""
            SELECT DISTINCT s.* FROM sources s JOIN citations c ON c.source_id = s.id
            WHERE (c.record_table = 'persons' AND c.record_id = :p)
               OR (c.record_table = 'aliases' AND c.record_id IN (SELECT id FROM aliases WHERE person_id = :p))
               OR (c.record_table = 'terms' AND c.record_id IN (SELECT id FROM terms WHERE person_id = :p))
               OR (c.record_table = 'allegations' AND c.record_id IN (SELECT id FROM allegations WHERE subject_id = :p))
            ORDER BY s.published, s.title""", {"p": person_id})

    def date_range(self) -> tuple[int, int] | None:
        """Earliest and latest day any term, event or allegation reaches (ongoing → as_of)."""
        row = self.db.execute("""
            SELECT min(v), max(v) FROM (
              SELECT start_earliest AS v FROM terms UNION ALL SELECT start_latest FROM terms
              UNION ALL SELECT end_latest FROM terms UNION ALL SELECT end_earliest FROM terms
              UNION ALL SELECT start_earliest FROM events UNION ALL SELECT end_latest FROM events
              UNION ALL SELECT start_latest FROM events
              UNION ALL SELECT made_on_latest FROM allegations
              UNION ALL SELECT conduct_start_earliest FROM allegations)""").fetchone()
        if row[0] is None:
            return None
        ongoing = self.db.execute(
            "SELECT 1 FROM terms WHERE [end] = '..' UNION ALL SELECT 1 FROM events WHERE [end] = '..' LIMIT 1"
        ).fetchone()
        last = max(row[1], self.as_of_day()) if ongoing else row[1]
        return row[0], last

    # --- writing -----------------------------------------------------------------

    def referrers(self, table: str, row_id: str, *, blocking_only: bool = True) -> list[tuple[str, str]]:
        """(table, id) of rows that refer to this one; only those that block deletion by default."""
        found = []
        for (other, column), target in REFERENCES.items():
            if target != table:
                continue
            if blocking_only and not self._restricts(other, column):
                continue
            for row in self.db.query(f"SELECT id FROM [{other}] WHERE [{column}] = ? ORDER BY id", [row_id]):
                found.append((other, row["id"]))
        return found

    def dependents(self, table: str, row_id: str) -> list[tuple[str, str]]:
        """(table, id) of rows deleted together with this one (cascade), citations and identifiers included."""
        found = []
        for (other, column), target in REFERENCES.items():
            if target == table and not self._restricts(other, column):
                for row in self.db.query(f"SELECT id FROM [{other}] WHERE [{column}] = ? ORDER BY id", [row_id]):
                    found.append((other, row["id"]))
                    found.extend(self._pointing_at(other, row["id"]))
        found.extend(self._pointing_at(table, row_id))
        return found

    def _pointing_at(self, table: str, row_id: str) -> list[tuple[str, str]]:
        """Citations and identifiers of one row: they go when it goes."""
        return [(pointing, row["id"]) for pointing in POINTING_TABLES for row in self.db.query(
            f"SELECT id FROM [{pointing}] WHERE record_table = ? AND record_id = ? ORDER BY id", [table, row_id])]

    def _restricts(self, table: str, column: str) -> bool:
        for fk in self.db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
            if fk[3] == column:
                return fk[6] != "CASCADE"
        return True

    def iter_contract_rows(self, table: str) -> Iterator[dict]:
        """A table's rows as exchanged: contract columns only, sorted by id."""
        columns = ", ".join(f"[{c}]" for c in CONTRACT[table])
        for row in self.db.query(f"SELECT {columns} FROM [{table}] ORDER BY id"):
            yield row

"""``check``: is a dossier file sound and does every claim hold to its sources?"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import control_characters, dates
from .located_quotes import DATASET, LocatedQuotes
from .originals import verify
from .schema import CITABLE_TABLES, CLAIM_TABLES, CONTRACT, DATE_COLUMNS, META_KEYS, SPANS
from .store import Store


@dataclass
class CheckReport:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    def render(self) -> str:
        lines = ["Rows: " + ", ".join(f"{n} {t}" for t, n in self.counts.items())]
        lines += [f"error: {e}" for e in self.errors]
        lines += [f"warning: {w}" for w in self.warnings]
        verdict = "valid" if self.ok else f"{len(self.errors)} problem(s)"
        lines.append(f"Result: {verdict}, {len(self.warnings)} warning(s)")
        return "\n".join(lines)


def check(store: Store) -> CheckReport:
    report = CheckReport()
    report.counts = {table: store.count(table) for table in CONTRACT}
    meta = store.meta()
    for key in META_KEYS:
        if not meta.get(key):
            report.warnings.append(f"meta: {key} is missing")
    user_version = store.db.execute("PRAGMA user_version").fetchone()[0]
    if meta.get("schema_version") != str(user_version):
        report.errors.append(f"meta: schema_version {meta.get('schema_version')!r} differs from the file's "
                             f"schema version {user_version}")
    for table, rowid, parent, _ in store.db.execute("PRAGMA foreign_key_check").fetchall():
        report.errors.append(f"{table} (row {rowid}): refers to a missing {parent} row")
    _check_dates(store, report)
    for table in CONTRACT:  # stored before the rule, or written by another tool
        for row in store.rows(table):
            report.errors.extend(control_characters.problems_in_row(row, f"{table} {row['id']}"))
    _check_citations(store, report)
    for mismatch in verify(store.db.conn):
        report.errors.append(f"sources {mismatch}")
    for row in store.query("""SELECT id FROM sources WHERE text = '' AND id NOT IN
                              (SELECT source_id FROM source_originals) ORDER BY id"""):
        report.warnings.append(f"sources {row['id']}: no text and no stored original")
    for table, row_id in store.uncited(CLAIM_TABLES):
        report.warnings.append(f"{table} {row_id}: no citation (uncited claim)")
    for row in store.query("""SELECT id FROM allegations
            WHERE alleged_by_org_id IS NULL AND alleged_by_person_id IS NULL
              AND id NOT IN (SELECT record_id FROM citations WHERE record_table = 'allegations'
                             AND note LIKE '%not named%')"""):
        report.warnings.append(f"allegations {row['id']}: no accuser recorded and none noted as unnamed")
    return report


def _check_dates(store: Store, report: CheckReport) -> None:
    for table, columns in DATE_COLUMNS.items():
        for row in store.rows(table):
            for column, ongoing_allowed in columns:
                try:
                    dates.validate(row[column], end=ongoing_allowed)
                except dates.DateError as error:
                    report.errors.append(f"{table} {row['id']}: {column}: {error}")
                    continue
                derived = dates.bounds(row[column])
                if (row[f"{column}_earliest"], row[f"{column}_latest"]) != (derived.earliest, derived.latest):
                    report.errors.append(f"{table} {row['id']}: {column}: stored day bounds do not match {row[column]!r}")
            for start, end in SPANS.get(table, ()):
                try:
                    if dates.end_before_start(row[start], row[end]):
                        report.errors.append(f"{table} {row['id']}: {end} {row[end]} is before {start} {row[start]}")
                except dates.DateError:
                    pass


def _check_citations(store: Store, report: CheckReport) -> None:
    sources = {row["id"]: row for row in store.query("SELECT id, kind, text FROM sources")}
    with LocatedQuotes(store.db.conn) as located:
        _check_each_citation(store, report, sources, located)


def _check_each_citation(store: Store, report: CheckReport, sources: dict, located: LocatedQuotes) -> None:
    for citation in store.rows("citations"):
        place = f"citations {citation['id']}"
        table = citation["record_table"]
        if table not in CITABLE_TABLES or store.get(table, citation["record_id"]) is None:
            report.errors.append(f"{place}: cites a missing row {table} {citation['record_id']}")
            continue
        if citation["field"] is not None and citation["field"] not in CONTRACT[table]:
            report.errors.append(f"{place}: field {citation['field']!r} is not a column of {table}")
        source = sources.get(citation["source_id"])
        if source is None:
            continue
        if source["kind"] == DATASET:
            problem = located.problem(citation)
            if problem:
                report.errors.append(f"{place}: {problem}")
        elif citation["quote"] not in source["text"]:
            report.errors.append(f"{place}: quote is not verbatim in source {citation['source_id']}")

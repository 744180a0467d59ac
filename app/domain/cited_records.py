"""What a source's quotes support: where each cited quote lies and which record cites it.

The source reader highlights these spans and, for a span a reader clicks, names the
records that cite it so they can be opened.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import dates
from .person_dossier import accuser_text
from .store import Store


@dataclass(frozen=True)
class QuoteSpan:
    """One citation's quote located in its source's text (start inclusive, end exclusive)."""

    citation_id: str
    record_table: str
    record_id: str
    field: str | None
    quote: str
    start: int
    end: int

    def covers(self, position: int) -> bool:
        return self.start <= position < self.end


def quote_spans(store: Store, source_id: str) -> tuple[list[QuoteSpan], list[dict]]:
    """The located quotes of a source, and the citations whose quote its text lacks.

    A quote is a verbatim substring (design.md rule 1); the first occurrence is used.
    """
    source = store.get("sources", source_id)
    text = (source or {}).get("text") or ""
    spans, missing = [], []
    for citation in store.citations_of_source(source_id):
        start = text.find(citation["quote"]) if citation["quote"] else -1
        if start < 0:
            missing.append(citation)
            continue
        spans.append(QuoteSpan(
            citation["id"], citation["record_table"], citation["record_id"], citation["field"],
            citation["quote"], start, start + len(citation["quote"]),
        ))
    spans.sort(key=lambda span: (span.start, span.end))
    return spans, missing


_TABLE_NAMES = {
    "persons": "Person", "aliases": "Alias", "terms": "Office", "events": "Event",
    "allegations": "Allegation", "organizations": "Organization", "positions": "Position",
    "sources": "Source", "event_persons": "Event role",
}


def describe_record(store: Store, table: str, record_id: str) -> str:
    """A short plain description of any record a citation can point at."""
    kind = _TABLE_NAMES.get(table, table)
    row = store.get(table, record_id)
    if row is None:
        return f"{kind} {record_id} (missing)"
    if table == "persons":
        return f"{kind}: {row['name']}"
    if table == "terms":
        term = next((t for t in store.terms(row["person_id"]) if t["id"] == record_id), row)
        span = dates.format_span(row["start"], row["end"])
        return f"{kind}: {term.get('position_title', '')} — {term.get('person_name', '')} ({span})"
    if table == "allegations":
        joined = next(a for a in store.allegations(row["subject_id"]) if a["id"] == record_id)
        accuser, _ = accuser_text(joined)
        return f"{kind}: {accuser} about {joined['subject_name']}: {row['summary']}"
    if table == "events":
        return f"{kind}: {row['title']}"
    if table == "aliases":
        return f"{kind}: {row['alias']}"
    label = row.get("name") or row.get("title") or record_id
    return f"{kind}: {label}"

"""What a source's quotes support: where each cited quote lies and which record cites it.

The source reader highlights these spans and, for a span a reader clicks, names the
records that cite it (``records.citation_target_label``) so they can be opened.
"""

from __future__ import annotations

from dataclasses import dataclass

from .located_quotes import DATASET, LocatedQuotes
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
    A dataset keeps no text: its quotes are the bytes their locators name in its
    stored original, and only those that are not are listed as lacking.
    """
    source = store.get("sources", source_id)
    if source is not None and source["kind"] == DATASET:
        with LocatedQuotes(store.db.conn) as located:
            return [], [c for c in store.citations_of_source(source_id) if located.problem(c)]
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


GAP_MARK = "[…]"  # where an excerpt leaves out text of its source (the default dossier's convention)


def excerpt_gaps(text: str) -> list[tuple[int, int]]:
    """Where an excerpt's text marks left-out passages, as (start, end) character spans."""
    gaps, start = [], text.find(GAP_MARK)
    while start >= 0:
        gaps.append((start, start + len(GAP_MARK)))
        start = text.find(GAP_MARK, start + len(GAP_MARK))
    return gaps

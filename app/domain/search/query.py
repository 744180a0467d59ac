"""What a search asks and returns: filters, results, FTS query text, highlighted snippets."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from .. import dates, names
from .index import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, TABLE_OF_KIND

# --- queries ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchFilters:
    """What to keep: kinds (empty = all), a date range (EDTF texts) and allegation statuses."""

    kinds: frozenset[str] = frozenset()
    date_from: str | None = None
    date_to: str | None = None
    statuses: frozenset[str] = frozenset()

    def allows(self, kind: str) -> bool:
        return not self.kinds or kind in self.kinds

    def day_range(self) -> tuple[int | None, int | None]:
        """First and last day of the range; raises dates.DateError for a text that is no date."""
        first = dates.bounds(self.date_from).earliest if self.date_from else None
        last = dates.bounds(self.date_to).latest if self.date_to else None
        return first, last

    @property
    def restricts(self) -> bool:
        return bool(self.date_from or self.date_to or self.statuses)


@dataclass
class SearchResult:
    """One record found: what it is, how it shows, how well it matched.

    ``snippet`` is plain text; ``highlights`` are (start, end) offsets of the
    matched words in it. ``passage`` is the matched words as they stand in the
    record's text, for a reader to scroll to.
    """

    kind: str
    id: str
    title: str
    snippet: str
    score: float
    highlights: list[tuple[int, int]] = field(default_factory=list)
    passage: str | None = None

    @property
    def table(self) -> str:
        return TABLE_OF_KIND[self.kind]

    def as_json(self) -> dict:
        return {"kind": self.kind, "id": self.id, "title": self.title, "snippet": self.snippet,
                "score": round(float(self.score), 2)}


def parse_highlighted(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain text and highlight spans from text with HIGHLIGHT_OPEN/CLOSE marks."""
    plain, spans, start = [], [], None
    length = 0
    for part in re.split(f"([{HIGHLIGHT_OPEN}{HIGHLIGHT_CLOSE}])", marked):
        if part == HIGHLIGHT_OPEN:
            start = length
        elif part == HIGHLIGHT_CLOSE:
            if start is not None and length > start:
                spans.append((start, length))
            start = None
        else:
            plain.append(part)
            length += len(part)
    return "".join(plain), spans


_FTS_WORD = re.compile(r"[^\W_]+")
_PREFIX_INDEXED = 3  # search_text keeps prefix indexes for prefixes of up to this many characters
_PREFIX_TERMS = 12


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def full_text_query(text: str, expand: Callable[[str], list[str]] | None = None) -> str | None:
    """An FTS5 expression matching every word typed, as text; the last word also as a prefix.

    A word with inner punctuation (Khamene'i, Pour-Mohammadi, a ZWNJ) matches both
    as one run (khamenei) and as a phrase of its parts (khamene i). Persian script is
    spelt as the index spells it (``PERSIAN_SPELLING``). ``expand`` turns
    a longer prefix into the indexed terms it begins (FTS5 would otherwise gather
    every matching document before returning the first); None means no term does.
    """
    words = [runs for runs in (
        [spelt for spelt in map(names.normalise_persian, _FTS_WORD.findall(word)) if spelt]
        for word in unicodedata.normalize("NFC", text).split()) if runs]
    parts = []
    for position, runs in enumerate(words):
        joined = "".join(runs)
        if position < len(words) - 1 or len(joined) < 2:
            forms = [_quoted(joined)]
        elif len(joined) <= _PREFIX_INDEXED or expand is None:
            forms = [_quoted(joined) + "*"]
        else:
            forms = [_quoted(term) for term in expand(joined)]
        if len(runs) > 1:
            forms.append(_quoted(" ".join(runs)))
        if not forms:
            return None
        parts.append(forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")")
    return " AND ".join(parts) or None


def _token_fold(text: str) -> str:
    """A word as the FTS5 tokenizer stores it: lower case, diacritics removed."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))



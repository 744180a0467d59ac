"""Search over names, positions, events, allegations and source text (design.md §4, issue 6).

Two indexes live in the dossier file, kept current by SQL triggers on every write
from any program (the app, an import, another tool):

* ``search_text``, an FTS5 table with one document per person (name, native name,
  aliases, summary), organization, position, event, allegation and source (title,
  author, text). ``search_documents`` gives each (kind, id) a stable rowid, so the
  index survives VACUUM, which may renumber the implicit rowids of the tables.
  The index holds Persian script spelt one way (``names.normalise_persian``, done
  in SQL by the triggers): Arabic yeh and kaf as Persian, no ZWNJ or vowel marks,
  ASCII digits. Queries are spelt the same way; snippets get the record's own
  letters back.
* ``search_names``, every person name, native name, alias and organization name
  with its folded and skeleton keys (``app.domain.names``). Triggers keep the
  names current and clear the keys of changed rows; a ``SearchIndex`` computes
  the missing keys (Python, not SQL, so other programs can still write the file)
  before it reads.

A query ranks in tiers: a name or alias equal to the query, then names whose
words the query's words equal or begin, then names that meet only by skeleton
or by rapidfuzz similarity, then full-text hits ranked by bm25. Whatever a user
types is text, never FTS syntax. Full-text ranking is bounded: at most
``FULL_TEXT_CANDIDATES`` matches per kind are ranked, so a very common word costs
no more than a rare one.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from sqlite_utils import Database

from . import dates, names
from .schema import split_statements

KINDS = ("person", "organization", "position", "event", "allegation", "source")
TABLE_OF_KIND = {
    "person": "persons", "organization": "organizations", "position": "positions",
    "event": "events", "allegation": "allegations", "source": "sources",
}
NAME_KINDS = ("person", "organization")

FULL_TEXT_CANDIDATES = 50
DOCUMENT_BLOCK_BITS = 40
SNIPPET_TOKENS = 14
SNIPPET_FIELD_JOIN = " · "  # between a record's fields (author, publisher, text) in a snippet
# Marks FTS5 puts around matches in snippets; control characters no text field holds.
HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE = "\x02", "\x03"

_LF = "char(10)"


def _joined(*expressions: str) -> str:
    """SQL joining text expressions with newlines, NULL as empty."""
    return f" || {_LF} || ".join(f"coalesce({e}, '')" for e in expressions)


# kind -> (title, body) as SQL over the record ``r``.
DOCUMENTS: dict[str, tuple[str, str]] = {
    "person": ("r.name", _joined(
        "r.name_native", f"(SELECT group_concat(alias, {_LF}) FROM aliases WHERE person_id = r.id)",
        "r.summary", "r.note")),
    "organization": ("r.name", _joined("r.kind", "r.country", "r.summary")),
    "position": ("r.title", "''"),
    "event": ("r.title", _joined("r.place", "r.summary")),
    "allegation": ("r.summary", _joined("r.role")),
    "source": ("r.title", _joined("r.author", "r.publisher", "r.text")),
}

# Characters names.normalise_persian spells otherwise ('' = drops), all in these ranges.
PERSIAN_SPELLING: dict[str, str] = {
    character: names.normalise_persian(character)
    for character in map(chr, [*range(0x0600, 0x0700), 0x200C, 0x200D])
    if names.normalise_persian(character) != character
}


# SQLite's parser takes about 25 nested calls; the spelling is applied in steps of this many.
_REPLACES_PER_STEP = 16


def _persian_spelling_steps(column: str) -> list[str]:
    """SQL expressions that, each set in turn on a column, spell its Persian script as
    names.normalise_persian does: plain SQL, so any program's writes are indexed alike."""
    pairs = list(PERSIAN_SPELLING.items())
    steps = []
    for first in range(0, len(pairs), _REPLACES_PER_STEP):
        expression = column
        for character, spelt in pairs[first:first + _REPLACES_PER_STEP]:
            replacement = f"char({ord(spelt)})" if spelt else "''"
            expression = f"replace({expression}, char({ord(character)}), {replacement})"
        steps.append(expression)
    return steps


# (source table, field, kind of the result, column giving the result's id, name column)
NAME_SOURCES = (
    ("persons", "name", "person", "id", "name"),
    ("persons", "name_native", "person", "id", "name_native"),
    ("aliases", "alias", "person", "person_id", "alias"),
    ("organizations", "name", "organization", "id", "name"),
)


# --- the index in the file -------------------------------------------------------------


def _document_block(kind: str) -> int:
    """The first rowid of a kind's block: one kind's documents are one rowid range."""
    return (KINDS.index(kind) + 1) << DOCUMENT_BLOCK_BITS


def _refresh_document(kind: str, record_id: str, one_spelling: bool) -> str:
    """Trigger SQL replacing the full-text document of one record.

    In one spelling, the document passes through ``search_spelling``, where it is
    respelt step by step, on its way into the index; ``respelt`` says whether that changed it.
    """
    table = TABLE_OF_KIND[kind]
    title, body = DOCUMENTS[kind]
    block = _document_block(kind)
    target = "search_spelling (id, title, body)" if one_spelling else "search_text (rowid, title, body)"
    sql = f"""
  INSERT OR IGNORE INTO search_documents (id, kind, record_id)
    SELECT (SELECT coalesce(max(id), {block}) + 1 FROM search_documents
            WHERE id BETWEEN {block} AND {block + (1 << DOCUMENT_BLOCK_BITS) - 1}), '{kind}', id
    FROM [{table}] WHERE id = {record_id};
  DELETE FROM search_text WHERE rowid = (
    SELECT id FROM search_documents WHERE kind = '{kind}' AND record_id = {record_id});
  INSERT INTO {target}
    SELECT d.id, {title}, {body}
    FROM [{table}] r JOIN search_documents d ON d.kind = '{kind}' AND d.record_id = r.id
    WHERE r.id = {record_id};"""
    if one_spelling:
        sql += """
  UPDATE search_spelling SET original_title = title, original_body = body;"""
        for title_step, body_step in zip(_persian_spelling_steps("title"), _persian_spelling_steps("body")):
            sql += f"""
  UPDATE search_spelling SET title = {title_step}, body = {body_step};"""
        sql += """
  INSERT INTO search_text (rowid, title, body, respelt)
    SELECT id, title, body, title IS NOT original_title OR body IS NOT original_body FROM search_spelling;
  DELETE FROM search_spelling;"""
    return sql


def _forget_document(kind: str, record_id: str) -> str:
    return f"""
  DELETE FROM search_text WHERE rowid = (
    SELECT id FROM search_documents WHERE kind = '{kind}' AND record_id = {record_id});
  DELETE FROM search_documents WHERE kind = '{kind}' AND record_id = {record_id};"""


def _document_triggers(kind: str, one_spelling: bool) -> str:
    table = TABLE_OF_KIND[kind]
    return f"""
CREATE TRIGGER [search_{table}_insert] AFTER INSERT ON [{table}] BEGIN{_refresh_document(kind, "new.id", one_spelling)}
END;
CREATE TRIGGER [search_{table}_update] AFTER UPDATE ON [{table}] BEGIN{_forget_document(kind, "old.id")}{_refresh_document(kind, "new.id", one_spelling)}
END;
CREATE TRIGGER [search_{table}_delete] AFTER DELETE ON [{table}] BEGIN{_forget_document(kind, "old.id")}
END;"""


def _alias_document_triggers(one_spelling: bool) -> str:
    """An alias is part of its person's document."""
    def refresh(person_id: str) -> str:
        return _refresh_document("person", person_id, one_spelling)

    return f"""
CREATE TRIGGER search_aliases_insert_document AFTER INSERT ON aliases BEGIN{refresh("new.person_id")}
END;
CREATE TRIGGER search_aliases_update_document AFTER UPDATE ON aliases BEGIN{refresh("old.person_id")}{refresh("new.person_id")}
END;
CREATE TRIGGER search_aliases_delete_document AFTER DELETE ON aliases BEGIN{refresh("old.person_id")}
END;"""


def _documents_sql(kind: str) -> str:
    """SQL selecting (rowid, title, body) of every indexed record of a kind."""
    title, body = DOCUMENTS[kind]
    return f"""SELECT d.id, {title}, {body}
        FROM [{TABLE_OF_KIND[kind]}] r JOIN search_documents d ON d.kind = '{kind}' AND d.record_id = r.id"""


def _name_triggers(table: str) -> str:
    sources = [s for s in NAME_SOURCES if s[0] == table]
    columns = sorted({"id", *(s[3] for s in sources), *(s[4] for s in sources)})
    changed = " OR ".join(f"old.[{c}] IS NOT new.[{c}]" for c in columns)

    def insert(row: str) -> str:
        return "".join(f"""
  INSERT INTO search_names (kind, record_id, source_table, source_id, field, name)
    SELECT '{kind}', {row}.[{id_column}], '{table}', {row}.id, '{field_name}', {row}.[{column}]
    WHERE coalesce({row}.[{column}], '') != '';""" for _, field_name, kind, id_column, column in sources)

    forget = "\n  DELETE FROM search_names WHERE source_table = '{table}' AND source_id = {row}.id;"
    return f"""
CREATE TRIGGER [search_{table}_insert_names] AFTER INSERT ON [{table}] BEGIN{forget.format(table=table, row="new")}{insert("new")}
END;
CREATE TRIGGER [search_{table}_update_names] AFTER UPDATE ON [{table}] WHEN {changed} BEGIN{forget.format(table=table, row="old")}{insert("new")}
END;
CREATE TRIGGER [search_{table}_delete_names] AFTER DELETE ON [{table}] BEGIN{forget.format(table=table, row="old")}
END;"""


def m002_search_index(db: Database) -> None:
    """Full-text and name indexes with the triggers that keep them current, filled from the rows."""
    script = """
CREATE TABLE search_documents (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL, UNIQUE (kind, record_id)
);
CREATE VIRTUAL TABLE search_text USING fts5(
    title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TABLE search_names (
    id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, record_id TEXT NOT NULL,
    source_table TEXT NOT NULL, source_id TEXT NOT NULL, field TEXT NOT NULL, name TEXT NOT NULL,
    folded TEXT, skeleton TEXT
);
CREATE INDEX search_names_source ON search_names(source_table, source_id);
CREATE INDEX search_names_unkeyed ON search_names(id) WHERE folded IS NULL;
CREATE TABLE search_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
    script += "".join(_document_triggers(kind, one_spelling=False) for kind in KINDS)
    script += _alias_document_triggers(one_spelling=False)
    script += "".join(_name_triggers(table) for table in ("persons", "aliases", "organizations"))
    for statement in split_statements(script):
        db.execute(statement)
    for kind in KINDS:
        db.execute(f"""INSERT INTO search_documents (id, kind, record_id)
            SELECT {_document_block(kind)} + row_number() OVER (ORDER BY id), '{kind}', id
            FROM [{TABLE_OF_KIND[kind]}]""")
        db.execute(f"INSERT INTO search_text (rowid, title, body) {_documents_sql(kind)}")
    for table, field_name, kind, id_column, column in NAME_SOURCES:
        db.execute(f"""INSERT INTO search_names (kind, record_id, source_table, source_id, field, name)
            SELECT '{kind}', [{id_column}], '{table}', id, '{field_name}', [{column}] FROM [{table}]
            WHERE coalesce([{column}], '') != ''""")
    fill_name_keys(db.conn)
    db.execute("INSERT INTO search_state (key, value) VALUES ('name_keys', ?)", [str(names.KEYS_VERSION)])


def m003_search_text_in_one_persian_spelling(db: Database) -> None:
    """Index Persian script spelt one way, so علي finds علی and ۱۳۶۷ finds 1367 (triggers and text).

    ``respelt`` marks the documents whose snippets need the record's own letters back.
    """
    tables = [TABLE_OF_KIND[kind] for kind in KINDS]
    for event in ("insert", "update", "delete"):
        for table in tables:
            db.execute(f"DROP TRIGGER [search_{table}_{event}]")
        db.execute(f"DROP TRIGGER search_aliases_{event}_document")
    script = """
DROP TABLE search_text;
CREATE VIRTUAL TABLE search_text USING fts5(
    title, body, respelt UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TABLE search_spelling (
    id INTEGER PRIMARY KEY, title TEXT, body TEXT, original_title TEXT, original_body TEXT
);"""
    script += "".join(_document_triggers(kind, one_spelling=True) for kind in KINDS)
    script += _alias_document_triggers(one_spelling=True)
    for statement in split_statements(script):
        db.execute(statement)
    for kind in KINDS:
        rows = []
        for rowid, title, body in db.execute(_documents_sql(kind)).fetchall():
            spelt_title, spelt_body = (names.normalise_persian(text) if text else text for text in (title, body))
            rows.append((rowid, spelt_title, spelt_body, spelt_title != title or spelt_body != body))
        db.conn.executemany("INSERT INTO search_text (rowid, title, body, respelt) VALUES (?, ?, ?, ?)", rows)


def fill_name_keys(conn: sqlite3.Connection) -> int:
    """Compute folded and skeleton keys for names that lack them; how many were filled."""
    pending = conn.execute("SELECT id, name FROM search_names WHERE folded IS NULL").fetchall()
    if pending:
        conn.executemany(
            "UPDATE search_names SET folded = ?, skeleton = ? WHERE id = ?",
            [(names.fold(name), names.skeleton(name), row_id) for row_id, name in pending],
        )
    return len(pending)


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


# --- names -----------------------------------------------------------------------------

EXACT, WORDS, VARIANT, FULL_TEXT = 4, 3, 2, 1
_PREFIX_WORDS_PER_QUERY_WORD = 300
_FUZZY_WORDS_PER_QUERY_WORD = 15
_FUZZY_CUTOFF = 75
_NAMES_SCORED = 300


@dataclass(frozen=True)
class NameEntry:
    kind: str
    record_id: str
    field: str
    name: str
    folded: str
    words: tuple[str, ...]
    compact: str


@dataclass
class NameMatch:
    entry: NameEntry
    score: float
    matched_words: set[str]


class NameIndex:
    """Every name's keys in memory, arranged for exact, prefix, skeleton and fuzzy look-up."""

    def __init__(self, rows: Iterable[tuple], recompute: bool = False):
        self.entries: list[NameEntry] = []
        self.by_folded: dict[str, list[int]] = {}
        self.by_word: dict[str, list[int]] = {}
        self.words_of_skeleton: dict[str, set[str]] = {}
        for kind, record_id, field_name, name, folded, skeleton in rows:
            if folded is None or recompute:  # keys a read-only file lacks or holds from an older version
                folded, skeleton = names.fold(name), names.skeleton(name)
            words = tuple(folded.split())
            entry = NameEntry(kind, record_id, field_name, name, folded, words, folded.replace(" ", ""))
            index = len(self.entries)
            self.entries.append(entry)
            self.by_folded.setdefault(folded, []).append(index)
            if entry.compact != folded:
                self.by_folded.setdefault(entry.compact, []).append(index)
            for word, word_skeleton in zip(words, skeleton.split()):
                entries = self.by_word.setdefault(word, [])
                if not entries or entries[-1] != index:
                    entries.append(index)
                self.words_of_skeleton.setdefault(word_skeleton, set()).add(word)
        self.sorted_words = sorted(self.by_word)
        self.words_by_initial: dict[str, list[str]] = {}
        for word in self.sorted_words:
            self.words_by_initial.setdefault(word[0], []).append(word)
        # Every compact name in one string, for substring search at C speed.
        self.compact_text = "\n".join(entry.compact for entry in self.entries)
        self.compact_starts = list(itertools.accumulate((len(e.compact) + 1 for e in self.entries), initial=0))

    def _word_candidates(self, word: str) -> dict[str, tuple[int, float]]:
        """Index words a query word may stand for: word -> (tier, quality 0–1)."""
        found: dict[str, tuple[int, float]] = {}

        def offer(candidate: str, tier: int, quality: float) -> None:
            if found.get(candidate, (0, 0.0)) < (tier, quality):
                found[candidate] = (tier, quality)

        start = bisect.bisect_left(self.sorted_words, word)
        prefixed = []
        for candidate in self.sorted_words[start:]:
            if not candidate.startswith(word):
                break
            prefixed.append(candidate)
        for candidate in sorted(prefixed, key=len)[:_PREFIX_WORDS_PER_QUERY_WORD]:
            offer(candidate, WORDS, len(word) / len(candidate))
        word_skeleton = names.word_skeleton(word)
        if len(word_skeleton) >= 2:
            for candidate in self.words_of_skeleton.get(word_skeleton, ()):
                offer(candidate, VARIANT, 0.5 + names.similarity(word, candidate) / 200)
        if len(word) >= 4:
            # Typos rarely hit a name's first letter (and vowel slips there meet by skeleton).
            for candidate, ratio, _ in process.extract(
                word, self.words_by_initial.get(word[0], ()), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF,
                limit=_FUZZY_WORDS_PER_QUERY_WORD,
            ):
                offer(candidate, VARIANT, 0.9 * ratio / 100)
        return found

    def _containing(self, text: str) -> list[int]:
        """Entries whose compact name contains text."""
        found, position = [], self.compact_text.find(text)
        while position >= 0:
            index = bisect.bisect_right(self.compact_starts, position) - 1
            found.append(index)
            position = self.compact_text.find(text, self.compact_starts[index + 1])
        return found

    def match(self, query: str, kinds: Iterable[str] = NAME_KINDS) -> list[NameMatch]:
        """Names the query may stand for, best first within each record."""
        folded = names.fold(query)
        if not folded:
            return []
        kinds = set(kinds)
        query_words = folded.split()
        compact = folded.replace(" ", "")
        matches: dict[int, NameMatch] = {}

        def keep(index: int, score: float, matched: set[str]) -> None:
            if self.entries[index].kind in kinds and (index not in matches or matches[index].score < score):
                matches[index] = NameMatch(self.entries[index], score, matched)

        for index in self.by_folded.get(folded, []) + self.by_folded.get(compact, []):
            keep(index, EXACT * 100 + 99, set(self.entries[index].words))

        candidates = [self._word_candidates(word) for word in query_words]
        if all(candidates):
            entry_sets = [
                {index for word in found for index in self.by_word[word]} for found in candidates
            ]
            meeting = set.intersection(*sorted(entry_sets, key=len))
            if len(meeting) > _NAMES_SCORED:
                # A short prefix meets thousands of names; the shortest fit it best.
                meeting = sorted(meeting, key=lambda i: len(self.entries[i].compact))[:_NAMES_SCORED]
            for index in meeting:
                entry = self.entries[index]
                tiers, qualities, matched = [], [], set()
                for found in candidates:
                    tier, quality, word = max(
                        (found[w] + (w,) for w in entry.words if w in found), default=(0, 0.0, "")
                    )
                    tiers.append(tier)
                    qualities.append(quality)
                    matched.add(word)
                coverage = min(1.0, len(query_words) / len(entry.words))
                leads = entry.words[0] in candidates[0]
                within = 60 * sum(qualities) / len(qualities) + 30 * coverage + (9 if leads else 0)
                keep(index, min(tiers) * 100 + within, matched)

        if len(compact) >= 4:
            # Spacing variants: "خامنه ای" for خامنه‌ای, "hashemirafsanjani".
            for index in self._containing(compact):
                if index not in matches:
                    entry_compact = self.entries[index].compact
                    tier = WORDS if entry_compact.startswith(compact) else VARIANT
                    keep(index, tier * 100 + 50 * len(compact) / len(entry_compact), set())
        return sorted(matches.values(), key=lambda m: -m.score)


# --- the searcher ----------------------------------------------------------------------


def _span_meets(earliest: str, latest: str) -> str:
    """SQL: a span (open where NULL) meets [:first, :last] (open where NULL)."""
    return (f"(:last IS NULL OR {earliest} IS NULL OR {earliest} <= :last) AND "
            f"(:first IS NULL OR {latest} IS NULL OR {latest} >= :first)")


_TERM_MEETS = _span_meets(
    "coalesce(t.start_earliest, t.start_latest)",
    "CASE WHEN t.[end] = '..' THEN :as_of ELSE t.end_latest END",
)

# kind -> SQL condition on its record ``r`` for the date range.
_DATE_CONDITIONS = {
    "person": f"""(EXISTS (SELECT 1 FROM terms t WHERE t.person_id = r.id AND {_TERM_MEETS})
        OR ((r.born IS NOT NULL OR r.died IS NOT NULL) AND {_span_meets("r.born_earliest", "r.died_latest")}))""",
    "organization": f"""EXISTS (SELECT 1 FROM terms t JOIN positions p ON p.id = t.position_id
        WHERE p.organization_id = r.id AND {_TERM_MEETS})""",
    "position": f"EXISTS (SELECT 1 FROM terms t WHERE t.position_id = r.id AND {_TERM_MEETS})",
    "event": _span_meets(
        "coalesce(r.start_earliest, r.start_latest)",
        "CASE WHEN r.[end] = '..' THEN :as_of ELSE coalesce(r.end_latest, r.start_latest) END"),
    "allegation": "(({}) OR ({}))".format(
        _span_meets("coalesce(r.conduct_start_earliest, r.conduct_start_latest)",
                    "CASE WHEN r.conduct_end = '..' THEN :as_of "
                    "ELSE coalesce(r.conduct_end_latest, r.conduct_start_latest) END"),
        _span_meets("r.made_on_earliest", "r.made_on_latest")),
    "source": _span_meets("r.published_earliest", "r.published_latest"),
}


class SearchIndex:
    """Searches one dossier file through one connection (give a worker thread its own)."""

    def __init__(self, db: Database | sqlite3.Connection):
        self.conn = db.conn if isinstance(db, Database) else db
        self._names: NameIndex | None = None
        self._names_version: tuple | None = None
        self._vocabulary_ready = False

    # --- names kept in memory -------------------------------------------------------

    def _version(self) -> tuple:
        return self.conn.execute("""SELECT
            (SELECT seq FROM sqlite_sequence WHERE name = 'search_names'),
            (SELECT count(*) FROM search_names)""").fetchone()

    def names(self) -> NameIndex:
        """The name index, reloaded when names changed since the last look."""
        version = self._version()
        if self._names is None or version != self._names_version:
            recompute = not self._store_keys()
            self._names = NameIndex(self.conn.execute(
                "SELECT kind, record_id, field, name, folded, skeleton FROM search_names ORDER BY id"), recompute)
            self._names_version = version
        return self._names

    def _store_keys(self) -> bool:
        """Store keys for names written without them (by triggers) or by an older key version.

        False when stale keys remain because the file cannot be written to.
        """
        state = self.conn.execute("SELECT value FROM search_state WHERE key = 'name_keys'").fetchone()
        stale = state is None or state[0] != str(names.KEYS_VERSION)
        if not stale and self.conn.execute(
                "SELECT 1 FROM search_names WHERE folded IS NULL LIMIT 1").fetchone() is None:
            return True
        try:
            with _transaction(self.conn):
                if stale:
                    self.conn.execute("UPDATE search_names SET folded = NULL, skeleton = NULL")
                    self.conn.execute("INSERT OR REPLACE INTO search_state (key, value) VALUES ('name_keys', ?)",
                                      [str(names.KEYS_VERSION)])
                fill_name_keys(self.conn)
        except sqlite3.OperationalError:
            return not stale  # read-only: NameIndex computes keys in memory
        return True

    # --- searching ------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 20, filters: SearchFilters | None = None) -> list[SearchResult]:
        """Records matching the query, best first across kinds, at most ``limit``."""
        filters = filters or SearchFilters()
        if not query.strip():
            return []
        first, last = filters.day_range()
        as_of = self._as_of_day() if first is not None or last is not None else None
        params = {"first": first, "last": last, "as_of": as_of}
        # (kind, id) -> (score, NameMatch or a search_text rowid)
        found: dict[tuple[str, str], tuple[float, NameMatch | int]] = {}
        name_kinds = [kind for kind in NAME_KINDS if filters.allows(kind)]
        if name_kinds:
            for match in self.names().match(query, name_kinds):
                found.setdefault((match.entry.kind, match.entry.record_id), (match.score, match))
        found = self._filtered(found, filters, params, keep_at_least=limit)

        expression = full_text_query(query, self._terms_beginning)
        if expression:
            for kind in KINDS:
                if filters.allows(kind):
                    for record_id, score, rowid in self._full_text(kind, expression, filters, params, limit):
                        found.setdefault((kind, record_id), (score, rowid))
        ranked = sorted(found.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
        results = self._results(ranked, expression)
        self._fill_titles(results)
        return results

    def _results(self, ranked: list, expression: str | None) -> list[SearchResult]:
        """Results with snippets, made only for the records shown (snippets cost)."""
        kinds = {how: kind for (kind, _), (_, how) in ranked if isinstance(how, int)}
        snippets = {}
        if kinds:
            marks = ", ".join("?" for _ in kinds)
            rows = self.conn.execute(
                f"""SELECT rowid, highlight(search_text, 0, '{HIGHLIGHT_OPEN}', '{HIGHLIGHT_CLOSE}'),
                      snippet(search_text, 1, '{HIGHLIGHT_OPEN}', '{HIGHLIGHT_CLOSE}', '…', {SNIPPET_TOKENS}),
                      respelt
                    FROM search_text WHERE search_text MATCH ? AND rowid IN ({marks})""",
                [expression, *kinds],
            ).fetchall()
            originals = self._original_documents([(kinds[row[0]], row[0]) for row in rows if row[3]])
            for rowid, title_marked, body_marked, _ in rows:
                if rowid in originals:
                    original_title, original_body = originals[rowid]
                    title_marked = in_original_spelling(title_marked, original_title)
                    body_marked = in_original_spelling(body_marked, original_body)
                marked = body_marked if HIGHLIGHT_OPEN in body_marked else title_marked
                snippets[rowid] = parse_highlighted(
                    SNIPPET_FIELD_JOIN.join(part for part in marked.split("\n") if part.strip()))
        results = []
        for (kind, record_id), (score, how) in ranked:
            if isinstance(how, NameMatch):
                results.append(self._name_result(how))
                continue
            snippet, spans = snippets.get(how, ("", []))
            results.append(SearchResult(kind, record_id, "", snippet, score, spans, _passage(snippet, spans)))
        return results

    def _original_documents(self, documents: list[tuple[str, int]]) -> dict[int, tuple[str, str]]:
        """Title and body of (kind, rowid) documents as their records spell them."""
        by_kind: dict[str, list[int]] = {}
        for kind, rowid in documents:
            by_kind.setdefault(kind, []).append(rowid)
        originals = {}
        for kind, rowids in by_kind.items():
            title, body = DOCUMENTS[kind]
            marks = ", ".join("?" for _ in rowids)
            for rowid, original_title, original_body in self.conn.execute(
                f"""SELECT d.id, {title}, {body} FROM [{TABLE_OF_KIND[kind]}] r
                    JOIN search_documents d ON d.kind = '{kind}' AND d.record_id = r.id
                    WHERE d.id IN ({marks})""",
                rowids,
            ):
                originals[rowid] = (original_title, original_body)
        return originals

    def _terms_beginning(self, prefix: str) -> list[str]:
        """Indexed terms that begin with a prefix, the prefix itself first when it is one."""
        if not self._vocabulary_ready:
            # NOTE: a temp table, so the dossier file's schema stays what the migrations made.
            self.conn.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocabulary USING fts5vocab(main, search_text, row)")
            self._vocabulary_ready = True
        prefix = _token_fold(prefix)
        return [row[0] for row in self.conn.execute(
            f"SELECT term FROM temp.search_vocabulary WHERE term >= ? AND term < ? LIMIT {_PREFIX_TERMS}",
            [prefix, prefix + "\U0010ffff"])]

    def _as_of_day(self) -> int | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'as_of'").fetchone()
        try:
            return dates.bounds(row[0]).latest if row and row[0] else None
        except dates.DateError:
            return None

    def _name_result(self, match: NameMatch) -> SearchResult:
        entry = match.entry
        label = {"alias": "also written", "name_native": "native name"}.get(entry.field)
        prefix = f"{label}: " if label else ""
        spans = []
        for piece in re.finditer(r"\S+", entry.name):
            if not match.matched_words or set(names.words(piece.group())) & match.matched_words:
                spans.append((len(prefix) + piece.start(), len(prefix) + piece.end()))
        return SearchResult(entry.kind, entry.record_id, entry.name, prefix + entry.name, match.score,
                            _merged(spans), passage=entry.name)

    def _conditions(self, kind: str, filters: SearchFilters) -> tuple[str, dict]:
        """SQL condition on record ``r`` for the filters, and its extra parameters."""
        conditions, extra = [], {}
        if filters.date_from or filters.date_to:
            conditions.append(_DATE_CONDITIONS[kind])
        if kind == "allegation" and filters.statuses:
            marks = []
            for number, status in enumerate(sorted(filters.statuses)):
                extra[f"status{number}"] = status
                marks.append(f":status{number}")
            conditions.append(f"r.status IN ({', '.join(marks)})")
        return " AND ".join(conditions), extra

    def _filtered(self, found: dict, filters: SearchFilters, params: dict, keep_at_least: int) -> dict:
        if not filters.restricts:
            return found
        ranked = sorted(found.items(), key=lambda item: -item[1][0])
        kept: dict = {}
        for chunk_start in range(0, len(ranked), 200):
            chunk = ranked[chunk_start:chunk_start + 200]
            by_kind: dict[str, list[str]] = {}
            for (kind, record_id), _ in chunk:
                by_kind.setdefault(kind, []).append(record_id)
            passing = set()
            for kind, ids in by_kind.items():
                condition, extra = self._conditions(kind, filters)
                if not condition:
                    passing.update((kind, i) for i in ids)
                    continue
                marks = ", ".join(f":id{n}" for n in range(len(ids)))
                rows = self.conn.execute(
                    f"SELECT r.id FROM [{TABLE_OF_KIND[kind]}] r WHERE r.id IN ({marks}) AND {condition}",
                    {**params, **extra, **{f"id{n}": i for n, i in enumerate(ids)}},
                )
                passing.update((kind, row[0]) for row in rows)
            kept.update((key, result) for key, result in chunk if key in passing)
            if len(kept) >= keep_at_least:
                break
        return kept

    def _full_text(self, kind: str, expression: str, filters: SearchFilters, params: dict,
                   limit: int) -> list[tuple[str, float, int]]:
        """(record id, score, rowid) of a kind's best full-text matches."""
        condition, extra = self._conditions(kind, filters)
        join = f"JOIN [{TABLE_OF_KIND[kind]}] r ON r.id = d.record_id" if condition else ""
        block = _document_block(kind)
        # NOTE: no ORDER BY: FTS5 then scores only the rows it returns, so LIMIT bounds the work
        # (bm25 costs per row, and a common word matches most rows).
        rows = self.conn.execute(
            f"""SELECT d.record_id, bm25(search_text, 10.0, 1.0), search_text.rowid FROM search_text
                JOIN search_documents d ON d.id = search_text.rowid {join}
                WHERE search_text MATCH :match
                  AND search_text.rowid BETWEEN {block} AND {block + (1 << DOCUMENT_BLOCK_BITS) - 1}
                  {"AND " + condition if condition else ""}
                LIMIT {FULL_TEXT_CANDIDATES}""",
            {**params, **extra, "match": expression},
        ).fetchall()
        best = sorted(rows, key=lambda row: row[1])[:limit]
        return [(record_id, FULL_TEXT * 100 + 99 * -rank / (1 - rank), rowid) for record_id, rank, rowid in best]

    def _fill_titles(self, results: list[SearchResult]) -> None:
        """Fill in titles: names, titles and, for an allegation, who alleges it against whom."""
        by_kind: dict[str, list[SearchResult]] = {}
        for result in results:
            by_kind.setdefault(result.kind, []).append(result)
        for kind, group in by_kind.items():
            marks = ", ".join("?" for _ in group)
            titles = {}
            for row in self.conn.execute(_TITLE_SQL[kind].format(marks=marks), [r.id for r in group]):
                titles[row[0]] = row[1] if kind != "event" else _event_title(*row[1:])
            for result in group:
                result.title = titles.get(result.id) or result.title or result.id


_TITLE_SQL = {
    "person": "SELECT id, name FROM persons WHERE id IN ({marks})",
    "organization": "SELECT id, name FROM organizations WHERE id IN ({marks})",
    "position": """SELECT p.id, p.title || coalesce(' (' || o.name || ')', '') FROM positions p
        LEFT JOIN organizations o ON o.id = p.organization_id WHERE p.id IN ({marks})""",
    "event": "SELECT id, title, start, [end] FROM events WHERE id IN ({marks})",
    "allegation": """SELECT a.id, s.name || ': alleged by ' || coalesce(
            o.name || coalesce(' (' || ap.name || ')', ''), ap.name, 'an accuser not named in the source')
        FROM allegations a JOIN persons s ON s.id = a.subject_id
        LEFT JOIN organizations o ON o.id = a.alleged_by_org_id
        LEFT JOIN persons ap ON ap.id = a.alleged_by_person_id WHERE a.id IN ({marks})""",
    "source": """SELECT id, title || coalesce(' — ' || publisher, '') || coalesce(', ' || published, '')
        FROM sources WHERE id IN ({marks})""",
}


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection):
    """Commit on success, roll back on error; inside a caller's transaction, only a savepoint."""
    if conn.in_transaction:
        conn.execute("SAVEPOINT search_keys")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK TO search_keys")
            conn.execute("RELEASE search_keys")
            raise
        conn.execute("RELEASE search_keys")
    else:
        with conn:
            yield


# Any run of the characters the index's spelling drops (ZWNJ, tatweel, vowel marks).
_DROPPED_RUN = "[" + re.escape("".join(c for c, spelt in PERSIAN_SPELLING.items() if not spelt)) + "]*"
# A character of the index's spelling -> every character spelt as it, itself first.
_SPELLINGS: dict[str, str] = {
    spelt: spelt + "".join(c for c, other in PERSIAN_SPELLING.items() if other == spelt)
    for spelt in set(PERSIAN_SPELLING.values()) if spelt
}


def in_original_spelling(marked: str, original: str) -> str:
    """A snippet or highlight of the index's text with the record's own letters put back.

    Each stretch between ellipses is found in the original text by a pattern that lets
    every spelling of its letters stand (and dropped ZWNJs and vowel marks sit between
    them); the highlight marks keep their places among the letters. A stretch not found
    stays as the index spells it.
    """
    if not marked or not original:
        return marked
    restored = []
    for stretch in re.split("(…)", marked):
        plain, spans = parse_highlighted(stretch)
        if not plain.strip():
            restored.append(stretch)
            continue
        pattern = _DROPPED_RUN.join(f"[{re.escape(_SPELLINGS.get(c, c))}]" for c in plain)
        match = re.search(pattern, original)
        if match is None:
            restored.append(stretch)
            continue
        found = match.group()
        # Where each character of the index's text stands in the original (dropped ones have no place).
        places = [i for i, character in enumerate(found) if PERSIAN_SPELLING.get(character, character)]
        cuts = sorted([(places[start], 1, HIGHLIGHT_OPEN) for start, _ in spans]
                      + [(places[end - 1] + 1, 0, HIGHLIGHT_CLOSE) for _, end in spans])  # a close before an open
        pieces, done = [], 0
        for cut, _, mark in cuts:
            pieces += [found[done:cut], mark]
            done = cut
        restored.append("".join(pieces) + found[done:])
    return "".join(restored)


def _event_title(title: str, start: str | None, end: str | None) -> str:
    return title if start is None and end is None else f"{title}, {dates.format_event_span(start, end)}"


def _passage(snippet: str, spans: list[tuple[int, int]]) -> str | None:
    """The stretch of a snippet around its first match that stands verbatim in the record's text."""
    if not spans:
        return None
    start, end = spans[0]
    lefts = [snippet.rfind("…", 0, start) + 1]
    field_break = snippet.rfind(SNIPPET_FIELD_JOIN, 0, start)
    if field_break >= 0:
        lefts.append(field_break + len(SNIPPET_FIELD_JOIN))
    left = max(lefts)
    rights = [p for p in (snippet.find("…", end), snippet.find(SNIPPET_FIELD_JOIN, end)) if p >= 0]
    return snippet[left:min(rights, default=len(snippet))].strip() or None


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent highlighted words as one span."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged

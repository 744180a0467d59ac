"""The searcher: one connection to one dossier file, ranking names then full text."""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3

from sqlite_utils import Database

from .. import dates, names
from ..wording import isolate, translate
from .index import (
    DOCUMENT_BLOCK_BITS,
    DOCUMENTS,
    FULL_TEXT_CANDIDATES,
    HIGHLIGHT_CLOSE,
    HIGHLIGHT_OPEN,
    KINDS,
    NAME_KINDS,
    PERSIAN_SPELLING,
    SNIPPET_FIELD_JOIN,
    SNIPPET_TOKENS,
    TABLE_OF_KIND,
    _document_block,
    fill_name_keys,
)
from .name_index import FULL_TEXT, NameIndex, NameMatch
from .query import (
    _PREFIX_TERMS,
    SearchFilters,
    SearchResult,
    _token_fold,
    full_text_query,
    parse_highlighted,
)

# --- the searcher ----------------------------------------------------------------------

# Added to a name written as the query is (same letters, same script): such names rank above
# near spellings and transliterations ("خامنه‌ای": Ali Khamenei before Khomeini).
SAME_SCRIPT = 1000
ALLEGATION_BELOW_NAME = 0.5  # an allegation found by a name ranks right after that name


def _written_as(query: str, name: str) -> bool:
    """The query's words stand in the name as written (case and Persian letter forms aside)."""
    def plain(text: str) -> str:
        return names.normalise_persian(text).casefold()

    written = plain(name)
    return all(word in written for word in plain(query).split())



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
        # (kind, id) -> (rank, score, NameMatch or a search_text rowid or why an allegation was found);
        # the rank is the score, raised for names written as the query is (SAME_SCRIPT).
        found: dict[tuple[str, str], tuple[float, float, NameMatch | int | str]] = {}
        with_allegations = filters.allows("allegation")
        name_kinds = [kind for kind in NAME_KINDS if filters.allows(kind) or with_allegations]
        named: dict[tuple[str, str], tuple[float, NameMatch]] = {}
        for match in self.names().match(query, name_kinds) if name_kinds else []:
            key = (match.entry.kind, match.entry.record_id)
            rank = match.score + (SAME_SCRIPT if _written_as(query, match.entry.name) else 0)
            named.setdefault(key, (rank, match))
            if filters.allows(match.entry.kind):
                found.setdefault(key, (rank, match.score, match))
        if with_allegations and named:
            for key, found_by in self._allegations_of(named).items():
                found.setdefault(key, found_by)
        found = self._filtered(found, filters, params, keep_at_least=limit)

        expression = full_text_query(query, self._terms_beginning)
        if expression:
            for kind in KINDS:
                if filters.allows(kind):
                    for record_id, score, rowid in self._full_text(kind, expression, filters, params, limit):
                        found.setdefault((kind, record_id), (score, score, rowid))
        ranked = sorted(found.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
        results = self._results(ranked, expression)
        self._fill_titles(results)
        return results

    def _results(self, ranked: list, expression: str | None) -> list[SearchResult]:
        """Results with snippets, made only for the records shown (snippets cost)."""
        kinds = {how: kind for (kind, _), (_, _, how) in ranked if isinstance(how, int)}
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
        for (kind, record_id), (_, score, how) in ranked:
            if isinstance(how, NameMatch):
                results.append(self._name_result(how, score))
                continue
            if isinstance(how, str):  # an allegation found by its subject's or accuser's name
                snippet, name = how.split("\0")
                start = snippet.index(name)
                results.append(SearchResult(kind, record_id, "", snippet, score, [(start, start + len(name))]))
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

    def _allegations_of(self, named: dict[tuple[str, str], tuple[float, NameMatch]]
                        ) -> dict[tuple[str, str], tuple[float, float, str]]:
        """Allegations against, or made by, the persons and organizations a query names.

        Each ranks just below the name that found it ("Rafsanjani": the person, then the
        allegation against him) and says why it was found: "against …", "alleged by …".
        """
        persons = {record_id: m for (kind, record_id), m in named.items() if kind == "person"}
        organizations = {record_id: m for (kind, record_id), m in named.items() if kind == "organization"}
        rows = self.conn.execute(
            """SELECT a.id, a.subject_id, s.name, a.alleged_by_person_id, ap.name, a.alleged_by_org_id, o.name
               FROM allegations a JOIN persons s ON s.id = a.subject_id
               LEFT JOIN persons ap ON ap.id = a.alleged_by_person_id
               LEFT JOIN organizations o ON o.id = a.alleged_by_org_id
               WHERE a.subject_id IN (SELECT value FROM json_each(:persons))
                  OR a.alleged_by_person_id IN (SELECT value FROM json_each(:persons))
                  OR a.alleged_by_org_id IN (SELECT value FROM json_each(:organizations))""",
            {"persons": json.dumps(sorted(persons)), "organizations": json.dumps(sorted(organizations))})
        found = {}
        for allegation_id, subject, subject_name, speaker, speaker_name, org, org_name in rows:
            against = translate("search", "against {name}")
            alleged_by = translate("search", "alleged by {name}")
            ways = [(persons[subject], against.format(name=isolate(subject_name)), subject_name) if subject in persons else None,
                    (persons[speaker], alleged_by.format(name=isolate(speaker_name)), speaker_name) if speaker in persons else None,
                    (organizations[org], alleged_by.format(name=isolate(org_name)), org_name) if org in organizations else None]
            (rank, match), why, name = max((way for way in ways if way), key=lambda way: way[0][0])
            found[("allegation", allegation_id)] = (rank - ALLEGATION_BELOW_NAME, match.score - ALLEGATION_BELOW_NAME,
                                                    f"{why}\0{name}")
        return found

    def _name_result(self, match: NameMatch, score: float) -> SearchResult:
        entry = match.entry
        prefix = {"alias": translate("search", "also written: "),
                  "name_native": translate("search", "native name: ")}.get(entry.field, "")
        spans = []
        for piece in re.finditer(r"\S+", entry.name):
            if not match.matched_words or set(names.words(piece.group())) & match.matched_words:
                spans.append((len(prefix) + piece.start(), len(prefix) + piece.end()))
        snippet = prefix + entry.name
        if match.near:  # say so, never pass it off as the name asked for
            snippet += translate("search", " · a near spelling of “{query}”").format(query=match.query)
        return SearchResult(entry.kind, entry.record_id, entry.name, snippet, score, _merged(spans),
                            passage=entry.name)

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
                titles[row[0]] = _TITLE_WORDING[kind](*row[1:]) if kind in _TITLE_WORDING else row[1]
            for result in group:
                result.title = titles.get(result.id) or result.title or result.id


_TITLE_SQL = {
    "person": "SELECT id, name FROM persons WHERE id IN ({marks})",
    "organization": "SELECT id, name FROM organizations WHERE id IN ({marks})",
    "position": """SELECT p.id, p.title || coalesce(' (' || o.name || ')', '') FROM positions p
        LEFT JOIN organizations o ON o.id = p.organization_id WHERE p.id IN ({marks})""",
    "event": "SELECT id, title, start, [end] FROM events WHERE id IN ({marks})",
    "allegation": """SELECT a.id, s.name, o.name, ap.name
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


def _allegation_title(subject: str, org: str | None, speaker: str | None) -> str:
    """"Subject: alleged by Org (Speaker)", in the reader's language."""
    if org and speaker:
        accuser = f"{org} ({speaker})"
    else:
        accuser = org or speaker or translate("search", "an accuser not named in the source")
    return translate("search", "{subject}: alleged by {accuser}").format(subject=isolate(subject), accuser=isolate(accuser))


_TITLE_WORDING = {"event": _event_title, "allegation": _allegation_title}


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

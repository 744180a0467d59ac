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

from .index import KINDS, TABLE_OF_KIND, fill_name_keys
from .name_index import EXACT, FULL_TEXT, VARIANT, WORDS, NameIndex, NameMatch
from .query import SearchFilters, SearchResult, full_text_query, parse_highlighted
from .searcher import SearchIndex, in_original_spelling

__all__ = [
    "EXACT", "FULL_TEXT", "KINDS", "TABLE_OF_KIND", "VARIANT", "WORDS", "NameIndex", "NameMatch", "SearchFilters",
    "SearchIndex", "SearchResult", "fill_name_keys", "full_text_query", "in_original_spelling", "parse_highlighted",
]

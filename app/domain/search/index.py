"""The search index in the dossier file: its tables, the triggers that keep it current, its migrations."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from .. import names
from ..schema import split_statements

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



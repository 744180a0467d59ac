"""The dossier file's migrations, in order: the contract tables, the search index, stored originals,
external identifiers.

``schema`` and ``search`` each keep their own SQL; this module puts their steps in
one order, so neither imports the other. A file's ``user_version`` is the number
of steps applied.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from . import originals, schema
from .search import index as search_index

migrations = Migrations(schema.MIGRATION_SET)
for _step in (schema.m001_contract, search_index.m002_search_index,
              search_index.m003_search_text_in_one_persian_spelling, originals.m004_originals_and_custody,
              schema.m005_identifiers):
    migrations()(_step)


def schema_version() -> int:
    """The schema version this build writes: one per migration (all pending on an empty database)."""
    return len(migrations.pending(Database(memory=True)))

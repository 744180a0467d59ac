import json
from pathlib import Path

from app.domain.schema import CONTRACT

METADATA = Path(__file__).parents[1] / "resources/datasette/metadata.json"


def test_every_contract_column_is_described():
    tables = json.loads(METADATA.read_text(encoding="utf-8"))["databases"]["dossier"]["tables"]
    for table, columns in CONTRACT.items():
        described = tables[table]["columns"]
        assert set(described) == set(columns), table
        assert all(text.strip() for text in described.values())


def test_the_original_and_custody_tables_are_described():
    from app.domain.opener import create_dossier

    tables = json.loads(METADATA.read_text(encoding="utf-8"))["databases"]["dossier"]["tables"]
    store = create_dossier(None)
    for table in ("originals", "original_chunks", "source_originals", "custody_log", "custody_session"):
        columns = [row[1] for row in store.db.execute(f"PRAGMA table_info([{table}])")]
        assert set(tables[table]["columns"]) == set(columns), table
    store.close()

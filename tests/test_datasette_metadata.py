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

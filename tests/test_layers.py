"""The layers hold: the views never run SQL (issue 12); the store's named methods do."""

import ast
import re
from pathlib import Path

UI = Path(__file__).parents[1] / "app" / "ui"
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|WITH|CREATE)\s")
RUNS_SQL = {"execute", "executemany", "executescript", "query"}


def sql_in(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RUNS_SQL:
            found.append(f"{path.name}:{node.lineno}: .{node.func.attr}(...)")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
            found.append(f"{path.name}:{node.lineno}: {node.value.strip()[:40]!r}")
        elif isinstance(node, ast.Attribute) and node.attr.endswith("_SELECT"):
            found.append(f"{path.name}:{node.lineno}: {node.attr}")
    return found


def test_no_file_under_app_ui_runs_sql():
    assert [hit for path in sorted(UI.rglob("*.py")) for hit in sql_in(path)] == []


def test_the_check_sees_sql(tmp_path):
    view = tmp_path / "view.py"
    view.write_text('rows = store.query(store._TERM_SELECT + " WHERE t.id = ?", [1])\n'
                    'db.execute("SELECT 1")\n')
    assert len(sql_in(view)) == 4

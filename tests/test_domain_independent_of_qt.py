"""The domain must import and work with Qt blocked (STYLE.md habit 1)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]

BLOCK_QT = """
import sys, importlib.abc
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6', 'pyqtgraph', 'shiboken6'):
            raise ImportError('Qt is blocked in the domain: ' + name)
sys.meta_path.insert(0, BlockQt())
import pkgutil, importlib, app.domain
for module in pkgutil.walk_packages(app.domain.__path__, 'app.domain.'):
    importlib.import_module(module.name)
from app.domain.opener import create_from_dataset
from app.domain.checks import check
store = create_from_dataset(sys.argv[1], sys.argv[2])
assert check(store).ok
print('ok')
"""


def test_domain_imports_and_runs_without_qt(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT, str(tmp_path / "d.db"), str(ROOT / "tests/fixtures/small-dossier.json")],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"

"""Libraries only some features need are imported when first used, never while the window starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
# PDF text, FollowTheMoney, PDF checks, HTML reports: loaded by the feature that needs them; the EDTF
# parser (with pyparsing) by the first date that is not a plain day, month or year; JSON Schema by the
# first exchange document checked.
ONLY_WHEN_USED = ("pypdfium2", "followthemoney", "pypdf", "jinja2", "edtf", "pyparsing", "jsonschema")

START = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from app.ui.application import create_application
app = create_application()
from app.domain.opener import open_dossier
from app.ui.main_window import MainWindow
from app.ui.session import Session
window = MainWindow(Session(open_dossier(sys.argv[2], user_file=False)))
window.show()
for _ in range(20):
    app.processEvents()
print(json.dumps(sorted(sys.modules)))
"""


def test_starting_the_window_imports_no_feature_library(small_db_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", START, str(ROOT), str(small_db_path)], capture_output=True,
                            text=True, env=env, timeout=300, check=True)
    loaded = {name.split(".")[0] for name in json.loads(result.stdout.strip().splitlines()[-1])}
    assert "app" in loaded and "pyqtgraph" in loaded  # the window did start
    assert loaded.isdisjoint(ONLY_WHEN_USED), loaded & set(ONLY_WHEN_USED)

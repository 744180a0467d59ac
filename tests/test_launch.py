"""Launching without Qt: the data folder is the one Qt names, and headless commands never load PySide6."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
SMALL = ROOT / "tests" / "fixtures" / "small-dossier.json"

BOTH_FOLDERS = """
import json
from PySide6.QtCore import QStandardPaths
from app.launch import data_folder
from app.ui.paths import set_identity
set_identity()
qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
print(json.dumps([qt, str(data_folder())]))
"""


def _run(code: str, env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True)


@pytest.mark.parametrize("xdg_data_home", [None, "absolute", "relative/share"])
def test_the_data_folder_is_the_one_qt_names(tmp_path, xdg_data_home):
    env = {k: v for k, v in os.environ.items() if k != "XDG_DATA_HOME"}
    env["HOME"] = str(tmp_path / "home")
    if xdg_data_home == "absolute":
        env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    elif xdg_data_home is not None:
        env["XDG_DATA_HOME"] = xdg_data_home  # the spec, and Qt, ignore a relative one
    result = _run(BOTH_FOLDERS, env)
    assert result.returncode == 0, result.stderr
    qt, ours = json.loads(result.stdout)
    assert Path(qt) == Path(ours)
    assert Path(ours).is_relative_to(tmp_path)


HEADLESS = """
import sys
from app.cli import main
status = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))
print(status, loaded)
"""


def test_headless_commands_do_not_load_qt(tmp_path, small_db_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    exported = tmp_path / "out.json"
    for argv in (["check"], ["search", "Doe"], ["export", "json", str(exported)],
                 ["import", str(SMALL)]):
        result = _run(HEADLESS, env, "--db", str(small_db_path), *argv)
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[-1] == "0 []", (argv, result.stdout[-300:])

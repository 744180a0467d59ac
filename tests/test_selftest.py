"""`dossier-timeline --self-test`: passes on a working install, names what a broken one lacks,
and never touches the user's files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.selftest import SelfTestFailure, _check_dossier

ROOT = Path(__file__).resolve().parent.parent


def run_self_test(home: Path, code: str = "from app.cli import main; raise SystemExit(main(['--self-test']))"):
    """The self-test in a fresh process, as `dossier-timeline --self-test` runs it."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "QT_"))}
    env.update(HOME=str(home), PYTHONPATH=str(ROOT))
    home.mkdir(exist_ok=True)
    return subprocess.run([sys.executable, "-c", code], env=env, cwd=home, capture_output=True, text=True, timeout=120)


def test_passes_offscreen_and_leaves_the_users_folders_alone(tmp_path):
    home = tmp_path / "home"

    result = run_self_test(home)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test: passed" in result.stdout
    assert 'Qt platform "offscreen"' in result.stdout
    assert "person dossier of" in result.stdout
    assert list(home.rglob("*")) == []


def test_a_bundle_that_lost_a_resource_fails_and_names_it(tmp_path):
    # A copy of resources/ without the Persian bold font, found the way a frozen bundle's is.
    bundle = tmp_path / "bundle"
    shutil.copytree(ROOT / "resources", bundle / "resources")
    (bundle / "resources" / "fonts" / "Vazirmatn-Bold.ttf").unlink()
    code = (
        f"import sys; sys._MEIPASS = {str(bundle)!r}\n"
        "from app.cli import main; raise SystemExit(main(['--self-test']))"
    )

    result = run_self_test(tmp_path / "home", code)

    assert result.returncode == 1
    assert "self-test: FAILED: missing resources: " in result.stdout
    assert str(Path("resources", "fonts", "Vazirmatn-Bold.ttf")) in result.stdout
    assert "passed" not in result.stdout


def test_a_dossier_that_fails_check_fails_the_self_test(small_store):
    citation = small_store.rows("citations")[0]
    small_store.db["citations"].update(citation["id"], {"quote": "words the source never says"})  # a damaged file

    with pytest.raises(SelfTestFailure, match="check found problems"):
        _check_dossier(small_store)

"""The package as users install it: what the wheel carries, its metadata, the locked build
versions, and the desktop files that let a file manager open dossier files with the app.

.ci/run (through packaging/wheel-check) builds the wheel, installs it into a fresh venv and
runs its self-test; these tests keep the pieces that step relies on in step with each other.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ElementTree
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from app import DESKTOP_FILE_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
MIME_TYPE = "application/x-dossier-timeline"


def test_the_wheel_names_every_package_and_maps_resources_into_it():
    on_disk = {".".join(path.parent.relative_to(ROOT).parts) for path in (ROOT / "app").rglob("__init__.py")}
    setuptools = PYPROJECT["tool"]["setuptools"]

    missing = sorted(on_disk - set(setuptools["packages"]))
    assert not missing, f"add {missing} to [tool.setuptools] packages in pyproject.toml, or the wheel lacks them"
    assert set(setuptools["packages"]) == on_disk | {"app.resource_files"}
    assert setuptools["package-dir"] == {"app.resource_files": "resources"}
    assert setuptools["package-data"]["app.resource_files"] == ["**/*"]


def test_resources_are_found_through_importlib_resources():
    from importlib.resources import files

    from app.resources import DEFAULT_DATASET, resource_path

    assert Path(str(files("app.resource_files"))) == resource_path() == ROOT / "resources"
    assert DEFAULT_DATASET.is_file()


def test_metadata_declares_the_licence_file_links_and_the_build_backend_floor():
    project = PYPROJECT["project"]

    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert PYPROJECT["build-system"]["requires"] == ["setuptools>=77"]
    assert project["authors"] and project["keywords"] and project["classifiers"]
    homepage = project["urls"]["Homepage"]
    metainfo = ElementTree.parse(ROOT / "resources" / f"{DESKTOP_FILE_NAME}.metainfo.xml").getroot()
    assert metainfo.findtext("url[@type='homepage']") == homepage
    assert f"## [{__version__}]" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_appstream_names_screenshots_over_https():
    metainfo = ElementTree.parse(ROOT / "resources" / f"{DESKTOP_FILE_NAME}.metainfo.xml").getroot()
    images = metainfo.findall("screenshots/screenshot/image")

    assert images and all(image.text.startswith("https://") for image in images)
    assert metainfo.find("screenshots/screenshot[@type='default']/caption").text
    assert metainfo.findtext("provides/mediatype") == MIME_TYPE


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_appstream_metadata_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net",
                             str(ROOT / "resources" / f"{DESKTOP_FILE_NAME}.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pyqtgraph_is_capped_below_its_next_major_and_the_lock_pins_every_dependency():
    requirements = {Requirement(line).name.lower(): Requirement(line) for line in PYPROJECT["project"]["dependencies"]}
    pins = {}
    for line in (ROOT / "packaging" / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, pinned = line.split("==")
            pins[name.lower().replace("_", "-")] = pinned

    assert not requirements["pyqtgraph"].specifier.contains("0.15.0")
    assert requirements["pyqtgraph"].specifier.contains(version("pyqtgraph"))
    for name, requirement in requirements.items():
        assert requirement.specifier.contains(pins[name]), (name, pins.get(name))
    assert "pyinstaller" in pins
    assert "-c packaging/constraints.txt" in (ROOT / "packaging" / "build").read_text(encoding="utf-8")


def test_desktop_entry_passes_a_file_and_claims_the_dossier_type():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "resources" / f"{DESKTOP_FILE_NAME}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]

    assert section["Exec"].split() == ["DossierTimeline", "%f"]
    assert MIME_TYPE in section["MimeType"].split(";")


def test_macos_bundle_declares_the_document_types():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")

    assert '"CFBundleDocumentTypes"' in spec and '"UTExportedTypeDeclarations"' in spec
    assert f'"public.mime-type": ["{MIME_TYPE}"]' in spec


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info is not installed")
def test_the_mime_type_recognises_a_dossier_file_by_its_content(tmp_path, small_db_path):
    # The README's desktop step, into a private XDG data folder.
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / f"{DESKTOP_FILE_NAME}.mime.xml", packages / f"{DESKTOP_FILE_NAME}.xml")
    subprocess.run(["update-mime-database", str(packages.parent)], check=True, capture_output=True)
    plain = tmp_path / "plain.db"
    import sqlite3

    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    code = ("import sys; from PySide6.QtCore import QMimeDatabase; db = QMimeDatabase()\n"
            "print(*(db.mimeTypeForFile(path).name() for path in sys.argv[1:]))")
    env = {**os.environ, "XDG_DATA_DIRS": f"{tmp_path / 'share'}:/usr/share", "XDG_DATA_HOME": str(tmp_path / "home")}

    found = subprocess.run([sys.executable, "-c", code, str(small_db_path), str(plain)], env=env,
                           capture_output=True, text=True, check=True).stdout.split()

    assert found == [MIME_TYPE, "application/vnd.sqlite3"]

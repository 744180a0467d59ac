"""Finds the files under resources/: from the source tree, an installed wheel and the frozen bundle alike.

pyproject.toml maps the top-level resources/ folder into the wheel as the package
``app.resource_files``, so importlib.resources finds it wherever pip or pipx put it (and an
editable install finds the folder itself). PyInstaller copies the folder to ``resources``
inside the bundle, found through ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle, "resources")
    return Path(str(files("app.resource_files")))  # NOTE: a wheel is always unpacked: a real folder


_ROOT = _root()


def resource_path(*parts: str) -> Path:
    return _ROOT.joinpath(*parts)


DEFAULT_DATASET = resource_path("default-dossier.json")
DEFAULT_DATASET_HISTORY = resource_path("default-dossier-history.json")
EXCHANGE_SCHEMA = resource_path("dossier-timeline.schema.json")

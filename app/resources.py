"""Finds the files under resources/, from the source tree and the frozen bundle alike."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))


def resource_path(*parts: str) -> Path:
    return _ROOT.joinpath("resources", *parts)


DEFAULT_DATASET = resource_path("default-dossier.json")
DEFAULT_DATASET_HISTORY = resource_path("default-dossier-history.json")
EXCHANGE_SCHEMA = resource_path("dossier-timeline.schema.json")

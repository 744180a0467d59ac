"""The timeline's layout of the user's own dossier, kept from the app's last clean close.

Laying out 100,000 terms takes about half a second, all of it before the window's first
frame. A file the app closed cleanly and nobody wrote since (the opener matched the
fingerprint it recorded then: ``Store.trusted_fingerprint``) holds exactly what the
layout kept at that close was built from, so that layout is the file's layout. It is used
only then, and only when everything else a layout depends on is the same: what it was
asked to show (``LayoutOptions``), the interface's language (labels are worded in it),
the day "ongoing" means, and this version of the app. Otherwise, or when the kept file
does not read as one, the layout is built from the dossier as always.

One ``.npz`` per dossier in the data folder (beside the fingerprints it relies on): the
arrays as they are, everything else as JSON text; read with pickles refused.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import asdict, fields
from pathlib import Path

import numpy as np

from .. import __version__
from .backups import dossier_digest
from .durable import new_file
from .store import Store
from .timeline_layout import Lane, Layout, LayoutOptions, Spans, Undrawable
from .wording import language

FORMAT = 1
FOLDER = "layouts"
_LAYERS = ("terms", "events", "conducts", "mades")
_ARRAYS = tuple(f.name for f in fields(Spans) if f.name not in ("table", "ids", "labels"))


def kept_layout(store: Store, folder: Path | None, options: LayoutOptions) -> Layout | None:
    """The layout kept at the last clean close of ``store``'s file, when it is still the file's layout."""
    fingerprint = store.trusted_fingerprint
    if folder is None or fingerprint is None:
        return None
    path = _path(folder, store.path)
    try:
        with np.load(path, allow_pickle=False) as kept:
            if _json(kept["context"]) != _context(fingerprint, options, store.as_of_day()):
                return None
            layout = _layout(_json(kept["text"]), options, {name: kept[name] for name in kept.files
                                                             if name not in ("context", "text")})
    except (OSError, ValueError, KeyError, TypeError, IndexError, zipfile.BadZipFile):
        return None
    return layout if _consistent(layout) else None


def keep_layout(folder: Path | None, closed: Store, layout: Layout) -> None:
    """Keep ``layout`` for the next opening of the file of ``closed``, if its close was recorded as clean.

    Written beside and then moved into place; a failure leaves no cache (the next opening lays out anew).
    """
    fingerprint = closed.closed_fingerprint
    if folder is None or fingerprint is None:
        return
    path = _path(folder, closed.path)
    arrays = {f"{layer}.{name}": getattr(getattr(layout, layer), name) for layer in _LAYERS for name in _ARRAYS}
    arrays["context"] = _bytes(_context(fingerprint, layout.options, layout.as_of_day))
    arrays["text"] = _bytes({
        "lanes": [asdict(lane) for lane in layout.lanes],
        "layers": {layer: {"table": spans.table, "ids": spans.ids, "labels": spans.labels}
                   for layer in _LAYERS for spans in [getattr(layout, layer)]},
        "organisations": layout.organisations,
        "undrawable": [asdict(item) for item in layout.undrawable],
        "as_of_day": layout.as_of_day, "hidden_versions": layout.hidden_versions, "as_of": layout.as_of,
        "position_terms": layout.position_terms,
    })
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with new_file(path) as out:
            np.savez(out, **arrays)
    except OSError:
        path.unlink(missing_ok=True)


def _path(folder: Path, dossier: Path) -> Path:
    return folder / FOLDER / f"{dossier_digest(dossier)}.npz"


def _context(fingerprint: dict, options: LayoutOptions, as_of_day: int) -> dict:
    """Everything a kept layout must have been made with: compared as JSON, so lists where sets were."""
    shown = asdict(options)
    shown["persons"] = None if options.persons is None else sorted(options.persons)
    shown["collapsed"] = sorted(options.collapsed)
    return json.loads(json.dumps({"format": FORMAT, "app": __version__, "language": language(),
                                  "fingerprint": fingerprint, "options": shown, "as_of_day": int(as_of_day)}))


def _bytes(value) -> np.ndarray:
    return np.frombuffer(json.dumps(value, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)


def _json(array: np.ndarray):
    return json.loads(array.tobytes().decode("utf-8"))


def _layout(text: dict, options: LayoutOptions, arrays: dict[str, np.ndarray]) -> Layout:
    layers = {}
    for layer in _LAYERS:
        named = text["layers"][layer]
        layers[layer] = Spans(table=named["table"], ids=list(named["ids"]), labels=list(named["labels"]),
                              **{name: arrays[f"{layer}.{name}"] for name in _ARRAYS})
    return Layout(
        lanes=[Lane(**lane) for lane in text["lanes"]], **layers,
        organisations=[tuple(item) for item in text["organisations"]],
        undrawable=[Undrawable(**item) for item in text["undrawable"]],
        as_of_day=text["as_of_day"], hidden_versions=dict(text["hidden_versions"]), as_of=text["as_of"],
        options=options,
        position_terms=dict(text["position_terms"]))


def _consistent(layout: Layout) -> bool:
    """Every layer's arrays as long as its ids, and every item in a lane that exists."""
    for layer in _LAYERS:
        spans = getattr(layout, layer)
        count = len(spans.ids)
        if len(spans.labels) != count or any(len(getattr(spans, name)) != count for name in _ARRAYS):
            return False
        if count and (spans.lane.min() < 0 or spans.lane.max() >= len(layout.lanes)):
            return False
    return True

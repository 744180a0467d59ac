"""One colour per institution: the same in the window, exported images and reports, run after run.

Colours follow the whole dossier, never what one view filters: the institutions with
most terms get the most distinct colours, ties broken by name. A colour the user
chose is kept in the dossier's meta (``institution_colours``: JSON, organization id →
"#RRGGBB"), so it travels with the dossier to exports and to colleagues.
"""

from __future__ import annotations

import json
import re

from .edits import Edit, plan_meta
from .store import Store
from .wording import translate

META_KEY = "institution_colours"
# Tableau 10 without its grey and red (red marks allegations), then high-contrast tones from
# Kelly's list: distinguishable, colour-blind aware.
DEFAULT_COLOURS = (
    "#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#76B7B2", "#EDC948", "#9C755F", "#FF9DA7",
    "#604E97", "#8DB600", "#882D17", "#A1CAF1", "#C2B280", "#2B3D26", "#00A6A6", "#E7298A",
    "#0067A5", "#F6A600", "#7F3C8D", "#11A579",
)
NEUTRAL = "#8C8C8C"  # a term whose position has no institution
_HEX = re.compile(r"#[0-9A-Fa-f]{6}")


def chosen_colours(meta: dict[str, str]) -> dict[str, str]:
    """The colours the user chose, from meta; a malformed value is ignored (defaults apply)."""
    try:
        chosen = json.loads(meta.get(META_KEY) or "{}")
    except ValueError:
        return {}
    if not isinstance(chosen, dict):
        return {}
    return {org: colour.upper() for org, colour in chosen.items()
            if isinstance(org, str) and isinstance(colour, str) and _HEX.fullmatch(colour)}


def institution_colours(store: Store, per_position: dict[str, int] | None = None) -> dict[str, str]:
    """Every institution with terms → its colour ("#RRGGBB"); ``per_position``: the terms of each
    position, when the caller has counted them (``Store.term_counts``)."""
    chosen = chosen_colours(store.meta())
    ranked = [org for org, _count in store.institution_term_counts(per_position)]
    # A choice changes that institution only: the others keep their default colours.
    return {org: chosen.get(org, DEFAULT_COLOURS[rank % len(DEFAULT_COLOURS)]) for rank, org in enumerate(ranked)}


def plan_colour(store: Store, org_id: str, colour: str | None, name: str) -> Edit:
    """An undoable edit giving an institution a colour (None: back to its default)."""
    chosen = chosen_colours(store.meta())
    if colour is None:
        chosen.pop(org_id, None)
    else:
        if not _HEX.fullmatch(colour):
            raise ValueError(translate("institution_colours", "{colour} is not a colour like #4E79A7").format(
                colour=repr(colour)))
        chosen[org_id] = colour.upper()
    description = (translate("institution_colours", "Colour of {name}") if colour
                   else translate("institution_colours", "Default colour of {name}")).format(name=name)
    return plan_meta(store, description, META_KEY, json.dumps(chosen, sort_keys=True) if chosen else None)

"""Colours of the timeline: one per institution (distinguishable, colour-blind aware), neutral grey otherwise."""

from __future__ import annotations

import functools

from PySide6.QtGui import QColor

from ...domain import institution_colours

NEUTRAL = QColor(institution_colours.NEUTRAL)
EVENT = QColor("#5B6770")
ALLEGATION = QColor("#C0392B")
SELECTION = QColor("#111111")
CURSOR = QColor("#D35400")
LANE_BAND = QColor(0, 0, 0, 10)
EVENT_BAND = QColor(70, 90, 120, 22)
TEXT = QColor("#1C1C1C")
TEXT_ON_BAR = QColor("#FFFFFF")
TEXT_ON_LIGHT_BAR = QColor("#1C1C1C")
FADED_ALPHA = 70  # the possible (not evidenced) part of a span
BACKGROUND = QColor("#FFFFFF")
LABEL_BACKGROUND = QColor("#F4F5F7")  # the lane names' column
LABEL_BOX = QColor(255, 255, 255, 230)  # behind text drawn across bars
HOLLOW = QColor(255, 255, 255, 220)  # inside open markers
RULE = QColor(0, 0, 0, 60)
AXIS = QColor(0, 0, 0, 110)
ALTERNATE_LANE = QColor(0, 0, 0, 12)
END_CAP = QColor(0, 0, 0, 120)
ARROWHEAD = QColor(40, 40, 40, 200)
ALLEGATION_TEXT = QColor("#7B241C")
MUTED_TEXT = QColor("#555555")
GRID = QColor(0, 0, 0, 28)  # faint lines at round dates
SWATCH = QColor("#5A5A5A")  # the legend's neutral bars (evidenced, possible, ongoing, ended)
TERM_DENSITY = QColor("#34495E")  # offices too many to tell apart
SELECTED_LANE = QColor(211, 84, 0, 28)  # the cursor's orange, faint (the lane names' column: SELECTED_LANE_LABEL)
SELECTED_LANE_LABEL = QColor(211, 84, 0, 40)

# The colours above that follow the desktop's light or dark scheme (use_scheme); institution
# and cursor colours read well on both.
_LIGHT = {name: QColor(value) for name, value in globals().items() if name in (
    "TEXT", "EVENT", "SELECTION", "LANE_BAND", "EVENT_BAND", "BACKGROUND", "LABEL_BACKGROUND", "LABEL_BOX",
    "HOLLOW", "RULE", "AXIS", "ALTERNATE_LANE", "END_CAP", "ARROWHEAD", "ALLEGATION_TEXT", "MUTED_TEXT", "GRID",
    "SWATCH", "TERM_DENSITY", "ALLEGATION")}
_DARK = {
    "TEXT": QColor("#E4E6EA"), "EVENT": QColor("#A7B4BF"), "SELECTION": QColor("#F5F5F5"),
    "LANE_BAND": QColor(255, 255, 255, 12), "EVENT_BAND": QColor(130, 160, 210, 34),
    "BACKGROUND": QColor("#1F2023"), "LABEL_BACKGROUND": QColor("#27292D"), "LABEL_BOX": QColor(31, 32, 35, 230),
    "HOLLOW": QColor(31, 32, 35, 220), "RULE": QColor(255, 255, 255, 60), "AXIS": QColor(255, 255, 255, 120),
    "ALTERNATE_LANE": QColor(255, 255, 255, 10), "END_CAP": QColor(255, 255, 255, 150),
    "ARROWHEAD": QColor(225, 225, 225, 210), "ALLEGATION_TEXT": QColor("#F1948A"), "MUTED_TEXT": QColor("#A8A8A8"),
    "GRID": QColor(255, 255, 255, 24), "SWATCH": QColor("#B4B8BE"), "TERM_DENSITY": QColor("#9FB3C8"),
    "ALLEGATION": QColor("#E74C3C"),  # the light scheme's red is 3.0:1 on the dark background, this 4.3:1
}


def use_scheme(dark: bool) -> None:
    """Switch the scheme colours. Items read them from this module when they paint, so a
    repaint is all a view needs afterwards (TimelineView.apply_palette does both)."""
    globals().update(_DARK if dark else _LIGHT)


@functools.lru_cache(maxsize=256)
def institution_colour(hex_colour: str) -> QColor:
    """An institution's colour ("#RRGGBB", ``domain.institution_colours``) as Qt paints it."""
    return QColor(hex_colour)


def faded(colour: QColor, alpha: int = FADED_ALPHA) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


def over_background(colour: QColor) -> QColor:
    """A see-through colour as it shows over the timeline's background, made opaque.

    Filling a lane's width with an opaque colour is a plain copy; a see-through one is
    blended pixel by pixel (about 1 ms a frame for the events lane of a wide window).
    """
    alpha = colour.alphaF()
    return QColor.fromRgbF(*(own * alpha + under * (1 - alpha) for own, under in
                             zip(colour.getRgbF()[:3], BACKGROUND.getRgbF()[:3])))


def text_colour_on(colour: QColor) -> QColor:
    """Dark text on light bars, white on dark ones (perceived luminance)."""
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return TEXT_ON_LIGHT_BAR if luminance > 150 else TEXT_ON_BAR

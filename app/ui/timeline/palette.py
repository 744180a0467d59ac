"""Colours of the timeline: one per institution (distinguishable, colour-blind aware), neutral grey otherwise."""

from __future__ import annotations

from PySide6.QtGui import QColor

# Tableau 10 without its grey and red (red marks allegations), then high-contrast tones from
# Kelly's list: the institutions with most terms get the most distinct colours.
INSTITUTION_COLOURS = tuple(QColor(c) for c in (
    "#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#76B7B2", "#EDC948", "#9C755F", "#FF9DA7",
    "#604E97", "#8DB600", "#882D17", "#A1CAF1", "#C2B280", "#2B3D26", "#00A6A6", "#E7298A",
    "#0067A5", "#F6A600",
))
NEUTRAL = QColor("#8C8C8C")
EVENT = QColor("#5B6770")
ALLEGATION = QColor("#C0392B")
SELECTION = QColor("#111111")
CURSOR = QColor("#D35400")
LANE_BAND = QColor(0, 0, 0, 10)
EVENT_BAND = QColor(70, 90, 120, 22)
TEXT = QColor("#1C1C1C")
TEXT_ON_BAR = QColor("#FFFFFF")
FADED_ALPHA = 70  # the possible (not evidenced) part of a span


def institution_colour(index: int) -> QColor:
    """Colour of the organisation with this rank (most terms first); neutral for none (<0)."""
    if index < 0:
        return NEUTRAL
    return INSTITUTION_COLOURS[index % len(INSTITUTION_COLOURS)]


def faded(colour: QColor, alpha: int = FADED_ALPHA) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


def text_colour_on(colour: QColor) -> QColor:
    """Dark text on light bars, white on dark ones (perceived luminance)."""
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return TEXT if luminance > 150 else TEXT_ON_BAR

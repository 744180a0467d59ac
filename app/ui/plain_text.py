"""Showing text from data as the characters it is, where Qt would read it as markup.

QLabel, tooltips and item views guess "rich text" when a string looks like HTML
(Qt.mightBeRichText), so a name such as ``<img src=x>`` would be interpreted.
Labels and message boxes get Qt.PlainText; tooltips have no such switch, so they
are escaped and wrapped in a tag that makes Qt treat the result as rich text on purpose.

Text from data is also bounded (``shown``): a value of 20,000 characters without a
space is legal, and laid out whole it would make a label 400,000 pixels wide (and
the window with it) and take seconds. So labels, cells, titles and tooltips show at
most a bounded part, with "…", and a run of characters with no place to break gets
invisible break points (U+200B) so a wrapping label can wrap it — every 40 characters,
or every 200 where people copy text (selectable labels, message boxes), so that paths
and web addresses copy intact. The full text stays in the data and the editor and,
bounded more generously, in the tooltip.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QMessageBox, QStyledItemDelegate, QWidget

from ..domain.wording import isolate

SHOWN_CHARS = 1000  # the most of one value a label, cell or title shows
TITLE_CHARS = 120  # the most of one value a window title shows
CHOICE_CHARS = 200  # the most of one value an entry of a drop-down list shows
TOOLTIP_CHARS = 4000  # the most a tooltip shows
BREAK_EVERY = 40  # an unbroken run longer than this gets break points
BREAK_COPIED_EVERY = 200  # the same where text is selected and copied: paths and addresses stay whole
LABEL_MIN_WIDTH = 80  # what a data label asks of its layout at least: never the text's width
_ZERO_WIDTH_SPACE = "\u200b"


def shown(text: str | None, limit: int = SHOWN_CHARS, break_every: int = BREAK_EVERY) -> str:
    """Data text bounded for display: at most ``limit`` characters (then "…"), long runs breakable."""
    if not text:
        return ""
    if len(text) > limit:
        text = text[:limit] + "…"
    return re.sub(r"\S{%d,}" % (break_every + 1), lambda run: _ZERO_WIDTH_SPACE.join(
        run.group()[i:i + break_every] for i in range(0, len(run.group()), break_every)), text)


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (bounded), line breaks kept."""
    return f"<p style='white-space:pre-wrap'>{html.escape(shown(text, TOOLTIP_CHARS))}</p>" if text else ""


class DataLabel(QLabel):
    """A plain-text label for data: bounded text, and never wider than its layout gives it.

    A wrapping label wraps (long runs at their break points); a one-line label elides
    to its width. Either way the text's length never sets the window's width, and a
    text cut short is shown whole (bounded) on hover.
    """

    def __init__(self, wrap: bool, selectable: bool, by_keyboard: bool = False):
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        if selectable:
            flags = Qt.TextInteractionFlag.TextSelectableByMouse
            if by_keyboard:
                flags |= Qt.TextInteractionFlag.TextSelectableByKeyboard
            self.setTextInteractionFlags(flags)
        self._break_every = BREAK_COPIED_EVERY if selectable else BREAK_EVERY
        self._full = ""
        self._tip_is_ours = False
        self._follow_direction()

    def _follow_direction(self) -> None:
        """In a right-to-left window data reads from the right too, whatever its script.

        NOTE: QLabel aligns by the direction of its text, so an English title would sit at
        the far left of a Persian form; the absolute right keeps it beside its Persian label.
        A label given its own alignment keeps it.
        """
        horizontal = self.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
        if horizontal not in (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute):
            return
        rest = self.alignment() & ~Qt.AlignmentFlag.AlignHorizontal_Mask
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.setAlignment(rest | (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute if right_to_left
                                  else Qt.AlignmentFlag.AlignLeft))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._follow_direction()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text or ""
        self._show()

    def full_text(self) -> str:
        """The text as given, before bounding and eliding."""
        return self._full

    def _show(self) -> None:
        whole = shown(self._full, break_every=self._break_every)
        text = whole
        if not self.wordWrap() and self.width() > 0:
            text = QFontMetrics(self.font()).elidedText(text, Qt.TextElideMode.ElideRight, self.width())
        super().setText(text)
        cut = len(self._full) > SHOWN_CHARS or text != whole
        if cut:
            self.setToolTip(tooltip(self._full))
            self._tip_is_ours = True
        elif self._tip_is_ours:
            self.setToolTip("")
            self._tip_is_ours = False

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if not self.wordWrap():
            self._show()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), LABEL_MIN_WIDTH), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        if self.wordWrap():
            return QSize(min(hint.width(), LABEL_MIN_WIDTH * 4), hint.height())
        margins = self.contentsMargins()
        wanted = QFontMetrics(self.font()).horizontalAdvance(self.text()) + margins.left() + margins.right() + 2
        return QSize(min(wanted, LABEL_MIN_WIDTH * 4), hint.height())


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = True, by_keyboard: bool = False) -> QLabel:
    """A label that never interprets its text and that no text can make wide (``DataLabel``).

    ``by_keyboard`` lets the keyboard select it too (it takes focus).
    """
    label = DataLabel(wrap, selectable, by_keyboard)
    label.setText(text)
    return label


class BoundedCells(QStyledItemDelegate):
    """An item view's cells show bounded data text (``shown``), however long the value.

    In a right-to-left interface each cell is isolated: a view lays its cells out in its own
    direction, which would turn an English "11 February 1979" into "February 1979 11";
    isolated, a cell keeps the direction of its first letter and still sits on the right.
    """

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        option.text = isolate(shown(option.text))


def bound_cells(view) -> None:
    """Give an item view (table, tree, list) cells that no value can make slow or huge."""
    view.setItemDelegate(BoundedCells(view))


def message_box(icon: QMessageBox.Icon, title: str, text: str, informative: str = "", *,
                parent: QWidget | None = None,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
    """A QMessageBox whose text and informative text (ids, paths, errors) are never interpreted.

    QMessageBox.warning/question/… guess rich text like a QLabel; this box is plain from the start.
    """
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(shown(text, TOOLTIP_CHARS, BREAK_COPIED_EVERY))
    if informative:
        box.setInformativeText(shown(informative, TOOLTIP_CHARS, BREAK_COPIED_EVERY))
    return box


def warn(parent: QWidget | None, title: str, text: str, informative: str = "") -> None:
    """Show a warning, its text as plain text, and wait until it is dismissed."""
    message_box(QMessageBox.Icon.Warning, title, text, informative, parent=parent).exec()

"""Showing text from data as the characters it is, where Qt would read it as markup.

QLabel, tooltips and item views guess "rich text" when a string looks like HTML
(Qt.mightBeRichText), so a name such as ``<img src=x>`` would be interpreted.
Labels and message boxes get Qt.PlainText; tooltips have no such switch, so they
are escaped and wrapped in a tag that makes Qt treat the result as rich text on purpose.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally, line breaks kept."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = True, by_keyboard: bool = False) -> QLabel:
    """A QLabel that never interprets its text; ``by_keyboard`` lets the keyboard select it too (it takes focus)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        flags = Qt.TextInteractionFlag.TextSelectableByMouse
        if by_keyboard:
            flags |= Qt.TextInteractionFlag.TextSelectableByKeyboard
        label.setTextInteractionFlags(flags)
    label.setText(text)
    return label


def message_box(icon: QMessageBox.Icon, title: str, text: str, informative: str = "", *,
                parent: QWidget | None = None,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
    """A QMessageBox whose text and informative text (ids, paths, errors) are never interpreted.

    QMessageBox.warning/question/… guess rich text like a QLabel; this box is plain from the start.
    """
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box


def warn(parent: QWidget | None, title: str, text: str, informative: str = "") -> None:
    """Show a warning, its text as plain text, and wait until it is dismissed."""
    message_box(QMessageBox.Icon.Warning, title, text, informative, parent=parent).exec()

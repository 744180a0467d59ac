"""Finds interface text left in English on a Persian screen (tests/test_translations*.py use it).

Walks every widget under a root (and the menus of a main window) and collects the text a
user sees — labels, buttons, actions, tab and dock titles, tooltips, placeholders, combo box
entries, header sections — that still holds Latin letters once the dossier's own data
(names, titles, quotes, ids: shown as stored, never translated) and a few proper names that
stay Latin in Persian (file formats, products) are taken out.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

# Names that Persian text writes in Latin letters too.
KEPT_LATIN = ("EDTF", "JSON", "CSV", "PDF", "HTML", "SVG", "PNG", "ZIP", "SQLite", "FollowTheMoney", "FtM",
              "Popolo", "Aleph", "OpenSanctions", "EveryPolitician", "Datasette", "Qt", "PySide6", "Python",
              "SHA-256", "URL", "UTF-8", "Ctrl", "Shift", "Alt", "Del", "Esc", "Enter", "Tab", "Home", "End",
              "PgUp", "PgDown", "F1", "F2", "F3", "F5", "Dossier Timeline",
              # A Persian date ends with its Gregorian reading as sources print it: "19 Jul 1988".
              "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LATIN = re.compile(r"[A-Za-z]{2,}")
_MARKUP = re.compile(r"<[^>]*>")


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for each piece of interface text under ``root``."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = widget.objectName() or type(widget).__name__
        if widget.toolTip():
            found.append((f"{name} tooltip", widget.toolTip()))
        if widget.accessibleName():
            found.append((f"{name} accessible name", widget.accessibleName()))
        if isinstance(widget, QLabel):
            found.append((name, widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, QDockWidget):
            found.append((name, widget.windowTitle()))
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            found.append((f"{name} placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [(f"{name} entry", widget.itemText(index)) for index in range(widget.count())]
        elif isinstance(widget, QTabBar):
            found += [(f"{name} tab", widget.tabText(index)) for index in range(widget.count())]
        elif isinstance(widget, QHeaderView) and widget.model() is not None and widget.isVisibleTo(root):
            found += [(f"{name} section", str(widget.model().headerData(section, widget.orientation()) or ""))
                      for section in range(widget.count())]
        if widget.isWindow():
            found.append((f"{name} title", widget.windowTitle()))
    if isinstance(root, QMainWindow):
        for menu in root.menuBar().findChildren(QMenu):
            found.append((f"menu {menu.objectName()}", menu.title()))
            for action in menu.actions():
                found.append((f"menu {menu.title()} action", action.text()))
                if action.toolTip() != action.text().replace("&", ""):
                    found.append((f"menu {menu.title()} action tooltip", action.toolTip()))
    return [(where, text) for where, text in found if text]


def untranslated(root: QWidget, data: set[str] = frozenset()) -> list[tuple[str, str]]:
    """The texts under ``root`` with Latin words that are neither data nor a kept proper name."""
    kept = sorted({*data, *KEPT_LATIN}, key=len, reverse=True)
    return [(where, text) for where, text in visible_texts(root) if has_latin_words(text, kept)]


def has_latin_words(text: str, kept) -> bool:
    """Whether ``text`` holds Latin words besides the ``kept`` pieces (data, proper names; longest first)."""
    rest = html.unescape(_MARKUP.sub(" ", text)).replace("&", "")  # rich-text tooltips: their tags are no words
    for piece in kept:
        if piece:
            rest = rest.replace(piece, " ")
    return bool(_LATIN.search(rest))


def dossier_data(store) -> set[str]:
    """Every text value in the dossier (shown as stored in any language)."""
    values: set[str] = {str(store.path), Path(store.path).name} if store.path else set()
    for table in store.db.table_names():
        if table.startswith(("search", "sqlite_", "_")):
            continue
        for row in store.db[table].rows:
            values.update(value for value in row.values() if isinstance(value, str))
    return values

"""One rule for control characters in stored text, for every importer and every edit.

A dossier stores no control character except tab, line feed, carriage return and form
feed (the page break between a PDF's pages in a source's extracted text):
NUL and its kin are invisible on screen, cut text short in other tools, and a CSV
file cannot carry NUL at all. So JSON, CSV and the editor refuse them alike, naming
the field and the character ("NUL (U+0000)"), and whatever a dossier holds exports
to files that import back.
"""

from __future__ import annotations

import re

_REFUSED = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_C0_NAMES = ("NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI "
             "DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US").split()


def character_name(character: str) -> str:
    """'NUL (U+0000)', 'DEL (U+007F)', 'control character U+0085'."""
    code = ord(character)
    if code < 0x20:
        return f"{_C0_NAMES[code]} (U+{code:04X})"
    if code == 0x7F:
        return "DEL (U+007F)"
    return f"the control character U+{code:04X}"


def refused_character(text: str) -> str | None:
    """The name of the first control character a dossier does not store, or None."""
    found = _REFUSED.search(text)
    return character_name(found.group()) if found else None


def problems_in_row(row: dict, place: str) -> list[str]:
    """'<place>: <field>: holds NUL (U+0000), …' for every text field of a row that has one."""
    problems = []
    for column, value in row.items():
        if isinstance(value, str) and (name := refused_character(value)):
            problems.append(f"{place}: {column}: holds {name}, a control character a dossier does not store")
    return problems

"""Words the domain shows people, translatable without the domain importing Qt.

The domain marks each template where it is written: ``translate(context, text)`` where the
text is filled, ``QT_TRANSLATE_NOOP(context, text)`` for templates kept in constants and
translated later with ``translate(context, constant)``. ``pyside6-lupdate`` extracts both
(it knows the names) into the one catalogue the interface uses. The interface installs
Qt's translate function and the language at start-up (``app.ui.i18n``); until then, and on
the command line, the English text is returned. NOTE: lupdate reads the context only as a
string literal, so each call spells it out; and it takes a ``translate`` call for a plural
form only when the count is a literal, so the domain words counts with one template for one
and another for more ("1 source", "{count} sources"; Persian writes both alike), while the
views use ``self.tr("%n source(s)", "", count)``, which lupdate does read as plural.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]

_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_translator: Translator | None = None
_language = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language (``%n`` filled with ``n`` in plural forms)."""
    if _translator is None:
        return text.replace("%n", str(n)) if n >= 0 else text
    return _translator(context, text, disambiguation, n)


def install(translator: Translator | None, language: str = "en") -> None:
    """Set the function that translates (Qt's, from the interface) and the language in use."""
    global _translator, _language
    _translator, _language = translator, language


def language() -> str:
    """The interface's language code ("en", "fa")."""
    return _language


def number(value: int | str) -> str:
    """A count or figure as the reader expects its digits: Persian digits in Persian.

    Never for ids, EDTF, exchange files or ``--json`` output: those keep ASCII digits.
    """
    text = str(value)
    return text.translate(_PERSIAN_DIGITS) if _language == "fa" else text


_ISOLATES = ("\u2068", "\u2069")  # FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE
RIGHT_TO_LEFT = frozenset({"fa"})  # languages written right to left


def is_right_to_left() -> bool:
    """Whether the interface's language is written right to left (the window mirrors, reports read from the right)."""
    return _language in RIGHT_TO_LEFT


def isolate(text: str) -> str:
    """Data (a name, a title, a quote) set into a right-to-left sentence, as one unit.

    Without the isolates the bidi algorithm lets a Latin name's punctuation and the
    sentence's own drift into each other ("Ali Khamenei)" reads "(Ali Khamenei"); with
    them the data keeps its own direction and its place in the sentence. English text is
    left as it is.
    """
    return f"{_ISOLATES[0]}{text}{_ISOLATES[1]}" if text and is_right_to_left() else text

"""EDTF dates as sources give them: parsed by the `edtf` library, never re-guessed.

A date column holds one EDTF string (level 0–2, never an interval), NULL for
"unknown", or, in an end column only, ``..`` for "still so as of the dossier's
``as_of``". Numeric bounds are whole days since 1970-01-01 ("day numbers"),
derived from the text for drawing and range queries; NULL where open or unknown.
"""

from __future__ import annotations

import datetime as _dt
import functools
import math
import re
from dataclasses import dataclass

from persiantools.jdatetime import JalaliDate

ONGOING = ".."
_PLAIN = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")
_EPOCH_ORDINAL = _dt.date(1970, 1, 1).toordinal()

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)
JALALI_MONTHS = (
    "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
    "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
)


class DateError(ValueError):
    """A date text that is not one valid EDTF date."""


@dataclass(frozen=True)
class Bounds:
    """Earliest and latest possible day (day numbers); None where open."""

    earliest: int | None
    latest: int | None


def day_number(day: _dt.date) -> int:
    return day.toordinal() - _EPOCH_ORDINAL


def day_from_number(number: int) -> _dt.date:
    return _dt.date.fromordinal(number + _EPOCH_ORDINAL)


@functools.lru_cache(maxsize=8192)
def parse(text: str):
    """Parse one EDTF date; raise DateError naming the problem.

    Cached: the parser (pyparsing) takes milliseconds per date, and views format
    the same few hundred dates again on every refresh. Callers never mutate the result.
    """
    if not isinstance(text, str) or not text.strip():
        raise DateError("empty date")
    if text != text.strip():
        raise DateError(f"{text!r} has spaces around it")
    from edtf import parse_edtf  # pyparsing and the grammar load on the first date that needs them
    from edtf.parser.edtf_exceptions import EDTFParseException

    try:
        parsed = parse_edtf(text)
    except EDTFParseException:
        raise DateError(f"{text!r} is not an EDTF date (e.g. 1988, 1988-07, 1988-07-19, 1988~, [..1988])") from None
    except Exception as error:  # the parser raises assorted errors on odd input
        raise DateError(f"{text!r} is not an EDTF date ({error})") from None
    if type(parsed).__name__ in {"Interval", "Level1Interval", "Level2Interval"}:
        raise DateError(f"{text!r} is an interval; a date column holds one date (use start and end)")
    try:
        for edge in _struct_bounds(parsed):
            _to_day(edge)  # a year the calendar cannot hold (e.g. -1988) fails here, not later
    # NOTE: more significant digits than the year has ("1988S21988") makes the parser divide by zero.
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as error:
        raise DateError(f"{text!r} is not a possible date ({error})") from None
    return parsed


def validate(text: str | None, *, end: bool = False) -> None:
    """Raise DateError unless text is NULL, a valid date, or (for an end) ``..``."""
    if text is None or (end and text == ONGOING) or _plain_bounds(text) is not None:
        return
    parse(text)


def _plain_bounds(text: str) -> Bounds | None:
    """The bounds of a plain year, month or day (1988, 1988-07, 1988-07-19) read without the parser.

    A dataset brings 100,000 distinct dates; pyparsing takes milliseconds each.
    None for anything else, or a plain form that names no real day: the parser says why.
    """
    if not _PLAIN.fullmatch(text):
        return None
    try:
        if len(text) == 10:
            first = last = _dt.date.fromisoformat(text)
        elif len(text) == 7:
            year, month = int(text[:4]), int(text[5:])
            first = _dt.date(year, month, 1)
            last = _dt.date(year + month // 12, month % 12 + 1, 1) - _dt.timedelta(days=1)
        else:
            first, last = _dt.date(int(text), 1, 1), _dt.date(int(text), 12, 31)
    except (ValueError, OverflowError):
        return None
    return Bounds(day_number(first), day_number(last))


def _struct_bounds(parsed):
    return parsed.lower_fuzzy(), parsed.upper_fuzzy()


def _to_day(value) -> int | None:
    if isinstance(value, float) and math.isinf(value):
        return None
    return day_number(_dt.date(value.tm_year, value.tm_mon, value.tm_mday))


@functools.lru_cache(maxsize=8192)
def bounds(text: str | None) -> Bounds:
    """Earliest and latest possible day of a date text (None where open/unknown/ongoing).

    Cached like ``parse``: an import of a million records derives the bounds of the
    same few thousand dates again and again.
    """
    if text is None or text == ONGOING:
        return Bounds(None, None)
    plain = _plain_bounds(text)  # the commonest forms: no parser (pyparsing takes ms)
    if plain is not None:
        return plain
    lower, upper = _struct_bounds(parse(text))
    return Bounds(_to_day(lower), _to_day(upper))


def strict_bounds(text: str | None) -> Bounds:
    """The days the text names, ignoring approximation (``1988~`` → all of 1988)."""
    if text is None or text == ONGOING:
        return Bounds(None, None)
    parsed = parse(text)
    return Bounds(_to_day(parsed.lower_strict()), _to_day(parsed.upper_strict()))


def end_before_start(start: str | None, end: str | None) -> bool:
    """True only when the end's latest possible day precedes the start's earliest."""
    start_earliest = bounds(start).earliest
    end_latest = bounds(end).latest
    return start_earliest is not None and end_latest is not None and end_latest < start_earliest


# --- dates as a person types them -----------------------------------------------------

_TYPED_FORMS = (  # "1 Jun 2015", "1 June, 2015"; "Jun 1 2015", "June 1, 2015"; "June 2015"
    (re.compile(r"(?P<day>[0-9]{1,2})\s+(?P<month>[^\W\d_]+)\.?,?\s+(?P<year>[0-9]{1,4})"), True),
    (re.compile(r"(?P<month>[^\W\d_]+)\.?\s+(?P<day>[0-9]{1,2}),?\s+(?P<year>[0-9]{1,4})"), True),
    (re.compile(r"(?P<month>[^\W\d_]+)\.?,?\s+(?P<year>[0-9]{1,4})"), False),
)
TYPED_DATE_EXAMPLES = "19 Jul 1988, July 1988, 1988-07-19, 1988-07, 1988, 1988~, [..1988]"


def _month_named(word: str) -> int | None:
    """1–12 for an English month name or its abbreviation of three letters or more ("Jun", "Sept")."""
    word = word.casefold()
    if len(word) < 3:
        return None
    found = [number for number, name in enumerate(MONTHS, 1) if name.casefold().startswith(word)]
    return found[0] if len(found) == 1 else None


def read_typed_date(text: str) -> str:
    """The EDTF text for a date as typed: EDTF itself, or a plain date such as "1 Jun 2015".

    The one reader behind every date the user types (Go to Date, Known by, the edit
    forms), so each takes the same forms and says the same thing about a typo. A plain
    date keeps the precision it was typed with: "June 2015" is the month, not its first day.
    """
    typed = " ".join(text.split()) if isinstance(text, str) else ""
    if not typed:
        raise DateError("empty date")
    try:
        parse(typed)
        return typed
    except DateError as error:
        edtf_error = error
    for pattern, has_day in _TYPED_FORMS:
        match = pattern.fullmatch(typed)
        if match is None:
            continue
        month = _month_named(match["month"])
        if month is None:
            raise DateError(f"{match['month']!r} in {typed!r} is not a month name (e.g. Jul or July)")
        year = int(match["year"])
        try:
            day = _dt.date(year, month, int(match["day"]) if has_day else 1)
        except ValueError as error:
            raise DateError(f"{typed!r} is not a possible date ({error})") from None
        return day.isoformat() if has_day else f"{day.year:04d}-{day.month:02d}"
    if re.search(r"[^\W\d_]", typed) and not re.fullmatch(r"[0-9XYu~?%.\[\]{},/-]+", typed):
        raise DateError(f"{typed!r} is not a date this app reads (e.g. {TYPED_DATE_EXAMPLES})")
    raise edtf_error


# --- reading dates as a person does -------------------------------------------------


@dataclass(frozen=True)
class _Described:
    """A plain date with its precision and qualifiers."""

    year: int
    month: int | None
    day: int | None
    approximate: bool = False
    uncertain: bool = False
    open_before: bool = False  # [..X]: on or before X
    open_after: bool = False  # [X..]: on or after X


def _describe(parsed) -> _Described | None:
    kind = type(parsed).__name__
    if kind == "Date":
        month = int(parsed.month) if parsed.month else None
        day = int(parsed.day) if parsed.day else None
        return _Described(int(parsed.year), month, day)
    if kind == "UncertainOrApproximate":
        inner = _describe(parsed.date)
        if inner is None:
            return None
        return _Described(
            inner.year, inner.month, inner.day,
            approximate=parsed.ua.is_approximate if parsed.ua else False,
            uncertain=parsed.ua.is_uncertain if parsed.ua else False,
        )
    if kind == "OneOfASet" and len(parsed.objects) == 1:
        member = parsed.objects[0]
        member_kind = type(member).__name__
        if member_kind == "EarlierConsecutives":
            inner = _describe(member.upper)
            return inner and _Described(inner.year, inner.month, inner.day, open_before=True)
        if member_kind == "LaterConsecutives":
            inner = _describe(member.lower)
            return inner and _Described(inner.year, inner.month, inner.day, open_after=True)
    return None


def _plain_described(text: str) -> _Described | None:
    """A plain year, month or day (``_plain_bounds``) described without the parser; None for any other form."""
    if _plain_bounds(text) is None:
        return None
    return _Described(int(text[:4]), int(text[5:7]) if len(text) >= 7 else None,
                      int(text[8:]) if len(text) == 10 else None)


def _plain(described: _Described, short: bool = False) -> str:
    if described.day:
        month = MONTHS[described.month - 1]
        return f"{described.day} {month[:3] if short else month} {described.year}"
    if described.month:
        month = MONTHS[described.month - 1]
        return f"{month[:3] if short else month} {described.year}"
    return str(described.year)


def format_date(text: str | None, *, short: bool = False, unknown: str = "unknown") -> str:
    """A date as a person reads it: "1988", "July 1988", "c. 1988", "by 1988"."""
    if text is None:
        return unknown
    if text == ONGOING:
        return "ongoing"
    try:
        described = _plain_described(text) or _describe(parse(text))
    except DateError:
        return text
    if described is None:  # a valid but rare form (198X, sets): show it as written
        return text
    plain = _plain(described, short)
    if described.open_before:
        return f"by {plain}"
    if described.open_after:
        return f"{plain} or later"
    if described.approximate and described.uncertain:
        return f"c. {plain}?"
    if described.approximate:
        return f"c. {plain}"
    if described.uncertain:
        return f"{plain}?"
    return plain


def format_span(start: str | None, end: str | None, *, as_of: str | None = None, short: bool = False) -> str:
    """A term or event span: "13 October 1981 – August 1989", "since August 2013"."""
    if end == ONGOING:
        since = f"since {format_date(start, short=short)}" if start else "(start unknown) – ongoing"
        return f"{since} (as of {format_date(as_of, short=short)})" if as_of and start else since
    first = format_date(start, short=short, unknown="(start unknown)")
    if end is None:
        return f"{first} – (end unknown)"
    if end == start:
        return first
    return f"{first} – {format_date(end, short=short)}"


def format_known_time(start: str, end: str) -> str:
    """When a term known only at one time ("[..2016]"–"[2016..]") is known: "in 2016", "on 6 Sep 2016"."""
    first, last = start.strip("[]").removeprefix(ONGOING), end.strip("[]").removesuffix(ONGOING)
    if first != last:
        return f"from {format_date(first, short=True)} to {format_date(last, short=True)}"
    named = strict_bounds(first)
    return f"{'on' if named.earliest == named.latest else 'in'} {format_date(first, short=True)}"


def format_event_span(start: str | None, end: str | None) -> str:
    """An event's dates; an event with no end is a point in time, not an open span."""
    if end is None:
        return format_date(start, unknown="date unknown")
    return format_span(start, end)


def format_day(day: _dt.date, short: bool = True) -> str:
    month = MONTHS[day.month - 1]
    return f"{day.day} {month[:3] if short else month} {day.year}"


# --- Solar Hijri ---------------------------------------------------------------------


def solar_hijri_day(day: _dt.date) -> str:
    """One Gregorian day in the Solar Hijri calendar: 19 Jul 1988 → "28 Tir 1367"."""
    jalali = JalaliDate(day)
    return f"{jalali.day} {JALALI_MONTHS[jalali.month - 1]} {jalali.year}"


def _solar_hijri_range(first: _dt.date, last: _dt.date) -> str:
    a, b = JalaliDate(first), JalaliDate(last)
    if (a.year, a.month, a.day) == (b.year, b.month, b.day):
        return f"{a.day} {JALALI_MONTHS[a.month - 1]} {a.year}"
    if a.year == b.year and a.month == b.month:
        return f"{JALALI_MONTHS[a.month - 1]} {a.year}"
    if last - first > _dt.timedelta(days=300):  # a Gregorian year spans two Hijri years
        return f"{a.year}–{b.year}"
    if a.year == b.year:
        return f"{JALALI_MONTHS[a.month - 1]}–{JALALI_MONTHS[b.month - 1]} {a.year}"
    return f"{JALALI_MONTHS[a.month - 1]} {a.year} – {JALALI_MONTHS[b.month - 1]} {b.year}"


def format_solar_hijri(text: str | None) -> str:
    """The same date in the Solar Hijri calendar, over the days it names.

    "1988-07-19" → "28 Tir 1367"; "1988-07" → "Tir–Mordad 1367"; "1988" → "1366–1367".
    Computed, never stored: the stored text stays the source's.
    """
    if text is None or text == ONGOING:
        return format_date(text)
    try:
        parsed = parse(text)
        described = _describe(parsed)
        strict = strict_bounds(text)
    except DateError:
        return text
    if described is None or strict.earliest is None and strict.latest is None:
        return text
    try:
        return _solar_hijri_of(described, strict)
    except ValueError:  # before the Solar Hijri calendar's year 1 (a year being typed, "1" of "1 Jun 2015")
        return text


def _solar_hijri_of(described: _Described, strict: Bounds) -> str:
    if described.open_before:
        return f"by {_solar_hijri_range(*_named_days(described))}"
    if described.open_after:
        return f"{_solar_hijri_range(*_named_days(described))} or later"
    plain = _solar_hijri_range(day_from_number(strict.earliest), day_from_number(strict.latest))
    if described.approximate:
        plain = f"c. {plain}"
    if described.uncertain:
        plain = f"{plain}?"
    return plain


def _named_days(described: _Described) -> tuple[_dt.date, _dt.date]:
    """First and last day of the plain date inside a qualifier."""
    if described.day:
        day = _dt.date(described.year, described.month, described.day)
        return day, day
    if described.month:
        first = _dt.date(described.year, described.month, 1)
        following = _dt.date(described.year + described.month // 12, described.month % 12 + 1, 1)
        return first, following - _dt.timedelta(days=1)
    return _dt.date(described.year, 1, 1), _dt.date(described.year, 12, 31)


def format_both(text: str | None) -> str:
    """Gregorian and Solar Hijri side by side: "c. July 1988 · c. Tir–Mordad 1367"."""
    if text is None or text == ONGOING:
        return format_date(text)
    gregorian = format_date(text)
    hijri = format_solar_hijri(text)
    return gregorian if hijri == text else f"{gregorian} · {hijri}"

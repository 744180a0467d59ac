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

from .wording import QT_TRANSLATE_NOOP, language, number, translate

ONGOING = ".."
_PLAIN = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")
_EPOCH_ORDINAL = _dt.date(1970, 1, 1).toordinal()

# Month names as written in English (typed input reads these); shown through ``translate``.
MONTHS = (
    QT_TRANSLATE_NOOP("dates", "January"), QT_TRANSLATE_NOOP("dates", "February"),
    QT_TRANSLATE_NOOP("dates", "March"), QT_TRANSLATE_NOOP("dates", "April"),
    QT_TRANSLATE_NOOP("dates", "May"), QT_TRANSLATE_NOOP("dates", "June"),
    QT_TRANSLATE_NOOP("dates", "July"), QT_TRANSLATE_NOOP("dates", "August"),
    QT_TRANSLATE_NOOP("dates", "September"), QT_TRANSLATE_NOOP("dates", "October"),
    QT_TRANSLATE_NOOP("dates", "November"), QT_TRANSLATE_NOOP("dates", "December"),
)
SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("dates", "Jan"), QT_TRANSLATE_NOOP("dates", "Feb"), QT_TRANSLATE_NOOP("dates", "Mar"),
    QT_TRANSLATE_NOOP("dates", "Apr"), QT_TRANSLATE_NOOP("dates", "May"), QT_TRANSLATE_NOOP("dates", "Jun"),
    QT_TRANSLATE_NOOP("dates", "Jul"), QT_TRANSLATE_NOOP("dates", "Aug"), QT_TRANSLATE_NOOP("dates", "Sep"),
    QT_TRANSLATE_NOOP("dates", "Oct"), QT_TRANSLATE_NOOP("dates", "Nov"), QT_TRANSLATE_NOOP("dates", "Dec"),
)
JALALI_MONTHS = (
    QT_TRANSLATE_NOOP("dates", "Farvardin"), QT_TRANSLATE_NOOP("dates", "Ordibehesht"),
    QT_TRANSLATE_NOOP("dates", "Khordad"), QT_TRANSLATE_NOOP("dates", "Tir"),
    QT_TRANSLATE_NOOP("dates", "Mordad"), QT_TRANSLATE_NOOP("dates", "Shahrivar"),
    QT_TRANSLATE_NOOP("dates", "Mehr"), QT_TRANSLATE_NOOP("dates", "Aban"),
    QT_TRANSLATE_NOOP("dates", "Azar"), QT_TRANSLATE_NOOP("dates", "Dey"),
    QT_TRANSLATE_NOOP("dates", "Bahman"), QT_TRANSLATE_NOOP("dates", "Esfand"),
)
SOLAR_HIJRI_FIRST = {"fa"}  # languages whose readers see the Solar Hijri date first
_LEFT_TO_RIGHT, _FIRST_STRONG, _END_ISOLATE, _RIGHT_TO_LEFT_MARK = "\u2066", "\u2068", "\u2069", "\u200f"


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
        raise DateError(translate("dates", "empty date"))
    if text != text.strip():
        raise DateError(translate("dates", "{date} has spaces around it").format(date=repr(text)))
    from edtf import parse_edtf  # pyparsing and the grammar load on the first date that needs them
    from edtf.parser.edtf_exceptions import EDTFParseException

    try:
        parsed = parse_edtf(text)
    except EDTFParseException:
        raise DateError(translate("dates", "{date} is not an EDTF date (e.g. 1988, 1988-07, 1988-07-19, 1988~, "
                                           "[..1988])").format(date=repr(text))) from None
    except Exception as error:  # the parser raises assorted errors on odd input
        raise DateError(translate("dates", "{date} is not an EDTF date ({error})").format(
            date=repr(text), error=error)) from None
    if type(parsed).__name__ in {"Interval", "Level1Interval", "Level2Interval"}:
        raise DateError(translate("dates", "{date} is an interval; a date column holds one date (use start and end)")
                        .format(date=repr(text)))
    try:
        for edge in _struct_bounds(parsed):
            _to_day(edge)  # a year the calendar cannot hold (e.g. -1988) fails here, not later
    # NOTE: more significant digits than the year has ("1988S21988") makes the parser divide by zero.
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as error:
        raise DateError(translate("dates", "{date} is not a possible date ({error})").format(
            date=repr(text), error=error)) from None
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


# --- reading dates as a person does -------------------------------------------------


def solar_hijri_first() -> bool:
    """Whether the interface's readers see a date in the Solar Hijri calendar first (Persian)."""
    return language() in SOLAR_HIJRI_FIRST


def month_name(month: int, short: bool = False) -> str:
    """A Gregorian month's name (1–12) as the interface writes it."""
    return translate("dates", (SHORT_MONTHS if short else MONTHS)[month - 1])


def jalali_month_name(month: int) -> str:
    """A Solar Hijri month's name (1–12) as the interface writes it ("Tir", «تیر»)."""
    return translate("dates", JALALI_MONTHS[month - 1])


def left_to_right(text: str) -> str:
    """``text`` isolated left to right, so EDTF or a Gregorian date keeps its order in a Persian line."""
    return f"{_LEFT_TO_RIGHT}{text}{_END_ISOLATE}"


def _both(hijri: str, gregorian: str) -> str:
    """Solar Hijri first, then Gregorian, each isolated so a right-to-left line keeps each one's order.

    The right-to-left mark first makes a line that holds only the date read right to left
    (the Solar Hijri date on the right): Qt gives a line the direction of its first letter
    outside an isolate, and there is none.
    """
    return f"{_RIGHT_TO_LEFT_MARK}{_FIRST_STRONG}{hijri}{_END_ISOLATE} · {left_to_right(gregorian)}"


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
    until: _Described | None = None  # [X..Y]: one day between X and Y


def _describe(parsed) -> _Described | None:
    kind = type(parsed).__name__
    if kind == "Date":
        month = int(parsed.month) if parsed.month else None
        day = int(parsed.day) if parsed.day else None
        return _Described(int(parsed.year), month, day)
    if kind == "UncertainOrApproximate":
        inner = _describe(parsed.date)
        if inner is None or inner.until is not None:
            return None
        both = bool(parsed.ua and parsed.ua._uncertain_and_approximate)  # "1988%"
        return _Described(
            inner.year, inner.month, inner.day,
            approximate=both or (parsed.ua.is_approximate if parsed.ua else False),
            uncertain=both or (parsed.ua.is_uncertain if parsed.ua else False),
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
        if member_kind == "Consecutives":
            first, last = _describe(member.lower), _describe(member.upper)
            if not (_unqualified(first) and _unqualified(last)):
                return None
            return _Described(first.year, first.month, first.day, until=last)
    return None


def _plain_described(text: str) -> _Described | None:
    """A plain year, month or day (``_plain_bounds``) described without the parser; None for any other form."""
    if _plain_bounds(text) is None:
        return None
    return _Described(int(text[:4]), int(text[5:7]) if len(text) >= 7 else None,
                      int(text[8:]) if len(text) == 10 else None)
def _unqualified(described: _Described | None) -> bool:
    return described is not None and described == _Described(described.year, described.month, described.day)


def _plain(described: _Described, short: bool = False) -> str:
    """The Gregorian date, ASCII digits in every language (as sources print it)."""
    if described.day:
        return f"{described.day} {month_name(described.month, short)} {described.year}"
    if described.month:
        return f"{month_name(described.month, short)} {described.year}"
    return str(described.year)


def format_date(text: str | None, *, short: bool = False, unknown: str | None = None) -> str:
    """A date as a person reads it: "1988", "July 1988", "c. 1988", "by 1988".

    In Persian the Solar Hijri reading comes first, the Gregorian after it:
    «۲۸ تیر ۱۳۶۷ · 19 Jul 1988», «حدود ۱۳۶۶–۱۳۶۷ · 1988»; never more precise than the text.
    """
    if text is None:
        return translate("dates", "unknown") if unknown is None else unknown
    if text == ONGOING:
        return translate("dates", "ongoing")
    try:
        described = _plain_described(text) or _describe(parse(text))
    except DateError:
        return text
    if described is None:  # a valid but rare form (198X, sets): show it as written
        return text
    if solar_hijri_first():
        try:
            hijri = _solar_hijri_plain(described)
        except ValueError:  # before the Solar Hijri calendar's year 1
            hijri = None
        if hijri is not None:
            gregorian = _plain(described, short=True)
            if described.until is not None:
                gregorian = f"{gregorian} – {_plain(described.until, short=True)}"
            return _qualified(described, _both(hijri, gregorian))
    if described.until is not None:
        return translate("dates", "between {first} and {last}").format(
            first=_plain(described, short), last=_plain(described.until, short))
    return _qualified(described, _plain(described, short))


def _qualified(described: _Described, plain: str) -> str:
    """``plain`` with the words its qualifiers call for."""
    if described.open_before:
        return translate("dates", "by {date}").format(date=plain)
    if described.open_after:
        return translate("dates", "{date} or later").format(date=plain)
    if described.approximate and described.uncertain:
        return translate("dates", "c. {date}?").format(date=plain)
    if described.approximate:
        return translate("dates", "c. {date}").format(date=plain)
    if described.uncertain:
        return translate("dates", "{date}?").format(date=plain)
    return plain


def format_span(start: str | None, end: str | None, *, as_of: str | None = None, short: bool = False) -> str:
    """A term or event span: "13 October 1981 – August 1989", "since August 2013"."""
    if end == ONGOING:
        if not start:
            return translate("dates", "(start unknown) – ongoing")
        if as_of:
            return translate("dates", "since {date} (as of {as_of})").format(
                date=format_date(start, short=short), as_of=format_date(as_of, short=short))
        return translate("dates", "since {date}").format(date=format_date(start, short=short))
    first = format_date(start, short=short, unknown=translate("dates", "(start unknown)"))
    if end is None:
        return translate("dates", "{first} – (end unknown)").format(first=first)
    if end == start:
        return first
    return translate("dates", "{first} – {last}").format(first=first, last=format_date(end, short=short))


def format_known_time(start: str, end: str) -> str:
    """When a term known only at one time ("[..2016]"–"[2016..]") is known: "in 2016", "on 6 Sep 2016"."""
    first, last = start.strip("[]").removeprefix(ONGOING), end.strip("[]").removesuffix(ONGOING)
    if first != last:
        return translate("dates", "from {first} to {last}").format(
            first=format_date(first, short=True), last=format_date(last, short=True))
    named = strict_bounds(first)
    if named.earliest == named.latest:
        return translate("dates", "on {date}").format(date=format_date(first, short=True))
    return translate("dates", "in {date}").format(date=format_date(first, short=True))


def format_event_span(start: str | None, end: str | None) -> str:
    """An event's dates; an event with no end is a point in time, not an open span."""
    if end is None:
        return format_date(start, unknown=translate("dates", "date unknown"))
    return format_span(start, end)


def format_day(day: _dt.date, short: bool = True) -> str:
    """One Gregorian day: "19 Jul 1988" (ASCII digits in every language, as sources print it)."""
    return f"{day.day} {month_name(day.month, short)} {day.year}"


def format_day_both(day: _dt.date) -> str:
    """One day in both calendars, the reader's first: "19 Jul 1988 · 28 Tir 1367", «۲۸ تیر ۱۳۶۷ · 19 Jul 1988»."""
    if solar_hijri_first():
        return _both(solar_hijri_day(day), format_day(day))
    return f"{format_day(day)} · {solar_hijri_day(day)}"


# --- Solar Hijri ---------------------------------------------------------------------


def _hijri_day(day: JalaliDate) -> str:
    return f"{number(day.day)} {jalali_month_name(day.month)} {number(day.year)}"


def solar_hijri_day(day: _dt.date) -> str:
    """One Gregorian day in the Solar Hijri calendar: 19 Jul 1988 → "28 Tir 1367" («۲۸ تیر ۱۳۶۷»)."""
    return _hijri_day(JalaliDate(day))


def _solar_hijri_range(first: _dt.date, last: _dt.date) -> str:
    """The Solar Hijri days, months or years a run of days covers, no finer than they are."""
    a, b = JalaliDate(first), JalaliDate(last)
    whole_year = (a.month, a.day) == (1, 1) and JalaliDate(last + _dt.timedelta(days=1)).day == 1 \
        and JalaliDate(last + _dt.timedelta(days=1)).month == 1
    if (a.year, a.month, a.day) == (b.year, b.month, b.day):
        return _hijri_day(a)
    if a.year == b.year and a.month == b.month:
        return f"{jalali_month_name(a.month)} {number(a.year)}"
    if whole_year and a.year == b.year:
        return number(a.year)
    if whole_year or last - first > _dt.timedelta(days=300):  # a Gregorian year spans two Hijri years
        return f"{number(a.year)}–{number(b.year)}"
    if a.year == b.year:
        return f"{jalali_month_name(a.month)}–{jalali_month_name(b.month)} {number(a.year)}"
    return (f"{jalali_month_name(a.month)} {number(a.year)} – "
            f"{jalali_month_name(b.month)} {number(b.year)}")


def format_solar_hijri(text: str | None) -> str:
    """The same date in the Solar Hijri calendar, over the days it names.

    "1988-07-19" → "28 Tir 1367"; "1988-07" → "Tir–Mordad 1367"; "1988" → "1366–1367".
    Computed, never stored: the stored text stays the source's.
    """
    if text is None or text == ONGOING:
        return format_date(text)
    try:
        described = _describe(parse(text))
    except DateError:
        return text
    if described is None:
        return text
    try:
        return _qualified(described, _solar_hijri_plain(described))
    except ValueError:  # before the Solar Hijri calendar's year 1 (a year being typed, "1" of "1 Jun 2015")
        return text


def _solar_hijri_plain(described: _Described) -> str:
    """The Solar Hijri reading of the days the plain date (or the run of a set) names, unqualified."""
    first, last = _named_days(described)
    if described.until is not None:
        last = _named_days(described.until)[1]
    elif described.approximate and not described.day:
        # About a month or year is about the Solar Hijri one holding most of it: "c. July 1988"
        # is "c. Tir 1367" (the typed-date reader reads "c. Tir 1367" back as "1988-07~").
        middle = JalaliDate(first + (last - first) / 2)  # in whichever of the two holds more days
        return f"{jalali_month_name(middle.month)} {number(middle.year)}" if described.month else number(middle.year)
    return _solar_hijri_range(first, last)


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
    """Both calendars side by side, the reader's first: "c. July 1988 · c. Tir–Mordad 1367".

    In Persian ``format_date`` already reads Solar Hijri first, Gregorian after.
    """
    if text is None or text == ONGOING or solar_hijri_first():
        return format_date(text)
    gregorian = format_date(text)
    hijri = format_solar_hijri(text)
    return gregorian if hijri == text else f"{gregorian} · {hijri}"

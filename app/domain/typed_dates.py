"""Dates as people type them, in any language and either calendar, read into the EDTF the app stores.

The one reader behind every date the user types (the edit forms, Go to Date, Known by), so
each takes the same forms and says the same thing about a typo. It takes EDTF itself
("1988-07~", "[..1988]") and plain words: "19 Jul 1988", "July 1988", "c. 1988", "about July
1988", "1988?", "before 1990", "after 1985", "by 1990", "since 2013", "between 1985 and 1988";
in Persian too («حدود ۱۳۶۷»، «پیش از ۱۳۷۰»، «بین ۱۳۶۰ و ۱۳۶۷»، «۲۸ تیر ۱۳۶۷»), with Persian
or Arabic-Indic digits. Numbers alone ("1367-04-28", "1367/04/28", "1367") are read in the
calendar the field's switch names; a month's name says its own calendar (Tir, «تیر» are Solar
Hijri; Jul, July are Gregorian).

What is stored is EDTF in the Gregorian calendar, exactly as precise as what was typed:

- a Solar Hijri day is one Gregorian day ("28 Tir 1367" → ``1988-07-19``);
- a Solar Hijri month or year is no Gregorian month or year (Tir 1367 runs from 22 June to
  22 July 1988), so it is stored as the run of days it names, an EDTF set of consecutive days
  (``[1988-06-22..1988-07-22]``, for 1367 ``[1988-03-21..1989-03-20]``): one date somewhere
  in that run. Not an interval (a date column holds one date), not "1988-06/1988-07" or
  "1988/1989" (days the typed date excludes), not "1988" (a year it does not fill);
- an approximate or uncertain Solar Hijri month or year ("c. 1367") becomes the Gregorian
  month or year holding most of its days, with the same qualifier ("1988~"): EDTF cannot
  qualify a set, and "about" already allows the edges to move;
- "before X" is the last day, month or year before X at X's precision ("before 1990" →
  ``[..1989]``), "after X" the first one after it, "by X" is ``[..X]``; for a Solar Hijri X
  those are days ("before 1367" → ``[..1988-03-20]``);
- "since X" names when something began, so it stores X itself (an end field's ``..`` says
  it is still so);
- "between X and Y" is the EDTF set ``[X..Y]``, in days when X and Y differ in precision or
  calendar.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from persiantools.jdatetime import JalaliDate

from . import dates
from .dates import DateError
from .wording import translate

GREGORIAN, SOLAR_HIJRI = "gregorian", "solar_hijri"
CALENDARS = (GREGORIAN, SOLAR_HIJRI)
MAX_TYPED_LENGTH = 80  # longer is no date: refused before any pattern looks at it

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "؟": "?", "،": ",", "\u200c": " "})
_MARKS = re.compile("[\u064b-\u0652\u0670\u200e\u200f\u061c\u2066-\u2069]")  # tanwin, vowels, direction marks

PERSIAN_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                  "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
_SOLAR_HIJRI_NAMES = {name: number for number, name in enumerate(PERSIAN_MONTHS, 1)} | {
    name.casefold(): number for number, name in enumerate(dates.JALALI_MONTHS, 1)} | {"amordad": 5, "esfand": 12}
_PERSIAN_GREGORIAN_NAMES = {
    "ژانویه": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "مه": 5, "می": 5, "ژوئن": 6, "ژوئیه": 7, "ژوییه": 7,
    "جولای": 7, "اوت": 8, "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
}

_APPROXIMATE = ("c.", "ca.", "approx.", "c", "ca", "circa", "about", "around", "approximately", "approx",
                "در حدود", "حدود", "حدودا", "تقریبا")
_BEFORE = ("before", "پیش از", "قبل از")
_AFTER = ("after", "پس از", "بعد از")
_BY = ("by", "تا")
_SINCE = ("since", "از")
_BETWEEN = re.compile(r"(?:between|بین|میان)\s+(?P<first>.+?)\s+(?:and|و)\s+(?P<last>.+)")
_TWO_DATES = re.compile(r"[^/\s]+\s*/\s*[^/\s]+")  # "1985/1988": an EDTF interval
_YEAR_WORD = re.compile(r"سال\s+")  # «حدود سال ۱۳۶۷»: the word "year" before a date

_NUMERIC = re.compile(r"(?P<year>[0-9]{4})(?:[-/](?P<month>[0-9]{1,2})(?:[-/](?P<day>[0-9]{1,2}))?)?")
_WORD = r"[^\W\d_]+"
_NAMED_FORMS = (  # "1 Jun 2015", "1 June, 2015"; "Jun 1 2015", "June 1, 2015"; "June 2015"
    re.compile(rf"(?P<day>[0-9]{{1,2}})\s+(?P<month>{_WORD})\.?,?\s+(?P<year>[0-9]{{1,4}})"),
    re.compile(rf"(?P<month>{_WORD})\.?\s+(?P<day>[0-9]{{1,2}}),?\s+(?P<year>[0-9]{{1,4}})"),
    re.compile(rf"(?P<month>{_WORD})\.?,?\s+(?P<year>[0-9]{{1,4}})"),
)


class _Unreadable(DateError):
    """Text in none of the forms this reader takes."""


def default_calendar() -> str:
    """The calendar numbers alone are read in until the user says otherwise: Solar Hijri in Persian."""
    return SOLAR_HIJRI if dates.solar_hijri_first() else GREGORIAN


def examples() -> str:
    """What the reader takes, for placeholders, tooltips and messages."""
    return translate("typed_dates", "e.g. 19 Jul 1988, July 1988, c. 1988, before 1990, between 1985 and 1988, "
                                    "1988-07-19, 1988~, [..1988]")


@dataclass(frozen=True)
class _Typed:
    """One plain date as typed: its calendar, year, and month and day where given."""

    calendar: str
    year: int
    month: int | None = None
    day: int | None = None

    def first_day(self) -> _dt.date:
        if self.calendar == SOLAR_HIJRI:
            return JalaliDate(self.year, self.month or 1, self.day or 1).to_gregorian()
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> _dt.date:
        if self.day:
            return self.first_day()
        if self.calendar == SOLAR_HIJRI:
            year, month = (self.year, self.month + 1) if self.month else (self.year + 1, 1)
            if month == 13:
                year, month = year + 1, 1
            return JalaliDate(year, month, 1).to_gregorian() - _dt.timedelta(days=1)
        if self.month:
            return _dt.date(self.year + self.month // 12, self.month % 12 + 1, 1) - _dt.timedelta(days=1)
        return _dt.date(self.year, 12, 31)

    def is_gregorian_unit(self) -> bool:
        """A Gregorian year, month or day, or a Solar Hijri day (which is one Gregorian day)."""
        return self.calendar == GREGORIAN or self.day is not None

    def edtf(self) -> str:
        """The EDTF naming exactly these days."""
        if self.is_gregorian_unit():
            return _unit(self.first_day(), self.precision())
        return f"[{self.first_day().isoformat()}..{self.last_day().isoformat()}]"

    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def before(self) -> str:
        if self.is_gregorian_unit():
            return f"[..{_unit(_step(self.first_day(), self.precision(), -1), self.precision())}]"
        return f"[..{(self.first_day() - _dt.timedelta(days=1)).isoformat()}]"

    def after(self) -> str:
        if self.is_gregorian_unit():
            return f"[{_unit(_step(self.last_day(), self.precision(), 1), self.precision())}..]"
        return f"[{(self.last_day() + _dt.timedelta(days=1)).isoformat()}..]"

    def by(self) -> str:
        return f"[..{self.edtf() if self.is_gregorian_unit() else self.last_day().isoformat()}]"

    def qualified(self, mark: str) -> str:
        """With an EDTF qualifier (~ ? %); a Solar Hijri month or year as the Gregorian one holding most of it."""
        if self.is_gregorian_unit():
            return self.edtf() + mark
        first, last = self.first_day(), self.last_day()
        middle = first + (last - first) / 2  # in whichever of the (at most two) Gregorian units holds more
        return _unit(middle, "month" if self.month else "year") + mark


def _unit(day: _dt.date, precision: str) -> str:
    if precision == "day":
        return day.isoformat()
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def _step(day: _dt.date, precision: str, direction: int) -> _dt.date:
    """The day, month or year next to ``day``'s, in ``direction`` (-1 or 1)."""
    if precision == "day":
        return day + _dt.timedelta(days=direction)
    if precision == "month":
        index = day.year * 12 + day.month - 1 + direction
        return _dt.date(index // 12, index % 12 + 1, 1)
    return _dt.date(day.year + direction, 1, 1)


def _normalized(text: str) -> str:
    """ASCII digits, Persian letters for their Arabic forms, no vowel or direction marks, one space."""
    cleaned = _MARKS.sub("", text.translate(_DIGITS).translate(_LETTERS))
    return " ".join(cleaned.split())


def read_typed_date(text: str, calendar: str = GREGORIAN) -> str:
    """The EDTF (Gregorian) text for a date as typed; DateError says, in the reader's language, why not.

    ``calendar`` is the calendar that numbers alone are read in (``GREGORIAN``, ``SOLAR_HIJRI``);
    EDTF is Gregorian, so it is taken as EDTF only with the Gregorian switch.
    """
    if calendar not in CALENDARS:
        raise ValueError(f"unknown calendar {calendar!r}")
    typed = _normalized(text) if isinstance(text, str) else ""
    if not typed:
        raise DateError(translate("typed_dates", "No date typed ({examples})").format(examples=examples()))
    if len(typed) > MAX_TYPED_LENGTH:
        raise DateError(translate("typed_dates", "This is too long to be a date ({examples})").format(
            examples=examples()))
    shown = " ".join(text.split())
    is_edtf = _is_edtf(typed)
    if is_edtf and calendar == GREGORIAN:
        return typed
    try:
        edtf = _read_words(typed.casefold(), shown, calendar)
    except _Unreadable:
        if _TWO_DATES.fullmatch(typed):
            raise DateError(translate(
                "typed_dates", "“{text}” is two dates: type “between … and …”, or the start and the end in their "
                               "own fields").format(text=shown)) from None
        if is_edtf:  # "[..1988]" with the Solar Hijri switch on
            raise DateError(translate(
                "typed_dates", "“{text}” is EDTF, which is always Gregorian: switch the calendar to Gregorian "
                               "to type it").format(text=shown)) from None
        raise
    except DateError:
        raise
    except (ValueError, OverflowError):  # a step before year 1 or past the calendar's last day
        raise DateError(_impossible(shown)) from None
    if not _is_edtf(edtf):  # e.g. a year past 9999
        raise DateError(_impossible(shown))
    return edtf


def _is_edtf(typed: str) -> bool:
    try:
        dates.parse(typed)
    except DateError:
        return False
    return True


def _read_words(typed: str, shown: str, calendar: str) -> str:
    """The EDTF for ``typed`` (normalized, casefolded) read as words around one or two plain dates."""
    between = _BETWEEN.fullmatch(typed)
    if between:
        first, last = (_plain_date(between[part], shown, calendar) for part in ("first", "last"))
        if last.last_day() < first.first_day():
            raise DateError(translate("typed_dates", "In “{text}” the first date comes after the second").format(
                text=shown))
        if first == last:
            return first.edtf()
        if first.calendar == last.calendar == GREGORIAN and first.precision() == last.precision():
            return f"[{first.edtf()}..{last.edtf()}]"
        return f"[{first.first_day().isoformat()}..{last.last_day().isoformat()}]"
    for words, reading in ((_BEFORE, _Typed.before), (_AFTER, _Typed.after), (_BY, _Typed.by),
                           (_SINCE, _Typed.edtf)):
        rest = _after_word(typed, words)
        if rest is not None:
            return reading(_plain_date(rest, shown, calendar))
    rest = _after_word(typed, _APPROXIMATE)
    body = typed if rest is None else rest
    mark = body[-1] if body[-1:] in ("?", "~", "%") else ""
    body = body[:-1].rstrip() if mark else body
    approximate, uncertain = rest is not None or mark in ("~", "%"), mark in ("?", "%")
    plain = _plain_date(body, shown, calendar)
    if not approximate and not uncertain:
        return plain.edtf()
    return plain.qualified("%" if approximate and uncertain else "~" if approximate else "?")


def _after_word(typed: str, words: tuple[str, ...]) -> str | None:
    """What follows one of ``words`` at the start of ``typed``, or None (``_plain_date`` takes an «سال» after it)."""
    for word in sorted(words, key=len, reverse=True):
        match = re.match(re.escape(word) + (r"\s*" if word.endswith(".") else r"\s+"), typed)
        if match:
            return typed[match.end():]
    return None


def _plain_date(part: str, shown: str, calendar: str) -> _Typed:
    """One plain date: numbers in ``calendar``, or a day, month name and year in the name's calendar."""
    part = part.strip()
    year_word = _YEAR_WORD.match(part)
    if year_word:
        part = part[year_word.end():]
    numeric = _NUMERIC.fullmatch(part)
    if numeric:
        typed = _Typed(calendar, int(numeric["year"]), _int(numeric["month"]), _int(numeric["day"]))
    else:
        for pattern in _NAMED_FORMS:
            named = pattern.fullmatch(part)
            if named:
                month_calendar, month = _month_named(named["month"], shown)
                day = _int(named["day"]) if "day" in pattern.groupindex else None
                typed = _Typed(month_calendar, int(named["year"]), month, day)
                break
        else:
            raise _Unreadable(translate("typed_dates", "“{text}” is not a date this app reads ({examples})").format(
                text=shown, examples=examples()))
    _check_possible(typed, shown)
    return typed


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _month_named(word: str, shown: str) -> tuple[str, int]:
    """(calendar, 1–12) for a month's name: Persian or transliterated Solar Hijri, English or Persian Gregorian.

    English names may be cut to three letters or more ("Jun", "Sept").
    """
    if word in _SOLAR_HIJRI_NAMES:
        return SOLAR_HIJRI, _SOLAR_HIJRI_NAMES[word]
    if word in _PERSIAN_GREGORIAN_NAMES:
        return GREGORIAN, _PERSIAN_GREGORIAN_NAMES[word]
    found = [number for number, name in enumerate(dates.MONTHS, 1) if name.casefold().startswith(word)]
    if len(word) >= 3 and len(found) == 1:
        return GREGORIAN, found[0]
    raise DateError(translate("typed_dates", "“{word}” in “{text}” is not a month name (e.g. Jul, July, Tir, تیر)")
                    .format(word=word, text=shown))


def _check_possible(typed: _Typed, shown: str) -> None:
    """Refuse a day or month that does not exist, and a Gregorian year typed with the Solar Hijri switch on."""
    if typed.calendar == SOLAR_HIJRI and typed.year > JalaliDate.today().year + 100:
        raise DateError(translate(
            "typed_dates", "{year} is no Solar Hijri year of our era: switch the calendar to Gregorian to type a "
                           "Gregorian year").format(year=typed.year))
    try:
        typed.first_day()
        typed.last_day()
    except (ValueError, OverflowError):
        raise DateError(_impossible(shown)) from None


def _impossible(shown: str) -> str:
    return translate("typed_dates", "“{text}” is not a possible date (no such day, month or year)").format(text=shown)

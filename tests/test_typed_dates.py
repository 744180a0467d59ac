"""Dates as people type them (app.domain.typed_dates): words, Persian, Solar Hijri, all stored as EDTF."""

import re

import pytest
from hypothesis import given, settings, strategies as st

from app.domain import dates
from app.domain.typed_dates import GREGORIAN, SOLAR_HIJRI, read_typed_date

G, SH = GREGORIAN, SOLAR_HIJRI


@pytest.mark.parametrize("typed, calendar, edtf", [
    # EDTF as it always was, and plain English dates
    ("1988-07-19", G, "1988-07-19"),
    ("1988~", G, "1988~"),
    ("1988?", G, "1988?"),
    ("[..1988]", G, "[..1988]"),
    ("198X", G, "198X"),  # EDTF is read before any word, and keeps its letters' case
    ("1 Jun 2015", G, "2015-06-01"),
    ("19 Jul 1988", G, "1988-07-19"),
    ("19 July 1988", G, "1988-07-19"),
    ("Jul 19, 1988", G, "1988-07-19"),
    ("july 1988", G, "1988-07"),
    ("  19   Jul  1988 ", G, "1988-07-19"),
    ("1988/7/19", G, "1988-07-19"),
    # words, each keeping the precision typed
    ("c. 1988", G, "1988~"),
    ("c.1988", G, "1988~"),
    ("circa 1988", G, "1988~"),
    ("about July 1988", G, "1988-07~"),
    ("around 19 Jul 1988", G, "1988-07-19~"),
    ("July 1988?", G, "1988-07?"),
    ("c. 1988?", G, "1988%"),
    ("before 1990", G, "[..1989]"),
    ("before July 1990", G, "[..1990-06]"),
    ("before 1 Jan 1990", G, "[..1989-12-31]"),
    ("after 1985", G, "[1986..]"),
    ("after December 1985", G, "[1986-01..]"),
    ("by 1990", G, "[..1990]"),
    ("since 2013", G, "2013"),
    ("since August 2013", G, "2013-08"),
    ("between 1985 and 1988", G, "[1985..1988]"),
    ("between July 1985 and 1988", G, "[1985-07-01..1988-12-31]"),  # precisions differ: in days
    ("between 1988 and 1988", G, "1988"),
    # Persian and Arabic-Indic digits, Persian words, Arabic letter forms
    ("۱۹۸۸", G, "1988"),
    ("١٩٨٨-٠٧", G, "1988-07"),
    ("حدود 1988", G, "1988~"),
    ("حدوداً ۱۹۸۸", G, "1988~"),
    ("قبل از ۱۹۹۰", G, "[..1989]"),
    ("بعد از ۱۹۸۵", G, "[1986..]"),
    ("ژوئیه ۱۹۸۸", G, "1988-07"),
    # Solar Hijri: by the switch, or by a month's name in either calendar setting
    ("1367-04-28", SH, "1988-07-19"),
    ("۱۳۶۷/۰۴/۲۸", SH, "1988-07-19"),
    ("۲۸ تیر ۱۳۶۷", G, "1988-07-19"),
    ("28 Tir 1367", G, "1988-07-19"),
    ("22 بهمن 1357", SH, "1979-02-11"),
    ("تير ۱۳۶۷", G, "[1988-06-22..1988-07-22]"),  # Arabic yeh; a Solar Hijri month is a run of days
    ("Dey 1367", G, "[1988-12-22..1989-01-20]"),
    ("۱۳۶۷", SH, "[1988-03-21..1989-03-20]"),
    ("سال ۱۳۶۷", SH, "[1988-03-21..1989-03-20]"),
    ("1367-04", SH, "[1988-06-22..1988-07-22]"),
    ("حدود ۱۳۶۷", SH, "1988~"),  # about a Solar Hijri year: the Gregorian year holding most of it
    ("حدود سال ۱۳۶۷", SH, "1988~"),
    ("c. Tir 1367", G, "1988-07~"),
    ("1367~", SH, "1988~"),
    ("۱۳۶۷؟", SH, "1988?"),
    ("حدود ۲۸ تیر ۱۳۶۷", G, "1988-07-19~"),
    ("پیش از ۱۳۷۰", SH, "[..1991-03-20]"),
    ("پس از ۱۳۶۰", SH, "[1982-03-21..]"),
    ("تا ۱۳۶۷", SH, "[..1989-03-20]"),
    ("از مرداد ۱۳۹۲", G, "[2013-07-23..2013-08-22]"),
    ("بین ۱۳۶۰ و ۱۳۶۷", SH, "[1981-03-21..1989-03-20]"),
    ("between 1 Farvardin 1367 and 19 Jul 1988", G, "[1988-03-21..1988-07-19]"),
])
def test_typed_dates_are_stored_as_edtf_with_the_precision_typed(typed, calendar, edtf):
    assert read_typed_date(typed, calendar) == edtf
    dates.validate(edtf)  # a date column takes it


@pytest.mark.parametrize("typed, calendar, problem", [
    ("", G, "No date typed"),
    ("   ", SH, "No date typed"),
    ("yesterday", G, "“yesterday” is not a date this app reads (e.g."),
    ("1 Jux 2015", G, "“jux” in “1 Jux 2015” is not a month name"),
    ("Ju 2015", G, "not a month name"),  # June or July: too short to tell
    ("31 Feb 1988", G, "“31 Feb 1988” is not a possible date"),
    ("1988-13", G, "is not a possible date"),
    ("30 Esfand 1367", G, "is not a possible date"),  # 1367 is no leap year
    ("1367-13-01", SH, "is not a possible date"),
    ("before 0001", G, "is not a possible date"),
    ("after 9999", G, "is not a possible date"),
    ("between 1990 and 1985", G, "the first date comes after the second"),
    ("1988/1989", G, "is two dates"),
    ("1988", SH, "1988 is no Solar Hijri year of our era: switch the calendar to Gregorian"),
    ("[..1988]", SH, "is EDTF, which is always Gregorian"),
    ("c. before 1990", G, "“before” in “c. before 1990” is not a month name"),  # one word at a time
    ("x" * 200, G, "too long to be a date"),
])
def test_what_cannot_be_read_says_why(typed, calendar, problem):
    with pytest.raises(dates.DateError, match=re.escape(problem)):
        read_typed_date(typed, calendar)


def test_an_unknown_calendar_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown calendar"):
        read_typed_date("1988", "julian")


@pytest.mark.parametrize("typed, calendar", [
    ("c. Tir 1367", G), ("28 Tir 1367", G), ("حدود ۱۳۶۷", SH), ("تیر ۱۳۶۷", G), ("1367", SH),
])
def test_a_solar_hijri_date_reads_back_as_typed(typed, calendar):
    """What is stored shows the Solar Hijri date the user typed, no finer and no coarser."""
    shown = dates.format_solar_hijri(read_typed_date(typed, calendar))
    assert shown == {"c. Tir 1367": "c. Tir 1367", "28 Tir 1367": "28 Tir 1367", "حدود ۱۳۶۷": "c. 1367",
                     "تیر ۱۳۶۷": "Tir 1367", "1367": "1367"}[typed]


@settings(deadline=None, max_examples=300)
@given(st.text(alphabet=st.sampled_from("0123456789۰۱۲۳۴۵۶۷۸۹-/~?%.[] cabefortyJulyتیرحدودپیش ازبین و"), max_size=30),
       st.sampled_from([G, SH]))
def test_any_typing_is_read_or_refused_with_a_date_error(typed, calendar):
    """Hostile or half-typed input: a valid EDTF date, or DateError; never another exception."""
    try:
        edtf = read_typed_date(typed, calendar)
    except dates.DateError:
        return
    dates.validate(edtf)

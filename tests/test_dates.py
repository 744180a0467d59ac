import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from app.domain import dates


@pytest.mark.parametrize("text, expected", [
    ("1988", "1988"),
    ("1988-07", "July 1988"),
    ("1988-07-19", "19 July 1988"),
    ("1988~", "c. 1988"),
    ("1988?", "1988?"),
    ("[..1988]", "by 1988"),
    ("[1988..]", "1988 or later"),
    (None, "unknown"),
    ("..", "ongoing"),
])
def test_format_date_reads_as_written(text, expected):
    assert dates.format_date(text) == expected


def test_spans_read_naturally():
    assert dates.format_span("2013-08", "..") == "since August 2013"
    assert dates.format_span(None, "1988") == "(start unknown) – 1988"
    assert dates.format_span("1981-10-13", "1989-08") == "13 October 1981 – August 1989"
    assert dates.format_span("1988", None) == "1988 – (end unknown)"


@pytest.mark.parametrize("text, expected", [
    ("1988-07-19", "28 Tir 1367"),
    ("1988-07", "Tir–Mordad 1367"),
    ("1988", "1366–1367"),
    ("1979-02-11", "22 Bahman 1357"),
    ("1988-07~", "c. Tir 1367"),  # about a month: the Solar Hijri one holding most of it
])
def test_solar_hijri(text, expected):
    assert dates.format_solar_hijri(text) == expected


def test_both_calendars_side_by_side():
    assert dates.format_both("1988-07~") == "c. July 1988 · c. Tir 1367"
    assert dates.solar_hijri_day(dt.date(1988, 7, 19)) == "28 Tir 1367"


def test_bounds_keep_precision_and_open_ends():
    year = dates.bounds("1988")
    assert dates.day_from_number(year.earliest) == dt.date(1988, 1, 1)
    assert dates.day_from_number(year.latest) == dt.date(1988, 12, 31)
    assert dates.bounds("[..1988]").earliest is None
    assert dates.bounds("[1988..]").latest is None
    assert dates.bounds("..") == dates.Bounds(None, None)
    assert dates.bounds(None) == dates.Bounds(None, None)
    approximate = dates.bounds("1988~")
    assert approximate.earliest < year.earliest and approximate.latest > year.latest


def test_end_before_start_only_when_certain():
    assert dates.end_before_start("1989", "1987")
    assert not dates.end_before_start("1988-07", "1988")  # same year: could be fine
    assert not dates.end_before_start("1989", "1988~")  # approximately 1988 may reach 1989
    assert not dates.end_before_start("1988", "..")
    assert not dates.end_before_start(None, "1980")


@pytest.mark.parametrize("bad", ["1988-13-45", "July 1988", "1988/1989", "", " 1988", "19888-01-01x"])
def test_invalid_dates_are_named(bad):
    with pytest.raises(dates.DateError):
        dates.parse(bad)


def test_ongoing_only_allowed_for_ends():
    dates.validate("..", end=True)
    with pytest.raises(dates.DateError):
        dates.validate("..", end=False)


@settings(deadline=None, max_examples=300)
@given(st.text(max_size=30))
def test_any_text_parses_or_fails_cleanly(text):
    try:
        dates.parse(text)
    except dates.DateError:
        return
    dates.format_date(text)
    dates.format_solar_hijri(text)
    dates.bounds(text)


def test_more_significant_digits_than_the_year_has_is_named_invalid():
    """Found by the fuzz test: the parser divided by zero on "1988S21988"."""
    with pytest.raises(dates.DateError, match="1988S21988"):
        dates.validate("1988S21988")


def test_a_year_before_the_solar_hijri_calendar_is_shown_as_written():
    assert dates.format_both("1") == "1"  # the "1" of "1 Jun 2015" being typed

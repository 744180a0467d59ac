"""bounds() reads an exact day without the EDTF parser; it must agree with the parser."""

import datetime as dt

import pytest

from app.domain import dates


def _parser_bounds(text):
    lower, upper = dates._struct_bounds(dates.parse(text))
    return dates.Bounds(dates._to_day(lower), dates._to_day(upper))


@pytest.mark.parametrize("text", ["1970-01-01", "1969-12-31", "0001-01-01", "9999-12-31", "1988-02-29", "2000-02-29",
                                  "1988-07-19", "0999-10-05"])
def test_an_exact_day_has_the_parsers_bounds(text):
    day = dates.day_number(dt.date.fromisoformat(text))
    assert dates.bounds(text) == _parser_bounds(text) == dates.Bounds(day, day)


@pytest.mark.parametrize("text", ["1900-02-29", "1988-13-01", "1988-00-10", "1988-07-32", "0000-01-01"])
def test_an_impossible_day_is_still_refused_by_the_parser(text):
    with pytest.raises(dates.DateError):
        dates.bounds(text)

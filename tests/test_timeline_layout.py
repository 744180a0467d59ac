"""The timeline's layout without Qt: spans from uncertain dates, lanes, sub-rows, filters."""

import datetime as dt

import numpy as np
import pytest

from app.domain import dates
from app.domain.edits import plan_save
from app.domain.spans import OPEN_FADE_DAYS, spans_of
from app.domain.timeline_layout import build_layout, pack_rows, persons_matching


def day(text):
    return dates.day_number(dt.date.fromisoformat(text))


def bounds(*texts):
    return [dates.bounds(t) for t in texts]


def one_span(start, end, *, point=False, as_of="2016-09-07"):
    s, e = dates.bounds(start), dates.bounds(end)
    return spans_of([s.earliest], [s.latest], [e.earliest], [e.latest], [end], as_of_day=day(as_of), point=point)


def test_known_only_at_one_time_is_evidenced_that_year_and_fades_both_ways():
    span = one_span("[..1988]", "[1988..]")
    assert span.certain_start[0] == day("1988-01-01") and span.certain_end[0] == day("1989-01-01")
    assert span.open_start[0] and span.open_end[0]
    assert span.possible_start[0] == day("1988-01-01") - OPEN_FADE_DAYS
    assert span.possible_end[0] == day("1989-01-01") + OPEN_FADE_DAYS


def test_month_precision_start_is_possible_not_evidenced():
    span = one_span("1985-07", "1990")
    assert span.possible_start[0] == day("1985-07-01") and span.certain_start[0] == day("1985-07-31")
    assert span.certain_end[0] == day("1990-01-02") and span.possible_end[0] == day("1991-01-01")
    assert not span.open_start[0] and not span.open_end[0] and not span.ongoing[0]


def test_crossing_bounds_never_draw_outside_what_is_possible():
    span = one_span("1988-07", "1988")  # began in July 1988, ended later that year
    assert span.possible_start[0] == day("1988-07-01") and span.possible_end[0] == day("1989-01-01")
    assert day("1988-07-01") <= span.certain_start[0] < span.certain_end[0] <= day("1988-08-01")


def test_ongoing_ends_at_as_of_and_is_marked():
    span = one_span("2013-08", "..")
    assert span.ongoing[0] and span.certain_end[0] == day("2016-09-08")


def test_a_point_known_to_a_month_has_no_solid_day_but_an_exact_day_does():
    month = one_span("1988-07", None, point=True)
    assert np.isnan(month.certain_start[0])
    assert (month.possible_start[0], month.possible_end[0]) == (day("1988-07-01"), day("1988-08-01"))
    exact = one_span("1988-07-19", None, point=True)
    assert exact.certain_start[0] == day("1988-07-19") and exact.certain_end[0] == day("1988-07-20")


def test_no_dates_at_all_is_not_drawable():
    assert not one_span(None, None).drawable[0]


def test_overlapping_items_take_different_rows_and_free_rows_are_reused():
    groups = np.array([0, 0, 0, 1])
    rows = pack_rows(groups, np.array([0.0, 5.0, 20.0, 0.0]), np.array([10.0, 15.0, 30.0, 10.0]))
    assert rows.tolist() == [0, 1, 0, 0]


def test_lanes_order_persons_by_first_office_and_stack_concurrent_terms(small_store):
    layout = build_layout(small_store)
    assert [lane.label for lane in layout.lanes] == ["Events", "Jane Roe", "John Doe"]
    roe = layout.lanes[1]
    assert roe.allegation_rows == 1 and roe.rows == 3  # allegations row, then two overlapping terms
    rows = {layout.terms.ids[i]: layout.terms.row[i] for i in range(len(layout.terms))}
    assert rows["term-roe-minister"] != rows["term-roe-deputy"]
    assert roe.top <= layout.conducts.row[0] < roe.top + 1


def test_institutions_get_colours_by_term_count(small_store):
    layout = build_layout(small_store)
    assert [name for _, name, *_ in layout.organisations] == ["Ministry of Works", "City Council"]


def test_an_institution_keeps_its_colour_whatever_is_shown_and_as_the_user_chose(default_store):
    """The window (all persons) and a report's lane (one person) colour an institution alike."""
    from app.domain.institution_colours import DEFAULT_COLOURS, plan_colour

    def colours(**kwargs):
        return {org: colour for org, _, _, colour in build_layout(default_store, **kwargs).organisations}

    everyone, khamenei = colours(), colours(persons={"ali-khamenei"})
    assert khamenei["government-of-iran"] == everyone["government-of-iran"]
    assert {org: everyone[org] for org in khamenei} == khamenei
    assert len(set(everyone.values())) == min(len(everyone), len(DEFAULT_COLOURS))  # repeats only past the palette
    plan_colour(default_store, "government-of-iran", "#123456", "Government").do(default_store)
    chosen = colours(persons={"ali-khamenei"})
    assert chosen["government-of-iran"] == "#123456"
    assert {org: c for org, c in chosen.items() if org != "government-of-iran"} == \
        {org: c for org, c in khamenei.items() if org != "government-of-iran"}
    plan_colour(default_store, "government-of-iran", None, "Government").do(default_store)
    assert colours()["government-of-iran"] == everyone["government-of-iran"] in DEFAULT_COLOURS


def test_items_without_dates_are_listed_not_dropped(small_store):
    plan_save(small_store, "", {"terms": [{"id": "term-doe-undated", "person_id": "john-doe", "position_id": "mayor",
                               "start": None, "end": None}]}).do(small_store)
    layout = build_layout(small_store)
    assert [(u.table, u.id) for u in layout.undrawable] == [("terms", "term-doe-undated")]
    assert "term-doe-undated" not in layout.terms.ids


def test_known_by_hides_allegations_made_later(small_store):
    assert len(build_layout(small_store, known_by=day("2016-09-06")).conducts) == 1
    assert len(build_layout(small_store, known_by=day("2016-09-05")).conducts) == 0


def test_person_and_kind_filters(small_store):
    layout = build_layout(small_store, persons={"john-doe"}, show_events=False)
    assert [lane.label for lane in layout.lanes] == ["John Doe"]
    assert layout.terms.ids == ["term-doe-mayor"] and not len(layout.conducts)


def test_allegations_around_a_day_follow_the_conduct_dates(small_store):
    layout = build_layout(small_store)
    assert layout.allegations_around(day("1988-07-19")) == ["alleg-roe-arrests"]
    assert layout.allegations_around(day("1990-07-19")) == []


def test_persons_match_by_id_name_or_alias(small_store):
    assert persons_matching(small_store, ["john-doe", "Roe"]) == {"john-doe", "jane-roe"}
    with pytest.raises(KeyError):
        persons_matching(small_store, ["Nobody"])


def test_default_dossier_ncri_allegations_unknown_before_the_press_conference(default_store):
    ncri = {row["id"]: row["subject_id"] for row in default_store.query(
        "SELECT a.id, a.subject_id FROM allegations a JOIN organizations o ON o.id = a.alleged_by_org_id "
        "WHERE o.name LIKE 'National Council of Resistance%' AND a.made_on = '2016-09-06'")}
    assert set(ncri.values()) == {"ali-khamenei", "akbar-hashemi-rafsanjani"}  # Fallahian's accuser is not named
    before = set(build_layout(default_store, known_by=day("2016-09-05")).conducts.ids)
    after = set(build_layout(default_store, known_by=day("2016-09-06")).conducts.ids)
    assert set(ncri) <= after
    assert not set(ncri) & before


def test_item_at_finds_what_is_drawn_at_a_row_and_day(small_store):
    layout = build_layout(small_store)
    terms = layout.terms
    index = list(terms.ids).index("term-doe-mayor")
    start, end = terms.possible_start[index], terms.possible_end[index]
    middle = start + (min(end, start + 400) - start) / 2
    assert layout.item_at(terms.row[index] + 0.5, middle, tolerance_days=1) == ("terms", "term-doe-mayor")
    assert layout.item_at(terms.row[index] + 0.5, start - 10_000, tolerance_days=1) is None


def test_an_open_end_is_drawn_faded_only_until_the_person_died(default_store):
    """Khomeini died on 3 June 1989: an office from 1988 with no end is not drawn possible beyond it."""
    plan_save(default_store, "", {"terms": [{"id": "term-khomeini-open", "person_id": "ruhollah-khomeini",
                                             "position_id": "friday-prayer-imam-of-tehran", "start": "1988",
                                             "end": None}]}).do(default_store)
    layout = build_layout(default_store)
    index = layout.terms.index_of("term-khomeini-open")
    assert layout.terms.possible_end[index] == dates.day_number(dt.date(1989, 6, 4))
    assert layout.terms.open_end[index]  # still drawn as open (a fade), only shorter


def test_pack_rows_gives_each_item_the_lowest_row_free_at_its_start():
    """The numpy steps and the item-by-item path agree with the rule, item by item."""
    import numpy as np

    from app.domain.timeline_layout import MAX_GROUP_IN_STEPS, pack_rows

    rng = np.random.default_rng(1988)
    groups = np.r_[rng.integers(0, 40, 2000), np.full(MAX_GROUP_IN_STEPS + 50, 99)]  # many small, one large
    starts = rng.integers(0, 5000, len(groups)).astype(float)
    ends = starts + rng.integers(1, 800, len(groups))
    rows = pack_rows(groups, starts, ends)
    order = np.lexsort((ends, starts, groups))
    busy_until: dict[tuple[int, int], float] = {}
    for index in order.tolist():
        row = 0
        while busy_until.get((groups[index], row), -np.inf) > starts[index]:
            row += 1
        assert rows[index] == row
        busy_until[(groups[index], row)] = ends[index]

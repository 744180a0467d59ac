"""Evidenced and possible spans of dated items, in day numbers, for many items at once.

One meaning of "held" for the whole app: the timeline draws the evidenced part solid
and the possible part faded, and the As of panel and the dossier's "office held at
the time" call a term held where it is evidenced, possibly held where it is possible.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import dates

OPEN_FADE_DAYS = 730  # how far an open side ("[..1988]", unknown end) fades out


@dataclass
class SpanArrays:
    """Drawn spans of many items at once (see ``spans_of``); ``drawable`` is False where no date places one."""

    possible_start: np.ndarray
    possible_end: np.ndarray
    certain_start: np.ndarray
    certain_end: np.ndarray
    open_start: np.ndarray
    open_end: np.ndarray
    ongoing: np.ndarray
    drawable: np.ndarray


def _floats(values) -> np.ndarray:
    return np.array(values, dtype=float).reshape(-1)  # None becomes NaN


def spans_of(start_earliest, start_latest, end_earliest, end_latest, end_texts, *, as_of_day: int,
             point=False) -> SpanArrays:
    """The drawn spans of start/end day bounds (None or NaN where open), for many items at once.

    The evidenced part runs from the latest possible start to the earliest possible end
    (for "[..1988]"–"[1988..]", where those cross, it is 1988 itself), and never beyond
    the possible span. An end of ".." is
    the dossier's as_of. A *point* (an event with no end) happened within its start's
    days, so only an exact day is drawn solid.
    """
    se, sl, ee, el = (_floats(v) for v in (start_earliest, start_latest, end_earliest, end_latest))
    texts = list(end_texts)
    ongoing = np.array([t == dates.ONGOING for t in texts], dtype=bool).reshape(-1)
    point = np.broadcast_to(np.asarray(point, dtype=bool), se.shape) & ~ongoing
    ee = np.where(ongoing, as_of_day, ee)
    el = np.where(ongoing, as_of_day, el)
    nan = np.full(se.shape, np.nan)
    with np.errstate(invalid="ignore"):
        # Spans (terms, events with an end, conducts).
        sure_start = np.where(np.isnan(sl), ee, sl)
        sure_end = np.where(np.isnan(ee), sure_start, ee)
        only_earliest = np.isnan(sure_start)
        sure_start = np.where(only_earliest, se, sure_start)
        sure_end = np.where(np.isnan(sure_end), sure_start, sure_end)
        certain_start = np.fmin(sure_start, sure_end)
        certain_end = np.fmax(sure_start, sure_end) + 1
        # Where the bounds cross ("July 1988" to "1988"), what is evidenced never
        # reaches outside what is possible: here July, not January to July.
        certain_start = np.fmax(certain_start, se)
        certain_end = np.fmin(certain_end, el + 1)
        open_start = np.isnan(se)
        open_end = np.isnan(el)
        possible_start = np.where(open_start, certain_start - OPEN_FADE_DAYS, np.fmin(se, certain_start))
        possible_end = np.where(open_end, certain_end + OPEN_FADE_DAYS, np.fmax(el + 1, certain_end))
        # Points: within their start's days; an open side fades out.
        exact = (se == sl) & ~np.isnan(se)
        anchor = np.where(np.isnan(sl), se, sl)
        point_start = np.where(np.isnan(se), anchor - OPEN_FADE_DAYS, se)
        point_end = np.where(np.isnan(sl), anchor + 1 + OPEN_FADE_DAYS, sl + 1)
    drawable = ~(np.isnan(se) & np.isnan(sl) & np.isnan(ee) & np.isnan(el))
    return SpanArrays(
        possible_start=np.where(point, point_start, possible_start),
        possible_end=np.where(point, point_end, possible_end),
        certain_start=np.where(point, np.where(exact, se, nan), certain_start),
        certain_end=np.where(point, np.where(exact, sl + 1, nan), certain_end),
        open_start=np.where(point, np.isnan(se), open_start),
        open_end=np.where(point, np.isnan(sl), open_end),
        ongoing=ongoing, drawable=drawable & ~(point & np.isnan(se) & np.isnan(sl)),
    )


def bounded_term_spans(terms: list[dict], lives: dict[str, tuple[int | None, int | None]], *,
                       as_of_day: int) -> SpanArrays:
    """``spans_of`` the terms (rows with ``person_id``, ``position_id``, the four bounds and
    ``end``), their open sides bounded as ``bound_open_sides`` says."""
    columns = [[t[key] for t in terms] for key in ("start_earliest", "start_latest", "end_earliest", "end_latest")]
    spans = spans_of(*columns, [t["end"] for t in terms], as_of_day=as_of_day)
    return bound_open_sides(spans, [t["person_id"] for t in terms], [t["position_id"] for t in terms], lives)


def bound_open_sides(spans: SpanArrays, persons: list[str], positions: list[str],
                     lives: dict[str, tuple[int | None, int | None]]) -> SpanArrays:
    """Stop the possible part of open sides where the dossier knows a term must stop (in place).

    An open start ("[..1988]", unknown) cannot precede the person's birth nor the end of
    their earlier term of the same office; an open end (unknown, "[1988..]") cannot
    follow their death nor the start of their later term of the same office. Where
    nothing bounds a side, it fades out as drawn (``OPEN_FADE_DAYS``). ``lives`` maps a
    person to (first day born, last day died), None where unknown. The timeline, the As
    of panel and the dossier's "office held at the time" all read spans bounded so.
    """
    open_terms = np.flatnonzero((spans.open_start | spans.open_end) & spans.drawable).tolist()
    if not open_terms:
        return spans
    wanted = {(persons[i], positions[i]) for i in open_terms}
    same_office: dict[tuple[str, str], list[int]] = {}
    for index, office in enumerate(zip(persons, positions)):
        if office in wanted:
            same_office.setdefault(office, []).append(index)
    starts, ends = spans.certain_start, spans.certain_end
    for i in open_terms:
        born, died = lives.get(persons[i], (None, None))
        low = -np.inf if born is None else born
        high = np.inf if died is None else died + 1
        for j in same_office[(persons[i], positions[i])]:
            if j == i or not spans.drawable[j]:
                continue
            if ends[j] <= starts[i]:  # an earlier term of the office ended first
                low = max(low, ends[j])
            elif starts[j] >= ends[i]:  # a later one began after
                high = min(high, starts[j])
        if spans.open_start[i] and low > spans.possible_start[i]:
            spans.possible_start[i] = min(low, starts[i])
        if spans.open_end[i] and high < spans.possible_end[i]:
            spans.possible_end[i] = max(high, ends[i])
    return spans

"""Where everything goes on the timeline, without Qt: lanes, sub-rows and spans in days.

One lane of events (context first), then one lane per person, ordered by first
office. A person's lane holds an allegation row (when there are allegations) above
sub-rows of terms: offices held at the same time stack. Every drawable thing is a
*span* with an evidenced (solid) part and a possible (faded) part, both in day
numbers, end-exclusive (a day is [d, d + 1)). Open sides ("on or before 1988",
unknown end) fade out over ``OPEN_FADE_DAYS``. Items no date lets us place are
listed in ``undrawable``, never dropped silently.

The arrays are numpy so views can cull 100,000 items to the visible range per frame.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from . import dates
from .store import Store

OPEN_FADE_DAYS = 730  # how far an open side ("[..1988]", unknown end) fades out
LANE_GAP = 0.6  # vertical space between lanes, in rows
NEUTRAL = -1  # colour index of a term whose position has no institution


@dataclass
class Lane:
    """A horizontal band: a person (``key`` = person id) or an event kind."""

    kind: str  # "person" | "events"
    key: str
    label: str
    top: float  # y of its first row; rows grow downwards
    rows: int
    allegation_rows: int = 0  # the first rows of a person's lane hold allegations

    @property
    def bottom(self) -> float:
        return self.top + self.rows


@dataclass
class Spans:
    """One layer's items as parallel arrays (one entry per item)."""

    table: str
    ids: list[str]
    lane: np.ndarray  # int index into Layout.lanes
    row: np.ndarray  # float y of the item's row top
    possible_start: np.ndarray  # float day, end-exclusive spans
    possible_end: np.ndarray
    certain_start: np.ndarray  # NaN when nothing is evidenced (a point known to a month)
    certain_end: np.ndarray
    open_start: np.ndarray  # bool: no earliest bound; the faded part fades out
    open_end: np.ndarray
    ongoing: np.ndarray  # bool: end is ".." (still so as of the dossier's as_of)
    colour: np.ndarray  # int colour index (terms: organisation rank; NEUTRAL for none)
    labels: list[str]

    def __len__(self) -> int:
        return len(self.ids)

    def index_of(self, row_id: str) -> int | None:
        try:
            return self.ids.index(row_id)
        except ValueError:
            return None

    def visible(self, first_day: float, last_day: float, top: float, bottom: float) -> np.ndarray:
        """Indices of items meeting a rectangle of days × rows."""
        mask = (self.possible_end >= first_day) & (self.possible_start <= last_day)
        mask &= (self.row + 1 >= top) & (self.row <= bottom)
        return np.flatnonzero(mask)


@dataclass
class Undrawable:
    table: str
    id: str
    label: str
    reason: str


@dataclass
class Layout:
    lanes: list[Lane]
    terms: Spans
    events: Spans
    conducts: Spans  # an allegation's alleged conduct
    mades: Spans  # the same allegation's "made on" date, same index as conducts
    organisations: list[tuple[str, str, int]]  # (id, name, terms) by colour index
    undrawable: list[Undrawable]
    as_of_day: int
    hidden_versions: dict[str, int] = field(default_factory=dict)  # claim_group -> versions not drawn

    @property
    def height(self) -> float:
        return self.lanes[-1].bottom if self.lanes else 0.0

    def day_range(self) -> tuple[float, float] | None:
        """First and last day anything is drawn (evidenced parts first; fades excluded)."""
        starts, ends = [], []
        for spans in (self.terms, self.events, self.conducts, self.mades):
            if len(spans):
                solid = ~np.isnan(spans.certain_start)
                starts.append(np.where(spans.open_start & solid, spans.certain_start, spans.possible_start))
                ends.append(np.where(spans.open_end & solid, spans.certain_end, spans.possible_end))
        if not starts:
            return None
        return float(np.nanmin(np.concatenate(starts))), float(np.nanmax(np.concatenate(ends)))

    def lane_at(self, y: float) -> int | None:
        for index, lane in enumerate(self.lanes):
            if lane.top <= y < lane.bottom:
                return index
        return None

    def lane_of(self, kind: str, key: str) -> int | None:
        for index, lane in enumerate(self.lanes):
            if lane.kind == kind and lane.key == key:
                return index
        return None

    def allegations_around(self, day: int) -> list[str]:
        """Allegations whose alleged conduct may have happened on that day."""
        c = self.conducts
        hit = (c.possible_start <= day) & (c.possible_end > day)
        return [c.ids[i] for i in np.flatnonzero(hit)]


# --- spans from dates --------------------------------------------------------------


class Span(NamedTuple):
    possible_start: float
    possible_end: float
    certain_start: float  # NaN when nothing is evidenced
    certain_end: float
    open_start: bool
    open_end: bool
    ongoing: bool


def span_of(start_earliest, start_latest, end_earliest, end_latest, end_text, *, as_of_day: int,
            point: bool = False) -> Span | None:
    """The drawn span of a start/end pair of day bounds; None when nothing places it.

    The evidenced part runs from the latest possible start to the earliest possible
    end (for "[..1988]"–"[1988..]", where those cross, it is 1988 itself). An end of
    ".." is the dossier's as_of. ``point`` is for an event with no end: it happened
    within its start's days, so only an exact day is drawn solid.
    """
    ongoing = end_text == dates.ONGOING
    if ongoing:
        end_earliest = end_latest = as_of_day
    elif point and end_text is None:
        end_earliest, end_latest = start_earliest, start_latest
    if start_latest is None and start_earliest is None and end_earliest is None and end_latest is None:
        return None
    if point and end_text is None:
        if start_earliest is None or start_latest is None:  # "[..1988]": fades out on its open side
            anchor = start_latest if start_latest is not None else start_earliest
            before = OPEN_FADE_DAYS if start_earliest is None else 0
            after = OPEN_FADE_DAYS if start_latest is None else 0
            return Span(float(anchor - before), float(anchor + 1 + after), np.nan, np.nan,
                        start_earliest is None, start_latest is None, False)
        exact = start_earliest == start_latest
        return Span(float(start_earliest), float(start_latest + 1),
                    float(start_earliest) if exact else np.nan, float(start_latest + 1) if exact else np.nan,
                    False, False, False)
    # Sure edges: the latest the thing could have begun, the earliest it could have ended.
    sure_start = start_latest if start_latest is not None else end_earliest
    sure_end = end_earliest if end_earliest is not None else sure_start
    if sure_start is None:  # only an earliest start ("[1988..]" as a start) and no end
        sure_start = sure_end = start_earliest
    if sure_end is None:
        sure_end = sure_start
    certain_start, certain_end = min(sure_start, sure_end), max(sure_start, sure_end) + 1
    open_start = start_earliest is None
    open_end = end_latest is None
    possible_start = certain_start - OPEN_FADE_DAYS if open_start else min(start_earliest, certain_start)
    possible_end = certain_end + OPEN_FADE_DAYS if open_end else max(end_latest + 1, certain_end)
    return Span(float(possible_start), float(possible_end), float(certain_start), float(certain_end),
                open_start, open_end, ongoing)


def _pack(items: list[tuple[float, float, int]]) -> dict[int, int]:
    """Sub-row per item: intervals that overlap go to different rows (fewest rows)."""
    rows: dict[int, int] = {}
    free: list[tuple[float, int]] = []  # (end of last item, row)
    count = 0
    for start, end, item in sorted(items):
        if free and free[0][0] <= start:
            _, row = heapq.heappop(free)
        else:
            row, count = count, count + 1
        rows[item] = row
        heapq.heappush(free, (end, row))
    return rows


def _pack_lowest(items: list[tuple[float, float, int]]) -> dict[int, int]:
    """Like _pack but each item takes the lowest free row, so rows read top-down (few items)."""
    rows: dict[int, int] = {}
    ends: list[float] = []
    for start, end, item in sorted(items):
        for row, row_end in enumerate(ends):
            if row_end <= start:
                break
        else:
            row = len(ends)
            ends.append(end)
        ends[row] = end
        rows[item] = row
    return rows


def _packed(items):
    return _pack_lowest(items) if len(items) <= 64 else _pack(items)


# --- building the layout from a store ---------------------------------------------


def _empty_spans(table: str) -> dict:
    return {"table": table, "ids": [], "lane": [], "row": [], "spans": [], "colour": [], "labels": []}


def _finish(raw: dict) -> Spans:
    table = np.array(raw["spans"], dtype=float).reshape(-1, len(Span._fields))
    columns = {name: table[:, i] for i, name in enumerate(Span._fields)}
    return Spans(
        table=raw["table"], ids=raw["ids"],
        lane=np.array(raw["lane"], dtype=np.int32), row=np.array(raw["row"], dtype=float),
        possible_start=columns["possible_start"], possible_end=columns["possible_end"],
        certain_start=columns["certain_start"], certain_end=columns["certain_end"],
        open_start=columns["open_start"] > 0, open_end=columns["open_end"] > 0,
        ongoing=columns["ongoing"] > 0, colour=np.array(raw["colour"], dtype=np.int32), labels=raw["labels"],
    )


def _chosen_versions(rows: list[dict]) -> tuple[list[dict], dict[str, int]]:
    """Rows to draw: no deprecated versions; a claim group with a preferred version shows only it."""
    preferred_groups = {r["claim_group"] for r in rows if r["claim_group"] and r["rank"] == "preferred"}
    chosen, hidden = [], defaultdict(int)
    for row in rows:
        group = row["claim_group"]
        if row["rank"] == "deprecated" or (group in preferred_groups and row["rank"] != "preferred"):
            if group:
                hidden[group] += 1
            continue
        chosen.append(row)
    return chosen, dict(hidden)


def build_layout(store: Store, *, persons: set[str] | None = None, known_by: int | None = None,
                 show_terms: bool = True, show_events: bool = True, show_allegations: bool = True,
                 event_label_days: float = 0.0) -> Layout:
    """Lay out the whole dossier (or only some persons, kinds, or what was known by a day).

    ``event_label_days`` reserves that many days after a short event for its label
    (the view passes what a label needs at the full range).
    """
    as_of = store.as_of_day()
    undrawable: list[Undrawable] = []

    term_rows = store.query("""
        SELECT t.id, t.person_id, t.[end], t.claim_group, t.rank, pos.title, pos.organization_id,
               t.start_earliest, t.start_latest, t.end_earliest, t.end_latest
        FROM terms t JOIN positions pos ON pos.id = t.position_id""") if show_terms else []
    term_rows, hidden_versions = _chosen_versions(term_rows)
    allegation_rows = store.query("""
        SELECT id, subject_id, summary, conduct_end, made_on_earliest, made_on_latest,
               conduct_start_earliest, conduct_start_latest, conduct_end_earliest, conduct_end_latest
        FROM allegations""") if show_allegations else []
    if known_by is not None:
        allegation_rows = [a for a in allegation_rows
                           if a["made_on_earliest"] is None or a["made_on_earliest"] <= known_by]
    if persons is not None:
        term_rows = [t for t in term_rows if t["person_id"] in persons]
        allegation_rows = [a for a in allegation_rows if a["subject_id"] in persons]

    organisation_terms: dict[str, int] = defaultdict(int)
    for t in term_rows:
        if t["organization_id"]:
            organisation_terms[t["organization_id"]] += 1
    names = {r["id"]: r["name"] for r in store.query("SELECT id, name FROM organizations")}
    ranked = sorted(organisation_terms, key=lambda o: (-organisation_terms[o], names.get(o, o)))
    colour_of = {org: index for index, org in enumerate(ranked)}
    organisations = [(org, names.get(org, org), organisation_terms[org]) for org in ranked]

    # Term spans, grouped by person.
    term_spans: dict[str, list[tuple[dict, Span]]] = defaultdict(list)
    for t in term_rows:
        span = span_of(t["start_earliest"], t["start_latest"], t["end_earliest"], t["end_latest"], t["end"],
                       as_of_day=as_of)
        if span is None:
            undrawable.append(Undrawable("terms", t["id"], t["title"], "no start or end date"))
        else:
            term_spans[t["person_id"]].append((t, span))
    conduct_spans: dict[str, list[tuple[dict, Span | None, Span | None]]] = defaultdict(list)
    for a in allegation_rows:
        conduct = span_of(a["conduct_start_earliest"], a["conduct_start_latest"], a["conduct_end_earliest"],
                          a["conduct_end_latest"], a["conduct_end"], as_of_day=as_of,
                          point=a["conduct_end"] is None)
        made = span_of(a["made_on_earliest"], a["made_on_latest"], None, None, None, as_of_day=as_of, point=True)
        if conduct is None and made is None:
            undrawable.append(Undrawable("allegations", a["id"], a["summary"], "no conduct date and no date made"))
        else:
            conduct_spans[a["subject_id"]].append((a, conduct, made))

    lanes: list[Lane] = []
    top = 0.0
    events = _empty_spans("events")
    if show_events:
        event_rows, event_hidden = _chosen_versions(store.query("""
            SELECT id, title, kind, [end], claim_group, rank,
                   start_earliest, start_latest, end_earliest, end_latest FROM events"""))
        hidden_versions.update(event_hidden)
        placed: list[tuple[dict, Span]] = []
        for e in event_rows:
            span = span_of(e["start_earliest"], e["start_latest"], e["end_earliest"], e["end_latest"], e["end"],
                           as_of_day=as_of, point=e["end"] is None)
            if span is None:
                undrawable.append(Undrawable("events", e["id"], e["title"], "no start or end date"))
            else:
                placed.append((e, span))
        if placed:
            # Room for a label beside short events, so their labels do not run into each other.
            rows = _packed([(s.possible_start, max(s.possible_end, s.possible_start + event_label_days), i)
                            for i, (_, s) in enumerate(placed)])
            lanes.append(Lane("events", "", "Events", top, max(rows.values()) + 1))
            for i, (e, span) in enumerate(placed):
                events["ids"].append(e["id"])
                events["lane"].append(0)
                events["row"].append(top + rows[i])
                events["spans"].append(span)
                events["colour"].append(NEUTRAL)
                events["labels"].append(e["title"])
            top = lanes[-1].bottom + LANE_GAP

    person_rows = store.query("SELECT id, name FROM persons")
    person_names = {p["id"]: p["name"] for p in person_rows}

    def first_office(person_id: str) -> tuple:
        spans = term_spans.get(person_id)
        if spans:
            return (0, min(s.certain_start for _, s in spans), person_names[person_id].lower())
        return (1, 0.0, person_names[person_id].lower())

    terms, conducts, mades = _empty_spans("terms"), _empty_spans("allegations"), _empty_spans("allegations")
    for person_id in sorted(set(term_spans) | set(conduct_spans), key=first_office):
        items = term_spans.get(person_id, [])
        accusations = conduct_spans.get(person_id, [])
        allegation_packing = _packed([
            (min(s.possible_start for s in (c, m) if s), max(s.possible_end for s in (c, m) if s), i)
            for i, (_, c, m) in enumerate(accusations)])
        allegation_rows_count = max(allegation_packing.values()) + 1 if accusations else 0
        term_packing = _packed([(s.possible_start, s.possible_end, i) for i, (_, s) in enumerate(items)])
        term_rows_count = max(term_packing.values()) + 1 if items else 0
        lane_index = len(lanes)
        lanes.append(Lane("person", person_id, person_names[person_id], top,
                          allegation_rows_count + term_rows_count, allegation_rows_count))
        for i, (t, span) in enumerate(items):
            terms["ids"].append(t["id"])
            terms["lane"].append(lane_index)
            terms["row"].append(top + allegation_rows_count + term_packing[i])
            terms["spans"].append(span)
            terms["colour"].append(colour_of.get(t["organization_id"], NEUTRAL))
            terms["labels"].append(t["title"])
        for i, (a, conduct, made) in enumerate(accusations):
            y = top + allegation_packing[i]
            for target, span in ((conducts, conduct), (mades, made)):
                target["ids"].append(a["id"])
                target["lane"].append(lane_index)
                target["row"].append(y)
                target["spans"].append(span or Span(np.nan, np.nan, np.nan, np.nan, False, False, False))
                target["colour"].append(NEUTRAL)
                target["labels"].append(a["summary"])
        top = lanes[-1].bottom + LANE_GAP

    return Layout(lanes, _finish(terms), _finish(events), _finish(conducts), _finish(mades),
                  organisations, undrawable, as_of, hidden_versions)


def match_persons(store: Store, wanted: list[str]) -> set[str]:
    """Person ids for ids or names (any alias, case-insensitive); raises KeyError naming a miss."""
    found: set[str] = set()
    for text in wanted:
        needle = text.strip().lower()
        rows = store.query("""
            SELECT id FROM persons WHERE lower(id) = :n OR lower(name) = :n
            UNION SELECT person_id FROM aliases WHERE lower(alias) = :n""", {"n": needle})
        if not rows:
            rows = store.query("SELECT id FROM persons WHERE lower(name) LIKE :p", {"p": f"%{needle}%"})
        if not rows:
            raise KeyError(text)
        found.update(r["id"] for r in rows)
    return found

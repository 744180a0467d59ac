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

import bisect
import functools
import gc
import heapq
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from operator import attrgetter, itemgetter

import numpy as np

from .institution_colours import NEUTRAL as NEUTRAL_COLOUR
from .institution_colours import institution_colours
from .person_dossier import match_persons
from .records import allegation_claim
from .spans import SpanArrays, bound_open_sides, spans_of
from .store import Change, Store
from .wording import translate

_BOUNDS = ("_earliest", "_latest")
# What a layout is built from: an edit changing none of it (a note, a citation, a source's
# text) leaves the timeline as it is. None: any change.
DRAWN_COLUMNS: dict[str, set[str] | None] = {
    "terms": {"person_id", "position_id", "start", "end", "claim_group", "rank",
              *(f"{c}{b}" for c in ("start", "end") for b in _BOUNDS)},
    "events": {"title", "start", "end", "claim_group", "rank", *(f"{c}{b}" for c in ("start", "end") for b in _BOUNDS)},
    "allegations": {"subject_id", "summary", "conduct_start", "conduct_end", "made_on", "alleged_by_org_id",
                    "alleged_by_person_id",
                    *(f"{c}{b}" for c in ("conduct_start", "conduct_end", "made_on") for b in _BOUNDS)},
    "persons": {"name"}, "positions": {"title", "organization_id"}, "organizations": {"name"},
    "meta": None, "event_persons": None,
}
# What is drawn in person lanes only: ``refresh_layout`` lays out the lanes of the persons a change names.
_IN_PERSON_LANES = ("terms", "allegations")
_BEYOND_PERSON_LANES = {table: columns for table, columns in DRAWN_COLUMNS.items() if table not in _IN_PERSON_LANES}

LANE_GAP = 0.6  # vertical space between lanes, in rows
NEUTRAL = -1  # colour index of a term whose position has no institution
MAX_EVENTS_WITH_LABEL_ROOM = 500


@dataclass
class Lane:
    """A horizontal band: a person (``key`` = person id) or an event kind."""

    kind: str  # "person" | "events"
    key: str
    label: str
    top: float  # y of its first row; rows grow downwards
    rows: int
    allegation_rows: int = 0  # the first rows of a person's lane hold allegations
    collapsed: bool = False  # all its items on one row, over each other
    stacked_rows: int = 1  # rows it takes when expanded (more than one: it can collapse)
    first_office: float | None = None  # a person's first drawn day in office: lanes are ordered by it

    @property
    def name(self) -> str:
        """What ``build_layout(collapsed=…)`` knows it by: "events" or "person:<id>"."""
        return self.kind if self.kind == "events" else f"{self.kind}:{self.key}"

    @property
    def bottom(self) -> float:
        return self.top + self.rows

    def order(self) -> tuple:
        """Where a person's lane goes (``lane_order``): ``refresh_layout`` puts a lane laid out again back by it."""
        return lane_order(self.first_office, self.label, self.key)


def lane_order(first_office: float | None, name: str, person: str) -> tuple:
    """Person lanes by first office, then name; persons with only allegations last."""
    return (first_office is None, first_office or 0.0, name.lower(), person)


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
    whose: str = ""  # the person it is about (a term's holder, an allegation's subject); "" for an event
    person: str = ""  # that person's id
    organisation: str | None = None  # a term's institution (it counts towards the institution's colour)


@dataclass(frozen=True)
class LayoutOptions:
    """What ``build_layout`` was asked to lay out (its keyword arguments)."""

    persons: frozenset[str] | None = None
    known_by: int | None = None
    show_terms: bool = True
    show_events: bool = True
    show_allegations: bool = True
    event_label_days: float = 0.0
    collapsed: frozenset[str] = frozenset()


@dataclass
class Layout:
    lanes: list[Lane]
    terms: Spans
    events: Spans
    conducts: Spans  # an allegation's alleged conduct
    mades: Spans  # the same allegation's "made on" date, same index as conducts
    organisations: list[tuple[str, str, int, str]]  # (id, name, terms shown, "#RRGGBB") by colour index
    undrawable: list[Undrawable]
    as_of_day: int
    hidden_versions: dict[str, int] = field(default_factory=dict)  # claim_group -> versions not drawn
    as_of: str | None = None  # meta.as_of as written ("2016-09-07", or "2016" for a year)
    options: LayoutOptions = field(default_factory=LayoutOptions)
    position_terms: dict[str, int] = field(default_factory=dict)  # every term of the dossier per position

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
        return float(np.fmin.reduce(np.concatenate(starts))), float(np.fmax.reduce(np.concatenate(ends)))

    def lanes_between(self, top: float, bottom: float) -> range:
        """Indices of the lanes meeting rows [top, bottom] (binary search: 10,000 lanes are many)."""
        tops = self._lane_tops()
        first = max(int(np.searchsorted(tops, top, side="right")) - 1, 0)
        last = int(np.searchsorted(tops, bottom, side="right"))
        return range(first, min(last, len(self.lanes)))

    def _lane_tops(self) -> np.ndarray:
        if getattr(self, "_tops", None) is None or len(self._tops) != len(self.lanes):
            self._tops = np.array([lane.top for lane in self.lanes], dtype=float)
        return self._tops

    def lane_at(self, y: float) -> int | None:
        for index in self.lanes_between(y, y):
            if self.lanes[index].top <= y < self.lanes[index].bottom:
                return index
        return None

    def item_at(self, row: float, day: float, tolerance_days: float) -> tuple[str, str] | None:
        """(table, id) of the item drawn at a row and day (within a tolerance), nearest by its middle.

        Allegations come first, then events, then terms: the order they are drawn on top.
        """
        c, m = self.conducts, self.mades
        candidates = []
        if len(c):
            candidates.append(("allegations", c.ids, c.row, np.fmin(c.possible_start, m.possible_start),
                               np.fmax(c.possible_end, m.possible_end)))
        for table, spans in (("events", self.events), ("terms", self.terms)):
            if len(spans):
                candidates.append((table, spans.ids, spans.row, spans.possible_start, spans.possible_end))
        for table, ids, rows, starts, ends in candidates:
            hit = (rows <= row) & (row < rows + 1) & (starts - tolerance_days <= day) & (day <= ends + tolerance_days)
            found = np.flatnonzero(hit)
            if len(found):
                nearest = found[np.argmin(np.abs((starts[found] + ends[found]) / 2 - day))]
                return table, ids[nearest]
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


def pack_rows(groups: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Sub-row per item within its group: overlapping items go to different rows.

    Each item takes the lowest row free at its start (rows read top-down), so a group
    uses as few rows as its most overlapping moment needs. Groups are independent, so
    the k-th item of every group is placed in one numpy step (10,000 persons' terms in
    a few dozen steps); a group too large for that (the events lane) goes item by item.
    """
    count = len(starts)
    rows = np.zeros(count, dtype=np.int32)
    if not count:
        return rows
    order = np.lexsort((ends, starts, groups))
    sorted_groups = np.asarray(groups)[order]
    first = np.flatnonzero(np.r_[True, sorted_groups[1:] != sorted_groups[:-1]])
    sizes = np.diff(np.r_[first, count])
    group_of = np.repeat(np.arange(len(first)), sizes)  # dense group number of each sorted item
    rank = np.arange(count) - first[group_of]  # its place within its group
    large = sizes[group_of] > MAX_GROUP_IN_STEPS
    placed = np.zeros(count, dtype=np.int32)
    placed[~large] = _pack_in_steps(group_of[~large], rank[~large], np.asarray(starts, float)[order][~large],
                                    np.asarray(ends, float)[order][~large], int(sizes[sizes <= MAX_GROUP_IN_STEPS].max(initial=0)))
    for group in np.flatnonzero(sizes > MAX_GROUP_IN_STEPS).tolist():
        members = np.arange(first[group], first[group] + sizes[group])
        placed[members] = _pack_one(np.asarray(starts, float)[order][members], np.asarray(ends, float)[order][members])
    rows[order] = placed
    return rows


MAX_GROUP_IN_STEPS = 256  # larger groups are packed item by item (the steps' table would be too wide)


def _pack_in_steps(group_of: np.ndarray, rank: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                   width: int) -> np.ndarray:
    """``pack_rows`` for items sorted by group, start and end: one step per place within a group."""
    rows = np.zeros(len(starts), dtype=np.int32)
    if not len(starts):
        return rows
    row_end = np.full((int(group_of.max()) + 1, width), -np.inf)  # when each row of each group is free again
    by_rank = np.argsort(rank, kind="stable")
    bounds = np.searchsorted(rank[by_rank], np.arange(width + 1))
    for step in range(width):
        items = by_rank[bounds[step]:bounds[step + 1]]
        if not len(items):
            break
        group = group_of[items]
        row = np.argmax(row_end[group] <= starts[items, None], axis=1)  # the lowest free row; one always is
        row_end[group, row] = ends[items]
        rows[items] = row
    return rows


def _pack_one(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """``pack_rows`` for one group's items, sorted by start and end, item by item with two heaps."""
    rows = np.zeros(len(starts), dtype=np.int32)
    free: list[int] = []
    ending: list[tuple[float, int]] = []
    used = 0
    for index, (start, end) in enumerate(zip(starts.tolist(), ends.tolist())):
        while ending and ending[0][0] <= start:  # rows whose item has ended are free again
            heapq.heappush(free, heapq.heappop(ending)[1])
        if free:
            row = heapq.heappop(free)
        else:
            row, used = used, used + 1
        rows[index] = row
        heapq.heappush(ending, (end, row))
    return rows


def _chosen_versions(rows: list[tuple], group_at: int, rank_at: int) -> tuple[list[tuple], dict[str, int]]:
    """Rows to draw: no deprecated versions; a claim group with a preferred version shows only it."""
    preferred_groups = {r[group_at] for r in rows if r[group_at] and r[rank_at] == "preferred"}
    chosen, hidden = [], defaultdict(int)
    for row in rows:
        group, rank = row[group_at], row[rank_at]
        if rank == "deprecated" or (group in preferred_groups and rank != "preferred"):
            if group:
                hidden[group] += 1
            continue
        chosen.append(row)
    return chosen, dict(hidden)


def _spans(table: str, ids, lane, row, arrays: SpanArrays, keep: np.ndarray, colour, labels) -> Spans:
    keep_list = np.flatnonzero(keep).tolist()
    return Spans(
        table=table, ids=[ids[i] for i in keep_list], lane=np.asarray(lane, dtype=np.int32)[keep],
        row=np.asarray(row, dtype=float)[keep],
        possible_start=arrays.possible_start[keep], possible_end=arrays.possible_end[keep],
        certain_start=arrays.certain_start[keep], certain_end=arrays.certain_end[keep],
        open_start=arrays.open_start[keep], open_end=arrays.open_end[keep], ongoing=arrays.ongoing[keep],
        colour=np.asarray(colour, dtype=np.int32)[keep], labels=[labels[i] for i in keep_list],
    )


_TERM_COLUMNS = "id, person_id, [end], claim_group, rank, position_id, start_earliest, start_latest, end_earliest, end_latest"


def _term_rows(store: Store, wanted: str | None) -> list[tuple]:
    """Terms (``_TERM_COLUMNS``) in the order stored; of some persons (``wanted``, JSON), with the other
    versions of their claims (which may hide them), read by the persons' index."""
    execute = store.db.execute
    if wanted is None:
        return execute(f"SELECT {_TERM_COLUMNS} FROM terms ORDER BY rowid").fetchall()
    rows = execute(f"SELECT {_TERM_COLUMNS}, rowid FROM terms WHERE person_id IN (SELECT value FROM json_each(?))",
                   [wanted]).fetchall()
    groups = sorted({row[3] for row in rows if row[3]})
    if groups:
        rows += execute(f"""SELECT {_TERM_COLUMNS}, rowid FROM terms WHERE claim_group IN (SELECT value FROM json_each(?))
                            AND person_id NOT IN (SELECT value FROM json_each(?))""",
                        [json.dumps(groups), wanted]).fetchall()
    return [row[:-1] for row in sorted(rows, key=lambda row: row[-1])]


def _codes(values: list[str]) -> tuple[np.ndarray, list[str]]:
    """Each value's number, and the distinct values in the order first seen (``values[i] == distinct[codes[i]]``)."""
    number = {value: code for code, value in enumerate(dict.fromkeys(values))}
    return np.fromiter(map(number.__getitem__, values), dtype=np.int64, count=len(values)), list(number)


def _columns(rows: list[tuple], count: int) -> list[list]:
    return [list(column) for column in zip(*rows)] if rows else [[] for _ in range(count)]


def _without_cycle_collection(function):
    """Runs ``function`` with Python's cycle collector paused.

    Reading a large dossier allocates hundreds of thousands of row tuples, none of them
    in reference cycles; each few hundred allocations would otherwise start a collection
    that walks every object the window holds (a third of a 100,000-term build).
    """
    @functools.wraps(function)
    def paused(*args, **kwargs):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()
    return paused


@_without_cycle_collection
def build_layout(store: Store, *, persons: set[str] | None = None, known_by: int | None = None,
                 show_terms: bool = True, show_events: bool = True, show_allegations: bool = True,
                 event_label_days: float = 0.0, collapsed: frozenset[str] = frozenset()) -> Layout:
    """Lay out the whole dossier (or only some persons, kinds, or what was known by a day).

    ``event_label_days`` reserves that many days after a short event for its label
    (the view passes what a label needs at the full range). Lanes named in ``collapsed``
    (``Lane.name``) take one row, their items drawn over each other.
    """
    return lay_out(store, LayoutOptions(None if persons is None else frozenset(persons), known_by, show_terms,
                                        show_events, show_allegations, event_label_days, frozenset(collapsed)))


def label_days(store: Store) -> float:
    """Days a 200-pixel label covers when the whole range is shown (only few events get that room):
    what a view passes as ``event_label_days``."""
    if store.count("events") > MAX_EVENTS_WITH_LABEL_ROOM:
        return 0.0  # NOTE: the date range scans every table; the layout would not use it
    span = store.date_range()
    if span is None:
        return 0.0
    return (span[1] - span[0]) * 200 / 1300


def lay_out(store: Store, options: LayoutOptions) -> Layout:
    """``build_layout`` with its options already gathered (as a view keeps them)."""
    return _lay_out(store, options)[0]


def _lay_out(store: Store, options: LayoutOptions, position_terms: dict[str, int] | None = None,
             colours: dict[str, str] | None = None) -> tuple[Layout, set[str]]:
    """``build_layout``; also the terms' claim groups it read. ``position_terms`` (``Layout.position_terms``)
    and the institutions' ``colours``, when the caller knows them, are not read again."""
    persons, known_by, collapsed = options.persons, options.known_by, options.collapsed
    show_terms, show_events, show_allegations = options.show_terms, options.show_events, options.show_allegations
    event_label_days = options.event_label_days
    as_of = store.as_of_day()
    undrawable: list[Undrawable] = []
    execute = store.db.execute

    # Terms: id, person, end, claim_group, rank, position, four bounds. Positions are few:
    # looked up in a dict rather than joined row by row. Only some persons: their terms and
    # the other versions of their claims (which may hide them). Rows in the order stored,
    # filtered or not: items that tie go to sub-rows in that order.
    wanted = json.dumps(sorted(persons)) if persons is not None else None
    term_rows = _term_rows(store, wanted) if show_terms else []
    claim_groups = {row[3] for row in term_rows if row[3]} if persons is not None else set()
    if position_terms is None:
        position_terms = (dict(Counter(map(itemgetter(5), term_rows))) if persons is None and show_terms
                          else store.term_counts())
    if colours is None:
        colours = institution_colours(store, position_terms)
    term_rows, hidden_versions = _chosen_versions(term_rows, 3, 4)
    if persons is not None:
        term_rows = [t for t in term_rows if t[1] in persons]
    t_id, t_person, t_end, _, _, t_position, *t_bounds = _columns(term_rows, 10)
    only = "" if persons is None else " AND id IN (SELECT value FROM json_each(:wanted))"
    positions = {row[0]: row[1:] for row in execute(
        "SELECT id, title, organization_id FROM positions" + (
            "" if persons is None else " WHERE id IN (SELECT value FROM json_each(:positions))"),
        {"positions": json.dumps(sorted(set(t_position)))})}
    # Holders and positions as numbers (first seen first): what follows is per item in numpy, per person
    # or position in Python.
    t_holder, holders = _codes(t_person)
    t_position_code, position_list = _codes(t_position)
    t_title = [positions[position][0] for position in t_position]
    lives = {person: (born, died) for person, born, died in execute(
        "SELECT id, born_earliest, died_latest FROM persons WHERE (born IS NOT NULL OR died IS NOT NULL)" + only,
        {"wanted": wanted})}
    terms = bound_open_sides(spans_of(*t_bounds, t_end, as_of_day=as_of), t_person, t_position, lives)

    # Allegations with the names their labels need (labels say who alleges, never bare fact).
    allegation_rows = execute("""
        SELECT a.id, a.subject_id, a.summary, a.conduct_end, a.made_on_earliest, a.made_on_latest,
               a.conduct_start_earliest, a.conduct_start_latest, a.conduct_end_earliest, a.conduct_end_latest,
               s.name, o.name, ap.name
        FROM allegations a JOIN persons s ON s.id = a.subject_id
        LEFT JOIN organizations o ON o.id = a.alleged_by_org_id
        LEFT JOIN persons ap ON ap.id = a.alleged_by_person_id""" + (
        "" if persons is None else " WHERE a.subject_id IN (SELECT value FROM json_each(:wanted))") + " ORDER BY a.rowid",
        {"wanted": wanted}).fetchall() if show_allegations else []
    if known_by is not None:
        allegation_rows = [a for a in allegation_rows if a[4] is None or a[4] <= known_by]
    if persons is not None:
        allegation_rows = [a for a in allegation_rows if a[1] in persons]
    (a_id, a_subject, a_summary, a_conduct_end, a_made_e, a_made_l, *a_bounds, a_subject_name, a_org_name,
     a_speaker_name) = _columns(allegation_rows, 13)
    a_claim = [allegation_claim({"summary": summary, "subject_name": subject, "accuser_org_name": org,
                                 "accuser_person_name": speaker})
               for summary, subject, org, speaker in zip(a_summary, a_subject_name, a_org_name, a_speaker_name)]
    conducts = spans_of(*a_bounds, a_conduct_end, as_of_day=as_of,
                        point=np.array([end is None for end in a_conduct_end], dtype=bool))
    mades = spans_of(a_made_e, a_made_l, [None] * len(a_id), [None] * len(a_id), [None] * len(a_id),
                     as_of_day=as_of, point=True)

    person_names = dict(execute("SELECT id, name FROM persons WHERE 1" + only, {"wanted": wanted}).fetchall())
    no_dates = translate("timeline_layout", "no start or end date")
    for index in np.flatnonzero(~terms.drawable).tolist():
        undrawable.append(Undrawable("terms", t_id[index], t_title[index], no_dates,
                                     person_names.get(t_person[index], t_person[index]), t_person[index],
                                     positions[t_position[index]][1]))
    no_conduct_date = translate("timeline_layout", "no conduct date and no date made")
    for index in np.flatnonzero(~conducts.drawable & ~mades.drawable).tolist():
        undrawable.append(Undrawable("allegations", a_id[index], a_summary[index], no_conduct_date,
                                     a_subject_name[index], a_subject[index]))

    # Colours: one per institution over the whole dossier (institution_colours), whatever is shown.
    organisation_terms: dict[str, int] = defaultdict(int)
    for position, count in zip(position_list, np.bincount(t_position_code, minlength=len(position_list)).tolist()):
        if positions[position][1]:
            organisation_terms[positions[position][1]] += count
    names = dict(execute("SELECT id, name FROM organizations").fetchall())
    organisations = _ranked_organisations(organisation_terms, names, colours)
    colour_of = {org: index for index, (org, *_) in enumerate(organisations)}
    t_colour = np.array([colour_of.get(positions[position][1], NEUTRAL) for position in position_list],
                        dtype=np.int32)[t_position_code]

    lanes: list[Lane] = []
    top = 0.0
    event_spans = None
    if show_events:
        event_rows, event_hidden = _chosen_versions(execute("""
            SELECT id, title, [end], claim_group, rank, start_earliest, start_latest, end_earliest, end_latest
            FROM events""").fetchall(), 3, 4)
        hidden_versions.update(event_hidden)
        e_id, e_title, e_end, _, _, *e_bounds = _columns(event_rows, 9)
        events = spans_of(*e_bounds, e_end, as_of_day=as_of, point=np.array([e is None for e in e_end], dtype=bool))
        for index in np.flatnonzero(~events.drawable).tolist():
            undrawable.append(Undrawable("events", e_id[index], e_title[index], translate("timeline_layout", "no start or end date")))
        keep = events.drawable
        if keep.any():
            # Room for a label beside short events, so their labels do not run into each other
            # (only where events are few: thousands are read by zooming in, not by their labels).
            room = event_label_days if len(e_id) <= MAX_EVENTS_WITH_LABEL_ROOM else 0.0
            ends = np.fmax(events.possible_end, events.possible_start + room)
            rows = pack_rows(np.zeros(len(e_id), dtype=np.int32), np.where(keep, events.possible_start, 0),
                             np.where(keep, ends, 0))
            rows = np.where(keep, rows, 0)
            stacked = int(rows[keep].max()) + 1
            folded = "events" in collapsed
            if folded:
                rows = np.zeros_like(rows)
            lanes.append(Lane("events", "", translate("timeline_layout", "Events"), top, 1 if folded else stacked, collapsed=folded,
                              stacked_rows=stacked))
            event_spans = _spans("events", e_id, np.zeros(len(e_id)), top + rows, events, keep,
                                 [NEUTRAL] * len(e_id), e_title)
            top = lanes[-1].bottom + LANE_GAP
    if event_spans is None:
        event_spans = _spans("events", [], [], [], spans_of([], [], [], [], [], as_of_day=as_of),
                             np.zeros(0, dtype=bool), [], [])

    # Person lanes, ordered by first office (then name); persons with only allegations after.
    earliest = np.full(len(holders), np.inf)
    np.fmin.at(earliest, t_holder[terms.drawable], terms.certain_start[terms.drawable])  # NaN: not evidenced
    first_office = {person: start for person, start in zip(holders, earliest.tolist()) if start != np.inf}
    alleged = {subject for subject, c, m in zip(a_subject, conducts.drawable.tolist(), mades.drawable.tolist())
               if c or m}
    ordered = sorted(set(first_office) | alleged, key=lambda p: lane_order(first_office.get(p), person_names[p], p))
    lane_of = {person: len(lanes) + i for i, person in enumerate(ordered)}

    term_keep = terms.drawable
    term_lane = np.array([lane_of.get(p, -1) for p in holders], dtype=np.int64)[t_holder]
    term_sub = pack_rows(term_lane, np.where(term_keep, terms.possible_start, 0), np.where(term_keep, terms.possible_end, 0))
    allegation_keep = conducts.drawable | mades.drawable
    allegation_lane = np.array([lane_of.get(p, -1) for p in a_subject], dtype=np.int64)
    a_first = np.where(conducts.drawable, conducts.possible_start, mades.possible_start)
    a_last = np.where(mades.drawable, mades.possible_end, conducts.possible_end)
    allegation_sub = pack_rows(allegation_lane, np.where(allegation_keep, a_first, 0),
                               np.where(allegation_keep, a_last, 0))
    allegation_rows_of = np.zeros(len(lanes) + len(ordered), dtype=np.int64)
    term_rows_of = np.zeros(len(lanes) + len(ordered), dtype=np.int64)
    if allegation_keep.any():
        np.maximum.at(allegation_rows_of, allegation_lane[allegation_keep], allegation_sub[allegation_keep] + 1)
    if term_keep.any():
        np.maximum.at(term_rows_of, term_lane[term_keep], term_sub[term_keep] + 1)
    lane_tops = np.zeros(len(allegation_rows_of))
    folded_lanes = {lane_of[person] for person in ordered if f"person:{person}" in collapsed}
    if folded_lanes:
        term_sub[np.isin(term_lane, list(folded_lanes))] = 0
        allegation_sub[np.isin(allegation_lane, list(folded_lanes))] = 0
    for person in ordered:
        index = lane_of[person]
        allegation_count, term_count = int(allegation_rows_of[index]), int(term_rows_of[index])
        stacked = max(allegation_count + term_count, 1)
        if index in folded_lanes:
            allegation_rows_of[index] = 0
            lanes.append(Lane("person", person, person_names[person], top, 1, 0, collapsed=True, stacked_rows=stacked,
                              first_office=first_office.get(person)))
        else:
            lanes.append(Lane("person", person, person_names[person], top, allegation_count + term_count,
                              allegation_count, stacked_rows=stacked, first_office=first_office.get(person)))
        lane_tops[index] = top
        top = lanes[-1].bottom + LANE_GAP

    # A lane's top plus the item's whole rows within it, added last: refresh_layout moves a lane the same way.
    term_y = lane_tops[term_lane] + (allegation_rows_of[term_lane] + term_sub)
    allegation_y = lane_tops[allegation_lane] + allegation_sub
    layout = Layout(
        lanes,
        _spans("terms", t_id, term_lane, term_y, terms, term_keep, t_colour, t_title),
        event_spans,
        _spans("allegations", a_id, allegation_lane, allegation_y, conducts, allegation_keep, [NEUTRAL] * len(a_id),
               a_claim),
        _spans("allegations", a_id, allegation_lane, allegation_y, mades, allegation_keep, [NEUTRAL] * len(a_id),
               a_claim),
        organisations, undrawable, as_of, hidden_versions, store.as_of, options, position_terms)
    return layout, claim_groups


def _ranked_organisations(terms_of: dict[str, int], names: dict[str, str],
                          colours: dict[str, str]) -> list[tuple[str, str, int, str]]:
    """(id, name, terms shown, colour) of the institutions with terms, most terms first, then by name and id."""
    ranked = sorted((org for org, count in terms_of.items() if count),
                    key=lambda o: (-terms_of[o], names.get(o, o), o))
    return [(org, names.get(org, org), terms_of[org], colours.get(org, NEUTRAL_COLOUR)) for org in ranked]


@_without_cycle_collection
def refresh_layout(store: Store, layout: Layout, change: Change, *, event_label_days: float | None = None) -> Layout:
    """The layout after a write, equal to ``build_layout`` with the layout's options.

    Only the lanes of the persons the change names (``Change.persons``) are laid out
    again; the other lanes keep their items and move down or up as those lanes grow,
    shrink, appear, vanish or change places, and the institutions are ranked again.
    A change reaching beyond person lanes (events, names, positions, settings), or one
    that does not say whose lanes it touched, builds the whole layout again; one
    changing nothing drawn returns the layout as it is. ``event_label_days`` is what
    the view would pass now: the whole layout is built again when it differs. The given
    layout's lanes are taken over (moved in place): keep using the one returned.
    """
    options = layout.options
    if event_label_days is not None and event_label_days != options.event_label_days:
        options = replace(options, event_label_days=event_label_days)
    elif not change.touches(DRAWN_COLUMNS):
        return layout
    if (not change.names_few_persons or change.touches(_BEYOND_PERSON_LANES)
            or options != layout.options):
        return _lay_out(store, options)[0]
    touched = change.persons if options.persons is None else change.persons & options.persons
    # The colours go by every term's institution, drawn or not: counted again for the positions written.
    recounted = {position: 0 for position in change.positions} | store.term_counts(change.positions)
    position_terms = layout.position_terms
    colours = {org: colour for org, _, _, colour in layout.organisations}
    if any(position_terms.get(position, 0) != count for position, count in recounted.items()):
        position_terms = {position: count for position, count in (position_terms | recounted).items() if count}
        colours = institution_colours(store, position_terms)
    part, claim_groups = _lay_out(store, replace(options, persons=frozenset(touched), show_events=False),
                                  position_terms, colours)
    if any(org not in colours for org, *_ in part.organisations):  # shown now, not before: its colour is read
        colours = institution_colours(store, position_terms)

    # Lanes: the touched persons' lanes out, their new ones in where their order puts them.
    lanes = layout.lanes
    old_tops = layout._lane_tops()
    lane_of = dict(zip(map(attrgetter("key"), lanes), range(len(lanes))))  # by person id ("" the events lane)
    gone = np.array(sorted(lane_of[person] for person in touched if person in lane_of), dtype=np.int64)
    kept = np.delete(np.arange(len(lanes)), gone)
    merged = [lanes[index] for index in kept.tolist()]
    first_person = 1 if lanes and lanes[0].kind == "events" else 0
    places = [bisect.bisect_left(merged, lane.order(), lo=first_person, key=Lane.order) for lane in part.lanes]
    part_index = np.array(places, dtype=np.int64) + np.arange(len(places))  # part.lanes come in that order
    for lane, index in zip(part.lanes, part_index.tolist()):
        merged.insert(index, lane)
    new_index = np.full(len(lanes), -1, dtype=np.int64)
    new_index[kept] = np.arange(len(kept)) + np.searchsorted(np.array(places, dtype=np.int64), np.arange(len(kept)),
                                                             side="right")
    part_tops = part._lane_tops()
    changed_from = min([*part_index[:1].tolist(), *gone[:1].tolist()], default=len(merged))  # lanes above stay
    top = merged[changed_from - 1].bottom + LANE_GAP if changed_from > 0 else 0.0
    for lane in merged[changed_from:]:
        lane.top = top
        top = top + lane.rows + LANE_GAP  # as build_layout adds them: the same tops to the last bit
    new_tops = np.fromiter(map(attrgetter("top"), merged), dtype=float, count=len(merged))

    # Institutions: the touched persons' terms counted again, then ranked again.
    terms_of = {org: count for org, _, count, _ in layout.organisations}
    names = {org: name for org, name, *_ in (*layout.organisations, *part.organisations)}
    in_gone = np.isin(layout.terms.lane, gone)
    shown_before = layout.terms.colour[in_gone]
    for colour_index in shown_before[shown_before >= 0].tolist():
        terms_of[layout.organisations[colour_index][0]] -= 1
    for item in layout.undrawable:
        if item.table == "terms" and item.person in touched and item.organisation:
            terms_of[item.organisation] -= 1
    for org, _, count, _ in part.organisations:
        terms_of[org] = terms_of.get(org, 0) + count
    organisations = _ranked_organisations(terms_of, names, colours)
    rank_of = {org: index for index, (org, *_) in enumerate(organisations)}

    def recoloured(colour: np.ndarray, ranked: list[tuple[str, str, int, str]]) -> np.ndarray:
        ranks = np.array([rank_of.get(org, NEUTRAL) for org, *_ in ranked] + [NEUTRAL], dtype=np.int32)
        return ranks[colour]  # NEUTRAL (-1) picks the last entry, NEUTRAL again

    def merged_spans(old: Spans, new: Spans, old_gone: np.ndarray) -> Spans:
        keep = np.flatnonzero(~old_gone)
        old_lane = old.lane[keep]
        lane = np.concatenate([new_index[old_lane], part_index[new.lane]]).astype(np.int32)
        within = np.concatenate([np.rint(old.row[keep] - old_tops[old_lane]),
                                 np.rint(new.row - part_tops[new.lane])])
        ids, labels = list(old.ids), list(old.labels)
        for index in reversed(np.flatnonzero(old_gone).tolist()):
            del ids[index], labels[index]
        if old.table == "terms":  # colour indices are institution ranks: ranked again above
            colour = np.concatenate([recoloured(old.colour[keep], layout.organisations),
                                     recoloured(new.colour, part.organisations)])
        else:
            colour = np.concatenate([old.colour[keep], new.colour])
        return Spans(
            old.table, ids + new.ids, lane, new_tops[lane] + within,
            *(np.concatenate([getattr(old, name)[keep], getattr(new, name)])
              for name in ("possible_start", "possible_end", "certain_start", "certain_end", "open_start", "open_end",
                           "ongoing")),
            colour, labels + new.labels)

    alleged_gone = np.isin(layout.conducts.lane, gone)
    undrawable = sorted([item for item in layout.undrawable
                         if not (item.table in _IN_PERSON_LANES and item.person in touched)] + part.undrawable,
                        key=lambda item: ("terms", "allegations", "events").index(item.table))
    hidden_versions = {group: count for group, count in layout.hidden_versions.items() if group not in claim_groups}
    hidden_versions.update(part.hidden_versions)
    return Layout(merged, merged_spans(layout.terms, part.terms, in_gone), layout.events,
                  merged_spans(layout.conducts, part.conducts, alleged_gone),
                  merged_spans(layout.mades, part.mades, alleged_gone),
                  organisations, undrawable, layout.as_of_day, hidden_versions, layout.as_of, options, position_terms)


def persons_matching(store: Store, wanted: list[str]) -> set[str]:
    """Person ids for ids or names (``person_dossier.match_persons``); raises KeyError naming a miss."""
    found: set[str] = set()
    for text in wanted:
        matches = match_persons(store, text)
        if not matches:
            raise KeyError(text)
        found.update(person["id"] for person in matches)
    return found

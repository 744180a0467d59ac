"""One person's dossier as data: what the dossier view and the printed report both show.

Everything here is worded for a reader and never upgrades a claim (design.md §2):
allegations become attributed sentences ("X alleges that Y … — made …, about
conduct in …; status: …"), every item carries its citations, uncited items say so,
and versions of one claim (a shared ``claim_group``) show the preferred one with
the others kept as alternatives.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import dates
from .names import fold
from .records import accuser_text, allegation_claim, status_name
from .schema import POINTING_TABLES
from .store import Change, Store
from .wording import QT_TRANSLATE_NOOP, isolate, number, translate

NOTICE = QT_TRANSLATE_NOOP(
    "person_dossier", "This dossier records allegations as its sources report them; it does not establish them."
)
_RANK_ORDER = {"preferred": 0, "normal": 1, "deprecated": 2}
_FIELD_NAMES = {
    "alleged_by_person_id": QT_TRANSLATE_NOOP("person_dossier", "who made it"),
    "alleged_by_org_id": QT_TRANSLATE_NOOP("person_dossier", "on whose behalf"),
    "subject_id": QT_TRANSLATE_NOOP("person_dossier", "whom it accuses"),
    "made_on": QT_TRANSLATE_NOOP("person_dossier", "when it was made"),
    "conduct_start": QT_TRANSLATE_NOOP("person_dossier", "when the conduct began"),
    "conduct_end": QT_TRANSLATE_NOOP("person_dossier", "when the conduct ended"),
    "event_id": QT_TRANSLATE_NOOP("person_dossier", "the event"),
    "person_id": QT_TRANSLATE_NOOP("person_dossier", "the person"),
    "position_id": QT_TRANSLATE_NOOP("person_dossier", "the position"),
    "name_native": QT_TRANSLATE_NOOP("person_dossier", "native name"),
}


def notice() -> str:
    """The fixed notice (design.md rule 8) in the reader's language."""
    return translate("person_dossier", NOTICE)


def field_name(column: str) -> str:
    """A cited column as a reader calls it ("made_on" → "when it was made")."""
    if column in _FIELD_NAMES:
        return translate("person_dossier", _FIELD_NAMES[column])
    return column.replace("_", " ")


def _listed(parts) -> str:
    """Parts of one phrase in a row: "a, b" (Persian writes its own comma)."""
    return translate("person_dossier", ", ").join(parts)


@dataclass(frozen=True)
class CitationItem:
    """One citation: which source, the exact quote, and where in the source."""

    id: str
    source_id: str
    source_title: str
    source_publisher: str | None
    source_published: str | None
    source_interested: bool
    quote: str
    field: str | None
    locator: str | None
    note: str | None

    @property
    def source_label(self) -> str:
        """"Title (Publisher, 7 Sep 2016)", with what is known."""
        details = [isolate(d) for d in (self.source_publisher, _short_date(self.source_published)) if d]
        if not details:
            return isolate(self.source_title)
        return translate("person_dossier", "{title} ({details})").format(
            title=isolate(self.source_title), details=_listed(details))

    @property
    def label(self) -> str:
        """One line naming the source and what it supports: "Title (…), for start: “quote”"."""
        supports = translate("person_dossier", ", for {field}").format(field=field_name(self.field)) if self.field else ""
        interested = translate("person_dossier", " [interested party]") if self.source_interested else ""
        return translate("person_dossier", "{source}{interested}{supports}: “{quote}”").format(
            source=self.source_label, interested=interested, supports=supports, quote=isolate(self.quote))


@dataclass(frozen=True)
class Alternative:
    """Another version of the same claim that the view does not show first."""

    record_id: str
    text: str
    rank: str
    citations: tuple[CitationItem, ...]


class _Cited:
    """A claim shown with its citations; flagged when it has none (design.md rule 1)."""

    citations: tuple
    alternatives: tuple = ()

    @property
    def uncited(self) -> bool:
        return not self.citations

    @property
    def sources_differ(self) -> bool:
        """Other versions of the claim exist (rows sharing a claim_group)."""
        return bool(self.alternatives)


# Rows about one person (``Change.persons`` names them), and citations and identifiers of any record.
_ABOUT_PERSONS = {"terms", "allegations", "aliases", "event_persons", *POINTING_TABLES}


@dataclass(frozen=True)
class OfficeItem(_Cited):
    """One term in office, with display texts and sort keys."""

    term_id: str
    position: str
    institution: str
    start: str | None
    end: str | None
    from_text: str
    to_text: str
    length_text: str
    length_days: int | None
    start_day: int | None
    end_day: int | None
    note: str | None
    rank: str
    rank_reason: str | None
    citations: tuple[CitationItem, ...]
    alternatives: tuple[Alternative, ...] = ()

    @property
    def span_text(self) -> str:
        return f"{self.from_text} – {self.to_text}"


@dataclass(frozen=True)
class AllegationItem(_Cited):
    """One allegation, attributed and dated twice (made on; about conduct in)."""

    id: str
    sentence: str
    accuser: str
    accuser_named: bool
    accuser_interested: bool
    summary: str
    role: str | None
    made_text: str
    conduct_text: str
    status: str
    grades_text: str
    offices_at_time: tuple[str, ...]
    event_id: str | None
    event_title: str | None
    citations: tuple[CitationItem, ...]


@dataclass(frozen=True)
class EventItem(_Cited):
    id: str
    title: str
    kind: str | None
    span_text: str
    place: str | None
    roles: str | None
    summary: str | None
    citations: tuple[CitationItem, ...]
    alternatives: tuple[Alternative, ...] = ()
    rank_reason: str | None = None


@dataclass(frozen=True)
class SourceItem:
    id: str
    title: str
    author: str | None
    publisher: str | None
    published_text: str | None
    kind: str
    url: str | None
    interested: bool
    excerpt: bool


@dataclass(frozen=True)
class PersonDossier(_Cited):
    """Everything shown about one person, in display order."""

    person_id: str
    notice: str
    dossier_title: str
    as_of_text: str | None
    name: str
    name_native: str | None
    aliases: tuple[str, ...]
    born_text: str | None
    died_text: str | None
    summary: str | None
    citations: tuple[CitationItem, ...]
    offices: tuple[OfficeItem, ...]
    allegations: tuple[AllegationItem, ...]
    events: tuple[EventItem, ...]
    sources: tuple[SourceItem, ...]
    known_by: str | None = None
    hidden_allegations: int = 0

    @property
    def life_text(self) -> str:
        """"born 1939 · 1317–1318; died …" or "" when no life date is recorded."""
        parts = []
        if self.born_text:
            parts.append(translate("person_dossier", "born {date}").format(date=isolate(self.born_text)))
        if self.died_text:
            parts.append(translate("person_dossier", "died {date}").format(date=isolate(self.died_text)))
        return translate("person_dossier", "; ").join(parts)

    def touched_by(self, change: Change) -> bool:
        """Whether a write may change what this dossier shows: it names the person (``Change.persons``),
        writes rows other than those about persons, or changes the citations of a record shown here."""
        if change.persons is None or self.person_id in change.persons or not change.tables <= _ABOUT_PERSONS:
            return True
        shown = {("persons", self.person_id), *(("allegations", item.id) for item in self.allegations)}
        for table, items, key in (("terms", self.offices, "term_id"), ("events", self.events, "id")):
            for item in items:
                shown.add((table, getattr(item, key)))
                shown.update((table, alternative.record_id) for alternative in item.alternatives)
        return any(key in shown or key[0] == "aliases" for key in change.pointed_at)

    def all_citations(self) -> list[CitationItem]:
        """Every citation in the order the dossier shows them (for numbering notes).

        Alternative versions' citations come right after the claim they differ from.
        """
        found = list(self.citations)
        for office in self.offices:
            found.extend(office.citations)
            for alternative in office.alternatives:
                found.extend(alternative.citations)
        for allegation in self.allegations:
            found.extend(allegation.citations)
        for event in self.events:
            found.extend(event.citations)
            for alternative in event.alternatives:
                found.extend(alternative.citations)
        return found


def notice_of(store: Store) -> str:
    """The dossier's own statement of what it is (design.md rule 8), or the fixed one."""
    description = (store.meta().get("description") or "").strip()
    return description or notice()


def build_person_dossier(store: Store, person_id: str, known_by: str | None = None) -> PersonDossier:
    """Assemble one person's dossier; raise KeyError when there is no such person.

    ``known_by`` (EDTF) leaves out the allegations made later than it (design.md §4).
    """
    person = store.get("persons", person_id)
    if person is None:
        raise KeyError(person_id)
    meta = store.meta()
    as_of_day = store.as_of_day()
    terms = store.terms(person_id)
    all_allegations = store.allegations(person_id)
    shown = store.allegations(person_id, known_by=known_by) if known_by else all_allegations
    events = store.events(person_id)
    cited = _Citations(store, {"persons": [person_id], "terms": [t["id"] for t in terms],
                               "allegations": [a["id"] for a in shown], "events": [e["id"] for e in events]})
    offices = _offices(cited, terms, meta.get("as_of"), as_of_day)
    return PersonDossier(
        person_id=person_id,
        notice=(meta.get("description") or "").strip() or notice(),
        dossier_title=meta.get("title") or "",
        as_of_text=dates.format_date(meta["as_of"]) if meta.get("as_of") else None,
        name=person["name"],
        name_native=person.get("name_native") or None,
        aliases=tuple(a["alias"] for a in store.aliases(person_id)),
        born_text=dates.format_both(person["born"]) if person.get("born") else None,
        died_text=dates.format_both(person["died"]) if person.get("died") else None,
        summary=person.get("summary") or None,
        citations=cited("persons", person_id),
        offices=offices,
        allegations=tuple(_allegation(cited, row, terms, as_of_day, _life_days(person)) for row in shown),
        events=_events(cited, events),
        sources=tuple(_source(row) for row in store.sources_of_person(person_id)),
        known_by=known_by,
        hidden_allegations=len(all_allegations) - len(shown),
    )


# --- citations and sources -------------------------------------------------------------


class _Citations:
    """A person's citations read in one query per table, then looked up by record (no N+1)."""

    def __init__(self, store: Store, ids_by_table: dict[str, list[str]]):
        self._items: dict[tuple[str, str], tuple[CitationItem, ...]] = {}
        for table, ids in ids_by_table.items():
            for record_id, rows in store.citations_of_records(table, ids).items():
                self._items[(table, record_id)] = tuple(_citation_item(row) for row in rows)

    def __call__(self, table: str, record_id: str) -> tuple[CitationItem, ...]:
        return self._items.get((table, record_id), ())


def _citation_item(row: dict) -> CitationItem:
    return CitationItem(
        id=row["id"], source_id=row["source_id"], source_title=row["source_title"],
        source_publisher=row["source_publisher"], source_published=row["source_published"],
        source_interested=bool(row["source_interested"]), quote=row["quote"],
        field=row["field"], locator=row["locator"], note=row["note"],
    )


def _source(row: dict) -> SourceItem:
    return SourceItem(
        id=row["id"], title=row["title"], author=row.get("author"), publisher=row.get("publisher"),
        published_text=dates.format_date(row["published"]) if row.get("published") else None,
        kind=row.get("kind") or "", url=row.get("url"),
        interested=bool(row.get("interested_party")), excerpt=bool(row.get("excerpt")),
    )


def _short_date(text: str | None) -> str | None:
    return dates.format_date(text, short=True) if text else None


# --- offices -----------------------------------------------------------------------------


def _offices(cited: _Citations, terms: list[dict], as_of: str | None, as_of_day: int) -> tuple[OfficeItem, ...]:
    shown = []
    for group in _claim_groups(terms):
        first, others = group[0], group[1:]
        alternatives = tuple(
            Alternative(
                record_id=other["id"],
                text=dates.format_span(other["start"], other["end"], as_of=as_of),
                rank=other["rank"],
                citations=cited("terms", other["id"]),
            )
            for other in others
        )
        shown.append(_office(cited, first, as_of, as_of_day, alternatives))
    return tuple(shown)


def _claim_groups(rows: list[dict]) -> list[list[dict]]:
    """Rows grouped by claim_group (ungrouped rows alone), the preferred version first.

    Groups keep the order of their first row, so a dossier reads chronologically.
    """
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row.get("claim_group") or f"\0{row['id']}", []).append(row)
    return [sorted(group, key=lambda r: _RANK_ORDER.get(r.get("rank") or "normal", 1)) for group in groups.values()]


def _office(cited: _Citations, term: dict, as_of: str | None, as_of_day: int, alternatives) -> OfficeItem:
    start, end = term["start"], term["end"]
    end_day = as_of_day if end == dates.ONGOING else term.get("end_latest")
    return OfficeItem(
        term_id=term["id"],
        position=term["position_title"],
        institution=term.get("organization_name") or "",
        start=start,
        end=end,
        from_text=dates.format_date(start, unknown=_unknown()),
        to_text=_to_text(end, as_of),
        length_text=_length_text(term, as_of_day),
        length_days=_length_days(term, as_of_day),
        start_day=term.get("start_earliest") if term.get("start_earliest") is not None else term.get("start_latest"),
        end_day=end_day,
        note=term.get("note"),
        rank=term.get("rank") or "normal",
        rank_reason=term.get("rank_reason"),
        citations=cited("terms", term["id"]),
        alternatives=alternatives,
    )


def _unknown() -> str:
    return translate("person_dossier", "unknown")


def _to_text(end: str | None, as_of: str | None) -> str:
    if end == dates.ONGOING:
        if as_of:
            return translate("person_dossier", "ongoing (as of {date})").format(
                date=isolate(dates.format_date(as_of, short=True)))
        return translate("person_dossier", "ongoing")
    return dates.format_date(end, unknown=_unknown())


def _term_edges(term: dict, as_of_day: int) -> tuple[int | None, int | None, int | None, int | None]:
    """(start earliest, start latest, end earliest, end latest); an ongoing end is as_of."""
    if term["end"] == dates.ONGOING:
        end_earliest = end_latest = as_of_day
    else:
        end_earliest, end_latest = term.get("end_earliest"), term.get("end_latest")
    return term.get("start_earliest"), term.get("start_latest"), end_earliest, end_latest


def _length_days(term: dict, as_of_day: int) -> int | None:
    """Days from the middle of the start's range to the middle of the end's; None if unknown."""
    start_earliest, start_latest, end_earliest, end_latest = _term_edges(term, as_of_day)
    if None in (start_earliest, start_latest, end_earliest, end_latest):
        return None
    return max(0, round((end_earliest + end_latest) / 2 - (start_earliest + start_latest) / 2))


def _length_text(term: dict, as_of_day: int) -> str:
    """"7 years 10 months" for exact days, "c. 8 years" when either end is imprecise."""
    days = _length_days(term, as_of_day)
    if days is None:
        return _unknown()
    start_earliest, start_latest, end_earliest, end_latest = _term_edges(term, as_of_day)
    exact = start_earliest == start_latest and end_earliest == end_latest
    months = round(days / 30.4375)
    years, rest = divmod(months, 12)
    if exact:
        if months == 0:
            return _days(days)
        if years and rest:
            return translate("person_dossier", "{years} {months}").format(years=_years(years), months=_months(rest))
        return _years(years) if years else _months(rest)
    about = translate("person_dossier", "c. {length}")
    if months < 24:
        return about.format(length=_months(max(months, 1)))
    return about.format(length=_years(round(days / 365.25)))


# One template for one and one for more: lupdate reads a domain plural only with a literal count.
def _days(count: int) -> str:
    template = translate("person_dossier", "1 day") if count == 1 else translate("person_dossier", "{count} days")
    return template.format(count=number(count))


def _months(count: int) -> str:
    template = translate("person_dossier", "1 month") if count == 1 else translate("person_dossier", "{count} months")
    return template.format(count=number(count))


def _years(count: int) -> str:
    template = translate("person_dossier", "1 year") if count == 1 else translate("person_dossier", "{count} years")
    return template.format(count=number(count))


# --- allegations -------------------------------------------------------------------------


def conduct_text(start: str | None, end: str | None) -> str:
    """When the alleged conduct happened: "in 1988", "on 19 July 1988", "from 1981 to 1988"."""
    if start is None and end is None:
        return translate("person_dossier", "at an unstated time")
    if end is None or end == start:
        return _at(start)
    if start is None:
        return translate("person_dossier", "until {date}").format(date=isolate(dates.format_date(end)))
    if end == dates.ONGOING:
        return translate("person_dossier", "since {date}").format(date=isolate(dates.format_date(start)))
    return translate("person_dossier", "from {start} to {end}").format(
        start=isolate(dates.format_date(start)), end=isolate(dates.format_date(end)))


def _at(text: str) -> str:
    """"on 19 July 1988" for a day, "in July 1988" for a longer or approximate period, "by 1988" as it is.

    Decided on the EDTF, not on the written words, which are the reader's language.
    """
    written = isolate(dates.format_date(text))
    if text.startswith("[.."):  # "by 1988" says when by itself
        return written
    approximate_or_open = text.endswith("..]") or "~" in text or "%" in text  # "1988 or later", "c. 1988"
    described_day = dates.strict_bounds(text)
    if not approximate_or_open and described_day.earliest == described_day.latest:
        return translate("person_dossier", "on {date}").format(date=written)
    return translate("person_dossier", "in {date}").format(date=written)


def made_text(made_on: str | None) -> str:
    if made_on:
        return translate("person_dossier", "made {date}").format(date=isolate(dates.format_date(made_on, short=True)))
    return translate("person_dossier", "date made not stated")


def allegation_sentence(row: dict) -> str:
    """The attributed sentence for one allegation with when it was made and its status."""
    return translate("person_dossier", "{claim} — {made}, about conduct {conduct}; status: {status}").format(
        claim=allegation_claim(row), made=made_text(row.get("made_on")),
        conduct=conduct_text(row.get("conduct_start"), row.get("conduct_end")), status=status_name(row["status"]))


def _grades_text(row: dict) -> str:
    grades = []
    if row.get("reliability"):
        grades.append(translate("person_dossier", "reliability of the accuser {grade}").format(grade=row["reliability"]))
    if row.get("credibility"):
        grades.append(translate("person_dossier", "credibility of the information {grade}").format(
            grade=row["credibility"]))
    return translate("person_dossier", "; ").join(grades) if grades else translate("person_dossier", "not graded")


def _conduct_days(row: dict, as_of_day: int) -> tuple[int | None, int | None]:
    """First and last day the conduct may have happened on: the days its dates name.

    An uncertain or approximate date ("1988-12?") still names its days (December
    1988): the parser's padding of a year either side would make "Supreme Leader
    (since June 1989)" an office held at the time of conduct in December 1988.
    """
    start, end = row.get("conduct_start"), row.get("conduct_end")
    named_start = dates.strict_bounds(start)
    named_end = dates.Bounds(as_of_day, as_of_day) if end == dates.ONGOING else dates.strict_bounds(end)
    first = next((d for d in (named_start.earliest, named_start.latest, named_end.earliest) if d is not None), None)
    last = next((d for d in (named_end.latest, named_start.latest) if d is not None), None)
    return first, last


def offices_at(terms: list[dict], first_day: int | None, last_day: int | None, as_of_day: int,
               life: tuple[int | None, int | None] = (None, None)) -> list[str]:
    """The offices held during [first_day, last_day], each "Title (span)".

    Held: the term's evidenced span (what the timeline draws solid) meets the period.
    Possibly held: only its possible span as drawn does, open sides bounded as the As of
    panel and the timeline bound them (``spans.bounded_term_spans``: the person's ``life``
    days, the same office's neighbouring terms, else a fade of ``spans.OPEN_FADE_DAYS``), so
    an office known only "at the time" (1988) is not offered for conduct years later. An
    unknown end does not count, so it is never guessed. Deprecated versions are left out.
    """
    from .spans import bounded_term_spans  # numpy stays out of this module's import path

    if first_day is None or last_day is None:
        return []
    terms = [t for t in terms if t.get("rank") != "deprecated" and (t["start"] is not None or t["end"] is not None)]
    if not terms:
        return []
    spans = bounded_term_spans(terms, {t["person_id"]: life for t in terms}, as_of_day=as_of_day)
    held, possibly = [], []
    for index, term in enumerate(terms):
        title = translate("person_dossier", "{title} ({span})").format(
            title=isolate(term["position_title"]), span=isolate(dates.format_span(term["start"], term["end"])))
        if spans.certain_start[index] <= last_day and spans.certain_end[index] > first_day:
            held.append(title)
        elif term["end"] is not None and spans.possible_start[index] <= last_day and spans.possible_end[index] > first_day:
            possibly.append(translate("person_dossier", "possibly {title}").format(title=title))
    return _unique(held + possibly)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _life_days(person: dict) -> tuple[int | None, int | None]:
    """First day the person may have been born on, last day they may have died on (None: unknown)."""
    return dates.bounds(person.get("born")).earliest, dates.bounds(person.get("died")).latest


def _allegation(cited: _Citations, row: dict, terms: list[dict], as_of_day: int,
                life: tuple[int | None, int | None]) -> AllegationItem:
    accuser, named = accuser_text(row)
    shown_terms = [t for group in _claim_groups(terms) for t in group[:1]]
    return AllegationItem(
        id=row["id"],
        sentence=allegation_sentence(row),
        accuser=accuser,
        accuser_named=named,
        accuser_interested=bool(row.get("accuser_org_interested")),
        summary=row["summary"],
        role=row.get("role"),
        made_text=made_text(row.get("made_on")),
        conduct_text=conduct_text(row.get("conduct_start"), row.get("conduct_end")),
        status=row["status"],
        grades_text=_grades_text(row),
        offices_at_time=tuple(offices_at(shown_terms, *_conduct_days(row, as_of_day), as_of_day, life)),
        event_id=row.get("event_id"),
        event_title=row.get("event_title"),
        citations=cited("allegations", row["id"]),
    )


# --- events ------------------------------------------------------------------------------


def _events(cited: _Citations, rows: list[dict]) -> tuple[EventItem, ...]:
    shown = []
    for group in _claim_groups(rows):
        first, others = group[0], group[1:]
        shown.append(EventItem(
            id=first["id"], title=first["title"], kind=first.get("kind"),
            span_text=dates.format_event_span(first["start"], first["end"]),
            place=first.get("place"), roles=first.get("roles"), summary=first.get("summary"),
            citations=cited("events", first["id"]),
            rank_reason=first.get("rank_reason"),
            alternatives=tuple(
                Alternative(o["id"], dates.format_event_span(o["start"], o["end"]), o["rank"], cited("events", o["id"]))
                for o in others
            ),
        ))
    return tuple(shown)


# --- finding a person ---------------------------------------------------------------------


def match_persons(store: Store, text: str) -> list[dict]:
    """Persons an id or a name stands for: the exact id, else every person a name fits.

    Names are compared folded (``names.fold``: case, accents and Persian letter forms
    ignored), so "rafsanjani" finds "Akbar Hashemi Rafsanjani". A name that is one
    person's alias and part of another's name ("Montazeri") stands for both: exact
    matches come first, and a caller that needs one person lists them all.
    """
    if store.get("persons", text):
        return [store.get("persons", text)]
    wanted = fold(text)
    if not wanted:
        return []
    written: dict[str, list[str]] = {}
    for person in store.rows("persons", order_by="name"):
        written[person["id"]] = [fold(person["name"]), fold(person.get("name_native"))]
    for alias in store.rows("aliases"):
        written.setdefault(alias["person_id"], []).append(fold(alias["alias"]))
    exact = [pid for pid, folded in written.items() if wanted in folded]
    partial = [pid for pid, folded in written.items() if pid not in exact and any(wanted in name for name in folded)]
    return [store.get("persons", pid) for pid in exact + partial]

"""How records are worded for a reader: names in lists, tooltips, the claim an allegation makes.

The one place that words records, for the views, the reports and the command line.
Allegations are always attributed, never worded as fact (design.md rule 2). Each
sentence template is marked for translation through ``wording`` (the domain's own markers,
which ``pyside6-lupdate`` extracts) so the domain stays free of Qt.
"""

from __future__ import annotations

from . import dates
from .store import Store
from .wording import QT_TRANSLATE_NOOP, isolate, number, translate

ACCUSER_NOT_NAMED = QT_TRANSLATE_NOOP("records", "accuser not named in the source")

RECORD_NAMES = {
    "persons": QT_TRANSLATE_NOOP("records", "person"),
    "organizations": QT_TRANSLATE_NOOP("records", "organization"),
    "positions": QT_TRANSLATE_NOOP("records", "position"),
    "terms": QT_TRANSLATE_NOOP("records", "term in office"),
    "events": QT_TRANSLATE_NOOP("records", "event"),
    "allegations": QT_TRANSLATE_NOOP("records", "allegation"),
    "sources": QT_TRANSLATE_NOOP("records", "source"),
    "aliases": QT_TRANSLATE_NOOP("records", "alias"),
}


def record_name(table: str) -> str:
    """What one record of ``table`` is called in running text ("term in office"), translated."""
    return translate("records", RECORD_NAMES[table])


# Stored values stay English (the schema checks them); these are what a reader is shown.
_STATUS_NAMES = {
    "alleged": QT_TRANSLATE_NOOP("records", "alleged"),
    "corroborated": QT_TRANSLATE_NOOP("records", "corroborated"),
    "disputed": QT_TRANSLATE_NOOP("records", "disputed"),
    "denied": QT_TRANSLATE_NOOP("records", "denied"),
    "adjudicated": QT_TRANSLATE_NOOP("records", "adjudicated"),
}
_RANK_NAMES = {
    "preferred": QT_TRANSLATE_NOOP("records", "preferred"),
    "normal": QT_TRANSLATE_NOOP("records", "normal"),
    "deprecated": QT_TRANSLATE_NOOP("records", "deprecated"),
}


def status_name(status: str) -> str:
    """An allegation's status as the reader's language calls it (the stored value otherwise)."""
    return translate("records", _STATUS_NAMES[status]) if status in _STATUS_NAMES else status


def rank_name(rank: str) -> str:
    """A claim version's rank (preferred, normal, deprecated) in the reader's language."""
    return translate("records", _RANK_NAMES[rank]) if rank in _RANK_NAMES else rank


_KIND_LABELS = {
    "persons": QT_TRANSLATE_NOOP("records", "Person"), "aliases": QT_TRANSLATE_NOOP("records", "Alias"),
    "terms": QT_TRANSLATE_NOOP("records", "Office"), "events": QT_TRANSLATE_NOOP("records", "Event"),
    "allegations": QT_TRANSLATE_NOOP("records", "Allegation"),
    "organizations": QT_TRANSLATE_NOOP("records", "Organization"),
    "positions": QT_TRANSLATE_NOOP("records", "Position"), "sources": QT_TRANSLATE_NOOP("records", "Source"),
    "event_persons": QT_TRANSLATE_NOOP("records", "Event role"),
}


# --- allegations ---------------------------------------------------------------------


def accuser_text(row: dict) -> tuple[str, bool]:
    """Who alleges, as the source names them: "Org (Speaker)", and whether anyone is named."""
    org, speaker = row.get("accuser_org_name"), row.get("accuser_person_name")
    if org and speaker:
        return translate("records", "{org} ({speaker})").format(org=isolate(org), speaker=isolate(speaker)), True
    if org or speaker:
        return isolate(org or speaker), True
    return translate("records", ACCUSER_NOT_NAMED), False


def allegation_claim(row: dict) -> str:
    """Who alleges what against whom, never worded as fact (design.md rule 2).

    ``summary`` holds the content of the claim as a predicate ("was directly linked
    to …"), so the sentence reads "NCRI (Mohammad Mohaddessin) alleges that Ali
    Khamenei was directly linked to …".
    """
    accuser, named = accuser_text(row)
    template = (translate("records", "{accuser} alleges that {subject} {summary}") if named else
                translate("records", "It is alleged ({accuser}) that {subject} {summary}"))
    return template.format(accuser=accuser, subject=isolate(row["subject_name"]), summary=isolate(row["summary"]))


# --- a record's name in lists --------------------------------------------------------


def record_label(store: Store, table: str, row: dict | None) -> str:
    """A short human name for a row, for lists and combo boxes."""
    if row is None:
        return ""
    if table in ("persons", "organizations"):
        return row["name"]
    if table in ("positions", "events", "sources"):
        return row["title"]
    if table == "terms":
        person, position = store.get("persons", row["person_id"]), store.get("positions", row["position_id"])
        return translate("records", "{person}: {position} ({span})").format(
            person=person["name"] if person else row["person_id"],
            position=position["title"] if position else row["position_id"],
            span=dates.format_span(row["start"], row["end"], short=True))
    if table == "allegations":
        joined = store.allegation(row["id"])
        return allegation_claim(joined) if joined else row["summary"]
    if table == "aliases":
        return row["alias"]
    return row.get("id", "")


def citation_target_label(store: Store, table: str, record_id: str) -> str:
    """Any record a citation can point at, with its kind: "Office: Mayor — John Doe (2013–)"."""
    kind = translate("records", _KIND_LABELS[table]) if table in _KIND_LABELS else table
    row = store.get(table, record_id)
    if row is None:
        return translate("records", "{kind} {id} (missing)").format(kind=kind, id=record_id)
    labelled = translate("records", "{kind}: {label}")
    if table == "terms":
        term = store.term(record_id) or row
        return translate("records", "{kind}: {position} — {person} ({span})").format(
            kind=kind, position=isolate(term.get("position_title", "")), person=isolate(term.get("person_name", "")),
            span=isolate(dates.format_span(row["start"], row["end"])))
    if table == "allegations":
        joined = store.allegation(record_id)
        accuser, _ = accuser_text(joined)
        return translate("records", "{kind}: {accuser} about {subject}: {summary}").format(
            kind=kind, accuser=accuser, subject=isolate(joined["subject_name"]), summary=isolate(row["summary"]))
    if table == "persons":
        return labelled.format(kind=kind, label=isolate(row["name"]))
    if table == "events":
        return labelled.format(kind=kind, label=isolate(row["title"]))
    if table == "aliases":
        return labelled.format(kind=kind, label=isolate(row["alias"]))
    return labelled.format(kind=kind, label=isolate(row.get("name") or row.get("title") or record_id))


# --- tooltips ------------------------------------------------------------------------


def _sources_line(store: Store, table: str, row_id: str) -> str:
    count = store.source_count(table, row_id)
    if count == 0:
        return translate("records", "No source cited")
    if count == 1:
        return translate("records", "1 source")
    return translate("records", "{count} sources").format(count=number(count))


def _versions_lines(store: Store, table: str, row: dict) -> list[str]:
    others = store.other_versions(table, row)
    if not others:
        return []
    template = (translate("records", "Sources differ: {count} other version of this claim") if others == 1
                else translate("records", "Sources differ: {count} other versions of this claim"))
    return [template.format(count=number(others))]


def tooltip_text(store: Store, table: str, row_id: str) -> str:
    """What a timeline tooltip says about a term, event or allegation; "" when it no longer exists."""
    as_of = store.as_of
    if table == "terms":
        t = store.term(row_id)
        if t is None:
            return ""
        position = t["position_title"] + (f" — {t['organization_name']}" if t["organization_name"] else "")
        lines = [t["person_name"], position, dates.format_span(t["start"], t["end"], as_of=as_of)]
        if t["note"]:
            lines.append(t["note"])
        return "\n".join(lines + _versions_lines(store, "terms", t) + [_sources_line(store, "terms", row_id)])
    if table == "events":
        e = store.get("events", row_id)
        if e is None:
            return ""
        when = dates.format_date(e["start"]) if e["end"] is None else dates.format_span(e["start"], e["end"], as_of=as_of)
        lines = [e["title"] + (f" ({e['kind']})" if e["kind"] else ""), when]
        if e["place"]:
            lines.append(e["place"])
        return "\n".join(lines + _versions_lines(store, "events", e) + [_sources_line(store, "events", row_id)])
    if table == "allegations":
        a = store.allegation(row_id)
        if a is None:
            return ""
        conduct = dates.format_date(a["conduct_start"]) if a["conduct_end"] in (None, a["conduct_start"]) \
            else dates.format_span(a["conduct_start"], a["conduct_end"], as_of=as_of)
        interested = translate("records", " (the accuser is an interested party)") \
            if a["accuser_org_interested"] else ""
        lines = [allegation_claim(a) + interested,
                 translate("records", "Conduct: {conduct} · made {made}").format(
                     conduct=conduct, made=dates.format_date(a["made_on"])),
                 translate("records", "Status: {status}").format(status=status_name(a["status"]))]
        if a["event_title"]:
            lines.append(translate("records", "Event: {title}").format(title=a["event_title"]))
        return "\n".join(lines + [_sources_line(store, "allegations", row_id)])
    return ""

"""Plain-text descriptions of timeline items for tooltips and lists: who, what, dates as written, sources."""

from __future__ import annotations

from ...domain import dates
from ...domain.person_dossier import allegation_claim
from ...domain.store import Store


def _sources(store: Store, table: str, row_id: str) -> str:
    count = store.source_count(table, row_id)
    if count == 0:
        return "No source cited"
    return "1 source" if count == 1 else f"{count} sources"


def _versions(store: Store, table: str, row: dict) -> list[str]:
    others = store.other_versions(table, row)
    return [f"Sources differ: {others} other version{'s' if others > 1 else ''} of this claim"] if others else []


def describe(store: Store, table: str, row_id: str) -> str:
    """What a tooltip says about a term, event or allegation; "" when it no longer exists."""
    as_of = store.as_of
    if table == "terms":
        t = store.term(row_id)
        if t is None:
            return ""
        lines = [t["person_name"], t["position_title"] + (f" — {t['organization_name']}" if t["organization_name"] else ""),
                 dates.format_span(t["start"], t["end"], as_of=as_of)]
        if t["note"]:
            lines.append(t["note"])
        return "\n".join(lines + _versions(store, "terms", t) + [_sources(store, "terms", row_id)])
    if table == "events":
        e = store.get("events", row_id)
        if e is None:
            return ""
        when = dates.format_date(e["start"]) if e["end"] is None else dates.format_span(e["start"], e["end"], as_of=as_of)
        lines = [e["title"] + (f" ({e['kind']})" if e["kind"] else ""), when]
        if e["place"]:
            lines.append(e["place"])
        return "\n".join(lines + _versions(store, "events", e) + [_sources(store, "events", row_id)])
    if table == "allegations":
        a = store.allegation(row_id)
        if a is None:
            return ""
        conduct = dates.format_date(a["conduct_start"]) if a["conduct_end"] in (None, a["conduct_start"]) \
            else dates.format_span(a["conduct_start"], a["conduct_end"], as_of=as_of)
        interested = " (the accuser is an interested party)" if a["accuser_org_interested"] else ""
        lines = [allegation_claim(a) + interested,
                 f"Conduct: {conduct} · made {dates.format_date(a['made_on'])}", f"Status: {a['status']}"]
        if a["event_title"]:
            lines.append(f"Event: {a['event_title']}")
        return "\n".join(lines + [_sources(store, "allegations", row_id)])
    return ""

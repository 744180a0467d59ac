"""FollowTheMoney (FtM): the entity model of OCCRP's Aleph and of OpenSanctions, read and written.

Reading: a file of JSON lines, one entity a line (``entities.ftm.json``, Aleph
exports), streamed. Each entity is checked by the ``followthemoney`` library
(its schema exists, every property value is valid for its type, required
properties are there) and by the dossier's own rules (a date must be exactly an
ISO prefix: FtM would read ``1988~`` as ``1988`` and drop the qualifier, so it is
refused, not guessed). Person, Organization (and its kinds: PublicBody, Company…),
Position and Occupancy become persons, aliases, organizations, positions and
terms; every other schema is counted as skipped.

Writing: Person, Organization, Position and Occupancy, plus each source as a
Document, each citation as a Documentation tying it to the entity it supports
(its quote the summary) and each allegation as a Note on its subject. FtM dates
are ISO prefixes: an EDTF date becomes its prefix where it has one, and its
qualifier ("c.", "?", "on or before") goes into the entity's description in
words; the exact EDTF, the native name and the term's note travel in a
``dossier_timeline`` key beside ``properties``, which FtM keeps as context, so an
export read back gives the same persons, positions and terms.

``followthemoney`` takes over a second to import: this module is imported only
when an FtM file is read or written.
"""

from __future__ import annotations

import json
from pathlib import Path

from followthemoney import model
from followthemoney.exc import InvalidData

from . import dates
from .datasets import (
    MAX_DEPTH, Dataset, Location, Problems, Record, check_size, common_date, depth_problem, file_day, iso_day,
    quote_of, sha256_of,
)
from .exchange import strict_json, write_atomically
from .store import Store
from . import wording
from .wording import translate

MAX_LINE_BYTES = 2 * 1024 * 1024
CONTEXT = "dossier_timeline"  # our exact values FtM has no property for
_PERSON, _ORGANIZATION, _POSITION, _OCCUPANCY = (model.get(n) for n in ("Person", "Organization", "Position",
                                                                       "Occupancy"))
_KEPT_AS_WRITTEN = ("name", "string", "text")  # FtM's cleaning would drop the ZWNJ Persian names hold
_DATE_WORDS = {"~": "circa", "?": "uncertain", "%": "circa and uncertain"}


# --- reading ---------------------------------------------------------------------------


def read_ftm(path: Path | str) -> Dataset:
    """Read and validate an FtM file whole; ExchangeError naming each bad line and property."""
    path = Path(path)
    size = check_size(path)
    problems = Problems(path.name)
    entities: dict[str, tuple[object, dict, str, Location]] = {}
    skipped: dict[str, int] = {}
    last_seen: list[str] = []
    with path.open("rb") as stream:
        offset, number = 0, 0
        for raw in stream:
            number += 1
            start, offset = offset, offset + len(raw)
            line = raw.rstrip(b"\r\n")
            if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line, start = line[3:], start + 3
            if not line.strip():
                continue
            if len(line) > MAX_LINE_BYTES:
                problems.add(_line(number), translate("ftm", "{size} bytes is longer than the {limit} a line may be").format(
                    size=wording.number(len(line)), limit=wording.number(MAX_LINE_BYTES)))
                continue
            parsed = _entity(line, number, problems)
            if parsed is None:
                continue
            schema, data = parsed
            if not _imported(schema):
                entities_of = translate("ftm", "{schema} entities").format(schema=schema.name)
                skipped[entities_of] = skipped.get(entities_of, 0) + 1
                continue
            if data["id"] in entities:
                problems.add(f"{_line(number)}: id", translate("ftm", "{id} is also the id of line {line}").format(
                    id=repr(data["id"]), line=wording.number(entities[data["id"]][3].line)))
                continue
            text = line.decode("utf-8")
            entities[data["id"]] = (schema, data, text, Location(number, start, start + len(line)))
            last_seen.extend(_dated_context(data))
            if problems.full:
                break
    dataset = Dataset(path, sha256_of(path), size, None)
    dataset.skipped.update(skipped)
    _map_entities(entities, dataset, problems)
    problems.raise_any()
    days = [iso_day(value) for value in last_seen]
    dataset.date = max(days) if days else file_day(path)
    return dataset


def _entity(line: bytes, number: int, problems: Problems):
    """(schema, entity) for a valid line, else None with its problems added."""
    where = _line(number)
    try:
        data = strict_json(line.decode("utf-8"))
    except UnicodeDecodeError as error:
        problems.add(where, translate("ftm", "not UTF-8 text (byte {byte})").format(byte=wording.number(error.start)))
        return None
    except json.JSONDecodeError as error:
        problems.add(where, translate("ftm", "not valid JSON: {problem} at column {column}").format(
            problem=error.msg, column=wording.number(error.colno)))
        return None
    except (ValueError, RecursionError) as error:
        problems.add(where, str(error) if isinstance(error, ValueError) else translate(
            "datasets", "nested more than {limit} levels deep").format(limit=wording.number(MAX_DEPTH)))
        return None
    if not isinstance(data, dict):
        problems.add(where, translate("ftm", "an entity must be a JSON object with id, schema and properties"))
        return None
    deep = depth_problem(data)
    if deep:
        problems.add(where, deep)
        return None
    if not isinstance(data.get("id"), str) or not data["id"].strip():
        problems.add(f"{where}: id", translate("ftm", "missing; every entity needs an id"))
        return None
    schema = model.get(data["schema"]) if isinstance(data.get("schema"), str) else None
    if schema is None:
        problems.add(f"{where}: schema", translate("ftm", "{schema} is not a followthemoney schema").format(
            schema=repr(data.get("schema"))))
        return None
    if not _imported(schema):
        return schema, data  # counted as skipped: its properties are not read
    properties = data.get("properties")
    if not isinstance(properties, dict) or not all(
            isinstance(values, list) and all(isinstance(v, str) for v in values) for values in properties.values()):
        problems.add(f"{where}: properties", translate("ftm", "must map each property to a list of texts"))
        return None
    bad = False
    try:
        schema.validate(data)
    except InvalidData as error:
        for name, message in sorted(error.errors.get("properties", {}).items()):
            problems.add(f"{where}: {name}", str(message))
        bad = True
    for name in sorted(properties):
        prop = schema.properties.get(name)
        if prop is None:
            problems.add(f"{where}: {name}", translate("ftm", "{schema} has no property {name} in followthemoney").format(
                schema=schema.name, name=repr(name)))
            bad = True
        elif prop.type.name == "date":
            for value in properties[name]:
                cleaned = prop.type.clean_text(value)
                if cleaned != value:
                    problems.add(f"{where}: {name}", (
                        translate("ftm", "{value} is not an ISO date (followthemoney would read it as {read_as})")
                        if cleaned else translate("ftm", "{value} is not an ISO date")).format(
                        value=repr(value), read_as=repr(cleaned)))
                    bad = True
    for name in sorted(schema.required):
        if not properties.get(name):
            problems.add(f"{where}: {name}", translate("ftm", "required for {schema}").format(schema=schema.name))
            bad = True
    context = data.get(CONTEXT)
    if context is not None and not (isinstance(context, dict) and all(
            isinstance(v, str) for v in context.values())):
        problems.add(f"{where}: {CONTEXT}", translate("ftm", "must map columns to texts"))
        bad = True
    return None if bad else (schema, data)


def _imported(schema) -> bool:
    return any(schema.is_a(kind) for kind in (_PERSON, _ORGANIZATION, _POSITION, _OCCUPANCY))


def _dated_context(data: dict) -> list[str]:
    """The days an entity says it was current on: OpenSanctions' last_seen, FtM's retrievedAt."""
    found = [data["last_seen"]] if isinstance(data.get("last_seen"), str) else []
    found.extend(data["properties"].get("retrievedAt", []))
    return [value for value in found if len(value) >= 10 and _is_day(value[:10])]


def _is_day(value: str) -> bool:
    try:
        dates.validate(value)
    except dates.DateError:
        return False
    return True


def _map_entities(entities: dict, dataset: Dataset, problems: Problems) -> None:
    for key, (schema, data, text, location) in entities.items():
        quote, location = quote_of(text, location)
        where = _line(location.line)
        props, exact = data["properties"], data.get(CONTEXT) or {}
        identifiers = [("ftm", key)] + [("wikidata", q) for q in props.get("wikidataId", [])]
        if key[:1] == "Q" and key[1:].isdigit() and ("wikidata", key) not in identifiers:
            identifiers.append(("wikidata", key))  # OpenSanctions keys persons by their Wikidata QID
        record = Record(key, {}, quote, location, identifiers)
        if schema.is_a(_PERSON):
            names = props.get("name", [])
            record.row = {
                "name": names[0], "name_native": exact.get("name_native"),
                "born": _date(props, "birthDate", exact.get("born"), where, problems),
                "died": _date(props, "deathDate", exact.get("died"), where, problems),
                "summary": _first(props, "summary"), "note": _person_note(props),
            }
            record.aliases = [n for n in names[1:] + props.get("alias", []) + props.get("previousName", [])
                              + props.get("weakAlias", []) if n != exact.get("name_native")]
            dataset.persons[key] = record
        elif schema.is_a(_OCCUPANCY):
            holder, post = props["holder"][0], props["post"][0]
            if entities.get(holder, (None,))[0] is None or not entities[holder][0].is_a(_PERSON):
                problems.add(f"{where}: holder", translate("ftm", "no Person with id {id} in this file").format(
                    id=repr(holder)))
                continue
            if entities.get(post, (None,))[0] is None or not entities[post][0].is_a(_POSITION):
                problems.add(f"{where}: post", translate("ftm", "no Position with id {id} in this file").format(
                    id=repr(post)))
                continue
            end = _date(props, "endDate", exact.get("end"), where, problems)
            record.row = {"start": _date(props, "startDate", exact.get("start"), where, problems), "end": end,
                          "note": exact["note"] if "note" in exact else _first(props, "summary")}
            record.refs = {"person_id": holder, "position_id": post}
            if end is None and "end" not in exact and "current" in props.get("status", []):
                dataset.ongoing.add(key)
            dataset.terms[key] = record
        elif schema.is_a(_POSITION):
            organization = _first(props, "organization")
            if organization is not None and (entities.get(organization, (None,))[0] is None
                                             or not entities[organization][0].is_a(_ORGANIZATION)):
                dataset.skipped[translate("ftm", "links from a Position to an organization not in the file")] += 1
                organization = None  # the position stands without its institution; the count says so
            record.row = {"title": props["name"][0]}
            record.refs = {"organization_id": organization} if organization else {}
            dataset.positions[key] = record
        else:
            if not props.get("name"):
                problems.add(f"{where}: name", translate("ftm", "required for an organization"))
                continue
            record.row = {"name": props["name"][0], "kind": exact.get("kind", schema.label.lower()),
                          "country": _first(props, "country") or _first(props, "jurisdiction"),
                          "summary": _first(props, "summary")}
            dataset.organizations[key] = record


def _line(number: int) -> str:
    """Where in the file a problem is: its line, as the reader counts."""
    return translate("ftm", "line {number}").format(number=wording.number(number))


def _first(props: dict, name: str) -> str | None:
    values = props.get(name)
    return values[0] if values else None


def _person_note(props: dict) -> str | None:
    lines = list(props.get("notes", []))
    if props.get("nationality"):
        lines.append(f"Nationality (FtM): {', '.join(props['nationality'])}")
    return "\n".join(lines) or None


def _date(props: dict, name: str, exact: str | None, where: str, problems: Problems) -> str | None:
    """The EDTF date of a property: our exact value when we wrote it, else the ISO prefix (cut to the day).

    Several values keep only what they share (1950-01-02 and 1950-03 → 1950): never a guess between them.
    """
    if exact is not None:
        try:
            dates.validate(exact, end=True)
        except dates.DateError as error:
            problems.add(f"{where}: {CONTEXT}", str(error))
            return None
        return exact
    value = common_date(iso_day(v) for v in props.get(name, []))
    if value is None:
        return None
    try:
        dates.validate(value)
    except dates.DateError as error:
        problems.add(f"{where}: {name}", str(error))
        return None
    return value


# --- writing ---------------------------------------------------------------------------


def prefix_and_words(value: str | None) -> tuple[str | None, str | None]:
    """An EDTF date as an FtM ISO prefix plus, when the prefix says less, the rest in words.

    "1988" → ("1988", None); "1988~" → ("1988", "circa 1988"); "[..1988]" → (None, "on or before 1988");
    ".." → (None, None): ongoing is said by the Occupancy's status.
    """
    if value is None or value == dates.ONGOING:
        return None, None
    if value.startswith("[..") and value.endswith("]"):
        return None, f"on or before {value[3:-1]}"
    if value.startswith("[") and value.endswith("..]"):
        return None, f"on or after {value[1:-3]}"
    if value[-1] in _DATE_WORDS:
        plain = value[:-1]
        return (plain if _is_day(plain) else None), f"{_DATE_WORDS[value[-1]]} {plain}"
    if _is_day(value) and len(value) in (4, 7, 10):
        return value, None
    return None, f"EDTF {value}"


class _Entities:
    """FtM entities being written, each made and checked by the followthemoney library."""

    def __init__(self):
        self.lines: list[str] = []

    def add(self, schema: str, entity_id: str, properties: dict, exact: dict | None = None,
            words: list[str] | None = None) -> None:
        proxy = model.make_entity(schema)
        proxy.id = entity_id
        words = list(words or [])
        for name, values in properties.items():
            prop = proxy.schema.properties[name]
            for value in (values if isinstance(values, list) else [values]):
                if value in (None, ""):
                    continue
                if prop.type.name in _KEPT_AS_WRITTEN:
                    proxy.add(prop, value, cleaned=True)
                elif proxy.unsafe_add(prop, value) is None:  # FtM's reading: "Iran" → "ir"
                    words.append(f"{prop.label.lower()}: {value}")  # no value FtM takes: said in words
        if words:
            proxy.add("description", "; ".join(words), cleaned=True)
        data = proxy.to_dict()
        proxy.schema.validate(data)  # every value valid for its property's type, or InvalidData
        missing = [name for name in proxy.schema.required if not proxy.has(name)]
        if missing:
            raise InvalidData(f"{schema} {entity_id}: {', '.join(missing)} required")
        exact = {k: v for k, v in (exact or {}).items() if v is not None}
        if exact:
            data[CONTEXT] = exact
        self.lines.append(json.dumps(data, ensure_ascii=False, sort_keys=True))


def _dated(entities_words: list[str], label: str, value: str | None, exact: dict, column: str) -> str | None:
    prefix, words = prefix_and_words(value)
    if words:
        entities_words.append(f"{label}: {words}")
    if value not in (None, dates.ONGOING) and prefix != value:
        exact[column] = value
    return prefix


def export_ftm(store: Store, path: Path | str) -> int:
    """Write the dossier as FtM JSON lines (atomically); the number of entities written."""
    out = _Entities()
    as_of = store.as_of
    for row in store.rows("organizations"):
        out.add("Organization", row["id"], {"name": row["name"], "country": row["country"],
                                            "summary": row["summary"]}, {"kind": row["kind"]})
    for row in store.rows("positions"):
        out.add("Position", row["id"], {"name": row["title"], "organization": row["organization_id"]})
    for row in store.rows("persons"):
        words, exact = [], {"name_native": row["name_native"]}
        born = _dated(words, "born", row["born"], exact, "born")
        died = _dated(words, "died", row["died"], exact, "died")
        aliases = [a["alias"] for a in store.aliases(row["id"])]
        out.add("Person", row["id"], {"name": row["name"], "alias": aliases + [row["name_native"]],
                                      "birthDate": born, "deathDate": died, "summary": row["summary"],
                                      "notes": row["note"]}, exact, words)
    for row in store.rows("terms"):
        words, exact = [], {"note": row["note"]} if row["note"] else {}
        start = _dated(words, "start", row["start"], exact, "start")
        end = _dated(words, "end", row["end"], exact, "end")
        if row["rank"] != "normal" or row["claim_group"]:
            words.append(f"rank {row['rank']}" + (f" ({row['rank_reason']})" if row["rank_reason"] else "")
                         + (f", one version of claim {row['claim_group']}" if row["claim_group"] else ""))
        status = "current" if row["end"] == dates.ONGOING else "ended" if row["end"] else None
        out.add("Occupancy", row["id"], {"holder": row["person_id"], "post": row["position_id"],
                                         "startDate": start, "endDate": end, "status": status,
                                         "summary": row["note"],
                                         "retrievedAt": as_of if status == "current" and _is_day(as_of or "") else None},
                exact, words)
    files = {row[0]: row[1] for row in store.db.execute("SELECT source_id, file_name FROM source_originals")}
    for row in store.rows("sources"):
        words = []
        published = _dated(words, "published", row["published"], {}, "published")
        properties = {"title": row["title"], "author": row["author"], "publisher": row["publisher"],
                      "publishedAt": published, "sourceUrl": row["url"]}
        if files.get(row["id"]):  # a stored file is an FtM Document (which needs its file name)
            out.add("Document", row["id"], {**properties, "fileName": files[row["id"]]}, words=words)
        else:
            out.add("Article", row["id"], properties, words=words)
    exported = {"persons", "organizations", "positions", "terms"}
    for row in store.rows("citations"):
        target = _cited_entity(store, row)
        if target is None or target[0] not in exported:
            continue
        out.add("Documentation", row["id"], {"document": row["source_id"], "entity": target[1],
                                             "role": row["locator"], "summary": row["quote"]})
    for row in store.allegations():
        accuser = row["accuser_person_name"] or row["accuser_org_name"] or "an accuser not named in the source"
        made = row["made_on"] or "an unknown date"
        out.add("Note", row["id"], {"entity": row["subject_id"], "name": f"Allegation ({row['status']})",
                                    "description": f"{accuser} alleges, on {made}: {row['summary']}"})
    write_atomically(Path(path), ("\n".join(out.lines) + "\n").encode("utf-8"))
    return len(out.lines)


def _cited_entity(store: Store, citation: dict) -> tuple[str, str] | None:
    """The exported entity a citation supports: the row itself, or the person an alias belongs to."""
    table, row_id = citation["record_table"], citation["record_id"]
    if table == "aliases":
        alias = store.get("aliases", row_id)
        return ("persons", alias["person_id"]) if alias else None
    return table, row_id


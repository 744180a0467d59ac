"""Popolo: the open standard for politicians' data (EveryPolitician), read into the dossier.

No maintained library reads Popolo, so this is a small mapping of the
specification's classes (popoloproject.com/specs): ``persons`` (with
``other_names`` as aliases, in any script, and ``identifiers``: a ``wikidata``
one matches a person already in the dossier), ``organizations`` (their
``classification`` the kind), ``posts`` and ``memberships`` (a term each: the
post's label is the position, or "<Role or Member> of <organization>" where the
membership names no post). A membership without dates takes its legislative
period's (an EveryPolitician ``events`` entry), and its note says so.
Memberships may be top-level or inside their person, posts inside their
organization, as the specification's examples write them.

The file is one JSON document, so each record's place is its JSON pointer; a
walk over the text finds each record's byte range for its citation.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .datasets import (
    Dataset, Location, Problems, Record, check_size, depth_problem, file_day, is_iso_date, quote_of, sha256_of,
)
from .exchange import MAX_FILE_BYTES, ExchangeError, decode_text, strict_json
from .wording import number, translate

KNOWN = ("persons", "organizations", "memberships", "posts", "events")
_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_WALKED_DEPTH = 3  # top object, its lists, their records, a record's lists (memberships in a person)


def read_popolo(path: Path | str) -> Dataset:
    """Read and validate a Popolo JSON file whole; ExchangeError naming each bad record and field."""
    path = Path(path)
    size = check_size(path, MAX_FILE_BYTES)  # one JSON document, read whole: the exchange file's limit
    raw = path.read_bytes()
    text = decode_text(raw, path.name)
    bom = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    name = path.name
    try:
        document = strict_json(text)
    except json.JSONDecodeError as error:
        raise ExchangeError([translate("popolo", "{name}: not valid JSON: {problem} at line {line}, column {column}").format(
            name=name, problem=error.msg, line=number(error.lineno), column=number(error.colno))]) from None
    except RecursionError:
        raise ExchangeError([translate("popolo", "{name}: nested too deeply").format(name=name)]) from None
    except ValueError as error:
        raise ExchangeError([f"{name}: {error}"]) from None
    if not isinstance(document, dict) or not any(isinstance(document.get(k), list) for k in ("persons", "memberships")):
        raise ExchangeError([translate("popolo", "{name}: not Popolo: expected an object with persons and memberships "
                                                 "lists").format(name=name)])
    deep = depth_problem(document)
    if deep:
        raise ExchangeError([f"{name}: {deep}"])
    locations = _locations(text, bom)
    reader = _Reader(path, document, locations, Dataset(path, sha256_of(path), size, file_day(path)))
    reader.read()
    return reader.dataset


class _Reader:
    def __init__(self, path: Path, document: dict, locations: dict[str, tuple[str, Location]], dataset: Dataset):
        self.document, self.locations, self.dataset = document, locations, dataset
        self.problems = Problems(path.name)
        self.organization_names: dict[str, str] = {}
        self.posts: dict[str, dict] = {}
        self.periods: dict[str, dict] = {}

    def read(self) -> None:
        document, dataset = self.document, self.dataset
        for key in sorted(set(document) - set(KNOWN)):
            count = len(document[key]) if isinstance(document[key], list) else 1
            dataset.skipped[translate("popolo", "{key} (not read)").format(key=key)] += count
        for pointer, organization in self._records("organizations"):
            self._organization(pointer, organization)
            for index, post in enumerate(organization.get("posts") or []):
                self._post(f"{pointer}/posts/{index}", post, organization.get("id"))
        for pointer, post in self._records("posts"):
            self._post(pointer, post, post.get("organization_id"))
        for pointer, event in self._records("events"):
            if event.get("classification") == "legislative period" and isinstance(event.get("id"), str):
                self._dates(pointer, event, ("start_date", "end_date"))
                self.periods[event["id"]] = event
            else:
                dataset.skipped[translate("popolo", "events (not legislative periods)")] += 1
        for pointer, person in self._records("persons"):
            key = self._person(pointer, person)
            for index, membership in enumerate(person.get("memberships") or []):
                self._membership(f"{pointer}/memberships/{index}", membership, key)
        for pointer, membership in self._records("memberships"):
            self._membership(pointer, membership, None)
        self.problems.raise_any()

    def _records(self, key: str):
        values = self.document.get(key)
        if values is None:
            return
        if not isinstance(values, list):
            self.problems.add(key, translate("popolo", "must be a list"))
            return
        for index, value in enumerate(values):
            if not isinstance(value, dict):
                self.problems.add(f"/{key}/{index}", translate("popolo", "must be an object"))
                continue
            yield f"/{key}/{index}", value

    def _record(self, pointer: str, key: str) -> Record:
        text, location = self.locations[pointer]
        quote, location = quote_of(text, location)
        return Record(key, {}, quote, location)

    def _text(self, pointer: str, value: dict, field: str, *, required: bool = False) -> str | None:
        found = value.get(field)
        if found is None or found == "":
            if required:
                self.problems.add(f"{pointer}: {field}", translate("popolo", "required"))
            return None
        if not isinstance(found, str):
            self.problems.add(f"{pointer}: {field}", translate("popolo", "must be text"))
            return None
        return found.strip() or None

    def _dates(self, pointer: str, value: dict, fields) -> list[str | None]:
        found = []
        for field in fields:
            date = value.get(field)
            if date in (None, ""):
                found.append(None)
            elif is_iso_date(date):
                found.append(date)
            else:
                self.problems.add(f"{pointer}: {field}", translate(
                    "popolo", "{date} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)").format(date=repr(date)))
                found.append(None)
        return found

    def _organization(self, pointer: str, value: dict) -> None:
        name = self._text(pointer, value, "name", required=True)
        key = value.get("id") if isinstance(value.get("id"), str) else pointer
        record = self._record(pointer, key)
        record.row = {"name": name, "kind": self._text(pointer, value, "classification"), "country": None,
                      "summary": None}
        record.identifiers = self._identifiers(pointer, value)
        self.organization_names[key] = name
        self.dataset.organizations[key] = record

    def _post(self, pointer: str, value: dict, organization: str | None) -> None:
        label = self._text(pointer, value, "label", required=True)
        key = value.get("id") if isinstance(value.get("id"), str) else pointer
        if organization is not None and organization not in self.organization_names:
            self.problems.add(f"{pointer}: organization_id", translate("popolo", "no organization has id {id}").format(
                id=repr(organization)))
            return
        record = self._record(pointer, f"post:{key}")
        record.row = {"title": label}
        record.refs = {"organization_id": organization} if organization else {}
        record.identifiers = [("popolo", key)] if isinstance(value.get("id"), str) else []
        self.posts[key] = {"organization_id": organization}
        self.dataset.positions[f"post:{key}"] = record

    def _person(self, pointer: str, value: dict) -> str:
        key = value.get("id") if isinstance(value.get("id"), str) else pointer
        name = self._text(pointer, value, "name", required=True)
        born, died = self._dates(pointer, value, ("birth_date", "death_date"))
        record = self._record(pointer, key)
        record.row = {"name": name, "name_native": None, "born": born, "died": died,
                      "summary": self._text(pointer, value, "summary"), "note": self._sources_note(value)}
        aliases = []
        for index, other in enumerate(value.get("other_names") or []):
            alias = self._text(f"{pointer}/other_names/{index}", other, "name", required=True) \
                if isinstance(other, dict) else None
            if alias and alias != name:
                aliases.append(alias)
        record.aliases = aliases
        record.identifiers = self._identifiers(pointer, value)
        self.dataset.persons[key] = record
        return key

    def _identifiers(self, pointer: str, value: dict) -> list[tuple[str, str]]:
        found = [("popolo", value["id"])] if isinstance(value.get("id"), str) else []
        for index, identifier in enumerate(value.get("identifiers") or []):
            if not isinstance(identifier, dict):
                self.problems.add(f"{pointer}/identifiers/{index}", translate("popolo", "must be an object"))
                continue
            scheme = self._text(f"{pointer}/identifiers/{index}", identifier, "scheme")
            code = self._text(f"{pointer}/identifiers/{index}", identifier, "identifier", required=True)
            if scheme and code and (scheme.lower(), code) not in found:
                found.append((scheme.lower(), code))
        return found

    @staticmethod
    def _sources_note(value: dict) -> str | None:
        urls = [s.get("url") for s in value.get("sources") or [] if isinstance(s, dict) and isinstance(s.get("url"), str)]
        return f"Popolo sources: {'; '.join(urls)}" if urls else None

    def _membership(self, pointer: str, value: dict, person: str | None) -> None:
        member = value.get("member")
        if isinstance(member, dict) and member.get("@type") == "Organization":
            self.dataset.skipped[translate("popolo", "memberships of organizations")] += 1
            return
        person = person or value.get("person_id")
        if not isinstance(person, str) or person not in self.dataset.persons:
            self.problems.add(f"{pointer}: person_id", translate("popolo", "no person has id {id}").format(id=repr(person))
                              if person else translate("popolo", "required"))
            return
        post = value.get("post_id")
        organization = value.get("organization_id") or (self.posts.get(post) or {}).get("organization_id")
        if post is not None and post not in self.posts:
            self.problems.add(f"{pointer}: post_id", translate("popolo", "no post has id {id}").format(id=repr(post)))
            return
        if organization is not None and organization not in self.organization_names:
            self.problems.add(f"{pointer}: organization_id", translate("popolo", "no organization has id {id}").format(
                id=repr(organization)))
            return
        if post is None and organization is None:
            self.problems.add(f"{pointer}: organization_id",
                              translate("popolo", "a membership needs an organization or a post"))
            return
        start, end = self._dates(pointer, value, ("start_date", "end_date"))
        notes = []
        period_id = value.get("legislative_period_id")
        if period_id is not None:
            period = self.periods.get(period_id)
            if period is None:
                self.problems.add(f"{pointer}: legislative_period_id", translate(
                    "popolo", "no legislative period has id {id}").format(id=repr(period_id)))
                return
            if start is None and end is None and (period.get("start_date") or period.get("end_date")):
                start, end = period.get("start_date") or None, period.get("end_date") or None
                notes.append(f"Dates of the legislative period {period.get('name') or period_id}")
        party = value.get("on_behalf_of_id")
        if isinstance(party, str):
            notes.append(f"On behalf of {self.organization_names.get(party, party)}")
        position = f"post:{post}" if post is not None else self._role_position(pointer, value, organization)
        key = value.get("id") if isinstance(value.get("id"), str) else pointer
        record = self._record(pointer, key)
        record.row = {"start": start, "end": end, "note": "; ".join(notes) or None}
        record.refs = {"person_id": person, "position_id": position}
        record.identifiers = [("popolo", key)] if isinstance(value.get("id"), str) else []
        self.dataset.terms[key] = record

    def _role_position(self, pointer: str, value: dict, organization: str) -> str:
        """The position a membership without a post stands for: "<Role or Member> of <organization>"."""
        role = self._text(pointer, value, "role") or "Member"
        key = f"role:{organization}:{role}"
        if key not in self.dataset.positions:
            record = self._record(pointer, key)
            record.row = {"title": f"{role[:1].upper()}{role[1:]} of {self.organization_names[organization]}"}
            record.refs = {"organization_id": organization}
            self.dataset.positions[key] = record
        return key


# --- where each record stands ----------------------------------------------------------


def _locations(text: str, bom: int) -> dict[str, tuple[str, Location]]:
    """Each record's text and Location (JSON pointer, line, byte range), found by walking the text once."""
    spans: dict[str, tuple[int, int]] = {}
    _walk(text, 0, "", 0, spans)
    marks = sorted({i for span in spans.values() for i in span})
    byte_at, line_at = {}, {}
    done_chars, done_bytes, line = 0, bom, 1
    for mark in marks:
        done_bytes += len(text[done_chars:mark].encode("utf-8"))
        line += text.count("\n", done_chars, mark)
        done_chars = mark
        byte_at[mark], line_at[mark] = done_bytes, line
    return {pointer: (text[start:end], Location(line_at[start], byte_at[start], byte_at[end], pointer))
            for pointer, (start, end) in spans.items()}


def _skip(text: str, index: int) -> int:
    return _SPACE.match(text, index).end()


def _walk(text: str, index: int, pointer: str, depth: int, spans: dict) -> int:
    """The end of the JSON value at index; objects inside lists get their (start, end) recorded."""
    index = _skip(text, index)
    opening = text[index]
    if depth > _WALKED_DEPTH or opening not in "[{":
        return _DECODER.raw_decode(text, index)[1]
    index = _skip(text, index + 1)
    closing = "}" if opening == "{" else "]"
    if text[index] == closing:
        return index + 1
    number = 0
    while True:
        if opening == "{":
            key, index = json.decoder.scanstring(text, index + 1)
            index = _skip(text, index) + 1  # the colon
            child = f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}"
            start = _skip(text, index)
            index = _walk(text, start, child, depth + 1, spans)
        else:
            child = f"{pointer}/{number}"
            start = _skip(text, index)
            index = _walk(text, start, child, depth + 1, spans)
            if text[start] == "{":
                spans[child] = (start, index)
            number += 1
        index = _skip(text, index)
        if text[index] == ",":
            index = _skip(text, index + 1)
            continue
        return index + 1

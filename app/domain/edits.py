"""Edits a person makes, as invertible operations on the store.

An ``Edit`` holds, for every row it touches, the whole row before and after
(``None`` for "no such row"). ``do`` writes the after-states and ``undo`` the
before-states, each in one SQLite transaction that returns the store's
``Change``; so undo restores exactly the rows (every column) that were there.
Every write to a dossier is an edit: the window's undoable actions, imports
(``exchange.plan_from_import``) and scripts alike plan one against the current
store (``plan_*``) and ``do`` it. Planning validates dates and spans
(``store.with_bounds``), references, required text and verbatim quotes.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from anyascii import anyascii

from . import control_characters, dates
from .records import record_label, record_name
from .located_quotes import DATASET, LocatedQuotes
from .progress import Progress, report
from .schema import CONTRACT, POINTING_TABLES, REFERENCES, SPANS
from .store import Change, ReferencedError, Store, StoreError, with_bounds
from .wording import translate

RowKey = tuple[str, str]  # (table, id); ("meta", key) for a meta setting
_TABLE_ORDER = {table: position for position, table in enumerate(("meta", *CONTRACT))}
_PROGRESS_EVERY = 500
_INSERT_BATCH = 2000  # new rows of an import written per statement


@dataclass
class Edit:
    """Rows before and after one user action, keyed by (table, id)."""

    description: str
    before: dict[RowKey, dict | None] = field(default_factory=dict)
    after: dict[RowKey, dict | None] = field(default_factory=dict)

    def do(self, store: Store, progress: Progress | None = None) -> Change:
        return _write_states(store, self.after, progress)

    def undo(self, store: Store, progress: Progress | None = None) -> Change:
        return _write_states(store, self.before, progress)

    @property
    def deletes_several(self) -> bool:
        """Whether doing it deletes more than one stored row: a bulk delete, backed up first."""
        return sum(1 for key, row in self.after.items() if row is None and self.before.get(key) is not None) > 1


def stored_row(store: Store, table: str, row_id: str) -> dict | None:
    """The row stored under this key (a meta setting by its key), or None."""
    if table == "meta":
        rows = store.query("SELECT * FROM meta WHERE key = ?", [row_id])
        return rows[0] if rows else None
    return store.get(table, row_id)


def _write_states(store: Store, wanted: dict[RowKey, dict | None], progress: Progress | None) -> Change:
    """Bring rows to the wanted states in one transaction: writes parents-first, then deletes children-first.

    Writing first lets one edit move references off a row and delete it (an update of
    the default dossier re-points citations to a better source and retires the old one),
    and lets its undo put them back.

    ``progress`` is asked now and then; when it returns False the transaction is
    rolled back and Cancelled raised, leaving the store as it was.
    """
    change = Change(persons=set())
    ordered = sorted(wanted, key=lambda key: _TABLE_ORDER[key[0]])
    total = 2 * len(ordered)

    def keep_going(done: int) -> None:
        if done % _PROGRESS_EVERY == 0:
            report(progress, done, total)

    try:
        with store.writing():
            for done, (table, row_id) in enumerate(ordered):
                keep_going(done)
                if wanted[(table, row_id)] is not None:
                    write_row(store, table, row_id, wanted[(table, row_id)], change)
            for done, (table, row_id) in enumerate(reversed(ordered), len(ordered)):
                keep_going(done)
                existing = None if wanted[(table, row_id)] is not None else stored_row(store, table, row_id)
                if existing is not None:
                    _note_whose(change, table, existing)
                    column = "key" if table == "meta" else "id"
                    store.db.execute(f"DELETE FROM [{table}] WHERE [{column}] = ?", [row_id])
                    change.note("deleted", table, row_id)
            _note_claim_holders(store, change)
    except sqlite3.IntegrityError as error:
        raise StoreError(_explain_integrity(error)) from None
    if progress is not None:
        progress(total, total)
    return change


def write_row(store: Store, table: str, row_id: str, row: dict, change: Change | None = None) -> None:
    """Insert or update one row (date bounds derived); note it in ``change`` when one is kept."""
    existing = stored_row(store, table, row_id)
    if table == "meta":
        if existing != row:
            store.db["meta"].upsert(row, pk="key")
            if change is not None:
                change.note("updated", "meta", row_id)
        return
    row = with_bounds(table, row)
    if existing is None:
        store.db[table].insert(row)
        if change is not None:
            change.note("added", table, row_id)
            _note_whose(change, table, row)
    elif existing != row:
        store.db[table].update(row_id, row)
        if change is not None:
            change.note("updated", table, row_id,
                        [column for column, value in row.items() if existing.get(column) != value])
            _note_whose(change, table, existing, row)


_PERSON_OF = {"terms": "person_id", "allegations": "subject_id", "aliases": "person_id",
              "event_persons": "person_id"}  # the person a row is about


def _note_whose(change: Change, table: str, *rows: dict) -> None:
    """Note in ``change`` whom and what these states of one row (before, after) are about.

    ``persons``: a person row itself, a term's holder, an allegation's subject, an alias's
    or event link's person. ``pointed_at``: the record a citation or identifier belongs to.
    ``positions`` and ``claim_groups``: a term's; a claim group decides which of its versions
    is drawn, so once the rows are written ``_note_claim_holders`` names all their holders.
    """
    if change.persons is None:
        return
    if table == "persons":
        change.persons.update(row["id"] for row in rows)
    elif table in POINTING_TABLES:
        change.pointed_at.update((row["record_table"], row["record_id"]) for row in rows)
    elif table in _PERSON_OF:
        column = _PERSON_OF[table]
        change.persons.update(row[column] for row in rows if row.get(column))
    if table == "terms":
        change.positions.update(row["position_id"] for row in rows)
        change.claim_groups.update(row["claim_group"] for row in rows if row.get("claim_group"))


def _note_claim_holders(store: Store, change: Change) -> None:
    """Add the holders of every term in the claim groups written to ``change.persons``, in one read."""
    if change.persons is not None and change.claim_groups:
        change.persons.update(holder for (holder,) in store.db.execute(
            "SELECT DISTINCT person_id FROM terms WHERE claim_group IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(change.claim_groups))]))


def _insert_batch(store: Store, table: str, rows: list[dict]) -> None:
    """Insert new rows (bounds derived) with one statement per column set, then empty the list."""
    by_columns: dict[tuple[str, ...], list[dict]] = {}
    for row in rows:
        by_columns.setdefault(tuple(row), []).append(row)
    for columns, same in by_columns.items():
        names = ", ".join(f"[{column}]" for column in columns)
        store.db.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({', '.join('?' * len(columns))})",
                                  [tuple(row[column] for column in columns) for row in same])
    rows.clear()


def write_rows(store: Store, meta: dict[str, str], rows: Iterable[tuple[str, dict, bool]]) -> None:
    """Write meta settings and (table, row, is_new) rows in one transaction, keeping none of them.

    The command line's import (``exchange.apply_import``): rows arrive one at a time,
    parents first, so memory stays bounded however many there are; new rows go in by the
    thousand. The window's import is undoable and so builds an Edit instead; a row
    that changes is written by ``write_row`` either way.
    """
    batch: list[dict] = []
    batch_table = None
    try:
        with store.db.atomic():
            for key, value in meta.items():
                write_row(store, "meta", key, {"key": key, "value": value})
            for table, row, is_new in rows:
                if batch and (table != batch_table or len(batch) >= _INSERT_BATCH):
                    _insert_batch(store, batch_table, batch)
                if is_new:
                    batch_table = table
                    batch.append(with_bounds(table, row))
                else:
                    write_row(store, table, row["id"], {**store.get(table, row["id"]), **row})
            if batch:
                _insert_batch(store, batch_table, batch)
    except sqlite3.IntegrityError as error:
        raise StoreError(_explain_integrity(error)) from None


def _explain_integrity(error: sqlite3.IntegrityError) -> str:
    message = str(error)
    if "FOREIGN KEY" in message:
        return translate("edits", "a record refers to another that does not exist (or is still referred to)")
    if "NOT NULL" in message:
        column = message.rsplit(".", 1)[-1]
        return translate("edits", "{label} is required").format(label=column)
    return message


# --- planning ------------------------------------------------------------------------


def plan_save(store: Store, description: str, rows: dict[str, list[dict]],
              deletions: Iterable[RowKey] = ()) -> Edit:
    """An edit that writes these rows (by id, merged over what is stored) and deletes others.

    ``meta`` rows are settings keyed by ``key``; every other table's rows by ``id``.

    Validates every row: dates, end before start, references (to stored rows or rows
    of this edit), required text and verbatim citation quotes. Raises StoreError.
    """
    edit = Edit(description)
    for key in deletions:
        plan_delete_into(store, edit, *key)
    for table, table_rows in rows.items():
        for row in table_rows:
            row_id = row.get("key" if table == "meta" else "id")
            if not row_id:
                raise StoreError(f"{table}: a record needs an id")
            key = (table, row_id)
            stored = stored_row(store, table, row_id)
            edit.before.setdefault(key, stored)
            base = edit.after.get(key) or stored or {}
            edit.after[key] = with_bounds(table, {**base, **row})
    _check_rows(store, edit)
    return edit


def plan_meta(store: Store, description: str, key: str, value: str | None) -> Edit:
    """An edit setting one dossier-wide setting (None removes it)."""
    after = {"key": key, "value": value} if value is not None else None
    return Edit(description, before={("meta", key): stored_row(store, "meta", key)}, after={("meta", key): after})


def plan_delete(store: Store, table: str, row_id: str) -> Edit:
    """An edit deleting a row and all that goes with it (cascades and citations).

    Raises ReferencedError (a StoreError) while rows that block deletion refer to it.
    """
    return plan_delete_many(store, [(table, row_id)], f"Delete {table} {row_id}")


def plan_delete_many(store: Store, keys: Iterable[RowKey], description: str) -> Edit:
    """One edit deleting several rows with all that goes with them, in one transaction.

    Raises ReferencedError while rows outside this deletion refer to one of them.
    """
    keys = list(keys)
    edit = Edit(description)
    for key in keys:
        plan_delete_into(store, edit, *key)
    for table, row_id in keys:
        blocking = [key for key in store.referrers(table, row_id) if key not in edit.after]
        if blocking:
            raise ReferencedError(table, row_id, blocking)
    return edit


def plan_delete_into(store: Store, edit: Edit, table: str, row_id: str) -> None:
    """Add deleting a row, with all that goes with it, to an edit."""
    for key in [(table, row_id), *going_with(store, table, row_id)]:
        edit.before.setdefault(key, store.get(*key))
        edit.after[key] = None


def going_with(store: Store, table: str, row_id: str) -> list[RowKey]:
    """Every row deleted together with this one, following cascades all the way down."""
    found: list[RowKey] = []
    pending = [(table, row_id)]
    while pending:
        for key in store.dependents(*pending.pop()):
            if key not in found and key != (table, row_id):
                found.append(key)
                if key[0] not in POINTING_TABLES:
                    pending.append(key)
    return found


def _check_rows(store: Store, edit: Edit) -> None:
    """Rules a transaction would otherwise fail on, said in words a person reads."""
    def exists(target: str, target_id: str) -> bool:
        key = (target, target_id)
        if key in edit.after:
            return edit.after[key] is not None
        return store.get(target, target_id) is not None

    for (table, row_id), row in edit.after.items():
        if row is None:
            continue
        refused = control_characters.problems_in_row(row, f"{table} {row_id}")
        if refused:
            raise StoreError(refused[0])
        for (ref_table, column), target in REFERENCES.items():
            if ref_table == table and row.get(column) and not exists(target, row[column]):
                raise StoreError(translate("edits", "{table} {id}: {column}: no {target} record has id {value}").format(
                    table=table, id=row_id, column=column, target=target, value=repr(row[column])))
        if table == "citations":
            if not exists(row["record_table"], row["record_id"]):
                raise StoreError(translate("edits", "citation {id}: cites {table} {record}, which does not exist").format(
                    id=row_id, table=row["record_table"], record=row["record_id"]))
            source = edit.after.get(("sources", row["source_id"])) or store.get("sources", row["source_id"])
            if source is None:
                raise StoreError(translate("edits", "citation {id}: no source has id {source}").format(
                    id=row_id, source=repr(row["source_id"])))
            if source["kind"] == DATASET:
                with LocatedQuotes(store.db.conn) as located:
                    problem = located.problem(row)
                if problem:
                    raise StoreError(translate("edits", "citation {id}: {problem}").format(id=row_id, problem=problem))
            elif not row.get("quote") or row["quote"] not in source["text"]:
                raise StoreError(translate("edits", "citation {id}: the quote is not found verbatim in source {source}").format(
                    id=row_id, source=repr(row["source_id"])))


def record_problems(store: Store, table: str, row: dict, *, is_new: bool, required: dict[str, str],
                    already: Iterable[str] = ()) -> dict[str, str]:
    """Column → what is wrong with a record as entered, in words a person reads.

    ``required`` maps required columns to their labels; columns in ``already`` (say, a
    date that does not parse) are known bad and not judged again. Checked before
    ``plan_record_save``, so a form can show every problem in place.
    """
    already = set(already)
    found: dict[str, str] = {}
    for column, label in required.items():
        if column not in already and row.get(column) in (None, ""):
            found[column] = translate("edits", "{label} is required").format(label=label)
    for start, end in SPANS.get(table, ()):
        if {start, end} & (already | set(found)):
            continue
        if dates.end_before_start(row.get(start), row.get(end)):
            found[end] = translate("edits", "ends ({end}) before it starts ({start})").format(
                end=dates.format_date(row[end]), start=dates.format_date(row[start]))
    if is_new and row.get("id") and store.get(table, row["id"]) is not None:
        found["id"] = translate("edits", "the id {id} is taken").format(id=repr(row["id"]))
    if table == "sources" and not (row.get("text") or "").strip():
        found["text"] = translate("edits", "paste the source's text or import it from a file")
    return found


@dataclass
class AliasEntry:
    """One alias line on a person's form; ``id`` is None for a line not yet stored."""

    alias: str
    kind: str | None = None
    id: str | None = None


def plan_record_save(store: Store, table: str, row: dict, *, is_new: bool,
                     aliases: list[AliasEntry] | None = None, aliases_shown: Iterable[str] = (),
                     accuser_interested: int | None = None,
                     pending_citations: Iterable[dict] = (), removed_citations: Iterable[str] = ()) -> Edit:
    """The one edit saving a record form: the record, a person's aliases, new and removed
    citations, and the accusing organization's interested-party flag.

    ``aliases`` (persons only) is the list as entered: of the stored aliases the form
    showed (``aliases_shown``, ids), those no longer in it are deleted. ``accuser_interested`` is None when the flag is not being set.
    Raises StoreError as ``plan_save`` does.
    """
    rows: dict[str, list[dict]] = {table: [row]}
    deletions = [("citations", c) for c in removed_citations]
    if aliases is not None:
        rows["aliases"], alias_deletions = _alias_rows(store, row["id"], aliases, set(aliases_shown))
        deletions += alias_deletions
    if table == "allegations" and row.get("alleged_by_org_id") and accuser_interested is not None:
        org = store.get("organizations", row["alleged_by_org_id"])
        if org and org["interested_party"] != accuser_interested:
            rows["organizations"] = [{"id": org["id"], "interested_party": accuser_interested}]
    taken: list[str] = []
    citations = []
    for pending in pending_citations:
        citation = new_citation(store, source_id=pending["source_id"], record_table=table, record_id=row["id"],
                                quote=pending["quote"], field=pending.get("field"), locator=pending.get("locator"),
                                note=pending.get("note"), taken=taken)
        taken.append(citation["id"])
        citations.append(citation)
    if citations:
        rows["citations"] = citations
    label = record_label(store, table, row) if table not in ("terms", "allegations") else row["id"]
    description = translate("edits", "Add {kind} {label}") if is_new else translate("edits", "Edit {kind} {label}")
    return plan_save(store, description.format(kind=record_name(table), label=label), rows, deletions)


def _alias_rows(store: Store, person_id: str, entries: list[AliasEntry],
                shown: set[str]) -> tuple[list[dict], list[RowKey]]:
    rows, kept, taken = [], set(), []
    for entry in entries:
        if not entry.alias:
            continue
        alias_id = entry.id
        if alias_id is None:
            alias_id = free_id(store, "aliases", f"alias-{slug(entry.alias)}", taken)
            taken.append(alias_id)
        kept.add(alias_id)
        rows.append({"id": alias_id, "person_id": person_id, "alias": entry.alias, "kind": entry.kind or None})
    deletions = [("aliases", alias_id) for alias_id in sorted(shown - kept)]
    return rows, deletions


# --- ids -----------------------------------------------------------------------------


def slug(text: str) -> str:
    """A readable id from a name: "Ali Khamenei" → "ali-khamenei" (ASCII, lower case)."""
    folded = anyascii(text or "").lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:80] or "record"


def free_id(store: Store, table: str, wanted: str, taken: Iterable[str] = ()) -> str:
    """``wanted`` if no row of the table has it (nor ``taken``), else wanted-2, wanted-3, …"""
    taken = taken if isinstance(taken, (set, frozenset)) else set(taken)  # no copy per id of a large import
    candidate, number = wanted, 1
    while candidate in taken or store.get(table, candidate) is not None:
        number += 1
        candidate = f"{wanted}-{number}"
    return candidate


def new_citation(store: Store, *, source_id: str, record_table: str, record_id: str, quote: str,
                 field: str | None = None, locator: str | None = None, note: str | None = None,
                 taken: Iterable[str] = ()) -> dict:
    """A citation row with a fresh id, for ``plan_save``."""
    row_id = free_id(store, "citations", f"c-{slug(record_id)}-{slug(source_id)}", taken)
    return {"id": row_id, "source_id": source_id, "record_table": record_table, "record_id": record_id,
            "field": field, "quote": quote, "locator": locator, "note": note}

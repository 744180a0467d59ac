"""Offering a corrected default dossier to a user whose dossier was made from an earlier one.

Beside the default dataset the app ships ``default-dossier-history.json``: for every
earlier shipped version, a digest of each record as shipped. A record of the user's
dossier whose digest still matches is the shipped record, unedited, so the update may
change it, or retire it when the new version no longer has it. A record the user edited
or deleted stays as the user left it and is listed as kept. The update is an ordinary
import plan: the window shows it in the import preview (added, changed, removed, kept,
or refused with the reasons) and applies it only when the user says so, as one step
that Undo reverses. Nothing is overwritten silently.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .exchange import ExchangeError, ImportPlan, plan_import, read_document
from .schema import CONTRACT, REFERENCES
from .store import Store
from .wording import translate

# Meta keys that say which dataset a dossier is, not what the user chose to call it.
_VERSION_KEYS = ("schema_version", "dataset_version")


@dataclass
class UpgradeOffer:
    """What updating a dossier from one shipped version to the current one would do."""

    from_version: str
    to_version: str
    plan: ImportPlan | None
    error: ExchangeError | None = None
    kept: list[str] = field(default_factory=list)  # "table id": the user's edit or deletion stays

    @property
    def name(self) -> str:
        return translate("dataset_upgrade", "default dossier {version}").format(version=self.to_version)


def record_digest(table: str, row: dict) -> str:
    """The digest of one record's exchanged columns, as shipped or as stored."""
    values = {column: row.get(column) for column in CONTRACT[table]}
    return hashlib.sha256(json.dumps(values, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _meta_digest(value: str | None) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False).encode("utf-8")).hexdigest()


def history_entry(document: dict) -> dict[str, str]:
    """Every record of a shipped document by "table/id", and its settings by "meta/key", with digests."""
    entry = {f"meta/{key}": _meta_digest(value) for key, value in document["meta"].items() if key not in _VERSION_KEYS}
    for table in CONTRACT:
        # .get: a shipped version of an earlier format has no rows of the tables added since
        entry.update({f"{table}/{row['id']}": record_digest(table, row) for row in document.get(table, ())})
    return dict(sorted(entry.items()))


def read_history(path: Path | str) -> dict[str, dict[str, str]]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def upgrade_offer(store: Store, dataset: Path | str, history: dict[str, dict[str, str]]) -> UpgradeOffer | None:
    """The update a dossier made from an earlier shipped version can take; None for any other dossier."""
    shipped = read_document(dataset)
    meta = store.meta()
    version, current = meta.get("dataset_version"), shipped["meta"]["dataset_version"]
    if version == current or version not in history:
        return None
    earlier = history[version]
    kept: list[str] = []
    document = {**shipped, "meta": dict(shipped["meta"])}
    for key in list(document["meta"]):
        if key not in _VERSION_KEYS and key in meta and _meta_digest(meta[key]) != earlier.get(f"meta/{key}"):
            document["meta"][key] = meta[key]  # a setting the user changed (the title, say) stays theirs
            kept.append(f"meta {key}")
    deleted_by_user: set[tuple[str, str]] = set()
    for table in CONTRACT:
        rows = []
        for row in shipped[table]:
            stored = store.get(table, row["id"])
            was = earlier.get(f"{table}/{row['id']}")
            if stored is None and was is not None:
                deleted_by_user.add((table, row["id"]))
                if record_digest(table, row) != was:
                    kept.append(translate("dataset_upgrade", "{table} {id} (you deleted it)").format(table=table, id=row["id"]))
                continue
            if stored is not None and record_digest(table, stored) != was:
                if record_digest(table, row) != record_digest(table, stored):
                    kept.append(translate("dataset_upgrade", "{table} {id} (you edited it)").format(table=table, id=row["id"]))
                continue
            rows.append(row)
        document[table] = rows
    _drop_rows_pointing_at(document, deleted_by_user)
    retired = _retired(store, shipped, earlier)
    try:
        plan = plan_import(document, store, translate("dataset_upgrade", "default dossier {version}").format(version=current))
    except ExchangeError as refused:
        return UpgradeOffer(version, current, None, refused, kept)
    plan.removed = _removable(store, document, retired)
    still_referred = translate("dataset_upgrade", "{table} {id} (still referred to by your records)")
    kept.extend(still_referred.format(table=table, id=row_id) for table, row_id in sorted(retired) if row_id not in plan.removed.get(table, []))
    return UpgradeOffer(version, current, plan, None, kept)


def _drop_rows_pointing_at(document: dict, gone: set[tuple[str, str]]) -> None:
    """Leave out shipped rows that hang on a record the user deleted (its citations, its terms)."""
    while True:
        dropped = set()
        for table in CONTRACT:
            for row in document[table]:
                pointing = [(target, row[column]) for (source, column), target in REFERENCES.items() if source == table]
                if table == "citations":
                    pointing.append((row["record_table"], row["record_id"]))
                if any(key in gone for key in pointing):
                    dropped.add((table, row["id"]))
        if not dropped:
            return
        gone |= dropped
        for table in CONTRACT:
            document[table] = [row for row in document[table] if (table, row["id"]) not in dropped]


def _retired(store: Store, shipped: dict, earlier: dict[str, str]) -> set[tuple[str, str]]:
    """Shipped records the new version no longer has and the user left as shipped."""
    now = {f"{table}/{row['id']}" for table in CONTRACT for row in shipped[table]}
    retired = set()
    for key, digest in earlier.items():
        table, _, row_id = key.partition("/")
        if table in CONTRACT and key not in now:
            stored = store.get(table, row_id)
            if stored is not None and record_digest(table, stored) == digest:
                retired.add((table, row_id))
    return retired


def _removable(store: Store, document: dict, retired: set[tuple[str, str]]) -> dict[str, list[str]]:
    """The retired records nothing will point at once the update is in, by table."""
    incoming = {(table, row["id"]): row for table in CONTRACT for row in document[table]}

    def still_referred(table: str, row_id: str) -> bool:
        for (other, column), target in REFERENCES.items():
            if target != table:
                continue
            for row in store.rows(other, f"[{column}] = ?", [row_id]):
                new = incoming.get((other, row["id"]))
                if (other, row["id"]) not in retired and (new is None or new[column] == row_id):
                    return True
        return any(("citations", c["id"]) not in retired
                   for c in store.rows("citations", "record_table = ? AND record_id = ?", [table, row_id]))

    removable: dict[str, list[str]] = {}
    for table, row_id in sorted(retired):
        if not still_referred(table, row_id):
            removable.setdefault(table, []).append(row_id)
    return removable

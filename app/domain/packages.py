"""Packages: a dossier with its original files in one zip, for sharing and archiving.

A package holds ``dossier.json`` (the exchange format, which refers to originals by
SHA-256), ``originals/<sha256>`` for every stored original, optionally
``custody-log.json``, and ``manifest.json`` listing every file with its SHA-256 and
size. Importing one restores the originals with identical hashes.

A package is a received file, so reading one trusts nothing: only the names above
are accepted (so no path can escape anywhere — nothing is ever extracted to disk),
no encrypted or duplicated entries, sizes bounded per entry and in all, a
compression ratio that betrays a zip bomb refused, and every file must match the
manifest's hash and size. All of it is written in one transaction, or nothing is.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from . import durable, file_kinds, originals
from .exchange import (
    MAX_FILE_BYTES, ExchangeError, ImportPlan, decode_text, dumps, export_document, parse_document, plan_from_import,
    plan_import,
)
from .folders import backup_before
from .originals import OriginalError
from .progress import Progress, report
from .store import Store
from .wording import QT_TRANSLATE_NOOP, number, translate

PACKAGE_FORMAT = "dossier-timeline-package"
PACKAGE_VERSION = 1
DOCUMENT_NAME, MANIFEST_NAME, CUSTODY_NAME = "dossier.json", "manifest.json", "custody-log.json"
_ORIGINAL_NAME = re.compile(r"^originals/([0-9a-f]{64})$")
MAX_MANIFEST_BYTES = 50 * 1024 * 1024
MAX_ENTRIES = 100_000
MAX_TOTAL_BYTES = 64 * 1024 ** 3
MAX_RATIO = 200  # uncompressed ÷ compressed beyond this (for entries over 1 MB) is a zip bomb
METADATA_WARNING = QT_TRANSLATE_NOOP(
    "packages",
    "Original files may carry metadata about who made them and where: a PDF's author and software, a photo's "
    "EXIF (camera, time, GPS position), the names of files inside archives. Check them before you share the "
    "package, or leave the originals out (their sources' text and citations still travel; the files, their "
    "hashes and capture records do not).")



class PackageError(ExchangeError):
    """A package refused; ``problems`` name the file inside it and what is wrong."""


@dataclass
class PackageContents:
    """What a package held, once checked, and what importing it did."""

    plan: ImportPlan
    originals: list[dict] = field(default_factory=list)
    custody_entries: int = 0


# --- export --------------------------------------------------------------------------


def export_package(store: Store, out: Path | str, *, with_originals: bool = True, with_custody_log: bool = True,
                   progress: Progress | None = None) -> dict:
    """Write a package, atomically (beside the target, then renamed); return its manifest.

    Without originals, the capture records stay out too: they describe files that do
    not travel. Each source whose original went out is noted in its custody log.
    """
    out = Path(out)
    document = export_document(store)
    stored = store.query("SELECT id, size, media_type FROM originals WHERE id IN "
                         "(SELECT original_id FROM source_originals) ORDER BY id") if with_originals else []
    if not with_originals:
        document["source_originals"] = []
    manifest: dict = {"format": PACKAGE_FORMAT, "package_version": PACKAGE_VERSION, "files": {}, "originals": []}
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent or ".")
    os.close(handle)
    try:
        with zipfile.ZipFile(temporary, "w", allowZip64=True) as archive:
            _write_bytes(archive, manifest, DOCUMENT_NAME, dumps(document).encode("utf-8"))
            if with_custody_log:
                _write_bytes(archive, manifest, CUSTODY_NAME, _custody_json(store).encode("utf-8"))
            total, done = sum(row["size"] for row in stored), 0
            for row in stored:
                name = f"originals/{row['id']}"
                with archive.open(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), "w",
                                  force_zip64=row["size"] > 2 ** 31) as target:
                    digest = hashlib.sha256()
                    with originals.open_original(store.db.conn, row["id"]) as source:
                        while piece := source.read(originals.PIECE_BYTES):
                            digest.update(piece)
                            target.write(piece)
                            done += len(piece)
                            report(progress, done, total)
                if digest.hexdigest() != row["id"]:
                    raise OriginalError(translate("packages", "the stored original {sha256} no longer matches its "
                                                              "hash; run Verify, nothing was exported").format(sha256=row["id"]))
                manifest["originals"].append({"sha256": row["id"], "size": row["size"], "media_type": row["media_type"]})
            archive.writestr(_info(MANIFEST_NAME, zipfile.ZIP_DEFLATED), json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        durable.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    with store.writing():
        for source_id, in store.db.execute("SELECT source_id FROM source_originals WHERE original_id IN "
                                           f"({','.join('?' * len(stored))}) ORDER BY source_id",
                                           [row["id"] for row in stored]).fetchall():
            originals.log_event(store.db.conn, originals.EXPORTED, source_id=source_id, who=store.actor,
                                details={"package": out.name, "custody_log_included": with_custody_log})
    return manifest


def _info(name: str, compression: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # no timestamps: same content, same bytes
    info.compress_type = compression
    return info


def _write_bytes(archive: zipfile.ZipFile, manifest: dict, name: str, data: bytes) -> None:
    archive.writestr(_info(name, zipfile.ZIP_DEFLATED), data)
    manifest["files"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


_CUSTODY_COLUMNS = ("at", "who", "source_id", "record_table", "record_id", "action", "changes")


def _custody_json(store: Store) -> str:
    entries = [dict(zip(_CUSTODY_COLUMNS, row)) for row in store.db.execute(
        f"SELECT {', '.join(_CUSTODY_COLUMNS)} FROM custody_log ORDER BY id")]
    return json.dumps({"custody_log": entries}, ensure_ascii=False, indent=2) + "\n"


# --- reading -------------------------------------------------------------------------


def is_package(path: Path | str) -> bool:
    """Whether a file is a zip, by the importers' check of its magic bytes (never by its name).

    A folder or a file that cannot be read is not: the importer it goes to says why.
    """
    try:
        return Path(path).is_file() and file_kinds.sniff_file(path) is file_kinds.ZIP
    except OSError:
        return False


class _Package:
    """An opened, structurally checked package; ``problems`` collect what is wrong."""

    def __init__(self, path: Path, limit_bytes: int):
        self.path = path
        self.name = path.name
        try:
            self.archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise self._refuse(translate("packages", "not a readable package ({error})").format(error=error)) from None
        try:
            self.entries = self._check_entries(limit_bytes)
            self.manifest = self._read_manifest()
        except BaseException:
            self.archive.close()
            raise

    def close(self) -> None:
        self.archive.close()

    def _refuse(self, problem: str) -> PackageError:
        return PackageError([f"{self.name}: {problem}"])

    def _check_entries(self, limit_bytes: int) -> dict[str, zipfile.ZipInfo]:
        infos = self.archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise self._refuse(translate("packages", "holds {count} files, more than the {limit} a package may").format(
                count=number(len(infos)), limit=number(MAX_ENTRIES)))
        entries: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.filename
            if name in entries:
                raise self._refuse(translate("packages", "{name} appears twice").format(name=repr(name)))
            if name not in (DOCUMENT_NAME, MANIFEST_NAME, CUSTODY_NAME) and not _ORIGINAL_NAME.match(name):
                raise self._refuse(translate("packages", "{name} is not a file a package holds (only {document}, "
                                                         "{manifest}, {custody} and originals/<sha256>)").format(
                    name=repr(name), document=DOCUMENT_NAME, manifest=MANIFEST_NAME, custody=CUSTODY_NAME))
            if info.flag_bits & 0x1:
                raise self._refuse(translate("packages", "{name} is encrypted").format(name=name))
            limit = limit_bytes if name.startswith("originals/") else MAX_FILE_BYTES
            if info.file_size > limit:
                raise self._refuse(translate("packages", "{name} is {size} bytes, more than the {limit} allowed").format(
                    name=name, size=number(info.file_size), limit=number(limit)))
            if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise self._refuse(translate("packages", "{name} would grow {ratio} times when unpacked: refused as a "
                                                         "zip bomb").format(
                    name=name, ratio=number(info.file_size // max(info.compress_size, 1))))
            total += info.file_size
            entries[name] = info
        if total > MAX_TOTAL_BYTES:
            raise self._refuse(translate("packages", "would unpack to {size} bytes, more than the {limit} allowed").format(
                size=number(total), limit=number(MAX_TOTAL_BYTES)))
        for required in (MANIFEST_NAME, DOCUMENT_NAME):
            if required not in entries:
                raise self._refuse(translate("packages", "this is a ZIP archive, not a JSON or CSV file, and not a "
                                                         "Dossier Timeline package (it has no {name})").format(name=required))
        return entries

    def read_small(self, name: str, limit: int) -> bytes:
        """A whole entry, read no further than its declared size and the limit; CRC checked by zipfile."""
        try:
            with self.archive.open(self.entries[name]) as stream:
                data = stream.read(min(self.entries[name].file_size, limit) + 1)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as error:
            raise self._refuse(_unreadable(name, error)) from None
        if len(data) > min(self.entries[name].file_size, limit):
            raise self._refuse(translate("packages", "{name} is larger than it says").format(name=name))
        return data

    def _read_manifest(self) -> dict:
        raw = self.read_small(MANIFEST_NAME, MAX_MANIFEST_BYTES)
        try:
            manifest = json.loads(decode_text(raw, MANIFEST_NAME))
        except (json.JSONDecodeError, RecursionError, ValueError) as error:
            raise self._refuse(translate("packages", "{name} is not valid JSON ({error})").format(
                name=MANIFEST_NAME, error=error)) from None
        except ExchangeError as error:
            raise self._refuse(str(error)) from None
        if not isinstance(manifest, dict) or manifest.get("format") != PACKAGE_FORMAT:
            raise self._refuse(translate("packages", "{name}: not a Dossier Timeline package manifest").format(
                name=MANIFEST_NAME))
        if manifest.get("package_version") != PACKAGE_VERSION:
            raise self._refuse(translate("packages", "{name}: package_version {found}; this version reads {readable}")
                               .format(name=MANIFEST_NAME, found=repr(manifest.get("package_version")),
                                       readable=number(PACKAGE_VERSION)))
        files, listed = manifest.get("files"), manifest.get("originals")
        if not isinstance(files, dict) or not isinstance(listed, list):
            raise self._refuse(translate("packages", "{name}: files and originals must be listed").format(
                name=MANIFEST_NAME))
        for name, entry in files.items():
            if name not in (DOCUMENT_NAME, CUSTODY_NAME) or not _is_file_entry(entry):
                raise self._refuse(translate("packages", "{manifest}: files: {name} is not listed as a file with sha256 "
                                                         "and size").format(manifest=MANIFEST_NAME, name=repr(name)))
        for entry in listed:
            if not _is_file_entry(entry) or not isinstance(entry.get("media_type"), str):
                raise self._refuse(translate("packages", "{name}: originals: each needs sha256, size and media_type")
                                   .format(name=MANIFEST_NAME))
        named = {f"originals/{entry['sha256']}" for entry in listed}
        present = {name for name in self.entries if name.startswith("originals/")}
        for name in sorted(named - present):
            raise self._refuse(translate("packages", "{name} is listed in the manifest but missing").format(name=name))
        for name in sorted(present - named):
            raise self._refuse(translate("packages", "{name} is not listed in the manifest").format(name=name))
        for name in (DOCUMENT_NAME, CUSTODY_NAME):
            if (name in self.entries) != (name in files):
                raise self._refuse(translate("packages", "{name} and the manifest disagree on whether it is in the "
                                                         "package").format(name=name))
        for name in [*files, *named]:
            size = files[name]["size"] if name in files else next(
                e["size"] for e in listed if f"originals/{e['sha256']}" == name)
            if self.entries[name].file_size != size:
                raise self._refuse(translate("packages", "{name} is {size} bytes; the manifest says {listed}").format(
                    name=name, size=number(self.entries[name].file_size), listed=number(size)))
        return manifest

    def read_listed(self, name: str) -> bytes:
        data = self.read_small(name, MAX_FILE_BYTES)
        if hashlib.sha256(data).hexdigest() != self.manifest["files"][name]["sha256"]:
            raise self._refuse(translate("packages", "{name} does not match its SHA-256 in the manifest").format(
                name=name))
        return data


def _unreadable(name: str, error: Exception) -> str:
    return translate("packages", "{name} cannot be read ({error})").format(name=name, error=error)


def _hash_differs(name: str, sha256: str) -> str:
    return translate("packages", "{name} does not match its name and the manifest (its bytes hash to {sha256})").format(
        name=name, sha256=sha256)


def _is_file_entry(entry) -> bool:
    return (isinstance(entry, dict) and isinstance(entry.get("sha256"), str)
            and re.fullmatch(r"[0-9a-f]{64}", entry["sha256"]) is not None
            and isinstance(entry.get("size"), int) and not isinstance(entry.get("size"), bool) and entry["size"] >= 0)


def _custody_entries(package: _Package) -> list[dict]:
    if CUSTODY_NAME not in package.entries:
        return []
    raw = package.read_listed(CUSTODY_NAME)
    try:
        entries = json.loads(decode_text(raw, CUSTODY_NAME))["custody_log"]
    except (json.JSONDecodeError, RecursionError, ValueError, KeyError, TypeError) as error:
        raise package._refuse(translate("packages", "{name} is not a custody log ({error})").format(
            name=CUSTODY_NAME, error=error)) from None
    if not isinstance(entries, list) or not all(
            isinstance(e, dict) and set(e) == set(_CUSTODY_COLUMNS) and isinstance(e["at"], str)
            and isinstance(e["action"], str)
            and all(e[c] is None or (isinstance(e[c], str) and len(e[c]) <= 100_000) for c in _CUSTODY_COLUMNS)
            for e in entries):
        raise package._refuse(translate("packages", "{name}: each entry needs exactly {columns}, as text").format(
            name=CUSTODY_NAME, columns=", ".join(_CUSTODY_COLUMNS)))
    return entries


def _check_hash(package: _Package, entry: dict) -> None:
    name = f"originals/{entry['sha256']}"
    digest = hashlib.sha256()
    try:
        with package.archive.open(package.entries[name]) as stream:
            while piece := stream.read(originals.PIECE_BYTES):
                digest.update(piece)
    except (zipfile.BadZipFile, EOFError, OSError) as error:
        raise package._refuse(_unreadable(name, error)) from None
    if digest.hexdigest() != entry["sha256"]:
        raise package._refuse(_hash_differs(name, digest.hexdigest()))


def import_package(path: Path | str, store: Store, *, dry_run: bool = False,
                   limit_bytes: int = originals.DEFAULT_LIMIT_BYTES, progress: Progress | None = None) -> PackageContents:
    """Check a whole package, then store its originals, custody log and rows in one transaction.

    Each original is hashed as it is stored and must match its name and the manifest,
    so the dossier ends up with identical hashes or with nothing from the package.
    """
    path = Path(path)
    package = _Package(path, limit_bytes)
    try:
        document = parse_document(decode_text(package.read_listed(DOCUMENT_NAME), DOCUMENT_NAME), DOCUMENT_NAME)
        listed = package.manifest["originals"]
        plan = plan_import(document, store, f"{path.name}: {DOCUMENT_NAME}",
                           originals_at_hand=frozenset(entry["sha256"] for entry in listed))
        contents = PackageContents(plan, listed)
        entries = _custody_entries(package)
        contents.custody_entries = len(entries)
        if dry_run:
            for entry in listed:
                _check_hash(package, entry)
            return contents
        backup_before(store, "import")
        total, done = sum(entry["size"] for entry in listed), 0
        with store.writing():
            for entry in listed:
                name = f"originals/{entry['sha256']}"
                try:
                    with package.archive.open(package.entries[name]) as stream:
                        stored = originals.store_original(store.db.conn, stream, limit_bytes=limit_bytes)
                except (zipfile.BadZipFile, EOFError, OSError) as error:
                    raise package._refuse(_unreadable(name, error)) from None
                if (stored.sha256, stored.size) != (entry["sha256"], entry["size"]):
                    raise package._refuse(_hash_differs(name, stored.sha256))
                done += stored.size
                report(progress, done, total)
            store.db.conn.executemany(
                f"INSERT INTO custody_log ({', '.join(_CUSTODY_COLUMNS)}) VALUES ({', '.join('?' * len(_CUSTODY_COLUMNS))})",
                [[entry[c] for c in _CUSTODY_COLUMNS] for entry in entries])
            plan_from_import(store, plan, f"Import {path.name}").do(store)
            for capture in document["source_originals"]:
                originals.log_event(store.db.conn, originals.IMPORTED, source_id=capture["source_id"],
                                    who=store.actor, details={"package": path.name})
        return contents
    finally:
        package.close()

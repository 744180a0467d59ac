"""Packages: a dossier with its originals round-trips with identical hashes; hostile packages are refused whole."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.domain import exchange, originals, packages, source_files
from app.domain.edits import new_citation, plan_save
from app.domain.opener import create_dossier
from conftest import SMALL_DOSSIER, make_pdf

ROOT = Path(__file__).parents[1]


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=cwd, capture_output=True, text=True)


@pytest.fixture
def filled(small_store, tmp_path):
    """The small dossier with a PDF (one of its sentences cited), a web page and a recording added."""
    pdf, page, tape = tmp_path / "report.pdf", tmp_path / "page.html", tmp_path / "tape.mp3"
    pdf.write_bytes(make_pdf(["The commission met in July 1988.", "It ordered the executions."]))
    page.write_text("<html><title>Statement</title><body><p>The tape is authentic.</p></body></html>", encoding="utf-8")
    tape.write_bytes(b"ID3\x03\x00" + bytes(range(256)) * 64)
    small_store.actor = "Researcher A"
    ids = [source_files.add_source_from_file(small_store, f).source_id for f in (pdf, page, tape)]
    text = small_store.get("sources", ids[0])["text"]
    person = small_store.rows("persons")[0]["id"]
    citation = new_citation(small_store, source_id=ids[0], record_table="persons", record_id=person,
                            quote="It ordered the executions.", locator=source_files.locator_for(text, 33, 59))
    plan_save(small_store, "Cite", {"citations": [citation]}).do(small_store)
    return small_store


def hashes(store) -> list[tuple[str, int]]:
    return store.db.execute("SELECT id, size FROM originals ORDER BY id").fetchall()


def test_a_package_round_trips_with_identical_hashes_and_its_custody_log(filled, tmp_path):
    out = tmp_path / "out.zip"
    manifest = packages.export_package(filled, out)
    assert len(manifest["originals"]) == 3
    with zipfile.ZipFile(out) as archive:
        names = sorted(archive.namelist())
    assert names == sorted(["dossier.json", "custody-log.json", "manifest.json",
                            *(f"originals/{sha}" for sha, _ in hashes(filled))])
    elsewhere = create_dossier(None)
    contents = packages.import_package(out, elsewhere)
    assert hashes(elsewhere) == hashes(filled)
    assert originals.verify(elsewhere.db.conn) == []
    for sha, _ in hashes(filled):
        with originals.open_original(filled.db.conn, sha) as a, originals.open_original(elsewhere.db.conn, sha) as b:
            assert a.read() == b.read()
    assert contents.custody_entries > 0
    source_id = elsewhere.rows("source_originals")[0]["source_id"]
    actions = [(e["who"], e["action"]) for e in originals.custody_log(elsewhere.db.conn, source_id)]
    assert actions[0] == ("Researcher A", "added")  # the history as it was
    assert actions[-1][1] == "imported from a package"  # then what happened to it here
    assert ("Researcher A", "exported in a package") in [
        (e["who"], e["action"]) for e in originals.custody_log(filled.db.conn, source_id)]
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    exchange.export_json(filled, first)
    exchange.export_json(elsewhere, second)
    assert first.read_bytes() == second.read_bytes()
    elsewhere.close()


def test_originals_and_the_custody_log_can_be_left_out(filled, tmp_path):
    out = tmp_path / "bare.zip"
    packages.export_package(filled, out, with_originals=False, with_custody_log=False)
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["dossier.json", "manifest.json"]
        document = json.loads(archive.read("dossier.json"))
    assert document["source_originals"] == [] and len(document["sources"]) == filled.count("sources")
    elsewhere = create_dossier(None)
    packages.import_package(out, elsewhere)
    assert elsewhere.count("originals") == 0 and elsewhere.count("sources") == filled.count("sources")
    elsewhere.close()


def rewrite(source: Path, target: Path, change) -> None:
    """Copy a package, letting ``change(name, data)`` return new bytes, None to drop, or a list of (name, data)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            result = change(info.filename, old.read(info))
            for name, data in ([(info.filename, result)] if isinstance(result, bytes) else result or []):
                new.writestr(name, data)


def manifest_of(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json"))


def test_hostile_packages_are_refused_by_name_and_nothing_is_written(filled, tmp_path):
    good = tmp_path / "good.zip"
    packages.export_package(filled, good)
    sha = manifest_of(good)["originals"][0]["sha256"]
    other = hashlib.sha256(b"x").hexdigest()

    def flip(name, data):
        return data[:-1] + bytes([data[-1] ^ 1]) if name == f"originals/{sha}" else data

    def extra(name, data):
        return [(name, data), ("../../evil.sh", b"rm -rf /")] if name == "manifest.json" else data

    def slip(name, data):
        return [(name, data), (f"originals/../../{sha}", b"x")] if name == "manifest.json" else data

    def twice(name, data):
        return [(name, data), (name, data)] if name == "dossier.json" else data

    def unlisted(name, data):
        return [(name, data), (f"originals/{other}", b"x")] if name == "manifest.json" else data

    def dropped(name, data):
        return None if name == f"originals/{sha}" else data

    def no_manifest(name, data):
        return None if name == "manifest.json" else data

    def edited_json(name, data):
        return data.replace(b"The commission", b"The Commission") if name == "dossier.json" else data

    def lying_size(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["originals"][0]["size"] += 1
        return json.dumps(manifest).encode()

    cases = {
        "flipped byte": (flip, "does not match its name"),
        "unknown file": (extra, "not a file a package holds"),
        "zip slip": (slip, "not a file a package holds"),
        "duplicate": (twice, "appears twice"),
        "unlisted original": (unlisted, "not listed in the manifest"),
        "missing original": (dropped, "missing"),
        "no manifest": (no_manifest, "it has no manifest.json"),
        "edited json": (edited_json, "does not match its SHA-256"),
        "lying size": (lying_size, "the manifest says"),
    }
    for label, (change, message) in cases.items():
        bad = tmp_path / f"{label}.zip"
        with pytest.warns(UserWarning) if label == "duplicate" else _nothing():
            rewrite(good, bad, change)
        target = create_dossier(None)
        with pytest.raises(packages.PackageError, match=message):
            packages.import_package(bad, target)
        assert target.count("sources") == 0 and target.count("originals") == 0, label
        assert target.db.execute("SELECT count(*) FROM custody_log").fetchone()[0] == 0, label
        target.close()


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_bombs_oversized_encrypted_and_non_zip_files_are_refused(tmp_path, empty_store):
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("dossier.json", b"0" * (50 * 1024 * 1024))
    with pytest.raises(packages.PackageError, match="zip bomb"):
        packages.import_package(bomb, empty_store)

    big = tmp_path / "big.zip"
    with zipfile.ZipFile(big, "w") as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("dossier.json", "{}")
        archive.writestr(f"originals/{'a' * 64}", b"x" * 5000)
    with pytest.raises(packages.PackageError, match="more than the 4000 allowed"):
        packages.import_package(big, empty_store, limit_bytes=4000)

    encrypted = tmp_path / "encrypted.zip"
    with zipfile.ZipFile(encrypted, "w") as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("dossier.json", "{}")
    raw = bytearray(encrypted.read_bytes())
    for marker in (b"PK\x03\x04", b"PK\x01\x02"):  # set the "encrypted" flag in both headers
        at = raw.index(marker)
        flag_at = at + (6 if marker == b"PK\x03\x04" else 8)
        raw[flag_at] |= 1
    encrypted.write_bytes(bytes(raw))
    with pytest.raises(packages.PackageError, match="encrypted"):
        packages.import_package(encrypted, empty_store)

    not_zip = tmp_path / "notes.zip"
    not_zip.write_bytes(b"just words")
    with pytest.raises(packages.PackageError, match="not a readable package"):
        packages.import_package(not_zip, empty_store)
    assert not packages.is_package(not_zip) and packages.is_package(bomb)

    wrong_manifest = tmp_path / "wrong.zip"
    with zipfile.ZipFile(wrong_manifest, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "something else"}))
        archive.writestr("dossier.json", "{}")
    with pytest.raises(packages.PackageError, match="not a Dossier Timeline package manifest"):
        packages.import_package(wrong_manifest, empty_store)


def test_the_command_line_adds_verifies_exports_and_imports_a_package(tmp_path):
    db, new_db, out = tmp_path / "d.db", tmp_path / "new.db", tmp_path / "out.zip"
    assert run("import", SMALL_DOSSIER, "--db", db).returncode == 0
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf(["The commission met in July 1988."]))
    added = run("source", "add", pdf, "--title", "The report", "--url", "https://example.org/r.pdf", "--db", db)
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip().splitlines()[-1] == "the-report"
    assert run("source", "verify", "--db", db).returncode == 0
    exported = run("export", "package", out, "--db", db)
    assert exported.returncode == 0 and "metadata" in exported.stderr
    imported = run("import", out, "--db", new_db)
    assert imported.returncode == 0, imported.stderr
    assert run("source", "verify", "--db", new_db).returncode == 0
    conn = sqlite3.connect(new_db)
    assert conn.execute("SELECT id FROM originals").fetchone()[0] == hashlib.sha256(pdf.read_bytes()).hexdigest()
    conn.close()

    refused = tmp_path / "refused.db"
    rewrite(out, tmp_path / "bad.zip", lambda name, data: data + b"!" if name.startswith("originals/") else data)
    result = run("import", tmp_path / "bad.zip", "--db", refused)
    assert result.returncode == 1 and "the manifest says" in result.stderr and not refused.exists()

    missing = run("source", "add", tmp_path / "nothing.pdf", "--db", db)
    assert missing.returncode == 1 and "cannot be read" in missing.stderr and "Traceback" not in missing.stderr


def test_source_verify_names_a_tampered_original_even_with_its_guard_dropped(tmp_path):
    db = tmp_path / "d.db"
    assert run("import", SMALL_DOSSIER, "--db", db).returncode == 0
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf(["The commission met in July 1988."]))
    source_id = run("source", "add", pdf, "--db", db).stdout.strip().splitlines()[-1]
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER original_chunks_never_change")
    conn.execute("UPDATE original_chunks SET data = CAST(replace(CAST(data AS TEXT), '1988', '1989') AS BLOB)")
    conn.commit()
    conn.close()
    result = run("source", "verify", "--db", db)
    assert result.returncode == 1
    assert f"MISMATCH {source_id}: original {sha}" in result.stdout
    checked = run("check", db)
    assert checked.returncode == 2 and f"{source_id}: original {sha}" in checked.stdout
    assert "original_chunks_never_change" in checked.stderr


def test_the_command_line_records_the_name_set_in_preferences(tmp_path, monkeypatch):
    import os

    from app import launch
    from app.domain import user_settings

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    user_settings.save("Researcher B", 500, launch.data_folder())
    db = tmp_path / "d.db"
    assert run("import", SMALL_DOSSIER, "--db", db).returncode == 0
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf(["Words."]))
    result = subprocess.run([sys.executable, "-m", "app", "source", "add", str(pdf), "--db", str(db)],
                            cwd=ROOT, capture_output=True, text=True, env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT captured_by FROM source_originals").fetchone()[0] == "Researcher B"
    assert {who for who, in conn.execute("SELECT who FROM custody_log WHERE record_table = 'source_originals'")} == {
        "Researcher B"}
    conn.close()

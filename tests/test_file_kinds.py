"""Binary files given to import are named for what they are, not misread as odd text."""

from __future__ import annotations

import gzip
import io
import sqlite3
import tarfile
import zipfile
from pathlib import Path

import pytest

from app import cli
from app.domain import csv_exchange, exchange, file_kinds
from app.domain.exchange import ExchangeError
from app.domain.opener import create_dossier

ICON = Path(__file__).parents[1] / "resources/icons/dossier-timeline-16.png"
SMALL_JSON = Path(__file__).parent / "fixtures/small-dossier.json"


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("dossier.json", SMALL_JSON.read_text(encoding="utf-8"))
    return buffer.getvalue()


def tar_bytes() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        archive.add(SMALL_JSON, arcname="dossier.json")
    return buffer.getvalue()


def sqlite_bytes(tmp_path: Path) -> bytes:
    path = tmp_path / "made.db"
    with sqlite3.connect(path) as connection:
        connection.execute("create table t (x)")
    connection.close()
    return path.read_bytes()


BINARIES = {
    "ZIP archive": lambda tmp: zip_bytes(),
    "TAR archive": lambda tmp: tar_bytes(),
    "gzip-compressed file": lambda tmp: gzip.compress(SMALL_JSON.read_bytes()),
    "PNG image": lambda tmp: ICON.read_bytes(),
    "PDF document": lambda tmp: b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
    "SQLite database": sqlite_bytes,
}


@pytest.mark.parametrize("described", BINARIES)
@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_a_binary_file_given_to_import_is_named_for_what_it_is(tmp_path, described, suffix):
    path = tmp_path / f"persons{suffix}"
    path.write_bytes(BINARIES[described](tmp_path))
    store = create_dossier(None)
    try:
        with pytest.raises(ExchangeError) as refused:
            if suffix == ".json":
                exchange.import_file(path, store)
            else:
                csv_exchange.plan_csv_import([path], store)
    finally:
        store.close()
    message = str(refused.value)
    assert f"persons{suffix}: this is a" in message and described in message
    assert "not a JSON or CSV file" in message
    assert "UTF-16" not in message and "UTF-8" not in message


def test_the_command_line_says_what_the_file_is(tmp_path, capsys):
    path = tmp_path / "package.json"
    path.write_bytes(zip_bytes())
    db = tmp_path / "dossier.db"
    assert cli.main(["--db", str(db), "import", str(path)]) == cli.EXIT_PROBLEMS
    assert "package.json: this is a ZIP archive, not a JSON or CSV file" in capsys.readouterr().err


@pytest.mark.parametrize("text", [
    b'{"format": "dossier-timeline"}', b"id,name\r\nPK,x\r\n", b"%PD", b"", b"GIF8",
    b"BZh9 is a name,x\r\n", ("x" * 257 + "ustar and more").encode(),
])
def test_text_is_not_mistaken_for_a_binary_format(text):
    assert file_kinds.sniff(text) is None


def test_sniff_file_reads_only_the_head(tmp_path):
    path = tmp_path / "x"
    path.write_bytes(zip_bytes() + b"\x00" * 1_000_000)
    assert file_kinds.sniff_file(path) is file_kinds.ZIP

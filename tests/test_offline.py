"""Offline, provably: start-up, import, export, reports and checks with the network cut off.

Any attempt to resolve a name or open a connection from Python fails the test, and
Qt's network module must never even be loaded (Qt's own sockets would bypass Python).
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from app import cli
from app.domain import opener

SMALL_JSON = Path(__file__).parent / "fixtures/small-dossier.json"


@pytest.fixture
def no_network(monkeypatch):
    """Every way Python reaches the network raises, and is recorded."""
    attempts: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"test_offline: {name} is not allowed")
        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    yield attempts
    opener.use_data_folder(None)


def start_up(db: Path, qtbot):
    """What the app does on start: open the dossier through the opener, build and show the window."""
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    create_application()
    store = cli.open_store(str(db))
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.grab().isNull()
    return store


def test_the_blocker_blocks(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80))
    with pytest.raises(OSError), socket.socket() as sock:
        sock.connect(("127.0.0.1", 9))
    assert len(no_network) == 2


@pytest.fixture
def to_close():
    """Stores closed after qtbot has closed the windows (fixtures tear down in reverse order)."""
    stores = []
    yield stores
    for store in stores:
        store.close()


def test_start_up_import_export_reports_and_check_make_no_connection(no_network, to_close, tmp_path, capsys, qtbot):
    db = tmp_path / "d.db"
    steps = [
        ["--db", db, "import", SMALL_JSON],
        ["--db", db, "import", SMALL_JSON],  # into an existing dossier: plan, backup, apply
        ["--db", db, "export", "json", tmp_path / "out.json"],
        ["--db", db, "export", "csv", tmp_path / "csv"],
        ["--db", db, "export", "dossier", "jane-roe", tmp_path / "jane.pdf"],
        ["--db", db, "export", "dossier", "jane-roe", tmp_path / "jane.html"],
        ["--db", db, "export", "timeline", tmp_path / "timeline.png"],
        ["--db", db, "export", "timeline", tmp_path / "timeline.svg"],
        ["check", db],
    ]
    for step in steps:
        status = cli.main([str(part) for part in step])
        assert status == 0, (step, capsys.readouterr().err)
    to_close.append(start_up(db, qtbot))
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules
    assert remote_resources((tmp_path / "jane.html").read_text(encoding="utf-8")) == []
    assert remote_resources((tmp_path / "timeline.svg").read_text(encoding="utf-8")) == []


def remote_resources(markup: str) -> list[str]:
    """What a browser opening this HTML/SVG would fetch from elsewhere (a URL shown as text is fine)."""
    from html.parser import HTMLParser

    found = []

    class Finder(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in ("script", "link", "iframe", "object", "embed", "base"):
                found.append(f"<{tag}>")
            for name, value in attrs:
                value = (value or "").strip().lower()
                loads = name in ("src", "srcset", "poster", "data", "xlink:href") or (name == "href" and tag == "image")
                if loads and not value.startswith(("data:", "#")):
                    found.append(f"<{tag} {name}={value[:40]}>")
                if name == "style" and "url(" in value:
                    found.append(f"<{tag} style=url(...)>")

        def handle_data(self, data):
            if "@import" in data or "url(http" in data.replace(" ", ""):
                found.append("CSS that fetches")

    Finder().feed(markup)
    return found


def test_the_app_never_imports_a_network_module():
    """A static guard beside the runtime one: no app module names a networking library."""
    root = Path(__file__).parents[1] / "app"
    banned = ("QtNetwork", "import socket", "urllib.request import urlopen", "http.client", "requests",
              "QDesktopServices.openUrl(QUrl(\"http")
    offenders = [f"{path.relative_to(root)}: {word}" for path in root.rglob("*.py")
                 for word in banned if word in path.read_text(encoding="utf-8")]
    assert offenders == []

"""Connections that trust nothing, and plain words for disk failures.

SQLite's "Defense Against the Dark Arts" is the anchor: a file from outside is
read through a *hardened* connection — untrusted schema functions off, cell
sizes checked, no memory mapping, lowered limits, an authorizer that permits
reading only, and a deadline after which any statement is interrupted.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from urllib.request import pathname2url

from .progress import Cancelled
from .wording import number, translate

# Lowered limits for a connection that reads a file from outside. Our own schema
# and queries stay far below them; hostile schemas and rows do not.
HARDENED_LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: 20_000_000,  # largest string or blob (a source text is ≤ 5 M chars)
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 100_000,  # longest statement, schema statements included
    sqlite3.SQLITE_LIMIT_COLUMN: 100,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 50,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 3,
    sqlite3.SQLITE_LIMIT_VDBE_OP: 100_000,
    sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 8,
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 50,
    sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER: 10,
    sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH: 10,
    sqlite3.SQLITE_LIMIT_WORKER_THREADS: 0,
}

# The only pragmas a hardened connection may run, and only to read them.
READABLE_PRAGMAS = frozenset({"application_id", "user_version", "integrity_check", "quick_check", "encoding",
                              "table_info"})


def readonly_uri(path: Path) -> str:
    """A read-only URI for a path; quoting keeps ``?`` and ``#`` part of the name."""
    return f"file:{pathname2url(str(Path(path).resolve()))}?mode=ro"


class DeadlinePassed(Exception):
    """A statement on a hardened connection ran past its deadline and was stopped."""


def _authorize(action: int, arg1, arg2, database, trigger) -> int:
    """Reading only: no writes, no schema changes, no ATTACH, no pragma that sets anything."""
    if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in READABLE_PRAGMAS:
        # integrity_check(N) and table_info(T) pass an argument; so does a setting (application_id = 5).
        name = (arg1 or "").lower()
        if arg2 is None or (name.endswith("_check") and arg2.isdigit()) or name == "table_info":
            return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


class HardenedConnection:
    """A read-only, limited, deadline-bound connection to a private copy of a file."""

    def __init__(self, path: Path, deadline_seconds: float, *, deadline: float | None = None,
                 keep_going: Callable[[], bool] | None = None):
        self.path = Path(path)
        self.deadline_seconds = deadline_seconds
        self._deadline = time.monotonic() + deadline_seconds if deadline is None else deadline
        self._keep_going = keep_going  # asked while a statement runs: False (a Cancel) interrupts it
        self.timed_out = False
        self.cancelled = False
        # NOTE: a URI, quoted, so '?' and '#' in the folder's name stay part of the path.
        self.conn = sqlite3.connect(f"file:{pathname2url(str(Path(path).resolve()))}", uri=True)
        try:
            for limit, value in HARDENED_LIMITS.items():
                self.conn.setlimit(limit, value)
            for pragma in ("trusted_schema = OFF", "cell_size_check = ON", "mmap_size = 0", "query_only = ON"):
                self.conn.execute(f"PRAGMA {pragma}")
            self.conn.set_authorizer(_authorize)
            self.conn.set_progress_handler(self._past_deadline, 1000)
        except BaseException:
            self.conn.close()
            raise

    def _past_deadline(self) -> int:
        if time.monotonic() > self._deadline:
            self.timed_out = True
            return 1
        if self._keep_going is not None and not self._keep_going():
            self.cancelled = True
            return 1
        return 0

    def sibling(self) -> HardenedConnection:
        """Another hardened connection to the same file, bound by the same deadline and Cancel (for another thread)."""
        return HardenedConnection(self.path, self.deadline_seconds, deadline=self._deadline,
                                  keep_going=self._keep_going)

    def _interrupted(self) -> None:
        """Raise what stopped a statement: the deadline (DeadlinePassed) or a Cancel (Cancelled)."""
        if self.timed_out:
            raise DeadlinePassed(translate("safety", "took longer than {seconds} s to check").format(
                seconds=number(f"{self.deadline_seconds:g}"))) from None
        if self.cancelled:
            raise Cancelled() from None

    def execute(self, sql: str, params=()) -> list[tuple]:
        """All rows of one statement; DeadlinePassed if it ran too long, Cancelled on a Cancel."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError:
            self._interrupted()
            raise

    def read_through(self, sql: str, batch: int = 2000) -> None:
        """Read every row of a statement and keep none: each value is decoded, memory stays flat."""
        try:
            cursor = self.conn.execute(sql)
            while cursor.fetchmany(batch):
                pass
        except sqlite3.OperationalError:
            self._interrupted()
            raise

    def close(self) -> None:
        self.conn.close()


# --- plain words for failures --------------------------------------------------------

_DISK_FULL = ("SQLITE_FULL",)
_READ_ONLY = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")


def plain_failure(error: BaseException) -> str | None:
    """A sentence for a person when a write failed for a reason outside the app, else None.

    Covers a full disk and a read-only file or folder, from SQLite or the OS.
    """
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith(_DISK_FULL) or getattr(error, "errno", None) == 28:
        return translate("safety", "The disk is full: the change was not saved and nothing was lost. "
                                   "Free some space and try again.")
    if name.startswith(_READ_ONLY) or getattr(error, "errno", None) in (13, 30):
        return translate("safety", "The file or its folder is read-only: the change was not saved and nothing "
                                   "was lost. Save a copy somewhere you can write to.")
    return None

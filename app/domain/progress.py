"""How long work reports progress and hears a Cancel, without knowing who is watching.

Every long domain operation (an import, an export, a copy, a validation, storing or
verifying originals) takes an optional ``progress(done, total) -> keep going?``; when
it answers False the operation stops, undoes what it began (a transaction rolled
back, a half-written file removed) and raises ``Cancelled``. The window's answer comes
from a Cancel button (``app.ui.background``), a script's from nothing at all.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], bool]  # (done, in all) -> keep going?


class Cancelled(Exception):
    """The person cancelled long work; nothing it began was kept."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress`` how far the work is; raise Cancelled when it says stop."""
    if progress is not None and not progress(done, total):
        raise Cancelled()

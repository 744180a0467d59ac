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


def step_of(progress: Progress | None, before: int, steps: int) -> Progress | None:
    """``progress`` for one of ``steps`` equal steps of longer work, ``before`` of them done: one bar throughout."""
    if progress is None:
        return None
    return lambda done, total: progress(before * total + done, steps * total) if total else progress(0, 0)


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress`` how far the work is; raise Cancelled when it says stop."""
    if progress is not None and not progress(done, total):
        raise Cancelled()

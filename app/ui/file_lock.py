"""One writer per dossier file: a lock held by the window that has the file open.

A QLockFile in the app's data folder (``locks/``), named by a digest of the file's canonical
path — never beside the dossier, so the folder a received file sits in stays byte-identical.
A second window or instance given the same file is refused and told which process holds it.
A lock left behind by a crash names a process that no longer runs: QLockFile recognises it
as stale and the next instance takes it over. No socket (QLocalServer needs Qt's network module, which
the offline promise keeps out).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSysInfo

from ..launch import data_folder
from .i18n import app_name

_held: dict[str, QLockFile] = {}


class DossierInUse(Exception):
    """The file is open for writing in another window or instance; the message says where."""

    def __init__(self, path: Path, message: str):
        super().__init__(message)
        self.path = path


def _key(path: Path | str) -> str:
    return os.path.normcase(str(Path(path).resolve()))


def lock_path(path: Path | str) -> Path:
    """Where the lock of a dossier file lives: the data folder, keyed on the canonical path."""
    digest = hashlib.sha256(_key(path).encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return data_folder() / "locks" / f"{digest}.lock"


def claim(path: Path | str) -> None:
    """Hold the lock of a dossier file for this process; raise DossierInUse if another holds it.

    Claiming a file this process already holds is a no-op.
    """
    key = _key(path)
    if key in _held:
        return
    target = lock_path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(target))
    # NOTE: the default stale time (30 s) would let a second instance take the lock of a
    # window open for longer; a crashed holder is recognised by its process id instead.
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        raise DossierInUse(Path(path), _in_use_message(Path(path), lock))
    _held[key] = lock


def release(path: Path | str | None) -> None:
    """Let go of a dossier file's lock (nothing if this process does not hold it)."""
    if path is None:
        return
    lock = _held.pop(_key(path), None)
    if lock is not None:
        lock.unlock()


def same_file(one: Path | str, other: Path | str) -> bool:
    """Whether two paths name one file, as the lock sees it (links resolved, case as the system folds it)."""
    return _key(one) == _key(other)


def _in_use_message(path: Path, lock: QLockFile) -> str:
    if lock.error() != QLockFile.LockError.LockFailedError:
        return QCoreApplication.translate("file_lock", "{name} cannot be locked for editing: the lock in {folder} cannot be written.").format(
            name=path.name, folder=lock_path(path).parent)
    pid, host, _app = lock.getLockInfo()
    where = ""
    if pid > 0 and host and host != QSysInfo.machineHostName():
        where = QCoreApplication.translate("file_lock", " (process {pid} on {host})").format(pid=pid, host=host)
    elif pid > 0:
        where = QCoreApplication.translate("file_lock", " (process {pid})").format(pid=pid)
    return QCoreApplication.translate("file_lock", "{name} is already open in another {app} window{where}. A dossier file is edited "
                      "in one window at a time: switch to that window, or close it there and try again.").format(
        name=path.name, app=app_name(), where=where)


"""Renames that survive a crash: the rename itself is made durable, not only the data.

``os.replace`` is atomic, but on some filesystems (ext4 without auto_da_alloc, XFS,
network mounts) the new directory entry lives only in memory until the folder
itself is synced: a crash right after the rename can bring the old file back, or
leave none. Every atomic replace of an export, backup or dossier file goes
through ``replace`` here, which syncs the folder after renaming; an export written
piece by piece goes through ``new_file``, so a failure or a Cancel leaves no half file.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def sync_folder(folder: Path | str) -> None:
    """fsync a folder so the entries renamed into it are on disk.

    Windows cannot open a folder for syncing (its renames are journalled by NTFS);
    a filesystem that cannot sync folders (EINVAL, e.g. some FUSE mounts) is let be.
    """
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(descriptor)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(descriptor)


def replace(source: Path | str, target: Path | str) -> None:
    """``os.replace`` then sync the target's folder (and the source's, if another)."""
    os.replace(source, target)
    target_folder = Path(target).absolute().parent
    sync_folder(target_folder)
    source_folder = Path(source).absolute().parent
    if source_folder != target_folder:
        sync_folder(source_folder)


@contextmanager
def new_file(path: Path | str) -> Iterator[BinaryIO]:
    """A file written beside the target, synced, then put in its place; removed on any exception.

    The file gets the permissions any new file of the user's gets (the umask), or keeps
    those of the file it replaces: an export is the user's file, not a private copy.
    """
    path = Path(path)
    temporary = (path.parent or Path(".")) / f".{path.name}.{secrets.token_hex(8)}"
    # NOTE: os.open applies the umask to 0o666; tempfile.mkstemp would make it 0600.
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            if path.exists():
                os.chmod(out.fileno(), stat.S_IMODE(path.stat().st_mode))
            os.fsync(out.fileno())
        replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise

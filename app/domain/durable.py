"""Renames that survive a crash: the rename itself is made durable, not only the data.

``os.replace`` is atomic, but on some filesystems (ext4 without auto_da_alloc, XFS,
network mounts) the new directory entry lives only in memory until the folder
itself is synced: a crash right after the rename can bring the old file back, or
leave none. Every atomic replace of an export, backup or dossier file goes
through ``replace`` here, which syncs the folder after renaming.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path


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

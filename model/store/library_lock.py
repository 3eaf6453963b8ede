"""One lock per snapshot library: rename, note, delete and restore of a snapshot hold it, so two
windows (or two processes) working on the same file cannot interleave a 'move to the trash'
with a 'rewrite in place' and leave two copies.

The lock is an advisory lock (fcntl.flock) on the library folder itself, opened read-only, so
no lock file is ever added to the folder; the kernel releases it when the block ends or the
process dies, so a killed window never leaves the library locked. model/ holds no Qt, hence not
QLockFile; on a system without fcntl (Windows) the block runs unlocked and the operations' own
re-checks (the file must still exist) are the only guard.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

try:
    import fcntl
except ImportError:             # Windows
    fcntl = None  # type: ignore[assignment]


@contextmanager
def library_lock(folder: Path) -> Iterator[None]:
    """Hold the lock of the library in `folder` for the block (waits while another process
    holds it). If the folder cannot be opened (it does not exist yet) the block runs unlocked:
    the operation itself then fails with its own message."""
    fd = None
    if fcntl is not None:
        try:
            fd = os.open(Path(folder), os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:
            if fd is not None:
                os.close(fd)
            fd = None
    try:
        yield
    finally:
        if fd is not None:
            os.close(fd)          # closing releases the lock

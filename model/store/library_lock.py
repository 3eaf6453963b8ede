"""One lock per snapshot library: rename, note, delete and restore of a snapshot hold it, so two
windows (or two processes) working on the same file cannot interleave a 'move to the trash'
with a 'rewrite in place' and leave two copies.

The lock is an advisory whole-file lock (fcntl.flock) on the hidden file '.lock' in the library
folder; it is released when the block ends or the process dies (the kernel drops it), so a
killed window never leaves the library locked. model/ holds no Qt, hence not QLockFile; on a
system without fcntl (Windows) the block runs unlocked and the operations' own re-checks
(the file must still exist) are the only guard.
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

LOCK_FILE = ".lock"


@contextmanager
def library_lock(folder: Path) -> Iterator[None]:
    """Hold the lock of the library in `folder` for the block (waits while another process
    holds it). If the lock file cannot be made (a read-only folder) the block runs unlocked:
    the operation itself then fails with its own message."""
    if fcntl is None:
        yield
        return
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        fd = os.open(Path(folder) / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW
                     | os.O_NONBLOCK, 0o644)
    except OSError:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)          # closing releases the lock

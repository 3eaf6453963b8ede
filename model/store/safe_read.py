"""Reading a file the program did not write (a snapshot from a colleague, a preset, a storyline,
the autosave, the settings file) without ever hanging or running out of memory.

    data = read_regular_file(path, limit=SNAPSHOT_MAX_BYTES)   # bytes, or UnreadableFile
    problem = regular_file_problem(path)                       # None, or why it is refused

The file is opened with O_NONBLOCK (opening a FIFO for reading would otherwise wait for a writer
for ever), then fstat'ed on the open descriptor, so what is checked is what is read: anything
but a regular file (FIFO, device, socket, folder) is refused before a byte is read, and so is a
file larger than `limit`. At most `limit` + 1 bytes are ever read, so a file that grows while
it is read is refused too. A symlink loop or a name too long gives a one-line message like every
other OS error. The standard library has no such reader (open() blocks on a FIFO), hence this
module.
"""
from __future__ import annotations

import errno
import math
import os
import stat
from pathlib import Path
from typing import Optional

from ..errors import InputError, OsReason, Worded


class UnreadableFile(InputError):
    """A file that cannot be read safely; the message names it and what is wrong."""


def path_text(path: Path | str, limit: int = 300) -> str:
    """A path for a message: whole when short, else its end (the file's name) after '…'."""
    text = str(path)
    return text if len(text) <= limit else "…" + text[-(limit - 1):]


def _kind(mode: int) -> InputError:
    """What a file that is not a regular one is, as a message part (a window words it too)."""
    if stat.S_ISDIR(mode):
        return InputError("a folder")
    if stat.S_ISFIFO(mode):
        return InputError("a pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return InputError("a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return InputError("a device")
    return InputError("not a regular file")


def _what(what: str) -> InputError:
    """The kind of file a reader expects ('file', 'snapshot file', …) as a message part."""
    kinds = {"file": InputError("file"), "snapshot file": InputError("snapshot file"),
             "session file": InputError("session file"), "session log": InputError("session log")}
    return kinds.get(what, InputError(what))


def _size_text(size: int) -> Worded:
    """`size` bytes as a message says it: whole bytes below 1 MB, else MB to one decimal
    rounded up, so a file over a limit never reads as the limit (5 MB and one byte was
    '5 MB; ... larger than 5 MB is refused'; 60,000,000 bytes was '57.2205 MB'). A Worded
    field with the number as a number: the command line writes '5.1 MB', a window its locale's
    '5,1 MB' (gui/error_text.py, gui/format.py)."""
    if size < 1024 * 1024:
        return Worded("{size:,} bytes", size=int(size))
    return Worded("{size:g} MB", size=math.ceil(size * 10 / (1024 * 1024)) / 10)


def _os_error(path: Path, exc: OSError, error: type[InputError] = InputError) -> InputError:
    """Why the file `path` cannot be opened or read, as `error` (a window words it too)."""
    name = path_text(path)
    if exc.errno == errno.ENOENT:
        return error("{name}: no such file", name=name)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return error("{name}: permission denied (cannot read the file)", name=name)
    if exc.errno == errno.ELOOP:
        return error("{name}: a symbolic link that loops (or too many links); not a file",
                     name=name)
    if exc.errno == errno.ENAMETOOLONG:
        return error("{name}: the file name is too long", name=name)
    if exc.errno == errno.EISDIR:
        return error("{name}: is a folder, not a file", name=name)
    return error("{name}: cannot be read: {reason}", name=name, reason=OsReason(exc))


def _os_problem(path: Path, exc: OSError) -> str:
    return str(_os_error(path, exc))


def regular_file_problem(path: Path | str) -> Optional[str]:
    """None if `path` is absent or a regular file (following symlinks), else one line saying
    what it is. Never opens the file, so it never blocks (used before handing a path to a
    library that opens it itself, such as QSettings)."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        if isinstance(exc, OSError):
            return _os_problem(path, exc)
        return f"{path_text(path)}: not a usable file name ({exc})"
    if stat.S_ISREG(mode):
        return None
    return f"{path_text(path)}: is {_kind(mode)}, not a regular file"


def read_regular_file(path: Path | str, limit: int, what: str = "file",
                      error: type[InputError] = UnreadableFile) -> bytes:
    """The bytes of the regular file `path`, at most `limit` bytes; raises `error` (an
    InputError, default UnreadableFile) naming the file for a missing, unreadable, special
    (FIFO, device, folder), looping or too large file. Never blocks on a special file."""
    path = Path(path)
    name = path_text(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
                     | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise _os_error(path, exc, error) from None
    except ValueError as exc:        # e.g. a NUL byte in the name
        raise error("{name}: not a usable file name ({exc})",
                    name=name, exc=exc) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise error("{name}: is {kind}, not a {what}",
                        name=name, kind=_kind(info.st_mode), what=_what(what))
        if info.st_size > limit:
            raise error("{name}: the file is {size_text}; a {what} larger than "
                        "{size_text2} is refused",
                        name=name, size_text=_size_text(info.st_size), what=_what(what),
                        size_text2=_size_text(limit))
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise _os_error(path, exc, error) from None
    finally:
        os.close(fd)
    if total > limit:
        raise error("{name}: larger than {size_text} (it grew while being read); "
                    "refused",
                    name=name, size_text=_size_text(limit))
    return b"".join(chunks)

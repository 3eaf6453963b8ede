"""Where the window keeps the user's data (snapshots, the session journal): one rule for all.

The folder comes from AI_CAPEX_EXPLORER_DATA or Qt's AppDataLocation and is checked before the
window uses it: a file, pipe or device at that path (or at one of its parent folders), a
symbolic link that loops or leads to nothing, or a '~user' nobody has is refused with DataFolderError, one line
naming the folder, what is in the way and what to do, instead of a traceback from the first
feature that writes there. A missing folder is fine: it is created when first written."""
from __future__ import annotations

import errno
import os
import stat
import weakref
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QStandardPaths

try:
    import fcntl
except ImportError:             # Windows: every window keeps the session, as before
    fcntl = None  # type: ignore[assignment]

from model.errors import InputError, clip
from model.limits import DATA_ENV, PATH_QUOTE_CHARS, TESTING_ENV


class DataFolderError(InputError):
    """The data folder cannot be used (an InputError: main.py prints it as one line, exit 2)."""


def data_folder(window) -> Optional[Path]:
    """The folder for this window's lasting data: AI_CAPEX_EXPLORER_DATA if set (an absolute
    path or one starting with '~'; a relative one is refused, DataFolderError), else Qt's
    AppDataLocation (or ~/.ai-capex-explorer); None for tests and for windows without settings
    that name no data folder (their data then lives in a temporary place or in memory)."""
    return data_folder_for(window.settings)


def data_folder_for(settings) -> Optional[Path]:
    """data_folder for a window that will have `settings` (a QSettings or None), before the
    window exists (start-up reads the kept session there). DataFolderError if the folder
    cannot be one (see the module docstring)."""
    data = os.environ.get(DATA_ENV)
    if data:
        fix = f"set {DATA_ENV} to a folder (it is created if missing) or unset it"
        try:
            folder = Path(data).expanduser()
        except RuntimeError:           # '~nobody/x': no such user's home
            raise DataFolderError(f"{DATA_ENV}={_quote(data)}: names the home folder of a user "
                                  f"unknown here; {fix}") from None
        if not folder.is_absolute():
            # taken from the current folder, a launcher started elsewhere (a desktop entry, a
            # cron job) wrote the user's snapshots and session to another place each time
            raise DataFolderError(
                f"{DATA_ENV}={_quote(data)}: is a relative path, which would be read from the "
                f"folder the program is started in ({_quote(Path.cwd())}); set {DATA_ENV} to "
                f"an absolute folder (e.g. {_quote(Path.cwd() / folder)}) or unset it")
        _check(folder, f"{DATA_ENV}={_quote(data)}", fix)
        return folder
    if os.environ.get(TESTING_ENV) or settings is None:
        return None
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(base) if base else Path.home() / ".ai-capex-explorer"
    _check(folder, f"the data folder {_quote(folder)}",
           f"move what is there away, or set {DATA_ENV} to another folder")
    return folder


# The data folders whose session this process keeps: folder -> the descriptor holding its lock.
_KEPT: dict[str, int] = {}
# What each window was told (window -> (keeps, the folder key it holds or None)); kept here, not
# as attributes set on the window, and forgotten with the window.
_WINDOWS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def keeps_session(window, retry: bool = False) -> bool:
    """True if `window` keeps the session and the autosave of its data folder: the first window
    on that folder, of this process or any other (an advisory lock on the folder, held until
    `release_session`; a killed process's lock goes with it). False for a second window on
    the same folder: two windows wrote the same session.json and .autosave.json, so one
    closing removed the other's autosave and a crash of the other then lost its work. True
    without a data folder, without fcntl (Windows) or when the folder cannot be locked.
    With `retry`, a second window tries again (the first may have closed since)."""
    known = _WINDOWS.get(window)
    if known is not None and (known[0] or not retry):
        return known[0]
    folder = data_folder(window)
    kept, held = True, None
    if folder is not None and fcntl is not None:
        key = os.path.abspath(folder)
        if key in _KEPT:
            kept = False                     # another window of this process keeps it
        else:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            except OSError:
                fd = None                    # cannot be locked: as before (one window)
            if fd is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    os.close(fd)
                    kept = False             # a window of another process keeps it
                else:
                    _KEPT[key] = fd
                    held = key
    _WINDOWS[window] = (kept, held)
    return kept


def release_session(window) -> None:
    """`window` closed: the next window on its data folder may keep the session."""
    kept, held = _WINDOWS.get(window, (False, None))
    if held is not None and held in _KEPT:
        os.close(_KEPT.pop(held))
    _WINDOWS[window] = (kept, None)


def folder_problem(folder: Path) -> Optional[str]:
    """None if `folder` is a folder or can be made one (it, or its nearest existing parent, is
    a folder); else what is in the way, as a message part. Never opens anything."""
    for path in (folder, *folder.parents):
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:
            if os.path.islink(path):   # a link to nothing: making the folder fails 'File exists'
                where = "" if path == folder else f"{_quote(path)} "
                return (f"{where}is a symbolic link to {_quote(os.readlink(path))}, "
                        f"which does not exist")
            continue
        except NotADirectoryError:     # a parent further up is a file: found on the way up
            continue
        except OSError as exc:
            where = "" if path == folder else f"{_quote(path)} "
            if exc.errno == errno.ELOOP:
                return f"{where}is a symbolic link that loops"
            return f"{where}cannot be used: {exc.strerror or exc}"
        except ValueError as exc:      # a NUL character
            return f"not a usable folder name ({exc})"
        if stat.S_ISDIR(mode):
            return None
        kind = ("a file" if stat.S_ISREG(mode) else "a pipe (FIFO)" if stat.S_ISFIFO(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a folder")
        where = "" if path == folder else f"{_quote(path)} "
        return f"{where}is {kind}, not a folder"
    return None


def _check(folder: Path, named: str, fix: str) -> None:
    problem = folder_problem(folder)
    if problem is not None:
        raise DataFolderError(f"{named}: {problem}; {fix}")


def _quote(path: object) -> str:
    return repr(clip(str(path), PATH_QUOTE_CHARS))

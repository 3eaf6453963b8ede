"""Atomic file writes: a crash mid-write never leaves a truncated file or harms the old one.

`atomic_path` / `write_bytes` / `write_text` replace a file (the old version stays whole until
the new one is complete on disk). `write_new_bytes` creates a file that must not exist yet, so
two processes choosing the same name never overwrite each other. `move_no_overwrite` moves a
file without ever replacing an existing one.
"""
from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

from ..limits import NAME_MAX_BYTES

TEMP_SUFFIX = ".tmp"
TEMP_NAME_BYTES = NAME_MAX_BYTES - 55   # bytes of the target's name kept in a temporary file's
# name: room for the two dots, mkstemp's random part and TEMP_SUFFIX within NAME_MAX_BYTES
WRITE_CHUNK = 1 << 20        # bytes per os.write


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success fsync it and rename it over `path`.

    On any exception the temporary file is removed and `path` is untouched. An OSError (a
    read-only or full folder, a refused rename) names `path`, not the temporary file, which
    the user never chose and which no longer exists.
    """
    path = Path(path)
    _refuse_special(path)
    try:
        tmp = _temp_beside(path)
    except OSError as exc:                  # e.g. EACCES / EROFS: the folder takes no new file
        raise _naming(exc, path) from None
    try:
        yield tmp
        _fsync_file(tmp)
        os.replace(tmp, path)
        _fsync_folder(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _naming(exc, path) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


_BLOCK_BYTES = 4096     # a file system block where the system does not say (Windows: NTFS's default)
NO_REASON = "the system gave no reason"      # why_not_writable found none of the usual causes
NOT_REGULAR = "it exists and is not a regular file (a pipe, device or socket); choose another name"


def _refuse_special(path: Path) -> None:
    """OSError if `path` is a folder (EISDIR) or a pipe, device or socket (EINVAL, NOT_REGULAR):
    the rename would replace that node with a file (as root, '/dev/sda' chosen in a save dialog
    would be gone). A symbolic link is replaced as a link, whatever it points to; an absent
    path is fine."""
    try:
        mode = os.lstat(path).st_mode
    except (OSError, ValueError):
        return                              # absent, or a problem the write itself reports
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise OSError(errno.EINVAL, NOT_REGULAR, str(path))


def _naming(exc: OSError, path: Path) -> OSError:
    """`exc` as the same kind of OSError (errno, message) naming `path`; unchanged if it has
    no errno (nothing to rebuild it from) or already names `path`."""
    if exc.errno is None or exc.filename == str(path):
        return exc
    return OSError(exc.errno, exc.strerror, str(path))      # PermissionError for EACCES, ...


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (replacing any previous version in one step).

    Every byte is written with os.write and checked, then fsynced, before the rename: a full
    disk or an I/O error raises OSError (ENOSPC, EIO...) and leaves the old file as it was and
    no temporary file behind."""
    with atomic_path(path) as tmp:
        _write_file(tmp, data)


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 `text` to `path` atomically."""
    write_bytes(path, text.encode("utf-8"))


def write_new_bytes(path: Path, data: bytes) -> None:
    """Create `path` holding `data`, atomically, only if no file of that name exists.

    Raises FileExistsError (and writes nothing under that name) when `path` already exists,
    also when another process creates it at the same moment. The content is complete and
    fsynced before the name appears. On file systems without hard links a reservation by
    O_CREAT|O_EXCL followed by an atomic rename is used instead (the name then shows an empty
    file for the instant between the two steps).
    """
    path = Path(path)
    tmp = _temp_beside(path)
    try:
        _write_file(tmp, data)
        try:
            os.link(tmp, path)          # fails with FileExistsError if the name is taken
        except FileExistsError:
            raise
        except (OSError, NotImplementedError, AttributeError) as exc:
            if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
                raise
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            os.close(fd)
            os.replace(tmp, path)
        _fsync_folder(path.parent)
    finally:
        tmp.unlink(missing_ok=True)


def move_no_overwrite(source: Path, destination: Path) -> None:
    """Move `source` to `destination` (same file system) unless `destination` exists.

    Raises FileExistsError when it does; the source is then left where it was.
    """
    source, destination = Path(source), Path(destination)
    try:
        os.link(source, destination)
    except FileExistsError:
        raise
    except (OSError, NotImplementedError, AttributeError):
        if destination.exists():
            raise FileExistsError(errno.EEXIST, "file exists", str(destination)) from None
        os.rename(source, destination)
    else:
        os.unlink(source)
    _fsync_folder(destination.parent)
    if source.parent != destination.parent:
        _fsync_folder(source.parent)


def is_temp_name(name: str) -> bool:
    """True for the names of temporary files made by this module ('.NAME.xxxx.tmp')."""
    return name.startswith(".") and name.endswith(TEMP_SUFFIX)


def remove_stale_temp_files(folder: Path, older_than_seconds: float) -> int:
    """Remove this module's temporary files ('.NAME.xxxx.tmp', regular files only) in `folder`
    older than the given age: left by a write that was killed. Returns how many were removed;
    never raises (a file that cannot be removed stays)."""
    count = 0
    limit = time.time() - older_than_seconds
    try:
        candidates = list(os.scandir(folder))
    except OSError:
        return 0
    for item in candidates:
        try:
            if is_temp_name(item.name) and item.is_file(follow_symlinks=False) \
                    and item.stat(follow_symlinks=False).st_mtime < limit:
                os.unlink(item.path)
                count += 1
        except OSError:
            pass
    return count


def why_not_writable(path: Path) -> OSError:
    """Why a file at `path` could not be written, for a writer that says only that it failed
    (QSettings: a status 'AccessError', no errno), as the OSError a write would have raised:
    a part of the path that is a file (ENOTDIR), a read-only drive (EROFS), no room for the
    file and one block more (ENOSPC: the new file is written beside the old one), a folder
    this user may not write (EACCES); else an OSError (errno 0) saying NO_REASON.
    Hand-made: neither Qt nor the standard library says why a finished write failed."""
    path = Path(path)
    existing = None
    for part in reversed(path.parents):       # from the root down to the file's folder
        if not part.exists():
            break
        if not part.is_dir():
            return NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
        existing = part
    if existing is None:
        return OSError(0, NO_REASON, str(path))
    statvfs = getattr(os, "statvfs", None)     # POSIX only: Windows has none (no flag to read)
    try:
        info = statvfs(existing) if statvfs is not None else None
        free = (info.f_bavail * info.f_frsize if info is not None
                else shutil.disk_usage(existing).free)
        size = path.stat().st_size if path.is_file() else 0
    except OSError as exc:
        return _naming(exc, path)
    if info is not None and info.f_flag & os.ST_RDONLY:
        return OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
    block = info.f_frsize if info is not None else _BLOCK_BYTES
    # (a file system of no blocks at all, /proc or /sys, is not full: it holds no files)
    if free < size + block and getattr(info, "f_blocks", 1) > 0:
        return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
    if not os.access(existing, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
    return OSError(0, NO_REASON, str(path))


def make_folder(folder: Path, naming: Optional[Path] = None) -> None:
    """Create `folder` and the folders above it if missing: the one place the program makes a
    folder (snapshot saves, the snapshots' folder and its trash, the Explore sweep). If the
    system refuses, raises the OSError naming `naming` (default `folder`) with the cause
    `why_not_writable` finds (a read-only drive, no permission, a file in the way), else the
    refusal's own; a file, pipe or link to nothing in the way, of which the system says only
    'File exists', is ENOTDIR (a part of the path is not a folder)."""
    folder = Path(folder)
    named = Path(naming) if naming is not None else folder
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        found = why_not_writable(folder / "x" if naming is None else named)
        if found.errno:
            raise type(found)(found.errno, found.strerror, str(named)) from None
        if isinstance(exc, FileExistsError):
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR),
                                     str(named)) from None
        raise


def make_folder_of(path: Path) -> None:
    """Create the folder of the file `path` and the folders above it if missing, before the file
    is written (make_folder); a refusal is raised as the OSError a write of `path` would have
    raised, naming `path`, for model.errors.write_failed."""
    make_folder(Path(path).parent, naming=Path(path))


def _temp_beside(path: Path) -> Path:
    """A new empty temporary file beside `path`, with the permissions the file at `path` has
    (or, for a new file, those a plain open() would give it): mkstemp makes it private (0600),
    which the finished file must not inherit."""
    # The name is cut so that the temporary name stays within NAME_MAX_BYTES limit of a name.
    stem = path.name.encode("utf-8", "surrogateescape")[:TEMP_NAME_BYTES].decode("utf-8", "ignore")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{stem}.", suffix=TEMP_SUFFIX, dir=path.parent)
    os.close(fd)
    try:
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)
        except OSError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp_name, mode)
    except OSError:
        pass          # e.g. a file system without POSIX modes: keep what mkstemp gave
    return Path(tmp_name)


def _umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux), since
    setting and restoring it would race with other threads creating files."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    current = os.umask(0o022)
    os.umask(current)
    return current


def _write_file(path: Path, data: bytes) -> None:
    """Write all of `data` to the (existing, empty) file `path` and fsync it; OSError on any
    failure, including a short write."""
    fd = os.open(path, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0))
    try:
        view = memoryview(data)
        while view:
            written = _os_write(fd, view[:WRITE_CHUNK])
            if written <= 0:
                raise OSError(errno.EIO, "the disk accepted no more bytes", str(path))
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def _os_write(fd: int, data) -> int:
    """os.write, the one place every atomic write's bytes pass (tests wrap it to fail at byte
    N, as a full disk does)."""
    return os.write(fd, data)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

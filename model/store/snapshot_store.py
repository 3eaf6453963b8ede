"""A folder of snapshot files (the program's snapshot library) and the autosave of the working
state. No Qt: the window passes the folder (QStandardPaths AppDataLocation/snapshots).

    store = SnapshotStore(folder)
    path = store.save_new(snapshot.create("Slow money", values, note="..."))
    for entry in store.entries():            # never raises; broken files have .error
        entry.name, entry.created, entry.summary(), entry.error
    store.rename(path, "Slow money (v2)"); store.set_note(path, "...")
    trashed = store.delete(path); store.restore_from_trash(trashed)

Guarantees (docs/SNAPSHOTS.md): every write is atomic; a new snapshot gets a file name no other
file has, claimed without overwriting (two windows saving at the same moment both keep their
snapshots); deleting moves the file into `trash/`; reading never changes a file, and a bad file
is reported without affecting the others.
"""
from __future__ import annotations

import json
import os
import re
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Mapping, Optional

from .. import parameters as P
from ..errors import InputError, OsReason, Worded, folder_failed, remove_failed, write_failed
from . import snapshot as S
from ..limits import NAME_MAX_BYTES, SNAPSHOT_MAX_NAME_ATTEMPTS, TEMP_MAX_AGE_SECONDS
from .library_lock import library_lock
from .atomic import (make_folder as make_folder_at, make_folder_of, move_no_overwrite,
                     remove_stale_temp_files, write_new_bytes, write_text)

TRASH_FOLDER = "trash"
AUTOSAVE_FILE = ".autosave.json"
AUTOSAVE_KIND = "ai-capex-explorer autosave"
AUTOSAVE_SCHEMA_VERSION = S.SCHEMA_VERSION   # its parameters are those of that snapshot schema
SUMMARY_HEADLINES = ("cum_capex_2025_2030", "coverage_year", "bust_year")
TRASH_KEEP_DAYS = 30          # the window empties trash entries older than this at start-up


class StoreError(InputError):
    """A store operation that failed (missing file, disk error); the message says which file."""


def _write_error(path: Path | str, exc: OSError) -> "StoreError":
    """The StoreError for a snapshot file that could not be written: model.errors.write_failed's
    wording (why, that nothing was written and whether the file already there is unchanged,
    what to do: the store writes atomically), its OSError kept as `os_error` for a window."""
    worded = write_failed(path, exc)
    error = StoreError(worded.template, **worded.fields)
    error.os_error = exc          # the cause, for a window to word ('it is a folder')
    return error


@dataclass
class StoreEntry:
    """One file of the store as listed: a snapshot, or a broken file with its error.

    `created` is the snapshot's ISO 8601 UTC time (None if unknown or broken); `modified` is the
    file's modification time in seconds since the epoch; `headlines` maps headline key ->
    SavedHeadline (as saved, or computed by the current model for files saved without them).
    """

    path: Path
    name: str
    created: Optional[str]
    modified: float
    note: str = ""
    headlines: dict = field(default_factory=dict)
    snapshot: Optional[S.Snapshot] = None
    error: Optional[str] = None
    failure: Optional[S.SnapshotError] = field(default=None, compare=False)   # its error

    @property
    def broken(self) -> bool:
        """True if the file could not be read as a snapshot (see `error`)."""
        return self.error is not None

    @property
    def file_name(self) -> str:
        """The file's name: the snapshot's identity in the store (used in compare selections)."""
        return self.path.name

    def summary(self, keys: tuple[str, ...] = SUMMARY_HEADLINES) -> list[S.SavedHeadline]:
        """The two or three headline figures of a list row (numbers with unit keys, in `keys`
        order; figures the file lacks are left out). The window writes them as text."""
        return [self.headlines[k] for k in keys if k in self.headlines]

    def sort_time(self) -> float:
        """Seconds since the epoch used to order the list: `created`, else the file time."""
        return _timestamp(self.created) if self.created else self.modified


class SnapshotStore:
    """The snapshot files in `folder` (created on first write) and its `trash/` subfolder.

    Methods taking a `path` accept the path of a file of this store (e.g. `StoreEntry.path`)
    or its bare file name. Errors are StoreError / SnapshotError (both InputError) with a
    message naming the file; no method deletes or overwrites another snapshot.
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.trash_folder = self.folder / TRASH_FOLDER

    # -- listing and reading -------------------------------------------------------------------

    def entries(self) -> list[StoreEntry]:
        """Every snapshot file, newest first; unreadable ones included with `.error` set.
        Never raises (a missing folder is an empty list) and never writes."""
        return _list(self.folder)

    def trash_entries(self) -> list[StoreEntry]:
        """The files in the trash, newest first (same form as `entries`)."""
        return _list(self.trash_folder)

    def load(self, path: Path | str) -> S.Snapshot:
        """The validated snapshot in a store file; SnapshotError naming it if it is bad."""
        return S.load(self._own(path))

    # -- writing -------------------------------------------------------------------------------

    def save_new(self, snapshot: S.Snapshot) -> Path:
        """Write `snapshot` as a new file and return its path. The name is
        '<slug of the name>-<UTC time>[-N].json', claimed exclusively (never overwriting)."""
        data = S.to_json(snapshot).encode("utf-8")
        return self._write_unique(self.folder, slug(snapshot.name), data)

    def save_values(self, name: str, values: Mapping[str, float], note: str = "",
                    compare: Optional[list] = None, results=None, i: int = 0) -> Path:
        """Convenience: `snapshot.create(...)` then `save_new`; returns the new file's path."""
        return self.save_new(S.create(name, values, note, compare, results, i))

    def rename(self, path: Path | str, new_name: str) -> S.Snapshot:
        """Change the name stored in a snapshot (the file keeps its path); returns the result.
        Done under the library's lock and only if the file is still there, so a rename racing a
        delete or restore of the same snapshot never brings back a second copy."""
        return self._update(path, name=S.check_name(new_name))

    def set_note(self, path: Path | str, note: str) -> S.Snapshot:
        """Replace a snapshot's note; returns the updated snapshot."""
        if not isinstance(note, str):
            raise StoreError("a note is text, not {name}",
                             name=type(note).__name__)
        return self._update(path, note=S.check_note(note))

    def duplicate(self, path: Path | str, new_name: Optional[str] = None) -> Path:
        """Save a copy of a snapshot as a new file (name 'NAME (copy)' unless given, time now);
        returns the new path."""
        original = self.load(path)
        name = S.check_name(new_name if new_name is not None
                            else _clip_name(f"{original.name} (copy)"))
        return self.save_new(S.with_changes(original, name=name, created=S.utc_now(),
                                            migrated_from=None))

    def import_file(self, external: Path | str) -> Path:
        """Validate a snapshot file from anywhere (older versions are migrated; the source file
        is not touched) and save it into the store as a new file; returns its path. Headline
        figures missing from old files are computed with the current model."""
        snap = S.load(Path(external))
        if not snap.headlines:
            snap = S.with_changes(snap, headlines=S.headlines_of(snap.parameters))
        return self.save_new(S.with_changes(snap, migrated_from=None))

    def export(self, path: Path | str, destination: Path | str) -> None:
        """Write a store snapshot to `destination` (the user's chosen path, replaced atomically
        if it exists). The copy is validated and in the current schema."""
        snap = self.load(path)
        try:
            S.save(snap, Path(destination))
        except OSError as exc:
            raise _write_error(destination, exc) from None

    # -- deleting ------------------------------------------------------------------------------

    def delete(self, path: Path | str) -> Path:
        """Move a file (even a broken one) into the trash folder; returns its path there, which
        `restore_from_trash` takes back. The file's time becomes the time of deletion (the
        trash's age, for `empty_trash(older_than_seconds=...)`)."""
        with library_lock(self.folder):
            source = self._own(path, must_exist=True)
            trashed = self._move_unique(source, self.trash_folder)
        try:
            os.utime(trashed)
        except OSError:       # the age is a nicety: the file is in the trash either way
            pass
        return trashed

    def restore_from_trash(self, trash_path: Path | str) -> Path:
        """Move a trashed file back into the store (a new name if its old one is taken);
        returns its path in the store."""
        with library_lock(self.folder):
            source = self._own(trash_path, must_exist=True, folder=self.trash_folder)
            return self._move_unique(source, self.folder)

    def empty_trash(self, older_than_seconds: Optional[float] = None) -> int:
        """Delete the files in the trash for good (only those deleted more than
        `older_than_seconds` ago, if given); returns how many were deleted. A trash that is a
        symbolic link is refused (StoreError, nothing deleted): the window empties the trash of
        old entries at every start, and a link to another folder (the user's documents) had
        its JSON files deleted for good."""
        if self.trash_folder.is_symlink():
            raise StoreError("{folder}: is a symbolic link, not a folder of its own; the trash "
                             "is emptied only in its own folder, so nothing was deleted. "
                             "Replace the link with a folder",
                             folder=self.trash_folder)
        count = 0
        limit = None if older_than_seconds is None else time.time() - older_than_seconds
        for entry in self.trash_entries():
            if limit is not None and entry.modified >= limit:
                continue
            try:
                entry.path.unlink()
                count += 1
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise StoreError("{path}: cannot delete: {value}",
                                 path=entry.path, value=OsReason(exc)) from None
        return count

    def remove_stale_temp_files(self, older_than_seconds: float = TEMP_MAX_AGE_SECONDS) -> int:
        """Remove temporary files left by writes that were killed (names '.*.tmp' older than
        the given age, in the store and its trash); returns how many were removed."""
        return sum(remove_stale_temp_files(folder, older_than_seconds)
                   for folder in (self.folder, self.trash_folder))

    # -- internals -----------------------------------------------------------------------------

    def _own(self, path: Path | str, must_exist: bool = True,
             folder: Optional[Path] = None) -> Path:
        folder = folder or self.folder
        path = Path(path)
        if len(path.parts) == 1:
            path = folder / path
        if path.parent.resolve() != folder.resolve() or path.suffix.lower() != ".json" \
                or path.name.startswith("."):
            raise StoreError("{path}: not a snapshot file of the folder {folder}",
                             path=path, folder=folder)
        if must_exist and not path.is_file():
            raise StoreError("{path}: no longer exists (deleted or moved by another window?)",
                             path=path)
        return path

    def _update(self, path: Path | str, **changes) -> S.Snapshot:
        with library_lock(self.folder):
            target = self._own(path)         # re-checked under the lock: still there?
            updated = S.with_changes(S.load(target), migrated_from=None, **changes)
            text = S.to_json(updated)
            try:
                write_text(target, text)
            except OSError as exc:
                raise _write_error(target, exc) from None
        return updated

    def _write_unique(self, folder: Path, stem: str, data: bytes) -> Path:
        base = f"{stem}-{_file_stamp()}"
        try:          # a folder that cannot be made: said as every failed write of the file
            make_folder_of(folder / f"{base}.json")
        except OSError as exc:
            raise _write_error(folder / f"{base}.json", exc) from None
        for n in range(1, SNAPSHOT_MAX_NAME_ATTEMPTS + 1):
            candidate = folder / (f"{base}.json" if n == 1 else f"{base}-{n}.json")
            try:
                write_new_bytes(candidate, data)
                return candidate
            except FileExistsError:
                continue
            except OSError as exc:
                raise _write_error(candidate, exc) from None
        raise StoreError("{folder}: no free file name for {stem!r}",
                         folder=folder, stem=stem)

    def _move_unique(self, source: Path, folder: Path) -> Path:
        make_folder(folder)
        stem = source.stem
        for n in range(1, SNAPSHOT_MAX_NAME_ATTEMPTS + 1):
            candidate = folder / (source.name if n == 1 else f"{stem}-{n}.json")
            try:
                move_no_overwrite(source, candidate)
                return candidate
            except FileExistsError:
                continue
            except FileNotFoundError:
                raise StoreError("{source}: no longer exists (deleted or moved by another "
                                 "window?)",
                                 source=source) from None
            except OSError as exc:
                raise StoreError("{source}: cannot move to {folder}: {value}",
                                 source=source, folder=folder, value=OsReason(exc)) from None
        raise StoreError("{folder}: no free file name for {name}",
                         folder=folder, name=source.name)


def make_folder(folder: Path) -> None:
    """Create `folder` (the snapshots' folder at the window's start, or its trash) and its
    parents if missing, by atomic.make_folder, the program's one way of making a folder;
    StoreError worded by model.errors.folder_failed if the system refuses: the folder, why (a
    read-only drive, a file in the way ...) and what to do (the snapshot panel shows it). A
    write of a file into a folder that cannot be made says so as a failed write of that file
    instead (atomic.make_folder_of)."""
    try:
        make_folder_at(Path(folder))
    except OSError as exc:
        worded = folder_failed(folder, exc)
        raise StoreError(worded.template, **worded.fields) from None


def slug(name: str) -> str:
    """A file-name-safe short form of a snapshot name: ASCII lower case, digits and '-',
    at most 40 characters ('Slow money: 2030!' -> 'slow-money-2030'); 'snapshot' if empty."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].strip("-")
    return text or "snapshot"


def _file_stamp() -> str:
    """UTC time for file names, e.g. '20250501T120000Z'."""
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _clip_name(name: str) -> str:
    return name if len(name) <= S.MAX_NAME_CHARS else name[:S.MAX_NAME_CHARS]


def _timestamp(iso: str) -> float:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return 0.0
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    try:
        return moment.timestamp()
    except (OverflowError, OSError, ValueError):
        return 0.0


def _list(folder: Path) -> list[StoreEntry]:
    try:
        candidates = sorted(folder.iterdir())
    except OSError:
        return []
    entries = []
    for path in candidates:
        if path.name.startswith(".") or path.suffix.lower() != ".json":
            continue
        try:
            if not path.is_file():
                continue
            modified = path.stat().st_mtime
        except OSError:
            continue
        entries.append(read_entry(path, modified))
    entries.sort(key=lambda e: (e.sort_time(), e.file_name), reverse=True)
    return entries


def read_entry(path: Path, modified: float) -> StoreEntry:
    """The listing entry of one file (parsed and validated; a broken file gives an entry with
    `.error`); `modified` is its modification time in seconds since the epoch. Never raises."""
    try:
        snap = S.load(path)
    except S.SnapshotError as exc:
        return StoreEntry(path, path.stem, None, modified, error=str(exc), failure=exc)
    headlines = snap.headlines
    if not headlines:
        try:
            headlines = S.headlines_of(snap.parameters)
        except Exception:   # listing must never fail; the snapshot itself is valid
            headlines = {}
    return StoreEntry(path, snap.name, snap.created, modified, snap.note, headlines, snap)


# ---------------------------------------------------------------------------------------------
# Autosave of the working state

def is_library_name(name: object) -> bool:
    """True if `name` can be the file name of a snapshot in the library: one name in the folder
    (no '/' or '\\', not '.' or '..', no control characters), so a compare selection read from
    a file never reaches a file outside the library ('/home/x/other.json', '../x.json')."""
    return (isinstance(name, str) and 0 < len(name.encode("utf-8", "surrogatepass")) <= NAME_MAX_BYTES
            and name not in (".", "..")
            and not any(c in name for c in "/\\") and all(ord(c) >= 32 for c in name))


def autosave_path(folder: Path) -> Path:
    """Where the autosave of `folder` lives (a hidden file, not listed as a snapshot)."""
    return Path(folder) / AUTOSAVE_FILE


def write_autosave(folder: Path, values: Mapping[str, float], compare: list) -> Path:
    """Atomically save the working state: every parameter (partial mappings are completed with
    defaults) and the compare selection (snapshot file names). Returns the file's path.
    Raises SnapshotError for invalid values and OSError for disk problems (the previous
    autosave then stays as it was)."""
    full = P.complete(values)
    compare = S.check_compare(list(compare), "autosave")
    doc = {"kind": AUTOSAVE_KIND, "schema_version": AUTOSAVE_SCHEMA_VERSION,
           "saved": S.utc_now(), "program_version": S.program_version(),
           "parameters": {k: S._plain_number(v) for k, v in full.items()},
           "compare": compare}
    path = autosave_path(Path(folder))
    make_folder_of(path)
    write_text(path, json.dumps(doc, indent=1, ensure_ascii=False, allow_nan=False) + "\n")
    return path


def read_autosave(folder: Path, problems: Optional[list] = None,
                  kept_aside: Optional[list] = None) -> Optional[dict]:
    """The autosaved working state as {"parameters": full dict, "compare": [file names],
    "saved": ISO time, "warnings": [text]}, or None when there is none or it cannot be used.
    Never raises: why a present autosave was refused is appended to `problems` (if given) as
    one line of text. An autosave of an older version gets the parameters added since at their
    defaults, and values outside a changed range set to the nearest end (named in "warnings").
    A compare entry that is no file name in the library (is_library_name) is left out.
    An autosave that cannot be used is moved aside (keep_unreadable_autosave), its new path
    appended to `kept_aside` (if given), so the next autosave does not replace it."""
    path = autosave_path(folder)
    if not path.exists():
        return None
    try:
        doc = S.parse_json_object(S.decode_text(S.read_bytes_limited(path), str(path)),
                                  str(path))
        if doc.get("kind") != AUTOSAVE_KIND:
            raise S.SnapshotError("{path}: not an autosave file",
                                  path=path)
        version = doc.get("schema_version")
        if isinstance(version, bool) or not isinstance(version, int) \
                or not 1 <= version <= AUTOSAVE_SCHEMA_VERSION:
            raise S.SnapshotError("{path}: autosave schema version {version!r} is not one this "
                                  "program reads (1 to {AUTOSAVE_SCHEMA_VERSION})",
                                  path=path, version=version,
                                  AUTOSAVE_SCHEMA_VERSION=AUTOSAVE_SCHEMA_VERSION)
        params = doc.get("parameters")
        if not isinstance(params, dict):
            raise S.SnapshotError("{path}: no parameters",
                                  path=path)
        warnings: list[str] = []
        values = S.check_parameters(params, str(path), require_all=True, schema=version,
                                    clamped=warnings if version < S.SCHEMA_VERSION else None)
        compare = [name for name in S.check_compare(doc.get("compare", []), str(path)) or []
                   if is_library_name(name)]
        saved = doc.get("saved")
        if not isinstance(saved, str):
            saved = ""
        return {"parameters": values, "compare": compare, "saved": saved, "warnings": warnings}
    except S.SnapshotError as exc:
        why = str(exc)
    except Exception as exc:      # the promise: a bad autosave never stops the program
        why = f"{path}: cannot be used ({type(exc).__name__}: {exc})"
    kept = keep_unreadable_autosave(path)
    if kept is not None and kept_aside is not None:
        kept_aside.append(kept)
    if problems is not None:
        problems.append(f"{why}; kept as {kept.name}" if kept is not None else why)
    return None


def keep_unreadable_autosave(path: Path) -> Optional[Path]:
    """Move an autosave this program cannot read (damaged, or written by a newer version) to a
    hidden name of its own beside it, so that the next autosave does not replace the work it may
    hold; returns the new path, or None if it could not be moved (then it stays where it was)."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(100):
        kept = path.with_name(f".autosave-unreadable-{stamp}{f'-{n}' if n else ''}.json")
        try:
            move_no_overwrite(path, kept)
            return kept
        except FileExistsError:
            continue
        except OSError:
            return None
    return None


def clear_autosave(folder: Path) -> Optional[Worded]:
    """Remove the autosave (on a clean exit); nothing happens if there is none. Never raises:
    returns None, or one line saying why it could not be removed (a folder of that name, a
    read-only folder) and what to do (model.errors.remove_failed: a Worded the window words in
    its language)."""
    path = autosave_path(folder)
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        return remove_failed(path, exc)
    return None


class Autosaver:
    """Writes the working state only when it differs from what it last wrote.

    The window calls `maybe_write(values, compare)` from a timer every few seconds (after it has
    offered to restore an existing autosave with `read_autosave`, which this would replace) and
    `clear()` on a clean exit. Disk errors never raise: `maybe_write` returns False, keeps
    `last_error` (text for the status bar) and tries again on the next call.
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.last_error: Optional[str] = None
        self.last_exception: Optional[Exception] = None     # the cause (a window words it)
        self._last: Optional[tuple] = None

    def maybe_write(self, values: Mapping[str, float], compare: list) -> bool:
        """Write the state if it changed since the last successful write; True if written."""
        state = (tuple(sorted((k, float(v)) for k, v in values.items())), tuple(compare))
        if state == self._last:
            return False
        try:
            write_autosave(self.folder, values, list(compare))
        except (OSError, InputError) as exc:
            self.last_error = f"autosave failed: {getattr(exc, 'strerror', None) or exc}"
            self.last_exception = exc
            return False
        self._last = state
        self.last_error = self.last_exception = None
        return True

    def clear(self) -> Optional[str]:
        """Remove the autosave and forget the last written state; returns why it could not be
        removed (one line), or None."""
        self._last = None
        return clear_autosave(self.folder)


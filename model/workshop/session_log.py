"""The session log of a workshop (issues 6 and 11): every change, when, what it moved and what
it did to the headline figures.

Each entry has a time (ISO 8601, local time with offset, to the second), a kind ('drag', 'typed',
'reset', 'undo', 'redo', 'preset', 'step' for a storyline step, 'goal-seek', 'snapshot', 'fresh'
for Start fresh (the log then starts again), 'apply' for another change, ...), a short text, the parameter changes it made — (key, old, new) in table
units, against the values before this change (or, without them, the previous entry's values) —
and the six headline figures before and after (numbers in the units of
model.outputs.HEADLINE_INFO; None where there is none).

    log = SessionLog(journal=path)                    # entries of an earlier run are read back
    log.record("step", "The power wall", values, old_values=old,
               before=headline_numbers(r0), after=headline_numbers(r1))
    log.to_markdown(), log.to_csv(), log.write(path)  # .md or .csv, written atomically

With a journal, every entry is appended to it as one JSON line and fsynced before `record`
returns, so a killed process keeps what it logged (a torn last line is skipped on reading).
Qt-free; the window's feature (gui/features/session_log.py) feeds it.
"""
from __future__ import annotations

import csv
import io
import json
import math
import os
import stat
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Mapping, Optional

from .. import outputs
from .. import parameters as P
from ..errors import Worded
from ..limits import SESSION_LOG_MAX_BYTES
from ..store import atomic
from ..store.safe_read import UnreadableFile, path_text, read_regular_file
from ..view import decimals

HEADLINE_KEYS = tuple(outputs.HEADLINE_INFO)
CSV_COLUMNS = ("time", "kind", "text", "changes") + tuple(
    f"{key}_{when}" for key in HEADLINE_KEYS for when in ("before", "after"))
FORMATS = {".md": "markdown", ".markdown": "markdown", ".csv": "csv"}
# Headline figures as the log file writes them: decimals per unit key.
_HEADLINE_DECIMALS = {"busd": 0, "gw": 1, "year": 0, "index": 0}
# A CSV cell starting with one of these is read as a formula by spreadsheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def headline_numbers(results: "outputs.Results", i: int = 0) -> dict[str, Optional[float]]:
    """The six headline figures of scenario i as plain numbers (units of HEADLINE_INFO: $B,
    GW, year, 0-100), None where there is none (no bust, revenue never covers)."""
    arrays = outputs.headline_arrays(results)
    return {k: (None if math.isnan(float(arrays[k][i])) else float(arrays[k][i]))
            for k in HEADLINE_KEYS}


@dataclass(frozen=True)
class Change:
    """One parameter moved by an entry: key, value before and after (table units)."""

    key: str
    old: float
    new: float

    def text(self) -> str:
        """'Capex growth 75 → 85 % per year'."""
        p = P.get(self.key)
        return f"{p.label} {_plain(p, self.old)} → {_plain(p, self.new)} {p.unit}"


def _plain(p: P.Parameter, value: float) -> str:
    """A parameter value as the log file writes it: at most the parameter's decimals, trailing
    zeros dropped ('40', '5.5'), '.' as decimal point, no grouping, no '-0' (a file format, the
    same in every interface language)."""
    text = _fixed(value, decimals(p))
    return text.rstrip("0").rstrip(".") if "." in text else text


def _fixed(value: float, places: int) -> str:
    """`value` with `places` decimals, '.' as point, no '-0'."""
    text = f"{value:.{places}f}"
    return text.lstrip("-") if float(text) == 0 else text


def headline_text(key: str, value: Optional[float]) -> str:
    """One headline figure as the log file writes it: '2031', '1234 $B', 'none'."""
    _label, unit, _better, missing = outputs.HEADLINE_INFO[key]
    if value is None:
        return missing.replace("_", " ")
    number = _fixed(value, _HEADLINE_DECIMALS.get(unit, 1))
    return number if unit == "year" else f"{number} {outputs.unit_text(unit)}"


@dataclass(frozen=True)
class LogEntry:
    """One line of the log. `values` is the full parameter set after the entry (or None);
    `before` / `after` the headline figures (headline key -> number or None; empty if not
    recorded)."""

    time: str
    kind: str
    text: str
    changes: tuple[Change, ...] = ()
    values: Optional[dict] = None
    before: dict = field(default_factory=dict)
    after: dict = field(default_factory=dict)

    def changes_text(self) -> str:
        """The changes joined with '; ' ('' if none)."""
        return "; ".join(c.text() for c in self.changes)

    def outcomes(self) -> list[str]:
        """The headline figures this entry moved, as text: 'Bust year none → 2031'."""
        return [f"{outputs.HEADLINE_INFO[k][0]} {headline_text(k, self.before.get(k))} → "
                f"{headline_text(k, self.after.get(k))}"
                for k in HEADLINE_KEYS
                if k in self.before and k in self.after and self.before[k] != self.after[k]]

    def to_json(self) -> dict:
        """The entry as a JSON-ready dict (the journal's line)."""
        return {"time": self.time, "kind": self.kind, "text": self.text,
                "changes": [[c.key, c.old, c.new] for c in self.changes],
                "values": self.values, "before": self.before, "after": self.after}

    @classmethod
    def from_json(cls, data: dict) -> "LogEntry":
        """The entry of a journal line; raises KeyError/TypeError/ValueError if malformed (a
        number that is not finite included: the file may have been edited)."""
        values = data.get("values")
        if values is not None:          # a full parameter set in range, as record() keeps
            values = P.complete({str(k): _finite(v) for k, v in values.items()})
        # A change of a parameter this program does not know (retired, or an edited file) is
        # left out: kept, it made every export of the log (CSV, Markdown) and the handout fail
        # with 'unknown parameter'; the entry's text and figures stay.
        known = P.by_key()
        changes = tuple(Change(str(k), _finite(o), _finite(n))
                        for k, o, n in data.get("changes", ()))
        return cls(str(data["time"]), str(data["kind"]), str(data["text"]),
                   tuple(c for c in changes if c.key in known),
                   values, _numbers(data.get("before")), _numbers(data.get("after")))


def _finite(value) -> float:
    """`value` as a finite float; ValueError for NaN, infinity, true/false or text, and for a
    whole number too large for a float (JSON's 1 followed by 400 zeros: float() raised
    OverflowError, which no reader expected, and the window did not start)."""
    try:
        number = None if isinstance(value, (bool, str)) else float(value)
    except OverflowError:
        number = None
    if number is None or not math.isfinite(number):
        raise ValueError(f"not a finite number (a JSON {type(value).__name__})")
    return number


def _numbers(data) -> dict:
    """Headline numbers read back from JSON: known keys only, None kept."""
    data = data or {}
    return {k: (None if data[k] is None else _finite(data[k])) for k in HEADLINE_KEYS if k in data}


def read_journal(path: Path) -> list[LogEntry]:
    """The entries of a journal file, oldest first; [] if there is none. A line that is not a
    whole entry (the last one, torn by a crash mid-write, or an edited one) is skipped.
    UnreadableFile (an InputError naming the file) for a file that is not a regular file of at
    most SESSION_LOG_MAX_BYTES: read through safe_read, it never blocks on a FIFO."""
    if not os.path.lexists(path):
        return []
    raw = read_regular_file(path, SESSION_LOG_MAX_BYTES, "session log").decode(
        "utf-8", errors="replace")
    entries = []
    # One entry per '\n' only: str.splitlines also splits at U+2028, U+2029, U+0085 and other
    # separators, which a JSON line written with ensure_ascii=False keeps inside its strings
    # (a pasted target or a preset's name): such an entry was cut in two and both halves lost.
    for line in raw.split("\n"):
        try:
            entries.append(LogEntry.from_json(json.loads(line)))
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            continue                    # ParameterError is a ValueError
    return entries


def _ends_torn(path: Path) -> bool:
    """True if the file exists, is not empty and does not end with a newline."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            if handle.tell() == 0:
                return False
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) != b"\n"
    except FileNotFoundError:
        return False


def _move_aside_if_too_large(journal: Path) -> Optional[Path]:
    """If `journal` is a regular file larger than SESSION_LOG_MAX_BYTES, rename it to
    'session-log-YYYYMMDDTHHMMSS.jsonl' beside it (never over an existing file) and return the
    new path: a log that grew past the limit over weeks was not read, and every later session's
    log lived in memory only and was lost at exit. None if nothing was moved (also when the
    move fails: the caller then refuses the file as before)."""
    try:
        info = os.lstat(journal)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_size <= SESSION_LOG_MAX_BYTES:
        return None
    stamp = datetime.fromtimestamp(info.st_mtime).strftime("%Y%m%dT%H%M%S")
    for n in range(1, 100):
        aside = journal.with_name(f"{journal.stem}-{stamp}{'' if n == 1 else f'-{n}'}"
                                  f"{journal.suffix}")
        try:
            atomic.move_no_overwrite(journal, aside)
            return aside
        except FileExistsError:
            continue
        except OSError:
            return None
    return None


_os_write = os.write      # the one seam every journal byte passes (tests fill the disk here)


class SessionLog:
    """An append-only list of LogEntry with Markdown and CSV export, optionally journalled to
    a file (one JSON line per entry, appended and fsynced)."""

    def __init__(self, title: str = "Workshop session log", journal: Optional[Path] = None):
        self.title = title
        self.journal = Path(journal) if journal is not None else None
        self.problem: Optional[str] = None
        """Why the journal is not used (not a regular file, too large): the log then lives in
        memory and the file is left as it is; None normally."""
        self.moved_aside: Optional[Path] = None
        """Where a journal larger than SESSION_LOG_MAX_BYTES was moved (kept whole, beside it)
        so that this session's log is journalled again; None normally."""
        if self.journal is not None:
            self.moved_aside = _move_aside_if_too_large(self.journal)
        try:
            self.entries: list[LogEntry] = read_journal(self.journal) if self.journal else []
            if self.journal is not None and self.journal.is_symlink():
                # (a link to a device or FIFO is named as such by read_journal) appended to, a
                # link to a file wrote the log into it (a link to ~/.bashrc got JSON lines);
                # the program's other files replace a link instead
                raise UnreadableFile("{name}: is a symbolic link; the session log is not "
                                     "written through a link (the file it points to is left "
                                     "as it is)", name=path_text(self.journal))
        except UnreadableFile as exc:
            self.entries, self.journal = [], None
            self.problem = Worded("{problem}; this session's log is kept in memory only",
                                  problem=exc)
        self._torn = self.journal is not None and _ends_torn(self.journal)
        self._unwritten: list[LogEntry] = []       # kept when an append failed (a full disk)
        self._last_values: dict[str, float] = P.defaults()
        for entry in self.entries:
            if entry.values is not None:
                self._last_values = dict(entry.values)

    def record(self, kind: str, text: str, values: Optional[Mapping[str, float]] = None,
               time: Optional[datetime] = None, old_values: Optional[Mapping[str, float]] = None,
               before: Optional[Mapping[str, Optional[float]]] = None,
               after: Optional[Mapping[str, Optional[float]]] = None) -> LogEntry:
        """Append an entry of `kind` with `text`; with `values` (full or partial parameter set,
        table units; missing keys at the values before) the changes against `old_values` (the
        values just before this change; default: the previous entry's values) are recorded.
        `before`/`after`: the headline figures (headline_numbers). `time` defaults to now.
        Raises ParameterError for unknown keys or out-of-range values; OSError if the journal
        cannot be written (the entry is kept in memory)."""
        if not isinstance(kind, str) or not kind.strip():
            raise ValueError("a log entry needs a kind, e.g. 'step' or 'snapshot'")
        stamp = (time or datetime.now().astimezone()).isoformat(timespec="seconds")
        changes: tuple[Change, ...] = ()
        full = None
        if values is not None:
            start = P.complete(old_values) if old_values is not None else self._last_values
            full = dict(start)
            full.update(P.validate(values))
            changes = tuple(Change(k, start[k], full[k]) for k in P.keys() if full[k] != start[k])
            self._last_values = full
        entry = LogEntry(stamp, kind.strip(), str(text), changes, full,
                         _numbers(before), _numbers(after))
        self.entries.append(entry)
        if self.journal is not None:
            self._append(entry)
        return entry

    def _append(self, entry: LogEntry) -> None:
        """Append one JSON line to the journal and fsync it (an append-only journal: each
        entry is on disk when record returns; rewriting the file atomically per entry would
        cost a copy of the whole log each time). A write that fails (a full disk) is cut
        off again, so no torn line is left for the next entry to be glued to (both were
        then skipped at the next start), and the entries it did not write are appended with
        the next one."""
        self._unwritten.append(entry)
        atomic.make_folder_of(self.journal)
        text = "".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n"
                       for e in self._unwritten)
        if self._torn:                 # end the torn line a crash left, keep this one whole
            text = "\n" + text
        data = memoryview(text.encode("utf-8"))
        fd = os.open(self.journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT
                     | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0), 0o666)
        try:
            end = os.fstat(fd).st_size
            try:
                while data:
                    data = data[_os_write(fd, data):]
                os.fsync(fd)
            except OSError:
                try:
                    os.ftruncate(fd, end)          # needs no room: the part written goes
                except OSError:
                    self._torn = True              # (then ended when the next one is written)
                raise
        finally:
            os.close(fd)
        self._unwritten.clear()
        self._torn = False

    def clear(self) -> None:
        """Start a new log: no entries, the journal emptied (atomically). OSError if the
        journal cannot be emptied (a read-only drive): the log is then left as it was, in
        memory too."""
        if self.journal is not None and self.journal.exists():
            atomic.write_text(self.journal, "")
        self.entries = []
        self._last_values = P.defaults()
        self._torn, self._unwritten = False, []

    def replace(self, entries) -> None:
        """Make `entries` (LogEntry, oldest first) the whole log, the journal rewritten with them
        atomically (e.g. an undone "start fresh" brings the old log back)."""
        self.entries = list(entries)
        self._last_values = P.defaults()
        for entry in self.entries:
            if entry.values is not None:
                self._last_values = dict(entry.values)
        if self.journal is not None:
            atomic.make_folder_of(self.journal)
            atomic.write_text(self.journal, "".join(
                json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in self.entries))
        self._torn, self._unwritten = False, []

    def __len__(self) -> int:
        return len(self.entries)

    def to_markdown(self) -> str:
        """The log as Markdown: a heading and one bullet per entry, the parameter changes and
        the headline figures it moved indented below."""
        lines = [f"# {self.title}", ""]
        if not self.entries:
            lines.append("(nothing recorded)")
        for e in self.entries:
            lines.append(f"- **{_md_escape(e.time)}** · {_md_escape(e.kind)} · "
                         f"{_md_escape(e.text)}")
            for c in e.changes:
                lines.append(f"  - {_md_escape(c.text())}")
            for outcome in e.outcomes():
                lines.append(f"  - → {_md_escape(outcome)}")
        return "\n".join(lines) + "\n"

    def to_csv(self) -> str:
        """The log as CSV: time, kind, text, changes (joined with '; '), then each headline
        figure before and after as a plain number ('' where there is none). Text cells that a
        spreadsheet would read as a formula get a leading apostrophe."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for e in self.entries:
            numbers = []
            for key in HEADLINE_KEYS:
                for side in (e.before, e.after):
                    value = side.get(key)
                    numbers.append("" if value is None else repr(float(value)))
            writer.writerow([_csv_safe(t) for t in (e.time, e.kind, e.text, e.changes_text())]
                            + numbers)
        return buffer.getvalue()

    def write(self, path: Path) -> None:
        """Write the log to `path` atomically, as Markdown (.md) or CSV (.csv) by its suffix.
        Raises ValueError for another suffix, OSError if the file cannot be written."""
        path = Path(path)
        kind = FORMATS.get(path.suffix.lower())
        if kind is None:
            raise ValueError(f"{path.name}: the session log is written as .md (Markdown) or "
                             f".csv, not {path.suffix or 'a file without suffix'!r}")
        atomic.write_text(path, self.to_markdown() if kind == "markdown" else self.to_csv())


def _csv_safe(text: str) -> str:
    """Neutralise a CSV cell a spreadsheet would run as a formula (= + - @ at the start)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _md_escape(text: str) -> str:
    """Keep user text from turning into Markdown markup (emphasis, links, HTML): its markup
    characters and the backslash itself escaped (an unescaped one undid the next escape:
    '\\[x\\](https://…)' became a live link), each line break (CR, LF or both, all three end a
    Markdown line) a space."""
    flat = text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    return "".join("\\" + ch if ch in "\\*_[]`<>" else ch for ch in flat)

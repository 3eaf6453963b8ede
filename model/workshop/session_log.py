"""The session log of a workshop (issue 6): what was applied or saved, when, and what it changed.

Each entry has a time (ISO 8601, local time with offset, to the second), a kind ('step' for a
storyline step, 'snapshot' for a saved snapshot, 'preset' for a preset, 'goal-seek', 'note', ...),
a short text and the parameter changes it made: (key, old, new) in table units, against the
values recorded by the previous entry that carried values (the defaults before the first).

    log = SessionLog()
    log.record("step", "The power wall", values)     # values: full or partial parameter set
    log.to_markdown(), log.to_csv(), log.write(path)  # .md or .csv, written atomically

Qt-free; the window's feature (gui/features/session_log.py) feeds it.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Mapping, Optional

from .. import parameters as P
from ..store import atomic
from ..view import decimals

CSV_COLUMNS = ("time", "kind", "text", "changes")
FORMATS = {".md": "markdown", ".markdown": "markdown", ".csv": "csv"}


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
    """A parameter value as the log file writes it: the parameter's decimals, '.' as decimal
    point, no grouping, no '-0' (a file format, the same in every interface language)."""
    text = f"{value:.{decimals(p)}f}"
    return text.lstrip("-") if float(text) == 0 else text


@dataclass(frozen=True)
class LogEntry:
    """One line of the log. `values` is the full parameter set after the entry (or None)."""

    time: str
    kind: str
    text: str
    changes: tuple[Change, ...] = ()
    values: Optional[dict] = None

    def changes_text(self) -> str:
        """The changes joined with '; ' ('' if none)."""
        return "; ".join(c.text() for c in self.changes)


class SessionLog:
    """An append-only list of LogEntry with Markdown and CSV export."""

    def __init__(self, title: str = "Workshop session log"):
        self.title = title
        self.entries: list[LogEntry] = []
        self._last_values: dict[str, float] = P.defaults()

    def record(self, kind: str, text: str, values: Optional[Mapping[str, float]] = None,
               time: Optional[datetime] = None) -> LogEntry:
        """Append an entry of `kind` with `text`; with `values` (full or partial parameter set,
        table units; missing keys at the values of the previous entry) the changes against the
        previous entry's values are recorded. `time` defaults to now. Raises ParameterError
        for unknown keys or out-of-range values."""
        if not isinstance(kind, str) or not kind.strip():
            raise ValueError("a log entry needs a kind, e.g. 'step' or 'snapshot'")
        stamp = (time or datetime.now().astimezone()).isoformat(timespec="seconds")
        changes: tuple[Change, ...] = ()
        full = None
        if values is not None:
            full = dict(self._last_values)
            full.update(P.validate(values))
            changes = tuple(Change(k, self._last_values[k], full[k]) for k in P.keys()
                            if full[k] != self._last_values[k])
            self._last_values = full
        entry = LogEntry(stamp, kind.strip(), str(text), changes, full)
        self.entries.append(entry)
        return entry

    def __len__(self) -> int:
        return len(self.entries)

    def to_markdown(self) -> str:
        """The log as Markdown: a heading and one bullet per entry, changes indented below."""
        lines = [f"# {self.title}", ""]
        if not self.entries:
            lines.append("(nothing recorded)")
        for e in self.entries:
            lines.append(f"- **{e.time}** · {e.kind} · {_md_escape(e.text)}")
            for c in e.changes:
                lines.append(f"  - {_md_escape(c.text())}")
        return "\n".join(lines) + "\n"

    def to_csv(self) -> str:
        """The log as CSV with the header time,kind,text,changes (changes joined with '; ')."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for e in self.entries:
            writer.writerow([e.time, e.kind, e.text, e.changes_text()])
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


def _md_escape(text: str) -> str:
    """Keep user text from turning into Markdown markup (emphasis, links)."""
    return "".join("\\" + ch if ch in "*_[]`<>" else ch for ch in text.replace("\n", " "))

"""Session log feature: records every change of a workshop once, with the time and the headline
figures before → after; Workshop ▸ Export session log… writes it as Markdown or CSV
(model.workshop.session_log).

Sources, so that it needs no other feature and may be installed in any order:
- the controller's `changeCommitted` (gui/controller.py): one Commit per committed change —
  drag (when the hand lets go), typed value, reset, undo, redo and any apply_values;
- the window's application signals (gui/events.py): presetApplied ('preset'), stepApplied
  ('step'), goalSeekApplied ('goal-seek') name the change they follow (emitted right after
  their apply_values, in the same call), snapshotSaved ('snapshot') is logged on its own.

A Commit of kind 'apply' waits for the rest of the current event (a zero-delay timer) for such
a signal to name it; any other Commit is logged at once. The log is journalled to
<data folder>/session-log.jsonl (appended and fsynced per entry) and read back at the next
start; without a data folder (tests without AI_CAPEX_EXPLORER_DATA, screenshots) it is kept in
memory only.
"""
from __future__ import annotations

from pathlib import Path
from typing import Mapping, Optional

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from model import presets as presets_module

from .. import plain_text, text
from ..data_folder import data_folder, keeps_session
from ..error_text import error_text, failed_write
from ..save_name import remember, suggested, with_suffix
from model.workshop.session_log import LogEntry, SessionLog, headline_numbers

JOURNAL_NAME = "session-log.jsonl"


def journal_path(window) -> Optional[Path]:
    """Where this window journals its log: the data folder (gui/data_folder.py) /
    session-log.jsonl; None when there is no data folder (the log then lives in memory only)."""
    folder = data_folder(window)
    return None if folder is None else folder / JOURNAL_NAME


class SessionLogFeature(QObject):
    """Owns the log of this window's session and its export action."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        # A second window on the data folder (data_folder.keeps_session) keeps its log in
        # memory until the first has closed; then it journals its log there (as its session:
        # gui/features/session_state). Both had appended to one journal: the next start showed
        # the other window's changes as this session's, and the first window's Start fresh
        # emptied the second's entries from the file.
        journal = journal_path(window)
        self._second = journal is not None and not keeps_session(window)
        self.log = SessionLog(journal=None if self._second else journal)
        if self.log.moved_aside is not None:     # grown past the limit: kept, a new log begins
            self.window.status_label.setText(plain_text.shown(
                self.tr("The session log had grown too large to read; it is kept as {0} and "
                        "a new log begins").format(self.log.moved_aside), one_line=True))
        if self.log.problem:            # e.g. a FIFO named session-log.jsonl: never opened
            self.window.status_label.setText(plain_text.shown(
                self.tr("The session log could not be saved: {0}").format(
                    error_text(self.log.problem)),
                one_line=True))
        self._pending = None           # a Commit of kind 'apply' not yet named
        self.export_action = QAction(self.tr("Export session &log…"), window)
        self.export_action.setStatusTip(self.tr(
            "Write every change of this session, with the headline figures before and after, "
            "to a Markdown or CSV file"))
        self.export_action.triggered.connect(self.export_dialog)
        window.menu("workshop").addAction(self.export_action)
        self.controller.changeCommitted.connect(self._committed)
        events = window.events
        # A preset is named in the interface language, as the step's and the undo list's
        # words are (a German handout listed 'Soft landing' among German entries).
        events.presetApplied.connect(
            lambda slug: self._named("preset", text.preset_name(presets_module.find(slug).name)))
        events.stepApplied.connect(lambda words, _values, _panels: self._named("step", words))
        events.goalSeekApplied.connect(lambda words, _values: self._named("goal-seek", words))
        events.snapshotSaved.connect(lambda name: self.record("snapshot", name))
        events.handoutRequested.connect(lambda handout: handout.set_log(self.entries))
        # Part of the kept session (gui/features/session_state.py): the entries, for "Start
        # fresh" and its undo (the journal keeps them across starts; None: an empty log).
        events.collectSession.connect(
            lambda state: state.__setitem__("log", list(self.log.entries)))
        events.restoreSession.connect(self._restore_session)

    @property
    def entries(self) -> list[LogEntry]:
        """The entries so far, oldest first (restored ones from the journal included)."""
        self._write_pending()
        return self.log.entries

    def record(self, kind: str, text: str, values: Optional[Mapping[str, float]] = None) -> LogEntry:
        """Log an event of `kind` with `text` now that changes nothing (values default to the
        current ones, table units); its headline figures before and after are the current ones."""
        self._write_pending()
        self.controller.flush()
        now = headline_numbers(self.controller.results)
        if values is None:
            values = self.controller.values
        return self._append(kind, text, values, before=now, after=now)

    def clear(self) -> None:
        """Start a new log (entries and journal emptied), e.g. for a fresh session; a journal
        that cannot be emptied (a full disk) is said in the status bar, as every failed write
        is, and left as it was."""
        self._pending = None
        try:
            self.log.clear()
        except OSError as exc:
            self._say_unsaved(exc)

    def _restore_session(self, state: dict) -> None:
        if "log" not in state:
            return
        self._pending = None
        try:
            self.log.replace(state["log"] or [])
        except OSError as exc:
            self._say_unsaved(exc)

    def _say_unsaved(self, exc: OSError) -> None:
        """Say in the status bar that the journal could not be written, as every failed write
        is said (gui.error_text.failed_write; the log writes it again with the next change)."""
        self.window.status_label.setText(
            self.tr("The session log could not be saved: {0}").format(
                failed_write(self.log.journal, exc, retried=True)))

    # --- commits ----------------------------------------------------------------------------
    def _committed(self, commit) -> None:
        self._write_pending()
        if commit.kind == "apply":
            self._pending = commit
            QTimer.singleShot(0, self._write_pending)
        else:
            self._write(commit.kind, commit.text, commit)

    def _named(self, kind: str, text: str) -> None:
        """A preset, step or goal-seek was applied: name the commit it made, or (if it changed
        nothing) log it without changes."""
        commit, self._pending = self._pending, None
        if commit is None:
            self.record(kind, text)
        else:
            self._write(kind, text, commit)

    def _write_pending(self) -> None:
        commit, self._pending = self._pending, None
        if commit is not None:
            self._write(commit.kind, commit.text, commit)

    def _write(self, kind: str, text: str, commit) -> LogEntry:
        return self._append(kind, text, commit.new, old_values=commit.old,
                            before=headline_numbers(commit.before),
                            after=headline_numbers(commit.after))

    def _append(self, kind, text, values, **outcome) -> LogEntry:
        """Append to the log; a journal that cannot be written is said in the status bar (the
        entry is kept in memory)."""
        if self._second and keeps_session(self.window, retry=True):
            self._second = False          # the first window has closed: this log is the one
            self.log.journal = journal_path(self.window)
            try:
                self.log.replace(self.log.entries)
            except OSError as exc:
                self._say_unsaved(exc)
        try:
            return self.log.record(kind, text, values, **outcome)
        except OSError as exc:
            self._say_unsaved(exc)
            return self.log.entries[-1]

    # --- export -----------------------------------------------------------------------------
    def export(self, path: Path) -> None:
        """Write the log to `path` (.md or .csv); raises ValueError or OSError."""
        self._write_pending()
        self.log.write(Path(path))

    def export_dialog(self) -> None:
        """Ask for a file name and write the log; a failure is shown, nothing is lost."""
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export session log"), suggested(self.window, "session-log.md"),
            self.tr("Markdown (*.md);;CSV (*.csv)"))
        if not path:
            return
        remember(self.window, path)
        if not Path(path).suffix:
            target = with_suffix(self.window, path, ".csv" if "csv" in chosen.lower() else ".md")
            if target is None:
                return
            path = str(target)
        try:
            self.export(Path(path))
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self.window, self.tr("Export failed"), failed_write(path, exc))
            return
        self.window.status_label.setText(self.tr("Session log written to {0}").format(path))


def install(window) -> SessionLogFeature:
    """Add the session log and the Workshop ▸ Export session log… action."""
    return SessionLogFeature(window)

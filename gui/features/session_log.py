"""Session log feature: records what happened in a workshop, with the time; Workshop ▸ Export
session log… writes it as Markdown or CSV (model.workshop.session_log).

It listens to the window's application signals (gui/events.py), so it needs no other feature
and may be installed in any order: stepApplied ('step'), snapshotSaved ('snapshot'),
presetApplied ('preset'), goalSeekApplied ('goal-seek'). Each entry carries the parameter
values (default: the current ones), so it lists the parameters changed since the previous one.
"""
from __future__ import annotations

from pathlib import Path
from typing import Mapping, Optional

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from model import presets as presets_module
from model.workshop.session_log import LogEntry, SessionLog



class SessionLogFeature(QObject):
    """Owns the log of this window's session and its export action."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.log = SessionLog()
        self.export_action = QAction(self.tr("Export session &log…"), window)
        self.export_action.setStatusTip(self.tr(
            "Write the times of the storyline steps, presets and snapshots of this session "
            "to a Markdown or CSV file"))
        self.export_action.triggered.connect(self.export_dialog)
        window.menu("workshop").addAction(self.export_action)
        events = window.events
        events.presetApplied.connect(self._preset_applied)
        events.stepApplied.connect(lambda text, values, _panels: self.record("step", text, values))
        events.snapshotSaved.connect(lambda name: self.record("snapshot", name))
        events.goalSeekApplied.connect(lambda text, values: self.record("goal-seek", text, values))

    @property
    def entries(self) -> list[LogEntry]:
        """The entries so far, oldest first."""
        return self.log.entries

    def record(self, kind: str, text: str, values: Optional[Mapping[str, float]] = None) -> LogEntry:
        """Log an event of `kind` with `text` now; `values` (table units) default to the
        window's current parameter values."""
        if values is None:
            values = self.window.controller.values
        return self.log.record(kind, text, values)

    def _preset_applied(self, slug: str) -> None:
        preset = presets_module.find(slug)
        self.record("preset", preset.name, preset.full_values())

    def export(self, path: Path) -> None:
        """Write the log to `path` (.md or .csv); raises ValueError or OSError."""
        self.log.write(Path(path))

    def export_dialog(self) -> None:
        """Ask for a file name and write the log; a failure is shown, nothing is lost."""
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export session log"), "session-log.md",
            self.tr("Markdown (*.md);;CSV (*.csv)"))
        if not path:
            return
        if not Path(path).suffix:
            path += ".csv" if "csv" in chosen.lower() else ".md"
        try:
            self.export(Path(path))
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self.window, self.tr("Export failed"),
                                self.tr("Could not write {0}:\n{1}").format(path, exc))
            return
        self.window.status_label.setText(self.tr("Session log written to {0}").format(path))


def install(window) -> SessionLogFeature:
    """Add the session log and the Workshop ▸ Export session log… action."""
    return SessionLogFeature(window)

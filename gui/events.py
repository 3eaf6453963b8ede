"""Application-level signals: how features tell each other what happened, without knowing
each other and in any install order.

The main window owns one `AppEvents` (window.events). A feature emits what it did and
connects to what it cares about; nobody looks another feature up on the window.

    window.events.snapshotSaved.connect(lambda name: ...)
    window.events.stepApplied.emit(text, values, panels)
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """The window's event hub. Values are parameter dicts (key -> value, table units)."""

    # A snapshot was saved under this name (the snapshot feature).
    snapshotSaved = Signal(str)
    # A preset was applied to the sliders: its slug (the main window's Scenario menu / box).
    presetApplied = Signal(str)
    # A storyline step was applied: its description ('story — 2/5: title'), the step's full
    # values and the panels it asks to show (keys; empty: leave the panels as they are).
    stepApplied = Signal(str, object, tuple)
    # Goal-seek moved a lever: what was sought and found (one line of text), and the values
    # after the change.
    goalSeekApplied = Signal(str, object)
    # Someone asks for the current scenario to be saved as a snapshot with this name and note
    # (the Explore dock's "Save box as snapshot"); the snapshot feature saves it and emits
    # snapshotSaved, or shows why it could not.
    snapshotRequested = Signal(str, str)

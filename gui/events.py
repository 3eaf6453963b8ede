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
    # A PDF handout is being put together (gui/features/handout.py): add your part to this
    # gui.handout.Handout (set_compare(columns), set_log(entries)), synchronously.
    handoutRequested = Signal(object)
    # The kept session (gui/features/session_state.py). collectSession(state): every feature that
    # keeps a part of the session writes it into the dict `state` (part name -> value).
    # restoreSession(state): a kept state comes back; a feature applies its part if the dict has
    # it (None: the part's start-fresh state). sessionChanged(): a part changed (written soon).
    collectSession = Signal(object)
    restoreSession = Signal(object)
    sessionChanged = Signal()
    # Someone asks for the current scenario to be saved as a snapshot with this name and note
    # (the Explore dock's "Save box as snapshot"); the snapshot feature saves it and emits
    # snapshotSaved, or shows why it could not.
    snapshotRequested = Signal(str, str)
    # Predict, then reveal (gui/features/replay.py): True while the plots are frozen for the
    # room's prediction, False when revealed. A feature that shows figures of the current
    # values (the uncertainty bands) holds them while frozen, so nothing gives the answer away.
    plotsFrozen = Signal(bool)
    # Presentation mode (gui/features/presentation.py) began (True) or ended (False). A panel
    # that stays in view while presenting may give its room to what the room reads (the
    # guided round hides its story chooser while a step is shown).
    presentingChanged = Signal(bool)

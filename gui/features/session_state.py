"""Nothing lost (issue 11): the session is kept when the window quits or crashes, and the next
start brings it back; File ▸ Start fresh begins again, undoably.

What is kept: the parameter values, the compare set, "baseline follows assumptions", the
uncertainty bands on or off, the plot panels shown, the feature docks open, the interface language (model.workshop.session_state,
session.json in the data folder, written atomically) and the session log (its own journal,
gui/features/session_log.py). The file is written at once after every committed change, soon
after any other part changes (window.events.sessionChanged), every POLL_MS if anything differs
from what was written, and when the window closes, so a kill -9 loses at most the last seconds
of panel or dock changes and no committed change.

At start-up gui/app.py reads the file first (the values become the controller's start values,
unless the command line gave a scenario; the language is used unless --lang or a saved choice
says otherwise); once every feature is installed (a zero-delay timer) this feature hands the
other parts back through window.events.restoreSession. Features own their parts: each writes
its part on window.events.collectSession and applies it on restoreSession (see gui/events.py),
so this module never looks another feature up.

"Start fresh" is one undo step on the controller's QUndoStack (a macro: the values back to the
defaults, then a StartFreshCommand that hands every other part its start-fresh state, None);
Ctrl+Z brings the whole session back, log included.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QApplication

from model import parameters as P
from model.workshop import session_state as session_file

from ..data_folder import data_folder, keeps_session, release_session
from ..error_text import error_text, failed_write

POLL_MS = 2000
# Parts this feature owns; the others belong to the features that answer collectSession.
OWN_PARTS = ("values", "panels", "docks", "lang")
# Parts the start-up restore leaves alone: gui/app.py used them before the window existed.
APPLIED_AT_START = ("values", "lang")


def tr(source: str) -> str:
    """Translate a text of this feature."""
    return QCoreApplication.translate("SessionState", source)


class StartFreshCommand(QUndoCommand):
    """The non-value part of "Start fresh": redo hands every part but the values its
    start-fresh state (None), undo hands back the parts as they were."""

    def __init__(self, feature: "SessionState", kept: dict):
        super().__init__(tr("Start fresh"))
        self.feature = feature
        self.kept = {k: v for k, v in kept.items() if k not in APPLIED_AT_START}

    def redo(self) -> None:
        self.feature.events.restoreSession.emit({k: None for k in self.kept})

    def undo(self) -> None:
        self.feature.events.restoreSession.emit(dict(self.kept))


class SessionState(QObject):
    """Keeps this window's session in the data folder and brings it back at the next start."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.events = window.events
        self.folder: Optional[Path] = data_folder(window)
        # A second window on the same data folder keeps no session (the first one does): two
        # wrote the same file, the last closing won, and the other's work was gone.
        self.second_window = self.folder is not None and not keeps_session(window)
        if self.second_window:
            self.folder = None
        self.problems: list[str] = []
        self.kept = session_file.read(self.folder, self.problems)
        self.restored = False
        self.last_error: Optional[str] = None
        self._written: Optional[dict] = None

        self.fresh_action = QAction(tr("Start &fresh"), window)
        self.fresh_action.setObjectName("startFreshAction")
        self.fresh_action.setStatusTip(tr(
            "Default values, no compare curves, the default baseline and panels, an empty "
            "session log (Ctrl+Z brings the session back)"))
        self.fresh_action.setToolTip(self.fresh_action.statusTip())
        self.fresh_action.triggered.connect(self.start_fresh)
        file_menu = window.menu("file")
        quit_action = window.quit_action
        file_menu.insertAction(quit_action, self.fresh_action)
        if self.folder is not None:
            note = tr("Quit; your session is kept: the next start brings back the values, "
                      "compare set, baseline, panels, language and session log")
            quit_action.setStatusTip(note)
            quit_action.setToolTip(note)

        self.events.collectSession.connect(self._collect)
        self.events.restoreSession.connect(self._restore)
        self.events.sessionChanged.connect(self.save_soon)
        self.controller.changeCommitted.connect(lambda _commit: self.save())
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.save)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.save)
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save)
        QTimer.singleShot(0, self.window, self.restore)      # dies with the window
        self._raised: list[str] = []         # dock names, the one last brought to front last
        self._watched: set[str] = set()

    # --- the parts this feature owns ------------------------------------------------------------
    def _collect(self, state: dict) -> None:
        state["values"] = self.controller.values
        state["panels"] = list(self.window.plot_grid.visible_panels())
        self._watch_docks()
        shown = [d.objectName() for d in self.window.docks() if d.isVisibleTo(self.window)]
        # the dock last brought to front last: restored in this order, it is in front again
        # (tabbed docks came back with the last one made in front: the snapshot list a room
        # had in front at quit came back behind the sensitivity tornado)
        state["docks"] = sorted(shown, key=lambda name: (
            self._raised.index(name) if name in self._raised else -1))
        state["lang"] = self.window.lang

    def _restore(self, state: dict) -> None:
        if "panels" in state:
            known = set(self.window.plot_grid.panel_keys())
            panels = [k for k in state["panels"] or () if k in known]
            self.window.plot_grid.set_visible_panels(tuple(panels) if panels else None)
        if "docks" in state:
            order = list(state["docks"] or ())
            docks = {dock.objectName(): dock for dock in self.window.docks()}
            for name, dock in docks.items():
                if name not in order:
                    dock.setVisible(False)
            for name in order:                 # the one in front last: shown last, in front
                if name in docks:
                    docks[name].setVisible(True)
                    docks[name].raise_()

    def _watch_docks(self) -> None:
        """Note which dock is brought to front (shown, or its tab chosen), for _collect."""
        for dock in self.window.docks():
            name = dock.objectName()
            if name not in self._watched:
                self._watched.add(name)
                if dock.isVisibleTo(self.window):
                    self._raised.append(name)
                dock.visibilityChanged.connect(
                    lambda visible, n=name: visible and self._brought_to_front(n))

    def _brought_to_front(self, name: str) -> None:
        """Dock `name` became visible on screen (shown or its tab chosen): it is in front."""
        if name in self._raised:
            self._raised.remove(name)
        self._raised.append(name)

    # --- reading and writing --------------------------------------------------------------------
    def collect(self) -> dict:
        """The whole session now, every feature's part (part name -> value; the log as its
        entries)."""
        state: dict = {}
        self.events.collectSession.emit(state)
        # A mode that changes the view for a while (presentation) gives the normal view's
        # panels and docks as "normal_view": they are what the next start must show.
        normal = state.pop("normal_view", None)
        if normal:
            state.update(normal)
        return state

    def restore(self) -> bool:
        """Hand the kept session's parts (but the values and language, used at start-up) to the
        features, once; True if there was a kept session. Then keep it up to date."""
        if self.restored:
            return False
        self.restored = True
        self._watch_docks()
        for problem in self.problems:
            self.window.status_label.setText(tr("Part of the last session was not restored: "
                                                "{0}").format(error_text(problem)))
        parts = {k: v for k, v in self.kept.items() if k not in APPLIED_AT_START}
        if parts:
            said = self.window.status_label.text()       # e.g. "Opened snapshot 'High growth'"
            self.events.restoreSession.emit(parts)
            if "values" in self.kept and self.kept["values"] != self.controller.values:
                # the command line's scenario won (a snapshot file, --preset, --set): "Your
                # last session is back" over "Opened snapshot …" said the file had not opened
                rest = tr("The rest of your last session is back (compared snapshots, panels, "
                          "docks); the scenario is the one asked for at start.")
                self.window.status_label.setText(f"{said} {rest}" if said else rest)
            else:
                self.window.status_label.setText(tr(
                    "Your last session is back. File ▸ Start fresh begins again."))
        if self.second_window:
            self.window.status_label.setText(tr(
                "Another window keeps its session in this data folder: this window's work is "
                "kept only once that window has closed. Save a snapshot (Ctrl+S) to keep it."))
        if self.folder is not None or self.second_window:
            self._poll.start()
            self.save()
        return bool(self.kept)

    def save_soon(self) -> None:
        """Write the session after the current event (several changes coalesce)."""
        self._soon.start()

    def save(self) -> bool:
        """Write the session if it differs from what was last written (and a data folder exists,
        and the kept session has been handed back); True if written. A failure is said in the
        status bar once and tried again next time."""
        if self.second_window and self.restored and keeps_session(self.window, retry=True):
            self.second_window = False                # the other window has closed
            self.folder = data_folder(self.window)
        if self.folder is None or not self.restored:
            return False
        state = {k: v for k, v in self.collect().items() if k != "log"}
        if state == self._written:
            return False
        try:
            session_file.write(self.folder, state)
        except OSError as exc:
            message = tr("The session could not be kept: {0}").format(
                failed_write(session_file.session_path(self.folder), exc, retried=True))
            if message != self.last_error:
                self.window.status_label.setText(message)
            self.last_error = message
            return False
        self._written, self.last_error = state, None
        return True

    # --- start fresh ----------------------------------------------------------------------------
    def start_fresh(self) -> None:
        """Begin a new session: default values, every other part at its start state, an empty
        log; one undo step (Edit ▸ Undo Start fresh brings it all back)."""
        kept = self.collect()
        stack = self.controller.undo_stack
        stack.beginMacro(tr("Start fresh"))
        self.controller.apply_values(P.defaults(), tr("Start fresh"), kind="fresh")
        stack.push(StartFreshCommand(self, kept))
        stack.endMacro()
        self.save()
        self.window.status_label.setText(tr("Started fresh. Ctrl+Z brings the last session "
                                            "back."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save()
            release_session(self.window)      # the next window on the folder keeps it
        return super().eventFilter(watched, event)


def install(window) -> SessionState:
    """Keep the session in the data folder, bring it back at start-up, add File ▸ Start fresh."""
    return SessionState(window)

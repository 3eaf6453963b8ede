"""The autosave of the working state (parameter values and compare selection), for crashes.

Every AUTOSAVE_INTERVAL_MS the state is written (model.store.snapshot_store.Autosaver: only when it
changed, atomically) to a hidden file in the snapshot folder; a clean exit removes it. At start-up
a state left by a session that did not end cleanly is offered first, in a bar with Restore and
Discard; until the user answers or changes something it is kept on disk (a write would replace
it).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolBar, QWidget

from model.store import snapshot_store as store_module

from .. import plain_text
from ..error_text import error_text, failed_write
from ..widgets.snapshot_panel import local_time_text

AUTOSAVE_INTERVAL_MS = 3000
CONTEXT = "SnapshotsFeature"      # the translation context these texts have always had


def tr(source: str) -> str:
    """Translate a text of the snapshot feature."""
    return QCoreApplication.translate(CONTEXT, source)


class AutosaveController(QObject):
    """Writes the working state every few seconds and offers a crashed session's state back.

    `compare_files()` gives the compare selection to save; `restoreRequested(values, compare)`
    asks the owner to apply a restored state; `message(text)` is for the status bar and
    `problem(text)` for stderr.
    """

    restoreRequested = Signal(dict, list)
    message = Signal(str)
    problem = Signal(str)

    def __init__(self, window, folder: Path, compare_files: Callable[[], list],
                 parent: Optional[QObject] = None, keeps: Callable[[], bool] = lambda: True):
        super().__init__(parent)
        self.keeps = keeps          # False while another window keeps the folder's autosave
        self.waiting = False
        self.window = window
        self.controller = window.controller
        self.folder = Path(folder)
        self.compare_files = compare_files
        self.autosaver = store_module.Autosaver(self.folder)
        self._start_values = self.controller.values
        self.found: Optional[dict] = None
        self.restore_bar: Optional[QToolBar] = None
        self.closed = False
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        """Offer a crashed session's state (if any), then start writing; while another window
        keeps the folder's autosave, neither (it is tried again at every tick)."""
        self.waiting = not self.keeps()
        if not self.waiting:
            self._read()
        self.timer.start()

    def _read(self) -> None:
        problems: list[str] = []
        kept: list[Path] = []
        state = store_module.read_autosave(self.folder, problems, kept)
        for problem in problems:
            self.problem.emit(f"autosave ignored: {problem}")
        if problems:          # the window says it too: stderr is not seen from a desktop launch
            self.message.emit(
                tr("The unsaved work of the last session could not be read; the file was kept "
                   "as {0} in the snapshot folder").format(kept[0].name) if kept else
                tr("The unsaved work of the last session could not be read"))
        if state is None:
            return
        if state["parameters"] == self.controller.values and not state["compare"]:
            return            # nothing to bring back
        self.found = state
        self._show_bar(state)

    def restore(self) -> bool:
        """Apply the offered state (the owner does it, one undo step); False if none."""
        state = self.found
        if state is None:
            return False
        self._close_bar()
        self.restoreRequested.emit(state["parameters"], list(state["compare"]))
        return True

    def discard(self) -> None:
        """Decline the offered state (it is replaced by the next autosave)."""
        self._close_bar()
        self.message.emit(tr("Unsaved work of the last session discarded"))

    def dismiss(self) -> None:
        """Withdraw the offer without a word (the kept session brought the work back)."""
        self._close_bar()

    def _show_bar(self, state: dict) -> None:
        bar = QToolBar(tr("Restore unsaved work"), self.window)
        bar.setObjectName("restoreBar")
        bar.setMovable(False)
        when = local_time_text(state.get("saved"))
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(6, 2, 6, 2)
        label = plain_text.allow_rich(QLabel())      # its own markup; the time is escaped
        label.setText(tr("<b>The last session did not end cleanly.</b> Restore its "
                         "unsaved work{0}?").format(
            plain_text.escape(tr(" (from {0})").format(when), 60) if when else ""))
        restore = QPushButton(tr("Restore"))
        restore.setObjectName("restoreAutosaveButton")
        restore.clicked.connect(self.restore)
        discard = QPushButton(tr("Discard"))
        discard.clicked.connect(self.discard)
        row.addWidget(label)
        row.addWidget(restore)
        row.addWidget(discard)
        row.addStretch(1)
        bar.addWidget(holder)
        self.window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.restore_bar = bar

    def _close_bar(self) -> None:
        self.found = None
        if self.restore_bar is not None:
            self.window.removeToolBar(self.restore_bar)
            self.restore_bar.deleteLater()
            self.restore_bar = None

    def tick(self) -> bool:
        """Write the working state if it changed (the timer calls this every 3 s); True if
        written. An offered crash state is kept until the user answers or changes something."""
        if self.closed:
            return False
        if self.waiting:              # the other window closed (or crashed): keep it from now
            if not self.keeps():
                return False
            self.waiting = False
            self._read()
        compare = list(self.compare_files())
        if self.found is not None:
            if self.controller.values == self._start_values and not compare:
                return False
            self._close_bar()          # the user went on working: declined
        written = self.autosaver.maybe_write(self.controller.values, compare)
        if self.autosaver.last_exception is not None:
            self.message.emit(tr("Autosave failed: {0}").format(failed_write(
                store_module.autosave_path(self.folder), self.autosaver.last_exception,
                retried=True)))
        return written

    def stop(self) -> None:
        """The window closed normally: stop writing and remove the autosave (an unanswered
        offer stays for the next start)."""
        if self.closed:
            return
        self.closed = True
        self.timer.stop()
        if self.found is None and not self.waiting:     # (another window's: not ours to remove)
            problem = self.autosaver.clear()
            if problem:
                self.problem.emit(error_text(problem))

"""Replay and predict, as En-ROADS facilitators use them (Workshop menu).

- Replay last change (F5, the "play" key of most presenter remotes): the plots and headline
  figures move from before to after the last committed change over REPLAY_MS. The parameter
  vector is interpolated (model.view.between) into FRAMES sets, run as one batch of the model,
  and a QVariantAnimation (eased) shows the frames in turn. Nothing is changed: no value, no
  undo step, no log entry; at the end (or as soon as anything changes) the plots show the
  current results again.
- Predict, then reveal (Ctrl+Shift+P): the plots, headline figures and verdict line freeze on
  what they show now, with a banner "Frozen — press R or Space to reveal" over the verdict
  line, while the sliders still move. The plots and the headline strip keep showing the
  frozen results (also after a resize); the rest of the headline row (e.g. "What changed?")
  is covered by a picture of itself (drawn anew when the row changes size, e.g. leaving
  presentation mode: the strip's frozen figures at the new size, the part beside it blank), and
  the status bar does not say what the change did. R, Space or Ctrl+Shift+P again reveals: the change
  made while frozen is replayed from the frozen scenario to the current one.

Keys chosen to leave the window's others alone (Ctrl+U, F11, Esc, Ctrl+S, Ctrl+Z, Ctrl+G,
Ctrl+Q, F1, L, Ctrl+R, …); R and Space are shortcuts only while frozen.
"""
from __future__ import annotations

from typing import Optional

import model
from model import view

from PySide6.QtCore import QEasingCurve, QEvent, QObject, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QLabel

REPLAY_MS = 1500            # how long a replay takes, milliseconds
FRAMES = 31                 # parameter sets run for one replay (about 20 per second)
REPLAY_KEY = "F5"
PREDICT_KEY = "Ctrl+Shift+P"
REVEAL_KEYS = ("R", "Space")


class Replay(QObject):
    """The replay animation and the predict-then-reveal freeze of one window."""

    frameShown = Signal(float)      # a replay frame is on screen: its fraction of the way, 0-1
    replayFinished = Signal()
    frozenChanged = Signal(bool)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.grid = window.plot_grid
        self.last: Optional[tuple[dict, dict]] = None      # (values before, after)
        self.frozen_values: Optional[dict] = None
        self._frozen_results = None
        self._frames: list = []
        self._shown = -1
        self._held_summary = ""

        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setDuration(REPLAY_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self.animation.valueChanged.connect(self._show_fraction)
        self.animation.finished.connect(self._finished)

        self.replay_action = QAction(self.tr("&Replay last change"), window)
        self.replay_action.setObjectName("replayAction")
        self.replay_action.setShortcut(QKeySequence(REPLAY_KEY))
        self.replay_action.setToolTip(self.tr(
            "Animate the plots from before to after the last change ({0}); changes nothing")
            .format(key_name(REPLAY_KEY)))
        self.replay_action.setStatusTip(self.replay_action.toolTip())
        self.replay_action.setEnabled(False)
        self.replay_action.triggered.connect(self.replay)
        self.predict_action = QAction(self.tr("&Predict, then reveal"), window, checkable=True)
        self.predict_action.setObjectName("predictAction")
        self.predict_action.setShortcut(QKeySequence(PREDICT_KEY))
        self.predict_action.setToolTip(self.tr(
            "Freeze the plots while the room predicts; the sliders still move. R or Space "
            "reveals ({0})").format(key_name(PREDICT_KEY)))
        self.predict_action.setStatusTip(self.predict_action.toolTip())
        self.predict_action.toggled.connect(self._predict_toggled)
        for action in (self.replay_action, self.predict_action):
            window.addAction(action)         # keys work in presentation mode (menu bar hidden)
        menu = window.menu("workshop")
        menu.addSeparator()
        menu.addAction(self.replay_action)
        menu.addAction(self.predict_action)

        self.reveal_keys = []
        for key in REVEAL_KEYS:
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setEnabled(False)
            shortcut.activated.connect(self.reveal)
            self.reveal_keys.append(shortcut)

        # The banner lies over the verdict line (frozen too: the sentence of what the plots
        # show): at the bottom of the plots it covered the years of their axes.
        self.line = window.verdict_line
        self.banner = QLabel(self.tr("Frozen — predict, then press R or Space to reveal"),
                             self.line.parentWidget())
        self.banner.setObjectName("frozenBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet("background: #0050A0; color: white; font-weight: bold; "
                                  "padding: 6px; border-radius: 4px;")
        self.banner.hide()
        self.line.installEventFilter(self)
        self.cover: Optional[QLabel] = None     # the picture over the headline row while frozen
        self._held_docks: list = []             # dock contents whose repaints are held
        self._row_host = window.headline_area.parentWidget()
        if self._row_host is not None:
            self._row_host.installEventFilter(self)

        self.controller.changeCommitted.connect(self._committed)
        # Connected after the window's own connections: while frozen or replaying, these run
        # after the plots and headlines took the new results, and put the shown ones back.
        self.controller.resultsChanged.connect(self._results_changed)
        self.controller.figuresChanged.connect(self._figures_changed)
        self.controller.changeSummary.connect(self._summary)

    # --- replay -------------------------------------------------------------------------------
    @property
    def frozen(self) -> bool:
        """True while the plots are frozen for a prediction."""
        return self.frozen_values is not None

    @property
    def replaying(self) -> bool:
        """True while a replay runs."""
        return self.animation.state() == QVariantAnimation.State.Running

    def _committed(self, commit) -> None:
        if commit.old != commit.new:
            self.last = (dict(commit.old), dict(commit.new))
            self.replay_action.setEnabled(not self.frozen)

    def replay(self, old: Optional[dict] = None, new: Optional[dict] = None) -> bool:
        """Animate the plots from `old` to `new` (default: the last committed change) and end on
        the current results; False if there is nothing to replay. Changes no value."""
        if old is None or new is None:
            if self.last is None:
                return False
            old, new = self.last
        self.animation.stop()
        self.controller.flush()
        batch = model.simulate(view.between(old, new, FRAMES))
        self._frames = [view.one_scenario(batch, i) for i in range(batch.n)]
        self._shown = -1
        self._show_fraction(0.0)
        self.animation.start()
        return True

    def _show_fraction(self, fraction) -> None:
        if not self._frames:
            return
        index = min(int(round(float(fraction) * (len(self._frames) - 1))), len(self._frames) - 1)
        if index != self._shown:
            self._shown = index
            self._show(self._frames[index])
        self.frameShown.emit(float(fraction))

    def _show(self, results) -> None:
        self.grid.show_results(results)
        self._show_figures(results)

    def _show_figures(self, results) -> None:
        """The headline strip and the verdict line above the plots ('No bust by 2050: …
        stress peaks at 12'): while frozen, the verdict line told the room the answer."""
        self.window.headlines.show_results(results)
        self.window.verdict_line.show_results(results)

    def _finished(self) -> None:
        self._frames = []
        self._show(self._frozen_results if self.frozen else self.controller.results)
        self.replayFinished.emit()

    def stop(self) -> None:
        """End a running replay at once, showing what should be shown."""
        if self.replaying:
            self.animation.stop()
            self._finished()

    def _summary(self, text: str) -> None:
        """While frozen the status bar must not tell the room what the change did; it is said
        at the reveal."""
        if self.frozen:
            self._held_summary = text
            self.window.status_label.setText(self.frozen_message())

    def frozen_message(self) -> str:
        """The status-bar text while frozen."""
        return self.tr("Plots frozen: move the sliders, let the room predict, then press R or "
                       "Space")

    def _figures_changed(self, _results) -> None:
        """The headline strip took new figures (while a slider is held, later than the plots
        took the results): while frozen, it shows the frozen ones again."""
        if self.frozen and not self.replaying:
            self._show_figures(self._frozen_results)

    def _results_changed(self, _results) -> None:
        if self.replaying:
            self.stop()
        elif self.frozen:
            self._show(self._frozen_results)

    # --- predict, then reveal -------------------------------------------------------------------
    def freeze(self) -> None:
        """Freeze the plots and headlines on what they show now (sliders still move)."""
        self.predict_action.setChecked(True)

    def reveal(self) -> None:
        """Unfreeze: replay the change made while frozen, ending on the current results."""
        self.predict_action.setChecked(False)

    def _predict_toggled(self, on: bool) -> None:
        if on == self.frozen:
            return
        self.stop()
        self.controller.flush()
        if on:
            self.frozen_values = self.controller.values
            self._frozen_results = self.controller.results
            # what the status bar said: a reveal with no change made says it again (it left
            # the bar blank)
            self._held_summary = self.window.status_label.text()
            self._place_banner()
            self.banner.show()
            self.banner.raise_()
            self._cover_row()
            self.window.status_label.setText(self.frozen_message())
        else:
            old, self.frozen_values = self.frozen_values, None
            self._frozen_results = None
            self.banner.hide()
            if self.cover is not None:
                self.cover.deleteLater()
                self.cover = None
            self.window.status_label.setText(self._held_summary)
            self._held_summary = ""
            if old != self.controller.values:
                self.replay(old, self.controller.values)
            else:
                self._show(self.controller.results)
        for shortcut in self.reveal_keys:
            shortcut.setEnabled(on)
        # A replay while frozen would give the answer away.
        self.replay_action.setEnabled(not on and self.last is not None)
        self._hold_docks(on)
        self.frozenChanged.emit(on)
        self.window.events.plotsFrozen.emit(on)

    def _hold_docks(self, on: bool) -> None:
        """While frozen, the open docks (What changed?, tornado, compare table, Explore) keep
        the picture they show: their repaints are held, so no new figure reaches the room."""
        if on:
            self._held_docks = [d.widget() for d in self.window.docks()
                                if d.isVisible() and d.widget() is not None]
        for widget in self._held_docks:
            widget.setUpdatesEnabled(not on)
            if not on:
                widget.update()
        if not on:
            self._held_docks = []

    def _cover_row(self) -> None:
        """Lay a picture of the headline row over it (its live parts stay hidden)."""
        host = self._row_host
        if host is None:
            return
        rect = self.window.headline_area.geometry()
        self.cover = QLabel(host)
        self.cover.setObjectName("frozenHeadlineRow")
        self.cover.setScaledContents(True)
        self._lay_cover(host.grab(rect), rect)

    def _lay_cover(self, picture, rect) -> None:
        """Show `picture` as the cover over the headline row's rectangle `rect`."""
        self.cover.setPixmap(picture)
        self.cover.setGeometry(rect)
        self.cover.show()
        self.cover.raise_()

    def _cover_row_again(self) -> None:
        """After the headline row changed size while frozen (presentation mode on or off, a
        resized window): a new picture of it, in which the strip shows the frozen figures at
        the new size and the live part beside it (What changed?, whose new state would give the
        answer away) is blank. The old picture, stretched to the new size, was unreadable."""
        host = self._row_host
        if self.cover is None or host is None or not self.frozen:
            return
        rect = self.window.headline_area.geometry()
        self.cover.setGeometry(rect)
        if self.cover.pixmap().deviceIndependentSize().toSize() == rect.size():
            return
        self.cover.hide()                    # not in its own picture
        picture = host.grab(rect)
        side = self.window.headline_side.geometry().translated(-rect.topLeft())
        painter = QPainter(picture)
        painter.fillRect(side, host.palette().window())
        painter.end()
        self._lay_cover(picture, rect)

    def _place_banner(self) -> None:
        """Lay the banner over the verdict line, as wide and high as it (no title, axis or
        datum of the plots is covered)."""
        self.banner.setGeometry(self.line.geometry())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and self.frozen:
            if watched is self.line:
                self._place_banner()
            elif watched is self._row_host and self.cover is not None:
                self.cover.setGeometry(self.window.headline_area.geometry())
                QTimer.singleShot(0, self.window, self._cover_row_again)     # once the row is laid out
        return super().eventFilter(watched, event)


def key_name(key: str) -> str:
    """`key` ('Ctrl+Shift+P') as the menus write it in the interface language ('Strg+Umschalt+P'
    in German): a tooltip quoting the portable name read 'Ctrl+Shift+P' among German words."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def install(window) -> Replay:
    """Add Workshop ▸ Replay last change (F5) and Predict, then reveal (Ctrl+Shift+P)."""
    return Replay(window)

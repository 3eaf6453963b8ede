"""Uncertainty bands (issue 5): a checkable "Uncertainty" action (Analysis menu and toolbar).

When on, 1,000 scenarios are drawn around the current slider settings with a fixed seed
(model.analysis.uncertainty.bands) and every panel shades the 10–90 % and 25–75 % bands of its
key column with the median line. One recomputation takes about 45 ms, more than a frame, so it
runs in a worker process (gui.workers.LatestOnlyRunner with process=True: only the newest
request is kept), which does not share the window's GIL (issue 13); the process is spawned when
the bands are first switched on, and until it is ready (about two seconds: imports and the
compiled engine) the bands are computed in a worker thread, as quickly as before. Closing the
window ends the process. The
bands on screen are always labelled truthfully: bands drawn around exactly the current values
are shown solid; bands of an earlier scenario (while the newest is computed) are shown lighter,
and the figure beside the headline strip says "updating…". The headline row gains the
probability of a bust by 2035 under uncertainty (Bands.bust_probability_by).

While a slider is held (the controller is dragging) the bands follow the hand coarser: at most
one request every DRAG_INTERVAL_MS, of DRAG_DRAWS draws (the first DRAG_DRAWS of the same
1,000: the same seed), shown lighter with "updating…" like any bands that are not the final
ones. They are refined to the full 1,000 draws as soon as the hand lets go, or has held still
for SETTLE_MS. Each arrival of bands redraws the bands of every panel on the main thread
(issue 13: about a quarter of a frame), and a worker running flat out takes one of the two cores
of an ordinary laptop from the window; bands drawn around exactly the current values are always
those of all 1,000 draws.
"""
from __future__ import annotations

from functools import partial
from typing import Optional

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QToolBar

from model import panels
from model import parameters as P
from model.analysis import uncertainty

from .. import format as fmt
from .. import palette as pal
from ..widgets.headline_strip import style_card
from ..workers import LatestOnlyRunner

BUST_BY = uncertainty.BUST_HORIZON     # the model's horizon of the chance (its one home)
STALE_OPACITY = 0.35        # bands of an earlier scenario: visibly lighter
DRAG_DRAWS = 250            # draws per request while a slider is held (the worker: 4× faster)
DRAG_INTERVAL_MS = 200      # while a slider is held, at most one request this often (ms)
SETTLE_MS = 60              # the hand held still this long (ms): refine to all the draws


def band_style():
    """(outer brush, inner brush, median pen) of the uncertainty bands."""
    ink = pal.foreground()
    outer = pg.mkBrush(pal.with_alpha(ink, 34))
    inner = pg.mkBrush(pal.with_alpha(ink, 60))
    median = pg.mkPen(pal.with_alpha(ink, 220), width=2, style=Qt.PenStyle.DotLine)
    return outer, inner, median


class BustProbabilityCard(QFrame):
    """'Chance of bust by 2035 (10 yrs)' (model BUST_HORIZON): the share of the draws with a bust, and whether it is
    for the current scenario or still updating."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("bustProbabilityCard")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # two lines: the card is as narrow as its figure, its room left to the "Why?" chart
        # the horizon said on the card: beside 'no bust by 2050' (the verdict, the Bust year
        # card: the end of the run) a bare 'by 2035' read as a contradiction
        self.label = QLabel(self.tr("Chance of bust\nby {0} ({1} yrs)").format(
            BUST_BY, uncertainty.BUST_HORIZON_YEARS))
        self.value = QLabel("—")
        self.note = QLabel()
        small = self.note.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.note.setFont(small)
        layout = style_card(self, self.value)
        layout.addWidget(self.label)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        self.note.setToolTip(self.tr("Bands in the plots: 10–90 % and 25–75 % of the same "
                                     "1,000 draws; dotted line: their median"))
        self._shown: tuple = ()          # (probability, current) on display
        self.setToolTip(self.tr(
            "Share of 1,000 scenarios, drawn around the current settings from each assumption's "
            "triangular range (parameter table, column 'spread'), in which investors lose "
            "patience in or before {0}: a view {1} years ahead of {2}, the first year the "
            "levers set. The Bust year card and the verdict look further, to the end of the "
            "run.").format(BUST_BY, uncertainty.BUST_HORIZON_YEARS,
                           BUST_BY - uncertainty.BUST_HORIZON_YEARS))

    def show_probability(self, probability: Optional[float], current: bool) -> None:
        """Show `probability` (0 to 1, None = not computed yet); `current` False marks it as
        belonging to an earlier scenario."""
        shown = (probability, current)
        if shown == self._shown:     # (re-styling relayouts the window: only on a change)
            return
        self._shown = shown
        self.value.setText(fmt.MISSING if probability is None else fmt.percent(probability))
        self.value.setStyleSheet("" if current else f"color: {pal.BASELINE_GREY};")
        self.note.setText(self.tr("of 1,000 draws") if current else self.tr("updating…"))


class UncertaintyFeature(QObject):
    """The toggle, the worker and what is shown; see the module docstring."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.grid = window.plot_grid
        self.columns = tuple(dict.fromkeys(panels.find(k).key_column
                                           for k in self.grid.panel_keys()))
        self.enabled = False
        self.shown: Optional[uncertainty.Bands] = None     # the bands on screen, if any
        self.stale = False                                 # shown bands are for other values
        self._marked: tuple = ()                           # (stale, shown) as last marked

        # (a partial of the model's function: it pickles without this module, so the worker
        # process imports the model only, not Qt)
        compute = partial(uncertainty.bands, seed=uncertainty.DEFAULT_SEED, columns=self.columns)
        self.runner = LatestOnlyRunner(compute, self, process=True,
                                       warm_up=partial(compute, P.defaults(), DRAG_DRAWS))
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)

        self.action = QAction(self.tr("&Uncertainty"), window, checkable=True)
        self.action.setObjectName("uncertaintyAction")
        self.action.setShortcut(QKeySequence("Ctrl+U"))
        self.action.setToolTip(self.tr(
            "Shade the 10–90 % and 25–75 % range of 1,000 scenarios drawn around the current "
            "settings, with their median (Ctrl+U)"))
        self.action.setStatusTip(self.action.toolTip())
        self.action.toggled.connect(self.set_enabled)
        window.menu("analysis").addAction(self.action)
        toolbar = window.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.action)

        self.card = BustProbabilityCard()
        self.card.setVisible(False)
        window.headline_row.addWidget(self.card, 0)
        self.controller.valuesChanged.connect(self._values_changed)
        self.controller.changeCommitted.connect(lambda _commit: self._refine())
        # While a slider is held: the next coarse request waits for `_throttle`; `_settle`
        # refines once the hand stops (module docstring).
        self._throttle = QTimer(self, singleShot=True, interval=DRAG_INTERVAL_MS)
        self._throttle.timeout.connect(
            lambda: self._drag_request() if self._throttled else None)
        self._throttled = False             # a value came while `_throttle` ran
        self._asked: tuple = ()             # (values, draws) of the newest request
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._refine)
        self._frozen = False
        window.events.plotsFrozen.connect(self._plots_frozen)
        window.installEventFilter(self)         # closing the window ends the worker process
        # Part of the kept session (gui/features/session_state.py); None: off. A workshop
        # restarted with the bands on came back without them, the room's view changed.
        window.events.collectSession.connect(
            lambda state: state.__setitem__("uncertainty", self.enabled))
        window.events.restoreSession.connect(
            lambda state: self.set_enabled(bool(state["uncertainty"]))
            if "uncertainty" in state else None)
        self.action.toggled.connect(lambda _on: window.events.sessionChanged.emit())

    # --- public -------------------------------------------------------------------------------
    def set_enabled(self, enabled: bool) -> None:
        """Switch the bands on (computed for the current values) or off (all removed)."""
        enabled = bool(enabled)
        if self.action.isChecked() != enabled:
            self.action.setChecked(enabled)        # comes back here through toggled
            return
        if enabled == self.enabled:
            return
        self.enabled = enabled
        self.card.setVisible(enabled)
        if enabled:
            self.grid.style_bands(*band_style())
            # Short entries: longer ones would widen the legends past a 1280-pixel window.
            self.grid.set_band_legend((self.tr("10–90 %"), self.tr("25–75 %"), self.tr("median")))
            self.card.show_probability(None, False)
            self._request(self.controller.values)
            self.window.status_label.setText(self.tr(
                "Uncertainty: shaded are the 10–90 % and 25–75 % ranges of 1,000 scenarios drawn "
                "around the current settings; dotted, their median"))
        else:
            self._throttle.stop()
            self._settle.stop()
            self.runner.cancel_waiting()
            self.grid.set_bands(None, None)
            self.grid.set_band_legend(())
            self.shown, self.stale, self._marked = None, False, ()
            self.window.status_label.setText(self.tr("Uncertainty bands off"))

    def showing_current(self) -> bool:
        """True if the bands on screen are final: all the draws, around exactly the current
        values."""
        return (self.enabled and self.shown is not None and not self.stale
                and self.shown.n == uncertainty.DEFAULT_DRAWS
                and self.shown.is_for(self.controller.values))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the worker is idle (scripts, screenshots)."""
        return self.runner.wait(msecs)

    def shutdown(self) -> None:
        """End the worker process (the window closes); switching the bands on again starts a
        new one."""
        self.runner.shutdown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Closing the window ends the worker process."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return super().eventFilter(watched, event)

    # --- computing ----------------------------------------------------------------------------
    def _request(self, values: dict, draws: int = uncertainty.DEFAULT_DRAWS) -> None:
        """Ask for bands of `draws` draws around `values`, unless those on screen will do."""
        if self.shown is not None and self.shown.is_for(values) and self.shown.n >= draws:
            self._mark(stale=self.shown.n < uncertainty.DEFAULT_DRAWS)
            return
        self._mark(stale=True)
        if self.runner.busy and self._asked == (values, draws):
            return                          # on its way already
        self._asked = (dict(values), draws)
        self.runner.submit(values, draws)

    def _values_changed(self, values: dict) -> None:
        if not self.enabled or self._frozen:
            return
        if not self.controller.dragging:
            self._request(values)
            return
        self._settle.start()
        if self._throttle.isActive():
            self._throttled = True          # the timer sends the newest values
            self._mark(stale=True)
        else:
            self._drag_request()

    def _drag_request(self) -> None:
        """While the hand moves: coarse bands for the newest values, then a pause."""
        self._throttled = False
        if self.enabled and not self._frozen and self.controller.dragging:
            self._request(self.controller.values, DRAG_DRAWS)
            self._throttle.start()

    def _refine(self) -> None:
        """The hand let go or held still: the final bands (all the draws) for the values."""
        self._throttle.stop()
        self._throttled = False
        if self.enabled and not self._frozen:
            self._request(self.controller.values)

    def _plots_frozen(self, frozen: bool) -> None:
        """Predict, then reveal: hold the bands of the frozen values; revealed, follow again."""
        self._frozen = frozen
        if not frozen and self.enabled:
            self._request(self.controller.values)

    def _finished(self, bands: uncertainty.Bands) -> None:
        if not self.enabled:
            return                                 # switched off while it was computing
        around_current = bands.is_for(self.controller.values)
        current = around_current and bands.n == uncertainty.DEFAULT_DRAWS
        if not current and self.showing_current():
            return                                 # never replace current bands by older ones
        self.shown = bands
        self.grid.set_bands(bands.years, {
            column: {f"p{pct}": bands.percentile(column, pct) for pct in bands.percentiles}
            for column in self.columns})
        self._mark(stale=not current)
        if around_current and not current and not self.controller.dragging:
            self._refine()                         # coarse ones came after the hand let go

    def _failed(self, error: str) -> None:
        self.window.status_label.setText(self.tr("Uncertainty bands failed: {0}").format(error))

    # --- showing ------------------------------------------------------------------------------
    def _mark(self, stale: bool) -> None:
        """Solid bands and the card's figure for current bands; lighter and 'updating…' for
        bands of an earlier scenario. Nothing to do when the same bands are marked alike again
        (every step of a drag marks them stale: issue 13)."""
        self.stale = stale
        if self._marked and self._marked[0] == stale and self._marked[1] is self.shown:
            return
        self._marked = (stale, self.shown)
        self.grid.set_band_opacity(STALE_OPACITY if stale else 1.0)
        probability = None if self.shown is None else self.shown.bust_probability_by(BUST_BY)
        self.card.show_probability(probability, current=not stale)


def install(window) -> UncertaintyFeature:
    """Add the Uncertainty toggle, its worker and the bust-probability figure to `window`."""
    return UncertaintyFeature(window)

"""View ▸ Baseline follows assumptions: when on, the grey baseline is the current scenario with
the three primary levers at their defaults (model.analysis.baseline.assumption_baseline), so
the plots and headline changes show what the levers did apart from the changed assumptions.
When off, the baseline is the default scenario again."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from model import parameters as P
from model.analysis.baseline import assumption_baseline



class FollowingBaseline(QObject):
    """Keeps the controller's baseline in step with the advanced assumptions while on."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self._last: Optional[dict] = None
        self.action = QAction(self.tr("&Baseline follows assumptions"), window, checkable=True)
        self.action.setObjectName("baselineFollowsAction")
        self.action.setStatusTip(self.tr(
            "Grey baseline = the current advanced assumptions with the three main levers at "
            "their defaults: separates what the levers did from what the assumptions did"))
        self.action.setToolTip(self.action.statusTip())
        self.action.toggled.connect(self.set_following)
        menu = window.menu("view")
        menu.addSeparator()
        menu.addAction(self.action)
        self.controller.valuesChanged.connect(self._values_changed)
        # Part of the kept session (gui/features/session_state.py); None: off.
        window.events.collectSession.connect(
            lambda state: state.__setitem__("baseline_follows", self.following))
        window.events.restoreSession.connect(
            lambda state: self.set_following(bool(state["baseline_follows"]))
            if "baseline_follows" in state else None)

    @property
    def following(self) -> bool:
        """True while the baseline follows the assumptions."""
        return self.action.isChecked()

    def set_following(self, on: bool) -> None:
        """Turn following on (baseline recomputed now and on every change) or off (defaults)."""
        if self.action.isChecked() != on:
            self.action.setChecked(on)        # comes back here through toggled
            return
        self._last = None
        if on:
            self._values_changed(self.controller.values)
        else:
            self.controller.set_baseline(P.defaults())
        text = (self.tr("Baseline: current assumptions, main levers at their defaults") if on
                else self.tr("Baseline: the default scenario"))
        self.window.status_label.setText(text)
        self.window.events.sessionChanged.emit()

    def _values_changed(self, values: dict) -> None:
        if not self.following:
            return
        baseline = assumption_baseline(values)
        if baseline != self._last:          # moving a main lever leaves the baseline as it is
            self._last = baseline
            self.controller.set_baseline(baseline)


def install(window) -> FollowingBaseline:
    """Add View ▸ Baseline follows assumptions."""
    return FollowingBaseline(window)

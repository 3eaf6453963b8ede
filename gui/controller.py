"""The one place where parameter changes become model runs.

Holds the current parameter values, the baseline (default scenario) and an undo stack. Every
change ends in `_set_values`, which records the latest values and schedules one recompute on a
zero-delay timer if none is pending: while the hand moves a slider, events are coalesced, the
latest value always wins and the interface never queues behind the hand.

The figures shown in numbers and words (headline strip, verdict line: `figuresChanged`; the
status text: `changeSummary`) follow `resultsChanged` at once, except while a slider is held:
then the first step's at once and after that at most every FIGURES_INTERVAL_MS, with the
latest results, so that most frames of a drag paint the plots only (issue 13: the frame
budget); they are current again at most that long after the hand stops, and at once when it
lets go.

The model is a pure function of the values, so the controller keeps the results of the last
RECENT_RUNS value sets it ran (RecentRuns): a value the hand comes back to while it drags a
slider back and forth is shown from there, not run again (issue 13: the step's own work).
While a slider is held, a value not run yet is run in one batch with the positions of the
drag's next AHEAD_STEPS steps at its last step's pace (the model is vectorised over scenarios:
a batch of 17 costs about twice one run), so the next steps are shown from the recent runs too.

Every committed change (not the previews of a drag) is announced once as `changeCommitted`
with a Commit: its kind ('drag' when the hand lets go, 'typed' for a value set by keyboard,
spin box or wheel, 'reset', 'undo', 'redo', or the kind given to apply_values, default
'apply'), its text, the values and model results before and after. A commit runs its model
run at once (one run per discrete change; drags stay coalesced), so both results are current.
"""
from __future__ import annotations

import struct
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Mapping, Optional, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

import model
from model import outputs
from model import parameters as P
from model import view, year_loop
from model.limits import UNDO_LIMIT

from . import format as fmt
from .memo import remember
from . import text

FIGURES_INTERVAL_MS = 120     # while a slider is held: the figures follow at most this often
RECENT_RUNS = 256             # model runs kept by their values (RecentRuns): a slider's whole range
                              # (most have ≤ 160 steps), ≈ 15 KB each
AHEAD_STEPS = 4               # a held slider's model run also runs the positions of its next steps
AHEAD_MOST = 16               # at its last step's pace, at most this many (RecentRuns.simulate)


class _Ahead:
    """A value set run ahead in a batch (RecentRuns.simulate's `ahead`): scenario `i` of
    `batch`, made a Results of its own only when it is asked for."""

    __slots__ = ("batch", "i")

    def __init__(self, batch: "model.Results", i: int):
        self.batch, self.i = batch, i


class RecentRuns:
    """model.simulate of a full parameter set, remembered for the last `size` sets: the model
    is a pure function of the values, so the same values give the same Results, and a value a
    drag comes back to needs no model run (≈ 0.5 ms of a slider step, issue 13). Keyed by the
    keys in their order and the values' exact bits (0.0 and -0.0 are different sets here);
    forgotten when the parameter table changes (P.use_table).

    A run may be asked to run more value sets ahead in the same batch (`ahead`: the next
    positions of a held slider): the model is vectorised over scenarios, so a batch of 17
    costs about twice one run, and the next steps of the drag are then remembered too."""

    def __init__(self, size: int = RECENT_RUNS):
        self.size = size
        self.hits = 0                      # runs answered from memory (bench, tests)
        self.batches = 0                   # runs that also ran value sets ahead (bench, tests)
        self._runs: OrderedDict = OrderedDict()
        self._table: Optional[tuple] = None

    def clear(self) -> None:
        """Forget every run (the next runs of any values are model runs again)."""
        self._runs.clear()

    def simulate(self, values: Mapping[str, float],
                 ahead: Optional[Callable[[], tuple[str, Sequence[float]]]] = None
                 ) -> "model.Results":
        """The Results of `values` (a full parameter set, plain floats): remembered, or run.
        If it is run and `ahead` is given, `ahead()` names a key and other values of it
        (plain floats, checked): those value sets not remembered yet are run in the same
        batch and remembered (not while the model runs small batches in plain Python, where
        a batch costs its size times one run)."""
        table = P.keys()
        if table is not self._table:        # another table: other parameters, other runs
            self._runs.clear()
            self._table = table
        try:
            packed = struct.pack(f"{len(values)}d", *values.values())
        except (struct.error, TypeError):   # not all plain numbers: run it, remember nothing
            return model.simulate(values)
        names = tuple(values)
        key = (names, packed)
        results = self._runs.get(key)
        if results is not None:
            self._runs.move_to_end(key)
            self.hits += 1
            if isinstance(results, _Ahead):
                results = self._runs[key] = results.batch.scenario(results.i)
            return results
        others = self._ahead_keys(values, names, packed, ahead) if ahead is not None else []
        if not others:
            results = model.simulate(values)
        else:
            self.batches += 1
            varied = model.scenario.varied(values, others[0][0],
                                           [values[others[0][0]]] + [v for _, v, _ in others])
            batch = model.simulate(varied)
            results = batch.scenario(0)
            for i, (_, _, other) in enumerate(others, 1):
                self._remember(other, _Ahead(batch, i))
        self._remember(key, results)
        return results

    def _ahead_keys(self, values, names, packed, ahead) -> list:
        """(key, value, cache key) of each value set `ahead()` names that is not remembered."""
        if year_loop.runs_plain():
            return []
        name, others = ahead()
        if name not in values:
            return []
        at = 8 * names.index(name)
        out, seen = [], {packed}
        for value in others:
            other = (names, packed[:at] + struct.pack("d", value) + packed[at + 8:])
            if other[1] not in seen and other not in self._runs:
                seen.add(other[1])
                out.append((name, value, other))
        return out

    def _remember(self, key, entry) -> None:
        self._runs[key] = entry
        self._runs.move_to_end(key)
        while len(self._runs) > self.size:
            self._runs.popitem(last=False)


@dataclass(frozen=True)
class Commit:
    """One committed change: kind, text, parameter values (table units) and model.Results
    before and after."""

    kind: str
    text: str
    old: dict
    new: dict
    before: object
    after: object


class SetValuesCommand(QUndoCommand):
    """One undo step: the parameter values before and after a change."""

    def __init__(self, controller: "Controller", old: dict, new: dict, description: str,
                 merge_key: Optional[str] = None, already_applied: bool = False,
                 kind: str = "apply"):
        super().__init__(description)
        self.controller, self.old, self.new, self.merge_key = controller, old, new, merge_key
        self._skip_redo = already_applied   # a finished drag: its values are already shown
        self.kind = kind                    # what the first redo is; later ones are 'redo'

    def id(self) -> int:  # noqa: A003 - Qt's name
        """Consecutive keyboard steps of the same parameter share an id and merge."""
        if self.merge_key is None:
            return -1
        return 1000 + P.keys().index(self.merge_key)

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, SetValuesCommand) or other.merge_key != self.merge_key:
            return False
        self.new = other.new
        self.setText(self.controller.describe(self.old, self.new))
        return True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            self.kind = "redo"
            return
        kind, self.kind = self.kind, "redo"
        # A redo says so, as an undo does ('Undo: …'): the status bar and the session log read
        # 'Preset: Circular-deal unwind: …' after Ctrl+Shift+Z, as if the preset were picked anew.
        description = self.text() if kind != "redo" else QCoreApplication.translate(
            "Controller", "Redo: {0}").format(self.text())
        self.controller._commit(kind, self.new, description)

    def undo(self) -> None:
        self.controller._commit(
            "undo", self.old,
            QCoreApplication.translate("Controller", "Undo: {0}").format(self.text()))


class Controller(QObject):
    """Current values, baseline and undo stack; turns changes into (coalesced) model runs."""

    # The full current parameter set (a dict, table units). Signal(object), not Signal(dict):
    # a dict signal is converted to a QVariantMap and back for every slot (≈ 0.1 ms a step).
    valuesChanged = Signal(object)
    resultsChanged = Signal(object)    # model.Results of the current scenario
    figuresChanged = Signal(object)    # the same Results for the figures (see module doc)
    baselineChanged = Signal(object)   # model.Results of the baseline scenario
    changeSummary = Signal(str)        # what the last change did, for the status bar
    changeCommitted = Signal(object)   # a Commit: once per committed change (see module doc)
    draggingChanged = Signal(bool)     # a slider pressed (True) or let go (False)
    # Headlines named in the status bar, most telling first (at most three are shown).
    SUMMARY_ORDER = ("bust_year", "coverage_year", "peak_shortfall_gw", "peak_stress",
                     "peak_debt_busd", "cum_capex_2025_2030")

    def __init__(self, values: Optional[Mapping[str, float]] = None, parent=None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)        # model/limits.py: the oldest go
        self._values = P.complete(values or {})
        self._baseline_values = P.defaults()
        self.baseline = model.simulate(self._baseline_values)
        self.runs = RecentRuns()
        self.results = self.runs.simulate(self._values)
        self._pending = False
        self._drag_start: Optional[dict] = None
        self._drag_step: Optional[tuple] = None    # a held slider's last step: key, old, new
        self._drag_from: dict = self._values   # where the last drag started
        self._drag_start_results = self.results
        self._before_results = self.results
        self._description: Optional[str] = ""   # None: describe the drag when asked
        self.recompute_count = 0
        self._figures_pending = False
        self._figure_texts: dict = {}             # Headline -> as written (_written)
        self._figures_timer = QTimer(self)        # while a slider is held (module doc)
        self._figures_timer.setSingleShot(True)
        self._figures_timer.timeout.connect(self._figures_due)

    # --- reading -------------------------------------------------------------------------
    @property
    def values(self) -> dict[str, float]:
        """A copy of the current parameter values."""
        return dict(self._values)

    @property
    def baseline_values(self) -> dict[str, float]:
        """A copy of the baseline's parameter values."""
        return dict(self._baseline_values)

    def value(self, key: str) -> float:
        """Current value of one parameter."""
        return self._values[key]

    def emit_all(self) -> None:
        """Announce the current state to freshly connected views."""
        self.valuesChanged.emit(self.values)
        self.baselineChanged.emit(self.baseline)
        self.resultsChanged.emit(self.results)
        self.figuresChanged.emit(self.results)

    # --- changing (undoable) ---------------------------------------------------------------
    def apply_values(self, values: Mapping[str, float], description: str = "",
                     kind: str = "apply") -> None:
        """Set several parameters at once (validated) as one undo step, committed as `kind`."""
        new = dict(self._values)
        new.update(P.validate(values))
        if new == self._values:
            return
        self.undo_stack.push(SetValuesCommand(self, self.values, new,
                                              description or self.describe(self._values, new),
                                              kind=kind))

    def set_value(self, key: str, value: float) -> None:
        """Set one parameter (keyboard step, spin box, wheel); consecutive steps of the same
        parameter merge into one undo step. During a drag the value is only previewed."""
        if self._drag_start is not None:
            self.preview_value(key, value)
            return
        value = P.get(key).check(value)
        if value == self._values[key]:
            return
        new = dict(self._values, **{key: value})
        self.undo_stack.push(SetValuesCommand(self, self.values, new,
                                              self.describe(self._values, new), merge_key=key,
                                              kind="typed"))

    def reset_all(self) -> None:
        """Every parameter back to its default (one undo step)."""
        self.apply_values(P.defaults(), QCoreApplication.translate("Controller", "Reset all"),
                          kind="reset")

    def reset_value(self, key: str) -> None:
        """One parameter back to its default (one undo step)."""
        self.apply_values({key: P.get(key).default}, kind="reset")

    # --- drags: one undo step per drag -------------------------------------------------------
    def begin_drag(self, key: str) -> None:
        """A slider was pressed: remember where the drag started."""
        self.flush()
        self._drag_start = self._drag_from = self.values
        self._drag_step = None
        self._before_results = self._drag_start_results = self.results
        self.draggingChanged.emit(True)

    def preview_value(self, key: str, value: float) -> None:
        """A value while the slider is held: recompute live, no undo step yet."""
        value = P.get(key).check(value)
        old = self._values[key]
        if value == old:
            return
        new = dict(self._values, **{key: value})
        if self._drag_start is not None:     # described when the status text is written
            self._drag_step = (key, old, value)
            self._set_values(new, None)
        else:
            self._set_values(new, self.describe(self._values, new))

    def end_drag(self, key: str) -> None:
        """The slider was released: the whole drag becomes one undo step."""
        start, self._drag_start = self._drag_start, None
        self.flush()                  # the last values' results and figures, at once
        self._figures_timer.stop()    # (the next drag's first step shows its figures at once)
        self.draggingChanged.emit(False)
        if start is None or start == self._values:
            return
        description = self.describe(start, self._values)
        self.undo_stack.push(SetValuesCommand(self, start, self.values, description,
                                              already_applied=True))
        self.changeCommitted.emit(Commit("drag", description, start, self.values,
                                         self._drag_start_results, self.results))

    @property
    def dragging(self) -> bool:
        """True while a slider is held."""
        return self._drag_start is not None

    # --- baseline -------------------------------------------------------------------------
    def set_baseline(self, values: Mapping[str, float]) -> None:
        """Use another scenario as the baseline every plot and headline is read against."""
        self._baseline_values = P.complete(values)
        self.baseline = model.simulate(self._baseline_values)
        self.baselineChanged.emit(self.baseline)

    # --- internals ------------------------------------------------------------------------
    def describe(self, old: Mapping[str, float], new: Mapping[str, float]) -> str:
        """Short text of a change: 'Capex growth 75 → 80 % per year', or the number changed."""
        changed = [k for k in P.keys() if old.get(k) != new.get(k)]
        if len(changed) == 1:
            p = P.get(changed[0])
            return "{0} {1} → {2}".format(text.param_label(p), fmt.param_number(p, old[p.key]),
                                          text.param_value_text(p, new[p.key]))
        return QCoreApplication.translate("Controller", "{0} parameters changed").format(len(changed))

    def _commit(self, kind: str, values: Mapping[str, float], description: str) -> None:
        """Set `values` as a committed change: run the model now and announce the Commit."""
        self.flush()
        old, before = self.values, self.results
        self._set_values(values, description)
        self.flush()
        self.changeCommitted.emit(Commit(kind, description, old, self.values, before, self.results))

    def _set_values(self, values: Mapping[str, float], description: str) -> None:
        """Record the latest values and schedule one recompute if none is pending."""
        if not self.dragging:      # during a drag the summary is read against the drag's start
            self._before_results = self.results
        self._values = dict(values)
        self._description = description
        self.valuesChanged.emit(self.values)
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._recompute)

    def flush(self) -> None:
        """Run a pending recompute now, and show its figures (for scripts and tests)."""
        if self._pending:
            self._recompute()
        if self._figures_pending:
            self._emit_figures()

    def _recompute(self) -> None:
        if not self._pending:
            return
        self._pending = False
        ahead = self._ahead if self.dragging and self._drag_step is not None else None
        self.results = self.runs.simulate(self._values, ahead)
        self.recompute_count += 1
        self.resultsChanged.emit(self.results)
        self._figures_pending = True
        if not self.dragging:
            self._emit_figures()
        elif not self._figures_timer.isActive():     # the first step after a pause: at once
            self._emit_figures()
            self._figures_timer.start(FIGURES_INTERVAL_MS)

    def _ahead(self) -> tuple[str, list[float]]:
        """The held slider's key and the values of its next positions in the drag's direction:
        AHEAD_STEPS steps at the last step's pace, every position between (at most
        AHEAD_MOST), within the slider's range, as the slider gives them (model.view)."""
        key, old, new = self._drag_step
        p = P.get(key)
        at = view.step_of_value(p, new)
        pace = at - view.step_of_value(p, old)
        if pace == 0 or new != self._values[key]:
            return key, []
        sign = 1 if pace > 0 else -1
        span = min(AHEAD_STEPS * abs(pace), AHEAD_MOST)
        last = view.step_count(p)
        return key, [p.check(view.value_at_step(p, at + sign * k)) for k in range(1, span + 1)
                     if 0 <= at + sign * k <= last]

    def _figures_due(self) -> None:
        """FIGURES_INTERVAL_MS after figures were shown during a drag: show the latest."""
        if self._figures_pending:
            self._emit_figures()
            if self.dragging:
                self._figures_timer.start(FIGURES_INTERVAL_MS)

    def _emit_figures(self) -> None:
        """Show the figures of the latest results (figuresChanged, changeSummary)."""
        if not self._figures_pending:
            return
        self._figures_pending = False
        self.figuresChanged.emit(self.results)
        self.changeSummary.emit(self._summary())

    def _written(self, h: outputs.Headline) -> str:
        """fmt.headline(h), written once for each figure (at most RECENT_RUNS kept): while a
        slider is held, the status text compares the figures of the drag's start, written
        again and again, with those of the values passed (a window lives in one language:
        gui.i18n installs it first)."""
        written = self._figure_texts.get(h)
        if written is None:
            written = remember(self._figure_texts, h, fmt.headline(h), RECENT_RUNS)
        return written

    def _summary(self) -> str:
        """The last change and the headline figures it moved, e.g.
        'Capex growth 75 → 80 % per year: bust year none → 2031'."""
        old = outputs.headlines(self._before_results)
        new = outputs.headlines(self.results)
        shown = {k: (self._written(old[k]), self._written(new[k]))
                 for k in self.SUMMARY_ORDER if k in new}
        moved = [f"{text.headline_label(new[k])} {before} → {after}"
                 for k, (before, after) in shown.items() if before != after]
        description = self._description
        if description is None:              # a drag's step: from where the drag started
            description = self.describe(self._drag_from, self._values)
        if not moved:
            return description
        return f"{description}: " + "; ".join(moved[:3])

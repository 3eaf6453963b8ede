"""Explore (Analysis ▸ Explore…, Ctrl+Shift+E; issue 14): scenario discovery and global
sensitivity in a dock, run in the background while the sliders stay live.

- A sweep (model.explore.sweep.run_sweep) over every parameter's range, the current values as
  the base, runs in a Python thread of `ExploreRunner`; the engine runs in a dask LocalCluster
  of low-priority worker processes (`worker_cluster`: started for the sweep, closed when it
  ends, is cancelled or fails), so the window's process only receives chunks and the GUI
  thread is not starved of the GIL or of a core; with 0 processes it runs in the thread
  (slider steps then share the GIL with it). The file is
  `<data folder>/explore/last-sweep.parquet` (a temporary folder for windows without one), so
  a cancelled sweep still leaves a usable partial table, which is searched as a finished one.
- PRIM (model.explore.discovery) then runs in the same thread; the panel draws the trajectory.
  Choosing a step shades its box on the sliders (SliderPanel.set_marked_ranges).
- "Go to the box": the box's centre for the inputs it restricts, current values elsewhere,
  through controller.apply_values (one undo step, committed as kind 'explore').
- "Save box as snapshot": window.events.snapshotRequested(name, note), the note holding the
  condition, coverage, density and limits (numbers by gui/format.py).
- Sobol' total effects (model.explore.sensitivity.headline_sensitivity) run in a spawned
  low-priority process (terminated on cancel; in the thread with 0 processes) and are drawn beside the
  tornado's one-at-a-time swings (gui/widgets/explore_bars.py).
Cancel stops a sweep after the chunk in progress (then its cluster is closed) and
terminates a Sobol' process; closing the window cancels and waits for both.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
import tempfile
import threading
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from model import outputs
from model import parameters as P
from model import view
from model.analysis.sensitivity import tornado
from model.errors import InputError
from model.explore.condition import parse_condition
from model.explore.discovery import Found, discover_sweep
from model.explore.sampling import make_ranges
from model.explore.sensitivity import ConstantFigure, headline_sensitivity
from model.explore.sweep import CHUNK_ROWS, LOCAL_ANY_PORT, SweepOutcome, SweepSpec, run_sweep
from model.store import atomic

from .. import format as fmt
from .. import text
from ..data_folder import data_folder
from ..error_text import error_text, failed_write, reason_text
from ..widgets.explore_panel import ExplorePanel

# Scenarios per chunk: smaller than the command line's (one engine call of CHUNK_ROWS) so the
# bar moves and Cancel answers (after the chunk in progress) within a fraction of a second.
DOCK_CHUNK_ROWS = min(CHUNK_ROWS, 512)
WORKER_NICE = 10             # worker processes yield the CPU to the window's process
SHUTDOWN_WAIT_S = 30.0       # closing the window waits at most this long for a cancelled job
POLL_S = 0.1                 # how often a Sobol' job in another process looks at cancel


# --- the jobs (no Qt: they run in the runner's thread) ---------------------------------------
@dataclass(frozen=True)
class SweepResult:
    """A finished or cancelled sweep and its discovery (None if no chunk finished, or the
    reason PRIM found no box in `problem`)."""

    outcome: SweepOutcome
    found: Optional[Found]
    problem: str = ""


@contextmanager
def worker_cluster(workers: int):
    """A dask LocalCluster of `workers` single-threaded processes at low priority (nice +10,
    so the window's process gets a core first), closed (its processes ended) on exit; yields
    the scheduler's address."""
    from distributed import Client, LocalCluster
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=LOCAL_ANY_PORT, silence_logs=logging.CRITICAL) as cluster:
        with Client(cluster) as client:
            client.run(os.nice, WORKER_NICE)
        yield cluster.scheduler_address


def sweep_job(spec: SweepSpec, path: Path, condition: str, workers: int, chunk_rows: int,
              cancel: threading.Event, on_progress: Callable[[int, int], None]) -> SweepResult:
    """Run the sweep to `path` in chunks of `chunk_rows` scenarios (on a worker_cluster of
    `workers` processes; 0: in this thread), then PRIM for `condition` on whatever rows
    finished."""
    with ExitStack() as stack:
        address = stack.enter_context(worker_cluster(workers)) if workers > 0 else None
        if cancel.is_set():                       # cancelled while the workers started
            raise _Cancelled
        try:
            outcome = run_sweep(spec, path, address=address, chunk_rows=chunk_rows,
                                on_progress=on_progress, cancel=cancel)
        except OSError as exc:     # a full disk (pyarrow's too: an OSError): the sweep file
            raise SweepWriteFailed(path, exc) from None
    if outcome.rows == 0:
        return SweepResult(outcome, None)
    try:
        return SweepResult(outcome, discover_sweep(path, condition))
    except InputError as exc:            # never or always holds: say so, no empty box
        return SweepResult(outcome, None, no_box_text(exc))


def no_box_text(error: InputError) -> str:
    """Why the window's sweep found no box, in the interface language. A condition that held in
    all or none of the scenarios is said for what the window drew: every input over its whole
    range (make_ranges), so the model's advice to try wider ranges is no choice here; the
    condition is the thing to change. Any other problem as the model words it."""
    fields = getattr(error, "fields", {}) or {}
    verdict, n = fields.get("verdict"), fields.get("n")
    if verdict in _NO_BOX and isinstance(n, int):
        return QCoreApplication.translate("ExploreFeature", _NO_BOX[verdict]).format(fmt.count(n))
    return error_text(error)


# no_box_text's words by prim.DiscoveryError's verdict (the scenario count is {0})
_NO_BOX = {
    "always": QT_TRANSLATE_NOOP(
        "ExploreFeature", "The condition held in all {0} scenarios, drawn with every input "
        "over its whole range: within the model's ranges no input decides it, so there is no "
        "box to find. Choose a stricter condition (another threshold or year)."),
    "never": QT_TRANSLATE_NOOP(
        "ExploreFeature", "The condition held in none of the {0} scenarios, drawn with every "
        "input over its whole range: within the model's ranges no inputs meet it, so there is "
        "no box to find. Choose a looser condition (another threshold or year)."),
}


def sobol_job(headline: str, ranges, samples: int, workers: int, cancel: threading.Event,
              on_progress: Callable[[int, int], None]):
    """Sobol' indices of `headline` (list of model.explore.sensitivity.Index), in a spawned
    low-priority process if workers > 0 (terminated on cancel: None is returned), else here.
    A headline that is the same in every run is returned as its ConstantFigure (the dock says
    so in the interface language)."""
    try:
        return _sobol(headline, ranges, samples, workers, cancel)
    except ConstantFigure as exc:
        return exc


def _sobol(headline: str, ranges, samples: int, workers: int, cancel: threading.Event):
    if workers <= 0:
        result = headline_sensitivity(headline, ranges, "sobol", samples=samples)
        return None if cancel.is_set() else result
    pool = multiprocessing.get_context("spawn").Pool(1, initializer=os.nice,
                                                      initargs=(WORKER_NICE,))
    try:
        pending = pool.apply_async(headline_sensitivity, (headline, ranges, "sobol", samples))
        while not cancel.is_set():
            try:
                return pending.get(timeout=POLL_S)
            except multiprocessing.TimeoutError:
                continue
        return None
    finally:
        pool.terminate()                 # kills the process, finished or not
        pool.join()


class _Cancelled(Exception):
    """Cancel was pressed before the sweep started."""


class SweepWriteFailed(Exception):
    """The sweep file `path` could not be written (a full disk, a read-only folder): `cause`,
    the OSError; the runner words it as every failed write is (gui.error_text.failed_write)."""

    def __init__(self, path: Path, cause: OSError):
        super().__init__(str(cause))
        self.path, self.cause = path, cause


# --- the runner ------------------------------------------------------------------------------
class _Relay(QObject):
    """Carries a job's progress and outcome from its thread to the GUI thread (queued)."""

    progress = Signal(int, int)
    done = Signal(object, str, bool)      # result, error text, cancelled


class ExploreRunner(QObject):
    """Runs one job at a time (a sweep or a Sobol' run) in a Python thread, with cancel.
    Signals arrive in the GUI thread. The job gets `cancel` (a threading.Event) and
    `on_progress(done, total)` as keyword arguments."""

    progress = Signal(int, int)           # done, total
    finished = Signal(object)             # the job's result
    failed = Signal(str)                  # a one-line reason
    cancelled = Signal(object)            # the job's result so far (may be None)

    def __init__(self, parent: Optional[QObject] = None):
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.progress.connect(self.progress)
        self._relay.done.connect(self._done)
        self._thread: Optional[threading.Thread] = None
        self._cancel = threading.Event()

    @property
    def busy(self) -> bool:
        """True while a job runs."""
        return self._thread is not None and self._thread.is_alive()

    def start(self, function: Callable, *args) -> None:
        """Run `function(*args, cancel=…, on_progress=…)` in a new thread. RuntimeError if a
        job is still running."""
        if self.busy:
            raise RuntimeError("a job is still running")
        self._cancel = cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(function, args, cancel),
                                        name="explore-job", daemon=True)
        self._thread.start()

    def _run(self, function: Callable, args: tuple, cancel: threading.Event) -> None:
        result, error = None, ""
        try:
            result = function(*args, cancel=cancel, on_progress=self._relay.progress.emit)
        except _Cancelled:
            result = None
        except InputError as exc:
            error = error_text(exc)
        except SweepWriteFailed as exc:             # the one wording of a failed write
            error = failed_write(exc.path, exc.cause)
        except OSError as exc:                      # a full disk: its cause in the window's words
            where = f"{exc.filename}: " if exc.filename else ""
            error = f"{where}{reason_text(exc)}"
        except Exception as exc:                    # reported in the dock, never lost
            error = f"{type(exc).__name__}: {exc}"
        try:
            self._relay.done.emit(result, error, cancel.is_set())
        except RuntimeError:                        # the window is gone
            pass

    def cancel(self) -> None:
        """Ask the running job to stop (a sweep: after the chunk in progress)."""
        self._cancel.set()

    def wait(self, seconds: float = SHUTDOWN_WAIT_S) -> bool:
        """Block until the running job has ended; True if it has."""
        if self._thread is not None:
            self._thread.join(seconds)
        return not self.busy

    def _done(self, result: object, error: str, cancelled: bool) -> None:
        if error:
            self.failed.emit(error.splitlines()[0] if error else error)
        elif cancelled:
            self.cancelled.emit(result)
        else:
            self.finished.emit(result)


# --- the feature -----------------------------------------------------------------------------
class ExploreFeature(QObject):
    """The Explore dock, its Analysis-menu action and the runners of its two jobs."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.panel = ExplorePanel()
        self.dock = window.add_dock(self.panel, self.tr("Explore"), "exploreDock",
                                    Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.setMinimumWidth(330)
        self.action = QAction(self.tr("&Explore: which assumptions lead to a bust…"), window)
        self.action.setObjectName("exploreAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.action.setStatusTip(self.tr("Sweep many scenarios, find the ranges of inputs in "
                                         "which a condition holds, and compare one-at-a-time "
                                         "with global sensitivity (Ctrl+Shift+E)"))
        self.action.triggered.connect(self.show)
        self.action.triggered.connect(lambda: window.focus_dock(self.dock))
        window.menu("analysis").addAction(self.action)

        self.sweeps = ExploreRunner(self)
        self.sobol = ExploreRunner(self)
        self.result: Optional[SweepResult] = None
        self.indices = None                    # the last Sobol' indices shown
        self._folder: Optional[Path] = None
        self.chunk_rows = DOCK_CHUNK_ROWS      # scenarios per chunk (cancel waits for one)

        p = self.panel
        p.runRequested.connect(self.run_sweep)
        p.cancelRequested.connect(self.sweeps.cancel)
        p.stepChosen.connect(self._step_chosen)
        p.goToBoxRequested.connect(self.go_to_box)
        p.saveBoxRequested.connect(self.save_box)
        p.sobolRequested.connect(self.run_sobol)
        p.sobolCancelRequested.connect(self.sobol.cancel)
        p.headline.currentIndexChanged.connect(lambda _: self._new_headline())
        p.bars.parameterClicked.connect(self.select_parameter)
        p.tabs.currentChanged.connect(lambda _: self._refresh_bars())
        self.sweeps.progress.connect(p.set_progress)
        self.sweeps.finished.connect(self._sweep_done)
        self.sweeps.cancelled.connect(self._sweep_cancelled)
        self.sweeps.failed.connect(self._sweep_failed)
        self.sobol.finished.connect(self._sobol_done)
        self.sobol.cancelled.connect(lambda _r: self._sobol_stopped(self.tr("Cancelled.")))
        self.sobol.failed.connect(self._sobol_stopped)
        self.controller.valuesChanged.connect(self._values_changed)
        self.dock.visibilityChanged.connect(lambda shown: shown and self._refresh_bars())

        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # --- showing ---------------------------------------------------------------------------
    def show(self) -> None:
        """Open (or raise) the Explore dock."""
        self.dock.setVisible(True)
        self.dock.raise_()

    def select_parameter(self, key: str) -> None:
        """Scroll the slider panel to `key`'s slider and focus it (a click on a bar row)."""
        self.window.slider_panel.focus_parameter(key)

    # --- the sweep --------------------------------------------------------------------------
    def sweep_path(self) -> Path:
        """Where the dock's sweep is written: <data folder>/explore/last-sweep.parquet, or a
        temporary folder (removed at exit) for windows without a data folder."""
        if self._folder is None:
            base = data_folder(self.window)
            if base is None:
                self._folder = Path(tempfile.mkdtemp(prefix="aicx-explore-"))
                QApplication.instance().aboutToQuit.connect(
                    lambda f=self._folder: shutil.rmtree(f, ignore_errors=True))
            else:
                self._folder = base / "explore"
        path = self._folder / "last-sweep.parquet"
        try:
            atomic.make_folder_of(path)
        except OSError as exc:       # said as every failed write (model.errors.write_failed)
            raise SweepWriteFailed(path, exc) from None
        return path

    def run_sweep(self, condition: str, samples: int, workers: int) -> bool:
        """Start a sweep of `samples` scenarios over every parameter's range around the current
        values and PRIM for `condition`; False (with a message in the dock) if it cannot start."""
        if self.sweeps.busy:
            return False
        try:
            parse_condition(condition)
            spec = SweepSpec(make_ranges(None, self.controller.values), int(samples),
                             conditions=(condition,))
            spec.check()
            path = self.sweep_path()
        except InputError as exc:
            self.panel.set_message(error_text(exc).splitlines()[0])
            return False
        except SweepWriteFailed as exc:         # its folder cannot be made: a failed write
            self.panel.set_message(failed_write(exc.path, exc.cause))
            return False
        except OSError as exc:        # '[Errno 13] Permission denied: ...' was shown as such
            self.panel.set_message(f"{exc.filename or ''}: {reason_text(exc)}")
            return False
        self.panel.set_message("")
        self.panel.set_running(True)
        self.panel.set_status(self.tr("Starting the worker processes ({0})…").format(workers)
                              if workers > 0 else self.tr("Running in this process…"))
        self.sweeps.start(sweep_job, spec, path, condition, int(workers), self.chunk_rows)
        return True

    def _sweep_done(self, result: SweepResult) -> None:
        self.panel.set_running(False)
        self._show_result(result, self.tr("{0} scenarios in {1} s ({2} per second).").format(
            fmt.number(result.outcome.rows), fmt.number(result.outcome.seconds, 1),
            fmt.number(result.outcome.per_second)))

    def _sweep_cancelled(self, result: Optional[SweepResult]) -> None:
        self.panel.set_running(False)
        self.panel.progress.setRange(0, 1)
        if result is None or result.outcome.rows == 0:
            self.panel.set_status(self.tr("Cancelled before any scenario finished."))
            return
        self._show_result(result, self.tr("Cancelled: the box is found on the {0} scenarios "
                                          "that finished.").format(
            fmt.number(result.outcome.rows)))

    def _sweep_failed(self, message: str) -> None:
        self.panel.set_running(False)
        self.panel.progress.setRange(0, 1)
        self.panel.set_status("")
        self.panel.set_message(message)

    def _show_result(self, result: SweepResult, status: str) -> None:
        self.result = result
        if result.found is None:
            self.panel.set_discovery(None)
            self.window.slider_panel.clear_marked_ranges()
            self.panel.set_status(status)
            if result.problem:
                self.panel.set_message(result.problem)
            self.panel.show_result()
            return
        self.panel.set_status(status)
        self.panel.set_discovery(result.found.discovery)
        self.panel.show_result()

    def _step_chosen(self, step: int) -> None:
        discovery = self.panel.discovery
        ranges = discovery.limits(step) if discovery is not None else {}
        self.window.slider_panel.set_marked_ranges(ranges)

    # --- the box ----------------------------------------------------------------------------
    def box_centre(self) -> dict[str, float]:
        """The chosen box's centre (table units, on each slider's step grid) for the inputs it
        restricts; empty if there is no box."""
        discovery = self.panel.discovery
        if discovery is None:
            return {}
        centre = {}
        for key, (low, high) in discovery.limits(self.panel.chosen).items():
            p = P.get(key)
            centre[key] = view.value_at_step(p, view.step_of_value(p, (low + high) / 2))
        return centre

    def go_to_box(self) -> None:
        """Move the restricted sliders to the chosen box's centre (one undo step)."""
        centre = self.box_centre()
        if centre:
            self.controller.apply_values(centre, self.tr("Centre of the box for '{0}'").format(
                self.result.found.condition.text), kind="explore")

    def box_note(self) -> str:
        """The chosen box as text: condition, step, coverage, density and the limits."""
        discovery = self.panel.discovery
        lines = [self.tr("Box for '{0}'").format(self.result.found.condition.text),
                 self.panel.box_summary()]
        for key, (low, high) in discovery.limits(self.panel.chosen).items():
            p = P.get(key)
            lines.append(self.tr("{0}: {1} to {2}").format(
                text.param_label(p), text.param_value_text(p, low), text.param_value_text(p, high)))
        return "\n".join(lines)

    def save_box(self) -> None:
        """Ask for a snapshot of the current scenario with the box in its note."""
        if self.panel.discovery is None:
            return
        name = self.tr("Box: {0}").format(self.result.found.condition.text)
        self.window.events.snapshotRequested.emit(name, self.box_note())

    # --- Sobol' -----------------------------------------------------------------------------
    def run_sobol(self, headline: str, samples: int, workers: int) -> bool:
        """Start Sobol' indices of `headline` over every parameter's range, around the current
        values; False if a run is still going."""
        if self.sobol.busy:
            return False
        self.indices = None
        self._refresh_bars()
        self.panel.set_sobol_running(True)
        self.sobol.start(sobol_job, headline, make_ranges(None, self.controller.values),
                         int(samples), int(workers))
        return True

    def _sobol_done(self, indices) -> None:
        if isinstance(indices, ConstantFigure):
            self._sobol_stopped(self.constant_text(indices))
            return
        self.panel.set_sobol_running(False)
        self.indices = indices
        self._refresh_bars()
        self.panel.show_sobol_result()

    def constant_text(self, constant: ConstantFigure) -> str:
        """What the dock says when the figure is the same in every run of the Sobol' sample."""
        label = text.tr(outputs.HEADLINE_INFO[constant.figure][0])
        value = fmt.headline_value(constant.figure, constant.value)
        return self.tr("“{0}” does not change across the sample: it is {1} in all {2} runs, so "
                       "no parameter moves it and there are no Sobol' indices to show.").format(
            label, value, fmt.number(constant.runs))

    def _sobol_stopped(self, message: str) -> None:
        self.panel.set_sobol_running(False)
        self.panel.sobol_status.setText(message)

    def _new_headline(self) -> None:
        self.indices = None
        self._refresh_bars()

    def _values_changed(self, _values: dict) -> None:
        if self.dock.isVisible() and self.panel.tabs.currentIndex() == 1:
            self._refresh_bars()

    def _refresh_bars(self) -> None:
        """Redraw the one-at-a-time swings (~10 ms) beside the Sobol' indices shown."""
        if not self.dock.isVisible():
            return
        bars = tornado(self.controller.values, self.panel.headline.currentData())
        self.panel.bars.set_data(bars, self.indices)

    # --- closing ----------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Cancel what runs and wait for it (its cluster or process is closed)."""
        for runner in (self.sweeps, self.sobol):
            if runner.busy:
                runner.cancel()
                runner.wait(SHUTDOWN_WAIT_S)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Closing the window stops the background jobs."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return super().eventFilter(watched, event)


def install(window) -> ExploreFeature:
    """Add the Explore dock and Analysis ▸ Explore… (Ctrl+Shift+E) to `window`."""
    return ExploreFeature(window)

"""Run one slow pure function off the event loop, where only the newest request matters.

    runner = LatestOnlyRunner(uncertainty.bands)
    runner.finished.connect(show)          # show(result), in the GUI thread
    runner.submit(values)                  # returns at once

At most one job runs at a time (in a thread of the runner's own QThreadPool) and at most one
waits: a new `submit` replaces the waiting one, so a hand moving a slider never builds a queue
and the worker always goes on with the newest values. A job that is already running is not
interrupted (numpy cannot be), its result is still delivered, and the caller decides whether it
still fits (e.g. `Bands.is_for(values)`). The function must not touch Qt objects: it receives
plain arguments and returns a plain result.
"""
from __future__ import annotations

from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Carries a finished job's outcome from the worker thread to the GUI thread (queued)."""

    done = Signal(object, object)     # (result or None, error text or None)


class _Job(QRunnable):
    def __init__(self, function: Callable, args: tuple, kwargs: dict, relay: _Relay):
        super().__init__()
        self.function, self.args, self.kwargs, self.relay = function, args, kwargs, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result, error = self.function(*self.args, **self.kwargs), None
        except Exception as exc:                      # reported to the GUI, never lost
            result, error = None, f"{type(exc).__name__}: {exc}"
        try:
            self.relay.done.emit(result, error)
        except RuntimeError:                          # the window is gone; nobody to tell
            pass


class LatestOnlyRunner(QObject):
    """Runs `function(*args, **kwargs)` in a worker thread, newest request first, superseded
    waiting requests dropped. Signals arrive in the GUI thread."""

    finished = Signal(object)      # the function's result
    failed = Signal(str)           # the exception's text, if the function raised
    busyChanged = Signal(bool)     # True while a job runs or waits

    def __init__(self, function: Callable, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.function = function
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._job_done)
        self._running = False
        self._waiting: Optional[tuple[tuple, dict]] = None
        self.started_jobs = 0          # how many jobs were started (tests: superseded ones drop)

    @property
    def busy(self) -> bool:
        """True while a job runs or waits to run."""
        return self._running or self._waiting is not None

    def submit(self, *args: Any, **kwargs: Any) -> None:
        """Ask for a run with these arguments; replaces any request that has not started yet."""
        was_busy = self.busy
        self._waiting = (args, kwargs)
        if not self._running:
            self._start_waiting()
        if not was_busy:
            self.busyChanged.emit(True)

    def cancel_waiting(self) -> None:
        """Drop the request that has not started yet (a running job still finishes)."""
        self._waiting = None
        if not self.busy:
            self.busyChanged.emit(False)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the running job is done (for shutdown and scripts); True if it is."""
        return self.pool.waitForDone(msecs)

    def _start_waiting(self) -> None:
        args, kwargs = self._waiting
        self._waiting = None
        self._running = True
        self.started_jobs += 1
        self.pool.start(_Job(self.function, args, kwargs, self._relay))

    def _job_done(self, result: object, error: Optional[str]) -> None:
        self._running = False
        if self._waiting is not None:
            self._start_waiting()            # the newest request goes on at once
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result)
        if not self.busy:
            self.busyChanged.emit(False)

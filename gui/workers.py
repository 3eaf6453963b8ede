"""Run one slow pure function off the event loop, where only the newest request matters.

    runner = LatestOnlyRunner(uncertainty.bands)
    runner.finished.connect(show)          # show(result), in the GUI thread
    runner.submit(values)                  # returns at once

At most one job runs at a time and at most one waits: a new `submit` replaces the waiting one,
so a hand moving a slider never builds a queue and the worker always goes on with the newest
values. A job that is already running is not interrupted (numpy cannot be), its result is still
delivered, and the caller decides whether it still fits (e.g. `Bands.is_for(values)`). The
function must not touch Qt objects: it receives plain arguments and returns a plain result.

Where a job runs: in a thread of the runner's own QThreadPool, or, with `process=True`, in one
persistent worker PROCESS (`WorkerProcess`), so that its Python and numpy work does not share
the GUI thread's GIL (issue 13: with numpy on small arrays a worker thread holds the GIL for much
of its run; with the bands in a process, a slider step that receives a result costs about 4 ms
less of the GUI thread's time, docs/PERFORMANCE.md). The process is spawned at the first
`submit` (or `start`) and is ready once its `warm_up` (imports, the compiled engine loaded from
numba's cache: about two seconds) has run; until then jobs run in the thread, so the first
result comes as soon as before. Then the function, its arguments and its result must pickle (a
module-level function or a functools.partial of one). `shutdown` ends the process (closing the
window does it; a later `submit` starts a new one).
"""
from __future__ import annotations

import multiprocessing
import os
from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, QRunnable, QSocketNotifier, QThreadPool, Signal

from .worker_loop import error_text as _error_text
from .worker_loop import serve


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
            result, error = None, _error_text(exc)
        try:
            self.relay.done.emit(result, error)
        except RuntimeError:                          # the window is gone; nobody to tell
            pass


def _nothing() -> None:
    """The default warm-up: nothing beyond starting the process."""


class WorkerProcess(QObject):
    """One persistent spawned worker process that runs one job at a time (see `serve`).

    Hand-written rather than a ProcessPoolExecutor or multiprocessing.Pool, which hand every
    job and result through Python threads of their own in the window's process (each taking the
    GIL to pickle, unpickle and relay) and cannot end a busy worker when the window closes
    (Python 3.11's executor waits for it or leaves it running). Here the GUI thread writes a
    job to a pipe, Qt's QSocketNotifier tells the event loop when the answer is there (no
    thread at all), and `shutdown` terminates the process at once. POSIX only (on Windows a
    QSocketNotifier watches sockets, not pipes): elsewhere `supported` is False and the runner
    keeps its jobs in a thread.

    `start` spawns the process (spawned, not forked: a fork of a process running Qt's threads
    is not safe), which runs `warm_up` (picklable, no arguments) first; `ready` is True once it
    has. `answered(result, error text)` is emitted in the GUI thread for each job; a process
    that died answers its job with an error and is started afresh by the next `start`.
    """

    answered = Signal(object, object)         # (result or None, error text or None)
    supported = os.name == "posix"

    def __init__(self, warm_up: Optional[Callable[[], Any]] = None,
                 parent: Optional[QObject] = None):
        super().__init__(parent)
        self.warm_up = warm_up or _nothing
        self.ready = False
        self.running = False                  # a job was sent and has not been answered
        self.failed = ""                      # why the process cannot run jobs (not retried)
        self._process = None
        self._connection = None
        self._notifier: Optional[QSocketNotifier] = None

    @property
    def started(self) -> bool:
        """True from `start` until `shutdown` (or the process's death)."""
        return self._process is not None

    @property
    def pid(self) -> Optional[int]:
        """The worker process's id (None if none runs)."""
        return None if self._process is None else self._process.pid

    def start(self) -> None:
        """Spawn the process, which warms up in the background (returns at once). If it cannot
        be spawned (e.g. a script without a main guard), `failed` says why."""
        if self._process is not None or self.failed or not self.supported:
            return
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe(duplex=True)
        # (at the window's priority: at nice +10 the final bands came about twice as late on a
        # busy machine, and the slider steps were no quicker; docs/PERFORMANCE.md)
        process = context.Process(target=serve, args=(theirs, self.warm_up), daemon=True,
                                  name="latest-only-worker")
        try:
            process.start()
        except (OSError, RuntimeError) as exc:
            self.failed = _error_text(exc)
            ours.close()
            return
        finally:
            theirs.close()                    # (the child has its own copy)
        self._process, self._connection = process, ours
        self._notifier = QSocketNotifier(ours.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)

    def submit(self, function: Callable, args: tuple, kwargs: dict) -> None:
        """Send a job to the ready process; its answer comes through `answered`."""
        self.running = True
        try:
            self._connection.send((function, args, kwargs))
        except (OSError, ValueError) as exc:      # the process has died meanwhile
            self._ended(_error_text(exc))

    def wait(self, seconds: float) -> bool:
        """Block until the running job's answer has come (it is handed on by the event loop);
        True if it has, or no job runs."""
        if not self.running or self._connection is None:
            return True
        try:
            return self._connection.poll(seconds)
        except (OSError, EOFError):
            return True

    def shutdown(self) -> None:
        """End the process at once (a job in it is dropped, unanswered)."""
        process, connection, notifier = self._process, self._connection, self._notifier
        self._process = self._connection = self._notifier = None
        self.ready = self.running = False
        if notifier is not None:
            notifier.setEnabled(False)
            notifier.deleteLater()
        if process is not None:
            process.terminate()
            process.join(1.0)
        if connection is not None:
            connection.close()

    def _readable(self) -> None:
        connection = self._connection
        try:
            while connection is not None and connection.poll():
                kind, payload = connection.recv()
                if kind == "ready":
                    self.ready = True
                elif kind == "failed":
                    self.failed = f"warm-up: {payload}"
                    self.shutdown()
                else:
                    self.running = False
                    self.answered.emit(*((payload, None) if kind == "ok" else (None, payload)))
                connection = self._connection
        except (EOFError, OSError) as exc:            # the process died
            self._ended(_error_text(exc) if str(exc) else "the worker process ended")

    def _ended(self, error: str) -> None:
        running = self.running
        self.shutdown()
        if running:
            self.answered.emit(None, error)


class LatestOnlyRunner(QObject):
    """Runs `function(*args, **kwargs)` in a worker thread (or, with `process=True`, a worker
    process once it is ready), newest request first, superseded waiting requests dropped.
    Signals arrive in the GUI thread."""

    finished = Signal(object)      # the function's result
    failed = Signal(str)           # the exception's text, if the function raised
    busyChanged = Signal(bool)     # True while a job runs or waits

    def __init__(self, function: Callable, parent: Optional[QObject] = None,
                 process: bool = False, warm_up: Optional[Callable[[], Any]] = None):
        super().__init__(parent)
        self.function = function
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.process = WorkerProcess(warm_up, self) if process else None
        self._relay = _Relay(self)
        self._relay.done.connect(self._job_done)
        if self.process is not None:
            self.process.answered.connect(self._job_done)
        self._in_process = False       # the running job runs in the process
        self._running = False
        self._waiting: Optional[tuple[tuple, dict]] = None
        self.started_jobs = 0          # how many jobs were started (tests: superseded ones drop)
        self.process_jobs = 0          # how many of them ran in the worker process

    @property
    def busy(self) -> bool:
        """True while a job runs or waits to run."""
        return self._running or self._waiting is not None

    def start(self) -> None:
        """Start the worker process now (with `process=True`; `submit` does it otherwise)."""
        if self.process is not None:
            self.process.start()

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
        """Block until the running job is done (for shutdown and scripts); True if it is. Its
        result is handed on by the event loop."""
        if self._in_process:
            return self.process.wait(msecs / 1000.0)
        return self.pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """End the worker process, if any, dropping its job and the waiting one (a job in the
        thread still finishes); a later `submit` starts a new process."""
        was_busy = self.busy
        self._waiting = None
        if self.process is not None:
            self.process.shutdown()
        if self._in_process:
            self._running = self._in_process = False
        if was_busy and not self.busy:
            self.busyChanged.emit(False)

    def _start_waiting(self) -> None:
        args, kwargs = self._waiting
        self._waiting = None
        self._running = True
        self.started_jobs += 1
        process = self.process
        self._in_process = process is not None and process.ready
        if self._in_process:
            self.process_jobs += 1
            process.submit(self.function, args, kwargs)
            return
        if process is not None:
            process.start()                  # (the job below runs in the thread meanwhile)
        self.pool.start(_Job(self.function, args, kwargs, self._relay))

    def _job_done(self, result: object, error: Optional[str]) -> None:
        self._running = self._in_process = False
        if self._waiting is not None:
            self._start_waiting()            # the newest request goes on at once
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result)
        if not self.busy:
            self.busyChanged.emit(False)

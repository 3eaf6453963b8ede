"""gui.workers.LatestOnlyRunner with a worker process: jobs move to the process once it is warm
(before that they run in the thread), the newest request wins there too, a process that dies
answers its job with an error and is replaced, and shutdown ends it."""
import os
import signal
import time
import psutil
import pytest

from gui.workers import LatestOnlyRunner, WorkerProcess

pytestmark = pytest.mark.skipif(not WorkerProcess.supported, reason="POSIX only: a thread there")

WARM_S = 60_000          # ms: spawning and warming a process on a loaded 2-core machine


@pytest.fixture
def runner(qapp):
    """A runner of os.getpid with a worker process; the process ended after the test."""
    made = LatestOnlyRunner(os.getpid, process=True)
    yield made
    made.shutdown()


def results_of(runner):
    got, errors = [], []
    runner.finished.connect(got.append)
    runner.failed.connect(errors.append)
    return got, errors


def warm(qtbot, runner):
    runner.start()
    qtbot.waitUntil(lambda: runner.process.ready, timeout=WARM_S)


def alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def test_jobs_run_in_the_thread_until_the_process_is_warm_then_in_the_process(qtbot, runner):
    got, errors = results_of(runner)
    runner.submit()                      # starts the process; this job runs in the thread
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got == [os.getpid()] and runner.process_jobs == 0
    qtbot.waitUntil(lambda: runner.process.ready, timeout=WARM_S)
    runner.submit()
    qtbot.waitUntil(lambda: len(got) == 2, timeout=10_000)
    assert got[1] == runner.process.pid != os.getpid()
    assert runner.process_jobs == 1 and not errors and not runner.busy


def echo_after(seconds: float, value):
    """`value`, after `seconds` (a job for the worker process, which imports this module)."""
    time.sleep(seconds)
    return value


def test_in_the_process_the_newest_request_wins(qtbot, runner):
    got, errors = results_of(runner)
    warm(qtbot, runner)
    runner.function = echo_after
    for value in range(4):               # faster than one job: the middle two are replaced
        runner.submit(0.3, value)
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
    assert got == [0, 3] and not errors
    assert runner.started_jobs == 2 and runner.process_jobs == 2


def test_a_process_that_dies_answers_with_an_error_and_the_next_job_still_runs(qtbot, runner):
    got, errors = results_of(runner)
    warm(qtbot, runner)
    pid = runner.process.pid
    runner.function = echo_after
    runner.submit(30.0, "never")         # long enough to be killed while it runs
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert not got and not runner.busy and not runner.process.started
    runner.function = os.getpid
    runner.submit()                      # runs in the thread while a new process warms up
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got == [os.getpid()]
    qtbot.waitUntil(lambda: runner.process.ready, timeout=WARM_S)
    assert runner.process.pid != pid


def test_shutdown_ends_the_process_and_a_later_job_starts_a_new_one(qtbot, runner):
    got, _errors = results_of(runner)
    warm(qtbot, runner)
    pid = runner.process.pid
    runner.shutdown()
    assert not alive(pid) and not runner.process.started and not runner.busy
    runner.submit()
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got == [os.getpid()] and runner.process.started and runner.process.pid != pid


def test_without_process_support_jobs_stay_in_the_thread(qtbot, qapp, monkeypatch):
    monkeypatch.setattr(WorkerProcess, "supported", False)
    runner = LatestOnlyRunner(os.getpid, process=True)
    got, _errors = results_of(runner)
    for _ in range(2):
        runner.submit()
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert got == [os.getpid()] * 2 and not runner.process.started and runner.process_jobs == 0

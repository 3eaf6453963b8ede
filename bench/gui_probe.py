"""`python -m bench.gui_probe KIND [--quick] [--bands]`: GUI measurements in a fresh process.

KIND is one of

    repaint   sweep every primary slider across its range (both directions) and time each step
              from the slider's new value to every panel painted; prints
              {"repaint_ms_p95", "repaint_ms_median", "steps", "rss_mb"}
              With --sweep, the same steps while the Explore dock runs a sweep in the background
              (the dock's default, in the window's process; --sweep-workers N uses N worker processes):
              the steps start once the first chunk is in and the sweep is cancelled after them;
              prints {"repaint_sweep_ms_p95", "repaint_sweep_ms_median",
              "repaint_sweep_cpu_ms_p95", "sweep_rows_during", "sweep_workers", "steps"}
    leak      1,000 warm-up slider moves, then 10,000 more; prints {"leak_mb"} (growth of the
              resident set over the 10,000, from /proc/self/statm)
    startup   create the application and the window, show it, and at the window's first paint
              print {"first_paint_epoch": time.time()} and exit
    frame     the machine-independent figures, measured in one process one after the other:
              the paint floor (the plot area repainted with unchanged data), slider steps with
              the bands off, then with the bands on, and each step's ratio to the floor; prints
              {"paint_floor_ms", "paint_floor_cpu_ms", "repaint_ms_p95", "repaint_cpu_ms_p95",
               "repaint_bands_ms_p95", "repaint_bands_cpu_ms_p95", "step_to_floor",
               "bands_step_to_floor", "step_cpu_to_floor", "bands_step_cpu_to_floor", ...}
              (the *_cpu_to_floor ratios divide the main thread's CPU times, p95 by median, so
              they hold even when other processes take the CPU away, as on a shared machine).
              With --profile DIR, also writes cProfile statistics of each phase there
              (floor.prof, steps.prof, bands.prof; read them with `python -m pstats`).
              Then how soon the bands are final (all the draws, around the values shown) once
              the hand stops: "bands_final_released_ms" (from letting go of a slider) and
              "bands_final_held_ms" (from the last move of a slider still held), medians of
              SETTLE_DRAGS drags of a few steps each. "bands_jobs" and "bands_jobs_in_process":
              how many band jobs the banded steps started, and how many of them ran in the
              worker process (gui.workers; the steps start once it is ready).
              A sweep comes back over the values it passed, which the controller shows from its
              recent runs (gui.controller.RecentRuns) without a model run; each measured sweep
              starts with no position visited and the recent runs forgotten (forget_visits).
              "steps_first_visit" counts the steps to a position not visited before in the
              sweep, and "step_cpu_to_floor_first_visit" / "bands_step_cpu_to_floor_first_visit"
              are the CPU ratios over those steps only (the same steps in any version).
              "step_cpu_to_floor_plain" / "bands_step_cpu_to_floor_plain": the CPU ratios over
              the steps that carried none of the occasional work (StepKinds: no figures shown,
              no model run, no axis picture redrawn, no band result), i.e. what a scheduler
              that moved all of that work out of the steps could at best reach; "steps_plain"
              counts them, "p95_steps_occasional" / "bands_p95_steps_occasional" count the
              steps at or above the p95 that carried some.
              "paint_floor_path_cpu_ms": the floor measured again at pictures the steps paint
              (path_floor: PATH_POSITIONS positions along each primary slider's sweep, the
              others at their minimum, as the sweeps leave them; the median of the positions'
              medians), and "step_cpu_to_path_floor" / "bands_step_cpu_to_path_floor" the p95
              of each step's CPU time divided by the path floor of its own slider (the median
              over that slider's positions): "paint_floor_cpu_ms" is measured where the warm-up
              leaves the window, every primary slider at its minimum, the cheapest of those
              pictures, and a slider whose steps change every panel paints dearer pictures.

The last line of the output is one JSON object. Qt renders offscreen (QT_QPA_PLATFORM=offscreen
unless set otherwise). `--bands` runs the sweep with the uncertainty bands switched on.

What one measured step contains (a real frame): the slider's value is set the way a drag sets
it (QSlider.setValue inside a begin_drag/end_drag pair, so valueChanged reaches the controller;
the frame of letting go is painted, untimed, before the next drag starts: it belongs to no
step), then the event loop runs until the plot grid's viewport has received its paint event: the
controller's zero-delay timer runs the model and setData on every item, the scene posts its
update, and Qt's backing store repaints every dirty widget (plots, slider, spin box, and the
headline cards, verdict line and status bar when their figures are due: while a slider is held
at most every gui.controller.FIGURES_INTERVAL_MS) into the offscreen surface. Nothing is painted twice and nothing that a
real frame would paint is left out.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time

from model.limits import QT_PLATFORM_ENV, TESTING_ENV   # no Qt: safe before Qt loads

os.environ.setdefault(QT_PLATFORM_ENV, "offscreen")
os.environ.setdefault(TESTING_ENV, "1")

STEPS_PER_SWEEP = 40


def rss_now_mb() -> float:
    """Current resident set size in MB (from /proc/self/statm)."""
    with open("/proc/self/statm") as handle:
        resident_pages = int(handle.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (ru_maxrss is in kB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _application():
    from gui.app import application
    return application("bench-gui-probe")


class PaintCounter:
    """Counts paint events of one widget (an event filter)."""

    def __init__(self, widget):
        from PySide6.QtCore import QEvent, QObject

        class _Filter(QObject):
            def __init__(self, owner):
                super().__init__()
                self.owner = owner

            def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
                if event.type() == QEvent.Type.Paint:
                    self.owner.count += 1
                return False

        self.count = 0
        self._filter = _Filter(self)
        widget.installEventFilter(self._filter)


def build_window(bands: bool = False):
    """The real window, shown offscreen at 1600x1000, settled (first paints done)."""
    app = _application()
    from main import create_window
    window = create_window(["--size", "1600x1000"], remember_settings=False)
    window.show()
    for _ in range(5):
        app.processEvents()
    if bands:
        feature = window.features.get("uncertainty")
        if feature is None:
            raise SystemExit("--bands: the uncertainty feature is not installed")
        feature.set_enabled(True)
        deadline = time.perf_counter() + 10
        while not feature.showing_current() and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.005)
    return app, window


def slider_steps(key: str, steps: int) -> list[int]:
    """Slider indices for one sweep of `key` up across its range and back down."""
    from model import parameters as P
    from model import view
    top = view.step_count(P.get(key))
    up = sorted({round(top * i / steps) for i in range(steps + 1)})
    return up + up[::-1][1:]


CPU_TIMES: list[float] = []     # main-thread CPU ms of each timed step (robust to other load)
OCCASIONAL: list[bool] = []     # per timed step: it carried occasional work (StepKinds)
FIRST_VISIT: list[bool] = []    # per timed step: its slider position was not visited before
STEP_SLIDERS: list[str] = []    # per timed step: the objectName of the slider it moved
VISITED: set = set()            # in this sweep phase ((slider, index); forget_visits empties it)


def one_step(app, window, counter: PaintCounter, slider, index: int) -> float:
    """Set `slider` to `index` as a drag does and run the event loop until the plots are
    painted; returns the wall-clock time taken in ms (-1 for a move that changes nothing).
    The main thread's CPU time of the step is appended to CPU_TIMES."""
    if slider.value() == index:
        return -1.0
    before = counter.count
    place = (slider.objectName(), index)
    first_visit = place not in VISITED
    VISITED.add(place)
    seen = StepKinds.count
    cpu_started = time.thread_time()
    started = time.perf_counter()
    slider.setValue(index)
    # The controller's zero-delay timer, the scene's queued update and the backing store's
    # UpdateRequest each need one turn of the loop; stop as soon as the plots are painted.
    for _ in range(50):
        app.processEvents()
        if counter.count > before:
            break
    elapsed = 1000.0 * (time.perf_counter() - started)
    CPU_TIMES.append(1000.0 * (time.thread_time() - cpu_started))
    FIRST_VISIT.append(first_visit)
    OCCASIONAL.append(StepKinds.count != seen)
    STEP_SLIDERS.append(slider.objectName())
    return elapsed


class StepKinds:
    """Counts the occasional work a step may carry besides its own: the figures shown
    (Controller.figuresChanged), a model run on the main thread (the recent runs answer most
    steps without one), an axis picture redrawn (a range moved: pyqtgraph's
    AxisItem.generateDrawSpecs) and a band result arriving. `count` grows with each; one_step
    compares it before and after. Installed once per window by `watch`."""

    count = 0

    @classmethod
    def watch(cls, window) -> None:
        """Count the occasional work of `window`'s steps from now on."""
        import model
        import pyqtgraph as pg

        def bump(*_args) -> None:
            cls.count += 1

        def counted(function):
            def wrapper(*args, **kwargs):
                cls.count += 1
                return function(*args, **kwargs)
            wrapper.counted = True
            return wrapper

        if not getattr(model.simulate, "counted", False):
            model.simulate = counted(model.simulate)
        if not getattr(pg.AxisItem.generateDrawSpecs, "counted", False):
            pg.AxisItem.generateDrawSpecs = counted(pg.AxisItem.generateDrawSpecs)
        window.controller.figuresChanged.connect(bump)
        bands = window.features.get("uncertainty")
        if bands is not None:
            bands.runner.finished.connect(bump)


def sweep(app, window, steps: int, repeats: int = 1) -> list[float]:
    """Drag every primary slider across its range and back `repeats` times; step times in ms."""
    from model import parameters as P
    counter = PaintCounter(window.plot_grid.viewport())
    times: list[float] = []
    for _ in range(repeats):
        for key in P.PRIMARY_KEYS:
            slider = window.slider_panel.controls[key].slider
            window.controller.begin_drag(key)
            for index in slider_steps(key, steps):
                elapsed = one_step(app, window, counter, slider, index)
                if elapsed >= 0:
                    times.append(elapsed)
            window.controller.end_drag(key)
            release_frame(app, counter)
    return times


def release_frame(app, counter: PaintCounter) -> None:
    """Run the event loop (untimed) until the plots have painted the frame of letting go (the
    full picture again, gui.widgets.plot_grid: drawing rough): a hand takes far longer than one
    frame to reach the next slider, so this frame is not part of the next drag's first step."""
    before = counter.count
    for _ in range(50):
        app.processEvents()
        if counter.count > before:
            break


def percentile(values: list[float], pct: float) -> float:
    """The `pct` % percentile (linear interpolation) of `values`."""
    import numpy as np
    return float(np.percentile(np.asarray(values), pct))


def repaint(quick: bool, bands: bool = False) -> dict:
    app, window = build_window(bands)
    sweep(app, window, 10)                                   # warm-up: caches, fonts
    CPU_TIMES.clear()
    times = sweep(app, window, 10 if quick else STEPS_PER_SWEEP, repeats=1 if quick else 3)
    result = {"repaint_ms_p95": percentile(times, 95), "repaint_ms_median": percentile(times, 50),
              "repaint_cpu_ms_p95": percentile(CPU_TIMES, 95),
              "repaint_cpu_ms_median": percentile(CPU_TIMES, 50),
              "steps": len(times), "rss_mb": peak_rss_mb()}
    window.close()
    return result


def repaint_during_sweep(quick: bool, workers=None) -> dict:
    """Slider steps (as `repaint`) while the Explore dock's sweep runs; see the module doc."""
    app, window = build_window()
    sweep(app, window, 10)                                   # warm-up: caches, fonts
    feature = window.features["explore"]
    panel = feature.panel
    if workers is not None:
        panel.workers.setValue(workers)
    panel.samples.setValue(1_000_000)                        # runs longer than the steps
    rows: list[int] = []
    feature.sweeps.progress.connect(lambda done, _total: rows.append(done))
    panel.request_run()
    if not feature.sweeps.busy:
        raise SystemExit(f"the sweep did not start: {panel.message.text()}")
    deadline = time.perf_counter() + 300
    while not rows and time.perf_counter() < deadline:       # workers up, chunks flowing
        app.processEvents()
        time.sleep(0.01)
    if not rows:
        raise SystemExit("no chunk of the sweep finished within 300 s")
    first = rows[-1]
    CPU_TIMES.clear()
    times = sweep(app, window, 10 if quick else STEPS_PER_SWEEP, repeats=1 if quick else 2)
    during = rows[-1] - first
    still_running = feature.sweeps.busy
    feature.shutdown()                                       # cancel, close the cluster
    result = {"repaint_sweep_ms_p95": percentile(times, 95),
              "repaint_sweep_ms_median": percentile(times, 50),
              "repaint_sweep_cpu_ms_p95": percentile(CPU_TIMES, 95),
              "sweep_rows_during": during, "sweep_still_running": still_running,
              "sweep_workers": panel.workers.value(), "steps": len(times)}
    window.close()
    return result


def paint_floor(app, window, repeats: int) -> tuple[list[float], list[float]]:
    """Repaint the plot area `repeats` times with unchanged data (the viewport invalidated, the
    event loop run until its paint event); returns (wall ms, main-thread CPU ms) per repaint.
    This is what any frame costs before the model or a band is computed: the floor."""
    viewport = window.plot_grid.viewport()
    counter = PaintCounter(viewport)
    walls, cpus = [], []
    for _ in range(repeats):
        before = counter.count
        cpu_started, started = time.thread_time(), time.perf_counter()
        viewport.update()
        for _ in range(50):
            app.processEvents()
            if counter.count > before:
                break
        walls.append(1000.0 * (time.perf_counter() - started))
        cpus.append(1000.0 * (time.thread_time() - cpu_started))
    return walls, cpus


PATH_POSITIONS = (0.2, 0.4, 0.6, 0.8, 1.0)   # path_floor: fractions of each slider's range


def path_floor(app, window, repeats: int) -> dict[str, float]:
    """The median main-thread CPU ms of the floor (paint_floor, `repeats` repaints each) at
    PATH_POSITIONS of each primary slider's range, the other sliders where they are; every
    slider is put back where it was. Per slider (objectName): the median of its positions'
    medians, in ms; under "" the median over all positions."""
    from model import parameters as P
    floors, every = {}, []
    for key in P.PRIMARY_KEYS:
        slider = window.slider_panel.controls[key].slider
        was, low, high = slider.value(), slider.minimum(), slider.maximum()
        medians = []
        for fraction in PATH_POSITIONS:
            slider.setValue(round(low + fraction * (high - low)))
            _settle(app, window)
            medians.append(percentile(paint_floor(app, window, repeats)[1], 50))
        slider.setValue(was)
        _settle(app, window)
        floors[slider.objectName()] = percentile(medians, 50)
        every += medians
    floors[""] = percentile(every, 50)
    return floors


def _settle(app, window) -> None:
    """Show the new values' results and let the window paint them."""
    window.controller.flush()
    for _ in range(20):
        app.processEvents()


SETTLE_DRAGS = 6


def bands_final_ms(app, window, release: bool, drags: int = SETTLE_DRAGS) -> float:
    """Median wall-clock ms from the end of a short drag (the hand lets go, or with `release`
    False holds still) until the bands on screen are final (UncertaintyFeature.showing_current);
    the bands must be on."""
    from model import parameters as P
    feature = window.features["uncertainty"]
    counter = PaintCounter(window.plot_grid.viewport())
    key = P.PRIMARY_KEYS[0]
    slider = window.slider_panel.controls[key].slider
    cycle = slider_steps(key, 10)
    waits = []
    for n in range(drags):
        _wait_for_bands(app, feature)
        window.controller.begin_drag(key)
        for index in cycle[n % 4 * 2: n % 4 * 2 + 4]:
            one_step(app, window, counter, slider, index)
        started = time.perf_counter()
        if release:
            window.controller.end_drag(key)
        _wait_for_bands(app, feature)
        waits.append(1000.0 * (time.perf_counter() - started))
        if not release:
            window.controller.end_drag(key)
    return percentile(waits, 50)


def _wait_for_bands(app, feature, seconds: float = 10.0) -> None:
    deadline = time.perf_counter() + seconds
    while not feature.showing_current() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)


def _wait_for_worker_process(app, feature, seconds: float = 60.0) -> None:
    """Until the bands' worker process has started and warmed up (a window's first bands are
    computed in a thread meanwhile: gui.workers), so the steps measure the steady state."""
    process = feature.runner.process
    if process is None:
        return
    process.start()
    deadline = time.perf_counter() + seconds
    while not process.ready and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)


class _Phases:
    """Runs each phase of `frame`, under cProfile when given a directory (`--profile DIR`)."""

    def __init__(self, folder: str | None):
        self.folder = folder

    def run(self, name: str, function, *args):
        if self.folder is None:
            return function(*args)
        import cProfile
        os.makedirs(self.folder, exist_ok=True)
        profile = cProfile.Profile()
        try:
            return profile.runcall(function, *args)
        finally:
            profile.dump_stats(os.path.join(self.folder, f"{name}.prof"))


def frame(quick: bool, profile_dir: str | None = None) -> dict:
    """The floor, the step and the step with bands, measured in one process (so their ratios
    hold on a noisy or slower machine): see the module docstring."""
    phases = _Phases(profile_dir)
    app, window = build_window(False)
    StepKinds.watch(window)
    steps, repeats = (10, 1) if quick else (STEPS_PER_SWEEP, 2)
    sweep(app, window, 10)                                    # warm-up
    floor_wall, floor_cpu = phases.run("floor", paint_floor, app, window, 60 if quick else 240)
    floor_path = path_floor(app, window, 20 if quick else 60)
    CPU_TIMES.clear()
    forget_visits(window)
    plain = phases.run("steps", sweep, app, window, steps, repeats)
    plain_cpu, plain_first, plain_extra = list(CPU_TIMES), list(FIRST_VISIT), list(OCCASIONAL)
    plain_own = _to_own_floor(plain_cpu, STEP_SLIDERS, floor_path)
    feature = window.features.get("uncertainty")
    feature.set_enabled(True)
    _wait_for_bands(app, feature)
    _wait_for_worker_process(app, feature)
    sweep(app, window, 10)                                    # warm-up with the bands
    CPU_TIMES.clear()
    forget_visits(window)
    jobs, in_process = feature.runner.started_jobs, feature.runner.process_jobs
    banded = phases.run("bands", sweep, app, window, steps, repeats)
    banded_cpu, banded_first, banded_extra = list(CPU_TIMES), list(FIRST_VISIT), list(OCCASIONAL)
    banded_own = _to_own_floor(banded_cpu, STEP_SLIDERS, floor_path)
    jobs, in_process = (feature.runner.started_jobs - jobs,
                        feature.runner.process_jobs - in_process)
    final_released = bands_final_ms(app, window, release=True)
    final_held = bands_final_ms(app, window, release=False)
    floor = percentile(floor_wall, 50)
    floor_cpu_median = percentile(floor_cpu, 50)
    result = {
        "paint_floor_ms": floor, "paint_floor_cpu_ms": floor_cpu_median,
        "repaint_ms_p95": percentile(plain, 95), "repaint_ms_median": percentile(plain, 50),
        "repaint_cpu_ms_p95": percentile(plain_cpu, 95),
        "repaint_bands_ms_p95": percentile(banded, 95),
        "repaint_bands_ms_median": percentile(banded, 50),
        "repaint_bands_cpu_ms_p95": percentile(banded_cpu, 95),
        "step_to_floor": percentile(plain, 95) / floor,
        "bands_step_to_floor": percentile(banded, 95) / floor,
        "step_cpu_to_floor": percentile(plain_cpu, 95) / floor_cpu_median,
        "bands_step_cpu_to_floor": percentile(banded_cpu, 95) / floor_cpu_median,
        # the same ratios over the steps to a slider position not visited before in the sweep
        # (the way back and the repeat come back over the values passed: the controller shows
        # those from its recent runs, without a model run)
        "step_cpu_to_floor_first_visit": _first_p95(plain_cpu, plain_first) / floor_cpu_median,
        "bands_step_cpu_to_floor_first_visit":
            _first_p95(banded_cpu, banded_first) / floor_cpu_median,
        "steps_first_visit": sum(plain_first) + sum(banded_first),
        # the same ratios over the steps without occasional work (StepKinds)
        "step_cpu_to_floor_plain": _plain_p95(plain_cpu, plain_extra) / floor_cpu_median,
        "bands_step_cpu_to_floor_plain": _plain_p95(banded_cpu, banded_extra) / floor_cpu_median,
        "steps_plain": plain_extra.count(False) + banded_extra.count(False),
        "paint_floor_path_cpu_ms": floor_path[""],
        "step_cpu_to_path_floor": percentile(plain_own, 95),
        "bands_step_cpu_to_path_floor": percentile(banded_own, 95),
        "p95_steps_occasional": _slowest_occasional(plain_cpu, plain_extra),
        "bands_p95_steps_occasional": _slowest_occasional(banded_cpu, banded_extra),
        "bands_final_released_ms": final_released, "bands_final_held_ms": final_held,
        "bands_jobs": jobs, "bands_jobs_in_process": in_process,
        "steps": len(plain) + len(banded), "rss_mb": peak_rss_mb()}
    window.close()
    return result


def _first_p95(cpu: list[float], first: list[bool]) -> float:
    """p95 of the CPU times of the first visits (of all steps if there is none)."""
    chosen = [t for t, f in zip(cpu, first) if f]
    return percentile(chosen or cpu, 95)


def _to_own_floor(cpu: list[float], sliders: list[str], floors: dict) -> list[float]:
    """Each step's CPU time divided by the path floor of the slider it moved."""
    return [t / floors[name] for t, name in zip(cpu, sliders)]


def _plain_p95(cpu: list[float], occasional: list[bool]) -> float:
    """p95 of the CPU times of the steps without occasional work (of all if there is none)."""
    chosen = [t for t, o in zip(cpu, occasional) if not o]
    return percentile(chosen or cpu, 95)


def _slowest_occasional(cpu: list[float], occasional: list[bool]) -> int:
    """How many of the steps at or above the p95 of `cpu` carried occasional work."""
    edge = percentile(cpu, 95)
    return sum(1 for t, o in zip(cpu, occasional) if t >= edge and o)


def forget_visits(window) -> None:
    """Start a sweep phase as a first drag starts: no position visited, and the controller's
    recent runs (gui.controller.RecentRuns) empty, so its first pass over a slider runs the
    model and its way back and repeat do not. FIRST_VISIT, OCCASIONAL and STEP_SLIDERS are
    emptied too."""
    VISITED.clear()
    FIRST_VISIT.clear()
    OCCASIONAL.clear()
    STEP_SLIDERS.clear()
    runs = getattr(window.controller, "runs", None)
    if runs is not None:
        runs.clear()


def leak(quick: bool) -> dict:
    """RSS growth over `moves` slider moves after a warm-up; quick: 100 + 1,000 moves."""
    from model import parameters as P
    app, window = build_window()
    warmup, moves = (100, 1000) if quick else (1000, 10000)
    counter = PaintCounter(window.plot_grid.viewport())
    key = P.PRIMARY_KEYS[0]
    slider = window.slider_panel.controls[key].slider
    cycle = slider_steps(key, STEPS_PER_SWEEP)

    def move(n: int) -> None:
        done, i = 0, 0
        while done < n:
            index = cycle[i % len(cycle)]
            i += 1
            if one_step(app, window, counter, slider, index) >= 0:
                done += 1

    window.controller.begin_drag(key)
    move(warmup)
    import gc
    gc.collect()
    before = rss_now_mb()
    move(moves)
    gc.collect()
    after = rss_now_mb()
    window.controller.end_drag(key)
    window.close()
    return {"leak_mb": after - before, "moves": moves, "rss_before_mb": before}


def startup() -> None:
    """Print the wall-clock time of the window's first paint and exit at once."""
    app = _application()
    from PySide6.QtCore import QEvent, QObject

    from main import create_window

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if (event.type() == QEvent.Type.Paint and watched.isWidgetType()
                    and watched.isWindow()):
                print(json.dumps({"first_paint_epoch": time.time()}), flush=True)
                os._exit(0)
            return False

    from gui.app import show_window_then_compile

    watcher = FirstPaint()
    app.installEventFilter(watcher)        # the window's first paint, shown as run_app shows it
    window = show_window_then_compile(create_window, ["--size", "1600x1000"], False)  # noqa: F841
    # (the reference keeps the window alive while the event loop runs)
    app.exec()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.gui_probe",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("repaint", "leak", "startup", "frame"))
    parser.add_argument("--quick", action="store_true", help="fewer steps (for a smoke test)")
    parser.add_argument("--bands", action="store_true",
                        help="repaint: sweep with the uncertainty bands switched on")
    parser.add_argument("--sweep", action="store_true",
                        help="repaint: step the sliders while the Explore dock runs a sweep")
    parser.add_argument("--sweep-workers", type=int, default=None, metavar="N",
                        help="--sweep: worker processes (0: in the window's process; default: "
                             "the dock's default)")
    parser.add_argument("--profile", metavar="DIR", default=None,
                        help="frame: write cProfile statistics of each phase to DIR")
    args = parser.parse_args(argv)
    if args.kind == "startup":
        startup()
        return 1                      # only reached if the window never painted
    kinds = {"repaint": lambda: (repaint_during_sweep(args.quick, args.sweep_workers)
                                 if args.sweep else repaint(args.quick, args.bands)),
             "leak": lambda: leak(args.quick), "frame": lambda: frame(args.quick, args.profile)}
    result = kinds[args.kind]()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

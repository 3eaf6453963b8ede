"""One function per benchmark key; each returns its figure in the unit of bench.TARGETS."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from model.limits import QT_PLATFORM_ENV, TESTING_ENV

ROOT = Path(__file__).resolve().parent.parent


class NotAvailable(Exception):
    """The measurement cannot be taken here (the message says why)."""


def _median_ms(fn, repeats: int, warmup: int = 3) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return 1000.0 * statistics.median(times)


def model_run_ms(quick: bool = False) -> float:
    """Median time of one default scenario through model.simulate (arrays, no DataFrame)."""
    from model import simulate
    return _median_ms(lambda: simulate({}), 50 if quick else 500)


def batch_1000_ms(quick: bool = False) -> float:
    """Median time of 1,000 random scenarios in one vectorised simulate call."""
    from model import simulate
    matrix = _random_matrix(1000)
    return _median_ms(lambda: simulate(matrix), 5 if quick else 30, warmup=1)


def ahead_batch_ratio(quick: bool = False) -> float:
    """Median time of one run of the default scenario with its first primary lever at its next
    1 + AHEAD_MOST slider positions (what a held slider runs when it reaches a value not run
    yet: gui.controller.RecentRuns) ÷ median time of the one scenario alone; alternated, in
    one process."""
    from gui.controller import AHEAD_MOST
    from model import parameters as P
    from model import scenario, simulate, view
    p = P.get(P.PRIMARY_KEYS[0])
    column = [view.value_at_step(p, i) for i in range(AHEAD_MOST + 1)]
    matrix = scenario.varied(P.defaults(), p.key, column)
    one, batch = [], []
    for _ in range(5 if quick else 20):
        one.append(_median_ms(lambda: simulate(matrix[:1]), 10 if quick else 25, warmup=1))
        batch.append(_median_ms(lambda: simulate(matrix), 10 if quick else 25, warmup=1))
    return statistics.median(batch) / statistics.median(one)


_FIRST_RUN = ("import time; t = time.perf_counter(); from model import simulate; simulate({}); "
              "print(time.perf_counter() - t)")


def _first_run_s(cache_dir: str | None) -> float:
    """Seconds to import the model and run one scenario in a fresh Python process; with
    `cache_dir` numba compiles into (and reads) that directory instead of the usual cache."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if cache_dir:
        env["NUMBA_CACHE_DIR"] = cache_dir
    done = subprocess.run([sys.executable, "-c", _FIRST_RUN], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise NotAvailable(f"first run failed: {(done.stderr.strip().splitlines() or ['?'])[-1]}")
    return float(done.stdout.strip().splitlines()[-1])


def compile_s(quick: bool = False) -> float:
    """Seconds for the first run in a fresh process with an empty numba cache: import, compiling
    the engine's loop, one scenario. Paid once per installation (then `first_run_s`)."""
    import tempfile
    with tempfile.TemporaryDirectory() as cache_dir:
        return _first_run_s(cache_dir)


def first_run_s(quick: bool = False) -> float:
    """Median seconds to import the model and run one scenario in a fresh process, with the
    compiled loop loaded from numba's cache (the usual start of the program)."""
    _first_run_s(None)                                   # make sure the cache is filled
    return statistics.median(_first_run_s(None) for _ in range(2 if quick else 5))


def loop_ratio(quick: bool = False) -> float:
    """Per-scenario time of the plain Python loop (bench/scalar_model.py) over the per-scenario
    time of the vectorised engine in a 1,000-scenario batch."""
    from bench.scalar_model import run_scalar
    from model import scenario, simulate
    matrix = _random_matrix(1000)
    sample = [scenario.from_vector(row) for row in matrix[: (10 if quick else 50)]]
    started = time.perf_counter()
    for values in sample:
        run_scalar(values)
    loop_each = (time.perf_counter() - started) / len(sample)
    vector_each = _median_ms(lambda: simulate(matrix), 3 if quick else 10, warmup=1) / 1000 / 1000
    return loop_each / vector_each


def bands_ms(quick: bool = False) -> float:
    """Median time to recompute the uncertainty bands (1,000 draws) after a slider step."""
    try:
        from model.analysis import uncertainty
    except ImportError as exc:
        raise NotAvailable(f"model.analysis.uncertainty missing: {exc}") from None
    from model import parameters as P
    values = P.defaults()
    step = {"i": 0}

    def one_step():
        step["i"] += 1
        values["capex_growth"] = 50 + step["i"] % 50       # a new slider value every time
        uncertainty.bands(values, n=1000)
    return _median_ms(one_step, 5 if quick else 30, warmup=2)


def repaint_ms_p95(quick: bool = False) -> float:
    """95th percentile of slider step -> model -> all panels repainted, offscreen, over a sweep of
    every primary slider across its range."""
    return _gui_probe("repaint", quick)["repaint_ms_p95"]


def repaint_cpu_ms_p95(quick: bool = False) -> float:
    """95th percentile of the main thread's CPU time for the same steps as repaint_ms_p95:
    what a step costs this program, without the time other processes took the CPU away."""
    return _gui_probe("repaint", quick)["repaint_cpu_ms_p95"]


def paint_floor_ms(quick: bool = False) -> float:
    """Median ms to repaint the plot area with unchanged data: what every frame costs before
    the model or a band is computed (bench/gui_probe.py frame)."""
    return _gui_probe("frame", quick)["paint_floor_ms"]


def repaint_bands_ms_p95(quick: bool = False) -> float:
    """95th percentile of a slider step with the uncertainty bands on (wall clock, ms)."""
    return _gui_probe("frame", quick)["repaint_bands_ms_p95"]


def repaint_bands_cpu_ms_p95(quick: bool = False) -> float:
    """95th percentile of the main thread's CPU ms of a slider step with the bands on."""
    return _gui_probe("frame", quick)["repaint_bands_cpu_ms_p95"]


def step_to_floor(quick: bool = False) -> float:
    """Slider step p95 ÷ paint floor with the bands off, both measured in one process: a ratio
    that holds on a noisy or slower machine."""
    return _gui_probe("frame", quick)["step_to_floor"]


def bands_step_to_floor(quick: bool = False) -> float:
    """Slider step p95 ÷ paint floor with the bands on, measured in one process."""
    return _gui_probe("frame", quick)["bands_step_to_floor"]


def paint_floor_cpu_ms(quick: bool = False) -> float:
    """Median main-thread CPU ms of the paint floor (see paint_floor_ms)."""
    return _gui_probe("frame", quick)["paint_floor_cpu_ms"]


def step_cpu_to_floor(quick: bool = False) -> float:
    """Slider step p95 ÷ paint floor median, bands off, both in main-thread CPU time: the ratio
    that holds even when other processes take the CPU away."""
    return _gui_probe("frame", quick)["step_cpu_to_floor"]


def bands_step_cpu_to_floor(quick: bool = False) -> float:
    """Slider step p95 ÷ paint floor median, bands on, both in main-thread CPU time."""
    return _gui_probe("frame", quick)["bands_step_cpu_to_floor"]


def bands_final_released_ms(quick: bool = False) -> float:
    """Median wall-clock ms from letting go of a slider after a short drag until the bands on
    screen are final (all the draws, around the current values); bands on."""
    return _gui_probe("frame", quick)["bands_final_released_ms"]


def bands_final_held_ms(quick: bool = False) -> float:
    """Median wall-clock ms from the last move of a slider still held until the bands on
    screen are final."""
    return _gui_probe("frame", quick)["bands_final_held_ms"]


def repaint_sweep_ms_p95(quick: bool = False) -> float:
    """95th percentile of the same slider steps as repaint_ms_p95 while the Explore dock runs a
    sweep with its default settings, in the window's process (bench/gui_probe.py repaint --sweep)."""
    return _gui_probe("repaint --sweep", quick)["repaint_sweep_ms_p95"]


def rss_mb(quick: bool = False) -> float:
    """Peak resident memory (MB) of a window process after a sweep of every primary slider."""
    return _gui_probe("repaint", quick)["rss_mb"]


def leak_mb(quick: bool = False) -> float:
    """Growth of resident memory (MB) over 10,000 slider moves (after a warm-up of 1,000)."""
    return _gui_probe("leak", quick)["leak_mb"]


def startup_s(quick: bool = False) -> float:
    """Median seconds from process start to the first painted window (offscreen)."""
    runs = []
    for _ in range(3 if quick else 7):
        started = time.time()
        out = _run_probe(["startup"])
        runs.append(out["first_paint_epoch"] - started)
    return statistics.median(runs)


def sweep_per_s(quick: bool = False) -> float:
    """Scenarios per second of a sweep over every parameter's range (model.explore), summary
    written to a temporary Parquet file, in this process."""
    return _sweep_rate(1, quick)


def sweep_per_s_2w(quick: bool = False) -> float:
    """The same on a dask LocalCluster of two single-threaded worker processes (the cluster's
    start-up is not counted; the workers' first imports are)."""
    return _sweep_rate(2, quick)


def _sweep_rate(workers: int, quick: bool) -> float:
    import tempfile
    from pathlib import Path
    from model.explore.sampling import make_ranges
    from model.explore.sweep import SweepSpec, run_sweep
    spec = SweepSpec(make_ranges(), samples=8192 if quick else 65536, seed=1)
    with tempfile.TemporaryDirectory() as folder:
        return run_sweep(spec, Path(folder) / "sweep.parquet", workers=workers).per_second


_PROBE_CACHE: dict[tuple, dict] = {}


def _gui_probe(kind: str, quick: bool) -> dict:
    key = (kind, quick)
    if key not in _PROBE_CACHE:
        _PROBE_CACHE[key] = _run_probe(kind.split() + (["--quick"] if quick else []))
    return _PROBE_CACHE[key]


def _run_probe(args: list[str]) -> dict:
    """Run bench/gui_probe.py in a fresh offscreen process and return its JSON answer."""
    import json
    env = dict(os.environ, **{QT_PLATFORM_ENV: "offscreen", TESTING_ENV: "1"})
    done = subprocess.run([sys.executable, "-m", "bench.gui_probe", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise NotAvailable(f"GUI probe failed: {tail[0]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _random_matrix(n: int, seed: int = 5) -> np.ndarray:
    from model import parameters as P
    lo = np.array([p.min for p in P.parameters()])
    hi = np.array([p.max for p in P.parameters()])
    return lo + (hi - lo) * np.random.default_rng(seed).random((n, len(lo)))

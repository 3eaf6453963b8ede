"""Global sensitivity of a headline figure, by SALib: Sobol' indices and Morris screening.

The tornado (model.analysis.sensitivity) moves one input at a time around the current scenario;
these indices vary every chosen input at once over its range (the others held, as in a sweep):

    first-order S1   share of the figure's variance due to the input alone
    total ST         share due to the input including all its interactions
    Morris mu*       mean absolute elementary effect (figure units), sigma its spread

Indices come with SALib's bootstrap confidence intervals (95 %, half-widths). The model is run
in chunks of model.analysis.metrics.CHUNK scenarios, in this process.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np
# SALib (and the scipy it loads, ~1.5 s) is imported where it is used, not when the window
# starts: the Explore dock imports this module at start-up.

from .. import engine
from .. import parameters as P
from ..analysis.metrics import HEADLINE_KEYS, evaluate, is_stand_in
from .sampling import RangeError, Ranges

METHODS = ("sobol", "morris")
CONF_LEVEL = 0.95
MORRIS_LEVELS = 4
CONSTANT_TOLERANCE = 1e-12      # relative spread below which a figure counts as constant


class ConstantFigure(RangeError):
    """The figure has the same value in every run of the sample: there is no variance to share
    out (SALib would divide by a zero standard deviation and warn) and no effect to measure.
    `figure` names it (a headline key, or 'the figure'), `value` is that one value, `runs` how
    many runs gave it; `written` is how the message writes the value (default '%g'; 'none by
    2050' for an event headline's stand-in year)."""

    def __init__(self, figure: str, value: float, runs: int, written: Optional[str] = None):
        self.figure, self.value, self.runs = figure, value, runs
        self.written = f"{value:g}" if written is None else written
        super().__init__(f"{figure} does not change across the sample (it is {self.written} in "
                         f"all {runs} runs), so there is no sensitivity to measure; vary "
                         f"parameters that move it (--params) or widen their ranges (--range)")

    def __reduce__(self):          # raised in a spawned worker process, unpickled in the window
        return type(self), (self.figure, self.value, self.runs, self.written)


def check_varies(y: np.ndarray, figure: str = "the figure") -> None:
    """ConstantFigure if every finite value of `y` is the same (within CONSTANT_TOLERANCE of
    its size): Sobol' indices would be 0/0 and Morris effects all zero."""
    finite = y[np.isfinite(y)]
    if finite.size == 0:
        return
    low, high = float(finite.min()), float(finite.max())
    if high - low <= CONSTANT_TOLERANCE * max(1.0, abs(low), abs(high)):
        raise ConstantFigure(figure, low + 0.0, int(y.size))


@dataclass(frozen=True)
class Index:
    """One input's indices. sobol: s1, s1_conf, st, st_conf (shares, 0-1). morris: mu_star and
    its conf (the figure's unit), sigma; s1/st are None. Confidence values are half-widths."""

    key: str
    s1: Optional[float] = None
    s1_conf: Optional[float] = None
    st: Optional[float] = None
    st_conf: Optional[float] = None
    mu_star: Optional[float] = None
    mu_star_conf: Optional[float] = None
    sigma: Optional[float] = None

    @property
    def rank_value(self) -> float:
        """What the indices are sorted by: total effect (Sobol') or mu* (Morris)."""
        value = self.st if self.st is not None else self.mu_star
        return -np.inf if value is None or not np.isfinite(value) else float(value)


def problem(names, low, high) -> dict:
    """SALib's problem dictionary for inputs `names` with ranges low … high."""
    return {"num_vars": len(names), "names": list(names),
            "bounds": [[float(a), float(b)] for a, b in zip(low, high)]}


def sobol_indices(func: Callable[[np.ndarray], np.ndarray], names, low, high, samples: int,
                  seed: int = 0, figure: str = "the figure") -> list[Index]:
    """First-order and total Sobol' indices of `func` ((N, D) inputs -> (N,) outputs) over the
    box low … high, from SALib's Saltelli sample of `samples` base points (a power of two;
    samples × (D + 2) evaluations), sorted by total effect, largest first. ConstantFigure
    (naming `figure`) if the output is the same in every run."""
    if samples < 2 or samples & (samples - 1):
        raise RangeError(f"samples: {samples} is not allowed for Sobol' indices (a power of "
                         f"two, at least 2, e.g. 256, 512, 1024)")
    prob = problem(names, low, high)
    from SALib.analyze import sobol as sobol_analyze
    from SALib.sample import sobol as sobol_sample
    x = sobol_sample.sample(prob, samples, calc_second_order=False, seed=seed)
    y = np.asarray(func(x), dtype=float)
    check_varies(y, figure)
    result = sobol_analyze.analyze(prob, y, calc_second_order=False, conf_level=CONF_LEVEL,
                                   seed=seed)
    out = [Index(k, float(result["S1"][j]), float(result["S1_conf"][j]),
                 float(result["ST"][j]), float(result["ST_conf"][j]))
           for j, k in enumerate(prob["names"])]
    return sorted(out, key=lambda i: -i.rank_value)


def morris_indices(func: Callable[[np.ndarray], np.ndarray], names, low, high,
                   trajectories: int, seed: int = 0, figure: str = "the figure") -> list[Index]:
    """Morris mu*, its confidence half-width and sigma of `func` over low … high, from
    `trajectories` one-at-a-time paths (trajectories × (D + 1) evaluations), sorted by mu*.
    ConstantFigure (naming `figure`) if the output is the same in every run."""
    if trajectories < 2:
        raise RangeError(f"samples: {trajectories} is not allowed for Morris (at least 2 "
                         f"trajectories)")
    prob = problem(names, low, high)
    from SALib.analyze import morris as morris_analyze
    from SALib.sample import morris as morris_sample
    x = morris_sample.sample(prob, trajectories, num_levels=MORRIS_LEVELS, seed=seed)
    y = np.asarray(func(x), dtype=float)
    check_varies(y, figure)
    result = morris_analyze.analyze(prob, x, y, conf_level=CONF_LEVEL, num_levels=MORRIS_LEVELS,
                                    seed=seed)
    out = [Index(k, mu_star=float(result["mu_star"][j]),
                 mu_star_conf=float(result["mu_star_conf"][j]), sigma=float(result["sigma"][j]))
           for j, k in enumerate(prob["names"])]
    return sorted(out, key=lambda i: -i.rank_value)


def headline_sensitivity(headline: str, ranges: Ranges, method: str = "sobol",
                         samples: int = 512, seed: int = 0,
                         end_year: int = engine.DEFAULT_END_YEAR) -> list[Index]:
    """Sobol' or Morris indices of headline `headline` (a key of model.outputs.HEADLINE_INFO;
    no bust / never = horizon + 1) over the varied inputs of `ranges`, the others held at
    `ranges.base`. RangeError for an unknown headline or method or a bad sample count;
    ConstantFigure (a RangeError) if the headline is the same in every run of the sample."""
    if headline not in HEADLINE_KEYS:
        raise RangeError(f"unknown headline {headline!r} (choose from: {', '.join(HEADLINE_KEYS)})")
    if method not in METHODS:
        raise RangeError(f"unknown method {method!r} (choose from: {', '.join(METHODS)})")
    index = [P.keys().index(k) for k in ranges.keys]
    base = np.asarray(ranges.base, dtype=float)

    def run(x: np.ndarray) -> np.ndarray:
        matrix = np.repeat(base[None, :], x.shape[0], axis=0)
        matrix[:, index] = np.clip(x, ranges.low, ranges.high)   # SALib's float grid may overshoot
        return evaluate(matrix, end_year, (headline,))[headline]

    fn = sobol_indices if method == "sobol" else morris_indices
    try:
        return fn(run, ranges.keys, ranges.low, ranges.high, samples, seed, figure=headline)
    except ConstantFigure as exc:
        if not is_stand_in(headline, exc.value, end_year):
            raise
        raise ConstantFigure(headline, exc.value, exc.runs, f"none by {end_year}") from None

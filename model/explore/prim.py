"""PRIM (Friedman & Fisher 1999, "Bump hunting in high-dimensional data"): the box of inputs in
which a condition holds most often, found by peeling.

Written here rather than taken from a library (weighed for issue 14):
- `PRIM` 1.0.0 (Project-Platypus) is GPL-3, which would bind the whole program to the GPL,
  and imports matplotlib, mpl_toolkits and mplcursors at import time (plotting we do not use;
  mplcursors is not installed) and still calls pandas' removed `.ix` in its plotting code.
- The EMA Workbench's PRIM (BSD) cannot be used alone: the package needs scikit-learn,
  statsmodels, seaborn, platypus-opt and matplotlib, and its prim module imports seaborn and
  pyplot.
What we need is only the peeling trajectory of real-valued inputs (no pasting, no categorical
inputs): about sixty lines of numpy, checked against a planted box in tests/test_explore_prim.py.

Peeling: start from the box of the inputs' ranges; at each step try, for every input, cutting
off the `alpha` share of the points in the box below its alpha-quantile or above its
(1 − alpha)-quantile, and keep the cut that leaves the highest density (share of points in
the box where the condition holds; ties: the larger box). Stop when the box would hold less
than `mass_min` of all points, or when the density is 1.

    coverage  = cases of interest in the box ÷ all cases of interest
    density   = cases of interest in the box ÷ points in the box
    mass      = points in the box ÷ all points
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import InputError

ALPHA = 0.05
MASS_MIN = 0.05
MIN_COVERAGE = 0.5


class DiscoveryError(InputError):
    """PRIM cannot run on these data (the condition never or always holds, no points); the
    message says so. For a condition that held in none or all of the scenarios its fields
    carry `verdict` 'never' or 'always' and `n`, the scenarios judged (a window that drew them
    over every input's whole range words it so: there are no wider ranges to try)."""


@dataclass(frozen=True)
class Box:
    """One box of the peeling trajectory: bounds per input (the inputs' order), its coverage,
    density and mass (shares, 0-1) and the indices of the inputs it restricts."""

    low: tuple[float, ...]
    high: tuple[float, ...]
    coverage: float
    density: float
    mass: float
    restricted: tuple[int, ...]


@dataclass(frozen=True)
class Discovery:
    """A PRIM run: the inputs' names and full ranges, the trajectory (box 0 = everything), the
    chosen box's index, and the counts it was judged on."""

    names: tuple[str, ...]
    bounds_low: tuple[float, ...]
    bounds_high: tuple[float, ...]
    trajectory: tuple[Box, ...]
    chosen: int
    points: int
    cases: int

    @property
    def box(self) -> Box:
        """The chosen box."""
        return self.trajectory[self.chosen]

    def limits(self, index: int | None = None) -> dict[str, tuple[float, float]]:
        """{name: (low, high)} of the inputs box `index` (default: the chosen one) restricts."""
        box = self.trajectory[self.chosen if index is None else index]
        return {self.names[j]: (box.low[j], box.high[j]) for j in box.restricted}

    def as_dict(self) -> dict:
        """Plain data for JSON: the trajectory and the chosen box with its limits."""
        def one(i, box):
            return {"index": i, "coverage": box.coverage, "density": box.density,
                    "mass": box.mass, "restricted": len(box.restricted),
                    "limits": {k: list(v) for k, v in self.limits(i).items()}}
        return {"points": self.points, "cases": self.cases, "chosen": self.chosen,
                "box": one(self.chosen, self.box),
                "trajectory": [one(i, b) for i, b in enumerate(self.trajectory)]}


def discover(x: np.ndarray, y: np.ndarray, names, bounds_low=None, bounds_high=None,
             alpha: float = ALPHA, mass_min: float = MASS_MIN,
             min_coverage: float = MIN_COVERAGE) -> Discovery:
    """Peel (module docstring) the (N, D) inputs `x` toward the points where the (N,) booleans
    `y` hold; `bounds_low`/`bounds_high` are the inputs' full ranges (default: the data's).
    The chosen box is the densest with coverage ≥ `min_coverage` (see `choose`).
    DiscoveryError if y never or always holds."""
    x = np.asfortranarray(x, dtype=float)       # column by column: argpartition along rows
    y = np.asarray(y, dtype=bool)
    n, d = x.shape
    cases = int(y.sum())
    if n == 0:
        raise DiscoveryError("no scenarios to search: the sweep is empty")
    if cases == 0:
        raise DiscoveryError("the condition holds in none of the {n} scenarios, so there is "
                             "no box to find; try a wider range or another condition",
                             n=n, verdict="never")
    if cases == n:
        raise DiscoveryError("the condition holds in all {n} scenarios, so no input "
                             "matters; try a narrower condition or wider ranges",
                             n=n, verdict="always")
    full_low = x.min(axis=0) if bounds_low is None else np.asarray(bounds_low, dtype=float)
    full_high = x.max(axis=0) if bounds_high is None else np.asarray(bounds_high, dtype=float)
    low, high = full_low.copy(), full_high.copy()
    inside = np.ones(n, dtype=bool)
    trajectory = [_box(low, high, inside, y, cases, full_low, full_high)]
    rows = np.arange(n)                      # the points in the box (shrinks as it is peeled)
    x_in, y_in = x, y
    while trajectory[-1].density < 1.0:
        cut = _best_peel(x_in, y_in, alpha, n * mass_min)
        if cut is None:
            break
        dim, side, edge = cut
        keep = x_in[:, dim] >= edge if side == 0 else x_in[:, dim] <= edge
        rows, x_in, y_in = rows[keep], np.asfortranarray(x_in[keep]), y_in[keep]
        inside = np.zeros(n, dtype=bool)
        inside[rows] = True
        if side == 0:
            low[dim] = edge
        else:
            high[dim] = edge
        trajectory.append(_box(low, high, inside, y, cases, full_low, full_high))
    return Discovery(tuple(names), tuple(map(float, full_low)), tuple(map(float, full_high)),
                     tuple(trajectory), choose(trajectory, min_coverage), n, cases)


def choose(trajectory, min_coverage: float = MIN_COVERAGE) -> int:
    """The index of the densest box with coverage ≥ `min_coverage` (ties: the earlier, larger
    box); box 0 if none but it qualifies."""
    best = 0
    for i, box in enumerate(trajectory):
        if box.coverage >= min_coverage and box.density > trajectory[best].density:
            best = i
    return best


def _best_peel(x: np.ndarray, y: np.ndarray, alpha: float, min_points: float):
    """(input, side 0 = low / 1 = high, new edge) of the peel leaving the densest box of at
    least `min_points` points, or None. One argpartition per side finds every input's
    alpha-quantile and the points beyond it; a point equal to the edge is kept."""
    m, d = x.shape
    k = max(1, int(alpha * m))
    if k >= m:
        return None
    cols = np.arange(d)
    total_hits = int(y.sum())
    best, best_key = None, None
    for side, nth in ((0, k), (1, m - 1 - k)):
        order = np.argpartition(x, nth, axis=0)
        edge = x[order[nth], cols]
        cut = order[:k] if side == 0 else order[m - k:]                  # (k, D) row indices
        values = x[cut, cols]
        removed = values < edge if side == 0 else values > edge
        counts = m - removed.sum(axis=0)
        hits = total_hits - (removed & y[cut]).sum(axis=0)
        valid = (counts < m) & (counts >= min_points)
        density = hits / np.maximum(counts, 1)
        for dim in np.flatnonzero(valid):
            key = (density[dim], counts[dim])
            if best_key is None or key > best_key:
                best, best_key = (int(dim), side, float(edge[dim])), key
    return best


def _box(low, high, inside, y, cases, full_low, full_high) -> Box:
    count = int(inside.sum())
    hits = int((inside & y).sum())
    restricted = tuple(int(j) for j in np.flatnonzero((low > full_low) | (high < full_high)))
    return Box(tuple(map(float, low)), tuple(map(float, high)), hits / cases,
               hits / count if count else 0.0, count / inside.size, restricted)

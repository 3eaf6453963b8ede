"""Qt-free helpers that turn model values and results into what the window shows.

The window holds no formulas; the little arithmetic a display needs (slider steps, stacked
areas, the shaded gap between two curves) lives here and is tested here. Numbers become text in
gui/format.py (the one formatter, in the interface language's locale).
"""
from __future__ import annotations

import math
from typing import Sequence

import numpy as np

from .parameters import Parameter


def step_count(p: Parameter) -> int:
    """Number of slider steps between the parameter's min and max (the slider's maximum index)."""
    return int(round((p.max - p.min) / p.step))


def decimals(p: Parameter) -> int:
    """Decimal places needed to show values on the parameter's step grid (0 for step 1, 2 for 0.25)."""
    places = 0
    while places < 6 and abs(round(p.step, places) - p.step) > 1e-12:
        places += 1
    return places


def value_at_step(p: Parameter, index: int) -> float:
    """The parameter value (table units) at slider index `index`, clipped to [min, max]."""
    index = min(max(int(index), 0), step_count(p))
    value = round(p.min + index * p.step, decimals(p) + 2)
    return float(min(max(value, p.min), p.max))


def step_of_value(p: Parameter, value: float) -> int:
    """The slider index nearest to `value` (table units), clipped to the slider's range."""
    index = int(round((float(value) - p.min) / p.step))
    return min(max(index, 0), step_count(p))


def stack(layers: Sequence[np.ndarray]) -> list[np.ndarray]:
    """Running totals of the layers, bottom first: the upper edge of each band of a stacked area."""
    out: list[np.ndarray] = []
    total = np.zeros_like(np.asarray(layers[0], dtype=float))
    for layer in layers:
        total = total + np.asarray(layer, dtype=float)
        out.append(total)
    return out


def shortfall_band(need: np.ndarray, have: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Lower and upper edge of the shaded shortfall between what is needed and what there is:
    from `have` up to `need` where need exceeds have, zero width elsewhere."""
    have = np.asarray(have, dtype=float)
    return have, np.maximum(np.asarray(need, dtype=float), have)


def year_index(years: np.ndarray, year: float) -> int | None:
    """Index of the simulated year nearest to `year`, or None if it lies outside the run."""
    if not math.isfinite(year):
        return None
    nearest = int(round(year))
    if nearest < years[0] or nearest > years[-1]:
        return None
    return int(nearest - years[0])


def between(old: dict, new: dict, count: int) -> list[dict]:
    """`count` (>= 2) parameter sets (table units) evenly spaced from `old` (the first) to `new`
    (the last), every parameter moving in a straight line: the frames of a replayed change."""
    fractions = np.linspace(0.0, 1.0, max(int(count), 2))[1:-1]
    return ([dict(old)] + [{k: float(old[k] + f * (new[k] - old[k])) for k in new}
                           for f in fractions] + [dict(new)])


def one_scenario(results, i: int):
    """Scenario `i` of a batch of model.Results, as Results of one scenario (arrays shared)."""
    return type(results)({k: a[i:i + 1] for k, a in results.arrays.items()}, results.years)

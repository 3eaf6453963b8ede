"""Headline figures as plain numbers for many scenarios at once.

`model.outputs.headlines(results, i)` describes one scenario for display and uses None for
"never" and "none". The analyses (tornado, attribution, goal-seek) need numbers for whole
batches, so here every headline is an (N,) float array and the two missing cases get a numeric
stand-in one year past the horizon:

    coverage_year  never covered within the horizon   -> end_year + 1   (later than any year)
    bust_year      no bust within the horizon         -> end_year + 1   (later than any bust)

So "no bust" ranks as the latest (best) bust year and "never covered" as the latest (worst)
coverage year, matching `model.outputs.headline_direction`. `is_stand_in` tells a display which
values are stand-ins so it can print "none"/"never" instead of the number, and `happened` says
whether the event (coverage, a bust) happens within the horizon at all.
"""
from __future__ import annotations

from typing import Iterable, Mapping, Union

import numpy as np

from .. import engine, scenario, simulate
from ..outputs import HEADLINE_INFO, Results, headline_arrays

HEADLINE_KEYS: tuple[str, ...] = tuple(HEADLINE_INFO)
# Headlines that are the year of an event which may not happen within the horizon.
EVENT_KEYS: tuple[str, ...] = ("coverage_year", "bust_year")
# Scenarios per engine call: bounds the engine's temporary (N, T, T) arrays to some tens of MB.
CHUNK = 2048


def stand_in_year(years: np.ndarray) -> float:
    """The numeric stand-in for 'never' / 'none' in a run over `years`: last year + 1."""
    return float(years[-1]) + 1.0


def headline_values(results: Results,
                    keys: Iterable[str] = HEADLINE_KEYS) -> dict[str, np.ndarray]:
    """Every headline figure (or the chosen `keys`) of every scenario in `results` as an (N,)
    float array, in the units of `model.outputs.HEADLINE_INFO` ($B, GW, year, 0-100).

    Equal to `model.outputs.headlines(results, i)[key].value` for each scenario i, except that
    None is replaced by the stand-in year (see the module docstring). Vectorised over N.
    """
    never = stand_in_year(results.years)
    figures = headline_arrays(results)
    out: dict[str, np.ndarray] = {}
    for key in keys:
        if key not in figures:
            raise KeyError(f"unknown headline {key!r} (choose from: {', '.join(HEADLINE_KEYS)})")
        values = figures[key]
        out[key] = np.where(np.isnan(values), never, values)
    return out


def is_stand_in(key: str, value: float, end_year: int) -> bool:
    """True if `value` of headline `key` is the 'never'/'none' stand-in for a run to `end_year`."""
    return key in EVENT_KEYS and value > end_year


def happened(values: np.ndarray, end_year: int) -> np.ndarray:
    """(N,) booleans: whether the event of an event headline's (N,) years (EVENT_KEYS, with
    stand-ins) happens within a run to `end_year`."""
    return np.asarray(values, dtype=float) <= end_year


def evaluate(matrix: np.ndarray, end_year: int = engine.DEFAULT_END_YEAR,
             keys: Iterable[str] = HEADLINE_KEYS) -> dict[str, np.ndarray]:
    """Run the (N, P) scenario array (table order and units) and return `headline_values` for
    it, in chunks of CHUNK scenarios so that large batches do not hold every yearly output."""
    keys = tuple(keys)
    matrix = np.atleast_2d(np.asarray(matrix, dtype=float))
    parts = [headline_values(simulate(matrix[i:i + CHUNK], end_year), keys)
             for i in range(0, matrix.shape[0], CHUNK)]
    if len(parts) == 1:
        return parts[0]
    return {k: np.concatenate([p[k] for p in parts]) for k in keys}


Values = Union[Mapping[str, float], np.ndarray]


def as_vector(values: Values) -> np.ndarray:
    """One scenario as a validated (P,) array in table order: a mapping (missing keys at their
    defaults) or a (P,) array. Raises ParameterError for an unknown key or out-of-range value."""
    if isinstance(values, Mapping):
        return scenario.vector(values)
    matrix = np.asarray(values, dtype=float)
    if matrix.ndim != 1:
        raise scenario.P.ParameterError(
            f"one scenario must be a mapping or a 1-D array, got shape {matrix.shape}")
    scenario.check_matrix(matrix[None, :])
    return matrix.copy()

"""A scenario is a set of parameter values; many scenarios are rows of an (N, P) array.

`to_matrix` turns whatever a caller has (one mapping, a list of mappings, or an array) into the
validated array the engine runs on.
"""
from __future__ import annotations

from typing import Iterable, Mapping, Union

import numpy as np

from . import parameters as P

ScenarioInput = Union[Mapping[str, float], Iterable[Mapping[str, float]], np.ndarray]


def to_matrix(scenarios: ScenarioInput) -> np.ndarray:
    """Validated (N, P) array of parameter values in table order and units.

    A mapping is one scenario (missing keys take their defaults); an iterable of mappings is N
    scenarios; an array of shape (P,) or (N, P) is taken as it is and range-checked.
    Raises ParameterError naming the first bad key, value and allowed range.
    """
    if isinstance(scenarios, Mapping):
        return vector(scenarios)[None, :]
    if isinstance(scenarios, np.ndarray):
        matrix = np.atleast_2d(np.asarray(scenarios, dtype=float))
        check_matrix(matrix)
        return matrix
    rows = [vector(s) for s in scenarios]
    if not rows:
        raise P.ParameterError("no scenarios given")
    return np.vstack(rows)


def vector(values: Mapping[str, float]) -> np.ndarray:
    """One scenario as a 1-D array in table order (defaults for keys not given).

    A full set of plain floats (what the window recomputes at every slider step) is checked in
    one vectorised range test; anything else, and any value that fails it, goes through
    `parameters.complete`, which raises the standard message for the first bad key."""
    row = _full_float_row(values)
    if row is not None:
        return row
    full = P.complete(values)
    return np.array([full[k] for k in P.keys()], dtype=float)


def _full_float_row(values: Mapping[str, float]) -> np.ndarray | None:
    """`values` as a row in table order if it names every parameter and nothing else, every
    value is a finite `float` within its range; else None (the caller checks key by key)."""
    keys = P.keys()
    if len(values) != len(keys):
        return None
    try:
        items = [values[k] for k in keys]
    except KeyError:
        return None
    if not all(type(v) is float for v in items):    # str, bool, int, numpy: the slow path
        return None
    row = np.array(items, dtype=float)
    lo, hi = P.bounds()
    if not (np.isfinite(row).all() and (row >= lo).all() and (row <= hi).all()):
        return None
    return row


def varied(values: Mapping[str, float], key: str, column: Iterable[float]) -> np.ndarray:
    """The (N, P) array of `values` (one scenario, as for `vector`) with parameter `key` set to
    each of the N values of `column` in turn, range-checked: one batch run of a lever's
    positions (the window runs the next positions of a held slider so: gui.controller)."""
    column = np.asarray(list(column), dtype=float)
    matrix = np.repeat(vector(values)[None, :], len(column), axis=0)
    matrix[:, P.index()[key]] = column
    check_matrix(matrix)
    return matrix


def from_vector(row: np.ndarray) -> dict[str, float]:
    """The mapping key -> value for one row of a scenario array."""
    return {k: float(v) for k, v in zip(P.keys(), row)}


def check_matrix(matrix: np.ndarray) -> None:
    """Raise ParameterError if the array has the wrong width or any value is out of range."""
    params = P.parameters()
    if matrix.ndim != 2 or matrix.shape[1] != len(params):
        raise P.ParameterError(
            f"scenario array must have shape (N, {len(params)}), got {matrix.shape}")
    lo, hi = P.bounds()
    bad = ~np.isfinite(matrix) | (matrix < lo) | (matrix > hi)
    if bad.any():
        row, col = map(int, np.argwhere(bad)[0])
        params[col].check(matrix[row, col])  # raises with the standard message


def differences(values: Mapping[str, float]) -> dict[str, float]:
    """The parameters in `values` that differ from their defaults."""
    d = P.defaults()
    return {k: float(v) for k, v in values.items() if k in d and float(v) != d[k]}

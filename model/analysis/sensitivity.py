"""Sensitivity tornado (issue 5): how far each parameter moves one headline figure.

Every parameter is swung on its own from the low end to the high end of its range (the table's
min and max) while all others stay at the current scenario; the 2P + 1 scenarios (P parameters
at both ends, plus the current one) run in one vectorised batch.

    from model.analysis.sensitivity import tornado
    bars = tornado(values, "peak_stress")          # sorted, largest effect first
    for bar in bars[:10]:
        print(bar.label, bar.value_at_low_param, bar.base, bar.value_at_high_param)

Effect size (the sort key, `Bar.effect`) is the length of the bar as drawn: the span of the
headline over {value at the parameter's min, current value, value at the parameter's max}. It
counts a parameter whose both ends move the headline the same way, which |high − low| would
miss. Ties keep table order.

Headlines that can be missing use the numeric stand-ins of `model.analysis.metrics` (no bust or
never covered -> end_year + 1); `metrics.is_stand_in` tells a display when to write
"none"/"never" instead. For the window: clicking a bar selects `Bar.key`'s slider.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

import numpy as np

from .. import engine
from .. import parameters as P
from .metrics import HEADLINE_KEYS, Values, as_vector, evaluate, headline_values, stand_in_year

__all__ = ["Bar", "tornado", "swing_matrix", "headline_values", "stand_in_year", "HEADLINE_KEYS"]


@dataclass(frozen=True)
class Bar:
    """One tornado bar: the headline at the parameter's low and high end, everything else current.

    low_value, high_value:  the parameter's range ends (table units: `model.parameters.get(key).unit`)
    value_at_low_param, value_at_high_param, base:  the headline at the low end, at the high end
                            and in the current scenario (headline units; stand-ins for none/never)
    """

    key: str
    label: str
    low_value: float
    high_value: float
    value_at_low_param: float
    value_at_high_param: float
    base: float

    @property
    def effect(self) -> float:
        """Length of the bar: span of the headline over low end, current value and high end."""
        points = (self.value_at_low_param, self.base, self.value_at_high_param)
        return max(points) - min(points)


def swing_matrix(center: np.ndarray, keys: Iterable[str]) -> np.ndarray:
    """The (2K + 1, P) batch: row 0 is `center`; rows 1 + 2j and 2 + 2j set parameter keys[j] to
    its min and its max, all else as in `center`."""
    keys = tuple(keys)
    index = P.index()
    matrix = np.repeat(center[None, :], 2 * len(keys) + 1, axis=0)
    for j, key in enumerate(keys):
        p = P.get(key)
        matrix[1 + 2 * j, index[key]] = p.min
        matrix[2 + 2 * j, index[key]] = p.max
    return matrix


def tornado(values: Values, headline: str, end_year: int = engine.DEFAULT_END_YEAR,
            keys: Optional[Iterable[str]] = None) -> list[Bar]:
    """Bars for headline `headline` (a key of model.outputs.HEADLINE_INFO) around the scenario
    `values` (mapping or (P,) array), one per parameter (or per key in `keys`: one key or an
    iterable of keys), sorted by `Bar.effect`, largest first. Raises KeyError for an unknown
    headline and ParameterError for bad values or keys."""
    if headline not in HEADLINE_KEYS:
        raise KeyError(f"unknown headline {headline!r} (choose from: {', '.join(HEADLINE_KEYS)})")
    center = as_vector(values)
    keys = P.keys() if keys is None else (keys,) if isinstance(keys, str) else tuple(keys)
    figures = evaluate(swing_matrix(center, keys), end_year, (headline,))[headline]
    base = float(figures[0])
    bars = [Bar(key=k, label=P.get(k).label, low_value=P.get(k).min, high_value=P.get(k).max,
                value_at_low_param=float(figures[1 + 2 * j]),
                value_at_high_param=float(figures[2 + 2 * j]), base=base)
            for j, k in enumerate(keys)]
    order = sorted(range(len(bars)), key=lambda j: -bars[j].effect)   # stable: ties in table order
    return [bars[j] for j in order]

"""'What changed?' (issue 6): split the change of each headline figure between the parameters.

For the current scenario against a baseline (the defaults, or any other scenario, e.g. the
assumption baseline of `model.analysis.baseline`), the change current − baseline of every headline
figure is divided among the K parameters that differ, by their Shapley values: a parameter's part
is its marginal effect (switching it from its baseline to its current value) averaged over every
order in which the K changes could have been made. The parts add up to the total change, and a
parameter that does not affect a figure gets exactly zero for it.

    from model.analysis.attribution import attribute
    a = attribute(values)                         # against the defaults
    a.total("peak_stress"), a.ranked("peak_stress")   # [(key, part), ...] largest |part| first

Exact for K ≤ `exact_limit` (default 10): all 2^K on/off combinations run in one batch (1,024
scenarios for K = 10). Beyond that, `n_permutations` random orders (in antithetic pairs: each
order and its reverse; fixed seed, so the chart does not flicker) are walked; each order's
marginal effects telescope to the total, so the parts still add up exactly. Either way any
floating-point rounding residual (~1e-13 of the figure) is put on the largest part, so the bars
add up to the total to the last digit.

Event years (coverage_year, bust_year: `metrics.EVENT_KEYS`) can be missing; the batches use the
numeric stand-in end_year + 1 of `model.analysis.metrics` for "none"/"never". When the event
happens in both scenarios, its change is a true number of years and is split as above. When it
happens in only one of them (a bust appears: none -> 2031; coverage is lost: 2033 -> never),
a number of years would be measured from the stand-in (2051 is no year anything happens in),
so it is not split. Instead the parts are the Shapley values of whether the event happens
(1 = within the horizon, 0 = not): they add up to `event(h)` = +1 (it appears) or −1 (it
disappears), a positive part brings the event on and a negative part holds it off, and
`total(h)` is that ±1, not a number of years. We chose this over attributing a continuous
stand-in (the depth of the capex fall, a coverage ratio) because it answers the question the
headline asks, in its own terms, and needs no second unit on the chart. (Where the event
happens in both scenarios but not in some of the mixed ones, the stand-in still enters the
marginal effects; the parts then still add up to the true change in years.)

For the window: compute after the hand stops (tens of ms for K ≤ 10,
~50-100 ms for K = 12 with the default 128 orders); `Attribution` holds numpy arrays only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from math import factorial
from typing import Iterable, Optional

import numpy as np

from .. import engine
from .. import parameters as P
from .metrics import EVENT_KEYS, HEADLINE_KEYS, Values, as_vector, evaluate, happened

EXACT_LIMIT = 10
DEFAULT_PERMUTATIONS = 128
DEFAULT_SEED = 20246


@dataclass(frozen=True, eq=False)
class Attribution:
    """Shapley attribution of the change of each headline figure.

    keys, labels:  the K parameters that differ, in table order
    baseline, current:  headline -> value in the baseline and in the current scenario
    parts:  headline -> (K,) array, the part of current − baseline due to each of `keys`, in the
            headline's units (model.outputs.HEADLINE_INFO); parts[h].sum() == total(h). For an
            event that appears or disappears (events), the parts of whether it happens instead
            (no unit; they add up to +1 or −1).
    exact:  True if all 2^K combinations were used; else `permutations` sampled orders
    events: event headline -> +1 if the event happens in the current scenario only, −1 if in
            the baseline only; headlines not listed happen in both or neither (or are no event)
    """

    keys: tuple[str, ...]
    labels: tuple[str, ...]
    baseline: dict[str, float]
    current: dict[str, float]
    parts: dict[str, np.ndarray]
    exact: bool
    permutations: int
    end_year: int
    events: dict[str, int] = field(default_factory=dict)

    def event(self, headline: str) -> int:
        """+1 if the event of `headline` appears (baseline: none/never, current: a year), −1 if
        it disappears, 0 otherwise (also for headlines that are no event year)."""
        return self.events.get(headline, 0)

    def total(self, headline: str) -> float:
        """current − baseline of `headline`, in its units; for an event that appears or
        disappears, event(headline) (+1 / −1: the change of whether it happens), which the
        parts add up to."""
        if self.event(headline):
            return float(self.event(headline))
        return self.current[headline] - self.baseline[headline]

    def ranked(self, headline: str) -> list[tuple[str, float]]:
        """(parameter key, part) pairs of `headline`, largest |part| first (ties in table order)."""
        parts = self.parts[headline]
        order = sorted(range(len(self.keys)), key=lambda j: -abs(parts[j]))
        return [(self.keys[j], float(parts[j])) for j in order]


def changed_keys(current: np.ndarray, baseline: np.ndarray) -> tuple[str, ...]:
    """Keys of the parameters whose value differs between two (P,) scenarios, in table order."""
    return tuple(k for k, a, b in zip(P.keys(), current, baseline) if a != b)


def attribute(values: Values, baseline: Optional[Values] = None,
              end_year: int = engine.DEFAULT_END_YEAR,
              headlines: Iterable[str] = HEADLINE_KEYS, exact_limit: int = EXACT_LIMIT,
              n_permutations: int = DEFAULT_PERMUTATIONS, seed: int = DEFAULT_SEED) -> Attribution:
    """Shapley attribution of current (`values`) − `baseline` (default: the parameter defaults)
    for each headline in `headlines` (one key or an iterable of keys of
    model.outputs.HEADLINE_INFO); mappings or (P,) arrays in table units. Exact if at most
    `exact_limit` parameters differ, else `n_permutations` sampled orders (rounded up to an even
    number) with `seed`. Raises ParameterError for bad values, KeyError for an unknown headline.
    """
    heads = (headlines,) if isinstance(headlines, str) else tuple(headlines)
    unknown = [h for h in heads if h not in HEADLINE_KEYS]
    if unknown:
        raise KeyError(f"unknown headline {unknown[0]!r} (choose from: {', '.join(HEADLINE_KEYS)})")
    current = as_vector(values)
    base = as_vector(P.defaults() if baseline is None else baseline)
    keys = changed_keys(current, base)
    columns = np.array([P.keys().index(k) for k in keys], dtype=int)
    k = len(keys)
    if k == 0:
        figures = evaluate(current[None, :], end_year, heads)
        both = {h: float(figures[h][0]) for h in heads}
        return Attribution((), (), both, dict(both), {h: np.zeros(0) for h in heads},
                           True, 0, end_year)
    exact = k <= exact_limit
    if exact:
        v_empty, v_full, parts, events = _exact(current, base, columns, end_year, heads)
        used = 0
    else:
        used = max(2, int(n_permutations) + int(n_permutations) % 2)
        v_empty, v_full, parts, events = _sampled(current, base, columns, end_year, heads, used,
                                                  seed)
    for h in heads:
        _absorb_residual(parts[h], events[h] if h in events else v_full[h] - v_empty[h])
    return Attribution(keys, tuple(P.get(key).label for key in keys), v_empty, v_full,
                       parts, exact, used, end_year, events)


def _evaluate(matrix: np.ndarray, end_year: int, heads: tuple[str, ...], full: int):
    """Headline values of the scenarios `matrix` (row 0 the baseline, row `full` the current
    scenario): (figures, baseline values, current values, events). For an event headline that
    appears or disappears between the two, its figures are replaced by whether the event
    happens (1.0 / 0.0), so that the parts split that rather than years from a stand-in."""
    figures = evaluate(matrix, end_year, heads)
    v_empty = {h: float(figures[h][0]) for h in heads}
    v_full = {h: float(figures[h][full]) for h in heads}
    events = {}
    for h in heads:
        if h not in EVENT_KEYS:
            continue
        occurs = happened(figures[h], end_year).astype(float)
        change = int(occurs[full] - occurs[0])
        if change:
            figures[h] = occurs
            events[h] = change
    return figures, v_empty, v_full, events


def _mix(current: np.ndarray, base: np.ndarray, columns: np.ndarray, on: np.ndarray) -> np.ndarray:
    """Scenarios (M, P): the baseline with changed parameter j at its current value where
    on[:, j] is True. `on` is (M, K) boolean."""
    matrix = np.repeat(base[None, :], on.shape[0], axis=0)
    matrix[:, columns] = np.where(on, current[columns], base[columns])
    return matrix


def _exact(current, base, columns, end_year, heads):
    """Exact Shapley values from all 2^K on/off combinations in one batch."""
    k = columns.size
    masks = np.arange(2 ** k)
    on = ((masks[:, None] >> np.arange(k)[None, :]) & 1).astype(bool)        # (2^K, K)
    figures, v_empty, v_full, events = _evaluate(_mix(current, base, columns, on), end_year,
                                                 heads, -1)
    size = on.sum(axis=1)
    weight = np.array([factorial(s) * factorial(k - s - 1) / factorial(k) if s < k else 0.0
                       for s in range(k + 1)])
    parts = {}
    for h in heads:
        v = figures[h] - figures[h][0]            # relative to the baseline: less cancellation
        out = np.empty(k)
        for j in range(k):
            without = masks[~on[:, j]]
            out[j] = np.dot(weight[size[without]], v[without | (1 << j)] - v[without])
        parts[h] = out
    return v_empty, v_full, parts, events


def _sampled(current, base, columns, end_year, heads, n_orders, seed):
    """Shapley values estimated from `n_orders` random orders (antithetic pairs)."""
    k = columns.size
    rng = np.random.default_rng(seed)
    half = np.argsort(rng.random((n_orders // 2, k)), axis=1)          # random permutations
    orders = np.concatenate([half, half[:, ::-1]])                      # and their reverses
    rank = np.argsort(orders, axis=1)                                   # position of each key
    prefix = np.arange(1, k)                                            # sizes 1 .. K-1
    on = rank[:, None, :] < prefix[None, :, None]                       # (M, K-1, K)
    ends = np.array([np.zeros(k, bool), np.ones(k, bool)])
    matrix = _mix(current, base, columns, np.concatenate([ends, on.reshape(-1, k)]))
    figures, v_empty, v_full, events = _evaluate(matrix, end_year, heads, 1)
    parts = {}
    for h in heads:
        v = figures[h] - figures[h][0]
        path = np.empty((n_orders, k + 1))                              # value after s changes
        path[:, 0] = 0.0
        path[:, k] = v[1]
        path[:, 1:k] = v[2:].reshape(n_orders, k - 1)
        rows = np.arange(n_orders)[:, None]
        marginal = path[rows, rank + 1] - path[rows, rank]              # (M, K)
        parts[h] = marginal.mean(axis=0)
    return v_empty, v_full, parts, events


def _absorb_residual(parts: np.ndarray, total: float) -> None:
    """Put the floating-point rounding residual of sum(parts) − total on the largest part."""
    if parts.size:
        parts[int(np.argmax(np.abs(parts)))] += total - parts.sum()

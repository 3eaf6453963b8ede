"""What a sweep varies, and the sample points of any slice of it.

The sample is a scrambled Sobol' sequence (scipy.stats.qmc.Sobol) over the varied parameters'
ranges. Sobol' rather than a Latin hypercube: a Sobol' sequence is one infinite sequence whose
point i does not depend on how many points are drawn, so any chunk [start, start + count) can
be drawn on its own (`fast_forward`), and the sweep is the same whatever the chunk size or the
number of workers. A Latin hypercube's strata depend on the total N, so its chunks cannot be
drawn independently.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Iterable, Mapping, Optional

import numpy as np

from .. import parameters as P
from .. import scenario
from ..errors import InputError

# scipy's Sobol' generator draws at most 2**30 points of one sequence.
MAX_SAMPLES = 2 ** 30


class RangeError(InputError):
    """A bad sweep range or parameter list; the message says what is allowed."""


@dataclass(frozen=True)
class Ranges:
    """The sweep's inputs: `keys` vary between `low` and `high` (table units); every parameter
    (table order) not in `keys` is held at `base`."""

    keys: tuple[str, ...]
    low: tuple[float, ...]
    high: tuple[float, ...]
    base: tuple[float, ...]

    def as_dict(self) -> dict:
        """Plain lists, for JSON (the sweep file's metadata)."""
        return {"keys": list(self.keys), "low": list(self.low), "high": list(self.high),
                "base": dict(zip(P.keys(), self.base))}

    @classmethod
    def from_dict(cls, data: Mapping) -> "Ranges":
        """The inverse of `as_dict` (checked again: a file may be old or edited)."""
        base = P.complete({k: v for k, v in dict(data["base"]).items() if k in P.by_key()})
        custom = {k: (lo, hi) for k, lo, hi in zip(data["keys"], data["low"], data["high"])}
        return make_ranges(list(data["keys"]), base, custom)


def make_ranges(keys: Optional[Iterable[str]] = None, base: Optional[Mapping[str, float]] = None,
                custom: Optional[Mapping[str, tuple[float, float]]] = None) -> Ranges:
    """The Ranges varying `keys` (None: every parameter) over their table ranges, or over
    `custom[key] = (low, high)` (within the table range, low < high); the others held at `base`
    (a full or partial mapping, missing keys at their defaults). RangeError (or ParameterError)
    naming the first bad key or range."""
    all_keys = P.keys()
    chosen = tuple(all_keys if keys is None else keys)
    if not chosen:
        raise RangeError("no parameters to vary: name at least one key, or 'all'")
    unknown = [k for k in chosen if k not in P.by_key()]
    if unknown:
        raise RangeError("unknown parameter {unknown!r}: see 'params' for the keys",
                         unknown=unknown[0])
    if len(set(chosen)) != len(chosen):
        raise RangeError("a parameter is named twice in the list of parameters to vary")
    chosen = tuple(k for k in all_keys if k in chosen)            # table order
    custom = dict(custom or {})
    extra = [k for k in custom if k not in chosen]
    if extra:
        raise RangeError("a range is given for {extra!r}, which is not varied",
                         extra=extra[0])
    low, high = [], []
    for key in chosen:
        param = P.get(key)
        lo, hi = custom.get(key, (param.min, param.max))
        lo, hi = param.check(lo), param.check(hi)
        if not lo < hi:
            raise RangeError("{key}: the range {lo:g} to {hi:g} is empty; the low end must "
                             "be below the high end (allowed: {range_text})",
                             key=key, lo=lo, hi=hi, range_text=param.allowed())
        low.append(lo)
        high.append(hi)
    vector = scenario.vector(dict(base or {}))
    return Ranges(chosen, tuple(low), tuple(high), tuple(float(v) for v in vector))


def unit_points(dim: int, seed: int, start: int, count: int) -> np.ndarray:
    """Points start … start + count − 1 of the scrambled Sobol' sequence of dimension `dim`
    seeded by `seed`, as a (count, dim) array in [0, 1). The same points whatever slices they
    are drawn in."""
    if start < 0 or start + count > MAX_SAMPLES:
        raise RangeError("a sweep has at most {MAX_SAMPLES} samples",
                         MAX_SAMPLES=MAX_SAMPLES)
    from scipy.stats import qmc     # here, not at import: scipy.stats costs ~1.4 s at start-up
    sobol = qmc.Sobol(dim, scramble=True, rng=np.random.default_rng(seed))
    if start:
        sobol.fast_forward(start)
    with warnings.catch_warnings():
        # scipy warns when a draw is not a power of two; a chunk of the sequence need not be.
        warnings.simplefilter("ignore", UserWarning)
        return sobol.random(count)


def scenario_rows(ranges: Ranges, seed: int, start: int, count: int) -> np.ndarray:
    """The (count, P) scenario array (table order and units) of sample rows start … start +
    count − 1: the varied parameters at their Sobol' points, the others at `ranges.base`."""
    index = [P.keys().index(k) for k in ranges.keys]
    low, high = np.asarray(ranges.low), np.asarray(ranges.high)
    matrix = np.repeat(np.asarray(ranges.base, dtype=float)[None, :], count, axis=0)
    matrix[:, index] = low + (high - low) * unit_points(len(index), seed, start, count)
    return matrix

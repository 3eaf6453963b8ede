"""Scenario discovery on a sweep file: read the inputs and the condition's figure, run PRIM.

    found = discover_sweep(Path("sweep.parquet"), "bust before 2030")
    found.discovery.limits()       # {key: (low, high)} of the chosen box, table units
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .condition import Condition, parse_condition
from .prim import MIN_COVERAGE, Discovery, discover
from ..errors import clip_repr
from ..limits import DISCOVER_MAX_ROWS
from ..store.safe_read import path_text
from .sweep import SweepFileError, SweepInfo, arrow, read_info


@dataclass(frozen=True)
class Found:
    """A discovery on a sweep: the PRIM result (inputs = the sweep's varied parameters), the
    condition, the file's metadata, and how many of its rows were used."""

    discovery: Discovery
    condition: Condition
    info: SweepInfo
    rows_used: int


def discover_sweep(path: Path, condition: str, max_rows: int = DISCOVER_MAX_ROWS,
                   min_coverage: float = MIN_COVERAGE, seed: int = 0) -> Found:
    """PRIM on the sweep at `path` for `condition` (model.explore.condition grammar), on at most
    `max_rows` of its scenarios (a seeded random subset). Raises ConditionError for a bad
    condition, SweepFileError if the file is no sweep or does not keep the condition's figure,
    prim.DiscoveryError if the condition never or always holds."""
    info = read_info(path)
    cond = parse_condition(condition, info.spec.end_year)
    names = list(info.spec.ranges.keys)
    if cond.column not in info.spec.schema().names:
        raise SweepFileError("{path} does not keep the figure {strip!r} judges; run 'sweep' "
                             'again with --condition "{strip}"',
                             path=path, strip=condition.strip())
    x, figure = _read(path, names, cond.column, max_rows, seed)
    _check_inputs(path, x, names, info)
    if not np.isfinite(figure).all():
        # the model writes every figure finite ('no bust' as the year after the horizon): NaN
        # or infinity is an edited file, and 'the condition holds in none (or all) of the
        # scenarios' was said of it as a finding
        raise SweepFileError("{name}: column {column} holds a value that is not a finite number "
                             "(NaN or infinity; the file was changed after 'sweep' wrote it); "
                             "run 'sweep' again",
                             name=path_text(path), column=clip_repr(cond.column))
    found = discover(x, cond.holds(figure), names, info.spec.ranges.low, info.spec.ranges.high,
                     min_coverage=min_coverage)
    return Found(found, cond, info, int(x.shape[0]))


def _check_inputs(path: Path, x: np.ndarray, names: list[str], info: SweepInfo) -> None:
    """SweepFileError if a varied parameter's column holds a value that is not finite or lies
    outside the range the sweep varied it over (a file changed after 'sweep' wrote it: PRIM
    drew boxes from NaN and 1e308 without a word)."""
    low = np.asarray(info.spec.ranges.low, dtype=float)
    high = np.asarray(info.spec.ranges.high, dtype=float)
    slack = 1e-9 * np.maximum(1.0, np.abs(high - low))
    bad = ~np.isfinite(x) | (x < low - slack) | (x > high + slack)
    if not bad.any():
        return
    row, col = (int(i[0]) for i in np.nonzero(bad))
    value = float(x[row, col])
    if not np.isfinite(value):
        raise SweepFileError("{name}: column {column} holds a value that is not a finite number "
                             "(NaN or infinity; the file was changed after 'sweep' wrote it); "
                             "run 'sweep' again",
                             name=path_text(path), column=clip_repr(names[col]))
    raise SweepFileError("{name}: column {column} holds {value:g}, outside the range {low:g} to "
                         "{high:g} the sweep varied it over (the file was changed after 'sweep' "
                         "wrote it); run 'sweep' again",
                         name=path_text(path), column=clip_repr(names[col]), value=value,
                         low=float(low[col]), high=float(high[col]))


def _read(path: Path, names: list[str], column: str, max_rows: int, seed: int):
    """The inputs (n, D) and the figure (n,) of all rows, or of a seeded random share of them
    so that about `max_rows` remain, read batch by batch (memory: the subset only). The share
    follows the rows the file holds (its footer), not the count its sweep metadata states: a
    3 MB file of 4 million repeated rows that said 64 kept every row and held discover for
    over ten minutes."""
    parquet = arrow()[1].ParquetFile(path)
    keep_share = min(1.0, max_rows / max(parquet.metadata.num_rows, 1))
    rng = np.random.default_rng(seed)
    xs, ys = [], []
    for batch in parquet.iter_batches(columns=names + [column]):
        data = {n: batch.column(n).to_numpy() for n in batch.schema.names}
        mask = rng.random(batch.num_rows) < keep_share if keep_share < 1 else slice(None)
        xs.append(np.column_stack([data[n][mask] for n in names]).astype(float))
        ys.append(np.asarray(data[column][mask], dtype=float))
    if not xs:
        return np.empty((0, len(names))), np.empty(0)
    return np.vstack(xs), np.concatenate(ys)

"""Sweeps (model/explore/sweep.py): the same table for any chunk size (and for two worker
processes: tests/test_sweep_cli.py), bounded summaries, cancel leaving a valid partial file, the
previous file kept on failure."""
import threading

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest

from model import parameters as P
from model.analysis.metrics import HEADLINE_KEYS
from model.explore import sweep as S
from model.explore.sampling import RangeError, make_ranges
from model.explore.sweep import SweepSpec, read_sweep, run_sweep

KEYS = ["capex_growth", "monetization_speed", "patience_years", "coverage_threshold"]


def spec(samples=600, **kw):
    return SweepSpec(make_ranges(KEYS, {"power_buildout": 12}), samples, seed=4, **kw)


def test_a_sweep_is_the_same_for_any_chunk_size(tmp_path):
    # (The same for two worker processes: the Ctrl+C test in test_sweep_cli.py compares the rows
    # a two-worker LocalCluster wrote with the same rows computed here, one cluster for both.)
    one = run_sweep(spec(), tmp_path / "one.parquet", chunk_rows=2048)
    small = run_sweep(spec(), tmp_path / "small.parquet", chunk_rows=97)
    assert one.complete and small.complete
    a, info = read_sweep(one.path)
    b, _ = read_sweep(small.path)
    pd.testing.assert_frame_equal(a, b)
    assert list(a["row"]) == list(range(600)) and info.complete and info.rows == 600


def test_a_longer_sweep_with_the_same_seed_starts_with_the_shorter_one(tmp_path):
    short, _ = read_sweep(run_sweep(spec(200), tmp_path / "s.parquet", chunk_rows=64).path)
    long, _ = read_sweep(run_sweep(spec(500), tmp_path / "l.parquet", chunk_rows=128).path)
    pd.testing.assert_frame_equal(short, long.iloc[:200])
    other = SweepSpec(make_ranges(KEYS, {"power_buildout": 12}), 200, seed=5)
    diff, _ = read_sweep(run_sweep(other, tmp_path / "o.parquet").path)
    assert not np.array_equal(diff["capex_growth"], short["capex_growth"])


def test_the_summary_holds_the_varied_inputs_within_range_the_headlines_and_the_figures(tmp_path):
    custom = SweepSpec(make_ranges(KEYS, custom={"capex_growth": (20, 60)}), 300, seed=1,
                       conditions=("debt > 100 by 2035",))
    table, info = read_sweep(run_sweep(custom, tmp_path / "x.parquet").path)
    for key in KEYS:
        p = P.get(key)
        low, high = (20, 60) if key == "capex_growth" else (p.min, p.max)
        assert table[key].between(low, high).all(), key
        assert table[key].max() - table[key].min() > 0.8 * (high - low), key   # space-filling
    assert set(HEADLINE_KEYS) <= set(table.columns)
    assert "fig:debt_stock_busd:in:2035" in table.columns
    assert not set(P.keys()) - set(KEYS) & set(table.columns)     # held inputs are not stored
    assert info.spec.ranges.low[0] == 20 and info.spec.conditions == ("debt > 100 by 2035",)


def test_cancel_leaves_a_valid_partial_file_of_the_finished_chunks(tmp_path):
    out = tmp_path / "p.parquet"
    stop = threading.Event()

    def progress(done, total):
        if done >= 200:
            stop.set()
    outcome = run_sweep(spec(2000), out, chunk_rows=100, on_progress=progress, cancel=stop)
    assert not outcome.complete and 200 <= outcome.rows < 2000
    table, info = read_sweep(out)                       # a valid Parquet file
    assert not info.complete and info.rows == outcome.rows == len(table)
    assert list(table["row"]) == list(range(len(table)))


def test_an_interrupt_writes_the_finished_part_and_says_so(tmp_path, monkeypatch):
    real = S.run_chunk
    calls = []

    def interrupted_third(spec_, start, count):
        calls.append(start)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(spec_, start, count)
    monkeypatch.setattr(S, "run_chunk", interrupted_third)
    with pytest.raises(S.SweepInterrupted) as info:
        run_sweep(spec(1000), tmp_path / "i.parquet", chunk_rows=100)
    assert info.value.outcome.rows == 200 and not info.value.outcome.complete
    assert pq.read_table(tmp_path / "i.parquet").num_rows == 200


def test_an_unreachable_scheduler_keeps_the_previous_file(tmp_path, monkeypatch):
    out = tmp_path / "keep.parquet"
    run_sweep(spec(50), out)
    before = out.read_bytes()
    monkeypatch.setattr(S, "CONNECT_TIMEOUT_S", 0.2)
    with pytest.raises(S.ClusterError, match="127.0.0.1:9"):
        run_sweep(spec(50), out, address="tcp://127.0.0.1:9")
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["keep.parquet"]      # no temporary left


@pytest.mark.parametrize("make, word", [
    (lambda: make_ranges(["nope"]), "nope"),
    (lambda: make_ranges(["pue"], custom={"pue": (1.5, 1.2)}), "empty"),
    (lambda: make_ranges(["pue"], custom={"capex_growth": (1, 2)}), "not varied"),
    (lambda: make_ranges([]), "at least one"),
    (lambda: SweepSpec(make_ranges(["pue"]), 0).check(), "samples"),
])
def test_bad_ranges_are_refused_with_one_line(make, word):
    with pytest.raises((RangeError, P.ParameterError), match=word):
        make()


def test_a_sweep_stopped_before_any_chunk_finished_keeps_the_previous_file(tmp_path, monkeypatch):
    out = tmp_path / "keep.parquet"
    run_sweep(spec(50), out)
    before = out.read_bytes()

    def interrupted(*args):
        raise KeyboardInterrupt
    monkeypatch.setattr(S, "run_chunk", interrupted)
    with pytest.raises(S.SweepInterrupted) as info:
        run_sweep(spec(500), out, chunk_rows=100)
    assert info.value.outcome.rows == 0
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["keep.parquet"]

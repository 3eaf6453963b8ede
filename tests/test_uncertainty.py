"""Uncertainty bands (issue 5): ordered percentiles, wider with wider spreads, reproducible,
bust probability, and no memory growth over repeated recomputation."""
import gc
import tracemalloc

import numpy as np
import pytest

from model import ParameterError, simulate
from model import parameters as P
from model.analysis.uncertainty import PERCENTILES, bands, draw_scenarios, triangle_limits
from model.outputs import ALL_COLUMNS

WATCHED = ("capex_total_busd", "power_shortfall_us_gw", "revenue_coverage_ratio",
           "debt_stock_busd", "stress_index", "us_ai_capex_share_gdp_pct")


@pytest.fixture(scope="module")
def default_bands():
    return bands({})


def test_percentiles_are_ordered_in_every_column_and_year(default_bands):
    assert set(default_bands.columns) == set(ALL_COLUMNS)
    for column, table in default_bands.columns.items():
        assert table.shape == (5, default_bands.years.size), column
        assert np.all(np.diff(table, axis=0) >= 0), column


def test_bands_are_the_percentiles_of_the_simulated_draws():
    values = {"capex_growth": 90, "power_buildout": 12}
    got = bands(values, n=300, seed=7, end_year=2040, columns=WATCHED)
    results = simulate(draw_scenarios(values, n=300, seed=7), end_year=2040)
    for column in WATCHED:
        expected = np.percentile(results[column], PERCENTILES, axis=0)
        np.testing.assert_allclose(got.columns[column], expected, rtol=1e-12, atol=1e-9)
    assert set(got.columns) == set(WATCHED)
    assert got.years[-1] == 2040


def test_wider_spreads_give_wider_bands(default_bands):
    wide = bands({}, spread_scale=2.0, columns=WATCHED)
    strictly_wider = False
    for column in WATCHED:
        narrow_width = default_bands.columns[column][4] - default_bands.columns[column][0]
        wide_width = wide.columns[column][4] - wide.columns[column][0]
        assert np.all(wide_width >= narrow_width - 1e-9), column
        strictly_wider |= bool(np.any(wide_width > narrow_width + 1e-6))
    assert strictly_wider


def test_zero_spread_collapses_the_bands_onto_the_scenario():
    values = {"monetization_speed": 25}
    flat = bands(values, n=50, spread_scale=0.0, columns=WATCHED)
    run = simulate(values)
    for column in WATCHED:
        for row in flat.columns[column]:
            np.testing.assert_allclose(row, run[column][0], rtol=1e-12)


def test_same_seed_same_bands_other_seed_other_bands(default_bands):
    again = bands({})
    other = bands({}, seed=99)
    for column in WATCHED:
        np.testing.assert_array_equal(again.columns[column], default_bands.columns[column])
    assert any(not np.array_equal(other.columns[c], default_bands.columns[c]) for c in WATCHED)


def test_draws_follow_the_triangles_around_the_current_values():
    values = {"capex_growth": 60, "interest_rate": 14.5}
    center = np.array([P.complete(values)[k] for k in P.keys()])
    draws = draw_scenarios(values, n=4000, seed=3)
    low, high = triangle_limits(center)
    assert draws.shape == (4000, len(P.keys()))
    assert np.all(draws >= low) and np.all(draws <= high)
    for i, p in enumerate(P.parameters()):
        assert low[i] >= p.min and high[i] <= p.max
        if p.spread == 0:
            assert np.all(draws[:, i] == center[i]), p.key
    # An unclipped triangle is symmetric about the current value; interest_rate 14.5 ± 1.5 is
    # clipped at its max 15, so its draws lean below the current value.
    col = P.keys().index("cost_of_capital")
    assert abs(draws[:, col].mean() - center[col]) < 0.05 * P.get("cost_of_capital").spread
    col = P.keys().index("interest_rate")
    assert draws[:, col].max() <= 15 and draws[:, col].mean() < 14.5 - 0.1


def test_bust_probability_is_a_share_and_higher_for_a_bubble():
    calm = bands({}, columns=("stress_index",))
    bubble = bands({"monetization_speed": 15}, columns=("stress_index",))
    for b in (calm, bubble):
        assert 0.0 <= b.bust_probability_by(2035) <= 1.0
        assert b.bust_probability_by(2030) <= b.bust_probability_by(2035)
    assert bubble.bust_probability_by(2035) > calm.bust_probability_by(2035) + 0.3
    # Against a direct count over the same draws.
    results = simulate(draw_scenarios({"monetization_speed": 15}))
    busts = np.asarray(results["bust_year"])
    assert bubble.bust_probability_by(2035) == np.mean((busts > 0) & (busts <= 2035))


def test_bands_know_which_scenario_they_belong_to(default_bands):
    assert default_bands.is_for({})
    assert not default_bands.is_for({"capex_growth": 76})
    lo, hi = default_bands.band("stress_index", 25, 75)
    assert np.all(lo <= default_bands.median("stress_index"))
    assert np.all(default_bands.median("stress_index") <= hi)


def test_bad_input_is_refused():
    with pytest.raises(ParameterError):
        bands({"capex_growth": 500})
    with pytest.raises(ParameterError):
        draw_scenarios({}, n=0)
    with pytest.raises(ParameterError):
        draw_scenarios({}, spread_scale=-1)
    with pytest.raises(KeyError):
        bands({}, n=10, columns=("no_such_column",))


def test_memory_does_not_grow_over_repeated_recomputation():
    """At most 17 KB kept per call (one result's arrays, were they kept, are over 50 KB)."""
    # tracemalloc slows numpy several-fold: 200 draws a call (what a call keeps, the percentile
    # bands, does not depend on the number of draws), the same bound per call
    calls = 3
    bands({"capex_growth": 70}, n=200)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(calls):
            result = bands({"capex_growth": 40 + i}, n=200)
        del result
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert after - before < calls * 17 * 1024


def test_bands_computed_in_parallel_threads_equal_the_serial_ones():
    """The window computes bands in a worker thread while the event loop runs the model: calls
    share no state, so concurrent results equal serial ones bit for bit."""
    from concurrent.futures import ThreadPoolExecutor
    centres = [{"capex_growth": 40 + 10 * i, "power_buildout": 5 + i} for i in range(8)]
    serial = [bands(c, n=200, columns=WATCHED) for c in centres]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(lambda c: bands(c, n=200, columns=WATCHED), centres))
    for c, s, p in zip(centres, serial, parallel):
        assert p.is_for(c)
        np.testing.assert_array_equal(p.bust_years, s.bust_years)
        for column in WATCHED:
            np.testing.assert_array_equal(p.columns[column], s.columns[column])


def test_the_chance_of_a_bust_by_a_year_counts_busts_in_that_year():
    """bust_probability_by(year): the share of draws whose investors lose patience 'in or
    before' the year (its doc); a bust year of 0 is no bust. Four draws counted by hand.
    (Leaving out busts in the year itself passed every other test.)"""
    from model.analysis.uncertainty import Bands
    drawn = Bands(years=np.arange(2024, 2036), columns={}, center=P.default_vector(),
                  bust_years=np.array([0, 2028, 2030, 2031]), n=4, seed=0, spread_scale=1.0)
    assert [drawn.bust_probability_by(y) for y in (2027, 2028, 2029, 2030, 2031)] \
        == [0.0, 0.25, 0.25, 0.5, 0.75]

"""The Qt-free view helpers: slider steps, stacked areas, shortfall bands, formatting."""
import numpy as np
import pytest

from model import parameters as P
from model import simulate, view


@pytest.mark.parametrize("p", P.parameters(), ids=lambda p: p.key)
def test_slider_steps_cover_the_range_and_round_trip(p):
    n = view.step_count(p)
    assert view.value_at_step(p, 0) == pytest.approx(p.min)
    assert view.value_at_step(p, n) == pytest.approx(p.max)
    assert view.value_at_step(p, view.step_of_value(p, p.default)) == pytest.approx(p.default)
    for i in (0, n // 3, n):
        assert view.step_of_value(p, view.value_at_step(p, i)) == i
        p.check(view.value_at_step(p, i))   # every slider position is a valid value


def test_slider_index_is_clipped():
    p = P.get("power_buildout")          # 1..30 step 0.25
    assert view.value_at_step(p, -5) == 1.0
    assert view.value_at_step(p, 10_000) == 30.0
    assert view.step_of_value(p, 99) == view.step_count(p)
    assert view.value_at_step(p, 3) == 1.75


def test_decimals_and_formatting():
    assert view.decimals(P.get("capex_growth")) == 0
    assert view.decimals(P.get("power_buildout")) == 2       # step 0.25
    assert view.decimals(P.get("interest_rate")) == 3        # step 0.125
    assert view.decimals(P.get("useful_life")) == 2          # step 0.05


def test_stack_gives_running_totals():
    r = simulate({})
    cols = ["capex_us_busd", "capex_china_busd", "capex_eu_busd", "capex_uk_busd", "capex_row_busd"]
    edges = view.stack([r[c][0] for c in cols])
    assert np.array_equal(edges[0], r["capex_us_busd"][0])
    assert np.allclose(edges[-1], r["capex_total_busd"][0])
    assert all((b >= a).all() for a, b in zip(edges, edges[1:]))


def test_shortfall_band_is_zero_width_where_there_is_no_shortfall():
    need = np.array([1.0, 5.0, 3.0])
    have = np.array([2.0, 2.0, 3.0])
    lower, upper = view.shortfall_band(need, have)
    assert lower.tolist() == [2.0, 2.0, 3.0]
    assert upper.tolist() == [2.0, 5.0, 3.0]


def test_year_index():
    years = np.arange(2024, 2051)
    assert view.year_index(years, 2030.4) == 6
    assert view.year_index(years, 2023.2) is None
    assert view.year_index(years, 2051) is None
    assert view.year_index(years, float("nan")) is None


def test_between_runs_every_parameter_in_a_straight_line_from_old_to_new():
    from model import parameters as P
    from model.view import between
    old = P.defaults()
    new = dict(old, capex_growth=old["capex_growth"] + 40, interest_rate=old["interest_rate"] - 2)
    frames = between(old, new, 5)
    assert len(frames) == 5 and frames[0] == old and frames[-1] == new
    assert [f["capex_growth"] - old["capex_growth"] for f in frames] == [0, 10, 20, 30, 40]
    assert frames[2]["interest_rate"] == old["interest_rate"] - 1
    assert all(f["power_buildout"] == old["power_buildout"] for f in frames)


def test_one_scenario_of_a_batch_is_that_scenario_alone():
    import model
    from model import parameters as P
    from model.view import one_scenario
    sets = [P.complete({"capex_growth": g}) for g in (40, 120)]
    batch = model.simulate(sets)
    second = one_scenario(batch, 1)
    alone = model.simulate(sets[1])
    assert second.n == 1 and second.bust_year(0) == alone.bust_year(0)
    assert (second["capex_total_busd"] == alone["capex_total_busd"]).all()

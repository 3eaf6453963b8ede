"""'What changed?' attribution (issue 6): Shapley parts add up, irrelevant parameters get zero."""
from itertools import permutations

import numpy as np
import pytest

import model.analysis.attribution as attribution_module

from model import headlines, simulate
from model import parameters as P
from model.analysis.attribution import attribute
from model.analysis.baseline import assumption_baseline
from model.analysis.metrics import HEADLINE_KEYS

CHANGED = {"capex_growth": 110, "monetization_speed": 25, "gdp_multiplier": 1.5}
THREE = {"capex_growth": 110, "monetization_speed": 25, "circular_share": 30}   # all matter
# Twelve changes, enough to switch to sampled orders.
TWELVE = {"capex_growth": 100, "monetization_speed": 30, "power_buildout": 10,
          "capex_fade_halflife": 3, "backlog_cancel_rate": 40, "interconnection_lag": 4,
          "capex_per_gw": 50, "useful_life": 4, "efficiency_gain": 30, "revenue_potential": 5000,
          "circular_share": 25, "gdp_multiplier": 1.5}


def strip_value(values, key):
    value = headlines(simulate(values))[key].value
    return 2051.0 if value is None else value


@pytest.fixture
def raw_shapley(monkeypatch):
    """Switch off the rounding-residual fix-up, so that the sums test the Shapley arithmetic."""
    monkeypatch.setattr(attribution_module, "_absorb_residual", lambda parts, total: None)


def assert_parts_add_up(a):
    for h in HEADLINE_KEYS:
        if a.event(h):          # appears or disappears: parts of whether it happens (±1)
            assert abs(a.parts[h].sum() - a.event(h)) <= 1e-9 and a.total(h) == a.event(h), h
            continue
        total = a.current[h] - a.baseline[h]
        scale = max(abs(a.current[h]), abs(a.baseline[h]), 1.0)
        assert abs(a.parts[h].sum() - total) <= 1e-9 * max(abs(total), 1e-3 * scale), h
        assert a.total(h) == total


def test_parts_add_up_to_the_change_of_each_headline(raw_shapley):
    a = attribute(CHANGED)
    assert a.exact and a.keys == ("capex_growth", "monetization_speed", "gdp_multiplier")
    assert_parts_add_up(a)
    assert_parts_add_up(attribute(THREE))
    for h in HEADLINE_KEYS:
        assert a.baseline[h] == pytest.approx(strip_value({}, h), rel=1e-12)
        assert a.current[h] == pytest.approx(strip_value(CHANGED, h), rel=1e-12)


def test_a_parameter_that_does_not_matter_gets_zero():
    a = attribute(CHANGED)
    # The investment multiplier only scales the GDP-growth contribution, which is no headline.
    for h in HEADLINE_KEYS:
        assert a.parts[h][a.keys.index("gdp_multiplier")] == 0.0
    # The debt mix changes how much is borrowed, so it moves peak debt.
    b = attribute({"capex_growth": 110, "mix_debt": 80})
    assert b.parts["peak_debt_busd"][b.keys.index("mix_debt")] != 0.0


def test_two_parameter_shapley_matches_the_textbook_formula():
    change = {"capex_growth": 120, "monetization_speed": 20}
    a = attribute(change)
    h = "peak_stress"
    v0 = strip_value({}, h)
    v1 = strip_value({"capex_growth": 120}, h)
    v2 = strip_value({"monetization_speed": 20}, h)
    v12 = strip_value(change, h)
    expected_capex = 0.5 * ((v1 - v0) + (v12 - v2))
    expected_speed = 0.5 * ((v2 - v0) + (v12 - v1))
    got = dict(a.ranked(h))
    assert got["capex_growth"] == pytest.approx(expected_capex, rel=1e-9)
    assert got["monetization_speed"] == pytest.approx(expected_speed, rel=1e-9)


def test_three_parameter_shapley_is_the_average_over_all_orders():
    a = attribute(THREE)
    keys = list(THREE)
    for h in ("peak_stress", "peak_debt_busd", "bust_year"):
        brute = dict.fromkeys(keys, 0.0)
        orders = list(permutations(keys))
        for order in orders:
            done = {}
            before = strip_value(done, h)
            for key in order:
                done[key] = THREE[key]
                after = strip_value(done, h)
                brute[key] += (after - before) / len(orders)
                before = after
        got = dict(a.ranked(h))
        for key in keys:
            assert got[key] == pytest.approx(brute[key], rel=1e-9, abs=1e-9), (h, key)


def test_one_changed_parameter_takes_the_whole_change():
    a = attribute({"circular_share": 30})
    for h in HEADLINE_KEYS:
        assert a.parts[h][0] == pytest.approx(a.total(h), rel=1e-12, abs=1e-12)


def test_sampled_shapley_adds_up_and_agrees_with_the_exact_values(raw_shapley):
    small = dict(list(TWELVE.items())[:5])
    exact = attribute(small)
    sampled = attribute(small, exact_limit=0, n_permutations=600)
    assert exact.exact and not sampled.exact and sampled.permutations == 600
    assert_parts_add_up(sampled)
    for h in ("peak_stress", "cum_capex_2025_2030", "peak_debt_busd", "peak_shortfall_gw"):
        scale = np.abs(exact.parts[h]).max()
        np.testing.assert_allclose(sampled.parts[h], exact.parts[h], atol=0.1 * scale + 1e-9)


def test_many_changes_are_sampled_and_still_add_up(raw_shapley):
    a = attribute(TWELVE)
    assert not a.exact and len(a.keys) == 12
    assert_parts_add_up(a)
    assert a.parts["cum_capex_2025_2030"][a.keys.index("gdp_multiplier")] == 0.0
    again = attribute(TWELVE)                       # fixed seed: the chart does not flicker
    np.testing.assert_array_equal(again.parts["peak_stress"], a.parts["peak_stress"])


def test_against_the_assumption_baseline_only_the_levers_differ():
    values = {"capex_growth": 100, "power_buildout": 12, "circular_share": 30, "useful_life": 3}
    base = assumption_baseline(values)
    assert base["circular_share"] == 30 and base["useful_life"] == 3
    for key in P.PRIMARY_KEYS:
        assert base[key] == P.get(key).default
    a = attribute(values, baseline=base)
    assert a.keys == ("capex_growth", "power_buildout")
    assert_parts_add_up(a)


def test_no_change_means_no_parts():
    a = attribute({"capex_growth": P.get("capex_growth").default})
    assert a.keys == ()
    for h in HEADLINE_KEYS:
        assert a.total(h) == 0.0 and a.parts[h].size == 0


def test_a_single_headline_may_be_given_as_a_string():
    a = attribute({"capex_growth": 110}, headlines="peak_stress")
    assert set(a.parts) == {"peak_stress"}
    assert a.parts["peak_stress"][0] == pytest.approx(
        strip_value({"capex_growth": 110}, "peak_stress") - strip_value({}, "peak_stress"),
        rel=1e-12)


def test_with_two_changes_two_sampled_orders_are_exact():
    """The sampled Shapley values take each random order together with its reverse (module
    doc: antithetic pairs). With two changed parameters an order and its reverse are the only
    two orders there are, so two sampled orders give the exact values. (Taking the same order
    twice passed every other test: mutation spot-check.)"""
    two = {"capex_growth": 110, "monetization_speed": 25}
    exact = attribute(two, headlines="peak_stress")
    for seed in range(4):
        sampled = attribute(two, headlines="peak_stress", exact_limit=0, n_permutations=2,
                            seed=seed)
        assert not sampled.exact and sampled.permutations == 2
        np.testing.assert_allclose(sampled.parts["peak_stress"], exact.parts["peak_stress"],
                                   rtol=1e-9, atol=1e-9)


def test_the_parts_are_ranked_by_size_whatever_their_sign_and_a_change_to_zero_counts():
    """ranked(): largest |part| first, so a large part against the change leads a small one
    with it; a parameter set to 0 is a change like any other. (Ranking by signed value, and
    missing a parameter changed to 0, passed every other test: mutation spot-check.)"""
    a = attribute(dict(CHANGED, entry_response=0.0))
    assert "entry_response" in a.keys
    for h in HEADLINE_KEYS:
        sizes = [abs(part) for _, part in a.ranked(h)]
        assert sizes == sorted(sizes, reverse=True), (h, a.ranked(h))
    mixed = [h for h in HEADLINE_KEYS
             if min(a.parts[h]) < 0 < max(a.parts[h]) and abs(min(a.parts[h])) > 1e-9]
    assert mixed, "no headline whose parts have both signs: choose other changes"

"""Sensitivity tornado (issue 5) and the numeric headline values it ranks."""
import numpy as np
import pytest

from model import headlines, simulate
from model import parameters as P
from model.analysis.sensitivity import HEADLINE_KEYS, headline_values, tornado

SCENARIO = {"capex_growth": 90, "monetization_speed": 30}


def direct_headline(values, key, end_year=2050):
    """The headline from model.outputs.headlines, with none/never as end_year + 1."""
    value = headlines(simulate(values, end_year=end_year))[key].value
    return end_year + 1.0 if value is None else value


@pytest.fixture(scope="module")
def swings():
    """Every parameter at its min and its max (the rest at SCENARIO), and SCENARIO itself, run
    as one batch of plain model runs (a batch row equals a single run: test_model_behaviour)."""
    rows = [SCENARIO] + [{**SCENARIO, p.key: v} for p in P.parameters() for v in (p.min, p.max)]
    return simulate(rows)


def swing_headline(results, i: int, key: str, end_year: int = 2050) -> float:
    """Headline `key` of row i, with none/never as end_year + 1."""
    value = headlines(results, i)[key].value
    return end_year + 1.0 if value is None else value


@pytest.mark.parametrize("key", ["peak_stress", "bust_year", "cum_capex_2025_2030"])
def test_tornado_matches_swinging_each_parameter_on_its_own(key, swings):
    bars = tornado(SCENARIO, key)
    assert sorted(b.key for b in bars) == sorted(P.keys())
    base = swing_headline(swings, 0, key)
    assert base == direct_headline(SCENARIO, key)
    direct = {}
    for j, p in enumerate(P.parameters()):
        low = swing_headline(swings, 1 + 2 * j, key)
        high = swing_headline(swings, 2 + 2 * j, key)
        direct[p.key] = (low, high, max(low, high, base) - min(low, high, base))
    for bar in bars:
        low, high, _ = direct[bar.key]
        assert bar.base == pytest.approx(base, rel=1e-12)
        assert bar.value_at_low_param == pytest.approx(low, rel=1e-12), bar.key
        assert bar.value_at_high_param == pytest.approx(high, rel=1e-12), bar.key
        assert (bar.low_value, bar.high_value) == (P.get(bar.key).min, P.get(bar.key).max)
        assert bar.label == P.get(bar.key).label
    effects = [direct[b.key][2] for b in bars]
    assert effects == sorted(effects, reverse=True)
    assert effects[0] > 0


def test_tornado_can_be_limited_to_some_parameters():
    bars = tornado({}, "peak_shortfall_gw", keys=["power_buildout", "gdp_multiplier", "capex_growth"])
    # the investment multiplier only scales the GDP-growth contribution, not the power shortfall
    assert [b.key for b in bars][-1] == "gdp_multiplier"
    assert bars[-1].effect == 0.0
    assert {b.key for b in bars[:2]} == {"power_buildout", "capex_growth"}


def test_unknown_headline_is_refused():
    with pytest.raises(KeyError):
        tornado({}, "peak_happiness")


def test_headline_values_agree_with_the_headline_strip():
    scenarios = [{}, {"monetization_speed": 15}, {"capex_growth": 150, "monetization_speed": 10},
                 {"power_buildout": 30, "monetization_speed": 90}]
    results = simulate(scenarios, end_year=2045)
    values = headline_values(results)
    assert set(values) == set(HEADLINE_KEYS)
    for i in range(len(scenarios)):
        strip = headlines(results, i)
        for key in HEADLINE_KEYS:
            assert values[key].shape == (len(scenarios),)
            expected = 2046.0 if strip[key].value is None else strip[key].value
            assert values[key][i] == pytest.approx(expected, rel=1e-12), (i, key)
    # The scenarios include both a bust and none, so the stand-in is exercised.
    assert 2046.0 in values["bust_year"] and np.any(values["bust_year"] < 2046)


def test_a_single_key_may_be_given_as_a_string():
    """A bare string is one parameter key, not a sequence of one-letter keys."""
    bars = tornado({}, "peak_shortfall_gw", keys="power_buildout")
    assert [b.key for b in bars] == ["power_buildout"] and bars[0].effect > 0

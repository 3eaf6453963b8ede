"""The vectorised engine agrees with an independent plain-Python loop of the same equations."""
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.scalar_model import run_scalar
from model import parameters as P, simulate

FIELDS = {p.key: st.floats(min_value=p.min, max_value=p.max, allow_nan=False)
          for p in P.parameters()}


def _compare(values):
    vec = simulate(values)
    ref = run_scalar(values)
    for name, series in ref.items():
        if name == "bust_year":
            assert int(vec["bust_year"][0]) == series
            continue
        assert np.allclose(vec[name][0], series, rtol=1e-9, atol=1e-9), name


def test_default_scenario_matches_the_loop():
    _compare({})


def test_presets_with_a_bust_match_the_loop():
    _compare({"monetization_speed": 15, "revenue_potential": 2000})
    _compare({"power_buildout": 1, "us_power_queued_gw": 1, "backlog_cancel_rate": 0})


@settings(max_examples=40, deadline=None)
@given(st.fixed_dictionaries(FIELDS))
def test_random_scenarios_match_the_loop(values):
    _compare(values)

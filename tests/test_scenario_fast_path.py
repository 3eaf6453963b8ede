"""The one-scenario fast path of `model.scenario.vector` (a full set of plain floats, checked in one
vectorised range test, as the window recomputes at every slider step) gives the same scenario
and the same results as the key-by-key path, and refuses everything the key-by-key path refuses
with the same message."""
from __future__ import annotations

import math

import numpy as np
import pytest

from model import engine, parameters as P, presets, scenario, simulate

NAMED = [("default", {})] + [(p.slug, p.values) for p in presets.all_presets()]


def _key_by_key(values: dict) -> np.ndarray:
    """The scenario row built the slow way: every value checked alone, defaults filled in."""
    full = P.complete(values)
    return np.array([full[k] for k in P.keys()], dtype=float)


@pytest.mark.parametrize("name, values", NAMED, ids=[n for n, _ in NAMED])
def test_fast_path_gives_the_same_scenario_and_results(name, values):
    full = P.complete(values)                          # what the window holds: all keys, floats
    assert scenario._full_float_row(full) is not None, "the fast path was not taken"
    expected_row = _key_by_key(values)
    assert np.array_equal(scenario.vector(full), expected_row)
    fast = simulate(full)
    slow = engine.run(expected_row[None, :])
    assert set(fast.arrays) == set(slow)
    for column, array in slow.items():
        np.testing.assert_allclose(fast[column], array, rtol=1e-12, atol=1e-12, err_msg=column)


def _refusal(values: dict) -> str:
    with pytest.raises(P.ParameterError) as caught:
        simulate(values)
    return str(caught.value)


@pytest.mark.parametrize("bad", [-1e-3, 1e9, math.nan, math.inf, -math.inf])
def test_full_set_with_a_bad_float_is_refused_naming_key_and_range(bad):
    values = P.complete({})
    values["capex_growth"] = bad
    message = _refusal(values)
    assert message.startswith("capex_growth: ")
    assert P.get("capex_growth").range_text() in message


def test_full_set_with_an_extra_key_is_refused_and_with_a_missing_key_completed():
    values = P.complete({})
    assert "unknown parameter 'nope'" in _refusal({**values, "nope": 1.0})
    values.pop("pue")
    assert simulate(values)["capex_total_busd"].shape[0] == 1
    assert scenario.vector(values)[P.keys().index("pue")] == P.get("pue").default


def test_full_set_with_other_types_takes_the_checked_path():
    values = P.complete({})
    assert "not a finite number" in _refusal({**values, "capex_growth": True})
    assert "not a number" in _refusal({**values, "capex_growth": "sixty"})
    typed = {**values, "capex_growth": "60", "pue": np.float64(values["pue"])}
    plain = {**values, "capex_growth": 60.0}
    assert np.array_equal(scenario.vector(typed), scenario.vector(plain))

"""The assumption baseline (issue 6) and the shared helpers of model.analysis."""
import numpy as np
import pytest

from model import ParameterError, simulate
from model import parameters as P
from model.analysis.baseline import assumption_baseline
from model.analysis.metrics import as_vector, evaluate, is_stand_in


def test_assumption_baseline_resets_only_the_primary_levers():
    values = {"capex_growth": 30, "monetization_speed": 70, "power_buildout": 20,
              "useful_life": 3, "interest_rate": 9}
    base = assumption_baseline(values)
    assert set(base) == set(P.keys())
    for key in P.PRIMARY_KEYS:
        assert base[key] == P.get(key).default
    assert base["useful_life"] == 3 and base["interest_rate"] == 9
    untouched = set(P.keys()) - set(values)
    assert all(base[k] == P.get(k).default for k in untouched)
    assert values["capex_growth"] == 30                     # the caller's mapping is not changed


def test_assumption_baseline_of_the_defaults_is_the_defaults():
    assert assumption_baseline({"capex_growth": 10}) == P.defaults()


def test_assumption_baseline_refuses_bad_values():
    with pytest.raises(ParameterError):
        assumption_baseline({"useful_life": 99})
    with pytest.raises(ParameterError):
        assumption_baseline({"no_such_key": 1})


def test_as_vector_accepts_mappings_and_arrays_and_checks_them():
    vec = as_vector({"capex_growth": 50})
    assert vec[P.keys().index("capex_growth")] == 50
    np.testing.assert_array_equal(as_vector(vec), vec)
    with pytest.raises(ParameterError):
        as_vector(np.zeros(3))
    with pytest.raises(ParameterError):
        as_vector(np.tile(vec, (2, 1)))


def test_evaluate_in_chunks_equals_one_batch(monkeypatch):
    import model.analysis.metrics as metrics
    matrix = np.tile(P.default_vector(), (7, 1))
    matrix[:, P.keys().index("capex_growth")] = np.linspace(0, 150, 7)
    whole = evaluate(matrix)
    monkeypatch.setattr(metrics, "CHUNK", 3)
    chunked = metrics.evaluate(matrix)
    for key in whole:
        np.testing.assert_array_equal(whole[key], chunked[key])
    one = simulate(matrix[3:4])              # the peak of the scenario's years, from 2025
    assert whole["peak_stress"][3] == one["stress_index"][:, one.years >= 2025].max()


def test_stand_in_years_are_recognised():
    assert is_stand_in("bust_year", 2051.0, 2050) and is_stand_in("coverage_year", 2061.0, 2060)
    assert not is_stand_in("bust_year", 2050.0, 2050)
    assert not is_stand_in("peak_stress", 2051.0, 2050)


def test_an_event_in_the_last_year_has_happened_and_the_stand_in_has_not():
    """A bust in the run's last year happened within the run (the 'Why?' bars of a bust year
    count it); only the stand-in, end year + 1, means 'never'. (An event in the last year read
    as not happened passed every other test.)"""
    from model.analysis.metrics import happened
    years = np.array([2030.0, 2049.0, 2050.0, 2051.0])
    assert happened(years, 2050).tolist() == [True, True, True, False]
    assert happened(years, 2049).tolist() == [True, True, False, False]

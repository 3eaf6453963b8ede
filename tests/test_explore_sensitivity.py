"""Global sensitivity (model/explore/sensitivity.py, SALib): Sobol' indices of the Ishigami
function against their analytic values, and the headline wrapper's shape and checks."""
import math

import numpy as np
import pytest
from SALib.test_functions import Ishigami

from model.explore.sampling import RangeError, make_ranges
from model.explore.sensitivity import headline_sensitivity, sobol_indices


def ishigami_analytic(a=7.0, b=0.1):
    """First-order and total indices of Ishigami (Sobol' & Levitan 1999), from its variance
    decomposition."""
    pi4 = math.pi ** 4
    v1 = 0.5 * (1 + b * pi4 / 5) ** 2
    v2 = a ** 2 / 8
    v13 = b ** 2 * math.pi ** 8 * (1 / 18 - 1 / 50)
    v = v1 + v2 + v13
    return {"x1": (v1 / v, (v1 + v13) / v), "x2": (v2 / v, v2 / v), "x3": (0.0, v13 / v)}


def test_sobol_indices_of_ishigami_match_the_analytic_values_within_the_confidence():
    got = sobol_indices(Ishigami.evaluate, ["x1", "x2", "x3"], [-math.pi] * 3, [math.pi] * 3,
                        samples=4096, seed=3)
    truth = ishigami_analytic()
    assert [i.key for i in got] == ["x1", "x2", "x3"]            # sorted by total effect
    for index in got:
        s1, st = truth[index.key]
        assert abs(index.s1 - s1) <= index.s1_conf, index
        assert abs(index.st - st) <= index.st_conf, index
        assert 0 < index.st_conf < 0.1 and 0 < index.s1_conf < 0.1


def test_headline_sobol_covers_the_varied_parameters_only():
    ranges = make_ranges(["patience_years", "capex_growth", "pue"])
    got = headline_sensitivity("peak_stress", ranges, "sobol", samples=16)
    assert sorted(i.key for i in got) == sorted(ranges.keys)
    assert all(np.isfinite(i.st) and i.st_conf >= 0 for i in got)
    morris = headline_sensitivity("peak_stress", ranges, "morris", samples=4)
    assert sorted(i.key for i in morris) == sorted(ranges.keys)
    assert all(i.mu_star >= 0 and i.s1 is None for i in morris)


@pytest.mark.parametrize("kwargs, word", [
    ({"samples": 100}, "power of"), ({"method": "fast"}, "method"), ({"headline": "nope"}, "headline"),
])
def test_bad_sensitivity_requests_are_refused(kwargs, word):
    args = {"headline": "peak_stress", "method": "sobol", "samples": 16, **kwargs}
    with pytest.raises(RangeError, match=word):
        headline_sensitivity(args.pop("headline"), make_ranges(["pue"]), **args)


@pytest.mark.parametrize("method", ["sobol", "morris"])
def test_a_figure_that_never_changes_is_named_without_a_library_warning(method):
    """SALib divides by the figure's standard deviation: a constant figure gave a numpy
    RuntimeWarning and indices of 0 ± 0 that look like a measurement."""
    import warnings
    from model.explore.sensitivity import ConstantFigure, morris_indices
    fn = sobol_indices if method == "sobol" else morris_indices
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)   # numpy's warning fails the test
        with pytest.raises(ConstantFigure) as info:
            fn(lambda x: np.full(len(x), 7.5), ["a", "b"], [0, 0], [1, 1], 8, figure="fig")
    assert "fig does not change across the sample (it is 7.5 in all" in str(info.value)
    assert info.value.value == 7.5 and info.value.runs > 0


def test_a_headline_that_never_changes_says_so_in_its_own_words():
    import pickle
    import warnings
    from model.explore.sensitivity import ConstantFigure
    # the bust year of the default scenario (no bust by 2050) does not move with PUE 1.10-1.11
    ranges = make_ranges(["pue"], None, {"pue": ("1.1", "1.11")})
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        with pytest.raises(ConstantFigure) as info:
            headline_sensitivity("bust_year", ranges, "sobol", samples=16)
    error = info.value
    assert error.figure == "bust_year" and error.runs == 16 * (1 + 2)     # Saltelli: N (D + 2)
    assert "(it is none by 2050 in all 48 runs)" in str(error), str(error)
    assert "--params" in str(error) and "--range" in str(error)
    again = pickle.loads(pickle.dumps(error))        # raised in a worker process, read here
    assert (type(again), str(again), again.value, again.runs) == (
        ConstantFigure, str(error), error.value, error.runs)


def test_a_nearly_constant_but_varying_figure_is_still_measured():
    got = sobol_indices(lambda x: 1000.0 + 1e-6 * x[:, 0], ["a", "b"], [0, 0], [1, 1], 64)
    assert got[0].key == "a" and got[0].st > 0.9

"""The controller's recent runs (gui.controller.RecentRuns): the same values give the same
Results without a second model run; other values, a changed parameter table or values that are
not plain numbers are run by the model."""
import numpy as np

import model
from gui.controller import RecentRuns
from model import parameters as P


def _same_results(a, b) -> bool:
    return a.arrays.keys() == b.arrays.keys() and all(
        np.array_equal(a[c], b[c]) for c in a.arrays)


def test_the_same_values_again_come_from_memory_and_equal_a_fresh_run():
    runs = RecentRuns(size=4)
    values = P.defaults()
    first = runs.simulate(values)
    again = runs.simulate(dict(values))
    assert again is first and runs.hits == 1
    assert _same_results(again, model.simulate(values))


def test_other_values_are_run_and_give_their_own_results():
    runs = RecentRuns(size=4)
    values = P.defaults()
    other = dict(values, capex_growth=values["capex_growth"] + 10)
    a, b = runs.simulate(values), runs.simulate(other)
    assert runs.hits == 0 and a is not b
    assert _same_results(b, model.simulate(other))
    assert not np.array_equal(a["capex_total_busd"], b["capex_total_busd"])
    signed = dict(values, capex_growth=0.0)           # 0.0 and -0.0: two sets, each run
    runs.simulate(signed)
    runs.simulate(dict(values, capex_growth=-0.0))
    assert runs.hits == 0


def test_only_the_last_runs_are_kept():
    runs = RecentRuns(size=2)
    base = P.defaults()
    sets = [dict(base, capex_growth=base["capex_growth"] + i) for i in range(3)]
    for values in sets:
        runs.simulate(values)
    runs.simulate(sets[2])
    runs.simulate(sets[1])
    assert runs.hits == 2
    runs.simulate(sets[0])                            # the oldest was forgotten: run again
    assert runs.hits == 2


def test_a_changed_parameter_table_forgets_the_runs():
    runs = RecentRuns(size=4)
    values = P.defaults()
    first = runs.simulate(values)
    P.keys.cache_clear()                              # what P.use_table does
    again = runs.simulate(values)
    assert again is not first and runs.hits == 0


def test_values_that_are_not_plain_numbers_are_run_and_not_kept():
    runs = RecentRuns(size=4)
    values = dict(P.defaults(), capex_growth="60")
    try:
        runs.simulate(values)
    except model.ParameterError:
        pass                                          # the model's own message, as before
    assert runs.hits == 0 and not runs._runs

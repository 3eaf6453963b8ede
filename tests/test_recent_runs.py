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


def _key_at(key: str, index: int) -> float:
    from model import view
    p = P.get(key)
    return p.check(view.value_at_step(p, index))


def test_values_run_ahead_in_one_batch_are_remembered_and_equal_single_runs():
    runs = RecentRuns(size=16)
    values = dict(P.defaults(), capex_growth=_key_at("capex_growth", 40))
    ahead = [_key_at("capex_growth", i) for i in (41, 42, 43, 44, 45)]
    asked = []
    first = runs.simulate(values, lambda: asked.append(1) or ("capex_growth", ahead))
    assert asked and runs.batches == 1 and runs.hits == 0
    assert _same_results(first, model.simulate(values)) and first.n == 1
    for value in ahead:
        other = dict(values, capex_growth=value)
        got = runs.simulate(other)
        assert got.n == 1 and _same_results(got, model.simulate(other)), value
        assert runs.simulate(dict(other)) is got      # made once, then the same object
    assert runs.hits == 2 * len(ahead) and runs.batches == 1
    # remembered values ask for nothing ahead, and what is remembered is not run again
    runs.simulate(values, lambda: asked.append(2) or ("capex_growth", ahead))
    assert asked == [1]
    runs.simulate(dict(values, capex_growth=_key_at("capex_growth", 46)),
                  lambda: ("capex_growth", ahead))
    assert runs.batches == 1                          # all of `ahead` known: a single run


def test_nothing_is_run_ahead_while_the_model_runs_plain(monkeypatch):
    from model import year_loop
    monkeypatch.setattr(year_loop, "runs_plain", lambda: True)
    runs = RecentRuns(size=16)
    values = P.defaults()
    runs.simulate(values, lambda: ("capex_growth", [_key_at("capex_growth", 3)]))
    assert runs.batches == 0 and len(runs._runs) == 1


def test_varied_scenarios_are_range_checked():
    from model import scenario
    matrix = scenario.varied(P.defaults(), "capex_growth", [10.0, 20.0])
    assert matrix.shape == (2, len(P.keys()))
    assert list(matrix[:, P.index()["capex_growth"]]) == [10.0, 20.0]
    try:
        scenario.varied(P.defaults(), "capex_growth", [10.0, P.get("capex_growth").max + 1])
    except model.ParameterError as error:
        assert "capex_growth" in str(error)
    else:
        raise AssertionError("a value out of range was accepted")


def _remembered(controller, key: str) -> set:
    """The values of `key` in the controller's recent runs whose other values are current."""
    out = set()
    index = P.keys().index(key)
    for names, packed in controller.runs._runs:
        row = np.frombuffer(packed)
        others = dict(zip(names, row))
        others.pop(key)
        if all(others[k] == v for k, v in controller.values.items() if k != key):
            out.add(float(row[index]))
    return out


def test_a_held_slider_runs_its_next_positions_ahead_and_a_typed_value_does_not(qapp):
    from gui.controller import AHEAD_MOST, AHEAD_STEPS, Controller
    key = "capex_growth"
    controller = Controller()
    controller.set_value(key, _key_at(key, 50))       # typed: one run, nothing ahead
    controller.flush()
    assert controller.runs.batches == 0
    controller.begin_drag(key)
    controller.preview_value(key, _key_at(key, 52))   # a step of 2 up: 4 steps ahead, 8 values
    controller.flush()
    assert controller.runs.batches == 1
    assert _remembered(controller, key) == {P.get(key).default} | {
        _key_at(key, i) for i in (50,) + tuple(range(52, 61))}
    hits = controller.runs.hits
    for i in (54, 56, 58, 60):                        # the next steps come from memory
        controller.preview_value(key, _key_at(key, i))
        controller.flush()
    assert controller.runs.hits == hits + 4 and controller.runs.batches == 1
    controller.preview_value(key, _key_at(key, 55))   # back down, one step of 5: runs 5 ahead
    controller.flush()
    assert controller.runs.hits == hits + 5           # 55 itself was run ahead before
    controller.preview_value(key, _key_at(key, 30))   # a long step down: AHEAD_MOST values
    controller.flush()
    assert controller.runs.batches == 2
    assert {_key_at(key, i) for i in range(30 - AHEAD_MOST, 30)} <= _remembered(controller, key)
    assert AHEAD_STEPS * 25 > AHEAD_MOST
    controller.end_drag(key)


def test_the_positions_run_ahead_end_at_the_slider_s_end(qapp):
    from gui.controller import Controller
    from model import view
    key = "capex_growth"
    top = view.step_count(P.get(key))
    controller = Controller()
    controller.begin_drag(key)
    controller.preview_value(key, _key_at(key, top - 3))
    controller.flush()
    controller.preview_value(key, _key_at(key, top - 1))
    controller.flush()
    remembered = _remembered(controller, key)
    assert _key_at(key, top) in remembered and len(
        [v for v in remembered if v > _key_at(key, top - 1)]) == 1
    controller.end_drag(key)

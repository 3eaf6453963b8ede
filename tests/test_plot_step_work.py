"""A slider step's work beside the paint (issue 13, docs/PERFORMANCE.md): what a step leaves
unchanged is not set again. The bust marker is moved only when the bust year (or the side
its label goes on) changes, and the series are handed the same year array while the years
stay, so they know their x unchanged without comparing it. What the plots show still follows
every change."""
import copy

import pytest

from model import parameters as P
from model import simulate

KEY = "monetization_speed"


@pytest.fixture
def grid(fresh_window):
    """The plot grid of a window in a new window's state, shown again with its own results
    after the test."""
    yield fresh_window.plot_grid
    fresh_window.plot_grid.show_results(fresh_window.controller.results)


def _results(value: float):
    return simulate(dict(P.defaults(), **{KEY: value}))


def _busting_pair():
    """Two different scenarios with the same bust year (the model says which)."""
    for low, high in ((15, 15.5), (15, 16), (14, 15)):
        a, b = _results(low), _results(high)
        if a.bust_year(0) is not None and a.bust_year(0) == b.bust_year(0):
            return a, b
    pytest.fail("no two nearby scenarios share a bust year")


def _bust_panel(grid):
    return next(p for p in grid.panels.values() if p.bust_line is not None)


def test_the_bust_marker_follows_the_bust_year(grid):
    panel = _bust_panel(grid)
    busting, _ = _busting_pair()
    calm = simulate(P.defaults())
    assert calm.bust_year(0) is None
    grid.show_results(busting)
    assert panel.bust_line.isVisible() and panel.bust_line.value() == busting.bust_year(0)
    grid.show_results(calm)
    assert not panel.bust_line.isVisible()
    grid.show_results(busting)
    assert panel.bust_line.isVisible() and panel.bust_line.value() == busting.bust_year(0)


def test_a_step_that_keeps_the_bust_year_leaves_the_marker_alone(grid, monkeypatch):
    panel = _bust_panel(grid)
    first, second = _busting_pair()
    grid.show_results(first)
    moved = []
    label = panel.bust_line.label
    monkeypatch.setattr(label, "updatePosition", lambda: moved.append(1))
    monkeypatch.setattr(panel.bust_line, "setValue", lambda v: moved.append(v))
    grid.show_results(second)
    assert moved == []
    assert panel.bust_line.isVisible()


def test_while_the_years_stay_every_series_keeps_one_year_array(grid):
    grid.show_results(_results(30))
    before = {(k, c): s.xData for k, p in grid.panels.items() for c, s in p.curves.items()}
    grid.show_results(_results(35))
    after = {(k, c): s.xData for k, p in grid.panels.items() for c, s in p.curves.items()}
    assert before.keys() == after.keys()
    kept = [key for key in before if after[key] is before[key]]
    assert kept == list(before)
    years = _results(35).years.astype(float)
    assert all(list(x) == list(years) for x in after.values())


def test_new_years_reach_every_series(grid):
    """Results over other years (the same values a year later) move every series' x."""
    results = _results(30)
    grid.show_results(results)
    later = copy.copy(results)
    later.years = results.years + 1
    grid.show_results(later)
    expected = list(later.years.astype(float))
    xs = [s.xData for p in grid.panels.values() for s in p.curves.values()]
    assert xs and all(list(x) == expected for x in xs)
    grid.show_results(results)
    expected = list(results.years.astype(float))
    assert all(list(s.xData) == expected for p in grid.panels.values() for s in p.curves.values())

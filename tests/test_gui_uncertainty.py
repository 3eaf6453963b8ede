"""The Uncertainty toggle: bands equal the model's for the current values, follow the sliders
through the worker, are never shown as current when they belong to other values, and go away."""
import numpy as np
import psutil
import pytest
from PySide6.QtCore import Qt

from gui.workers import WorkerProcess
from model import parameters as P
from model.analysis import uncertainty


@pytest.fixture
def window(fresh_window):
    """The module's shared window in a new window's state (conftest.fresh_window: bands off,
    the worker idle); bands off again and the worker idle after the test."""
    assert fresh_window.features["uncertainty"].card.isHidden()
    yield fresh_window
    fresh_window.features["uncertainty"].set_enabled(False)
    fresh_window.features["uncertainty"].wait()


def feature(window):
    return window.features["uncertainty"]


def assert_bands_drawn_for(window, values):
    expected = uncertainty.bands(values)
    for panel in window.plot_grid.panels.values():
        column = panel.spec.key_column
        for pct in (10, 25, 50, 75, 90):
            x, y = panel.bands[f"p{pct}"].getData()
            assert np.array_equal(x, expected.years)
            assert np.array_equal(y, expected.percentile(column, pct)), (column, pct)
        assert panel.bands["p10"].isVisible()


def test_toggle_on_shows_the_models_bands_and_bust_probability(qtbot, window):
    f = feature(window)
    action = window.findChild(type(f.action), "uncertaintyAction")
    assert action is f.action and action.isCheckable()
    action.trigger()
    qtbot.waitUntil(f.showing_current, timeout=10000)
    assert_bands_drawn_for(window, window.controller.values)
    expected = uncertainty.bands(window.controller.values).bust_probability_by(2035)
    assert not f.card.isHidden()
    assert f.card.value.text() == f"{100 * expected:.0f} %"
    assert f.card.note.text() == "of 1,000 draws"


def test_a_slider_move_gives_bands_for_the_new_values(qtbot, window):
    f = feature(window)
    f.set_enabled(True)
    qtbot.waitUntil(f.showing_current, timeout=10000)
    slider = window.slider_panel.controls["capex_growth"].slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    window.controller.flush()
    new_values = window.controller.values
    assert new_values["capex_growth"] != P.get("capex_growth").default
    # Right after the move the bands on screen belong to the old values: not current.
    assert not f.showing_current()
    assert f.card.note.text() == "updating…"
    qtbot.waitUntil(f.showing_current, timeout=10000)
    assert f.shown.is_for(new_values)
    assert_bands_drawn_for(window, new_values)


def test_a_stale_result_is_shown_marked_and_never_as_current(qtbot, window):
    f = feature(window)
    f.set_enabled(True)
    qtbot.waitUntil(f.showing_current, timeout=10000)
    jobs = f.runner.started_jobs
    seen = []
    f.runner.finished.connect(lambda bands: seen.append(
        (bands.is_for(window.controller.values), f.showing_current(), f.stale,
         f.card.note.text())))
    # Several quick moves: results for the earlier ones arrive while later ones are pending.
    for value in (80, 85, 90, 95):
        window.controller.set_value("capex_growth", value)
    window.controller.flush()
    qtbot.waitUntil(lambda: f.showing_current() and not f.runner.busy, timeout=20000)
    assert f.shown.is_for(window.controller.values)
    for for_current, shown_current, stale, note in seen:
        if not for_current:
            assert not shown_current and stale and note == "updating…"
    # superseded requests were dropped: fewer jobs than moves
    assert f.runner.started_jobs - jobs < 4
    for panel in window.plot_grid.panels.values():
        assert panel.bands["fill_10_90"].opacity() == 1.0


def test_toggle_off_removes_the_bands_and_the_figure(qtbot, window):
    f = feature(window)
    grid = window.plot_grid
    legend_rows = len(grid.legend_texts())              # the legend shared by the panels
    panel_rows = {k: grid.legend_texts(k) for k in grid.panels}
    f.set_enabled(True)
    qtbot.waitUntil(f.showing_current, timeout=10000)
    assert len(grid.legend_texts()) == legend_rows + 3  # 10–90 %, 25–75 %, median: once
    assert {k: grid.legend_texts(k) for k in grid.panels} == panel_rows
    f.action.trigger()                     # off, through the action as a user does
    assert not f.action.isChecked()
    for key, panel in window.plot_grid.panels.items():
        assert not any(item.isVisible() for item in panel.bands.values())
    assert len(grid.legend_texts()) == legend_rows
    assert f.card.isHidden()
    assert not f.showing_current()
    # a result still arriving after switching off draws nothing
    window.controller.set_value("capex_growth", 90)
    window.controller.flush()
    f.wait()
    qtbot.wait(50)
    assert not any(item.isVisible() for p in window.plot_grid.panels.values()
                   for item in p.bands.values())


# --- while a slider is held: coarse bands, throttled, refined when the hand stops (issue 13) ---

def drag_to(window, key, values):
    """Press `key`'s slider, preview each of `values` (table units) as a drag does."""
    window.controller.begin_drag(key)
    for value in values:
        window.controller.preview_value(key, value)


def test_a_drag_shows_coarse_bands_marked_as_not_final_then_refines_on_release(qtbot, window):
    from gui.features import uncertainty as feature_module
    f = feature(window)
    f.set_enabled(True)
    qtbot.waitUntil(lambda: f.showing_current() and not f.runner.busy, timeout=10000)
    panel = next(iter(window.plot_grid.panels.values()))
    column = panel.spec.key_column
    seen = []       # what is on screen as each result arrives (the feature handles it first)
    f.runner.finished.connect(lambda bands: seen.append(
        (bands.n, bands.is_for(window.controller.values), f.showing_current(),
         f.card.note.text(), panel.bands["fill_10_90"].opacity(),
         panel.bands["p90"].getData()[1].copy())))
    drag_to(window, "capex_growth", [90])
    window.controller.flush()
    held = window.controller.values
    qtbot.waitUntil(lambda: len(seen) >= 1, timeout=10000)
    # the first bands around the held values: the first DRAG_DRAWS of the same draws, drawn
    # lighter and not called final
    draws, around_held, final, note, opacity, p90 = seen[0]
    assert draws == feature_module.DRAG_DRAWS < uncertainty.DEFAULT_DRAWS and around_held
    assert np.array_equal(p90, uncertainty.bands(held, n=draws).percentile(column, 90))
    assert not final and note == "updating…" and opacity < 1.0
    window.controller.end_drag("capex_growth")          # the hand lets go
    qtbot.waitUntil(lambda: f.showing_current() and not f.runner.busy, timeout=10000)
    assert f.shown.n == uncertainty.DEFAULT_DRAWS
    assert_bands_drawn_for(window, held)
    assert f.card.note.text() == "of 1,000 draws"
    assert panel.bands["fill_10_90"].opacity() == 1.0


def test_bands_refine_when_the_hand_holds_still_without_letting_go(qtbot, window):
    f = feature(window)
    f.set_enabled(True)
    qtbot.waitUntil(f.showing_current, timeout=10000)
    drag_to(window, "capex_growth", [85, 95])
    window.controller.flush()
    assert window.controller.dragging
    qtbot.waitUntil(f.showing_current, timeout=10000)   # still held: refined after SETTLE_MS
    assert window.controller.dragging
    assert_bands_drawn_for(window, window.controller.values)
    window.controller.end_drag("capex_growth")


def test_a_fast_drag_asks_once_then_the_newest_values_win(qtbot, window):
    f = feature(window)
    f.set_enabled(True)
    qtbot.waitUntil(f.showing_current, timeout=10000)
    jobs = f.runner.started_jobs
    window.controller.begin_drag("capex_growth")
    for value in range(60, 100, 2):      # 20 moves faster than the event loop turns
        window.controller.preview_value("capex_growth", value)
    assert f.runner.started_jobs - jobs == 1       # the first at once; the rest wait their turn
    # the hand holds still (still pressed): the bands of the last values, all the draws
    qtbot.waitUntil(lambda: f.showing_current() and not f.runner.busy, timeout=20000)
    assert window.controller.dragging
    # nothing for the 18 values in between: the newest values' job, and on a loaded machine
    # (where the 200 ms drag interval can pass before the 60 ms hold) their full-draw refinement
    started = f.runner.started_jobs - jobs
    assert 2 <= started <= 3, started
    assert window.controller.value("capex_growth") == 98
    assert_bands_drawn_for(window, window.controller.values)
    window.controller.end_drag("capex_growth")
    qtbot.wait(50)
    assert f.runner.started_jobs - jobs == started  # letting go: the final bands are there


# --- the worker process (issue 13: the bands do not share the window's GIL) -----------------

@pytest.mark.skipif(not WorkerProcess.supported, reason="POSIX only: a thread there")
def test_once_the_worker_process_is_warm_it_computes_the_bands(qtbot, window):
    f = feature(window)
    f.set_enabled(True)
    qtbot.waitUntil(f.showing_current, timeout=10000)
    qtbot.waitUntil(lambda: f.runner.process.ready, timeout=60000)
    jobs = f.runner.process_jobs
    window.controller.set_value("capex_growth", 85)
    window.controller.flush()
    qtbot.waitUntil(lambda: f.showing_current() and not f.runner.busy, timeout=10000)
    assert f.runner.process_jobs == jobs + 1
    assert_bands_drawn_for(window, window.controller.values)


@pytest.mark.skipif(not WorkerProcess.supported, reason="POSIX only: a thread there")
def test_closing_the_window_ends_the_worker_process(qtbot, open_window, tmp_path, monkeypatch):
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(tmp_path))
    own = open_window()                                 # (closing the shared one would end it)
    f = feature(own)
    f.set_enabled(True)
    qtbot.waitUntil(lambda: f.runner.process.ready, timeout=60000)
    pid = f.runner.process.pid
    own.close()
    assert not f.runner.process.started
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


def band_legend_opacities(window) -> list[float]:
    """The opacity of each part (sample, label) of the bands' entries in the shared legend."""
    names = ("10–90 %", "25–75 %", "median")
    return [part.opacity() for sample, label in window.plot_grid.shared_legend.items
            if label.item.toPlainText() in names for part in (sample, label)]


def test_the_bands_legend_is_as_light_as_the_bands_while_they_are_not_final(qtbot, window):
    """Screen review 19: while a slider was held the bands were drawn at a third of their
    strength (the median all but gone) and the legend kept showing them at full strength. The
    legend's band entries now fade with them, and come back with the final bands."""
    f = feature(window)
    f.set_enabled(True)
    qtbot.waitUntil(lambda: f.showing_current() and not f.runner.busy, timeout=10000)
    assert band_legend_opacities(window) == [1.0] * 6
    panel = next(iter(window.plot_grid.panels.values()))
    drag_to(window, "capex_growth", [90])
    window.controller.flush()
    qtbot.waitUntil(lambda: panel.bands["fill_10_90"].opacity() < 1.0, timeout=10000)
    faded = panel.bands["fill_10_90"].opacity()
    assert band_legend_opacities(window) == [faded] * 6
    window.controller.end_drag("capex_growth")
    qtbot.waitUntil(lambda: f.showing_current() and not f.runner.busy, timeout=10000)
    assert band_legend_opacities(window) == [1.0] * 6

"""While a slider is held, the plots draw new data rough (the lines without antialiasing: the
cheaper paint of issue 13's seventh round, docs/PERFORMANCE.md), and the full picture again
when the hand stands still or lets go: the picture at rest is, pixel for pixel, the one drawn
before the drag."""
import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from helpers_window import settle

WINDOW_ARGV = ["--size", "1280x720"]
KEY = "capex_growth"


def _picture(window) -> np.ndarray:
    """The plot grid as the screen shows it now, as an array of ARGB values: what the window's
    last paints left there (grabbed from the screen, not painted afresh for the test)."""
    _turn()
    grid = window.plot_grid
    corner = grid.mapTo(window, grid.rect().topLeft())
    image = window.screen().grabWindow(window.winId(), corner.x(), corner.y(),
                                       grid.width(), grid.height()).toImage()
    assert image.width() == grid.width() and image.height() == grid.height()
    return np.array([[image.pixel(x, y) for x in range(image.width())]
                     for y in range(image.height())], dtype=np.uint32)


def _ranges(window) -> list:
    return [[tuple(r) for r in box.viewRange()] for panel in window.plot_grid.panels.values()
            for box in panel.boxes()]


def _turn() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _step_there_and_back(window) -> None:
    """One slider step and back, as a held hand moves it: the plots show the values they
    showed before, drawn while the slider is held."""
    slider = window.slider_panel.controls[KEY].slider
    start = slider.value()
    slider.setValue(start + 1)
    _turn()
    slider.setValue(start)
    _turn()


@pytest.fixture
def window(fresh_window):
    """The module's window, brought back to a new window's state; a drag a failed test left
    held is let go."""
    yield fresh_window
    if fresh_window.controller.dragging:
        fresh_window.controller.end_drag(KEY)
    from gui.widgets.plot_grid import ROUGH_IDLE_MS
    fresh_window.plot_grid.set_refine_delay(ROUGH_IDLE_MS)


def test_while_held_the_lines_are_drawn_rough_and_at_rest_as_before(window):
    grid = window.plot_grid
    # (a held hand on a loaded machine may take longer than ROUGH_IDLE_MS between two steps:
    # the frames it checks are those of a hand still moving)
    grid.set_refine_delay(60_000)
    settle(window)
    at_rest, ranges = _picture(window), _ranges(window)
    assert not grid.drawing_rough()

    window.controller.begin_drag(KEY)
    _step_there_and_back(window)
    assert window.controller.dragging and grid.drawing_rough()
    assert _ranges(window) == ranges          # (the same data in the same ranges)
    held = _picture(window)
    changed = held != at_rest
    assert changed.any(), "the frames of a drag are drawn as at rest"
    # without antialiasing, a line's edge is not blended into what lies beneath: fewer colours
    assert len(np.unique(held)) < len(np.unique(at_rest))

    window.controller.end_drag(KEY)
    assert not grid.drawing_rough()
    settle(window)
    assert np.array_equal(_picture(window), at_rest), "the picture at rest changed after a drag"


def test_a_held_slider_paused_keeps_its_ranges(qtbot, window):
    """A hand holding a slider (the controller's drag, whether a mouse button or the keyboard
    holds it) that pauses longer than the grid's settle delay (a loaded machine between two
    steps) does not have its ranges refitted to the value it paused on: moved back, the
    plots are in the ranges they had before, as a hand that never paused sees them."""
    grid = window.plot_grid
    grid.set_refine_delay(60_000)
    settle(window)
    ranges = _ranges(window)
    slider = window.slider_panel.controls[KEY].slider
    start = slider.value()
    window.controller.begin_drag(KEY)
    slider.setValue(start + 1)
    qtbot.wait(400)                     # the pause, longer than the grid's settle delay (150 ms)
    slider.setValue(start)
    _turn()
    assert window.controller.dragging
    assert _ranges(window) == ranges
    window.controller.end_drag(KEY)


def test_a_held_slider_standing_still_is_drawn_in_full(qtbot, window):
    grid = window.plot_grid
    settle(window)
    at_rest = _picture(window)
    window.controller.begin_drag(KEY)
    _step_there_and_back(window)
    assert grid.drawing_rough()
    qtbot.waitUntil(lambda: not grid.drawing_rough(), timeout=3000)     # (ROUGH_IDLE_MS)
    assert window.controller.dragging             # still held
    assert np.array_equal(_picture(window), at_rest)
    window.controller.end_drag(KEY)


def test_values_set_without_a_drag_are_drawn_in_full(window):
    grid = window.plot_grid
    window.controller.set_value(KEY, window.controller.value(KEY) + 5)    # typed, wheel
    _turn()
    assert not grid.drawing_rough()
    window.controller.begin_drag(KEY)              # pressed, not moved: nothing new to draw
    _turn()
    assert not grid.drawing_rough()
    window.controller.end_drag(KEY)


def test_a_drag_back_and_forth_ends_in_the_picture_of_the_same_values_set_without_a_drag(window):
    """A held slider moved out and back over values it passed (the controller shows those
    from its recent runs, not from a new model run), then let go: the screen shows what the
    same values typed in showed, pixel for pixel, in the same ranges."""
    from model import parameters as P
    from model import view
    controller, grid = window.controller, window.plot_grid
    slider = window.slider_panel.controls[KEY].slider
    start = slider.value()
    there = view.value_at_step(P.get(KEY), start + 3)
    controller.set_value(KEY, there)                 # typed: no drag at all
    settle(window)
    typed, typed_ranges = _picture(window), _ranges(window)
    controller.set_value(KEY, view.value_at_step(P.get(KEY), start))
    settle(window)
    assert not np.array_equal(_picture(window), typed)   # (the values show in the picture)

    hits = controller.runs.hits
    controller.begin_drag(KEY)
    for index in (start + 1, start + 2, start + 5, start + 4, start + 2, start + 3):
        slider.setValue(index)
        _turn()
    assert grid.drawing_rough()
    assert controller.runs.hits > hits, "no value of the drag came from the recent runs"
    controller.end_drag(KEY)
    settle(window)
    assert controller.value(KEY) == there
    assert _ranges(window) == typed_ranges
    assert np.array_equal(_picture(window), typed), "the picture after a drag differs"


def test_a_drag_ending_on_a_value_run_ahead_shows_the_picture_of_that_value_typed(window):
    """A held slider runs the positions of its next steps in the same model run (the
    controller's runs ahead); a drag that ends on such a value, never run by itself, leaves
    the picture the same value typed in leaves, pixel for pixel, in the same ranges."""
    from model import parameters as P
    from model import view
    controller = window.controller
    slider = window.slider_panel.controls[KEY].slider
    start = slider.value()
    there = view.value_at_step(P.get(KEY), start - 3)
    controller.set_value(KEY, there)
    settle(window)
    typed, typed_ranges = _picture(window), _ranges(window)
    controller.set_value(KEY, view.value_at_step(P.get(KEY), start))
    settle(window)
    controller.runs.clear()                          # nothing remembered: the drag runs it
    batches, hits = controller.runs.batches, controller.runs.hits
    controller.begin_drag(KEY)
    slider.setValue(start - 1)                       # a step down: the next ones run ahead
    _turn()
    slider.setValue(start - 3)                       # one of them
    _turn()
    assert controller.runs.batches == batches + 1 and controller.runs.hits == hits + 1, \
        "the value was not shown from a run ahead"
    controller.end_drag(KEY)
    settle(window)
    assert controller.value(KEY) == there
    assert _ranges(window) == typed_ranges
    assert np.array_equal(_picture(window), typed), "the picture of a value run ahead differs"

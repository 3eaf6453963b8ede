"""Replay and predict (issue 11): "Replay last change" animates the plots from before to after
the last change without changing anything; "Predict, then reveal" freezes the plots while the
sliders move and reveals on R or Space; their keys leave the window's other keys alone."""
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

import model
from model import panels
from model import parameters as P

KEY, LOW, HIGH = "capex_growth", 40.0, 120.0
YEAR = 2030


def capex_at(results_or_grid, year=YEAR):
    """Total capex in `year` ($B) of model Results, or as the capex plot draws it now."""
    if hasattr(results_or_grid, "curve_data"):
        top = panels.find("capex").stack[-1].column        # the stack's upper edge: the total
        years, values = results_or_grid.curve_data("capex", top)
        return float(values[int(np.searchsorted(years, year))])
    return float(results_or_grid["capex_total_busd"][0][year - int(results_or_grid.years[0])])


@pytest.fixture
def window(fresh_window):
    """The module's shared window as a new one (conftest.fresh_window) after typing KEY = LOW."""
    fresh_window.controller.apply_values({KEY: LOW}, kind="typed")
    fresh_window.controller.flush()
    return fresh_window


def set_by_hand(window, value):
    window.slider_panel.controls[KEY].spin.setValue(value)
    window.controller.flush()


def test_replay_animates_from_before_to_after_and_changes_nothing(qtbot, window):
    feature = window.features["replay"]
    set_by_hand(window, HIGH)
    before = capex_at(model.simulate(P.complete({KEY: LOW})))
    after = capex_at(model.simulate(P.complete({KEY: HIGH})))
    assert capex_at(window.plot_grid) == pytest.approx(after)
    undo_count = window.controller.undo_stack.count()
    logged = len(window.features["session_log"].entries)
    drawn = []
    feature.frameShown.connect(lambda f: drawn.append((f, capex_at(window.plot_grid))))
    with qtbot.waitSignal(feature.replayFinished, timeout=20000):
        window.features["replay"].replay_action.trigger()
        assert feature.replaying
    fractions = [f for f, _ in drawn]
    shown = [v for _, v in drawn]
    assert len(drawn) >= 8 and fractions[0] == 0 and fractions[-1] == pytest.approx(1.0)
    assert shown[0] == pytest.approx(before)
    inner = [v for v in shown if min(before, after) + 1 < v < max(before, after) - 1]
    assert len(inner) >= 4                                  # frames in between were drawn
    assert (np.diff(fractions) >= 0).all() and shown[-1] == pytest.approx(after)
    assert capex_at(window.plot_grid) == pytest.approx(after)
    assert window.controller.values[KEY] == HIGH
    assert window.controller.undo_stack.count() == undo_count
    assert len(window.features["session_log"].entries) == logged


def test_a_change_during_a_replay_ends_it_on_the_new_results(qtbot, window):
    feature = window.features["replay"]
    set_by_hand(window, HIGH)
    assert feature.replay()
    set_by_hand(window, 60)
    assert not feature.replaying
    assert capex_at(window.plot_grid) == pytest.approx(capex_at(window.controller.results))


def test_predict_freezes_the_plots_and_reveal_replays_to_the_current_scenario(qtbot, window):
    feature = window.features["replay"]
    frozen = capex_at(window.plot_grid)
    headline = window.headlines.results
    feature.predict_action.trigger()
    assert feature.frozen and feature.banner.isVisible()
    assert "R" in feature.banner.text() and "Space" in feature.banner.text()
    row = window.headline_area           # the strip and the row beside it
    cover = window.findChild(type(feature.banner), "frozenHeadlineRow")
    assert cover is not None and cover.isVisible() and cover.geometry() == row.geometry()
    set_by_hand(window, HIGH)                               # the sliders still move
    assert window.controller.values[KEY] == HIGH
    assert not feature.replay_action.isEnabled()            # no replay gives the answer away
    assert capex_at(window.plot_grid) == pytest.approx(frozen)
    assert window.headlines.results is headline
    status = window.status_label.text()                     # no word of what the change did
    assert "→" not in status and "R" in status and "Space" in status, status
    with qtbot.waitSignal(feature.replayFinished, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not feature.frozen and not feature.banner.isVisible()
    assert window.findChild(type(feature.banner), "frozenHeadlineRow") is None
    assert "→" in window.status_label.text()                # the reveal says what it did
    assert capex_at(window.plot_grid) == pytest.approx(capex_at(window.controller.results))
    assert capex_at(window.plot_grid) != pytest.approx(frozen)
    # R reveals too; with nothing changed it just unfreezes
    feature.freeze()
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert not feature.frozen
    assert not any(s.isEnabled() for s in feature.reveal_keys)   # R/Space free again


def test_while_frozen_the_verdict_line_keeps_the_frozen_scenarios_sentence(qtbot, window):
    """The sentence above the plots ('No bust by 2050: … stress peaks at 12') followed the
    sliders while plots and headline cards were frozen, and told the room the answer before
    the prediction; it keeps the frozen scenario's sentence until the reveal, then says the
    current one."""
    from model.analysis.verdict import verdict
    from gui.widgets.verdict_line import sentence
    feature, line = window.features["replay"], window.verdict_line
    frozen_sentence = line.text()
    feature.freeze()
    try:
        set_by_hand(window, HIGH)
        now = sentence(verdict(window.controller.results))
        assert now != frozen_sentence, "the test needs a change the sentence shows"
        assert line.text() == frozen_sentence
        slider = window.slider_panel.controls[KEY].slider     # a held slider's later figures
        slider.setSliderDown(True)
        with qtbot.waitSignal(window.controller.figuresChanged, timeout=5000):
            slider.setValue(slider.value() - 5)
        slider.setSliderDown(False)
        window.controller.flush()
        assert line.text() == frozen_sentence
    finally:
        with qtbot.waitSignal(feature.replayFinished, timeout=20000):
            feature.reveal()
    assert line.text() == sentence(verdict(window.controller.results))


def test_the_frozen_banner_lies_over_the_verdict_line_and_covers_no_plot(qtbot, window):
    """The banner lay at the bottom of the plots and covered the years of their axes (the
    projector review, 1280 × 720); it lies over the verdict line, as wide as it, and stays
    there when the window is resized."""
    from PySide6.QtCore import QPoint, QRect
    feature = window.features["replay"]

    def on_window(widget):
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    feature.freeze()
    try:
        assert feature.banner.isVisible()
        assert on_window(feature.banner) == on_window(window.verdict_line)
        assert not on_window(feature.banner).intersects(on_window(window.plot_grid))
        window.resize(window.width() - 120, window.height())
        qtbot.waitUntil(lambda: on_window(feature.banner) == on_window(window.verdict_line),
                        timeout=2000)
    finally:
        feature.reveal()
        window.resize(window.width() + 120, window.height())
    assert not feature.banner.isVisible()


def test_replay_keys_clash_with_no_other_key(window):
    keys = {}
    for action in window.findChildren(type(window.undo_action)):
        for sequence in action.shortcuts():
            text = sequence.toString()
            assert text not in keys or keys[text] is action, (text, action.text())
            keys[text] = action
    feature = window.features["replay"]
    for kept in ("Ctrl+U", "F11", "Ctrl+S", "Ctrl+Z", "Ctrl+G", "Ctrl+Q", "F1"):
        assert keys.get(kept) not in (None, feature.replay_action, feature.predict_action), kept
    for action in (feature.replay_action, feature.predict_action):
        assert action in window.menu("workshop").actions()
        assert action.toolTip() and action.shortcut().toString() in action.toolTip()
        assert action.shortcut() not in (QKeySequence("L"), QKeySequence("Esc"))


def test_while_frozen_the_bands_and_the_open_docks_give_nothing_away(qtbot, window):
    replay, bands = window.features["replay"], window.features["uncertainty"]
    bands.set_enabled(True)
    qtbot.waitUntil(bands.showing_current, timeout=20000)
    shown_for = dict(window.controller.values)
    dock = window.docks()[0]
    dock.show()
    replay.freeze()
    set_by_hand(window, HIGH)
    bands.wait()
    qtbot.wait(50)
    assert bands.shown.is_for(shown_for)                   # the bands of the frozen values
    assert not dock.widget().updatesEnabled()              # the dock keeps its picture
    replay.reveal()
    assert dock.widget().updatesEnabled()
    qtbot.waitUntil(bands.showing_current, timeout=20000)  # revealed: bands follow again
    bands.set_enabled(False)
    dock.hide()


def test_while_frozen_a_held_slider_leaves_the_headline_figures_frozen(qtbot, window):
    """While a slider is held, the headline strip takes its figures later than the plots
    (gui.controller: figuresChanged); while frozen, those later figures are not shown either."""
    feature = window.features["replay"]
    headline = window.headlines.results
    feature.freeze()
    figures = []
    window.controller.figuresChanged.connect(figures.append)
    slider = window.slider_panel.controls[KEY].slider
    try:
        slider.setSliderDown(True)
        for index in (slider.value() + 10, slider.value() + 20):
            with qtbot.waitSignal(window.controller.resultsChanged, timeout=5000):
                slider.setValue(index)
        qtbot.waitUntil(lambda: figures and figures[-1] is window.controller.results,
                        timeout=5000)                  # the held step's figures came later
        assert window.controller.dragging
        assert window.headlines.results is headline
    finally:
        window.controller.figuresChanged.disconnect(figures.append)
        slider.setSliderDown(False)
        feature.reveal()


def test_leaving_presentation_while_frozen_shows_the_row_at_its_new_size(qtbot, window):
    # A projector review: leaving presentation mode while frozen left the headline row covered
    # by the presentation-size picture, stretched. Now the cover is drawn anew at the new size:
    # the strip's frozen figures as they are laid out now, the live part beside it blank.
    feature, presentation = window.features["replay"], window.features["presentation"]
    presentation.enter()
    qtbot.wait(50)
    feature.freeze()
    big = window.headline_area.geometry()
    set_by_hand(window, HIGH)                      # the live part would show this change
    presentation.leave()
    cover = window.findChild(type(feature.banner), "frozenHeadlineRow")
    qtbot.waitUntil(lambda: cover.pixmap().deviceIndependentSize().toSize()
                    == window.headline_area.geometry().size(), timeout=3000)
    qtbot.wait(50)
    small = window.headline_area.geometry()
    assert small.size() != big.size()
    assert cover.geometry() == small and cover.isVisible()
    assert cover.pixmap().deviceIndependentSize().toSize() == small.size()
    picture = cover.pixmap().toImage()
    side = window.headline_side.geometry().translated(-small.topLeft())
    ground = window.headline_side.palette().window().color().rgb()
    inside = side.adjusted(4, 4, -4, -4)
    assert all(picture.pixel(x, y) == ground
               for x in range(inside.left(), inside.right(), 7)
               for y in range(inside.top(), inside.bottom(), 5))
    assert window.headlines.results is not window.controller.results    # still frozen
    feature.reveal()


def test_a_reveal_with_nothing_changed_gives_the_status_bar_its_words_back(qtbot, window):
    """Frozen and revealed without a change, the status bar was left blank: what it said
    before the freeze is said again."""
    feature = window.features["replay"]
    window.status_label.setText("Saved snapshot 'Room A'")
    feature.freeze()
    assert window.status_label.text() == feature.frozen_message()
    feature.reveal()
    assert window.status_label.text() == "Saved snapshot 'Room A'"

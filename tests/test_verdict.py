"""The verdict (issue 11): the model says what a scenario does as a kind and figures with unit
keys (model/analysis/verdict.py); the window words it in one large sentence above the plots,
in the interface language, and follows every change."""
import numpy as np
import pytest

import model
from model import outputs, presets
from model.analysis.verdict import VERDICT_KINDS, verdict


def deepest_fall_pct(capex: np.ndarray) -> float:
    """The deepest fall of a capex path below its highest level so far, in %."""
    worst, peak = 0.0, capex[0]
    for x in capex:
        peak = max(peak, x)
        worst = max(worst, 1 - x / peak)
    return 100 * worst


def first_covered_year(results) -> int:
    ratio = results["fullcost_coverage_ratio"][0]
    return int(results.years[np.flatnonzero(ratio >= 1.0)[0]])


def test_a_bust_gives_its_year_the_capex_fall_and_the_stress_peak():
    results = model.simulate(presets.find("monetization_lag").full_values())
    v = verdict(results)
    assert v.kind == "bust"
    assert v.value("bust_year") == int(np.flatnonzero(results["bust_flag"][0])[0] + results.years[0])
    assert v.value("capex_fall") == pytest.approx(deepest_fall_pct(results["capex_total_busd"][0]))
    assert v.value("capex_fall") > 5            # a bust cuts capex
    assert v.value("peak_stress") == pytest.approx(max(results["stress_index"][0][results.years >= 2025]))


def test_no_bust_says_from_when_revenue_covers_the_full_cost():
    results = model.simulate({})
    v = verdict(results)
    assert v.kind == "covered"
    assert v.value("coverage_year") == first_covered_year(results)
    assert v.value("end_year") == 2050
    assert v.value("peak_stress") == pytest.approx(max(results["stress_index"][0][results.years >= 2025]))


def test_a_run_that_ends_before_coverage_says_not_covered():
    slow = {"monetization_speed": 20}             # covers its full cost after the shortest horizon
    covered = first_covered_year(model.simulate(slow))
    v = verdict(model.simulate(slow, end_year=covered - 1))
    assert v.kind == "not_covered"
    assert v.value("end_year") == covered - 1


def test_the_verdict_is_numbers_and_unit_keys_only():
    for preset in presets.all_presets():
        v = verdict(model.simulate(preset.full_values()))
        assert v.kind in VERDICT_KINDS
        for figure in v.figures.values():
            assert figure.unit in outputs.UNITS
            assert isinstance(figure.value, float)


# --- the window --------------------------------------------------------------------------------
WINDOW_ARGV = ["--size", "1280x720", "--preset", "monetization_lag"]


def test_the_window_words_the_verdict_and_follows_the_sliders(module_window, qtbot):
    line = module_window.verdict_line
    controller = module_window.controller
    results = model.simulate(controller.values)
    bust = results.bust_year()
    fall = round(deepest_fall_pct(results["capex_total_busd"][0]))
    stress = round(max(results["stress_index"][0][results.years >= 2025]))
    assert line.text() == f"Bust in {bust}: capex falls {fall} % and stress peaks at {stress}"
    assert line.isVisible()
    # above the plots, larger than the window's text
    assert line.mapTo(module_window, line.rect().topLeft()).y() < \
        module_window.plot_grid.mapTo(module_window, module_window.plot_grid.rect().topLeft()).y()
    assert line.font().pointSizeF() >= 1.4 * module_window.font().pointSizeF()
    assert line.heightForWidth(line.width()) <= line.height()     # wraps, never clipped
    # it asks the window for one line of height at least, not for its text at its narrowest
    assert line.minimumSizeHint().height() < 2 * line.fontMetrics().height()
    try:
        controller.apply_values(model.parameters.defaults(), "defaults")
        controller.flush()
        covered = first_covered_year(model.simulate({}))
        assert line.text().startswith("No bust by 2050: revenue covers full cost from "
                                      f"{covered}")
    finally:
        controller.undo_stack.undo()
        controller.flush()
    assert line.text().startswith(f"Bust in {bust}")


def test_the_verdict_in_german(open_window):
    window = open_window(["--lang", "de", "--size", "1280x720", "--preset", "monetization_lag"])
    results = window.controller.results
    text = window.verdict_line.text()
    assert text.startswith(f"Einbruch {results.bust_year()}:")
    fall = round(deepest_fall_pct(results["capex_total_busd"][0]))
    assert f"{fall} %" in text

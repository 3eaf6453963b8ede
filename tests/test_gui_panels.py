"""The plot grid reads the panel registry: a panel registered through model.panels' public API
appears in the grid (in a grid shape that follows the number of panels), in presentation mode,
in the export menu and in storyline checks. Panel ranges do not depend on pixel height. Features
talk through window.events and the plot grid's public API, in any install order."""
import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QApplication

from gui import features
from gui.widgets.plot_grid import StickyViewBox, grid_shape
from model import panels, simulate
from model.workshop.storyline import STORYLINE_DIR, load_storyline

from helpers_panels import fake_panel  # noqa: F401  (a fixture)


@pytest.mark.parametrize("count, shape", [(1, (1, 1)), (2, (2, 1)), (3, (3, 1)), (4, (2, 2)),
                                          (5, (3, 2)), (6, (3, 2)), (7, (3, 3)), (10, (4, 3))])
def test_grid_shape_follows_the_number_of_panels(count, shape):
    assert grid_shape(count) == shape


def test_a_registered_panel_reaches_grid_presentation_exports_and_storylines(open_window,
                                                                           fake_panel, tmp_path):
    window = open_window(["--size", "1400x900"])
    grid = window.plot_grid
    assert grid.panel_keys()[-1] == "leverage"
    # as many as the registry shows (the shipped panels and the fake one; not a count copied
    # here: a panel added by the recipe made it 8 and this test failed), in reading order
    assert grid.visible_panels() == panels.default_visible()
    count = len(grid.visible_panels())
    columns, rows = grid_shape(count)
    assert rows >= 2, "the shipped panels and the fake one fill more than one row"
    # the fake panel, the last, stands in the last row under the panel of its column
    plots = [grid.panels[k].plot.sceneBoundingRect() for k in grid.visible_panels()]
    above = plots[count - 1 - columns]
    assert plots[-1].left() == pytest.approx(above.left(), abs=1)
    assert plots[-1].top() > above.bottom()
    x, y = grid.curve_data("leverage", "leverage_ratio")
    np.testing.assert_allclose(y, simulate(window.controller.values)["leverage_ratio"][0])
    assert grid.panel_title("leverage") == "Builders' leverage"

    presentation = window.features["presentation"]
    assert presentation.slot_boxes[0].findData("leverage") >= 0
    presentation.enter()
    presentation.set_panels(["leverage", "stress"])
    assert grid.visible_panels() == ("leverage", "stress")
    presentation.leave()
    assert grid.visible_panels() == panels.default_visible()

    exports = window.features["exports"]
    titles = [a.text() for a in exports.plot_menu.actions()]
    assert "Builders' leverage as PNG…" in titles
    assert exports.export_panel("leverage", tmp_path / "leverage.png")
    assert (tmp_path / "leverage.png").stat().st_size > 0

    story = tmp_path / "s.json"
    story.write_text('{"title": "T", "steps": [{"title": "A", "narration": "n", '
                     '"panels": ["leverage"]}]}', encoding="utf-8")
    assert load_storyline(story).steps[0].panels == ("leverage",)


def test_an_auto_range_does_not_depend_on_the_panels_pixel_height(qtbot):
    x = np.arange(2024.0, 2041.0)
    y = 40 + 10 * np.sin(x)
    ranges = []
    for height in (150, 700):
        widget = pg.PlotWidget(viewBox=StickyViewBox())
        qtbot.addWidget(widget)
        widget.resize(400, height)
        widget.show()
        qtbot.waitExposed(widget)
        widget.plot(x, y)
        QApplication.processEvents()
        ranges.append(widget.getPlotItem().vb.viewRange()[1])
    assert ranges[0] == pytest.approx(ranges[1])
    assert ranges[0][0] < y.min() and ranges[0][1] > y.max()


def test_a_zero_based_panel_includes_zero(qtbot):
    widget = pg.PlotWidget(viewBox=StickyViewBox(zero_based=True))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.plot([2024.0, 2030.0], [50.0, 60.0])
    QApplication.processEvents()
    low, high = widget.getPlotItem().vb.viewRange()[1]
    assert low <= 0 < 60 < high


def test_overlays_are_added_styled_and_removed_through_the_public_api(open_window):
    grid = open_window(show=False).plot_grid
    grid.add_overlay("target", "power", [2024, 2030], [10, 20], pen="r", legend="Target")
    assert grid.overlays("power") == ("target",)
    legend = [label.text for _, label in grid.panels["power"].legend.items]
    assert "Target" in legend
    grid.style_overlay("target", opacity=0.5)
    assert grid.panels["power"].overlays["target"].opacity() == 0.5
    grid.set_overlay_data("target", "power", [2024, 2035], [5, 6])
    np.testing.assert_allclose(grid.panels["power"].overlays["target"].getData()[1], [5, 6])
    grid.remove_overlay("target")
    assert grid.overlays("power") == ()
    assert "Target" not in [label.text for _, label in grid.panels["power"].legend.items]
    with pytest.raises(ValueError, match="unknown panel 'pie'"):
        grid.add_overlay("x", "pie", [0], [0])


def test_features_work_when_installed_in_reverse_order(open_window, monkeypatch, tmp_path):
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(tmp_path / "data"))
    order = features.feature_modules()[::-1]
    monkeypatch.setattr(features, "feature_modules", lambda: order)
    window = open_window(show=False)
    assert list(window.features)[0] == order[0].__name__.rsplit(".", 1)[1]
    log = window.features["session_log"]
    story = load_storyline(STORYLINE_DIR / "story_of_the_sources.json")
    storyline = window.features["storyline"]
    storyline.panel.choose(story.slug)
    presentation = window.features["presentation"]
    presentation.enter()
    step = next(i for i, s in enumerate(story.steps) if s.panels)
    storyline.panel.go_to(step)
    assert window.plot_grid.visible_panels() == story.steps[step].panels
    presentation.leave()
    window.features["snapshots"].save_snapshot("Room A")
    slug = next(iter(window.preset_actions))
    window.preset_actions[slug].trigger()
    kinds = [e.kind for e in log.entries]
    assert kinds == ["step", "snapshot", "preset"]
    assert log.entries[0].values == story.steps[step].full_values()

"""Plot ranges, layers, legends and compare curves as a projector audience sees them: the y
ranges only grow while a slider moves and settle once to a fit of the data shown (the same data
always get the same range and legend place, whatever came before; the right axis comes back
after the bands go off); the right-axis line lies over the stacked areas; a legend never lies
over drawn data; compare curves differ in colour and dash, widen in presentation mode and a
panel of several series says which one they show."""
import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from gui.widgets.plot_grid import StickyViewBox
from model import presets, simulate
from gui.widgets.plot_grid import corner_cover
from helpers_window import settle


def _curve_box(qtbot):
    widget = pg.PlotWidget(viewBox=StickyViewBox(zero_based=True))
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    x = np.arange(2025.0, 2051.0)
    curve = widget.plot(x, np.linspace(0, 100, x.size))
    QApplication.processEvents()
    return widget, curve, x


@pytest.fixture(scope="module")
def windows(module_windows):
    """windows(lang): one shown 1280 × 720 window per language, shared by the tests below
    (each leaves the grid showing the window's own results, as it found it)."""
    built = {}

    def get(lang: str = "en"):
        if lang not in built:
            built[lang] = module_windows(["--size", "1280x720", "--lang", lang])
        return built[lang]
    return get


def _settled(window, qtbot):
    """The window's plot grid once its results are drawn and settled."""
    grid = window.plot_grid
    qtbot.waitUntil(lambda: grid.results is not None, timeout=10000)
    grid.show_results(window.controller.results)
    settle(window)                            # (ranges and legends settle 150 ms after the data)
    grid.place_legends()                      # (settled, whatever the machine's load)
    return grid


def test_a_moving_range_only_grows_and_settles_once_to_the_fit(qtbot):
    widget, curve, x = _curve_box(qtbot)
    box = widget.getPlotItem().vb
    fitted = box.viewRange()[1]
    box.moving = True
    seen = []
    for top in (150, 160, 120, 60, 155, 40):          # a slider dragged up and down
        curve.setData(x, np.linspace(0, top, x.size))
        QApplication.processEvents()
        seen.append(box.viewRange()[1][1])
    assert seen[0] >= 150 and all(b >= a for a, b in zip(seen, seen[1:])), seen   # never shrinks
    assert len(set(seen)) <= 2, seen                    # grew once (room to spare), then held
    box.settle()
    # settled: the fit of the data shown now, as a box that never saw the drag gets it
    fresh, fresh_curve, _ = _curve_box(qtbot)
    fresh_curve.setData(x, np.linspace(0, 40, x.size))
    QApplication.processEvents()
    assert box.viewRange()[1] == pytest.approx(fresh.getPlotItem().vb.viewRange()[1])
    assert box.viewRange()[1][1] < fitted[1]


def test_the_same_data_get_the_same_ranges_and_legend_places(windows, qtbot):
    window = windows()
    grid = _settled(window, qtbot)
    values = dict(window.controller.values)

    def state():
        grid.place_legends()
        return ({k: tuple(np.round(p.plot.vb.viewRange()[1], 6)) for k, p in grid.panels.items()},
                {k: (p.legend.corner, p.legend.columnCount) for k, p in grid.panels.items()})

    def show(chosen):
        grid.show_results(simulate(chosen))
        QApplication.processEvents()          # (the view boxes fit their ranges before painting)

    show(values)
    before = state()
    # a bust on the way (the macro panel's growth contribution goes negative), then back
    show(presets.find("circular_unwind").values)
    grid.place_legends()
    show(values)
    assert state() == before


def test_the_right_axis_follows_the_bands_and_comes_back_when_they_go(windows, qtbot):
    window = windows()
    grid = _settled(window, qtbot)
    right = grid.panels["financing"].right_view
    before = right.viewRange()[1]
    results = grid.results
    years = results.years
    debt = results["debt_stock_busd"][0]
    bands = {"debt_stock_busd": {q: debt * f for q, f in
                                 zip(grid.BAND_KEYS, (0.5, 0.8, 1.0, 1.3, 1.6))}}
    grid.set_bands(years, bands)
    settle(window)
    grid.place_legends()
    assert right.viewRange()[1][1] >= 1.6 * debt.max()
    grid.set_bands(None, None)
    settle(window)
    grid.place_legends()
    assert right.viewRange()[1] == pytest.approx(before)


def test_the_right_axis_line_is_drawn_over_the_stacked_areas(windows, qtbot):
    window = windows()
    grid = _settled(window, qtbot)
    panel = grid.panels["financing"]
    years, debt = panel.curves["debt_stock_busd"].getData()
    # a year where the debt line runs through the stacked areas (below the stack's top)
    top = grid.curve_data("financing", panel.spec.stack[-1].column)[1]
    right_low, right_high = panel.right_view.viewRange()[1]
    left_low, left_high = panel.plot.vb.viewRange()[1]
    share = (debt - right_low) / (right_high - right_low)
    inside = np.nonzero(share < (top - left_low) / (left_high - left_low) - 0.05)[0]
    assert inside.size
    i = inside[len(inside) // 2]
    point = panel.right_view.mapViewToScene(QPointF(years[i], debt[i]))
    stack = [item for item in grid.scene().items(point)]
    front = panel.curves["debt_stock_busd"].layer
    back = panel.curves[panel.spec.stack[0].column].layer
    assert stack.index(front) < stack.index(back)     # (scene.items: topmost first)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_panel_legend_lies_over_drawn_data(windows, qtbot, lang):
    window = windows(lang)
    grid = _settled(window, qtbot)
    hidden = {}
    for key in grid.visible_panels():
        panel = grid.panels[key]
        if panel.legend.isVisible():
            rect = panel.legend.mapRectToItem(panel.plot.vb, panel.legend.boundingRect())
            hidden[key] = corner_cover(*grid.drawn_points(panel), rect)
    assert hidden == {k: 0 for k in hidden}


def test_compare_curves_differ_widen_in_presentation_and_name_their_series(open_window):
    window = open_window(["--size", "1280x720"], show=False)
    grid = window.plot_grid
    names = ["A", "B", "C", "D"]
    for name in names:
        grid.add_compare(name, grid.results)
    pens = [grid.panels["power"].compare[n].opts["pen"] for n in names]
    assert len({p.color().name() for p in pens}) == 4
    assert len({tuple(p.dashPattern()) for p in pens}) == 4
    assert all(p.style() != pg.QtCore.Qt.PenStyle.SolidLine for p in pens)
    # told apart in grey too: their luma (0.299 R + 0.587 G + 0.114 B) differs
    luma = sorted(0.299 * p.color().red() + 0.587 * p.color().green() + 0.114 * p.color().blue()
                  for p in pens)
    assert min(b - a for a, b in zip(luma, luma[1:])) >= 25, luma
    normal = pens[0].widthF()
    grid.set_style(line_scale=2.0, font_scale=1.5, high_contrast=True)
    assert grid.panels["power"].compare["A"].opts["pen"].widthF() == pytest.approx(2 * normal)
    grid.set_style()
    # which series: the financing panel's compare curves are its debt stock
    texts = grid.legend_texts("financing")
    assert any("Compared:" in t and "Debt stock" in t for t in texts), texts
    assert not any("Compared:" in t for t in grid.legend_texts("stress"))   # one series only
    for name in names:
        grid.remove_compare(name)
    assert not any("Compared:" in t for t in grid.legend_texts("financing"))

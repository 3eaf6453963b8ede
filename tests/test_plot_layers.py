"""The plot grid's layers (gui/widgets/plot_layers.py) draw the picture pyqtgraph's own items
drew, leave unchanged data alone, and the grid's cached pictures give way to exports."""
import numpy as np
import pytest

X = np.arange(2025.0, 2051.0)
LOW = 100 + 40 * np.sin(X / 3.0)
HIGH = LOW + 60 + 30 * np.cos(X / 4.0)


def _fixed_plot(qtbot):
    """A 320×240 antialiased plot widget with fixed ranges and no axes: (widget, plot)."""
    import pyqtgraph as pg
    pg.setConfigOptions(antialias=True)
    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    widget.resize(320, 240)
    plot = widget.addPlot()
    plot.hideAxis("left")
    plot.hideAxis("bottom")
    plot.setXRange(X[0], X[-1], padding=0)
    plot.setYRange(0, 260, padding=0)
    return widget, plot


def _render(qtbot, add) -> "QImage":
    """A 320×240 plot with fixed ranges; `add(view_box)` puts the items in; its picture."""
    widget, plot = _fixed_plot(qtbot)
    add(plot.vb)
    widget.show()
    qtbot.waitExposed(widget)
    return widget.grab().toImage()


def test_a_layer_draws_what_pyqtgraph_items_drew(qtbot):
    import pyqtgraph as pg

    from gui.widgets.plot_layers import Fill, Series, SeriesLayer
    pen = pg.mkPen("#d55e00", width=2.5)
    brush = pg.mkBrush(0, 114, 178, 170)

    def with_pyqtgraph(box):
        low = pg.PlotCurveItem(X, LOW, pen=pg.mkPen(0, 0, 0, 0))
        high = pg.PlotCurveItem(X, HIGH, pen=pen)
        for item in (low, high, pg.FillBetweenItem(low, high, brush=brush)):
            box.addItem(item)

    def with_layer(box):
        layer = SeriesLayer(0)
        box.addItem(layer)
        low, high = Series(pg.mkPen(0, 0, 0, 0)), Series(pen)
        layer.add(Fill(low, high, brush=brush))
        layer.add(low)
        layer.add(high)
        low.setData(X, LOW)
        high.setData(X, HIGH)

    expected, drawn = _render(qtbot, with_pyqtgraph), _render(qtbot, with_layer)
    a = np.array([[expected.pixel(x, y) for x in range(0, 320, 2)] for y in range(0, 240, 2)])
    b = np.array([[drawn.pixel(x, y) for x in range(0, 320, 2)] for y in range(0, 240, 2)])
    assert len(np.unique(a)) > 5                              # something was drawn
    assert np.mean(a != b) < 0.001, "the layer's picture differs from pyqtgraph's"


def test_unchanged_data_leave_the_series_alone(qapp):
    from gui.widgets.plot_layers import Series
    series = Series("#000000")
    assert series.setData(X, LOW) is True
    version = series.version
    assert series.setData(X.copy(), LOW.copy()) is False      # equal data: nothing to redraw
    assert series.version == version
    assert series.setData(X, HIGH) is True
    assert series.dataBounds(1) == (pytest.approx(HIGH.min()), pytest.approx(HIGH.max()))
    assert series.dataBounds(0) == (X[0], X[-1])
    assert series.setData(X[:9] - 1, HIGH[:9]) is True               # new years, new bounds
    assert series.dataBounds(0) == (X[0] - 1, X[8] - 1)
    assert series.dataBounds(1) == (HIGH[:9].min(), HIGH[:9].max())
    assert series.setData(X[:9] - 1, LOW[:9]) is True                # same years, new values
    assert series.dataBounds(0) == (X[0] - 1, X[8] - 1)
    assert series.dataBounds(1) == (LOW[:9].min(), LOW[:9].max())


def test_a_fill_follows_its_edges(qapp):
    from gui.widgets.plot_layers import Fill, Series
    low, high = Series(), Series()
    fill = Fill(low, high, brush="#0072b2")
    low.setData(X, LOW)
    high.setData(X, HIGH)
    first = fill.path().boundingRect()
    assert first.top() == pytest.approx(LOW.min()) and first.bottom() == pytest.approx(HIGH.max())
    high.setData(X, HIGH + 50)
    assert fill.path().boundingRect().bottom() == pytest.approx(HIGH.max() + 50)


def test_paths_are_pyqtgraphs_whatever_the_data_before_and_earlier_paths_stay(qapp):
    # The series and fills refill one polygon in place (PolygonPoints); the path must be the
    # one pyqtgraph's arrayToQPath builds, for new data of another length too, and a path
    # built before must not change when the polygon is refilled.
    import pyqtgraph as pg

    from gui.widgets.plot_layers import Fill, Series

    def pyqtgraph_path(x, y):
        return pg.arrayToQPath(x, y, connect="all", finiteCheck=False)
    low, high = Series(), Series()
    fill = Fill(low, high)
    seen = []
    for n in (len(X), len(X), 7, len(X)):
        x, lo, hi = X[:n], LOW[:n] - n, HIGH[:n] + n
        low.setData(x, lo)
        high.setData(x, hi)
        assert high.path() == pyqtgraph_path(x, hi)
        assert fill.path() == pyqtgraph_path(np.concatenate([x, x[::-1]]),
                                             np.concatenate([lo, hi[::-1]]))
        seen.append((high.path(), pyqtgraph_path(x, hi)))
    assert all(kept == expected for kept, expected in seen)
    low.setData(X[:1], LOW[:1])
    assert low.path().isEmpty()                    # one point: no line (as pyqtgraph)


def test_exports_draw_everything_afresh_and_the_caches_come_back(open_window):
    from PySide6.QtWidgets import QGraphicsItem
    grid = open_window().plot_grid
    items = grid.scene().items()
    cached = [i for i in items if i.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    pictures = [i for i in items if i.graphicsEffect() is not None]
    assert cached and pictures                  # axes, text, layers; the legends
    with grid.uncached():
        assert all(i.cacheMode() == QGraphicsItem.CacheMode.NoCache for i in cached)
        assert not any(i.graphicsEffect().isEnabled() for i in pictures)
    assert all(i.cacheMode() != QGraphicsItem.CacheMode.NoCache for i in cached)
    assert all(i.graphicsEffect().isEnabled() for i in pictures)


def test_a_rough_layer_draws_its_lines_without_antialiasing(qtbot):
    """SeriesLayer.set_rough (the frames of a drag): the same line without antialiasing, so
    it has no blended edge pixels; set back, the antialiased picture again, pixel for pixel."""
    import pyqtgraph as pg

    from gui.widgets.plot_layers import Series, SeriesLayer
    pen = pg.mkPen("#d55e00", width=2.5)

    def line(rough):
        def add(box):
            layer = SeriesLayer(0)
            box.addItem(layer)
            layer.add(Series(pen)).setData(X, HIGH)
            if rough is not None:
                layer.set_rough(rough)
                assert layer.rough == rough
        return add

    def colours(image):
        return {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}

    smooth, rough, again = (_render(qtbot, line(None)), _render(qtbot, line(True)),
                            _render(qtbot, line(False)))
    assert len(colours(rough)) == 2              # the background and the pen's colour only
    assert len(colours(smooth)) > 10             # blended edges
    assert again == smooth


@pytest.mark.parametrize("cached", [False, True])
def test_a_layer_painted_rough_is_painted_in_full_again(qtbot, cached):
    """Going rough repaints nothing: it applies to what is painted anyway (any paint of an
    uncached layer; a cached layer's picture when its data change); going back repaints what
    was painted rough, a cached layer's picture too (the baseline's or the bands' redrawn
    during a drag: PlotGrid.set_dragging)."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from gui.widgets.plot_layers import Series, SeriesLayer
    pen = pg.mkPen("#0072b2", width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine)
    widget, plot = _fixed_plot(qtbot)
    layer = SeriesLayer(0, cached=cached)
    plot.vb.addItem(layer)
    line = layer.add(Series(pen))
    line.setData(X, LOW)
    widget.show()
    qtbot.waitExposed(widget)

    def picture():
        QApplication.processEvents()
        return widget.grab().toImage()
    smooth = picture()
    layer.set_rough(True)
    assert (picture() == smooth) == cached      # the cached picture is blitted as it was
    line.setData(X, LOW + 1e-9)                 # new data (the same pixels), painted rough
    assert picture() != smooth
    layer.set_rough(False)
    assert picture() == smooth

"""The plot grid: six panels in ONE pyqtgraph GraphicsLayoutWidget sharing the year axis.

Items are created once and updated with setData. Every panel shows the current scenario in
colour and the baseline thin, grey and dashed behind it. Later issues add compare curves
(`add_compare`/`remove_compare`) and uncertainty bands (`set_bands`).
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator, Optional

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QGraphicsItem, QSizePolicy

from model import outputs, view
from model.outputs import Results

from gui import format as fmt   # absolute: survives a move of this widget
from . import palette as pal

AXIS_WIDTH = 58           # px for left/right value axes: room for '10.000' and a unit label
STACK_TOP = "<stack>"     # a baseline entry meaning "the top of the stacked areas"


def tr(source: str) -> str:
    """Translate a plot-grid text."""
    return QCoreApplication.translate("PlotGrid", source)


class StickyViewBox(pg.ViewBox):
    """A view box whose automatic y range moves only when the data leave it or fill less than
    SHRINK_BELOW of it, and then with HEADROOM to spare. While a slider moves, the axes stay
    put, so their cached pictures are blitted instead of redrawn (issue 5: the frame budget;
    an axis redraw costs about 2 ms)."""

    SHRINK_BELOW = 0.55
    HEADROOM = 0.12
    EDGE_SLACK = 0.01      # a lower bound this far below zero (share of the top) counts as zero
    ZERO_MARGIN = 0.06     # room below zero (share of the span) for the '0' tick label

    def updateAutoRange(self):  # noqa: N802 - pyqtgraph's name
        y_auto = self.state["autoRange"][1]
        if self._updatingRange or y_auto is False:
            return super().updateAutoRange()
        bounds = self.childrenBounds(frac=[1.0, 1.0])[1]
        if bounds is None or not all(np.isfinite(bounds)):
            return super().updateAutoRange()
        low, high = float(bounds[0]), float(bounds[1])
        if -self.EDGE_SLACK * abs(high) <= low < 0:
            low = 0.0        # fill paths' bounds reach a pen width below zero: not data
        span = (high - low) or max(abs(high), 1.0)
        view_low, view_high = self.viewRange()[1]
        fits = view_low <= low and high <= view_high
        if not (fits and span >= self.SHRINK_BELOW * (view_high - view_low)):
            pad = self.suggestPadding(1) * span
            # Non-negative data: the axis starts a hair below zero so that its '0' is labelled.
            view_low = low - pad if low < 0 or low - pad >= 0 else -self.ZERO_MARGIN * span
            view_high = high + pad + (self.HEADROOM * span if high > 0 else 0.0)
            if low < 0:
                view_low -= self.HEADROOM * span
        # Let pyqtgraph handle x as usual, with y held at the (maybe new) sticky range.
        self.state["autoRange"][1] = False
        try:
            super().updateAutoRange()
            if (view_low, view_high) != tuple(self.viewRange()[1]):
                self.setRange(yRange=(view_low, view_high), padding=0.0, disableAutoRange=False)
        finally:
            self.state["autoRange"][1] = y_auto
            self._autoRangeNeedsUpdate = False


def fast_curve(**options) -> pg.PlotCurveItem:
    """A bare curve for data that is always finite and short (the model's yearly outputs):
    PlotCurveItem without PlotDataItem's per-setData bookkeeping and without the finite check,
    about four times cheaper per update (issue 5: the frame budget)."""
    return pg.PlotCurveItem(skipFiniteCheck=True, **options)


@contextmanager
def fills_updated_once(fills: list) -> Iterator[None]:
    """Within the block the curves of `fills` (FillBetweenItems) change without each fill
    rebuilding its path per changed edge; on leaving, every fill rebuilds its path once."""
    curves = {id(c): c for fill in fills for c in (fill.curves or ())}.values()
    blocked = [c for c in curves if not c.signalsBlocked()]
    for curve in blocked:
        curve.blockSignals(True)
    try:
        yield
    finally:
        for curve in blocked:
            curve.blockSignals(False)
        for fill in fills:
            fill.updatePath()


def localize_ticks(axis: pg.AxisItem, year_axis: bool = False) -> None:
    """Write the axis's tick numbers the interface language's way: German '1.000' and '2,5';
    a year axis never gets a thousands separator (2030). English ticks stay pyqtgraph's own."""
    original = axis.tickStrings

    def tick_strings(values, scale, spacing):
        return fmt.axis_ticks(original(values, scale, spacing), year_axis)

    axis.tickStrings = tick_strings


@dataclass(frozen=True)
class Series:
    """One result column in a panel: its colour, short legend name and whether it is hatched."""

    column: str
    color: str
    legend: str
    hatched: bool = False
    width: float = 2.5


@dataclass(frozen=True)
class PanelSpec:
    """What one panel shows. `stack`: columns drawn as stacked areas (bottom first); `lines`:
    columns drawn as lines on the left axis; `right`: lines on a right-hand axis;
    `shortfall`: (need, have) columns whose gap is shaded; `baseline`: columns (or STACK_TOP)
    drawn for the baseline; `key_column`: the one column compare curves and bands show."""

    key: str
    title: str
    unit: str
    stack: tuple[Series, ...] = ()
    lines: tuple[Series, ...] = ()
    right: tuple[Series, ...] = ()
    right_unit: str = ""
    shortfall: Optional[tuple[str, str, str]] = None   # (need, have, legend)
    baseline: tuple[str, ...] = ()
    key_column: str = ""
    y_range: Optional[tuple[float, float]] = None
    mark_bust: bool = False


def panel_specs() -> tuple[PanelSpec, ...]:
    """The six panels, in reading order (left to right, top to bottom)."""
    fg = "fg"   # resolved to the palette's text colour
    return (
        PanelSpec("capex", tr("AI capex by region"), tr("$B per year"),
                  stack=(Series("capex_us_busd", pal.BLUE, tr("US")),
                         Series("capex_china_busd", pal.VERMILLION, tr("China")),
                         Series("capex_eu_busd", pal.ORANGE, tr("EU")),
                         Series("capex_uk_busd", pal.PURPLE, tr("UK")),
                         Series("capex_row_busd", pal.GREEN, tr("Rest of world"))),
                  baseline=(STACK_TOP,), key_column="capex_total_busd"),
        PanelSpec("power", tr("US power: demand vs available"), tr("GW"),
                  lines=(Series("power_demand_us_gw", pal.VERMILLION, tr("Demand")),
                         Series("power_available_us_gw", pal.BLUE, tr("Available"))),
                  shortfall=("power_demand_us_gw", "power_available_us_gw", tr("Shortfall")),
                  baseline=("power_demand_us_gw", "power_available_us_gw"),
                  key_column="power_demand_us_gw"),
        PanelSpec("revenue", tr("AI revenue vs required (R1)"), tr("$B per year"),
                  stack=(Series("ai_revenue_organic_busd", pal.GREEN, tr("Organic")),
                         Series("ai_revenue_circular_busd", pal.PURPLE, tr("Circular"),
                                hatched=True)),
                  lines=(Series("required_revenue_busd", fg, tr("Required (R1)"), width=3),),
                  shortfall=("required_revenue_busd", "ai_revenue_busd", tr("Revenue gap")),
                  baseline=(STACK_TOP, "required_revenue_busd"),
                  key_column="ai_revenue_busd"),
        PanelSpec("financing", tr("Financing of AI capex"), tr("$B per year"),
                  stack=(Series("financing_cashflow_busd", pal.GREEN, tr("Cash flow")),
                         Series("financing_debt_busd", pal.BLUE, tr("Debt")),
                         Series("financing_equity_busd", pal.SKY, tr("Equity")),
                         Series("financing_spv_busd", pal.VERMILLION, tr("SPV / priv. credit")),
                         Series("financing_leasing_busd", pal.ORANGE, tr("Leasing")),
                         Series("financing_commitments_busd", pal.PURPLE, tr("Cloud commitments"))),
                  right=(Series("debt_stock_busd", fg, tr("Debt stock (right)"), width=3),),
                  right_unit=tr("debt stock, $B"),
                  baseline=(STACK_TOP, "debt_stock_busd"), key_column="debt_stock_busd"),
        PanelSpec("macro", tr("US macro effect of AI capex"), tr("% of GDP  |  pp"),
                  lines=(Series("us_ai_capex_share_gdp_pct", pal.BLUE, tr("Share of GDP (%)")),
                         Series("us_gdp_growth_contribution_pp", pal.ORANGE,
                                tr("Growth contrib. (pp)"))),
                  baseline=("us_ai_capex_share_gdp_pct", "us_gdp_growth_contribution_pp"),
                  key_column="us_ai_capex_share_gdp_pct"),
        PanelSpec("stress", tr("Financial stress index"), tr("index, 0–100"),
                  lines=(Series("stress_index", pal.VERMILLION, tr("Stress")),),
                  baseline=("stress_index",), key_column="stress_index",
                  y_range=(0, 100), mark_bust=True),
    )


@dataclass
class Panel:
    """The live items of one panel."""

    spec: PanelSpec
    plot: pg.PlotItem
    legend: pg.LegendItem
    curves: dict[str, pg.PlotDataItem] = field(default_factory=dict)       # current scenario
    baseline: dict[str, pg.PlotDataItem] = field(default_factory=dict)
    fills: list = field(default_factory=list)
    right_view: Optional[pg.ViewBox] = None
    shortfall_edges: tuple = ()
    zero: Optional[pg.PlotDataItem] = None
    bust_line: Optional[pg.InfiniteLine] = None
    baseline_bust_line: Optional[pg.InfiniteLine] = None
    crosshair: Optional[pg.InfiniteLine] = None
    hover_text: Optional[pg.TextItem] = None
    compare: dict[str, pg.PlotDataItem] = field(default_factory=dict)
    bands: dict[str, object] = field(default_factory=dict)

    def view_for(self, column: str) -> pg.ViewBox:
        """The view box a column is drawn in (the right-hand one for right-axis columns)."""
        if self.right_view is not None and column in [s.column for s in self.spec.right]:
            return self.right_view
        return self.plot.vb


class PlotGrid(pg.GraphicsLayoutWidget):
    """Six panels, created once; `show_results` and `show_baseline` update them with setData."""

    COLUMNS = 3
    MAX_COMPARE = 4

    def __init__(self, parent=None):
        self._fg = pal.foreground()
        pg.setConfigOptions(antialias=True, foreground=self._fg, background=pal.background())
        super().__init__(parent)
        self.setBackground(pal.background())
        self.results: Optional[Results] = None
        self.baseline_results: Optional[Results] = None
        self.compare_results: dict[str, Results] = {}
        self.panels: dict[str, Panel] = {}
        self._font_scale = 1.0
        self.ci.setSpacing(2)
        self.ci.layout.setHorizontalSpacing(18)
        self.ci.setContentsMargins(2, 2, 10, 2)
        for n, spec in enumerate(panel_specs()):
            # Plots and legends in separate rows of one grid: plots in a row share their height.
            row, col = 2 * (n // self.COLUMNS), n % self.COLUMNS
            self.panels[spec.key] = self._build_panel(spec, row, col)
        # Shared year axis. pyqtgraph lines linked views up pixel by pixel when they overlap
        # horizontally, which would cut the range of a narrower plot in the same column (the
        # financing panel has a right axis); so every plot links to the power panel, whose
        # column partner (macro) has the same width.
        self.master = self.panels["power"].plot
        for panel in self.panels.values():
            if panel.plot is not self.master:
                panel.plot.setXLink(self.master)
        grid = self.ci.layout
        for col in range(self.COLUMNS):
            grid.setColumnStretchFactor(col, 1)
        for row in range(0, grid.rowCount(), 2):
            grid.setRowStretchFactor(row, 1)
            grid.setRowStretchFactor(row + 1, 0)
        minimum = self.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize)
        self.setMinimumSize(int(minimum.width()) + 8, max(380, int(minimum.height()) + 8))
        self.scene().sigMouseMoved.connect(self._mouse_moved)

    # --- building ----------------------------------------------------------------------------
    def _color(self, color: str) -> QColor:
        return QColor(self._fg) if color == "fg" else QColor(color)

    def _build_panel(self, spec: PanelSpec, row: int, col: int) -> Panel:
        plot = self.ci.addPlot(row=row, col=col, viewBox=StickyViewBox())
        legend = pg.LegendItem(colCount=2, labelTextSize="9pt", horSpacing=4, verSpacing=-6,
                               frame=False, labelTextColor=self._fg)
        legend.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.ci.addItem(legend, row=row + 1, col=col)
        self.ci.layout.setAlignment(legend, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        panel = Panel(spec, plot, legend)
        plot.setTitle(f"<b>{spec.title}</b>", size="10pt")
        plot.titleLabel.setMinimumWidth(0)    # a long (translated) title must not widen the grid
        plot.setLabel("left", spec.unit)
        plot.setLabel("bottom", tr("year"))
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.showGrid(x=False, y=True, alpha=0.12)   # x grid costs ~4 ms per repaint
        plot.getAxis("left").setWidth(AXIS_WIDTH)
        for name in ("left", "bottom", "right"):
            axis = plot.getAxis(name)
            axis.setTickFont(self._tick_font())
            axis.label.setFont(self._tick_font())
            localize_ticks(axis, year_axis=(name == "bottom"))
            # An axis (with its grid lines) is drawn into a pixmap once and blitted until its
            # range or style changes: replaying its picture costs ~2 ms per axis per frame.
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if spec.y_range:
            plot.setYRange(*spec.y_range, padding=0.06)     # room for the end labels
            plot.enableAutoRange(axis="y", enable=False)

        if spec.right:
            right = StickyViewBox()
            plot.showAxis("right")
            plot.scene().addItem(right)
            plot.getAxis("right").linkToView(right)
            plot.getAxis("right").setLabel(spec.right_unit)
            plot.getAxis("right").setWidth(AXIS_WIDTH)
            right.setXLink(plot)
            right.setMouseEnabled(x=False, y=False)
            right.setMenuEnabled(False)

            def sync(*_, plot=plot, right=right):
                right.setGeometry(plot.vb.sceneBoundingRect())
                right.linkedViewChanged(plot.vb, right.XAxis)
            plot.vb.sigResized.connect(sync)
            panel.right_view = right

        # Baseline first: it lies behind the scenario's lines (z 5) but above the areas (z -5).
        for column in spec.baseline:
            item = pg.PlotDataItem(pen=pg.mkPen(pal.BASELINE_GREY, width=1.5,
                                                style=Qt.PenStyle.DashLine))
            item.setZValue(5)
            panel.view_for(column).addItem(item)
            panel.baseline[column] = item

        # Stacked areas: each band is filled between its lower and upper edge.
        lower = fast_curve(pen=pg.mkPen(0, 0, 0, 0))    # y = 0 under the lowest band
        plot.addItem(lower)
        panel.zero = lower
        for series in spec.stack:
            color = self._color(series.color)
            edge = fast_curve(pen=pg.mkPen(color.darker(115), width=1))
            edge.setZValue(-4)
            plot.addItem(edge)
            brush = (QBrush(pal.with_alpha(color, 230), Qt.BrushStyle.BDiagPattern)
                     if series.hatched else pg.mkBrush(pal.with_alpha(color, 170)))
            fill = pg.FillBetweenItem(lower, edge, brush=brush)
            fill.setZValue(-5)
            plot.addItem(fill)
            panel.curves[series.column] = edge
            panel.fills.append(fill)
            sample = pg.PlotDataItem(pen=pg.mkPen(color, width=1), fillLevel=0, fillBrush=brush)
            sample.visibleChanged.connect(
                lambda s=sample, e=edge, f=fill: (e.setVisible(s.isVisible()), f.setVisible(s.isVisible())))
            legend.addItem(sample, series.legend)
            lower = edge

        if spec.shortfall:
            need, have, label = spec.shortfall
            brush = pg.mkBrush(pal.with_alpha(pal.VERMILLION, 120 if pal.is_dark() else 80))
            low = fast_curve(pen=pg.mkPen(0, 0, 0, 0))
            high = fast_curve(pen=pg.mkPen(0, 0, 0, 0))
            for item in (low, high):
                plot.addItem(item)
            band = pg.FillBetweenItem(low, high, brush=brush)
            band.setZValue(-3)
            plot.addItem(band)
            panel.shortfall_edges = (low, high)
            sample = pg.PlotDataItem(pen=pg.mkPen(brush.color()),
                                     fillLevel=0, fillBrush=brush)
            sample.visibleChanged.connect(lambda s=sample, b=band: b.setVisible(s.isVisible()))
            panel.fills.append(band)
            legend.addItem(sample, label)

        for series in spec.lines + spec.right:
            item = fast_curve(pen=pg.mkPen(self._color(series.color), width=series.width))
            item.setZValue(10)
            panel.view_for(series.column).addItem(item)
            panel.curves[series.column] = item
            legend.addItem(item, series.legend)

        if spec.baseline:
            legend.addItem(panel.baseline[spec.baseline[0]], tr("Baseline"))

        if spec.mark_bust:
            panel.bust_line = pg.InfiniteLine(
                angle=90, movable=False, pen=pg.mkPen(self._fg, width=2),
                label=tr("bust {value:.0f}"),
                labelOpts={"position": 0.92, "color": self._fg, "anchors": [(1, 0), (1, 0)],
                           "fill": pal.with_alpha(pal.background(), 200)})
            panel.baseline_bust_line = pg.InfiniteLine(
                angle=90, movable=False,
                pen=pg.mkPen(pal.BASELINE_GREY, width=1.5, style=Qt.PenStyle.DashLine))
            for line in (panel.bust_line, panel.baseline_bust_line):
                line.setVisible(False)
                plot.addItem(line, ignoreBounds=True)

        panel.crosshair = pg.InfiniteLine(angle=90, movable=False,
                                          pen=pg.mkPen(pal.with_alpha(self._fg, 110), width=1))
        panel.crosshair.setVisible(False)
        plot.addItem(panel.crosshair, ignoreBounds=True)
        panel.hover_text = pg.TextItem(color=self._fg, fill=pal.with_alpha(pal.background(), 225),
                                       border=pg.mkPen(pal.with_alpha(self._fg, 120)))
        panel.hover_text.setZValue(100)
        panel.hover_text.setVisible(False)
        plot.addItem(panel.hover_text, ignoreBounds=True)
        return panel

    def _tick_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(9 * self._font_scale)
        return font

    # --- updating ----------------------------------------------------------------------------
    def show_results(self, results: Results) -> None:
        """Draw the current scenario (scenario 0 of `results`) in every panel."""
        self.results = results
        years = results.years.astype(float)
        for panel in self.panels.values():
            spec = panel.spec
            with fills_updated_once(panel.fills):
                if spec.stack and not np.array_equal(panel.zero.getData()[0], years):
                    panel.zero.setData(years, np.zeros_like(years))
                if spec.stack:
                    edges = view.stack([results[s.column][0] for s in spec.stack])
                    for series, edge in zip(spec.stack, edges):
                        panel.curves[series.column].setData(years, edge)
                for series in spec.lines + spec.right:
                    panel.curves[series.column].setData(years, results[series.column][0])
                if spec.shortfall:
                    need, have, _ = spec.shortfall
                    low, high = view.shortfall_band(results[need][0], results[have][0])
                    panel.shortfall_edges[0].setData(years, low)
                    panel.shortfall_edges[1].setData(years, high)
            if panel.bust_line is not None:
                bust = results.bust_year(0)
                panel.bust_line.setVisible(bust is not None)
                if bust is not None:
                    # The label goes on the side of the line with more room.
                    side = (0, 0) if bust < (years[0] + years[-1]) / 2 else (1, 0)
                    panel.bust_line.label.anchors = [side, side]
                    panel.bust_line.setValue(bust)
                    panel.bust_line.label.updatePosition()
            if spec.right and panel.right_view.state["autoRange"][1] is False:
                panel.right_view.enableAutoRange(axis="y")     # (runs a range update at once)
        if getattr(self, "_x_years", None) != (years[0], years[-1]):
            self._x_years = (years[0], years[-1])
            self.master.setXRange(years[0], years[-1], padding=0.01)

    def show_baseline(self, baseline: Results) -> None:
        """Draw the baseline (thin grey dashed) in every panel."""
        self.baseline_results = baseline
        years = baseline.years.astype(float)
        for panel in self.panels.values():
            for column, item in panel.baseline.items():
                if column == STACK_TOP:
                    y = view.stack([baseline[s.column][0] for s in panel.spec.stack])[-1]
                else:
                    y = baseline[column][0]
                item.setData(years, y)
            if panel.baseline_bust_line is not None:
                bust = baseline.bust_year(0)
                panel.baseline_bust_line.setVisible(bust is not None)
                if bust is not None:
                    panel.baseline_bust_line.setValue(bust)

    # --- layout and style for presentation mode (issue 6) ---------------------------------------
    def set_visible_panels(self, names=None) -> None:
        """Show only the panels `names` (1 to 6 panel keys, in reading order: 1 fills the grid,
        2 or 3 side by side, 4 two by two); None shows the normal 3 × 2 grid of all six.
        Raises ValueError for an unknown or repeated name."""
        order = list(self.panels) if not names else list(names)
        unknown = [n for n in order if n not in self.panels]
        if unknown or len(set(order)) != len(order):
            raise ValueError(f"panels {order!r}: choose different names from {', '.join(self.panels)}")
        columns = {1: 1, 2: 2, 3: 3, 4: 2}.get(len(order), self.COLUMNS)
        grid = self.ci.layout
        while grid.count():             # the grid holds only the plots and their legends
            grid.removeAt(grid.count() - 1)
        for row in range(grid.rowCount()):
            grid.setRowStretchFactor(row, 0)
        for col in range(grid.columnCount()):
            grid.setColumnStretchFactor(col, 0)
        self.ci.rows, self.ci.items = {}, {}
        for key, panel in self.panels.items():
            shown = key in order
            for item in (panel.plot, panel.legend, panel.right_view):
                if item is not None:
                    item.setVisible(shown)
        for n, key in enumerate(order):
            panel = self.panels[key]
            row, col = 2 * (n // columns), n % columns
            for item, r in ((panel.plot, row), (panel.legend, row + 1)):
                grid.addItem(item, r, col)
                self.ci.rows.setdefault(r, {})[col] = item
                self.ci.items[item] = [(r, col)]
            grid.setAlignment(panel.legend, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            grid.setRowStretchFactor(row, 1)
            grid.setColumnStretchFactor(col, 1)
        self._panel_order = tuple(order)
        # Linked views line up pixel by pixel with the (maybe hidden) master: in a partial
        # layout every plot gets the year range of its own instead.
        for panel in self.panels.values():
            if panel.plot is not self.master:
                panel.plot.setXLink(self.master if len(order) == len(self.panels) else None)
        if self.results is not None:
            years = self.results.years
            for key in order:
                self.panels[key].plot.setXRange(years[0], years[-1], padding=0.01)
        grid.invalidate()
        minimum = self.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize)    # fewer panels need less room
        self.setMinimumSize(int(minimum.width()) + 8, max(380 if len(order) > 3 else 250,
                                                          int(minimum.height()) + 8))

    def visible_panels(self) -> tuple[str, ...]:
        """The keys of the panels shown, in reading order."""
        return getattr(self, "_panel_order", tuple(self.panels))

    def set_style(self, line_scale: float = 1.0, font_scale: float = 1.0,
                  high_contrast: bool = False) -> None:
        """Line widths and fonts times `line_scale` and `font_scale`; `high_contrast`: black on
        white with a darker baseline and a stronger grid (for projectors). (1, 1, False) is the
        normal look."""
        self._font_scale = font_scale
        fg = QColor("#000000") if high_contrast else QColor(self._fg)
        self.setBackground("#FFFFFF" if high_contrast else pal.background())
        grey = "#505050" if high_contrast else pal.BASELINE_GREY
        for panel in self.panels.values():
            spec, plot = panel.spec, panel.plot
            plot.setTitle(f"<b>{spec.title}</b>", size=f"{10 * font_scale:.1f}pt", color=fg)
            plot.titleLabel.setMaximumHeight(30 * font_scale)
            plot.layout.setRowFixedHeight(0, 30 * font_scale)
            plot.showGrid(x=False, y=True, alpha=0.3 if high_contrast else 0.12)
            for name in ("left", "bottom", "right"):
                axis = plot.getAxis(name)
                axis.setTickFont(self._tick_font())
                axis.label.setFont(self._tick_font())
                axis.setPen(fg)
                axis.setTextPen(fg)
                if name != "bottom":
                    axis.setWidth(int(AXIS_WIDTH * max(1.0, font_scale)))
            panel.legend.setLabelTextColor(fg)
            size = f"{9 * font_scale:.1f}pt"
            panel.legend.opts["labelTextSize"] = size
            for _, label in panel.legend.items:
                label.setText(label.text, size=size, color=fg)
            for series in spec.lines + spec.right:
                color = fg if series.color == "fg" else QColor(series.color)
                panel.curves[series.column].setPen(pg.mkPen(color, width=series.width * line_scale))
            for series in spec.stack:
                panel.curves[series.column].setPen(
                    pg.mkPen(QColor(series.color).darker(115), width=line_scale))
            for item in panel.baseline.values():
                item.setPen(pg.mkPen(grey, width=1.5 * line_scale, style=Qt.PenStyle.DashLine))
            if panel.bust_line is not None:
                panel.bust_line.setPen(pg.mkPen(fg, width=2 * line_scale))

    # --- reading (tests, export) --------------------------------------------------------------
    def curve_data(self, panel: str, column: str) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) as drawn for the current scenario; for stacked areas y is the band's upper edge."""
        return self.panels[panel].curves[column].getData()

    def baseline_data(self, panel: str, column: str) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) as drawn for the baseline (column may be STACK_TOP)."""
        return self.panels[panel].baseline[column].getData()

    # --- compare curves (snapshots) and uncertainty bands, for later issues ---------------------
    def add_compare(self, name: str, results: Results, index: int = 0) -> None:
        """Draw scenario `index` of `results` as a labelled dotted curve in every panel
        (its key column). At most MAX_COMPARE; re-adding a name replaces its curves."""
        if name not in self.compare_results and len(self.compare_results) >= self.MAX_COMPARE:
            raise ValueError(f"at most {self.MAX_COMPARE} compare curves")
        self.remove_compare(name)
        slot = [n for n in range(self.MAX_COMPARE)
                if pal.COMPARE[n] not in {c for c in self._compare_colors().values()}][0]
        self.compare_results[name] = results
        years = results.years.astype(float)
        for panel in self.panels.values():
            column = panel.spec.key_column
            item = pg.PlotDataItem(years, results[column][index],
                                   pen=pg.mkPen(pal.COMPARE[slot], width=2, style=Qt.PenStyle.DotLine))
            item.setZValue(8)
            item.setProperty("compare_color", pal.COMPARE[slot])
            panel.view_for(column).addItem(item)
            panel.legend.addItem(item, name)
            panel.compare[name] = item

    def _compare_colors(self) -> dict[str, str]:
        first = next(iter(self.panels.values()))
        return {name: item.property("compare_color") for name, item in first.compare.items()}

    def remove_compare(self, name: str) -> None:
        """Remove the compare curves called `name` (no error if there are none)."""
        self.compare_results.pop(name, None)
        for panel in self.panels.values():
            item = panel.compare.pop(name, None)
            if item is not None:
                panel.legend.removeItem(item)
                panel.view_for(panel.spec.key_column).removeItem(item)

    def set_bands(self, years: Optional[np.ndarray], bands: Optional[dict[str, dict]]) -> None:
        """Show uncertainty bands: `bands[column]` = {"p10","p25","p50","p75","p90": arrays}
        for the panels' key columns; None hides every band."""
        for panel in self.panels.values():
            column = panel.spec.key_column
            data = (bands or {}).get(column)
            if not panel.bands:
                if data is None:
                    continue
                panel.bands = self._make_bands(panel)
            for item in panel.bands.values():
                item.setVisible(data is not None)
            if data is None:
                continue
            x = np.asarray(years, dtype=float)
            with fills_updated_once([panel.bands["fill_10_90"], panel.bands["fill_25_75"]]):
                for q in ("p10", "p25", "p50", "p75", "p90"):
                    panel.bands[q].setData(x, data[q])

    def _make_bands(self, panel: Panel) -> dict:
        box = panel.view_for(panel.spec.key_column)
        color = pal.SKY if pal.is_dark() else pal.BLUE
        items = {q: fast_curve(pen=pg.mkPen(pal.with_alpha(color, 0 if q != "p50" else 200),
                                            width=1.5))
                 for q in ("p10", "p25", "p50", "p75", "p90")}
        for item in items.values():
            box.addItem(item)
        outer = pg.FillBetweenItem(items["p10"], items["p90"], brush=pal.with_alpha(color, 40))
        inner = pg.FillBetweenItem(items["p25"], items["p75"], brush=pal.with_alpha(color, 70))
        for fill in (outer, inner):
            fill.setZValue(-2)
            box.addItem(fill)
        items["fill_10_90"], items["fill_25_75"] = outer, inner
        return items

    # --- hover crosshair -------------------------------------------------------------------------
    def _mouse_moved(self, pos: QPointF) -> None:
        hovered = next((p for p in self.panels.values() if p.plot.isVisible()
                        and p.plot.vb.sceneBoundingRect().contains(pos)), None)
        for panel in self.panels.values():
            panel.hover_text.setVisible(False)
            panel.crosshair.setVisible(False)
        if hovered is None or self.results is None:
            return
        x = hovered.plot.vb.mapSceneToView(pos).x()
        index = view.year_index(self.results.years, x)
        if index is None:
            return
        year = float(self.results.years[index])
        for panel in self.panels.values():
            panel.crosshair.setValue(year)
            panel.crosshair.setVisible(True)
        self._show_hover(hovered, index, year)

    def hover_lines(self, panel: Panel, index: int) -> list[str]:
        """The values of a panel's series in one year: 'legend name: value (baseline value)'.
        Stacked layers show their own value, not the running total; a stack adds its total."""
        spec = panel.spec
        entries = [(s.legend, s.column) for s in spec.stack + spec.lines + spec.right]
        if spec.stack and spec.key_column not in [c for _, c in entries]:
            entries.append((tr("Total"), spec.key_column))
        lines = []
        for name, column in entries:
            unit = outputs.column_unit(column)
            value = fmt.value(float(self.results[column][0, index]), unit)
            line = f"{name}: <b>{value}</b>"
            if self.baseline_results is not None:
                base = fmt.value(float(self.baseline_results[column][0, index]), unit)
                line += f" <span style='color:{pal.BASELINE_GREY}'>({base})</span>"
            lines.append(line)
        return lines

    def _show_hover(self, panel: Panel, index: int, year: float) -> None:
        lines = self.hover_lines(panel, index)
        note = tr("(baseline)") if self.baseline_results is not None else ""
        panel.hover_text.setHtml(
            f"<div style='font-size:8pt'><b>{year:.0f}</b> "
            f"<span style='color:{pal.BASELINE_GREY}'>{note}</span><br/>"
            + "<br/>".join(lines) + "</div>")
        # Pinned to the top corner away from the cursor, so it stays inside the panel.
        (x0, x1), (y0, y1) = panel.plot.vb.viewRange()
        left_half = year < (x0 + x1) / 2
        panel.hover_text.setAnchor((1, 0) if left_half else (0, 0))
        panel.hover_text.setPos(x1 if left_half else x0, y1)
        panel.hover_text.setVisible(True)

"""The plot grid: the registered panels (model/panels.py) in ONE pyqtgraph
GraphicsLayoutWidget sharing the year axis.

Items are created once and updated with setData. Every panel shows the current scenario in
colour and the baseline thin, grey and dashed behind it. A panel's lines and areas are not scene
items of their own: a few layers per panel draw them (gui/widgets/plot_layers.py), and what does
not change while a slider moves (axes, text, legends, baseline, bands) is drawn from cached
pictures (issue 13: the frame budget, docs/PERFORMANCE.md). Features draw on top only through
the public API below, never through the panels' pyqtgraph items or the layout:

    overlays       add_overlay / set_overlay_data / style_overlay / remove_overlay / overlays
    legend entries add_legend_entry / remove_legend_entry / legend_texts / set_legends_visible
    compare curves add_compare / remove_compare / compare_color / compare_names
    bands          set_bands / style_bands / set_band_opacity / set_band_legend
    layout         set_visible_panels / visible_panels / set_spacing / spacing /
                   fit_year_axes / refit / fits_width / title_gap
    panels         panel_keys / panel_title / set_style
    hover readout  hover_at / clear_hover / hover_readout (follows every data change)
    drag quality   set_dragging / drawing_rough: while a slider is held, new data are drawn
                   rough (lines without antialiasing), the full picture again once the hand
                   stops (ROUGH_IDLE_MS) or lets go
The grid's shape (columns × rows) follows the number of visible panels (grid_shape).

Legends are compact: ONE shared legend above the panels shows the scenario styles every
panel has in common (the baseline, the compared snapshots, the uncertainty bands and their
median), and each panel's legend names only its own series, by short names. The legends are
compact (gui/widgets/legend.py: small samples, no label margins, entries down the columns).
A panel's legend lies inside its data area, on a translucent ground, in the place (a corner or
the middle of the top or bottom edge) and shape (columns) where it covers the fewest drawn
points (place_legends, once the data settle), and takes no row of its own; where every place
hides some, a strip above the data is kept free for it, and a legend wider than the data area
lies over that strip and the axes beside it, on an opaque ground; a legend of one
entry (it would repeat the title) is not shown. The shared legend takes as many columns as
fit the width (fit_legend_columns). set_legends_visible(False) hides them all (View ▸
Legends, L); the shared legend's row goes to the plots.
"""
from __future__ import annotations

import math
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator, Optional

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QImage,
                           QPainter, QPen)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

from model import outputs, view
from model import panels as registry
from model.outputs import Results
from model.panels import STACK_TOP
from model.limits import MAX_COMPARE_SHOWN

from .. import plain_text
from .plot_layers import (Fill, Series, SeriesLayer, cache_text, drawn_items, keep_still,
                          room_for_caches)
from .. import palette as pal
from gui import format as fmt
from .legend import (LEGEND_POINTS, arrange, column_choices, entry_sizes, legend_columns,
                     legend_size, make_legend)

AXIS_WIDTH = 52           # px: the least width of a left/right value axis (fit_axes widens it)
AXIS_SLACK = 8            # px: fit_axes narrows an axis only when it needs more than this less
AXIS_GAP = 1              # px between an axis's widest tick number and its title
TICK_TEXT_OFFSET = 3      # px between a value axis's ticks and its numbers
PANEL_LEGEND_SHARE = 0.8  # a panel's legend is at most this share of its data area's width
PANEL_LEGEND_AREA = 0.2   # … and, in the shape place_legends prefers, of its data area
STRIP = "strip"           # a legend's room: the strip above the data (see place_legends)
PANEL_MIN_WIDTH = 200     # px: the least width of a grid column (its plot still readable)
TITLE_HEIGHT = 22         # px for a panel's title row (times the font scale)
SPACING = (18, 2)         # px between panels: (horizontal, vertical), at least (spacing())
ROW_GAP_LINES = 0.5       # the rows of panels lie this share of a year number's line apart
SHARED = "<shared>"       # the shared legend's key in legend_texts / add_legend_entry
COMPARE_KEY = "compare-series"   # the legend entry naming the series compare curves show
COMPARE_WIDTH = 2.5       # px: a compare curve's width (times set_style's line scale)
ROUGH_IDLE_MS = 150       # a held slider still this long: its frames drawn in full again


def tr(source: str) -> str:
    """Translate a plot-grid text (also the registry's panel titles, units and legend names)."""
    return QCoreApplication.translate("PlotGrid", source)


def grid_shape(count: int) -> tuple[int, int]:
    """(columns, rows) for `count` visible panels: up to three side by side, then the
    smallest square-ish grid (4 → 2 × 2, 5 or 6 → 3 × 2, 7 to 9 → 3 × 3)."""
    if count <= 0:
        return 0, 0
    columns = count if count <= 3 else math.ceil(math.sqrt(count))
    return columns, math.ceil(count / columns)


class StickyViewBox(pg.ViewBox):
    """A view box whose automatic y range is a function of the data shown (fit_range), kept
    still while they move: while `moving` (a slider is dragged: PlotGrid sets it on every
    step) the range only grows, and only when the data leave it; settle() (once the data
    settle) gives it the fitted range again, which may shrink it. So the axes stay put while a
    slider moves (their cached pictures are blitted instead of redrawn: issue 5, the frame
    budget; an axis redraw costs about 2 ms), never jump back and forth, and the same data
    always get the same range, whatever came before (the legends' places depend on it)."""

    HEADROOM = 0.12
    PADDING = 0.06         # room beyond the data (share of the span); not pyqtgraph's
                           # suggestPadding, which depends on the pixel height, so that a
                           # panel's range does not change when other panels are added
    EDGE_SLACK = 0.01      # a lower bound this far below zero (share of the top) counts as zero
    ZERO_MARGIN = 0.06     # room below zero (share of the span) for the '0' tick label
    MOST_ROOM = 0.4        # the top_room asked for is at most this share of the height
    GROW_EXTRA = 0.25      # while moving, a range the data leave grows this share further

    def __init__(self, zero_based: bool = False, **options):
        super().__init__(**options)
        self.zero_based = zero_based     # the range always includes zero
        self.moving = False              # True: the range only grows (see settle)
        self.top_room = 0.0              # share (0 to MOST_ROOM) of the height kept free
                                         # above the data, e.g. for a legend

    def data_bounds(self) -> Optional[tuple[float, float]]:
        """(lowest, highest) y of the visible data items, in data units, or None. Unlike
        pyqtgraph's childrenBounds it adds no pixel padding for pen widths, which would make
        the range depend on the panel's pixel height."""
        lows, highs = [], []
        for item in self.addedItems:
            if not item.isVisible() or getattr(item, "dataBounds", None) is None:
                continue       # fills span the curves they join; they add nothing
            bounds = item.dataBounds(1, frac=1.0)
            if bounds is None or bounds[0] is None:
                continue
            low, high = float(bounds[0]), float(bounds[1])
            if not (math.isfinite(low) and math.isfinite(high)):    # (math: a box's range is
                continue                                         # fitted at every frame)
            lows.append(low)
            highs.append(high)
        return (min(lows), max(highs)) if lows else None

    def fit_range(self, bounds: Optional[tuple[float, float]] = None
                  ) -> Optional[tuple[float, float]]:
        """The y range (low, high), in data units, that the visible data get: PADDING beyond
        them, HEADROOM more above (and below negative data), a hair below zero for a
        non-negative axis (its '0' labelled), and `top_room` of the height free above the
        data (`bounds`: data_bounds, if known); None without data."""
        bounds = bounds or self.data_bounds()
        if bounds is None:
            return None
        low, high = bounds
        if -self.EDGE_SLACK * abs(high) <= low < 0:
            low = 0.0        # fill paths' bounds reach a pen width below zero: not data
        if self.zero_based:
            low, high = min(low, 0.0), max(high, 0.0)
        span = (high - low) or max(abs(high), 1.0)
        pad = self.PADDING * span
        view_low = low - pad if low < 0 or low - pad >= 0 else -self.ZERO_MARGIN * span
        view_high = high + pad + (self.HEADROOM * span if high > 0 else 0.0)
        if low < 0:
            view_low -= self.HEADROOM * span
        room = self.room_used()
        if room > 0:         # the data's top (high + pad) at (1 - room) of the height
            top = high + pad
            view_high = max(view_high, top + room * (top - view_low) / (1 - room))
        return view_low, view_high

    def room_used(self) -> float:
        """The share of the height kept free above the data now (top_room, at most
        MOST_ROOM)."""
        return min(max(self.top_room, 0.0), self.MOST_ROOM)

    def settle(self) -> None:
        """The data settled: leave `moving` and give the automatic y range its fitted value
        (fit_range) for the data shown now, e.g. smaller again after the bands went off."""
        self.moving = False
        if self.state["autoRange"][1] is not False:
            self.updateAutoRange()

    def updateAutoRange(self):  # noqa: N802 - pyqtgraph's name
        y_auto = self.state["autoRange"][1]
        if self._updatingRange or y_auto is False:
            return super().updateAutoRange()
        bounds = self.data_bounds()
        fitted = self.fit_range(bounds)
        if fitted is None:
            return super().updateAutoRange()
        view_low, view_high = fitted
        if self.moving:      # only grow, and only when the data leave the range
            now_low, now_high = self.viewRange()[1]
            if now_low <= bounds[0] and bounds[1] <= now_high:
                view_low, view_high = now_low, now_high
            else:            # on the side the data left, with room to spare: they may go on
                extra = self.GROW_EXTRA * (view_high - view_low)
                view_low = min(view_low - extra, now_low) if bounds[0] < now_low else now_low
                view_high = max(view_high + extra, now_high) if bounds[1] > now_high else now_high
        # Let pyqtgraph handle x as usual, with y held at the (maybe new) sticky range.
        self.state["autoRange"][1] = False
        try:
            super().updateAutoRange()
            if (view_low, view_high) != tuple(self.viewRange()[1]):
                self.setRange(yRange=(view_low, view_high), padding=0.0, disableAutoRange=False)
        finally:
            self.state["autoRange"][1] = y_auto
            self._autoRangeNeedsUpdate = False


def narrow_title(label: pg.LabelItem) -> None:
    """Let a title label be narrower than its text: pyqtgraph makes the text's width the
    label's minimum on every text change and resize, which would make a long (translated)
    title set the whole grid's, and so the window's, minimum width. Its preferred width is
    `label.shared_width` (PlotGrid.share_title_width: the widest title shown), not its own
    text's: a long title gave its column more of the grid than the others (three panels in
    presentation mode at 1280 px: 230, 180 and 290 px of data area)."""
    original = label.updateMin
    label.shared_width = 0.0

    def update_min():           # (pyqtgraph calls it last in every resize and new text)
        original()
        label.setMinimumWidth(0)
        height = label._sizeHint[Qt.SizeHint.PreferredSize][1]
        label._sizeHint[Qt.SizeHint.PreferredSize] = (label.shared_width, height)
        label.updateGeometry()
        keep_title_in_panel(label)
    label.updateMin = update_min
    update_min()


TITLE_LEAST_SCALE = 0.75    # a title wider than its panel is drawn down to this share of its size


def keep_title_in_panel(label: pg.LabelItem) -> None:
    """A title is centred over the data area; one wider than that would reach past the panel
    (into the next one, or off the screen at the right edge): it is moved just enough to lie
    within its panel (over the value axes beside the data), and one wider than the panel is
    drawn smaller to fit it (not below TITLE_LEAST_SCALE of its size)."""
    plot = label.parentItem()
    if plot is None:
        return
    room = label.mapRectFromItem(plot, plot.boundingRect())
    item = label.item
    natural = item.boundingRect().width()
    scale = min(1.0, max(TITLE_LEAST_SCALE, (room.width() - 4) / natural)) if natural > 0 else 1.0
    if abs(item.scale() - scale) > 1e-3:
        item.setScale(scale)
    item.setPos(0, 0)                                   # centred in the label, as drawn now
    drawn = label.mapRectFromItem(item, item.boundingRect())
    centred = QRectF(drawn)
    centred.moveCenter(label.rect().center())
    item.setPos(centred.topLeft() - drawn.topLeft())
    text = label.mapRectFromItem(item, item.boundingRect())
    shift = min(0.0, room.right() - 2 - text.right())
    shift = max(shift, room.left() + 2 - text.left())
    if abs(shift) > 0.5:
        label.item.moveBy(shift, 0)


def title_width(label: pg.LabelItem) -> float:
    """The width (pixels) of a title label's text as drawn."""
    return label.item.boundingRect().width()


# legend anchors: top left, top right, bottom left, bottom right, top and bottom middle
CORNERS = ((0, 0), (1, 0), (0, 1), (1, 1), (0.5, 0), (0.5, 1))


def corner_cover(lines: list, areas: list, rect: QRectF) -> int:
    """How many points of the curves fall into `rect` (pixels, y down): `lines` and `areas`
    are (x, y) pixel arrays; an area's point also counts when its curve lies above the
    rectangle's bottom (the filled area beneath reaches into it)."""
    hits = 0
    for (x, y), filled in [(c, False) for c in lines] + [(c, True) for c in areas]:
        inside_x = (x >= rect.left()) & (x <= rect.right())
        reach = (y <= rect.bottom()) if filled else (y >= rect.top()) & (y <= rect.bottom())
        hits += int(np.count_nonzero(inside_x & reach))
    return hits


def value_axes(panel) -> tuple[str, ...]:
    """The names of a panel's value axes: 'left', and 'right' if it has a right-hand axis."""
    return ("left", "right") if panel.right_view is not None else ("left",)


def tick_texts(axis: pg.AxisItem) -> list[str]:
    """The tick numbers `axis` writes for its range now (every level it may label)."""
    low, high = sorted(axis.range)
    length = axis.size().height() if axis.orientation in ("left", "right") else axis.size().width()
    if not length > 0 or not high > low:
        return []
    texts = []
    for level, (spacing, values) in enumerate(axis.tickValues(low, high, length)):
        if level > axis.style["maxTextLevel"]:
            break
        inside = [v for v in values if low <= v <= high]
        texts += [t for t in axis.tickStrings(inside, axis.autoSIPrefixScale * axis.scale,
                                              spacing) if t]
    return texts


def _title_depth(axis: pg.AxisItem) -> float:
    """The pixels an axis title's glyphs take across the axis, measured from the axis's
    outer edge (pyqtgraph sets the rotated title 5 px outside, inside its document margin)."""
    if not axis.label.isVisible() or not axis.label.toPlainText():
        return 0.0
    margin = axis.label.document().documentMargin()
    return axis.label.boundingRect().height() - 5 - margin


def axis_need(axis: pg.AxisItem) -> float:
    """The width (pixels) a left or right value axis needs for its widest tick number, the
    tick and text offsets, an AXIS_GAP and its title's glyphs."""
    metrics = QFontMetricsF(axis.style["tickFont"] or axis.font())
    widest = max((metrics.horizontalAdvance(t) for t in tick_texts(axis)), default=0.0)
    offset = max(0, axis.style["tickLength"]) + axis.style["tickTextOffset"][0]
    return widest + offset + AXIS_GAP + _title_depth(axis)


def axis_crowding(axis: pg.AxisItem) -> float:
    """How many pixels a value axis's widest tick number reaches into its title's glyphs (0
    if clear): the width it needs (axis_need, less the AXIS_GAP) beyond the width it has."""
    if not axis.isVisible():
        return 0.0
    return max(0.0, axis_need(axis) - AXIS_GAP - axis.width())


HOVER_GAP = 3.0     # pixels between the hover readout and the data area's edges


def hover_place(area: QRectF, width: float, height: float, away_right: bool,
                legend: Optional[QRectF]) -> tuple[QPointF, bool]:
    """Where the hover readout's top left corner goes (scene pixels) in the data area `area`,
    for a readout `width` × `height` pixels, and whether it then lies clear of the legend
    (scene rectangle, None if none is shown). Tried in turn: the top corner on the side away
    from the crosshair (`away_right`: the right one), just below the legend on that side, then
    the same two on the crosshair's side; the first that fits the area's height and meets no
    legend, else the first (the legend then fades: _pin_hover). A readout wider than the area
    (one whose widest figure is: _pin_hover wraps it to the area's width first) ends at its
    right edge and lies over the value axis on the left."""
    gap = HOVER_GAP
    tops = [area.top() + gap] + ([legend.bottom() + gap] if legend is not None else [])
    places = []
    for right in (away_right, not away_right):
        x = area.right() - gap - width if right else area.left() + gap
        if width + 2 * gap > area.width():
            x = area.right() - width          # too wide: over the value axis, not the next panel
        places += [QRectF(x, top, width, height) for top in tops]
    for rect in places:
        inside = rect.bottom() <= area.bottom()
        if inside and (legend is None or not rect.intersects(legend)):
            return rect.topLeft(), True
    first = places[0]
    return first.topLeft(), legend is None or not first.intersects(legend)


def localize_ticks(axis: pg.AxisItem, year_axis: bool = False) -> None:
    """Write the axis's tick numbers the interface language's way: German '1.000' and '2,5';
    a year axis never gets a thousands separator (2030). English ticks stay pyqtgraph's own.
    A value axis writes no number that a legend's opaque ground would touch (`axis.covered`,
    set by PlotGrid.place_legends: under_ground)."""
    original = axis.tickStrings
    axis.covered = None

    def tick_strings(values, scale, spacing):
        texts = fmt.axis_ticks(original(values, scale, spacing), year_axis)
        return ["" if under_ground(axis, value) else text for value, text in zip(values, texts)]

    axis.tickStrings = tick_strings


def under_ground(axis: pg.AxisItem, value: float) -> bool:
    """True if the tick number of `value` on a value axis would meet the legend ground lying
    over the axis (`axis.covered`: its top and bottom in scene pixels, None if none): a number
    the ground's edge cut through showed its lower half ('6.000' read as another number)."""
    covered = getattr(axis, "covered", None)
    view = axis.linkedView()
    if covered is None or view is None or axis.orientation not in ("left", "right"):
        return False
    y = view.mapViewToScene(QPointF(0.0, float(value))).y()
    half = QFontMetricsF(axis.style["tickFont"] or axis.font()).height() / 2
    return y + half > covered[0] and y - half < covered[1]


@dataclass
class Panel:
    """The live items of one panel; `spec` is its registry entry (model.panels.Panel).
    Features do not touch these: they use PlotGrid's public methods."""

    spec: registry.Panel
    plot: pg.PlotItem
    legend: pg.LegendItem
    curves: dict[str, Series] = field(default_factory=dict)       # current scenario
    baseline: dict[str, Series] = field(default_factory=dict)
    fills: list = field(default_factory=list)                      # Fill: stack, shortfall
    right_view: Optional[pg.ViewBox] = None
    shortfall_edges: tuple = ()
    zero: Optional[Series] = None
    bust_line: Optional[pg.InfiniteLine] = None
    baseline_bust_line: Optional[pg.InfiniteLine] = None
    bust_shown: tuple = ("unset",)      # (bust year or None, label side) last drawn
    crosshair: Optional[pg.InfiniteLine] = None
    hover_text: Optional[pg.TextItem] = None
    compare: dict[str, pg.PlotDataItem] = field(default_factory=dict)     # by compare name
    overlays: dict[str, pg.PlotDataItem] = field(default_factory=dict)    # by overlay name
    legend_entries: dict[str, pg.PlotDataItem] = field(default_factory=dict)
    bands: dict[str, object] = field(default_factory=dict)
    # What draws the series: per view box, three layers (see layer()).
    layers: dict[tuple, SeriesLayer] = field(default_factory=dict)

    LAYER_Z = {"back": -5, "bands": -2, "baseline": 5, "front": 10}
    CACHED = ("bands", "baseline")     # kept as a pixmap: they change less often than a frame

    def set_rough(self, rough: bool) -> None:
        """Draw every layer's lines rough from now on, or as pyqtgraph draws them
        (SeriesLayer.set_rough: what was painted rough is painted again in full)."""
        for layer in self.layers.values():
            layer.set_rough(rough)

    def layer(self, kind: str, column: Optional[str] = None) -> SeriesLayer:
        """The layer of `kind` in the view box `column` is drawn in (the left one for None;
        created on first use), back to front: "back" the stacked areas and shaded ranges,
        "bands" the uncertainty bands, "baseline" the baseline, then compare curves and
        overlays (z 8), then "front" the scenario's lines. The bands and the baseline are kept
        as pixmaps while they do not change (a slider step changes only the scenario)."""
        box = self.view_for(column) if column else self.plot.vb
        key = (kind, id(box))
        if key not in self.layers:
            self.layers[key] = SeriesLayer(self.LAYER_Z[kind], cached=(kind in self.CACHED))
            box.addItem(self.layers[key])
        return self.layers[key]

    def boxes(self) -> list:
        """The panel's view boxes (StickyViewBox): the left one, and the right one if any."""
        return [self.plot.vb] + ([self.right_view] if self.right_view is not None else [])

    def top_box(self) -> pg.ViewBox:
        """The view box drawn on top (the right one if any): the legend and readout lie in it."""
        return self.right_view if self.right_view is not None else self.plot.vb

    def view_for(self, column: str) -> pg.ViewBox:
        """The view box a column is drawn in (the right-hand one for right-axis columns)."""
        if self.right_view is not None and column in [s.column for s in self.spec.right]:
            return self.right_view
        return self.plot.vb


class PlotGrid(pg.GraphicsLayoutWidget):
    """The registered panels, created once; `show_results` and `show_baseline` update them
    with setData. Which panels are shown, and in what shape, is `set_visible_panels`."""

    MAX_COMPARE = MAX_COMPARE_SHOWN         # model/limits.py; the palette has a colour for each

    def __init__(self, parent=None):
        self._fg = pal.foreground()
        pg.setConfigOptions(antialias=True, foreground=self._fg, background=pal.background())
        super().__init__(parent)
        self.setBackground(pal.background())
        # Not a Tab stop (the plots have nothing to drive by keys; Tab stopped here with the
        # focus ring around all the plots); a click still gives pyqtgraph's keys their focus.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # The background is one colour: filling it is cheaper than copying a cached pixmap.
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        # One rectangle around what changed is repainted, not the region of each changed
        # panel (pyqtgraph's MinimalViewportUpdate): a slider step changes most panels, and
        # Qt fills, strokes and blits through a clip of several rectangles more slowly than
        # through one (issue 13: a step that changed every panel painted ≈ 1.4 × the whole
        # grid repainted; the same picture, docs/PERFORMANCE.md).
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.results: Optional[Results] = None
        self.baseline_results: Optional[Results] = None
        self.compare_results: dict[str, Results] = {}
        self.panels: dict[str, Panel] = {}
        self._even_columns = False      # set_style: presentation makes the columns even
        self._font_scale = 1.0
        self._readout_grey = pal.muted_text()    # the hover readout's baseline figures (set_style)
        self._line_scale = 1.0
        self._x_years: Optional[tuple[float, float]] = None
        self._years_key: Optional[np.ndarray] = None      # the years of _step_arrays
        self._step_arrays: tuple = ()                     # show_results: _step_years
        self._band_style: Optional[tuple] = None       # (outer brush, inner brush, median pen)
        self._band_opacity = 1.0
        self._band_legend: tuple[str, ...] = ()
        self._compare_colors: dict[str, str] = {}        # compare name -> colour
        self._hover: Optional[tuple[str, float]] = None  # (panel key, year) of the readout
        self._legends_shown = True
        self._corner_timer = QTimer(self)           # legends move once the data settle
        self._corner_timer.setSingleShot(True)
        self._corner_timer.setInterval(150)
        self._corner_timer.timeout.connect(self._data_settled)
        self._held = False                          # a slider is held (set_dragging)
        self._rough = False                         # the lines are drawn rough now
        self._refine_timer = QTimer(self)           # the held slider stood still: refine
        self._refine_timer.setSingleShot(True)
        self._refine_timer.setInterval(ROUGH_IDLE_MS)
        self._refine_timer.timeout.connect(lambda: self._draw_rough(False))
        self.shared_legend = make_legend(self._fg)        # the styles every panel shares
        self.shared_legend.setParentItem(self.ci)
        self._shared_entries: dict[str, object] = {}      # entry name -> its sample item
        self.ci.setContentsMargins(2, 2, 10, 2)
        self.set_spacing(*self.spacing())
        for spec in registry.all_panels():
            self.panels[spec.key] = self._build_panel(spec)
        self.fit_year_axes()
        self._panel_order: tuple[str, ...] = ()
        self.add_legend_entry("baseline", tr("Baseline"),
                              pen=pg.mkPen(pal.BASELINE_GREY, width=1.5,
                                           style=Qt.PenStyle.DashLine))
        self.set_visible_panels(None)
        # The legends do not change while a slider moves: each is drawn from one picture.
        for legend in [self.shared_legend] + [p.legend for p in self.panels.values()]:
            keep_still(legend)
        self.scene().sigMouseMoved.connect(self._mouse_moved)

    # --- building ----------------------------------------------------------------------------
    def _color(self, color: str) -> QColor:
        """A registry colour name ('blue', 'vermillion', … or 'fg') as a QColor."""
        return QColor(self._fg) if color == "fg" else QColor(getattr(pal, color.upper()))

    def _build_panel(self, spec: registry.Panel) -> Panel:
        """The panel's plot, created outside the layout (set_visible_panels places it), and its
        legend, inside the plot's data area (place_legends moves it between the corners)."""
        plot = pg.PlotItem(viewBox=StickyViewBox(zero_based=spec.zero_based))
        plot.setParentItem(self.ci)
        # The panel's legend lies in a corner of its data area (top left until place_legends
        # finds a better one), on a translucent ground; it takes no row of its own.
        legend = make_legend(self._fg)
        legend.setParentItem(plot.vb)
        legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(4, 2))
        legend.frame = True                   # paints the ground (with no frame line)
        legend.setPen(pg.mkPen(0, 0, 0, 0))
        legend.setBrush(pg.mkBrush(pal.with_alpha(pal.background(), 200)))
        legend.setZValue(50)
        plot.vb.sigResized.connect(lambda *_: self._panel_order and (
            self.fit_legend_columns(), self._corner_timer.start()))
        panel = Panel(spec, plot, legend)
        plot.setTitle(f"<b>{tr(spec.title)}</b>", size="10pt")
        narrow_title(plot.titleLabel)         # a long (translated) title must not widen the grid
        plot.titleLabel.setMaximumHeight(TITLE_HEIGHT)
        plot.layout.setRowFixedHeight(0, TITLE_HEIGHT)
        plot.setLabel("left", tr(spec.axis_label))
        # No "year" under the year axis: its ticks (2030, 2040) say it, and the row it took
        # is the plots' (issue 11: the plots are the picture).
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
            if name != "bottom":     # (pyqtgraph's 5 px: the German '2.500' met the title)
                axis.setStyle(tickTextOffset=TICK_TEXT_OFFSET)
            # An axis (with its grid lines) is drawn into a pixmap once and blitted until its
            # range or style changes: replaying its picture costs ~2 ms per axis per frame.
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if spec.y_range:
            plot.setYRange(*spec.y_range, padding=0.06)     # room for the end labels
            plot.enableAutoRange(axis="y", enable=False)

        if spec.right:
            right = StickyViewBox(zero_based=spec.zero_based)
            plot.showAxis("right")
            plot.scene().addItem(right)
            # Above the plot (pyqtgraph puts a view box at z -100, under the layout): the
            # right-axis lines are drawn over the stacked areas, not dimmed beneath them; the
            # legend and the readout lie in it, over its lines.
            right.setZValue(1)
            legend.setParentItem(right)
            plot.getAxis("right").linkToView(right)
            plot.getAxis("right").setLabel(tr(spec.right_label))
            plot.getAxis("right").setWidth(AXIS_WIDTH)
            right.setXLink(plot)
            right.setMouseEnabled(x=False, y=False)
            right.setMenuEnabled(False)

            def sync(*_, plot=plot, right=right):
                right.setGeometry(plot.vb.sceneBoundingRect())
                right.linkedViewChanged(plot.vb, right.XAxis)
            plot.vb.sigResized.connect(sync)
            panel.right_view = right

        # Three layers draw the series (Panel.layer): the areas at the back, then the baseline
        # (thin grey dashed, behind the scenario's lines), then the lines; compare curves and
        # overlays (z 8) lie between the baseline and the lines.
        for column in spec.baseline:
            item = Series(pg.mkPen(pal.BASELINE_GREY, width=1.5, style=Qt.PenStyle.DashLine))
            panel.baseline[column] = panel.layer("baseline", column).add(item)

        # Stacked areas: each band is filled between its lower and upper edge; every fill lies
        # behind every edge.
        back = panel.layer("back")
        lower = back.add(Series(pg.mkPen(0, 0, 0, 0)))    # y = 0 under the lowest band
        panel.zero = lower
        edges = []
        for series in spec.stack:
            color = self._color(series.color)
            edge = Series(pg.mkPen(color.darker(115), width=1))
            brush = (QBrush(pal.with_alpha(color, 230), Qt.BrushStyle.BDiagPattern)
                     if series.hatched else pg.mkBrush(pal.with_alpha(color, 170)))
            fill = back.add(Fill(lower, edge, brush=brush))
            edges.append(edge)
            panel.curves[series.column] = edge
            panel.fills.append(fill)
            sample = pg.PlotDataItem(pen=pg.mkPen(color, width=1), fillLevel=0, fillBrush=brush)
            sample.visibleChanged.connect(
                lambda s=sample, e=edge, f=fill: (e.setVisible(s.isVisible()), f.setVisible(s.isVisible())))
            legend.addItem(sample, tr(series.legend))
            lower = edge
        for edge in edges:
            back.add(edge)

        if spec.shortfall:
            need, have, label = spec.shortfall
            brush = pg.mkBrush(pal.with_alpha(pal.VERMILLION, 120 if pal.is_dark() else 80))
            low = back.add(Series(pg.mkPen(0, 0, 0, 0)))
            high = back.add(Series(pg.mkPen(0, 0, 0, 0)))
            band = back.add(Fill(low, high, brush=brush))
            panel.shortfall_edges = (low, high)
            sample = pg.PlotDataItem(pen=pg.mkPen(brush.color()),
                                     fillLevel=0, fillBrush=brush)
            sample.visibleChanged.connect(lambda s=sample, b=band: b.setVisible(s.isVisible()))
            panel.fills.append(band)
            legend.addItem(sample, tr(label))

        for series in spec.lines + spec.right:
            item = Series(pg.mkPen(self._color(series.color), width=series.width))
            panel.curves[series.column] = panel.layer("front", series.column).add(item)
            legend.addItem(item, tr(series.legend))

        if spec.mark_bust:
            panel.bust_line = pg.InfiniteLine(
                angle=90, movable=False, pen=pg.mkPen(self._fg, width=2),
                label=tr("bust {value:.0f}"),
                labelOpts={"position": 0.92, "color": self._fg, "anchors": [(1, 0), (1, 0)],
                           "fill": pal.with_alpha(pal.background(), 200)})
            panel.baseline_bust_line = pg.InfiniteLine(
                angle=90, movable=False,
                pen=pg.mkPen(pal.BASELINE_GREY, width=1.5, style=Qt.PenStyle.DashLine))
            panel.bust_line.label.setFont(self._tick_font())    # the axes' type (set_style)
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
        # a child of the panel, not of its view box: a readout wider than the data area lies
        # over the value axis, and the view box clips what it holds (at 1920 × 1080 with two
        # docks open the macro panel's readout read '32', 'P-Anteil', 'achstumsbeitr.')
        panel.hover_text.setParentItem(plot)
        panel.top_box().sigRangeChanged.connect(lambda *_, p=panel: self._pin_hover(p))
        panel.top_box().sigResized.connect(lambda *_, p=panel: self._pin_hover(p))
        return panel

    def bust_label_font(self, panel: str) -> Optional[QFont]:
        """The font the bust year's label of panel `panel` is drawn in (None: the panel marks
        no bust)."""
        line = self._panel(panel).bust_line
        return None if line is None else QFont(line.label.textItem.font())

    def _tick_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(9 * self._font_scale)
        return font

    # --- updating ----------------------------------------------------------------------------
    def set_dragging(self, held: bool) -> None:
        """A slider is held (True) or let go (False; Controller.draggingChanged). While it is
        held, the frames that show new results draw the lines rough: without antialiasing,
        the same pens, points and fills (the antialiased strokes are the largest part of
        painting new data, issue 13); ROUGH_IDLE_MS after the last new results,
        and at once when the hand lets go, they are drawn in full again, in one repaint, so the
        picture at rest is the one drawn without a drag, pixel for pixel."""
        self._held = bool(held)
        if not self._held:
            self._draw_rough(False)

    def set_refine_delay(self, ms: int) -> None:
        """How long (ms) a held slider must stand still before its frames are drawn in full
        again; ROUGH_IDLE_MS unless set (a test holding a drag on a loaded machine sets more)."""
        self._refine_timer.setInterval(max(int(ms), 0))

    def drawing_rough(self) -> bool:
        """True while the scenario's lines are drawn rough (a slider held and moving)."""
        return self._rough

    def _draw_rough(self, rough: bool) -> None:
        """The one switch of the drag quality: every panel's layers rough or not (and, when
        rough, the timer that refines them once the hand stands still)."""
        if rough:
            self._refine_timer.start()
        else:
            self._refine_timer.stop()
        if rough != self._rough:
            self._rough = rough
            for panel in self.panels.values():
                panel.set_rough(rough)

    def show_results(self, results: Results) -> None:
        """Draw the current scenario (scenario 0 of `results`) in every panel (rough while a
        slider is held: set_dragging)."""
        self.results = results
        if self._held:
            self._draw_rough(True)
        years, zeros = self._step_years(results.years)
        for panel in self.panels.values():
            spec = panel.spec
            for box in panel.boxes():
                box.moving = True        # the ranges only grow until place_legends settles them
            # (a series whose data did not change is left alone: its layer is not repainted)
            if spec.stack:
                panel.zero.setData(years, zeros)
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
                # The label goes on the side of the line with more room.
                side = None if bust is None else (
                    (0, 0) if bust < (years[0] + years[-1]) / 2 else (1, 0))
                if (bust, side) != panel.bust_shown:      # (most steps: unchanged, no work)
                    panel.bust_shown = (bust, side)
                    panel.bust_line.setVisible(bust is not None)
                    if bust is not None:
                        panel.bust_line.label.anchors = [side, side]
                        panel.bust_line.setValue(bust)
                        panel.bust_line.label.updatePosition()
            if spec.right and panel.right_view.state["autoRange"][1] is False:
                panel.right_view.enableAutoRange(axis="y")     # (runs a range update at once)
        if self._x_years != (years[0], years[-1]):
            self._x_years = (years[0], years[-1])
            self._set_year_range()
        self._refresh_hover()
        self._corner_timer.start()

    def _step_years(self, years: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(years as floats, zeros of their length) for show_results: the arrays of the last
        step again while the years are the same, so every series' setData knows its x (and a
        stack's zero line its y) unchanged by identity, without comparing them (issue 13: the
        work beside the paint of a slider step)."""
        if self._years_key is None or not np.array_equal(years, self._years_key):
            self._years_key = np.array(years, copy=True)
            float_years = years.astype(float)
            self._step_arrays = (float_years, np.zeros_like(float_years))
        return self._step_arrays

    def _set_year_range(self) -> None:
        """Every plot shows the years of the current results (set per plot: pyqtgraph's
        linked views line up pixel by pixel, which cuts the range of a plot with a right axis
        in the column of one without)."""
        if self._x_years is not None:
            for panel in self.panels.values():
                panel.plot.setXRange(*self._x_years, padding=0.01)

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
        self._refresh_hover()
        self._corner_timer.start()

    # --- layout ------------------------------------------------------------------------------
    def panel_keys(self) -> tuple[str, ...]:
        """The keys of every panel of the grid (shown or not), in reading order."""
        return tuple(self.panels)

    def panel_title(self, key: str) -> str:
        """The translated title of panel `key`. Raises ValueError (PanelError) if unknown."""
        if key not in self.panels:
            registry.find(key)        # raises, naming the panels allowed
            raise registry.PanelError(f"panel {key!r} is not in this grid")
        return tr(self.panels[key].spec.title)

    def set_visible_panels(self, names=None) -> None:
        """Show only the panels `names` (keys, in reading order), in the shape grid_shape
        gives for their number (1 fills the grid, 2 or 3 side by side, 4 two by two, …);
        None shows the panels the registry marks visible. Raises ValueError (PanelError)
        naming an unknown or repeated key."""
        order = registry.check_keys(names) if names else \
            tuple(k for k in registry.default_visible() if k in self.panels) or tuple(self.panels)
        missing = [k for k in order if k not in self.panels]
        if missing:
            raise registry.PanelError(f"panel {missing[0]!r} was registered after this grid "
                                      "was built")
        self._panel_order = order
        self._place_items()
        self._set_year_range()
        self._refresh_hover()

    def _place_items(self) -> None:
        """Lay out the shared legend (top row, across every column, when legends are shown)
        and the visible plots; show the panels' legends; fit the legends' columns to their
        room and update the widget's minimum size."""
        order = self._panel_order
        columns, _ = grid_shape(len(order))
        # Only Qt's own QGraphicsGridLayout API: the plots and the shared legend are placed in it
        # (pyqtgraph's GraphicsLayout bookkeeping is never used, so it never goes stale).
        grid = self.ci.layout
        while grid.count():             # the grid holds only the plots and the shared legend
            grid.removeAt(grid.count() - 1)
        for row in range(grid.rowCount()):
            grid.setRowStretchFactor(row, 0)
        for col in range(grid.columnCount()):
            grid.setColumnStretchFactor(col, 0)
        legends = self._legends_shown
        shared = legends and bool(self.shared_legend.items)
        self.shared_legend.setVisible(shared)
        if shared:
            grid.addItem(self.shared_legend, 0, 0, 1, max(columns, 1))
            grid.setAlignment(self.shared_legend, Qt.AlignmentFlag.AlignHCenter)
        for key, panel in self.panels.items():
            shown = key in order
            for item in (panel.plot, panel.right_view):
                if item is not None:
                    item.setVisible(shown)
            # A legend of one entry repeats the title (the stress index): not shown.
            panel.legend.setVisible(shown and legends and len(panel.legend.items) > 1)
        self.share_title_width()
        for n, key in enumerate(order):
            panel = self.panels[key]
            row, col = 1 + n // columns, n % columns
            grid.addItem(panel.plot, row, col)
            grid.setRowStretchFactor(row, 1)
            grid.setColumnStretchFactor(col, 1)
        self.fit_legend_columns()
        self._corner_timer.start()
        grid.invalidate()
        grid.activate()         # lays the items out now: titles report their width on a resize
        minimum = self.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize)    # fewer panels need less room
        columns = max(columns, 1)
        least = PANEL_MIN_WIDTH * columns + SPACING[0] * (columns - 1)
        self.setMinimumSize(max(int(minimum.width()), least) + 8, max(380 if len(order) > 3 else 250,
                                                          int(minimum.height()) + 8))
        cache_text(self.scene())      # (new titles and legend entries are text items too)

    def share_title_width(self) -> None:
        """With even columns (set_style), give every shown panel's title the preferred width of
        the widest one (narrow_title), so that the grid's columns, which share out its width by
        the panels' preferred widths, come out even whatever the titles' lengths; else each
        title asks for its own width (a long title and its readouts get a wider column)."""
        titles = [self.panels[key].plot.titleLabel for key in self._panel_order]
        widest = max((title_width(t) for t in titles), default=0.0)
        for label in titles:
            wanted = widest if self._even_columns else title_width(label)
            if label.shared_width != wanted:
                label.shared_width = wanted
                label.updateMin()

    def fit_legend_columns(self) -> None:
        """Give the shared legend as many columns as fit the widget's width, and every shown
        panel legend the columns place_legends chose for it, or fewer if they no longer fit
        PANEL_LEGEND_SHARE of its data area's width (the whole width over a strip kept free
        for it: place_legends) (at first: as many as fit)."""
        columns = self.column_count()
        width = self.width() - 16
        cell = (width - SPACING[0] * (columns - 1)) / columns
        sizes = entry_sizes(self.shared_legend)
        if sizes:
            arrange(self.shared_legend, legend_columns(sizes, width))
            # The shared legend's minimum is one column, whatever it shows now: the grid's
            # minimum width must not grow with the columns a wider window allowed.
            self.shared_legend.setMinimumWidth(legend_size(sizes, 1)[0])
        for key in self._panel_order:
            panel = self.panels[key]
            vb_width = panel.plot.vb.width()
            sizes = entry_sizes(panel.legend)
            if sizes:
                # (over the strip kept free above the data it may take the whole width)
                room = (self._strip_width(panel) - 4 if panel.plot.vb.top_room > 0 else
                        PANEL_LEGEND_SHARE * vb_width) if vb_width > 0 else cell
                most = legend_columns(sizes, room)
                wanted = panel.legend.columns_wanted
                arrange(panel.legend, most if wanted is None else min(wanted, most))

    def _data_settled(self) -> None:
        """The data have not changed for a moment: settle the ranges and legends, unless a
        slider is still held (set_dragging) or a mouse button is (a slider dragged, paused):
        then once it is let go."""
        if self._held or QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._corner_timer.start()
            return
        self.place_legends()

    def place_legends(self) -> None:
        """The data settled: give every view box its fitted y range again (StickyViewBox.settle)
        and each shown panel legend the shape (columns, as many as fit PANEL_LEGEND_SHARE of
        the data area's width) and the place (a corner, or the middle of the top or bottom
        edge: CORNERS) where it covers the fewest drawn points (lines, and the areas under
        stacked or shaded series), the smaller shape among equals. If every place covers some,
        the panel keeps a strip above its data free for the legend (top_room) and the legend
        goes there. The result depends only on the data shown and the panel's size, never on
        what was shown before (the same data: the same ranges and legend places)."""
        for panel in self.panels.values():
            for box in panel.boxes():
                box.top_room = 0.0
                box.settle()
            self._cover_axes(panel, None)
        self.fit_axes()
        for key in self._panel_order:
            panel = self.panels[key]
            legend = panel.legend
            if not legend.isVisible():
                continue
            options = self._legend_options(panel)
            if not options:
                continue
            most = PANEL_LEGEND_AREA * panel.plot.vb.width() * panel.plot.vb.height()

            def rank(option):        # small enough first, then fewest points, smallest area
                cover, area = options[option]
                return area > most, cover, area, CORNERS.index(option[1])
            best = min(options, key=rank)
            if options[best][0] > 0:
                # a strip above the data, as high as the legend's flattest shape (which may
                # take the whole width there: nothing lies beneath it)
                room = self._legend_room(panel)
                for box in panel.boxes():
                    box.top_room = room
                    box.settle()
                self.fit_axes()      # the strip changes the range, and so the tick numbers
                options = self._legend_options(panel, share=STRIP)
                best = min(options, key=lambda o: (options[o][0],) + rank(o))   # fewest first
            legend.columns_wanted, legend.corner = best
            arrange(legend, legend.columns_wanted)
            offset = ({0: 4, 1: -4}.get(legend.corner[0], 0), 2 if legend.corner[1] == 0 else -2)
            wide = self._wide_span(panel, legend_size(entry_sizes(legend), best[0])[0] + 8)
            if wide is not None:
                # Wider than the data area: over the strip and the axes' numbers beside it, so
                # it lies in the plot (a view box clips what lies in it to its own rectangle),
                # on an opaque ground as wide as the numbers it covers
                if legend.parentItem() is not panel.plot:
                    legend.setParentItem(panel.plot)
                self._legend_ground(legend, opaque=True)
                left, width = wide
                legend.resize(width - 2, legend.height())
                origin = panel.plot.vb.mapToItem(panel.plot, QPointF(0, 0))
                legend.anchor(itemPos=(0, 0), parentPos=(0, 0),
                              offset=(origin.x() + left + 1, origin.y() + 2))
                self._cover_axes(panel, legend.mapRectToScene(legend.boundingRect()))
                continue
            if legend.parentItem() is not panel.top_box():
                legend.setParentItem(panel.top_box())
                self._legend_ground(legend, opaque=False)
            # (again every time: a legend anchored right or bottom moves when its size changes)
            legend.anchor(itemPos=legend.corner, parentPos=legend.corner, offset=offset)
        for panel in self.panels.values():
            self._pin_hover(panel)           # the readout keeps clear of the legends' new places

    @staticmethod
    def _cover_axes(panel: Panel, ground: Optional[QRectF]) -> None:
        """Tell the panel's value axes which part of them a legend's opaque ground (scene
        rectangle; None: none) lies over, so they write no number it would touch
        (under_ground); an axis whose cover changed is drawn again."""
        for name in value_axes(panel):
            axis = panel.plot.getAxis(name)
            rect = axis.sceneBoundingRect()
            over = (ground is not None and ground.left() < rect.right()
                    and ground.right() > rect.left())
            covered = (ground.top(), ground.bottom()) if over else None
            if covered != getattr(axis, "covered", None):
                axis.covered = covered
                axis.picture = None
                axis.update()

    @staticmethod
    def _legend_ground(legend, opaque: bool) -> None:
        """Give a panel legend's ground its colour, translucent over data (alpha 200) or
        opaque (over axis numbers, which would show through)."""
        color = QColor(legend.opts["brush"].color())
        color.setAlpha(255 if opaque else 200)
        legend.setBrush(pg.mkBrush(color))

    def _strip_bounds(self, panel: Panel) -> tuple[float, float]:
        """(left, right) in pixels from the data area's left edge: how far a legend may reach
        over the strip kept free above the data, the data area's width and, beside it, the
        value axes' numbers (never their titles)."""
        box = panel.plot.vb.boundingRect().width()

        def numbers(name):            # the width of an axis's numbers and ticks
            axis = panel.plot.getAxis(name)
            return max(0.0, axis.width() - _title_depth(axis) - AXIS_GAP - 1)
        right = numbers("right") if panel.right_view is not None else 0.0
        return -numbers("left"), box + right

    def _strip_width(self, panel: Panel) -> float:
        """The width (pixels) a legend may take over the strip kept free above the data
        (_strip_bounds)."""
        left, right = self._strip_bounds(panel)
        return right - left

    def _wide_span(self, panel: Panel, width: float) -> Optional[tuple[float, float]]:
        """For a legend `width` pixels wide (with its offsets) that is wider than the data
        area: (left, width) of the ground it lies on, from the data area's left edge, covering
        the numbers of each axis it reaches over whole (a number half covered read as another
        one: '3.' of '3.000'); over the left numbers first. None if it fits the data area."""
        box = panel.plot.vb.boundingRect().width()
        if width <= box:
            return None
        left, right = self._strip_bounds(panel)
        if width <= box - left:
            return left, box - left
        if width <= right:
            return 0.0, right
        return left, right - left
    def _legend_shapes(self, panel: Panel, share=PANEL_LEGEND_SHARE) -> dict:
        """columns -> (width, height) in pixels, with the offset from the edges, of every
        shape panel's legend may take (more than one column only within `share` of its data
        area's width; share STRIP: within the strip above the data, _strip_width)."""
        width = panel.plot.vb.boundingRect().width()
        room = self._strip_width(panel) if share is STRIP else share * width
        sizes = entry_sizes(panel.legend)
        shapes = {}
        for columns in column_choices(len(sizes)):
            w, h = legend_size(sizes, columns)
            if columns == 1 or w + 8 <= room:
                shapes[columns] = (w + 8, h + 4)
        return shapes

    def _legend_options(self, panel: Panel, share=PANEL_LEGEND_SHARE) -> dict:
        """(columns, corner) -> (drawn points covered, area in px²) for every shape (within
        `share` of the width: _legend_shapes) and place of the panel's legend (a shape wider
        than the data area: only the top middle, _wide_span)."""
        box = panel.plot.vb.boundingRect()
        lines, areas = self.drawn_points(panel)
        options = {}
        for columns, (w, h) in self._legend_shapes(panel, share).items():
            wide = self._wide_span(panel, w)
            if wide is not None:
                rect = QRectF(box.left() + wide[0], box.top(), wide[1], h)
                options[(columns, (0.5, 0))] = (corner_cover(lines, areas, rect), w * h)
                continue
            for corner in CORNERS:
                rect = QRectF(box.left() + corner[0] * (box.width() - w),
                              box.top() + corner[1] * (box.height() - h), w, h)
                options[(columns, corner)] = (corner_cover(lines, areas, rect), w * h)
        return options

    def _legend_room(self, panel: Panel) -> float:
        """The share of the panel's data-area height its legend takes in its flattest shape
        (with a little space beneath): the top_room that keeps the data clear of it."""
        height = panel.plot.vb.boundingRect().height()
        shapes = self._legend_shapes(panel, share=STRIP)
        if height <= 0 or not shapes:
            return 0.0
        return (min(h for _, h in shapes.values()) + 4) / height

    def drawn_points(self, panel: Panel) -> tuple[list, list]:
        """The panel's visible curves as (x, y) pixel arrays in its view box: (lines, areas);
        areas are the tops of stacked series, shaded ranges and bands."""
        lines, areas = [], []
        filled = {id(c) for fill in panel.fills + [b for k, b in panel.bands.items()
                                                     if k.startswith("fill")]
                  for c in (fill.curves or ())}
        for box in (panel.plot.vb, panel.right_view):
            if box is None:
                continue
            transform = box.childTransform()      # (up to date after a range change)
            for item in drawn_items(box):
                if not item.isVisible() or not hasattr(item, "getData"):
                    continue
                x, y = item.getData()
                if x is None or len(x) == 0:
                    continue
                x, y = np.asarray(x, float), np.asarray(y, float)
                px = transform.m11() * x + transform.m21() * y + transform.dx()
                py = transform.m12() * x + transform.m22() * y + transform.dy()
                (areas if id(item) in filled else lines).append((px, py))
        return lines, areas

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Re-fit the legends' columns to the new width."""
        super().resizeEvent(event)
        room_for_caches(self.width(), self.height())
        if getattr(self, "_panel_order", ()):     # (pyqtgraph resizes during __init__)
            self.fit_legend_columns()

    def set_legends_visible(self, shown: bool) -> None:
        """Show or hide every legend (the panels' and the shared one); the shared legend's
        row goes to the plots while hidden."""
        if bool(shown) != self._legends_shown:
            self._legends_shown = bool(shown)
            self._place_items()

    def legends_visible(self) -> bool:
        """True if the legends are shown."""
        return self._legends_shown

    def legend_tooltips(self, panel: str = SHARED) -> list[str]:
        """The tooltips of the entries' labels of panel `panel`'s legend, or of the shared
        legend (SHARED); '' for an entry without one."""
        legend = self.shared_legend if panel == SHARED else self._panel(panel).legend
        return [label.toolTip() for _, label in legend.items]

    def legend_texts(self, panel: str = SHARED) -> list[str]:
        """The entries' texts of panel `panel`'s legend, or of the shared legend (SHARED)."""
        legend = self.shared_legend if panel == SHARED else self._panel(panel).legend
        return [label.text for _, label in legend.items]

    def plot_share(self, key: str) -> float:
        """The share (0 to 1) of panel `key`'s area (its plot with title and axes) that its
        data area (view box) takes; 0 for a hidden panel."""
        panel = self._panel(key)
        if not panel.plot.isVisible():
            return 0.0
        whole = panel.plot.sceneBoundingRect()
        data = panel.plot.vb.sceneBoundingRect()
        area = whole.width() * whole.height()
        return data.width() * data.height() / area if area > 0 else 0.0

    def legend_cover(self, key: str) -> float:
        """The share (0 to 1) of panel `key`'s data area its legend covers (0 if hidden); the
        strip kept free above the data for the legend (StickyViewBox.top_room) is not data
        area."""
        panel = self._panel(key)
        if not panel.legend.isVisible() or not panel.plot.isVisible():
            return 0.0
        data = panel.plot.vb.sceneBoundingRect()
        data.setTop(data.top() + panel.plot.vb.room_used() * data.height())
        cover = data.intersected(panel.legend.sceneBoundingRect())
        area = data.width() * data.height()
        return cover.width() * cover.height() / area if area > 0 else 0.0

    def legend_hides(self, key: str) -> int:
        """How many drawn points of panel `key` (its lines' yearly points, and the areas
        beneath stacked or shaded series: corner_cover) its legend lies over (0 if hidden)."""
        panel = self._panel(key)
        if not panel.legend.isVisible() or not panel.plot.isVisible():
            return 0
        rect = panel.legend.mapRectToItem(panel.plot.vb, panel.legend.boundingRect())
        return corner_cover(*self.drawn_points(panel), rect)

    def axis_crowding(self, key: str) -> float:
        """How many pixels the tick numbers of panel `key`'s value axes (left, and right if
        any) reach into their axis title, the larger of the two (0 when every number stands
        clear of its title; 0 for a hidden panel)."""
        panel = self._panel(key)
        if not panel.plot.isVisible():
            return 0.0
        return max(axis_crowding(panel.plot.getAxis(name)) for name in value_axes(panel))

    def title_gap(self, key: str) -> Optional[float]:
        """Pixels between the top of panel `key`'s title line and the foot of the year numbers
        of the panel above it in the grid (their text boxes, as drawn); None for a panel in the
        first row or a hidden one."""
        order = self._panel_order
        if key not in order or not self.panels[key].plot.isVisible():
            return None
        above = order.index(key) - self.column_count()
        if above < 0:
            return None
        axis = self.panels[order[above]].plot.getAxis("bottom")
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        try:
            texts = axis.generateDrawSpecs(painter)[2]     # (rect, flags, text) per number
        finally:
            painter.end()
        if not texts:
            return None
        foot = max(axis.mapRectToScene(rect).bottom() for rect, *_ in texts)
        item = self.panels[key].plot.titleLabel.item
        top = item.mapRectToScene(item.boundingRect()).top() + item.document().documentMargin()
        return top - foot

    def fit_axes(self) -> None:
        """Give every shown panel's value axes the width their tick numbers and title need
        (axis_need) for the range shown, never less than AXIS_WIDTH in the font scale: a
        German '10.000' or a range grown past 9,999 no longer runs into the axis title."""
        base = int(AXIS_WIDTH * max(1.0, self._font_scale))
        changed = False
        for key in self._panel_order:
            panel = self.panels[key]
            for name in value_axes(panel):
                axis = panel.plot.getAxis(name)
                width = max(base, math.ceil(axis_need(axis)))
                # an axis widens at once but narrows only by more than AXIS_SLACK: a legend
                # strip that changes the range (and the ticks) by a few pixels' worth would
                # otherwise widen and narrow the axis on every pass (the layout never rests)
                current = axis.fixedWidth or 0
                if width < current and current - width <= AXIS_SLACK:
                    continue
                if current != width:
                    axis.setWidth(width)
                    changed = True
        if changed:
            self.ci.layout.activate()      # the data areas' new widths, before legends are placed

    def visible_panels(self) -> tuple[str, ...]:
        """The keys of the panels shown, in reading order."""
        return self._panel_order

    def column_count(self) -> int:
        """How many grid columns the panels shown take (at least 1: grid_shape)."""
        return max(grid_shape(len(self._panel_order))[0], 1)

    def spacing(self) -> tuple[int, int]:
        """The space between the panels in the type of set_style (pixels: between columns,
        between rows): SPACING, the rows ROW_GAP_LINES of a year number's line further apart.
        (At 1920 × 1080 in presentation type the upper row's year numbers stood 10 px above the
        lower row's titles, 0.37 of their line, closer than the titles to their own plots: the
        titles read as captions of the plots above; screen review 21.)"""
        line = QFontMetricsF(self._tick_font()).height()
        return SPACING[0], max(SPACING[1], round(ROW_GAP_LINES * line))

    def fit_year_axes(self) -> None:
        """Give every panel's year axis the height its numbers need in the type of set_style
        (their line, the offset and outward ticks), whatever type it had before: pyqtgraph
        keeps a year axis's height until its numbers are 10 px lower, so the normal view had
        another 4 px under each row's year numbers after presentation mode than before it."""
        metrics = QFontMetricsF(self._tick_font())
        for panel in self.panels.values():
            axis = panel.plot.getAxis("bottom")
            axis.setHeight(math.ceil(metrics.height()) + axis.style["tickTextOffset"][1]
                           + max(0, axis.style["tickLength"]))

    def set_spacing(self, horizontal: float, vertical: float) -> None:
        """Space between the panels, in pixels (horizontal between columns, vertical between
        rows)."""
        self.ci.layout.setHorizontalSpacing(horizontal)
        self.ci.layout.setVerticalSpacing(vertical)

    def refit(self) -> None:
        """Give the panels the widget's size again: pyqtgraph sets it only on a resize, so a
        layout widened by long legend entries would otherwise stay too wide."""
        self.ci.setGeometry(QRectF(0, 0, self.width(), self.height()))

    def fits_width(self) -> bool:
        """True if the visible panels and their legends fit the widget's width (always,
        while the widget is hidden)."""
        if not self.isVisible():
            return True
        return self.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize).width() <= self.width() + 1

    def set_style(self, line_scale: float = 1.0, font_scale: float = 1.0,
                  high_contrast: bool = False, even_columns: bool = False) -> None:
        """Line widths and fonts times `line_scale` and `font_scale`; `high_contrast`: black on
        white with a darker baseline and a stronger grid (for projectors); `even_columns`: the
        panels of a row equally wide whatever their titles (share_title_width; presentation).
        (1, 1, False, False) is the normal look."""
        self._even_columns = even_columns
        self._font_scale = font_scale
        self._line_scale = line_scale
        fg = QColor("#000000") if high_contrast else QColor(self._fg)
        self.setBackground("#FFFFFF" if high_contrast else pal.background())
        grey = "#505050" if high_contrast else pal.BASELINE_GREY
        # the baseline's figures in the hover readout: text, so the grey of secondary text
        self._readout_grey = grey if high_contrast else pal.muted_text()
        baseline_pen = pg.mkPen(grey, width=1.5 * line_scale, style=Qt.PenStyle.DashLine)
        for panel in self.panels.values():
            spec, plot = panel.spec, panel.plot
            plot.setTitle(f"<b>{tr(spec.title)}</b>", size=f"{10 * font_scale:.1f}pt", color=fg)
            plot.titleLabel.setMaximumHeight(TITLE_HEIGHT * font_scale)
            plot.layout.setRowFixedHeight(0, TITLE_HEIGHT * font_scale)
            plot.showGrid(x=False, y=True, alpha=0.3 if high_contrast else 0.12)
            for name in ("left", "bottom", "right"):
                axis = plot.getAxis(name)
                axis.setTickFont(self._tick_font())
                axis.label.setFont(self._tick_font())
                axis.setPen(fg)
                axis.setTextPen(fg)
            self._style_legend(panel.legend, fg, font_scale)
            panel.legend.setBrush(pg.mkBrush(pal.with_alpha(
                QColor("#FFFFFF") if high_contrast else QColor(pal.background()), 200)))
            for series in spec.lines + spec.right:
                color = fg if series.color == "fg" else self._color(series.color)
                panel.curves[series.column].setPen(pg.mkPen(color, width=series.width * line_scale))
            for series in spec.stack:
                panel.curves[series.column].setPen(
                    pg.mkPen(self._color(series.color).darker(115), width=line_scale))
            for item in panel.baseline.values():
                item.setPen(baseline_pen)
            # the hovered year's line: 1 px at 43 % vanished on a projector
            panel.crosshair.setPen(pg.mkPen(grey, width=line_scale) if high_contrast else
                                   pg.mkPen(pal.with_alpha(fg, 110), width=line_scale))
            if panel.bust_line is not None:
                panel.bust_line.setPen(pg.mkPen(fg, width=2 * line_scale))
                # its label in the axes' type: it stayed the normal size in presentation mode
                label = panel.bust_line.label
                label.setFont(self._tick_font())
                label.setColor(fg)
                label.fill = pg.mkBrush(pal.with_alpha(
                    QColor("#FFFFFF") if high_contrast else QColor(pal.background()), 200))
                label.updatePosition()

        for name, color in self._compare_colors.items():
            pen = self._compare_pen(color)
            for panel in self.panels.values():
                if name in panel.compare:
                    panel.compare[name].setPen(pen)
            self._shared_entries[f"compare:{name}"].setPen(pen)
        # the baseline's legend sample as its lines are drawn now (in presentation it kept the
        # normal thin light grey beside the projector's thick dark grey lines)
        if "baseline" in self._shared_entries:
            self._shared_entries["baseline"].setPen(baseline_pen)
        self._style_legend(self.shared_legend, fg, font_scale)
        self.set_spacing(*self.spacing())
        self.fit_year_axes()
        self.fit_axes()
        if self._panel_order:
            self._place_items()

    @staticmethod
    def _style_legend(legend: pg.LegendItem, fg: QColor, font_scale: float) -> None:
        legend.setLabelTextColor(fg)
        legend.set_type_scale(font_scale)
        size = f"{LEGEND_POINTS * font_scale:.1f}pt"
        legend.opts["labelTextSize"] = size
        for _, label in legend.items:
            label.setText(label.text, size=size, color=fg)

    # --- reading (tests, export) --------------------------------------------------------------
    @contextmanager
    def uncached(self) -> Iterator[None]:
        """Within the block every item of the grid is drawn afresh instead of from its cached
        pixmap (axes, text, the baseline, the legends), so that a rendered export (SVG, scaled PNG) gets
        paths and text, not pictures of them; the caches come back afterwards. (Drawn in full
        even while a slider is held: set_dragging.)"""
        self._draw_rough(False)
        items = self.scene().items()
        cached = [(item, item.cacheMode()) for item in items
                  if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
        pictures = [item.graphicsEffect() for item in items
                    if item.graphicsEffect() is not None and item.graphicsEffect().isEnabled()]
        for item, _ in cached:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        for effect in pictures:
            effect.setEnabled(False)
        try:
            yield
        finally:
            for item, mode in cached:
                item.setCacheMode(mode)
            for effect in pictures:
                effect.setEnabled(True)

    def curve_data(self, panel: str, column: str) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) as drawn for the current scenario; for stacked areas y is the band's upper edge."""
        return self.panels[panel].curves[column].getData()

    def baseline_data(self, panel: str, column: str) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) as drawn for the baseline (column may be STACK_TOP)."""
        return self.panels[panel].baseline[column].getData()

    # --- overlays: extra series drawn by features ------------------------------------------------
    def add_overlay(self, name: str, panel: str, x, y, pen=None, legend: Optional[str] = None,
                    column: Optional[str] = None, z: float = 8) -> None:
        """Draw the series (x, y) called `name` in panel `panel` on top of the panel's own
        series; `column` (default the panel's key column) chooses the axis (a right-axis
        column is drawn against the right axis); `legend` adds a legend entry; `pen` is a
        QPen or anything pg.mkPen takes. Re-adding a name replaces its series in that panel.
        Raises ValueError (PanelError) for an unknown panel."""
        self._add_item(self._panel(panel).overlays, name, panel, x, y, pen, legend, column, z)

    def set_overlay_data(self, name: str, panel: str, x, y) -> None:
        """New data for overlay `name` in `panel` (KeyError if it has none)."""
        self._panel(panel).overlays[name].setData(np.asarray(x, float), np.asarray(y, float))

    def style_overlay(self, name: str, pen=None, opacity: Optional[float] = None,
                      visible: Optional[bool] = None) -> None:
        """Restyle overlay `name` in every panel that has it: pen, opacity (0 to 1), shown."""
        for panel in self.panels.values():
            item = panel.overlays.get(name)
            if item is None:
                continue
            if pen is not None:
                item.setPen(pg.mkPen(pen))
            if opacity is not None:
                item.setOpacity(opacity)
            if visible is not None:
                item.setVisible(visible)

    def remove_overlay(self, name: str) -> None:
        """Remove overlay `name` (and its legend entries) from every panel; no error if none."""
        for panel in self.panels.values():
            self._remove_item(panel, panel.overlays, name)

    def overlays(self, panel: str) -> tuple[str, ...]:
        """The names of the overlays drawn in `panel`."""
        return tuple(self._panel(panel).overlays)

    def _panel(self, key: str) -> Panel:
        if key not in self.panels:
            registry.find(key)
            raise registry.PanelError(f"panel {key!r} was registered after this grid was built")
        return self.panels[key]

    def _add_item(self, store: dict, name: str, panel_key: str, x, y, pen, legend, column, z):
        panel = self._panel(panel_key)
        self._remove_item(panel, store, name)
        item = pg.PlotDataItem(np.asarray(x, float), np.asarray(y, float),
                               pen=pg.mkPen(pen if pen is not None else self._fg))
        item.setZValue(z)
        panel.view_for(column or panel.spec.key_column).addItem(item)
        store[name] = item
        if legend:
            panel.legend.addItem(item, legend)
            self._legends_changed()
        return item

    def _remove_item(self, panel: Panel, store: dict, name: str) -> None:
        item = store.pop(name, None)
        if item is not None:
            if any(sample.item is item for sample, _ in panel.legend.items):
                panel.legend.removeItem(item)
                self._legends_changed()
            if item.getViewBox() is not None:
                item.getViewBox().removeItem(item)

    # --- legend entries without a series (e.g. the uncertainty bands' swatches) ----------------
    def add_legend_entry(self, name: str, label: str, pen=None, brush=None,
                         panels=None, tooltip: str = "") -> None:
        """A legend entry `label` (simple HTML: escape plain text) drawn as a line (`pen`) or
        a filled swatch (`brush`) in the legends of `panels` (keys), by default in the shared
        legend above the panels; `name` identifies it for removal. `tooltip` (plain text,
        shown literally: plain_text.tooltip) is shown over its sample and label."""
        for key in (panels or [SHARED]):
            self.remove_legend_entry(name, [key])
            sample = pg.PlotDataItem(pen=pg.mkPen(pen if pen is not None else
                                                  (pg.mkBrush(brush).color() if brush is not None
                                                   else self._fg)),
                                     fillLevel=0 if brush is not None else None,
                                     fillBrush=brush)
            if key == SHARED:
                legend = self.shared_legend
                self._shared_entries[name] = sample
            else:
                panel = self._panel(key)
                legend = panel.legend
                panel.legend_entries[name] = sample
            legend.addItem(sample, label)
            if tooltip:
                for part in legend.items[-1]:
                    part.setToolTip(plain_text.tooltip(tooltip))
        self._legends_changed()

    def _legends_changed(self) -> None:
        """Entries came or went: lay the legends out again (the shared one may appear)."""
        if self._panel_order:
            self._place_items()

    def remove_legend_entry(self, name: str, panels=None) -> None:
        """Remove the legend entry `name` from `panels` (keys; default the shared legend); no
        error if there is none."""
        for key in (panels or [SHARED]):
            if key == SHARED:
                legend, sample = self.shared_legend, self._shared_entries.pop(name, None)
            else:
                panel = self._panel(key)
                legend, sample = panel.legend, panel.legend_entries.pop(name, None)
            if sample is not None:
                legend.removeItem(sample)
                self._legends_changed()

    # --- compare curves (snapshots) ---------------------------------------------------------------
    def add_compare(self, name: str, results: Results, index: int = 0,
                    full_name: str = "") -> None:
        """Draw scenario `index` of `results` as a labelled curve in every panel (its key
        column), in the first free compare style (pal.COMPARE: its own colour and dash
        pattern; wider in presentation mode, set_style). A panel of several series names the
        one compare curves show in its legend ('Compared: Debt stock'). At most MAX_COMPARE;
        re-adding a name replaces its curves; `full_name` (plain text: a snapshot's whole name
        when `name` is it cut short) is the tooltip of its legend entry. Raises ValueError when
        all styles are in use."""
        if name not in self.compare_results and len(self.compare_results) >= self.MAX_COMPARE:
            raise ValueError(f"at most {self.MAX_COMPARE} compare curves")
        self.remove_compare(name)
        used = set(self._compare_colors.values())
        color = next(c for c in pal.COMPARE if c not in used)
        self._compare_colors[name] = color
        self.compare_results[name] = results
        years = results.years.astype(float)
        pen = self._compare_pen(color)
        for key, panel in self.panels.items():
            column = panel.spec.key_column
            self._add_item(panel.compare, name, key, years, results[column][index], pen, None,
                           column, 8)
        # the legend renders HTML: a snapshot's name is shown as written (issue 12)
        self.add_legend_entry(f"compare:{name}", plain_text.escape(name), pen=pen,
                              tooltip=full_name)
        if len(self.compare_results) == 1:
            for key, panel in self.panels.items():
                if len(panel.spec.series()) > 1:
                    # one line ('Vergleich:<br>Summe' took two rows of the legend)
                    self.add_legend_entry(COMPARE_KEY, plain_text.escape(
                        tr("Compared: {0}").format(self.compare_series(key))),
                        pen=pg.mkPen(0, 0, 0, 0), panels=[key])    # text only

        self._refresh_hover()

    def compare_series(self, panel: str) -> str:
        """The translated name of the series compare curves show in panel `panel`: its key
        column's legend name, or 'Total' for the top of its stacked areas."""
        spec = self._panel(panel).spec
        named = {s.column: s.legend for s in spec.series()}
        return tr(named.get(spec.key_column, "Total"))

    def _compare_pen(self, color: str) -> QPen:
        """The pen of the compare curve in `color` (one of pal.COMPARE): its dash pattern
        (pal.COMPARE_DASHES), COMPARE_WIDTH times the line scale of set_style."""
        pen = pg.mkPen(color, width=COMPARE_WIDTH * self._line_scale)
        pen.setDashPattern(list(pal.COMPARE_DASHES[pal.COMPARE.index(color)]))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen

    def compare_color(self, name: str) -> Optional[str]:
        """The colour ('#rrggbb') of compare curve `name`, or None if there is none."""
        return self._compare_colors.get(name)

    def compare_names(self) -> tuple[str, ...]:
        """The names of the compare curves drawn, oldest first."""
        return tuple(self.compare_results)

    def remove_compare(self, name: str) -> None:
        """Remove the compare curves called `name` (no error if there are none)."""
        self.compare_results.pop(name, None)
        self._compare_colors.pop(name, None)
        for panel in self.panels.values():
            self._remove_item(panel, panel.compare, name)
        self.remove_legend_entry(f"compare:{name}")
        if not self.compare_results:
            self.remove_legend_entry(COMPARE_KEY, [k for k, p in self.panels.items()
                                                   if COMPARE_KEY in p.legend_entries])
        self._refresh_hover()

    # --- uncertainty bands ---------------------------------------------------------------------
    BAND_KEYS = ("p10", "p25", "p50", "p75", "p90")

    def set_bands(self, years: Optional[np.ndarray], bands: Optional[dict[str, dict]]) -> None:
        """Show uncertainty bands: `bands[column]` = {"p10","p25","p50","p75","p90": arrays}
        for the panels' key columns; None hides every band."""
        for panel in self.panels.values():
            for box in panel.boxes():
                box.moving = True        # (the bands come in steps: ranges settle after)
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
            for q in self.BAND_KEYS:
                panel.bands[q].setData(x, data[q])
        self._corner_timer.start()

    def style_bands(self, outer_brush, inner_brush, median_pen) -> None:
        """The look of the bands, now and later: the 10–90 % and 25–75 % fills' brushes and the
        median's pen (QBrush / QPen or what pg.mkBrush / pg.mkPen take)."""
        self._band_style = (pg.mkBrush(outer_brush), pg.mkBrush(inner_brush), pg.mkPen(median_pen))
        for panel in self.panels.values():
            if panel.bands:
                self._apply_band_style(panel.bands)
        if self._band_legend:
            self.set_band_legend(self._band_legend)

    def set_band_opacity(self, opacity: float) -> None:
        """Opacity (0 to 1) of every band, e.g. lighter while they belong to older values."""
        self._band_opacity = opacity
        for panel in self.panels.values():
            for item in panel.bands.values():
                if item.opacity() != opacity:
                    item.setOpacity(opacity)
        self._fade_band_legend()

    def _fade_band_legend(self) -> None:
        """The bands' entries in the shared legend as light as the bands (a legend at full
        strength beside bands drawn at a third of it, while a slider is held, named shading
        the room could hardly see)."""
        samples = [self._shared_entries.get(f"band{n}") for n in range(3)]
        for sample, label in self.shared_legend.items:      # (sample: the legend's ItemSample)
            if any(sample.item is entry for entry in samples if entry is not None):
                for part in (sample, label):
                    if part.opacity() != self._band_opacity:
                        part.setOpacity(self._band_opacity)

    def set_band_legend(self, labels=()) -> None:
        """Legend entries (outer, inner, median) for the bands in the shared legend, in the
        bands' style; an empty `labels` removes them."""
        self._band_legend = tuple(labels)
        for n in range(3):
            self.remove_legend_entry(f"band{n}")
        if not labels:
            return
        outer, inner, median = self._band_style or (None, None, None)
        self.add_legend_entry("band0", labels[0], brush=outer or pg.mkBrush(self._band_color(40)))
        self.add_legend_entry("band1", labels[1], brush=inner or pg.mkBrush(self._band_color(70)))
        self.add_legend_entry("band2", labels[2], pen=median or pg.mkPen(self._band_color(200)))
        self._fade_band_legend()

    @staticmethod
    def _band_color(alpha: int) -> QColor:
        return pal.with_alpha(pal.SKY if pal.is_dark() else pal.BLUE, alpha)

    def _apply_band_style(self, items: dict) -> None:
        outer, inner, median = self._band_style
        items["fill_10_90"].setBrush(outer)
        items["fill_25_75"].setBrush(inner)
        items["p50"].setPen(median)

    def _make_bands(self, panel: Panel) -> dict:
        back = panel.layer("bands", panel.spec.key_column)
        # (the fills first: they lie behind the band's lines)
        items = {q: Series(pg.mkPen(self._band_color(0 if q != "p50" else 200), width=1.5))
                 for q in self.BAND_KEYS}
        items["fill_10_90"] = back.add(Fill(items["p10"], items["p90"], brush=self._band_color(40)))
        items["fill_25_75"] = back.add(Fill(items["p25"], items["p75"], brush=self._band_color(70)))
        for q in self.BAND_KEYS:
            back.add(items[q])
        if self._band_style is not None:
            self._apply_band_style(items)
        for item in items.values():
            item.setOpacity(self._band_opacity)
        return items

    # --- hover readout ---------------------------------------------------------------------------
    def _mouse_moved(self, pos: QPointF) -> None:
        hovered = next((k for k, p in self.panels.items() if p.plot.isVisible()
                        and p.plot.vb.sceneBoundingRect().contains(pos)), None)
        if hovered is None:
            self.clear_hover()
        else:
            self.hover_at(hovered, self.panels[hovered].plot.vb.mapSceneToView(pos).x())

    def hover_at(self, panel: str, year: float) -> None:
        """Show the crosshair at the simulated year nearest to `year` (a calendar year) in
        every panel and the readout box in panel `panel` (a key). The readout is re-read from
        the current data on every later change (results, baseline, compare curves, panels
        shown) until clear_hover; it hides while the year or panel is not shown."""
        self._hover = (self._panel(panel).spec.key, float(year))
        self._refresh_hover()

    def clear_hover(self) -> None:
        """Hide the crosshair and the readout box."""
        self._hover = None
        self._refresh_hover()

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The pointer left the plots (to the sliders, a dock, a menu): the readout goes with it
        (the scene sees no move once the pointer is outside)."""
        self.clear_hover()
        super().leaveEvent(event)

    def hover_readout(self, panel: str) -> str:
        """The plain text of panel `panel`'s readout box, or '' when it is hidden."""
        item = self._panel(panel).hover_text
        return item.textItem.toPlainText() if item.isVisible() else ""

    def _refresh_hover(self) -> None:
        """Draw the crosshair and readout for the remembered hover from the current data."""
        for panel in self.panels.values():
            panel.hover_text.setVisible(False)
            panel.crosshair.setVisible(False)
        if self._hover is None or self.results is None:
            return
        key, x = self._hover
        hovered = self.panels[key]
        index = view.year_index(self.results.years, x)
        if index is None or key not in self._panel_order:
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
        entries = [(tr(s.legend), s.column) for s in spec.series()]
        if spec.stack and spec.key_column not in [c for _, c in entries]:
            entries.append((tr("Total"), spec.key_column))
        lines = []
        for name, column in entries:
            unit = outputs.column_unit(column)

            def unbroken(results, unit=unit, column=column) -> str:
                """The figure in `results` with its unit, never split when the readout
                wraps (_pin_hover): its spaces are no-break spaces."""
                return fmt.value(float(results[column][0, index]), unit).replace(" ", "\u00a0")
            line = f"{name}: <b>{unbroken(self.results)}</b>"
            if self.baseline_results is not None:
                base = unbroken(self.baseline_results)
                line += f" <span style='color:{self._readout_grey}'>({base})</span>"
            lines.append(line)
        return lines

    def _show_hover(self, panel: Panel, index: int, year: float) -> None:
        lines = self.hover_lines(panel, index)
        note = tr("(baseline)") if self.baseline_results is not None else ""
        # in the axes' type (set_style: presentation type too; a fixed 8 pt stayed small
        # beside presentation's axes, unreadable on a projector)
        size = self._tick_font().pointSizeF()
        panel.hover_text.setHtml(
            f"<div style='font-size:{size:.1f}pt'><b>{year:.0f}</b> "
            f"<span style='color:{self._readout_grey}'>{note}</span><br/>"
            + "<br/>".join(lines) + "</div>")
        panel.hover_text.setVisible(True)
        self._pin_hover(panel)

    def _pin_hover(self, panel: Panel) -> None:
        """Pin a shown readout inside the panel's data area where it lies over neither the
        panel's legend nor the crosshair's side if it can help it (again whenever the panel's
        range or its legend's place changes): hover_place. Where every place meets the
        legend, the legend fades while the readout is shown."""
        legend = panel.legend
        if not panel.hover_text.isVisible():
            legend.setOpacity(1.0)
            return
        box = panel.top_box()
        area = box.sceneBoundingRect()
        if area.width() <= 0 or area.height() <= 0:
            return
        year = panel.crosshair.value()
        (x0, x1), _ = box.viewRange()
        away_right = year < (x0 + x1) / 2
        # wider than the data area (a narrow panel beside docks, German): wrapped between
        # words to its width rather than laid over the value axis's numbers, if it is then
        # no higher than the area (else over the axis, hover_place: below the area it would
        # lie over the year numbers and the next panel)
        panel.hover_text.setTextWidth(-1)
        room = area.width() - 2 * HOVER_GAP
        if panel.hover_text.textItem.boundingRect().width() > room:
            panel.hover_text.setTextWidth(room)
            wrapped = panel.hover_text.textItem.boundingRect()
            if wrapped.width() > room or wrapped.height() > area.height() - 2 * HOVER_GAP:
                panel.hover_text.setTextWidth(-1)
        text = panel.hover_text.textItem.boundingRect()
        shown = legend.isVisible() and bool(legend.items)
        legend_rect = legend.sceneBoundingRect() if shown else None
        place, clear = hover_place(area, text.width(), text.height(), away_right, legend_rect)
        legend.setOpacity(1.0 if clear else 0.2)
        place.setX(max(place.x(), panel.plot.sceneBoundingRect().left()))   # (not the next panel)
        panel.hover_text.setAnchor((0, 0))
        panel.hover_text.setPos(panel.plot.mapFromScene(place))

"""Series drawn by layers: a panel's many lines and filled areas painted by a few scene items.

pyqtgraph gives every line its own scene item (PlotCurveItem) and every filled area another
(FillBetweenItem). With six panels, stacked areas and uncertainty bands that is 60 to 100
items, and every frame the scene calls each one's Python `boundingRect` and `paint`, and every
data change makes the scene re-index it (pyqtgraph's bounds come from `nanmin`/`nanmax` under
`warnings.catch_warnings`, ~130 calls a step). That bookkeeping cost more than the drawing
itself (issue 13: docs/PERFORMANCE.md). Here the data live in `Series` and `Fill` objects that
are NOT scene items, and one `SeriesLayer` per depth draws them all, in order, with the same
QPainter calls pyqtgraph makes (the same paths, pens, brushes and antialiasing), so the picture
is the one pyqtgraph drew.

While a slider is held, a layer may draw its lines *rough* (`SeriesLayer.set_rough`: without
antialiasing, the same pens and points): the antialiased strokes are the largest part of
painting new data (issue 13, docs/PERFORMANCE.md, seventh round). The plot grid switches it
(PlotGrid.set_dragging) and draws the full picture again when the hand stops.

`Series` and `Fill` keep the small part of the pyqtgraph item API that the grid, its legends
and the tests use: `setData`/`getData`, `opts["pen"]`/`setPen`, `setBrush`, `curves`, and
QGraphicsObject's `setVisible`/`isVisible`/`setOpacity`/`opacity` (with their signals, which
make the layer repaint). A legend's sample (pyqtgraph's ItemSample) draws a `Series` from its
`opts` and toggles it with `setVisible`, as it does a PlotCurveItem.
"""
from __future__ import annotations

from typing import Optional

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPixmapCache, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsEffect, QGraphicsItem, QGraphicsObject, QGraphicsTextItem

CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


class _Drawn(QGraphicsObject):
    """Something a SeriesLayer draws. A QGraphicsObject only for its visibility and opacity
    (and their change signals, which pyqtgraph's legend samples rely on); it is never added to
    a scene, so the scene neither indexes nor paints it."""

    def __init__(self):
        super().__init__()
        self.layer: Optional["SeriesLayer"] = None

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name (never in a scene)
        """Empty: the layer that draws this covers it."""
        return QRectF()

    def paint(self, painter, option, widget=None) -> None:
        """Nothing: the layer draws this (see SeriesLayer.paint)."""

    def draw(self, painter: QPainter, rough: bool = False) -> None:
        """Draw this with `painter` (SeriesLayer.paint calls it; `rough`: see Series.draw)."""

    def _changed(self) -> None:
        if self.layer is not None:
            self.layer.update()


class PolygonPoints:
    """A QPolygonF kept for one series' or fill's points and refilled in place only when its
    data changed. The layers draw the polygon itself (QPainter.drawPolyline / drawPolygon:
    the same pixels as the path, measured, without building a path at every step: issue 13);
    `path` builds the path pyqtgraph's arrayToQPath builds from the same points
    (connect="all", no finite check: the same path elements, so the same picture), for what
    asks for a path. arrayToQPath makes a new polygon and a numpy view of its memory for every
    path, which was half of the cost of building a step's 25 paths (about 0.5 ms a step)."""

    def __init__(self):
        self.polygon = QPolygonF()
        self._view: Optional[np.ndarray] = None       # (n, 2) float64 view of the polygon
        self.key: object = None                       # what the points were filled for

    def fill(self, xs: tuple, ys: tuple, key: object = None) -> QPolygonF:
        """The polygon through the points of the 1-D arrays `xs` (joined one after the other)
        and `ys` (the same lengths); refilled only when `key` (e.g. the data's versions)
        differs from the last fill's, or is None. Empty for fewer than two points."""
        if key is not None and key == self.key:
            return self.polygon
        self.key = key
        n = sum(len(x) for x in xs)
        if n < 2:
            self.polygon, self._view = QPolygonF(), None
            return self.polygon
        if self._view is None or len(self._view) != n:
            self.polygon = pg.functions.create_qpolygonf(n)
            self._view = pg.functions.ndarray_from_qpolygonf(self.polygon)
        start = 0
        for x, y in zip(xs, ys):
            end = start + len(x)
            self._view[start:end, 0] = x
            self._view[start:end, 1] = y
            start = end
        return self.polygon

    def path(self, xs: tuple, ys: tuple, key: object = None) -> QPainterPath:
        """The open polygon through the points (as `fill`) as a path; empty for fewer than
        two points."""
        polygon = self.fill(xs, ys, key)
        if polygon.size() < 2:
            return QPainterPath()
        path = QPainterPath()
        path.reserve(polygon.size())
        path.addPolygon(polygon)
        return path


class Series(_Drawn):
    """One line's data (x, y in data units) and pen. The data are always finite (the model's
    yearly outputs), so no finite check is made. A pen that paints nothing (no pen, or a fully
    transparent one) makes a series that is not drawn but still counts for its layer's bounds
    (e.g. the zero line under a stack, or a band's edges)."""

    def __init__(self, pen=None):
        super().__init__()
        self.xData: Optional[np.ndarray] = None
        self.yData: Optional[np.ndarray] = None
        # the keys pyqtgraph's legend sample reads (ItemSample.paint)
        self.opts = {"pen": pg.mkPen(pen), "antialias": True, "fillLevel": None,
                     "fillBrush": None, "symbol": None}
        self._draws = _paints(self.opts["pen"])
        self.version = 0                  # counts data changes (fills cache their path by it)
        self._path: Optional[QPainterPath] = None
        self._points = PolygonPoints()
        self._bounds: tuple = ((None, None), (None, None))

    def setData(self, x, y) -> bool:  # noqa: N802 - pyqtgraph's name
        """New data: x and y, 1-D arrays of equal length (data units). Data equal to what is
        drawn change nothing (no repaint); returns True if the data changed."""
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        same_x = self.xData is not None and (x is self.xData or _same(x, self.xData))
        if same_x and (y is self.yData or _same(y, self.yData)):
            return False
        self.xData, self.yData = x, y
        self.version += 1
        self._path = None
        self._bounds = (self._bounds[0] if same_x else _low_high(x), _low_high(y))
        if self.layer is not None:
            self.layer.data_changed()
        return True

    def getData(self) -> tuple:  # noqa: N802 - pyqtgraph's name
        """(x, y) as drawn (None, None before the first setData)."""
        return self.xData, self.yData

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None) -> tuple:  # noqa: N802
        """(lowest, highest) data value along axis `ax` (0: x, 1: y); (None, None) if empty.
        (`frac` and `orthoRange`, pyqtgraph's, are not needed for the grid's data.)"""
        return self._bounds[ax]

    def setPen(self, *args, **kwargs) -> None:  # noqa: N802 - pyqtgraph's name
        """The line's pen: what pg.mkPen takes."""
        self.opts["pen"] = pg.mkPen(*args, **kwargs)
        self._draws = _paints(self.opts["pen"])
        self._changed()

    def path(self) -> QPainterPath:
        """The line as a path (the path pyqtgraph's arrayToQPath builds for a PlotCurveItem)."""
        if self._path is None:
            self._path = (self._points.path((self.xData,), (self.yData,), self.version)
                          if self.xData is not None else QPainterPath())
        return self._path

    def draw(self, painter: QPainter, rough: bool = False) -> None:
        """Stroke the line with its pen (nothing if the pen paints nothing): the polygon of
        its points, which strokes the same pixels as `path` without building it. Antialiased
        as pyqtgraph draws a line, unless `rough` (the same pen and points, about half the
        cost: SeriesLayer.set_rough)."""
        if self._draws and self.xData is not None and len(self.xData) > 1:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, not rough)
            painter.setPen(self.opts["pen"])
            painter.drawPolyline(self._points.fill((self.xData,), (self.yData,), self.version))


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    """True if the float arrays `a` and `b` hold the same values, byte for byte (for the short
    yearly series about 0.7 µs against np.array_equal's 5: ~30 series are offered new data at
    every slider step, issue 13)."""
    return a.shape == b.shape and a.tobytes() == b.tobytes()


def _low_high(a: np.ndarray) -> tuple:
    """(lowest, highest) value of the 1-D array `a`, (None, None) if it is empty. Through a
    list: for a yearly series (~27 values) 1.5 µs against 6 for numpy's min and max."""
    values = a.tolist()
    return (min(values), max(values)) if values else (None, None)


def _paints(pen) -> bool:
    """True if `pen` paints anything (not NoPen, not fully transparent)."""
    return pen.style() != Qt.PenStyle.NoPen and pen.color().alpha() > 0


class Fill(_Drawn):
    """The area between two series (`lower`, `upper`), filled with a brush and no outline: the
    polygon along `lower` and back along `upper`, as pyqtgraph's FillBetweenItem builds it."""

    def __init__(self, lower: Series, upper: Series, brush=None):
        super().__init__()
        self.curves = (lower, upper)
        self._brush = pg.mkBrush(brush)
        self._path: Optional[QPainterPath] = None
        self._points = PolygonPoints()
        self._built_for: tuple = ()

    def setBrush(self, *args, **kwargs) -> None:  # noqa: N802 - Qt's name
        """The fill's brush: what pg.mkBrush takes."""
        self._brush = pg.mkBrush(*args, **kwargs)
        self._changed()

    def brush(self):
        """The fill's brush (QBrush)."""
        return self._brush

    def _empty(self) -> bool:
        lower, upper = self.curves
        return lower.xData is None or upper.xData is None or not len(lower.xData)

    def _edges(self) -> tuple:
        """(xs, ys, key) for PolygonPoints: along `lower` and back along `upper`, keyed by
        both edges' data versions."""
        lower, upper = self.curves
        return ((lower.xData, upper.xData[::-1]), (lower.yData, upper.yData[::-1]),
                (id(lower), lower.version, id(upper), upper.version))

    def polygon(self) -> QPolygonF:
        """The filled polygon's points, refilled only when either edge's data changed."""
        return self._points.fill(*self._edges())

    def path(self) -> QPainterPath:
        """The filled polygon as a path (pyqtgraph's FillBetweenItem's), rebuilt only when
        either edge's data changed."""
        if self._empty():
            self._path, self._built_for = None, ()
            return QPainterPath()
        xs, ys, key = self._edges()
        if self._path is None or key != self._built_for:
            self._built_for = key
            self._path = self._points.path(xs, ys, key)
        return self._path

    def draw(self, painter: QPainter, rough: bool = False) -> None:
        """Fill the area with the brush (no outline), not antialiased (`rough` or not): a
        FillBetweenItem is drawn with the view's render hints, which pyqtgraph leaves without
        antialiasing. The polygon is filled (odd-even, as the path): the same pixels as
        `fillPath`, measured, without building the path."""
        if self._brush.style() != Qt.BrushStyle.NoBrush and not self._empty():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._brush)
            painter.drawPolygon(self.polygon())


class SeriesLayer(pg.GraphicsObject):
    """One scene item in a view box that draws its series and fills in the order they were
    added, each with its own visibility and opacity. It covers the view box's visible range
    (nothing it draws shows outside it: the view box clips its children). `cached=True` keeps
    what it drew as a pixmap until its data, style or range change (for what stays put while a
    slider moves, e.g. the baseline)."""

    def __init__(self, z: float, cached: bool = False):
        super().__init__()
        self.entries: list = []
        self._rect = QRectF()
        self.rough = False          # lines drawn without antialiasing (set_rough)
        self._painted_rough = False  # the last paint (or cached picture) was rough
        self.setZValue(z)
        if cached:
            self.setCacheMode(CACHE)

    def add(self, entry: _Drawn) -> _Drawn:
        """Draw `entry` (a Series or Fill) on top of those added before; returns it."""
        entry.layer = self
        entry.visibleChanged.connect(self.update)
        entry.opacityChanged.connect(self.update)
        self.entries.append(entry)
        self.update()
        return entry

    def series(self) -> list:
        """The layer's series (not its fills), in drawing order."""
        return [e for e in self.entries if isinstance(e, Series)]

    def set_rough(self, rough: bool) -> None:
        """Draw the lines without antialiasing (True: cheaper, for the frames of a drag) or
        as pyqtgraph draws them (False). Going rough repaints nothing: it applies to what is
        painted anyway (new data, a new range; a cached layer's picture when it is redrawn);
        going back repaints the layer only if its picture was painted rough."""
        self.rough = bool(rough)
        if not self.rough and self._painted_rough:
            self.update()

    def data_changed(self) -> None:
        """Call after new data: repaint, and let the view box fit its automatic range."""
        self.update()
        view = self.getViewBox()
        if view is not None:
            view.itemBoundsChanged(self)

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None) -> tuple:  # noqa: N802
        """(lowest, highest) over the visible series along axis `ax`; (None, None) if none."""
        lows, highs = [], []
        for entry in self.entries:
            if isinstance(entry, Series) and entry.isVisible():
                low, high = entry.dataBounds(ax)
                if low is not None:
                    lows.append(low)
                    highs.append(high)
        return (min(lows), max(highs)) if lows else (None, None)

    def viewRangeChanged(self) -> None:  # noqa: N802 - pyqtgraph's name
        """The view box's range moved: so does the area the layer covers."""
        view = self.getViewBox()
        rect = view.viewRect() if view is not None else QRectF()
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        """The view box's visible range, in data units (set by viewRangeChanged)."""
        if self._rect.isNull():
            view = self.getViewBox()
            if view is not None:
                self._rect = view.viewRect()
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        """Draw every visible entry in order, at its own opacity."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self._painted_rough = self.rough
        base = painter.opacity()
        for entry in self.entries:
            if not entry.isVisible():
                continue
            opacity = entry.opacity()
            if opacity <= 0.0:
                continue
            painter.setOpacity(base * opacity)
            entry.draw(painter, self.rough)
        painter.setOpacity(base)


def drawn_items(box) -> list:
    """The items of view box `box` that hold data (getData), the layers' series included."""
    items = list(box.addedItems)
    for item in box.addedItems:
        if isinstance(item, SeriesLayer):
            items.extend(item.series())
    return items


def cache_text(scene) -> None:
    """Keep every text item of `scene` (titles, axis labels, legend labels) as a pixmap until
    its text or place changes: laying out and drawing the same text again took about an
    eighth of every frame (issue 13). The axes' tick labels are already cached with their
    axis, so all text is then drawn the same way."""
    for item in scene.items():
        if isinstance(item, QGraphicsTextItem) and item.cacheMode() != CACHE:
            item.setCacheMode(CACHE)


class StillPicture(QGraphicsEffect):
    """Draws an item AND its children from one pixmap, which Qt's effect machinery keeps until
    the item or a child changes (QGraphicsEffectSource caches it). For a legend: its ground,
    samples and labels are some 70 scene items whose Python `boundingRect`/`paint` cost about
    a third of a frame, though they never change while a slider moves (issue 13). Rendered in
    device coordinates, so the picture is the one drawn directly. Qt's own item cache
    (setCacheMode) covers an item without its children, hence an effect."""

    def draw(self, painter: QPainter) -> None:
        """Blit the cached picture of the item and its children where they would be drawn."""
        offset = QPoint()          # (filled in by sourcePixmap)
        pixmap = self.sourcePixmap(Qt.CoordinateSystem.DeviceCoordinates, offset,
                                   QGraphicsEffect.PixmapPadMode.NoPad)
        if pixmap.isNull():
            self.drawSource(painter)
            return
        transform = painter.worldTransform()
        painter.setWorldTransform(QTransform())
        painter.drawPixmap(offset, pixmap)
        painter.setWorldTransform(transform)


def keep_still(item) -> None:
    """Draw `item` and its children from one cached picture (StillPicture), once."""
    if not isinstance(item.graphicsEffect(), StillPicture):
        item.setGraphicsEffect(StillPicture())


CACHED_AREAS = 4     # the cached pictures of a plot grid cover about this many times its area


def room_for_caches(width: int, height: int) -> None:
    """Let Qt's pixmap cache (where cached items and StillPicture keep their pictures) hold the
    cached pictures of a plot grid of `width` × `height` pixels: the axes with their grid
    lines, the bands, the baseline, the text and the legends cover about CACHED_AREAS times its
    area. Qt's default (10 MB) holds less than that for a 1600×1000 window, and a cache that
    evicts redraws every axis and legend in turn (measured: the slowest tenth of the slider
    steps three times slower). Never lowers the limit."""
    needed_kb = CACHED_AREAS * 4 * width * height // 1024      # 4 bytes a pixel (ARGB)
    if needed_kb > QPixmapCache.cacheLimit():
        QPixmapCache.setCacheLimit(needed_kb)

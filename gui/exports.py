"""Image exports of the plots: the whole dashboard as PNG, one panel as PNG or SVG.

Every file is written atomically (temporary file beside the target, then renamed), so a
failed export never leaves a half-written file or damages an older one.

pyqtgraph 0.14's SVGExporter raises on paths, so SVG is rendered here with QSvgGenerator:
the panel's region of the scene (plot, axes, title and legend) painted by QGraphicsScene.render,
which writes vector paths, polylines and text (titles, axis and legend labels as <text>; tick
labels, which pyqtgraph replays from a QPicture, as glyph outlines).
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QWidget
from PySide6.QtSvg import QSvgGenerator

from model.store.atomic import write_bytes

from . import palette as pal
from .error_text import failed_write

PNG_SCALE = 2.0          # panel PNGs are rendered at twice the on-screen size (sharp on slides)
MARGIN = 6.0             # pixels around a panel's region


class ExportError(Exception):
    """An image could not be written; the message names the file and why."""


def dashboard_png(grid, path: Path, header: Sequence[str] = (),
                  above: Sequence[QWidget] = ()) -> QSize:
    """Write the dashboard to `path` as PNG: the `header` lines (the first in bold: title,
    then e.g. scenario name, code and date; plain text), the widgets `above` the plots as on
    screen (headline cards, verdict line), then the whole plot grid. Returns the image size in
    pixels. Raises ExportError if it cannot be written."""
    with _hover_hidden(grid):
        pixmaps = [w.grab() for w in above if w.isVisible()] + [grid.grab()]
    ratio = pixmaps[-1].devicePixelRatio() or 1.0
    sizes = [p.deviceIndependentSize() for p in pixmaps]      # logical pixels
    width = max(round(size.width()) for size in sizes)
    font = QFont(grid.font())
    bold = QFont(font)
    bold.setBold(True)
    bold.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.3)
    lines = [(bold if i == 0 else font, str(line)) for i, line in enumerate(header)]
    heights = [QFontMetricsF(f).lineSpacing() for f, _ in lines]
    top = sum(heights) + (2 * MARGIN if lines else 0)
    height = top + sum(size.height() for size in sizes)
    image = QImage(QSize(round(width * ratio), round(height * ratio)), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor(pal.background()))
    painter = QPainter(image)
    try:
        painter.setPen(QColor(pal.foreground()))
        y = MARGIN
        for (f, line), h in zip(lines, heights):
            painter.setFont(f)
            # drawText with a rect and flags renders plain text: a name is never markup
            painter.drawText(QRectF(MARGIN, y, width - 2 * MARGIN, h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += h
        y = top
        for pixmap, size in zip(pixmaps, sizes):
            painter.drawPixmap(QPointF(0, y), pixmap)
            y += size.height()
    finally:
        painter.end()
    save_png(image, Path(path))
    return image.size()


def panel_rect(grid, key: str) -> QRectF:
    """The scene region of panel `key`: its plot (title, axes) and its legend, plus a margin."""
    panel = grid.panels[key]
    legend = panel.legend
    rect = panel.plot.sceneBoundingRect()
    if legend.isVisible() and legend.items:
        rect = rect.united(legend.mapRectToScene(legend.childrenBoundingRect()))
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def panel_png(grid, key: str, path: Path, scale: float = PNG_SCALE) -> QSize:
    """Write panel `key` to `path` as PNG at `scale` times its on-screen size; returns the
    image size in pixels. A panel not shown (presentation, the guided round) is laid out alone
    in the grid for the picture (_laid_out). Raises ExportError if it cannot be written."""
    with _laid_out(grid, key), _hover_hidden(grid), _only_panel(grid, key), grid.uncached():
        source = panel_rect(grid, key)
        size = QSize(round(source.width() * scale), round(source.height() * scale))
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor(pal.background()))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            grid.scene().render(painter, QRectF(0, 0, size.width(), size.height()), source,
                                Qt.AspectRatioMode.IgnoreAspectRatio)
        finally:
            painter.end()
    save_png(image, Path(path))
    return size


def panel_svg(grid, key: str, path: Path, title: str = "") -> QSize:
    """Write panel `key` to `path` as SVG (vector paths and text); returns its size in
    pixels. `title` becomes the SVG's <title>. A panel not shown is laid out alone in the grid
    for the drawing (_laid_out). Raises ExportError if it cannot be written."""
    path = Path(path)
    # Rendered into memory, then written by the atomic writer: QSvgGenerator does not report
    # write errors, so on a full disk it would leave a truncated file and say nothing.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setTitle(title or grid.panel_title(key))
    generator.setDescription("AI Capex Scenario Explorer")
    with _laid_out(grid, key), _hover_hidden(grid), _only_panel(grid, key), grid.uncached():
        source = panel_rect(grid, key)
        size = QSize(round(source.width()), round(source.height()))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        painter = QPainter()
        if not painter.begin(generator):
            raise ExportError(_tr("{0}: cannot start the SVG writer").format(path))
        try:
            target = QRectF(0, 0, size.width(), size.height())
            painter.setClipRect(target)    # the scene renders every item otherwise
            painter.fillRect(target, QColor(pal.background()))
            grid.scene().render(painter, QRectF(0, 0, size.width(), size.height()),
                                source, Qt.AspectRatioMode.IgnoreAspectRatio)
        finally:
            painter.end()
    data = bytes(buffer.data())
    if not data:
        raise ExportError(_tr("{0}: the SVG writer produced nothing").format(path))
    _write(path, data)
    return size


def save_png(image, path: Path) -> None:
    """Save a QImage or QPixmap as PNG at `path` atomically: encoded in memory, then written by
    model.store.atomic (every byte checked, fsynced, renamed over the old file). ExportError
    naming the file on any failure; the old file is then untouched and no temporary is left."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError(_tr("{0}: cannot encode the PNG").format(path))
    _write(Path(path), bytes(buffer.data()))



def _write(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically; ExportError naming the file on failure."""
    try:
        write_bytes(path, data)
    except OSError as exc:
        raise ExportError(failed_write(path, exc)) from None


def _tr(source: str) -> str:
    """`source` in the interface language (context Exports; the command line's screenshot
    runs untranslated unless given --lang)."""
    return QCoreApplication.translate("Exports", source)


@contextmanager
def _laid_out(grid, key: str) -> Iterator[None]:
    """Within the block panel `key` has its place in the grid. A panel not shown now (the
    presentation's or the guided round's few panels) has none: its plot is hidden and its
    rectangle stale, so it rendered as an empty picture. It is then shown alone (filling the
    grid, as a one-panel presentation shows it, its legend placed) for the render, and the
    panels shown before come back before anything is painted on screen."""
    shown = grid.visible_panels()
    if key in shown:
        yield
        return
    grid.set_visible_panels((key,))
    grid.place_legends()
    try:
        yield
    finally:
        grid.set_visible_panels(shown)
        grid.place_legends()


@contextmanager
def _hover_hidden(grid) -> Iterator[None]:
    """Hide the hover crosshair and value box while rendering, then restore them."""
    hidden = []
    for panel in grid.panels.values():
        for item in (panel.crosshair, panel.hover_text):
            if item is not None and item.isVisible():
                item.setVisible(False)
                hidden.append(item)
    try:
        yield
    finally:
        for item in hidden:
            item.setVisible(True)


@contextmanager
def _only_panel(grid, key: str) -> Iterator[None]:
    """Make the other panels fully transparent while rendering (QGraphicsScene skips such
    items; opacity, unlike visibility, leaves the layout alone), then restore them."""
    changed = []
    for name, panel in grid.panels.items():
        if name == key:
            continue
        for item in (panel.plot, panel.legend, panel.right_view):
            if item is not None:
                changed.append((item, item.opacity()))
                item.setOpacity(0.0)
    # pyqtgraph legends ignore transformations (constant size on screen); scaled renders
    # must scale them with the rest of the panel.
    legend = grid.panels[key].legend
    flag = legend.GraphicsItemFlag.ItemIgnoresTransformations
    ignored = bool(legend.flags() & flag)
    legend.setFlag(flag, False)
    try:
        yield
    finally:
        for item, opacity in changed:
            item.setOpacity(opacity)
        legend.setFlag(flag, ignored)

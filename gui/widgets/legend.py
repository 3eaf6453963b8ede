"""Compact plot legends (issue 11: the plots are the picture).

pyqtgraph's LegendItem draws every entry as a 20 × 20 px sample and a label with the text
document's 4 px margin around it, so a row is 21 px high and every label 8 px wider than its
text. A panel's legend lies inside the data area, so every pixel of it hides data. Here:

    CompactSample   a SAMPLE_SIZE sample (times the legend's type: set_type_scale): a swatch
                    for a filled series, a line otherwise
    CompactLegend   a LegendItem of CompactSamples whose labels have no document margin
    make_legend     a CompactLegend in LEGEND_POINTS text
    entry_sizes     the entries' sample and label sizes; legend_size: the legend's size
                    in a number of columns (without laying it out)
    legend_columns  how many columns fit a room, entries placed column by column
    arrange         place a legend's entries column by column in that many columns

Entries run down the columns (column-major): a panel's series are listed in their order, and
long labels late in the list share a column instead of widening every column.
"""
from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QSizePolicy

LEGEND_POINTS = 8         # legend text size (times the font scale)
LEGEND_SPACING = 8        # px between a legend's columns
SAMPLE_GAP = 3            # px between a sample and its label
SAMPLE_SIZE = (16, 10)    # px: a sample's width and height (times the legend's type scale)
SAMPLE_DASH_WIDTH = 2.5   # px: a dashed sample is drawn at most this wide (times the type
                          # scale), its dashes in this width's units: the curve's pattern, thinner
SAMPLE_PERIOD_SHARE = 0.55  # ... and thin enough that its pattern repeats within this share of
                          # the sample's width (so two dashes show),
SAMPLE_LEAST_WIDTH = 1.5  # px: but never thinner than this (times the type scale)
PADDING = 2               # px of ground around a legend's entries
ROW_SPACING = -1          # px between rows: a text's line box has room above its capitals


class CompactSample(pg.ItemSample):
    """A legend sample of SAMPLE_SIZE pixels times its legend's type scale (set_type_scale): a
    filled swatch (edged in the series' pen) for a series with a fill, else a line in the
    series' pen across the middle. Clicking it hides or shows the series, as pyqtgraph's
    sample does; a hidden series' sample is drawn faint."""

    def __init__(self, item):
        super().__init__(item)
        self.type_scale = 1.0
        self.set_type_scale(1.0)

    def set_type_scale(self, scale: float) -> None:
        """Draw the sample `scale` times SAMPLE_SIZE (its label's type scale: in presentation
        type at 1920 × 1080 a 16 px sample beside 21 px letters was too short to show a
        compare curve's dashes)."""
        self.type_scale = max(float(scale), 0.1)
        self.setFixedWidth(SAMPLE_SIZE[0] * self.type_scale)
        self.setFixedHeight(SAMPLE_SIZE[1] * self.type_scale)
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        """The sample's rectangle, SAMPLE_SIZE pixels times its type scale."""
        return QRectF(0, 0, SAMPLE_SIZE[0] * self.type_scale, SAMPLE_SIZE[1] * self.type_scale)

    def paint(self, painter, *args) -> None:
        """Draw the swatch or the line (faint while the series is hidden)."""
        opts = self.item.opts
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        if not self.item.isVisible():
            painter.setOpacity(0.25)
        rect = self.boundingRect()
        width, height = rect.width(), rect.height()
        pen = pg.mkPen(opts.get("pen"))
        brush = opts.get("fillBrush")
        if opts.get("fillLevel") is not None and brush is not None:
            painter.setPen(pen)
            painter.setBrush(pg.mkBrush(brush))
            painter.drawRect(QRectF(1, 1, width - 2, height - 2))
        else:
            # square ends: a round cap reaches half the pen's width past each end, and a
            # presentation line (×2, 6 px) ran into its label (the projector review)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            # a dash pattern is in pen widths: at presentation's widths the first dash (25 px
            # and more) filled the sample and a dashed curve's entry read as a solid line.
            # The sample draws the pattern in a thinner pen, its dashes in that pen's widths:
            # the curve's dashes and dots in their proportions (a dot 7.5 px high and 1 px
            # long read as a bar at 1920 × 1080)
            # (Qt's own dashed styles too: the baseline's DashLine, 4 widths on and 2 off, drew
            # one dash and a dot in a presentation sample at 1920 × 1080)
            pattern = (pen.dashPattern() if pen.style() not in (Qt.PenStyle.SolidLine,
                                                                Qt.PenStyle.NoPen) else [])
            if pattern:
                # thin enough that the pattern repeats within the sample (one long dash and a
                # gap at its end read as a solid line), not thinner than SAMPLE_LEAST_WIDTH
                period = sum(pattern)
                thin = max(SAMPLE_LEAST_WIDTH * self.type_scale,
                           min(SAMPLE_DASH_WIDTH * self.type_scale,
                               SAMPLE_PERIOD_SHARE * width / period))
                if pen.widthF() > thin:
                    pen.setWidthF(thin)
                    pen.setDashPattern(pattern)
            painter.setPen(pen)
            painter.drawLine(QPointF(0, height / 2), QPointF(width, height / 2))


class CompactLegend(pg.LegendItem):
    """A LegendItem of CompactSamples whose labels carry no text-document margin (pyqtgraph
    leaves Qt's 4 px on every side of every label)."""

    def __init__(self, **options):
        super().__init__(sampleType=CompactSample, **options)
        self.corner = (0, 0)          # where it is anchored in its parent (x, y: 0, 0.5 or 1)
        self.columns_wanted = None    # the columns chosen for it (None: as many as fit)
        self.arranged = None          # (columns, entry sizes) it was last arranged for
        self.type_scale = 1.0         # its type's scale (set_type_scale)

    def set_type_scale(self, scale: float) -> None:
        """The legend's type is drawn `scale` times its normal size: its samples follow
        (CompactSample.set_type_scale)."""
        self.type_scale = float(scale)
        for sample, _ in self.items:
            if isinstance(sample, CompactSample):
                sample.set_type_scale(scale)

    def addItem(self, item, name) -> None:  # noqa: N802 - pyqtgraph's name
        """Add the entry `name` (simple HTML) for `item`, its label trimmed to its text."""
        super().addItem(item, name)
        sample, label = self.items[-1]
        if isinstance(sample, CompactSample):
            sample.set_type_scale(self.type_scale)
        label.item.document().setDocumentMargin(0)
        label.setText(label.text)          # (re-measures the label)
        # as high as its text: in a row made taller by a two-line entry it is centred beside
        # its sample (stretched to the row, its text sat at the top, above the sample)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.updateSize()


def make_legend(color) -> CompactLegend:
    """A frameless compact legend in LEGEND_POINTS text of `color`."""
    legend = CompactLegend(labelTextSize=f"{LEGEND_POINTS}pt", horSpacing=LEGEND_SPACING,
                           verSpacing=ROW_SPACING, frame=False, labelTextColor=color)
    legend.layout.setContentsMargins(PADDING + 1, PADDING, PADDING + 1, PADDING)
    legend.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
    return legend


def _by_column(count: int, columns: int) -> tuple[int, int]:
    """(rows, columns used) for `count` entries placed column by column in `columns`."""
    rows = math.ceil(count / columns)
    return rows, math.ceil(count / rows)


def entry_sizes(legend: pg.LegendItem) -> list[tuple[float, float, float]]:
    """Each entry's (sample width, label width, row height) in pixels, as drawn now."""
    return [(sample.boundingRect().width(), label.item.boundingRect().width(),
             max(sample.boundingRect().height(), label.item.boundingRect().height()))
            for sample, label in legend.items]


def legend_size(sizes: list[tuple[float, float, float]], columns: int) -> tuple[float, float]:
    """(width, height) in pixels of a legend of entries `sizes` (entry_sizes) placed column by
    column in `columns` columns by arrange_legend."""
    if not sizes:
        return 0.0, 0.0
    rows, used = _by_column(len(sizes), max(columns, 1))
    groups = [sizes[j * rows:(j + 1) * rows] for j in range(used)]
    width = sum(max(s for s, _, _ in g) + SAMPLE_GAP + max(w for _, w, _ in g) for g in groups)
    height = sum(max(h for _, _, h in sizes[r::rows]) for r in range(rows)) + ROW_SPACING * (rows - 1)
    return width + LEGEND_SPACING * (used - 1) + 2 * (PADDING + 1), height + 2 * PADDING


def column_choices(count: int) -> list[int]:
    """The column counts that give `count` entries different shapes (7 entries: 1, 2, 3, 4, 7;
    five or six columns would still be two rows, as four are)."""
    return sorted({_by_column(count, c)[1] for c in range(1, count + 1)}) if count else [1]


def legend_columns(sizes: list[tuple[float, float, float]], room: float) -> int:
    """The most columns (1 to len(sizes)) a legend of entries `sizes` (entry_sizes), placed
    column by column, can have and stay within `room` pixels; 1 if even one column is wider."""
    for columns in reversed(column_choices(len(sizes))):
        if legend_size(sizes, columns)[0] <= room:
            return columns
    return 1


def arrange(legend: CompactLegend, columns: int) -> None:
    """Arrange `legend` in `columns` columns unless it is so arranged for its entries' current
    sizes already (a new font size re-measures the labels)."""
    key = (columns, tuple(entry_sizes(legend)))
    if legend.arranged != key:
        arrange_legend(legend, columns)
        legend.arranged = key


def arrange_legend(legend: pg.LegendItem, columns: int) -> None:
    """Place the legend's entries column by column in `columns` columns (pyqtgraph's own
    setColumnCount fills rows and leaves holes after removeItem, so the grid is rebuilt)."""
    layout = legend.layout
    while layout.count():
        layout.removeAt(layout.count() - 1)
    rows, used = _by_column(len(legend.items), max(columns, 1)) if legend.items else (0, 0)
    for n, (sample, label) in enumerate(legend.items):
        col, row = divmod(n, rows)
        layout.addItem(sample, row, 2 * col, alignment=Qt.AlignmentFlag.AlignVCenter)
        layout.addItem(label, row, 2 * col + 1, alignment=Qt.AlignmentFlag.AlignVCenter)
    for col in range(2 * max(used, 1)):
        layout.setColumnSpacing(col, LEGEND_SPACING if col % 2 else SAMPLE_GAP)
    legend.columnCount = used
    legend.rowCount = rows
    # Sized from the layout's own hint (pyqtgraph's updateSize adds up the entries' current,
    # possibly stretched, widths).
    for row in range(layout.rowCount()):
        layout.setRowStretchFactor(row, 0)
    layout.invalidate()
    legend.resize(layout.effectiveSizeHint(Qt.SizeHint.PreferredSize))

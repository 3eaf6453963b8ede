"""A legend's line sample stays inside its SAMPLE_SIZE box whatever the line's width: in
presentation mode (lines ×2) the 'Debt stock' line, 6 px wide with round ends, reached 3 px
into its label's first letter (the projector review, 1280 × 720 and 1920 × 1080)."""
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from gui.widgets.legend import CompactSample, SAMPLE_SIZE

MARGIN = 8        # px of image around the sample, where nothing may be painted


def painted_sample(pen, type_scale=None) -> QImage:
    """The legend sample of a line series drawn with `pen`, painted on a transparent image with
    MARGIN px around it; with `type_scale`, at that scale of the type (presentation), the image
    as large as the scaled sample."""
    sample = CompactSample(pg.PlotDataItem([0, 1], [0, 1], pen=pen))
    size = SAMPLE_SIZE
    if type_scale is not None:
        sample.set_type_scale(type_scale)
        size = (int(sample.boundingRect().width()), int(sample.boundingRect().height()))
    image = QImage(size[0] + 2 * MARGIN, size[1] + 2 * MARGIN, QImage.Format.Format_ARGB32)
    image.fill(QColor(255, 255, 255, 0))
    painter = QPainter(image)
    painter.translate(QPointF(MARGIN, MARGIN))
    sample.paint(painter)
    painter.end()
    return image


def painted_columns(width: float, style=Qt.PenStyle.SolidLine) -> list[int]:
    """The image columns (sample coordinates) holding a painted pixel, for a line series drawn
    in a pen `width` px wide."""
    image = painted_sample(pen=pg.mkPen("#000000", width=width, style=style))
    return sorted({x - MARGIN for x in range(image.width()) for y in range(image.height())
                   if image.pixelColor(x, y).alpha() > 0})


def test_a_thick_line_sample_ends_inside_its_box(qapp):
    for width in (1, 3, 6):
        columns = painted_columns(width)
        assert columns, width                          # it is drawn
        assert columns[0] >= 0 and columns[-1] < SAMPLE_SIZE[0], (width, columns[0], columns[-1])
        assert columns[-1] >= SAMPLE_SIZE[0] - 2         # and reaches across its box


def test_a_dashed_line_sample_ends_inside_its_box(qapp):
    columns = painted_columns(6, Qt.PenStyle.DashLine)
    assert columns and columns[0] >= 0 and columns[-1] < SAMPLE_SIZE[0]


def test_a_compare_curves_sample_shows_its_dashes_in_presentation_width(qapp):
    """Screen review 19: a compare curve's dash pattern is set in pen widths; in presentation
    mode (5 px at 1280 × 720, 7.5 px at 1920 × 1080) the first dash of the long-dash and
    dash-dot patterns (25 px and more) filled the whole 16 px sample, so the legend showed
    'Boom continues' and 'Soft landing' as solid lines while their curves were dashed. The
    sample keeps the dashes' lengths of the normal width: a gap shows within its box."""
    from gui import palette as pal
    from gui.widgets.plot_grid import COMPARE_WIDTH
    for dashes in pal.COMPARE_DASHES:
        for scale in (1.0, 2.0, 3.0):
            pen = pg.mkPen("#000000", width=COMPARE_WIDTH * scale)
            pen.setDashPattern(list(dashes))
            image = painted_sample(pen)
            row = MARGIN + SAMPLE_SIZE[1] // 2
            drawn = [image.pixelColor(MARGIN + x, row).alpha() > 128
                     for x in range(SAMPLE_SIZE[0])]
            first = drawn.index(True)
            assert not all(drawn[first:]), (dashes, scale, drawn)   # a gap after the first dash


def test_a_baseline_sample_shows_two_whole_dashes_in_presentation_width(qapp):
    """Screen review 26 (1920 × 1080, presentation): the baseline's sample, drawn in the
    baseline lines' pen (Qt's DashLine: dashes of 4 pen widths, gaps of 2), showed one long
    dash and a dot, as Qt's own dash styles were not thinned like a custom pattern. It shows
    two whole dashes, as the dashed lines in the plots read; the normal look is unchanged."""
    for width, scale in ((3.0, 1.5), (3.75, 5 / 3), (5.0, 2.0)):
        image = painted_sample(pg.mkPen("#000000", width=width, style=Qt.PenStyle.DashLine),
                               type_scale=scale)
        box_width, box_height = image.width() - 2 * MARGIN, image.height() - 2 * MARGIN
        row = MARGIN + int(box_height / 2)
        drawn = [image.pixelColor(MARGIN + x, row).alpha() > 128 for x in range(box_width)]
        runs, length = [], 0
        for on in drawn + [False]:
            if on:
                length += 1
            elif length:
                runs.append(length)
                length = 0
        assert len(runs) >= 2 and abs(runs[1] - runs[0]) <= 2, (width, scale, runs)
    normal = painted_columns(1.5, Qt.PenStyle.DashLine)     # the normal look: as before
    assert normal and normal[0] >= 0 and normal[-1] < SAMPLE_SIZE[0]

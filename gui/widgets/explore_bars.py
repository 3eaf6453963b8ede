"""One-at-a-time against global sensitivity, row by row (issue 14).

`ExploreBars` paints one row per parameter, in the tornado's order (largest one-at-a-time
effect first), with two bars side by side:
- one at a time: the parameter's tornado swing (model.analysis.sensitivity.tornado: the
  headline's range with that parameter alone moved from its minimum to its maximum, all others
  as set), as a share of the largest swing (its percentage after the bar);
- global: its Sobol' total effect ST (model.explore.sensitivity: share of the headline's
  variance when every parameter varies over its range, interactions included), with SALib's
  95 % confidence as a whisker.
A parameter high on the left and low on the right matters only near the current scenario; the
reverse matters through interactions the tornado cannot see. A click on a row emits
`parameterClicked(key)`, as the tornado does.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from model import parameters as P
from model.analysis.sensitivity import Bar
from model.explore.sensitivity import Index

from .. import format as fmt
from .. import palette as pal
from .. import text
from .painted import HeightFollowsFontAndWidth, draw_text

ROW_HEIGHT = 20           # the least height (pixels) of a bar's line; larger type: taller
HEADER_HEIGHT = 22        # the least height of the column titles' line


class ExploreBars(HeightFollowsFontAndWidth, QWidget):
    """Rows of (one-at-a-time swing, Sobol' total effect) per parameter; click a row to pick
    its parameter."""

    parameterClicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("exploreBars")
        self.rows: list[tuple[str, float, Optional[Index]]] = []   # key, swing share, indices
        self.painted: list[str] = []          # the strings of the last paint (painted.py)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMouseTracking(True)
        self._fit_height()

    def line_height(self) -> int:
        """The height (pixels) of a bar's line in the widget's type (presentation type is
        larger: its lines overlapped in the fixed 20 px rows)."""
        return max(ROW_HEIGHT, QFontMetrics(self.font()).height() + 4)

    def header_height(self) -> int:
        """The height (pixels) of the column titles' line."""
        return max(HEADER_HEIGHT, QFontMetrics(self.font()).height() + 6)

    def stacked(self) -> bool:
        """True when the names stand on a line of their own above their bars: beside them the
        widest would be cut (the dock below the sliders is 330 px at 1280 × 720)."""
        if not self.rows:
            return False
        metrics = QFontMetrics(self.font())
        widest = max(metrics.horizontalAdvance(text.param_label(P.get(key)))
                     for key, _share, _index in self.rows) + 8
        return widest > self._label_share()

    def name_height(self) -> int:
        """The height (pixels) of a name's line above its bars (stacked())."""
        return QFontMetrics(self.font()).height() + 2 if self.stacked() else 0

    def row_height(self) -> int:
        """The height (pixels) of one parameter's row: its bars' line, below its name when
        stacked()."""
        return self.line_height() + self.name_height()

    def _fit_height(self) -> None:
        self.setFixedHeight(self.header_height() + self.row_height() * max(1, len(self.rows)) + 4)

    def set_data(self, tornado_bars: list[Bar], indices: Optional[list[Index]]) -> None:
        """Show the tornado's bars (sorted, largest effect first) beside the Sobol' indices
        (any order; None: not computed yet)."""
        by_key = {i.key: i for i in indices or []}
        largest = max((b.effect for b in tornado_bars), default=0.0) or 1.0
        self.rows = [(b.key, b.effect / largest, by_key.get(b.key)) for b in tornado_bars]
        self._fit_height()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(380, self.header_height() + self.row_height() * max(1, len(self.rows)) + 4)

    def row_at(self, y: float) -> Optional[int]:
        """Index of the row drawn at height `y` (widget pixels), or None."""
        header = self.header_height()
        row = int((y - header) // self.row_height())
        return row if y >= header and 0 <= row < len(self.rows) else None

    def _label_share(self) -> float:
        return min(190.0, max(110.0, 0.36 * self.width()))

    def _columns(self) -> tuple[float, float, float]:
        label_w = 2.0 if self.stacked() else self._label_share()   # stacked: bars from the left
        bar_w = (self.width() - label_w - 12) / 2
        return label_w, bar_w, label_w + bar_w + 8

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        fg, muted = QColor(pal.foreground()), QColor(pal.muted_text())
        oat_color = QColor(pal.SKY if pal.is_dark() else pal.BLUE)
        st_color = QColor(pal.ORANGE)
        metrics = QFontMetrics(self.font())
        label_w, bar_w, st_left = self._columns()
        stacked = self.stacked()
        header, line, name_h = self.header_height(), self.line_height(), self.name_height()
        self.painted = []
        painter.setPen(fg)
        for left, title in ((label_w, self.tr("One at a time")),
                            (st_left, self.tr("Sobol' total effect"))):
            draw_text(painter, QRectF(left, 0, bar_w, header),
                      Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                      metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(bar_w)),
                      self.painted)
        value_w = metrics.horizontalAdvance("100 % ")
        for row, (key, share, index) in enumerate(self.rows):
            top = header + row * (line + name_h)
            painter.setPen(fg)
            name_w = self.width() - 4 if stacked else label_w - 6
            label = metrics.elidedText(text.param_label(P.get(key)), Qt.TextElideMode.ElideRight,
                                       int(name_w))
            draw_text(painter, QRectF(2, top, name_w, name_h if stacked else line),
                      (Qt.AlignmentFlag.AlignBottom if stacked
                       else Qt.AlignmentFlag.AlignVCenter) | Qt.AlignmentFlag.AlignLeft,
                      label, self.painted)
            top += name_h                      # (stacked: the bars on the line below)
            span = max(1.0, bar_w - value_w)
            painter.fillRect(QRectF(label_w, top + 4, share * span, line - 8), oat_color)
            # its share of the largest swing after the bar, as the total effect has its value
            # (the room was kept for it, but the bar stood without a number)
            painter.setPen(muted)
            draw_text(painter, QRectF(label_w + share * span + 3, top, value_w, line),
                      Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                      fmt.percent(share), self.painted)
            if index is None or index.st is None:
                draw_text(painter, QRectF(st_left, top, bar_w, line),
                          Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, "—",
                          self.painted)
                continue
            st = min(max(index.st, 0.0), 1.0)
            painter.fillRect(QRectF(st_left, top + 4, st * span, line - 8), st_color)
            end = st
            if index.st_conf:
                lo = min(max(index.st - index.st_conf, 0.0), 1.0)
                end = min(max(index.st + index.st_conf, 0.0), 1.0)
                painter.setPen(QPen(fg, 1))
                mid = top + line / 2
                painter.drawLine(int(st_left + lo * span), int(mid), int(st_left + end * span),
                                 int(mid))
            painter.setPen(muted)                  # the value after the whisker's end
            draw_text(painter, QRectF(st_left + max(st, end) * span + 3, top, value_w, line),
                      Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                      fmt.number(index.st, 2), self.painted)
        painter.end()

    def row_tooltip(self, row: int) -> str:
        """'Revenue per GW: one at a time 100 % of the largest swing; total effect 0.43 ± 0.16.'"""
        key, share, index = self.rows[row]
        label = text.param_label(P.get(key))
        if index is None or index.st is None:
            return self.tr("{0}: one at a time {1} of the largest swing; total effect not "
                           "computed yet. Click to select the slider.").format(
                label, fmt.percent(share))
        return self.tr("{0}: one at a time {1} of the largest swing; Sobol' total effect {2} "
                       "± {3}, first order {4}. Click to select the slider.").format(
            label, fmt.percent(share), fmt.number(index.st, 2),
            fmt.number(index.st_conf or 0.0, 2), fmt.number(index.s1 or 0.0, 2))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        row = self.row_at(event.position().y())
        self.setToolTip("" if row is None else self.row_tooltip(row))
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        row = self.row_at(event.position().y())
        if row is not None and event.button() == Qt.MouseButton.LeftButton:
            self.parameterClicked.emit(self.rows[row][0])
        super().mousePressEvent(event)

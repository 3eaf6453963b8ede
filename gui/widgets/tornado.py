"""The sensitivity tornado panel (issue 5): how far each parameter moves one headline figure.

`TornadoPanel` has a headline chooser and a `TornadoChart`: one row per parameter, sorted by
effect (model.analysis.sensitivity.tornado, largest first). Each bar runs from the headline's
value with the parameter at its minimum to its value with the parameter at its maximum, around
the current value (the vertical line); all other parameters stay as they are. Clicking a row
emits `parameterClicked(key)`. The panel holds no formulas: every number is the model's.
"""
from __future__ import annotations

import html
import re
from typing import Optional

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QScrollArea, QSizePolicy,
                               QVBoxLayout, QWidget)

from model import engine, outputs
from model import parameters as P
from model.analysis.sensitivity import Bar, tornado

from .. import plain_text
from .. import palette as pal
from .headline_strip import widest_texts
from .painted import HeightFollowsFontAndWidth, draw_text, elided_label
from .. import text
from gui import format as fmt

ROW_HEIGHT = 22            # the least height of a row (pixels); larger type makes it taller
ROW_GAP = 4                # below a bar whose name stands above it: the space to the next name
BAR_SHARE = 0.3            # beside their names, the bars keep at least this share of the width
DRAG_THROTTLE_MS = 200     # while a slider is held, recompute at most this often


def headline_value_text(key: str, value: float, end_year: int = engine.DEFAULT_END_YEAR) -> str:
    """A headline value as shown, with 'none' / 'not by 2050' for the model's stand-ins."""
    return fmt.headline_value(key, value, end_year)


def marks_kept_with_words(key: str) -> str:
    """The colour key's markup with each entry (a sample mark and its words, between the
    entries' '&nbsp; ' separators) kept on one line: wrapped in a narrow dock (1920 × 1080
    presentation, German) the key read '… Maximum |' over 'aktueller Wert', and at
    1280 × 720 '| current' over 'value'. A line breaks between entries only."""
    # (after '|' a no-break space alone is no bar: '|' lets a line break after it, so a word
    # joiner, U+2060, binds the mark to its words; the spaces inside an entry's words, not
    # those inside its tags, become no-break spaces)
    entries = key.split("&nbsp; ")
    kept = [re.sub(r" (?![^<]*>)", "&nbsp;", entry.strip()).replace("|&nbsp;", "|\u2060&nbsp;")
            for entry in entries]
    return "&nbsp;&nbsp; ".join(kept)   # (a lone no-break space took a line of its own)


class TornadoChart(HeightFollowsFontAndWidth, QWidget):
    """The bars, painted directly (one row per parameter); click a row to pick its parameter."""

    parameterClicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.headline = "peak_stress"
        self.stale = False
        self.painted: list[str] = []          # the strings of the last paint (painted.py)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_bars(self, bars: list[Bar], headline: str) -> None:
        """Show `bars` (already sorted) for headline key `headline`."""
        self.bars, self.headline = list(bars), headline
        self._fit_height()
        self.update()

    def _fit_height(self) -> None:
        self.setFixedHeight(self.row_height() * max(1, len(self.bars)) + 4)

    def line_height(self) -> int:
        """The height (pixels) of one line of the chart: a name, or a bar with its values, in
        the chart's type (presentation type is larger: 26 px lines in 22 px rows overlapped).
        Below its name (stacked) a bar's line is its values' height and the gap to the next
        name (ROW_GAP): the name above tells the rows apart (a dock below the sliders at
        1280 × 720 in presentation type showed 3.2 rows of 46 px, now 3.5 of 42)."""
        text_height = QFontMetrics(self.font()).height()
        if self.stacked():
            return text_height + ROW_GAP
        return max(ROW_HEIGHT, text_height + 6)

    def bar_inset(self) -> tuple[int, int]:
        """The space (pixels) above and below a bar in its line: beside its name, centred
        with 4 px each side; below it, 1 px from the name and ROW_GAP above the next one."""
        return (1, ROW_GAP) if self.stacked() else (4, 4)

    def stacked(self) -> bool:
        """True when the names stand on a line of their own above their bars: beside the bars
        they would be cut ('Inve…stum' in a 1920 × 1080 presentation's dock), as they are when
        the widest name and the bars' least share do not fit the width together."""
        return self.label_width() < self.widest_label()

    def name_height(self) -> int:
        """The height (pixels) of the line of a name above its bar (stacked()): the type's."""
        return QFontMetrics(self.font()).height()

    def row_height(self) -> int:
        """The height (pixels) of one parameter's row: its bar's line, below its name's when
        stacked()."""
        return self.line_height() + (self.name_height() if self.stacked() else 0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(380, self.row_height() * max(1, len(self.bars)) + 4)

    def row_at(self, y: float) -> Optional[int]:
        """Index of the bar drawn at height `y` (widget pixels), or None."""
        row = int((y - 2) // self.row_height())
        return row if 0 <= row < len(self.bars) else None

    def row_rect(self, row: int) -> QRectF:
        """The rectangle of row `row` (for tests and tooltips)."""
        return QRectF(0, 2 + row * self.row_height(), self.width(), self.row_height())

    def widest_label(self) -> int:
        """The width (pixels) the widest parameter name shown needs beside its bar."""
        metrics_ = QFontMetrics(self.font())
        return max((metrics_.horizontalAdvance(text.param_label(P.get(b.key)))
                    for b in self.bars), default=0) + 8

    def value_width(self) -> int:
        """The room (pixels) of a value text at each end of the bars: the widest value shown and
        the widest its headline can be (gui.widgets.headline_strip.widest_texts, in the interface
        language), so that the bars do not jump as the values change."""
        metrics_ = QFontMetrics(self.font())
        values = [headline_value_text(self.headline, v) for b in self.bars
                  for v in (b.value_at_low_param, b.value_at_high_param)]
        values += widest_texts(self.headline)[0]
        return max(metrics_.horizontalAdvance(v + " ") for v in values) + 4

    def label_width(self) -> int:
        """The width (pixels) of the names beside the bars: the widest name, as far as the bars
        keep BAR_SHARE of the width between their value texts."""
        room = self.width() - 2 * self.value_width() - int(BAR_SHARE * self.width())
        return max(min(self.widest_label(), room), 0)

    def _scale(self) -> tuple[float, float]:
        values = [v for b in self.bars for v in (b.value_at_low_param, b.value_at_high_param, b.base)]
        low, high = (min(values), max(values)) if values else (0.0, 1.0)
        if high - low < 1e-12:
            low, high = low - 1, high + 1
        return low, high

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        fg = QColor(pal.foreground())
        muted = QColor(pal.muted_text())
        low_color, high_color = QColor(pal.BLUE), QColor(pal.ORANGE)
        if pal.is_dark():
            low_color = QColor(pal.SKY)
        if self.stale:
            painter.setOpacity(0.45)
        metrics_ = QFontMetrics(self.font())
        self.painted = []
        stacked = self.stacked()
        # names above the bars (stacked) take the whole width; beside them, label_width
        label_w = self.width() - 4 if stacked else self.label_width()
        line = self.line_height()
        name_h = self.name_height() if stacked else line
        above, below = self.bar_inset()
        text_h = line - (above + below - 2 if stacked else 0)   # the values' line, about the bar
        row_h = line + (name_h if stacked else 0)
        value_w = self.value_width()
        left = (0 if stacked else label_w) + value_w
        right = self.width() - value_w
        span_low, span_high = self._scale()

        def x_of(value: float) -> float:
            return left + (value - span_low) / (span_high - span_low) * max(1, right - left)

        for row, bar in enumerate(self.bars):
            top = 2 + row * row_h
            painter.setPen(fg)
            label = elided_label(metrics_, text.param_label(P.get(bar.key)), label_w - 6)
            draw_text(painter, QRectF(2, top, label_w - 6, name_h),
                      (Qt.AlignmentFlag.AlignBottom if stacked else Qt.AlignmentFlag.AlignVCenter)
                      | Qt.AlignmentFlag.AlignLeft, label, self.painted)
            if stacked:
                top += name_h                  # the bar on the line below its name
            base_x = x_of(bar.base)
            for value, color in ((bar.value_at_low_param, low_color),
                                 (bar.value_at_high_param, high_color)):
                x = x_of(value)
                if abs(x - base_x) >= 0.5:
                    painter.fillRect(QRectF(min(x, base_x), top + above, abs(x - base_x),
                                            line - above - below), color)
            if bar.effect == 0:
                painter.setPen(muted)
                draw_text(painter, QRectF(left, top, right - left, text_h),
                          Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter,
                          self.tr("no effect"), self.painted)
                continue
            # Value labels outside the bar's ends: lower value on the left, higher on the right.
            # in the text colour: the grey of the baseline (3:1 on the window's ground) was
            # too faint to read from the back of a room
            ends = sorted((bar.value_at_low_param, bar.value_at_high_param))
            painter.setPen(fg)
            draw_text(painter, QRectF(x_of(min(ends[0], bar.base)) - value_w - 2, top, value_w,
                                      text_h),
                      Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                      headline_value_text(self.headline, ends[0]), self.painted)
            draw_text(painter, QRectF(x_of(max(ends[1], bar.base)) + 3, top, value_w, text_h),
                      Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                      headline_value_text(self.headline, ends[1]), self.painted)
        if self.bars:
            painter.setPen(QPen(fg, 1.5))
            base_x = int(x_of(self.bars[0].base))
            if stacked:
                # only across the bars' lines: a line from top to bottom struck through the
                # names standing above them ('Moneta|risierungstempo' at 1280 x 720)
                for row in range(len(self.bars)):
                    top = 2 + row * row_h + name_h
                    painter.drawLine(base_x, top, base_x, top + line)
            else:
                painter.drawLine(base_x, 0, base_x, self.height())
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        row = self.row_at(event.position().y())
        self.setToolTip("" if row is None else self.bar_tooltip(self.bars[row]))
        super().mouseMoveEvent(event)

    def bar_tooltip(self, bar: Bar) -> str:
        """'Capex growth: 40 % per year → 2029; 120 % per year → none (now 2033)'."""
        p = P.get(bar.key)
        return self.tr("{0}: at {1} → {2}; at {3} → {4} (now {5}). Click to select the slider.").format(
            text.param_label(p), text.param_value_text(p, bar.low_value),
            headline_value_text(self.headline, bar.value_at_low_param),
            text.param_value_text(p, bar.high_value),
            headline_value_text(self.headline, bar.value_at_high_param),
            headline_value_text(self.headline, bar.base))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        row = self.row_at(event.position().y())
        if row is not None and event.button() == Qt.MouseButton.LeftButton:
            self.parameterClicked.emit(self.bars[row].key)
        super().mousePressEvent(event)


class TornadoPanel(QWidget):
    """Headline chooser, key and chart; recomputed from the controller's current values."""

    parameterClicked = Signal(str)

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("tornadoPanel")
        self.combo = QComboBox()
        self.combo.setObjectName("tornadoHeadline")
        for key, (label, unit, _, _) in outputs.HEADLINE_INFO.items():
            self.combo.addItem(text.tr(label), key)
        self.combo.setCurrentIndex(self.combo.findData("peak_stress"))
        self.combo.setToolTip(self.tr("Which headline figure the bars show"))
        self.combo.currentIndexChanged.connect(lambda _: self.recompute())
        # The figure's current value is the key's last entry, beside its line's mark ('| now
        # 12'): the chooser above names the figure. In a dock below the sliders at 1280 x 720
        # in presentation type a line of its own for the figure ('Peak stress now 12') and a
        # longer key ('| current value', on two lines) left room for 3.5 bars, now 4.5; the
        # explanation is the key's tooltip (each bar has its own).
        self.key_label = QLabel()
        self.key_label.setWordWrap(True)
        plain_text.allow_rich(self.key_label)      # the program's own markup
        self.key_label.setToolTip(self.tr(
            "Each bar: one parameter on its own from its minimum (blue) to its maximum "
            "(orange), all others as set; the line is the current value. Click a bar to "
            "select its slider."))
        self.key_label.setText(self.key_text(""))         # the value comes with the bars
        self.chart = TornadoChart()
        self.chart.parameterClicked.connect(self.parameterClicked)
        scroll = QScrollArea()
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Figure:")))
        top.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.key_label)
        layout.addWidget(scroll, 1)
        self.computed_for: Optional[dict] = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.recompute)
        controller.valuesChanged.connect(self._values_changed)

    def headline(self) -> str:
        """The chosen headline key (model.outputs.HEADLINE_INFO)."""
        return self.combo.currentData()

    def _values_changed(self, values: dict) -> None:
        if not self.isVisible() or self._timer.isActive():
            if not self.isVisible():
                self.computed_for = None       # recomputed when shown
            return
        self.chart.stale = True
        self.chart.update()
        self._timer.start(DRAG_THROTTLE_MS if self.controller.dragging else 0)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.computed_for != self.controller.values:
            self.recompute()

    def recompute(self) -> None:
        """Recompute the bars for the current values and the chosen headline (~10 ms)."""
        self._timer.stop()
        values = self.controller.values
        key = self.headline()
        bars = tornado(values, key)
        self.computed_for = values
        self.chart.stale = False
        self.chart.set_bars(bars, key)
        self.key_label.setText(self.key_text(headline_value_text(key, bars[0].base)))

    def key_text(self, now: str) -> str:
        """The colour key's markup: the two ends' colours and the line's mark with the figure's
        current value `now` (as shown), each entry kept on one line (marks_kept_with_words)."""
        low, high = pal.SKY if pal.is_dark() else pal.BLUE, pal.ORANGE
        return marks_kept_with_words(self.tr(
            "<span style='color:{0}'>■</span> minimum &nbsp; "
            "<span style='color:{1}'>■</span> maximum &nbsp; | now <b>{2}</b>").format(
                low, high, html.escape(now)))

"""'What changed?' widgets: a horizontal bar chart of the parts of a headline's change
(model.analysis.attribution), one bar per parameter, signed values with units, coloured by
whether the part moves the headline the better or the worse way.

When an event year appears or disappears (a bust where the baseline has none, coverage lost
within the run), the model splits whether the event happens, not a number of years: the bars
then say in words whether each parameter brings the event on or holds it off, with no value."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QSizePolicy, QToolTip,
                               QVBoxLayout, QWidget)

from model import outputs
from model import parameters as P
from model.analysis.attribution import Attribution
from model.analysis.metrics import HEADLINE_KEYS

from .. import palette as pal
from .painted import draw_text, elided_label
from .. import text
from gui import format as fmt

MIN_BAR_AREA = 20      # pixels the bars keep however narrow the chart (as before)
VALUE_GAP = 3          # pixels between a bar's end and its value text
LABEL_SHARE = 0.42     # the dock's labels take at most this share of its width beside the
                       # bars; a label wider than that stands on a line above its bar
COMPACT_BAR_AREA = 40  # pixels the compact chart keeps for its bars before its labels give way
                       # (its labels take the rest: half its width cut 'Long-run revenue
                       # potential' to 'Long-r…ential' in presentation type)

def tr(source: str) -> str:
    """Translate an attribution text."""
    return QCoreApplication.translate("Attribution", source)


def headline_unit(key: str) -> str:
    """The unit of headline `key` ('$B', 'GW', 'year', '0-100')."""
    return outputs.HEADLINE_INFO[key][1]


def signed_text(value: float, unit: str) -> str:
    """A part or change with its sign and unit: '+3 yr', '−$120B', '+1.5 GW', '−4 pts'."""
    return fmt.signed(value, unit)


def headline_value_text(key: str, value: float, end_year: int) -> str:
    """A headline figure as the headline strip shows it ('none', 'not by 2050', '$4.11T')."""
    return fmt.headline_value(key, value, end_year)


def part_direction(key: str, part: float) -> int:
    """+1 if the part moves headline `key` the better way, −1 the worse way, 0 neutral."""
    better = outputs.HEADLINE_INFO[key][2]
    if better is None or part == 0:
        return 0
    return 1 if (part > 0) == better else -1


def event_direction(key: str, part: float) -> int:
    """For an event headline that appears or disappears (Attribution.event): +1 if a part of
    whether it happens is good news (it brings coverage on, holds a bust off), −1 if bad, 0 if
    the part is zero. Happening is good for a year where later is worse (coverage) and bad
    for one where later is better (a bust)."""
    later_better = outputs.HEADLINE_INFO[key][2]
    if part == 0 or later_better is None:
        return 0
    return (1 if part > 0 else -1) * (-1 if later_better else 1)


def event_part_text(part: float) -> str:
    """Words for a part of whether an event happens: 'brings it on' or 'holds it off'."""
    return tr("brings it on") if part > 0 else tr("holds it off")


def event_change_text(key: str, change: int) -> str:
    """Words for an event that appears (+1) or disappears (−1) against the baseline."""
    if key == "bust_year":
        return tr("a bust appears") if change > 0 else tr("the bust disappears")
    return tr("it now happens") if change > 0 else tr("it no longer happens")


class AttributionBars(QWidget):
    """Horizontal bars: one row per (label, part) with the signed value beside the bar."""

    def __init__(self, compact: bool = False, parent=None):
        super().__init__(parent)
        self.compact = compact
        self.rows: list[tuple[str, float, str, int]] = []    # label, part, text, direction
        self.exact: list[str] = []            # per row: the part unrounded ('' if as written)
        self.setSizePolicy(QSizePolicy.Policy.Expanding,
                           QSizePolicy.Policy.Fixed if compact else QSizePolicy.Policy.Preferred)
        self.empty_text = ""
        self.pending_text = ""                # shown instead of empty_text while pending
        self.pending = False                  # the values moved since these rows were made
        self.painted: list[str] = []          # the strings of the last paint (painted.py)

    def set_pending(self, pending: bool, text_: str = "") -> None:
        """Draw the rows faded (and `text_` where there are none) while they are being
        recomputed for new values; False draws them as they are again."""
        if (pending, text_) != (self.pending, self.pending_text):
            self.pending, self.pending_text = pending, text_
            self.update()

    def set_rows(self, rows: list[tuple[str, float, str, int]], empty_text: str = "",
                 exact: Optional[list[str]] = None) -> None:
        """Show `rows` (label, part, signed text, direction); `empty_text` when there are none.
        `exact`: per row, the part as written unrounded ('+0.37 pts'), or '' where the text
        is already exact; a row's tooltip gives it (a bar of visible length read '±0 pts')."""
        self.rows = list(rows)
        self.exact = list(exact) if exact is not None else [""] * len(self.rows)
        self.empty_text = empty_text
        self.updateGeometry()
        self.update()

    def line_height(self) -> int:
        """The height (pixels) of a bar's line."""
        return QFontMetrics(self.font()).height() + (2 if self.compact else 6)

    def stacked(self, width: Optional[int] = None) -> bool:
        """True when the dock's labels stand on a line of their own above their bars: beside
        them, in LABEL_SHARE of `width` (default: the chart's), the widest would be cut
        ('Mone…empo' in a 1920 × 1080 presentation's dock). The compact chart never stacks:
        it has three lines' height."""
        if self.compact or not self.rows:
            return False
        fm = QFontMetrics(self.font())
        width = self.width() if width is None else width
        return max(fm.horizontalAdvance(r[0]) for r in self.rows) + 8 > int(width * LABEL_SHARE)

    def row_height(self) -> int:
        """The height (pixels) of one row: its bar's line, below its label's when stacked()."""
        name = QFontMetrics(self.font()).height() + 2 if self.stacked() else 0
        return self.line_height() + name

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.stacked(event.size().width()) != self.stacked(event.oldSize().width()):
            self.updateGeometry()          # (its height follows: sizeHint)

    def row_tip(self, y: float) -> str:
        """The whole label and value of the row at height `y` (pixels), '' below the rows;
        with the part unrounded when the bar's text rounds it ('±0 pts', exactly '+0.37 pts')."""
        row = int(y // self.row_height()) if y >= 0 else -1
        if not 0 <= row < len(self.rows):
            return ""
        label, _part, value_text, _direction = self.rows[row]
        exact = self.exact[row] if row < len(self.exact) else ""
        if exact:       # two short lines: one line of both was 1000 px wide in German
            return (f"{label}: {value_text} " + tr("(exactly {0})").format(exact) + "\n"
                    + tr("The bars are rounded so that they add up to the card's change."))
        return f"{label}: {value_text}"

    def event(self, event) -> bool:
        """A tooltip names the row under the mouse in full (its label may be cut with '…'),
        above the chart's own tooltip."""
        if event.type() == QEvent.Type.ToolTip:
            tip = "\n".join(t for t in (self.row_tip(event.pos().y()), self.toolTip()) if t)
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        rows = max(len(self.rows), 1)
        return QSize(240 if self.compact else 260, rows * self.row_height() + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        rows = max(len(self.rows), 3 if self.compact else 2)
        return QSize(160, self.row_height() * rows + 2)

    def columns(self, fm: QFontMetrics, width: int) -> tuple[int, int, float, float]:
        """(label width, value-text width, x of the zero line, longest bar) in pixels for the
        rows at `width`. The value texts always keep their room on each side that has bars
        (they are numbers: never cut); when the chart is narrow the labels give way first (cut
        with '…', whole in the tooltip), then the bars (at least MIN_BAR_AREA).

        With bars on both sides the zero line stands where the two sides' longest needs meet
        (bar_scale): a short side leaves the long one its room (in presentation type with the
        bands off, at 1280 × 720, +11.3 beside −1.4 had bars of at most 48 px, half the room,
        the other half empty left of the zero line)."""
        value_w = max(fm.horizontalAdvance(r[2]) for r in self.rows) + 6
        room = value_w + VALUE_GAP             # a value text and its gap, each side with bars
        has_neg = any(r[1] < 0 for r in self.rows)
        has_pos = any(r[1] > 0 for r in self.rows)
        sides = 2 if has_neg and has_pos else 1
        if self.stacked(width):                # labels above: the bars take the whole width
            label_w = 0
        else:
            share = (max(width - room * sides - COMPACT_BAR_AREA, 0) if self.compact
                     else int(width * LABEL_SHARE))
            label_w = min(max(fm.horizontalAdvance(r[0]) for r in self.rows) + 8, share,
                          max(width - room * sides - MIN_BAR_AREA, 0))
        area = max(width - label_w - room * sides, MIN_BAR_AREA)
        if has_neg and has_pos:
            scale, neg_need = self.bar_scale(fm, width - label_w)
            longest = max(abs(r[1]) for r in self.rows) * scale
            if longest >= MIN_BAR_AREA / 2:
                return label_w, value_w, label_w + neg_need(scale), longest
            return label_w, value_w, label_w + room + area / 2, area / 2
        if has_neg:
            return label_w, value_w, label_w + room + area, area
        return label_w, value_w, label_w, area

    def bar_scale(self, fm: QFontMetrics, width: float):
        """For rows with bars on both sides of zero: (the most pixels per unit of a part at
        which every row's bar, gap and value text fit in `width` pixels, a function giving the
        negative side's width at a scale). A side needs, at scale s, the most any of its rows
        needs: |part| × s + VALUE_GAP + its text's width (+ 6); the two sides' needs must add
        up to at most `width`, which holds for each pair of a negative and a positive row
        exactly when s ≤ (width − the pair's texts) ÷ (the pair's parts): the least of those.
        (Exact and short, so written out rather than left to a solver.)"""
        def needs(negative: bool) -> list[tuple[float, float]]:
            return [(abs(r[1]), VALUE_GAP + fm.horizontalAdvance(r[2]) + 6) for r in self.rows
                    if (r[1] < 0) == negative]
        neg, pos = needs(True), needs(False)
        limits = [(width - b - d) / (a + c) for a, b in neg for c, d in pos if a + c > 0]
        scale = max(min(limits, default=0.0), 0.0)

        def neg_need(s: float) -> float:
            return max(a * s + b for a, b in neg)
        return scale, neg_need

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.painted = []
        fm = QFontMetrics(self.font())
        fg = self.palette().color(self.foregroundRole())
        if not self.rows:
            painter.setPen(QColor(pal.muted_text()))
            shown = self.pending_text if self.pending and self.pending_text else self.empty_text
            draw_text(painter, QRectF(self.rect()), Qt.AlignmentFlag.AlignLeft
                      | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, shown,
                      self.painted)
            return
        if self.pending:
            painter.setOpacity(0.4)
        label_w, value_w, zero, half = self.columns(fm, self.width())
        scale = max(abs(r[1]) for r in self.rows) or 1.0
        better, worse = pal.better_worse()
        colors = {1: QColor(better), -1: QColor(worse), 0: QColor(pal.BASELINE_GREY)}
        stacked = self.stacked()
        row_h, h = self.row_height(), self.line_height()
        for n, (label, part, value_text, direction) in enumerate(self.rows):
            top = n * row_h
            painter.setPen(fg)
            if stacked:                        # the label across the width, its bar below
                name_h = row_h - h
                draw_text(painter, QRectF(2, top, self.width() - 4, name_h),
                          Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                          elided_label(fm, label, self.width() - 4), self.painted)
                top += name_h
            else:
                label_text = elided_label(fm, label, label_w - 6)
                draw_text(painter, QRectF(0, top, label_w - 6, h),
                          Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                          label_text, self.painted)
            length = abs(part) / scale * half
            bar_top, bar_h = top + h * 0.18, h * 0.64
            x0 = zero if part >= 0 else zero - length
            painter.fillRect(QRectF(x0, bar_top, max(length, 1.0), bar_h), colors[direction])
            if part >= 0:
                rect = QRectF(zero + length + VALUE_GAP, top, value_w, h)
                align = Qt.AlignmentFlag.AlignLeft
            else:
                rect = QRectF(zero - length - VALUE_GAP - value_w, top, value_w, h)
                align = Qt.AlignmentFlag.AlignRight
            painter.setPen(fg)
            draw_text(painter, rect, align | Qt.AlignmentFlag.AlignVCenter, value_text,
                      self.painted)
        painter.setPen(QPen(fg, 1))
        if stacked:                            # the zero line beside the bars, not the labels
            for n in range(len(self.rows)):
                painter.drawLine(int(zero), n * row_h + row_h - h, int(zero), (n + 1) * row_h)
        else:
            painter.drawLine(int(zero), 0, int(zero), len(self.rows) * row_h)


class AttributionPanel(QWidget):
    """A headline chooser, the total change and the bars of its biggest contributors: at most
    `max_rows` bars, the smaller parts added up in a last 'Others' bar, so that the bars add up
    to the change (`compact`: the short form for the headline row). `chooser_room`: pixels
    kept free below the headline chooser in the long form, so that what is drawn around the
    chooser (the keyboard's focus ring) leaves the total's line below it whole."""

    headlineChosen = Signal(str)

    def __init__(self, compact: bool = False, max_rows: int = 10, parent=None,
                 chooser_room: int = 0):
        super().__init__(parent)
        self.compact = compact
        self.max_rows = max_rows
        self.attribution: Optional[Attribution] = None
        self.headline = "peak_stress"
        self.combo = QComboBox()
        self.combo.setObjectName("attributionHeadline")
        for key in HEADLINE_KEYS:
            self.combo.addItem(text.tr(outputs.HEADLINE_INFO[key][0]), key)
        self.combo.setCurrentIndex(HEADLINE_KEYS.index(self.headline))
        self.combo.setToolTip(self.tr("Which headline figure to explain"))
        self.combo.activated.connect(lambda i: self.set_headline(self.combo.itemData(i), True))
        self.title = QLabel(self.tr("What changed?"))
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.total = QLabel()
        self.total.setObjectName("attributionTotal")
        self.total.setWordWrap(not compact)
        self.bars = AttributionBars(compact)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {pal.muted_text()};")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title)
        top.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(1)
        layout.addLayout(top)
        if compact:
            self.title.setText(self.tr("Why?"))
            self.title.setToolTip(self.tr("What moved the chosen headline against the baseline "
                                         "(grey dashed lines in the plots)"))
            self.total.setVisible(False)
            self.note.setVisible(False)
            layout.addWidget(self.bars)
        else:
            self.title.setVisible(False)          # the dock's title says it
            layout.addSpacing(max(int(chooser_room) - layout.spacing(), 0))
            layout.addWidget(self.total)
            layout.addWidget(self.bars)
            layout.addWidget(self.note)
            layout.addStretch(1)
        self.combo.setMinimumContentsLength(8)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setToolTip(self.tr(
            "How much of the change of the chosen headline against the baseline each changed "
            "parameter accounts for (Shapley values: the parts add up to the total)."))
        self._refresh()

    def set_headline(self, key: str, from_user: bool = False) -> None:
        """Explain headline `key` (one of model.outputs.HEADLINE_INFO)."""
        if key not in HEADLINE_KEYS:
            raise KeyError(key)
        self.headline = key
        self.combo.setCurrentIndex(HEADLINE_KEYS.index(key))
        self._refresh()
        if from_user:
            self.headlineChosen.emit(key)

    def show_attribution(self, attribution: Attribution) -> None:
        """Show a new attribution (for every headline; the chosen one is drawn)."""
        self.attribution = attribution
        self.bars.set_pending(False)
        self._refresh()

    def set_pending(self) -> None:
        """The values moved: fade the bars shown (they explain the values before) until the
        next show_attribution; where there are none, say that they follow."""
        self.bars.set_pending(True, self.tr("Explained when the slider stops…"))

    def is_pending(self) -> bool:
        """True while the bars wait for the attribution of new values."""
        return self.bars.pending

    def shown_parts(self) -> list[tuple[str, float]]:
        """(parameter key, part) of the bars shown, biggest first; an 'others' bar has key ''."""
        if self.attribution is None or self.headline not in self.attribution.parts:
            return []
        ranked = [(k, v) for k, v in self.attribution.ranked(self.headline) if v != 0]
        # The compact chart too adds the smaller parts up in 'Others': its three biggest alone
        # (+19.1, +11.8, −2.4 pts) did not add up to the card beside them (+26).
        if len(ranked) <= self.max_rows:
            return ranked
        shown = ranked[:self.max_rows - 1]
        return shown + [("", sum(v for _, v in ranked[self.max_rows - 1:]))]

    def _refresh(self) -> None:
        a, key = self.attribution, self.headline
        unit = headline_unit(key)
        if a is None:
            self.bars.set_rows([], self.tr("Computing…"))
            return
        event = a.event(key)
        parts = self.shown_parts()
        folded = len([v for _, v in a.ranked(key) if v != 0]) - len(parts) + 1
        # the change as the card beside writes it (the difference of the figures as written),
        # and the bars' values in its step, adding up to it as written (fmt.shown_parts)
        change = fmt.shown_change(a.current[key], a.baseline[key], unit)
        written = [0.0] * len(parts) if event else fmt.shown_parts(
            [v for _, v in parts], change, unit)
        rows, exact = [], []
        for (k, v), shown in zip(parts, written):
            label = text.param_label(P.get(k)) if k else self.tr("Others")
            if event:
                rows.append((label, v, event_part_text(v), event_direction(key, v)))
                exact.append("")
            else:
                rows.append((label, v, signed_text(shown, unit), part_direction(key, v)))
                precise = fmt.signed(v, unit, precise=True)
                exact.append("" if precise == rows[-1][2] else precise)
        empty = (self.tr("No change against the baseline") if not a.keys
                 else self.tr("The changed parameters do not move this figure"))
        self.bars.set_rows(rows, empty, exact)
        self.total.setText(self.tr("{0}: {1} → {2} ({3})").format(
            text.tr(outputs.HEADLINE_INFO[key][0]),
            headline_value_text(key, a.baseline[key], a.end_year),
            headline_value_text(key, a.current[key], a.end_year),
            event_change_text(key, event) if event else signed_text(change, unit)))
        tip = self.total.text()
        no_years = self.tr("It happens in only one of the two scenarios, so there is no number "
                           "of years to split: each bar shows how much a parameter brings it "
                           "on or holds it off.") if event else ""
        if event:
            tip += "\n" + no_years
        if folded > 1:
            tip += "\n" + self.tr("Others: {0} smaller parts added up").format(folded)
        self.bars.setToolTip(tip)
        # "changed parameters: N" rather than "N changed parameters": one form for 1 and many,
        # in every language (the .ts files carry no plural forms)
        method = (self.tr("Exact Shapley values; changed parameters: {0}.").format(len(a.keys))
                  if a.exact else
                  self.tr("Shapley values estimated from {0} orders (the parts still add up "
                          "exactly); changed parameters: {1}.").format(a.permutations, len(a.keys)))
        colours = (self.tr("Sky: toward better; orange: toward worse; grey: neither. {0}")
                   if pal.is_dark() else
                   self.tr("Blue: toward better; orange: toward worse; grey: neither. {0}"))
        if event:
            method = no_years + " " + method
        self.note.setText(colours.format(method))

"""The headline strip: the model's headline figures with their change against the baseline,
coloured by whether the change is better or worse.

A card's texts never clip: each is a FitLabel, drawn in a somewhat smaller font when its label
is narrower than the text, and cut with '…' rather than drawn too small to read (the full text
is also the label's tooltip). Whether the cards stand in one row or two depends on the strip's
width, the fonts and the language only, never on the figures shown: moving a slider never
moves the sliders and plots below the strip."""
from __future__ import annotations

from html import escape
from typing import Optional

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy,
                               QVBoxLayout)

from model import outputs
from model.outputs import Results

from .. import palette as pal
from .. import text
from ..memo import remember
from .fit_label import FitLabel
from gui import format as fmt


# The widest figures a card of each unit is measured with when the strip chooses its rows (a
# layout choice, not a model fact: wide enough for every figure the sliders' ranges give, e.g.
# capex in the trillions, a shortfall in the hundreds of GW, a change of decades).
WIDEST_AMOUNTS = {"busd": (8888.8, 888.8), "gw": (888.8,), "year": (2088.0,), "index": (88.0,)}


WRITTEN_KEPT = 512      # figures and changes a card keeps written (HeadlineCard.written_figure)


def widest_texts(key: str) -> tuple[list[str], list[str]]:
    """The figures and changes (as gui.format writes them in the installed language) that a
    card for headline `key` is measured with: its unit's WIDEST_AMOUNTS, 'none' / 'not by
    2050' where the figure can be missing, and each amount's change against nothing."""
    label, unit, better, missing = outputs.HEADLINE_INFO[key]

    def figure(amount):
        return outputs.Headline(key, label, amount, unit, better, missing)

    amounts = WIDEST_AMOUNTS.get(unit, (8888.8,))
    values = [fmt.headline(figure(a)) for a in amounts] + [fmt.headline(figure(None))]
    changes = [fmt.headline_change(figure(0.0), figure(a))[0] for a in amounts]
    return values, changes


def style_card(card: QFrame, value: QLabel) -> QVBoxLayout:
    """Give `card` the look of a headline card (a panel frame, `value` large and bold) and
    return its vertical layout with the cards' tight margins."""
    card.setFrameShape(QFrame.Shape.StyledPanel)
    font = value.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    value.setFont(font)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(8, 3, 8, 3)
    layout.setSpacing(0)
    return layout


class HeadlineCard(QFrame):
    """One figure: label, value and change vs baseline."""

    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"headline_{key}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label = FitLabel()
        self.value = FitLabel()
        self.change = FitLabel()
        # the change keeps its type, the value (1.6 × larger) gives up the room first: in a
        # narrow card both were drawn at 80 % and the change, what a room reads after a slider
        # move, came out at 9.4 pt beside '±0' in 11.7 pt (presentation, 1280 × 720)
        self.change.MIN_SCALE = 1.0
        small = self.label.font()
        small.setPointSizeF(small.pointSizeF() * 0.95)
        self.label.setFont(small)
        layout = style_card(self, self.value)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.value)
        row.addWidget(self.change)
        row.addStretch(1)
        layout.addLayout(row)
        self._shown: tuple = ()      # what `display` showed last
        self._label_for: Optional[str] = None        # the headline label the label shows
        self._tip: tuple = ()        # (the baseline as written, the meaning) of the tooltip
        self._written: dict = {}     # figure or (figure, baseline) -> as written (display)
        self._definition: Optional[str] = None        # definition(), worded once
        self._change_color: Optional[str] = None     # the change's colour (None: uncoloured)

    def change_color(self) -> Optional[str]:
        """The colour the change is drawn in ('#0072B2'; better or worse than the baseline),
        None when it is in the text colour (no change, or neither better nor worse)."""
        return self._change_color

    def wanted_width(self) -> int:
        """The width (pixels) at which the card shows its label and the widest figure and
        change of its unit (widest_texts) in its own fonts: the same whatever it shows now."""
        values, changes = widest_texts(self.key)
        label, unit, better, missing = outputs.HEADLINE_INFO[self.key]
        label_text = text.headline_label(outputs.Headline(self.key, label, None, unit, better,
                                                          missing))
        value = max(QFontMetricsF(self.value.font()).horizontalAdvance(v) for v in values)
        bold = QFont(self.change.font())
        bold.setBold(True)                  # a coloured change is bold (display)
        change = max(QFontMetricsF(bold).horizontalAdvance(c) for c in changes)
        row = self.layout().itemAt(1).layout()
        needed = max(QFontMetricsF(self.label.font()).horizontalAdvance(label_text),
                     value + row.spacing() + change)
        margins = self.layout().contentsMargins()
        return int(needed) + 2 + margins.left() + margins.right() + 2 * self.frameWidth()

    def display(self, current: outputs.Headline, baseline: Optional[outputs.Headline],
                direction: Optional[int] = None, colors: Optional[tuple[str, str]] = None
                ) -> bool:
        """Show a headline and its change (show_figures), the card laid out for them at once:
        a frame painted before the posted relayout drew the new texts in the old widths, and
        during a drag the room saw a blank 'Peak stress' and '−$74…' (9 → 36 at 1280 × 720).
        Returns False if all of it was shown already."""
        shown = self.show_figures(current, baseline, direction, colors)
        if shown:
            self.layout().activate()
        return shown

    def show_figures(self, current: outputs.Headline, baseline: Optional[outputs.Headline],
                     direction: Optional[int] = None, colors: Optional[tuple[str, str]] = None
                     ) -> bool:
        """Show a headline and its change against the baseline headline, coloured by
        `direction` (+1 better, -1 worse, 0 neither; model.outputs.headline_directions),
        by default the change's own direction, in `colors` (better, worse; default
        palette.better_worse()). Returns False if all of it was shown already (a slider step
        moves a few of the figures: issue 13). Each figure and change is written once and
        kept (written_figure, written_change): a drag comes back over the same figures, and
        the baseline's stays the same."""
        better, worse = colors or pal.better_worse()
        shown = (current, baseline, direction, better, worse)
        if shown == self._shown:
            return False
        self._shown = shown
        if self._label_for != current.label:
            self._label_for = current.label
            self.label.setText(text.headline_label(current))
            self._tip = ()
        now = self.written_figure(current)
        self.value.setText(now)
        if baseline is None:
            self.change.clear()
            if self._tip != (None,):
                self._tip = (None,)
                self._set_tip()
            return True
        then = self.written_figure(baseline)
        change, own = self.written_change(current, baseline, (now, then))
        direction = own if direction is None else direction
        if now == then:
            direction = 0               # '±0' as shown is no change, in no colour
        color = better if direction == 1 else worse if direction == -1 else None
        if own > 0 and direction == 0:
            meaning = self.tr("earlier only because investors pulled back: not better")
        elif direction == 1:
            meaning = self.tr("better than the baseline")
        elif direction == -1:
            meaning = self.tr("worse than the baseline")
        else:
            meaning = self.tr("neither better nor worse")
        self.change.setText(change)
        if color != self._change_color:      # (a new weight relayouts the card: only on change)
            self._change_color = color
            # bold in its colour, in the palette, not a style sheet: a label styled by a style
            # sheet keeps the type it was polished with (presentation mode's larger type)
            pal.color_text(self.change, color, bold=color is not None)
        tip = (then, meaning)
        if tip != self._tip:          # a new tooltip is an event through every event filter
            self._tip = tip
            self._set_tip(self.tr("Baseline: {0}; {1}").format(then, meaning))
        return True

    def definition(self) -> str:
        """What the card's figure is, in a sentence (its tooltip's line after the label); worded
        once (a card lives in one language), not at every figures' tick of a drag."""
        if self._definition is not None:
            return self._definition
        definitions = {
            "cum_capex_2025_2030": self.tr("AI capex of every region, added up over the years "
                                           "in its name."),
            "peak_shortfall_gw": self.tr("The largest gap, in any year, between the power AI "
                                         "needs in the US and the power available to it."),
            "coverage_year": self.tr("The first year from which AI revenue covers the full cost "
                                     "of the installed base, in that year and the next."),
            "peak_debt_busd": self.tr("The largest stock of debt (loans, SPVs, leasing) that "
                                      "finances AI capex, in any year."),
            "bust_year": self.tr("The first year investors pull back by half or more: plans "
                                 "are cut, capex falls, books are written down."),
            "peak_stress": self.tr("The highest reading of the financial stress index (its own "
                                   "panel) in the scenario's years, the history year left out."),
        }
        self._definition = definitions.get(self.key, "")
        return self._definition

    def _set_tip(self, worded: str = "") -> None:
        """The card's tooltip on the card and each of its texts: its label, what the figure
        is (definition) and, against a baseline, `worded` (the baseline's figure and whether the
        change is better). Hovering the label or the figure used to show only their own
        text again ('Bust year'), hiding the card's tooltip."""
        # rich text (our own words, escaped) so that Qt wraps a long line into a readable tip
        parts = [f"<b>{escape(self.label.text())}</b>", escape(self.definition()), escape(worded)]
        tip = "".join(f"<p>{part}</p>" for part in parts if part)
        for widget in (self.label, self.value, self.change):
            widget.setToolTip(tip)
        self.setToolTip(tip)

    def written_figure(self, h: outputs.Headline) -> str:
        """fmt.headline(h), written once for each figure this card shows (kept, at most
        WRITTEN_KEPT of them; a card lives in one language: gui.i18n installs it first)."""
        written = self._written.get(h)
        if written is None:
            written = remember(self._written, h, fmt.headline(h), WRITTEN_KEPT)
        return written

    def written_change(self, current: outputs.Headline, baseline: outputs.Headline,
                       written: Optional[tuple[str, str]] = None) -> tuple[str, int]:
        """fmt.headline_change(current, baseline, written), worked out once for each pair
        (kept as written_figure; `written`: both figures as written, if known)."""
        key = (current, baseline)
        change = self._written.get(key)
        if change is None:
            change = remember(self._written, key,
                              fmt.headline_change(current, baseline, written), WRITTEN_KEPT)
        return change


class HeadlineStrip(QFrame):
    """The headline cards in one row, or in two rows when one row would give them less than
    CROWDED of the room their widest figures want (a narrow window, a dock open, presentation
    type); the rows follow the strip's width and fonts, not the figures shown. `show_results`
    refreshes the cards from model results."""

    CROWDED = 0.85          # one row while the cards get at least this share of their width

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cards: dict[str, HeadlineCard] = {}
        self.baseline: Optional[Results] = None
        self.results: Optional[Results] = None
        self.rows = 0
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 2)
        layout.setSpacing(6)
        for key in outputs.HEADLINE_INFO:
            self.cards[key] = HeadlineCard(key)
        caption = QLabel(self.tr("Change vs baseline\n(grey dashed in plots)"))
        caption.setStyleSheet(f"color: {pal.muted_text()};")
        self.caption = caption
        self.arrange(1)

    def arrange(self, rows: int) -> None:
        """Lay the cards out in `rows` rows (1 or 2), the caption at the right."""
        if rows == self.rows:
            return
        self.rows = rows
        layout: QGridLayout = self.layout()
        for widget in list(self.cards.values()) + [self.caption]:
            layout.removeWidget(widget)
        for column in range(layout.columnCount()):
            layout.setColumnStretch(column, 0)
        per_row = -(-len(self.cards) // rows)
        for n, card in enumerate(self.cards.values()):
            layout.addWidget(card, n // per_row, n % per_row)
            layout.setColumnStretch(n % per_row, 1)
        layout.addWidget(self.caption, 0, per_row, rows, 1)

    def wanted_width(self) -> int:
        """The width (pixels) at which every card in one row shows its label and the widest
        figures of its unit whole (HeadlineCard.wanted_width)."""
        spacing = self.layout().spacing()
        margins = self.layout().contentsMargins()
        return (sum(card.wanted_width() + spacing for card in self.cards.values())
                + self.caption.sizeHint().width() + margins.left() + margins.right())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.reflow()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.reflow()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.reflow()

    def reflow(self) -> None:
        """Two rows when one would squeeze the cards, one again when there is room (measured
        with the widest figures, so a new figure never changes the rows)."""
        if not self.isVisible():
            return
        wanted = self.wanted_width()
        if self.rows == 1 and self.width() < self.CROWDED * wanted:
            self.arrange(2)
        elif self.rows == 2 and self.width() >= wanted:
            self.arrange(1)

    def show_baseline(self, baseline: Results) -> None:
        """Set the baseline the changes are read against."""
        self.baseline = baseline
        if self.results is not None:
            self.show_results(self.results)

    def show_results(self, results: Results) -> None:
        """Show the headline figures of scenario 0 of `results`."""
        self.results = results
        current = outputs.headlines(results, 0)
        base, directions = {}, {}
        if self.baseline is not None:
            base = outputs.headlines(self.baseline, 0)
            directions = outputs.headline_directions(results, self.baseline)
        colors = pal.better_worse()
        for key, card in self.cards.items():
            card.display(current[key], base.get(key), directions.get(key), colors)

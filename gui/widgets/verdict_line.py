"""The verdict line: one sentence above the plots, large enough for the back row, saying what
the scenario does ("Bust in 2029: capex falls 38 % and stress peaks at 81"). The model gives
the kind and the figures (model.analysis.verdict); this widget words them in the interface
language, every number through gui/format.py."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from model.analysis.verdict import Figure, Verdict, verdict
from model.outputs import Results

from gui import format as fmt

FONT_SCALE = 1.5        # the sentence's point size, times the window font's


def _tr(source: str) -> str:
    """`source` translated in the context 'VerdictLine'."""
    return QCoreApplication.translate("VerdictLine", source)


def figure_text(figure: Figure) -> str:
    """A verdict figure as shown: a year or the stress index whole ('2029', '81'), a
    percentage whole with the locale's percent sign ('38 %')."""
    if figure.unit == "pct":
        return fmt.percent(figure.value / 100.0)
    return fmt.value(figure.value, figure.unit)


def sentence(v: Verdict) -> str:
    """The verdict in one sentence of the interface language."""
    f = {name: figure_text(figure) for name, figure in v.figures.items()}
    if v.kind == "bust_lasting":
        return _tr("Bust in {bust_year} lasting to {end_year}: new compute earns only "
                  "{price_to_cost} of its full cost").format(**f)
    if v.kind == "bust" and "turn_year" in f:
        return _tr("Bust in {bust_year}, capex turned in {turn_year}: it falls {capex_fall} "
                   "and stress peaks at {peak_stress}").format(**f)
    if v.kind == "bust":
        return _tr("Bust in {bust_year}: capex falls {capex_fall} and stress peaks at "
                  "{peak_stress}").format(**f)
    if v.kind == "decline":
        # money or power, whichever held back the larger share of the plans (1 % at least)
        unfunded = v.value("unfunded")
        waiting = v.value("waiting") if "waiting" in v.figures else 0.0
        if unfunded >= 1.0 and unfunded >= waiting:
            return _tr("No bust, yet capex falls {capex_fall} from {peak_year}: "
                       "{unfunded} of the plans cannot be funded").format(**f)
        if waiting >= 1.0:
            return _tr("No bust, yet capex falls {capex_fall} from {peak_year}: "
                       "{waiting} of the plans wait for power").format(**f)
        return _tr("No bust, yet capex falls {capex_fall} from {peak_year} as plans "
                   "shrink").format(**f)
    if v.kind == "covered" and "short_again_year" in f:
        return _tr("No bust by {end_year}: revenue covers full cost in {coverage_year}, falls "
                   "short again in {short_again_year}; stress peaks at {peak_stress}").format(**f)
    if v.kind == "covered":
        return _tr("No bust by {end_year}: revenue covers full cost from {coverage_year}, "
                  "stress peaks at {peak_stress}").format(**f)
    return _tr("No bust by {end_year}, but revenue does not cover full cost by then; "
              "stress peaks at {peak_stress}").format(**f)


class VerdictLine(QLabel):
    """The sentence (plain text, wrapped rather than clipped, bold and large); its kind is
    kept in the property 'verdictKind' for style sheets and tests. The main window holds it
    in a TextSlot (text_slot.py): a new sentence that needs no other height repaints the line
    but relays out nothing else (issue 13)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("verdictLine")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setContentsMargins(6, 2, 6, 2)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        font.setBold(True)
        self.setFont(font)
        self.verdict: Verdict | None = None
        self.setToolTip(self.tr("What this scenario does, from the model's numbers: the bust "
                                "year, the headline 'Revenue covers spend' and the peak of "
                                "the stress index; for a bust that lasts to the end, what new "
                                "compute earns over its full cost then (below 1, investors "
                                "stay out); without a bust, a fall of capex of a fifth or more "
                                "below its peak and the share of plans that could not be "
                                "funded"))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """One line high, any width: a wrapped label would otherwise ask, as its minimum, for
        the height of its text at its narrowest (several lines), raising the window's minimum
        height; at the width it gets, heightForWidth gives it the lines it needs."""
        margins = self.contentsMargins()
        return QSize(0, self.fontMetrics().height() + margins.top() + margins.bottom())

    def show_results(self, results: Results) -> None:
        """Word the verdict of the current scenario (scenario 0 of `results`)."""
        self.verdict = verdict(results)
        self.setProperty("verdictKind", self.verdict.kind)
        self.setText(sentence(self.verdict))      # QLabel skips an unchanged text

"""A headline card shows its figure and change; shown again with the same figures it does
nothing (no text, tooltip or relayout: issue 13), and any change of figure, baseline or
direction is shown."""
from PySide6.QtCore import QEvent, QObject

import model
from gui import format as fmt
from gui.widgets.headline_strip import HeadlineCard
from model import outputs
from model import parameters as P


class Events(QObject):
    """Counts every event a widget and its children receive."""

    def __init__(self, widgets):
        super().__init__()
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.ToolTipChange, QEvent.Type.StyleChange,
                            QEvent.Type.LayoutRequest):
            self.count += 1
        return False


def test_the_same_figures_again_change_nothing_and_new_ones_are_shown(qtbot):
    base = outputs.headlines(model.simulate(P.defaults()))
    moved = outputs.headlines(model.simulate(dict(P.defaults(), capex_growth=P.get("capex_growth").max)))
    key = "peak_debt_busd"
    assert moved[key] != base[key]
    card = HeadlineCard(key)
    qtbot.addWidget(card)
    card.show()
    assert card.display(moved[key], base[key]) is True
    assert card.value.text() == fmt.headline(moved[key])
    qtbot.wait(10)
    events = Events([card, card.label, card.value, card.change])
    assert card.display(moved[key], base[key]) is False
    qtbot.wait(10)
    assert events.count == 0
    assert card.display(base[key], base[key]) is True          # the figure moved back
    assert card.value.text() == fmt.headline(base[key])
    assert card.display(base[key], base[key], direction=-1) is True    # coloured otherwise


def test_a_change_shown_as_zero_is_in_no_colour(qtbot):
    """'±0' is no change, whatever direction the unrounded figures have (a difference below
    the display's precision came with the direction 'worse' and was drawn orange)."""
    from dataclasses import replace
    base = outputs.headlines(model.simulate(P.defaults()))["peak_debt_busd"]
    nudged = replace(base, value=base.value + 1e-6)
    card = HeadlineCard("peak_debt_busd")
    qtbot.addWidget(card)
    card.display(nudged, base, direction=-1)
    assert card.change.text() == fmt.text.tr("±0")
    assert card.change_color() is None
    moved = replace(base, value=base.value * 1.5)
    card.display(moved, base, direction=-1)
    assert card.change_color() is not None           # a change that shows is coloured


def test_a_bust_against_none_names_the_baseline_instead_of_repeating_the_figure(qtbot):
    """No bust in the baseline, a bust in 2029 now: the card reads '2029' and 'was none', never
    '2029 2029'; and back: 'none' and 'was 2029', never 'none none' (the projector review found
    the change left empty, so the room could not see what the baseline had)."""
    from dataclasses import replace
    base = outputs.headlines(model.simulate(P.defaults()))["bust_year"]
    assert base.value is None
    bust = replace(base, value=2029.0)
    card = HeadlineCard("bust_year")
    qtbot.addWidget(card)
    card.display(bust, base)
    assert card.value.text() == "2029" and card.change.text() == f"was {fmt.headline(base)}"
    assert fmt.headline(base) in card.toolTip()
    card.display(base, bust)
    assert card.value.text() == fmt.headline(base) and card.change.text() == "was 2029"


def test_the_strip_keeps_its_rows_whatever_the_figures(qtbot):
    """Moving a slider must not move what is below the strip: the rows follow its width only
    (a first slider step used to turn one row of six cards into two of three)."""
    from gui.widgets.headline_strip import HeadlineStrip
    strip = HeadlineStrip()
    qtbot.addWidget(strip)
    base = model.simulate(P.defaults())
    strip.show_baseline(base)
    strip.show_results(base)
    strip.show()
    wanted = strip.wanted_width()
    extremes = [dict(P.defaults(), **{p.key: getattr(p, end)})
                for p in (P.get("capex_growth"), P.get("monetization_speed"))
                for end in ("min", "max")]
    for width in (int(wanted * 0.8), int(wanted * 0.9), wanted, int(wanted * 1.2)):
        strip.resize(width, strip.height())
        qtbot.wait(1)
        rows = strip.rows
        for values in extremes:
            strip.show_results(model.simulate(values))
            qtbot.wait(1)
            assert strip.wanted_width() == wanted and strip.rows == rows, (width, values)
    strip.resize(int(wanted * 0.8), strip.height())
    qtbot.wait(1)
    assert strip.rows == 2
    strip.resize(wanted + 10, strip.height())
    qtbot.wait(1)
    assert strip.rows == 1


def test_a_fit_label_never_draws_below_its_least_font_and_cuts_with_an_ellipsis(qtbot):
    from PySide6.QtGui import QFontInfo
    from gui.widgets.fit_label import FitLabel
    label = FitLabel("Investitionen 2025–2030 in Billionen Dollar")
    qtbot.addWidget(label)
    label.resize(40, 20)
    least = label.fitted_font()
    assert QFontInfo(least).pixelSize() >= FitLabel.MIN_PIXELS
    assert label.is_elided() and label.shown_text().endswith("…")
    assert label.toolTip() == label.text()
    label.resize(label.sizeHint().width() + 4, 20)
    assert not label.is_elided() and label.fitted_font() == label.font()


def test_hovering_a_cards_label_or_figure_says_what_it_is_and_what_the_baseline_had(qtbot):
    """The projector review: hovering 'Bust year' showed 'Bust year' again (the label's own
    text), and the figure's tip hid the card's 'Baseline: …' one. Every text of a card now
    shows its label, a sentence on what the figure is (in English, not the label again) and
    the baseline's figure."""
    from dataclasses import replace
    from PySide6.QtGui import QTextDocumentFragment
    shown = outputs.headlines(model.simulate(P.defaults()))
    for key, base in shown.items():
        card = HeadlineCard(key)
        qtbot.addWidget(card)
        moved = replace(base, value=(base.value or 2030.0) + 1.0)
        card.display(moved, base)
        definition = card.definition()
        assert definition and definition not in (card.label.text(), base.label), key
        for widget in (card.label, card.value, card.change, card):
            tip = QTextDocumentFragment.fromHtml(widget.toolTip()).toPlainText()
            assert tip.startswith(card.label.text()) and definition in tip, (key, tip)
            assert fmt.headline(base) in tip.splitlines()[-1], (key, tip)


def test_a_new_figure_is_laid_out_before_the_next_paint(qtbot):
    """The projector review, mid-drag at 1280 × 720 with the bands on: peak stress went from 9
    to 36 and a frame was painted before the posted relayout: the value drawn blank ('…' in
    the old, one-digit width) and the change cut. After display() the card's texts fit their
    labels at once, without the event loop running."""
    from dataclasses import replace
    base = outputs.headlines(model.simulate(P.defaults()))["peak_stress"]
    card = HeadlineCard("peak_stress")
    qtbot.addWidget(card)
    card.resize(240, 60)
    card.display(replace(base, value=9.0), base)
    card.show()
    qtbot.waitExposed(card)
    qtbot.wait(10)
    narrow = card.value.width()
    card.display(replace(base, value=36.0), base)          # no event loop between
    assert card.value.width() > narrow
    assert not card.value.is_elided() and not card.change.is_elided()


def test_a_narrow_card_draws_its_value_smaller_before_its_change(qtbot):
    """Screen review 24: a card narrower than its figure and change drew both at 80 % of their
    type, the change (what the room reads after a slider move) at 9.4 pt beside '±0' in 11.7 pt.
    The value, 1.6 × larger, gives up the room: the change keeps its own type and is whole."""
    base = outputs.headlines(model.simulate(P.defaults()))
    moved = outputs.headlines(model.simulate(dict(P.defaults(),
                                                  capex_growth=P.get("capex_growth").max)))
    key = "peak_debt_busd"
    card = HeadlineCard(key)
    qtbot.addWidget(card)
    card.show()
    card.display(moved[key], base[key])
    assert card.change.text() and card.change.text() != fmt.text.tr("±0")
    full = card.sizeHint().width()
    card.resize(int(full * 0.85), card.sizeHint().height())
    qtbot.wait(1)
    value_font, value_own, _ = card.value.shown()
    change_font, change_own, change_shown = card.change.shown()
    assert not value_own                       # the card is too narrow for both whole
    assert change_own and change_shown == card.change.text()
    assert change_font.pointSizeF() == card.change.font().pointSizeF()

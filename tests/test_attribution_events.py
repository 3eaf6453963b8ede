"""Issue 11, findings 11 and 4: an event year that appears or disappears is not split into years
measured from the 'none' stand-in, and an earlier coverage year bought by a bust is not good news."""
import json
from pathlib import Path

import numpy as np
import pytest

from model import outputs, simulate
from model.analysis.attribution import attribute
from model.analysis.metrics import HEADLINE_KEYS

PRESETS = Path(__file__).resolve().parent.parent / "resources" / "presets"


def preset(name: str) -> dict:
    return json.loads((PRESETS / f"{name}.json").read_text(encoding="utf-8"))["values"]


@pytest.fixture(scope="module")
def bust_appears():
    return attribute(preset("monetization_lag"))


def test_a_bust_that_appears_is_split_as_an_event_not_as_years(bust_appears):
    a = bust_appears
    # The default has no bust within the run; the preset has one.
    assert outputs.headlines(simulate({}))["bust_year"].value is None
    assert outputs.headlines(simulate(preset("monetization_lag")))["bust_year"].value is not None
    assert a.event("bust_year") == 1
    parts = a.parts["bust_year"]
    # Shares of whether the bust happens: they add up to +1, never to years from the stand-in.
    assert parts.sum() == pytest.approx(1.0, abs=1e-12)
    assert a.total("bust_year") == 1.0
    assert np.all(np.abs(parts) <= 1.0 + 1e-12)


def test_continuous_headlines_still_add_up_to_the_true_change(bust_appears):
    a = bust_appears
    for h in HEADLINE_KEYS:
        if a.event(h):
            continue
        total = a.current[h] - a.baseline[h]
        assert a.total(h) == total
        assert a.parts[h].sum() == pytest.approx(total, rel=1e-9, abs=1e-9), h


def test_a_bust_that_disappears_is_the_mirror_image():
    a = attribute({}, baseline=preset("monetization_lag"))
    assert a.event("bust_year") == -1
    assert a.parts["bust_year"].sum() == pytest.approx(-1.0, abs=1e-12)


def test_sampled_orders_treat_the_event_the_same_way():
    a = attribute(preset("monetization_lag"), exact_limit=1, n_permutations=8)
    assert not a.exact and a.event("bust_year") == 1
    assert a.parts["bust_year"].sum() == pytest.approx(1.0, abs=1e-12)


def test_a_bust_year_that_moves_is_still_split_in_years():
    # Both scenarios bust: the change is a real number of years.
    a = attribute(preset("monetization_lag"), baseline=preset("circular_unwind"))
    assert a.event("bust_year") == 0
    assert a.baseline["bust_year"] <= 2050 and a.current["bust_year"] <= 2050
    assert a.parts["bust_year"].sum() == pytest.approx(a.current["bust_year"]
                                                       - a.baseline["bust_year"], abs=1e-9)


def test_the_chart_shows_words_not_years_for_a_bust_that_appears(qtbot, bust_appears):
    from gui.widgets.attribution_chart import AttributionPanel
    for compact in (True, False):
        panel = AttributionPanel(compact=compact, max_rows=10)
        qtbot.addWidget(panel)
        panel.show_attribution(bust_appears)
        panel.set_headline("bust_year")
        texts = [row[2] for row in panel.bars.rows]
        assert texts, "the levers that bring the bust on are shown"
        assert not any("yr" in t or any(c.isdigit() for c in t) for t in texts), texts
        assert set(texts) <= {"brings it on", "holds it off"}
        # Bringing a bust on is bad news.
        assert all(row[3] == -1 for row in panel.bars.rows if row[1] > 0)
        assert "yr" not in panel.total.text() and "a bust appears" in panel.total.text()
        # A continuous headline keeps its signed values in its units.
        panel.set_headline("peak_stress")
        assert all(row[2].endswith((" pts", " pt")) for row in panel.bars.rows)


def directions(current: dict, baseline: dict) -> dict:
    return outputs.headline_directions(simulate(current), simulate(baseline))


# A slower-monetizing world with patient investors: calm, and revenue covers spend later than
# in the circular-unwind bust (whose cut capex makes coverage come early).
SLOW_CALM = {"monetization_speed": 30, "patience_years": 4}


def test_earlier_coverage_bought_by_a_bust_is_not_good_news():
    now, before = simulate(preset("circular_unwind")), simulate(SLOW_CALM)
    h_now, h_before = outputs.headlines(now), outputs.headlines(before)
    # The situation of the finding: coverage comes earlier and a bust appears.
    assert h_now["coverage_year"].value < h_before["coverage_year"].value
    assert h_now["bust_year"].value is not None and h_before["bust_year"].value is None
    assert outputs.headline_directions(now, before)["coverage_year"] == 0
    # Without the context, the bare change would read as better.
    assert outputs.headline_direction(h_now["coverage_year"], h_before["coverage_year"]) == 1


def test_earlier_coverage_without_a_bust_can_be_good_news():
    now, before = simulate(preset("soft_landing")), simulate({})
    h_now, h_before = outputs.headlines(now), outputs.headlines(before)
    assert h_now["bust_year"].value is None
    assert h_now["coverage_year"].value < h_before["coverage_year"].value
    assert outputs.headline_directions(now, before)["coverage_year"] == 1


def test_later_coverage_with_a_bust_is_still_worse():
    # The rule only withholds credit; it never turns a worse change into a neutral one.
    assert directions(preset("circular_unwind"), preset("soft_landing"))["coverage_year"] in (0, -1)
    d = directions(SLOW_CALM, preset("circular_unwind"))
    assert d["coverage_year"] == -1 and d["bust_year"] == 1


def test_the_strip_does_not_colour_bust_bought_coverage_as_better(qtbot):
    from gui.widgets.headline_strip import HeadlineStrip
    strip = HeadlineStrip()
    qtbot.addWidget(strip)
    calm, bust = simulate(SLOW_CALM), simulate(preset("circular_unwind"))
    earlier = outputs.headlines(calm)["coverage_year"].value - outputs.headlines(bust)["coverage_year"].value
    assert earlier >= 1
    strip.show_baseline(calm)
    strip.show_results(bust)
    card = strip.cards["coverage_year"]
    assert f"{earlier:.0f} yr" in card.change.text()   # it does come earlier
    assert card.change_color() is None                 # but is not coloured
    strip.show_results(simulate(preset("soft_landing")))
    assert card.change_color() is not None


def test_narrow_bars_keep_their_value_texts_whole(qtbot):
    # The "Why?" box beside the headline strip shrinks to its minimum when the chance-of-bust
    # card shows (bands on at 1280 × 720): the labels give way ('…'), the numbers never.
    from PySide6.QtGui import QFontMetrics
    from gui.widgets.attribution_chart import MIN_BAR_AREA, AttributionBars
    bars = AttributionBars(compact=True)
    qtbot.addWidget(bars)
    bars.set_rows([("US build-out per year in the queue", -0.2, "−0.2 pts", 1),
                   ("Power build-out", 0.1, "+0.1 pts", -1),
                   ("Interconnection lag", 0.0, "±0 pts", 0)])
    fm = QFontMetrics(bars.font())
    widest = max(fm.horizontalAdvance(r[2]) for r in bars.rows)
    for width in (180, 220, 250, 400):
        label_w, value_w, zero, half = bars.columns(fm, width)
        assert value_w >= widest
        assert_texts_inside(bars, fm, width)
        assert half * 2 >= MIN_BAR_AREA


def assert_texts_inside(bars, fm, width: int) -> None:
    """Every row's bar and value text (3 px from the bar's end) lie between the labels and
    the chart's right edge at `width`."""
    label_w, _value_w, zero, half = bars.columns(fm, width)
    scale = max(abs(part) for _l, part, _t, _d in bars.rows)
    for _label, part, value, _d in bars.rows:
        length = abs(part) / scale * half
        if part < 0:
            assert zero - length - 3 - fm.horizontalAdvance(value) >= label_w - 1e-9, value
        else:
            assert zero + length + 3 + fm.horizontalAdvance(value) <= width + 1e-9, value


@pytest.mark.parametrize("points, width", [(11.7, 480), (17.55, 663)])
def test_a_short_side_of_the_bars_leaves_its_room_to_the_long_one(qtbot, points, width):
    """Screen review 24b: the 'Why?' chart beside the headlines while presenting (bands off:
    480 px at 1280 × 720, 663 px at 1920 × 1080) split its bars' room in two equal halves about
    the zero line: +11.3 beside −1.4 drew its longest bar 48 px (61 px), while the room left
    of the zero line stood empty. The bars now use the room: the widest reach of the two
    sides (a bar, its gap and its number) meets the labels on the left and the chart's edge
    on the right, within a few pixels, and no number is cut."""
    from PySide6.QtGui import QFont, QFontMetrics
    from gui.widgets.attribution_chart import AttributionBars
    bars = AttributionBars(compact=True)
    qtbot.addWidget(bars)
    font = QFont(bars.font())
    font.setPointSizeF(points)
    bars.setFont(font)
    bars.set_rows([("Monetarisierungstempo", 11.3, "+11,3 Pkt.", -1),
                   ("Investitionswachstum", 7.8, "+7,8 Pkt.", -1),
                   ("Stromausbau", -1.4, "−1,4 Pkt.", 1)])
    fm = QFontMetrics(font)
    assert_texts_inside(bars, fm, width)
    label_w, _value_w, zero, half = bars.columns(fm, width)
    scale = max(abs(part) for _l, part, _t, _d in bars.rows)
    left = min(zero - abs(p) / scale * half - 3 - fm.horizontalAdvance(t)
               for _l, p, t, _d in bars.rows if p < 0)
    right = max(zero + abs(p) / scale * half + 3 + fm.horizontalAdvance(t)
                for _l, p, t, _d in bars.rows if p >= 0)
    unused = (left - label_w) + (width - right)
    assert unused <= 12, (unused, half)


@pytest.mark.parametrize("points, width", [(9.0, 292), (17.55, 395)])
def test_the_docks_labels_stand_whole_above_their_bars_when_narrow(qtbot, points, width):
    """The 'What changed?' dock cut its labels to LABEL_SHARE of its width ('Monetar…gstempo'
    at 1280 × 720, 'Mone…empo' in a 1920 × 1080 presentation's type) while the compact chart
    above showed them whole: a label that does not fit beside its bar stands whole on a line
    above it, the bars and their numbers keep the chart's width, a row's tooltip still names
    its row, and the chart asks for the height of its rows."""
    from PySide6.QtGui import QFont, QFontMetrics
    from gui.widgets.attribution_chart import AttributionBars
    bars = AttributionBars(compact=False)
    qtbot.addWidget(bars)
    font = QFont(bars.font())
    font.setPointSizeF(points)
    bars.setFont(font)
    rows = [("Monetarisierungstempo", 29.7, "+29,7 Pkt.", -1),
            ("Langfristiges Umsatzpotenzial", -4.5, "−4,5 Pkt.", 1),
            ("Investitionswachstum", 5.8, "+5,8 Pkt.", -1)]
    bars.set_rows(rows)
    bars.resize(width, bars.sizeHint().height())
    bars.grab()                                    # paints
    assert [label for label, *_ in rows if label not in bars.painted] == []
    assert all(value in bars.painted for *_, value, _d in rows)
    line = QFontMetrics(font).height()
    assert bars.row_height() >= 2 * line           # a label's line and a bar's
    assert bars.sizeHint().height() >= len(rows) * bars.row_height()
    for n, (label, _part, value, _d) in enumerate(rows):
        assert bars.row_tip((n + 0.5) * bars.row_height()) == f"{label}: {value}"
    label_w, value_w, zero, half = bars.columns(QFontMetrics(font), width)
    assert_texts_inside(bars, QFontMetrics(font), width)
    assert 2 * half >= width / 3                   # the bars keep the width the labels left


def test_less_debt_and_shortfall_bought_by_a_bust_are_not_good_news():
    # A bust cuts spending, so less is borrowed and less power is short: beside the default,
    # `circular_unwind`'s lower peak debt and shortfall are not "better" (a projector review saw
    # them in the better colour), while a calm world that borrows less still earns the credit.
    now, before = simulate(preset("circular_unwind")), simulate({})
    h_now, h_before = outputs.headlines(now), outputs.headlines(before)
    for key in ("peak_debt_busd", "peak_shortfall_gw"):
        assert h_now[key].value < h_before[key].value
        assert outputs.headline_direction(h_now[key], h_before[key]) == 1     # the bare change
    d = outputs.headline_directions(now, before)
    assert d["peak_debt_busd"] == 0 and d["peak_shortfall_gw"] == 0 and d["bust_year"] == -1
    calm = outputs.headline_directions(simulate(preset("soft_landing")), before)
    assert calm["peak_debt_busd"] == 1

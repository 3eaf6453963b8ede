"""One rule for a change (facilitator review): the change a headline card shows, the change
'What changed?' shows and the sum of the 'Why?' bars are the same number as a room reads them
(parsed from the displayed text), in English and German. Before, a card read 'Peak stress 8
−4' (12 → 8 as written) while 'What changed?' read '12 → 8 (−3.4 pts)' and the bars summed to
−3.4."""
from __future__ import annotations

import re

import pytest

from gui import i18n
from gui.widgets.attribution_chart import AttributionPanel
from gui.widgets.headline_strip import HeadlineCard
from model import headlines, simulate
from model import parameters as P
from model.analysis.attribution import attribute
from model.analysis.metrics import HEADLINE_KEYS

PAIRS = [
    {"capex_growth": 110, "monetization_speed": 25, "gdp_multiplier": 1.5},
    {"capex_growth": 110, "monetization_speed": 25, "circular_share": 30},
    {"capex_growth": 80, "mix_debt": 70},
    {"monetization_speed": 30, "circular_share": 25, "power_buildout": 10},
    {"capex_growth": 95, "useful_life": 4, "efficiency_gain": 30},
    {"revenue_potential": 5000, "capex_per_gw": 50},
]


def read_change(written: str, lang: str) -> float:
    """The number a room reads in a written change: '−3.4 pts' -> -3.4, '+$1.20T' -> 1200,
    '−4,20 Bio. $' -> -4200, '±0' -> 0 (English or German writing)."""
    s = written.replace("\u2212", "-").replace("±", "")
    thousands, point = (".", ",") if lang == "de" else (",", ".")
    found = re.search(r"[-+]?\s*\$?\s*[\d" + re.escape(thousands + point) + r"]+", s)
    assert found, written
    digits = found.group(0).replace("$", "").replace(" ", "").replace(thousands, "")
    amount = float(digits.replace(point, "."))
    if "T" in s or "Bio." in s:
        amount *= 1000
    return amount


@pytest.mark.parametrize("lang", ["en", "de"])
def test_card_what_changed_and_why_bars_show_one_change(qtbot, lang):
    assert i18n.install(lang) == lang
    try:
        base = headlines(simulate(P.defaults()))
        compared = 0
        for values in PAIRS:
            now = headlines(simulate({**P.defaults(), **values}))
            a = attribute(values)
            for key in HEADLINE_KEYS:
                if now[key].value is None or base[key].value is None or a.event(key):
                    continue
                card = HeadlineCard(key)
                qtbot.addWidget(card)
                card.display(now[key], base[key])
                panel = AttributionPanel(compact=False, max_rows=3)
                qtbot.addWidget(panel)
                panel.show_attribution(a)
                panel.set_headline(key)
                total = panel.total.text()
                in_brackets = total[total.rindex("(") + 1:total.rindex(")")]
                bars = [row[2] for row in panel.bars.rows]
                card_change = read_change(card.change.text(), lang)
                said = f"{key} {values}: card {card.change.text()!r}, {total!r}, bars {bars}"
                assert read_change(in_brackets, lang) == pytest.approx(card_change, abs=1e-9), said
                if bars:
                    assert sum(read_change(b, lang) for b in bars) == pytest.approx(
                        card_change, abs=1e-9), said
                compared += 1
        assert compared > 20
    finally:
        i18n.install("en")


def decimals_written(written: str, lang: str) -> int:
    """How many decimals the number in a written value has ('−2.0 pts' 1, '+4 pts' 0)."""
    point = "," if lang == "de" else "."
    digits = re.search(r"\d[\d.,]*", written).group(0)
    return len(digits.split(point)[1]) if point in digits else 0


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_why_bars_of_a_chart_share_one_precision(qtbot, lang):
    """'+3.8 pts' beside '−2 pts' and '−0.6 pts' (trailing zeros dropped) read as figures of
    different precision: the bars of one chart are written with one number of decimals."""
    assert i18n.install(lang) == lang
    try:
        panel = AttributionPanel(compact=True, max_rows=3)
        qtbot.addWidget(panel)
        checked = 0
        for values in PAIRS:
            panel.show_attribution(attribute(values))
            for key in ("peak_stress", "peak_shortfall_gw"):
                panel.set_headline(key)
                bars = [row[2] for row in panel.bars.rows]
                if len(bars) > 1:
                    assert len({decimals_written(b, lang) for b in bars}) == 1, (key, bars)
                    checked += 1
        assert checked >= 4
    finally:
        i18n.install("en")


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_chance_of_bust_card_says_why_its_horizon_is_not_the_run_end(qtbot, lang):
    """'Chance of bust by 2035' beside 'no bust by 2050' (verdict, Bust year card): the card
    names its span (label) and that the others look to the end of the run (tooltip)."""
    from gui.features.uncertainty import BustProbabilityCard
    from model.analysis import uncertainty
    assert i18n.install(lang) == lang
    try:
        card = BustProbabilityCard()
        qtbot.addWidget(card)
        label, tip = card.label.text(), card.toolTip()
        assert str(uncertainty.BUST_HORIZON) in label
        assert f"{uncertainty.BUST_HORIZON_YEARS}" in label.replace(
            str(uncertainty.BUST_HORIZON), ""), label
        end = {"en": "end of the run", "de": "Ende des Laufs"}[lang]
        assert end in tip, tip
        probability = uncertainty.bands(P.defaults(), 50).bust_probability_by()
        assert probability == uncertainty.bands(P.defaults(), 50).bust_probability_by(
            uncertainty.BUST_HORIZON)
    finally:
        i18n.install("en")

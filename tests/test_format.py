"""The one number formatter (gui/format.py) in English and German. Every expected string is
written out by hand from what the window showed before the formatter moved out of the model."""
from __future__ import annotations

import pytest

from gui import format as fmt
from gui import i18n
from model import outputs
from model import parameters as P


@pytest.fixture
def lang(qtbot, request):
    """Install the language of the test's parameter; English again afterwards."""
    installed = i18n.install(request.param)
    assert installed == request.param, "the German .qm is missing: run make (or lrelease)"
    yield request.param
    i18n.install("en")


# (call, English, German)
CASES = [
    (lambda: fmt.value(4200, "busd"), "$4.20T", "4,20 Bio. $"),
    (lambda: fmt.value(4110, "busd_per_year"), "$4.11T", "4,11 Bio. $"),
    (lambda: fmt.value(950, "busd"), "$950B", "950 Mrd. $"),
    (lambda: fmt.value(75.4, "busd"), "$75B", "75 Mrd. $"),
    # $1T is written in $T (value's doc: '$4.20T' from $1T on; shown_amount rounds it so)
    (lambda: fmt.value(1000, "busd"), "$1.00T", "1,00 Bio. $"),
    (lambda: fmt.value(999.4, "busd"), "$999B", "999 Mrd. $"),
    (lambda: fmt.value(12.54, "gw"), "12.5 GW", "12,5 GW"),
    (lambda: fmt.value(1234.5, "gw"), "1234.5 GW", "1.234,5 GW"),
    (lambda: fmt.value(2031, "year"), "2031", "2031"),
    (lambda: fmt.value(42.4, "index"), "42", "42"),
    (lambda: fmt.value(0.923, "ratio"), "0.923 ratio", "0,923 Faktor"),
    (lambda: fmt.value(1.25, "pp"), "1.25 pp", "1,25 Pp."),
    (lambda: fmt.value(2.5, "pct_gdp"), "2.5 % of GDP", "2,5 % des BIP"),
    (lambda: fmt.value(12.3, "points"), "12.3 points", "12,3 Punkte"),
    (lambda: fmt.value(None, "busd"), "—", "—"),
    (lambda: fmt.percent(0.4249), "42 %", "42 %"),
    (lambda: fmt.param_number(P.get("us_gdp_2024"), 29200), "29200", "29.200"),
    (lambda: fmt.param_number(P.get("useful_life"), 5.5), "5.5", "5,5"),
    (lambda: fmt.param_number(P.get("power_buildout"), 7), "7", "7"),       # no trailing zeros
    # a 'Why?' bar's part unrounded, for its tooltip
    (lambda: fmt.signed(0.137, "index", precise=True), "+0.14 pts", "+0,14 Pkt."),
    (lambda: fmt.signed(-0.4, "year", precise=True), "−0.4 yr", "−0,4 J."),
    (lambda: fmt.signed(-4.63, "busd", precise=True), "−$4.6B", "−4,6 Mrd. $"),
    (lambda: fmt.signed(2345.67, "busd", precise=True), "+$2.346T", "+2,346 Bio. $"),
    (lambda: fmt.signed(0.044, "gw", precise=True), "+0.04 GW", "+0,04 GW"),
    (lambda: fmt.signed(0.001, "index", precise=True), "±0 pts", "±0 Pkt."),
    (lambda: fmt.param_number(P.get("power_buildout"), 7.25), "7.25", "7,25"),
    (lambda: fmt.param_number(P.get("capex_growth_long_run"), -0.0), "0", "0"),
    (lambda: fmt.signed(1.5, "year"), "+1.5 yr", "+1,5 J."),
    (lambda: fmt.signed(-120, "busd"), "−$120B", "−120 Mrd. $"),
    (lambda: fmt.signed(-4, "index"), "−4 pts", "−4 Pkt."),
    (lambda: fmt.signed(-0.04, "index"), "±0 pts", "±0 Pkt."),   # never '−0'
    (lambda: fmt.signed(1.02, "index"), "+1 pt", "+1 Pkt."),     # one point ('+1 pts' in 'Why?')
    (lambda: fmt.signed(1.5, "index"), "+1.5 pts", "+1,5 Pkt."),
    (lambda: fmt.signed(0.02, "gw"), "±0.0 GW", "±0,0 GW"),
    (lambda: fmt.signed(2.34, "gw"), "+2.3 GW", "+2,3 GW"),
    (lambda: fmt.headline_value("bust_year", 2031, 2050), "2031", "2031"),
    (lambda: fmt.axis_ticks(["1000", "2000"]), ["1000", "2000"], ["1.000", "2.000"]),
    (lambda: fmt.axis_ticks(["0.5", "1.0"]), ["0.5", "1.0"], ["0,5", "1,0"]),
    (lambda: fmt.axis_ticks(["2030", "2040"], year_axis=True), ["2030", "2040"], ["2030", "2040"]),
]


def headline(key, value, end_year=2050):
    label, unit, better, missing = outputs.HEADLINE_INFO[key]
    return outputs.Headline(key, label, value, unit, better, missing, end_year)


HEADLINE_CASES = [
    (headline("coverage_year", None), "not by 2050", "nicht bis 2050"),
    (headline("bust_year", None), "none", "keiner"),
    (headline("cum_capex_2025_2030", 4682.4), "$4.68T", "4,68 Bio. $"),
    (headline("peak_shortfall_gw", 10.544), "10.5 GW", "10,5 GW"),
]

CHANGE_CASES = [   # (current, baseline, English, German, direction)
    (headline("bust_year", 2033), headline("bust_year", 2031), "+2 yr", "+2 J.", 1),
    (headline("coverage_year", 2031), headline("coverage_year", 2034), "−3 yr", "−3 J.", 1),
    (headline("peak_debt_busd", 900), headline("peak_debt_busd", 1020), "−$120B",
     "−120 Mrd. $", 1),
    # no bust against a baseline bust, and the other way round: the baseline's figure, named
    (headline("bust_year", None), headline("bust_year", 2031), "was 2031", "statt 2031", 1),
    (headline("bust_year", 2031), headline("bust_year", None), "was none", "statt keiner", -1),
    # a year reached only after the run's end: at least the years to its end, never 'none'
    # beside 'not by 2050'
    (headline("coverage_year", None), headline("coverage_year", 2040), "> +10 yr", "> +10 J.",
     -1),
    (headline("coverage_year", 2044), headline("coverage_year", None), "< −6 yr", "< −6 J.",
     1),
    (headline("peak_stress", 40), headline("peak_stress", 40), "±0", "±0", 0),
    # the change of the figures as written: '12' then '7' is −5 (the card read '7 −4' for
    # 11.79 → 7.31 under a baseline card of 12), '11.1 GW' then '4.2 GW' is −6.9 GW (not −6.8)
    (headline("peak_stress", 7.31), headline("peak_stress", 11.79), "−5", "−5", 1),
    (headline("peak_shortfall_gw", 4.249), headline("peak_shortfall_gw", 11.07), "−6.9 GW",
     "−6,9 GW", 1),
    (headline("peak_stress", 12.4), headline("peak_stress", 11.6), "±0", "±0", 0),
    (headline("cum_capex_2025_2030", 4252.4), headline("cum_capex_2025_2030", 5671.4),
     "−$1.42T", "−1,42 Bio. $", 0),
]


@pytest.mark.parametrize("lang", ["en", "de"], indirect=True)
def test_numbers_are_written_in_the_interface_language(lang):
    for call, english, german in CASES:
        assert call() == (english if lang == "en" else german)
    for h, english, german in HEADLINE_CASES:
        assert fmt.headline(h) == (english if lang == "en" else german)
    for current, base, english, german, direction in CHANGE_CASES:
        assert fmt.headline_change(current, base) == (english if lang == "en" else german,
                                                      direction)


@pytest.mark.parametrize("lang", ["de"], indirect=True)
def test_a_saved_headline_of_an_old_file_is_written_by_the_window(lang, tmp_path):
    """A snapshot written before issue 10 holds English display text; the German window shows
    the number from the file in German and never the stored text."""
    from model.store import snapshot as S
    doc = {"schema_version": 1, "name": "Old", "parameters": P.defaults(),
           "headlines": {"cum_capex_2025_2030": {"label": "Capex 2025–2030", "value": 4682.4,
                                                 "unit": "$B", "text": "$4.68T"},
                         "bust_year": {"label": "Bust year", "value": None, "unit": "year",
                                       "text": "none"}}}
    import json
    path = tmp_path / "old.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    saved = S.load(path).headlines
    assert saved["cum_capex_2025_2030"].unit == "busd"
    assert fmt.headline(saved["cum_capex_2025_2030"]) == "4,68 Bio. $"
    assert fmt.headline(saved["bust_year"]) == "keiner"


@pytest.mark.parametrize("lang", ["en"], indirect=True)
def test_every_output_column_has_a_unit_key_the_formatter_writes(lang):
    """A new column whose unit is not in model.outputs.UNITS fails here, not in the hover."""
    for column in outputs.ALL_COLUMNS:
        unit = outputs.column_unit(column)
        assert outputs.unit_text(unit) == outputs.COLUMN_INFO[column][1]
        assert fmt.value(1.5, unit)


def test_a_change_below_the_display_precision_reads_as_no_change():
    # The compiled engine loop and its plain-Python form agree to ~1e-14 relative; a baseline
    # from one and the scenario from the other must not show "−0" in a warning colour.
    from dataclasses import replace
    from model import headlines, simulate
    debt = next(h for h in headlines(simulate({})).values() if h.unit == "busd")
    nudged = replace(debt, value=debt.value * (1 - 1e-13))
    assert fmt.headline_change(nudged, debt) == (fmt.text.tr("±0"), 0)
    moved = replace(debt, value=debt.value * 1.2)
    shown, direction = fmt.headline_change(moved, debt)
    assert shown.startswith("+")            # a real change is still shown


def test_a_change_worded_from_figures_already_written_is_the_same():
    """headline_change with the figures as written (a headline card keeps them) words the
    same change as without them, for figures equal, equal as shown, apart, and missing."""
    from dataclasses import replace

    import model
    base = outputs.headlines(model.simulate(P.defaults()))
    for key, h in base.items():
        for other in (h, replace(h, value=None),
                      replace(h, value=(h.value or 2030.0) * 1.3),
                      replace(h, value=(h.value or 2030.0) + 1e-9)):
            for a, b in ((other, h), (h, other)):
                written = (fmt.headline(a), fmt.headline(b))
                assert fmt.headline_change(a, b, written) == fmt.headline_change(a, b), (key, a, b)


def test_a_negative_parameter_value_has_a_true_minus_sign():
    # The parameter reference and the undo texts wrote '-5' with a hyphen while every change on
    # screen writes '−' (U+2212); a projector shows the difference.
    negative = [p for p in P.parameters() if p.min < 0]
    assert negative, "some parameter ranges go below zero"
    for p in negative:
        shown = fmt.param_number(p, p.min)
        assert shown.startswith("\u2212") and "-" not in shown, (p.key, shown)


@pytest.mark.parametrize("parts, change, unit, expected", [
    # Each part to its nearest step, then the missing step to the largest remainder (Hamilton):
    # 0.45/0.4/0.35 round to 0/0/0, one point short of the change 1: the 0.45 takes it.
    ([0.45, 0.4, 0.35], 1.0, "index", [1.0, 0.0, 0.0]),
    # $B parts beside a $T figure go in $10B steps: 123.4 and -56.7 steps round to 123 and -57
    # (66 steps, the change is 67): the 123.4 (remainder 0.4 > 0.3) takes the step.
    ([1234.0, -567.0], 670.0, "busd", [1240.0, -570.0]),
    # The change as shown (two figures rounded) can differ from the parts' exact sum: 1.4 and
    # 0.1 round to 1 and 0, one point too many for a change of 0. The 0.1 has the smaller
    # remainder, but giving it the step would write it −1, against its sign: the 1.4 gives it.
    ([1.4, 0.1], 0.0, "index", [0.0, 0.0]),
    ([0.5, 0.25], 0.75, "ratio", [0.5, 0.25]),          # a unit without a step: unchanged
])
def test_the_parts_of_a_change_add_up_to_it_as_written(parts, change, unit, expected):
    shown = fmt.shown_parts(parts, change, unit)
    assert shown == pytest.approx(expected, abs=1e-9)
    if fmt.change_step(unit, change, *parts) is not None:
        assert sum(shown) == pytest.approx(change, abs=1e-9)

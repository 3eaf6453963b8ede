"""docs/MODEL.md §13: the default scenario against outside forecasts (O1-O9). A row may fall
outside its range only with an explanation, and what an explanation claims holds."""
import math

import pytest

from model import docs, simulate
from model import parameters as P


@pytest.fixture(scope="module")
def default():
    return simulate(P.defaults())


@pytest.fixture(scope="module")
def rows(default):
    return {row.check.check: row for row in docs.outside_rows(default)}


def at(results, column, year):
    return float(results[column][0, list(results.years).index(year)])


def test_every_row_outside_its_range_says_why(rows):
    for name, row in rows.items():
        assert row.check.source.startswith("O"), name
        if not row.inside:
            assert len(row.check.note) > 40, f"{name} lies outside its range without a reason"


def test_the_table_in_model_md_is_the_current_one(rows):
    text = docs.MODEL_MD.read_text(encoding="utf-8")
    for name, row in rows.items():
        assert f"| {name} |" in text and row.value_text in text, name


def test_a_years_electricity_is_its_mean_load_not_its_end_of_year_load(default, rows):
    # The load columns are end-of-year loads; in a growing year the mean over the year is lower.
    util = P.get("utilisation").default / 100.0
    end_of_year = at(default, "power_load_us_gw", 2030) * 8760 * util / 1000
    before = at(default, "power_load_us_gw", 2029) * 8760 * util / 1000
    twh = rows["US data-centre electricity 2030"].value
    assert before < twh < end_of_year


def test_the_notes_claims_hold(default, rows):
    # O7: the four firms' guidance is whole capex; all builders' AI capex lies in its range,
    # and all builders pass $1T the year after 2027.
    assert 630 <= at(default, "capex_total_busd", 2026) <= 725
    assert at(default, "capex_total_busd", 2027) < 1000 <= at(default, "capex_total_busd", 2028)
    # O1 worldwide: about three fifths of IEA's all-data-centre figure, the US about 70 % of it.
    world = rows["Global data-centre electricity 2030"].value
    us = rows["US data-centre electricity 2030"].value
    assert 0.5 <= world / 945 <= 0.7
    assert 0.6 <= us / world <= 0.8


def test_capacity_for_the_money_is_compared_with_mckinsey(default, rows):
    # O5 gives both the money ($5.2T, 2025-2030) and what it buys (~125 GW added): an energy
    # analyst checks the second as soon as the first matches. The row compares the growth of the
    # AI load over those years, and its note's reasons hold: the model's refits are about 30 %
    # of the capex and add no power, and its capex per IT GW (§3, from the parameters) is above
    # McKinsey's own ratio from 2025 on.
    row = rows["AI capacity added 2025-2030"]
    added = at(default, "power_load_total_gw", 2030) - at(default, "power_load_total_gw", 2024)
    assert row.value == pytest.approx(added)
    assert row.check.source == "O5" and row.check.unit == "GW"
    if not row.inside:
        assert "refit" in row.check.note
    years = list(default.years)
    window = slice(years.index(2025), years.index(2030) + 1)
    refits = default["capex_refit_busd"][0, window].sum()
    capex = default["capex_total_busd"][0, window].sum()
    assert 0.25 <= refits / capex <= 0.35
    growth, halflife = P.get("capex_per_gw_growth").default / 100, P.get("tech_halflife").default
    kappa_2025 = P.get("capex_per_gw").default * math.exp(
        math.log(1 + growth) * halflife / math.log(2) * (1 - 2 ** (-1 / halflife)))
    assert kappa_2025 > 5200 / 125

"""Names, labels and units of the model's outputs, the `Results` container and headline figures."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd

# The fixed columns that scripts depend on (issue 2), in this order; more follow in EXTRA_COLUMNS.
REQUIRED_COLUMNS = (
    "capex_total_busd", "capex_us_busd", "capex_china_busd", "capex_eu_busd", "capex_uk_busd",
    "power_demand_us_gw", "power_available_us_gw", "power_shortfall_us_gw",
    "ai_revenue_busd", "required_revenue_busd", "revenue_coverage_ratio",
    "financing_cashflow_busd", "financing_debt_busd", "financing_equity_busd",
    "financing_spv_busd", "financing_leasing_busd", "financing_commitments_busd",
    "debt_stock_busd", "us_ai_capex_share_gdp_pct", "us_gdp_growth_contribution_pp",
    "stress_index",
)
FINANCING_COLUMNS = REQUIRED_COLUMNS[11:17]

# name: (label, unit)
COLUMN_INFO: dict[str, tuple[str, str]] = {
    "capex_total_busd": ("AI capex, all regions", "$B/yr"),
    "capex_us_busd": ("AI capex, US", "$B/yr"),
    "capex_china_busd": ("AI capex, China", "$B/yr"),
    "capex_eu_busd": ("AI capex, EU", "$B/yr"),
    "capex_uk_busd": ("AI capex, UK", "$B/yr"),
    "capex_row_busd": ("AI capex, rest of world", "$B/yr"),
    "capex_desired_busd": ("Capex wanted (planned + backlog)", "$B/yr"),
    "capex_backlog_busd": ("Capex deferred for lack of power", "$B"),
    "capex_cancelled_busd": ("Deferred capex abandoned", "$B/yr"),
    "capex_hyperscaler_busd": ("AI capex, hyperscalers", "$B/yr"),
    "capex_second_tier_busd": ("AI capex, second tier (neoclouds, Oracle)", "$B/yr"),
    "capex_lab_busd": ("AI capex, AI labs", "$B/yr"),
    "capex_unfunded_busd": ("Capex that could not be funded", "$B/yr"),
    "capex_refit_busd": ("Capex refitting old hardware inside existing power", "$B/yr"),
    "capex_relocated_busd": ("US capex relocated abroad for power", "$B/yr"),
    "power_demand_us_gw": ("US AI power demand", "GW"),
    "power_available_us_gw": ("US AI power available", "GW"),
    "power_shortfall_us_gw": ("US power shortfall", "GW"),
    "power_load_us_gw": ("US AI power load", "GW"),
    "power_load_total_gw": ("AI power load, all regions", "GW"),
    "power_shortfall_total_gw": ("Power shortfall, all regions", "GW"),
    "ai_revenue_busd": ("AI revenue (reported)", "$B/yr"),
    "ai_revenue_organic_busd": ("AI revenue, organic", "$B/yr"),
    "ai_revenue_circular_busd": ("AI revenue, circular", "$B/yr"),
    "ai_revenue_demand_busd": ("AI revenue demand (before compute cap)", "$B/yr"),
    "compute_capacity_busd": ("Revenue the installed compute can serve", "$B/yr"),
    "compute_price_index": ("Price of a unit of compute (2024 = 1)", "ratio"),
    "required_revenue_busd": ("Required revenue (R1 method)", "$B/yr"),
    "required_revenue_fullcost_busd": ("Required revenue (full cost)", "$B/yr"),
    "revenue_coverage_ratio": ("Revenue ÷ required (R1)", "ratio"),
    "organic_coverage_ratio": ("Organic revenue ÷ required (R1)", "ratio"),
    "judged_coverage_ratio": ("Coverage as investors judge it", "ratio"),
    "fullcost_coverage_ratio": ("Revenue ÷ required (full cost)", "ratio"),
    "investor_impatience": ("Investor impatience", "gap-years"),
    "investor_pullback": ("Investor pull-back (0 = none, 1 = full)", "ratio"),
    "writedown_busd": ("Write-downs of stranded or retired hardware", "$B/yr"),
    "depreciation_busd": ("Depreciation", "$B/yr"),
    "invested_capital_busd": ("Invested capital (book value)", "$B"),
    "energy_cost_busd": ("Energy cost", "$B/yr"),
    "financing_cashflow_busd": ("Internal cash flow", "$B/yr"),
    "financing_debt_busd": ("Debt issuance", "$B/yr"),
    "financing_equity_busd": ("Equity issuance", "$B/yr"),
    "financing_spv_busd": ("SPVs and private credit", "$B/yr"),
    "financing_leasing_busd": ("Leasing and asset-backed", "$B/yr"),
    "financing_commitments_busd": ("Cloud commitments", "$B/yr"),
    "financing_vendor_busd": ("Vendor money into labs (part of equity)", "$B/yr"),
    "debt_stock_busd": ("Debt stock", "$B"),
    "debt_second_tier_busd": ("Debt stock, second tier", "$B"),
    "leverage_second_tier_ratio": ("Second-tier leverage (debt ÷ EBITDA)", "ratio"),
    "second_tier_loan_to_value_ratio": ("Second-tier debt ÷ its hardware's book value", "ratio"),
    "credit_spread_pct": ("Credit spread, second tier", "%"),
    "lender_losses_busd": ("Lenders' losses", "$B/yr"),
    "interest_busd": ("Interest paid", "$B/yr"),
    "ebitda_busd": ("Builders' EBITDA", "$B/yr"),
    "leverage_ratio": ("Leverage (debt ÷ EBITDA)", "ratio"),
    "us_gdp_busd": ("US nominal GDP", "$B"),
    "us_ai_investment_busd": ("US AI-related investment", "$B/yr"),
    "us_ai_capex_share_gdp_pct": ("US AI capex share of GDP", "% of GDP"),
    "us_gdp_growth_contribution_pp": ("AI capex contribution to US GDP growth (nominal)", "pp"),
    "stress_coverage": ("Stress: coverage gap", "points"),
    "stress_leverage": ("Stress: leverage", "points"),
    "stress_power": ("Stress: power shortfall", "points"),
    "stress_circularity": ("Stress: circularity", "points"),
    "stress_credit": ("Stress: credit spreads", "points"),
    "stress_losses": ("Stress: write-downs", "points"),
    "stress_pullback": ("Stress: investor pull-back", "points"),
    "stress_index": ("Stress index", "0-100"),
    "bust_flag": ("Bust in this year", "0/1"),
}
EXTRA_COLUMNS = tuple(c for c in COLUMN_INFO if c not in REQUIRED_COLUMNS)
ALL_COLUMNS = REQUIRED_COLUMNS + EXTRA_COLUMNS


class Results:
    """Model output for N scenarios: arrays of shape (N, T) by column name, plus per-scenario
    scalars 'bust_year' (0 = no bust) and 'bust_depth_pct'."""

    def __init__(self, arrays: dict[str, np.ndarray], years: np.ndarray):
        self.years = years
        self.arrays = arrays
        self._headlines: dict[int, dict] = {}   # headlines(self, i), computed once per scenario
        self._headline_arrays: Optional[dict[str, np.ndarray]] = None   # headline_arrays(self)

    @property
    def n(self) -> int:
        """Number of scenarios."""
        return self.arrays["capex_total_busd"].shape[0]

    def __getitem__(self, column: str) -> np.ndarray:
        return self.arrays[column]

    def frame(self, i: int = 0) -> pd.DataFrame:
        """Yearly results of scenario i as a DataFrame indexed by year (money in $B, power in GW)."""
        data = {"year": self.years}
        data.update({c: self.arrays[c][i] for c in ALL_COLUMNS})
        return pd.DataFrame(data).set_index("year", drop=False)

    def bust_year(self, i: int = 0) -> Optional[int]:
        """The year investors lost patience in scenario i, or None."""
        y = int(self.arrays["bust_year"][i])
        return y or None


@dataclass(frozen=True)
class Headline:
    """One headline figure: its value (None = 'never/none'), unit and whether higher is better."""

    key: str
    label: str
    value: Optional[float]
    unit: str
    higher_is_better: Optional[bool]   # None: neither direction is good or bad
    none_text: str = ""

    def text(self, lang: str = "en") -> str:
        """The value as shown in the headline strip, e.g. '$4.2T', '12.5 GW', 'none'
        (lang='de': '4,20 Bio. $', '12,5 GW'; the none text stays as stored)."""
        return format_value(self.value, self.unit, self.none_text, lang)


HEADLINE_INFO = {
    # key: (label, unit, higher_is_better, text when there is no value)
    "cum_capex_2025_2030": ("Capex 2025–2030", "$B", None, ""),
    "peak_shortfall_gw": ("Peak US power shortfall", "GW", False, ""),
    "coverage_year": ("Revenue covers spend", "year", False, "not by {end}"),
    "peak_debt_busd": ("Peak debt", "$B", False, ""),
    "bust_year": ("Bust year", "year", True, "none"),
    "peak_stress": ("Peak stress", "0-100", False, ""),
}


def headlines(results: Results, i: int = 0) -> dict[str, Headline]:
    """The headline figures of scenario i, in display order (computed once per Results; the
    arrays of a Results are never changed after the model returns them)."""
    cached = results._headlines.get(i)
    if cached is None:
        cached = results._headlines[i] = _compute_headlines(results, i)
    return dict(cached)


def headline_arrays(results: Results) -> dict[str, np.ndarray]:
    """Every headline figure of every scenario as an (N,) float array in the units of
    HEADLINE_INFO ($B, GW, year, 0-100); NaN where there is none (revenue never covers the
    requirement, no bust). The one definition of the figures: `headlines` (display, one
    scenario) and model.analysis.metrics (batches) both read it. Computed once per Results."""
    if results._headline_arrays is None:
        yrs = results.years
        window = (yrs >= 2025) & (yrs <= 2030)
        covered = results["fullcost_coverage_ratio"] >= 1.0   # revenue ≥ the installed base's full cost
        bust = np.asarray(results["bust_year"], dtype=float)
        results._headline_arrays = {
            "cum_capex_2025_2030": results["capex_total_busd"][:, window].sum(axis=1),
            "peak_shortfall_gw": results["power_shortfall_us_gw"].max(axis=1),
            "coverage_year": np.where(covered.any(axis=1),
                                      yrs[np.argmax(covered, axis=1)].astype(float), np.nan),
            "peak_debt_busd": results["debt_stock_busd"].max(axis=1),
            "bust_year": np.where(bust > 0, bust, np.nan),
            "peak_stress": results["stress_index"].max(axis=1),
        }
    return results._headline_arrays


def _compute_headlines(results: Results, i: int) -> dict[str, Headline]:
    end = int(results.years[-1])
    out = {}
    for key, (label, unit, better, none_text) in HEADLINE_INFO.items():
        value = float(headline_arrays(results)[key][i])
        out[key] = Headline(key, label, None if np.isnan(value) else value, unit, better,
                            none_text.format(end=end))
    return out


def headline_change(current: Headline, baseline: Headline, lang: str = "en") -> tuple[str, int]:
    """Change of a headline against the baseline as (text, direction): direction +1 better,
    -1 worse, 0 neutral or unchanged. A missing value ('none', 'never') is handled by meaning:
    no bust is better than any bust year; never covering is worse than any year.
    lang='de' writes numbers the German way and years as 'J.' ('+2 J.')."""
    a, b = current.value, baseline.value
    if a == b:
        return "±0", 0
    if a is None or b is None:
        # Only bust_year (None = good) and coverage_year (None = bad) can be missing.
        none_good = current.key == "bust_year"
        better = (a is None) == none_good
        return ("none" if a is None else current.text(lang)), (1 if better else -1)
    delta = a - b
    year_unit = "J." if lang == "de" else "yr"
    text = (f"{delta:+.0f} {year_unit}" if current.unit == "year"
            else "+" + format_value(delta, current.unit, lang=lang) if delta > 0
            else "−" + format_value(-delta, current.unit, lang=lang))
    if current.higher_is_better is None:
        return text, 0
    if current.key == "bust_year":
        return text, (1 if delta > 0 else -1)
    good = (delta > 0) == current.higher_is_better
    return text, (1 if good else -1)


# Money as written in each language: (trillions, billions) templates for the number.
MONEY_FORMATS = {"en": ("${0}T", "${0}B"), "de": ("{0} Bio. $", "{0} Mrd. $")}


def format_value(value: Optional[float], unit: str, none_text: str = "—", lang: str = "en",
                 unit_text: Optional[str] = None) -> str:
    """Human format of a value in a unit: $B ≥ 1000 as $T, years as integers (never grouped).
    lang='de': German separators and money as 'Mrd. $' / 'Bio. $' ('1.234,5', '4,11 Bio. $').
    `unit_text` is the unit as displayed (a translation) for units without their own format."""
    from .view import localize_number
    if value is None:
        return none_text
    if unit in ("year", "0-100"):
        return f"{value:.0f}"
    group = "," if lang == "de" else ""        # German groups thousands; English output doesn't
    if unit in ("$B", "$B/yr"):
        trillions, billions = MONEY_FORMATS.get(lang, MONEY_FORMATS["en"])
        if abs(value) >= 1000:
            return trillions.format(localize_number(f"{value / 1000:{group}.2f}", lang))
        return billions.format(localize_number(f"{value:{group}.0f}", lang))
    if unit == "GW":
        return f"{localize_number(f'{value:{group}.1f}', lang)} GW"
    number = f"{value:{group}.3g}" if abs(value) < 1e6 else f"{value:.3g}"
    return f"{localize_number(number, lang)} {unit_text or unit}"

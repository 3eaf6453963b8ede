"""Names, labels and units of the model's outputs, the `Results` container and headline figures."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

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

# Unit keys: what a number measures. The GUI formats numbers by key (gui/format.py); files and
# docs write the unit's text (COLUMN_INFO's second field), also the translation source of its label.
UNITS: dict[str, str] = {
    "busd": "$B", "busd_per_year": "$B/yr", "gw": "GW", "year": "year", "ratio": "ratio",
    "gap_years": "gap-years", "pct": "%", "pct_gdp": "% of GDP", "pp": "pp", "points": "points",
    "index": "0-100", "flag": "0/1",
}
_UNIT_KEYS = {text: key for key, text in UNITS.items()}
# The values a figure of a unit can take by its definition (an index is 0 to 100, a flag 0 or
# 1): a target beyond them can never hold (model.analysis.goal_seek.parse_target says so).
UNIT_RANGES: dict[str, tuple[float, float]] = {"index": (0.0, 100.0), "flag": (0.0, 1.0)}


def unit_text(unit: str) -> str:
    """The written unit of a unit key, as files and docs show it ('busd_per_year' -> '$B/yr')."""
    return UNITS[unit]


def unit_key(text: str) -> str:
    """The unit key of a written unit ('$B/yr' -> 'busd_per_year'); KeyError for one not in UNITS."""
    return _UNIT_KEYS[text]


def column_unit(column: str) -> str:
    """The unit key of a yearly output column ('capex_total_busd' -> 'busd_per_year')."""
    return unit_key(COLUMN_INFO[column][1])


# name: (label, written unit: a value of UNITS)
COLUMN_INFO: dict[str, tuple[str, str]] = {
    "capex_total_busd": ("AI capex, all regions", "$B/yr"),
    "capex_us_busd": ("AI capex, US", "$B/yr"),
    "capex_china_busd": ("AI capex, China", "$B/yr"),
    "capex_eu_busd": ("AI capex, EU", "$B/yr"),
    "capex_uk_busd": ("AI capex, UK", "$B/yr"),
    "capex_row_busd": ("AI capex, rest of world", "$B/yr"),
    "capex_desired_busd": ("Capex wanted (planned + backlog, at the prices paid)", "$B/yr"),
    "capex_backlog_busd": ("Capex deferred for lack of power", "$B"),
    "capex_cancelled_busd": ("Deferred capex abandoned", "$B/yr"),
    "capex_hyperscaler_busd": ("AI capex, hyperscalers", "$B/yr"),
    "capex_second_tier_busd": ("AI capex, second tier (neoclouds, Oracle)", "$B/yr"),
    "capex_lab_busd": ("AI capex, AI labs", "$B/yr"),
    "capex_unfunded_busd": ("Capex that could not be funded", "$B/yr"),
    "capex_refit_busd": ("Capex refitting old hardware inside existing power", "$B/yr"),
    "capex_relocated_busd": ("US capex relocated abroad for power", "$B/yr"),
    "capex_halls_ahead_busd": ("Capex on halls built ahead of power", "$B/yr"),
    "halls_waiting_busd": ("Halls waiting for power (book value)", "$B"),
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
    "compute_price_to_fullcost_ratio": ("What new compute earns ÷ its full cost", "ratio"),
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
    "interest_busd": ("Interest due", "$B/yr"),
    "interest_unpaid_busd": ("Interest not paid in cash (beyond all EBITDA)", "$B/yr"),
    "debt_repaid_busd": ("Debt repaid (second tier: rolled over)", "$B/yr"),
    "debt_rolled_over_busd": ("Second-tier repayments rolled over, not paid from cash", "$B/yr"),
    "ebitda_busd": ("Builders' EBITDA", "$B/yr"),
    "leverage_ratio": ("Leverage (debt ÷ EBITDA)", "ratio"),
    "us_gdp_busd": ("US nominal GDP", "$B/yr"),
    "us_ai_investment_busd": ("US AI-related investment", "$B/yr"),
    "us_ai_capex_share_gdp_pct": ("US AI-related investment (S4's scope), share of GDP", "% of GDP"),
    "us_gdp_growth_contribution_pp": ("AI capex contribution to US GDP growth (nominal)", "pp"),
    "stress_coverage": ("Stress: coverage gap", "points"),
    "stress_leverage": ("Stress: leverage", "points"),
    "stress_power": ("Stress: power shortfall", "points"),
    "stress_circularity": ("Stress: circularity", "points"),
    "stress_credit": ("Stress: credit spreads", "points"),
    "stress_losses": ("Stress: stranded write-downs", "points"),
    "stress_pullback": ("Stress: investor pull-back", "points"),
    "stress_debt_service": ("Stress: debt service", "points"),
    "stress_capex_fall": ("Stress: fall of capex", "points"),
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

    def frame(self, i: int = 0) -> "pd.DataFrame":
        """Yearly results of scenario i as a DataFrame indexed by year (money in $B, power in GW)."""
        data = {"year": self.years}
        data.update({c: self.arrays[c][i] for c in ALL_COLUMNS})
        import pandas as pd       # here: importing pandas costs ~0.4 s of the window's start
        return pd.DataFrame(data).set_index("year", drop=False)

    def scenario(self, i: int) -> "Results":
        """Scenario i alone, as the Results of one scenario (row i of every array, as views: no
        copy). The engine computes every scenario of a batch on its own, so this equals a run
        of that scenario alone, array for array (tests/test_recent_runs.py)."""
        return Results({c: a[i:i + 1] for c, a in self.arrays.items()}, self.years)

    def bust_year(self, i: int = 0) -> Optional[int]:
        """The year investors lost patience in scenario i, or None."""
        y = int(self.arrays["bust_year"][i])
        return y or None


@dataclass(frozen=True)
class Headline:
    """One headline figure: its value (None = 'never/none'), unit key (UNITS), whether higher is
    better, what a missing value means ('none': nothing happened; 'not_by_end': not within the
    run) and the run's last year. Numbers only: gui/format.py writes them."""

    key: str
    label: str
    value: Optional[float]
    unit: str
    higher_is_better: Optional[bool]   # None: neither direction is good or bad
    missing: str = "none"
    end_year: int = 0


HEADLINE_INFO = {
    # key: (label, unit key, higher_is_better, meaning of a missing value)
    "cum_capex_2025_2030": ("Capex 2025–2030", "busd", None, "none"),
    "peak_shortfall_gw": ("Peak US power shortfall", "gw", False, "none"),
    "coverage_year": ("Revenue covers spend", "year", False, "not_by_end"),
    "peak_debt_busd": ("Peak debt", "busd", False, "none"),
    "bust_year": ("Bust year", "year", True, "none"),
    "peak_stress": ("Peak stress", "index", False, "none"),
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
        own = own_years(yrs)
        window = (yrs >= 2025) & (yrs <= 2030)
        # revenue ≥ the installed base's full cost in a year and the next (the last year alone):
        # a single year that touches 1 before coverage dips again does not count
        above = results["fullcost_coverage_ratio"] >= 1.0
        covered = above.copy()
        covered[:, :-1] &= above[:, 1:]
        bust = np.asarray(results["bust_year"], dtype=float)
        results._headline_arrays = {
            "cum_capex_2025_2030": results["capex_total_busd"][:, window].sum(axis=1),
            "peak_shortfall_gw": results["power_shortfall_us_gw"].max(axis=1),
            "coverage_year": np.where(covered.any(axis=1),
                                      yrs[np.argmax(covered, axis=1)].astype(float), np.nan),
            "peak_debt_busd": results["debt_stock_busd"].max(axis=1),
            "bust_year": np.where(bust > 0, bust, np.nan),
            # the scenario's own years: 2024 is history, a reading the 2024 inputs set (it
            # differs between scenarios, 6-37 in a uniform sample), not one the levers cause
            "peak_stress": results["stress_index"][:, own].max(axis=1),
        }
    return results._headline_arrays


def own_years(years: np.ndarray) -> np.ndarray:
    """Mask (bool, like `years`) of a run's own years: every simulated year but the first, which
    is history (2024: its readings are set by the 2024 inputs, not caused by the levers). The
    one definition of the years a 'peak' and a target 'in every year' judge: the headline
    'Peak stress' and goal-seek's 'stress < 50' read the same years."""
    years = np.asarray(years)
    return years > years[0] if years.size > 1 else np.ones(years.shape, bool)


def _compute_headlines(results: Results, i: int) -> dict[str, Headline]:
    end = int(results.years[-1])
    out = {}
    for key, (label, unit, better, missing) in HEADLINE_INFO.items():
        value = float(headline_arrays(results)[key][i])
        out[key] = Headline(key, label, None if np.isnan(value) else value, unit, better,
                            missing, end)
    return out


# A current scenario's peak investor pull-back (0-1) deeper than the baseline's by more than
# this counts as a retreat that can "buy" an earlier coverage year (see headline_direction).
PULLBACK_MARGIN = 0.05
# … and so does a longer one: more pull-back-years (the pull-back summed over the years, 0-1 a
# year) than the baseline by more than this, counted up to the current scenario's coverage year.
# A slower-monetizing world that pulls back sooner and longer, not deeper, shrinks its fleet and
# reprices its contracts sooner, and so covers its full cost sooner (docs/MODEL.md §15,
# "Faster monetization and a later coverage year: the mechanism").
PULLBACK_YEARS_MARGIN = 0.25
# The headlines a retreat improves by cutting spending: revenue covers a smaller spend sooner,
# less is built so less power is short and less is borrowed. Beside a bust such a change is
# not good news (a projector review: `circular_unwind` against the default read its peak debt
# −$2.56T and its shortfall −6.0 GW in the "better" colour).
BOUGHT_BY_RETREAT = frozenset({"coverage_year", "peak_shortfall_gw", "peak_debt_busd"})


def headline_direction(current: Headline, baseline: Headline, retreat: bool = False) -> int:
    """Whether `current` is better (+1), worse (-1) or neither (0) than `baseline` (same key).
    A missing value ('none', 'never') is judged by meaning: no bust is better than any bust
    year; never covering is worse than any year. Unchanged or neutral figures give 0.

    `retreat` (see `retreated`): the current scenario has a bust, or a deeper or longer
    investor pull-back than the baseline. Then an improvement of a figure in BOUGHT_BY_RETREAT is
    neither (0): an earlier coverage year, a smaller power shortfall, a lower peak debt come
    because spending was cut, which is not good news. A worse change stays worse."""
    a, b = current.value, baseline.value
    if a == b:
        return 0
    if a is None or b is None:
        # Only bust_year (None = good) and coverage_year (None = bad) can be missing.
        none_good = current.key == "bust_year"
        direction = 1 if (a is None) == none_good else -1
    elif current.higher_is_better is None:
        return 0
    else:
        direction = 1 if (a > b) == current.higher_is_better else -1
    if retreat and current.key in BOUGHT_BY_RETREAT and direction > 0:
        return 0
    return direction


def retreated(current: Results, baseline: Results, i: int = 0, j: int = 0) -> bool:
    """True if scenario i of `current`, against scenario j of `baseline`, has a bust the
    baseline has not, a peak investor pull-back (0-1) deeper by more than PULLBACK_MARGIN, or a
    longer one: more pull-back-years by more than PULLBACK_YEARS_MARGIN up to the current
    scenario's coverage year (to the end of its run if revenue never covers the full cost)."""
    bust = current.bust_year(i) is not None and baseline.bust_year(j) is None
    now, before = current["investor_pullback"][i], baseline["investor_pullback"][j]
    deeper = float(now.max()) > float(before.max()) + PULLBACK_MARGIN
    covered = headline_arrays(current)["coverage_year"][i]
    end = current.years[-1] if np.isnan(covered) else covered
    longer = (float(now[current.years <= end].sum()) - float(before[baseline.years <= end].sum())
              > PULLBACK_YEARS_MARGIN)
    return bust or deeper or longer


def headline_directions(current: Results, baseline: Results, i: int = 0,
                        j: int = 0) -> dict[str, int]:
    """headline_direction of every headline of scenario i of `current` against scenario j of
    `baseline` (+1 better, -1 worse, 0 neither), with the retreat rule for coverage."""
    retreat = retreated(current, baseline, i, j)
    now, before = headlines(current, i), headlines(baseline, j)
    return {key: headline_direction(now[key], before[key], retreat) for key in now}

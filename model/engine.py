"""The stocks and flows of the AI-infrastructure boom, vectorised over scenarios.

`run(matrix, end_year)` takes an array of shape (N scenarios, P parameters) in the parameter
table's order and units and returns a dict of arrays of shape (N, T years). Every equation is
written out, with its source label, in docs/MODEL.md; the section numbers below match it.

Only capex, power and revenue interact within a year (investor patience needs this year's
coverage to set next year's capex), so only they sit in the yearly loop; financing, macro and
stress follow from the finished paths and are computed afterwards on whole arrays.
"""
from __future__ import annotations

import numpy as np

from . import parameters as P

START_YEAR = 2024
DEFAULT_END_YEAR = 2050
MAX_END_YEAR = 2060
MIN_END_YEAR = 2030
REGIONS = ("us", "china", "eu", "uk", "row")

HOURS_PER_YEAR = 8760.0
# R8: big-4 capex was ~$148B in 2023 against ~$228B in 2024; used only to give 2024 a
# previous year for the GDP-growth contribution.
CAPEX_2023_OVER_2024 = 148.0 / 228.0
# The initial (pre-2024) fleet is on average two years old: it serves 1/(1+gain)^2 of a new GW.
INITIAL_FLEET_AGE = 2.0
# Stress index: weights of its four parts and the level at which each part is at its maximum.
STRESS_WEIGHTS = {"coverage": 0.40, "leverage": 0.25, "power": 0.15, "circularity": 0.20}
STRESS_LEVERAGE_MAX = 4.0        # debt / EBITDA at which the leverage part is full
STRESS_SHORTFALL_MAX = 0.5       # share of US power demand unmet at which the power part is full
STRESS_CIRCULARITY_MAX = 0.30    # circular share of revenue at which the circularity part is full


def years(end_year: int = DEFAULT_END_YEAR) -> np.ndarray:
    """The simulated years, START_YEAR .. end_year inclusive."""
    return np.arange(START_YEAR, end_year + 1)


def check_end_year(end_year: int) -> int:
    """Return end_year if it is an allowed horizon, else raise ParameterError."""
    if not isinstance(end_year, (int, np.integer)) or not (MIN_END_YEAR <= end_year <= MAX_END_YEAR):
        raise P.ParameterError(
            f"horizon: {end_year!r} is outside the allowed range {MIN_END_YEAR} to {MAX_END_YEAR}")
    return int(end_year)


class _Columns:
    """Named access to the columns of a scenario matrix; percentages converted to fractions."""

    def __init__(self, matrix: np.ndarray):
        self._m = matrix
        self._fractions = matrix / 100.0
        self._index = _column_index()

    def __getitem__(self, key: str) -> np.ndarray:
        return self._m[:, self._index[key]]

    def pct(self, key: str) -> np.ndarray:
        return self._fractions[:, self._index[key]]

    def regional(self, template: str, us_key: str) -> np.ndarray:
        """Stack a per-region parameter as (N, R), US first, from `template.format(region)`."""
        cols = [self[us_key]] + [self[template.format(r)] for r in REGIONS[1:]]
        return np.stack(cols, axis=1)


def _column_index() -> dict[str, int]:
    global _COLUMN_INDEX
    if _COLUMN_INDEX is None:
        _COLUMN_INDEX = {k: i for i, k in enumerate(P.keys())}
    return _COLUMN_INDEX


_COLUMN_INDEX = None


def run(matrix: np.ndarray, end_year: int = DEFAULT_END_YEAR) -> dict[str, np.ndarray]:
    """Simulate N scenarios; `matrix` is (N, P) in table order and units. Returns arrays (N, T).

    Money in $B per year (nominal), power in GW, ratios as fractions, shares of GDP in %.
    Also returns the per-scenario arrays 'bust_year' (0 = no bust) and 'bust_depth_pct'.
    """
    end_year = check_end_year(end_year)
    m = np.atleast_2d(np.asarray(matrix, dtype=float))
    n, T, R = m.shape[0], end_year - START_YEAR + 1, len(REGIONS)
    c = _Columns(m)
    k = np.arange(T, dtype=float)                     # years since 2024

    # --- 1. Capex growth schedule (S3, R8): near-term rate in 2025-26, fading to the long run.
    g_near_us = c.pct("capex_growth")
    factors = np.stack([np.ones(n)] + [c[f"growth_factor_{r}"] for r in REGIONS[1:]], axis=1)
    g_near = g_near_us[:, None] * factors                                  # (N, R)
    g_lr = c.pct("capex_growth_long_run")[:, None]                         # (N, 1)
    fade = 0.5 ** (np.maximum(k - 2.0, 0.0)[None, :] / c["capex_fade_halflife"][:, None])  # (N, T)
    growth = g_lr[:, :, None] + (g_near - g_lr)[:, :, None] * fade[:, None, :]             # (N, R, T)
    capex_2024 = c.regional("capex_2024_{}", "capex_2024_us")

    # --- 2. Power available (R4, R5, S1, S2): US build-out phases in over the interconnection lag.
    ramp = np.clip(k[None, :] / c["interconnection_lag"][:, None], 0.0, 1.0)              # (N, T)
    queued = c["us_power_queued_gw"][:, None]
    us_additions = queued + (c["power_buildout"][:, None] - queued) * ramp
    other_additions = np.stack([c[f"buildout_{r}"] for r in REGIONS[1:]], axis=1)         # (N, R-1)
    additions = np.concatenate(
        [us_additions[:, None, :], np.broadcast_to(other_additions[:, :, None], (n, R - 1, T))],
        axis=1)
    power_2024 = c.regional("power_2024_{}", "us_power_2024_gw")
    available = power_2024[:, :, None] + np.cumsum(additions, axis=2)                     # (N, R, T)

    # --- 3. Vintages (R2, R3): cost per GW, survival by age, efficiency of each vintage.
    capex_per_gw = c["capex_per_gw"][:, None] * (1.0 + c.pct("capex_per_gw_growth"))[:, None] ** k
    life = c["useful_life"][:, None]
    survival = np.clip(life - k[None, :], 0.0, 1.0)            # (N, age): share of a vintage in service
    gain = 1.0 + c.pct("efficiency_gain")[:, None]
    vintage_efficiency = gain ** k[None, :]                    # (N, T): serving power per GW of vintage
    # Initial fleet: uniform ages over the useful life; share still in service in year k.
    init_left = np.clip(1.0 - (k[None, :] + 1.0) / life, 0.0, 1.0)                       # (N, T)
    init_gw = power_2024[:, :, None] * init_left[:, None, :]                              # (N, R, T)
    init_effective = init_gw.sum(axis=1) * gain ** (-INITIAL_FLEET_AGE)                    # (N, T)

    # --- 4. Monetization demand (R6, R7): continuous Bass diffusion from the 2024 anchor.
    potential = c["revenue_potential"][:, None] * (1.0 + c.pct("gdp_growth"))[:, None] ** k
    revenue_demand = potential * _bass_share(
        c.pct("bass_innovation"), c.pct("monetization_speed"),
        c["ai_revenue_2024"] / c["revenue_potential"], k)
    revenue_per_gw = c["revenue_per_gw"] * c.pct("utilisation")

    # R1 multiplier: required revenue = capex × accelerator share ÷ GPU share of cost ÷ (1 − margin)
    r1_factor = c.pct("gpu_share_of_capex") / c.pct("gpu_share_of_dc_cost") / (1.0 - c.pct("end_user_margin"))
    circular = c.pct("circular_share")
    judged_share = 1.0 - circular * c.pct("investor_lookthrough")   # revenue investors count
    inv_threshold = 1.0 / c.pct("coverage_threshold")
    patience = c["patience_years"]
    severity = c.pct("bust_severity")
    cancel = c.pct("backlog_cancel_rate")[:, None]

    # Vintage kernel [t, v]: share of vintage v in service in year t (0 for v > t: the gather
    # reads a zero column appended to the survival table).
    age = np.arange(T)[:, None] - np.arange(T)[None, :]
    padded = np.concatenate([survival, np.zeros((n, 1))], axis=1)
    in_service = padded[:, np.where(age >= 0, age, T)]                                  # (N, T, T)
    serving = in_service * vintage_efficiency[:, None, :]

    # --- yearly loop: capex ↔ power ↔ revenue ↔ investor patience
    capex = np.empty((n, R, T))
    backlog_hist = np.empty((n, R, T))
    cancelled_hist = np.empty((n, R, T))
    new_gw = np.zeros((n, R, T))
    new_gw_total = np.zeros((n, T, 1))
    fleet_hist = np.empty((n, R, T))
    revenue = np.empty((n, T))
    capacity = np.empty((n, T))
    required_r1 = np.empty((n, T))
    impatience_hist = np.zeros((n, T))
    busted = np.zeros(n, dtype=bool)
    any_busted = False
    cut_next = None
    bust_year = np.zeros(n, dtype=int)
    impatience = np.zeros(n)
    backlog = np.zeros((n, R))
    growth_t = np.moveaxis(growth, 2, 0)                                                # (T, N, R)
    available_t = np.moveaxis(available, 2, 0)
    init_gw_t = np.moveaxis(init_gw, 2, 0)
    cpg_t = capex_per_gw.T[:, :, None]                                                  # (T, N, 1)
    prev_capex = capex_2024
    peak_capex = np.zeros((n, R))
    for t in range(T):
        if t == 0:
            planned = capex_2024
            cancelled = backlog
        else:
            # After a bust capex grows at most at the long-run rate (never faster than planned).
            g = (np.where(busted[:, None], np.minimum(g_lr, growth_t[t]), growth_t[t])
                 if any_busted else growth_t[t])
            planned = prev_capex * (1.0 + g)
            if cut_next is None:
                cancelled = backlog * cancel
            else:
                # A bust sets planned capex to (1 − severity) of its peak so far and abandons
                # the same share of the backlog.
                keep = np.where(cut_next, 1.0 - severity, 1.0)[:, None]
                planned = np.where(cut_next[:, None], peak_capex * keep, planned)
                cancelled = backlog * (1.0 - (1.0 - cancel) * keep)
        desired = planned + backlog - cancelled
        # GW still in service from earlier vintages (age ≥ 1) plus the initial fleet.
        fleet_before = (new_gw[:, :, :t] @ in_service[:, t, :t, None])[:, :, 0] + init_gw_t[t]
        cpg = cpg_t[t]
        headroom = np.maximum(available_t[t] - fleet_before, 0.0) * cpg
        spent = np.minimum(desired, headroom)
        backlog = desired - spent
        capex[:, :, t] = spent
        backlog_hist[:, :, t] = backlog
        cancelled_hist[:, :, t] = cancelled
        new_gw[:, :, t] = gw = spent / cpg
        new_gw_total[:, t, 0] = gw.sum(axis=1)
        fleet_hist[:, :, t] = fleet_before
        # Revenue: Bass demand, capped by what the installed compute can serve.
        effective = (serving[:, t:t + 1, :] @ new_gw_total)[:, 0, 0] + init_effective[:, t]
        capacity[:, t] = cap = effective * revenue_per_gw
        revenue[:, t] = rev = np.minimum(revenue_demand[:, t], cap)
        required_r1[:, t] = req = spent.sum(axis=1) * r1_factor
        # 7. Investor patience: gap-years accumulate from 2025 while coverage is below threshold.
        cut_next = None
        if t >= 1:
            judged = rev * judged_share / np.maximum(req, 1e-9)
            impatience = np.maximum(impatience + 1.0 - judged * inv_threshold, 0.0)
            impatience_hist[:, t] = impatience
            trigger = impatience >= patience
            if trigger.any():
                trigger &= ~busted
                if trigger.any():
                    bust_year[trigger] = START_YEAR + t
                    busted |= trigger
                    any_busted = True
                    cut_next = trigger
        prev_capex = spent
        peak_capex = np.maximum(peak_capex, spent)
    desired_hist = capex + backlog_hist

    out: dict[str, np.ndarray] = {}
    _capex_outputs(out, capex, backlog_hist, cancelled_hist, desired_hist)
    _power_outputs(out, available, fleet_hist, new_gw, desired_hist, capex_per_gw)
    _revenue_outputs(out, revenue, capacity, revenue_demand, required_r1, circular, judged_share,
                     impatience_hist)
    _cost_outputs(out, c, capex, in_service, life, capex_per_gw, power_2024, init_left)
    _financing_outputs(out, c, capex.sum(axis=1), revenue, k)
    _macro_outputs(out, c, capex[:, 0, :], k)
    _stress_output(out, circular)
    _bust_outputs(out, capex.sum(axis=1), bust_year)
    return out


def _bass_share(p: np.ndarray, q: np.ndarray, f0: np.ndarray, k: np.ndarray) -> np.ndarray:
    """Adoption share F(k) of the continuous Bass model starting at F(0)=f0 (R7). Shape (N, T).

    F(τ) = (1 − e^{−(p+q)τ}) / (1 + (q/p) e^{−(p+q)τ}); the clock is shifted so that F = f0 at k=0.
    p = 0 is handled as the logistic limit.
    """
    p = np.maximum(p, 1e-6)[:, None]
    q = q[:, None]
    s = p + q
    f0 = np.clip(f0, 1e-9, 0.999)[:, None]
    # Solve F(τ0) = f0 for τ0:  e^{−sτ0} = (1 − f0) / (1 + f0 q / p)
    decay0 = (1.0 - f0) / (1.0 + f0 * q / p)
    decay = decay0 * np.exp(-s * k[None, :])
    return (1.0 - decay) / (1.0 + (q / p) * decay)


def _capex_outputs(out, capex, backlog, cancelled, desired):
    out["capex_total_busd"] = capex.sum(axis=1)
    for i, r in enumerate(REGIONS):
        out[f"capex_{r}_busd"] = capex[:, i, :]
    out["capex_desired_busd"] = desired.sum(axis=1)
    out["capex_backlog_busd"] = backlog.sum(axis=1)
    out["capex_cancelled_busd"] = cancelled.sum(axis=1)


def _power_outputs(out, available, fleet_before, new_gw, desired, capex_per_gw):
    demand = fleet_before + desired / capex_per_gw[:, None, :]
    load = fleet_before + new_gw
    out["power_demand_us_gw"] = demand[:, 0, :]
    out["power_available_us_gw"] = available[:, 0, :]
    out["power_shortfall_us_gw"] = np.maximum(demand[:, 0, :] - available[:, 0, :], 0.0)
    out["power_load_us_gw"] = load[:, 0, :]
    out["power_load_total_gw"] = load.sum(axis=1)
    out["power_shortfall_total_gw"] = np.maximum(demand - available, 0.0).sum(axis=1)


def _revenue_outputs(out, revenue, capacity, demand, required_r1, circular, judged_share, impatience):
    out["ai_revenue_busd"] = revenue
    out["ai_revenue_organic_busd"] = revenue * (1.0 - circular[:, None])
    out["ai_revenue_circular_busd"] = revenue * circular[:, None]
    out["ai_revenue_demand_busd"] = demand
    out["compute_capacity_busd"] = capacity
    out["required_revenue_busd"] = required_r1
    safe = np.maximum(required_r1, 1e-9)
    out["revenue_coverage_ratio"] = revenue / safe
    out["organic_coverage_ratio"] = out["ai_revenue_organic_busd"] / safe
    out["judged_coverage_ratio"] = revenue * judged_share[:, None] / safe
    out["investor_impatience"] = impatience


def _cost_outputs(out, c, capex, in_service, life, capex_per_gw, power_2024, init_left):
    """Depreciation, book value, energy and full-cost required revenue (R2, R3, R5)."""
    total = capex.sum(axis=1)                                              # (N, T)
    # Straight-line over the (fractional) life: a vintage writes off survival(age)/life a year;
    # book value is what has been spent less what has been written off.
    dep_new = (in_service @ total[:, :, None])[:, :, 0] / life
    book_new = np.cumsum(total, axis=1) - np.cumsum(dep_new, axis=1)
    init_value = power_2024.sum(axis=1)[:, None] * capex_per_gw[:, :1]    # replacement cost, 2024
    init_book = init_value * init_left ** 2 / 2.0
    init_prev = np.concatenate([init_value / 2.0, init_book[:, :-1]], axis=1)
    out["depreciation_busd"] = dep_new + (init_prev - init_book)
    out["invested_capital_busd"] = book_new + init_book
    load = out["power_load_total_gw"]
    out["energy_cost_busd"] = load * HOURS_PER_YEAR * c.pct("utilisation")[:, None] \
        * c["power_price"][:, None] / 1e6
    out["required_revenue_fullcost_busd"] = (out["depreciation_busd"] + out["energy_cost_busd"]
                                             + c.pct("cost_of_capital")[:, None]
                                             * out["invested_capital_busd"])
    out["fullcost_coverage_ratio"] = out["ai_revenue_busd"] / np.maximum(
        out["required_revenue_fullcost_busd"], 1e-9)


def _financing_outputs(out, c, capex_total, revenue, k):
    """Cash flow first, then the five external channels of S4 by their mix weights; debt stock."""
    n, T = capex_total.shape
    ebitda = (c["ebitda_2024"][:, None] * (1.0 + c.pct("ebitda_growth"))[:, None] ** k
              + c.pct("ai_ebitda_margin")[:, None] * revenue)
    mix = np.stack([c["mix_debt"], c["mix_equity"], c["mix_spv"], c["mix_leasing"],
                    c["mix_commitments"]], axis=1)
    total = mix.sum(axis=1, keepdims=True)
    weights = np.where(total > 0, mix / np.where(total > 0, total, 1.0), np.eye(5)[0])
    debt_like = weights[:, 0] + weights[:, 2] + weights[:, 3]     # debt, SPV/private credit, leasing
    rate = c.pct("interest_rate")
    amort = c.pct("debt_amortisation")
    reinvest = c.pct("reinvest_share")
    debt = np.empty((n, T))
    interest = np.empty((n, T))
    cash = np.empty((n, T))
    stock = c["debt_2024"].copy()
    for t in range(T):
        interest[:, t] = rate * stock
        available = np.maximum(reinvest * ebitda[:, t] - interest[:, t], 0.0)
        cash[:, t] = np.minimum(capex_total[:, t], available)
        stock = stock * (1.0 - amort) + debt_like * (capex_total[:, t] - cash[:, t])
        debt[:, t] = stock
    external = capex_total - cash
    out["financing_cashflow_busd"] = cash
    for i, name in enumerate(("debt", "equity", "spv", "leasing", "commitments")):
        out[f"financing_{name}_busd"] = weights[:, i, None] * external
    out["debt_stock_busd"] = debt
    out["interest_busd"] = interest
    out["ebitda_busd"] = ebitda
    out["leverage_ratio"] = debt / np.maximum(ebitda, 1e-9)


def _macro_outputs(out, c, capex_us, k):
    """US AI capex as % of GDP and its contribution to real GDP growth (S4)."""
    gdp = c["us_gdp_2024"][:, None] * (1.0 + c.pct("gdp_growth"))[:, None] ** k
    breadth = c["ai_capex_breadth"][:, None]
    broad = breadth * capex_us
    prev_broad = np.concatenate([broad[:, :1] * CAPEX_2023_OVER_2024, broad[:, :-1]], axis=1)
    prev_gdp = np.concatenate([gdp[:, :1] / (1.0 + c.pct("gdp_growth"))[:, None], gdp[:, :-1]], axis=1)
    domestic = (1.0 - c.pct("import_share"))[:, None] * c["gdp_multiplier"][:, None]
    out["us_gdp_busd"] = gdp
    out["us_ai_investment_busd"] = broad
    out["us_ai_capex_share_gdp_pct"] = 100.0 * broad / gdp
    out["us_gdp_growth_contribution_pp"] = 100.0 * domestic * (broad - prev_broad) / prev_gdp


def _stress_output(out, circular):
    """Stress index 0-100: weighted coverage gap, leverage, power shortfall and circularity."""
    parts = {
        "coverage": np.clip(1.0 - out["organic_coverage_ratio"], 0.0, 1.0),
        "leverage": np.clip(out["leverage_ratio"] / STRESS_LEVERAGE_MAX, 0.0, 1.0),
        "power": np.clip(out["power_shortfall_us_gw"]
                         / np.maximum(out["power_demand_us_gw"], 1e-9) / STRESS_SHORTFALL_MAX, 0.0, 1.0),
        "circularity": np.broadcast_to(
            np.clip(circular / STRESS_CIRCULARITY_MAX, 0.0, 1.0)[:, None],
            out["leverage_ratio"].shape),
    }
    for name, part in parts.items():
        out[f"stress_{name}"] = 100.0 * STRESS_WEIGHTS[name] * part
    out["stress_index"] = sum(out[f"stress_{name}"] for name in parts)


def _bust_outputs(out, capex_total, bust_year):
    """Per-scenario bust year (0 = none) and depth: % fall of capex from its pre-bust peak to the
    lowest level after the bust."""
    n, T = capex_total.shape
    yrs = START_YEAR + np.arange(T)
    depth = np.zeros(n)
    hit = bust_year > 0
    if hit.any():
        before = yrs[None, :] <= bust_year[:, None]
        peak = np.where(before, capex_total, 0.0).max(axis=1)
        trough = np.where(~before, capex_total, np.inf).min(axis=1)
        trough = np.where(np.isfinite(trough), trough, peak)
        depth = np.where(hit, 100.0 * (1.0 - trough / np.maximum(peak, 1e-9)), 0.0)
    out["bust_flag"] = (yrs[None, :] == bust_year[:, None]).astype(float)
    out["bust_year"] = bust_year
    out["bust_depth_pct"] = np.maximum(depth, 0.0)

"""The stocks and flows of the AI-infrastructure boom, vectorised over scenarios.

`run(matrix, end_year)` takes an array of shape (N scenarios, P parameters) in the parameter
table's order and units and returns a dict of arrays of shape (N, T years). Every equation is
written out, with its source label, in docs/MODEL.md; the section numbers below match it.

One yearly loop carries everything that feeds back within or across years: investor confidence
sets this year's plans; power, refits and relocation decide what can be built; each kind of
builder spends only what it can fund; the installed compute decides how much demand is served;
revenue against the installed base's full cost moves investor confidence; losses and leverage
move credit. Macro figures and the stress index are read off the finished paths afterwards.
"""
from __future__ import annotations

import math

import numpy as np

from . import parameters as P

START_YEAR = 2024
DEFAULT_END_YEAR = 2050
MAX_END_YEAR = 2060
MIN_END_YEAR = 2030
REGIONS = ("us", "china", "eu", "uk", "row")
ROW = REGIONS.index("row")
KINDS = ("hyperscaler", "second_tier", "lab")

HOURS_PER_YEAR = 8760.0
# R1 (Sequoia): the yardstick's two constants, fixed by the method. Required revenue is GPU
# spend ÷ the GPU share of data-centre cost ÷ (1 − the end user's gross margin) = spend × 4.
R1_GPU_SHARE_OF_DC_COST = 0.5
R1_END_USER_MARGIN = 0.5
# R8: big-4 capex was ~$148B in 2023 against ~$228B in 2024; used only to give 2024 a
# previous year for the GDP-growth contribution.
CAPEX_2023_OVER_2024 = 148.0 / 228.0
# The initial (pre-2024) fleet is on average two years old (§3).
INITIAL_FLEET_AGE = 2.0
# §7 investor confidence: the pull-back is a logistic function of the impatience stock; this
# is its width in gap-years (a smooth response, no threshold).
PULLBACK_WIDTH = 0.5
# Share of the impatience stock that fades each year (§7).
IMPATIENCE_LEAK = 0.1
# In a full pull-back planned growth turns into shrinkage of at most this multiple of the
# planned growth rate, and never more than MAX_SHRINK a year.
MAX_SHRINK_FACTOR = 0.25
MAX_SHRINK = 0.4
# A year of coverage above the threshold works off at most this many gap-years.
MAX_RECOVERY_PER_YEAR = 1.0
# How much a full pull-back amplifies a coverage shortfall (the panic feeds itself), and how far
# impatience can run past patience (so that recovery takes a bounded time).
PANIC_FEEDBACK = 2.0
MAX_EXCESS = 2.0
# §6 credit: spread widening (percentage points) at a full pull-back; when the second tier's
# debt reaches the full book value of its hardware (widening from the lenders' loan-to-value
# limit on); and the widening at which credit is closed altogether.
SPREAD_PER_PULLBACK = 6.0
SPREAD_PER_LTV = 3.0
INITIAL_LTV_USE = 0.5
# Second-tier leverage is reported and used up to this multiple (EBITDA near zero in a bust).
LEVERAGE_CAP = 20.0
SPREAD_CLOSED = 8.0
# Crowding out: planned growth falls to zero as broad US AI investment reaches this share of
# GDP, and turns negative beyond it. No infrastructure boom on record went far past it (the
# British railway mania peaked near 7% of GDP in 1847).
CROWDING_LIMIT = 0.08
# Share of the plan that could not be funded that builders keep in next year's plan.
FUNDING_MEMORY = 0.5
# Hyperscalers borrow at most this share of their remaining credit room in one year, so their
# debt approaches its limit smoothly instead of hitting a wall (§6). (The second tier's loans
# finance its purchases against the purchased hardware, so it has no such pacing.)
ROOM_USE = 0.5
# At least this share of external money is debt-like, whatever the mix weights (§6).
MIN_DEBT_LIKE = 0.2
# Stress index: weights of its parts (sum 1) and the level at which each part is full (§9).
STRESS_WEIGHTS = {"coverage": 0.20, "leverage": 0.15, "credit": 0.20, "losses": 0.10,
                  "power": 0.10, "circularity": 0.05, "pullback": 0.20}
STRESS_LEVERAGE_MAX = 4.0        # builders' debt ÷ EBITDA at which the leverage part is full
STRESS_SPREAD_MAX = 6.0          # spread widening (pp) at which the credit part is full
STRESS_LOSSES_MAX = 0.25         # write-downs ÷ builders' EBITDA at which the losses part is full
STRESS_SHORTFALL_MAX = 0.5       # share of US power demand unmet at which the power part is full
STRESS_CIRCULARITY_MAX = 0.30    # circular share of revenue at which the circularity part is full


# Output columns that are a year-by-year record of the loop, and the record they come from.
COLUMN_FROM_HISTORY = {
    "capex_desired_busd": "capex_desired",
    "capex_backlog_busd": "capex_backlog",
    "capex_cancelled_busd": "capex_cancelled",
    "capex_unfunded_busd": "capex_unfunded",
    "capex_refit_busd": "capex_refit",
    "capex_relocated_busd": "capex_relocated",
    "ai_revenue_busd": "revenue",
    "ai_revenue_organic_busd": "organic",
    "ai_revenue_circular_busd": "circular",
    "ai_revenue_demand_busd": "demand",
    "compute_capacity_busd": "capacity",
    "compute_price_index": "price",
    "required_revenue_fullcost_busd": "fullcost",
    "judged_coverage_ratio": "judged_cov",
    "investor_impatience": "impatience",
    "investor_pullback": "pullback",
    "depreciation_busd": "depreciation",
    "writedown_busd": "writedown",
    "invested_capital_busd": "invested",
    "energy_cost_busd": "energy",
}


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
        self._index = {k: i for i, k in enumerate(P.keys())}

    def __getitem__(self, key: str) -> np.ndarray:
        return self._m[:, self._index[key]]

    def pct(self, key: str) -> np.ndarray:
        return self._m[:, self._index[key]] / 100.0

    def regional(self, template: str, us_key: str) -> np.ndarray:
        """Stack a per-region parameter as (N, R), US first, from `template.format(region)`."""
        cols = [self[us_key]] + [self[template.format(r)] for r in REGIONS[1:]]
        return np.stack(cols, axis=1)


def progress(rate0: np.ndarray, halflife: np.ndarray, k: np.ndarray) -> np.ndarray:
    """Cumulative log-growth Σ of a yearly rate that starts at `rate0` (fraction) and halves
    every `halflife` years, continuous in time (§3): ln(1+rate0) × h/ln2 × (1 − 2^(−k/h)).
    Shapes: rate0, halflife (N,), k (T,) → (N, T). Its limit for k → ∞ is ln(1+rate0)·h/ln2."""
    h = halflife[:, None]
    return np.log1p(rate0)[:, None] * h / math.log(2.0) * (1.0 - 0.5 ** (k[None, :] / h))


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
    col = lambda a: a[:, None]                        # noqa: E731  (N,) → (N, 1)

    # --- 1. Capex growth schedule (S3, R8): near-term rate in 2025-26, fading to the long run.
    factors = np.stack([np.ones(n)] + [c[f"growth_factor_{r}"] for r in REGIONS[1:]], axis=1)
    g_near = col(c.pct("capex_growth")) * factors                              # (N, R)
    g_lr = col(c.pct("capex_growth_long_run"))
    fade = 0.5 ** (np.maximum(k - 2.0, 0.0)[None, :] / col(c["capex_fade_halflife"]))   # (N, T)
    growth = g_lr[:, :, None] + (g_near - g_lr)[:, :, None] * fade[:, None, :]         # (N, R, T)
    capex_2024 = c.regional("capex_2024_{}", "capex_2024_us")

    # --- 2. Power available (R4, R5, S1, S2), grid GW; IT GW = grid GW ÷ PUE (R12).
    pue = c["pue"]
    ramp = np.clip(k[None, :] / col(c["interconnection_lag"]), 0.0, 1.0)
    queued = col(c["us_power_queued_gw"])
    us_additions = queued + (col(c["power_buildout"]) - queued) * ramp
    other = np.stack([c[f"buildout_{r}"] for r in REGIONS[1:]], axis=1)
    additions = np.concatenate(
        [us_additions[:, None, :], np.broadcast_to(other[:, :, None], (n, R - 1, T))], axis=1)
    power_2024 = c.regional("power_2024_{}", "us_power_2024_gw")
    available = power_2024[:, :, None] + np.cumsum(additions, axis=2)          # (N, R, T) grid GW
    available_it = available / pue[:, None, None]

    # --- 3. Hardware: cost per GW and efficiency with slowing progress (R2, R9, R11).
    halflife = c["tech_halflife"]
    capex_per_gw = col(c["capex_per_gw"]) * np.exp(progress(c.pct("capex_per_gw_growth"), halflife, k))
    efficiency = np.exp(progress(c.pct("efficiency_gain"), halflife, k))          # (N, T) per vintage
    life = c["useful_life"]
    age = np.arange(T, dtype=float)
    survival = np.clip(col(life) - age[None, :], 0.0, 1.0)                     # S(a), (N, A)
    remaining = np.maximum(col(life) - age[None, :], 0.0)                      # life left at age a
    dep_rate = np.where(remaining > 0, survival / np.where(remaining > 0, remaining, 1.0), 0.0)
    init_age_eff = (1.0 + c.pct("efficiency_gain")) ** (-INITIAL_FLEET_AGE)
    init_cost_per_gw = c["capex_per_gw"] * (1.0 + c.pct("capex_per_gw_growth")) ** (-INITIAL_FLEET_AGE)
    init_left = np.clip(1.0 - (k[None, :] + 1.0) / col(life), 0.0, 1.0)   # (N, T)
    power_2024_it = power_2024 / col(pue)

    # Price of compute (§4): full cost of a unit of new compute, relative to 2024.
    wacc = c.pct("cost_of_capital")
    util = c.pct("utilisation")
    energy_per_gw = pue * HOURS_PER_YEAR * util * c["power_price"] / 1e6    # $B per IT GW-year
    unit_cost = (capex_per_gw * col(1.0 / life + wacc) + col(energy_per_gw)) / efficiency
    price = unit_cost / unit_cost[:, :1]                                       # (N, T), 1 in 2024

    # --- 4. Monetization (R6, R7, R10): Bass adoption of a potential that grows with GDP,
    # scaled by the price of compute through the demand elasticity.
    eps = c["price_elasticity"]
    potential = col(c["revenue_potential"]) * (1.0 + col(c.pct("gdp_growth"))) ** k[None, :]
    circular0 = c.pct("circular_share")
    adoption = _bass_share(c.pct("bass_innovation"), c.pct("monetization_speed"),
                           c["ai_revenue_2024"] * (1.0 - circular0) / c["revenue_potential"], k)
    organic_demand = potential * adoption * price ** col(1.0 - eps)            # $B/yr at cost price
    revenue_per_unit = c["revenue_per_gw"] * util                              # $B per 2024-GW-year

    # R1 yardstick (displayed only): capex × accelerator share ÷ GPU share of cost ÷ (1 − margin)
    r1_factor = c.pct("gpu_share_of_capex") / R1_GPU_SHARE_OF_DC_COST / (1.0 - R1_END_USER_MARGIN)

    # Builders: kinds' capex shares (S3, S5).
    s_n, s_l = c.pct("share_second_tier"), c.pct("share_labs")
    shares = np.stack([1.0 - s_n - s_l, s_n, s_l], axis=1)                     # (N, 3)
    mix = np.stack([c["mix_debt"], c["mix_equity"], c["mix_spv"], c["mix_leasing"],
                    c["mix_commitments"]], axis=1)
    total_mix = mix.sum(axis=1, keepdims=True)
    weights = np.where(total_mix > 0, mix / np.where(total_mix > 0, total_mix, 1.0), np.eye(5)[0])
    debt_like = np.maximum(weights[:, 0] + weights[:, 2] + weights[:, 3], MIN_DEBT_LIKE)
    rate = c.pct("interest_rate")
    spread0 = c.pct("credit_spread")
    reinvest = c.pct("reinvest_share")
    margin = c.pct("ai_ebitda_margin")
    lab_rev_share = c.pct("lab_revenue_share")
    ebitda_base = col(c["ebitda_2024"]) * (1.0 + col(c.pct("ebitda_growth"))) ** k[None, :]
    lev_h = c["leverage_limit_hyper"]
    ltv = c.pct("second_tier_ltv")
    amort = c.pct("debt_amortisation")
    lab_multiple = c["lab_equity_multiple"]

    threshold = c.pct("coverage_threshold")
    patience = c["patience_years"]
    severity = c.pct("bust_severity")
    writedown = c.pct("stranded_writedown")
    lookthrough = c.pct("investor_lookthrough")
    cancel = col(c.pct("backlog_cancel_rate"))
    refit_rate = col(c.pct("refit_rate"))
    relocate = c.pct("relocation_share")
    premium = 1.0 + c.pct("relocation_premium")

    # --- state ---
    built = np.zeros((n, R, T))          # IT GW bought in year v, by region
    alive_mult = np.ones((n, R, T))      # share of vintage v not retired early by refits
    init_mult = np.ones((n, R))          # the same for the initial fleet
    book = np.zeros((n, T))              # book value of vintage v, all kinds ($B)
    book_n = np.zeros((n, T))            # … of which the second tier's
    init_book = power_2024_it.sum(axis=1) * init_cost_per_gw / 2.0      # uniform ages: half written off
    init_book_n = init_book * s_n
    # The second tier starts at INITIAL_LTV_USE of its lenders' limit on its pre-2024 hardware;
    # the hyperscalers hold the rest of the AI-related debt of 2024.
    debt_n0 = np.minimum(INITIAL_LTV_USE * ltv * init_book_n, c["debt_2024"])
    debt = np.stack([c["debt_2024"] - debt_n0, debt_n0], axis=1)                  # (N, 2): H, N
    backlog = np.zeros((n, len(KINDS), R))
    # so that the 2024 plan is capex_2024, split by the kinds' shares
    base_prev = shares[:, :, None] * (capex_2024 / (1.0 + growth[:, :, 0]))[:, None, :]
    impatience = np.zeros(n)
    share_prev = np.zeros(n)             # last year's broad US AI investment ÷ GDP
    pull_floor = 1.0 / (1.0 + np.exp(patience / PULLBACK_WIDTH))     # the logistic at zero
    gdp_path = col(c["us_gdp_2024"]) * (1.0 + col(c.pct("gdp_growth"))) ** k[None, :]
    breadth = c["ai_capex_breadth"]
    pullback_prev = np.zeros(n)
    spread_extra = np.zeros(n)
    cloud_2024 = c["ai_revenue_2024"] * (1.0 - circular0) * (1.0 - lab_rev_share) \
        + c["ai_revenue_2024"] * circular0
    kind_w = shares[:, :2] / np.maximum(shares[:, :2].sum(axis=1, keepdims=True), 1e-12)
    ebitda_h_prev = ebitda_base[:, 0] + margin * cloud_2024 * kind_w[:, 0]
    ebitda_n_prev = margin * cloud_2024 * kind_w[:, 1]

    hist = {name: np.zeros((n, T)) for name in (
        "capex_desired", "capex_backlog", "capex_cancelled", "capex_unfunded", "capex_refit",
        "capex_relocated", "revenue", "organic", "circular", "demand", "capacity", "price",
        "depreciation", "writedown", "energy", "invested", "fullcost", "judged_cov",
        "impatience", "pullback", "spread", "ebitda", "lev_n", "ltv_now", "interest", "debt", "debt_n",
        "cash", "external_hn", "lab_equity", "lab_vendor", "lender_losses", "circular_share",
        "stranded")}
    capex_r = np.zeros((n, R, T))
    capex_kind = np.zeros((n, 3, T))
    load_it = np.zeros((n, R, T))        # IT GW drawing power at the end of each year
    demand_gw = np.zeros((n, R, T))
    bust_year = np.zeros(n, dtype=int)
    vintage_idx = np.arange(T)

    for t in range(T):
        # 7. Confidence: last year's impatience sets this year's pull-back (0 … 1), smoothly.
        # Rescaled so that no impatience means no pull-back at all.
        pull = (1.0 / (1.0 + np.exp(-(impatience - patience) / PULLBACK_WIDTH)) - pull_floor) \
            / (1.0 - pull_floor)
        new_bust = (pull >= 0.5) & (bust_year == 0)
        bust_year[new_bust] = START_YEAR + t
        cut = 1.0 - severity * pull                                             # (N,)

        # 1. Plans, by kind and region: grow last year's sentiment-free base; a pull-back
        # slows growth and cuts the level, and abandons part of the backlog.
        # Crowding out (S4, S5): growth slows as US AI investment nears CROWDING_LIMIT of GDP.
        crowd = np.clip(1.0 - (share_prev / CROWDING_LIMIT) ** 2, -1.0, 1.0)
        g = np.minimum(growth[:, :, t], growth[:, :, t] * col(crowd))
        # A pull-back slows planned growth to zero at pull = 0.5 and turns it into shrinkage
        # beyond (never into faster growth when the trend is negative).
        g = np.maximum(np.minimum(g, g * col(np.maximum(1.0 - 2.0 * pull, -MAX_SHRINK_FACTOR))),
                       -MAX_SHRINK)[:, None, :]
        base = base_prev * (1.0 + g)                                             # (N, K, R)
        # A pull-back also abandons deferred projects: at least the pull-back's share of them.
        cancelled = backlog * np.maximum(cancel, col(pull))[:, :, None]
        desired_k = base * cut[:, None, None] + backlog - cancelled
        desired = desired_k.sum(axis=1)                                          # (N, R)

        # 2-3. Fleet in service (IT GW) before this year's vintage; headroom; refits.
        ages = t - vintage_idx[:t]
        in_service = survival[:, ages]                                           # (N, t)
        alive_old = built[:, :, :t] * alive_mult[:, :, :t] * in_service[:, None, :]
        init_alive = power_2024_it * init_left[:, t:t + 1] * init_mult
        fleet = alive_old.sum(axis=2) + init_alive                              # (N, R)
        kappa = col(capex_per_gw[:, t])
        headroom_gw = np.maximum(available_it[:, :, t] - fleet, 0.0)
        old_mask = (ages >= 2)[None, None, :]
        old_gw = (alive_old * old_mask).sum(axis=2) + init_alive
        refit_cap_gw = refit_rate * old_gw
        power_cap = (headroom_gw + refit_cap_gw) * kappa                         # $B
        # Relocation (S1, S2, S5): part of the US overflow moves to RoW's spare power.
        overflow_us = np.maximum(desired[:, 0] - power_cap[:, 0], 0.0)
        spare_row = np.maximum(power_cap[:, ROW] - desired[:, ROW], 0.0)       # $B at US cost
        moved = np.minimum(relocate * overflow_us, spare_row)
        domestic = np.minimum(desired, power_cap)
        domestic[:, 0] = np.minimum(desired[:, 0] - moved, power_cap[:, 0])
        ratio = np.where(desired > 0, domestic / np.maximum(desired, 1e-12), 1.0)
        us_share_k = desired_k[:, :, 0] / np.maximum(desired[:, :1], 1e-12)      # (N, K)
        moved_k = moved[:, None] * us_share_k
        powered_k = desired_k * ratio[:, None, :]
        powered_k[:, :, ROW] += moved_k * premium[:, None]                       # spent abroad

        # 6. Funding by kind (S3, S4, S5): nobody spends more than it can fund.
        want = powered_k.sum(axis=2)                                             # (N, K)
        spread = spread0 + spread_extra / 100.0
        avail = np.clip(1.0 - spread_extra / SPREAD_CLOSED, 0.0, 1.0)
        interest_h = (rate + spread0) * debt[:, 0]
        interest_n = (rate + spread) * debt[:, 1]
        cash_h = np.maximum(reinvest * ebitda_h_prev - interest_h, 0.0)
        cash_n = np.maximum(reinvest * ebitda_n_prev - interest_n, 0.0)
        room_h = avail * ROOM_USE * np.maximum(lev_h * ebitda_h_prev - debt[:, 0], 0.0) / debt_like
        collateral_n = book_n[:, :t].sum(axis=1) + init_book_n + want[:, 1]
        room_n = avail * np.maximum(ltv * collateral_n - debt[:, 1], 0.0) / debt_like
        if t:
            lab_revenue_prev = hist["organic"][:, t - 1] * lab_rev_share
            vendor_prev = hist["circular"][:, t - 1]
        else:
            lab_revenue_prev = c["ai_revenue_2024"] * (1.0 - circular0) * lab_rev_share
            vendor_prev = c["ai_revenue_2024"] * circular0
        lab_equity = (1.0 - pull) * lab_multiple * lab_revenue_prev
        capacity = np.stack([cash_h + room_h, cash_n + room_n, lab_equity + vendor_prev], axis=1)
        if t == 0:
            capacity = np.maximum(capacity, want)          # 2024 is history: it was funded
        funded = np.where(want > 0, np.minimum(capacity / np.maximum(want, 1e-12), 1.0), 1.0)
        spent_k = powered_k * funded[:, :, None]                                 # (N, K, R)
        spent_kind = spent_k.sum(axis=2)
        spent = spent_k.sum(axis=1)                                              # (N, R)
        unfunded = want.sum(axis=1) - spent_kind.sum(axis=1)
        backlog = desired_k * (1.0 - ratio[:, None, :])
        backlog[:, :, 0] -= moved_k
        backlog = np.maximum(backlog, 0.0)
        moved_spent = (moved_k * funded).sum(axis=1) * premium                   # $B spent abroad

        # New GW; refits retire the oldest hardware early.
        gw = spent / kappa
        gw[:, ROW] -= moved_spent * (1.0 - 1.0 / premium) / kappa[:, 0]   # relocated GW cost more
        refit_gw = np.clip(gw - headroom_gw, 0.0, refit_cap_gw)
        retire = np.where(old_gw > 0, refit_gw / np.maximum(old_gw, 1e-12), 0.0)   # (N, R)
        built[:, :, t] = gw
        if t:
            mask = (ages >= 2)
            alive_mult[:, :, :t] *= np.where(mask[None, None, :], 1.0 - retire[:, :, None], 1.0)
        init_mult *= 1.0 - retire
        capex_r[:, :, t] = spent
        load_it[:, :, t] = fleet - refit_gw + gw           # refitted hardware no longer draws power
        demand_gw[:, :, t] = fleet + desired / kappa

        # 3. Effective compute and revenue capacity (2024-GW equivalents).
        eff_units = ((built[:, :, :t + 1] * alive_mult[:, :, :t + 1]).sum(axis=1)
                     * np.concatenate([in_service, np.ones((n, 1))], axis=1)
                     * efficiency[:, :t + 1]).sum(axis=1)
        eff_units += (init_alive * (1.0 - retire)).sum(axis=1) * init_age_eff
        capacity_rev = eff_units * revenue_per_unit * price[:, t]

        # 4. Revenue: demand served by the installed compute; circular deals unwind with pull.
        circ = circular0 * (1.0 - pull)
        demand_total = organic_demand[:, t] / (1.0 - circ)
        served = np.minimum(demand_total, capacity_rev)
        organic = served * (1.0 - circ)

        # 5. Full cost of the installed base: depreciation, write-downs, energy, capital.
        spent_total = spent.sum(axis=1)
        alive_w = alive_old.sum(axis=1)                                           # (N, t)
        retired_w = (alive_old * retire[:, :, None] * old_mask).sum(axis=1)
        early = np.where(alive_w > 0, retired_w / np.maximum(alive_w, 1e-12), 0.0)
        book[:, t] = spent_total
        book_n[:, t] = spent_kind[:, 1]
        rates_all = np.concatenate([dep_rate[:, ages], dep_rate[:, :1]], axis=1)   # ages t − v, v ≤ t
        early_all = np.concatenate([early, np.zeros((n, 1))], axis=1)
        # write-down of stranded hardware when the pull-back deepens (S5)
        deepen = np.maximum(pull - pullback_prev, 0.0) * writedown
        dep = book[:, :t + 1] * rates_all
        stranded_share = col(deepen) * (1.0 - early_all)        # refitted hardware is retired
        loss_share = early_all + stranded_share
        loss = (book[:, :t + 1] - dep) * loss_share
        dep_n = book_n[:, :t + 1] * rates_all
        loss_n = (book_n[:, :t + 1] - dep_n) * loss_share
        stranded = ((book[:, :t + 1] - dep) * stranded_share).sum(axis=1)
        stranded_n = ((book_n[:, :t + 1] - dep_n) * stranded_share).sum(axis=1)
        book[:, :t + 1] -= dep + loss
        book_n[:, :t + 1] -= dep_n + loss_n
        init_dep = np.where(init_left[:, t] > 0, init_book * (1.0 - init_left[:, t] ** 2
                            / np.maximum((init_left[:, t] + 1.0 / life) ** 2, 1e-12)), init_book)
        init_early = (init_alive * retire).sum(axis=1) / np.maximum(init_alive.sum(axis=1), 1e-12)
        init_loss = (init_book - init_dep) * (init_early + deepen * (1.0 - init_early))
        stranded = stranded + (init_book - init_dep) * deepen * (1.0 - init_early)
        stranded_n = stranded_n + (init_book_n - init_dep * init_book_n / np.maximum(init_book, 1e-12)) \
            * deepen * (1.0 - init_early)
        init_dep_n = init_dep * (init_book_n / np.maximum(init_book, 1e-12))
        init_loss_n = init_loss * (init_book_n / np.maximum(init_book, 1e-12))
        init_book = init_book - init_dep - init_loss
        init_book_n = init_book_n - init_dep_n - init_loss_n
        depreciation = dep.sum(axis=1) + init_dep
        written_down = loss.sum(axis=1) + init_loss
        invested = book[:, :t + 1].sum(axis=1) + init_book
        load_grid = load_it[:, :, t].sum(axis=1) * pue
        energy = load_grid * HOURS_PER_YEAR * util * c["power_price"] / 1e6
        fullcost = depreciation + energy + wacc * invested

        # 6. Builders' cash flows and debt.
        cloud_rev = organic * (1.0 - lab_rev_share) + served * circ
        ebitda_h = ebitda_base[:, t] + margin * cloud_rev * kind_w[:, 0]
        ebitda_n = margin * cloud_rev * kind_w[:, 1]
        cash_used = np.stack([np.minimum(cash_h, spent_kind[:, 0]),
                              np.minimum(cash_n, spent_kind[:, 1])], axis=1)
        external = spent_kind[:, :2] - cash_used
        # Lenders lose the debt-financed part of the second tier's stranded collateral (S5).
        book_n_before = collateral_n - want[:, 1]
        stranded_frac = np.where(book_n_before > 1e-9,
                                 stranded_n / np.maximum(book_n_before, 1e-9), 0.0)
        lender_loss = np.clip(stranded_frac, 0.0, 1.0) * debt[:, 1]
        # The second tier repays its asset-backed loans at least in step with the depreciation
        # of the collateral, so its loan-to-value stays at the lenders' limit, not above it.
        repay = debt * amort[:, None]
        repay[:, 1] = np.minimum(np.maximum(repay[:, 1], ltv * (dep_n.sum(axis=1) + init_dep_n)),
                                 debt[:, 1])
        debt = debt - repay + external * debt_like[:, None]
        debt[:, 1] = np.maximum(debt[:, 1] - lender_loss, 0.0)
        lab_equity_used = np.minimum(lab_equity, spent_kind[:, 2])
        vendor_used = spent_kind[:, 2] - lab_equity_used

        # 7. Investors judge revenue they count against the installed base's full cost.
        judged = served * (1.0 - circ * lookthrough) / np.maximum(fullcost, 1e-9)
        gap = np.clip(1.0 - judged / threshold, -MAX_RECOVERY_PER_YEAR, 1.0)
        # A pull-back feeds itself (falling prices, wider spreads, unwinding deals: S3, S5):
        # while coverage is short, a pull-back amplifies the shortfall investors feel.
        gap = np.where(gap > 0, gap * (1.0 + PANIC_FEEDBACK * pull), gap)
        # Investors forget a share IMPATIENCE_LEAK of old grievances each year: a leaky stock,
        # so a small change in coverage moves impatience by a bounded amount.
        if t:
            impatience = np.clip(impatience * (1.0 - IMPATIENCE_LEAK) + gap, 0.0,
                                 patience + MAX_EXCESS)

        # 6. Credit: spreads widen with the pull-back and second-tier leverage (R14, S4, S5).
        lev_n = np.where(debt[:, 1] > 0, debt[:, 1] / np.maximum(
            ebitda_n, np.maximum(debt[:, 1], 1e-12) / LEVERAGE_CAP), 0.0)
        # The second tier's loan-to-value: debt over the book value of its hardware. Lenders
        # lend up to `second_tier_ltv`; write-downs push it past that and spreads widen (S5).
        ltv_now = np.minimum(debt[:, 1] / np.maximum(book_n[:, :t + 1].sum(axis=1) + init_book_n,
                                                      1e-9), LEVERAGE_CAP)   # bounded when run off
        spread_extra = (SPREAD_PER_PULLBACK * pull
                        + SPREAD_PER_LTV * np.clip((ltv_now - ltv) / np.maximum(1.0 - ltv, 1e-9),
                                                   0.0, 1.0))

        for name, value in (
                ("capex_desired", desired.sum(axis=1)), ("capex_backlog", backlog.sum(axis=(1, 2))),
                ("capex_cancelled", cancelled.sum(axis=(1, 2))), ("capex_unfunded", unfunded),
                ("capex_refit", (refit_gw * kappa).sum(axis=1)), ("capex_relocated", moved_spent),
                ("revenue", served), ("organic", organic), ("circular", served * circ),
                ("demand", demand_total), ("capacity", capacity_rev), ("price", price[:, t]),
                ("depreciation", depreciation), ("writedown", written_down), ("energy", energy),
                ("invested", invested), ("fullcost", fullcost), ("judged_cov", judged),
                ("impatience", impatience), ("pullback", pull), ("spread", 100.0 * spread),
                ("ebitda", ebitda_h + ebitda_n), ("lev_n", lev_n), ("ltv_now", ltv_now),
                ("interest", interest_h + interest_n), ("debt", debt.sum(axis=1)),
                ("debt_n", debt[:, 1]), ("cash", cash_used.sum(axis=1)),
                ("external_hn", external.sum(axis=1)), ("lab_equity", lab_equity_used),
                ("lab_vendor", vendor_used), ("lender_losses", lender_loss),
                ("circular_share", circ), ("stranded", stranded)):
            hist[name][:, t] = value
        capex_kind[:, :, t] = spent_kind
        # Next year's plan grows from realised spend (so a power wall slows plans), keeping
        # FUNDING_MEMORY of what could not be funded (so a passing squeeze is not a lasting cut).
        share_prev = breadth * spent[:, 0] / gdp_path[:, t]
        base_prev = (spent_k + FUNDING_MEMORY * (1.0 - pull)[:, None, None] * (powered_k - spent_k)) \
            / cut[:, None, None]
        pullback_prev = pull
        ebitda_h_prev, ebitda_n_prev = ebitda_h, ebitda_n

    out: dict[str, np.ndarray] = {}
    total = capex_r.sum(axis=1)
    out["capex_total_busd"] = total
    for i, r in enumerate(REGIONS):
        out[f"capex_{r}_busd"] = capex_r[:, i, :]
    for i, kind in enumerate(KINDS):
        out[f"capex_{kind}_busd"] = capex_kind[:, i, :]
    for column, name in COLUMN_FROM_HISTORY.items():
        out[column] = hist[name]
    _power_outputs(out, available, load_it, demand_gw, pue)
    out["required_revenue_busd"] = req = total * col(r1_factor)
    safe = np.maximum(req, 1e-9)
    out["revenue_coverage_ratio"] = hist["revenue"] / safe
    out["organic_coverage_ratio"] = hist["organic"] / safe
    out["fullcost_coverage_ratio"] = hist["revenue"] / np.maximum(hist["fullcost"], 1e-9)
    _financing_outputs(out, hist, weights, debt_like)
    _macro_outputs(out, c, capex_r[:, 0, :], k)
    _stress_output(out, hist)
    _bust_outputs(out, total, bust_year)
    return out


def _bass_share(p: np.ndarray, q: np.ndarray, f0: np.ndarray, k: np.ndarray) -> np.ndarray:
    """Adoption share F(k) of the continuous Bass model starting at F(0)=f0 (R7). Shape (N, T).

    F(τ) = (1 − e^{−(p+q)τ}) / (1 + (q/p) e^{−(p+q)τ}); the clock is shifted so that F = f0 at k=0.
    """
    p = np.maximum(p, 1e-6)[:, None]
    q = q[:, None]
    s = p + q
    f0 = np.clip(f0, 1e-9, 0.999)[:, None]
    decay0 = (1.0 - f0) / (1.0 + f0 * q / p)
    decay = decay0 * np.exp(-s * k[None, :])
    return (1.0 - decay) / (1.0 + (q / p) * decay)


def _power_outputs(out, available, load_it, demand_it, pue):
    """Grid-GW power figures: load, demand, shortfall (IT GW × PUE)."""
    p = pue[:, None, None]
    load = load_it * p
    demand = demand_it * p
    out["power_demand_us_gw"] = demand[:, 0, :]
    out["power_available_us_gw"] = available[:, 0, :]
    out["power_shortfall_us_gw"] = np.maximum(demand[:, 0, :] - available[:, 0, :], 0.0)
    out["power_load_us_gw"] = np.minimum(load[:, 0, :], available[:, 0, :])
    out["power_load_total_gw"] = np.minimum(load, available).sum(axis=1)
    out["power_shortfall_total_gw"] = np.maximum(demand - available, 0.0).sum(axis=1)


def _financing_outputs(out, hist, weights, debt_like):
    """Internal cash, the five external channels of S4, lab equity and vendor money; debt."""
    external = hist["external_hn"]
    raw_debt_like = weights[:, 0] + weights[:, 2] + weights[:, 3]
    # With fewer debt-like weights than MIN_DEBT_LIKE, the missing part is booked as debt.
    top_up = (debt_like - raw_debt_like)[:, None]
    out["financing_cashflow_busd"] = hist["cash"]
    out["financing_debt_busd"] = (weights[:, 0:1] + top_up) * external
    out["financing_equity_busd"] = weights[:, 1:2] * external * (1.0 - top_up / np.maximum(
        1.0 - raw_debt_like[:, None], 1e-12)) + hist["lab_equity"] + hist["lab_vendor"]
    out["financing_spv_busd"] = weights[:, 2:3] * external
    out["financing_leasing_busd"] = weights[:, 3:4] * external
    out["financing_commitments_busd"] = weights[:, 4:5] * external * (1.0 - top_up / np.maximum(
        1.0 - raw_debt_like[:, None], 1e-12))
    out["financing_vendor_busd"] = hist["lab_vendor"]
    out["debt_stock_busd"] = hist["debt"]
    out["debt_second_tier_busd"] = hist["debt_n"]
    out["interest_busd"] = hist["interest"]
    out["ebitda_busd"] = hist["ebitda"]
    out["leverage_ratio"] = hist["debt"] / np.maximum(hist["ebitda"], hist["debt"] / LEVERAGE_CAP)
    out["leverage_second_tier_ratio"] = hist["lev_n"]
    out["second_tier_loan_to_value_ratio"] = hist["ltv_now"]
    out["credit_spread_pct"] = hist["spread"]
    out["lender_losses_busd"] = hist["lender_losses"]


def _macro_outputs(out, c, capex_us, k):
    """US AI investment as % of GDP and its contribution to GDP growth (S4), nominal, with the
    imported accelerators netted out (R13)."""
    gdp = col_growth(c["us_gdp_2024"], c.pct("gdp_growth"), k)
    breadth = c["ai_capex_breadth"][:, None]
    broad = breadth * capex_us
    prev_broad = np.concatenate([broad[:, :1] * CAPEX_2023_OVER_2024, broad[:, :-1]], axis=1)
    prev_gdp = np.concatenate([gdp[:, :1] / (1.0 + c.pct("gdp_growth"))[:, None], gdp[:, :-1]], axis=1)
    acc = c.pct("gpu_share_of_capex")[:, None]
    # Imports: accelerators of the builders' capex, and a share of everything else.
    imported_share = (acc * c.pct("accelerator_import_share")[:, None]
                      + (breadth - acc) * c.pct("import_share")[:, None]) / breadth
    domestic = (1.0 - imported_share) * c["gdp_multiplier"][:, None]
    out["us_gdp_busd"] = gdp
    out["us_ai_investment_busd"] = broad
    out["us_ai_capex_share_gdp_pct"] = 100.0 * broad / gdp
    out["us_gdp_growth_contribution_pp"] = 100.0 * domestic * (broad - prev_broad) / prev_gdp


def col_growth(level: np.ndarray, rate: np.ndarray, k: np.ndarray) -> np.ndarray:
    """level × (1 + rate)^k as (N, T)."""
    return level[:, None] * (1.0 + rate[:, None]) ** k[None, :]


def _stress_output(out, hist):
    """Stress index 0-100: weighted coverage gap, second-tier leverage, credit spreads, losses,
    power shortfall and circularity (§9)."""
    parts = {
        "coverage": np.clip(1.0 - out["fullcost_coverage_ratio"], 0.0, 1.0),
        "leverage": np.clip(out["leverage_ratio"] / STRESS_LEVERAGE_MAX, 0.0, 1.0),
        "credit": np.clip((hist["spread"] - hist["spread"][:, :1]) / STRESS_SPREAD_MAX, 0.0, 1.0),
        "losses": np.clip(hist["stranded"] / np.maximum(hist["ebitda"], 1e-9) / STRESS_LOSSES_MAX,
                          0.0, 1.0),
        "power": np.clip(out["power_shortfall_us_gw"]
                         / np.maximum(out["power_demand_us_gw"], 1e-9) / STRESS_SHORTFALL_MAX, 0.0, 1.0),
        "circularity": np.clip(hist["circular_share"] / STRESS_CIRCULARITY_MAX, 0.0, 1.0),
        # investors' retreat is itself market stress (falling valuations, S5)
        "pullback": np.clip(hist["pullback"], 0.0, 1.0),
    }
    for name, part in parts.items():
        out[f"stress_{name}"] = 100.0 * STRESS_WEIGHTS[name] * part
    out["stress_index"] = sum(out[f"stress_{name}"] for name in parts)


def _bust_outputs(out, capex_total, bust_year):
    """Per-scenario bust year (0 = none: the first year the pull-back reaches one half) and the
    depth: the deepest fall of total capex below its running peak, in % (a continuous figure:
    it grows smoothly as a pull-back deepens, whether or not it is reported as a bust)."""
    yrs = START_YEAR + np.arange(capex_total.shape[1])
    running_peak = np.maximum.accumulate(capex_total, axis=1)
    drawdown = 1.0 - capex_total / np.maximum(running_peak, 1e-9)
    out["bust_flag"] = (yrs[None, :] == bust_year[:, None]).astype(float)
    out["bust_year"] = bust_year
    out["bust_depth_pct"] = 100.0 * np.maximum(drawdown.max(axis=1), 0.0)

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
import sys

import numpy as np

from . import parameters as P
from . import year_loop as L
from .limits import HORIZON_MAX_YEAR, HORIZON_MIN_YEAR

START_YEAR = 2024
DEFAULT_END_YEAR = 2050
MAX_END_YEAR = HORIZON_MAX_YEAR     # (model.limits: the one registry of limits)
MIN_END_YEAR = HORIZON_MIN_YEAR
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
# §1 entry: builders see economic profit with a lag; each year their signal closes this share of
# its gap to last year's profit (1 would react at once and cycle: a cobweb of lift and glut).
ENTRY_ADJUSTMENT = 0.5
# §4 repricing in a pull-back. While investors are in, builders compete for customers and charge
# the share θ (`scarcity_pricing`) of the market-clearing rise of the price of scarce compute; once
# they pull back, no one is expanding, and contracts reprice as they roll over: the share charged
# rises by PULLBACK_REPRICING of the rest of the rise in a full pull-back, reached at the pace at
# which contracts roll over (a share 1 / REPRICING_YEARS of them a year: cloud reservations of one
# to three years, capacity contracts of the second tier of up to five and more), and falls back at
# the same pace once investors return. A contract that rolls over reprices by how long investors
# have been out — the pull-back remembered over the same REPRICING_YEARS — not by this year's
# mood, so a pull-back of a year or two hardly reprices (repricing by this year's pull-back made
# short busts rebound in the year after the bust year and left worlds settled at coverage 0.99,
# docs/MODEL.md §4). Assumed, like θ.
# Without it a world that prices compute below its full cost stayed pulled back for ever although
# buyers wanted hundreds of times the compute installed (docs/MODEL.md §15, "Some busts never
# end").
PULLBACK_REPRICING = 0.5
REPRICING_YEARS = 5.0
# §4-§5 the cost of capital (`cost_of_capital`) is stated for builders borrowing at this rate (the
# defaults' 6 % interest plus 3 % calm spread); it moves one for one with the interest rate and the
# calm credit spread (the market's price of money and of credit risk), never below
# MIN_COST_OF_CAPITAL.
RATE_REFERENCE = 0.09
MIN_COST_OF_CAPITAL = 0.01
# §1 hurdle (R17: of US CFOs asked in 2012, about 16 % would cut investment if their borrowing
# cost rose by 1 point, about 8 % would add to it if it fell by 1 point). Plans are a level
# exp(−HURDLE_PER_POINT · d) of the schedule's, d the points by which the interest rate plus the
# calm spread lies above RATE_REFERENCE, the market of 2025 in which the growth plans (S3, R8)
# were announced; below it the slope is HURDLE_PER_POINT_DOWN. Assumed: a firm that responds
# defers an eighth of its plans, so 2 % of all plans per point up, 1 % per point down.
HURDLE_PER_POINT = 0.02
HURDLE_PER_POINT_DOWN = 0.01
# §4 AI demand at cost price, circular deals included, never exceeds this share of US GDP (about an
# eighth of world output; R10's upper estimate of generative AI's value is about 4% of world
# output): without a bound, fast efficiency gains and elastic demand (price^(1 − ε)) made AI
# spending exceed GDP. Round-tripped revenue is spending too and sits inside the bound (on top
# of it, reported revenue reached 63 % of US GDP in a uniform sample: docs/MODEL.md §15).
DEMAND_CAP_SHARE_OF_GDP = 0.5
# §6 the builders' other (non-AI) businesses: their EBITDA grows at `ebitda_growth` while it is a
# small share of US GDP, and approaches EBITDA_CAP_SHARE_OF_GDP of it smoothly beyond half of
# that (R16: all US corporations' profits were about 11 % of GDP in 2024). Without a bound, 15 % a
# year in an economy that does not grow made six firms earn more than the whole economy (a review
# found $32.6T of EBITDA against $30.0T of US GDP in 2050; in a fifth of a uniform sample their
# other businesses passed 11 % of GDP).
EBITDA_CAP_SHARE_OF_GDP = 0.11
# §6 credit: spread widening (percentage points) at a full pull-back; when the second tier's
# debt reaches the full book value of its hardware (widening from the lenders' loan-to-value
# limit on); and the widening at which credit is closed altogether (6 + 2 = 8: a full pull-back on
# fully impaired collateral closes credit; docs/MODEL.md §10).
SPREAD_PER_PULLBACK = 6.0
SPREAD_PER_LTV = 2.0
INITIAL_LTV_USE = 0.5
# Second-tier leverage is reported and used up to this multiple (EBITDA near zero in a bust).
LEVERAGE_CAP = 20.0
SPREAD_CLOSED = 8.0
# §6 the market's widening weighs the second tier's collateral by its share of the builders' debt,
# counted at least at this share of all builders' EBITDA: where they carry almost no debt (a 2024
# debt of a few $B, money dear enough that the hurdle defers their borrowing), a second tier of
# 0.2 % of capex under water was a third of the market and moved the stress index by 1.6 points.
MARKET_DEBT_FLOOR = 0.01
# Crowding out: planned growth falls to zero as the builders' broad AI investment plans (all
# regions, deferred and relocated projects included, × breadth) reach this share of US GDP, and
# turns negative beyond it. No infrastructure boom on record went far past it (the British
# railway mania peaked near 7% of GDP in 1847). Plans, not realised spend, so that a power
# constraint does not loosen the brake (issue 9, "Directions").
CROWDING_LIMIT = 0.08
# Share of the plan that could not be funded that builders keep in next year's plan.
FUNDING_MEMORY = 0.5
# §2 relocation. Once the US has new power to spare beyond the plan built at home, the follow-on
# phases of campuses abroad come home gradually: a year brings home at most RELOCATION_RETURN of
# them (fewer while the spare US power is small against them), so no premium is paid abroad for
# long while US power sits idle, and RoW capex does not fall off a cliff.
RELOCATION_RETURN = 0.15
# §2 refits. The share of one-year-old hardware builders may pull at the power wall (all of it
# from two years). A vintage is installed through its year and a new accelerator generation comes
# every year, so part of last year's vintage is already a generation behind when power binds;
# without it the refittable pool jumped in the year a large vintage turned two, and US capex fell
# at the wall in fast booms (§15).
REFIT_YEAR_OLD_SHARE = 0.4
# §2 halls built ahead of power. A project the grid cannot power yet waits in the backlog, but its
# hall (the building, cooling and electrical fit-out: the facility, about a quarter of the
# all-in capex per GW, R2) is put up now; the hardware goes in when power comes, and that
# project then pays only the rest. Without it, the money of a boom that outruns the grid had no
# home in the year it hits the wall, and capex dipped for a year before the refits' pool grew
# (monetization_lag: US capex $709B -> $678B -> $841B in 2026-28, §15).
HALL_SHARE_OF_CAPEX = 0.25
# §5 the refits' write-offs are charged to the full cost investors judge: each year this share of
# what is not yet charged (an accelerated depreciation over about two years; charged at once,
# coverage dipped in the wall's first year and "revenue covers spend" jumped between years).
REFIT_LOSS_EXPENSED = 0.5
# §6 payouts. The hyperscalers' debt ÷ EBITDA at which they keep all their EBITDA for capex and pay
# nothing out: where rating agencies' investment grade ends (R15). Payouts read this rating line,
# not the lenders' limit `leverage_limit_hyper`, so a tighter limit only takes borrowing room away
# (when payouts read the limit, a tighter one cut them sooner and raised capex in 0.9 % of random
# pairs, docs/MODEL.md §15 "Directions").
RATING_LEVERAGE = 3.0
# §6 interest cover. The lenders' limit `leverage_limit_hyper` (debt ÷ EBITDA) is stated at this
# calm borrowing rate of the hyperscalers (the default interest rate, 6 %, plus the third of the
# default calm spread, 3 pp, they pay, R14); above it the limit is the debt whose interest costs
# the same share of EBITDA: lenders and rating agencies read interest cover beside debt ÷ EBITDA
# (R15; 3x EBITDA at 7 % is an EBITDA interest cover of 4.8x). Without it dearer money meant more
# debt: interest took the cash and the builders borrowed the gap inside an unchanged limit. The
# payouts' rating line stays at RATING_LEVERAGE: read at the lower line, payouts gave way sooner
# and the cash raised capex at higher rates (3.0 % of random pairs against 0.2 %).
RATING_RATE = 0.07
# §6 borrowing rates. The hyperscalers are investment-grade borrowers: they pay this share of the
# calm credit spread `credit_spread` (a high-yield level at its default of 3 pp), the second tier
# all of it plus its widening. R14: in 2025 investment grade paid about 1 pp over Treasuries,
# high yield about 3-4 pp.
HYPER_SPREAD_SHARE = 1.0 / 3.0   # up to all of it as their debt goes from 3x to 6x EBITDA (R15)
# §5 the shortest book life, years (the shortest useful life allowed): below it a vintage leaves
# little or no book at the end of the year it was bought, and the second tier's loan-to-value
# (debt ÷ book) loses its meaning (a review found a jump at one year: lender losses $983B ->
# $374B for 0.05 % of share; at 1.5 years a 0.2 % second tier sat under water from 2024).
BOOK_LIFE_MIN = 2.0
# Hyperscalers borrow at most this share of their remaining credit room in one year, so their
# debt approaches its limit smoothly instead of hitting a wall (§6). (The second tier's loans
# finance its purchases against the purchased hardware, so it has no such pacing.)
ROOM_USE = 0.5
# At least this share of external money is debt-like, whatever the mix weights (§6).
MIN_DEBT_LIKE = 0.2
# Stress index: weights of its parts (sum 1) and the level at which each part is full (§9).
STRESS_WEIGHTS = {"coverage": 0.15, "leverage": 0.10, "credit": 0.15, "losses": 0.10,
                  "power": 0.05, "circularity": 0.05, "pullback": 0.15, "debt_service": 0.10,
                  "capex_fall": 0.15}
STRESS_LEVERAGE_MAX = 4.0        # builders' debt ÷ EBITDA at which the leverage part is full
STRESS_SPREAD_MAX = 6.0          # spread widening (pp) at which the credit part is full
STRESS_SPREAD_CALM = 3.0         # calm spread (pp, R14: high yield 3-4 pp); a calm spread above it counts
STRESS_SPREAD_LEVEL_WEIGHT = 0.5 # … at half the weight of a widening, so a dear market can still tighten
STRESS_DEBT_SERVICE_MAX = 0.5    # builders' interest ÷ EBITDA at which the debt-service part is full
STRESS_FALL_MAX = 0.5            # fall of total capex below its running peak at which that part is full
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
    "financing_cashflow_busd": "cash",
    "financing_vendor_busd": "lab_vendor",
    "debt_stock_busd": "debt",
    "debt_second_tier_busd": "debt_n",
    "interest_busd": "interest",
    "ebitda_busd": "ebitda",
    "leverage_second_tier_ratio": "lev_n",
    "second_tier_loan_to_value_ratio": "ltv_now",
    "credit_spread_pct": "spread",
    "lender_losses_busd": "lender_losses",
    "debt_repaid_busd": "repaid",
    "interest_unpaid_busd": "interest_unpaid",
    "debt_rolled_over_busd": "rolled_over",
    "capex_halls_ahead_busd": "halls_built",
    "halls_waiting_busd": "halls_waiting",
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
        self._index = P.index()

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


def soft_cap(x: np.ndarray, cap: np.ndarray) -> np.ndarray:
    """`x` unchanged up to half of `cap`, then bent smoothly towards `cap` (never reaching it):
    h + h·tanh((x − h)/h) with h = cap/2. Continuous with its slope at h, rising in x; same units
    as x ($B). Used for the builders' non-AI EBITDA against US GDP (§6)."""
    half = 0.5 * cap
    return np.where(x <= half, x, half + half * np.tanh((x - half) / np.maximum(half, 1e-12)))


def warm_up_in_background():
    """Compile (or load from numba's cache) the engine's yearly loop in a daemon thread, so a
    window starts at once; runs of a few scenarios meanwhile use the loop's plain-Python form
    (model/year_loop.py, "compiled or plain"). Returns the thread, or None if already ready."""
    row = P.default_vector()
    batch = np.repeat(row[None, :], L.PLAIN_PYTHON_MAX_SCENARIOS + 1, axis=0)
    return L.start_warm_up(lambda: run(batch))


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
    life = c["useful_life"]                       # years a vintage serves (§3)
    # years over which it is written off (§5), never under BOOK_LIFE_MIN
    book_life = np.maximum(life * c.pct("book_life_share"), BOOK_LIFE_MIN)
    age = np.arange(T, dtype=float)
    survival = np.clip(col(life) - age[None, :], 0.0, 1.0)                     # S(a), (N, A)
    # Straight-line depreciation over the book life: each year the share 1 / (book life left) of
    # the remaining book, all of it in the last (part-)year.
    on_books = np.clip(col(book_life) - age[None, :], 0.0, 1.0)
    remaining = np.maximum(col(book_life) - age[None, :], 0.0)                 # book life left
    dep_rate = np.where(remaining > 0, on_books / np.where(remaining > 0, remaining, 1.0), 0.0)
    init_age_eff = (1.0 + c.pct("efficiency_gain")) ** (-INITIAL_FLEET_AGE)
    init_cost_per_gw = c["capex_per_gw"] * (1.0 + c.pct("capex_per_gw_growth")) ** (-INITIAL_FLEET_AGE)
    init_left = np.clip(1.0 - (k[None, :] + 1.0) / col(life), 0.0, 1.0)   # (N, T)
    power_2024_it = power_2024 / col(pue)
    # 2024 is history (§0, §2): its grid carried what was in service and what was built that
    # year, the observed capex at 2024's capex per GW; power levers set below it raise 2024's
    # connections to it (and the years after build on them), never rewrite the history year.
    need_2024 = (power_2024_it * init_left[:, :1] + capex_2024 / capex_per_gw[:, :1]) * col(pue)
    available = available + np.maximum(need_2024 - available[:, :, 0], 0.0)[:, :, None]
    available_it = available / pue[:, None, None]

    # Price of compute (§4): full cost of a unit of new compute, relative to 2024.
    wacc = np.maximum(c.pct("cost_of_capital") + c.pct("interest_rate") + c.pct("credit_spread")
                      - RATE_REFERENCE, MIN_COST_OF_CAPITAL)
    # §1 hurdle: plans are lower where money is dearer than in the market the plans were made in
    dearer = 100.0 * (c.pct("interest_rate") + c.pct("credit_spread") - RATE_REFERENCE)
    hurdle = np.exp(-np.where(dearer > 0, HURDLE_PER_POINT, HURDLE_PER_POINT_DOWN) * dearer)
    util = c.pct("utilisation")
    energy_per_gw = pue * HOURS_PER_YEAR * util * c["power_price"] / 1e6    # $B per IT GW-year
    unit_cost = (capex_per_gw * col(1.0 / life + wacc) + col(energy_per_gw)) / efficiency
    price = unit_cost / unit_cost[:, :1]                                       # (N, T), 1 in 2024

    # --- 4. Monetization (R6, R7, R10): Bass adoption of a potential that grows with GDP,
    # scaled by the price of compute through the demand elasticity.
    eps = c["price_elasticity"]
    nominal_growth = (1.0 + col(c.pct("gdp_growth"))) ** k[None, :]           # (N, T), 1 in 2024
    gdp_path = col(c["us_gdp_2024"]) * nominal_growth                         # US GDP, $B
    potential = col(c["revenue_potential"]) * nominal_growth
    circular0 = c.pct("circular_share")
    adoption = _bass_share(c.pct("bass_innovation"), c.pct("monetization_speed"),
                           c["ai_revenue_2024"] * (1.0 - circular0) / c["revenue_potential"], k)
    # Unbounded Jevons effect: cheaper compute raises spending. The loop bounds it, circular deals
    # included, by DEMAND_CAP_SHARE_OF_GDP of US GDP (a smooth bound, §4).
    jevons = potential * adoption * price ** col(1.0 - eps)                   # $B/yr at cost price
    revenue_per_unit = c["revenue_per_gw"] * util                              # $B per 2024-GW-year

    # R1 yardstick (displayed only): GPU spend (the accelerators of the projects fitted, not the
    # halls built ahead, §2) ÷ GPU share of cost ÷ (1 − margin); applied in year_loop.finish
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
    ebitda_base = soft_cap(col(c["ebitda_2024"]) * (1.0 + col(c.pct("ebitda_growth"))) ** k[None, :],
                           EBITDA_CAP_SHARE_OF_GDP * gdp_path)
    lev_h = c["leverage_limit_hyper"]
    ltv = c.pct("second_tier_ltv")
    amort = c.pct("debt_amortisation")
    lab_multiple = c["lab_equity_multiple"]

    threshold = c.pct("coverage_threshold")
    patience = c["patience_years"]
    severity = c.pct("bust_severity")
    writedown = c.pct("stranded_writedown")
    lookthrough = c.pct("investor_lookthrough")

    # --- initial state (2024) ---
    # The 2024 fleet's ages are uniform over the useful life: half its cost is on the books. A
    # shorter book life is applied from 2024 on (prospectively, as a change of estimate is): the
    # same book runs off over the book life instead of the useful life.
    init_book = power_2024_it.sum(axis=1) * init_cost_per_gw / 2.0
    # The second tier starts at INITIAL_LTV_USE of its lenders' limit on its pre-2024 hardware;
    # the hyperscalers hold the rest of the AI-related debt of 2024.
    debt_n0 = np.minimum(INITIAL_LTV_USE * ltv * init_book * s_n, c["debt_2024"])
    # so that the 2024 plan is capex_2024, split by the kinds' shares
    base_prev = shares[:, :, None] * (capex_2024 / (1.0 + growth[:, :, 0]))[:, None, :]
    pull_floor = 1.0 / (1.0 + np.exp(patience / PULLBACK_WIDTH))     # the logistic at zero
    cloud_2024 = c["ai_revenue_2024"] * (1.0 - circular0) * (1.0 - lab_rev_share) \
        + c["ai_revenue_2024"] * circular0
    kind_w = shares[:, :2] / np.maximum(shares[:, :2].sum(axis=1, keepdims=True), 1e-12)

    # --- the yearly loop (§1-§7), compiled: model/year_loop.py ---
    s = np.empty((n, L.NS))
    for index, value in (
            (L.S_PATIENCE, patience), (L.S_PULL_FLOOR, pull_floor), (L.S_SEVERITY, severity),
            (L.S_CANCEL, c.pct("backlog_cancel_rate")), (L.S_REFIT, c.pct("refit_rate")),
            (L.S_RELOCATE, c.pct("relocation_share")),
            (L.S_PREMIUM, 1.0 + c.pct("relocation_premium")), (L.S_SPREAD0, spread0),
            (L.S_RATE, rate), (L.S_REINVEST, reinvest), (L.S_LEV_H, lev_h),
            (L.S_DEBT_LIKE, debt_like), (L.S_LTV, ltv), (L.S_LAB_MULT, lab_multiple),
            (L.S_CIRC0, circular0), (L.S_REV_PER_UNIT, revenue_per_unit),
            (L.S_INIT_AGE_EFF, init_age_eff), (L.S_LIFE, book_life), (L.S_WRITEDOWN, writedown),
            (L.S_PUE, pue), (L.S_ENERGY_PER_GW, energy_per_gw), (L.S_WACC, wacc),
            (L.S_LAB_SHARE, lab_rev_share), (L.S_MARGIN, margin),
            (L.S_KIND_W_H, kind_w[:, 0]), (L.S_KIND_W_N, kind_w[:, 1]), (L.S_AMORT, amort),
            (L.S_LOOKTHROUGH, lookthrough), (L.S_THRESHOLD, threshold),
            (L.S_BREADTH, c["ai_capex_breadth"]), (L.S_INIT_BOOK, init_book),
            (L.S_INIT_BOOK_N, init_book * s_n), (L.S_DEBT_H, c["debt_2024"] - debt_n0),
            (L.S_DEBT_N, debt_n0),
            (L.S_EBITDA_H0, ebitda_base[:, 0] + margin * cloud_2024 * kind_w[:, 0]),
            (L.S_EBITDA_N0, margin * cloud_2024 * kind_w[:, 1]),
            (L.S_LAB_REV0, c["ai_revenue_2024"] * (1.0 - circular0) * lab_rev_share),
            (L.S_VENDOR0, c["ai_revenue_2024"] * circular0),
            (L.S_SHARE_H, shares[:, 0]), (L.S_SHARE_N, shares[:, 1]), (L.S_SHARE_L, shares[:, 2]),
            (L.S_SCARCITY, c.pct("scarcity_pricing") / eps),
            (L.S_ENTRY, c.pct("entry_response")), (L.S_HURDLE, hurdle),
            (L.S_REPRICE, (1.0 - c.pct("scarcity_pricing")) * PULLBACK_REPRICING / eps)):
        s[:, index] = value
    y = np.empty((n, L.NY, T))
    for index, value in (
            (L.Y_KAPPA, capex_per_gw), (L.Y_EFFICIENCY, efficiency), (L.Y_SURVIVAL, survival),
            (L.Y_DEP_RATE, dep_rate), (L.Y_INIT_LEFT, init_left), (L.Y_PRICE, price),
            (L.Y_DEMAND, jevons), (L.Y_EBITDA_BASE, ebitda_base), (L.Y_GDP, gdp_path)):
        y[:, index, :] = value
    yr = np.empty((n, L.NYR, R, T))
    yr[:, L.YR_GROWTH] = growth
    yr[:, L.YR_AVAILABLE_IT] = available_it
    year_loop, finish = L.kernels(n)
    hist_arr, capex_r, capex_kind, power, bust_year = year_loop(
        s, y, yr, np.ascontiguousarray(power_2024_it), np.ascontiguousarray(base_prev),
        L.constants(sys.modules[__name__]))
    hist = dict(zip(L.HIST, hist_arr))

    # §6 financing channels, §8 macro, §9 stress and the bust figures, from the loop's record.
    acc = c.pct("gpu_share_of_capex")
    breadth = c["ai_capex_breadth"]
    # Imports (R13): accelerators of the builders' capex, and a share of everything else.
    imported_share = (acc * c.pct("accelerator_import_share")
                      + (breadth - acc) * c.pct("import_share")) / breadth
    f = np.empty((n, L.NG))
    for index, value in (
            (L.G_R1, r1_factor), (L.G_W_DEBT, weights[:, 0]), (L.G_W_EQUITY, weights[:, 1]),
            (L.G_W_SPV, weights[:, 2]), (L.G_W_LEASING, weights[:, 3]),
            (L.G_W_COMMITMENTS, weights[:, 4]), (L.G_DEBT_LIKE, debt_like),
            (L.G_GDP0, c["us_gdp_2024"]), (L.G_GDP_GROWTH, c.pct("gdp_growth")),
            (L.G_BREADTH, breadth), (L.G_DOMESTIC, (1.0 - imported_share) * c["gdp_multiplier"]),
            # a hall built ahead is all "other" investment: its accelerator share, counted as
            # imported in imported_share, is domestic at the rest's content (§8)
            (L.G_HALL_DOMESTIC, acc * (c.pct("accelerator_import_share") - c.pct("import_share"))
             * c["gdp_multiplier"])):
        f[:, index] = value
    finished, depth = finish(hist_arr, capex_r, power, bust_year, f,
                             L.finish_constants(sys.modules[__name__]))
    if L.is_compiled(year_loop):
        L.mark_ready()
    out: dict[str, np.ndarray] = dict(zip(L.FINISHED, finished))
    out.update((f"capex_{r}_busd", capex_r[i]) for i, r in enumerate(REGIONS))
    out.update((f"capex_{kind}_busd", capex_kind[i]) for i, kind in enumerate(KINDS))
    out.update((column, hist[name]) for column, name in COLUMN_FROM_HISTORY.items())
    out.update(zip(L.POWER, power))
    out["bust_year"] = bust_year
    # What a unit of new compute earns over its full cost (§4): its price at cost over its full
    # cost is the same every year (the price follows the full cost of new compute), so the ratio
    # moves only with what scarcity adds or idle compute takes away (revenue ÷ capacity at cost).
    price_to_cost = revenue_per_unit / unit_cost[:, 0]
    served = out["compute_capacity_busd"]
    out["compute_price_to_fullcost_ratio"] = col(price_to_cost) * np.divide(
        out["ai_revenue_busd"], served, out=np.ones_like(served), where=served > 1e-9)
    out["bust_depth_pct"] = depth
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

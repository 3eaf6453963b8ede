"""The model's equations (docs/MODEL.md, model v2) as a plain Python loop over floats.

Two uses: the benchmark's vectorised-versus-loop ratio, and a test oracle
(tests/test_scalar_oracle.py checks that model.simulate gives the same numbers). It is
deliberately naive and written as its own statement of the equations: no numpy, one scenario
at a time, and inside each year explicit loops over kinds of builder, regions and vintages,
with each vintage kept as a small record (a dict) rather than as a column of an array.

Where the engine and the documented intent differ, this file follows the intent and says so in
a comment marked INTENT; every such place is listed in the report that came with it.
"""
from __future__ import annotations

import math

from model import parameters as P

REGIONS = ("us", "china", "eu", "uk", "row")
US, ROW = 0, 4
KINDS = ("hyperscaler", "second_tier", "lab")
HYPER, SECOND, LAB = 0, 1, 2
START = 2024
HOURS = 8760.0

# Constants of the model (docs/MODEL.md; the same figures as model/engine.py, stated again
# here so that a change there without a change here shows up in the oracle test).
CAPEX_2023_OVER_2024 = 148.0 / 228.0
INITIAL_FLEET_AGE = 2.0
PULLBACK_WIDTH = 0.5
IMPATIENCE_LEAK = 0.1
FUNDING_MEMORY = 0.5
R1_GPU_SHARE_OF_DC_COST = 0.5
R1_END_USER_MARGIN = 0.5
MAX_SHRINK_FACTOR = 0.25
MAX_SHRINK = 0.4
MAX_RECOVERY_PER_YEAR = 1.0
PANIC_FEEDBACK = 2.0
MAX_EXCESS = 2.0
SPREAD_PER_PULLBACK = 6.0
SPREAD_PER_LTV = 2.0
DEMAND_CAP_SHARE_OF_GDP = 0.5
EBITDA_CAP_SHARE_OF_GDP = 0.11  # the builders' non-AI EBITDA bends towards this share of US GDP (R16)
INITIAL_LTV_USE = 0.5
LEVERAGE_CAP = 20.0
SPREAD_CLOSED = 8.0
CROWDING_LIMIT = 0.08
ROOM_USE = 0.5
MIN_DEBT_LIKE = 0.2
RATE_REFERENCE = 0.09
MARKET_DEBT_FLOOR = 0.01      # the least debt (× EBITDA) the market weighs the second tier against
HURDLE_UP, HURDLE_DOWN = 0.02, 0.01   # plans' level per point of rate + spread above / below 9 % (R17)
MIN_COST_OF_CAPITAL = 0.01
ENTRY_ADJUSTMENT = 0.5
RELOCATION_RETURN = 0.15     # most of the campuses' follow-on phases abroad that come home a year
RATING_LEVERAGE = 3.0        # debt ÷ EBITDA at which the hyperscalers keep all their cash (R15)
REFIT_LOSS_EXPENSED = 0.5    # share of the refits' unexpensed losses charged to full cost a year
REFIT_YEAR_OLD_SHARE = 0.4   # the refittable share of hardware one year old (all of it from two)
STRESS = {  # part: (weight, level at which the part is full)
    "coverage": (0.15, 1.0), "leverage": (0.10, 4.0), "credit": (0.15, 6.0),
    "losses": (0.10, 0.25), "power": (0.05, 0.5), "circularity": (0.05, 0.30),
    "pullback": (0.15, 1.0), "debt_service": (0.10, 0.5), "capex_fall": (0.15, 0.5)}
BOOK_LIFE_MIN = 2.0             # years: the shortest book life (the shortest useful life allowed)
RATING_RATE = 0.07           # the hyperscalers' calm rate at which their lenders' limit is stated (R15)
HYPER_SPREAD_SHARE = 1.0 / 3.0   # the hyperscalers pay this share of the calm spread (R14)
HALL = 0.25                  # the facility's share of a project's capex, put up before power comes (R2)
CALM_SPREAD = 3.0            # pp; a calm spread above it counts in the credit part …
CALM_SPREAD_WEIGHT = 0.5     # … at this weight against a widening
PULLBACK_REPRICING = 0.5     # in a full pull-back builders charge this share of the rest of the clearing rise …
REPRICING_YEARS = 5.0        # … once contracts have rolled over (about this many years, §4)


def refittable(age: int) -> float:
    """The share of a vintage `age` years old (whole years) that refits may replace, 0 to 1."""
    return 1.0 if age >= 2 else REFIT_YEAR_OLD_SHARE if age == 1 else 0.0


def _clip(x: float, lo: float, hi: float) -> float:
    return lo if x < lo else hi if x > hi else x


def _progress(rate0: float, halflife: float, k: float) -> float:
    """Cumulative log-growth after k years of a yearly rate that halves every `halflife` years."""
    return math.log(1.0 + rate0) * halflife / math.log(2.0) * (1.0 - 0.5 ** (k / halflife))


def _bass(p: float, q: float, f0: float, k: float) -> float:
    """Continuous Bass adoption share k years after 2024, starting from f0 (R7)."""
    p = max(p, 1e-6)
    f0 = _clip(f0, 1e-9, 0.999)
    decay = (1.0 - f0) / (1.0 + f0 * q / p) * math.exp(-(p + q) * k)
    return (1.0 - decay) / (1.0 + (q / p) * decay)


def run_scalar(values: dict, end_year: int = 2050) -> dict:
    """Simulate one scenario (a parameter dict in table units, missing keys at their defaults).

    Returns plain lists (one value per year) by output column name, and the ints 'bust_year'
    (0 = none) and the float 'bust_depth_pct'. Money in $B/yr, power in grid GW, ratios as
    fractions, GDP shares in %.
    """
    v = P.complete(values)
    pct = lambda key: v[key] / 100.0  # noqa: E731
    T = end_year - START + 1
    years = range(T)

    # ---- exogenous paths, year by year -----------------------------------------------------
    life = v["useful_life"]                            # years a vintage serves
    book_life = max(life * pct("book_life_share"), BOOK_LIFE_MIN)   # years written off over
    pue = v["pue"]
    util = pct("utilisation")
    # the cost of capital moves one for one with the interest rate and calm spread from 9 %
    wacc = max(pct("cost_of_capital") + pct("interest_rate") + pct("credit_spread") - RATE_REFERENCE,
               MIN_COST_OF_CAPITAL)
    h = v["tech_halflife"]
    factor = [1.0] + [v[f"growth_factor_{r}"] for r in REGIONS[1:]]
    capex_2024 = [v["capex_2024_us"]] + [v[f"capex_2024_{r}"] for r in REGIONS[1:]]
    power_2024 = [v["us_power_2024_gw"]] + [v[f"power_2024_{r}"] for r in REGIONS[1:]]

    def planned_growth(r: int, t: int) -> float:
        fade = 0.5 ** (max(t - 2.0, 0.0) / v["capex_fade_halflife"])
        g_lr = pct("capex_growth_long_run")
        return g_lr + (pct("capex_growth") * factor[r] - g_lr) * fade

    grid = []                          # grid[r][t]: grid GW available
    for r in range(len(REGIONS)):
        level, path = power_2024[r], []
        for t in years:
            if r == US:
                ramp = _clip(t / v["interconnection_lag"], 0.0, 1.0)
                level += v["us_power_queued_gw"] + (v["power_buildout"] - v["us_power_queued_gw"]) * ramp
            else:
                level += v[f"buildout_{REGIONS[r]}"]
            if t == 0:
                # 2024 is history: the grid carried the fleet in service through 2024 and the
                # observed capex of the year (IT GW at 2024's capex per GW, times PUE)
                in_service = power_2024[r] / pue * _clip(1.0 - 1.0 / life, 0.0, 1.0)
                level = max(level, (in_service + capex_2024[r] / v["capex_per_gw"]) * pue)
            path.append(level)
        grid.append(path)

    cost_gw = [v["capex_per_gw"] * math.exp(_progress(pct("capex_per_gw_growth"), h, t)) for t in years]
    eff = [math.exp(_progress(pct("efficiency_gain"), h, t)) for t in years]
    energy_per_gw = pue * HOURS * util * v["power_price"] / 1e6       # $B per IT GW-year
    unit_cost = [(cost_gw[t] * (1.0 / life + wacc) + energy_per_gw) / eff[t] for t in years]
    price = [unit_cost[t] / unit_cost[0] for t in years]

    def in_service(age: int) -> float:
        return _clip(life - age, 0.0, 1.0)

    def dep_rate(age: int) -> float:
        left = max(book_life - age, 0.0)
        return _clip(book_life - age, 0.0, 1.0) / left if left > 0 else 0.0

    def init_left(t: int, years: float = life) -> float:
        """The share of the 2024 fleet (ages spread evenly over `years`) left after year t."""
        return _clip(1.0 - (t + 1.0) / years, 0.0, 1.0)

    circ0 = pct("circular_share")
    rev24 = v["ai_revenue_2024"]
    lab_share = pct("lab_revenue_share")
    gdp = [v["us_gdp_2024"] * (1.0 + pct("gdp_growth")) ** t for t in years]
    organic_demand = []
    for t in years:
        potential = v["revenue_potential"] * (1.0 + pct("gdp_growth")) ** t
        adoption = _bass(pct("bass_innovation"), pct("monetization_speed"),
                         rev24 * (1.0 - circ0) / v["revenue_potential"], t)
        # Jevons effect, unbounded here: the bound (circular deals inside it) is applied below
        organic_demand.append(potential * adoption * price[t] ** (1.0 - v["price_elasticity"]))
    ebitda_base = []
    for t in years:      # unchanged up to half the bound, then bent towards it (tanh)
        raw = v["ebitda_2024"] * (1.0 + pct("ebitda_growth")) ** t
        half = 0.5 * EBITDA_CAP_SHARE_OF_GDP * gdp[t]
        ebitda_base.append(raw if raw <= half else half + half * math.tanh((raw - half) / half))

    # ---- builders and financing terms ----------------------------------------------------------
    s_n, s_l = pct("share_second_tier"), pct("share_labs")
    share = [1.0 - s_n - s_l, s_n, s_l]
    cloud_w = [share[HYPER] / max(share[HYPER] + share[SECOND], 1e-12),
               share[SECOND] / max(share[HYPER] + share[SECOND], 1e-12)]
    mix = [v["mix_debt"], v["mix_equity"], v["mix_spv"], v["mix_leasing"], v["mix_commitments"]]
    w = [m / sum(mix) for m in mix] if sum(mix) > 0 else [1.0, 0.0, 0.0, 0.0, 0.0]
    raw_debt_like = w[0] + w[2] + w[3]
    debt_like = max(raw_debt_like, MIN_DEBT_LIKE)
    amortise = pct("debt_amortisation")
    ltv = pct("second_tier_ltv")
    premium = 1.0 + pct("relocation_premium")
    threshold, patience = pct("coverage_threshold"), v["patience_years"]

    # ---- state ----------------------------------------------------------------------------------
    vintages = []   # one record per year's purchases: GW by region, survivors, book values
    init = {"alive": [power_2024[r] / pue for r in range(len(REGIONS))],   # IT GW, before ageing
            "book": 0.0, "book_n": 0.0}
    init["book"] = sum(init["alive"]) * v["capex_per_gw"] \
        * (1.0 + pct("capex_per_gw_growth")) ** (-INITIAL_FLEET_AGE) / 2.0
    init["book_n"] = init["book"] * s_n
    # The second tier starts at INITIAL_LTV_USE of its lenders' limit on its pre-2024 hardware;
    # the hyperscalers carry the rest of 2024's AI-related debt.
    debt_n0 = min(INITIAL_LTV_USE * ltv * init["book_n"], v["debt_2024"])
    debt = [v["debt_2024"] - debt_n0, debt_n0]
    backlog = [[0.0] * len(REGIONS) for _ in KINDS]
    halls = [[0.0] * len(REGIONS) for _ in KINDS]    # $B of halls that wait for power
    plan_base = [[share[k] * capex_2024[r] / (1.0 + planned_growth(r, 0)) for r in range(len(REGIONS))]
                 for k in range(len(KINDS))]
    cloud24 = rev24 * (1.0 - circ0) * (1.0 - lab_share) + rev24 * circ0
    ebitda_prev = [ebitda_base[0] + pct("ai_ebitda_margin") * cloud24 * cloud_w[0],
                   pct("ai_ebitda_margin") * cloud24 * cloud_w[1]]
    market_spread = []   # the market's widening, read by the stress index's credit part
    refit_unexpensed = 0.0   # refit losses not yet expensed
    lasting = 0.0            # how long investors have been out, remembered over REPRICING_YEARS (§4)
    repriced = 0.0           # the share of contracts repriced in a pull-back (§4)
    deepest = 0.0            # the deepest pull-back so far (§4: unwound circular deals stay unwound)
    impatience = pull_prev = spread_extra = market_extra = broad_share_prev = judged_prev = profit_seen = 0.0
    organic_prev, circular_prev = rev24 * (1.0 - circ0), rev24 * circ0
    abroad_share = [0.0] * len(KINDS)     # share of each kind's US plan built abroad last year
    bust_year = 0

    names = ["capex_total_busd", *(f"capex_{r}_busd" for r in REGIONS), *(f"capex_{k}_busd" for k in KINDS),
             "capex_desired_busd", "capex_backlog_busd", "capex_cancelled_busd", "capex_unfunded_busd",
             "capex_refit_busd", "capex_relocated_busd", "power_demand_us_gw", "power_available_us_gw",
             "power_shortfall_us_gw", "power_load_us_gw", "power_load_total_gw", "power_shortfall_total_gw",
             "ai_revenue_busd", "ai_revenue_organic_busd", "ai_revenue_circular_busd",
             "ai_revenue_demand_busd", "compute_capacity_busd", "compute_price_index",
             "compute_price_to_fullcost_ratio",
             "required_revenue_busd", "revenue_coverage_ratio", "organic_coverage_ratio",
             "required_revenue_fullcost_busd", "fullcost_coverage_ratio", "judged_coverage_ratio",
             "investor_impatience", "investor_pullback", "depreciation_busd", "writedown_busd",
             "invested_capital_busd", "energy_cost_busd", "financing_cashflow_busd",
             "financing_debt_busd", "financing_equity_busd", "financing_spv_busd",
             "financing_leasing_busd", "financing_commitments_busd", "financing_vendor_busd",
             "debt_stock_busd", "debt_second_tier_busd", "interest_busd", "ebitda_busd",
             "leverage_ratio", "leverage_second_tier_ratio", "second_tier_loan_to_value_ratio",
             "credit_spread_pct", "lender_losses_busd", "debt_repaid_busd",
             "interest_unpaid_busd", "debt_rolled_over_busd", "stranded_busd", "circular_share",
             "capex_halls_ahead_busd", "halls_waiting_busd"]
    out = {name: [0.0] * T for name in names}
    us_fitted = [0.0] * T     # the value of the US projects fitted with hardware each year (§8)

    for t in years:
        kappa = cost_gw[t]
        # §7 confidence: last year's impatience sets this year's pull-back, a logistic curve
        # shifted and stretched so that it runs from 0 (no impatience) towards 1.
        logistic = 1.0 / (1.0 + math.exp(-(impatience - patience) / PULLBACK_WIDTH))
        at_zero = 1.0 / (1.0 + math.exp(patience / PULLBACK_WIDTH))
        pull = (logistic - at_zero) / (1.0 - at_zero)
        if pull >= 0.5 and not bust_year:
            bust_year = START + t
        cut = 1.0 - pct("bust_severity") * pull
        if t:   # the hurdle: dearer money than in 2025 lowers the plans' level (R17)
            points = 100.0 * (pct("interest_rate") + pct("credit_spread") - RATE_REFERENCE)
            cut *= math.exp(-(HURDLE_UP if points > 0 else HURDLE_DOWN) * points)

        # §1 plans by kind and region: entry lifts the plans' level in proportion to the
        # economic profit (the counted revenue above what investors require, as a share of it),
        # seen with a lag, unless investors pull back; crowding out and the pull-back slow growth.
        required_cov = max(threshold, 1.0)     # investors' required coverage of the full cost
        profit_share = max(1.0 - required_cov / judged_prev, 0.0) if judged_prev > 0 else 0.0
        profit_seen += ENTRY_ADJUSTMENT * (profit_share - profit_seen)
        crowd = _clip(1.0 - (broad_share_prev / CROWDING_LIMIT) ** 2, -1.0, 1.0)
        lift = 1.0 + pct("entry_response") * profit_seen * (1.0 - pull) * max(crowd, 0.0)
        desired_k = [[0.0] * len(REGIONS) for _ in KINDS]
        cancelled = lifted = 0.0
        for k in range(len(KINDS)):
            for r in range(len(REGIONS)):
                g = planned_growth(r, t)
                g = min(g, g * crowd)
                # The pull-back scales growth by 1 − 2·pull: zero at pull ½, shrinkage beyond it
                # (at most MAX_SHRINK_FACTOR times the plan, at most MAX_SHRINK a year); a
                # shrinking trend is never turned into growth.
                scale = max(1.0 - 2.0 * pull, -MAX_SHRINK_FACTOR)
                g = max(min(g, g * scale), -MAX_SHRINK)
                plan_base[k][r] *= 1.0 + g
                dropped = backlog[k][r] * max(pct("backlog_cancel_rate"), pull)
                cancelled += dropped
                desired_k[k][r] = plan_base[k][r] * cut * lift + backlog[k][r] - dropped
                lifted += plan_base[k][r] * cut * (lift - 1.0)
        desired = [sum(desired_k[k][r] for k in range(len(KINDS))) for r in range(len(REGIONS))]

        # §2-3 fleet in service (IT GW), headroom, refit capacity, by region.
        fleet, old, headroom, refit_cap, power_cap = [], [], [], [], []
        for r in range(len(REGIONS)):
            alive_init = init["alive"][r] * init_left(t)
            total = old_total = alive_init
            for birth, vin in enumerate(vintages):
                gw_alive = vin["gw"][r] * vin["kept"][r] * in_service(t - birth)
                total += gw_alive
                old_total += gw_alive * refittable(t - birth)
            fleet.append(total)
            old.append(old_total)
            headroom.append(max(grid[r][t] / pue - total, 0.0))
            refit_cap.append(pct("refit_rate") * old_total)
            power_cap.append((headroom[r] + refit_cap[r]) * kappa)

        # Relocation. Campuses abroad carry on abroad (their share of this year's US plan) while
        # the rest of the world has spare power, except for the part that comes home because new
        # US power stands free after the plan built at home: at most RELOCATION_RETURN of it a
        # year, scaled by free / (free + carry-on). Of what is then left short of US power, a
        # share moves.
        spare = max(power_cap[ROW] - desired[ROW], 0.0)
        abroad_plan = sum(min(abroad_share[k] * plan_base[k][US] * cut * lift, desired_k[k][US])
                          for k in range(len(KINDS)))
        free_us = max(headroom[US] * kappa - desired[US] + abroad_plan, 0.0)
        coming_home = 0.0
        if abroad_plan > 0.0:
            coming_home = RELOCATION_RETURN * abroad_plan * (free_us / (free_us + abroad_plan))
        carry_on = min(spare, abroad_plan - coming_home)
        moved = carry_on + min(pct("relocation_share")
                               * max(desired[US] - carry_on - power_cap[US], 0.0),
                               spare - carry_on)
        ratio = []
        for r in range(len(REGIONS)):
            built_here = min(desired[r] - (moved if r == US else 0.0), power_cap[r])
            ratio.append(built_here / max(desired[r], 1e-12) if desired[r] > 0 else 1.0)
        moved_k = [moved * desired_k[k][US] / max(desired[US], 1e-12) for k in range(len(KINDS))]
        powered = [[desired_k[k][r] * ratio[r] for r in range(len(REGIONS))] for k in range(len(KINDS))]
        for k in range(len(KINDS)):
            powered[k][ROW] += moved_k[k] * premium
        # Projects that wait for power get their halls now; a project powered this year moves
        # into a hall already standing and pays the rest.
        for k in range(len(KINDS)):
            for r in range(len(REGIONS)):
                left = desired_k[k][r] * (1.0 - ratio[r]) - (moved_k[k] if r == US else 0.0)
                backlog[k][r] = max(left, 0.0)
        into_halls = [[min(halls[k][r], HALL * powered[k][r]) for r in range(len(REGIONS))]
                      for k in range(len(KINDS))]
        new_halls = [[max(HALL * backlog[k][r] - (halls[k][r] - into_halls[k][r]), 0.0)
                      for r in range(len(REGIONS))] for k in range(len(KINDS))]
        want = [sum(powered[k][r] - into_halls[k][r] + new_halls[k][r] for r in range(len(REGIONS)))
                for k in range(len(KINDS))]

        # §6 funding: what each kind can raise this year.
        spread = pct("credit_spread") + spread_extra / 100.0
        open_share = _clip(1.0 - spread_extra / SPREAD_CLOSED, 0.0, 1.0)
        # the hyperscalers' credit closes with the market: the second tier's collateral part
        # weighted by its share of the builders' debt
        open_h = _clip(1.0 - market_extra / SPREAD_CLOSED, 0.0, 1.0)
        market_spread.append(100.0 * pct("credit_spread") + market_extra)
        # investment-grade hyperscalers pay a third of the calm spread (R14: ~1 pp against ~3 pp)
        calm_rates = [pct("interest_rate") + HYPER_SPREAD_SHARE * pct("credit_spread"),
                      pct("interest_rate") + pct("credit_spread")]
        # their debt over the rating line (R15, 3x EBITDA): payouts give way as it nears 1, and
        # past it they lose investment grade (all of the calm spread at twice the line)
        rating_use = debt[HYPER] / max(RATING_LEVERAGE * ebitda_prev[0], 1e-9)
        downgrade = _clip(rating_use - 1.0, 0.0, 1.0)
        interest = [(calm_rates[HYPER] + (1.0 - HYPER_SPREAD_SHARE) * pct("credit_spread")
                     * downgrade) * debt[HYPER],
                    (pct("interest_rate") + spread) * debt[SECOND]]
        # The hyperscalers keep more of their EBITDA for capex as debt nears the rating line, and
        # pay their amortisation out of that cash flow, as far as it goes.
        # the lenders' limit is stated at RATING_RATE; above it, at the same interest cover
        limit_h = v["leverage_limit_hyper"] * ebitda_prev[0] * min(RATING_RATE / calm_rates[HYPER], 1.0)
        # below RATING_RATE the payouts' line is read in interest cover (it gives way later)
        use = _clip(rating_use * min(calm_rates[HYPER], RATING_RATE) / RATING_RATE, 0.0, 1.0)
        kept = [pct("reinvest_share") + (1.0 - pct("reinvest_share")) * use * use,
                pct("reinvest_share")]
        # the hyperscalers' cash kept is stated at RATING_RATE: dearer interest comes out of the
        # payouts first, interest saved goes to them as far as the lenders' limit leaves room
        at_calm = RATING_RATE * debt[HYPER]
        if interest[HYPER] >= at_calm:
            charged = interest[HYPER] - min(interest[HYPER] - at_calm, (1.0 - kept[0]) * ebitda_prev[0])
        else:
            left = max(1.0 - debt[HYPER] / max(limit_h, 1e-9), 0.0)
            charged = interest[HYPER] + (at_calm - interest[HYPER]) * left
        cash = [max(kept[0] * ebitda_prev[0] - charged, 0.0),
                max(kept[1] * ebitda_prev[1] - interest[1], 0.0)]
        # interest that all of last year's EBITDA cannot pay: the hyperscalers add it to their
        # debt (in kind); the second tier's lenders go without it (a loss, below)
        unpaid = [max(interest[i] - ebitda_prev[i], 0.0) for i in (0, 1)]
        hyper_paid = min(debt[HYPER] * amortise, cash[HYPER])
        cash[HYPER] -= hyper_paid
        room_h = open_h * ROOM_USE * max(limit_h - debt[HYPER], 0.0)
        # Debt above the collateral that lenders carried last year is prepaid out of last year's
        # EBITDA after interest before anything is paid out or spent (a borrowing-base cure, R19).
        book_before = init["book_n"] + sum(vin["book_n"] for vin in vintages) + sum(halls[SECOND])
        free_n = max(ebitda_prev[1] - interest[1], 0.0)
        cure = min(free_n, max(debt[SECOND] - book_before, 0.0))
        cash[SECOND] = min(cash[SECOND], free_n - cure)
        debt[SECOND] -= cure
        collateral_n = book_before + want[SECOND]
        room_n = open_share * max(pct("second_tier_ltv") * collateral_n - debt[SECOND], 0.0)
        lab_equity = (1.0 - pull) * v["lab_equity_multiple"] * organic_prev * lab_share
        can_fund = [cash[0] + room_h / debt_like, cash[1] + room_n / debt_like, lab_equity + circular_prev]
        funded = []
        for k in range(len(KINDS)):
            limit = max(can_fund[k], want[k]) if t == 0 else can_fund[k]   # 2024 was funded
            funded.append(min(limit / max(want[k], 1e-12), 1.0) if want[k] > 0 else 1.0)
        # spent_k: the value of the projects completed; paid_k: what is paid for this year
        spent_k = [[powered[k][r] * funded[k] for r in range(len(REGIONS))] for k in range(len(KINDS))]
        paid_k = [[0.0] * len(REGIONS) for _ in KINDS]
        halls_built = 0.0
        for k in range(len(KINDS)):
            for r in range(len(REGIONS)):
                moved_in = min(halls[k][r], HALL * spent_k[k][r])
                put_up = new_halls[k][r] * funded[k]
                halls[k][r] += put_up - moved_in
                paid_k[k][r] = spent_k[k][r] - moved_in + put_up
                halls_built += put_up
        spent_kind = [sum(row) for row in paid_k]
        spent = [sum(spent_k[k][r] for k in range(len(KINDS))) for r in range(len(REGIONS))]
        paid = [sum(paid_k[k][r] for k in range(len(KINDS))) for r in range(len(REGIONS))]
        moved_spent = sum(moved_k[k] * funded[k] for k in range(len(KINDS))) * premium

        # New IT GW by region (relocated GW cost the premium); refits retire the oldest.
        gw = [spent[r] / kappa for r in range(len(REGIONS))]
        gw[ROW] -= moved_spent * (1.0 - 1.0 / premium) / kappa
        refit = [_clip(gw[r] - headroom[r], 0.0, refit_cap[r]) for r in range(len(REGIONS))]
        retire = [refit[r] / old[r] if old[r] > 0 else 0.0 for r in range(len(REGIONS))]
        early = []          # share of each old vintage retired early this year (all regions)
        for birth, vin in enumerate(vintages):
            alive = [vin["gw"][r] * vin["kept"][r] * in_service(t - birth) for r in range(len(REGIONS))]
            share = refittable(t - birth)
            gone = sum(alive[r] * retire[r] * share for r in range(len(REGIONS)))
            early.append(gone / sum(alive) if sum(alive) > 0 else 0.0)
            for r in range(len(REGIONS)):
                vin["kept"][r] *= 1.0 - retire[r] * share
        init_alive = [init["alive"][r] * init_left(t) for r in range(len(REGIONS))]
        init_early = sum(init_alive[r] * retire[r] for r in range(len(REGIONS))) / max(sum(init_alive), 1e-12)
        for r in range(len(REGIONS)):
            init["alive"][r] *= 1.0 - retire[r]
        vintages.append({"gw": list(gw), "kept": [1.0] * len(REGIONS),
                         "book": sum(spent), "book_n": sum(spent_k[SECOND])})
        early.append(0.0)

        # §3 effective compute (2024-GW equivalents) and the revenue it can earn.
        units = sum(init["alive"][r] * init_left(t) for r in range(len(REGIONS))) \
            * (1.0 + pct("efficiency_gain")) ** (-INITIAL_FLEET_AGE)
        for birth, vin in enumerate(vintages):
            alive = 1.0 if birth == t else in_service(t - birth)
            units += sum(vin["gw"][r] * vin["kept"][r] for r in range(len(REGIONS))) * alive * eff[birth]
        capacity = units * v["revenue_per_gw"] * util * price[t]

        # §5 full cost: depreciation, write-downs (refits and stranded hardware), energy, capital.
        deepen = max(pull - pull_prev, 0.0) * pct("stranded_writedown")
        depreciation = depreciation_n = written = stranded = stranded_n = 0.0
        for birth, vin in enumerate(vintages):
            rate = dep_rate(t - birth)
            lost = early[birth] + deepen * (1.0 - early[birth])
            for key in ("book", "book_n"):
                dep = vin[key] * rate
                remaining = vin[key] - dep
                if key == "book":
                    depreciation += dep
                    written += remaining * lost
                    stranded += remaining * deepen * (1.0 - early[birth])
                else:
                    depreciation_n += dep
                    stranded_n += remaining * deepen * (1.0 - early[birth])
                vin[key] = remaining * (1.0 - lost)
        lft = init_left(t, book_life)       # its book, run off over the book life
        init_dep = init["book"] * (1.0 - lft ** 2 / max((lft + 1.0 / book_life) ** 2, 1e-12)) if lft > 0 \
            else init["book"]
        n_part = init["book_n"] / max(init["book"], 1e-12)
        init_lost = init_early + deepen * (1.0 - init_early)
        init_loss = (init["book"] - init_dep) * init_lost
        stranded += (init["book"] - init_dep) * deepen * (1.0 - init_early)
        stranded_n += (init["book_n"] - init_dep * n_part) * deepen * (1.0 - init_early)
        depreciation_n += init_dep * n_part
        init["book"] -= init_dep + init_loss
        init["book_n"] -= (init_dep + init_loss) * n_part
        depreciation += init_dep
        written += init_loss
        invested = init["book"] + sum(vin["book"] for vin in vintages) + sum(map(sum, halls))
        # Energy of the IT load drawing power this year: the fleet at the start of the year,
        # less what the refits retired, plus the new GW.
        drawing = [fleet[r] - refit[r] + gw[r] for r in range(len(REGIONS))]
        energy = sum(drawing) * pue * HOURS * util * v["power_price"] / 1e6
        # Capital charge: the cost of capital on the installed base, plus the interest paid above
        # each kind's calm rate (credit that tightens in a pull-back).
        extra_interest = max(sum(interest) - calm_rates[HYPER] * debt[HYPER]
                             - calm_rates[SECOND] * debt[SECOND], 0.0)
        # hardware retired early by refits is expensed, REFIT_LOSS_EXPENSED of what is left a
        # year; stranded write-downs are looked through
        refit_unexpensed += written - stranded
        refit_expense = REFIT_LOSS_EXPENSED * refit_unexpensed
        refit_unexpensed -= refit_expense
        fullcost = depreciation + refit_expense + energy + wacc * invested + extra_interest

        # §4 revenue served; circular deals unwind with the pull-back.
        deepest = max(deepest, pull)
        circ = circ0 * (1.0 - deepest)
        cap = DEMAND_CAP_SHARE_OF_GDP * gdp[t]      # bounded Jevons effect, round-tripping inside
        demand = cap * math.tanh(organic_demand[t] / (1.0 - circ) / cap)
        served = min(demand, capacity)
        # Contracts roll over at 1 / REPRICING_YEARS a year and reprice by how long investors
        # have been out (the pull-back remembered over as many years), towards PULLBACK_REPRICING
        # of the part of the clearing rise the boom left out.
        lasting = lasting + (pull - lasting) / REPRICING_YEARS
        repriced = repriced + (lasting - repriced) / REPRICING_YEARS
        share = pct("scarcity_pricing")
        share = share + (1.0 - share) * PULLBACK_REPRICING * repriced
        if demand > capacity > 0.0:      # scarcity pricing: a share of the clearing price rise
            served = capacity * (demand / capacity) ** (share / v["price_elasticity"])
        organic = served * (1.0 - circ)

        # §6 builders' cash flows, debt and lender losses.
        cloud_rev = organic * (1.0 - lab_share) + served * circ
        margin = pct("ai_ebitda_margin")
        ebitda = [ebitda_base[t] + margin * cloud_rev * cloud_w[0], margin * cloud_rev * cloud_w[1]]
        cash_used = [min(cash[i], spent_kind[i]) for i in (0, 1)]
        external = [spent_kind[i] - cash_used[i] for i in (0, 1)]
        # Lenders lose the stranded share of the collateral they lent against (S5); with no
        # collateral left (a fully depreciated book, only round-off) there is nothing to strand.
        book_before = collateral_n - want[SECOND]
        stranded_share = _clip(stranded_n / book_before, 0.0, 1.0) if book_before > 1e-9 else 0.0
        lender_loss = stranded_share * debt[SECOND]
        # The hyperscalers' repayment came out of their cash (above); the second tier's loans
        # fall at the amortisation rate and at least in step with the lenders' share of the
        # collateral's depreciation (never more than it owes), refinanced against new hardware.
        repaid = [hyper_paid,
                  min(max(debt[SECOND] * amortise, ltv * depreciation_n), debt[SECOND])]
        for i in (0, 1):
            debt[i] = debt[i] - repaid[i] + external[i] * debt_like
        repaid[SECOND] += cure
        debt[HYPER] += unpaid[HYPER]
        lender_loss = min(lender_loss, debt[SECOND])     # no more than is owed
        debt[SECOND] -= lender_loss
        # Debt above the second tier's collateral (its hardware's book value) is written off as
        # far as it also exceeds the debt the second tier's EBITDA services at its rate plus the
        # amortisation rate (debt-service cover 1, R19).
        book_n_now = init["book_n"] + sum(vin["book_n"] for vin in vintages) + sum(halls[SECOND])
        serviced = ebitda[1] / max(pct("interest_rate") + spread + amortise, 1e-9)
        excess_debt = max(debt[SECOND] - max(book_n_now, serviced), 0.0)
        debt[SECOND] -= excess_debt
        lender_loss += excess_debt + unpaid[SECOND]
        lab_equity_used = min(lab_equity, spent_kind[LAB])
        vendor_used = spent_kind[LAB] - lab_equity_used

        # §7 investors judge the revenue they count against the full cost.
        judged = served * (1.0 - circ * pct("investor_lookthrough")) / max(fullcost, 1e-9)
        gap = _clip(1.0 - judged / threshold, -MAX_RECOVERY_PER_YEAR, 1.0)
        if gap > 0:
            gap *= 1.0 + PANIC_FEEDBACK * pull
        if t > 0:
            impatience = _clip(impatience * (1.0 - IMPATIENCE_LEAK) + gap, 0.0, patience + MAX_EXCESS)

        # §6 credit for next year: second-tier leverage (capped; 0 without debt) is reported; the
        # spread widens with the pull-back and with the second tier's loan-to-value above the
        # lenders' limit (full widening SPREAD_PER_LTV when debt reaches the whole book value).
        lev_n = debt[SECOND] / max(ebitda[1], debt[SECOND] / LEVERAGE_CAP) if debt[SECOND] > 0 else 0.0
        ltv_now = debt[SECOND] / max(book_n_now, 1e-9)
        over = _clip((ltv_now - ltv) / max(1.0 - ltv, 1e-9), 0.0, 1.0)
        spread_extra = SPREAD_PER_PULLBACK * pull + SPREAD_PER_LTV * over
        total_debt = max(debt[HYPER] + debt[SECOND], MARKET_DEBT_FLOOR * (ebitda[0] + ebitda[1]))
        market_extra = SPREAD_PER_PULLBACK * pull + SPREAD_PER_LTV * over \
            * (debt[SECOND] / total_debt if total_debt > 0 else 0.0)

        # record the year
        o = out
        o["capex_total_busd"][t] = sum(paid)
        us_fitted[t] = spent[US]
        for r, name in enumerate(REGIONS):
            o[f"capex_{name}_busd"][t] = paid[r]
        for k, name in enumerate(KINDS):
            o[f"capex_{name}_busd"][t] = spent_kind[k]
        o["capex_desired_busd"][t] = sum(desired) + moved * (premium - 1.0)   # at the prices paid
        o["capex_backlog_busd"][t] = sum(sum(row) for row in backlog)
        o["capex_cancelled_busd"][t] = cancelled
        o["capex_unfunded_busd"][t] = sum(want) - sum(spent_kind)
        o["capex_refit_busd"][t] = sum(refit) * kappa
        o["capex_relocated_busd"][t] = moved_spent
        load_total = shortfall_total = 0.0
        for r in range(len(REGIONS)):
            load = drawing[r] * pue
            need = (fleet[r] + desired[r] / kappa) * pue
            load_total += min(load, grid[r][t])
            shortfall_total += max(need - grid[r][t], 0.0)
            if r == US:
                o["power_demand_us_gw"][t] = need
                o["power_available_us_gw"][t] = grid[r][t]
                o["power_shortfall_us_gw"][t] = max(need - grid[r][t], 0.0)
                o["power_load_us_gw"][t] = min(load, grid[r][t])
        o["power_load_total_gw"][t] = load_total
        o["power_shortfall_total_gw"][t] = shortfall_total
        o["ai_revenue_busd"][t] = served
        o["ai_revenue_organic_busd"][t] = organic
        o["ai_revenue_circular_busd"][t] = served * circ
        o["ai_revenue_demand_busd"][t] = demand
        o["compute_capacity_busd"][t] = capacity
        o["compute_price_index"][t] = price[t]
        # a unit of new compute: the revenue it serves at this year's price (with scarcity, or
        # less when compute stands idle) against its own full cost this year
        earned_per_unit = v["revenue_per_gw"] * util * price[t] * (
            o["ai_revenue_busd"][t] / capacity if capacity > 1e-9 else 1.0)
        o["compute_price_to_fullcost_ratio"][t] = earned_per_unit / unit_cost[t]
        # R1 prices GPU spend: the accelerators of the projects fitted this year (their full
        # value), not the halls put up ahead of power (the facility only, R2)
        required = sum(spent) * pct("gpu_share_of_capex") / R1_GPU_SHARE_OF_DC_COST \
            / (1.0 - R1_END_USER_MARGIN)
        o["required_revenue_busd"][t] = required
        o["revenue_coverage_ratio"][t] = served / max(required, 1e-9)
        o["organic_coverage_ratio"][t] = organic / max(required, 1e-9)
        o["required_revenue_fullcost_busd"][t] = fullcost
        o["fullcost_coverage_ratio"][t] = served / max(fullcost, 1e-9)
        o["judged_coverage_ratio"][t] = judged
        o["investor_impatience"][t] = impatience
        o["investor_pullback"][t] = pull
        o["depreciation_busd"][t] = depreciation
        o["writedown_busd"][t] = written
        o["invested_capital_busd"][t] = invested
        o["energy_cost_busd"][t] = energy
        ext = sum(external)
        top_up = debt_like - raw_debt_like            # missing debt-like share, booked as debt
        scale_rest = 1.0 - top_up / max(1.0 - raw_debt_like, 1e-12)
        o["financing_cashflow_busd"][t] = sum(cash_used)
        o["financing_debt_busd"][t] = (w[0] + top_up) * ext
        o["financing_equity_busd"][t] = w[1] * ext * scale_rest + lab_equity_used + vendor_used
        o["financing_spv_busd"][t] = w[2] * ext
        o["financing_leasing_busd"][t] = w[3] * ext
        o["financing_commitments_busd"][t] = w[4] * ext * scale_rest
        o["financing_vendor_busd"][t] = vendor_used
        o["debt_stock_busd"][t] = sum(debt)
        o["debt_second_tier_busd"][t] = debt[SECOND]
        o["interest_busd"][t] = sum(interest)
        o["ebitda_busd"][t] = sum(ebitda)
        o["leverage_ratio"][t] = sum(debt) / max(sum(ebitda), sum(debt) / LEVERAGE_CAP) if sum(debt) > 0 else 0.0
        o["leverage_second_tier_ratio"][t] = lev_n
        # INTENT: reported up to LEVERAGE_CAP, as the engine reports second-tier leverage. Once
        # the second tier's hardware has run off, its book is 0 (or round-off) while debt
        # remains; the engine divides by a 1e-9 floor and reports ratios near 1e10 (see the
        # report). The spread above is unaffected: its term is full from a ratio of 1 on.
        o["second_tier_loan_to_value_ratio"][t] = min(ltv_now, LEVERAGE_CAP)
        o["credit_spread_pct"][t] = 100.0 * spread
        o["lender_losses_busd"][t] = lender_loss
        o["debt_repaid_busd"][t] = sum(repaid)
        o["interest_unpaid_busd"][t] = sum(unpaid)
        o["debt_rolled_over_busd"][t] = repaid[SECOND] - cure    # no cash pays it (the cure is cash)
        o["stranded_busd"][t] = stranded
        o["circular_share"][t] = circ
        o["capex_halls_ahead_busd"][t] = halls_built
        o["halls_waiting_busd"][t] = sum(map(sum, halls))

        # carried into next year
        # The brake counts the builders' planned AI capex in every region (deferred and
        # relocated projects included) against US GDP.
        # (entry's lift is left out of the brake)
        broad_share_prev = v["ai_capex_breadth"] * (sum(desired) - lifted) / gdp[t]
        for k in range(len(KINDS)):
            # what each region's own builders planned and spent: a relocated project belongs to
            # the US plan, not to RoW's (it was only built there)
            owned = [powered[k][r] for r in range(len(REGIONS))]
            owned_spent = [spent_k[k][r] for r in range(len(REGIONS))]
            owned[US] += moved_k[k]                      # planned at US prices
            owned[ROW] -= moved_k[k] * premium           # built abroad, with the premium
            owned_spent[US] += funded[k] * moved_k[k]
            owned_spent[ROW] -= funded[k] * moved_k[k] * premium
            for r in range(len(REGIONS)):
                # entry's lift is a level: the unfunded part comes out of it first
                trend = owned[r] / lift
                plan_base[k][r] = (min(owned_spent[r], trend) + FUNDING_MEMORY * (1.0 - pull)
                                   * max(trend - owned_spent[r], 0.0)) / cut
            abroad_share[k] = moved_k[k] / owned[US] if owned[US] > 0 else 0.0
        pull_prev = pull
        judged_prev = judged if t > 0 else 0.0     # 2024 is history: no entry in 2025 from it
        ebitda_prev = ebitda
        organic_prev, circular_prev = organic, served * circ

    out["market_spread_pct"] = market_spread
    _macro(out, v, pct, gdp, us_fitted)
    _stress(out)
    _bust(out, bust_year)
    return out


def _macro(out: dict, v: dict, pct, gdp: list, us_fitted: list) -> None:
    """US AI investment (% of GDP) and its GDP-growth contribution (pp), imports netted out by
    content: the accelerators of the projects fitted in the year (`us_fitted`, their full value)
    at accelerator_import_share, the rest of the broad investment (halls built ahead of power
    included: no accelerator in them) at import_share."""
    breadth, acc = v["ai_capex_breadth"], pct("gpu_share_of_capex")
    out["us_gdp_busd"] = list(gdp)
    out["us_ai_investment_busd"], out["us_ai_capex_share_gdp_pct"] = [], []
    out["us_gdp_growth_contribution_pp"] = []

    def domestic(t: int) -> float:
        broad = breadth * out["capex_us_busd"][t]
        accelerators = acc * us_fitted[t]
        imported = accelerators * pct("accelerator_import_share") \
            + (broad - accelerators) * pct("import_share")
        return (broad - imported) * v["gdp_multiplier"]

    for t, capex in enumerate(out["capex_us_busd"]):
        broad = breadth * capex
        if t == 0:
            before, gdp_before = domestic(0) * CAPEX_2023_OVER_2024, gdp[0] / (1.0 + pct("gdp_growth"))
        else:
            before, gdp_before = domestic(t - 1), gdp[t - 1]
        out["us_ai_investment_busd"].append(broad)
        out["us_ai_capex_share_gdp_pct"].append(100.0 * broad / gdp[t])
        out["us_gdp_growth_contribution_pp"].append(100.0 * (domestic(t) - before) / gdp_before)


def _stress(out: dict) -> None:
    """Stress index 0-100 as the weighted sum of nine parts, each clipped to 0..1 (§9)."""
    for name in STRESS:
        out[f"stress_{name}"] = []
    out["stress_index"] = []
    running_peak = 0.0
    spread0 = out["market_spread_pct"][0]
    for t in range(len(out["capex_total_busd"])):
        running_peak = max(running_peak, out["capex_total_busd"][t])
        raw = {
            "coverage": 1.0 - out["fullcost_coverage_ratio"][t],
            "leverage": out["leverage_ratio"][t],
            "credit": out["market_spread_pct"][t] - spread0
            + CALM_SPREAD_WEIGHT * max(spread0 - CALM_SPREAD, 0.0),
            "losses": out["stranded_busd"][t] / max(out["ebitda_busd"][t], 1e-9),
            "power": out["power_shortfall_us_gw"][t] / max(out["power_demand_us_gw"][t], 1e-9),
            "circularity": out["circular_share"][t],
            "pullback": out["investor_pullback"][t],
            "debt_service": out["interest_busd"][t] / max(out["ebitda_busd"][t], 1e-9),
            "capex_fall": 1.0 - out["capex_total_busd"][t] / max(running_peak, 1e-9),
        }
        total = 0.0
        for name, (weight, full) in STRESS.items():
            part = 100.0 * weight * _clip(raw[name] / full, 0.0, 1.0)
            out[f"stress_{name}"].append(part)
            total += part
        out["stress_index"].append(total)


def _bust(out: dict, bust_year: int) -> None:
    """Bust flag by year, bust year (0 = none) and depth: the deepest fall of total capex below
    its running peak, in %."""
    capex = out["capex_total_busd"]
    out["bust_flag"] = [1.0 if START + t == bust_year else 0.0 for t in range(len(capex))]
    out["bust_year"] = bust_year
    peak = depth = 0.0
    for x in capex:
        peak = max(peak, x)
        depth = max(depth, 100.0 * (1.0 - x / max(peak, 1e-9)))
    out["bust_depth_pct"] = depth

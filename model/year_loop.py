"""The engine's yearly loop (docs/MODEL.md §1-§7), compiled with numba, one scenario at a time.

model/engine.py prepares every path that does not feed back (growth schedule, power available,
hardware cost and efficiency, the price of compute, demand) as arrays and calls `year_loop`,
which carries the stocks that do feed back: investor confidence, plans and backlog, the fleet
by vintage, book values, debt and credit. The loop is written over scalars, which is what numba
compiles best: in numpy, one scenario cost about 14 ms of per-operation overhead (bench key
`model_run_ms`, docs/PERFORMANCE.md), compiled it costs microseconds.

Inputs are packed into three arrays so that the signature stays short and stable:
`s` (N, NS) holds per-scenario scalars (index constants S_*), `y` (N, NY, T) per-year paths
(Y_*), `yr` (N, NYR, R, T) per-region paths (YR_*). Outputs: `hist` (N, NH, T) with H_* rows,
and the (N, R, T) / (N, K, T) arrays the engine reads back.
"""
from __future__ import annotations

import math
import threading

import numpy as np

# Grid-GW power outputs: power[P_*] (N, T)
POWER = ("power_demand_us_gw", "power_available_us_gw", "power_shortfall_us_gw",
         "power_load_us_gw", "power_load_total_gw", "power_shortfall_total_gw")
(P_DEMAND_US, P_AVAILABLE_US, P_SHORTFALL_US, P_LOAD_US, P_LOAD_TOTAL, P_SHORTFALL_TOTAL) = range(6)
NP = 6
# Per-scenario scalars: s[:, S_*]
(S_PATIENCE, S_PULL_FLOOR, S_SEVERITY, S_CANCEL, S_REFIT, S_RELOCATE, S_PREMIUM, S_SPREAD0,
 S_RATE, S_REINVEST, S_LEV_H, S_DEBT_LIKE, S_LTV, S_LAB_MULT, S_CIRC0, S_REV_PER_UNIT,
 S_INIT_AGE_EFF, S_LIFE, S_WRITEDOWN, S_PUE, S_ENERGY_PER_GW, S_WACC, S_LAB_SHARE, S_MARGIN,
 S_KIND_W_H, S_KIND_W_N, S_AMORT, S_LOOKTHROUGH, S_THRESHOLD, S_BREADTH, S_INIT_BOOK,
 S_INIT_BOOK_N, S_DEBT_H, S_DEBT_N, S_EBITDA_H0, S_EBITDA_N0, S_LAB_REV0, S_VENDOR0,
 S_SHARE_H, S_SHARE_N, S_SHARE_L, S_SCARCITY, S_ENTRY, S_HURDLE, S_REPRICE) = range(45)
NS = 45
# Per-year paths: y[:, Y_*, t]
(Y_KAPPA, Y_EFFICIENCY, Y_SURVIVAL, Y_DEP_RATE, Y_INIT_LEFT, Y_PRICE, Y_DEMAND, Y_EBITDA_BASE,
 Y_GDP) = range(9)
NY = 9
# Per-region paths: yr[:, YR_*, r, t]
YR_GROWTH, YR_AVAILABLE_IT = range(2)
NYR = 2
# Recorded history: hist[:, H_*, t]
HIST = ("capex_desired", "capex_backlog", "capex_cancelled", "capex_unfunded", "capex_refit",
        "capex_relocated", "revenue", "organic", "circular", "demand", "capacity", "price",
        "depreciation", "writedown", "energy", "invested", "fullcost", "judged_cov",
        "impatience", "pullback", "spread", "ebitda", "lev_n", "ltv_now", "interest", "debt",
        "debt_n", "cash", "external_hn", "lab_equity", "lab_vendor", "lender_losses",
        "circular_share", "stranded", "market_spread", "repaid", "interest_unpaid", "rolled_over",
        "halls_built", "halls_waiting", "halls_us")
(H_DESIRED, H_BACKLOG, H_CANCELLED, H_UNFUNDED, H_REFIT, H_RELOCATED, H_REVENUE, H_ORGANIC,
 H_CIRCULAR, H_DEMAND, H_CAPACITY, H_PRICE, H_DEPRECIATION, H_WRITEDOWN, H_ENERGY, H_INVESTED,
 H_FULLCOST, H_JUDGED, H_IMPATIENCE, H_PULLBACK, H_SPREAD, H_EBITDA, H_LEV_N, H_LTV_NOW,
 H_INTEREST, H_DEBT, H_DEBT_N, H_CASH, H_EXTERNAL, H_LAB_EQUITY, H_LAB_VENDOR, H_LENDER_LOSSES,
 H_CIRC_SHARE, H_STRANDED, H_MARKET_SPREAD, H_REPAID, H_INTEREST_UNPAID, H_ROLLED_OVER,
 H_HALLS_BUILT, H_HALLS_WAITING, H_HALLS_US) = range(41)
NH = 41


def constants(engine) -> np.ndarray:
    """The engine's loop constants as one float array (order of `_unpack_constants`)."""
    return np.array([engine.PULLBACK_WIDTH, engine.IMPATIENCE_LEAK, engine.MAX_SHRINK_FACTOR,
                     engine.MAX_SHRINK, engine.MAX_RECOVERY_PER_YEAR, engine.PANIC_FEEDBACK,
                     engine.MAX_EXCESS, engine.SPREAD_PER_PULLBACK, engine.SPREAD_PER_LTV,
                     engine.LEVERAGE_CAP, engine.SPREAD_CLOSED, engine.CROWDING_LIMIT,
                     engine.FUNDING_MEMORY, engine.ROOM_USE, float(engine.START_YEAR),
                     float(engine.ROW), engine.ENTRY_ADJUSTMENT, engine.RELOCATION_RETURN,
                     engine.REFIT_YEAR_OLD_SHARE, engine.RATING_LEVERAGE,
                     engine.REFIT_LOSS_EXPENSED, engine.HYPER_SPREAD_SHARE,
                     engine.HALL_SHARE_OF_CAPEX, engine.RATING_RATE, engine.MARKET_DEBT_FLOOR,
                     1.0 / engine.REPRICING_YEARS, engine.DEMAND_CAP_SHARE_OF_GDP],
                    dtype=np.float64)


def year_loop(s, y, yr, power_2024_it, base_prev0, k_const):
    """Run the yearly loop for every scenario. Shapes: s (N, NS), y (N, NY, T), yr (N, NYR, R, T),
    power_2024_it (N, R) IT GW, base_prev0 (N, K, R) $B, k_const from `constants`.
    Returns hist (NH, N, T), capex_r (R, N, T) $B, capex_kind (K, N, T) $B, power (NP, N, T)
    grid GW (rows P_*), and bust_year (N,) (0 = no bust). Scenario-last layouts keep each
    output column contiguous for the numpy code that reads them."""
    width, leak, max_shrink_factor, max_shrink = k_const[0], k_const[1], k_const[2], k_const[3]
    max_recovery, panic, max_excess = k_const[4], k_const[5], k_const[6]
    spread_per_pull, spread_per_ltv, lev_cap, spread_closed = k_const[7], k_const[8], k_const[9], k_const[10]
    crowding, funding_memory, room_use = k_const[11], k_const[12], k_const[13]
    start_year, row = int(k_const[14]), int(k_const[15])
    entry_adjustment = k_const[16]
    come_home = k_const[17]
    young_share = k_const[18]   # refittable share of one-year-old hardware (§2)
    rating_leverage = k_const[19]   # debt ÷ EBITDA at which the hyperscalers keep all their cash (§6)
    refit_expense = k_const[20]   # share of unexpensed refit losses expensed a year (§5)
    hyper_spread = k_const[21]    # share of the calm spread the investment-grade hyperscalers pay (§6)
    hall_share = k_const[22]      # the hall's share of a project's capex, built ahead of power (§2)
    rating_rate = k_const[23]     # the hyperscalers' calm rate at which their lenders' limit is stated (§6)
    market_floor = k_const[24]    # least debt, × EBITDA, the market's widening weighs the second tier in (§6)
    reprice_pace = k_const[25]    # share of contracts that roll over in a year (§4 repricing in a pull-back)
    demand_cap_share = k_const[26]   # AI demand at cost price, circular deals included, is bounded by this share of US GDP (§4)
    n, nr, T = yr.shape[0], yr.shape[2], yr.shape[3]
    nk = 3
    hist = np.zeros((NH, n, T))
    capex_r = np.zeros((nr, n, T))
    capex_kind = np.zeros((nk, n, T))
    power = np.zeros((NP, n, T))
    bust_year = np.zeros(n, dtype=np.int64)
    # per-scenario work arrays, reused
    alive_gw = np.zeros((nr, T))          # IT GW of vintage v not retired early by refits
    init_mult = np.ones(nr)
    book = np.zeros(T)
    book_n = np.zeros(T)
    alive_old = np.zeros((nr, T))
    eff_all = np.zeros(nr)               # effective compute of the fleet in service, by region
    eff_old = np.zeros(nr)               # … of its part two or more years old (refittable)
    early = np.zeros(T)
    refit_w = np.zeros(T)                # refittable share of each vintage by its age (§2)
    backlog = np.zeros((nk, nr))
    base_prev = np.zeros((nk, nr))
    desired_k = np.zeros((nk, nr))
    powered_k = np.zeros((nk, nr))
    spent_k = np.zeros((nk, nr))
    cancelled = np.zeros((nk, nr))
    halls = np.zeros((nk, nr))           # halls built ahead of power, waiting for it ($B, §2)
    hall_build = np.zeros((nk, nr))      # halls to put up this year for the backlog, before funding
    g = np.zeros(nr)
    desired = np.zeros(nr)
    fleet = np.zeros(nr)
    init_alive = np.zeros(nr)
    headroom = np.zeros(nr)
    old_gw = np.zeros(nr)
    refit_cap = np.zeros(nr)
    power_cap = np.zeros(nr)
    ratio = np.zeros(nr)
    spent = np.zeros(nr)
    gw = np.zeros(nr)
    refit_gw = np.zeros(nr)
    retire = np.zeros(nr)
    moved_k = np.zeros(nk)
    abroad_prev = np.zeros(nk)           # the part of each kind's US base built abroad (§2)
    want = np.zeros(nk)
    capacity = np.zeros(nk)
    funded = np.zeros(nk)
    spent_kind = np.zeros(nk)
    debt = np.zeros(2)

    for i in range(n):
        si = s[i]
        patience = si[S_PATIENCE]
        pull_floor = si[S_PULL_FLOOR]
        premium = si[S_PREMIUM]
        debt_like = si[S_DEBT_LIKE]
        ltv = si[S_LTV]
        book_life = si[S_LIFE]     # years over which hardware is written off (§5)
        alive_gw[:, :] = 0.0
        init_mult[:] = 1.0
        book[:] = 0.0
        book_n[:] = 0.0
        backlog[:, :] = 0.0
        halls[:, :] = 0.0
        base_prev[:, :] = base_prev0[i]
        abroad_prev[:] = 0.0
        init_book = si[S_INIT_BOOK]
        init_book_n = si[S_INIT_BOOK_N]
        debt[0] = si[S_DEBT_H]
        debt[1] = si[S_DEBT_N]
        impatience = 0.0
        lasting = 0.0      # how long investors have been out: the pull-back remembered (§4)
        repriced = 0.0     # share of contracts repriced in the pull-back (§4)
        deepest = 0.0      # the deepest pull-back so far: circular deals unwound do not re-form (§4)
        share_prev = 0.0
        pullback_prev = 0.0
        judged_prev = 0.0
        profit_seen = 0.0
        spread_extra = 0.0
        market_extra = 0.0
        unexpensed = 0.0   # refit losses not yet expensed (§5)
        ebitda_h_prev = si[S_EBITDA_H0]
        ebitda_n_prev = si[S_EBITDA_N0]

        for t in range(T):
            # §7 confidence: last year's impatience sets this year's pull-back (0 … 1).
            pull = (1.0 / (1.0 + math.exp(-(impatience - patience) / width)) - pull_floor) \
                / (1.0 - pull_floor)
            if pull >= 0.5 and bust_year[i] == 0:
                bust_year[i] = start_year + t
            cut = 1.0 - si[S_SEVERITY] * pull
            if t:                      # §1 hurdle: a level, like the pull-back's cut (2024 is history)
                cut *= si[S_HURDLE]

            # §1 plans by kind and region; crowding out; the pull-back slows growth. Entry lifts
            # this year's plans by a share of the economic profit (the revenue investors count
            # above what they require, full cost × max(threshold, 1), as a share of it), as the
            # pull-back's cut lowers them. Builders see profit with a lag: the signal closes
            # ENTRY_ADJUSTMENT of its gap to last year's profit each year (no cobweb cycle).
            # Entry fades as crowding out nears, like growth.
            crowd = 1.0 - (share_prev / crowding) ** 2
            crowd = min(max(crowd, -1.0), 1.0)
            required = max(si[S_THRESHOLD], 1.0)
            # (judged_prev is 0 until 2025's judgement exists: no entry in 2024-25)
            profit_prev = max(1.0 - required / max(judged_prev, 1e-9), 0.0)
            profit_seen += entry_adjustment * (profit_prev - profit_seen)
            lift = 1.0 + si[S_ENTRY] * profit_seen * (1.0 - pull) * max(crowd, 0.0)
            slow = max(1.0 - 2.0 * pull, -max_shrink_factor)
            for r in range(nr):
                gr = yr[i, YR_GROWTH, r, t]
                gg = min(gr, gr * crowd)
                g[r] = max(min(gg, gg * slow), -max_shrink)
            cancel_rate = max(si[S_CANCEL], pull)
            for r in range(nr):
                desired[r] = 0.0
            lifted = 0.0
            for k in range(nk):
                for r in range(nr):
                    base = base_prev[k, r] * (1.0 + g[r])
                    cancelled[k, r] = backlog[k, r] * cancel_rate
                    desired_k[k, r] = base * cut * lift + backlog[k, r] - cancelled[k, r]
                    desired[r] += desired_k[k, r]
                    lifted += base * cut * (lift - 1.0)

            # §2-3 fleet in service before this year's vintage; headroom; refits.
            kappa = y[i, Y_KAPPA, t]
            init_left_t = y[i, Y_INIT_LEFT, t]
            for v in range(t):                   # all of it from two years, a share at one
                refit_w[v] = 1.0 if t - v >= 2 else young_share
            for r in range(nr):
                f = 0.0
                o = 0.0
                e_all = 0.0
                e_old = 0.0
                for v in range(t):
                    a = alive_gw[r, v] * y[i, Y_SURVIVAL, t - v]
                    alive_old[r, v] = a
                    f += a
                    e_all += a * y[i, Y_EFFICIENCY, v]
                    o += a * refit_w[v]
                    e_old += a * refit_w[v] * y[i, Y_EFFICIENCY, v]
                eff_all[r] = e_all
                eff_old[r] = e_old
                init_alive[r] = power_2024_it[i, r] * init_left_t * init_mult[r]
                fleet[r] = f + init_alive[r]
                old_gw[r] = o + init_alive[r]
                headroom[r] = max(yr[i, YR_AVAILABLE_IT, r, t] - fleet[r], 0.0)
                refit_cap[r] = si[S_REFIT] * old_gw[r]
                power_cap[r] = (headroom[r] + refit_cap[r]) * kappa
            # Relocation (S1, S2, S5): the follow-on phases of campuses already abroad stay there,
            # as far as RoW's spare power allows, except for those that come home to new US power
            # the plan built at home leaves free (at most come_home of them a year, fewer while
            # that power is small against them: no refits at home for them, no cliff abroad);
            # then part of the US overflow moves.
            spare_row = max(power_cap[row] - desired[row], 0.0)
            follow = 0.0
            for k in range(nk):
                follow += min(abroad_prev[k] * (1.0 + g[0]) * cut * lift, desired_k[k, 0])
            free_us = max(headroom[0] * kappa - (desired[0] - follow), 0.0)
            home = come_home * follow * free_us / (free_us + follow) if follow > 0 else 0.0
            sticky = min(follow - home, spare_row)
            overflow_us = max(desired[0] - sticky - power_cap[0], 0.0)
            extra = min(si[S_RELOCATE] * overflow_us, spare_row - sticky)
            moved = sticky + extra
            for r in range(nr):
                dom = min(desired[r], power_cap[r])
                if r == 0:
                    dom = min(desired[0] - moved, power_cap[0])
                ratio[r] = dom / max(desired[r], 1e-12) if desired[r] > 0 else 1.0
            for k in range(nk):
                moved_k[k] = moved * (desired_k[k, 0] / max(desired[0], 1e-12))
                for r in range(nr):
                    powered_k[k, r] = desired_k[k, r] * ratio[r]
                powered_k[k, row] += moved_k[k] * premium

            # What waits for power (the backlog) gets its hall now: builders put up the shell,
            # cooling and grid connection (HALL_SHARE_OF_CAPEX of the project, R2) while the grid
            # is late, and fit the hardware when power comes. A project powered this year uses
            # a hall built ahead first, and pays only the rest. §6: what each kind wants to pay
            # (nobody spends more than it can fund, below).
            backlog_sum = 0.0
            for k in range(nk):
                w = 0.0
                for r in range(nr):
                    b = desired_k[k, r] * (1.0 - ratio[r])
                    if r == 0:
                        b -= moved_k[k]
                    backlog[k, r] = max(b, 0.0)
                    backlog_sum += backlog[k, r]
                    use = min(halls[k, r], hall_share * powered_k[k, r])
                    hall_build[k, r] = max(hall_share * backlog[k, r] - (halls[k, r] - use), 0.0)
                    w += powered_k[k, r] - use + hall_build[k, r]
                want[k] = w
            spread = si[S_SPREAD0] + spread_extra / 100.0
            avail = min(max(1.0 - spread_extra / spread_closed, 0.0), 1.0)
            # The hyperscalers' credit closes with the market's widening: the pull-back's, and the
            # second tier's collateral part weighted by its share of the builders' debt (a small
            # second tier under water does not close everyone's credit).
            avail_h = min(max(1.0 - market_extra / spread_closed, 0.0), 1.0)
            market_extra_start = market_extra
            calm = si[S_RATE] + si[S_SPREAD0]      # the second tier's rate in calm markets
            calm_h = si[S_RATE] + hyper_spread * si[S_SPREAD0]   # the hyperscalers' (R14)
            # their debt over the rating line (R15): their payouts give way as it nears 1 (below);
            # past it they lose investment grade, their spread rising from a third of the calm
            # spread at the line to all of it at twice the line
            rating_use = debt[0] / max(rating_leverage * ebitda_h_prev, 1e-9)
            downgrade = min(max(rating_use - 1.0, 0.0), 1.0)
            interest_h = (calm_h + (1.0 - hyper_spread) * si[S_SPREAD0] * downgrade) * debt[0]
            interest_n = (si[S_RATE] + spread) * debt[1]
            # The hyperscalers repay the share amort of their debt out of cash flow before anything
            # is spent (what cash cannot repay stays owed); new borrowing is bounded by the room.
            # Payouts to shareholders give way as debt nears the leverage limit: the share of
            # EBITDA kept for capex rises from reinvest_share (no debt) to all of it (at the limit).
            # The lenders' limit is stated at the calm rate rating_rate; above it, it is the debt
            # whose interest costs the same share of EBITDA (interest cover, R15).
            cover = min(rating_rate / max(calm_h, 1e-9), 1.0)
            limit_h = si[S_LEV_H] * cover * ebitda_h_prev
            # Below the calm rate the payouts' rating line is read in interest cover too: debt that
            # costs less than at rating_rate takes a smaller share of EBITDA (R15), so payouts
            # give way later when money is cheap (above it the line stays RATING_LEVERAGE, §6).
            use_h = min(max(rating_use * min(calm_h, rating_rate) / rating_rate, 0.0), 1.0)
            keep_h = si[S_REINVEST] + (1.0 - si[S_REINVEST]) * use_h * use_h
            # The cash kept for capex is stated at the calm rate rating_rate: interest above what
            # the debt costs there is paid out of the payouts first (buybacks are the residual,
            # R18), and interest saved below it goes to the payouts, less so as debt nears the
            # lenders' limit (none at it), so cheaper money is not a cash windfall for capex and
            # dearer money is not borrowed back (§6, "Payouts take the change in interest").
            interest_calm = rating_rate * debt[0]
            if interest_h >= interest_calm:
                interest_kept = interest_h - min(interest_h - interest_calm,
                                                 (1.0 - keep_h) * ebitda_h_prev)
            else:
                room_left = max(1.0 - debt[0] / max(limit_h, 1e-9), 0.0)
                interest_kept = interest_h + (interest_calm - interest_h) * room_left
            free_h = max(keep_h * ebitda_h_prev - interest_kept, 0.0)
            repaid_h = min(si[S_AMORT] * debt[0], free_h)
            cash_h = free_h - repaid_h
            cash_n = max(si[S_REINVEST] * ebitda_n_prev - interest_n, 0.0)
            # Interest beyond all of last year's EBITDA (the payouts already cut to nothing)
            # cannot be paid in cash. The hyperscalers borrow it (it is added to their debt, paid
            # in kind); the second tier's asset-backed lenders go without it: a lender loss.
            unpaid_h = max(interest_h - ebitda_h_prev, 0.0)
            unpaid_n = max(interest_n - ebitda_n_prev, 0.0)
            room_h = avail_h * room_use * max(limit_h - debt[0], 0.0) / debt_like
            book_n_before = init_book_n
            for v in range(t):
                book_n_before += book_n[v]
            for r in range(nr):
                book_n_before += halls[1, r]     # the second tier's halls are collateral too
            # Debt above the collateral's book value that the lenders carried (below) is a
            # borrowing-base deficiency: the second tier prepays it out of last year's EBITDA
            # after interest before it pays out or spends anything (R19).
            free_n = max(ebitda_n_prev - interest_n, 0.0)
            cure_n = min(free_n, max(debt[1] - book_n_before, 0.0))
            cash_n = min(cash_n, free_n - cure_n)
            debt[1] -= cure_n
            collateral_n = book_n_before + want[1]
            room_n = avail * max(ltv * collateral_n - debt[1], 0.0) / debt_like
            if t:
                lab_revenue_prev = hist[H_ORGANIC, i, t - 1] * si[S_LAB_SHARE]
                vendor_prev = hist[H_CIRCULAR, i, t - 1]
            else:
                lab_revenue_prev = si[S_LAB_REV0]
                vendor_prev = si[S_VENDOR0]
            lab_equity = (1.0 - pull) * si[S_LAB_MULT] * lab_revenue_prev
            capacity[0] = cash_h + room_h
            capacity[1] = cash_n + room_n
            capacity[2] = lab_equity + vendor_prev
            unfunded = 0.0
            halls_built = 0.0
            halls_waiting = 0.0
            for r in range(nr):
                spent[r] = 0.0
                capex_r[r, i, t] = 0.0
            for k in range(nk):
                if t == 0:
                    capacity[k] = max(capacity[k], want[k])   # 2024 is history: it was funded
                funded[k] = min(capacity[k] / max(want[k], 1e-12), 1.0) if want[k] > 0 else 1.0
                sk = 0.0
                for r in range(nr):
                    # spent_k: the projects completed (their full value: GW, book, plans)
                    spent_k[k, r] = powered_k[k, r] * funded[k]
                    used = min(halls[k, r], hall_share * spent_k[k, r])
                    built = hall_build[k, r] * funded[k]
                    halls[k, r] += built - used
                    paid = spent_k[k, r] - used + built     # the year's capex of kind k in r
                    sk += paid
                    spent[r] += spent_k[k, r]
                    capex_r[r, i, t] += paid
                    halls_built += built
                    halls_waiting += halls[k, r]
                spent_kind[k] = sk
                unfunded += want[k] - sk
            moved_spent = 0.0
            for k in range(nk):
                moved_spent += moved_k[k] * funded[k]
            moved_spent *= premium

            # New GW; refits retire the oldest hardware early.
            refit_busd = 0.0
            load_sum = 0.0
            any_retired = False
            pue = si[S_PUE]
            load_total = 0.0
            shortfall_total = 0.0
            for r in range(nr):
                gw[r] = spent[r] / kappa
            gw[row] -= moved_spent * (1.0 - 1.0 / premium) / kappa   # relocated GW cost more
            for r in range(nr):
                refit_gw[r] = min(max(gw[r] - headroom[r], 0.0), refit_cap[r])
                retire[r] = refit_gw[r] / max(old_gw[r], 1e-12) if old_gw[r] > 0 else 0.0
                alive_gw[r, t] = gw[r]
                if retire[r] > 0:
                    any_retired = True
                    for v in range(t):                        # each its refittable share
                        alive_gw[r, v] *= 1.0 - retire[r] * refit_w[v]
                init_mult[r] *= 1.0 - retire[r]
                load_it = fleet[r] - refit_gw[r] + gw[r]   # refitted hardware draws no power
                refit_busd += refit_gw[r] * kappa
                load_sum += load_it
                # Grid GW (× PUE): load within what is available, demand and shortfall.
                available = yr[i, YR_AVAILABLE_IT, r, t] * pue
                demand_grid = (fleet[r] + desired[r] / kappa) * pue
                load_total += min(load_it * pue, available)
                shortfall_total += max(demand_grid - available, 0.0)
                if r == 0:
                    power[P_DEMAND_US, i, t] = demand_grid
                    power[P_AVAILABLE_US, i, t] = available
                    power[P_SHORTFALL_US, i, t] = max(demand_grid - available, 0.0)
                    power[P_LOAD_US, i, t] = min(load_it * pue, available)
            power[P_LOAD_TOTAL, i, t] = load_total
            power[P_SHORTFALL_TOTAL, i, t] = shortfall_total

            # §3 effective compute and revenue capacity (2024-GW equivalents).
            # (vintages in service, less what refits retired, plus this year's; then the
            # initial fleet)
            eff_units = 0.0
            for r in range(nr):
                eff_units += eff_all[r] - retire[r] * eff_old[r] + gw[r] * y[i, Y_EFFICIENCY, t]
            init_alive_sum = 0.0
            init_retired = 0.0
            for r in range(nr):
                eff_units += init_alive[r] * (1.0 - retire[r]) * si[S_INIT_AGE_EFF]
                init_alive_sum += init_alive[r]
                init_retired += init_alive[r] * retire[r]
            capacity_rev = eff_units * si[S_REV_PER_UNIT] * y[i, Y_PRICE, t]

            # §5 full cost of the installed base: depreciation, write-downs, energy, capital.
            # share of each vintage retired early by this year's refits
            for v in range(t + 1):
                early[v] = 0.0
            if any_retired:
                for v in range(t):
                    aw = 0.0
                    rw = 0.0
                    for r in range(nr):
                        aw += alive_old[r, v]
                        rw += alive_old[r, v] * retire[r] * refit_w[v]
                    early[v] = rw / max(aw, 1e-12) if aw > 0 else 0.0
            book[t] = 0.0
            book_n[t] = 0.0
            for r in range(nr):
                book[t] += spent[r]
                book_n[t] += spent_k[1, r]
            deepen = max(pull - pullback_prev, 0.0) * si[S_WRITEDOWN]
            dep_sum = 0.0
            loss_sum = 0.0
            dep_n_sum = 0.0
            stranded = 0.0
            stranded_n = 0.0
            invested = 0.0
            book_n_now = 0.0
            for v in range(t + 1):
                rate_v = y[i, Y_DEP_RATE, t - v]
                stranded_share = deepen * (1.0 - early[v])
                loss_share = early[v] + stranded_share
                dep = book[v] * rate_v
                loss = (book[v] - dep) * loss_share
                dep_n = book_n[v] * rate_v
                loss_n = (book_n[v] - dep_n) * loss_share
                stranded += (book[v] - dep) * stranded_share
                stranded_n += (book_n[v] - dep_n) * stranded_share
                book[v] -= dep + loss
                book_n[v] -= dep_n + loss_n
                dep_sum += dep
                loss_sum += loss
                dep_n_sum += dep_n
                invested += book[v]
                book_n_now += book_n[v]
            # the 2024 fleet's book, (1 - k / book life)^2 of its 2024 value at the start of year k
            book_left = min(max(1.0 - (t + 1.0) / book_life, 0.0), 1.0)
            if book_left > 0:
                init_dep = init_book * (1.0 - book_left ** 2
                                        / max((book_left + 1.0 / book_life) ** 2, 1e-12))
            else:
                init_dep = init_book
            init_early = init_retired / max(init_alive_sum, 1e-12)
            init_loss = (init_book - init_dep) * (init_early + deepen * (1.0 - init_early))
            stranded += (init_book - init_dep) * deepen * (1.0 - init_early)
            n_share = init_book_n / max(init_book, 1e-12)
            stranded_n += (init_book_n - init_dep * n_share) * deepen * (1.0 - init_early)
            init_dep_n = init_dep * n_share
            init_loss_n = init_loss * n_share
            init_book = init_book - init_dep - init_loss
            init_book_n = init_book_n - init_dep_n - init_loss_n
            depreciation = dep_sum + init_dep
            written_down = loss_sum + init_loss
            invested += init_book + halls_waiting        # halls waiting for power tie up capital too
            book_n_now += init_book_n
            for r in range(nr):
                book_n_now += halls[1, r]
            energy = load_sum * si[S_ENERGY_PER_GW]     # IT GW × $B per IT GW-year
            # The capital charge: the cost of capital (which moves with the interest rate and
            # the calm spread, §4) on the installed base, plus the interest the builders pay
            # above their calm rates (the second tier's widening on its debt): credit that
            # tightens in a pull-back raises the full cost investors judge. (Until December 2026
            # it was charged on the debt-funded share of the base only, so more hyperscaler debt,
            # once debt passed the base's book value, diluted the second tier's widening.)
            extra_interest = max(interest_h + interest_n - calm_h * debt[0] - calm * debt[1],
                                 0.0)
            # The remaining book of hardware that refits retire early is expensed in full (a
            # vintage's cost is its price, whether it lives its useful life or not); stranded
            # write-downs in a pull-back are one-off impairments investors look through (§5).
            unexpensed += written_down - stranded
            refit_loss = unexpensed * refit_expense
            unexpensed -= refit_loss
            fullcost = depreciation + refit_loss + energy + si[S_WACC] * invested + extra_interest

            # §4 revenue: demand served by the installed compute; circular deals unwind. When
            # demand at cost price exceeds the capacity, the price rises by a share of the
            # market-clearing rise (D/C)^(1/ε): revenue C·(D/C)^(θ/ε), between C and D (ε > 1).
            # In a pull-back contracts reprice as they roll over: the share charged rises towards
            # θ + PULLBACK_REPRICING·(1 − θ) with the repriced share. A contract that rolls over
            # reprices by how long investors have been out (the pull-back remembered over the
            # same years), not by this year's mood, so a pull-back of a year or two hardly
            # reprices (below 1 < ε, so revenue still rises with capacity).
            lasting += (pull - lasting) * reprice_pace
            repriced += (lasting - repriced) * reprice_pace
            # Circular deals unwind with the pull-back and do not re-form when investors return:
            # the share is the input share times 1 − the deepest pull-back so far (a ratchet, §4)
            deepest = max(deepest, pull)
            circ = si[S_CIRC0] * (1.0 - deepest)
            # organic demand at cost price, grossed up by the round-tripped share, bounded
            # smoothly by a share of US GDP: circular deals are spending too and sit inside the
            # bound, not on top of it
            demand_cap = demand_cap_share * y[i, Y_GDP, t]
            demand_total = demand_cap * math.tanh(y[i, Y_DEMAND, t] / (1.0 - circ) / demand_cap)
            served = min(demand_total, capacity_rev)
            if demand_total > capacity_rev > 0.0:
                served = capacity_rev * (demand_total / capacity_rev) ** (
                    si[S_SCARCITY] + si[S_REPRICE] * repriced)
            organic = served * (1.0 - circ)

            # §6 builders' cash flows and debt.
            cloud_rev = organic * (1.0 - si[S_LAB_SHARE]) + served * circ
            ebitda_h = y[i, Y_EBITDA_BASE, t] + si[S_MARGIN] * cloud_rev * si[S_KIND_W_H]
            ebitda_n = si[S_MARGIN] * cloud_rev * si[S_KIND_W_N]
            cash_used_h = min(cash_h, spent_kind[0])
            cash_used_n = min(cash_n, spent_kind[1])
            external_h = spent_kind[0] - cash_used_h
            external_n = spent_kind[1] - cash_used_n
            # Lenders lose the debt-financed part of the second tier's stranded collateral (S5).
            frac = stranded_n / max(book_n_before, 1e-9) if book_n_before > 1e-9 else 0.0
            lender_loss = min(max(frac, 0.0), 1.0) * debt[1]
            # The second tier's asset-backed loans fall at the amortisation rate and at least in
            # step with the lenders' share of the collateral's depreciation, so its loan-to-value
            # stays at the limit; this repayment is refinanced against the new hardware, not paid
            # out of its cash (docs/MODEL.md §15 says why and what it hides).
            repay_n = min(max(debt[1] * si[S_AMORT], ltv * (dep_n_sum + init_dep_n)), debt[1])
            debt[0] = debt[0] - repaid_h + external_h * debt_like + unpaid_h
            owed_n = debt[1] - repay_n + external_n * debt_like
            lender_loss = min(lender_loss, owed_n)      # lenders lose no more than is owed
            debt[1] = owed_n - lender_loss
            # Debt above the collateral's book value (early retirements by refits and depreciation
            # outrunning the loans, S5) is lost in a restructuring only as far as the second tier's
            # earnings cannot carry it: lenders recover the larger of the collateral and the debt
            # this year's EBITDA services at its rate plus the amortisation rate (a debt-service
            # cover of 1, R19). A borrower that still services its debt is not restructured.
            carried_n = max(book_n_now, ebitda_n / max(si[S_RATE] + spread + si[S_AMORT], 1e-9))
            if debt[1] > carried_n:
                lender_loss += debt[1] - carried_n
                debt[1] = carried_n
            lender_loss += unpaid_n
            lab_equity_used = min(lab_equity, spent_kind[2])
            vendor_used = spent_kind[2] - lab_equity_used

            # §7 investors judge revenue they count against the installed base's full cost.
            judged = served * (1.0 - circ * si[S_LOOKTHROUGH]) / max(fullcost, 1e-9)
            gap = min(max(1.0 - judged / si[S_THRESHOLD], -max_recovery), 1.0)
            if gap > 0:
                gap = gap * (1.0 + panic * pull)
            if t:
                impatience = min(max(impatience * (1.0 - leak) + gap, 0.0), patience + max_excess)

            # §6 credit: spreads widen with the pull-back and second-tier leverage.
            if debt[1] > 0:
                lev_n = debt[1] / max(ebitda_n, max(debt[1], 1e-12) / lev_cap)
            else:
                lev_n = 0.0
            ltv_now = min(debt[1] / max(book_n_now, 1e-9), lev_cap)
            ltv_excess = min(max((ltv_now - ltv) / max(1.0 - ltv, 1e-9), 0.0), 1.0)
            spread_extra = spread_per_pull * pull + spread_per_ltv * ltv_excess
            # (weighted by the second tier's share of the builders' debt, counted at least at
            # MARKET_DEBT_FLOOR of their EBITDA: where the builders carry almost no debt, a small
            # second tier's collateral is not the market's)
            owed_now = max(debt[0] + debt[1], market_floor * (ebitda_h + ebitda_n))
            market_extra = spread_per_pull * pull + spread_per_ltv * ltv_excess \
                * (debt[1] / owed_now if owed_now > 0 else 0.0)

            h = hist[:, i, :]
            # what the builders want to spend, at the prices paid: a project moved abroad costs
            # the relocation premium more (reported only; crowding out reads the plans)
            h[H_DESIRED, t] = desired.sum() + moved * (premium - 1.0)
            h[H_BACKLOG, t] = backlog_sum
            h[H_CANCELLED, t] = cancelled.sum()
            h[H_UNFUNDED, t] = unfunded
            h[H_REFIT, t] = refit_busd
            h[H_RELOCATED, t] = moved_spent
            h[H_REVENUE, t] = served
            h[H_ORGANIC, t] = organic
            h[H_CIRCULAR, t] = served * circ
            h[H_DEMAND, t] = demand_total
            h[H_CAPACITY, t] = capacity_rev
            h[H_PRICE, t] = y[i, Y_PRICE, t]
            h[H_DEPRECIATION, t] = depreciation
            h[H_WRITEDOWN, t] = written_down
            h[H_ENERGY, t] = energy
            h[H_INVESTED, t] = invested
            h[H_FULLCOST, t] = fullcost
            h[H_JUDGED, t] = judged
            h[H_IMPATIENCE, t] = impatience
            h[H_PULLBACK, t] = pull
            h[H_SPREAD, t] = 100.0 * spread
            h[H_EBITDA, t] = ebitda_h + ebitda_n
            h[H_LEV_N, t] = lev_n
            h[H_LTV_NOW, t] = ltv_now
            h[H_INTEREST, t] = interest_h + interest_n
            h[H_DEBT, t] = debt[0] + debt[1]
            h[H_DEBT_N, t] = debt[1]
            h[H_CASH, t] = cash_used_h + cash_used_n
            h[H_EXTERNAL, t] = external_h + external_n
            h[H_LAB_EQUITY, t] = lab_equity_used
            h[H_LAB_VENDOR, t] = vendor_used
            h[H_LENDER_LOSSES, t] = lender_loss
            h[H_CIRC_SHARE, t] = circ
            h[H_STRANDED, t] = stranded
            h[H_MARKET_SPREAD, t] = 100.0 * si[S_SPREAD0] + market_extra_start
            h[H_REPAID, t] = repaid_h + repay_n + cure_n
            h[H_INTEREST_UNPAID, t] = unpaid_h + unpaid_n
            h[H_ROLLED_OVER, t] = repay_n
            h[H_HALLS_BUILT, t] = halls_built
            h[H_HALLS_WAITING, t] = halls_waiting
            halls_us = 0.0
            for k in range(nk):
                halls_us += halls[k, 0]
            h[H_HALLS_US, t] = halls_us       # the US part, for the GDP effect's content (§8)
            for k in range(nk):
                capex_kind[k, i, t] = spent_kind[k]
            # Next year's plan grows from realised spend, keeping FUNDING_MEMORY of what could
            # not be funded (a passing squeeze is not a lasting cut). Entry's lift is a level,
            # not a trend: it is taken out again, and what could not be funded is taken from
            # the lift first, so an unfunded lift never shrinks the plan.
            # Crowding out (§1) weighs the builders' plans in every region against US GDP, so a
            # project deferred or moved abroad for lack of power does not escape the brake.
            # (entry's lift is left out of the brake: counted, the lift and the brake answered
            # each other year by year near the limit, and capex zig-zagged)
            share_prev = si[S_BREADTH] * (desired.sum() - lifted) / y[i, Y_GDP, t]
            # Relocated projects stay in the US builders' plan (§2): next year's US plan grows
            # from them at the US rate; their follow-on phases go abroad again while RoW has the
            # power (abroad_prev: the relocated share of the US base); RoW's plan grows from its
            # own projects only.
            for k in range(nk):
                for r in range(nr):
                    own = powered_k[k, r]
                    own_spent = spent_k[k, r]
                    if r == 0:
                        own += moved_k[k]
                        own_spent += moved_k[k] * funded[k]
                    elif r == row:
                        own -= moved_k[k] * premium
                        own_spent -= moved_k[k] * premium * funded[k]
                    trend = own / lift     # the powered plan without entry's lift
                    base_prev[k, r] = (min(own_spent, trend) + funding_memory * (1.0 - pull)
                                       * max(trend - own_spent, 0.0)) / cut
                    if r == 0:
                        abroad_prev[k] = base_prev[k, 0] * moved_k[k] / own if own > 0 else 0.0
            pullback_prev = pull
            if t:
                judged_prev = judged
            ebitda_h_prev = ebitda_h
            ebitda_n_prev = ebitda_n
    return hist, capex_r, capex_kind, power, bust_year


# Columns derived from the loop's record after it has run (§6 financing, §8 macro, §9 stress,
# bust figures): finish(...)[F_*] (N, T).
FINISHED = ("capex_total_busd", "required_revenue_busd", "revenue_coverage_ratio",
            "organic_coverage_ratio", "fullcost_coverage_ratio", "financing_debt_busd",
            "financing_equity_busd", "financing_spv_busd", "financing_leasing_busd",
            "financing_commitments_busd", "leverage_ratio", "us_gdp_busd",
            "us_ai_investment_busd", "us_ai_capex_share_gdp_pct", "us_gdp_growth_contribution_pp",
            "stress_coverage", "stress_leverage", "stress_credit", "stress_losses", "stress_power",
            "stress_circularity", "stress_pullback", "stress_debt_service", "stress_capex_fall",
            "stress_index", "bust_flag")
(F_TOTAL, F_REQUIRED, F_COV, F_ORGANIC_COV, F_FULLCOST_COV, F_FIN_DEBT, F_FIN_EQUITY, F_FIN_SPV,
 F_FIN_LEASING, F_FIN_COMMITMENTS, F_LEVERAGE, F_GDP, F_BROAD, F_SHARE_GDP, F_GDP_CONTRIB,
 F_ST_COVERAGE, F_ST_LEVERAGE, F_ST_CREDIT, F_ST_LOSSES, F_ST_POWER, F_ST_CIRCULARITY,
 F_ST_PULLBACK, F_ST_DEBT_SERVICE, F_ST_CAPEX_FALL, F_STRESS, F_BUST_FLAG) = range(26)
NF = 26
N_STRESS_PARTS = 9
# Per-scenario scalars of finish: f[:, G_*]
(G_R1, G_W_DEBT, G_W_EQUITY, G_W_SPV, G_W_LEASING, G_W_COMMITMENTS, G_DEBT_LIKE, G_GDP0,
 G_GDP_GROWTH, G_BREADTH, G_DOMESTIC, G_HALL_DOMESTIC) = range(12)
NG = 12


def finish_constants(engine) -> np.ndarray:
    """The engine's constants for `finish` as one float array."""
    w = engine.STRESS_WEIGHTS
    return np.array([engine.LEVERAGE_CAP, engine.CAPEX_2023_OVER_2024, float(engine.START_YEAR),
                     w["coverage"], w["leverage"], w["credit"], w["losses"], w["power"],
                     w["circularity"], w["pullback"], engine.STRESS_LEVERAGE_MAX,
                     engine.STRESS_SPREAD_MAX, engine.STRESS_LOSSES_MAX,
                     engine.STRESS_SHORTFALL_MAX, engine.STRESS_CIRCULARITY_MAX,
                     w["debt_service"], w["capex_fall"], engine.STRESS_DEBT_SERVICE_MAX,
                     engine.STRESS_FALL_MAX, engine.STRESS_SPREAD_CALM,
                     engine.STRESS_SPREAD_LEVEL_WEIGHT], dtype=np.float64)



# (Each stress part is clipped to 0..1 in place: a helper jitted function would make the
# plain-Python form of this kernel start numba's compiler, ~1 s, before the first picture.)
def finish(hist, capex_r, power, bust_year, f, c):
    """Financing channels (§6), macro (§8), stress (§9) and bust figures from the loop's record.
    Shapes: hist (NH, N, T), capex_r (R, N, T), power (NP, N, T), f (N, NG), c from
    `finish_constants`. Returns out (NF, N, T) and bust depth (N,) in %."""
    lev_cap, capex_2023_ratio, start_year = c[0], c[1], int(c[2])
    w_cov, w_lev, w_credit, w_loss, w_power, w_circ, w_pull = c[3], c[4], c[5], c[6], c[7], c[8], c[9]
    lev_max, spread_max, losses_max, shortfall_max, circ_max = c[10], c[11], c[12], c[13], c[14]
    w_service, w_fall, service_max, fall_max, spread_calm = c[15], c[16], c[17], c[18], c[19]
    level_weight = c[20]
    nr, n, T = capex_r.shape
    out = np.zeros((NF, n, T))
    depth = np.zeros(n)
    for i in range(n):
        fi = f[i]
        raw_debt_like = fi[G_W_DEBT] + fi[G_W_SPV] + fi[G_W_LEASING]
        # With fewer debt-like weights than MIN_DEBT_LIKE, the missing part is booked as debt.
        top_up = fi[G_DEBT_LIKE] - raw_debt_like
        rest = 1.0 - top_up / max(1.0 - raw_debt_like, 1e-12)
        peak = 0.0
        spread0 = hist[H_MARKET_SPREAD, i, 0]       # the market spread of 2024 (calm)
        calm_excess = level_weight * max(spread0 - spread_calm, 0.0)
        worst = 0.0
        gdp = fi[G_GDP0]
        prev_gdp = gdp / (1.0 + fi[G_GDP_GROWTH])
        prev_domestic = 0.0
        for t in range(T):
            total = 0.0
            for r in range(nr):
                total += capex_r[r, i, t]
            out[F_TOTAL, i, t] = total
            # R1 prices GPU spend: the accelerators of the projects fitted this year, not the
            # halls built ahead (no accelerator in them; §2, §4): capex less the halls' net change
            halls_prev = hist[H_HALLS_WAITING, i, t - 1] if t else 0.0
            req = (total - (hist[H_HALLS_WAITING, i, t] - halls_prev)) * fi[G_R1]
            out[F_REQUIRED, i, t] = req
            served = hist[H_REVENUE, i, t]
            out[F_COV, i, t] = served / max(req, 1e-9)
            out[F_ORGANIC_COV, i, t] = hist[H_ORGANIC, i, t] / max(req, 1e-9)
            fullcost_cov = served / max(hist[H_FULLCOST, i, t], 1e-9)
            out[F_FULLCOST_COV, i, t] = fullcost_cov
            # §6 the five external channels of S4; lab equity and vendor money count as equity.
            ext = hist[H_EXTERNAL, i, t]
            out[F_FIN_DEBT, i, t] = (fi[G_W_DEBT] + top_up) * ext
            out[F_FIN_EQUITY, i, t] = fi[G_W_EQUITY] * ext * rest + hist[H_LAB_EQUITY, i, t] \
                + hist[H_LAB_VENDOR, i, t]
            out[F_FIN_SPV, i, t] = fi[G_W_SPV] * ext
            out[F_FIN_LEASING, i, t] = fi[G_W_LEASING] * ext
            out[F_FIN_COMMITMENTS, i, t] = fi[G_W_COMMITMENTS] * ext * rest
            debt = hist[H_DEBT, i, t]
            ebitda = hist[H_EBITDA, i, t]
            leverage = debt / max(ebitda, debt / lev_cap)
            out[F_LEVERAGE, i, t] = leverage
            # §8 US AI investment and its contribution to GDP growth, imports netted out.
            if t:
                gdp = gdp * (1.0 + fi[G_GDP_GROWTH])
            # The domestic part: a US hall built ahead holds no (imported) accelerator, so the
            # net change of the US halls waiting counts at the content of the rest (§8).
            broad = fi[G_BREADTH] * capex_r[0, i, t]
            us_halls_prev = hist[H_HALLS_US, i, t - 1] if t else 0.0
            domestic = fi[G_DOMESTIC] * broad \
                + fi[G_HALL_DOMESTIC] * (hist[H_HALLS_US, i, t] - us_halls_prev)
            if t == 0:
                prev_domestic = domestic * capex_2023_ratio
            out[F_GDP, i, t] = gdp
            out[F_BROAD, i, t] = broad
            out[F_SHARE_GDP, i, t] = 100.0 * broad / gdp
            out[F_GDP_CONTRIB, i, t] = 100.0 * (domestic - prev_domestic) / prev_gdp
            prev_domestic = domestic
            prev_gdp = gdp
            # §9 stress index: weighted parts, each full at its level. The credit part reads the
            # market's widening since 2024 plus any calm spread above the calm reference; the fall
            # of capex is measured below its running peak.
            peak = max(peak, total)
            credit = hist[H_MARKET_SPREAD, i, t] - spread0 + calm_excess
            parts = (
                100.0 * w_cov * min(max(1.0 - fullcost_cov, 0.0), 1.0),
                100.0 * w_lev * min(max(leverage / lev_max, 0.0), 1.0),
                100.0 * w_credit * min(max(credit / spread_max, 0.0), 1.0),
                100.0 * w_loss * min(max(hist[H_STRANDED, i, t] / max(ebitda, 1e-9) / losses_max, 0.0), 1.0),
                100.0 * w_power * min(max(power[P_SHORTFALL_US, i, t]
                                        / max(power[P_DEMAND_US, i, t], 1e-9) / shortfall_max, 0.0), 1.0),
                100.0 * w_circ * min(max(hist[H_CIRC_SHARE, i, t] / circ_max, 0.0), 1.0),
                100.0 * w_pull * min(max(hist[H_PULLBACK, i, t], 0.0), 1.0),
                100.0 * w_service * min(max(hist[H_INTEREST, i, t] / max(ebitda, 1e-9) / service_max,
                                            0.0), 1.0),
                100.0 * w_fall * min(max((1.0 - total / max(peak, 1e-9)) / fall_max, 0.0), 1.0))
            stress = 0.0
            for j in range(N_STRESS_PARTS):
                out[F_ST_COVERAGE + j, i, t] = parts[j]
                stress += parts[j]
            out[F_STRESS, i, t] = stress
            # Bust: flag in the bust year; depth = the deepest fall below the running peak.
            out[F_BUST_FLAG, i, t] = 1.0 if bust_year[i] == start_year + t else 0.0
            worst = max(worst, 1.0 - total / max(peak, 1e-9))
        depth[i] = 100.0 * worst
    return out, depth


# --- compiled or plain ---------------------------------------------------------------------------
# `year_loop` and `finish` above are plain Python; numba compiles them (`compiled()`, cache=True)
# on first use: about 10-30 s on the first start after an install, about 1 s to load its cache
# later, plus ~0.5 s to import numba. A window must not wait for that: it calls
# `prefer_plain_until_ready`, shows itself, then starts `start_warm_up`, which compiles in a
# daemon thread; until the compiled kernels are ready, runs of a few scenarios use the plain
# functions (the same code, not a second copy; about 14 ms per scenario, equal to the compiled
# result to 1e-14), and numba is not even imported. Larger batches, and every caller that never
# asked for the plain form (the command line, the tests), get the compiled kernels. nogil=True
# lets a worker thread (uncertainty bands, sweeps) run them without holding the GUI's GIL.

PLAIN_PYTHON_MAX_SCENARIOS = 8
"""Largest batch run in plain Python while the compiled kernels are being prepared."""

_ready = threading.Event()
_warming = threading.Event()
_compiled: list = []
_compile_lock = threading.Lock()


def compiled():
    """(year_loop, finish) compiled by numba (compiled, or loaded from numba's cache, on the
    first call of each)."""
    with _compile_lock:
        if not _compiled:
            from numba import njit
            options = dict(cache=True, error_model="numpy", nogil=True)
            _compiled.extend((njit(**options)(year_loop), njit(**options)(finish)))
    return tuple(_compiled)


def kernels(n: int):
    """(year_loop, finish) to use for a batch of `n` scenarios: compiled, unless the plain form
    was asked for until they are ready and the batch is small enough for it."""
    if _ready.is_set() or not _warming.is_set() or n > PLAIN_PYTHON_MAX_SCENARIOS:
        return compiled()
    return year_loop, finish


def is_compiled(kernel) -> bool:
    """True if `kernel` is one of the compiled kernels (not the plain function)."""
    return kernel is not year_loop and kernel is not finish


def mark_ready() -> None:
    """Record that the compiled kernels have run (so they are compiled or loaded)."""
    _ready.set()


def is_ready() -> bool:
    """True once the compiled kernels have run in this process."""
    return _ready.is_set()


def runs_plain() -> bool:
    """True while small batches run in plain Python (asked for by prefer_plain_until_ready,
    the compiled kernels not ready yet): a run of a few scenarios then costs ~14 ms each, and
    its last digits may differ from the compiled kernels' (to 1e-14)."""
    return _warming.is_set() and not _ready.is_set()


def prefer_plain_until_ready() -> None:
    """From now on, small batches run in plain Python until the compiled kernels are ready (a
    window calls this before its first run, and starts the warm-up once it is painted)."""
    _warming.set()


_warm_thread: list[threading.Thread] = []


def start_warm_up(run_compiled) -> threading.Thread | None:
    """Prepare the compiled kernels in a daemon thread by calling `run_compiled()` (a model run
    of more than PLAIN_PYTHON_MAX_SCENARIOS scenarios); None if they are ready or being
    prepared already. Small batches meanwhile run in plain Python."""
    if _ready.is_set() or _warm_thread:
        return None
    _warming.set()
    thread = threading.Thread(target=run_compiled, name="compile-model", daemon=True)
    _warm_thread.append(thread)
    thread.start()
    return thread

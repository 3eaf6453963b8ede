"""The model's equations as a plain per-year, per-region, per-vintage Python loop over floats.

Written independently of model/engine.py from docs/MODEL.md, for two uses: the benchmark's
vectorised-versus-loop ratio, and a test oracle (tests/test_scalar_oracle.py checks that both
give the same numbers). It is deliberately naive: no numpy, one scenario at a time.
"""
from __future__ import annotations

import math

from model import parameters as P

REGIONS = ("us", "china", "eu", "uk", "row")
START = 2024


def run_scalar(values: dict, end_year: int = 2050) -> dict:
    """Simulate one scenario (full parameter dict, table units). Returns lists by column name."""
    v = P.complete(values)

    def pct(key):
        return v[key] / 100.0

    T = end_year - START + 1
    life = v["useful_life"]
    gain = 1.0 + pct("efficiency_gain")

    def survival(age):
        return min(max(life - age, 0.0), 1.0)

    capex_2024 = [v["capex_2024_us"]] + [v[f"capex_2024_{r}"] for r in REGIONS[1:]]
    factor = [1.0] + [v[f"growth_factor_{r}"] for r in REGIONS[1:]]
    power_2024 = [v["us_power_2024_gw"]] + [v[f"power_2024_{r}"] for r in REGIONS[1:]]
    g_lr = pct("capex_growth_long_run")

    def growth(r, k):
        fade = 0.5 ** (max(k - 2.0, 0.0) / v["capex_fade_halflife"])
        return g_lr + (pct("capex_growth") * factor[r] - g_lr) * fade

    def additions(r, k):
        if r == 0:
            ramp = min(max(k / v["interconnection_lag"], 0.0), 1.0)
            return v["us_power_queued_gw"] + (v["power_buildout"] - v["us_power_queued_gw"]) * ramp
        return v[f"buildout_{REGIONS[r]}"]

    available = [[0.0] * T for _ in REGIONS]
    for r in range(len(REGIONS)):
        level = power_2024[r]
        for k in range(T):
            level += additions(r, k)
            available[r][k] = level

    def cost_per_gw(k):
        return v["capex_per_gw"] * (1.0 + pct("capex_per_gw_growth")) ** k

    def init_left(k):
        return min(max(1.0 - (k + 1.0) / life, 0.0), 1.0)

    # Continuous Bass diffusion from the 2024 anchor (closed form with a shifted clock).
    p = max(pct("bass_innovation"), 1e-6)
    q = pct("monetization_speed")
    f0 = min(max(v["ai_revenue_2024"] / v["revenue_potential"], 1e-9), 0.999)
    decay0 = (1.0 - f0) / (1.0 + f0 * q / p)

    def revenue_demand(k):
        decay = decay0 * math.exp(-(p + q) * k)
        share = (1.0 - decay) / (1.0 + (q / p) * decay)
        return v["revenue_potential"] * (1.0 + pct("gdp_growth")) ** k * share

    r1 = pct("gpu_share_of_capex") / pct("gpu_share_of_dc_cost") / (1.0 - pct("end_user_margin"))
    circular = pct("circular_share")
    judged_share = 1.0 - circular * pct("investor_lookthrough")
    cancel = pct("backlog_cancel_rate")
    severity = pct("bust_severity")

    cols = {name: [0.0] * T for name in (
        "capex_total_busd", "capex_us_busd", "capex_backlog_busd", "capex_cancelled_busd",
        "power_demand_us_gw", "power_available_us_gw", "power_load_us_gw",
        "ai_revenue_busd", "required_revenue_busd", "revenue_coverage_ratio",
        "compute_capacity_busd")}
    gw_hist = [[0.0] * T for _ in REGIONS]
    spent_hist = [[0.0] * T for _ in REGIONS]
    backlog = [0.0] * len(REGIONS)
    prev = list(capex_2024)
    peak = [0.0] * len(REGIONS)
    impatience, busted, cut, bust_year = 0.0, False, False, 0
    for k in range(T):
        total_spent = 0.0
        for r in range(len(REGIONS)):
            if k == 0:
                planned = capex_2024[r]
            else:
                g = min(g_lr, growth(r, k)) if busted else growth(r, k)
                planned = prev[r] * (1.0 + g)
            keep = (1.0 - severity) if cut else 1.0
            if cut:
                planned = peak[r] * keep
            cancelled = backlog[r] * (1.0 - (1.0 - cancel) * keep) if k > 0 else 0.0
            desired = planned + backlog[r] - cancelled
            fleet = power_2024[r] * init_left(k)
            for vin in range(k):
                fleet += gw_hist[r][vin] * survival(k - vin)
            cpg = cost_per_gw(k)
            spent = min(desired, max(available[r][k] - fleet, 0.0) * cpg)
            backlog[r] = desired - spent
            gw_hist[r][k] = spent / cpg
            spent_hist[r][k] = spent
            prev[r] = spent
            peak[r] = max(peak[r], spent)
            total_spent += spent
            cols["capex_backlog_busd"][k] += backlog[r]
            cols["capex_cancelled_busd"][k] += cancelled
            if r == 0:
                cols["capex_us_busd"][k] = spent
                cols["power_demand_us_gw"][k] = fleet + desired / cpg
                cols["power_available_us_gw"][k] = available[0][k]
                cols["power_load_us_gw"][k] = fleet + spent / cpg
        cut = False
        effective = sum(power_2024) * init_left(k) * gain ** -2.0
        for vin in range(k + 1):
            effective += sum(gw_hist[r][vin] for r in range(len(REGIONS))) \
                * survival(k - vin) * gain ** vin
        capacity = effective * v["revenue_per_gw"] * pct("utilisation")
        revenue = min(revenue_demand(k), capacity)
        required = total_spent * r1
        cols["capex_total_busd"][k] = total_spent
        cols["compute_capacity_busd"][k] = capacity
        cols["ai_revenue_busd"][k] = revenue
        cols["required_revenue_busd"][k] = required
        cols["revenue_coverage_ratio"][k] = revenue / max(required, 1e-9)
        if k >= 1:
            judged = revenue * judged_share / max(required, 1e-9)
            impatience = max(impatience + (pct("coverage_threshold") - judged)
                             / pct("coverage_threshold"), 0.0)
            if not busted and impatience >= v["patience_years"]:
                busted, cut, bust_year = True, True, START + k
    _financing(cols, v, pct, T)
    cols["bust_year"] = bust_year
    return cols


def _financing(cols: dict, v: dict, pct, T: int) -> None:
    """Cash flow first, then the mix weights; debt stock with interest and amortisation."""
    mix = [v["mix_debt"], v["mix_equity"], v["mix_spv"], v["mix_leasing"], v["mix_commitments"]]
    total = sum(mix)
    weights = [m / total for m in mix] if total > 0 else [1.0, 0.0, 0.0, 0.0, 0.0]
    stock = v["debt_2024"]
    cols["financing_cashflow_busd"] = [0.0] * T
    cols["debt_stock_busd"] = [0.0] * T
    for k in range(T):
        ebitda = (v["ebitda_2024"] * (1.0 + pct("ebitda_growth")) ** k
                  + pct("ai_ebitda_margin") * cols["ai_revenue_busd"][k])
        interest = pct("interest_rate") * stock
        cash = min(cols["capex_total_busd"][k], max(pct("reinvest_share") * ebitda - interest, 0.0))
        external = cols["capex_total_busd"][k] - cash
        stock = stock * (1.0 - pct("debt_amortisation")) \
            + (weights[0] + weights[2] + weights[3]) * external
        cols["financing_cashflow_busd"][k] = cash
        cols["debt_stock_busd"][k] = stock

"""The review of issue 9, re-run: each of the ten findings as a number.

    python -m bench.review_findings

Prints one line per figure for the current engine; run it in a checkout of an older commit to get
the "before" column (it uses only model.simulate, model.presets and headline_arrays). Random
samples: 4,000 scenarios uniform over every parameter range, seed 11.
"""
import numpy as np

import model
from model import parameters as P, presets
from model.outputs import headline_arrays


def main() -> None:
    """Compute and print the figures of the review's ten findings."""
    keys = list(P.keys()); I = {k: i for i, k in enumerate(keys)}
    def sim(v): return model.simulate(v)
    def f(v): return sim(v).frame()
    def cum(fr, c, a=2025, b=2050): return fr.loc[a:b, c].sum()
    out = {}
    # 1
    for name in ("baseline", "circular_unwind", "power_constrained"):
        try:
            fr = f(presets.find(name).values); out[f"1 rev2050 {name}"] = round(fr.loc[2050, "ai_revenue_busd"])
        except Exception as e: out[f"1 rev2050 {name}"] = str(e)[:40]
    out["1 cumrev 2025-50 at power 4 / 30 GW"] = (round(cum(f({"power_buildout": 4}), "ai_revenue_busd")), round(cum(f({"power_buildout": 30}), "ai_revenue_busd")))
    # 2
    r = sim({"capex_growth": 150}); out["2 bust year at capex_growth 150"] = int(r["bust_year"][0])
    TABLE = P.load_table(); LO = np.array([p.min for p in TABLE]); HI = np.array([p.max for p in TABLE])
    rng = np.random.default_rng(11); m = LO + (HI - LO) * rng.random((4000, len(TABLE)))
    for pb in (1, 29):
        mm = m.copy(); mm[:, I["power_buildout"]] = pb
        out[f"2 bust incidence at {pb} GW/yr"] = round(float((sim(mm)["bust_year"] > 0).mean()), 3)
    hb, hp = headline_arrays(sim(presets.find("baseline").values)), headline_arrays(sim(presets.find("power_constrained").values))
    out["2 peak stress base/power_constrained"] = (round(float(hb["peak_stress"][0]), 1), round(float(hp["peak_stress"][0]), 1))
    out["2 peak debt base/power_constrained"] = (round(float(hb["peak_debt_busd"][0])), round(float(hp["peak_debt_busd"][0])))
    out["2 coverage year base/power_constrained"] = (float(hb["coverage_year"][0]), float(hp["coverage_year"][0]))
    # 3
    r = sim(presets.find("monetization_lag").values); fr = r.frame(); b = int(r["bust_year"][0])
    out["3 monetization_lag bust year, depth"] = (b, round(float(r["bust_depth_pct"][0]), 1))
    if b: out["3 monetization_lag capex bust-1, bust, bust+1, bust+2"] = [round(fr.loc[y, "capex_total_busd"]) for y in (b - 1, b, b + 1, b + 2)]
    R = sim(m); bust = R["bust_year"]; rows = np.nonzero((bust > 0) & (bust + 2 <= 2050))[0]
    t = bust[rows] - 2024; c = R["capex_total_busd"][rows]; idx = np.arange(len(rows))
    out["3 share of busts with depth < 1%"] = round(float((R["bust_depth_pct"][rows] < 1).mean()), 3)
    out["3 share of busts where capex rises the year after"] = round(float((c[idx, t + 1] > c[idx, t]).mean()), 3)
    # 4
    calm = m[rows].copy(); calm[:, I["patience_years"]] = P.get("patience_years").max
    Rc = sim(calm); s = R["stress_index"][rows]
    out["4 share of busts with stress 2 yrs later below no-bust run"] = round(float((s[idx, t + 2] < Rc["stress_index"][idx, t + 2]).mean()), 3)
    fr = f(presets.find("circular_unwind").values); rb = sim(presets.find("circular_unwind").values); b = int(rb["bust_year"][0])
    if b: out["4 circular_unwind stress bust-1..bust+2"] = [round(fr.loc[y, "stress_index"], 1) for y in (b - 1, b, b + 1, b + 2)]
    # 5
    fr = f({}); out["5 default capex 2026-28"] = [round(fr.loc[y, "capex_total_busd"]) for y in (2026, 2027, 2028)]
    out["5 default GDP contribution 2027-28 pp"] = [round(fr.loc[y, "us_gdp_growth_contribution_pp"], 2) for y in (2027, 2028)]
    # 6
    a, bb = f({}), f({"ebitda_2024": 200, "reinvest_share": 20})
    out["6 cum capex 2025-50 default / EBITDA 200 + reinvest 20"] = (round(cum(a, "capex_total_busd")), round(cum(bb, "capex_total_busd")))
    out["6 peak debt default / tight"] = (round(a["debt_stock_busd"].max()), round(bb["debt_stock_busd"].max()))
    out["6 max leverage in random sample"] = round(float(R["leverage_ratio"].max()), 1)
    # 7
    for k in ("power_price", "cost_of_capital", "interest_rate"):
        p = P.get(k); lo, hi = sim({k: p.min}), sim({k: p.max}); hl, hh = headline_arrays(lo), headline_arrays(hi)
        out[f"7 {k} min->max: cum capex 25-30, peak stress"] = ((round(float(hl["cum_capex_2025_2030"][0])), round(float(hh["cum_capex_2025_2030"][0]))), (round(float(hl["peak_stress"][0]), 1), round(float(hh["peak_stress"][0]), 1)))
    # 8
    fr = f({}); out["8 default AI revenue 2050"] = round(fr.loc[2050, "ai_revenue_busd"])
    out["8 GDP share 2035, 2040, 2050"] = [round(fr.loc[y, "us_ai_capex_share_gdp_pct"], 2) for y in (2035, 2040, 2050)]
    # 10
    for k, a1, a2 in (("patience_years", 1.5, 2), ("power_buildout", 19, 19.5), ("monetization_speed", 26, 27)):
        r = sim([{k: a1}, {k: a2}]); cc = r["capex_total_busd"][:, 1:].sum(axis=1)
        out[f"10 {k} {a1}->{a2}: cum capex change %"] = round(float(100 * (cc[1] / cc[0] - 1)), 1)
    for k, v in out.items(): print(f"{k}: {v}")


if __name__ == "__main__":
    main()

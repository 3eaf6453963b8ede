"""How far the finance levers move the model (issue 9, finding 7): each lever from its minimum to
its maximum in the default scenario (capex 2025-2030, capex and revenue 2025-2050, peak stress),
and the share of busts near the default at a few settings of the interest rate and the calm
credit spread (a seeded normal sample, each parameter's spread as its standard deviation).

    python -m bench.finance_levers [--samples N]

Prints one line per lever; percentages are changes from the lever's minimum to its maximum.
"""
from __future__ import annotations

import argparse

import numpy as np

from model import parameters as P
from model import simulate

LEVERS = ("interest_rate", "credit_spread", "cost_of_capital", "power_price")
BUST_SETTINGS = {"interest_rate": (3, 6, 9, 12), "credit_spread": (1, 3, 6, 9)}


def lever_effects(key: str) -> dict[str, float]:
    """Changes (%) of capex 2025-2030, capex and revenue 2025-2050 and revenue 2030 from the
    lever's minimum to its maximum, and the peak stress index (0-100) at each end."""
    p = P.get(key)
    r = simulate([{key: p.min}, {key: p.max}])
    years = list(r.years)
    near = slice(years.index(2025), years.index(2030) + 1)
    long = slice(years.index(2025), None)

    def change(column: str, span: slice) -> float:
        total = r[column][:, span].sum(axis=1)
        return 100.0 * (total[1] / total[0] - 1.0)

    stress = r["stress_index"][:, long].max(axis=1)
    return {"capex_2025_2030_pct": change("capex_total_busd", near),
            "capex_2025_2050_pct": change("capex_total_busd", long),
            "revenue_2025_2050_pct": change("ai_revenue_busd", long),
            "peak_stress_min": float(stress[0]), "peak_stress_max": float(stress[1])}


def bust_shares(key: str, settings: tuple, samples: int, seed: int = 5) -> list[float]:
    """Share of scenarios (%) with a bust, near the default, at each setting of `key`."""
    table = P.parameters()
    default = np.array([p.default for p in table])
    low = np.array([p.min for p in table])
    high = np.array([p.max for p in table])
    spread = np.array([p.spread or 0.0 for p in table])
    rng = np.random.default_rng(seed)
    matrix = np.clip(default + spread * rng.standard_normal((samples, len(table))), low, high)
    column = P.keys().index(key)
    shares = []
    for value in settings:
        matrix[:, column] = value
        shares.append(100.0 * float((simulate(matrix)["bust_year"] > 0).mean()))
    return shares


def main(argv: list[str] | None = None) -> None:
    """Print the finance levers' effects and the bust shares."""
    parser = argparse.ArgumentParser(prog="python -m bench.finance_levers", description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=6000, help="scenarios per bust share (default 6000)")
    args = parser.parse_args(argv)
    for key in LEVERS:
        e = lever_effects(key)
        print(f"{key}: capex 2025-2030 {e['capex_2025_2030_pct']:+.1f} %, capex 2025-2050 "
              f"{e['capex_2025_2050_pct']:+.1f} %, revenue 2025-2050 {e['revenue_2025_2050_pct']:+.1f} %, "
              f"peak stress {e['peak_stress_min']:.1f} -> {e['peak_stress_max']:.1f}")
    for key, settings in BUST_SETTINGS.items():
        shares = bust_shares(key, settings, args.samples)
        print(f"busts near the default at {key} {settings}: " + " / ".join(f"{s:.1f} %" for s in shares))


if __name__ == "__main__":
    main()

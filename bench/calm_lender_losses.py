"""Lender losses in calm worlds (docs/MODEL.md §15, "Lender losses in calm worlds").

`python -m bench.calm_lender_losses [--samples 4000] [--seed 5]` draws a normal sample around the
default (each parameter's spread as its standard deviation, clipped to its range, as
bench.finance_levers), keeps the calm worlds (no bust, capex never DECLINE_FALL % below its
running peak) and prints the share of them in which lenders lose 10 % or more of the second
tier's peak debt over 2025-2050, the median loss there ($B), and how often the second tier's
loan-to-value passes 1."""
from __future__ import annotations

import argparse

import numpy as np

from model import parameters as P
from model import simulate
from model.analysis.verdict import DECLINE_FALL

LOSS_SHARE = 0.10   # a tenth of the second tier's peak debt


def calm_lender_losses(samples: int = 4000, seed: int = 5) -> dict:
    """Counts (worlds), shares (0..1) and the median loss ($B) described in the module docstring."""
    table = P.parameters()
    default = np.array([p.default for p in table])
    low = np.array([p.min for p in table])
    high = np.array([p.max for p in table])
    spread = np.array([p.spread or 0.0 for p in table])
    x = np.clip(default + spread * np.random.default_rng(seed).standard_normal((samples, len(table))),
                low, high)
    r = simulate(x)
    from_2025 = np.asarray(r.years) >= 2025
    bust = np.nan_to_num(np.asarray(r["bust_year"], dtype=float)) > 0
    calm = ~bust & (np.asarray(r["bust_depth_pct"]) < DECLINE_FALL)
    loss = r["lender_losses_busd"][:, from_2025].sum(axis=1)
    peak = r["debt_second_tier_busd"].max(axis=1)
    heavy = calm & (loss >= LOSS_SHARE * np.maximum(peak, 1e-9))
    ltv = r["second_tier_loan_to_value_ratio"].max(axis=1)
    return {"samples": samples, "calm": int(calm.sum()), "heavy": int(heavy.sum()),
            "heavy_share": float(heavy.sum() / max(calm.sum(), 1)),
            "median_loss_busd": float(np.median(loss[heavy])) if heavy.any() else 0.0,
            "ltv_above_1_share": float((ltv > 1.001).mean())}


def main(argv=None) -> int:
    """Print calm_lender_losses' figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=4000, help="scenarios (default 4000)")
    parser.add_argument("--seed", type=int, default=5, help="random seed (default 5)")
    args = parser.parse_args(argv)
    f = calm_lender_losses(args.samples, args.seed)
    print(f"{f['samples']} scenarios near the default, {f['calm']} calm (no bust, no decline): lenders "
          f"lose >= {LOSS_SHARE:.0%} of the second tier's peak debt in {f['heavy']} "
          f"({f['heavy_share']:.1%}), median ${f['median_loss_busd']:.1f}B; the second tier's "
          f"loan-to-value passes 1 in {f['ltv_above_1_share']:.1%} of all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

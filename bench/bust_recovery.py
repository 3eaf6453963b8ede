"""How often busts end, over the whole parameter space (docs/MODEL.md §15, "Some busts never end").

`python -m bench.bust_recovery [--n 20000] [--seed 7]` samples every parameter uniformly over its
range, runs the model once for all, and prints: the share that bust (investor pull-back π ≥ 0.5),
the share of those still pulled back in 2050 and of those regaining their pre-bust capex peak,
the median ratio of demand at cost price to compute capacity in 2050, and the parameters whose
mean position in their range differs most between busts that never end and busts that do."""
from __future__ import annotations

import argparse

import numpy as np

from model import parameters as P
from model import simulate


def bust_recovery(n: int = 20000, seed: int = 7) -> dict:
    """The figures above for a uniform sample of `n` scenarios (shares 0..1, ratios ×)."""
    keys = P.keys()
    low = np.array([P.get(k).min for k in keys])
    high = np.array([P.get(k).max for k in keys])
    x = low + (high - low) * np.random.default_rng(seed).random((n, len(keys)))
    r = simulate(x)
    pull, capex = r["investor_pullback"], r["capex_total_busd"]
    bust = (pull >= 0.5).any(axis=1)
    first = np.argmax(pull >= 0.5, axis=1)
    never = bust & (pull[:, -1] > 0.5)
    regain = np.array([bool(b) and (capex[i, first[i] + 1:] >= capex[i, :first[i] + 1].max()).any()
                       for i, b in enumerate(bust)])
    scarcity = r["ai_revenue_demand_busd"][:, -1] / np.maximum(r["compute_capacity_busd"][:, -1], 1e-9)
    position = (x - low) / (high - low)
    recover = bust & ~never
    gap = position[never].mean(axis=0) - position[recover].mean(axis=0)
    markers = [(keys[j], float(position[never, j].mean()), float(position[recover, j].mean()))
               for j in np.argsort(-np.abs(gap))[:5]]
    return {"n": n, "bust_share": float(bust.mean()), "never_end_share": float(never[bust].mean()),
            "regain_share": float(regain[bust].mean()),
            "demand_over_capacity_never": float(np.median(scarcity[never])),
            "demand_over_capacity_calm": float(np.median(scarcity[~bust])), "markers": markers}


def main(argv=None) -> int:
    """Print bust_recovery's figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20000, help="scenarios (default 20000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = parser.parse_args(argv)
    f = bust_recovery(args.n, args.seed)
    print(f"{f['n']} uniform scenarios: {f['bust_share']:.1%} bust; of those {f['never_end_share']:.0%} "
          f"still pulled back in 2050, {f['regain_share']:.0%} regain their pre-bust capex peak")
    print(f"demand at cost ÷ capacity in 2050, median: {f['demand_over_capacity_never']:.0f}× in busts "
          f"that never end, {f['demand_over_capacity_calm']:.0f}× without a bust")
    for key, never, recover in f["markers"]:
        print(f"  {key:28s} position in range: never ends {never:.2f}, recovers {recover:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

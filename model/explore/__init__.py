"""Scenario discovery and global sensitivity (issue 14): which assumptions lead to a bust?

    sampling.py     the ranges a sweep varies (every parameter or a subset, the rest held) and
                    the scrambled Sobol' points of any slice of the sample
    condition.py    the condition grammar: goal-seek's targets plus "bust before/by YEAR" and
                    "not …"; the per-scenario figure each condition judges
    sweep.py        sweeps: chunks (a pure function of seed, chunk, ranges) run in-process or
                    on Dask, a per-scenario summary written as Parquet through model.store.atomic
    prim.py         PRIM: the peeling trajectory (coverage, density, restricted dimensions) and
                    the chosen box
    sensitivity.py  Sobol' (first-order, total, with confidence intervals) and Morris, by SALib

No Qt, no display text: numbers, keys and unit keys only.
"""

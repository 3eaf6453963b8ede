"""`sensitivity`: global sensitivity of a headline figure (Sobol' or Morris, by SALib)."""
from __future__ import annotations

import argparse
import json

from cli.common import (CommandError, add_scenario_arguments, horizon, invocation,
                        output_path, whole_number, write_failed)
from cli.sweep import add_range_arguments, ranges_from_args
from model.analysis.metrics import HEADLINE_KEYS
from model.errors import InputError
from model.limits import SENSITIVITY_MAX_RUNS
from model.explore.sensitivity import METHODS, headline_sensitivity
from model.store.atomic import write_text

NAME = "sensitivity"
HELP = "global sensitivity of a headline figure: Sobol' (first-order, total) or Morris indices"
DEFAULT_SAMPLES = {"sobol": 512, "morris": 100}
EPILOG = """\
Every chosen parameter varies over its range at once (the others held at --preset/--set).
sobol: --samples base points (a power of two) × (parameters + 2) model runs; S1 = share of the
figure's variance due to the parameter alone, ST = including its interactions; ± = 95 %
bootstrap confidence half-width. morris: --samples trajectories × (parameters + 1) runs;
mu* = mean absolute elementary effect (the figure's unit), sigma its spread.
At most {max_runs:,} model runs in one command (model.limits.SENSITIVITY_MAX_RUNS).
A figure that is the same in every run (e.g. no bust anywhere in the ranges) has no indices:
the command says so and exits with status 2, writing no --json file.
example: {run} sensitivity --headline peak_stress --method sobol --samples 512
"""


def add_arguments(parser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG.format(max_runs=SENSITIVITY_MAX_RUNS, run=invocation())
    parser.add_argument("--headline", metavar="KEY", required=True,
                        help=f"the figure: {', '.join(HEADLINE_KEYS)}")
    parser.add_argument("--method", default="sobol", choices=METHODS)
    parser.add_argument("--samples", metavar="N", type=whole_number, default=None,
                        help="sobol: base points (default 512); morris: trajectories (default 100)")
    parser.add_argument("--seed", metavar="S", type=whole_number, default=0, help="sample seed (default 0)")
    parser.add_argument("--top", metavar="K", type=whole_number, default=15,
                        help="print the K largest (default 15; 0 = all)")
    parser.add_argument("--json", metavar="OUT", help="also write every index as JSON to OUT")
    add_range_arguments(parser)
    add_scenario_arguments(parser)


def check_runs(method: str, samples: int, varied: int) -> None:
    """CommandError if `samples` of `method` over `varied` parameters make more model runs than
    SENSITIVITY_MAX_RUNS (checked before any sample is drawn); a count SALib refuses anyway
    (not a power of two, below 2) is left to its own message."""
    runs = samples * (varied + (2 if method == "sobol" else 1))
    if runs > SENSITIVITY_MAX_RUNS:
        most = SENSITIVITY_MAX_RUNS // (varied + (2 if method == "sobol" else 1))
        if method == "sobol":                     # a power of two
            most = 1 << (most.bit_length() - 1) if most >= 1 else 0
        raise CommandError(f"--samples {samples}: {runs:,} model runs over {varied} parameters; "
                           f"at most {SENSITIVITY_MAX_RUNS:,} runs are allowed (--samples up "
                           f"to {most:,} here, or fewer --params)")


def run(args) -> int:
    if args.top < 0:          # was taken as 'all' without a word
        raise CommandError(f"--top {args.top}: must be 0 (print every parameter) or a "
                           f"positive count, e.g. --top 10")
    out = output_path(args.json, (".json",), "--json") if args.json is not None else None
    samples = DEFAULT_SAMPLES[args.method] if args.samples is None else args.samples
    ranges = ranges_from_args(args)
    check_runs(args.method, samples, len(ranges.keys))
    try:
        indices = headline_sensitivity(args.headline, ranges, args.method, samples, args.seed,
                                       horizon(args))
    except InputError as exc:
        raise CommandError(str(exc)) from None
    shown = indices if args.top <= 0 else indices[:args.top]
    if args.method == "sobol":
        print(f"{'parameter':<28} {'total ST':>16} {'first-order S1':>18}")
        for i in shown:
            print(f"{i.key:<28} {i.st:>8.3f} ± {i.st_conf:<5.3f} {i.s1:>10.3f} ± {i.s1_conf:<5.3f}")
    else:
        print(f"{'parameter':<28} {'mu*':>20} {'sigma':>10}")
        for i in shown:
            print(f"{i.key:<28} {i.mu_star:>10.4g} ± {i.mu_star_conf:<7.3g} {i.sigma:>10.4g}")
    if out is not None:
        doc = {"headline": args.headline, "method": args.method, "samples": samples,
               "seed": args.seed, "indices": [vars(i) for i in indices]}
        try:
            write_text(out, json.dumps(doc, indent=2) + "\n")
        except OSError as exc:
            raise write_failed("--json", out, exc) from None
    return 0

"""`discover`: in which scenarios of a sweep does a condition hold? PRIM's box of inputs."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cli.common import (CommandError, decimal_number, invocation, output_path, program_name,
                        whole_number, write_failed)
from model.store.safe_read import path_text, regular_file_problem
from model import parameters as P
from model.errors import InputError, printable
from model.explore.discovery import discover_sweep
from model.limits import DISCOVER_MAX_ROWS
from model.explore.prim import MIN_COVERAGE, DiscoveryError
from model.store.atomic import write_text

NAME = "discover"
HELP = "find the box of inputs in which a condition holds (PRIM on a 'sweep' file)"
EPILOG = """\
condition syntax (quote it): any goal-seek target, e.g. "coverage >= 1 by 2032", "stress < 50",
"no bust before 2035"; or "bust", "bust before YEAR", "bust by YEAR"; any of these may start
with "not", e.g. "not coverage >= 1 by 2032". The sweep must keep the condition's figure
(bust conditions and headline-only ones always; others: sweep --condition "...").

output: PRIM's peeling trajectory (coverage = share of the scenarios meeting the condition
that lie in the box; density = share of the box's scenarios that meet it; restricted = how
many inputs the box limits), then the chosen box (the densest with coverage >= --min-coverage)
as parameter ranges.
exit status: 0 a box was found, 1 the condition never or always holds, 2 bad input.
example: {run} discover --sweep sweep.parquet --condition "bust before 2030"
"""


def add_arguments(parser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG.format(run=invocation())
    parser.add_argument("--sweep", metavar="FILE", required=True, help="a file written by 'sweep'")
    parser.add_argument("--condition", metavar="EXPR", required=True, help="the condition, see below")
    parser.add_argument("--min-coverage", metavar="SHARE", type=decimal_number, default=MIN_COVERAGE,
                        help=f"the chosen box keeps at least this share of the cases "
                             f"(0-1, default {MIN_COVERAGE})")
    parser.add_argument("--max-rows", metavar="N", type=whole_number, default=DISCOVER_MAX_ROWS,
                        help=f"use a random subset of at most about N scenarios (default {DISCOVER_MAX_ROWS:,})")
    parser.add_argument("--json", metavar="OUT", help="also write the result as JSON to OUT")


def run(args) -> int:
    out = output_path(args.json, (".json",), "--json") if args.json is not None else None
    path = Path(args.sweep)
    problem = regular_file_problem(path) or (None if path.exists() else
                                             f"{path_text(path)}: no such file")
    if problem:
        raise CommandError(f"--sweep {problem}")
    if not 0 < args.min_coverage <= 1:
        raise CommandError(f"--min-coverage {args.min_coverage:g}: must be above 0 and at most 1")
    if args.max_rows < 2:
        raise CommandError(f"--max-rows {args.max_rows}: must be at least 2")
    try:
        found = discover_sweep(path, args.condition, args.max_rows, args.min_coverage)
    except DiscoveryError as exc:
        sys.stderr.write(f"{program_name()} discover: {printable(exc)}\n")
        return 1
    except InputError as exc:
        raise CommandError(str(exc)) from None
    info, disc = found.info, found.discovery
    if not info.complete:
        sys.stderr.write(f"warning: {printable(path)} is a partial sweep ({info.rows} of "
                         f"{info.spec.samples} scenarios)\n")
    print(f"condition: {found.condition.text}: holds in {disc.cases:,} of {disc.points:,} "
          f"scenarios ({disc.cases / disc.points:.1%})")
    print(f"{'step':>4}  {'coverage':>8}  {'density':>7}  {'mass':>6}  restricted")
    for i, box in enumerate(disc.trajectory):
        mark = "  <- chosen" if i == disc.chosen else ""
        print(f"{i:>4}  {box.coverage:>8.3f}  {box.density:>7.3f}  {box.mass:>6.3f}  "
              f"{len(box.restricted):>10}{mark}")
    box = disc.box
    print(f"chosen box (step {disc.chosen}): coverage {box.coverage:.3f}, density "
          f"{box.density:.3f}, {len(box.restricted)} restricted")
    for key, (low, high) in disc.limits().items():
        param = P.get(key)
        print(f"  {key}: {low:.4g} to {high:.4g} {param.unit} (range {param.range_text()})")
    if out is not None:
        doc = dict(disc.as_dict(), condition=found.condition.text, sweep=str(path),
                   complete=info.complete, rows_used=found.rows_used)
        try:
            write_text(out, json.dumps(doc, indent=2) + "\n")
        except OSError as exc:
            raise write_failed("--json", out, exc) from None
    return 0

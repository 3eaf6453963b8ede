"""`goal-seek`: the value of one lever that just reaches a target ('What would it take?')."""
from __future__ import annotations

import argparse

from cli.common import CommandError, add_scenario_arguments, horizon, scenario_values
from model import parameters as P
from model.analysis.goal_seek import goal_seek

NAME = "goal-seek"
HELP = "find the value of one parameter (--lever) that just reaches a target (--target)"
EPILOG = """\
target syntax (quote it):
  FIGURE OP NUMBER               in every simulated year        e.g. "stress < 50"
  FIGURE OP NUMBER by YEAR       in that year (same as "in")    e.g. "coverage >= 1 by 2032"
  FIGURE OP NUMBER from YEAR     in that year and every later one
  FIGURE OP NUMBER once by YEAR  in at least one year up to YEAR
  no bust | no bust before YEAR | no bust by YEAR
FIGURE: coverage, shortfall, stress, debt, capex, revenue, leverage, or an output column
name as in the exported CSV header; OP: >=, >, <=, <, ==.

output: "KEY = VALUE UNIT" (or "KEY: not reachable") on the first line, then a message.
exit status: 0 the target is reachable (or already met) within the lever's range,
1 it is not reachable, 2 bad input (malformed target, unknown key, value out of range).
example: python main.py goal-seek --lever capex_growth --target "coverage >= 1 by 2032"
"""


def add_arguments(parser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG
    parser.add_argument("--lever", metavar="KEY", required=True,
                        help="the parameter to move (see 'params' for keys and ranges)")
    parser.add_argument("--target", metavar="EXPR", required=True, help="the target, see below")
    add_scenario_arguments(parser)


def run(args) -> int:
    values = scenario_values(args)
    end_year = horizon(args)
    try:
        result = goal_seek(values, args.lever, args.target, end_year=end_year)
    except P.ParameterError as exc:            # includes GoalSyntaxError
        raise CommandError(str(exc)) from None
    if result.reachable:
        unit = P.get(args.lever).unit
        print(f"{args.lever} = {result.value:.6g} {unit}")
        if result.slider_value is not None and result.slider_value != result.value:
            print(f"on the slider's step grid: {result.slider_value:g} {unit}")
    else:
        print(f"{args.lever}: not reachable")
    print(result.message)
    return 0 if result.reachable else 1

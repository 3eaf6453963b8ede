"""`goal-seek`: the value of one lever that just reaches a target ('What would it take?')."""
from __future__ import annotations

import argparse

from cli.common import (CommandError, add_scenario_arguments, horizon, invocation,
                        scenario_values)
from model import parameters as P
from model.analysis.goal_seek import GoalResult, Target, goal_seek
from model.outputs import COLUMN_INFO
from model.view import decimals

NAME = "goal-seek"
HELP = "find the value of one parameter (--lever) that just reaches a target (--target)"
EPILOG = """\
target syntax (quote it):
  FIGURE OP NUMBER               in every year from 2025        e.g. "stress < 50"
  FIGURE OP NUMBER by YEAR       in that year (same as "in")    e.g. "coverage >= 1 by 2032"
  FIGURE OP NUMBER from YEAR     in that year and every later one
  FIGURE OP NUMBER once by YEAR  in at least one year from 2025 up to YEAR
(2024 is history, left out as in the headline "Peak stress")
  no bust | no bust before YEAR | no bust by YEAR
FIGURE: coverage, shortfall, stress, debt, capex, revenue, leverage, or an output column
name as in the exported CSV header; OP: >=, >, <=, <, ==. The stress index runs from 0 to
100: a target it can never meet ("stress < -5") is refused as bad input.

output: "KEY = VALUE UNIT" (or "KEY: not reachable") on the first line, then a message.
exit status: 0 the target is reachable (or already met) within the lever's range,
1 it is not reachable, 2 bad input (malformed target, unknown key, value out of range).
example: {run} goal-seek --lever capex_growth --target "coverage >= 1 by 2032"
"""


def add_arguments(parser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG.format(run=invocation())
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
        print(f"{args.lever} = {written(result.value, '.6g')} {unit}")
        if result.slider_value is not None and result.slider_value != result.value:
            print(f"on the slider's step grid: {written(result.slider_value, 'g')} {unit}")
    else:
        print(f"{args.lever}: not reachable")
    print(message(result))
    return 0 if result.reachable else 1


def written(value: float, spec: str) -> str:
    """`value` formatted with `spec` ('.2f', '.4g', ...), without the sign of a figure that is
    written as zero: '0.00', never '-0.00' (a negative zero, or -0.001 at two decimals)."""
    text = f"{value:{spec}}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


# --- the result in plain English (the command line only; the window words it in gui/) -----------
def message(result: GoalResult) -> str:
    """One or two English sentences on a goal-seek result, e.g. 'Capex growth = 41.2 % per year
    just meets the target (Revenue ÷ required (full cost) ≥ 1 in 2032: 1.00; ...)'."""
    param, tgt, end = P.get(result.lever), result.target, result.end_year

    def lever(value: float) -> str:
        return f"{_fmt_lever(param, value)} {param.unit}"

    if result.outcome == "already_met":
        return (f"already met at the current {param.label} = {lever(result.current)}: "
                f"{_fmt_achieved(tgt, result.achieved, end)}")
    if result.outcome == "reached":
        return (f"{param.label} = {lever(result.value)} just meets the target "
                f"({describe_target(tgt)}: {_fmt_figure(tgt, result.achieved, end)}; at the current "
                f"{lever(result.current)}: {_fmt_figure(tgt, result.current_achieved, end)})")
    where = (f"even at {param.label} = {lever(result.closest)}, "
             f"{_fmt_achieved(tgt, result.achieved, end)}")
    if result.outcome == "no_effect":
        tail = (f"{param.label} does not move this figure within its range, so which way it "
                f"would have to go cannot be told; try another lever")
    elif result.direction > 0:
        tail = (f"it would have to go higher than the range allows (max {lever(param.max)}), "
                f"if the trend continues")
    elif result.direction < 0:
        tail = (f"it would have to go lower than the range allows (min {lever(param.min)}), "
                f"if the trend continues")
    else:
        tail = ("the figure comes closest inside the range or stops improving toward its ends, "
                "so which way it would have to go cannot be told; try another lever")
    return f"not reachable ({describe_target(tgt)}): {where}; {tail}"


def describe_target(tgt: Target) -> str:
    """The target in English words, e.g. 'Revenue ÷ required (full cost) ≥ 1 in 2032'."""
    if tgt.column is None:
        return {"always": "no bust", "before": f"no bust before {tgt.year}",
                "by": f"no bust in or before {tgt.year}"}[tgt.when]
    label = COLUMN_INFO[tgt.column][0]
    op = {">=": "≥", "<=": "≤", "==": "="}.get(tgt.op, tgt.op)
    when = {"always": " in every year", "in": f" in {tgt.year}",
            "from": f" from {tgt.year} on", "once_by": f" at least once by {tgt.year}"}
    return f"{label} {op} {written(tgt.threshold, 'g')}{when[tgt.when]}"


def _fmt_lever(param, value: float) -> str:
    """A lever value with one decimal more than its step needs, trailing zeros dropped."""
    text = written(value, f".{decimals(param) + 1}f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _fmt_figure(tgt: Target, value: float, end_year: int) -> str:
    """The judged figure alone, e.g. '0.92', '4.35 GW', 'bust in 2029', 'no bust through 2050'."""
    if tgt.column is None:
        return f"no bust through {end_year}" if value > end_year else f"bust in {value:.0f}"
    unit = COLUMN_INFO[tgt.column][1]
    spec = ".2f" if unit == "ratio" else ".1f" if unit in ("0-100", "0/1") else ".4g"
    if value != tgt.threshold and written(value, spec) == written(tgt.threshold, spec):
        spec = ".6g"        # 49.996 for 'stress < 50', not a puzzling '50.0'
    text = written(value, spec)
    return text if unit in ("ratio", "0-100", "0/1") else f"{text} {unit}"


def _fmt_achieved(tgt: Target, value: float, end_year: int) -> str:
    """The judged figure in words, e.g. 'Revenue ÷ required (R1) in 2032 is 0.92', 'bust in 2029'."""
    if tgt.column is None:
        return _fmt_figure(tgt, value, end_year)
    where = {"always": " at worst", "in": f" in {tgt.year}", "from": f" from {tgt.year} on at worst",
             "once_by": f" up to {tgt.year} at best"}[tgt.when]
    return f"{COLUMN_INFO[tgt.column][0]}{where} is {_fmt_figure(tgt, value, end_year)}"

"""`export`: write the yearly results of one scenario to .csv, .xlsx or .json."""
from __future__ import annotations

from cli.common import (CommandError, add_scenario_arguments, horizon, output_path, scenario_values,
                        write_failed)
from model import simulate
from model.errors import printable
from model.store import export

NAME = "export"
HELP = "write the yearly results of a scenario to FILE.csv, FILE.xlsx or FILE.json"


def add_arguments(parser) -> None:
    add_scenario_arguments(parser)
    parser.add_argument("--out", metavar="FILE", required=True, help="output file (.csv, .xlsx, .json)")


def run(args) -> int:
    path = output_path(args.out, export.FORMATS)
    values = scenario_values(args)
    results = simulate(values, end_year=horizon(args))
    try:
        export.write_results(results, values, path)
    except OSError as exc:
        raise write_failed("--out", path, exc) from None
    print(f"wrote {printable(path)}")
    return 0

"""`params`: print the parameter table."""
from __future__ import annotations

import json

from model import parameters as P

NAME = "params"
HELP = "list every parameter with its unit, default, range and source"


def add_arguments(parser) -> None:
    parser.add_argument("--json", action="store_true", help="print a JSON list of objects")


def run(args) -> int:
    table = P.parameters()
    if args.json:
        print(json.dumps([p.as_dict() for p in table], indent=1, ensure_ascii=False))
        return 0
    width = max(len(p.key) for p in table)
    for group, members in P.groups():
        print(f"[{group}]")
        for p in members:
            print(f"  {p.key:<{width}}  {p.default:>8g}  ({p.min:g} to {p.max:g} {p.unit})  "
                  f"{p.label} [{p.source}]")
    return 0

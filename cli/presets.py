"""`presets`: list the shipped presets."""
from __future__ import annotations

import sys

from model import presets

NAME = "presets"
HELP = "list the preset scenarios"


def add_arguments(parser) -> None:
    pass


def run(args) -> int:
    for problem in presets.problems():       # a bad preset file is skipped, not fatal
        print(f"warning: skipped {problem}", file=sys.stderr)
    for p in presets.all_presets():
        changed = ", ".join(f"{k}={v:g}" for k, v in p.values.items()) or "all defaults"
        print(f"{p.slug:<20} {p.name}\n{'':<20} {changed}")
    return 0

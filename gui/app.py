"""Application start-up (placeholder until the window lands)."""
from __future__ import annotations

import sys


def create_window(argv: list[str]):
    raise NotImplementedError("the window is not built yet")


def run_app(argv: list[str]) -> int:
    sys.stderr.write("The window is not built yet; see `python main.py --help`.\n")
    return 1

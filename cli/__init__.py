"""Sub-commands of main.py. Each module in this package defines

    NAME: str                     the sub-command word
    HELP: str                     one line for --help
    def add_arguments(parser)     its options
    def run(args) -> int          exit status (0 ok, 2 bad input)

and is found automatically, so adding a command is adding a module.
"""
from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def commands() -> dict[str, ModuleType]:
    """Every sub-command module by its NAME, in alphabetical order."""
    found = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.name == "common":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "NAME") and hasattr(module, "run"):
            found[module.NAME] = module
    return found

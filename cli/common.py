"""Options and checks shared by several sub-commands: --preset, --scenario, --set, output paths."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from model import parameters as P
from model import presets
from model.errors import InputError


class CommandError(Exception):
    """Bad input from the command line: the message is printed as one line and the exit status is 2."""


def add_scenario_arguments(parser: argparse.ArgumentParser, scenario_file: bool = True) -> None:
    """--preset NAME, [--scenario FILE], --set KEY=VALUE (repeatable), --horizon YEAR."""
    parser.add_argument("--preset", metavar="NAME", help="start from a preset (see 'presets')")
    if scenario_file:
        parser.add_argument("--scenario", metavar="FILE", help="start from a snapshot file (.json)")
    parser.add_argument("--set", metavar="KEY=VALUE", action="append", default=[],
                        help="set a parameter (repeatable); see 'params' for keys and ranges")
    parser.add_argument("--horizon", metavar="YEAR", type=int, default=None,
                        help="last simulated year (2030-2060, default 2050)")


def parse_set(items: list[str]) -> dict[str, float]:
    """Turn ['key=value', ...] into validated {key: value}; CommandError on the first bad item."""
    values: dict[str, float] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        key, raw = key.strip(), raw.strip()
        if not sep or not key or not raw:
            raise CommandError(f"--set {item!r}: expected KEY=VALUE, e.g. --set capex_growth=60")
        try:
            values[key] = P.get(key).check(raw)
        except P.ParameterError as exc:
            raise CommandError(str(exc)) from None
    return values


def scenario_values(args: argparse.Namespace) -> dict[str, float]:
    """Full parameter set (table units) from --preset, then --scenario, then --set, in that
    order of precedence; a --code (where the command has it) is a whole scenario and replaces
    --preset and --scenario."""
    values: dict[str, float] = {}
    try:
        if getattr(args, "preset", None):
            values.update(presets.find(args.preset).values)
        if getattr(args, "scenario", None):
            from model.store import snapshot
            snap = snapshot.load(Path(args.scenario))
            for warning in snap.warnings:          # values of an older file set into range
                print(f"warning: {warning}", file=sys.stderr)
            values.update(snap.parameters)
        if getattr(args, "code", None):
            from model.store import scenario_code
            values = scenario_code.decode(args.code)
        values.update(parse_set(args.set))
        return P.complete(values)
    except InputError as exc:          # a bad parameter, snapshot file or scenario code
        raise CommandError(str(exc)) from None


def horizon(args: argparse.Namespace) -> int:
    """The --horizon year, checked."""
    from model import engine
    if args.horizon is None:
        return engine.DEFAULT_END_YEAR
    try:
        return engine.check_end_year(args.horizon)
    except P.ParameterError as exc:
        raise CommandError(str(exc)) from None


def output_path(raw: str, allowed: tuple[str, ...]) -> Path:
    """Check an output path before any work: known extension, existing writable folder."""
    path = Path(raw)
    if path.suffix.lower() not in allowed:
        raise CommandError(f"--out {raw}: the extension must be one of {', '.join(allowed)}")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise CommandError(f"--out {raw}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise CommandError(f"--out {raw}: not writable")
    if path.is_dir():
        raise CommandError(f"--out {raw}: is a folder, not a file")
    if path.exists() and not path.is_file():
        # The write renames a new file over the path, which would replace a pipe or device.
        raise CommandError(f"--out {raw}: exists and is not a regular file (a pipe or device?)")
    return path

"""`snapshot`: write a snapshot file without the window (to prepare a workshop's scenarios)."""
from __future__ import annotations

from cli.common import CommandError, output_path, scenario_values, write_failed
from model.errors import InputError, printable
from model.store import scenario_code
from model.store import snapshot as S

NAME = "snapshot"
HELP = "write a snapshot file (name, note, parameters, headline figures) to FILE.json"


def add_arguments(parser) -> None:
    parser.add_argument("--name", required=True, help="the snapshot's name (shown in the panel)")
    parser.add_argument("--note", default="", help="a free-text note saved with it")
    parser.add_argument("--preset", metavar="NAME", help="start from a preset (see 'presets')")
    parser.add_argument("--scenario", metavar="FILE",
                        help="start from an existing snapshot file (.json; older versions are "
                             "migrated)")
    parser.add_argument("--code", metavar="CODE",
                        help="start from a scenario code (AICX1:...); a code is a whole "
                             "scenario, so it replaces --preset and --scenario")
    parser.add_argument("--set", metavar="KEY=VALUE", action="append", default=[],
                        help="set a parameter (repeatable, applied last); see 'params' for keys "
                             "and ranges")
    parser.add_argument("--out", metavar="FILE.json", required=True,
                        help="the file to write; if it exists it is replaced atomically (the "
                             "old version stays whole until the new one is complete)")


def run(args) -> int:
    path = output_path(args.out, (".json",))
    try:
        name = S.check_name(args.name)
    except InputError as exc:
        raise CommandError(f"--name: {exc}") from None
    values = scenario_values(args)
    try:
        snap = S.create(name, values, note=args.note)
        S.save(snap, path)
    except InputError as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise write_failed("--out", path, exc) from None
    print(f"wrote {printable(path)}")
    print(f"scenario code: {scenario_code.encode(snap.parameters)}")
    return 0


"""AI Capex Scenario Explorer: entry point and command line.

    python main.py                 open the window
    python main.py SUBCOMMAND ...  see `python main.py --help`
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Optional


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise SystemExit(_error(self.prog, message))   # quotes unknown arguments as typed


class _WindowParser(argparse.ArgumentParser):
    """The parser of the window's options; its errors raise cli.common.CommandError."""

    def error(self, message: str) -> None:  # type: ignore[override]
        from cli.common import CommandError
        raise CommandError(f"{message} ({self.format_usage().strip()})")


def build_parser() -> argparse.ArgumentParser:
    """The parser with one sub-parser per module in cli/."""
    from cli import commands
    from cli.common import program_name
    # The window's own options in the help too: `--help` listed the sub-commands only, so a
    # user looking for --preset, --lang or how to open a snapshot file found no word of them.
    window_help = window_parser().format_help().replace(
        "open the window (without a sub-command)", "").strip()
    parser = _Parser(prog=program_name(), description="AI Capex Scenario Explorer",
                     formatter_class=argparse.RawDescriptionHelpFormatter,
                     epilog="without a COMMAND, the window opens:\n\n" + window_help)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    for name, module in commands().items():
        module.add_arguments(sub.add_parser(name, help=module.HELP, description=module.HELP))
    return parser


def window_parser() -> argparse.ArgumentParser:
    """The parser of `main.py [--preset NAME] [--set KEY=VALUE] [--size WxH] [--lang CODE]`:
    the same option definitions as `screenshot` (cli.common.add_window_arguments)."""
    from cli.common import add_open_argument, add_window_arguments, program_name
    parser = _WindowParser(prog=program_name(), add_help=False,
                           description="open the window (without a sub-command)")
    add_window_arguments(parser)
    add_open_argument(parser, positional=True)
    return parser


def parse_window_args(argv: list[str]):
    """The window's options (gui.app.WindowOptions) from command-line arguments; CommandError
    naming the first bad or unknown argument."""
    from cli.common import attach_dash_values, window_options
    return window_options(window_parser().parse_args(attach_dash_values(list(argv))))


def create_window(argv: list[str] = (), remember_settings: bool | None = None):
    """Build the ready main window (not shown) from command-line style arguments
    (CommandError for a bad one); `remember_settings` as in gui.app.create_window."""
    from gui.app import create_window as _create
    return _create(parse_window_args(list(argv)), remember_settings)


def opens_window(argv: list[str]) -> bool:
    """True if `argv` opens the window: no arguments, options only, or a snapshot file first
    (`main.py FILE.json`, as a desktop program opens its files); False for a sub-command."""
    from cli import commands
    if not argv:
        return True
    first = argv[0]
    if first in ("--help", "-h"):
        return False
    if first.startswith("--"):
        return True
    if first in commands():
        return False
    return first.lower().endswith(".json") or os.sep in first or os.path.exists(first)


def _error(prefix: str, message: object) -> int:
    """Print `message` as one bounded line on stderr after `prefix`, control characters (a
    file name's ESC sequences) made visible; returns exit status 2."""
    from model.errors import clip, printable
    from model.limits import MESSAGE_MAX_CHARS
    line = " ".join(printable(clip(message, MESSAGE_MAX_CHARS)).split())   # no ESC sequences
    try:
        sys.stderr.write(f"{prefix}: error: {line}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    return 2


def _finish_output() -> Optional[str]:
    """Flush stdout now (not at interpreter exit, where a failure is a traceback); None, or the
    reason it failed (e.g. stdout is /dev/full), after which stdout is pointed at /dev/null."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return None
    except (OSError, ValueError) as exc:
        _silence_stdout()
        from model.errors import os_reason
        return f"cannot write the output: {os_reason(exc)}"
    return None


def _silence_stdout() -> None:
    try:
        sys.stdout = open(os.devnull, "w")
    except OSError:
        pass


def main(argv: list[str] | None = None) -> int:
    """Run a sub-command, or open the window when there is none. Returns the exit status.
    Every failure of bad input, a bad file or the disk is one line on stderr and status 2."""
    from cli import commands
    from cli.common import CommandError, invocation, program_name
    from model.errors import InputError
    argv = list(sys.argv[1:] if argv is None else argv)
    program = program_name()
    if opens_window(argv):
        try:
            options = parse_window_args(argv)
        except (CommandError, InputError) as exc:
            return _error(program, exc)
        from gui.app import run_app
        try:
            return run_app(options, sys.argv[0] if sys.argv else "main.py")
        except InputError as exc:      # e.g. AI_CAPEX_EXPLORER_DATA names a file
            return _error(program, exc)
    from cli.common import attach_dash_values
    # parse_known_args, not parse_args: argparse reports an unknown option of a sub-command
    # as the top parser's ('main.py: error: unrecognized arguments: --foo'), not naming the
    # sub-command whose options the user should look up
    args, unknown = build_parser().parse_known_args(attach_dash_values(argv))  # --size -800x600
    if args.command is None:
        if unknown:
            return _error(program, f"unrecognized arguments: {' '.join(unknown)}")
        build_parser().print_help()
        return 0
    prefix = f"{program} {args.command}"
    if unknown:
        return _error(prefix, f"unrecognized arguments: {' '.join(unknown)} "
                              f"(see '{invocation()} {args.command} --help' for its options)")
    try:
        status = commands()[args.command].run(args)
    except (CommandError, InputError) as exc:
        return _error(prefix, exc)
    except BrokenPipeError:          # output piped into `head` and cut off: not an error
        _silence_stdout()
        return 0
    except OSError as exc:           # a disk or file problem the command did not word itself
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else \
            "cannot write the output: "
        _silence_stdout()
        from model.errors import os_reason        # 'the disk is full', not the system's text
        return _error(prefix, f"{where}{os_reason(exc)}")
    except RecursionError:
        return _error(prefix, "the input is nested too deeply")
    except MemoryError:              # a run far larger than this computer's memory
        return _error(prefix, "not enough memory for this run; ask for fewer scenarios "
                              "(--samples) or parameters (--params)")
    problem = _finish_output()
    if problem:
        return _error(prefix, problem)
    return status


if __name__ == "__main__":
    sys.exit(main())

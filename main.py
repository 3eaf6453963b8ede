"""AI Capex Scenario Explorer: entry point and command line.

    python main.py                 open the window
    python main.py SUBCOMMAND ...  see `python main.py --help`
"""
from __future__ import annotations

import argparse
import sys


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


class _WindowParser(argparse.ArgumentParser):
    """The parser of the window's options; its errors raise cli.common.CommandError."""

    def error(self, message: str) -> None:  # type: ignore[override]
        from cli.common import CommandError
        raise CommandError(f"{message} ({self.format_usage().strip()})")


def build_parser() -> argparse.ArgumentParser:
    """The parser with one sub-parser per module in cli/."""
    from cli import commands
    parser = _Parser(prog="main.py", description="AI Capex Scenario Explorer")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    for name, module in commands().items():
        module.add_arguments(sub.add_parser(name, help=module.HELP, description=module.HELP))
    return parser


def window_parser() -> argparse.ArgumentParser:
    """The parser of `main.py [--preset NAME] [--set KEY=VALUE] [--size WxH] [--lang CODE]`:
    the same option definitions as `screenshot` (cli.common.add_window_arguments)."""
    from cli.common import add_window_arguments
    parser = _WindowParser(prog="main.py", add_help=False,
                           description="open the window (without a sub-command)")
    add_window_arguments(parser)
    return parser


def parse_window_args(argv: list[str]):
    """The window's options (gui.app.WindowOptions) from command-line arguments; CommandError
    naming the first bad or unknown argument."""
    from cli.common import window_options
    return window_options(window_parser().parse_args(argv))


def create_window(argv: list[str] = (), remember_settings: bool | None = None):
    """Build the ready main window (not shown) from command-line style arguments
    (CommandError for a bad one); `remember_settings` as in gui.app.create_window."""
    from gui.app import create_window as _create
    return _create(parse_window_args(list(argv)), remember_settings)


def main(argv: list[str] | None = None) -> int:
    """Run a sub-command, or open the window when there is none. Returns the exit status."""
    from cli import commands
    from cli.common import CommandError
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0].startswith("--") and argv[0] not in ("--help", "-h"):
        try:
            options = parse_window_args(argv)
        except CommandError as exc:
            sys.stderr.write(f"main.py: error: {exc}\n")
            return 2
        from gui.app import run_app
        return run_app(options, sys.argv[0] if sys.argv else "main.py")
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return 0
    try:
        return commands()[args.command].run(args)
    except CommandError as exc:
        sys.stderr.write(f"main.py {args.command}: error: {exc}\n")
        return 2
    except BrokenPipeError:          # output piped into `head` and cut off: not an error
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())

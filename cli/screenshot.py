"""`screenshot`: render the explorer window offscreen to a PNG."""
from __future__ import annotations

from cli.common import (CommandError, add_open_argument, add_window_arguments, output_path,
                        window_options)
from model.errors import printable

NAME = "screenshot"
HELP = "render the explorer window offscreen to FILE.png"


def add_arguments(parser) -> None:
    """--out FILE plus the window's own options (the same definitions as opening the window)."""
    parser.add_argument("--out", metavar="FILE", required=True, help="output file (.png)")
    add_window_arguments(parser)
    add_open_argument(parser, positional=False)


def run(args) -> int:
    """Write the PNG; exit status 0, or CommandError for bad input (checked before Qt starts)."""
    path = output_path(args.out, (".png",))
    options = window_options(args)
    from gui.app import ScreenshotError, render_screenshot
    try:
        width, height = render_screenshot(options, path)
    except ScreenshotError as exc:
        raise CommandError(str(exc)) from None
    print(f"wrote {printable(path)} ({width}x{height})")
    return 0

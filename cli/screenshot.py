"""`screenshot`: render the explorer window offscreen to a PNG."""
from __future__ import annotations

from cli.common import output_path

NAME = "screenshot"
HELP = "render the explorer window offscreen to FILE.png"


def add_arguments(parser) -> None:
    parser.add_argument("--out", metavar="FILE", required=True, help="output file (.png)")
    parser.add_argument("--preset", metavar="NAME", help="start from a preset (see 'presets')")
    parser.add_argument("--set", metavar="KEY=VALUE", action="append", default=[],
                        help="set a parameter (repeatable); see 'params' for keys and ranges")
    parser.add_argument("--size", metavar="WxH", default="1600x1000",
                        help="window size in pixels (default 1600x1000)")
    parser.add_argument("--lang", metavar="CODE",
                        help="interface language: en or a translation in resources/i18n, e.g. de "
                             "(default: the system locale)")


def run(args) -> int:
    from gui.app import parse_window_args, render_screenshot
    path = output_path(args.out, (".png",))
    argv = ["--size", args.size] + [f"--set={item}" for item in args.set]
    if args.preset:
        argv += ["--preset", args.preset]
    if args.lang:
        argv += ["--lang", args.lang]
    parse_window_args(argv)               # bad input fails before Qt starts
    width, height = render_screenshot(argv, path)
    print(f"wrote {path} ({width}x{height})")
    return 0

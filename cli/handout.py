"""`handout`: write the workshop handout (PDF) of a scenario without opening a window."""
from __future__ import annotations

from cli.common import CommandError, add_window_arguments, output_path, window_options
from model.errors import printable

NAME = "handout"
HELP = "write the PDF handout of a scenario (verdict, headlines, plots, compare table) to FILE.pdf"


def add_arguments(parser) -> None:
    """--out FILE plus the window's own options (--preset, --set, --size, --lang)."""
    parser.add_argument("--out", metavar="FILE", required=True, help="output file (.pdf)")
    add_window_arguments(parser)


def run(args) -> int:
    """Write the PDF; exit status 0, or CommandError for bad input (checked before Qt starts)."""
    path = output_path(args.out, (".pdf",))
    options = window_options(args)
    from gui.features.handout import HandoutError, render_handout
    try:
        pages = render_handout(options, path)
    except HandoutError as exc:
        raise CommandError(str(exc)) from None
    print(f"wrote {printable(path)} ({pages} pages)")
    return 0

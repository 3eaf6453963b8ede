"""Options and checks shared by several sub-commands and by the window: --preset, --scenario,
--set, output paths, and the window's own options (--preset, --set, --size, --lang), which
main.py (opening the window) and `screenshot` both define with add_window_arguments, so the
window never parses its command line itself."""
from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import Optional

from model import parameters as P
from model import errors, presets
from model.errors import InputError, clip, clip_repr, printable
from model.limits import (HORIZON_MAX_YEAR, HORIZON_MIN_YEAR, NAME_MAX_BYTES, PATH_QUOTE_CHARS,
                          WINDOW_SIZE_MAX, WINDOW_SIZE_MIN, ZOOM_MAX, ZOOM_MIN)



SCRIPT_ENTRY = "main:main"   # what pyproject.toml's [project.scripts] points the program's name at
CHECKOUT_NAME = "main.py"    # the program's name when run from a checkout: `python main.py`


def program_name() -> str:
    """The name the user typed to start this program, for its messages and --help: the console
    script pyproject.toml installs (`ai-capex-explorer`, with pip or pipx) when it was started
    by it, else 'main.py' (a checkout). Read from the installed package's entry points, so the
    name has one home, pyproject.toml."""
    started_as = Path(sys.argv[0]).stem if sys.argv and sys.argv[0] else ""
    if started_as and started_as != Path(CHECKOUT_NAME).stem:
        from importlib.metadata import entry_points
        for script in entry_points(group="console_scripts"):
            if script.value == SCRIPT_ENTRY and script.name == started_as:
                return script.name
    return CHECKOUT_NAME


def invocation() -> str:
    """What a user types before a sub-command, for examples: 'python main.py' in a checkout,
    the console script's name ('ai-capex-explorer') when installed and started by it."""
    name = program_name()
    return f"python {name}" if name == CHECKOUT_NAME else name


class CommandError(Exception):
    """Bad input from the command line: the message is printed as one line and the exit status is 2."""


def add_scenario_arguments(parser: argparse.ArgumentParser, scenario_file: bool = True) -> None:
    """--preset NAME, [--scenario FILE], --set KEY=VALUE (repeatable), --horizon YEAR."""
    parser.add_argument("--preset", metavar="NAME", help="start from a preset (see 'presets')")
    if scenario_file:
        parser.add_argument("--scenario", metavar="FILE", help="start from a snapshot file (.json)")
    parser.add_argument("--set", metavar="KEY=VALUE", action="append", default=[],
                        help="set a parameter (repeatable); see 'params' for keys and ranges")
    from model.engine import DEFAULT_END_YEAR
    parser.add_argument("--horizon", metavar="YEAR", default=None,
                        help=f"last simulated year ({HORIZON_MIN_YEAR}-{HORIZON_MAX_YEAR}, "
                             f"default {DEFAULT_END_YEAR})")


def ascii_int(raw: str) -> int:
    """A whole number written with ASCII digits (int() also takes other scripts' digits and
    '_' separators, and thousands of digits); ValueError otherwise, which argparse reports as
    'invalid ascii_int value'."""
    text = raw.strip()
    if not _ASCII_INT.fullmatch(text):
        raise ValueError(raw)
    return int(text)


_ASCII_INT = re.compile(r"[-+]?[0-9]{1,9}", re.ASCII)
_LONG_INT = re.compile(r"([-+]?)([0-9]+)", re.ASCII)    # any length: a number too long to read


def whole_number(raw: str) -> int:
    """A count or seed option (--samples, --seed, --top, --workers, --chunk, --max-rows): a
    whole number in ASCII digits, at most 18 of them (int() also took '٦٠', '６０' and '1_000');
    ValueError otherwise, which argparse reports as 'invalid whole number (ASCII digits) value:
    …'. The option's own check says what range is allowed."""
    text = raw.strip()
    if not _WHOLE.fullmatch(text):
        raise ValueError(raw)
    return int(text)


def decimal_number(raw: str) -> float:
    """A decimal option (--min-coverage) in ASCII digits ('0.5', '.5', '5e-1'); ValueError for
    other scripts' digits, '_' separators, 'nan' and 'inf', which argparse reports as 'invalid
    decimal number (ASCII digits) value: …'."""
    text = raw.strip()
    if not _DECIMAL.fullmatch(text):
        raise ValueError(raw)
    return float(text)


whole_number.__name__ = "whole number (ASCII digits)"      # argparse's 'invalid … value'
decimal_number.__name__ = "decimal number (ASCII digits)"
_WHOLE = re.compile(r"[-+]?[0-9]{1,18}", re.ASCII)
_DECIMAL = re.compile(r"[-+]?(?:[0-9]{1,18}(?:\.[0-9]{0,18})?|\.[0-9]{1,18})(?:e[-+]?[0-9]{1,3})?",
                      re.ASCII | re.IGNORECASE)


def check_not_empty(args: argparse.Namespace, *names: str) -> None:
    """CommandError if an option among `names` was given as an empty text (--code "" would
    otherwise be ignored silently and the default scenario used)."""
    for name in names:
        value = getattr(args, name, None)
        if value is not None and not str(value).strip():
            flag = "FILE" if name == "open" else f"--{name}"
            raise CommandError(f"{flag}: empty; give a value or leave the option out")


def parse_set(items: list[str]) -> dict[str, float]:
    """Turn ['key=value', ...] into validated {key: value}; CommandError on the first bad item
    and for a key given twice with different values (the same value twice is one)."""
    values: dict[str, float] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        key, raw = key.strip(), raw.strip()
        if not sep or not key or not raw:
            raise CommandError(f"--set {clip_repr(item)}: expected KEY=VALUE, e.g. "
                               f"--set capex_growth=60")
        try:
            value = P.get(key).check(raw)
        except P.ParameterError as exc:
            raise CommandError(str(exc)) from None
        if key in values and values[key] != value:      # which one was meant cannot be told
            raise CommandError(f"--set {key} is given twice ({values[key]:g} and {value:g}); "
                               f"set each parameter once")
        values[key] = value
    return values


def scenario_values(args: argparse.Namespace, opened: Optional[list] = None) -> dict[str, float]:
    """Full parameter set (table units) from --preset, then --scenario (or the snapshot file
    the window opens, `open`), then --set, in that order of precedence; a --code (where the
    command has it) is a whole scenario and replaces --preset and --scenario. An empty
    --preset, --scenario, --code or file is refused. The snapshot read from a file is appended
    to `opened` if given."""
    check_not_empty(args, "preset", "scenario", "code", "open")
    values: dict[str, float] = {}
    try:
        if getattr(args, "preset", None) is not None:
            values.update(presets.find(args.preset).values)
        for attribute in ("scenario", "open"):
            if getattr(args, attribute, None) is None:
                continue
            from model.store import snapshot
            snap = snapshot.load(Path(getattr(args, attribute)))
            for warning in snap.warnings:          # values of an older file set into range
                print(f"warning: {printable(warning)}", file=sys.stderr)
            values.update(snap.parameters)
            if opened is not None:
                opened.append((snap, Path(getattr(args, attribute))))
        if getattr(args, "code", None) is not None:
            from model.store import scenario_code
            values = scenario_code.decode(args.code)
        values.update(parse_set(args.set))
        return P.complete(values)
    except InputError as exc:          # a bad parameter, snapshot file or scenario code
        raise CommandError(str(exc)) from None


def add_window_arguments(parser: argparse.ArgumentParser) -> None:
    """--preset NAME, --set KEY=VALUE (repeatable), --size WxH, --lang CODE and --zoom FACTOR:
    what the window is opened with (by main.py without a sub-command, and by `screenshot`)."""
    from gui.app import DEFAULT_SIZE        # no Qt: gui.app imports Qt only when it builds
    parser.add_argument("--preset", metavar="NAME", help="start from a preset (see 'presets')")
    parser.add_argument("--set", metavar="KEY=VALUE", action="append", default=[],
                        help="set a parameter (repeatable); see 'params' for keys and ranges")
    parser.add_argument("--size", metavar="WxH",
                        help="window size in pixels (default {0}x{1}, or the last one used); "
                             "a size below the least the window can be in its language is "
                             "raised to that, with a note on stderr".format(*DEFAULT_SIZE))
    parser.add_argument("--lang", metavar="CODE",
                        help="interface language: en or a translation in resources/i18n, e.g. "
                             "de (default: the saved choice, else the system locale)")
    parser.add_argument("--zoom", metavar="FACTOR",
                        help="draw everything FACTOR times larger: type, lines, panels (Qt's "
                             "QT_SCALE_FACTOR), e.g. 1.5 on a 1920x1080 projector to show the "
                             "window as at 1280x720 ({0} to {1}; default 1)"
                        .format(ZOOM_MIN, ZOOM_MAX))


def add_open_argument(parser: argparse.ArgumentParser, positional: bool) -> None:
    """The snapshot file to open: `main.py FILE.json` (positional) or `screenshot --open
    FILE.json`; its values replace --preset's, --set applies on top, and its name goes in the
    window's title and status bar."""
    help_text = "a snapshot file (.json) to open; --set applies on top of it"
    if positional:
        parser.add_argument("open", metavar="FILE.json", nargs="?", default=None, help=help_text)
    else:
        parser.add_argument("--open", metavar="FILE.json", default=None, help=help_text)


def parse_zoom(raw: str) -> float:
    """'1.5' -> 1.5, the factor --zoom draws everything larger by; CommandError unless it is a
    number from model.limits' ZOOM_MIN to ZOOM_MAX, naming what was wrong."""
    allowed = f"expected a number from {ZOOM_MIN} to {ZOOM_MAX}, e.g. 1.5"
    try:
        zoom = float(raw.strip().replace(",", "."))
    except ValueError:
        raise CommandError(f"--zoom {clip_repr(raw)}: not a number; {allowed}") from None
    if not (ZOOM_MIN <= zoom <= ZOOM_MAX):         # (also NaN)
        raise CommandError(f"--zoom {clip_repr(raw)}: out of range; {allowed}")
    return zoom


def parse_size(raw: str) -> tuple[int, int]:
    """'1600x1000' -> (1600, 1000) pixels; CommandError unless both are whole numbers within
    model.limits' WINDOW_SIZE_MIN..WINDOW_SIZE_MAX, naming what was wrong: no 'x', a part that
    is not a whole number, a negative or too small or too large width or height."""
    allowed = (f"expected WIDTHxHEIGHT in whole pixels, e.g. 1600x1000, each "
               f"{WINDOW_SIZE_MIN} to {WINDOW_SIZE_MAX}")
    given = f"--size {clip_repr(raw)}"
    width, sep, height = raw.strip().lower().partition("x")
    if not raw.strip():
        raise CommandError(f"--size: empty; {allowed}")
    if not sep:
        raise CommandError(f"{given}: no 'x' between width and height; {allowed}")
    size = []
    for name, part in (("width", width), ("height", height)):
        try:
            number = ascii_int(part)
        except ValueError:
            digits = _LONG_INT.fullmatch(part.strip())
            if digits:          # a whole number of more digits than ascii_int reads: its sign
                # says which end it is past (2147483648 was 'not a whole number')
                what = ("is too small" if digits.group(2).strip("0") == "" else
                        "is negative" if digits.group(1) == "-" else "is too large")
                what = f"{clip_repr(part.strip())} {what}"
            else:
                what = (f"{clip_repr(part.strip())} is not a whole number in ASCII digits"
                        if part.strip() else "is missing")
            raise CommandError(f"{given}: the {name} {what}; {allowed}") from None
        if number < 0:
            raise CommandError(f"{given}: the {name} {number} is negative; {allowed}")
        if not WINDOW_SIZE_MIN <= number <= WINDOW_SIZE_MAX:
            side = "small" if number < WINDOW_SIZE_MIN else "large"
            raise CommandError(f"{given}: the {name} {number} is too {side}; {allowed}")
        size.append(number)
    return size[0], size[1]


def attach_dash_values(argv: list[str], options: tuple[str, ...] = ("--size",)) -> list[str]:
    """`argv` with '--size -800x600' written as '--size=-800x600': argparse takes a value that
    starts with '-' (and is not a plain negative number) for an option and reports only
    'expected one argument', so parse_size would never see it to say what is wrong. A value
    starting with '--' (the next option) is left alone."""
    out: list[str] = []
    items = iter(argv)
    for item in items:
        if item in options:
            following = next(items, None)
            if following is not None and following.startswith("-") and not following.startswith("--"):
                out.append(f"{item}={following}")
                continue
            out.append(item)
            if following is not None:
                out.append(following)
            continue
        out.append(item)
    return out


def window_options(args: argparse.Namespace):
    """The gui.app.WindowOptions for arguments parsed with add_window_arguments: the full
    parameter set (table units), the size in pixels (None: not given) and the language code
    (None: not given). CommandError naming the first bad value."""
    from gui.app import WindowOptions
    from gui.i18n import check as check_language
    size = parse_size(args.size) if args.size is not None else None
    zoom = parse_zoom(args.zoom) if args.zoom is not None else None
    lang = None
    if args.lang is not None:
        try:
            lang = check_language(args.lang)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
    opened: list = []
    values = scenario_values(args, opened)
    snap, path = opened[-1] if opened else (None, None)
    return WindowOptions(values=values, size=size, lang=lang, zoom=zoom,
                         snapshot_name=snap.name if snap is not None else None,
                         snapshot_path=path)


def horizon(args: argparse.Namespace) -> int:
    """The --horizon year, checked: CommandError naming what was given and the allowed range
    (model.limits' HORIZON_MIN_YEAR..HORIZON_MAX_YEAR) for a text that is not a whole year in
    ASCII digits ('1e3', '2050.5') or a year outside the range ('1000')."""
    from model import engine
    if args.horizon is None:
        return engine.DEFAULT_END_YEAR
    allowed = (f"expected a whole year from {HORIZON_MIN_YEAR} to {HORIZON_MAX_YEAR}, "
               f"e.g. {engine.DEFAULT_END_YEAR}")
    given = f"--horizon {clip_repr(args.horizon)}"
    try:
        year = whole_number(args.horizon)
    except ValueError:
        raise CommandError(f"{given}: not a whole year in ASCII digits; {allowed}") from None
    if not HORIZON_MIN_YEAR <= year <= HORIZON_MAX_YEAR:
        raise CommandError(f"{given}: out of range; {allowed}")
    return engine.check_end_year(year)


def output_path(raw: str, allowed: tuple[str, ...], option: str = "--out") -> Path:
    """Check an output path before any work: not empty, known extension, a name the file
    system takes (at most NAME_MAX bytes), an existing writable folder, not a special file.
    CommandError naming the option (`option`, e.g. '--json') and the problem; never a
    traceback (e.g. ENAMETOOLONG)."""
    if not raw.strip():
        raise CommandError(f"{option}: empty; give a file name")
    example = f"results{allowed[0]}"
    if _names_a_folder(raw):
        # Path('r.csv/') and Path('r.csv/.') are Path('r.csv'): the file would be written
        # beside what the user wrote as a folder, and replace a file of that name.
        raise CommandError(f"{option} {clip(raw, PATH_QUOTE_CHARS)}: ends in a folder "
                           f"separator or '.', so it names a folder, not a file; give a file "
                           f"name, e.g. {example}")
    try:
        if Path(raw).is_dir():
            raise CommandError(f"{option} {clip(raw, PATH_QUOTE_CHARS)}: is an existing folder, "
                               f"not a file; give a file name in it, e.g. "
                               f"{clip(str(Path(raw) / example), PATH_QUOTE_CHARS)}")
    except (OSError, ValueError):      # a name the system refuses: worded below
        pass
    try:
        return _checked_output(raw, allowed, option)
    except OSError as exc:
        raise CommandError(f"{option} {clip(raw, PATH_QUOTE_CHARS)}: "
                           f"{errors.os_reason(exc)}") from None
    except ValueError as exc:          # e.g. a NUL character in the name
        raise CommandError(f"{option} {clip_repr(raw)}: not a usable file name ({exc})") from None


def _names_a_folder(raw: str) -> bool:
    """True if the text of a path names a folder whatever exists: it ends in a separator
    ('out/'), or its last part is '.' or '..' ('out/.', '.', '..')."""
    separators = (os.sep, os.altsep) if os.altsep else (os.sep,)
    text = raw.rstrip()
    if text.endswith(separators):
        return True
    last = text
    for sep in separators:
        last = last.rsplit(sep, 1)[-1]
    return last in (".", "..")


def _checked_output(raw: str, allowed: tuple[str, ...], option: str) -> Path:
    path = Path(raw)
    out = f"{option} {clip(raw, PATH_QUOTE_CHARS)}"       # how each message names the path
    name_bytes = len(path.name.encode("utf-8", "surrogateescape"))
    if name_bytes > NAME_MAX_BYTES:
        raise CommandError(f"{out}: the file name is {name_bytes} bytes long; "
                           f"file systems allow at most {NAME_MAX_BYTES}")
    for part in path.parent.parts:      # a folder's name too long: the system said only 'File
        # name too long', of the file whose name was short
        part_bytes = len(part.encode("utf-8", "surrogateescape"))
        if part_bytes > NAME_MAX_BYTES:
            raise CommandError(f"{out}: the folder name {clip_repr(part)} is {part_bytes} bytes "
                               f"long; file systems allow at most {NAME_MAX_BYTES} bytes a name")
    from model.store.snapshot import not_in_name       # the names' rule, one home
    bad = not_in_name(path.name)
    if bad:
        # 'a\u202egnp.csv' is listed as 'acsv.png': a direction override disguises the
        # extension; an ESC or a line break makes a name no one can type back
        raise CommandError(f"{out}: the file name holds the invisible character {bad[0]} at "
                           f"position {bad[1]}; a file name is one line without control "
                           f"characters or direction overrides (U+202A to U+202E, U+2066 to "
                           f"U+2069)")
    if path.suffix.lower() not in allowed:
        raise CommandError(f"{out}: the extension must be one of {', '.join(allowed)}")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        if folder.exists():
            raise CommandError(f"{out}: {clip(folder, PATH_QUOTE_CHARS)} is a file, not a "
                               f"folder")
        raise CommandError(f"{out}: the folder {clip(folder, PATH_QUOTE_CHARS)} does not exist")
    if not os.access(folder, os.W_OK):
        raise CommandError(f"{out}: the folder {clip(folder, PATH_QUOTE_CHARS)} is read-only "
                           f"(or not writable for this user); choose another folder")
    if path.exists() and not os.access(path, os.W_OK):
        raise CommandError(f"{out}: the file exists and is read-only; choose another name or "
                           f"make it writable")
    if path.is_dir():
        raise CommandError(f"{out}: is a folder, not a file")
    if path.exists() and not path.is_file():
        # The write renames a new file over the path, which would replace a pipe or device.
        raise CommandError(f"{out}: exists and is not a regular file (a pipe or device?)")
    return path


def write_failed(option: str, path: Path, exc: BaseException) -> CommandError:
    """The CommandError for an output file that could not be written (a full disk, a read-only
    drive ...): the option, then model.errors.write_failed's wording (the window's too): the
    file, why in a person's words (not 'No space left on device'), that nothing was written
    and whether a file of that name is unchanged, what to do."""
    return CommandError(f"{option} {errors.write_failed(path, exc)}")

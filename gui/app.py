"""Application start-up: parse window arguments, build the window, run or render it."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from cli.common import CommandError, parse_set
from model import parameters as P
from model import presets

TESTING_ENV = "AI_CAPEX_EXPLORER_TESTING"
DEFAULT_SIZE = (1600, 1000)
SETTLE_MS = 500            # screenshot: time for delayed updates to finish before the grab


@dataclass
class WindowOptions:
    """What the command line asks of the window."""

    values: dict = field(default_factory=dict)     # full parameter set, table units
    size: Optional[tuple[int, int]] = None          # (width, height) in pixels
    lang: Optional[str] = None                      # a code of gui.i18n.languages(); None: saved or system


def parse_size(raw: str) -> tuple[int, int]:
    """'1600x1000' -> (1600, 1000); CommandError unless both are whole numbers 320-10000."""
    width, sep, height = raw.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        size = None
    if not sep or size is None or not all(320 <= n <= 10000 for n in size):
        raise CommandError(f"--size {raw!r}: expected WIDTHxHEIGHT in pixels, e.g. 1600x1000 "
                           "(each 320 to 10000)")
    return size


def parse_window_args(argv: list[str]) -> WindowOptions:
    """Read --preset NAME, --set KEY=VALUE (repeatable), --size WxH and --lang X from `argv`.
    Raises CommandError naming the first bad or unknown argument."""
    preset: Optional[str] = None
    sets: list[str] = []
    options = WindowOptions()
    args = list(argv)
    while args:
        arg = args.pop(0)
        name, eq, inline = arg.partition("=")
        if name in ("--preset", "--set", "--size", "--lang"):
            if eq:
                value = inline
            elif args:
                value = args.pop(0)
            else:
                raise CommandError(f"{name} needs a value")
            if name == "--preset":
                preset = value
            elif name == "--set":
                sets.append(value)
            elif name == "--size":
                options.size = parse_size(value)
            else:
                from .i18n import check     # the languages are the translation files found
                try:
                    options.lang = check(value)
                except ValueError as exc:
                    raise CommandError(str(exc)) from None
        else:
            raise CommandError(f"unknown argument {arg!r} (the window accepts --preset NAME, "
                               "--set KEY=VALUE, --size WxH, --lang CODE)")
    values: dict[str, float] = {}
    try:
        if preset:
            values.update(presets.find(preset).values)
    except P.ParameterError as exc:
        raise CommandError(str(exc)) from None
    values.update(parse_set(sets))
    options.values = P.complete(values)
    return options


def settings_allowed() -> bool:
    """False when tests run: they must neither read nor write the user's settings."""
    return not os.environ.get(TESTING_ENV)


def create_window(argv: list[str], remember_settings: Optional[bool] = None):
    """Build the ready main window (not shown) from command-line style arguments.

    `remember_settings` None: read and write the user's settings unless AI_CAPEX_EXPLORER_TESTING
    is set; False: never (screenshots). Raises CommandError for a bad argument.
    """
    from PySide6.QtCore import QSettings

    from . import i18n
    from .controller import Controller
    from .main_window import SETTINGS_APP, SETTINGS_ORG, MainWindow

    options = parse_window_args(argv)
    if remember_settings is None:
        remember_settings = settings_allowed()
    settings = QSettings(SETTINGS_ORG, SETTINGS_APP) if remember_settings else None
    # Set explicitly every time (removing earlier translators): tests build German and
    # English windows in one QApplication.
    lang = i18n.install(i18n.choose_language(options.lang, settings))
    window = MainWindow(Controller(options.values), settings)
    window.lang = lang
    if options.size is not None:
        window.resize(*options.size)
    elif not window.restore_settings():
        window.resize(*DEFAULT_SIZE)
    return window


def _application(argv0: str = "ai-capex-explorer"):
    """The QApplication (created if there is none yet)."""
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    if app is None:
        app = QApplication([argv0])
        app.setApplicationName("AI Capex Scenario Explorer")
        app.setOrganizationName("ai-capex-explorer")
    return app


def run_app(argv: list[str]) -> int:
    """Open the window and run the event loop; returns the exit status (2 for bad arguments)."""
    try:
        parse_window_args(argv)
    except CommandError as exc:
        sys.stderr.write(f"main.py: error: {exc}\n")
        return 2
    app = _application(sys.argv[0] if sys.argv else "main.py")
    window = create_window(argv)
    window.show()
    return app.exec()


def render_screenshot(argv: list[str], path: Path) -> tuple[int, int]:
    """Render the window offscreen to a PNG at `path`; returns its pixel size.
    Sets QT_QPA_PLATFORM=offscreen unless a platform is already chosen. Never touches the
    user's settings. Raises CommandError for bad arguments or when the file cannot be written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    options = parse_window_args(argv)
    if options.size is None:
        argv = list(argv) + ["--size", "{0}x{1}".format(*DEFAULT_SIZE)]
    app = _application()
    window = create_window(argv, remember_settings=False)
    window.show()
    # Let the features that update after the hand stops (e.g. "What changed?", ~300 ms) settle.
    settle = QEventLoop()
    QTimer.singleShot(SETTLE_MS, settle.quit)
    settle.exec()
    app.processEvents()
    pixmap = window.grab()
    window.close()
    if not pixmap.save(str(path), "PNG"):
        raise CommandError(f"--out {path}: could not write the PNG")
    return pixmap.width(), pixmap.height()

"""Application start-up: build the window from already-parsed options, run it or render it.

The options come parsed: main.py (no sub-command) and the `screenshot` command both define them
with cli.common.add_window_arguments and turn them into a WindowOptions with
cli.common.window_options. Nothing here reads the command line or imports cli/.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Optional

from model import parameters as P
from model.limits import QT_PLATFORM_ENV, TESTING_ENV, WINDOW_DEFAULT_SIZE
from resources import ICON_PNG, resource_path

DEFAULT_SIZE = WINDOW_DEFAULT_SIZE  # pixels, screenshots without --size (model.limits)
SETTLE_MS = 500                 # screenshot: time for delayed updates to finish before the grab
APP_ID = "ai-capex-explorer"    # the command, the desktop entry's name and the window class


@dataclass
class WindowOptions:
    """What the command line asks of the window."""

    values: dict = field(default_factory=lambda: P.complete({}))  # full parameter set, table units
    size: Optional[tuple[int, int]] = None          # (width, height) in pixels; None: not given
    lang: Optional[str] = None      # a code of gui.i18n.languages(); None: saved or system


class ScreenshotError(Exception):
    """The screenshot could not be written (the message names the file)."""


def settings_allowed() -> bool:
    """False when tests run: they must neither read nor write the user's settings."""
    return not os.environ.get(TESTING_ENV)


def window_icon():
    """The program's icon (resources/ai-capex-explorer.png) as a QIcon."""
    from PySide6.QtGui import QIcon
    return QIcon(str(resource_path(ICON_PNG)))


def create_window(options: Optional[WindowOptions] = None,
                  remember_settings: Optional[bool] = None):
    """Build the ready main window (not shown) from parsed options (None: all defaults).

    `remember_settings` None: read and write the user's settings unless AI_CAPEX_EXPLORER_TESTING
    is set; False: never (screenshots).
    """
    from PySide6.QtCore import QSettings

    from model.workshop import session_state

    from . import i18n
    from .controller import Controller
    from .data_folder import data_folder_for
    from .main_window import SETTINGS_APP, SETTINGS_ORG, MainWindow

    options = options or WindowOptions()
    if remember_settings is None:
        remember_settings = settings_allowed()
    settings = QSettings(SETTINGS_ORG, SETTINGS_APP) if remember_settings else None
    # The kept session (gui/features/session_state.py) gives the start values, unless the
    # command line asked for a scenario, and the language, unless --lang or a saved choice.
    kept = session_state.read(data_folder_for(settings), problems := [])
    for problem in problems:
        print(f"kept session: {problem}", file=sys.stderr)
    values = options.values
    if "values" in kept and options.values == P.defaults():
        values = kept["values"]
    # Set explicitly every time (removing earlier translators): tests build German and
    # English windows in one QApplication.
    lang = i18n.install(i18n.choose_language(options.lang, settings, kept.get("lang")))
    window = MainWindow(Controller(values), settings)
    window.setWindowIcon(window_icon())
    window.lang = lang
    if options.size is not None:
        window.resize(*options.size)
    elif not window.restore_settings():
        window.fit_to_screen()
    return window


def application(argv0: str = APP_ID):
    """The QApplication (created with the program's name and icon if there is none yet)."""
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    if app is None:
        app = QApplication([argv0])
        app.setApplicationName("AI Capex Scenario Explorer")
        app.setOrganizationName(APP_ID)
        app.setDesktopFileName(APP_ID)          # matches resources/ai-capex-explorer.desktop
        app.setWindowIcon(window_icon())
    return app


def run_app(options: WindowOptions, argv0: str = APP_ID) -> int:
    """Open the window and run the event loop; returns the exit status."""
    app = application(argv0)
    window = create_window(options)
    window.show()
    return app.exec()


def render_screenshot(options: WindowOptions, path: Path) -> tuple[int, int]:
    """Render the window offscreen to a PNG at `path`; returns its pixel size. Without a size
    in `options` the window is DEFAULT_SIZE. Sets QT_QPA_PLATFORM=offscreen unless a platform
    is already chosen. Never touches the user's settings. Raises ScreenshotError when the file
    cannot be written."""
    os.environ.setdefault(QT_PLATFORM_ENV, "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    if options.size is None:
        options = replace(options, size=DEFAULT_SIZE)
    app = application()
    window = create_window(options, remember_settings=False)
    window.show()
    # Let the features that update after the hand stops (e.g. "What changed?", ~300 ms) settle.
    settle = QEventLoop()
    QTimer.singleShot(SETTLE_MS, settle.quit)
    settle.exec()
    app.processEvents()
    pixmap = window.grab()
    window.close()
    if not pixmap.save(str(path), "PNG"):
        raise ScreenshotError(f"--out {path}: could not write the PNG")
    return pixmap.width(), pixmap.height()

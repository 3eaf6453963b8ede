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
from model.limits import QT_PLATFORM_ENV, QT_SCALE_ENV, TESTING_ENV, WINDOW_DEFAULT_SIZE
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
    snapshot_name: Optional[str] = None   # the name of the snapshot file opened, if any
    snapshot_path: Optional[Path] = None  # that file
    zoom: Optional[float] = None    # everything drawn this many times larger; None: Qt's own


class ScreenshotError(Exception):
    """The screenshot could not be written (the message names the file)."""


def settings_allowed() -> bool:
    """False when tests run: they must neither read nor write the user's settings."""
    return not os.environ.get(TESTING_ENV)


def settings_files() -> list[Path]:
    """The files QSettings(SETTINGS_ORG, SETTINGS_APP) reads on this system, where they are
    files (Linux and other Unix: INI files in the XDG config folder; empty on Windows, where
    they live in the registry, and on macOS)."""
    import sys
    if sys.platform.startswith(("win", "darwin")):
        return []
    from PySide6.QtCore import QStandardPaths

    from .main_window import SETTINGS_APP, SETTINGS_ORG
    folder = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation)) / SETTINGS_ORG
    return [folder / f"{SETTINGS_APP}.conf", folder.with_suffix(".conf")]


def settings_problem() -> Optional[str]:
    """None if the settings files can be handed to QSettings, else one line saying why not: a
    FIFO there would hang the start for good (QSettings opens it blocking), a huge file would
    stall it. The check never opens the file (model.store.safe_read.regular_file_problem)."""
    from model.limits import SETTINGS_MAX_BYTES
    from model.store.safe_read import regular_file_problem
    for path in settings_files():
        problem = regular_file_problem(path)
        if problem is None:
            try:
                if path.exists() and path.stat().st_size > SETTINGS_MAX_BYTES:
                    problem = f"{path}: larger than {SETTINGS_MAX_BYTES} bytes"
            except OSError as exc:
                problem = f"{path}: {exc.strerror or exc}"
        if problem:
            return problem
    return None


def open_settings():
    """(QSettings or None, problem or None): the user's settings, or None with one line saying
    why they are not used (the window then starts with its defaults and saves nothing)."""
    from PySide6.QtCore import QSettings

    from .main_window import SETTINGS_APP, SETTINGS_ORG
    problem = settings_problem()
    if problem:
        return None, f"settings not used: {problem}"
    return QSettings(SETTINGS_ORG, SETTINGS_APP), None


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
    from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

    from model.workshop import session_state

    from . import i18n, menu_type, paste_guard, plain_text
    from .controller import Controller
    from .error_text import error_text
    from .data_folder import data_folder_for
    from .main_window import MainWindow

    options = options or WindowOptions()
    if remember_settings is None:
        remember_settings = settings_allowed()
    plain_text.install()                 # every label plain text unless marked (issue 12)
    paste_guard.install()                # a paste longer than a field takes is refused aloud
    menu_type.install()                  # every menu in its window's type (presentation)
    settings, settings_trouble = open_settings() if remember_settings else (None, None)
    # The kept session (gui/features/session_state.py) gives the start values, unless the
    # command line asked for a scenario, and the language, unless --lang or a saved choice.
    kept = session_state.read(data_folder_for(settings), problems := [])
    for problem in problems:
        _warn(f"kept session: {problem}")
    values = options.values
    if "values" in kept and options.values == P.defaults():
        values = kept["values"]
    # Set explicitly every time (removing earlier translators): tests build German and
    # English windows in one QApplication.
    lang = i18n.install(i18n.choose_language(options.lang, settings, kept.get("lang")))
    window = MainWindow(Controller(values), settings)
    window.setWindowIcon(window_icon())
    window.lang = lang
    raised = None
    if options.size is not None:
        window.resize(*options.size)
        raised = size_raised(options.size, window.size().toTuple(),
                             window.minimumSize().toTuple())
    elif not window.restore_settings():
        window.fit_to_screen()
    if options.snapshot_name is not None:
        show_opened_snapshot(window, options.snapshot_name, options.snapshot_path)
    from model import presets
    troubles = [settings_trouble] if settings_trouble else []
    troubles += [f"preset skipped: {problem}" for problem in presets.problems()]
    if raised is not None:
        size_note = QT_TRANSLATE_NOOP("App", "--size {0}x{1} is smaller than the window can be "
                                      "here (at least {2}x{3} pixels in this language with "
                                      "these panels); it opened at {4}x{5}")
        troubles.append(size_note.format(*raised))
    for trouble in troubles:              # a bad settings or preset file never stops the start
        _warn(trouble)
    shown = [settings_trouble] if settings_trouble else []
    shown += [QCoreApplication.translate("App", "Preset skipped: {0}").format(error_text(problem))
              for problem in presets.problem_errors()]
    if raised is not None:
        shown.append(QCoreApplication.translate("App", size_note).format(*raised))
    if shown:                             # (the window's words; stderr keeps the English)
        window.status_label.setText(plain_text.shown(shown[0], one_line=True))
    return window


def size_raised(asked: tuple[int, int], got: tuple[int, int],
                least: tuple[int, int]) -> Optional[tuple[int, ...]]:
    """The numbers of the note for --size smaller than the window can be (pixels: asked, least,
    got), None if the window got the size asked. Qt raises a size below the window's minimum
    to it without a word, and that minimum (the headline strip, the sliders and every plot
    shown whole) depends on the language, the type and the panels, so the command line
    cannot check it before the window exists."""
    if tuple(got) == tuple(asked):
        return None
    return (*asked, *least, *got)


def show_opened_snapshot(window, name: str, path: Optional[Path]) -> None:
    """Put the name of the snapshot file the window was opened with in its title and status
    bar, as plain text (bounded, control characters made visible)."""
    from PySide6.QtCore import QCoreApplication

    from . import plain_text
    from model.limits import NAME_DISPLAY_CHARS
    shown_name = plain_text.shown(name, NAME_DISPLAY_CHARS, one_line=True)
    window.setWindowTitle(plain_text.window_title(f"{shown_name} — {window.windowTitle()}"))
    window.status_label.setText(QCoreApplication.translate(
        "App", "Opened snapshot '{0}' ({1})").format(
        shown_name, plain_text.shown(path if path is not None else "", 200, one_line=True)))


def _warn(message: str) -> None:
    """`message` as one line on stderr, control characters made visible; never fails."""
    import sys

    from model.errors import printable
    try:
        sys.stderr.write(f"ai-capex-explorer: {printable(message)}\n")
    except (OSError, ValueError):
        pass


def apply_zoom(zoom: Optional[float]) -> None:
    """Have Qt draw everything `zoom` times larger (QT_SCALE_FACTOR; None: as it would). Only
    before the QApplication is made: Qt reads the factor once, when it starts. A projector at
    1920 x 1080 showed the normal window in 9 pt type; Qt's own scale enlarges type, lines,
    icons and the panels' room alike (at 1.5 the window is laid out as at 1280 x 720), where
    enlarging fonts by hand as presentation mode does would leave the layout as it is."""
    if zoom is not None:
        os.environ[QT_SCALE_ENV] = repr(float(zoom))


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
    from . import paste_guard, plain_text
    plain_text.install(app)
    paste_guard.install(app)
    _windows_go_before_qt()
    return app


_windows_hook_registered = False


def _windows_go_before_qt() -> None:
    """Register (once) delete_windows_at_exit to run at interpreter exit before PySide's own
    clean-up: atexit runs its functions last-registered first, and PySide registered its
    clean-up when QtCore was imported, before this."""
    global _windows_hook_registered
    if not _windows_hook_registered:
        import atexit
        atexit.register(delete_windows_at_exit)
        _windows_hook_registered = True


def delete_windows_at_exit() -> None:
    """Delete every window still alive (with its plots) while Python and PySide are whole.

    A window that is closed is not deleted: the window of run_app, and any other a program
    built, lives on until the interpreter exits (the signal connections hold it). PySide then
    deletes what is left while it is tearing itself down, and a pyqtgraph item's resizeEvent
    (a Python override), called as the plot's scene is cleared, fails; PySide's report of that
    failure crashed the process (exit code 139, segmentation fault in shiboken's
    PepException_GetArgs; python -m bench.hostile in 4 of 6 runs). Deleted here, at exit but
    before that teardown, the same destruction runs with everything alive and exits 0. Only
    windows without a parent are deleted (their children go with them); posted deletions
    (deleteLater) are carried out too."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtWidgets import QApplication
    import shiboken6
    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        if widget.parent() is None and shiboken6.ownedByPython(widget):
            # a window never closed (a script's, a test's) hides its docks as it goes, and
            # their visibilityChanged reached the window's Python slots half-deleted (a
            # RuntimeError printed for each dock): nothing of it listens any more
            for part in [widget, *widget.findChildren(QObject)]:
                part.blockSignals(True)
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


WARM_UP_DELAY_MS = 300      # after the first paint, before the compiled loop is prepared


def run_app(options: WindowOptions, argv0: str = APP_ID) -> int:
    """Open the window and run the event loop; returns the exit status."""
    apply_zoom(options.zoom)
    app = application(argv0)
    window = show_window_then_compile(create_window, options)  # noqa: F841 - kept alive by
    return app.exec()                                          # this reference while it runs


def show_window_then_compile(make_window, *args):
    """Build and show the window with the engine's loop in its plain-Python form (a few ms a
    run), then prepare the compiled loop in the background once the window is painted: numba
    loads its cache in ~1 s, or compiles for 10-30 s on the first start after an install, and
    neither must hold back the first picture. Returns the window."""
    from PySide6.QtCore import QTimer

    from model import engine
    from model import year_loop
    year_loop.prefer_plain_until_ready()
    window = make_window(*args)
    window.show()
    QTimer.singleShot(WARM_UP_DELAY_MS, engine.warm_up_in_background)
    return window


def render_screenshot(options: WindowOptions, path: Path) -> tuple[int, int]:
    """Render the window offscreen to a PNG at `path`; returns its pixel size. Without a size
    in `options` the window is DEFAULT_SIZE. Sets QT_QPA_PLATFORM=offscreen unless a platform
    is already chosen. Never touches the user's settings. Raises ScreenshotError when the file
    cannot be written."""
    os.environ.setdefault(QT_PLATFORM_ENV, "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    if options.size is None:
        options = replace(options, size=DEFAULT_SIZE)
    apply_zoom(options.zoom)
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
    from .exports import ExportError, save_png
    try:
        save_png(pixmap, Path(path))      # atomic: the old file stays whole on any failure
    except ExportError as exc:
        raise ScreenshotError(f"--out {exc}") from None
    return pixmap.width(), pixmap.height()

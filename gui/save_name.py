"""The file a save dialog chose, with the format's suffix added (one rule for every export).

A save dialog asks before replacing the file it was given; a suffix the program adds afterwards
('report' → 'report.pdf') names another file, which was replaced without a word (the user's
own report.pdf gone). `with_suffix` adds the suffix and, when that names an existing file, asks
first."""
from __future__ import annotations

import os
import weakref
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox

from . import plain_text


def with_suffix(parent, chosen: str, suffix: str) -> Optional[Path]:
    """`chosen` (a save dialog's path) with `suffix` ('.pdf') added unless it already ends with
    it (any case); None if adding it names an existing file and the user declines to replace
    it (a question box, No by default)."""
    if chosen.lower().endswith(suffix.lower()):
        return Path(chosen)
    path = Path(chosen + suffix)
    if os.path.lexists(path) and not confirm_replace(parent, path):
        return None
    return path


def confirm_replace(parent, path: Path) -> bool:
    """Ask whether to replace the existing file `path` (its name shown as plain text)."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("SaveName", "Replace file?"),
        QCoreApplication.translate("SaveName", "“{0}” already exists in {1}. Replace it?").format(
            plain_text.shown(path.name, 120, one_line=True),
            plain_text.shown(path.parent, 200, one_line=True)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


# The folder the last file dialog of a window chose, a Qt property of the window (each window its
# own): the handout written to ~/Workshop, the next export (results, compare table, session log,
# a plot, a snapshot) opened in the home folder again, every time. A window given a settings file
# (keep_in_settings; MainWindow gives its own unless settings are off) also keeps it there under
# SETTINGS_KEY, so the next start begins in it too (it was lost at every restart).
FOLDER_PROPERTY = "lastFileFolder"
SETTINGS_KEY = "files/lastFolder"
# The settings file of each window given one, held while the window lives (a Qt property would
# hold a bare pointer to a QSettings that Python may already have deleted).
_settings_of: "weakref.WeakKeyDictionary[object, QSettings]" = weakref.WeakKeyDictionary()


def keep_in_settings(window, settings: Optional[QSettings]) -> None:
    """Let `window`'s file dialogs keep their folder in `settings` as well, so the next start
    begins there (MainWindow calls it with its settings file); None: this run only."""
    if settings is None:
        _settings_of.pop(window, None)
    else:
        _settings_of[window] = settings


def _settings(window) -> Optional[QSettings]:
    """The settings file keep_in_settings gave `window`, None if it was given none."""
    return _settings_of.get(window) if window is not None else None


def kept_folder(window) -> Optional[Path]:
    """The folder `window`'s file dialogs start in: the one its last dialog chose this run,
    else the one kept in its settings file from an earlier run; None if there is none or it is
    no longer a folder (moved, deleted, a USB stick unplugged: checked on every read), or the
    settings hold something that is not a path (a hand-edited file)."""
    folder = window.property(FOLDER_PROPERTY) if window is not None else None
    if not folder:
        settings = _settings(window)
        folder = settings.value(SETTINGS_KEY) if settings is not None else None
    # (os.path.isdir is False, not an error, for a too long name or one with a NUL)
    return Path(folder) if isinstance(folder, str) and folder and os.path.isdir(folder) else None


def suggested(window, name: str = "") -> str:
    """The path a file dialog of `window` starts at: `name` in the folder the window's last
    file dialog chose (kept_folder: this run, else an earlier run's), else in the home folder;
    the folder alone if `name` is ''."""
    start = kept_folder(window) or Path.home()
    return str(start / name) if name else str(start)


def remember(window, chosen) -> None:
    """Note the folder of `chosen` (a path a file dialog of `window` returned; '' or None: the
    dialog was cancelled, nothing noted) as where its next file dialog starts (suggested), in
    this run and, if the window has a settings file, in the next ones. A settings file that
    cannot be written keeps the folder for this run only: the export itself succeeded, and
    the window's geometry at close says the same problem (MainWindow.closeEvent)."""
    if window is None or not chosen:
        return
    folder = str(Path(chosen).parent)
    window.setProperty(FOLDER_PROPERTY, folder)
    settings = _settings(window)
    if settings is not None:
        from .i18n import write_settings
        write_settings(settings, {SETTINGS_KEY: folder})

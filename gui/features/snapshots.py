"""Snapshots in the window: save (Ctrl+S), the snapshot panel (load, rename, note, duplicate,
delete with undo), open/import (menu and drag and drop), export, scenario codes
(Ctrl+Shift+C / Ctrl+Shift+V) and where the panel goes. This module wires the parts, each in its
own module beside it:

    snapshot_library.py    the folder as a list, each file parsed once per change (mtime cache)
    snapshot_compare.py    the compare selection: curves in the plots, the compare table
    snapshot_autosave.py   the autosave of the working state and the offer after a crash
    snapshot_trash.py      delete / restore as QUndoStack commands; the trash emptied by policy

Everything on disk goes through model.store.snapshot_store (atomic writes, unique names, trash).
The folder is QStandardPaths' AppDataLocation/snapshots; AI_CAPEX_EXPLORER_DATA=<folder> puts
it in <folder>/snapshots instead. Tests and screenshots (AI_CAPEX_EXPLORER_TESTING set, or a
window without settings) never touch the user's folder: they use AI_CAPEX_EXPLORER_DATA if set,
else a fresh temporary folder.
"""
from __future__ import annotations

import atexit
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QInputDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
                               QToolBar, QVBoxLayout)

import model
from model import presets
from model.store import scenario_code
from model.store import snapshot as S
from model.store import snapshot_store as store_module
from model.errors import InputError
from model.limits import FOLDER_LINE_CHARS, PATH_QUOTE_CHARS, UNDO_LIMIT

from .. import format as fmt
from .. import palette as pal
from .. import plain_text
from .. import text
from ..error_text import error_text, failed_write, reason_text
from ..data_folder import data_folder, keeps_session
from ..save_name import remember, suggested, with_suffix
from ..widgets.compare_table import CompareColumn, CompareDialog
from ..widgets.snapshot_panel import SnapshotPanel, clipped
from ..widgets.text_slot import ElidedLabel
from .snapshot_autosave import AutosaveController
from .snapshot_compare import MAX_COMPARE, CompareSelection
from .snapshot_library import SnapshotLibrary
from .snapshot_trash import DeleteSnapshotCommand, ask_empty_trash, empty_old_trash

WIDE_WINDOW = 1700             # the panel starts visible only in windows at least this wide


def snapshot_folder(window) -> tuple[Path, bool]:
    """(folder, is_temporary): where this window keeps its snapshots (see module docstring)."""
    folder = data_folder(window)
    if folder is not None:
        return folder / "snapshots", False
    folder = Path(tempfile.mkdtemp(prefix="aicx-snapshots-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)   # also if never closed
    return folder, True


def install(window) -> "SnapshotsFeature":
    """Add the snapshot panel, menus, toolbar buttons, drop target and autosave to `window`."""
    return SnapshotsFeature(window)


class SnapshotsFeature(QObject):
    """Owns the store, the panel, the compare selection and the autosave of one window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.grid = window.plot_grid
        self.folder, self.temporary = snapshot_folder(window)
        self.store = store_module.SnapshotStore(self.folder)
        self.folder_problem: Optional[str] = None   # why the folder cannot hold snapshots
        try:
            store_module.make_folder(self.folder)
            self.store.remove_stale_temp_files()
        except InputError as exc:
            self.folder_problem = error_text(exc)
            self._warn_stderr(self.folder_problem)
        except OSError as exc:
            self._warn_stderr(f"{self.folder}: {reason_text(exc)}")
        empty_old_trash(self.store)               # trash entries older than 30 days
        self.library = SnapshotLibrary(self.store, self)
        self.selection = CompareSelection(self.grid, self.controller, self)
        window.events.handoutRequested.connect(lambda h: h.set_compare(self.selection.columns()))
        self.undo_stack = QUndoStack(self)         # deletes of snapshots (Undo delete)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.last_error: Optional[str] = None
        self.last_message_box: Optional[QMessageBox] = None
        self.note_dialog: Optional[QInputDialog] = None     # the note dialog open last
        self.rename_dialog: Optional[QInputDialog] = None   # the rename dialog open last
        self._shown_once = False
        self._closed = False

        self.panel = SnapshotPanel()
        self.panel.set_folder(self.folder)
        if self.folder_problem:          # not 'No snapshots yet. Save one': a save would fail
            self.panel.set_unusable(self.tr("Snapshots cannot be saved here: {0}").format(
                self.folder_problem))
        self.dock = window.add_dock(self.panel, self.tr("Snapshots"), "snapshotDock",
                                    visible=False)
        self.dock.toggleViewAction().setText(self.tr("S&napshot panel"))
        self.dock.toggleViewAction().setToolTip(self.tr("Show or hide the snapshot panel"))
        self._connect_panel()
        self._build_actions()
        self.refresh()

        self.controller.resultsChanged.connect(self.selection.follow_results)
        self.library.changed.connect(self.refresh)
        self._relabel_timer = QTimer(self)
        self._relabel_timer.setSingleShot(True)
        self._relabel_timer.setInterval(250)
        self._relabel_timer.timeout.connect(self.selection.relabel)

        window.setAcceptDrops(True)
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._about_to_quit)

        # (a second window on the data folder neither offers the first's autosave nor replaces
        # or removes it, until that one has closed: data_folder.keeps_session)
        self.autosave = AutosaveController(window, self.folder, lambda: self.selection.files,
                                           self, keeps=lambda: keeps_session(window, retry=True))
        self.autosave.restoreRequested.connect(self._restore_state)
        self.autosave.message.connect(self.status)
        self.autosave.problem.connect(self._warn_stderr)
        self.autosave.start()
        window.events.collectSession.connect(
            lambda state: state.__setitem__("compare", list(self.compare)))
        window.events.restoreSession.connect(self._restore_session)
        window.events.snapshotRequested.connect(self.save_requested)

    @property
    def compare(self) -> list[str]:
        """The compared snapshots' file names, in tick order."""
        return self.selection.files

    @property
    def restore_bar(self) -> Optional[QToolBar]:
        """The bar offering a crashed session's work, while it is shown."""
        return self.autosave.restore_bar

    # --- building -------------------------------------------------------------------------------
    def _connect_panel(self) -> None:
        p = self.panel
        p.saveRequested.connect(self.ask_save)
        p.loadRequested.connect(self.load_snapshot)
        p.deleteRequested.connect(self.delete_snapshot)
        p.renameRequested.connect(self.ask_rename)
        p.noteRequested.connect(self.ask_note)
        p.duplicateRequested.connect(self.duplicate_snapshot)
        p.exportRequested.connect(self.ask_export)
        p.compareToggled.connect(self.set_compared)
        p.compareTableRequested.connect(self.open_compare_table)
        p.openFolderRequested.connect(self.open_folder)
        p.importRequested.connect(self.ask_open)
        p.undoDeleteRequested.connect(self.undo_delete)

    def _action(self, title: str, slot, shortcut: Optional[str] = None, tip: str = "") -> QAction:
        action = QAction(title, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _build_actions(self) -> None:
        w = self.window
        self.save_action = self._action(
            self.tr("&Save snapshot…"), self.ask_save, "Ctrl+S",
            self.tr("Save the current scenario as a named snapshot (Ctrl+S)"))
        self.save_action.setIconText(self.tr("Save snapshot"))
        self.open_action = self._action(
            self.tr("&Open snapshot…"), self.ask_open, "Ctrl+O",
            self.tr("Open a snapshot file (.json) from anywhere; it is copied into the "
                    "snapshot folder and loaded"))
        self.export_snapshot_action = self._action(
            self.tr("E&xport selected snapshot…"), lambda: self.ask_export(self.panel.current_path()),
            tip=self.tr("Write the snapshot selected in the panel to a file of your choice"))
        self.copy_code_action = self._action(
            self.tr("&Copy scenario code"), self.copy_code, "Ctrl+Shift+C",
            self.tr("Put a short code of this scenario on the clipboard, to paste in a chat"))
        self.paste_code_action = self._action(
            self.tr("&Paste scenario code…"), self.paste_code, "Ctrl+Shift+V",
            self.tr("Apply a scenario code from the clipboard (one undo step)"))
        self.compare_table_action = self._action(
            self.tr("Compare &table…"), self.open_compare_table,
            tip=self.tr("The current scenario and the ticked snapshots side by side"))
        self.clear_compare_action = self._action(
            self.tr("C&lear compare curves"), self.clear_compare,
            tip=self.tr("Untick every snapshot"))
        self.undo_delete_action = self._action(
            self.tr("&Undo delete"), self.undo_delete,
            tip=self.tr("Bring back the last deleted snapshot from the trash"))
        self.undo_delete_action.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_delete_action.setEnabled)
        self.empty_trash_action = self._action(
            self.tr("Empty &trash…"), self.ask_empty_trash,
            tip=self.tr("Delete the snapshots in the trash for good (entries older than {0} "
                        "days go by themselves at start-up)").format(
                store_module.TRASH_KEEP_DAYS))
        self.show_folder_action = self._action(
            self.tr("Show snapshot &folder"), self.open_folder,
            tip=self.tr("Open the snapshot folder in the file manager"))

        menu = w.menu("snapshots")
        menu.addAction(self.save_action)
        menu.addAction(self.dock.toggleViewAction())
        menu.addAction(self.compare_table_action)
        menu.addAction(self.clear_compare_action)
        menu.addAction(self.undo_delete_action)
        menu.addAction(self.empty_trash_action)
        menu.addSeparator()
        menu.addAction(self.copy_code_action)
        menu.addAction(self.paste_code_action)
        menu.addSeparator()
        menu.addAction(self.open_action)
        menu.addAction(self.export_snapshot_action)
        menu.addAction(self.show_folder_action)

        file_menu = w.menu("file")
        first = file_menu.actions()[0] if file_menu.actions() else None
        for action in (self.open_action, self.save_action, self.export_snapshot_action):
            file_menu.insertAction(first, action)
        file_menu.insertSeparator(first)

        bar = w.findChild(QToolBar, "mainToolbar")
        if bar is not None:
            bar.addSeparator()
            bar.addAction(self.save_action)
            toggle = self.dock.toggleViewAction()
            toggle.setIconText(self.tr("Snapshots"))
            bar.addAction(toggle)

    # --- messages -------------------------------------------------------------------------------
    def status(self, message: str) -> None:
        """Say something in the window's status bar: plain text, one line, bounded."""
        plain_text.set_plain(self.window.status_label, plain_text.shown(message, one_line=True))

    def _say(self, message: str) -> str:
        """`message` (plain text) kept as the last error, on stderr and in the status bar;
        returns it."""
        self.last_error = message
        self._warn_stderr(message)
        self.status(message)
        return message

    def report_error(self, title: str, message: str) -> None:
        """Show a problem in a (non-blocking) dialog, in the status bar and on stderr: plain
        text, cut to a bounded length (the dialog's details hold more)."""
        self._say(message)
        box = plain_text.message_box(QMessageBox.Icon.Warning, title, message,
                                     QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message_box = box

    @staticmethod
    def _warn_stderr(message: str) -> None:
        try:
            sys.stderr.write(f"ai-capex-explorer: {plain_text.shown(message, one_line=True)}\n")
        except Exception:    # no console (pythonw): the dialog still says it
            pass

    # --- the list -----------------------------------------------------------------------------
    def entries(self) -> list[store_module.StoreEntry]:
        """The snapshots of the folder, newest first (broken files included); a file is parsed
        again only when it changed (SnapshotLibrary)."""
        return self.library.entries()

    def refresh(self, keep: Optional[Path] = None) -> None:
        """Re-list the folder into the panel; compared files that vanished are unticked."""
        entries = self.entries()
        self.selection.keep_only({e.file_name for e in entries if not e.broken})
        self.panel.show_entries(entries, self.compare, keep)
        self._update_hint()
        self.library.watch()

    def refresh_if_changed(self) -> None:
        """Refresh when snapshot files were added, removed or changed (by another window)."""
        self.library.check_for_changes()

    # --- save -----------------------------------------------------------------------------------
    def suggested_name(self) -> str:
        """A default name for a new snapshot: the preset's name if the scenario is one (in the
        interface language: 'Soft landing', 'Sanfte Landung'; the compare legend and table
        named four presets 'Scenario 2' … 'Scenario 5'), unless a snapshot has that name;
        else 'Scenario N'."""
        names = {e.name for e in self.entries()}
        preset = presets.matching(self.controller.values)
        if preset is not None and text.preset_name(preset.name) not in names:
            return text.preset_name(preset.name)
        n = len(names) + 1
        while self.tr("Scenario {0}").format(n) in names:
            n += 1
        return self.tr("Scenario {0}").format(n)

    def ask_save(self) -> "SaveSnapshotDialog":
        """Open the save dialog (non-blocking); it saves when accepted."""
        dialog = SaveSnapshotDialog(self, self.suggested_name(), self.window)
        dialog.open()
        return dialog

    def save_snapshot(self, name: str, note: str = "") -> Path:
        """Save the current scenario (values, headline figures, compare selection) as a new
        snapshot; returns its path. Raises SnapshotError for a bad name, StoreError (both
        InputError) when it cannot be written."""
        name = S.check_name(name)
        self.controller.flush()       # the headline figures must belong to these values
        path = self.store.save_values(name, self.controller.values, note, list(self.compare),
                                      results=self.controller.results)
        self.refresh(keep=path)
        self.status(self.tr("Saved snapshot '{0}' in {1}").format(name, path))
        try:
            self.window.events.snapshotSaved.emit(name)
        except Exception as exc:     # a listener is another feature's; a save never fails on it
            self._warn_stderr(f"after saving: {exc}")
        return path

    def save_requested(self, name: str, note: str) -> Optional[Path]:
        """Save the current scenario as asked through window.events.snapshotRequested (e.g. by
        the Explore dock); a problem is shown, not raised. Returns the new file's path."""
        try:
            return self.save_snapshot(name, note)
        except InputError as exc:
            self.report_error(self.tr("Cannot save the snapshot"), error_text(exc))
            return None

    # --- load -----------------------------------------------------------------------------------
    def load_snapshot(self, path: Path) -> bool:
        """Move the sliders to a snapshot in the folder (one undo step); False (and a message)
        if the file cannot be read."""
        try:
            snap = self.store.load(path)
        except InputError as exc:
            self.report_error(self.tr("Cannot load snapshot"), error_text(exc))
            return False
        self._apply(snap)
        return True

    def _apply(self, snap: S.Snapshot) -> None:
        if snap.parameters == self.controller.values:
            self.status(self.tr("Snapshot '{0}' is already what the plots show").format(snap.name))
            return
        self.controller.apply_values(snap.parameters,
                                     self.tr("Load snapshot '{0}'").format(snap.name))
        note = self.tr(" (saved by an older program version; converted)") \
            if snap.migrated_from is not None else ""
        self.status(self.tr("Loaded snapshot '{0}'{1}. Undo with Ctrl+Z.").format(snap.name,
                                                                                  note))

    # --- rename, note, duplicate, delete ------------------------------------------------------
    def ask_rename(self, path: Path, typed: Optional[str] = None,
                   problem: str = "") -> Optional[QInputDialog]:
        """Ask for a new name (non-blocking). A name refused (a control character, too long, the
        file not writable) opens the dialog again with the name as typed and the reason above
        it, as the note dialog does."""
        entry = self._entry(path)
        if entry is None or entry.broken:
            return None
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Rename snapshot"))
        label = self.tr("New name:")
        dialog.setLabelText(f"{plain_text.shown(problem)}\n\n{label}" if problem else label)
        dialog.setTextValue(entry.name if typed is None else typed)
        dialog.textValueSelected.connect(lambda name: self._name_typed(path, name))
        dialog.open()
        self.rename_dialog = dialog
        return dialog

    def _name_typed(self, path: Path, name: str) -> None:
        """The rename dialog's name: the snapshot renamed, or the dialog again with it."""
        try:
            snap = self.store.rename(path, name)
        except InputError as exc:
            message = self._say(error_text(exc))
            self.ask_rename(path, name, self.tr("Not renamed: {0}").format(message))
            return
        self._renamed(path, snap)

    def rename_snapshot(self, path: Path, name: str) -> bool:
        """Change a snapshot's name; False (and a message) if the name or file is bad."""
        try:
            snap = self.store.rename(path, name)
        except InputError as exc:
            self.report_error(self.tr("Cannot rename snapshot"), error_text(exc))
            return False
        self._renamed(path, snap)
        return True

    def _renamed(self, path: Path, snap) -> None:
        self.selection.replace(Path(path).name, snap)
        self.refresh(keep=Path(path))
        self.status(self.tr("Renamed to '{0}'").format(snap.name))

    def ask_note(self, path: Path, typed: Optional[str] = None,
                 problem: str = "") -> Optional[QInputDialog]:
        """Ask for the note (multi-line, non-blocking). A note the snapshot cannot take (too
        long, a control character, the file not writable) opens the dialog again with the
        text as typed and the reason above it: the typing is never lost."""
        entry = self._entry(path)
        if entry is None or entry.broken:
            return None
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(plain_text.window_title(
            self.tr("Note for '{0}'").format(clipped(entry.name, 40))))
        label = self.tr("Note (who, why, what to look at):")
        dialog.setLabelText(f"{plain_text.shown(problem)}\n\n{label}" if problem else label)
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue(entry.note if typed is None else typed)
        for field in dialog.findChildren(QPlainTextEdit):        # Ctrl+Enter: OK, as in saving
            field.installEventFilter(CtrlEnterAccepts(dialog))
        dialog.textValueSelected.connect(lambda note: self._note_typed(path, note))
        dialog.open()
        self.note_dialog = dialog
        return dialog

    def _note_typed(self, path: Path, note: str) -> None:
        """The note dialog's text: saved, or the dialog again with it and why it was not."""
        try:
            self.store.set_note(path, note)
        except InputError as exc:
            message = self._say(error_text(exc))
            self.ask_note(path, note, self.tr("The note was not saved: {0}").format(message))
            return
        self.refresh(keep=Path(path))
        self.status(self.tr("Note saved"))

    def set_note(self, path: Path, note: str) -> bool:
        """Replace a snapshot's note; False (and a message) on failure."""
        try:
            self.store.set_note(path, note)
        except InputError as exc:
            self.report_error(self.tr("Cannot change the note"), error_text(exc))
            return False
        self.refresh(keep=Path(path))
        self.status(self.tr("Note saved"))
        return True

    def duplicate_snapshot(self, path: Path) -> Optional[Path]:
        """Save a copy of a snapshot ('NAME (copy)'); returns its path or None on failure."""
        try:
            new = self.store.duplicate(path)
        except InputError as exc:
            self.report_error(self.tr("Cannot duplicate snapshot"), error_text(exc))
            return None
        self.refresh(keep=new)
        self.status(self.tr("Duplicated as '{0}'").format(self.store.load(new).name))
        return new

    def delete_snapshot(self, path: Path) -> Optional[Path]:
        """Move a snapshot (or a broken file) to the trash, as a step of the snapshot undo stack
        ('Undo delete' brings it back). Returns the path in the trash, or None on failure."""
        entry = self._entry(path)
        name = entry.name if entry is not None else Path(path).name
        command = DeleteSnapshotCommand(self, Path(path), name, Path(path).name in self.compare)
        self.undo_stack.push(command)
        return command.trashed

    def move_to_trash(self, path: Path, command: DeleteSnapshotCommand) -> Optional[Path]:
        """Do a delete (DeleteSnapshotCommand.redo): the file into the trash, unticked, listed
        no more; None (and a message) on failure."""
        try:
            trashed = self.store.delete(path)
        except InputError as exc:
            self.report_error(self.tr("Cannot delete snapshot"), error_text(exc))
            return None
        self.selection.remove(Path(path).name)
        self.panel.show_undo_delete(command.message)
        self.refresh()
        self.status(command.message)
        return trashed

    def bring_back(self, trashed: Path, command: DeleteSnapshotCommand) -> Optional[Path]:
        """Undo a delete (DeleteSnapshotCommand.undo): the file back from the trash, ticked
        again if it was compared; its path, or None (and a message) on failure."""
        try:
            restored = self.store.restore_from_trash(trashed)
        except InputError as exc:
            self.report_error(self.tr("Cannot restore snapshot"), error_text(exc))
            return None
        below = self.undo_stack.index() - 2          # the delete before this one, if any
        self.panel.show_undo_delete(self.undo_stack.command(below).text() if below >= 0
                                    else None)
        self.refresh(keep=restored)
        if command.was_compared:
            self.set_compared(restored, True)
        self.status(self.tr("Restored '{0}'").format(command.name))
        return restored

    def undo_delete(self) -> Optional[Path]:
        """Bring the last deleted snapshot back from the trash; returns its path (None if
        there is nothing to undo or it failed)."""
        if not self.undo_stack.canUndo():
            return None
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        self.undo_stack.undo()
        return command.path if command.trashed is None else None

    def empty_trash(self) -> int:
        """Delete the snapshots in the trash for good (no undo); returns how many."""
        try:
            count = self.store.empty_trash()
        except InputError as exc:
            self.report_error(self.tr("Cannot empty the trash"), error_text(exc))
            return 0
        self.undo_stack.clear()                    # nothing left to bring back
        self.panel.show_undo_delete(None)
        self.status(self.tr("Emptied the trash ({0} snapshots deleted for good)").format(count))
        return count

    def ask_empty_trash(self) -> Optional[QMessageBox]:
        """Ask before emptying the trash (non-blocking); None if the trash is empty."""
        count = len(self.store.trash_entries())
        if not count:
            self.status(self.tr("The trash is empty"))
            return None
        return ask_empty_trash(self.window, count, self.empty_trash)

    def _entry(self, path: Path) -> Optional[store_module.StoreEntry]:
        return self.library.entry(path)

    # --- compare ------------------------------------------------------------------------------
    def set_compared(self, path: Path, ticked: bool) -> bool:
        """Tick or untick a snapshot for comparison. A fifth tick is refused (False and a
        message). Ticked snapshots are drawn as labelled dashed or dotted curves in every plot."""
        file_name = Path(path).name
        if not ticked:
            self.selection.remove(file_name)
            self.panel.set_ticked(Path(path), False)
            self._update_hint()
            self.selection.refresh_table()
            self.window.events.sessionChanged.emit()
            return True
        if file_name in self.compare:
            return True
        if self.selection.is_full():
            self.panel.set_ticked(Path(path), False)
            message = self.tr("At most {0} snapshots can be compared at once: untick one "
                              "first.").format(MAX_COMPARE)
            self.panel.set_hint(message, warning=True)
            self.status(message)
            return False
        try:
            snap = self.store.load(path)
        except InputError as exc:
            self.panel.set_ticked(Path(path), False)
            self.report_error(self.tr("Cannot compare snapshot"), error_text(exc))
            return False
        self.selection.add(file_name, snap)
        self.panel.set_ticked(Path(path), True)
        self._update_hint()
        self.selection.refresh_table()
        self.window.events.sessionChanged.emit()
        return True

    def compare_labels(self) -> dict[str, str]:
        """File name -> legend label of every compared snapshot."""
        return self.selection.labels()

    def clear_compare(self) -> None:
        """Untick every snapshot."""
        self.selection.clear()
        self.refresh()
        self.selection.refresh_table()
        self.window.events.sessionChanged.emit()

    def _update_hint(self) -> None:
        self.panel.set_curve_colors({self.folder / f: color
                                     for f, color in self.selection.colors().items()})
        if self.compare:
            self.panel.set_hint(self.tr("{0} of {1} compare slots used: dashed or dotted "
                                        "curves in every plot.").format(len(self.compare), MAX_COMPARE))
        else:
            self.panel.set_hint(self.tr("Tick up to {0} snapshots to draw them in every plot.")
                                .format(MAX_COMPARE))
        self.clear_compare_action.setEnabled(bool(self.compare))

    # --- compare table --------------------------------------------------------------------------
    def compare_columns(self) -> list[CompareColumn]:
        """The current scenario and the compared snapshots, as compare-table columns."""
        return self.selection.columns()

    def open_compare_table(self) -> CompareDialog:
        """Show the compare table (non-modal; it follows the sliders and the ticks)."""
        dialog = self.selection.open_table(self.window)
        if not self.compare:
            self.status(self.tr("Tick snapshots in the snapshot panel to add them to the table"))
        return dialog

    # --- open, import, export -----------------------------------------------------------------
    def ask_open(self) -> None:
        """Choose snapshot files to open (copied into the folder; one file is also loaded)."""
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Open snapshot"), suggested(self.window),
            self.tr("Snapshots (*.json);;All files (*)"))
        if paths:
            remember(self.window, paths[0])
        self.open_files([Path(p) for p in paths])

    def open_files(self, paths: list[Path]) -> list[Path]:
        """Import snapshot files (a file already in the folder is used as it is); a single file
        is loaded too. Bad files get a message each and change nothing. Returns the imported
        paths in the folder."""
        done, problems = [], []
        for path in paths:
            imported, problem = self._import(path, refresh=len(paths) == 1)
            if imported is not None:
                done.append(imported)
            else:
                problems.append((Path(path), problem))
        if len(paths) > 1 and done:      # the list filled once, not once per file (300 files
            self.refresh(keep=done[-1])  # dropped: 300 fills of a growing list, 10 s)
        if len(problems) == 1:
            self.report_error(self.tr("Cannot open snapshot"), self._unusable(*problems[0]))
        elif problems:                     # one message for all, not a dialog per file
            self.report_error(self.tr("Cannot open snapshot"), self._unusable_many(
                problems, len(paths)))
        if len(paths) == 1 and done:
            self.load_snapshot(done[0])
            self.panel.select(done[0])
        elif done:
            self.status(self.tr("Imported {0} snapshots").format(len(done)))
        return done

    def import_file(self, path: Path) -> Optional[Path]:
        """Copy a snapshot file into the folder (validated, migrated); its path there, or None
        with a message naming the file and what is wrong."""
        new, problem = self._import(path)
        if new is None:
            self.report_error(self.tr("Cannot open snapshot"), self._unusable(Path(path), problem))
        return new

    def _import(self, path: Path, refresh: bool = True) -> tuple[Optional[Path], str]:
        """import_file without the message: (its path in the folder, '') or (None, what is
        wrong, as the file checks word it); the list is filled again unless `refresh` is
        False (the caller does it once for many files)."""
        path = Path(path)
        try:
            if _same_folder(path.parent, self.folder) and path.is_file():
                self.store.load(path)            # already in the folder: just check it
                return path, ""
            new = self.store.import_file(path)
        except InputError as exc:
            return None, error_text(exc)
        except OSError as exc:
            return None, f"{path}: {reason_text(exc)}"
        if refresh:
            self.refresh(keep=new)
        self.status(self.tr("Imported '{0}' into {1}").format(path.name, self.folder))
        return new, ""

    def _unusable(self, path: Path, detail: str) -> str:
        """The message for a file that cannot be opened as a snapshot: what it means and what to
        do, in the interface's language, then the exact problem (`detail`, as the file checks
        word it)."""
        return self.tr("“{0}” cannot be used as a snapshot; nothing was changed. Open a file "
                       "saved or exported by this program, or ask whoever sent it for a new "
                       "copy.\n\nWhat is wrong: {1}").format(
            plain_text.shown(path.name, 80, one_line=True), detail)

    def _unusable_many(self, problems: list[tuple[Path, str]], tried: int) -> str:
        """The one message for several files that cannot be opened as snapshots: how many, what
        to do, then each file's problem on its own line (the message box cuts a long list and
        keeps the rest under its details)."""
        lines = "\n".join(f"• {detail}" for _path, detail in problems)
        return self.tr("{0} of {1} files cannot be used as snapshots; nothing was changed for "
                       "them. Open files saved or exported by this program, or ask whoever "
                       "sent them for new copies.\n\nWhat is wrong:\n{2}").format(
            len(problems), tried, lines)

    def ask_export(self, path: Optional[Path]) -> None:
        """Choose where to write the selected snapshot."""
        if path is None:
            self.status(self.tr("Select a snapshot in the snapshot panel first"))
            return
        target, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export snapshot"), suggested(self.window, Path(path).name),
            self.tr("Snapshots (*.json)"))
        remember(self.window, target)
        chosen = with_suffix(self.window, target, ".json") if target else None
        if chosen is not None:
            self.export_snapshot(path, chosen)

    def export_snapshot(self, path: Path, destination: Path) -> bool:
        """Write a snapshot of the folder to `destination` (atomically); False on failure."""
        try:
            self.store.export(path, destination)
        except InputError as exc:
            cause = getattr(exc, "os_error", None)        # the disk's reason, in our words
            self.report_error(self.tr("Cannot export snapshot"), error_text(exc) if cause is None
                              else failed_write(destination, cause))
            return False
        self.status(self.tr("Wrote {0}").format(destination))
        return True

    def open_folder(self) -> bool:
        """Open the snapshot folder in the system's file manager; False (and a message saying
        why and what to do) if the folder cannot be made (a file in its place, a read-only
        drive: a FileExistsError escaped the menu entry)."""
        try:
            store_module.make_folder(self.folder)
        except InputError as exc:
            self.report_error(self.tr("Cannot show the snapshot folder"), error_text(exc))
            return False
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
        self.status(self.tr("Snapshot folder: {0}").format(self.folder))
        return True

    # --- scenario codes -------------------------------------------------------------------------
    def copy_code(self) -> str:
        """Put the current scenario's code on the clipboard; returns it."""
        code = scenario_code.encode(self.controller.values)
        QGuiApplication.clipboard().setText(code)
        self.status(self.tr("Copied scenario code {0} — paste it in a chat; others apply it "
                            "with Ctrl+Shift+V").format(code))
        return code

    def paste_code(self) -> Optional["CodeDialog"]:
        """Apply the scenario code on the clipboard; if there is none (or it is damaged), open
        a dialog to type or paste one. Returns the dialog if one was opened."""
        clip = QGuiApplication.clipboard().text()
        if scenario_code.looks_like_code(clip):
            try:
                values = scenario_code.decode(clip)
            except scenario_code.ScenarioCodeError as exc:
                return self._code_dialog(clip, self.code_problem(exc))
            self._apply_code_values(values)
            return None
        return self._code_dialog("", "")

    def apply_code(self, code: str) -> bool:
        """Apply a scenario code as one undo step; False (and a message) if it is invalid."""
        try:
            values = scenario_code.decode(code)
        except scenario_code.ScenarioCodeError as exc:
            self.report_error(self.tr("Invalid scenario code"), self.code_problem(exc))
            return False
        self._apply_code_values(values)
        return True

    def code_problem(self, error: scenario_code.ScenarioCodeError) -> str:
        """Why a scenario code cannot be used, as shown: a far too long text in the interface
        language (its length in the locale's digits), any other problem as the model words it."""
        if isinstance(error, scenario_code.CodeTooLong):
            return self.tr("Too long for a scenario code ({0} characters; a code has at most "
                           "{1}).").format(fmt.count(error.length), fmt.count(error.limit))
        return error_text(error)

    def _apply_code_values(self, values: dict) -> None:
        if values == self.controller.values:
            self.status(self.tr("The scenario code is what the plots already show"))
            return
        self.controller.apply_values(values, self.tr("Scenario code"))
        self.status(self.tr("Applied the scenario code ({0} parameters differ from the "
                            "defaults). Undo with Ctrl+Z.").format(
            len(model.scenario.differences(values))))

    def _code_dialog(self, prefill: str, problem: str) -> "CodeDialog":
        dialog = CodeDialog(self, prefill, problem, self.window)
        dialog.open()
        return dialog

    # --- autosave -------------------------------------------------------------------------------
    def offer_restore(self) -> Optional[dict]:
        """The working state left by a session that did not end cleanly ({"parameters",
        "compare", "saved"}), or None; while it is offered, a bar asks whether to restore it."""
        return self.autosave.found

    def restore_autosave(self) -> bool:
        """Apply the offered autosaved state (one undo step) and its compare selection."""
        return self.autosave.restore()

    def discard_autosave(self) -> None:
        """Decline the offered state (it is replaced by the next autosave)."""
        self.autosave.discard()

    def autosave_tick(self) -> bool:
        """Write the working state if it changed; True if written (see AutosaveController)."""
        return self.autosave.tick()

    def _restore_state(self, values: dict, compare: list) -> None:
        self.controller.apply_values(values, self.tr("Restore unsaved work"))
        for file_name in compare:
            if not store_module.is_library_name(file_name):
                continue             # never a file outside the library ('/x.json', '../x.json')
            path = self.folder / file_name
            if path.is_file() and not self.selection.is_full():
                self.set_compared(path, True)
        self.status(self.tr("Restored the work of the last session. Undo with Ctrl+Z."))

    def _restore_session(self, state: dict) -> None:
        """The kept session's compare set (gui/features/session_state.py; None: none). A
        restored session covers what the crash offer would bring back, so the offer goes."""
        if "compare" not in state:
            return
        files = list(state["compare"] or ())
        for file_name in self.compare:
            if file_name not in files:
                self.set_compared(self.folder / file_name, False)
        unreadable = []
        for file_name in files:
            path = self.folder / file_name
            if path.is_file() and file_name not in self.compare and not self.selection.is_full():
                try:              # read first: a message box per damaged file (up to 100 at a
                    self.store.load(path)           # start) became one message for all
                except InputError as exc:
                    unreadable.append(error_text(exc))
                    continue
                self.set_compared(path, True)
        if unreadable:
            self.report_error(self.tr("Cannot compare snapshot"), self.tr(
                "Compared in the last session, but they cannot be read, so they are left out "
                "of the comparison ({0}):").format(len(unreadable))
                + "\n\n" + "\n".join(unreadable))
        self.autosave.dismiss()

    def clean_exit(self) -> None:
        """The window closed normally: stop autosaving and remove the autosave."""
        if self._closed:
            return
        self._closed = True
        self.autosave.stop()
        if self.temporary:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _after_close(self) -> None:
        if not self.window.isVisible():
            self.clean_exit()

    def _about_to_quit(self) -> None:
        if not self.window.isVisible():
            self.clean_exit()

    # --- where the panel goes ------------------------------------------------------------------
    def room_for_dock(self) -> bool:
        """True if the panel fits beside the parameter panel and the plots without squeezing
        them below their minimum width."""
        sliders = self.window.slider_panel.width() if self.window.slider_panel.isVisible() else 0
        spare = self.window.width() - sliders - self.grid.minimumWidth()
        return spare >= self.panel.minimumSizeHint().width() + 40

    # --- window events: drops, first show, close ----------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window:
            kind = event.type()
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                if dropped_snapshot_paths(event.mimeData()):
                    event.acceptProposedAction()
                    return True
            elif kind == QEvent.Type.Drop:
                paths = dropped_snapshot_paths(event.mimeData())
                if paths:
                    event.acceptProposedAction()
                    self.open_files(paths)
                    return True
            elif kind == QEvent.Type.Show and not self._shown_once:
                self._shown_once = True
                QTimer.singleShot(0, self.selection.relabel)
                if self.window.width() >= WIDE_WINDOW and self.room_for_dock():
                    self.dock.setVisible(True)
            elif kind == QEvent.Type.Close:
                QTimer.singleShot(0, self.window, self._after_close)   # dies with the window
            elif kind == QEvent.Type.Resize and self.compare:
                self._relabel_timer.start()       # legend labels as long as the width allows
        return super().eventFilter(watched, event)


def _same_folder(a: Path, b: Path) -> bool:
    """True if `a` and `b` are the same folder; False when either cannot be resolved (a symlink
    loop, a name too long)."""
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError, ValueError):
        return False


def dropped_snapshot_paths(mime) -> list[Path]:
    """The local .json files in drag-and-drop data (empty if there are none)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".json")]


def submits_with_ctrl_enter(event: QEvent) -> bool:
    """True for Ctrl+Return or Ctrl+Enter (keypad) pressed: in a note field Return starts a
    new line, so these accept its dialog (at the workshop the facilitator typed the note,
    pressed Ctrl+Enter, and nothing happened)."""
    return (event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))


class CtrlEnterAccepts(QObject):
    """An event filter for a dialog's multi-line field: Ctrl+Enter accepts the dialog."""

    def __init__(self, dialog: QDialog):
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Ctrl+Enter in the field accepts the dialog; every other event goes on."""
        if submits_with_ctrl_enter(event):
            self.dialog.accept()
            return True
        return super().eventFilter(watched, event)


class FolderLine(ElidedLabel):
    """A folder on one line of a dialog: at most FOLDER_LINE_CHARS average characters of its
    type wide, cut with '…' beyond that and shown whole on hover (ElidedLabel)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The whole text's width up to FOLDER_LINE_CHARS characters, one line high."""
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth()
                         * FOLDER_LINE_CHARS), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the size hint (a QLabel's own minimum is its whole text)."""
        return self.sizeHint()


class SaveSnapshotDialog(QDialog):
    """Name (checked as you type) and optional note; Save writes the snapshot."""

    NOTE_LINES = 4           # the note field's height in lines of its type

    def __init__(self, feature: SnapshotsFeature, name: str, parent=None):
        super().__init__(parent)
        # a window of the explorer's: it takes the explorer's type (presentation mode's larger
        # type too: opened in presentation mode it was in the normal 9 pt)
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.feature = feature
        self.setWindowTitle(self.tr("Save snapshot"))
        self.setObjectName("saveSnapshotDialog")
        self.name_edit = QLineEdit(name)
        self.name_edit.selectAll()
        self.name_edit.setMaxLength(S.MAX_NAME_CHARS)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Optional: who proposed it, why, what to "
                                                  "look at. Ctrl+Enter saves."))
        self.note_edit.setTabChangesFocus(True)
        self._fit_note()
        self.note_edit.installEventFilter(self)
        self.note_edit.installEventFilter(CtrlEnterAccepts(self))
        self.problem = QLabel()
        pal.color_text(self.problem, pal.PROBLEM_RED)      # (a style sheet would keep its type)
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("N&ote:"), self.note_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.folder_label = FolderLine(self.tr("Saved in {0}").format(
            plain_text.shown(feature.folder, PATH_QUOTE_CHARS, one_line=True)))
        layout.addWidget(self.folder_label)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._check)
        self.saved_path: Optional[Path] = None
        self._check()

    def _fit_note(self) -> None:
        """The note field NOTE_LINES lines of its type high (90 px held two lines of
        presentation type)."""
        lines = self.note_edit.fontMetrics().lineSpacing() * self.NOTE_LINES
        margins = self.note_edit.contentsMargins()
        self.note_edit.setFixedHeight(lines + margins.top() + margins.bottom()
                                      + 2 * int(self.note_edit.document().documentMargin()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The note field took a new type (presentation mode): it keeps its lines."""
        if watched is self.note_edit and event.type() == QEvent.Type.FontChange:
            self._fit_note()
        return super().eventFilter(watched, event)

    def _check(self) -> bool:
        try:
            S.check_name(self.name_edit.text())
        except InputError as exc:
            self.problem.setText(error_text(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return False
        self.problem.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        return True

    def accept(self) -> None:
        if not self._check():
            return
        try:
            self.saved_path = self.feature.save_snapshot(self.name_edit.text(),
                                                         self.note_edit.toPlainText())
        except InputError as exc:
            self.problem.setText(error_text(exc))      # the dialog stays open: nothing is lost
            return
        super().accept()


class CodeDialog(QDialog):
    """A text field for a scenario code; invalid codes are explained and the dialog stays."""

    def __init__(self, feature: SnapshotsFeature, prefill: str, problem: str, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)    # the explorer's type
        self.feature = feature
        self.setWindowTitle(self.tr("Paste scenario code"))
        self.setObjectName("scenarioCodeDialog")
        self.edit = QLineEdit(prefill)
        self.edit.setPlaceholderText("AICX1:…")
        self.edit.setMinimumWidth(420)
        self.problem = QLabel(problem)
        pal.color_text(self.problem, pal.PROBLEM_RED)
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Scenario code (starts with AICX1:):")))
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            values = scenario_code.decode(self.edit.text())
        except scenario_code.ScenarioCodeError as exc:
            self.problem.setText(self.feature.code_problem(exc))
            return
        self.feature._apply_code_values(values)
        super().accept()

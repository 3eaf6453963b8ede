"""Snapshots in the window: save (Ctrl+S), the snapshot panel (load, rename, note, duplicate,
delete with undo), compare curves and the compare table, open/import (menu and drag and drop),
export, scenario codes (Ctrl+Shift+C / Ctrl+Shift+V) and the autosave of the working state.

Everything on disk goes through model.store.snapshot_store (atomic writes, unique names, trash).
The folder is QStandardPaths' AppDataLocation/snapshots; AI_CAPEX_EXPLORER_DATA=<folder> puts
it in <folder>/snapshots instead. Tests and screenshots (AI_CAPEX_EXPLORER_TESTING set, or a
window without settings) never touch the user's folder: they use AI_CAPEX_EXPLORER_DATA if set,
else a fresh temporary folder.
"""
from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Optional

from PySide6.QtCore import (QEvent, QFileSystemWatcher, QObject, QStandardPaths, Qt,
                            QTimer, QUrl)
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox,
                               QPlainTextEdit, QPushButton, QToolBar, QVBoxLayout, QWidget)

import model
from model.store import scenario_code
from model.store import snapshot as S
from model.store import snapshot_store as store_module
from model.errors import InputError

from ..widgets.compare_table import CompareColumn, CompareDialog
from ..widgets.snapshot_panel import SnapshotPanel, clipped, local_time_text

DATA_ENV = "AI_CAPEX_EXPLORER_DATA"
TESTING_ENV = "AI_CAPEX_EXPLORER_TESTING"
MAX_COMPARE = 4
AUTOSAVE_INTERVAL_MS = 3000
# Legend labels of compare curves: the longest of these lengths that keeps the plot grid within
# its width (long legend entries would widen the grid beyond the window); the panel and the
# compare table show the full names.
COMPARE_LABEL_CHARS = (24, 18, 14, 12, 10, 8)
WIDE_WINDOW = 1700             # the panel starts visible only in windows at least this wide


def snapshot_folder(window) -> tuple[Path, bool]:
    """(folder, is_temporary): where this window keeps its snapshots (see module docstring)."""
    data = os.environ.get(DATA_ENV)
    if data:
        return Path(data).expanduser() / "snapshots", False
    if os.environ.get(TESTING_ENV) or window.settings is None:
        folder = Path(tempfile.mkdtemp(prefix="aicx-snapshots-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)   # also if never closed
        return folder, True
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return (Path(base) if base else Path.home() / ".ai-capex-explorer") / "snapshots", False


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
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.store.remove_stale_temp_files()
        except OSError as exc:
            self._warn_stderr(f"{self.folder}: cannot create the snapshot folder: "
                              f"{exc.strerror or exc}")
        self.compare: list[str] = []               # file names, in tick order
        self._compare_snaps: dict[str, S.Snapshot] = {}
        self._compare_labels: dict[str, str] = {}  # file name -> legend label
        self.trashed: list[tuple[Path, str, bool]] = []   # (trash path, name, was compared)
        self.last_error: Optional[str] = None
        self._listing_signature: tuple = ()
        self._compare_dialog: Optional[CompareDialog] = None
        self._shown_once = False
        self._closed = False

        self.panel = SnapshotPanel()
        self.panel.set_folder(self.folder)
        self.dock = window.add_dock(self.panel, self.tr("Snapshots"), "snapshotDock",
                                    visible=False)
        self.dock.toggleViewAction().setText(self.tr("S&napshot panel"))
        self.dock.toggleViewAction().setToolTip(self.tr("Show or hide the snapshot panel"))
        self._placing_dock = False
        self.dock.visibilityChanged.connect(self._dock_visibility)
        self._connect_panel()
        self._build_actions()
        self.refresh()

        self.controller.resultsChanged.connect(self._results_changed)

        self.watcher = QFileSystemWatcher(self)
        if self.folder.is_dir():
            self.watcher.addPath(str(self.folder))
        self.watcher.directoryChanged.connect(lambda _: self._refresh_timer.start())
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self.refresh_if_changed)
        self._relabel_timer = QTimer(self)
        self._relabel_timer.setSingleShot(True)
        self._relabel_timer.setInterval(250)
        self._relabel_timer.timeout.connect(self._relabel)

        window.setAcceptDrops(True)
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._about_to_quit)

        # Autosave: offer the state of a crashed session first; only then start writing
        # (a write would replace it). Until the user restores, discards or changes something
        # the old state is kept on disk.
        self.autosaver = store_module.Autosaver(self.folder)
        self._start_values = self.controller.values
        self.found_autosave: Optional[dict] = None
        self.restore_bar: Optional[QToolBar] = None
        self._read_autosave()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self.autosave_timer.timeout.connect(self.autosave_tick)
        self.autosave_timer.start()

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
        self.show_folder_action = self._action(
            self.tr("Show snapshot &folder"), self.open_folder,
            tip=self.tr("Open the snapshot folder in the file manager"))

        menu = w.menu("snapshots")
        menu.addAction(self.save_action)
        menu.addAction(self.dock.toggleViewAction())
        menu.addAction(self.compare_table_action)
        menu.addAction(self.clear_compare_action)
        menu.addAction(self.undo_delete_action)
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
        """Say something in the window's status bar."""
        self.window.status_label.setText(message)

    def report_error(self, title: str, message: str) -> None:
        """Show a problem in a (non-blocking) dialog, in the status bar and on stderr."""
        self.last_error = message
        self._warn_stderr(message)
        self.status(message)
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message_box = box

    @staticmethod
    def _warn_stderr(message: str) -> None:
        try:
            sys.stderr.write(f"ai-capex-explorer: {message}\n")
        except Exception:    # no console (pythonw): the dialog still says it
            pass

    # --- the list -----------------------------------------------------------------------------
    def entries(self) -> list[store_module.StoreEntry]:
        """The snapshots of the folder, newest first (broken files included)."""
        return self.store.entries()

    def refresh(self, keep: Optional[Path] = None) -> None:
        """Re-read the folder into the panel; compared files that vanished are unticked."""
        entries = self.entries()
        present = {e.file_name for e in entries if not e.broken}
        for file_name in [f for f in self.compare if f not in present]:
            self._remove_compare(file_name)
        self.panel.show_entries(entries, self.compare, keep)
        self._listing_signature = self._signature()
        self._update_hint()
        if not self.watcher_paths_ok():
            self.watcher.addPath(str(self.folder))

    def watcher_paths_ok(self) -> bool:
        """True if the folder is watched (or cannot be)."""
        watcher = getattr(self, "watcher", None)
        return watcher is None or str(self.folder) in watcher.directories() \
            or not self.folder.is_dir()

    def refresh_if_changed(self) -> None:
        """Refresh when snapshot files were added, removed or changed (by another window)."""
        if self._signature() != self._listing_signature:
            self.refresh()

    def _signature(self) -> tuple:
        try:
            return tuple(sorted((e.name, e.stat().st_mtime_ns, e.stat().st_size)
                                for e in os.scandir(self.folder)
                                if e.name.lower().endswith(".json")
                                and not e.name.startswith(".")))
        except OSError:
            return ()

    # --- save -----------------------------------------------------------------------------------
    def suggested_name(self) -> str:
        """A default name for a new snapshot: 'Scenario N'."""
        names = {e.name for e in self.entries()}
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

    # --- load -----------------------------------------------------------------------------------
    def load_snapshot(self, path: Path) -> bool:
        """Move the sliders to a snapshot in the folder (one undo step); False (and a message)
        if the file cannot be read."""
        try:
            snap = self.store.load(path)
        except InputError as exc:
            self.report_error(self.tr("Cannot load snapshot"), str(exc))
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
    def ask_rename(self, path: Path) -> Optional[QInputDialog]:
        """Ask for a new name (non-blocking)."""
        entry = self._entry(path)
        if entry is None or entry.broken:
            return None
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Rename snapshot"))
        dialog.setLabelText(self.tr("New name:"))
        dialog.setTextValue(entry.name)
        dialog.textValueSelected.connect(lambda name: self.rename_snapshot(path, name))
        dialog.open()
        return dialog

    def rename_snapshot(self, path: Path, name: str) -> bool:
        """Change a snapshot's name; False (and a message) if the name or file is bad."""
        try:
            snap = self.store.rename(path, name)
        except InputError as exc:
            self.report_error(self.tr("Cannot rename snapshot"), str(exc))
            return False
        file_name = Path(path).name
        if file_name in self.compare:
            self._compare_snaps[file_name] = snap
            self._redraw_compare()
        self.refresh(keep=Path(path))
        self.status(self.tr("Renamed to '{0}'").format(snap.name))
        return True

    def ask_note(self, path: Path) -> Optional[QInputDialog]:
        """Ask for the note (multi-line, non-blocking)."""
        entry = self._entry(path)
        if entry is None or entry.broken:
            return None
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Note for '{0}'").format(clipped(entry.name, 40)))
        dialog.setLabelText(self.tr("Note (who, why, what to look at):"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue(entry.note)
        dialog.textValueSelected.connect(lambda note: self.set_note(path, note))
        dialog.open()
        return dialog

    def set_note(self, path: Path, note: str) -> bool:
        """Replace a snapshot's note; False (and a message) on failure."""
        try:
            self.store.set_note(path, note)
        except InputError as exc:
            self.report_error(self.tr("Cannot change the note"), str(exc))
            return False
        self.refresh(keep=Path(path))
        self.status(self.tr("Note saved"))
        return True

    def duplicate_snapshot(self, path: Path) -> Optional[Path]:
        """Save a copy of a snapshot ('NAME (copy)'); returns its path or None on failure."""
        try:
            new = self.store.duplicate(path)
        except InputError as exc:
            self.report_error(self.tr("Cannot duplicate snapshot"), str(exc))
            return None
        self.refresh(keep=new)
        self.status(self.tr("Duplicated as '{0}'").format(self.store.load(new).name))
        return new

    def delete_snapshot(self, path: Path) -> Optional[Path]:
        """Move a snapshot (or a broken file) to the trash; 'Undo delete' brings it back.
        Returns the path in the trash, or None on failure."""
        entry = self._entry(path)
        name = entry.name if entry is not None else Path(path).name
        file_name = Path(path).name
        was_compared = file_name in self.compare
        try:
            trashed = self.store.delete(path)
        except InputError as exc:
            self.report_error(self.tr("Cannot delete snapshot"), str(exc))
            return None
        if was_compared:
            self._remove_compare(file_name)
        self.trashed.append((trashed, name, was_compared))
        self.undo_delete_action.setEnabled(True)
        message = self.tr("Deleted '{0}' (moved to the trash folder).").format(clipped(name, 40))
        self.panel.show_undo_delete(message)
        self.refresh()
        self.status(message)
        return trashed

    def undo_delete(self) -> Optional[Path]:
        """Bring the last deleted snapshot back from the trash; returns its path."""
        if not self.trashed:
            return None
        trashed, name, was_compared = self.trashed.pop()
        self.undo_delete_action.setEnabled(bool(self.trashed))
        try:
            restored = self.store.restore_from_trash(trashed)
        except InputError as exc:
            self.report_error(self.tr("Cannot restore snapshot"), str(exc))
            return None
        self.panel.show_undo_delete(
            self.tr("Deleted '{0}' (moved to the trash folder).").format(clipped(self.trashed[-1][1], 40))
            if self.trashed else None)
        self.refresh(keep=restored)
        if was_compared:
            self.set_compared(restored, True)
        self.status(self.tr("Restored '{0}'").format(name))
        return restored

    def _entry(self, path: Path) -> Optional[store_module.StoreEntry]:
        return next((e for e in self.entries() if e.path == Path(path)), None)

    # --- compare ------------------------------------------------------------------------------
    def set_compared(self, path: Path, ticked: bool) -> bool:
        """Tick or untick a snapshot for comparison. A fifth tick is refused (False and a
        message). Ticked snapshots are drawn as labelled dotted curves in every plot."""
        file_name = Path(path).name
        if not ticked:
            self._remove_compare(file_name)
            self.panel.set_ticked(Path(path), False)
            self._update_hint()
            self._refresh_table()
            return True
        if file_name in self.compare:
            return True
        if len(self.compare) >= MAX_COMPARE:
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
            self.report_error(self.tr("Cannot compare snapshot"), str(exc))
            return False
        self.compare.append(file_name)
        self._compare_snaps[file_name] = snap
        self._redraw_compare()
        self.panel.set_ticked(Path(path), True)
        self._update_hint()
        self._refresh_table()
        return True

    def compare_labels(self) -> dict[str, str]:
        """File name -> legend label of every compared snapshot."""
        return dict(self._compare_labels)

    def clear_compare(self) -> None:
        """Untick every snapshot."""
        for file_name in list(self.compare):
            self._remove_compare(file_name)
        self.refresh()
        self._refresh_table()

    def _remove_compare(self, file_name: str) -> None:
        if file_name in self.compare:
            self.compare.remove(file_name)
        self._compare_snaps.pop(file_name, None)
        label = self._compare_labels.pop(file_name, None)
        if label is not None:
            self.grid.remove_compare(label)
            self._refit_grid()

    def _end_year(self) -> int:
        results = self.grid.results or self.controller.results
        return int(results.years[-1]) if results is not None else model.DEFAULT_END_YEAR

    def _redraw_compare(self, end_year: Optional[int] = None) -> None:
        """(Re)draw every compared snapshot, recomputed by the model up to `end_year` (default:
        the last year the plots show)."""
        for label in self._compare_labels.values():
            self.grid.remove_compare(label)
        self._compare_labels.clear()
        if not self.compare:
            return
        results = model.simulate([self._compare_snaps[f].parameters for f in self.compare],
                                 end_year=end_year or self._end_year())
        for limit in COMPARE_LABEL_CHARS:
            for label in self._compare_labels.values():
                self.grid.remove_compare(label)
            self._compare_labels.clear()
            used: set[str] = set()
            for index, file_name in enumerate(self.compare):
                base = clipped(self._compare_snaps[file_name].name, limit)
                label, n = base, 2
                while label in used:
                    label, n = f"{base} ({n})", n + 1
                used.add(label)
                self._compare_labels[file_name] = label
                self.grid.add_compare(label, _row(results, index))
            if self._grid_fits():
                break
        self._refit_grid()

    def _refit_grid(self) -> None:
        """Give the plot grid its widget's size again (widened by long legend entries)."""
        self.grid.refit()

    def _relabel(self) -> None:
        """Redraw the compare curves with legend labels as long as the grid's width allows."""
        if self.compare:
            self._redraw_compare()

    def _grid_fits(self) -> bool:
        """True if the plot grid's panels and legends fit its width (always, while hidden)."""
        return self.grid.fits_width()

    def _results_changed(self, results) -> None:
        """When the years change (another horizon), the compare curves are recomputed."""
        if self.compare:
            drawn = next(iter(self.grid.compare_results.values()), None)
            if drawn is None or int(drawn.years[-1]) != int(results.years[-1]) \
                    or int(drawn.years[0]) != int(results.years[0]):
                self._redraw_compare(int(results.years[-1]))
        self._refresh_table()

    def _update_hint(self) -> None:
        colors = {}
        for file_name, label in self._compare_labels.items():
            color = self.grid.compare_color(label)
            if color is not None:
                colors[self.folder / file_name] = color
        self.panel.set_curve_colors(colors)
        if self.compare:
            self.panel.set_hint(self.tr("{0} of {1} compare slots used: dotted curves in every "
                                        "plot.").format(len(self.compare), MAX_COMPARE))
        else:
            self.panel.set_hint(self.tr("Tick up to {0} snapshots to draw them in every plot.")
                                .format(MAX_COMPARE))
        self.clear_compare_action.setEnabled(bool(self.compare))

    # --- compare table --------------------------------------------------------------------------
    def compare_columns(self) -> list[CompareColumn]:
        """The current scenario and the compared snapshots, as compare-table columns."""
        self.controller.flush()
        columns = [CompareColumn(self.tr("Current scenario"), self.controller.values,
                                 self.controller.results)]
        for file_name in self.compare:
            label = self._compare_labels[file_name]
            snap = self._compare_snaps[file_name]
            columns.append(CompareColumn(clipped(snap.name, 40), snap.parameters,
                                         self.grid.compare_results[label]))
        return columns

    def open_compare_table(self) -> CompareDialog:
        """Show the compare table (non-modal; it follows the sliders and the ticks)."""
        if self._compare_dialog is None:
            self._compare_dialog = CompareDialog(self.window)
        self._compare_dialog.table.set_columns(self.compare_columns())
        self._compare_dialog.show()
        self._compare_dialog.raise_()
        if not self.compare:
            self.status(self.tr("Tick snapshots in the snapshot panel to add them to the table"))
        return self._compare_dialog

    def _refresh_table(self) -> None:
        dialog = self._compare_dialog
        if dialog is not None and dialog.isVisible() and not self.controller.dragging:
            dialog.table.set_columns(self.compare_columns())

    # --- open, import, export -----------------------------------------------------------------
    def ask_open(self) -> None:
        """Choose snapshot files to open (copied into the folder; one file is also loaded)."""
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Open snapshot"), str(Path.home()),
            self.tr("Snapshots (*.json);;All files (*)"))
        self.open_files([Path(p) for p in paths])

    def open_files(self, paths: list[Path]) -> list[Path]:
        """Import snapshot files (a file already in the folder is used as it is); a single file
        is loaded too. Bad files get a message each and change nothing. Returns the imported
        paths in the folder."""
        done = []
        for path in paths:
            imported = self.import_file(path)
            if imported is not None:
                done.append(imported)
        if len(paths) == 1 and done:
            self.load_snapshot(done[0])
            self.panel.select(done[0])
        elif done:
            self.status(self.tr("Imported {0} snapshots").format(len(done)))
        return done

    def import_file(self, path: Path) -> Optional[Path]:
        """Copy a snapshot file into the folder (validated, migrated); its path there, or None
        with a message naming the file and what is wrong."""
        path = Path(path)
        try:
            if path.parent.resolve() == self.folder.resolve() and path.is_file():
                self.store.load(path)            # already in the folder: just check it
                return path
            new = self.store.import_file(path)
        except InputError as exc:
            self.report_error(self.tr("Cannot open snapshot"), str(exc))
            return None
        except OSError as exc:
            self.report_error(self.tr("Cannot open snapshot"),
                              f"{path}: {exc.strerror or exc}")
            return None
        self.refresh(keep=new)
        self.status(self.tr("Imported '{0}' into {1}").format(path.name, self.folder))
        return new

    def ask_export(self, path: Optional[Path]) -> None:
        """Choose where to write the selected snapshot."""
        if path is None:
            self.status(self.tr("Select a snapshot in the snapshot panel first"))
            return
        target, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export snapshot"), str(Path.home() / Path(path).name),
            self.tr("Snapshots (*.json)"))
        if target:
            if not target.lower().endswith(".json"):
                target += ".json"
            self.export_snapshot(path, Path(target))

    def export_snapshot(self, path: Path, destination: Path) -> bool:
        """Write a snapshot of the folder to `destination` (atomically); False on failure."""
        try:
            self.store.export(path, destination)
        except InputError as exc:
            self.report_error(self.tr("Cannot export snapshot"), str(exc))
            return False
        self.status(self.tr("Wrote {0}").format(destination))
        return True

    def open_folder(self) -> None:
        """Open the snapshot folder in the system's file manager."""
        self.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
        self.status(self.tr("Snapshot folder: {0}").format(self.folder))

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
                return self._code_dialog(clip, str(exc))
            self._apply_code_values(values)
            return None
        return self._code_dialog("", "")

    def apply_code(self, code: str) -> bool:
        """Apply a scenario code as one undo step; False (and a message) if it is invalid."""
        try:
            values = scenario_code.decode(code)
        except scenario_code.ScenarioCodeError as exc:
            self.report_error(self.tr("Invalid scenario code"), str(exc))
            return False
        self._apply_code_values(values)
        return True

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
    def _read_autosave(self) -> None:
        problems: list[str] = []
        state = store_module.read_autosave(self.folder, problems)
        for problem in problems:
            self._warn_stderr(f"autosave ignored: {problem}")
        if state is None:
            return
        if state["parameters"] == self.controller.values and not state["compare"]:
            return            # nothing to bring back
        self.found_autosave = state
        self._show_restore_bar(state)

    def offer_restore(self) -> Optional[dict]:
        """The working state left by a session that did not end cleanly ({"parameters",
        "compare", "saved"}), or None; while it is offered, a bar asks whether to restore it."""
        return self.found_autosave

    def restore_autosave(self) -> bool:
        """Apply the offered autosaved state (one undo step) and its compare selection."""
        state = self.found_autosave
        if state is None:
            return False
        self._close_restore_bar()
        self.controller.apply_values(state["parameters"], self.tr("Restore unsaved work"))
        for file_name in state["compare"]:
            path = self.folder / file_name
            if path.is_file() and len(self.compare) < MAX_COMPARE:
                self.set_compared(path, True)
        self.status(self.tr("Restored the work of the last session. Undo with Ctrl+Z."))
        return True

    def discard_autosave(self) -> None:
        """Decline the offered state (it is replaced by the next autosave)."""
        self._close_restore_bar()
        self.status(self.tr("Unsaved work of the last session discarded"))

    def _show_restore_bar(self, state: dict) -> None:
        bar = QToolBar(self.tr("Restore unsaved work"), self.window)
        bar.setObjectName("restoreBar")
        bar.setMovable(False)
        when = local_time_text(state.get("saved"))
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(6, 2, 6, 2)
        label = QLabel(self.tr("<b>The last session did not end cleanly.</b> Restore its "
                               "unsaved work{0}?").format(
            self.tr(" (from {0})").format(when) if when else ""))
        restore = QPushButton(self.tr("Restore"))
        restore.setObjectName("restoreAutosaveButton")
        restore.clicked.connect(self.restore_autosave)
        discard = QPushButton(self.tr("Discard"))
        discard.clicked.connect(self.discard_autosave)
        row.addWidget(label)
        row.addWidget(restore)
        row.addWidget(discard)
        row.addStretch(1)
        bar.addWidget(holder)
        self.window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.restore_bar = bar

    def _close_restore_bar(self) -> None:
        self.found_autosave = None
        if self.restore_bar is not None:
            self.window.removeToolBar(self.restore_bar)
            self.restore_bar.deleteLater()
            self.restore_bar = None

    def autosave_tick(self) -> bool:
        """Write the working state if it changed (the timer calls this every 3 s); True if
        written. An offered crash state is kept until the user answers or changes something."""
        if self._closed:
            return False
        if self.found_autosave is not None:
            if self.controller.values == self._start_values and not self.compare:
                return False
            self._close_restore_bar()          # the user went on working: declined
        written = self.autosaver.maybe_write(self.controller.values, list(self.compare))
        if self.autosaver.last_error:
            self.status(self.autosaver.last_error)
        return written

    def clean_exit(self) -> None:
        """The window closed normally: stop autosaving and remove the autosave."""
        if self._closed:
            return
        self._closed = True
        self.autosave_timer.stop()
        if self.found_autosave is None:      # an unanswered offer stays for the next start
            self.autosaver.clear()
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
        """True if the panel fits beside the plots without squeezing them below their minimum
        width (else it floats over the window: a clipped plot is worse than a covered one)."""
        sliders = self.window.slider_panel.width() if self.window.slider_panel.isVisible() else 0
        spare = self.window.width() - sliders - self.grid.minimumWidth()
        return spare >= self.panel.minimumSizeHint().width() + 40

    def _dock_visibility(self, visible: bool) -> None:
        if not visible or self.dock.isFloating() or self._placing_dock or self.room_for_dock():
            return
        self._placing_dock = True
        try:
            self.dock.setFloating(True)
            frame = self.window.geometry()
            width = 320
            self.dock.setGeometry(frame.right() - width - 16, frame.top() + 110, width,
                                  max(320, frame.height() - 170))
        finally:
            self._placing_dock = False

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
                QTimer.singleShot(0, self._relabel)
                if self.window.width() >= WIDE_WINDOW and self.room_for_dock():
                    self.dock.setVisible(True)
            elif kind == QEvent.Type.Close:
                QTimer.singleShot(0, self._after_close)
            elif kind == QEvent.Type.Resize and self.compare:
                self._relabel_timer.start()       # legend labels as long as the width allows
        return super().eventFilter(watched, event)


def dropped_snapshot_paths(mime) -> list[Path]:
    """The local .json files in drag-and-drop data (empty if there are none)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".json")]


def _row(results, index: int):
    """Scenario `index` of a batch as a one-scenario Results (for plot_grid.add_compare)."""
    return model.Results({k: v[index:index + 1] for k, v in results.arrays.items()},
                         results.years)


class SaveSnapshotDialog(QDialog):
    """Name (checked as you type) and optional note; Save writes the snapshot."""

    def __init__(self, feature: SnapshotsFeature, name: str, parent=None):
        super().__init__(parent)
        self.feature = feature
        self.setWindowTitle(self.tr("Save snapshot"))
        self.setObjectName("saveSnapshotDialog")
        self.name_edit = QLineEdit(name)
        self.name_edit.selectAll()
        self.name_edit.setMaxLength(S.MAX_NAME_CHARS)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Optional: who proposed it, why, what to "
                                                  "look at"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(90)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #C0392B;")
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
        layout.addWidget(QLabel(self.tr("Saved in {0}").format(feature.folder)))
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._check)
        self.saved_path: Optional[Path] = None
        self._check()

    def _check(self) -> bool:
        try:
            S.check_name(self.name_edit.text())
        except InputError as exc:
            self.problem.setText(str(exc))
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
            self.problem.setText(str(exc))      # the dialog stays open: nothing is lost
            return
        super().accept()


class CodeDialog(QDialog):
    """A text field for a scenario code; invalid codes are explained and the dialog stays."""

    def __init__(self, feature: SnapshotsFeature, prefill: str, problem: str, parent=None):
        super().__init__(parent)
        self.feature = feature
        self.setWindowTitle(self.tr("Paste scenario code"))
        self.setObjectName("scenarioCodeDialog")
        self.edit = QLineEdit(prefill)
        self.edit.setPlaceholderText("AICX1:…")
        self.edit.setMinimumWidth(420)
        self.problem = QLabel(problem)
        self.problem.setStyleSheet("color: #C0392B;")
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
            self.problem.setText(str(exc))
            return
        self.feature._apply_code_values(values)
        super().accept()

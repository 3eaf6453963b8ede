"""The compare selection: up to MAX_COMPARE ticked snapshots, drawn as dashed or dotted curves in every plot
and listed in the compare table beside the current scenario.

Each compared snapshot is recomputed by the current model up to the last year the plots show.
Its legend label is the snapshot's name, shortened just enough that the plot grid keeps fitting
the window (long legend entries would widen the grid beyond it); the panel and the compare table
show the full names. Everything this module draws goes through the plot grid's compare-curve
calls (add_compare / remove_compare / compare_color / compare_results, refit, fits_width).
The compare table's "Export as XLSX…" is written here (write_xlsx, through the atomic writer).
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Optional, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

import model
from model.store import snapshot as S
from model.store.atomic import write_bytes
from model.limits import COMPARE_LABEL_CHARS, MAX_COMPARE_SHOWN, XLSX_CELL_CHARS

from ..error_text import failed_write
from ..save_name import remember, suggested, with_suffix
from ..widgets.compare_table import CompareColumn, CompareDialog, Row
from ..widgets.snapshot_panel import clipped

MAX_COMPARE = MAX_COMPARE_SHOWN     # one home: model/limits.py


class CompareSelection(QObject):
    """The ticked snapshots (file names in tick order), their curves and the compare table."""

    changed = Signal()      # a snapshot was ticked or unticked

    def __init__(self, grid, controller, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.grid = grid
        self.controller = controller
        self.files: list[str] = []                 # file names, in tick order
        self._snaps: dict[str, S.Snapshot] = {}
        self._labels: dict[str, str] = {}          # file name -> legend label
        self._dialog: Optional[CompareDialog] = None

    # --- the selection ------------------------------------------------------------------------
    def is_full(self) -> bool:
        """True if no further snapshot can be ticked."""
        return len(self.files) >= MAX_COMPARE

    def add(self, file_name: str, snap: S.Snapshot) -> bool:
        """Tick a snapshot (already ticked: nothing happens); False if the selection is full."""
        if file_name in self.files:
            return True
        if self.is_full():
            return False
        self.files.append(file_name)
        self._snaps[file_name] = snap
        self.redraw()
        self.changed.emit()
        return True

    def remove(self, file_name: str) -> None:
        """Untick a snapshot and take its curves out of the plots."""
        if file_name in self.files:
            self.files.remove(file_name)
        self._snaps.pop(file_name, None)
        label = self._labels.pop(file_name, None)
        if label is not None:
            self.grid.remove_compare(label)
            self.grid.refit()
        self.changed.emit()

    def clear(self) -> None:
        """Untick every snapshot."""
        for file_name in list(self.files):
            self.remove(file_name)

    def replace(self, file_name: str, snap: S.Snapshot) -> None:
        """A ticked snapshot changed (renamed): redraw it under its new label."""
        if file_name in self.files:
            self._snaps[file_name] = snap
            self.redraw()

    def keep_only(self, present: set[str]) -> None:
        """Untick the snapshots whose files are gone."""
        for file_name in [f for f in self.files if f not in present]:
            self.remove(file_name)

    def labels(self) -> dict[str, str]:
        """File name -> legend label of every compared snapshot."""
        return dict(self._labels)

    def colors(self) -> dict[str, str]:
        """File name -> colour ('#rrggbb') of its compare curve."""
        out = {}
        for file_name, label in self._labels.items():
            color = self.grid.compare_color(label)
            if color is not None:
                out[file_name] = color
        return out

    # --- drawing ------------------------------------------------------------------------------
    def _end_year(self) -> int:
        results = self.grid.results or self.controller.results
        return int(results.years[-1]) if results is not None else model.DEFAULT_END_YEAR

    def _take_down(self) -> None:
        for label in self._labels.values():
            self.grid.remove_compare(label)
        self._labels.clear()

    def redraw(self, end_year: Optional[int] = None) -> None:
        """(Re)draw every compared snapshot, recomputed by the model up to `end_year` (default:
        the last year the plots show), with the longest legend labels that fit."""
        self._take_down()
        if not self.files:
            return
        results = model.simulate([self._snaps[f].parameters for f in self.files],
                                 end_year=end_year or self._end_year())
        for limit in COMPARE_LABEL_CHARS:
            self._take_down()
            used: set[str] = set()
            for index, file_name in enumerate(self.files):
                base = clipped(self._snaps[file_name].name, limit)
                label, n = base, 2
                while label in used:
                    label, n = f"{base} ({n})", n + 1
                used.add(label)
                self._labels[file_name] = label
                # (the whole name as the legend entry's tooltip: the label may be cut)
                self.grid.add_compare(label, _row(results, index),
                                      full_name=self._snaps[file_name].name)
            if self.grid.fits_width():
                break
        self.grid.refit()

    def relabel(self) -> None:
        """Redraw the curves with legend labels as long as the grid's width now allows."""
        if self.files:
            self.redraw()

    def follow_results(self, results) -> None:
        """When the plotted years change (another horizon), recompute the curves."""
        if self.files:
            drawn = next(iter(self.grid.compare_results.values()), None)
            if drawn is None or int(drawn.years[-1]) != int(results.years[-1]) \
                    or int(drawn.years[0]) != int(results.years[0]):
                self.redraw(int(results.years[-1]))
        self.refresh_table()

    # --- the compare table --------------------------------------------------------------------
    def columns(self) -> list[CompareColumn]:
        """The current scenario and the compared snapshots, as compare-table columns."""
        self.controller.flush()
        columns = [CompareColumn(QCoreApplication.translate("SnapshotsFeature",
                                                            "Current scenario"),
                                 self.controller.values, self.controller.results)]
        for file_name in self.files:
            snap = self._snaps[file_name]
            columns.append(CompareColumn(clipped(snap.name, 40), snap.parameters,
                                         self.grid.compare_results[self._labels[file_name]],
                                         snap.note))
        return columns

    def open_table(self, parent) -> CompareDialog:
        """Show the compare table (non-modal; it follows the sliders and the ticks)."""
        if self._dialog is None:
            self._dialog = CompareDialog(parent)
            self._dialog.table.exportRequested.connect(self.ask_export_xlsx)
        self._dialog.table.set_columns(self.columns())
        if not self._dialog.isVisible():
            self._dialog.fit_to_columns()
        self._dialog.show()
        self._dialog.raise_()
        return self._dialog

    def refresh_table(self) -> None:
        """Refill the compare table if it is open (not while a slider is dragged)."""
        dialog = self._dialog
        if dialog is not None and dialog.isVisible() and not self.controller.dragging:
            dialog.table.set_columns(self.columns())


    def ask_export_xlsx(self) -> None:
        """Ask for a file and write the compare table as shown to it (XLSX); a failure is
        shown in a message box, nothing half-written is left."""
        table = self._dialog.table
        window = self._dialog.parentWidget()
        path, _ = QFileDialog.getSaveFileName(self._dialog, self.tr("Export compare table"),
                                              suggested(window, "compare.xlsx"),
                                              self.tr("Excel (*.xlsx)"))
        if not path:
            return
        remember(window, path)
        path = with_suffix(self._dialog, path, ".xlsx")
        if path is None:
            return
        try:
            write_xlsx(path, table.columns, table.rows())
        except OSError as exc:
            QMessageBox.warning(self._dialog, self.tr("Export failed"), failed_write(path, exc))


def write_xlsx(path: Path, columns: Sequence[CompareColumn], rows: Sequence[Row]) -> None:
    """Write the compare table to `path` as XLSX, atomically: the column titles, one row per
    headline figure and parameter (numbers as numbers in the units of the row header, a
    missing figure as its text), then the notes. Every text cell is stored as text, never as
    a formula (snapshot names and notes come from files)."""
    import openpyxl            # here, not at start-up: importing it costs ~0.5 s
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Compare"
    note = QCoreApplication.translate("SnapshotsFeature", "Note")
    lines = [[""] + [c.title for c in columns]]
    lines += [[r.header] + [t if v is None else v for t, v in zip(r.texts, r.raw)] for r in rows]
    if any(c.note for c in columns):
        lines.append([note] + [c.note for c in columns])
    for r, line in enumerate(lines, start=1):
        for c, cell in enumerate(line, start=1):
            target = sheet.cell(row=r, column=c)
            target.value = _cell_text(cell) if isinstance(cell, str) else cell
            if isinstance(cell, str):
                target.data_type = "s"          # '=…' stays text
    sheet.column_dimensions["A"].width = 48
    # Built in memory, then written by the atomic writer (every byte checked: a full disk
    # keeps the old file; a zip written straight to the disk bypassed that check).
    buffer = io.BytesIO()
    book.save(buffer)
    write_bytes(Path(path), buffer.getvalue())




def _cell_text(text: str) -> str:
    """`text` as an XLSX cell takes it: the control characters XML 1.0 forbids (a snapshot
    name with '\x07' made openpyxl raise IllegalCharacterError, and the export failed with a
    traceback and no message) shown as '\ufffd', cut to XLSX_CELL_CHARS with '…'."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)
    return text if len(text) <= XLSX_CELL_CHARS else text[:XLSX_CELL_CHARS - 1] + "…"


def _row(results, index: int):
    """Scenario `index` of a batch as a one-scenario Results (for plot_grid.add_compare)."""
    return model.Results({k: v[index:index + 1] for k, v in results.arrays.items()},
                         results.years)

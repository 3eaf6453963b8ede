"""The compare table: the current scenario and the ticked snapshots side by side — headline
figures (from the model's `outputs.headlines`) and parameters — with every value that differs
from the first column highlighted. By default only parameters that differ somewhere are
listed; "Show all parameters" lists every one. "Copy as text" puts the table on the clipboard
(tab-separated, for a spreadsheet or a chat); "Export as XLSX…" asks the compare feature
(gui/features/snapshot_compare.py) to write it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, NamedTuple, Optional, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox,
                               QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from model import outputs
from model import parameters as P
from model.outputs import Results

from .. import palette as pal
from .. import plain_text, text
from gui import format as fmt

KEY_ROLE = Qt.ItemDataRole.UserRole
SCREEN_SHARE = 0.9      # the compare window grows to at most this share of the screen's width
HEADLINE_PREFIX = "headline:"
# A text cell starting with one of these is read as a formula when pasted into a spreadsheet.
FORMULA_START = ("=", "+", "-", "@")


@dataclass
class CompareColumn:
    """One column: a title, the full parameter set and the model results (scenario 0)."""

    title: str
    values: Mapping[str, float]
    results: Results
    note: str = ""          # the snapshot's note (plain text from a file: never rich text)


class Row(NamedTuple):
    """One row of the table: its key ('headline:<key>' or a parameter key), its header (label
    and unit), the value of every column as shown and as a number (None: no value)."""

    key: str
    header: str
    texts: list[str]
    raw: list[Optional[float]]


def table_rows(columns: Sequence[CompareColumn], show_all: bool = False) -> list[Row]:
    """The rows of the compare table of `columns`: the headline figures, then the parameters
    (only those that differ between the columns unless `show_all`)."""
    rows = []
    heads = [outputs.headlines(c.results) for c in columns]
    for key in outputs.HEADLINE_INFO:
        figures = [h[key] for h in heads]
        # The cells choose their unit per value ('$950B', '$4.96T'): the header names one
        # only where the cells have none ('Peak stress (0-100)'); a year reads as one, and
        # 'Bust year (year)' said it twice
        header = text.headline_label(figures[0])
        if not fmt.writes_unit(figures[0].unit) and figures[0].unit != "year":
            header = f"{header} ({fmt.unit_label(figures[0].unit)})"
        rows.append(Row(HEADLINE_PREFIX + key, header, [fmt.headline(f) for f in figures],
                        [f.value for f in figures]))
    for p in P.parameters():
        raw = [float(c.values.get(p.key, p.default)) for c in columns]
        if not show_all and all(v == raw[0] for v in raw):
            continue
        header = f"{text.param_label(p)} ({text.param_unit(p)})"
        rows.append(Row(p.key, header, [fmt.param_number(p, v) for v in raw], raw))
    return rows


def safe_cell(cell: str) -> str:
    """A text cell made safe to paste into a spreadsheet: one starting like a formula (and not
    a number) gets a leading apostrophe; tabs and line breaks become spaces."""
    cell = " ".join(cell.split())
    if cell.startswith(FORMULA_START):
        try:
            float(cell)
        except ValueError:
            return "'" + cell
    return cell


def tab_separated(columns: Sequence[CompareColumn], rows: Sequence[Row]) -> str:
    """The table as tab-separated text (one line per row, the column titles first), every
    value as shown on screen."""
    lines = [[""] + [c.title for c in columns]] + [[r.header] + list(r.texts) for r in rows]
    return "\n".join("\t".join(safe_cell(cell) for cell in line) for line in lines) + "\n"


class CompareTable(QWidget):
    """Table of headline figures and parameters, one column per scenario."""

    exportRequested = Signal()      # "Export as XLSX…" was clicked

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns: list[CompareColumn] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.caption = plain_text.plain_label()        # holds a snapshot's name
        self.caption.setWordWrap(True)
        self.show_all = QCheckBox(self.tr("Show all parameters"))
        self.show_all.setToolTip(self.tr("Also list the parameters that are equal in every "
                                         "column"))
        self.show_all.toggled.connect(self._fill)
        self.copy_button = QPushButton(self.tr("&Copy as text"))
        self.copy_button.setToolTip(self.tr("Put the table on the clipboard, tab-separated, "
                                            "to paste into a spreadsheet or a chat"))
        self.copy_button.clicked.connect(self.copy_as_text)
        self.export_button = QPushButton(self.tr("Export as &XLSX…"))
        self.export_button.setToolTip(self.tr("Write the table to an Excel file"))
        self.export_button.clicked.connect(self.exportRequested)
        top.addWidget(self.caption, 1)
        top.addWidget(self.show_all)
        top.addWidget(self.copy_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.table = QTableWidget()
        self.table.setObjectName("compareTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)

    def set_columns(self, columns: list[CompareColumn]) -> None:
        """Show these scenarios (the first is the reference for highlighting)."""
        self.columns = list(columns)
        self._fill()

    def rows(self) -> list[Row]:
        """The rows as shown now (with or without the equal parameters)."""
        return table_rows(self.columns, self.show_all.isChecked()) if self.columns else []

    def as_text(self) -> str:
        """The table as shown, tab-separated (see tab_separated)."""
        return tab_separated(self.columns, self.rows())

    def copy_as_text(self) -> None:
        """Put the table, tab-separated, on the clipboard."""
        QGuiApplication.clipboard().setText(self.as_text())

    # --- reading (tests) ----------------------------------------------------------------------
    def row_keys(self) -> list[str]:
        """Row identities top to bottom: 'headline:<key>' or a parameter key."""
        return [self.table.verticalHeaderItem(r).data(KEY_ROLE)
                for r in range(self.table.rowCount())]

    def cell(self, key: str, column: int) -> QTableWidgetItem:
        """The cell of row `key` in `column` (0 = the reference)."""
        return self.table.item(self.row_keys().index(key), column)

    def is_highlighted(self, key: str, column: int) -> bool:
        """True if the cell differs from the reference column (and is marked so)."""
        return bool(self.cell(key, column).data(Qt.ItemDataRole.UserRole + 1))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A new type (presentation mode): fill again, the bold cells and the column widths in
        it (a cell's bold font is a copy of the table's)."""
        super().changeEvent(event)
        if event.type() == event.Type.FontChange and self.columns:
            self._fill()

    # --- filling ------------------------------------------------------------------------------
    def _narrow_titles(self) -> None:
        """A column title wider than the column's figures takes two lines (broken at its space
        nearest the middle; whole in its tooltip) when the table with whole titles is wider
        than the room its window may take (SCREEN_SHARE of the screen): in presentation type
        at 1280 × 720 the long snapshot names made the table four times as wide as its
        numbers, and it scrolled sideways after two of five columns. With room enough every
        title stays on one line: a 1280 × 720 window read 'Szenario' over '4' beside
        'Szenario 3' on one line (its figures bold, wider), in a half-empty dialog."""
        table = self.table
        metrics = table.horizontalHeader().fontMetrics()
        items = [table.horizontalHeaderItem(n) for n in range(table.columnCount())]
        cells = [table.sizeHintForColumn(n) for n in range(table.columnCount())]
        whole = sum(max(c, metrics.horizontalAdvance(i.text()) + 12)
                    for c, i in zip(cells, items))
        if whole + self.frame_width() > self.room():
            for item, cell in zip(items, cells):
                title = item.text()
                if metrics.horizontalAdvance(title) + 12 > cell and " " in title.strip():
                    item.setText(two_lines(title))
        table.horizontalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)

    def frame_width(self) -> int:
        """The width (pixels) the table needs besides its columns: the row headers, its frame,
        a vertical scroll bar and the margins about it."""
        table = self.table
        return (table.verticalHeader().sizeHint().width() + 2 * table.frameWidth()
                + table.style().pixelMetric(table.style().PixelMetric.PM_ScrollBarExtent) + 40)

    def room(self) -> int:
        """The width (pixels) the compare window may take: SCREEN_SHARE of its screen's."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return int(screen.availableGeometry().width() * SCREEN_SHARE)

    def _fill(self) -> None:
        rows = self.rows()
        self.table.clear()
        self.table.setColumnCount(len(self.columns))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([c.title for c in self.columns])
        for n, column in enumerate(self.columns):
            self.table.horizontalHeaderItem(n).setToolTip(plain_text.tooltip(column.title))
        changed = QBrush(QColor(pal.with_alpha(QColor(pal.ORANGE), 90)))
        bold = QFont(self.table.font())
        bold.setBold(True)
        differing = 0
        headline_rows = sum(1 for key, *_ in rows if key.startswith(HEADLINE_PREFIX))
        for r, (key, header, texts, raw) in enumerate(rows):
            head = QTableWidgetItem(header)
            head.setData(KEY_ROLE, key)
            if key.startswith(HEADLINE_PREFIX):
                head.setFont(bold)
            else:
                head.setToolTip(text.param_tooltip(P.get(key)))
            self.table.setVerticalHeaderItem(r, head)
            for c, value_text in enumerate(texts):
                item = QTableWidgetItem(value_text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                differs = c > 0 and value_text != texts[0]     # as shown: "13" vs "13" is no difference
                item.setData(Qt.ItemDataRole.UserRole + 1, differs)
                if differs:
                    item.setBackground(changed)
                    item.setFont(bold)
                    item.setToolTip(plain_text.tooltip(self.tr("Differs from {0}: {1}").format(
                        self.columns[0].title, texts[0])))
                self.table.setItem(r, c, item)
            if not key.startswith(HEADLINE_PREFIX) and any(v != raw[0] for v in raw):
                differing += 1
        self.table.resizeColumnsToContents()
        self._narrow_titles()
        if self.columns:
            shown = len(rows) - headline_rows
            # (a count before a noun read '1 parameters differ' / '1 Parameter unterscheiden')
            self.caption.setText(self.tr("Parameters that differ between the columns: {0} "
                                         "(shown: {1}); highlighted: different from "
                                         "'{2}'.").format(
                differing, shown, self.columns[0].title))
        else:
            self.caption.setText("")


def two_lines(title: str) -> str:
    """`title` broken into two lines at its space nearest the middle."""
    middle = len(title) / 2
    at = min((i for i, ch in enumerate(title) if ch == " "), key=lambda i: abs(i - middle))
    return title[:at] + "\n" + title[at + 1:]


class CompareDialog(QDialog):
    """A non-modal window holding the compare table; its owner refreshes it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        # a window of the explorer's: it takes the explorer's type (presentation mode's larger
        # type too; a dialog is a window, and windows do not take their parent's font)
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.setWindowTitle(self.tr("Compare scenarios"))
        self.setObjectName("compareDialog")
        self.setModal(False)
        self.table = CompareTable()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 560)

    def fit_to_columns(self, screen_share: float = SCREEN_SHARE) -> None:
        """Make the dialog wide enough (pixels) for the row headers and every column, at most
        `screen_share` of its screen's available width (then the table scrolls)."""
        table = self.table.table
        wanted = (table.verticalHeader().sizeHint().width()
                  + sum(table.columnWidth(c) for c in range(table.columnCount()))
                  + 2 * table.frameWidth()
                  + table.style().pixelMetric(table.style().PixelMetric.PM_ScrollBarExtent))
        margins = self.layout().contentsMargins()
        wanted += margins.left() + margins.right() + 4
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = int(screen.availableGeometry().width() * screen_share)
        self.resize(max(self.width(), min(wanted, room)), self.height())

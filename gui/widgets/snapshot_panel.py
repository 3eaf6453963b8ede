"""The snapshot panel: the snapshot folder as a list (name, time, two or three headline figures),
with a compare tick box per snapshot and buttons for the common actions.

The panel only shows and asks; what an action does is decided by its owner
(gui/features/snapshots.py), which connects to the signals and calls `show_entries`.
Keys: Enter loads, Delete deletes, F2 renames, Space ticks for compare.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Iterable, Optional

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QMenu, QPushButton, QSizePolicy,
                               QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolButton,
                               QVBoxLayout, QWidget)

from model.store.snapshot_store import StoreEntry

from .. import palette as pal
from .. import plain_text, text
from ..error_text import error_text
from model.limits import DETAIL_MAX_CHARS, LABEL_DISPLAY_CHARS, NOTE_DISPLAY_CHARS
from gui import format as fmt
from .text_slot import TextSlot

PATH_ROLE = Qt.ItemDataRole.UserRole
BROKEN_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2     # time and headline figures, drawn small
COLOR_ROLE = Qt.ItemDataRole.UserRole + 3      # colour of the row's compare curve, if ticked
MAX_LIST_NAME = 48        # characters of a name shown in a list row (the tooltip has all)


def local_time_text(iso: Optional[str]) -> str:
    """An ISO 8601 UTC time as local 'YYYY-MM-DD HH:MM', or '' when unknown."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
        return moment.astimezone().strftime("%Y-%m-%d %H:%M")
    except (ValueError, OverflowError, OSError):
        return iso


def clipped(name: str, limit: int = MAX_LIST_NAME) -> str:
    """`name` cut to `limit` characters with an ellipsis."""
    return name if len(name) <= limit else name[:limit - 1] + "…"


class SnapshotDelegate(QStyledItemDelegate):
    """Draws a row as the name in bold over its time and figures in a smaller font, wrapped."""

    PAD = 3

    def _fonts(self, option) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.88)
        return bold, small

    def _text_rect(self, option, index) -> QRect:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        return style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)

    def paint(self, painter: QPainter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, detail = opt.text, index.data(DETAIL_ROLE) or ""
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        rect = rect.adjusted(2, self.PAD, -2, -self.PAD)
        bold, small = self._fonts(option)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = index.data(Qt.ItemDataRole.ForegroundRole)
        pen = color.color() if color is not None else opt.palette.color(role)
        painter.save()
        painter.setPen(pen)
        painter.setFont(bold)
        metrics = QFontMetrics(bold)
        name_width = rect.width()
        curve = index.data(COLOR_ROLE)
        if curve:      # a sample of the dotted compare curve at the end of the name line
            name_width -= 30
            y = rect.top() + metrics.height() // 2
            painter.setPen(QPen(QColor(curve), 3, Qt.PenStyle.DotLine))
            painter.drawLine(rect.right() - 24, y, rect.right(), y)
            painter.setPen(pen)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_width))
        if detail:
            painter.setFont(small)
            below = rect.adjusted(0, metrics.height(), 0, 0)
            painter.drawText(below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, detail)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        rect = self._text_rect(option, index)
        width = max(80, rect.width() - 4)
        bold, small = self._fonts(option)
        height = QFontMetrics(bold).height()
        detail = index.data(DETAIL_ROLE) or ""
        if detail:
            height += QFontMetrics(small).boundingRect(
                QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), detail).height()
        return QSize(width, height + 2 * self.PAD + 2)


class SnapshotPanel(QWidget):
    """List of snapshots with compare tick boxes; signals carry the snapshot file's path."""

    loadRequested = Signal(object)          # Path
    deleteRequested = Signal(object)
    renameRequested = Signal(object)
    noteRequested = Signal(object)
    duplicateRequested = Signal(object)
    exportRequested = Signal(object)
    compareToggled = Signal(object, bool)   # Path, ticked
    saveRequested = Signal()
    compareTableRequested = Signal()
    openFolderRequested = Signal()
    importRequested = Signal()
    undoDeleteRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("snapshotPanel")
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)

        top = QHBoxLayout()
        # 'Save…' beside 'Compare table' fits the dock's width in every language (the dock
        # is titled 'Snapshots'; the tooltip says the rest)
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save the current scenario as a snapshot (Ctrl+S)"))
        self.save_button.clicked.connect(self.saveRequested)
        self.table_button = QPushButton(self.tr("Compare table"))
        self.table_button.setToolTip(self.tr("Parameters and headline figures of the current "
                                             "scenario and the ticked snapshots, side by side"))
        self.table_button.clicked.connect(self.compareTableRequested)
        top.addWidget(self.save_button, 1)
        top.addWidget(self.table_button, 1)
        layout.addLayout(top)

        self.hint = QLabel(self.tr("Tick up to 4 snapshots to draw them in every plot."))
        self.hint.setWordWrap(True)
        self.hint.setObjectName("snapshotHint")
        # The wrapped labels sit in TextSlots: a wrapped label in the panel's own layout makes
        # the dock's scroll area ask for the panel's preferred height (height for width), so
        # the whole panel scrolled in a low dock instead of the list alone.
        layout.addWidget(TextSlot(self.hint))

        self.list = QListWidget()
        self.list.setObjectName("snapshotList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setItemDelegate(SnapshotDelegate(self.list))
        self.list.setAlternatingRowColors(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.itemDoubleClicked.connect(lambda item: self._emit(self.loadRequested, item))
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.installEventFilter(self)
        self.list.setAccessibleName(self.tr("Saved snapshots"))
        self.empty_label = QLabel(self.tr("No snapshots yet. Save one with Ctrl+S, or drop a "
                                          "snapshot file (.json) on the window."))
        self.empty_label.setWordWrap(True)
        layout.addWidget(TextSlot(self.empty_label))
        layout.addWidget(self.list, 1)

        buttons = QHBoxLayout()
        self.load_button = QPushButton(self.tr("Load"))
        self.load_button.setToolTip(self.tr("Move the sliders to this snapshot (Enter; undo "
                                            "with Ctrl+Z)"))
        self.load_button.clicked.connect(lambda: self._emit(self.loadRequested))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Move to the trash folder (Delete; can be "
                                              "undone)"))
        self.delete_button.clicked.connect(lambda: self._emit(self.deleteRequested))
        # A push button with a menu keeps room for its arrow (a tool button's instant popup
        # drew it over 'More' once the type was larger: presentation mode)
        self.more_button = QPushButton(self.tr("More"))
        self.more_menu = QMenu(self)
        self._fill_menu(self.more_menu)
        self.more_button.setMenu(self.more_menu)
        self.more_button.setToolTip(self.tr("Rename, note, duplicate or export this snapshot; "
                                            "import a snapshot file"))
        for button in (self.load_button, self.delete_button):
            buttons.addWidget(button, 1)
        buttons.addWidget(self.more_button)
        layout.addLayout(buttons)

        self.undo_row = QWidget()
        undo_layout = QHBoxLayout(self.undo_row)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel()
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo delete"))
        self.undo_button.clicked.connect(self.undoDeleteRequested)
        undo_layout.addWidget(TextSlot(self.undo_label), 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_row.setVisible(False)
        layout.addWidget(self.undo_row)

        folder_row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder_label.setObjectName("snapshotFolder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        small = self.folder_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.folder_label.setFont(small)
        self.folder_button = QToolButton()
        self.folder_button.setText(self.tr("Show folder"))
        self.folder_button.setToolTip(self.tr("Open the snapshot folder in the file manager"))
        self.folder_button.clicked.connect(self.openFolderRequested)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        layout.addLayout(folder_row)
        self._folder = ""
        self._update_buttons()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """280 × 400 pixels, or wider if the buttons need it: a dock opens this wide."""
        return QSize(max(280, self.minimumSizeHint().width()), 400)

    # --- filling --------------------------------------------------------------------------------
    def set_folder(self, folder: Path) -> None:
        """Show where the snapshot files are."""
        self._folder = str(folder)
        self.folder_label.setToolTip(self.tr("Snapshot folder: {0}").format(folder))
        self._elide_folder()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide_folder()

    def _elide_folder(self) -> None:
        width = max(60, self.folder_label.width())
        metrics = self.folder_label.fontMetrics()
        self.folder_label.setText(metrics.elidedText(self._folder, Qt.TextElideMode.ElideMiddle,
                                                     width))

    def show_entries(self, entries: Iterable[StoreEntry], ticked: Iterable[str],
                     keep: Optional[Path] = None) -> None:
        """Fill the list: one row per snapshot (name, local time, headline figures), ticked if
        its file name is in `ticked`; broken files greyed with their error as tooltip. The row
        of `keep` (or the previously selected one) stays selected."""
        ticked = set(ticked)
        previous = keep or self.current_path()
        self._filling = True
        try:
            self.list.clear()
            grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            for entry in entries:
                item = QListWidgetItem()
                item.setData(PATH_ROLE, str(entry.path))
                item.setData(BROKEN_ROLE, entry.broken)
                if entry.broken:     # its file name, from outside: shown as the names are
                    item.setText(plain_text.shown(clipped(entry.path.name), one_line=True))
                    item.setData(DETAIL_ROLE, self.tr("cannot be read (hover for why)"))
                    item.setForeground(QColor(grey))
                    item.setToolTip(plain_text.tooltip(
                        error_text(entry.failure) if entry.failure else entry.error or ""))
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                else:
                    summary = [(_label(h.label), fmt.headline(h)) for h in entry.summary()]
                    figures = "  ·  ".join(f"{label} {value}" for label, value in summary)
                    when = local_time_text(entry.created)
                    item.setText(plain_text.shown(clipped(entry.name), one_line=True))
                    item.setData(DETAIL_ROLE, "\n".join(t for t in (when, figures) if t))
                    tip = f"<b>{_escape(entry.name)}</b>"
                    if when:
                        tip += f"<br/>{self.tr('Saved')} {when}"
                    if entry.note:
                        tip += f"<br/><i>{_escape(clipped(entry.note, NOTE_DISPLAY_CHARS))}</i>"
                    tip += "<br/>" + "<br/>".join(f"{_escape(label)}: {_escape(value)}"
                                                  for label, value in summary)
                    tip += f"<br/><span style='color:grey'>{_escape(entry.file_name)}</span>"
                    item.setToolTip(tip)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                  | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if entry.file_name in ticked
                                       else Qt.CheckState.Unchecked)
                self.list.addItem(item)
                if previous is not None and Path(previous) == entry.path:
                    self.list.setCurrentItem(item)
        finally:
            self._filling = False
        self.empty_label.setVisible(self.list.count() == 0)
        self._update_buttons()

    def set_ticked(self, path: Path, ticked: bool) -> None:
        """Set a row's tick box without announcing it (used to refuse a tick)."""
        item = self.item_for(path)
        if item is None:
            return
        self._filling = True
        try:
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        finally:
            self._filling = False

    def set_curve_colors(self, colors: dict) -> None:
        """Mark ticked rows with the colour of their compare curve ({Path: colour}), without
        announcing a change of their tick (each setData emitted itemChanged, read as an untick
        that set the colours again: a recursion as deep as the list, RecursionError from about
        300 snapshots); a row whose colour is unchanged is left alone."""
        colors = {str(path): color for path, color in colors.items()}
        self._filling = True
        try:
            for n in range(self.list.count()):
                item = self.list.item(n)
                color = colors.get(str(Path(item.data(PATH_ROLE))))
                if item.data(COLOR_ROLE) != color:
                    item.setData(COLOR_ROLE, color)
        finally:
            self._filling = False

    def set_unusable(self, message: str) -> None:
        """Say, where an empty list says how to save one, why the folder cannot hold snapshots
        (in red: a save would fail)."""
        self.empty_label.setText(message)
        pal.color_text(self.empty_label, pal.PROBLEM_RED)

    def set_hint(self, message: str, warning: bool = False) -> None:
        """Show a line above the list (a warning in bold)."""
        self.hint.setText(message)
        # in the palette, not a style sheet: a label whose style sheet is removed falls back
        # to the type it had before it (presentation mode's larger type lost)
        pal.color_text(self.hint, pal.PROBLEM_RED if warning else None, bold=warning)

    def show_undo_delete(self, message: Optional[str]) -> None:
        """Show (or with None hide) the 'Undo delete' row."""
        self.undo_row.setVisible(message is not None)
        self.undo_label.setText(message or "")

    # --- reading ------------------------------------------------------------------------------
    def paths(self) -> list[Path]:
        """The paths of the listed files, top to bottom."""
        return [Path(self.list.item(n).data(PATH_ROLE)) for n in range(self.list.count())]

    def item_for(self, path: Path) -> Optional[QListWidgetItem]:
        """The row of `path`, or None."""
        for n in range(self.list.count()):
            item = self.list.item(n)
            if Path(item.data(PATH_ROLE)) == Path(path):
                return item
        return None

    def current_path(self) -> Optional[Path]:
        """The selected row's path, or None."""
        item = self.list.currentItem()
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def select(self, path: Path) -> None:
        """Select the row of `path` (if listed)."""
        item = self.item_for(path)
        if item is not None:
            self.list.setCurrentItem(item)

    # --- internals ----------------------------------------------------------------------------
    def _fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.tr("Load"), lambda: self._emit(self.loadRequested))
        menu.addAction(self.tr("Rename…") + "\tF2", lambda: self._emit(self.renameRequested))
        menu.addAction(self.tr("Edit note…"), lambda: self._emit(self.noteRequested))
        menu.addAction(self.tr("Duplicate"), lambda: self._emit(self.duplicateRequested))
        menu.addAction(self.tr("Export to file…"), lambda: self._emit(self.exportRequested))
        menu.addSeparator()
        menu.addAction(self.tr("Delete") + "\tDel", lambda: self._emit(self.deleteRequested))
        menu.addSeparator()
        menu.addAction(self.tr("Import snapshot file…"), self.importRequested)
        menu.addAction(self.tr("Show folder"), self.openFolderRequested)

    def _context_menu(self, pos) -> None:
        item = self.list.itemAt(pos)
        if item is not None:
            self.list.setCurrentItem(item)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._fill_menu(menu)
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def _emit(self, signal, item: Optional[QListWidgetItem] = None) -> None:
        item = item or self.list.currentItem()
        if item is not None:
            signal.emit(Path(item.data(PATH_ROLE)))

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling or item.data(BROKEN_ROLE):
            return
        self.compareToggled.emit(Path(item.data(PATH_ROLE)),
                                 item.checkState() == Qt.CheckState.Checked)

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        usable = item is not None and not item.data(BROKEN_ROLE)
        self.load_button.setEnabled(usable)
        self.delete_button.setEnabled(item is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._emit(self.loadRequested)
                return True
            if key == Qt.Key.Key_Delete:
                self._emit(self.deleteRequested)
                return True
            if key == Qt.Key.Key_F2:
                self._emit(self.renameRequested)
                return True
        return super().eventFilter(watched, event)


def _label(label: str) -> str:
    """A saved headline label for a list row: translated, cut to LABEL_DISPLAY_CHARS (a label
    from a file can be megabytes long: it is cut before anything else looks at it)."""
    if len(label) > LABEL_DISPLAY_CHARS:
        return clipped(label, LABEL_DISPLAY_CHARS)
    return text.tr(label)


def _escape(value: str) -> str:
    """`value` escaped for the panel's HTML tooltips (gui.plain_text.escape)."""
    return plain_text.escape(value, DETAIL_MAX_CHARS)

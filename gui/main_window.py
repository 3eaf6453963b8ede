"""The main window: headline strip on top, slider panel left (resizable), plot grid centre,
menus, toolbar and a status bar that says what the last change did."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QByteArray, QEvent, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QComboBox, QDockWidget, QFileDialog, QFrame, QHBoxLayout,
                               QLabel, QMainWindow, QMenu, QMessageBox, QScrollArea, QSplitter,
                               QTabBar, QVBoxLayout, QWidget)

from model.limits import WINDOW_DEFAULT_SIZE, WINDOW_SCREEN_SHARE
from model.store import export
from model import presets as presets_module

from . import paste_guard, text
from .controller import Controller
from .error_text import failed_write
from .save_name import keep_in_settings, remember, suggested, with_suffix
from .events import AppEvents
from .widgets.headline_strip import HeadlineStrip
from .widgets.plot_grid import PlotGrid
from .widgets.slider_panel import SliderPanel
from .widgets.text_slot import ElidedLabel, TextSlot, WidgetSlot
from .widgets.verdict_line import VerdictLine

SETTINGS_ORG, SETTINGS_APP = "ai-capex-explorer", "explorer"


def screen_fit(available: QRect, wanted: QSize, share: float = 1.0) -> QRect:
    """A window rectangle (pixels) of `wanted` size shrunk to at most `share` of the
    `available` screen rectangle in each direction, centred in it."""
    width = min(wanted.width(), int(available.width() * share))
    height = min(wanted.height(), int(available.height() * share))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def frame_fit(available: QRect, frame: QRect, client: QRect) -> QRect:
    """Where a window's frame (`frame`: the window with its title bar and borders, as the
    window manager drew it around `client`) goes so that all of it lies within `available`,
    centred in it: the frame rectangle (pixels), as large as it is unless it must shrink to
    fit. screen_fit sizes the client area before the window manager adds its frame: at
    1280 × 720 a 20 px title bar pushed the status bar's last 4 px below the screen."""
    extra = frame.size() - client.size()
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    rect = QRect(0, 0, max(width, extra.width()), max(height, extra.height()))
    rect.moveCenter(available.center())
    return rect


def plain_text(label: str) -> str:
    """A menu label without its mnemonic markers: '&Undo' -> 'Undo', 'A && B' -> 'A & B'."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


# px per plot-grid column that a dock beside the plots must leave them: at 1280 × 720, three
# columns of 884 px keep every panel's data area at half of the panel (tests/test_layout_modes.py)
PLOT_COLUMN_BESIDE_DOCK = 300


class BesideDock(QDockWidget):
    """A feature dock that asks the window where to dock (`before_show(dock)`) each time it is
    opened, before it is shown: so it never appears over the plots first."""

    def __init__(self, title: str, parent: QWidget, before_show):
        super().__init__(title, parent)
        self.home_area = Qt.DockWidgetArea.RightDockWidgetArea
        self._before_show = before_show

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        """Show or hide the dock; a hidden dock is placed by the window before it shows."""
        if visible and self.isHidden():
            self._before_show(self)
        super().setVisible(visible)


class DockScroll(QScrollArea):
    """A feature dock's scroll area (add_dock): its panel is never narrower than the panel's
    least width as it is now. Qt fits a resizable scroll area's widget on its own resize only;
    when the panel's least width grew later (presentation type reaching the Explore dock's
    tabs), the panel stayed narrower and its right edge was cut off instead of scrolled to."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            inner = self.widget()
            least = inner.minimumSizeHint().width()
            if inner.width() < least:
                inner.resize(least, inner.height())     # (the scroll bar follows)
        return super().eventFilter(watched, event)


class SideRow(QWidget):
    """The row beside the headline strip that features add widgets to (window.headline_row is
    its layout). Its width is that of every widget in it, shown or hidden (each widget's size
    hint within its minimum and maximum), so a widget that comes and goes (the chance-of-bust
    card with the bands) takes its room from its neighbours in the row, never from the
    headline cards: the cards do not narrow when it appears (except in presentation mode,
    where the hidden widgets' room goes to the cards: keep_hidden_room)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._keep_hidden_room = True

    def keep_hidden_room(self, keep: bool) -> None:
        """Keep the room of hidden widgets (the default), or give it to the headline strip
        (presentation mode: the chance-of-bust card's room, kept for it while the bands were
        off, made the cards draw their changes at 80 % of their type, 9.4 pt at 1280 × 720;
        the cards narrow when the bands come on there instead)."""
        if keep != self._keep_hidden_room:
            self._keep_hidden_room = keep
            self.updateGeometry()

    def _widgets(self) -> list[QWidget]:
        layout = self.layout()
        widgets = [w for w in (layout.itemAt(i).widget() for i in range(layout.count())) if w]
        return [w for w in widgets if self._keep_hidden_room or not w.isHidden()]

    def _width(self, minimum: bool) -> int:
        total = 0
        for widget in self._widgets():
            least = widget.minimumSizeHint().width()
            hint = least if minimum else widget.sizeHint().width()
            least = max(least, widget.minimumWidth())
            total += min(max(hint, least), widget.maximumWidth())
        return total

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Every widget's size hint, hidden ones too (see the class docstring)."""
        return QSize(self._width(False), self.layout().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Every widget's minimum, hidden ones too."""
        return QSize(self._width(True), self.layout().minimumSize().height())


def whole_tab_titles(holder: QMainWindow) -> None:
    """The tab bars of `holder`'s tabbed docks write every title whole and scroll when the
    titles do not fit (arrows at the bar's end), instead of Qt's default of cutting every
    title short: with four docks tabbed below the sliders at 1280 x 720 the tabs read
    'Expl…', 'Was hat sich ge…' and no one in the room could tell them apart. Qt makes these
    bars itself when docks are tabbed, so they are set after each tabifyDockWidget."""
    for bar in holder.findChildren(QTabBar):
        if bar.parentWidget() is holder:
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)


class MainWindow(QMainWindow):
    """The explorer window. `settings` is None when nothing may be read or written (tests,
    screenshots)."""

    def __init__(self, controller: Controller, settings: Optional[QSettings] = None, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        keep_in_settings(self, settings)   # file dialogs start where the last one chose
        self.lang: Optional[str] = None
        self._frame_fit_pending = False        # fit_to_screen waits for the frame (moveEvent)
        self.events = AppEvents(self)          # how features tell each other what happened
        self.setWindowTitle(self.tr("AI Capex Scenario Explorer"))

        self.headlines = HeadlineStrip()
        self.slider_panel = SliderPanel(controller)
        self.plot_grid = PlotGrid()
        # The left column: the sliders, and below their primary levers a feature dock that a
        # narrow window cannot hold beside the plots (place_dock). A QMainWindow used as a
        # widget, so that dock keeps Qt's own docking (title bar, close, float, tabs).
        self.slider_column = QMainWindow()
        self.slider_column.setObjectName("sliderColumn")
        self.slider_column.setWindowFlags(Qt.WindowType.Widget)
        self.slider_column.setCentralWidget(self.slider_panel)
        self.slider_column.installEventFilter(self)      # resized: a dock below keeps the room
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.slider_column)
        self.splitter.addWidget(self.plot_grid)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([300, 1000])     # the plots get what the sliders need not

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The headline strip and, beside it, the row features add widgets to (headline_row),
        # as wide as all of its widgets, shown or not (SideRow).
        self.headline_area = QHBoxLayout()
        self.headline_area.setContentsMargins(0, 0, 0, 0)
        self.headline_area.setSpacing(0)
        self.headline_area.addWidget(WidgetSlot(self.headlines), 1)    # a new figure: no relayout
        self.headline_side = SideRow()
        self.headline_row = self.headline_side.layout()    # features may add widgets beside the strip
        self.headline_area.addWidget(self.headline_side, 0)
        layout.addLayout(self.headline_area)
        self.verdict_line = VerdictLine()      # one sentence above the plots
        layout.addWidget(TextSlot(self.verdict_line))     # new texts relayout nothing
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.status_label = ElidedLabel()     # one line, cut with '…' when too long
        self.statusBar().addWidget(TextSlot(self.status_label), 1)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()

        controller.draggingChanged.connect(self.plot_grid.set_dragging)    # drawn rough while held
        controller.resultsChanged.connect(self.plot_grid.show_results)
        # the figures in numbers and words: while a slider is held, less often than the plots
        controller.figuresChanged.connect(self.headlines.show_results)
        controller.figuresChanged.connect(self.verdict_line.show_results)
        controller.baselineChanged.connect(self.plot_grid.show_baseline)
        controller.baselineChanged.connect(self.headlines.show_baseline)
        controller.changeSummary.connect(self.status_label.setText)
        self.slider_panel.inputRejected.connect(self.status_label.setText)
        if paste_guard.guard is not None:   # the shared path of a refused paste (paste_guard)
            paste_guard.guard.refused.connect(self._paste_refused)
        controller.valuesChanged.connect(self._sync_preset_box)
        controller.emit_all()
        self.status_label.setText(self.tr("Move a slider; every plot follows. "
                                          "Grey dashed lines are the baseline."))
        self._primary_only_for_docks = False      # the sliders show their primary levers only
        self._column_width_before: Optional[int] = None     # widened for a dock below them
        self._docks_below_sliders = False     # presentation mode: every dock in the slider column
        self._moved_below: list[QDockWidget] = []    # docks that were beside the plots before
        from .features import install_all
        self.features = install_all(self)
        self.update_minimum_size()

    # --- actions and menus ------------------------------------------------------------------
    def _build_actions(self) -> None:
        stack = self.controller.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # Qt's undo actions put the step's description in their text, which the Edit menu
        # shows. The toolbar buttons show the fixed icon text instead, so they keep their
        # width; an action without its own tooltip uses its text (without '&') as tooltip.
        for action, label in ((self.undo_action, self.tr("&Undo")),
                              (self.redo_action, self.tr("&Redo"))):
            action.setIconText(plain_text(label))
        self.reset_action = QAction(self.tr("Reset &all"), self)
        self.reset_action.setShortcut(QKeySequence("Ctrl+R"))
        self.reset_action.setStatusTip(self.tr("Every parameter back to its default"))
        self.reset_action.triggered.connect(self.controller.reset_all)
        self.export_action = QAction(self.tr("&Export results…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_results)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.preset_actions: dict[str, QAction] = {}
        for preset in presets_module.all_presets():
            action = QAction(text.preset_name(preset.name), self)
            action.setToolTip(text.preset_description(preset.description))
            action.setStatusTip(text.preset_description(preset.description))
            action.triggered.connect(lambda _=False, slug=preset.slug: self.apply_preset(slug))
            self.preset_actions[preset.slug] = action

    # Menus in menu-bar order; features get them (created on first use) through menu(key).
    MENU_ORDER = ("file", "edit", "scenario", "snapshots", "view", "analysis", "workshop", "help")

    def menu_title(self, key: str) -> str:
        """The visible title of a menu key."""
        return {"file": self.tr("&File"), "edit": self.tr("&Edit"),
                "scenario": self.tr("&Scenario"), "snapshots": self.tr("S&napshots"),
                "view": self.tr("&View"), "analysis": self.tr("&Analysis"),
                "workshop": self.tr("&Workshop"), "help": self.tr("&Help")}[key]

    def menu(self, key: str) -> QMenu:
        """The menu for `key` (one of MENU_ORDER), created in its place on first use."""
        if key not in self._menus:
            later = [self._menus[k] for k in self.MENU_ORDER[self.MENU_ORDER.index(key) + 1:]
                     if k in self._menus]
            created = QMenu(self.menu_title(key), self)
            created.setObjectName(f"menu_{key}")
            created.setToolTipsVisible(True)
            if later:
                self.menuBar().insertMenu(later[0].menuAction(), created)
            else:
                self.menuBar().addMenu(created)
            self._menus[key] = created
        return self._menus[key]

    def add_dock(self, widget: QWidget, title: str, object_name: str,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
                 visible: bool = False) -> QDockWidget:
        """Add a dock (for feature panels), listed in the View menu; hidden unless `visible`.
        It always opens docked beside the plot grid in `area` (tabbed with a dock already open
        there), or, in a window too narrow for that, below the primary sliders; never floating
        over the plots unless the user floats it. See home_dock and place_dock."""
        dock = BesideDock(title, self, self.home_dock)
        dock.setObjectName(object_name)
        # In a scroll area: below the sliders of a small window the dock may be narrower or
        # lower than its panel, which then scrolls rather than squeezing the plots.
        holder = DockScroll()
        holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # no Tab stop: it follows the focus in
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidget(widget)
        dock.setWidget(holder)
        dock.home_area = area
        self.addDockWidget(area, dock)
        dock.setVisible(visible)
        dock.visibilityChanged.connect(lambda shown, d=dock: self.place_dock(d, shown))
        dock.toggleViewAction().triggered.connect(
            lambda shown, d=dock: self.focus_dock(d) if shown else None)
        self.menu("view").addAction(dock.toggleViewAction())
        return dock

    def focus_dock(self, dock: QDockWidget) -> None:
        """A dock opened from its menu entry or key: give it the keyboard focus once it shows,
        at its panel's focus proxy (e.g. the guided round's Next button) if that can take it,
        else at its first control. (Ctrl+T or Ctrl+Shift+E opened the dock and left the focus
        on a slider: a keyboard user tabbed a dozen times to reach it.)"""
        QTimer.singleShot(0, lambda: self._focus_into(dock))

    @staticmethod
    def _focus_into(dock: QDockWidget) -> None:
        holder = dock.widget()
        panel = holder.widget() if isinstance(holder, QScrollArea) else holder
        if panel is None or not dock.isVisible():
            return
        proxy = panel.focusProxy()
        target = proxy if proxy is not None and proxy.isEnabled() and proxy.isVisible() else None
        widget = panel
        while target is None:
            widget = widget.nextInFocusChain()
            if widget is panel or widget is None:
                return
            if panel.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() and \
                    widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
                target = widget
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def docks(self) -> list[QDockWidget]:
        """The feature docks (made by add_dock), in the order they were added."""
        return [d for d in self.findChildren(QDockWidget) if isinstance(d, BesideDock)]

    def home_dock(self, dock: "BesideDock") -> None:
        """Before a docked dock is shown: dock it beside the plots (its area of add_dock) if the
        window holds the sliders, the plots at PLOT_COLUMN_BESIDE_DOCK pixels a grid column and
        the dock side by side; else below the primary sliders, in the slider column."""
        if dock.isFloating():
            return
        beside = not self._docks_below_sliders and self.fits_beside_docks(dock)
        target = self if beside else self.slider_column
        if dock.parentWidget() is not target:       # (a hidden dock moves without a flicker)
            target.addDockWidget(dock.home_area if beside else Qt.DockWidgetArea.BottomDockWidgetArea,
                                 dock)

    def place_dock(self, dock: QDockWidget, shown: bool = True) -> None:
        """Keep a dock that is being shown docked: tab it with another dock open in the same
        place; below the sliders, show their primary levers only and give the dock the rest of
        the column. When the last dock below the sliders closes, the sliders show everything
        again. A dock the user floated stays floating."""
        column = self.slider_column
        if not shown:
            if not self.column_docks():
                self._column_emptied()
            return
        if dock.isFloating():
            return
        holder = dock.parentWidget()
        if not isinstance(holder, QMainWindow):
            return
        area = holder.dockWidgetArea(dock)
        others = [d for d in self.docks() if d is not dock and d.isVisible() and not d.isFloating()
                  and d.parentWidget() is holder and holder.dockWidgetArea(d) == area
                  and not holder.tabifiedDockWidgets(d).count(dock)]
        if others:
            holder.tabifyDockWidget(others[0], dock)
            dock.raise_()
            whole_tab_titles(holder)
        if holder is self:
            # once laid out: as wide as its panel needs (larger type, e.g. presentation on a
            # 1080-line screen, cut its buttons and scrolled it sideways)
            QTimer.singleShot(0, lambda: self._widen_dock(dock))
        if holder is column:
            column.setVisible(True)
            self._widen_column_for(dock)
            if not self._primary_only_for_docks:
                self._primary_only_for_docks = True
                self.slider_panel.set_primary_only(True)
            # once the column has laid the dock out: the sliders keep their primary levers'
            # height, the dock gets the rest
            QTimer.singleShot(0, lambda: self.give_column_room(dock))

    def _column_emptied(self) -> None:
        """The last dock below the sliders went: every slider again (not in presentation mode,
        set_docks_below_sliders: it shows the primary levers only, docks or none), the column's
        width back."""
        if self._primary_only_for_docks:
            self._primary_only_for_docks = False
            if not self._docks_below_sliders:
                self.slider_panel.set_primary_only(False)
        if self._column_width_before is not None:
            sizes = self.splitter.sizes()
            self.splitter.setSizes([self._column_width_before,
                                    sum(sizes) - self._column_width_before])
            self._column_width_before = None
        self.slider_column.setVisible(self.slider_panel.isVisibleTo(self))

    def set_docks_below_sliders(self, below: bool) -> None:
        """True (presentation mode, at any window size): every docked dock shown now or opened
        later goes below the primary sliders, whose column has room to spare there; beside the
        plots it narrowed them and the verdict line above them (1920 × 1080 in German: the
        verdict wrapped to two lines, the column below three sliders stood empty). False: the
        docks this moved go back beside the plots, and docks open where they fit again."""
        if below == self._docks_below_sliders:
            return
        self._docks_below_sliders = below
        if below:
            moving = [d for d in self.docks() if d.parentWidget() is self and not d.isHidden()
                      and not d.isFloating()]
            self._moved_below = moving
        else:
            moving = [d for d in self._moved_below if d.parentWidget() is self.slider_column
                      and not d.isHidden() and not d.isFloating()]
            self._moved_below = []
        for dock in moving:
            target = self.slider_column if below else self
            area = Qt.DockWidgetArea.BottomDockWidgetArea if below else dock.home_area
            dock.blockSignals(True)            # moved, not closed: the features hear nothing
            QDockWidget.setVisible(dock, False)
            target.addDockWidget(area, dock)
            QDockWidget.setVisible(dock, True)
            dock.blockSignals(False)
            self.place_dock(dock, True)
        if not below and moving and not self.column_docks():
            self._column_emptied()

    def give_column_room(self, dock: QDockWidget) -> None:
        """Give `dock`, shown below the primary sliders, the column's height (pixels) that
        the primary levers do not need."""
        column = self.slider_column
        if dock.parentWidget() is column and dock.isVisible():
            column.resizeDocks([dock], [column.height()
                                        - self.slider_panel.minimumSizeHint().height()],
                               Qt.Orientation.Vertical)

    def _widen_dock(self, dock: QDockWidget) -> None:
        """Widen `dock`, docked beside the plots, to its panel's minimum width (and a scroll
        bar's), as far as the plots keep PLOT_COLUMN_BESIDE_DOCK pixels a grid column."""
        if dock.parentWidget() is not self or not dock.isVisible() or dock.isFloating():
            return
        scrollbar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        wanted = dock.widget().widget().minimumSizeHint().width() + scrollbar + 4
        room = dock.width() + self.plot_grid.width() - self.plots_least_width_beside_docks()
        width = min(wanted, room)
        if width > dock.width():
            self.resizeDocks([dock], [width], Qt.Orientation.Horizontal)

    def _widen_column_for(self, dock: QDockWidget) -> None:
        """Widen the slider column towards the width of `dock`'s panel, as far as the plots
        keep PLOT_COLUMN_BESIDE_DOCK pixels a grid column (the panel scrolls if it needs more)."""
        sizes = self.splitter.sizes()
        panel = dock.widget()
        scrollbar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        wanted = panel.widget().minimumSizeHint().width() + scrollbar + 4
        room = sum(sizes) - self.plots_least_width_beside_docks()
        width = min(wanted, room)
        if width > sizes[0]:
            if self._column_width_before is None:
                self._column_width_before = sizes[0]
            self.splitter.setSizes([width, sum(sizes) - width])

    def _show_sliders(self, shown: bool) -> None:
        """Show or hide the parameter panel; the slider column stays while it holds a dock."""
        self.slider_panel.setVisible(shown)
        self.slider_column.setVisible(shown or bool(self.column_docks()))

    def keep_column_room(self) -> None:
        """While a dock is shown below the sliders, they show their primary levers only (again:
        leaving presentation mode brings every slider back) and the docks get the rest of the
        column's height."""
        if self.column_docks():
            self._primary_only_for_docks = True
            self.slider_panel.set_primary_only(True)
            # (a full-screen window is higher: the docks get the new room, not the sliders)
            for dock in self.column_docks():
                QTimer.singleShot(0, lambda d=dock: self.give_column_room(d))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """When the slider column changes height (the window goes full screen or is resized),
        a dock below the sliders gets the new room, not the primary levers (entering
        presentation mode with the guided round open left it 150 px of a 792 px column at
        1920 × 1080, its Next button below the screen's edge)."""
        if (watched is self.slider_column and event.type() == QEvent.Type.Resize
                and event.oldSize().height() != event.size().height()):
            for dock in self.column_docks():
                QTimer.singleShot(0, lambda d=dock: self.give_column_room(d))
        return super().eventFilter(watched, event)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """After a window-state change (e.g. leaving presentation mode), keep the room of a
        dock below the sliders."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            QTimer.singleShot(0, self, self.keep_column_room)

    def column_docks(self) -> list[QDockWidget]:
        """The docks shown (docked) below the primary sliders."""
        return [d for d in self.docks() if d.parentWidget() is self.slider_column
                and d.isVisible() and not d.isFloating()]

    def resizeDocks(self, docks, sizes, orientation) -> None:  # noqa: N802 - Qt's name
        """QMainWindow.resizeDocks for the docks beside the plots; a dock below the sliders
        keeps the column's width (the plots keep theirs)."""
        pairs = [(d, n) for d, n in zip(docks, sizes) if d.parentWidget() is self]
        if pairs:
            super().resizeDocks([d for d, _ in pairs], [n for _, n in pairs], orientation)

    def fits_beside_docks(self, adding: Optional[QDockWidget] = None) -> bool:
        """True if the window is wide enough (pixels) for the slider column, the plot grid at
        PLOT_COLUMN_BESIDE_DOCK pixels a grid column, and beside the plots the docked docks
        (with `adding`, tabbed with them: the widest of them); and beside those docks for the
        rest of the window at its least width, the headline strip's included (a dock beside the
        plots runs the window's height: in presentation type in German the strip, 972 px at
        least, left the guided round 215 of its 338 px, cutting its text and buttons)."""
        separator = self.style().pixelMetric(self.style().PixelMetric.PM_DockWidgetSeparatorExtent)
        beside = [d for d in self.docks() if d.parentWidget() is self and d.isVisible()
                  and not d.isFloating()] + ([adding] if adding is not None else [])
        if not beside:
            return True
        sliders = self.splitter.sizes()[0] if self.slider_panel.isVisible() else 0
        dock = max(max(d.minimumSizeHint().width(), d.sizeHint().width()) for d in beside)
        beside_plots = (sliders + self.splitter.handleWidth()
                        + self.plots_least_width_beside_docks())
        least = max(beside_plots, self.centralWidget().minimumSizeHint().width())
        return least + separator + dock <= self.width()

    def plots_least_width_beside_docks(self) -> int:
        """The width (pixels) a dock must leave the plot grid: PLOT_COLUMN_BESIDE_DOCK a column."""
        return PLOT_COLUMN_BESIDE_DOCK * self.plot_grid.column_count()

    def update_minimum_size(self) -> None:
        """Make the window's minimum size (pixels) the size at which the headline strip, the
        parameter panel and every visible plot panel are shown whole (no feature dock open)."""
        self.setMinimumSize(QSize(0, 0))
        self.setMinimumSize(self.minimumSizeHint())

    def fit_to_screen(self, wanted: Optional[QSize] = None) -> None:
        """Size and centre the window for the screen it is on: `wanted` (default
        WINDOW_DEFAULT_SIZE) shrunk to WINDOW_SCREEN_SHARE of the available geometry, but not
        below the window's minimum size."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        wanted = wanted or QSize(*WINDOW_DEFAULT_SIZE)
        rect = screen_fit(screen.availableGeometry(), wanted, WINDOW_SCREEN_SHARE)
        self.resize(rect.size().expandedTo(self.minimumSize()))
        self.move(rect.topLeft())
        self._frame_fit_pending = True     # (moveEvent: once the frame is known)

    def moveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The first move after fit_to_screen that brings the window manager's frame: centre
        the framed window in the screen (frame_fit), shrinking it only if it would not fit."""
        super().moveEvent(event)
        if not self._frame_fit_pending:
            return
        frame, client = self.frameGeometry(), self.geometry()
        if frame.size() == client.size():
            return                          # no frame yet (or none at all: offscreen)
        self._frame_fit_pending = False
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        if available.contains(frame):
            return
        rect = frame_fit(available, frame, client)
        self.resize((rect.size() - (frame.size() - client.size())).expandedTo(self.minimumSize()))
        self.move(rect.topLeft())

    def _build_menus(self) -> None:
        self._menus: dict[str, QMenu] = {}
        file_menu = self.menu("file")
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        scenario_menu = self.menu("scenario")
        scenario_menu.setToolTipsVisible(True)
        for action in self.preset_actions.values():
            scenario_menu.addAction(action)
        scenario_menu.addSeparator()
        scenario_menu.addAction(self.reset_action)

        edit_menu = self.menu("edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        self.view_menu = self.menu("view")
        self.toggle_sliders = QAction(self.tr("&Parameter panel"), self, checkable=True, checked=True)
        self.toggle_sliders.toggled.connect(self._show_sliders)
        self.toggle_headlines = QAction(self.tr("&Headline figures"), self, checkable=True,
                                        checked=True)
        self.toggle_headlines.toggled.connect(self.headlines.setVisible)
        expand = QAction(self.tr("&Expand all assumption groups"), self)
        expand.triggered.connect(lambda: self._expand_sections(True))
        collapse = QAction(self.tr("&Collapse all assumption groups"), self)
        collapse.triggered.connect(lambda: self._expand_sections(False))
        self.toggle_legends = QAction(self.tr("&Legends"), self, checkable=True, checked=True)
        self.toggle_legends.setShortcut(QKeySequence("L"))
        self.toggle_legends.setStatusTip(self.tr("Show or hide the plots' legends (L)"))
        self.toggle_legends.toggled.connect(self.plot_grid.set_legends_visible)
        self.addAction(self.toggle_legends)     # the key works while the menu bar is hidden
        for action in (self.toggle_sliders, self.toggle_headlines, self.toggle_legends):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(expand)
        self.view_menu.addAction(collapse)

        about = QAction(self.tr("&About"), self)     # F1 help: gui/features/help.py
        about.triggered.connect(self.show_about)
        self.menu("help").addAction(about)

    def _build_toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Toolbar"))      # (its View-menu entry: 'Main' said little)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr(" Preset: ")))
        self.preset_box = QComboBox()
        self.preset_box.setObjectName("presetBox")
        self.preset_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.preset_box.addItem(self.tr("Custom scenario"), "")
        for preset in presets_module.all_presets():
            self.preset_box.addItem(text.preset_name(preset.name), preset.slug)
            self.preset_box.setItemData(self.preset_box.count() - 1,
                                        text.preset_description(preset.description),
                                        Qt.ItemDataRole.ToolTipRole)
        self.preset_box.setToolTip(self.tr("A named scenario: choosing one moves every slider "
                                           "to its values (undo with Ctrl+Z)"))
        self.preset_box.activated.connect(self._preset_chosen)
        bar.addWidget(self.preset_box)
        bar.addAction(self.reset_action)
        # A short button text keeps the toolbar inside a 1280-pixel window in German too
        # ('Alles zurücksetzen'); the menu keeps the full text, the tooltip says what it does.
        self.reset_action.setIconText(self.tr("Reset"))
        self.reset_action.setToolTip("{0} ({1})".format(
            self.reset_action.statusTip(),
            self.reset_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.view_menu.addSeparator()
        self.view_menu.addAction(bar.toggleViewAction())

    # --- commands ---------------------------------------------------------------------------
    def apply_preset(self, slug: str) -> None:
        """Move every slider to the preset (others to their defaults) as one undo step."""
        preset = presets_module.find(slug)
        self.controller.apply_values(preset.full_values(),
                                     self.tr("Preset: {0}").format(text.preset_name(preset.name)))
        self.events.presetApplied.emit(preset.slug)

    def _preset_chosen(self, index: int) -> None:
        slug = self.preset_box.itemData(index)
        if slug:
            self.apply_preset(slug)
        else:
            self._sync_preset_box(self.controller.values)

    def _sync_preset_box(self, values: dict) -> None:
        """Show the preset the current values equal (model.presets.matching), or 'Custom
        scenario'."""
        preset = presets_module.matching(values)
        self.preset_box.setCurrentIndex(0 if preset is None
                                        else max(self.preset_box.findData(preset.slug), 0))

    def _expand_sections(self, expanded: bool) -> None:
        for section in self.slider_panel.sections.values():
            section.set_expanded(expanded)

    def export_results(self) -> None:
        """Ask for a file and write the current scenario's yearly results to it."""
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export results"), suggested(self, "scenario.xlsx"),
            self.tr("Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)"))
        if not path:
            return
        remember(self, path)
        if not Path(path).suffix:          # 'scenario' typed: the chosen format's suffix
            suffix = next((s for s in (".csv", ".json") if s in chosen.lower()), ".xlsx")
            target = with_suffix(self, path, suffix)
            if target is None:
                return
            path = str(target)
        try:
            export.write_results(self.controller.results, self.controller.values, Path(path))
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), failed_write(path, exc))
            return
        self.status_label.setText(self.tr("Wrote {0}").format(path))

    def show_about(self) -> None:
        """A short About box."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About AI Capex Scenario Explorer"),
                          "", QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.RichText)      # the program's own markup (plain_text)
        box.setText(self.tr(
            "<p><b>AI Capex Scenario Explorer</b></p>"
            "<p>Explore where the AI-infrastructure boom can go: capex, power, revenue, "
            "financing, macro effects and financial stress, calibrated to the sources "
            "S1–S5 and R1–R8 (see the model documentation).</p>"
            "<p>Grey dashed lines show the baseline (the sources' consensus).</p>"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _paste_refused(self, field: QWidget, message: str) -> None:
        """A paste too long for a field of this window or of one of its dialogs
        (gui/paste_guard.py): said in the status line, as a refused typed value is, besides the
        guard's tooltip at the field; a field whose owner says it in its own words (a value
        box, the Explore dock's boxes: paste_guard.claim) is left to it."""
        if paste_guard.says_itself(field):
            return
        widget = field
        while widget is not None and widget is not self:
            widget = widget.parentWidget()
        if widget is self:
            self.status_label.setText(message)

    # --- remembered geometry ------------------------------------------------------------------
    def restore_settings(self) -> bool:
        """Restore window geometry and splitter sizes if settings are enabled and saved."""
        if self.settings is None:
            return False
        geometry = self.settings.value("window/geometry")
        splitter = self.settings.value("window/splitter")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
            self._clamp_to_screen()
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        return isinstance(geometry, QByteArray)

    def _clamp_to_screen(self) -> None:
        """Shrink and move a restored window into its screen's available geometry (a geometry
        saved on a larger screen would otherwise reach off this one)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        frame = self.geometry()
        if available.contains(frame):
            return
        rect = screen_fit(available, frame.size())
        self.resize(rect.size().expandedTo(self.minimumSize()))
        self.move(rect.topLeft())

    def save_settings(self) -> Optional[OSError]:
        """Remember window geometry and splitter sizes (if settings are enabled); None if
        written (or no settings), else why the settings file could not be written."""
        if self.settings is None:
            return None
        from .i18n import write_settings
        return write_settings(self.settings, {"window/geometry": self.saveGeometry(),
                                              "window/splitter": self.splitter.saveState()})

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Remember the geometry; a settings file that cannot be written is said on stderr
        (the window is going: the status line is no longer seen), and the window closes."""
        problem = self.save_settings()
        if problem is not None:
            from model.errors import printable, write_failed
            try:
                sys.stderr.write("ai-capex-explorer: window size not remembered: "
                                 f"{printable(write_failed(self.settings.fileName(), problem))}\n")
            except (OSError, ValueError):
                pass
        super().closeEvent(event)

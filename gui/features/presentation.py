"""Presentation mode (View ▸ Presentation mode, F11; Esc or F11 leaves it).

Full screen, fonts ×1.3 (headline values ×2 of normal text), lines ×2, black on white with a darker baseline
(survives a projector), 1 to 4 chosen panels, only the three primary sliders, no status bar,
no docks except the storyline. A presentation toolbar chooses how many panels and which.
Everything stays live. Leaving restores exactly what was there before: window state, docks and
toolbars, visible panels, slider groups, fonts, palette and plot style.

The panels come from the panel registry (model/panels.py); a storyline step's panels arrive
through window.events.stepApplied and are shown with `set_panels(names)`.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (QApplication, QComboBox, QDockWidget, QLabel, QMainWindow,
                               QToolBar, QToolButton, QToolTip, QWidget)

from model import panels as registry

FONT_SCALE = 1.3            # every widget
HEADLINE_SCALE = 1.3        # the headline strip (its values are 1.6 × larger already)
PLOT_FONT_SCALE = 1.3
LINE_SCALE = 2.0
PROJECTOR_LINES = 720       # the screen height (pixels) the scales above are made for; a
                            # taller screen (1080 lines) scales them up alike: a projected
                            # picture is as large whatever its resolution (screen_scale)
PANEL_COUNTS = tuple(range(1, registry.MAX_PRESENTED + 1))
KEEP_DOCKS = ("storylineDock",)      # docks that stay as they are in presentation mode


def dock_home(dock: QDockWidget) -> tuple:
    """Where `dock` is: (the main window holding it, its dock area, its width and height in
    pixels), or (None, None, 0, 0) when it is floating or held by no main window."""
    holder = dock.parentWidget()
    if dock.isFloating() or not isinstance(holder, QMainWindow):
        return None, None, 0, 0
    return holder, holder.dockWidgetArea(dock), dock.width(), dock.height()


def put_home(dock: QDockWidget, home: tuple) -> bool:
    """Put `dock` back in the main window and area of `home` (dock_home) if it is elsewhere;
    True if it was moved (then its size is to be given back: size_home)."""
    holder, area, _, _ = home
    if holder is not None and (dock.parentWidget() is not holder
                               or holder.dockWidgetArea(dock) != area):
        holder.addDockWidget(area, dock)
        return True
    return False


def size_home(dock: QDockWidget, home: tuple) -> None:
    """Give `dock`, put back by put_home, the width (beside) or height (above or below) of
    `home` (a re-added dock comes back at its least width)."""
    holder, area, width, height = home
    if holder is None or dock.parentWidget() is not holder or not dock.isVisible():
        return
    sideways = area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
    holder.resizeDocks([dock], [width if sideways else height],
                       Qt.Orientation.Horizontal if sideways else Qt.Orientation.Vertical)


def high_contrast_palette() -> QPalette:
    """Black text on white, strong selection colour: legible on a washed-out projector."""
    palette = QPalette()
    white, black = QColor("#FFFFFF"), QColor("#000000")
    for role, color in ((QPalette.ColorRole.Window, white), (QPalette.ColorRole.WindowText, black),
                        (QPalette.ColorRole.Base, white), (QPalette.ColorRole.AlternateBase, QColor("#EEEEEE")),
                        (QPalette.ColorRole.Text, black), (QPalette.ColorRole.Button, QColor("#E8E8E8")),
                        (QPalette.ColorRole.ButtonText, black), (QPalette.ColorRole.ToolTipBase, white),
                        (QPalette.ColorRole.ToolTipText, black), (QPalette.ColorRole.Highlight, QColor("#0050A0")),
                        (QPalette.ColorRole.HighlightedText, white), (QPalette.ColorRole.PlaceholderText, QColor("#444444")),
                        (QPalette.ColorRole.Mid, QColor("#777777")), (QPalette.ColorRole.Dark, QColor("#444444"))):
        palette.setColor(role, color)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#666666"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#666666"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#666666"))
    return palette


def screen_scale(window: QWidget) -> float:
    """How much larger presentation type is drawn on the window's screen than on a
    PROJECTOR_LINES-high one (at least 1): the same share of the picture on a 1920 × 1080
    projector as on a 1280 × 720 one."""
    screen = window.screen() or QApplication.primaryScreen()
    height = screen.geometry().height() if screen is not None else PROJECTOR_LINES
    return max(1.0, height / PROJECTOR_LINES)


def _size_is_set(font: QFont) -> bool:
    """True if the font's point or pixel size was set explicitly (not inherited)."""
    return bool(font.resolveMask() & 0x2)     # QFont::SizeResolved


class BarButton(QToolButton):
    """A tool button for a menu bar's corner whose size hint keeps to its maximum height (the
    menu bar takes its height from the corner widget's hint)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The tool button's hint, no higher than the button's maximum height."""
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), self.maximumHeight()))


class Presentation(QObject):
    """The presentation mode of one window: `enter()`, `leave()`, `set_panels(names)`."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.active = False
        self.panels: list[str] = list(registry.presentation_default())
        self.count = min(2, len(self.panels))
        self._saved: Optional[dict] = None
        self.scale = 1.0         # screen_scale while presenting
        self._styled_labels: list[QLabel] = []
        window.events.collectSession.connect(self._collect_session)

        self.action = QAction(self.tr("&Presentation mode"), window, checkable=True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.action.setStatusTip(self.tr("Full screen, large type, chosen panels, main levers "
                                         "only (F11 or Esc leaves it)"))
        self.action.toggled.connect(self._toggled)
        window.addAction(self.action)
        view = window.menu("view")
        view.addSeparator()
        view.addAction(self.action)
        self._build_corner_button()
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self.escape.setEnabled(False)
        self.escape.activated.connect(self.leave)
        self._build_toolbar()
        window.controller.figuresChanged.connect(      # after the headline strip's
            lambda _: self._refresh_labels() if self.active else None)
        window.events.stepApplied.connect(self._step_applied)

    def _step_applied(self, _text: str, _values: object, panels: tuple) -> None:
        """A storyline step asks for its panels (shown in presentation mode)."""
        if panels:
            self.set_panels(panels)

    def _build_corner_button(self) -> None:
        """A button at the right end of the menu bar that enters presentation mode, in view
        while the window is not presenting (the presentation toolbar has its own Leave). The
        menu bar has room in every language; the main toolbar has not (German fills 1135 of
        the 1216 px a first start gives the window on a 1280 × 720 screen)."""
        key = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.action.setIconText(self.tr("Presentation ({0})").format(key))
        self.action.setToolTip(self.action.statusTip())
        self.button = BarButton()
        self.button.setObjectName("presentationButton")
        self.button.setDefaultAction(self.action)
        self.button.setAutoRaise(True)
        bar = self.window.menuBar()
        # no taller than the bar's menu titles: a taller bar took 2 px from the plots
        self.button.setMaximumHeight(bar.sizeHint().height())
        bar.setCornerWidget(self.button, Qt.Corner.TopRightCorner)

    # --- the presentation toolbar ----------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Presentation"), self.window)
        bar.setObjectName("presentationToolbar")
        bar.setMovable(False)
        self.toolbar = bar
        bar.addWidget(QLabel(self.tr(" Panels: ")))
        self.count_box = QComboBox()
        self.count_box.setObjectName("presentationPanelCount")
        # The numbers alone after 'Panels:' ('%n panel(s)' stayed 'panel(s)' in English, which
        # has no translation file to hold its plural forms)
        for n in PANEL_COUNTS:
            self.count_box.addItem(str(n), n)
        self.count_box.setAccessibleName(self.tr("Panels"))
        self.count_box.setToolTip(self.tr("How many panels the screen shows"))
        self.count_box.setCurrentIndex(PANEL_COUNTS.index(self.count))
        self.count_box.activated.connect(lambda i: self.set_count(self.count_box.itemData(i)))
        bar.addWidget(self.count_box)
        grid = self.window.plot_grid
        self.slot_boxes: list[QComboBox] = []
        self.slot_actions = []
        for slot in range(max(PANEL_COUNTS)):
            box = QComboBox()
            box.setObjectName(f"presentationPanel{slot + 1}")
            for key in grid.panel_keys():
                box.addItem(self.short_name(key), key)
                box.setItemData(box.count() - 1, grid.panel_title(key), Qt.ItemDataRole.ToolTipRole)
            box.activated.connect(lambda i, s=slot: self._slot_chosen(s, i))
            self.slot_boxes.append(box)
            self.slot_actions.append(bar.addWidget(box))
        bar.addSeparator()
        leave = QAction(self.tr("Leave presentation (Esc)"), bar)
        leave.triggered.connect(self.leave)
        bar.addAction(leave)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.hide()
        self._sync_boxes()

    @staticmethod
    def short_name(key: str) -> str:
        """The translated short name of a panel for the panel chooser, e.g. 'Revenue'."""
        return QCoreApplication.translate("Presentation", registry.find(key).short)

    def _sync_boxes(self) -> None:
        for slot, (box, action) in enumerate(zip(self.slot_boxes, self.slot_actions)):
            action.setVisible(slot < self.count)
            box.setCurrentIndex(box.findData(self.panels[slot]))
            # the box shows a short name ('Revenue'): its tooltip names the panel whole
            box.setToolTip(self.tr("Panel {0}: {1}").format(
                slot + 1, self.window.plot_grid.panel_title(self.panels[slot])))
        self.count_box.setCurrentIndex(PANEL_COUNTS.index(self.count))

    def _slot_chosen(self, slot: int, index: int) -> None:
        key = self.slot_boxes[slot].itemData(index)
        if key in self.panels:                       # already shown elsewhere: swap the two
            other = self.panels.index(key)
            self.panels[other] = self.panels[slot]
        self.panels[slot] = key
        self._apply_panels()

    # --- choosing panels --------------------------------------------------------------------
    def shown_panels(self) -> tuple[str, ...]:
        """The panels presentation mode shows (the first `count` of the chosen order)."""
        return tuple(self.panels[:self.count])

    def set_count(self, count: int) -> None:
        """Show `count` panels (1 to 4)."""
        if count not in PANEL_COUNTS:
            raise ValueError(f"{count} panels: choose one of {PANEL_COUNTS}")
        self.count = count
        self._apply_panels()

    def set_panels(self, names) -> None:
        """Show these panels (1 to MAX_PRESENTED registered keys, in order) in presentation
        mode. Raises ValueError (PanelError) naming the fault."""
        names = list(registry.check_keys(names, most=registry.MAX_PRESENTED))
        if not names:
            raise registry.PanelError(f"0 panels: choose 1 to {registry.MAX_PRESENTED}")
        rest = [k for k in self.panels + list(self.window.plot_grid.panel_keys()) if k not in names]
        self.panels = (names + list(dict.fromkeys(rest)))[:max(PANEL_COUNTS)]
        self.count = len(names)
        self._apply_panels()

    def _apply_panels(self) -> None:
        self._sync_boxes()
        if self.active:
            self.window.plot_grid.set_visible_panels(self.shown_panels())

    # --- entering and leaving ---------------------------------------------------------------
    def _toggled(self, on: bool) -> None:
        if on and not self.active:
            self.enter()
        elif not on and self.active:
            self.leave()

    def _collect_session(self, state: dict) -> None:
        """Kept session: while presenting, the normal view's panels and docks are kept, so the
        next start opens in the normal view (gui/features/session_state.py)."""
        if self.active and self._saved is not None:
            state["normal_view"] = {
                "panels": list(self._saved["panels"] or ()),
                "docks": [d.objectName() for d, shown in self._saved["docks"].items() if shown]}

    def enter(self) -> None:
        """Switch to presentation mode (no effect if already on)."""
        if self.active:
            return
        w = self.window
        app = QApplication.instance()
        self._saved = {
            "window_state": w.windowState(),
            "main_state": w.saveState(),
            "docks": {d: not d.isHidden() for d in w.findChildren(QDockWidget)},
            "dock_homes": {d: dock_home(d) for d in w.findChildren(QDockWidget)},
            "toolbars": {t: not t.isHidden() for t in w.findChildren(QToolBar)},
            "statusbar": not w.statusBar().isHidden(),
            "panels": w.plot_grid.visible_panels(),
            "caption": not w.headlines.caption.isHidden(),
            "splitter": w.splitter.sizes(),
            "fonts": self._collect_fonts(),
            "palette": QPalette(app.palette()),
            "tooltip_font": QFont(QToolTip.font()),
        }
        self.active = True
        self.scale = screen_scale(w)
        app.setPalette(high_contrast_palette())
        self._scale_fonts()
        w.slider_panel.even_values()
        w.plot_grid.set_style(LINE_SCALE * self.scale, PLOT_FONT_SCALE * self.scale,
                              high_contrast=True, even_columns=True)
        w.plot_grid.set_visible_panels(self.shown_panels())
        w.headlines.caption.setVisible(False)
        w.headline_side.keep_hidden_room(False)     # the headline cards before spare room
        for dock in self._saved["docks"]:
            if dock.objectName() not in KEEP_DOCKS:
                dock.setVisible(False)
        # the guided round below the three levers, whose column has room to spare in
        # presentation type: beside the plots it narrowed them and wrapped the verdict line
        w.set_docks_below_sliders(True)
        w.slider_panel.set_primary_only(True)      # (after the docks: the last one closed below
                                                   # the sliders brought every slider back)
        for bar in self._saved["toolbars"]:
            bar.setVisible(bar is self.toolbar)
        w.statusBar().setVisible(False)
        self._refresh_headlines()
        self.escape.setEnabled(True)
        for dock in self._kept_docks():
            dock.visibilityChanged.connect(self._kept_dock_shown)
        for dock in self._other_docks():
            dock.visibilityChanged.connect(self._other_dock_shown)
        self._place_values()
        w.showFullScreen()
        self._set_checked(True)
        w.events.presentingChanged.emit(True)
        QTimer.singleShot(0, self.window, self.fit_slider_column)     # once the full screen is laid out

    def _kept_docks(self) -> list[QDockWidget]:
        """The docks presentation mode keeps as they are (KEEP_DOCKS)."""
        return [d for d in self.window.findChildren(QDockWidget) if d.objectName() in KEEP_DOCKS]

    def _other_docks(self) -> list[QDockWidget]:
        """The feature docks presentation mode hides, which may be opened while presenting
        (the tornado, the explorer, 'What changed?')."""
        return [d for d in self.window.docks() if d.objectName() not in KEEP_DOCKS]

    def _other_dock_shown(self, _shown: bool) -> None:
        """A feature dock opened or closed while presenting: below the levers it gets the rows
        of their values (the tornado at 1280 × 720 had one bar and a half beside the 90 px
        they took)."""
        self._place_values()
        QTimer.singleShot(0, self.window, self._place_values)       # once the dock has its place

    def _kept_dock_shown(self, shown: bool) -> None:
        """A kept dock closed while presenting: the presented panels again (the guided round,
        opened before presentation mode, gave back the six panels of the normal view)."""
        if self.active and not shown:
            self._apply_panels()
        self._place_values()
        QTimer.singleShot(0, self.window, self._place_values)       # once the dock has its place

    def _place_values(self) -> None:
        """While presenting with no dock below the sliders, the primary levers' values and
        units on rows of their own, their tracks the column's whole width (beside them the
        tracks were 100 to 154 px at 1920 × 1080). With the guided round below them the values
        stay beside the tracks: their rows took 90 px of the 209 px its narration had at
        1280 × 720."""
        w = self.window
        rows = self.active and not w.column_docks()
        if rows != w.slider_panel.value_rows():
            w.slider_panel.set_value_rows(rows)
            if self.active:
                QTimer.singleShot(0, self.window, self._refit_column)

    def _refit_column(self) -> None:
        """The levers' values moved: the column as wide as they need now (beside the tracks:
        wider), a dock below them the height they no longer need (values beside the tracks:
        three rows less)."""
        self.window.slider_panel.layout().activate()
        self.fit_slider_column()
        self.window.keep_column_room()

    def fit_slider_column(self) -> None:
        """Widen the slider column to what the primary levers need in presentation type (their
        larger units, 'GW per year', were cut at the column's normal width); the plots keep
        the rest."""
        w = self.window
        if not self.active or not w.slider_panel.isVisible():
            return
        need = w.slider_panel.layout().totalMinimumSize().width()
        sizes = w.splitter.sizes()
        if need > sizes[0]:
            w.splitter.setSizes([need, sum(sizes) - need])

    def leave(self) -> None:
        """Back to the layout before presentation mode (no effect if it is off)."""
        if not self.active:
            return
        w, saved = self.window, self._saved
        self.active = False
        self.escape.setEnabled(False)
        for dock in self._kept_docks():
            dock.visibilityChanged.disconnect(self._kept_dock_shown)
        for dock in self._other_docks():
            dock.visibilityChanged.disconnect(self._other_dock_shown)
        if saved["window_state"] & Qt.WindowState.WindowFullScreen:
            w.setWindowState(saved["window_state"])
        elif saved["window_state"] & Qt.WindowState.WindowMaximized:
            w.showMaximized()
        else:
            w.showNormal()
            w.setWindowState(saved["window_state"])
        QApplication.instance().setPalette(saved["palette"])
        self._restore_fonts(saved["fonts"])
        w.slider_panel.even_values()           # (before the column's width is put back)
        QToolTip.setFont(saved["tooltip_font"])
        w.plot_grid.set_style()
        w.plot_grid.set_visible_panels(saved["panels"])
        w.set_docks_below_sliders(False)       # (before restoreState: its place beside the plots)
        w.restoreState(saved["main_state"])
        moved = []
        for dock, visible in saved["docks"].items():
            # each dock where it was, not where a feature dock opened now would go
            # (BesideDock.setVisible asks the window, which still had its full-screen size
            # and presentation layout) nor where restoreState put it (it also moves the docks
            # below the sliders): a dock that had stood beside the plots came back below the
            # sliders, tabbed with the guided round (the projector review, 1280 × 720)
            if put_home(dock, saved["dock_homes"][dock]):
                moved.append(dock)
            QDockWidget.setVisible(dock, visible)
        for bar, visible in saved["toolbars"].items():
            bar.setVisible(visible)
        w.slider_panel.set_primary_only(False)
        self._place_values()
        w.statusBar().setVisible(saved["statusbar"])
        w.headlines.caption.setVisible(saved["caption"])
        w.headline_side.keep_hidden_room(True)
        w.splitter.setSizes(saved["splitter"])
        # again once the normal type is laid out: the slider column's minimum was still that
        # of the presentation type (SliderPanel.minimumSizeHint), which kept it wider
        QTimer.singleShot(0, w, lambda sizes=saved["splitter"]: self._restore_column(sizes))
        homes = saved["dock_homes"]
        for dock in moved:                     # (now, and once the normal size is laid out)
            size_home(dock, homes[dock])
            QTimer.singleShot(0, lambda d=dock, home=homes[dock]: size_home(d, home))
        self._refresh_headlines()
        self._saved = None
        self._set_checked(False)
        w.events.presentingChanged.emit(False)

    RESTORE_TRIES = 40          # × RESTORE_PAUSE_MS: how long the window may take to be normal
    RESTORE_PAUSE_MS = 25

    def _restore_column(self, sizes: list[int], tries: int = RESTORE_TRIES) -> None:
        """Give the splitter back the sizes it had before presentation mode. Leaving full
        screen is asynchronous (the window system answers later, later still under load): while
        the splitter still has its presentation width, setSizes scales the saved sizes to it and
        the slider column's presentation minimum holds (343 px for 300), and the normal width
        then goes to the plots. So the sizes are given again, a few times a second, until they
        hold or about a second has passed (Qt has no signal for 'the window manager is done')."""
        w = self.window
        if self.active or self._saved is not None:
            return
        w.slider_panel.layout().activate()
        w.splitter.setSizes(sizes)
        if w.splitter.sizes() != sizes and tries > 0:
            QTimer.singleShot(self.RESTORE_PAUSE_MS, w,      # (none once the window is gone)
                              lambda: self._restore_column(sizes, tries - 1))

    def _refresh_headlines(self) -> None:
        """Re-colour the headline changes for the palette, and let labels styled by a style
        sheet pick up the new font size."""
        strip = self.window.headlines
        if strip.results is not None:
            strip.show_results(strip.results)
        self._refresh_labels()

    def _refresh_labels(self) -> None:
        strip = self.window.headlines
        # A label styled by a style sheet keeps the font size it had when it was polished:
        # give those an explicit font while presenting and hand them back afterwards.
        for label in strip.findChildren(QLabel):
            if self.active and label.styleSheet() and label not in self._styled_labels \
                    and label is not strip.caption \
                    and not label.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                # the card's type, as an uncoloured change has (0.8 of it drew the coloured
                # changes, the ones that matter, smaller than '±0': 9.4 pt beside 11.7 pt)
                label.setFont(QFont(label.parentWidget().font()))
                self._styled_labels.append(label)
        # the same for the rest of the window (the guided round's 'Step 2 of 6' stayed in
        # the normal type): such a label gets its parent's presentation type
        for label in self.window.findChildren(QLabel):
            if self.active and label.styleSheet() and label not in self._styled_labels \
                    and not strip.isAncestorOf(label) and label.parentWidget() is not None \
                    and not label.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                label.setFont(QFont(label.parentWidget().font()))
                self._styled_labels.append(label)
        if not self.active:
            for label in self._styled_labels:
                label.setFont(QFont())
            self._styled_labels = []

    def _set_checked(self, on: bool) -> None:
        self.action.blockSignals(True)
        self.action.setChecked(on)
        self.action.blockSignals(False)
        self.button.setVisible(not on)

    # --- fonts ------------------------------------------------------------------------------
    def _collect_fonts(self) -> list[tuple[QWidget, QFont, bool]]:
        """(widget, font, set explicitly?) for the window, the headline strip and every widget
        with an explicit font size: what _scale_fonts changes and _restore_fonts puts back."""
        w = self.window
        out = [(w, QFont(w.font()), w.testAttribute(Qt.WidgetAttribute.WA_SetFont)),
               (w.headlines, QFont(w.headlines.font()),
                w.headlines.testAttribute(Qt.WidgetAttribute.WA_SetFont))]
        for child in w.findChildren(QWidget):
            if child is w.headlines or child is w.plot_grid:
                continue
            if child.testAttribute(Qt.WidgetAttribute.WA_SetFont) and _size_is_set(child.font()):
                out.append((child, QFont(child.font()), True))
        return out

    def _scale_fonts(self) -> None:
        w = self.window
        # (the menus take the window's type through gui/menu_type.py)
        base = QFont(w.font())
        size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
        base.setPointSizeF(size * FONT_SCALE * self.scale)
        w.setFont(base)
        # tooltips too (a headline card's definition, hovered to explain it to the room)
        tip = QFont(self._saved["tooltip_font"])
        tip.setPointSizeF(base.pointSizeF())
        QToolTip.setFont(tip)
        strip = QFont(w.headlines.font())
        strip.setPointSizeF(size * HEADLINE_SCALE * self.scale)
        w.headlines.setFont(strip)
        for widget, font, _ in self._saved["fonts"][2:]:
            scale = (HEADLINE_SCALE if w.headlines.isAncestorOf(widget) else FONT_SCALE) * self.scale
            bigger = QFont(font)
            if font.pointSizeF() > 0:
                bigger.setPointSizeF(font.pointSizeF() * scale)
            else:
                bigger.setPixelSize(round(font.pixelSize() * scale))
            widget.setFont(bigger)

    @staticmethod
    def _restore_fonts(saved: list[tuple[QWidget, QFont, bool]]) -> None:
        for widget, font, explicit in reversed(saved):
            try:
                widget.setFont(font if explicit else QFont())
            except RuntimeError:        # the widget was deleted meanwhile
                pass


def install(window) -> Presentation:
    """Add View ▸ Presentation mode (F11) and the presentation toolbar."""
    return Presentation(window)

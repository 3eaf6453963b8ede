"""Image exports in the window: File ▸ Export dashboard as PNG, File ▸ Export plot ▸ <panel> as
PNG or SVG, and the same from a right-click on a plot. Results to CSV/XLSX stay with the
window's own "Export results…" action (model.store.export.write_results)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from .. import exports, plain_text
from ..save_name import remember, suggested, with_suffix



def install(window) -> "ExportsFeature":
    """Add the image export actions to the File menu and a context menu to the plots."""
    return ExportsFeature(window)


class ExportsFeature(QObject):
    """Dashboard and per-panel image exports of one window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.grid = window.plot_grid
        self.last_error: Optional[str] = None
        file_menu = window.menu("file")
        anchor = next((a for a in file_menu.actions() if a is window.quit_action), None)
        self.dashboard_action = QAction(self.tr("Export dashboard as &PNG…"), window)
        self.dashboard_action.setToolTip(self.tr("All plots as one picture"))
        self.dashboard_action.triggered.connect(lambda _=False: self.ask_dashboard())
        self.plot_menu = QMenu(self.tr("Export &plot"), window)
        self.plot_menu.setObjectName("exportPlotMenu")
        for key in self.grid.panel_keys():
            title = self.grid.panel_title(key)
            self.plot_menu.addAction(self.tr("{0} as PNG…").format(title),
                                     lambda k=key: self.ask_panel(k, "png"))
            self.plot_menu.addAction(self.tr("{0} as SVG…").format(title),
                                     lambda k=key: self.ask_panel(k, "svg"))
        file_menu.insertAction(anchor, self.dashboard_action)
        file_menu.insertMenu(anchor, self.plot_menu)
        if anchor is not None:
            file_menu.insertSeparator(anchor)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._context_menu)

    # --- commands (tests call these directly) --------------------------------------------------
    def export_dashboard(self, path: Path) -> bool:
        """Write every plot as one PNG; False (and a message) on failure."""
        return self._run(lambda: exports.dashboard_png(
            self.grid, Path(path), self.header_lines(),
            (self.window.headlines, self.window.verdict_line)), path)

    def header_lines(self) -> list[str]:
        """The dashboard picture's title lines: the program, then the scenario's name, its
        code and the date and time (the interface's locale)."""
        from .handout import scenario_identity
        return [self.tr("AI Capex Scenario Explorer"),
                self.tr("{0} · code {1} · {2}").format(
                    *scenario_identity(self.window.controller.values))]

    def export_panel(self, key: str, path: Path) -> bool:
        """Write panel `key` as PNG or SVG (by the file's extension); False on failure."""
        path = Path(path)
        if path.suffix.lower() == ".svg":
            return self._run(lambda: exports.panel_svg(self.grid, key, path), path)
        return self._run(lambda: exports.panel_png(self.grid, key, path), path)

    def panel_at(self, pos: QPoint) -> Optional[str]:
        """The key of the panel under a point of the plot grid widget, or None."""
        scene_pos = self.grid.mapToScene(pos)
        for key in self.grid.visible_panels():
            if exports.panel_rect(self.grid, key).contains(scene_pos):
                return key
        return None

    # --- dialogs ---------------------------------------------------------------------------------
    def ask_dashboard(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export dashboard"),
                                              suggested(self.window, "dashboard.png"),
                                              self.tr("PNG image (*.png)"))
        remember(self.window, path)
        target = with_suffix(self.window, path, ".png") if path else None
        if target is not None:
            self.export_dashboard(target)

    def ask_panel(self, key: str, kind: str) -> None:
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG drawing (*.svg)")}
        other = "svg" if kind == "png" else "png"
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export plot"), suggested(self.window, f"{key}.{kind}"),
            f"{filters[kind]};;{filters[other]}")
        remember(self.window, path)
        suffix = ".svg" if chosen == filters["svg"] else ".png"
        target = with_suffix(self.window, path, suffix) if path else None
        if target is not None:
            self.export_panel(key, target)

    def _context_menu(self, pos: QPoint) -> None:
        key = self.panel_at(pos)
        menu = QMenu(self.window)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)     # (one was kept per click)
        if key is not None:
            title = self.grid.panel_title(key)
            menu.addAction(self.tr("Save '{0}' as PNG…").format(title),
                           lambda: self.ask_panel(key, "png"))
            menu.addAction(self.tr("Save '{0}' as SVG…").format(title),
                           lambda: self.ask_panel(key, "svg"))
            menu.addSeparator()
        menu.addAction(self.dashboard_action)
        menu.popup(self.grid.mapToGlobal(pos))

    def _run(self, job, path) -> bool:
        try:
            size = job()
        except exports.ExportError as exc:
            self.last_error = str(exc)
            sys.stderr.write(f"ai-capex-explorer: {plain_text.shown(exc, one_line=True)}\n")
            box = plain_text.message_box(QMessageBox.Icon.Warning, self.tr("Export failed"),
                                         str(exc), QMessageBox.StandardButton.Ok, self.window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return False
        self.window.status_label.setText(self.tr("Wrote {0} ({1}×{2} px)").format(
            path, size.width(), size.height()))
        return True


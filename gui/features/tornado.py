"""Sensitivity tornado (issue 5): a dock with gui.tornado.TornadoPanel, opened from the
Analysis menu; clicking a bar selects that parameter's slider."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from model import parameters as P

from .. import text
from ..widgets.tornado import TornadoPanel



class TornadoFeature(QObject):
    """The dock, its Analysis-menu action and the bar → slider connection."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.panel = TornadoPanel(window.controller)
        self.dock = window.add_dock(self.panel, self.tr("Sensitivity tornado"), "tornadoDock",
                                    Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.setMinimumWidth(340)
        self.action = QAction(self.tr("Sensitivity &tornado"), window)
        self.action.setObjectName("tornadoAction")
        self.action.setShortcut(QKeySequence("Ctrl+T"))
        self.action.setToolTip(self.tr("How far each parameter, from its minimum to its maximum, "
                                       "moves a headline figure (Ctrl+T)"))
        self.action.setStatusTip(self.action.toolTip())
        self.action.triggered.connect(self.show)
        self.action.triggered.connect(lambda: window.focus_dock(self.dock))
        window.menu("analysis").addAction(self.action)
        self.panel.parameterClicked.connect(self.select_parameter)

    def show(self) -> None:
        """Open (or raise) the tornado dock, docked beside the plots (tabbed with a dock
        already open there: window.place_dock)."""
        self.dock.setVisible(True)
        self.dock.raise_()

    def select_parameter(self, key: str) -> None:
        """Scroll the slider panel to `key`'s slider, expand its group and focus it."""
        self.window.slider_panel.focus_parameter(key)
        self.window.status_label.setText(self.tr("Selected: {0} (use the arrow keys)").format(
            text.param_label(P.get(key))))


def install(window) -> TornadoFeature:
    """Add the sensitivity tornado dock and its Analysis-menu action to `window`."""
    return TornadoFeature(window)

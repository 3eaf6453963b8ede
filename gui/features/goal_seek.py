"""'What would it take?' (Analysis ▸ What would it take…, Ctrl+G): the goal-seek dialog."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ..widgets.goal_seek_dialog import GoalSeekDialog



class GoalSeekFeature(QObject):
    """Owns the menu action and the (one) dialog."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialog: Optional[GoalSeekDialog] = None
        self.action = QAction(self.tr("What would it &take…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+G"))
        self.action.setStatusTip(self.tr("Find the value of one lever that just reaches a target"))
        self.action.triggered.connect(self.open)
        window.menu("analysis").addAction(self.action)

    def open(self) -> GoalSeekDialog:
        """Show the dialog (created on first use) and return it."""
        if self.dialog is None:
            self.dialog = GoalSeekDialog(self.window.controller, self.window)
            self.dialog.applied.connect(self.window.events.goalSeekApplied)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog


def install(window) -> GoalSeekFeature:
    """Add Analysis ▸ What would it take… (Ctrl+G)."""
    return GoalSeekFeature(window)

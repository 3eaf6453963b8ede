"""Workshop ▸ Guided round: the storyline panel as a dock (objectName 'storylineDock').

Each applied step is one undo step and is announced as window.events.stepApplied (the session
log records it; presentation mode shows the step's panels, outside it the grid stays).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence

from model.workshop.storyline import all_storylines

from ..widgets.storyline_panel import StorylinePanel

DOCK_WIDTH = 360


class StorylineFeature(QObject):
    """Owns the storyline dock and announces its steps (window.events.stepApplied)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        stories, errors = all_storylines()
        self.panel = StorylinePanel(window.controller, stories, errors,
                                    panel_title=window.plot_grid.panel_title)
        self.dock = window.add_dock(self.panel, self.tr("Guided round"), "storylineDock",
                                    Qt.DockWidgetArea.RightDockWidgetArea)
        self.action = self.dock.toggleViewAction()
        self.action.setText(self.tr("&Guided round (storyline)"))
        self.action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        window.menu("workshop").addAction(self.action)
        self.dock.visibilityChanged.connect(self._shown)
        self.panel.stepApplied.connect(self._step_applied)

    def _shown(self, visible: bool) -> None:
        if visible and not self.dock.isFloating():
            self.window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)

    def _step_applied(self, index: int) -> None:
        story = self.panel.story
        step = story.steps[index]
        self.window.events.stepApplied.emit(
            f"{story.title} — {index + 1}/{len(story.steps)}: {step.title}", step.full_values(),
            tuple(step.panels))


def install(window) -> StorylineFeature:
    """Add Workshop ▸ Guided round and its dock."""
    return StorylineFeature(window)

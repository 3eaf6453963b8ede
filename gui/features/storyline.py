"""Workshop ▸ Guided round: the storyline panel as a dock (objectName 'storylineDock').

Each applied step is one undo step, is logged with the time in window.session_log ('step'),
and in presentation mode shows the step's panels (outside it the six-panel grid stays).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence

from model.workshop.storyline import all_storylines

from ..storyline_panel import StorylinePanel

ORDER = 70
DOCK_WIDTH = 360


class StorylineFeature(QObject):
    """Owns the storyline dock and ties its steps to the log and to presentation mode."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        stories, errors = all_storylines()
        grid = window.plot_grid
        self.panel = StorylinePanel(window.controller, stories, errors,
                                    panel_title=lambda key: grid.panels[key].spec.title)
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
        log = getattr(self.window, "session_log", None)
        if log is not None:
            log.record("step", f"{story.title} — {index + 1}/{len(story.steps)}: {step.title}",
                       step.full_values())
        presentation = getattr(self.window, "features", {}).get("presentation")
        if step.panels and presentation is not None:
            presentation.set_panels(step.panels)


def install(window) -> StorylineFeature:
    """Add Workshop ▸ Guided round and its dock."""
    return StorylineFeature(window)

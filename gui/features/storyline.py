"""Workshop ▸ Guided round: the storyline panel as a dock (objectName 'storylineDock').

Each applied step is one undo step and is announced as window.events.stepApplied (the session
log records it). While the dock is open, the plot grid shows the panels the current step names
(so what the narration points at is on screen beside the dock); closing the dock brings back
the panels shown before.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence

from model.workshop.storyline import storylines_and_errors

from .. import text
from ..error_text import error_text
from ..widgets.storyline_panel import StorylinePanel

DOCK_WIDTH = 360


class StorylineFeature(QObject):
    """Owns the storyline dock and announces its steps (window.events.stepApplied)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        stories, failures = storylines_and_errors()
        errors = [error_text(error) for error in failures]
        self.panel = StorylinePanel(window.controller, stories, errors,
                                    panel_title=window.plot_grid.panel_title)
        self.dock = window.add_dock(self.panel, self.tr("Guided round"), "storylineDock",
                                    Qt.DockWidgetArea.RightDockWidgetArea)
        self.action = self.dock.toggleViewAction()
        self.action.setText(self.tr("&Guided round (storyline)"))
        self.action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        window.menu("workshop").addAction(self.action)
        self._panels_before = None     # the grid's panels before a step chose its own
        self._panels_set = None        # the panels a step chose (restored only if unchanged)
        self.dock.visibilityChanged.connect(self._shown)
        window.events.presentingChanged.connect(self.panel.set_presenting)
        self.panel.stepApplied.connect(self._step_applied)
        self.panel.finished.connect(self.dock.close)     # Finish at the last step
        # after the panel's own: an undone step's panels come back with its text
        window.controller.changeCommitted.connect(
            lambda commit: self.show_step_panels() if commit.kind in ("undo", "redo") else None)

    def _shown(self, visible: bool) -> None:
        if visible and not self.dock.isFloating():
            self.window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        if visible:
            self.show_step_panels()
        elif self._panels_before is not None:
            grid = self.window.plot_grid
            if grid.visible_panels() == self._panels_set:
                grid.set_visible_panels(self._panels_before)
            self._panels_before = self._panels_set = None

    def show_step_panels(self) -> None:
        """Show in the plot grid the panels the current step names (nothing changes for a
        step that names none, or before a step is shown)."""
        step = self.panel.current_step()
        if step is None or not step.panels or not self.dock.isVisible():
            return
        grid = self.window.plot_grid
        if self._panels_before is None:
            self._panels_before = grid.visible_panels()
        grid.set_visible_panels(tuple(step.panels))
        self._panels_set = grid.visible_panels()

    def _step_applied(self, index: int) -> None:
        story = self.panel.story
        step = story.steps[index]
        self.show_step_panels()
        self.window.events.stepApplied.emit(
            f"{text.storyline_text(story.title)} — {index + 1}/{len(story.steps)}: "
            f"{text.storyline_text(step.title)}", step.full_values(),
            tuple(step.panels))


def install(window) -> StorylineFeature:
    """Add Workshop ▸ Guided round and its dock."""
    return StorylineFeature(window)

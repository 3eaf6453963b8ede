"""The guided-rounds panel: step through a storyline (model.workshop.storyline) with Back / Next.

Each step is applied as one undo step (controller.apply_values with the step's complete
scenario), logged with the time in the session log, and its panels are shown in presentation
mode (outside it the six-panel grid stays; the panel names are listed under the narration).
"""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from model.workshop.storyline import Storyline

from .. import palette as pal
from .. import text


class StorylinePanel(QWidget):
    """Storyline chooser, step title and narration (large), panels to look at, Back / Next."""

    stepApplied = Signal(int)        # index of the step just applied

    def __init__(self, controller, storylines: list[Storyline], errors: list[str] = (),
                 panel_title: Callable[[str], str] = str, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.storylines = list(storylines)
        self.panel_title = panel_title
        self.story: Optional[Storyline] = None
        self.index = -1                       # -1: the introduction, before the first step

        self.story_box = QComboBox()
        self.story_box.setObjectName("storylineChooser")
        for story in self.storylines:
            self.story_box.addItem(text.storyline_text(story.title), story.slug)
        self.story_box.activated.connect(lambda i: self.choose(self.story_box.itemData(i)))
        self.counter = QLabel()
        self.counter.setObjectName("storylineCounter")
        self.counter.setStyleSheet(f"color: {pal.BASELINE_GREY};")
        self.title = QLabel()
        self.title.setObjectName("storylineTitle")
        self.title.setWordWrap(True)
        big = QFont(self.title.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.title.setFont(big)
        self.narration = QLabel()
        self.narration.setObjectName("storylineNarration")
        self.narration.setWordWrap(True)
        self.narration.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.narration.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        readable = QFont(self.narration.font())
        readable.setPointSizeF(readable.pointSizeF() * 1.25)
        self.narration.setFont(readable)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 4, 0)
        holder_layout.addWidget(self.narration)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        self.panels_label = QLabel()
        self.panels_label.setObjectName("storylinePanels")
        self.panels_label.setWordWrap(True)
        self.errors_label = QLabel("\n".join(errors))
        self.errors_label.setObjectName("storylineErrors")
        self.errors_label.setWordWrap(True)
        self.errors_label.setStyleSheet(f"color: {pal.better_worse()[1]};")
        self.errors_label.setVisible(bool(errors))

        self.back_button = QPushButton(self.tr("◀ &Back"))
        self.back_button.setObjectName("storylineBack")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.setObjectName("storylineNext")
        self.next_button.clicked.connect(self.next)
        for button in (self.back_button, self.next_button):
            button.setMinimumHeight(34)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.story_box)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.panels_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(260)
        if self.storylines:
            self.choose(self.storylines[0].slug)
        else:
            self._show()

    # --- navigation -------------------------------------------------------------------------
    def choose(self, slug: str) -> None:
        """Open the storyline `slug` at its introduction (nothing is applied yet)."""
        self.story = next(s for s in self.storylines if s.slug == slug)
        self.story_box.setCurrentIndex(self.story_box.findData(slug))
        self.index = -1
        self._show()

    def next(self) -> None:
        """Apply the next step."""
        if self.story is not None and self.index + 1 < len(self.story.steps):
            self.go_to(self.index + 1)

    def back(self) -> None:
        """Apply the previous step (or go back to the introduction, leaving the sliders)."""
        if self.index > 0:
            self.go_to(self.index - 1)
        elif self.index == 0:
            self.index = -1
            self._show()

    def go_to(self, index: int) -> None:
        """Apply step `index` (0-based) as one undo step and show it."""
        step = self.story.steps[index]
        self.index = index
        self.controller.apply_values(step.full_values(), self.tr("Step {0}: {1}").format(
            index + 1, text.storyline_text(step.title)))
        self._show()
        self.stepApplied.emit(index)

    # --- display ----------------------------------------------------------------------------
    def _show(self) -> None:
        story = self.story
        if story is None:
            self.counter.clear()
            self.title.setText(self.tr("No storyline found"))
            self.narration.setText(self.tr("Put storyline files (.json) in resources/storylines; "
                                           "the format is described in docs/STORYLINES.md."))
            self.panels_label.clear()
            self.back_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        total = len(story.steps)
        if self.index < 0:
            self.counter.setText(self.tr("Introduction · {0} steps").format(total))
            self.title.setText(text.storyline_text(story.title))
            self.narration.setText(text.storyline_text(story.description))
            self.panels_label.clear()
            self.next_button.setText(self.tr("&Start ▶"))
        else:
            step = story.steps[self.index]
            self.counter.setText(self.tr("Step {0} of {1}").format(self.index + 1, total))
            self.title.setText(text.storyline_text(step.title))
            self.narration.setText(text.storyline_text(step.narration))
            names = ", ".join(self.panel_title(p) for p in step.panels)
            self.panels_label.setText(self.tr("Look at: {0}").format(names) if names else "")
            self.next_button.setText(self.tr("&Next ▶"))
        self.back_button.setEnabled(self.index >= 0)
        self.next_button.setEnabled(self.index + 1 < total)

    def current_step(self):
        """The step shown (None at the introduction)."""
        return None if self.story is None or self.index < 0 else self.story.steps[self.index]

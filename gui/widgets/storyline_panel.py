"""The guided-rounds panel: step through a storyline (model.workshop.storyline) with Back / Next
(or, while the panel is shown and no text field has the focus, Page Down / Page Up, as
presentation clickers send them, and Alt+Right / Alt+Left).

A step's text longer than its view is read a page at a time: Next (its button then says 'More
text ▼') first turns to the next page of the text, the line cut at the view's foot whole at the
top of the next page (the last page too: a long text has room below it), and only then goes to
the next step; Back turns back to the page before, then goes to the previous step. At the
last step, read to its end, Next says Finish and closes the round (the keys do not: a clicker
pressed once too often keeps the last step on screen). Enter presses the focused button. (In
presentation mode at 1280 × 720 the view holds some 209 px, a German step's narration needs
345–920 px: the room saw its first five lines and Next went on.)

The chooser stays at the top and the buttons at the bottom, in the same place whatever the
step; between them the step's counter, title, narration and panels scroll together (the one
scroll area: the dock never has to scroll the panel).

Each step is applied as one undo step (controller.apply_values with the step's complete
scenario), logged with the time in the session log, and its panels are shown in presentation
mode (outside it the six-panel grid stays; the panel names are listed under the narration).
"""
from __future__ import annotations

import math
import re
from typing import Callable, Optional

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QComboBox, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QTextEdit,
                               QVBoxLayout, QWidget)

from model.limits import STORY_CHOOSER_CHARS
from model.workshop.storyline import Storyline

from .. import palette as pal
from .. import plain_text
from .. import text
from .elided_combo import ElidedComboBox
from .word_fit_label import WordFitLabel

TITLE_SCALE = 1.35          # the step title's font, times the panel's
NARRATION_SCALE = 1.2       # the narration's font, times the panel's
TEXT_LINES_AT_LEAST = 4     # the text area's least height, in lines of the panel's font
# The chooser's least width: model.limits.STORY_CHOOSER_CHARS.
# Keys that step the storyline while its panel is shown: what presentation clickers send
# (Page Down / Page Up) and the browser's forward / back.
NEXT_KEYS = (QKeySequence(Qt.Key.Key_PageDown), QKeySequence("Alt+Right"))
BACK_KEYS = (QKeySequence(Qt.Key.Key_PageUp), QKeySequence("Alt+Left"))
# Widgets that keep those keys for themselves while they have the focus (they edit text). A
# number box is not one: after a value is typed the focus stays in it, and the facilitator's
# clicker (Page Down) then changed the value instead of stepping the story (QA, 2026-12-01).
TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit)
# A figure and its unit stay on one line in a wrapped text: the space after a number before a
# unit, and between 'Mrd.' / 'Bio.' and '$', is a no-break space. (At 1920 × 1080 in presentation
# type the German narration read '… betragen im Modell 2024 245 Mrd.' and '$ (S2: …' on the
# next line.)
UNIT_SPACES = re.compile(r"(?<=\d) (?=(?:Mrd\.|Bio\.|Mio\.|%|GW|MW|Pp\.|pp\b|pts\b|Pkt\.|"
                         r"Jahre?n?\b|years?\b|Prozentpunkte?\b|percentage points?\b))"
                         r"|(?<=\b(?:Mrd|Bio|Mio)\.) (?=\$)")


def figures_whole(text: str) -> str:
    """`text` with a no-break space between each figure and its unit (UNIT_SPACES): '245 Mrd.
    $' is never broken across lines."""
    return UNIT_SPACES.sub("\u00a0", text)


def edits_text(widget: Optional[QWidget]) -> bool:
    """True if `widget` is a text field (or an editable combo box) that uses Page Up / Down and
    Alt+arrows itself."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox):
        return False                    # a number box's own line (see TEXT_FIELDS)
    return isinstance(widget, TEXT_FIELDS)


class StorylinePanel(QWidget):
    """Storyline chooser, step title and narration (large), panels to look at, Back / Next."""

    stepApplied = Signal(int)        # index of the step just applied
    finished = Signal()              # Finish pressed at the last step: close the round

    def __init__(self, controller, storylines: list[Storyline], errors: list[str] = (),
                 panel_title: Callable[[str], str] = str, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.storylines = list(storylines)
        self.panel_title = panel_title
        self.story: Optional[Storyline] = None
        self.index = -1                       # -1: the introduction, before the first step
        self.presenting = False               # set_presenting

        self.story_box = ElidedComboBox()
        self.story_box.setObjectName("storylineChooser")
        self.story_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.story_box.setMinimumContentsLength(STORY_CHOOSER_CHARS)
        for story in self.storylines:
            self.story_box.addItem(text.storyline_text(story.title), story.slug)
        self.story_box.activated.connect(lambda i: self.choose(self.story_box.itemData(i)))
        self.counter = QLabel()
        self.counter.setObjectName("storylineCounter")
        self.counter.setStyleSheet(f"color: {pal.muted_text()};")
        # (a word wider than the panel is drawn a little smaller rather than cut: German
        # '4 · Die Finanzierungsbelastung' in presentation type at 1280 × 720)
        self.title = WordFitLabel()
        self.title.setObjectName("storylineTitle")
        self.title.setWordWrap(True)
        big = QFont(self.title.font())
        big.setPointSizeF(big.pointSizeF() * TITLE_SCALE)
        big.setBold(True)
        self.title.setFont(big)
        self.narration = WordFitLabel()
        self.narration.setObjectName("storylineNarration")
        self.narration.setWordWrap(True)
        self.narration.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.narration.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        readable = QFont(self.narration.font())
        readable.setPointSizeF(readable.pointSizeF() * NARRATION_SCALE)
        self.narration.setFont(readable)
        self.panels_label = QLabel()
        self.panels_label.setObjectName("storylinePanels")
        self.panels_label.setWordWrap(True)
        self.errors_label = QLabel("\n".join(errors))
        self.errors_label.setObjectName("storylineErrors")
        self.errors_label.setWordWrap(True)
        self.errors_label.setStyleSheet(f"color: {pal.better_worse()[1]};")
        self.errors_label.setVisible(bool(errors))
        # The step's texts scroll together in one area (the only one: the panel itself never
        # needs more than the chooser, a few lines and the buttons, so the dock's own scroll
        # area stays still); the chooser and the buttons stay where they are whatever the text.
        self.scroll = QScrollArea()
        self.scroll.setObjectName("storylineText")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setMinimumHeight(self.fontMetrics().height() * TEXT_LINES_AT_LEAST)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 4, 0)
        for label in (self.errors_label, self.counter, self.title, self.narration,
                      self.panels_label):
            holder_layout.addWidget(label)
        holder_layout.addStretch(1)
        self._holder_layout = holder_layout
        self.scroll.setWidget(holder)
        self.scroll.viewport().installEventFilter(self)     # its height: _pad

        self.back_button = QPushButton(self.tr("◀ &Back"))
        self.back_button.setObjectName("storylineBack")
        self.back_button.clicked.connect(self.backward)
        self.next_button = QPushButton(self.tr("Ne&xt ▶"))
        self.next_button.setObjectName("storylineNext")
        self.next_button.clicked.connect(self._next_clicked)
        for button in (self.back_button, self.next_button):
            button.setMinimumHeight(34)
            # Enter presses the focused button, as in a dialog (outside one a QPushButton took
            # only Space: Enter on 'More text ▼' did nothing, in a real window too)
            button.setAutoDefault(True)
        # Tab goes Next, Back, the chooser, the text (the order the panel's children get their
        # parent): opened from the keyboard, the panel's first control, Next, takes the focus
        # (MainWindow._focus_into) and Space or Enter steps on. (Next was the panel's focus
        # proxy: Tab from outside went straight to it, past the chooser, the text and Back,
        # which only Shift+Tab reached.)
        self.next_button.setParent(self)
        self.back_button.setParent(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)

        self._keys = self._navigation_keys()
        self.back_button.setToolTip(self.tr("Previous page of the text, else previous step "
                                            "({0})").format(self._key_names(BACK_KEYS)))
        self.next_button.setToolTip(self.tr("Next page of the text, else next step "
                                            "({0})").format(self._key_names(NEXT_KEYS)))
        bar = self.scroll.verticalScrollBar()
        bar.valueChanged.connect(self._name_next)
        bar.rangeChanged.connect(self._pad)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.story_box)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(260)
        controller.changeCommitted.connect(self._follow)
        if self.storylines:
            self.choose(self.storylines[0].slug)
        else:
            self._show()

    # --- keys -------------------------------------------------------------------------------
    def _navigation_keys(self) -> list[QShortcut]:
        """Shortcuts for Next and Back, active while the panel is shown and the keyboard focus
        is in its window or, when its dock floats, in the window the dock belongs to (the
        projected one), but not in a text field."""
        keys = []
        for sequences, slot in ((NEXT_KEYS, self.forward), (BACK_KEYS, self.backward)):
            for sequence in sequences:
                shortcut = QShortcut(sequence, self)
                shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
                shortcut.activated.connect(slot)
                keys.append(shortcut)
        app = QApplication.instance()
        app.focusChanged.connect(self._update_keys)
        app.focusWindowChanged.connect(self._update_keys)
        return keys

    def _update_keys(self, *_args) -> None:
        """Enable the keys if they apply where the keyboard is now (keys_apply)."""
        on = self.keys_apply(QApplication.activeWindow(), QApplication.focusWidget())
        for shortcut in getattr(self, "_keys", ()):
            shortcut.setEnabled(on)

    def keys_apply(self, active: Optional[QWidget], focus: Optional[QWidget]) -> bool:
        """True if Page Down etc. step the storyline with `active` the active window and
        `focus` the focus widget: the window is the panel's own or the one its floating dock
        belongs to (not a dialog), and no text field has the focus."""
        if active is None or edits_text(focus):
            return False
        mine = self.window()
        owner = mine.parentWidget().window() if mine.parentWidget() is not None else mine
        return active in (mine, owner)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Shown (again, maybe in a floating dock): the keys follow the focus from here."""
        super().showEvent(event)
        self._update_keys()

    def keys_enabled(self) -> bool:
        """True if Page Down / Page Up step the storyline now (keys_apply)."""
        return all(shortcut.isEnabled() for shortcut in self._keys)

    @staticmethod
    def _key_names(sequences) -> str:
        return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)

    # --- navigation -------------------------------------------------------------------------
    def choose(self, slug: str) -> None:
        """Open the storyline `slug` at its introduction (nothing is applied yet)."""
        self.story = next(s for s in self.storylines if s.slug == slug)
        self.story_box.setCurrentIndex(self.story_box.findData(slug))
        self.story_box.setToolTip(plain_text.tooltip(self.story_box.currentText()))
        self.index = -1
        self._show()

    def at_end(self) -> bool:
        """True at the last step with its text read to the end: Next then says Finish."""
        return (self.story is not None and self.index == len(self.story.steps) - 1
                and not self.more_below())

    def _next_clicked(self) -> None:
        """Next, More text, Start, or at the end Finish: closes the round (finished). The
        keys (Page Down, Alt+Right) only step: a clicker pressed once too often keeps the
        last step on screen."""
        if self.at_end():
            self.finished.emit()
        else:
            self.forward()

    def forward(self) -> None:
        """What Next and Page Down do: turn to the next page of the step's text if some of it
        lies below the view, else apply the next step."""
        if not self.page_down():
            self.next()

    def backward(self) -> None:
        """What Back and Page Up do: turn to the previous page of the step's text if the view
        is not at its start, else go to the previous step (or the introduction)."""
        if not self.page_up():
            self.back()

    def text_end(self) -> int:
        """Where the step's text ends in the scrolled page (pixels): the foot of its last
        label shown (the panels to look at, else the narration)."""
        last = self.panels_label if self.panels_label.text() else self.narration
        return last.geometry().bottom() + 1

    def more_below(self) -> bool:
        """True if some of the step's text lies below the view (the panel shown)."""
        bar = self.scroll.verticalScrollBar()
        return (self.scroll.isVisible()
                and self.text_end() > bar.value() + self.scroll.viewport().height() + 1)

    def _pad(self) -> None:
        """Room below a text longer than its view, a view high: the last page can begin at a
        line's top as the others do (at the scroll bar's end it began wherever the text's end
        put it, its first line cut across)."""
        height = self.scroll.viewport().height()
        pad = height if self.text_end() > height else 0
        margins = self._holder_layout.contentsMargins()
        if margins.bottom() != pad:
            margins.setBottom(pad)
            self._holder_layout.setContentsMargins(margins)
        self._name_next()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """The text view's height changed: the room below the text follows (_pad)."""
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._pad()
        return super().eventFilter(watched, event)

    def line_tops(self) -> list[float]:
        """Where each line of the narration begins in the scrolled page (pixels, top to
        bottom), laid out as the label lays it out (a QTextDocument in the font it is drawn
        in, at its width: the label, selectable, draws its text through one)."""
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.narration)     # its screen's metrics
        document.setDocumentMargin(0)
        document.setDefaultFont(self.narration.drawn_font())
        document.setPlainText(self.narration.text())
        document.setTextWidth(self.narration.contentsRect().width())
        start = self.narration.mapTo(self.scroll.widget(),
                                     self.narration.contentsRect().topLeft()).y()
        tops, block = [], document.begin()
        while block.isValid():
            layout = block.layout()
            for k in range(layout.lineCount()):
                tops.append(start + layout.position().y() + layout.lineAt(k).y())
            block = block.next()
        return tops

    def _next_page(self, value: int) -> int:
        """Where the page after the one beginning at `value` begins (pixels in the scrolled
        page): at the first line of the narration, or the first of the other texts (counter,
        title, panels to look at), not wholly in view (cut at the view's foot, or below it);
        else the view's height less a line further."""
        height = self.scroll.viewport().height()
        line = self.narration.fontMetrics().lineSpacing()
        foot = value + height
        tops = self.line_tops()
        narration = self.narration.geometry()
        units = list(zip(tops, tops[1:] + [narration.bottom() + 1]))
        units += [(label.geometry().top(), label.geometry().bottom() + 1)
                  for label in (self.counter, self.title, self.panels_label)
                  if label.text() and label.isVisibleTo(self)]
        ahead = sorted(top for top, bottom in units if top > value and bottom > foot)
        target = ahead[0] if ahead else foot - line
        return min(self.scroll.verticalScrollBar().maximum(), math.floor(max(target, value + 1)))

    def page_down(self) -> bool:
        """Turn the step's text a page down (_next_page: the line cut at the view's foot comes
        whole to its top). False if nothing lies below."""
        if not self.more_below():
            return False
        bar = self.scroll.verticalScrollBar()
        bar.setValue(self._next_page(bar.value()))
        return True

    def page_up(self) -> bool:
        """Turn the step's text back to the page before (the one page_down came from, counted
        from the text's start). False if the view is at the start of the text."""
        bar = self.scroll.verticalScrollBar()
        if not self.scroll.isVisible() or bar.value() <= bar.minimum():
            return False
        page = bar.minimum()
        while True:
            following = self._next_page(page)
            if following >= bar.value() or following <= page:
                break
            page = following
        bar.setValue(page)
        return True

    def _name_next(self, *_args) -> None:
        """Next says what it does: 'More text ▼' while the step's text goes on below the view,
        else Start (at the introduction) or Next (enabled while a step follows)."""
        if self.story is None:
            return
        if self.more_below():
            self.next_button.setText(self.tr("More te&xt ▼"))
            self.next_button.setEnabled(True)
            return
        # At the last step Next became disabled and the focus fell to Back: the Space that
        # had stepped through the round then went back a step. It says Finish instead.
        if self.at_end():
            self.next_button.setText(self.tr("F&inish ■"))
            self.next_button.setEnabled(True)
            return
        self.next_button.setText(self.tr("S&tart ▶") if self.index < 0 else self.tr("Ne&xt ▶"))
        self.next_button.setEnabled(self.index + 1 < len(self.story.steps))

    def next(self) -> None:
        """Apply the next step at once (Next and Page Down turn the text's pages first:
        forward)."""
        if self.story is not None and self.index + 1 < len(self.story.steps):
            self.go_to(self.index + 1)

    def back(self) -> None:
        """Apply the previous step (or go back to the introduction, leaving the sliders) at
        once (Back and Page Up turn the text's pages first: backward)."""
        if self.index > 0:
            self.go_to(self.index - 1)
        elif self.index == 0:
            self.index = -1
            self._show()

    def _follow(self, commit) -> None:
        """Ctrl+Z or redo brought another step's values back: show that step (nothing is
        applied): after Ctrl+Z of step 6 the panel still said 'Step 6 of 6' over step 5's
        sliders. Undo looks back from the step shown, redo forward (two steps may share their
        values, e.g. the baseline at steps 1 and 3)."""
        if commit.kind not in ("undo", "redo") or self.story is None or self.index < 0:
            return
        steps = self.story.steps
        matching = [k for k, step in enumerate(steps) if step.full_values() == commit.new]
        if not matching or self.index in matching:
            return
        if commit.kind == "undo":
            ahead = [k for k in matching if k < self.index][-1:]
        else:
            ahead = [k for k in matching if k > self.index][:1]
        self.index = ahead[0] if ahead else min(matching, key=lambda k: abs(k - self.index))
        self._show()

    def go_to(self, index: int) -> None:
        """Apply step `index` (0-based) as one undo step and show it."""
        step = self.story.steps[index]
        self.index = index
        self.controller.apply_values(step.full_values(), self.step_heading(index))
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
            self.narration.setText(figures_whole(text.storyline_text(story.description)))
            self.panels_label.clear()
        else:
            step = story.steps[self.index]
            self.counter.setText(self.tr("Step {0} of {1}").format(self.index + 1, total))
            self.title.setText(text.storyline_text(step.title))
            self.narration.setText(figures_whole(text.storyline_text(step.narration)))
            names = ", ".join(self.panel_title(p) for p in step.panels)
            self.panels_label.setText(self.tr("Look at: {0}").format(names) if names else "")
        self.back_button.setEnabled(self.index >= 0)
        self._show_chooser()
        self.scroll.verticalScrollBar().setValue(0)      # a new text is read from its start
        self._name_next()

    def set_presenting(self, presenting: bool) -> None:
        """Presentation mode began (True) or ended: while presenting, the story chooser is
        hidden while a step is shown (at the introduction it stays, to choose a story), and
        the step's texts take its room (at 1280 × 720 they had 174 px below the levers)."""
        self.presenting = bool(presenting)
        self._show_chooser()

    def _show_chooser(self) -> None:
        self.story_box.setVisible(not (self.presenting and self.index >= 0))

    def step_heading(self, index: int) -> str:
        """Step `index` (0-based) as the status bar and the undo list name it: 'Step 2: The
        power wall', or the title alone if it begins with the step's number ('2 · The power
        wall')."""
        title = text.storyline_text(self.story.steps[index].title)
        if re.match(rf"\s*{index + 1}\s*[·.:)–-]", title):
            return title
        return self.tr("Step {0}: {1}").format(index + 1, title)

    def current_step(self):
        """The step shown (None at the introduction)."""
        return None if self.story is None or self.index < 0 else self.story.steps[self.index]

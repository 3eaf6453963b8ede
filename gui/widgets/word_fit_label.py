"""WordFitLabel: a word-wrapped label whose longest word is never cut at its right edge.

A wrapped QLabel breaks lines between words only; a word wider than the label (German
'Finanzierungsbelastung' in a guided round's step title, presentation type, 1280 × 720) stood
out past the edge and was cut, and its minimum width widened the scroll area's page past the
view. This label is drawn in the largest smaller font (down to MIN_SCALE of its own) in which
its widest word fits; its minimum width is that word in the smallest such font.

Its font() is the font it was given (setFont: the storyline panel's larger title, presentation
mode's ×1.3 of it), not the one it is drawn in (drawn_font): presentation mode collects and
gives back fonts by font() and setFont, so a label drawn smaller for one step does not keep the
smaller font after it.
"""
from __future__ import annotations

import re
from typing import Optional

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QLabel

from .fit_label import shrink_to_fit

# where a wrapped label may break a line: at white space but a no-break space, and after a
# hyphen ('KI-Strombedarf')
BREAKS = re.compile(r"[^\S\u00a0]+|(?<=[-‐–])")


class WordFitLabel(QLabel):
    """A word-wrapped label drawn in a smaller font (never below MIN_SCALE of its own) when its
    widest word would not fit its width; see the module's docstring."""

    MIN_SCALE = 0.75        # never drawn below this share of its own font

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self._own: Optional[QFont] = None
        self.setWordWrap(True)

    # --- its own font and the one it is drawn in ------------------------------------------------
    def font(self) -> QFont:  # noqa: D401 - Qt's name
        """The font the label was given (setFont), else the one it has."""
        return QFont(self._own) if self._own is not None else super().font()

    def setFont(self, font: QFont) -> None:  # noqa: N802 - Qt's name
        """Give the label its font; it is drawn in it, or smaller where a word needs it."""
        self._own = QFont(font)
        self._fit()

    def drawn_font(self) -> QFont:
        """The font the label is drawn in (its own, or a smaller one: fitted_font)."""
        return super().font()

    def words(self) -> list[str]:
        """The label's text in the pieces a line cannot break (its words)."""
        return [w for w in BREAKS.split(self.text()) if w]

    def widest_word(self, font: QFont) -> float:
        """The width (pixels) of the label's widest word in `font`."""
        metrics = QFontMetricsF(font)
        return max((metrics.horizontalAdvance(w) for w in self.words()), default=0.0)

    def least_font(self) -> QFont:
        """The smallest font the label is drawn in: MIN_SCALE of its own."""
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * self.MIN_SCALE)
        return font

    def fitted_font(self) -> QFont:
        """Its own font, or the largest smaller one (STEP_POINTS apart, down to least_font) in
        which its widest word fits its width."""
        font = QFont(self.font())
        room = self.contentsRect().width() - 1
        points = font.pointSizeF()
        if room <= 0 or points <= 0 or self.widest_word(font) <= room:
            return font
        return shrink_to_fit(font, points, points * self.MIN_SCALE, room, self.widest_word)

    def _fit(self) -> None:
        if self._own is None:
            return
        fitted = self.fitted_font()
        if fitted != super().font():
            super().setFont(fitted)

    # --- Qt ---------------------------------------------------------------------------------
    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """Set the text and draw it in the font its words need."""
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A new width: the font its words need at that width."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """At most as wide as its widest word in least_font (a wrapped QLabel asks for its
        widest word in its own font, which widened the page it lies on past the view)."""
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        width = int(self.widest_word(self.least_font())) + 2 + margins.left() + margins.right()
        return QSize(min(hint.width(), width), hint.height())

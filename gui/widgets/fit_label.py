"""FitLabel: a one-line label that is drawn in a smaller font rather than clipped (headline
cards, the primary sliders' titles)."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QLabel


class FitLabel(QLabel):
    """A one-line label that never clips its text: when it is narrower than the text in its
    font, the text is drawn in the largest smaller font that fits (fitted_font). Its minimum
    width is the text at MIN_SCALE of the font, so layouts may squeeze it that far; its size
    hint is the whole text. The text is also its tooltip, unless a tooltip was set."""

    MIN_SCALE = 0.7

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self._own_tip = False

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """Set the text (and, unless a tooltip of its own was set, the tooltip). The same text
        again changes nothing: a new tooltip is an event through every application event
        filter, each time (issue 13: 18 of them in every slider step)."""
        if text == self.text():
            return
        super().setText(text)
        if not self._own_tip:
            super().setToolTip(text)

    def setToolTip(self, tip: str) -> None:  # noqa: N802 - Qt's name
        """A tooltip of its own (an empty one gives the text back as the tooltip)."""
        self._own_tip = bool(tip)
        super().setToolTip(tip or self.text())

    def text_width(self, font: QFont) -> float:
        """The text's width in `font`, in pixels."""
        return QFontMetricsF(font).horizontalAdvance(self.text())

    def fitted_font(self) -> QFont:
        """The font the text is drawn in: the label's own, or the largest smaller one (in
        steps of 0.25 pt) in which the text fits the label's width."""
        font = QFont(self.font())
        room = self.contentsRect().width()
        if not self.text() or self.text_width(font) <= room:
            return font
        points = font.pointSizeF()
        if points <= 0:                       # a pixel-sized font
            font.setPointSizeF(QFontMetricsF(font).height() * 0.75)
            points = font.pointSizeF()
        while points > 1 and self.text_width(font) > room:
            points -= 0.25
            font.setPointSizeF(points)
        return font

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        small = QFont(self.font())
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * self.MIN_SCALE)
        margins = self.contentsMargins()
        width = int(self.text_width(small)) + 1 + margins.left() + margins.right()
        return QSize(min(hint.width(), width), hint.height())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        font = self.fitted_font()
        if font == self.font():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setFont(font)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()),
                                  self.palette(), self.isEnabled(), self.text(),
                                  self.foregroundRole())
        painter.end()

"""A combo box whose shown choice, when wider than the box, ends in '…' rather than being cut.

Qt's combo box draws its current text clipped at the edge of its field, with no sign that more
follows (the guided round's story chooser read 'Die Geschichte der Quellen: Schu' in German
presentation type at 1280 × 720). Qt has no elide setting for a combo box, so `paintEvent`
repeats QComboBox's own (the style draws the frame and arrow, then the label) with the text
elided to the field the style gives it. The list it opens is as wide as its longest entry
(Qt's popup), so the whole text stays one click away; the owner may also set it as the tooltip.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter

ICON_GAP = 4          # pixels between an item's icon and its text (as Qt's styles leave)
EDGE = 2              # pixels the styles keep free inside the field (1 on each side)


class ElidedComboBox(QComboBox):
    """A non-editable QComboBox that shows its current text elided with '…' (shown_text)."""

    def shown_text(self) -> str:
        """The current text as drawn: whole if it fits the box's text field, else cut at the
        right with '…' so that it fits (the field's width in pixels, in the box's font)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self._elided(option)

    def _elided(self, option: QStyleOptionComboBox) -> str:
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        width = field.width() - EDGE
        if not option.currentIcon.isNull():
            width -= option.iconSize.width() + ICON_GAP
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight,
                                             max(width, 0))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Draw as QComboBox does, the label's text elided to its field (module docstring)."""
        if self.isEditable() or self.currentIndex() < 0:
            super().paintEvent(event)     # a line edit shows the text; no choice: placeholder
            return
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self._elided(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

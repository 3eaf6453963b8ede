"""TextSlot and ElidedLabel: the header texts that change at every slider step (the status
text, the verdict line) repaint themselves without relaying out the window (issue 13).

Qt relays out a label's parent layout, and every layout above it up to the main window,
whenever the label's text changes — QLabel.setText calls updateGeometry whether or not the
label's size changed, and only a widget of fixed width and height is spared. A TextSlot is the
label's place in the layout instead: a widget without a layout, holding the label at the slot's
size, that asks its own layout for room only when the height the label needs has changed."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QWidget


class TextSlot(QWidget):
    """The place of one label in a layout: the label fills the slot, whose width is the
    layout's to give (size policy Ignored) and whose height hint is the label's height for the
    slot's width (its heightForWidth when it wraps, else its size hint's height).

    The slot has no layout of its own, so a change of the label's text, font or style posts
    a LayoutRequest to the slot (what Qt does for the child of a widget without a layout)
    rather than relaying out the window; the slot then measures the label and calls
    updateGeometry only if the height it needs has changed (a wrapped sentence that needs
    another line, a new font). The slot hides and shows with its label."""

    def __init__(self, label: QLabel, parent=None):
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        label.installEventFilter(self)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._height = self.wanted_height()

    def wanted_height(self) -> int:
        """The height (pixels) the label needs at the slot's width; 0 when it is hidden."""
        if self.label.isHidden():
            return 0
        if self.label.hasHeightForWidth():
            return self.label.heightForWidth(self.width())
        return self.label.sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Any width (the layout's), the height the label needs at the current width."""
        return QSize(0, self._height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The label's own minimum height (one line for the verdict), at most the height hint."""
        return QSize(0, min(self._height, self.label.minimumSizeHint().height()))

    def refit(self) -> bool:
        """Measure the label again; ask the layout for the new height only if it changed.
        Returns True if it did."""
        height = self.wanted_height()
        if height == self._height:
            return False
        self._height = height
        self.updateGeometry()
        return True

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:     # the label's text, font or style
            self.refit()
            return True
        return super().event(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """The label hidden or shown: the slot follows (a hidden label takes no room)."""
        if watched is self.label and event.type() in (QEvent.Type.ShowToParent,
                                                        QEvent.Type.HideToParent):
            self.refit()
        return False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())
        self.refit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)          # no LayoutRequest reaches a hidden slot: measure now
        self.refit()


class ElidedLabel(QLabel):
    """A one-line plain-text label that, when narrower than its text, draws the text cut
    with '…' (line breaks shown as spaces) instead of clipping it mid-glyph; hovering it
    then shows the whole text. The tooltip is made when asked for, not at each setText (a new
    tooltip is an event through every application event filter). Its size hint is one line
    high whatever the text; in a TextSlot, its width never moves the layout."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def one_line(self) -> str:
        """The text with its line breaks as spaces."""
        return " ".join(self.text().splitlines())

    def shown_text(self) -> str:
        """The text as drawn: on one line, cut with '…' to the label's width."""
        return self.fontMetrics().elidedText(self.one_line(), Qt.TextElideMode.ElideRight,
                                             self.contentsRect().width() - 2 * self.margin())

    def is_elided(self) -> bool:
        """True if the label is too narrow for its whole text."""
        return self.shown_text() != self.text()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The whole text's width, one line high."""
        margins = self.contentsMargins()
        width = (self.fontMetrics().horizontalAdvance(self.one_line())
                 + margins.left() + margins.right() + 2 * self.margin())
        return QSize(width, super().minimumSizeHint().height()
                     if "\n" not in self.text() else self._one_line_height())

    def _one_line_height(self) -> int:
        margins = self.contentsMargins()
        return (self.fontMetrics().height() + margins.top() + margins.bottom()
                + 2 * self.margin())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.is_elided():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(),
                                            -self.margin(), -self.margin())
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), self.shown_text(), self.foregroundRole())
        painter.end()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and not self.toolTip():
            if self.is_elided():
                QToolTip.showText(event.globalPos(), self.text(), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

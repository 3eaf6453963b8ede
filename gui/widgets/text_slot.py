"""Slots and ElidedLabel: the header's parts that change at every slider step (the status
text, the verdict line, the headline strip) repaint themselves without relaying out the window
(issue 13).

Qt relays out a label's parent layout, and every layout above it up to the main window,
whenever the label's text changes — QLabel.setText calls updateGeometry whether or not the
label's size changed, and only a widget of fixed width and height is spared. A Slot is the
widget's place in the layout instead: a widget without a layout, holding the widget at the
slot's size, that asks its own layout for room only when what it needs has changed."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QWidget


class Slot(QWidget):
    """The place of one widget in a layout, holding it at the slot's size; subclasses say what
    the slot asks of its layout (`hints`). The slot has no layout of its own, so when the
    widget's text, font, style or own layout changes, Qt posts a LayoutRequest to the slot
    rather than relaying out the window; the slot then calls updateGeometry only if its hints
    changed. The slot hides and shows with the widget."""

    def __init__(self, widget: QWidget, parent=None):
        super().__init__(parent)
        self.widget = widget
        widget.setParent(self)
        widget.installEventFilter(self)
        self._hints = self.hints()

    def hints(self) -> tuple[QSize, QSize]:
        """The size hint and the minimum size hint (pixels) the slot gives its layout now."""
        raise NotImplementedError

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The size hint (pixels) measured at the last refit."""
        return self._hints[0]

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The minimum size hint (pixels) measured at the last refit."""
        return self._hints[1]

    def refit(self) -> bool:
        """Measure the widget again; ask the layout for room only if the hints changed.
        Returns True if they did."""
        hints = self.hints()
        if hints == self._hints:
            return False
        self._hints = hints
        self.updateGeometry()
        return True

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:     # the widget's text, font or layout
            self.refit()
            return True
        return super().event(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """The widget hidden or shown: the slot follows (a hidden widget takes no room)."""
        if watched is self.widget and event.type() in (QEvent.Type.ShowToParent,
                                                         QEvent.Type.HideToParent):
            self.setVisible(event.type() == QEvent.Type.ShowToParent)
        return False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.widget.setGeometry(self.rect())
        self.refit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)          # no LayoutRequest reaches a hidden slot: measure now
        self.refit()


class TextSlot(Slot):
    """The place of a label: any width (size policy Ignored: the layout's to give), the height
    the label needs at that width (its heightForWidth when it wraps, else its size hint's
    height); as its minimum, the label's own minimum height (one line for the verdict)."""

    def __init__(self, label: QLabel, parent=None):
        super().__init__(label, parent)
        self.label = label
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def hints(self) -> tuple[QSize, QSize]:
        """(0, the label's height at the slot's width), (0, its minimum height, at most that)."""
        label = self.widget
        height = (label.heightForWidth(self.width()) if label.hasHeightForWidth()
                  else label.sizeHint().height())
        return QSize(0, height), QSize(0, min(height, label.minimumSizeHint().height()))


class WidgetSlot(Slot):
    """The place of a widget with a layout of its own (the headline strip): the slot gives its
    layout the widget's own size policy, size hint and minimum size hint, so the window is laid
    out as if the widget were in it; but a change inside the widget (a card's new figure)
    relays out the widget only, and the window only when those hints changed."""

    def __init__(self, widget: QWidget, parent=None):
        super().__init__(widget, parent)
        self.setSizePolicy(widget.sizePolicy())

    def hints(self) -> tuple[QSize, QSize]:
        """The widget's own size hint and minimum size hint (pixels)."""
        return self.widget.sizeHint(), self.widget.minimumSizeHint()


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

"""FitLabel: a one-line label that is drawn in a somewhat smaller font rather than clipped, and
cut with '…' rather than drawn too small to read (headline cards, the primary sliders' titles)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF, QPainter
from PySide6.QtWidgets import QLabel

from ..memo import remember

STEP_POINTS = 0.25      # the font sizes a label tries, from its own down


def shrink_to_fit(font: QFont, points: float, least: float, room: float, width) -> QFont:
    """`font` at `points` points, or the largest size STEP_POINTS smaller at a time, never
    below `least` points, at which `width(font)` (pixels) is at most `room` (pixels): the
    search FitLabel (the whole text) and WordFitLabel (its widest word) share."""
    font = QFont(font)
    font.setPointSizeF(points)
    while points - STEP_POINTS >= least and width(font) > room:
        points -= STEP_POINTS
        font.setPointSizeF(points)
    return font


MEASURED_KEPT = 256     # texts a FitLabel keeps measured (FitLabel.drawn)


class FitLabel(QLabel):
    """A one-line label that never clips its text: when it is narrower than the text in its
    font, the text is drawn in the largest smaller font that fits (fitted_font), but never
    smaller than least_font (MIN_SCALE of its own font, at least MIN_PIXELS pixels high);
    what does not fit even then is cut with '…' (shown_text). Its minimum width is the text in
    least_font, so layouts may squeeze it that far; its size hint is the whole text. The text
    is also its tooltip, unless a tooltip was set."""

    MIN_SCALE = 0.8         # never drawn below this share of its own font...
    MIN_PIXELS = 11         # ...nor below this many pixels (the em height a projector shows)

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self._own_tip = False
        self._fitted: dict = {}             # (text, room, dpi) -> (font, fits whole, shown)
        self._least_width: dict = {}        # (text, dpi) -> its width in least_font
        self._together: tuple = ()          # labels drawn in one font (fit_together)
        self.setText(text)                  # (with its tooltip)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A new font or style: what was measured in the old one is measured again."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.ApplicationFontChange):
            self._fitted.clear()
            self._least_width.clear()
        super().changeEvent(event)

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

    def _points(self, font: QFont) -> float:
        """`font`'s size in points (a pixel-sized font converted at the label's resolution)."""
        if font.pointSizeF() > 0:
            return font.pointSizeF()
        return QFontInfo(font).pixelSize() * 72.0 / max(1, self.logicalDpiY())

    def least_font(self) -> QFont:
        """The smallest font the text is drawn in: MIN_SCALE of the label's font, and at least
        MIN_PIXELS pixels (converted to points at the label's resolution)."""
        font = QFont(self.font())
        own = self._points(font)
        floor = self.MIN_PIXELS * 72.0 / max(1, self.logicalDpiY())
        font.setPointSizeF(min(own, max(own * self.MIN_SCALE, floor)))
        return font

    def fitted_font(self) -> QFont:
        """The font the text is drawn in: the label's own, or the largest smaller one (in
        steps of STEP_POINTS, down to least_font) in which the text fits the label's width."""
        font = QFont(self.font())
        room = self.contentsRect().width()
        if not self.text() or self.text_width(font) <= room:
            return font
        least = self.least_font().pointSizeF()
        font = shrink_to_fit(font, self._points(font), least, room, self.text_width)
        if self.text_width(font) > room:
            font.setPointSizeF(least)
        return font

    def shown_text(self) -> str:
        """The text as drawn: whole, or cut with '…' where it does not fit in least_font."""
        return QFontMetricsF(self.fitted_font()).elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def is_elided(self) -> bool:
        """True if the label is too narrow for its text even in least_font."""
        return self.shown_text() != self.text()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        key = (self.text(), self.logicalDpiY())
        least = self._least_width.get(key)
        if least is None:
            least = remember(self._least_width, key, self.text_width(self.least_font()),
                             MEASURED_KEPT)
        width = int(least) + 1 + margins.left() + margins.right()
        return QSize(min(hint.width(), width), hint.height())

    def drawn(self) -> tuple:
        """(the font the text is drawn in, True if that is the label's own, the text as drawn):
        fitted_font and shown_text, measured once for each text and width (a headline card
        is painted again with each figure a drag shows, and comes back to the same ones)."""
        key = (self.text(), self.contentsRect().width(), self.logicalDpiY())
        drawn = self._fitted.get(key)
        if drawn is None:
            font = self.fitted_font()
            drawn = remember(self._fitted, key, (font, font == self.font(), self.shown_text()),
                             MEASURED_KEPT)
        return drawn

    def shown(self) -> tuple:
        """(the font the text is drawn in, True if that is the label's own, the text as drawn):
        drawn(), or the smallest font of the labels it is fitted together with (fit_together),
        if that is smaller."""
        font, own, shown = self.drawn()
        sizes = [label.drawn()[0].pointSizeF() for label in self._together]
        smallest = min((size for size in sizes if size > 0), default=0.0)
        if 0 < smallest < font.pointSizeF():
            font = QFont(font)
            font.setPointSizeF(smallest)
            own = False
            shown = QFontMetricsF(font).elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                                   self.contentsRect().width())
        return font, own, shown

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A new width may change the font of the labels fitted together with this one."""
        super().resizeEvent(event)
        for label in self._together:
            if label is not self:
                label.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        font, own, shown = self.shown()
        if own:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setFont(font)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()),
                                  self.palette(), self.isEnabled(), shown,
                                  self.foregroundRole())
        painter.end()


def fit_together(labels) -> None:
    """Draw `labels` (FitLabels of one font) in one font: the smallest any of them needs. The
    primary sliders' titles: in German in a 1920 × 1080 presentation 'Investitionswachstum' and
    'Monetarisierungstempo' were drawn smaller to fit, 'Stromausbau' in the full size below
    them, and the three levers looked unequal."""
    labels = tuple(labels)
    for label in labels:
        label._together = labels
        label.update()

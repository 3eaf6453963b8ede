"""Text the chart widgets draw with QPainter, recorded as it is drawn: a chart's `painted` list
holds the strings of its last paint, so tests can read what a painted chart shows (the German
test checks its numbers: tests/test_i18n_painted.py)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QPainter


def draw_text(painter: QPainter, rect: QRectF, flags, text: str, painted: list) -> None:
    """Draw `text` in `rect` (pixels) with alignment `flags` and append it to `painted`."""
    painted.append(text)
    painter.drawText(rect, flags, text)


WHOLE_WORDS_KEPT = 0.6     # cut between words while that keeps this share of the letters a
                           # cut inside a word would (less: '… 2024' for four regions alike)


def elided_label(metrics: QFontMetrics, text: str, width: int) -> str:
    """`text` cut to `width` pixels with '…' in the middle: labels that begin alike ('AI power
    capacity China 2024', '… EU 2024') keep the end that tells them apart. Whole words are left
    out ('… Investitionsschubs', not 'Halbwertszeit …stitionsschubs': the projector review
    found a German word cut in the 'Why?' chart) unless that keeps too little of the text
    (WHOLE_WORDS_KEPT); then the cut falls inside a word."""
    width = max(0, int(width))
    cut = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width)
    if cut == text:
        return text
    words = text.split(" ")
    best = ""
    for tail in range(len(words), 0, -1):           # more words at the end first
        for head in range(len(words) - tail, -1, -1):
            if head + tail >= len(words):
                continue
            shown = " ".join(words[:head] + ["…"] + words[len(words) - tail:])
            if (metrics.horizontalAdvance(shown) <= width
                    and len(shown.replace(" ", "")) > len(best.replace(" ", ""))):
                best = shown
    letters = len(cut.replace(" ", "")) - 1         # (without the '…')
    if best and len(best.replace(" ", "")) - 1 >= WHOLE_WORDS_KEPT * letters:
        return best
    return cut


class HeightFollowsFontAndWidth:
    """Mixin for a painted chart (put before QWidget in its bases) whose height follows its font
    and its width: it calls the chart's `_fit_height()` when the font changes (presentation
    type) and when the width changes (names stand above their bars when they do not fit)."""

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Refit the height when the font changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Refit the height when the width changes."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()             # (stacked or not follows the width)

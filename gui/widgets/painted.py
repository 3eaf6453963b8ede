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


def elided_label(metrics: QFontMetrics, text: str, width: int) -> str:
    """`text` cut to `width` pixels with '…' in the middle: labels that begin alike ('AI power
    capacity China 2024', '… EU 2024') keep the end that tells them apart."""
    return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, max(0, int(width)))


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

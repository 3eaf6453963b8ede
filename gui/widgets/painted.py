"""Text the chart widgets draw with QPainter, recorded as it is drawn: a chart's `painted` list
holds the strings of its last paint, so tests can read what a painted chart shows (the German
test checks its numbers: tests/test_i18n_painted.py)."""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter


def draw_text(painter: QPainter, rect: QRectF, flags, text: str, painted: list) -> None:
    """Draw `text` in `rect` (pixels) with alignment `flags` and append it to `painted`."""
    painted.append(text)
    painter.drawText(rect, flags, text)

"""Colours: the Okabe-Ito palette (colour-blind safe, survives a projector) and the pen and
brush choices derived from the system palette, so plots work on dark and light themes."""
from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

BLUE = "#0072B2"
VERMILLION = "#D55E00"
ORANGE = "#E69F00"
GREEN = "#009E73"
SKY = "#56B4E9"
PURPLE = "#CC79A7"
YELLOW = "#F0E442"
BASELINE_GREY = "#8C8C8C"
PROBLEM_RED = "#C0392B"        # a problem with the user's input (snapshot name, code, folder)
# Compare curves (snapshots): told apart by colour AND dash pattern, so that they stay apart
# on a projector, in grey and for colour-blind eyes: Paul Tol's high-contrast and muted
# colour-blind-safe colours, of different lightness (dark indigo, ochre, wine, teal), and
# four dash patterns (in pen widths: long dashes, dots, dash-dot, dash-dot-dot).
COMPARE = ("#332288", "#DDAA33", "#AA3377", "#44AA99")
COMPARE_DASHES = ((5, 2), (0.5, 2), (5, 2, 0.5, 2), (3, 2, 0.5, 2, 0.5, 2))


def is_dark() -> bool:
    """True when the application palette has a dark window background."""
    app = QApplication.instance()
    palette = app.palette() if app else QPalette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def muted_text() -> str:
    """The grey of secondary text (a hint, a note, a step counter) on the current palette:
    at least 4.5:1 against its ground (WCAG AA). BASELINE_GREY is for lines: as text it was
    about 3:1 on the light window, less on a projector."""
    return "#A6A6A6" if is_dark() else "#666666"


def foreground() -> QColor:
    """Text and axis colour of the current palette."""
    app = QApplication.instance()
    palette = app.palette() if app else QPalette()
    return palette.color(QPalette.ColorRole.WindowText)


def background() -> QColor:
    """Plot background: the palette's base colour (white on light themes)."""
    app = QApplication.instance()
    palette = app.palette() if app else QPalette()
    return palette.color(QPalette.ColorRole.Base)


def better_worse() -> tuple[str, str]:
    """Colours for 'better' and 'worse' than the baseline, readable on the current palette."""
    return (SKY, ORANGE) if is_dark() else (BLUE, VERMILLION)


def with_alpha(color: str | QColor, alpha: int) -> QColor:
    """`color` with the given alpha (0-255)."""
    c = QColor(color)
    c.setAlpha(alpha)
    return c


def color_text(widget: QWidget, color: str | QColor | None, bold: bool = False) -> None:
    """Draw `widget`'s text in `color` (None: the palette's own), bold if asked, without a
    style sheet: a label styled by a style sheet keeps the type it had when it was polished,
    so in presentation mode a dialog's grey hint stayed at 9 pt beside 17.5 pt text, and a
    headline change that lost its colour there fell back to 9 pt. The colour goes into the
    widget's palette (only its text roles: the rest follows the application's palette), the
    weight into a font that sets nothing else (the size is still its parent's)."""
    if color is None:              # the palette's own colours, followed when they change
        widget.setPalette(QPalette())
    else:
        palette = QPalette()
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, QColor(color))
        widget.setPalette(palette)
    font = QFont()
    if bold:
        font.setBold(True)         # (only the weight is set: the size follows the parent's)
    widget.setFont(font)

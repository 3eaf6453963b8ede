"""The size of a dialog of the explorer's for the type it is drawn in: presentation mode's
larger type (1.3 to 1.95 times the normal) reaches a dialog through WA_WindowPropagation, but
its size stayed that of the normal type, so its wrapped text was cut or its list scrolled."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

SCREEN_SHARE = 0.9           # a dialog grows with larger type up to this share of its screen


def type_scale(widget: QWidget) -> float:
    """How many times larger than the application's type `widget` draws its text (at least 1)."""
    normal = QApplication.font().pointSizeF()
    points = widget.font().pointSizeF()
    if normal <= 0 or points <= 0:
        return 1.0
    return max(1.0, points / normal)


def size_for_type(widget: QWidget, base: tuple[int, int]) -> QSize:
    """`base` (width, height in pixels, for the normal type) grown with `widget`'s type, then,
    if its layout needs more height at that width for its wrapped labels, that height; within
    SCREEN_SHARE of the screen's available room."""
    scale = type_scale(widget)
    width, height = round(base[0] * scale), round(base[1] * scale)
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = (screen.availableGeometry().size() * SCREEN_SHARE if screen is not None
            else QSize(width, height))
    width = min(width, room.width())
    layout = widget.layout()
    if layout is not None:
        width = max(width, min(layout.totalMinimumSize().width(), room.width()))
        need = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                else layout.totalSizeHint().height())
        height = max(height, need)
    return QSize(width, min(height, room.height()))


class TypeFitted:
    """Mixed into a dialog of the explorer's (before QDialog): its `fit_to_type` runs when it is
    shown and whenever its type changes while it is shown (a hidden window's new size is lost on
    showing); `new_type()` tells `fit_to_type` whether the type differs from the one it was last
    fitted to."""

    _fitted_points = 0.0        # the point size the window was last fitted to

    def new_type(self) -> bool:
        """True (and the point size recorded) if the window's type is not the one it was last
        fitted to."""
        points = self.font().pointSizeF()
        if points <= 0 or points == self._fitted_points:
            return False
        self._fitted_points = points
        return True

    def fit_to_type(self) -> None:
        """Size the window for its type (each dialog says how)."""
        raise NotImplementedError

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A new type (presentation mode) while shown: fit the window to it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.isVisible():
            self.fit_to_type()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Shown after the type changed: fit the window to it now."""
        super().showEvent(event)
        self.fit_to_type()

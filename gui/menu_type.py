"""Every menu takes the type of the window it opens over: a menu is a window of its own, which
takes the application's type (9 pt) unless it has Qt.WA_WindowPropagation; in presentation mode
the explorer's type is 1.3 to 1.95 times that, and a menu in 9 pt below it was the smallest text
the room saw. One application event filter sets the attribute on every QMenu when Qt first
polishes it (before it is shown): the menu bar's menus, the context menus the features make when
they open, and the standard context menus Qt makes for text fields. (Each context menu set it
itself before, and a text field's menu, made by Qt, was left out.) install(app) as plain_text.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QMenu

from .plain_text import install_once


class _MenusTakeWindowType(QObject):
    """Application event filter: a QMenu gets WA_WindowPropagation when Qt first polishes it
    (setting the attribute resolves its font from its parent widget's at once). Only Polish
    events are looked at."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Polish and isinstance(watched, QMenu) \
                and not watched.testAttribute(Qt.WidgetAttribute.WA_WindowPropagation):
            watched.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        return False


_filter: Optional[_MenusTakeWindowType] = None


def install(app: Optional[QApplication] = None) -> None:
    """Make every menu of `app` (the running QApplication) take its window's type; calling it
    again does nothing."""
    global _filter
    _filter = install_once(_filter, app, _MenusTakeWindowType)

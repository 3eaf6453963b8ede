"""A focus ring a room can see: while the keyboard drives the window, a thick ring lies around
the control that has the keyboard focus.

Why: the window's style marks the focus with a one-pixel tint (a slider's handle, a button's
edge, nothing at all on the snapshot list); on a projector nobody (the facilitator included)
could tell which control Tab had reached, and Space opened a menu where a snapshot was meant to
be ticked (a keyboard dry run in German at 1280 x 720).

As a browser's :focus-visible: the ring shows when the focus arrives by Tab, Shift+Tab or a
shortcut, or when a key is pressed; a mouse click hides it (the pointer shows where the hand
is). It is one small widget per top-level window (the main window, a floating dock, a dialog),
transparent for the mouse, never taking the focus, drawn over the focused control's visible
part (a control half scrolled away is ringed where it shows) and following it while it moves.

Tab and Shift+Tab pass over controls that do not show: with the snapshot panel and the tornado
as tabs below the sliders, Tab went on from the tornado into the buttons and list of the panel
behind it (Qt moves a hidden tab's dock out of sight, it stays 'visible'): five presses with
the focus nowhere to be seen.
"""
from __future__ import annotations

from typing import Optional

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QMenuBar, QWidget

from .. import palette

RING_WIDTH = 3            # px: the ring's pen, seen from the back of a room
RING_GAP = 2              # px between the control and the ring
FOLLOW_MS = 150           # how often a shown ring checks where its control is now
KEY_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
               Qt.FocusReason.ShortcutFocusReason)
MOST_SKIPPED = 200        # controls one Tab may pass over (a guard; the chain is far shorter)


def shown_rect(widget: QWidget) -> QRect:
    """The part of `widget` that shows in its top-level window, in that window's coordinates:
    its rectangle cut by every parent's (empty for a control in a dock that lies behind
    another as a tab, or scrolled out of sight; a hidden widget shows nothing)."""
    if not widget.isVisible():
        return QRect()
    rect = widget.rect()
    current = widget
    while not current.isWindow() and current.parentWidget() is not None:
        rect = rect.translated(current.pos()).intersected(current.parentWidget().rect())
        current = current.parentWidget()
        if rect.isEmpty():
            return QRect()
    return rect


class Ring(QWidget):
    """The ring itself: a child of one top-level window, drawn around `rect` (its window's
    coordinates)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def surround(self, rect: QRect) -> None:
        """Lie around `rect` (parent coordinates), above every sibling."""
        margin = RING_WIDTH + RING_GAP
        self.setGeometry(rect.adjusted(-margin, -margin, margin, margin)
                         .intersected(self.parentWidget().rect()))
        self.raise_()
        self.show()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(palette.ORANGE if palette.is_dark() else palette.VERMILLION))
        pen.setWidth(RING_WIDTH)
        painter.setPen(pen)
        half = RING_WIDTH // 2 + 1
        painter.drawRoundedRect(self.rect().adjusted(half, half, -half, -half), 4, 4)


class FocusRing(QObject):
    """Shows a Ring around the keyboard focus while the keyboard is in use (module doc)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._rings: dict[int, Ring] = {}        # id(top-level window) -> its ring
        self._target: Optional[QWidget] = None   # the control ringed
        self._timer = QTimer(self)
        self._timer.setInterval(FOLLOW_MS)
        self._timer.timeout.connect(self.place)
        self._skipped = 0                        # controls passed over since the last shown one
        QApplication.instance().installEventFilter(self)

    # --- what the keyboard and the mouse do -------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            if event.reason() in (Qt.FocusReason.TabFocusReason,
                                  Qt.FocusReason.BacktabFocusReason) and self.mine(watched) \
                    and shown_rect(watched).isEmpty():
                forward = event.reason() == Qt.FocusReason.TabFocusReason
                QTimer.singleShot(0, lambda w=watched: self._pass_over(w, forward))
            elif event.reason() in KEY_REASONS:
                self.show_for(watched)
            elif event.reason() == Qt.FocusReason.MouseFocusReason:
                self.hide()
            elif self._target is not None:
                self.show_for(watched)          # focus moved on while the ring was shown
        elif kind == QEvent.Type.KeyPress and event.key() not in (
                Qt.Key.Key_Alt, Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Meta):
            QTimer.singleShot(0, self.window, self._after_key)
        elif kind == QEvent.Type.MouseButtonPress and self._target is not None:
            self.hide()
        return False

    def _pass_over(self, widget: QWidget, forward: bool) -> None:
        """Tab reached `widget`, which does not show: go on to the next control (the next
        FocusIn comes back here while it does not show either, at most MOST_SKIPPED times)."""
        if not shiboken6.isValid(widget) or QApplication.focusWidget() is not widget:
            return
        self._skipped += 1
        if self._skipped > MOST_SKIPPED:
            return
        widget.window().focusNextPrevChild(forward)

    def _after_key(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None:
            self.show_for(focus)

    # --- showing ----------------------------------------------------------------------------
    def mine(self, widget: QWidget) -> bool:
        """True if `widget` lies in this window or in a window that belongs to it (a dialog or
        a floating dock of it)."""
        top = widget.window()
        while top is not None:
            if top is self.window:
                return True
            parent = top.parentWidget()
            top = parent.window() if parent is not None else None
        return False

    def show_for(self, widget: QWidget) -> None:
        """Ring `widget` (the keyboard focus) if it is this window's."""
        if not shiboken6.isValid(widget) or not self.mine(widget) or isinstance(widget, QMenuBar):
            self.hide()          # (the menu bar marks its own focus: a ring framed all of it)
            return
        self._skipped = 0
        self._target = widget
        self.place()
        self._timer.start()

    def hide(self) -> None:
        """No ring (the mouse is in use, or the focus left the window)."""
        self._target = None
        self._timer.stop()
        for ring in self._live_rings():
            ring.hide()

    def place(self) -> None:
        """Put the ring around the target's visible part now (hidden if none shows)."""
        target = self._target
        if target is None or not shiboken6.isValid(target):
            self.hide()
            return
        top = target.window()
        ring = self.ring_of(top)
        for other in self._live_rings():
            if other is not ring:
                other.hide()
        shown = shown_rect(target)
        if shown.isEmpty() or not target.hasFocus():
            ring.hide()
            if not target.hasFocus():
                self._target = None
                self._timer.stop()
            return
        ring.surround(shown)

    def ring_of(self, top: QWidget) -> Ring:
        """The ring of the top-level window `top` (made on first need)."""
        ring = self._rings.get(id(top))
        if ring is None or not shiboken6.isValid(ring) or ring.parentWidget() is not top:
            ring = Ring(top)
            self._rings[id(top)] = ring
        return ring

    def _live_rings(self) -> list[Ring]:
        self._rings = {key: ring for key, ring in self._rings.items() if shiboken6.isValid(ring)}
        return list(self._rings.values())

    def ring(self) -> Optional[Ring]:
        """The ring shown now (None if none is)."""
        return next((r for r in self._live_rings() if r.isVisible()), None)


def install(window) -> FocusRing:
    """Ring the keyboard focus of `window` and its dialogs while the keyboard is in use."""
    return FocusRing(window)

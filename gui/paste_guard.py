"""A paste larger than a typed field takes is refused aloud, not cut without a word.

Qt cuts a pasted or dropped text at a line edit's maxLength (32,767 characters unless the
field sets less: a snapshot name takes 200), so a page pasted into the name box kept its first
200 characters, and a 10 MB clipboard in the Explore condition was quoted back as if the user
had typed 32,767 characters. `install(app)` (once, like plain_text.install) gives every
QLineEdit and QPlainTextEdit of the application, when Qt first polishes it, a filter that
checks the clipboard before a paste (the Paste key, the context menu's Paste), the X11
selection before a middle-click paste, and the text of a drop: a longer one is not pasted, and the field says so in a tooltip naming the clipboard's
length and the field's limit in the locale's digits (gui/format.py); `refused` carries the
same message to the field's owner, which says it where it says the field's other refusals
(`is_for`: a value box's in the status line, the Explore condition's and counts' in the
panel's message line; such an owner `claim`s the box). Every other field of the window and of
its dialogs (a snapshot's name and note, the scenario code, the goal-seek target) has it said
in the window's status line, one shared path (MainWindow._paste_refused). A spin box (a
value box) is guarded itself, since it hands its keys to its line edit past that one's filter,
and a field's standard context menu has its Paste checked whoever builds it (a spin box adds
Step up / Step down to its line edit's menu and calls paste() from it). A plain-text box
wraps at word boundaries only (see _SLOW_WRAP: a note that is one long word froze the window).

A plain-text box (the snapshot note) takes at most model.limits.SNAPSHOT_MAX_NOTE_CHARS, the
longest note a snapshot keeps. The middle-click paste (X11's selection, QClipboard.Selection)
is inserted by Qt when the middle button is released over an editable field, where the
clipboard supports a selection: that release is checked like the Paste key (a 300-character
selection middle-clicked into the 200-character name box kept 200 without a word; a note box
took 1,000,010 characters). A read-only field pastes nothing and is left alone.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeySequence, QTextOption
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QLineEdit, QMenu,
                               QPlainTextEdit, QToolTip, QWidget)

from model.limits import SNAPSHOT_MAX_NOTE_CHARS

from . import format as fmt
from . import plain_text

# The Qt properties the guard keeps on the fields and menus it watches: the one home of their
# names (nothing else sets or reads them but through these names).
REFUSED_PROPERTY = "pasteRefused"      # the last refusal's message, on the field (for tests)
GUARDED_PROPERTY = "pasteGuarded"      # the field has the guard's filter
CHECKED_PROPERTY = "pasteChecked"      # a context menu's Paste checks the clipboard first
CLAIMED_PROPERTY = "pasteRefusalClaimed"   # the field's owner says its refusals (claim)
_PASTE_ACTION = "edit-paste"           # the object name Qt gives its context menus' Paste


def limit(field: QWidget) -> int:
    """The most characters `field` takes in one paste: a line edit's maxLength, a plain-text
    box's SNAPSHOT_MAX_NOTE_CHARS."""
    if isinstance(field, QLineEdit):
        return field.maxLength()
    return SNAPSHOT_MAX_NOTE_CHARS


def room(field: QWidget) -> int:
    """How many characters a paste may still add to `field`: its limit less the text it keeps
    (a paste replaces the selection, so the selected characters do not count)."""
    if isinstance(field, QLineEdit):
        kept = len(field.text()) - len(field.selectedText())
    else:
        kept = len(field.toPlainText()) - len(field.textCursor().selectedText())
    return max(0, limit(field) - kept)


def refusal(length: int, most: int, left: int) -> str:
    """The message for a paste of `length` characters into a field taking at most `most`, of
    which `left` are still free: the field's limit when the paste alone is longer, else the
    room its text leaves."""
    if length > most:
        return QCoreApplication.translate(
            "PasteGuard", "The pasted text holds {0} characters; this field takes at most {1}, so "
            "nothing was pasted.").format(fmt.count(length), fmt.count(most))
    return QCoreApplication.translate(
        "PasteGuard", "The pasted text holds {0} characters; with the text already in this field "
        "there is room for {1} more (it takes at most {2}), so nothing was pasted.").format(
        fmt.count(length), fmt.count(left), fmt.count(most))


class _Guard(QObject):
    """The filter on each field (and a plain-text box's viewport, which gets its mouse and
    drop events)."""

    refused = Signal(QWidget, str)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ContextMenu, QEvent.Type.Drop,
                        QEvent.Type.MouseButtonRelease):
            return False
        if isinstance(watched, QAbstractSpinBox) and kind != QEvent.Type.KeyPress:
            return False            # its line edit gets the mouse and the drops itself
        field = _field_of(watched)
        if field is None or field.isReadOnly():
            return False
        if kind == QEvent.Type.MouseButtonRelease:
            # Qt inserts the X11 selection on this release (QLineEdit, QWidgetTextControl)
            if event.button() != Qt.MouseButton.MiddleButton:
                return False
            clipboard = QGuiApplication.clipboard()
            return clipboard.supportsSelection() and not self.allows(
                field, clipboard.text(QClipboard.Mode.Selection))
        if kind == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Paste):
                return not self.allows(field, QGuiApplication.clipboard().text())
            return False
        if kind == QEvent.Type.Drop:
            data = event.mimeData()
            return data is not None and data.hasText() and not self.allows(field, data.text())
        return self._menu(field, event.globalPos())

    def allows(self, field: QWidget, text: str) -> bool:
        """True if `text` fits `field` beside the text it keeps (Qt would cut the rest without a
        word); else says why (tooltip, `refused`) and returns False."""
        most, left = limit(field), room(field)
        if len(text) <= left:
            return True
        message = refusal(len(text), most, left)
        field.setProperty(REFUSED_PROPERTY, message)
        QToolTip.showText(field.mapToGlobal(QPoint(0, field.height())), message, field)
        self.refused.emit(field, message)
        return False

    def check_menu(self, menu: QMenu, field: QWidget) -> None:
        """Make the Paste of `menu`, a standard context menu of `field`, check the clipboard
        first (Qt's calls field.paste() directly)."""
        for action in menu.actions():
            if action.objectName() == _PASTE_ACTION and not action.property(CHECKED_PROPERTY):
                action.setProperty(CHECKED_PROPERTY, True)
                action.triggered.disconnect()
                action.triggered.connect(lambda _=False, f=field: self._paste(f))

    def _menu(self, field: QWidget, where: QPoint) -> bool:
        """The field's own context menu, its Paste checked first."""
        menu = field.createStandardContextMenu()
        self.check_menu(menu, field)
        menu.exec(where)
        menu.deleteLater()
        return True

    def _paste(self, field: QWidget) -> None:
        if self.allows(field, QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard)):
            field.paste()


def is_for(field: QWidget, box: QWidget) -> bool:
    """True if `field`, as `refused` names it, is the one a paste into `box` goes to: `box`
    itself, or the line edit of `box` when it is a spin box (a value box, a count). The owner
    of a box says a refused paste where it says the box's other refusals (the status line, a
    panel's message line)."""
    return field is not None and _field_of(box) is field


def claim(box: QWidget) -> None:
    """The owner of `box` (a line edit, a plain-text box or a spin box) says a refused paste
    into it itself, in its own words (a value box names its parameter and the value that stays;
    the Explore dock uses its message line): `says_itself` is True for it, and the window's
    shared path (the status line, MainWindow) leaves it to the owner."""
    field = _field_of(box)
    if field is not None:
        field.setProperty(CLAIMED_PROPERTY, True)


def says_itself(field: QWidget) -> bool:
    """True if the owner of `field` (as `refused` names it) says its refused pastes (claim);
    else the window says them in its status line."""
    return bool(field is not None and field.property(CLAIMED_PROPERTY))


def _field_of(watched: QObject) -> Optional[QWidget]:
    if isinstance(watched, (QLineEdit, QPlainTextEdit)):
        return watched
    if isinstance(watched, QAbstractSpinBox):
        return watched.findChild(QLineEdit)
    parent = watched.parent()
    if isinstance(parent, QPlainTextEdit) and watched is parent.viewport():
        return parent
    return None


# Qt's default wrap for a plain-text box breaks a word longer than a line anywhere, and finding
# where costs time growing with the square of the word: a 999,000-character note without a
# space, pasted (it fits the note's limit) or in a snapshot file, froze the window for 75 s and
# 33 s per resize. Wrapping at word boundaries only lays it out in 0.26 s; such a word then runs
# on to the right (the box scrolls), ordinary text wraps as before.
_SLOW_WRAP = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere

# A spin box (a value box, the number of scenarios) has the keyboard focus and hands its keys to
# its line edit by a direct call, which that line edit's filter never sees: a 40,000-character
# Ctrl+V into a value box was cut to 32,767 and quoted as typed. The spin box is guarded itself.
_GUARDED = (QLineEdit, QPlainTextEdit, QAbstractSpinBox)


class _OnPolish(QObject):
    """Application filter: a QLineEdit, QPlainTextEdit or spin box gets the guard when first
    polished."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.guard = _Guard(parent)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Polish and isinstance(watched, _GUARDED) \
                and not watched.property(GUARDED_PROPERTY):
            watched.setProperty(GUARDED_PROPERTY, True)
            watched.installEventFilter(self.guard)
            if isinstance(watched, QPlainTextEdit):
                watched.viewport().installEventFilter(self.guard)
                if watched.wordWrapMode() == _SLOW_WRAP:
                    watched.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        elif event.type() == QEvent.Type.Polish and isinstance(watched, QMenu) \
                and isinstance(watched.parent(), (QLineEdit, QPlainTextEdit)):
            # a field's standard context menu made by someone else: a spin box builds its
            # line edit's menu itself (with Step up/down), and its Paste called paste() unchecked
            self.guard.check_menu(watched, watched.parent())
        return False


guard: Optional[_Guard] = None
_polish: Optional[_OnPolish] = None


def install(app: Optional[QApplication] = None) -> None:
    """Guard every typed field of `app` (the running QApplication); calling it again does
    nothing."""
    global guard, _polish
    _polish = plain_text.install_once(_polish, app, _OnPolish)
    if _polish is not None:
        guard = _polish.guard

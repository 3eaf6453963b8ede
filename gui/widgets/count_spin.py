"""A spin box for a count (the Explore dock's number of scenarios) that never changes a typed
number silently.

Qt's QSpinBox refuses, keystroke by keystroke, what cannot become a value in range: with a
maximum of 1,000,000, typing "2000000" left "200000" (a tenth of the run asked for), and "10"
under a minimum of 16 was put back to the previous value without a word. This box keeps any
typed whole number until Enter or focus-out, then takes it (in range) or keeps the previous
value and emits `rejected(typed_text)`, for the owner to say what was typed and what is
allowed. Group separators are read in the interface language ('1.000' in German, '1,000' in
English), and so are spaces that group thousands, by the value boxes' one rule (value_spin.spaceless:
'10 000'; '20 48' and '10<tab>000' are no number); a letter typed is refused at the keystroke, a pasted text
that is no whole number is kept and refused like a typed one.
"""
from __future__ import annotations

import re
from typing import Optional

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox

from .value_spin import RefusalReporter, as_typed, spaceless

_COUNT_CHARS = re.compile(r"^[\s0-9.,'\u00a0\u202f]*$")


def parse_count(text: str, locale: QLocale) -> Optional[int]:
    """The whole number typed in `text` (ASCII digits, `locale`'s group separator allowed, a
    space between digits only as a thousands separator: '10 000'), or None."""
    cleaned = spaceless(text)        # the value boxes' rule: '20 48' was read as 2048, '1\t2' as 12
    if not cleaned or not _COUNT_CHARS.match(cleaned):
        return None
    if re.fullmatch(r"[0-9]{1,12}", cleaned):
        return int(cleaned)
    value, ok = locale.toLongLong(cleaned)
    return int(value) if ok and value >= 0 else None


class CountSpinBox(RefusalReporter, QSpinBox):
    """QSpinBox that keeps a typed out-of-range or unreadable count visible until it is
    committed, then refuses it aloud: `rejected(typed_text)` (the previous value stays)."""

    rejected = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToPreviousValue)
        # The value changes on commit only: with tracking, "200000" on the way to "2000000"
        # became the value, and the refusal kept that instead of the number before typing.
        self.setKeyboardTracking(False)
        self._watch_typing()
        # The wheel turns the box only once it has the focus (clicked or tabbed into), as the
        # sliders: scrolling the Explore dock over it turned 'none' processes into 2.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Turn the count only with the focus; else the wheel scrolls what holds the box."""
        if not self.hasFocus():
            event.ignore()
            return
        super().wheelEvent(event)

    def validate(self, text: str, pos: int):  # noqa: N802 - Qt's name
        """Acceptable: a whole number in range. Intermediate: anything that may still become
        one, a number out of range, or a pasted text (refused on commit). Invalid: a letter or
        symbol typed."""
        special = self.specialValueText()
        if special and text.strip() == special:          # the minimum's word ('none')
            return QValidator.State.Acceptable
        if special and special.startswith(text.strip()) and text.strip():
            return QValidator.State.Intermediate         # on the way to typing it
        if not _COUNT_CHARS.match(as_typed(text)):
            return QValidator.State.Intermediate if self._inserted(text) > 1 \
                else QValidator.State.Invalid
        value = parse_count(text, self.locale())
        if value is not None and self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable
        return QValidator.State.Intermediate

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's name
        """The typed count (the minimum for its special word, e.g. 'none'), or the current value
        if the text is not one."""
        if self.specialValueText() and text.strip() == self.specialValueText():
            return self.minimum()
        value = parse_count(text, self.locale())
        return self.value() if value is None else value

    def fixup(self, text: str):  # noqa: N802 - Qt's name
        """Called by Qt when the text cannot be taken as it is: remember it, to say so once the
        box has put the previous value back (see `event`)."""
        if text.strip():
            self._refused = text.strip()
        return text

    def event(self, event: QEvent) -> bool:  # noqa: D401 - Qt's name
        """After Enter or focus-out, report a refused text (on focus-out Qt puts the previous
        value back without calling fixup for a number below the minimum, so it is noted
        here)."""
        if event.type() == QEvent.Type.FocusOut and self._refused is None:
            typed = self.lineEdit().text().strip()
            value = parse_count(typed, self.locale())
            # the minimum's own word ('none') is a value: Tab through the box at 'none' was
            # refused as "'none' is not allowed … the number stays none"
            special = self.specialValueText().strip()
            if special and typed == special:
                value = self.minimum()
            if typed and (value is None or not self.minimum() <= value <= self.maximum()):
                self._refused = typed
        handled = super().event(event)
        self._report_refused(event)
        return handled

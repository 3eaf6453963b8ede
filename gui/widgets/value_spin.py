"""A spin box for a parameter's exact value that never changes a typed value silently.

Qt's QDoubleSpinBox refuses, keystroke by keystroke, what cannot become a value in range: with a
maximum of 150, typing "200" leaves "20"; "-5" leaves "5"; in German, "8.5" leaves "8,00". In a
workshop that puts a different scenario on the screen than the one meant, and nobody notices.
This spin box keeps whatever number is typed until Enter or focus-out, then either takes it (in
range) or keeps the previous value and emits `rejected` with a sentence naming what was typed and
what is allowed. Both '.' and ',' are taken as the decimal point when they cannot be a thousands
separator ("8.5" and "8,5" are 8.5 in every language; "4.000" is read by the interface language).
A letter typed is refused at the keystroke; a pasted or dropped text that is no number ('60 %',
'1e309', '٦٠') stays in the box and is refused aloud like a typed one (Qt dropped it without a
word), and the invisible characters a copy from a web page brings along (U+200B) are not read.

Window shortcuts that a line edit would swallow (Ctrl+U deletes to the start of a line on Linux,
so the bands' shortcut blanked the box) reach the window while the box has focus, and so do the
keys a presentation clicker sends (Page Down / Page Up, Alt+arrows: the guided round's, when it
is open; otherwise the box pages as before); the editing keys (copy, cut, paste, undo, redo,
select all) stay the box's.
"""
from __future__ import annotations

import math
import re
from typing import Optional

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QValidator
from PySide6.QtWidgets import QDoubleSpinBox

from model.store.scenario_code import COPIED_INVISIBLES, FULL_WIDTH  # a copy's invisibles; ＡＳＣＩＩ

# Characters a number may be typed with (digits, signs, separators, spaces); anything else
# (letters, symbols) is refused at the keystroke, as before.
_NUMBER_CHARS = re.compile(r"^[\s0-9+\-\u2212.,\u00a0\u202f']*$")
# One '.' or ',' followed by one, two or more than three digits: a decimal point in any language.
_PLAIN_DECIMAL = re.compile(r"^([+-]?)(\d*)[.,](\d{1,2}|\d{4,})$")
# The one rule for spaces in a typed number (value boxes and count boxes): a space between two
# digits (any of Unicode's spaces, category Zs: plain, no-break and narrow no-break, the French
# and Swiss group separators, the thin space) is read only as a thousands separator: groups of
# three digits after the first. '1 2' was read as 12 and '1.2 5' as 1.25, without a word. A tab
# or line break inside a number (two cells of a copied table) makes it no number.
_SPACES = "[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_DIGIT_SPACE_DIGIT = re.compile(rf"\d{_SPACES}+\d")
_SPACE_GROUPED = re.compile(rf"^[+\-\u2212]?{_SPACES}*\d{{1,3}}(?:{_SPACES}\d{{3}})+(?:[.,]\d*)?$")
_OTHER_WHITESPACE = re.compile(rf"(?!{_SPACES})\s")
_EDITING_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut,
                 QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Undo,
                 QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.SelectAll)


def inserted_chars(before: str, text: str) -> int:
    """How many characters `text` puts in place of `before` (what lies between the two texts'
    common start and end): 1 for a keystroke, more for a paste or a drop."""
    start = 0
    while start < min(len(text), len(before)) and text[start] == before[start]:
        start += 1
    end = 0
    while end < min(len(text), len(before)) - start and text[-1 - end] == before[-1 - end]:
        end += 1
    return len(text) - start - end


def as_typed(text: str) -> str:
    """`text` as its reader meant it: the invisible characters a copy from a web page brings
    along (U+200B ...) dropped, and full-width ASCII (an East Asian input method's '６０', '－５',
    '８．５', its space U+3000) read as ASCII, as scenario codes read it (model.store.scenario_code). Other
    scripts' digits ('٦٠') stay as they are (and are refused)."""
    return text.translate(COPIED_INVISIBLES).translate(FULL_WIDTH).replace("\u3000", " ")


def spaces_group_thousands(text: str) -> bool:
    """False if a space between two digits of `text` (plain, no-break or narrow no-break) is
    no thousands separator: '1 2', '1.2 5', '100 00' (True for '1 000', '12 345,5', '- 5')."""
    text = text.strip()
    return not _DIGIT_SPACE_DIGIT.search(text) or bool(_SPACE_GROUPED.match(text))


def spaceless(text: str) -> Optional[str]:
    """`text` as typed (as_typed), its spaces gone, by the one rule for spaces in a typed
    number (value and count boxes alike): spaces around it and after a sign dropped, a space
    between digits only as a thousands separator ('1 000', '12 345,5'); None for a space that
    is none ('1 2', '1.2 5') or a tab or line break inside ('10\t000': two table cells)."""
    visible = as_typed(text).strip()
    if _OTHER_WHITESPACE.search(visible) or not spaces_group_thousands(visible):
        return None
    return re.sub(_SPACES, "", visible)


def parse_number(text: str, locale: QLocale) -> Optional[float]:
    """The number typed in `text`, read in `locale` (group and decimal separators), or with a
    lone '.' or ',' as the decimal point; None if it is not a finite number, or if a space
    between digits is no thousands separator ('1 000' is 1000, '1 2' is no number). '-0' reads
    as 0."""
    visible = spaceless(text)
    if not visible:
        return None
    cleaned = visible.replace("\u2212", "-")
    value, ok = locale.toDouble(cleaned)
    if not ok:
        plain = _PLAIN_DECIMAL.match(cleaned)
        if plain is not None:
            sign, whole, fraction = plain.groups()
            value, ok = float(f"{sign}{whole or '0'}.{fraction}"), True
        elif re.fullmatch(r"[+-]?\d+", cleaned):
            value, ok = float(cleaned), True
    return value + 0.0 if ok and math.isfinite(value) else None     # '-0' is 0


class RefusalReporter:
    """For a spin box that keeps a refused text in `_refused` and has a `rejected(str)` signal:
    `_watch_typing()` (from __init__) starts keeping the shown text, so `_inserted(text)` tells a
    keystroke from a paste; `_report_refused(event)` emits a refused text once, after Enter or
    focus-out (cleared first, so a slot that moves the focus does not report it twice). Shared
    by ValueSpinBox and CountSpinBox."""

    _refused: Optional[str] = None

    def _watch_typing(self) -> None:
        """Start keeping the box's shown text (Qt validates after the line edit has taken the
        new text, so the text before it is kept from textChanged)."""
        self._refused = None
        self._shown = self.lineEdit().text()
        self.lineEdit().textChanged.connect(self._remember_shown)

    def _remember_shown(self, text: str) -> None:
        self._shown = text

    def _inserted(self, text: str) -> int:
        """How many characters `text` puts in place of the box's shown text (inserted_chars)."""
        return inserted_chars(self._shown, text)

    def _report_refused(self, event: QEvent) -> None:
        """Emit `rejected` with the refused text if `event` is a key press or a focus-out."""
        if self._refused is not None and event.type() in (
                QEvent.Type.KeyPress, QEvent.Type.FocusOut):
            refused, self._refused = self._refused, None
            self.rejected.emit(refused)


class ValueSpinBox(RefusalReporter, QDoubleSpinBox):
    """QDoubleSpinBox that keeps a typed out-of-range, unreadable or too finely typed value
    (more decimals than it shows) visible until it is committed, then refuses it aloud:
    `rejected(typed_text)` (the previous value stays)."""

    rejected = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCorrectionMode(QDoubleSpinBox.CorrectionMode.CorrectToPreviousValue)
        self._watch_typing()

    # --- typing -------------------------------------------------------------------------------
    def validate(self, text: str, pos: int):  # noqa: N802 - Qt's name
        """Acceptable: a number in range. Intermediate: anything that may still become one, or
        a number out of range (kept as typed, refused on commit). Invalid: letters and symbols."""
        if not _NUMBER_CHARS.match(as_typed(text)):
            # A letter typed is refused at the keystroke; a pasted or dropped text ('60 %',
            # '1e309') is kept as it is and refused aloud on commit (it was dropped silently:
            # the box kept its old value and nothing said so).
            return QValidator.State.Intermediate if self._inserted(text) > 1 \
                else QValidator.State.Invalid
        value = parse_number(text, self.locale())
        if value is None:
            return QValidator.State.Intermediate
        return QValidator.State.Acceptable if self.in_range(value) and self.fits_decimals(value) \
            else QValidator.State.Intermediate

    def in_range(self, value: float) -> bool:
        """True if `value` lies within the box's range."""
        return self.minimum() - 1e-9 <= value <= self.maximum() + 1e-9

    def fits_decimals(self, value: float) -> bool:
        """True if `value` has no more decimals than the box shows (a box of whole numbers
        showed 8.5 as 9 while the model ran 8.5)."""
        return abs(round(value, self.decimals()) - value) <= 1e-9 * max(1.0, abs(value))

    def too_fine(self, text: str) -> bool:
        """True if `text` is a number in range refused only for its decimals."""
        value = parse_number(text, self.locale())
        return value is not None and self.in_range(value) and not self.fits_decimals(value)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        """The typed number, or the current value if the text is not one."""
        value = parse_number(text, self.locale())
        return self.value() if value is None else value

    def fixup(self, text: str):  # noqa: N802 - Qt's name
        """Called by Qt when the text cannot be taken as it is: remember it, to say so once the
        spin box has put the previous value back (see `event`)."""
        if text.strip():
            self._refused = text.strip()
        return text

    # --- commit and shortcuts ------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:  # noqa: D401 - Qt's name
        """Let window shortcuts through (see module doc); after Enter or focus-out, report a
        refused text."""
        if event.type() == QEvent.Type.ShortcutOverride:
            key_event = event
            ctrl = key_event.modifiers() & Qt.KeyboardModifier.ControlModifier
            letter = Qt.Key.Key_A <= key_event.key() <= Qt.Key.Key_Z
            clicker = key_event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) or (
                key_event.modifiers() & Qt.KeyboardModifier.AltModifier
                and key_event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right))
            if (ctrl and letter and not any(key_event.matches(k) for k in _EDITING_KEYS)) \
                    or clicker:
                event.ignore()            # a window shortcut, if one is on, takes the key
                return True
        handled = super().event(event)
        self._report_refused(event)
        return handled

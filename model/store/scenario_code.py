"""Scenario codes: a short text holding the parameters that differ from their defaults, for
passing a scenario around a room by chat.

    encode({"capex_growth": 60, "monetization_speed": 30})   ->  'AICX1:0=60,1=30:XXXX'
    decode("AICX1:0=60,1=30:XXXX")                           ->  full parameter set

Format (docs/SNAPSHOTS.md): 'AICX1:' + items joined by ',' + ':' + a 4-character checksum.
An item is '<number>=<value>': the parameter's `code` in the parameter table (stable for ever,
model.store.parameter_codes) and its value in table units,
written exactly (shortest round-trip form). Only characters that chat tools leave alone are
used (digits, letters, '=', ',', '.', '-', '+', ':'); whitespace and line breaks added while
copying are ignored, and the checksum catches a changed or lost character. A code made before
a parameter existed still decodes: the new parameter takes its default.
"""
from __future__ import annotations

import re
import zlib
from typing import Mapping

from .. import parameters as P
from ..errors import InputError
from ..limits import MAX_CODE_CHARS  # one home: model/limits.py
from . import parameter_codes

PREFIX = "AICX"
FORMAT_VERSION = 1
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"          # Crockford base 32
_CHECK_CHARS = 4

# Characters that show as nothing and come along when text is copied from a web page or a chat
# (zero-width space, joiners, word joiner, byte-order mark, soft hyphen): a str.translate table
# that removes them (also used by the window's value boxes, gui/widgets/value_spin.py)
COPIED_INVISIBLES = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_DASHES = {ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"}
# A code typed or pasted in full-width form (an East Asian input method: 'ＡＩＣＸ１：...'): the
# block U+FF01-U+FF5E is ASCII's printable characters at an offset of 0xFEE0 (NFKC maps them
# so), the same letters and digits, not another script's (which stay refused)
FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WRAPPERS = "`'\"<>()[]{}«»“”‘’"
# ASCII digits only (never another script's), at most 40 on each side of the point
_ITEM = re.compile(r"([0-9]{1,4})=(-?(?:[0-9]{1,40}\.?[0-9]{0,40}|\.[0-9]{1,40})"
                   r"(?:e[-+]?[0-9]{1,3})?)", re.ASCII)
_HEAD = re.compile(r"AICX([0-9]{1,6}):", re.I | re.ASCII)


class ScenarioCodeError(InputError):
    """A scenario code that cannot be used; the message says what is wrong."""


class CodeTooLong(ScenarioCodeError):
    """A text far longer than any scenario code: `length` characters where a code has at most
    `limit` (the window words this one in its own language from the two numbers)."""

    def __init__(self, length: int, limit: int):
        super().__init__(f"too long for a scenario code ({length:,} characters; a code has at "
                         f"most {limit:,})")
        self.length, self.limit = length, limit

    def __reduce__(self):
        return type(self), (self.length, self.limit)


def encode(values: Mapping[str, float]) -> str:
    """The scenario code of `values` (partial or full, table units): only the parameters that
    differ from their defaults are written. Raises ScenarioCodeError for a bad key or value."""
    try:
        full = P.complete(values)
    except P.ParameterError as exc:
        raise ScenarioCodeError("cannot make a scenario code: {exc}",
                                exc=exc) from None
    table = P.by_key()
    items = sorted((table[k].code, v) for k, v in full.items() if v != table[k].default)
    body = ",".join(f"{n}={_number_text(v)}" for n, v in items)
    head = f"{PREFIX}{FORMAT_VERSION}:"
    return f"{head}{body}:{_checksum(head + body)}"


def decode(code: str) -> dict[str, float]:
    """The full parameter set (defaults overridden by the code's values) of a scenario code.

    Tolerates surrounding whitespace, quotes and line breaks or spaces inserted by chat tools.
    Raises ScenarioCodeError saying what is wrong: not a code, a newer format, a bad checksum
    (a character changed or lost), an unknown parameter number or a value out of range.
    """
    text = normalize(code)
    head = _HEAD.match(text)
    if not head:
        raise ScenarioCodeError("not a scenario code: a code starts with "
                                "'{PREFIX}{FORMAT_VERSION}:' (got {text!r})",
                                PREFIX=PREFIX, FORMAT_VERSION=FORMAT_VERSION, text=_clip(text))
    version = int(head.group(1))
    if version != FORMAT_VERSION:
        raise ScenarioCodeError("scenario code format {version} is not readable by this "
                                "program (it reads {PREFIX}{FORMAT_VERSION}: codes); update "
                                "the program",
                                version=version, PREFIX=PREFIX, FORMAT_VERSION=FORMAT_VERSION)
    rest = text[head.end():]
    body, sep, check = rest.rpartition(":")
    if not sep:
        raise ScenarioCodeError("the scenario code is incomplete (its checksum after the last "
                                "':' is missing): copy the whole code")
    canonical = f"{PREFIX}{FORMAT_VERSION}:" + body.lower()
    check = check.upper().translate(str.maketrans("OIL", "011"))
    if check != _checksum(canonical):
        raise ScenarioCodeError("the scenario code's checksum does not match: a character was "
                                "changed, added or lost while copying; copy the whole code "
                                "again")
    return _values_of(body.lower())


def normalize(code: object) -> str:
    """The code with whitespace, invisible characters and surrounding quotes removed, full-width
    characters read as their ASCII forms and typographic dashes turned into '-';
    ScenarioCodeError if it is not text or far too long."""
    if not isinstance(code, str):
        raise ScenarioCodeError("a scenario code is text, not {name}",
                                name=type(code).__name__)
    if len(code) > MAX_CODE_CHARS:
        raise CodeTooLong(len(code), MAX_CODE_CHARS)
    text = code.translate(COPIED_INVISIBLES).translate(FULL_WIDTH).translate(_DASHES)
    text = "".join(text.split())
    return text.strip(_WRAPPERS + ".,;")


def looks_like_code(text: object) -> bool:
    """True if `text` starts like a scenario code (for deciding what pasted text is)."""
    try:
        return bool(_HEAD.match(normalize(text)))
    except ScenarioCodeError:
        return False


def _values_of(body: str) -> dict[str, float]:
    values: dict[str, float] = {}
    table = P.by_key()
    book = parameter_codes.codebook()
    for position, item in enumerate(body.split(",") if body else [], start=1):
        match = _ITEM.fullmatch(item)
        if not match:
            raise ScenarioCodeError("scenario code item {position} {item!r} is not NUMBER=VALUE",
                                    position=position, item=_clip(item))
        number, raw = int(match.group(1)), match.group(2)
        if number not in book:
            raise ScenarioCodeError("scenario code item {position}: parameter number {number} is "
                                    "unknown to this program (the code may come from a newer "
                                    "version)",
                                    position=position, number=number)
        key = book[number]
        if key not in table:
            raise ScenarioCodeError("scenario code item {position}: parameter {key!r} no longer "
                                    "exists in this version of the model",
                                    position=position, key=key)
        if key in values:
            raise ScenarioCodeError("scenario code: parameter {key!r} appears twice",
                                    key=key)
        try:
            values[key] = table[key].check(float(raw))
        except P.ParameterError as exc:
            raise ScenarioCodeError("scenario code: {exc}",
                                    exc=exc) from None
    return P.complete(values)


def _number_text(value: float) -> str:
    """Shortest text that reads back as exactly `value` ('60', '7.5', '1e-05')."""
    text = repr(float(value))
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace("e+", "e")


def _checksum(text: str) -> str:
    crc = zlib.crc32(text.encode("utf-8")) & ((1 << (5 * _CHECK_CHARS)) - 1)
    return "".join(_ALPHABET[(crc >> (5 * i)) & 31] for i in reversed(range(_CHECK_CHARS)))


def _clip(text: str, n: int = 30) -> str:
    return text if len(text) <= n else text[:n - 3] + "..."

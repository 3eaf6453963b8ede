"""Goal-seek targets and Explore conditions typed in the interface's language.

The grammar (model.analysis.goal_seek, model.explore.condition) is English: "coverage >= 1 by
2032", "no bust before 2035", "not stress < 50". Its words are listed once, in the model
(goal_seek.GRAMMAR_WORDS); each word's translation lives in the translation file (context
"TargetWord"), so in German "Deckungsgrad >= 1 bis 2032" or "kein Einbruch vor 2035" reads as
the English target. `to_grammar` turns typed text into the grammar's words: English words pass
unchanged, and in a language that writes a decimal comma a number is read as a value box reads
it ('1,5' as 1.5, '1.000' as 1000: gui/widgets/value_spin.parse_number). Column names (capex_total_busd)
are never translated.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from model.analysis.goal_seek import GRAMMAR_WORDS

from .widgets.value_spin import as_typed, parse_number

CONTEXT = "TargetWord"
# Unicode spaces other than the ASCII one (category Zs: no-break, narrow no-break, thin, em,
# ideographic ...): the grammar reads ASCII spaces only.
_PASTED_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# A number with a '.' or ',' between digits ('1,5', '1.000', '1.000,5'; not '1.5e3', not a year).
_SEPARATED_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)+(?![\w.,])")


def word(english: str) -> str:
    """The interface language's word for a grammar word (the English word if untranslated)."""
    return QCoreApplication.translate(CONTEXT, english)


def _translated() -> list[tuple[str, str]]:
    """(grammar word, the interface's word) for every grammar word the interface translates."""
    return [(english, local) for english in GRAMMAR_WORDS
            if (local := word(english)) and local.lower() != english]


def to_grammar(text: str) -> str:
    """`text` with every translated grammar word replaced by the grammar's word (whole words,
    any case) and, where the interface writes a decimal comma, a number written with separators
    read as a value box reads it (value_spin.parse_number): '1,5' is 1.5 and '1.000' is 1000 (it
    was read as 1.0: a German 'Capex > 1.000' sought 1 $B). In English a comma stays no decimal
    point (the grammar refuses '1,5', saying what it expects). Text pasted from a document or a slide is read as
    typed: its no-break and other Unicode spaces ('stress\u00a0<\u00a050', the narrow one
    German typesetting puts in '1\u202f000') are spaces, a minus sign U+2212 is '-', and the
    invisible characters a copy from a web page brings along (U+200B, U+FEFF) are not read, and
    full-width ASCII from an East Asian input method ('ｓｔｒｅｓｓ ＜ ５０') is read as ASCII, as
    in a value box (value_spin.as_typed)."""
    out = _PASTED_SPACE.sub(" ", as_typed(text)).replace("\u2212", "-")
    for english, local in _translated():
        out = re.sub(rf"(?<![\w]){re.escape(local)}(?![\w])", english, out, flags=re.IGNORECASE)
    if QLocale().decimalPoint() == ",":
        out = _SEPARATED_NUMBER.sub(_read_number, out)
        out = re.sub(r"(?<=\d),(?=\d)", ".", out)
    return out


def _read_number(match: "re.Match[str]") -> str:
    """A separated number as the grammar writes it (repr: '1000.0', '1.5'); as written if the
    value boxes would not read it either (the grammar then says what it expects)."""
    value = parse_number(match.group(0), QLocale())
    return match.group(0) if value is None else repr(value)


def from_grammar(expression: str) -> str:
    """`expression` in the grammar's words shown in the interface's language (for ready-made
    targets and examples): the inverse of `to_grammar` for the words it translates."""
    out = expression
    for english, local in _translated():
        out = re.sub(rf"(?<![\w]){re.escape(english)}(?![\w])", local, out)
    if QLocale().decimalPoint() == ",":
        out = re.sub(r"(?<=\d)\.(?=\d)", ",", out)
    return out

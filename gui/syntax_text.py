"""Why a typed target (goal-seek) or condition (Explore) cannot be read, in the interface
language, for the reasons the two share: the model gives a reason key and its numbers
(model.analysis.goal_seek.GoalSyntaxError). The typed text is quoted as the user typed it (not
in the grammar's English words the model read), cut (plain_text.clip), with control characters
and bidirectional overrides shown as U+FFFD (a pasted U+202E reversed the rest of the message
on screen)."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication

from model.analysis import goal_seek as gs
from model.errors import printable

from . import format as fmt
from . import plain_text, text


def details(error: gs.GoalSyntaxError, typed: Optional[str] = None) -> dict:
    """The error's numbers and texts, each text made printable and cut for quoting
    (plain_text.clip); `typed` (the text as typed, stripped) replaces the model's `text`."""
    found = dict(error.details)
    if typed is not None:
        found["text"] = typed.strip()
    return {k: plain_text.clip(printable(v)) if isinstance(v, str) else v
            for k, v in found.items()}


def explain(error: gs.GoalSyntaxError, example: str, empty: str, unreadable: str,
            typed: Optional[str] = None) -> str:
    """Why a typed text cannot be read: `empty` ("… e.g. {0}.", filled with `example`) for an
    empty text, the shared reasons (`shared_reason`), else `unreadable` ("… “{0}” … {1}.",
    filled with the typed text, cut, and `example`). The caller gives its own translated
    wordings of the two reasons it words itself, and `typed`, the text as the user typed it."""
    if error.reason == "empty":
        return empty.format(example)
    shared = shared_reason(error, typed)
    if shared is not None:
        return shared
    return unreadable.format(details(error, typed).get("text", ""), example)


def shared_reason(error: gs.GoalSyntaxError, typed: Optional[str] = None) -> Optional[str]:
    """The message for an unknown figure, a number that is not finite, a year outside the
    simulated years or a target a figure of fixed range can never meet or always meets; None for the reasons each caller words itself (empty, unreadable)."""
    d = details(error, typed)
    if error.reason == "unknown_figure":
        return QCoreApplication.translate(
            "SyntaxText", "“{0}” is not a figure: use one of {1} or an output column name (as in "
            "the exported CSV header).").format(d["figure"], ", ".join(gs.ALIASES))
    if error.reason == "not_finite":
        return QCoreApplication.translate(
            "SyntaxText", "The number in “{0}” must be finite.").format(d["text"])
    if error.reason == "never_holds":
        return QCoreApplication.translate(
            "SyntaxText", "{0} runs from {1} to {2}, so “{3}” can never hold; choose a number "
            "in that range.").format(text.tr(error.details["label"]), fmt.number(d["low"]),
                                     fmt.number(d["high"]), d["text"])
    if error.reason == "always_holds":
        return QCoreApplication.translate(
            "SyntaxText", "{0} runs from {1} to {2}, so “{3}” holds in every scenario and there "
            "is nothing to find; choose a number inside that range.").format(
            text.tr(error.details["label"]), fmt.number(d["low"]), fmt.number(d["high"]),
            d["text"])
    if error.reason == "before_first_year":
        if error.details.get("verdict") == "always":
            return QCoreApplication.translate(
                "SyntaxText", "No year before {0} is simulated, so “{1}” holds in every "
                "scenario and there is nothing to find; choose a year after {0}.").format(
                fmt.whole(d["first"]), d["text"])
        return QCoreApplication.translate(
            "SyntaxText", "No year before {0} is simulated, so “{1}” can never hold; choose a "
            "year after {0}.").format(fmt.whole(d["first"]), d["text"])
    if error.reason == "year_outside":
        return QCoreApplication.translate(
            "SyntaxText", "The year {0} is outside the simulated years {1} to {2}.").format(
            d["year"], fmt.whole(d["first"]), fmt.whole(d["last"]))    # the year as typed
    return None

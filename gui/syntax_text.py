"""Why a typed target (goal-seek) or condition (Explore) cannot be read, in the interface
language, for the reasons the two share: the model gives a reason key and its numbers
(model.analysis.goal_seek.GoalSyntaxError; a typed text is quoted cut, plain_text.clip)."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication

from model.analysis import goal_seek as gs

from . import format as fmt
from . import plain_text


def details(error: gs.GoalSyntaxError) -> dict:
    """The error's numbers and texts, each typed text cut for quoting (plain_text.clip)."""
    return {k: plain_text.clip(v) if isinstance(v, str) else v for k, v in error.details.items()}


def explain(error: gs.GoalSyntaxError, example: str, empty: str, unreadable: str) -> str:
    """Why a typed text cannot be read: `empty` ("… e.g. {0}.", filled with `example`) for an
    empty text, the shared reasons (`shared_reason`), else `unreadable` ("… “{0}” … {1}.",
    filled with the typed text, cut, and `example`). The caller gives its own translated
    wordings of the two reasons it words itself."""
    if error.reason == "empty":
        return empty.format(example)
    shared = shared_reason(error)
    if shared is not None:
        return shared
    return unreadable.format(details(error).get("text", ""), example)


def shared_reason(error: gs.GoalSyntaxError) -> Optional[str]:
    """The message for an unknown figure, a number that is not finite or a year outside the
    simulated years; None for the reasons each caller words itself (empty, unreadable)."""
    d = details(error)
    if error.reason == "unknown_figure":
        return QCoreApplication.translate(
            "SyntaxText", "“{0}” is not a figure: use one of {1} or an output column name (as in "
            "the exported CSV header).").format(d["figure"], ", ".join(gs.ALIASES))
    if error.reason == "not_finite":
        return QCoreApplication.translate(
            "SyntaxText", "The number in “{0}” must be finite.").format(d["text"])
    if error.reason == "year_outside":
        return QCoreApplication.translate(
            "SyntaxText", "The year {0} is outside the simulated years {1} to {2}.").format(
            fmt.whole(d["year"]), fmt.whole(d["first"]), fmt.whole(d["last"]))
    return None

"""Conditions for scenario discovery: goal-seek's target grammar, extended.

    <target>              any goal-seek target (model.analysis.goal_seek: "coverage >= 1 by 2032",
                          "stress < 50", "no bust before 2035", …)
    bust                  investors lose patience at some point within the horizon
    bust before YEAR      … in a year before YEAR
    bust by YEAR          … in YEAR or earlier
    not <condition>       the condition does not hold ("not coverage >= 1 by 2032")

Each condition judges one number per scenario (`Target.achieved`: the bust year, with no bust
counted as the horizon + 1, or a column's value in a year, or its worst/best year of a window).
A sweep keeps that number under `figure_column(condition)`, so a condition can be judged later
from the sweep's summary table alone (`holds`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .. import engine
from ..errors import clip_repr
from ..analysis.goal_seek import (SYNTAX, GoalSyntaxError, Target, parse_target, range_error,
                                   range_verdict)
from ..outputs import Results

_NOT_RE = re.compile(r"^\s*not\s+(?P<rest>.+)$", re.IGNORECASE)
_BUST_RE = re.compile(r"^\s*bust(?P<tail>(?:\s+(?:before|by)\s+\S+)?)\s*$", re.IGNORECASE)
CONDITION_SYNTAX = (f'{SYNTAX}; or "bust [before|by YEAR]"; any of them may start with "not", '
                    f'e.g. "bust before 2030", "not coverage >= 1 by 2032"')
# Conditions whose figures every sweep keeps besides the headline figures (the bust year,
# which every bust condition judges, is a headline figure).
DEFAULT_CONDITIONS = ("coverage >= 1 by 2030", "coverage >= 1 by 2032", "stress < 50")


class ConditionError(GoalSyntaxError):
    """A condition that cannot be read; the message says what is allowed."""


@dataclass(frozen=True)
class Condition:
    """A parsed condition: a goal-seek target, possibly negated. `holds` is True where the
    target's outcome differs from `negated` (so "bust before 2030" is 'no bust before 2030'
    negated)."""

    text: str
    target: Target
    negated: bool

    @property
    def column(self) -> str:
        """The name of the summary column holding the figure this condition judges."""
        return figure_column(self.target)

    def figure(self, results: Results) -> np.ndarray:
        """The judged figure per scenario (N,), in the target's unit (`target.unit_key`)."""
        return np.asarray(self.target.achieved(results), dtype=float)

    def holds(self, figure: np.ndarray) -> np.ndarray:
        """(N,) booleans: whether the condition holds, given the judged figure per scenario
        (as `figure` returns it, or as read back from a sweep's column)."""
        tgt = self.target
        margin = tgt.margin(np.asarray(figure, dtype=float))
        if tgt.column is not None and tgt.op == "==":
            met = -margin <= 1e-9 * max(1.0, abs(tgt.threshold))
        else:
            met = margin > 0 if tgt.op in (">", "<") else margin >= 0
        return met != self.negated


def parse_condition(text: str, end_year: int = engine.DEFAULT_END_YEAR) -> Condition:
    """Read a condition (grammar in the module docstring) for a run ending in `end_year`.
    Raises ConditionError (a model.errors.InputError) saying what was expected."""
    if not isinstance(text, str) or not text.strip():
        raise ConditionError(f"empty condition: {CONDITION_SYNTAX}", "empty", text="")
    negated, rest = False, text.strip()
    while (match := _NOT_RE.match(rest)) and not rest.lower().startswith("no "):
        negated, rest = not negated, match["rest"].strip()
    bust = _BUST_RE.match(rest)
    if bust:                               # "bust …" is "no bust …" negated
        negated, rest = not negated, "no bust" + bust["tail"]
    try:
        # (not bounded here: the figure's range is checked below, with the negation)
        target = parse_target(rest, end_year, bounded=False)
    except GoalSyntaxError as exc:
        message = str(exc).replace(SYNTAX, CONDITION_SYNTAX).replace("read target", "read condition")
        raise ConditionError(message.replace(clip_repr(rest), clip_repr(text.strip())), exc.reason,
                             **{**exc.details, "text": text.strip()}) from None
    verdict = range_verdict(target)
    if verdict is not None:
        # decided by the figure's fixed range whatever the inputs (goal-seek's check): a
        # sweep would find nothing, so it is refused before one runs
        flipped = {"never": "always", "always": "never"}[verdict] if negated else verdict
        raise range_error(ConditionError, target, text, flipped)
    return Condition(text.strip(), target, negated)


def figure_column(target: Target) -> str:
    """The summary column of the figure `target` judges: 'bust_year' for the bust targets (the
    headline, no bust = horizon + 1), else 'fig:COLUMN:WHEN[:YEAR][:AGG]', where AGG says how a
    window of years is reduced (min, max, or nearest to the threshold for ==)."""
    if target.column is None:
        return "bust_year"
    parts = ["fig", target.column, target.when]
    if target.year is not None:
        parts.append(str(target.year))
    if target.when != "in":
        best = target.when == "once_by"
        if target.op in (">=", ">"):
            parts.append("max" if best else "min")
        elif target.op in ("<=", "<"):
            parts.append("min" if best else "max")
        else:
            parts.append(f"near{target.threshold:g}")
    return ":".join(parts)

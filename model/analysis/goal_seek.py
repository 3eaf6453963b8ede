"""'What would it take?' (issue 6): the value of one lever that just reaches a target.

Target syntax (case does not matter; spaces are free):

    FIGURE OP NUMBER                 holds in every year of the scenario (2025 to the horizon;
                                     2024 is history, as in the headline 'Peak stress')
    FIGURE OP NUMBER by YEAR         holds in YEAR (the state reached by then; `in YEAR` is the same)
    FIGURE OP NUMBER from YEAR       holds in YEAR and every later simulated year
    FIGURE OP NUMBER once by YEAR    holds in at least one year from 2025 through YEAR (2024
                                     only in 'once by 2024')
    no bust                          investors never lose patience within the horizon
    no bust before YEAR              no bust, or the bust comes in YEAR or later
    no bust by YEAR                  no bust in YEAR or earlier

FIGURE is any yearly output column (the names of the exported CSV header, model.outputs.COLUMN_INFO)
or one of the short names in ALIASES (coverage, shortfall, stress, debt, capex, revenue,
leverage). OP is one of >=, >, <=, <, == (also ≥, ≤, =). `==` compares within 1e-9 (relative)
and suits figures that sit exactly at a bound, such as a shortfall of 0. Examples:

    coverage >= 1 by 2032        revenue ÷ the installed base's full cost is at least 1 in 2032
    coverage >= 1 once by 2032   ... in some year up to 2032 (the headline "Revenue covers
                                 spend" is then 2032 or earlier)
    no bust before 2035          no bust, or not before 2035
    shortfall == 0 by 2030       no US power shortfall in 2030
    stress < 50                  the stress index stays below 50 in every year (peak stress < 50)
    stress < 50 by 2035          the stress index is below 50 in 2035

Why `by` means "in that year": "shortfall == 0 by 2030" would otherwise be met by the zero
shortfall of 2024, before any lever acts. Use `once by` for "at some point up to".

Search (`goal_seek`): the lever's range is scanned in one vectorised batch (101 evenly spaced
values plus the current one); the met value nearest to the current value is then refined
against its unmet neighbour on the side of the current value, 15 points per batch, until the
bracket is narrower than a tenth of the lever's step. The result is the met end of the bracket,
so it really meets the target; `slider_value` is the same on the lever's slider step grid,
checked to meet the target too (None if no step value next to it does). If the target is not met
anywhere in the range, the result says how close the lever gets (`closest`, `achieved`) and which
way it would have to go (`direction`), or that this cannot be told (outcome 'no_effect', or
direction 0: the best value lies inside the range).

For the window: `parse_target` checks a typed target at once (GoalSyntaxError has a message for
the user); `goal_seek` takes under 10 ms, so it can run on the event loop; `TEMPLATES` are
ready-made targets for a dialog. On success move the lever's slider to `slider_value` (on the
slider's step grid; fall back to `value` if it is None) as one undo step.

The model writes no sentences: a GoalResult holds the numbers and keys (outcome, lever, value,
the judged figure's column and unit key through `target`) and the window (gui/widgets/
goal_seek_dialog.py) or the command line (cli/goal_seek.py) words them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Union

import numpy as np

from .. import engine, simulate
from .. import parameters as P
from ..errors import clip, clip_repr
from ..limits import YEAR_QUOTE_CHARS
from ..outputs import COLUMN_INFO, UNIT_RANGES, Results, column_unit, own_years
from ..view import step_count, step_of_value, value_at_step
from .metrics import Values, as_vector

ALIASES = {
    "coverage": "fullcost_coverage_ratio",        # revenue ÷ the installed base's full cost
    "shortfall": "power_shortfall_us_gw",
    "stress": "stress_index",
    "debt": "debt_stock_busd",
    "capex": "capex_total_busd",
    "revenue": "ai_revenue_busd",
    "leverage": "leverage_ratio",
}
# Every word of the target grammar (below) and of Explore's conditions (model.explore.condition),
# in the grammar's own language: the window translates them (gui/target_words.py), so a target
# may be typed in the interface's language. Keep in step with the regular expressions below.
GRAMMAR_WORDS = tuple(ALIASES) + ("no", "bust", "once", "by", "in", "from", "before", "not")
OPERATORS = {">=": ">=", "≥": ">=", ">": ">", "<=": "<=", "≤": "<=", "<": "<", "==": "==", "=": "=="}
# (label, expression with {year}/{level}) ready-made targets for a dialog.
TEMPLATES = (
    ("Revenue covers its full cost by a year", "coverage >= 1 by {year}"),
    ("No bust before a year", "no bust before {year}"),
    ("No US power shortfall in a year", "shortfall == 0 by {year}"),
    ("Stress index below a level in every year", "stress < {level}"),
    ("Stress index below a level by a year", "stress < {level} by {year}"),
)
GRID_POINTS = 101
REFINE_POINTS = 15
YEAR_DIGITS = 6          # a run of more digits is no year of any run (see _check_year)

SYNTAX = ('expected "FIGURE OP NUMBER [by|in|from|once by YEAR]" or "no bust [before|by YEAR]", '
          'e.g. "coverage >= 1 by 2032", "stress < 50", "no bust before 2035"')

_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?"
_FIGURE_RE = re.compile(
    r"^\s*(?P<figure>[a-z_][a-z0-9_]*)\s*(?P<op>>=|<=|==|≥|≤|>|<|=)\s*(?P<number>" + _NUMBER + r")"
    r"(?:\s+(?P<when>once\s+by|by|in|from)\s+(?P<year>\d+))?\s*$", re.IGNORECASE | re.ASCII)
_BUST_RE = re.compile(r"^\s*no\s+bust(?:\s+(?P<when>before|by)\s+(?P<year>\d+))?\s*$",
                      re.IGNORECASE | re.ASCII)
# re.ASCII: digits are 0-9 only, as everywhere else the program reads numbers (float() and \d
# would take '٦٠' or '６０' for 60, a year '２０３２' for 2032).


class GoalSyntaxError(P.ParameterError):
    """A target expression that cannot be read; the message (English, for the command line)
    says what was expected. For the window, which words it in the interface language: `reason`,
    one of 'empty', 'unreadable', 'unknown_figure' (details: figure), 'not_finite',
    'year_outside' (details: year, the year as typed and cut; first, last), 'always_holds'
    (a condition every scenario meets; details as never_holds), 'before_first_year' (a bust
    condition on the years before the first simulated one; details: first, verdict 'always' or
    'never') and 'never_holds'
    (details: label, the figure's table label; low, high), and `details`;
    details always has `text`, the target as typed (stripped)."""

    def __init__(self, message: str, reason: str, **details):
        super().__init__(message)
        self.reason = reason
        self.details = details


@dataclass(frozen=True)
class Target:
    """A parsed target. column is None for the bust targets.

    when: 'always' (every year), 'in' (YEAR), 'from' (YEAR and later), 'once_by' (some year
          ≤ YEAR); for bust targets 'always', 'before' or 'by'.
    op, threshold: the comparison ('>=', '>', '<=', '<', '=='); threshold in the column's unit
          (unit_key), for bust targets the bust year the target compares against.
    """

    text: str
    column: Optional[str]
    op: str
    threshold: float
    when: str
    year: Optional[int]

    @property
    def unit_key(self) -> str:
        """The unit key of the judged figure (model.outputs.UNITS): the column's unit, or 'year'
        for a bust target (its figure is the bust year)."""
        return "year" if self.column is None else column_unit(self.column)

    def achieved(self, results: Results) -> np.ndarray:
        """The figure the target judges, per scenario (N,): for a column target the value in
        the target year, or the worst year of the window ('always', 'from'), or the best year
        up to YEAR ('once_by'); for a bust target the bust year (no bust: last year + 1)."""
        years = results.years
        if self.column is None:
            bust = np.asarray(results["bust_year"], dtype=float)
            return np.where(bust > 0, bust, float(years[-1]) + 1.0)
        data = results[self.column]
        if self.when == "in":
            return data[:, int(np.searchsorted(years, self.year))]
        # 'every year' and 'once by' judge the run's own years (own_years), as the headline
        # cards do: the history year 2024 is no lever's doing ('stress < 5' was judged on
        # 2024's 9.6 beside a 'Peak stress' card of 7, and told the room to try another lever;
        # 'shortfall == 0 once by 2030' was met by 2024's zero shortfall). 'once by 2024' names
        # the history year itself and judges it.
        own = own_years(years) if self.year != int(years[0]) else np.ones(years.size, bool)
        window = {"always": own, "from": years >= (self.year or 0),
                  "once_by": own & (years <= (self.year or 0))}[self.when]
        chunk = data[:, window]
        pick_best = self.when == "once_by"
        if self.op in (">=", ">"):
            return chunk.max(axis=1) if pick_best else chunk.min(axis=1)
        if self.op in ("<=", "<"):
            return chunk.min(axis=1) if pick_best else chunk.max(axis=1)
        gap = np.abs(chunk - self.threshold)
        col = gap.argmin(axis=1) if pick_best else gap.argmax(axis=1)
        return chunk[np.arange(chunk.shape[0]), col]

    def margin(self, achieved: np.ndarray) -> np.ndarray:
        """How far the achieved figure is on the good side of the threshold (negative: short)."""
        if self.op in (">=", ">"):
            return achieved - self.threshold
        if self.op in ("<=", "<"):
            return self.threshold - achieved
        return -np.abs(achieved - self.threshold)

    def met(self, results: Results) -> tuple[np.ndarray, np.ndarray]:
        """(met, achieved) per scenario: whether the target holds, and the judged figure."""
        achieved = self.achieved(results)
        margin = self.margin(achieved)
        if self.column is not None and self.op == "==":
            return -margin <= 1e-9 * max(1.0, abs(self.threshold)), achieved
        strict = self.op in (">", "<")
        return (margin > 0) if strict else (margin >= 0), achieved


def parse_target(text: str, end_year: int = engine.DEFAULT_END_YEAR,
                 bounded: bool = True) -> Target:
    """Read a target expression (syntax in the module docstring) for a run ending in `end_year`.
    Raises GoalSyntaxError saying what was expected; with `bounded`, also for a target on a
    figure of fixed range (model.outputs.UNIT_RANGES: the stress index is 0 to 100) that can
    never hold ('stress < -5': goal-seek said 'try another lever')."""
    if not isinstance(text, str) or not text.strip():
        raise GoalSyntaxError(f"empty target: {SYNTAX}", "empty", text="")
    bust = _BUST_RE.match(text)
    if bust:
        year = _check_year(bust["year"], end_year, text)
        when = bust["when"].lower() if bust["when"] else "always"
        # Judged on the bust year, no bust counting as end_year + 1: 'no bust' is bust year >
        # end_year, 'before Y' is bust year >= Y, 'by Y' is bust year > Y.
        op = ">=" if when == "before" else ">"
        return Target(text.strip(), None, op, float(end_year if year is None else year), when, year)
    match = _FIGURE_RE.match(text)
    quoted = clip_repr(text.strip())           # a pasted page of text is quoted, not repeated
    if not match:
        raise GoalSyntaxError(f"cannot read target {quoted}: {SYNTAX}", "unreadable",
                              text=text.strip())
    figure = match["figure"].lower()
    column = ALIASES.get(figure, figure)
    if column not in COLUMN_INFO:
        raise GoalSyntaxError(
            f"unknown figure {clip_repr(match['figure'])} in {quoted}: use one of "
            f"{', '.join(ALIASES)} or an output column name (as in the exported CSV header)",
            "unknown_figure", text=text.strip(), figure=match["figure"])
    number = float(match["number"]) + 0.0      # '-0' is 0: never shown as '-0' 
    if not np.isfinite(number):
        raise GoalSyntaxError(f"the number in {quoted} must be finite", "not_finite",
                              text=text.strip())
    when = re.sub(r"\s+", "_", match["when"].lower()) if match["when"] else "always"
    when = "in" if when == "by" else when
    year = _check_year(match["year"], end_year, text)
    op = OPERATORS[match["op"]]
    target = Target(text.strip(), column, op, number, when, year)
    if bounded and range_verdict(target) == "never":
        raise range_error(GoalSyntaxError, target, text, "never")
    return target


# A comparison's opposite: the target holds always where its opposite never holds.
_OPPOSITE = {">=": "<", ">": "<=", "<=": ">", "<": ">="}


def range_verdict(target: Target) -> Optional[str]:
    """'never' if a target on a figure of fixed range (model.outputs.UNIT_RANGES: the stress
    index is 0 to 100) can hold in no scenario whatever the inputs ('stress < -5'), 'always'
    if it holds in every one ('stress < 150'), else None (the model must be run to tell)."""
    if target.column is None:
        # no bust before the first simulated year: 'no bust before 2024' always holds
        first = target.op == ">=" and target.threshold <= engine.START_YEAR
        return "always" if first else None
    if column_unit(target.column) not in UNIT_RANGES:
        return None
    unit = column_unit(target.column)
    if _never_holds(unit, target.op, target.threshold):
        return "never"
    opposite = _OPPOSITE.get(target.op)
    if opposite is not None and _never_holds(unit, opposite, target.threshold):
        return "always"
    return None


def range_error(cls: type, target: Target, typed: str, verdict: str) -> "GoalSyntaxError":
    """The error (of class `cls`, a GoalSyntaxError) for a target whose figure's fixed range
    decides it (range_verdict): `verdict` 'never' (reason 'never_holds') or 'always' (reason
    'always_holds': every scenario meets it, so there is nothing to seek or find). `typed` is
    quoted as the user wrote it (cut)."""
    quoted = clip_repr(typed.strip())
    if target.column is None:               # a bust 'before' the first simulated year
        first = engine.START_YEAR
        said = "holds in every scenario" if verdict == "always" else "can never hold"
        return cls(f"no year before {first} is simulated, so {quoted} {said}; choose a year "
                   f"after {first}", "before_first_year", text=typed.strip(), first=first,
                   verdict=verdict)
    low, high = UNIT_RANGES[column_unit(target.column)]
    label = COLUMN_INFO[target.column][0]
    if verdict == "never":
        return cls(f"{label} runs from {low:g} to {high:g}, so {quoted} can never hold; choose "
                   f"a number in that range", "never_holds", text=typed.strip(), label=label,
                   low=low, high=high)
    return cls(f"{label} runs from {low:g} to {high:g}, so {quoted} holds in every scenario "
               f"and there is nothing to find; choose a number inside that range",
               "always_holds", text=typed.strip(), label=label, low=low, high=high)


def _never_holds(unit: str, op: str, number: float) -> bool:
    """True if a figure of `unit` (of fixed range) can never compare `op` to `number`."""
    if unit not in UNIT_RANGES:
        return False
    low, high = UNIT_RANGES[unit]
    return {"<": number <= low, "<=": number < low, ">": number >= high, ">=": number > high,
            "==": not low <= number <= high}[op]


def _check_year(raw: Optional[str], end_year: int, text: str) -> Optional[int]:
    if raw is None:
        return None
    # any run of digits is read as a year, so that 'no bust before 99999999999' is told the
    # years allowed rather than that the target cannot be read; more than YEAR_DIGITS digits
    # are no year of any run (and int() of thousands of digits is refused by Python)
    year = int(raw) if len(raw) <= YEAR_DIGITS else None
    if year is None or not (engine.START_YEAR <= year <= end_year):
        written = clip(raw.lstrip("0") or "0", YEAR_QUOTE_CHARS)
        raise GoalSyntaxError(
            f"year {written} in {clip_repr(text.strip())} is outside the simulated years "
            f"{engine.START_YEAR} to {end_year}", "year_outside", text=text.strip(),
            year=written, first=engine.START_YEAR, last=end_year)
    return year


@dataclass(frozen=True)
class GoalResult:
    """Outcome of a goal-seek: numbers and keys only (no display text).

    outcome:      'reached' (a lever value meets the target), 'already_met' (the current value
                  does), 'unreachable' (no value in the range does), 'no_effect' (unreachable, and
                  the lever does not move the figure within its range)
    reachable:    whether some lever value in its range meets the target
    value:        the lever value that just meets it, nearest the current value (None if not
                  reachable; the current value if already met), in the lever's table units
    slider_value: `value` on the lever's slider step grid, also meeting the target (or None)
    achieved:     the judged figure (Target.achieved, in target.unit_key) at `value`, or at
                  `closest` if unreachable
    current_achieved: the judged figure at the current lever value
    end_year:     the last simulated year (a bust-year figure above it means no bust)
    closest:      the lever value that comes closest (== value when reachable)
    direction:    unreachable only: +1 the lever would have to go above its max, −1 below its
                  min, 0 cannot be told (or not applicable)
    """

    outcome: str
    reachable: bool
    value: Optional[float]
    slider_value: Optional[float]
    achieved: float
    current_achieved: float
    lever: str
    target: Target
    current: float
    closest: float
    end_year: int
    already_met: bool = False
    direction: int = 0


def goal_seek(values: Values, lever: str, target: Union[str, Target],
              end_year: int = engine.DEFAULT_END_YEAR, grid_points: int = GRID_POINTS) -> GoalResult:
    """Find the value of parameter `lever` that just meets `target` (a string in the syntax of
    the module docstring, or a Target), all other parameters as in `values` (mapping or (P,)
    array). Raises ParameterError for an unknown lever or bad values, GoalSyntaxError for a
    malformed target."""
    param = P.get(lever)
    # A Target is read again for this horizon: 'no bust' and the allowed years depend on it.
    tgt = parse_target(target if isinstance(target, str) else target.text, end_year)
    center = as_vector(values)
    col = P.keys().index(lever)
    current = float(center[col])
    grid = np.unique(np.append(np.linspace(param.min, param.max, max(int(grid_points), 2)), current))
    met, achieved = _evaluate(center, col, grid, tgt, end_year)
    here = int(np.searchsorted(grid, current))

    def result(**kw) -> GoalResult:
        return GoalResult(lever=lever, target=tgt, current=current, end_year=end_year,
                          current_achieved=float(achieved[here]), **kw)

    if met[here]:
        return result(outcome="already_met", reachable=True, value=current,
                      slider_value=_on_step(param, current), achieved=float(achieved[here]),
                      closest=current, already_met=True)
    hits = np.flatnonzero(met)
    if hits.size == 0:
        return _unreachable(tgt, grid, achieved, current, result)
    best = int(hits[np.argmin(np.abs(grid[hits] - current))])
    toward = best + 1 if grid[best] < current else best - 1     # not met: nearer to the current value
    value, value_achieved = _refine(center, col, grid[toward], grid[best], tgt, end_year, param.step / 10)
    slider = _slider_value(center, col, param, value, grid[toward], tgt, end_year)
    return result(outcome="reached", reachable=True, value=value, slider_value=slider,
                  achieved=value_achieved, closest=value)


def _evaluate(center, col, lever_values, tgt, end_year):
    """(met, achieved) for the scenario `center` with column `col` set to each lever value."""
    matrix = np.repeat(center[None, :], len(lever_values), axis=0)
    matrix[:, col] = lever_values
    return tgt.met(simulate(matrix, end_year))


def _refine(center, col, unmet, hit, tgt, end_year, tolerance):
    """Narrow the bracket [unmet, hit] (unmet end does not meet, hit end does) to `tolerance`;
    return the hit end and its achieved figure."""
    hit_achieved = float(_evaluate(center, col, [hit], tgt, end_year)[1][0])
    while abs(hit - unmet) > tolerance:
        points = np.linspace(unmet, hit, REFINE_POINTS + 2)[1:-1]
        met, achieved = _evaluate(center, col, points, tgt, end_year)
        if met.any():
            first = int(np.argmax(met))               # the met point nearest the unmet end
            hit, hit_achieved = float(points[first]), float(achieved[first])
            unmet = float(points[first - 1]) if first > 0 else unmet
        else:
            unmet = float(points[-1])
    return float(hit), hit_achieved


def _on_step(param, value):
    """`value` if it lies on the lever's slider step grid, else None."""
    snapped = value_at_step(param, step_of_value(param, value))
    return snapped if abs(snapped - value) <= 1e-9 * max(1.0, abs(value)) else None


def _slider_value(center, col, param, value, unmet, tgt, end_year):
    """The slider step value next to `value`, on the side away from the unmet end, that meets
    the target (the nearest step first), or None."""
    exact = (value - param.min) / param.step
    away = 1 if value >= unmet else -1
    first = int(np.ceil(exact - 1e-9)) if away > 0 else int(np.floor(exact + 1e-9))
    indices = [i for i in (first, first + away) if 0 <= i <= step_count(param)]
    if not indices:
        return None
    candidates = np.array([value_at_step(param, i) for i in indices])
    met, _ = _evaluate(center, col, candidates, tgt, end_year)
    return float(candidates[int(np.argmax(met))]) if met.any() else None


def _unreachable(tgt, grid, achieved, current, result):
    """The unreachable result: the lever value that comes closest and which way the lever would
    have to go (+1 above its max, -1 below its min, 0 cannot be told)."""
    margin = tgt.margin(achieved)
    top = margin.max()
    best_points = np.flatnonzero(margin == top)
    closest = float(grid[best_points[np.argmin(np.abs(grid[best_points] - current))]])
    outcome, direction = "unreachable", 0
    if np.ptp(achieved) == 0:      # the figure itself (a margin to a threshold of 1e300 is
        outcome = "no_effect"      # the same at every lever value: the figure still moves)
    elif margin[-1] == top and margin[-1] > margin[-2]:
        direction = 1
    elif margin[0] == top and margin[0] > margin[1]:
        direction = -1
    return result(outcome=outcome, reachable=False, value=None, slider_value=None,
                  achieved=float(achieved[grid == closest][0]), closest=closest,
                  direction=direction)

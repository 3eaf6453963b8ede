"""The parameter table: one CSV row per model input, loaded into `Parameter` records.

Everything that needs to know about inputs (validation, the command line, the sliders, the docs,
snapshots) reads them from here; adding a parameter is adding one row to
`resources/parameters.csv`.
"""
from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping

import numpy as np

from resources import PARAMETER_TABLE, resource_path

from .errors import InputError, TableText, clip_repr

TABLE_PATH = resource_path(PARAMETER_TABLE)
# a decimal comma (not three digits after it, which may be a thousands separator: "1,000")
_DECIMAL_COMMA = re.compile(r"[-+]?[0-9]{1,18},(?:[0-9]{1,2}|[0-9]{4,18})", re.ASCII)
_ASCII_NUMBER = re.compile(r"[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?", re.ASCII)
PRIMARY_GROUP = "primary"       # the group of the large levers on top of the slider column
# Every group a row may name, in display order, with its title (an English source string: the
# window translates it, context ModelText; docs/PARAMETERS.md heads its section with it). The
# one list of groups: the sliders, the help's and the docs' parameter references read it.
GROUPS: Mapping[str, str] = {
    PRIMARY_GROUP: "Main levers", "capex": "Capex", "power": "Power",
    "monetization": "Monetization", "hardware": "Hardware", "financing": "Financing",
    "investors": "Investors", "macro": "Macroeconomy", "regions": "Regions",
}
_COLUMNS = ("key", "label", "unit", "default", "min", "max", "step", "group", "description",
            "source", "spread", "code", "since_schema")
_FILL_IN = "python -m model.store.table_columns fills in code and since_schema"


class ParameterError(InputError):
    """A parameter value or name that the table does not allow; the message says what is allowed."""


@dataclass(frozen=True)
class Parameter:
    """One model input as declared in the table (values in the table's display units)."""

    key: str
    label: str
    unit: str
    default: float
    min: float
    max: float
    step: float
    group: str
    description: str
    source: str
    spread: float = 0.0   # half-width of the triangular uncertainty around the current value; 0 = fixed
    code: int = -1        # stable number in scenario codes (model.store.parameter_codes)
    since_schema: int = 1  # snapshot schema version in which the parameter first appeared

    def range_text(self) -> str:
        """The allowed range, e.g. '0 to 150 % per year'."""
        return f"{_fmt(self.min)} to {_fmt(self.max)} {self.unit}"

    def allowed(self) -> "ParameterError":
        """The allowed range as a part of a message: str() is range_text(); a window words it
        in its language (its numbers in the locale, its unit as the table's translation)."""
        return ParameterError("{low:g} to {high:g} {unit}", low=self.min, high=self.max,
                              unit=TableText(self.unit))

    def check(self, value: object) -> float:
        """Return `value` as a float if it is a finite number within range, else raise
        ParameterError. A typed '-0' is 0 (never a negative zero, which is written '-0' in a
        scenario code, a snapshot file and the command line's messages)."""
        if isinstance(value, str):
            # the minus sign U+2212 (what a word processor or a web page writes for '-') is
            # read as '-', as the window's value boxes read it ('−2' was refused as 'not
            # written with ASCII digits')
            value = value.replace("\u2212", "-")
        if isinstance(value, str) and _DECIMAL_COMMA.fullmatch(value.strip()):
            # '60,5' typed in a locale that writes a decimal comma: said as such, with the
            # number to write (was 'not a number written with ASCII digits', which it is)
            raise ParameterError("{key}: {value} has a decimal comma; write a decimal point, "
                                 "e.g. {pointed} (allowed: {range_text})",
                                 key=self.key, value=clip_repr(value),
                                 pointed=value.strip().replace(",", "."),
                                 range_text=self.allowed())
        if isinstance(value, str) and not _ASCII_NUMBER.fullmatch(value.strip()):
            # float() also takes other scripts' digits ('٦٠') and '_' separators: refused
            raise ParameterError("{key}: {value} is not a number written with ASCII digits "
                                 "(allowed: {range_text})",
                                 key=self.key, value=clip_repr(value), range_text=self.allowed())
        try:
            number = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError, OverflowError):
            raise ParameterError("{key}: {value} is not a number (allowed: {range_text})",
                                 key=self.key, value=clip_repr(value),
                                 range_text=self.allowed()) from None
        if isinstance(value, bool) or not math.isfinite(number):
            raise ParameterError("{key}: {value} is not a finite number (allowed: {range_text})",
                                 key=self.key, value=clip_repr(value), range_text=self.allowed())
        if not (self.min <= number <= self.max):
            raise ParameterError("{key}: {fmt} is outside the allowed range {range_text}",
                                 key=self.key, fmt=_fmt(number), range_text=self.allowed())
        return number + 0.0          # -0.0 + 0.0 is +0.0; every other number is unchanged

    def as_dict(self) -> dict:
        """The record as a plain dict (for JSON output)."""
        return {c: getattr(self, c) for c in _COLUMNS}


def _fmt(x: float) -> str:
    return f"{x:g}"


@lru_cache(maxsize=None)
def load_table(path: Path = TABLE_PATH) -> tuple[Parameter, ...]:
    """Read and check the parameter table; raises ValueError naming the bad row."""
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != _COLUMNS:
            raise ValueError(f"{path}: columns must be {', '.join(_COLUMNS)} ({_FILL_IN})")
        rows = []
        for line, row in enumerate(reader, start=2):
            try:
                numbers = {c: float(row[c]) for c in ("default", "min", "max", "step", "spread")}
            except ValueError as exc:
                raise ValueError(f"{path}:{line}: {exc}") from None
            try:
                whole = {c: int(row[c]) for c in ("code", "since_schema")}
            except ValueError:
                raise ValueError(f"{path}:{line}: code and since_schema must be whole numbers "
                                 f"({_FILL_IN})") from None
            p = Parameter(key=row["key"], label=row["label"], unit=row["unit"],
                          group=row["group"], description=row["description"],
                          source=row["source"], **numbers, **whole)
            if p.code < 0 or p.since_schema < 1:
                raise ValueError(f"{path}:{line}: {p.key} code must be ≥ 0, since_schema ≥ 1")
            if not (p.min <= p.default <= p.max) or p.step <= 0 or p.spread < 0:
                raise ValueError(f"{path}:{line}: {p.key} default/min/max/step inconsistent")
            if p.group not in GROUPS:
                raise ValueError(f"{path}:{line}: unknown group {p.group!r} (groups: "
                                 f"{', '.join(GROUPS)}; a new one is added to "
                                 "model.parameters.GROUPS with its title)")
            rows.append(p)
    keys = [p.key for p in rows]
    if len(set(keys)) != len(keys):
        raise ValueError(f"{path}: duplicate keys")
    codes = [p.code for p in rows]
    if len(set(codes)) != len(codes):
        raise ValueError(f"{path}: duplicate codes")
    if not any(p.group == PRIMARY_GROUP for p in rows):
        raise ValueError(f"{path}: no parameter of group {PRIMARY_GROUP!r} (the large levers)")
    return tuple(rows)


_table_path = TABLE_PATH        # the table in use (use_table); the shipped one by default


def use_table(path: Path | None = None) -> None:
    """Read the parameters from the table at `path` from now on (None: the shipped table), for
    tests and tools that try out a changed table. Rows may only be appended: the engine keeps
    the column numbers of the keys it has seen."""
    global _table_path
    _table_path = Path(path) if path is not None else TABLE_PATH
    by_key.cache_clear()
    keys.cache_clear()
    primary_keys.cache_clear()
    index.cache_clear()
    bounds.cache_clear()


def parameters() -> tuple[Parameter, ...]:
    """All parameters in table order."""
    return load_table(_table_path)


@lru_cache(maxsize=None)
def by_key() -> Mapping[str, Parameter]:
    """Parameters indexed by key."""
    return {p.key: p for p in parameters()}


@lru_cache(maxsize=None)
def keys() -> tuple[str, ...]:
    """Parameter keys in table order (the column order of a scenario array)."""
    return tuple(p.key for p in parameters())


@lru_cache(maxsize=None)
def primary_keys() -> tuple[str, ...]:
    """The keys of the large levers (group 'primary' in the table), in table order."""
    return tuple(p.key for p in parameters() if p.group == PRIMARY_GROUP)


def __getattr__(name: str):
    """`PRIMARY_KEYS`: primary_keys() of the table in use (a module attribute read by the
    sliders, the goal-seek lever box and the baseline; the table's group column is its one
    home, so a row of group 'primary' is a large lever and use_table's copies are followed)."""
    if name == "PRIMARY_KEYS":
        return primary_keys()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@lru_cache(maxsize=None)
def index() -> Mapping[str, int]:
    """The column of each parameter key in a scenario array (table order); do not change it."""
    return {k: i for i, k in enumerate(keys())}


@lru_cache(maxsize=None)
def bounds() -> tuple[np.ndarray, np.ndarray]:
    """Lower and upper limits of every parameter in table order, in table units (read-only
    arrays)."""
    lo = np.array([p.min for p in parameters()], dtype=float)
    hi = np.array([p.max for p in parameters()], dtype=float)
    lo.flags.writeable = hi.flags.writeable = False
    return lo, hi


def get(key: str) -> Parameter:
    """The parameter named `key`, or ParameterError listing how to find valid keys."""
    try:
        return by_key()[key]
    except KeyError:
        raise ParameterError("unknown parameter {key} (the program's 'params' command lists "
                             "them)",
                             key=clip_repr(key)) \
            from None


def defaults() -> dict[str, float]:
    """Default value of every parameter, in table units."""
    return {p.key: p.default for p in parameters()}


def default_vector() -> np.ndarray:
    """Defaults as a 1-D array in table order."""
    return np.array([p.default for p in parameters()], dtype=float)


def validate(values: Mapping[str, object]) -> dict[str, float]:
    """Check a partial or full mapping key -> value; return it as floats or raise ParameterError."""
    return {k: get(k).check(v) for k, v in values.items()}


def validate_numbers(values: Mapping[str, object]) -> dict[str, float]:
    """Check a partial mapping read from a JSON file (a preset, a storyline step): as
    `validate`, but every value must be a JSON number. Text ('"60"'), true/false, null, a list
    or an object is refused naming the key and what it is (the command line's typed texts go
    through `validate`, which reads '60'). Returns key -> float in table units."""
    for key, value in values.items():
        parameter = get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ParameterError("{key}: {value} is {kind}, not a number (write the number "
                                 "without quotes, e.g. {example}; allowed: {range_text})",
                                 key=key, value=_shown_json(value), kind=_json_kind(value),
                                 example=_fmt(parameter.default),
                                 range_text=parameter.allowed())
    return validate(values)


def _json_kind(value: object) -> "ParameterError":
    """What a JSON value that is no number is, as a message part (a window words it too)."""
    if isinstance(value, str):
        return ParameterError("text")
    if isinstance(value, bool):
        return ParameterError("true/false")
    if value is None:
        return ParameterError("null")
    if isinstance(value, list):
        return ParameterError("a list")
    return ParameterError("an object")


def _shown_json(value: object) -> str:
    """A JSON value as a file writes it, cut for a message ('"60"', 'true', '[...]')."""
    if isinstance(value, (list, dict)):
        return "[...]" if isinstance(value, list) else "{...}"
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    return clip_repr(value)


def complete(values: Mapping[str, object] | None = None) -> dict[str, float]:
    """Defaults overridden by the validated `values`: a full parameter set."""
    full = defaults()
    full.update(validate(values or {}))
    return full


def groups() -> list[tuple[str, list[Parameter]]]:
    """Parameters grouped in display order: [(group, [Parameter, ...]), ...]."""
    out = []
    for g in GROUPS:
        members = [p for p in parameters() if p.group == g]
        if members:
            out.append((g, members))
    return out

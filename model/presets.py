"""Named scenarios shipped as JSON files in resources/presets/ (name, description, values)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Optional

from resources import PRESETS, resource_path

from . import parameters as P
from .errors import InputError, clip
from .limits import PRESET_MAX_BYTES, PRESET_NAME_MAX_CHARS
from .store.json_file import read_json_object
from .store.snapshot import invisible, not_in_name, not_in_note

PRESET_DIR = resource_path(PRESETS)


@dataclass(frozen=True)
class Preset:
    """A named scenario: the parameter values it sets (others stay at their defaults)."""

    slug: str
    name: str
    description: str
    values: dict = field(default_factory=dict)

    def full_values(self) -> dict[str, float]:
        """Every parameter: the table's defaults overridden by this preset's values (checked
        when the preset was read, so not again: matching() does this at every slider step)."""
        full = P.defaults()
        full.update(self.values)
        return full


def load_preset(path: Path) -> Preset:
    """Read one preset file (a regular file of at most model.limits.PRESET_MAX_BYTES, guarded
    JSON); raise ParameterError naming the file and what is wrong."""
    path = Path(path)
    where = P.ParameterError("preset {name}", name=clip(path.name))     # (a message part)
    try:
        data = read_json_object(path, PRESET_MAX_BYTES, where)
        missing = [k for k in ("name", "description", "values") if k not in data]
        if missing:
            raise P.ParameterError("missing field {field!r}", field=missing[0])
        name, description, values = data["name"], data["description"], data["values"]
        if not isinstance(name, str) or not name.strip() \
                or not isinstance(description, str):
            raise P.ParameterError("'name' and 'description' must be text")
        if len(name) > PRESET_NAME_MAX_CHARS:
            raise P.ParameterError("'name' is {length} characters long (at most {most})",
                                   length=len(name), most=PRESET_NAME_MAX_CHARS)
        late = not_in_note(description)
        if late:          # a tooltip and the help: lines and tabs, as a note
            raise P.ParameterError("'description' holds the invisible character {code} at "
                                   "position {position}; it is text with line breaks and tabs, "
                                   "without other control characters (escape codes, a bell) "
                                   "or direction overrides (U+202A to U+202E, U+2066 to "
                                   "U+2069)",
                                   code=late[0], position=late[1])
        seen = name.strip()
        bad = not_in_name(name) or ((f"U+{ord(seen[0]):04X}", name.index(seen[0]) + 1)
                                    if invisible(name) else None)
        if bad:           # shown in the preset box, the log, a handout: one line, read as typed
            raise P.ParameterError("'name' holds the invisible character {code} at position "
                                   "{position}; a preset's name is one line of visible text "
                                   "without control characters (tabs, line breaks, escape "
                                   "codes) or direction overrides (U+202A to U+202E, U+2066 to "
                                   "U+2069)",
                                   code=bad[0], position=bad[1])
        if not isinstance(values, dict):
            raise P.ParameterError("'values' must be an object")
        checked = P.validate_numbers(values)
    except InputError as exc:
        if str(exc).startswith(str(where)):
            raise P.ParameterError(exc.template, **exc.fields) from None
        raise P.ParameterError("{where}: {problem}", where=where, problem=exc) from None
    except (ValueError, TypeError) as exc:
        raise P.ParameterError("{where}: {exc}",
                               where=where, exc=clip(exc)) from None
    return Preset(path.stem, name, description, checked)


@lru_cache(maxsize=None)
def _scan() -> tuple[tuple[Preset, ...], tuple[P.ParameterError, ...]]:
    found, problems = [], []
    for path in sorted(PRESET_DIR.glob("*.json")):
        try:
            found.append(load_preset(path))
        except P.ParameterError as exc:
            problems.append(exc)
    found.sort(key=lambda p: (p.slug != "baseline", p.slug))
    return tuple(found), tuple(problems)


def all_presets() -> tuple[Preset, ...]:
    """Every usable shipped preset, the baseline first, then by file name. A bad preset file
    is left out (see `problems`), so one broken file never stops the program."""
    return _scan()[0]


def problems() -> tuple[str, ...]:
    """One line per preset file that could not be used (naming the file and what is wrong)."""
    return tuple(str(error) for error in problem_errors())


def problem_errors() -> tuple[P.ParameterError, ...]:
    """The error of each preset file that could not be used (a window words them in its
    language: gui/error_text.py)."""
    return _scan()[1]


def matching(values: Mapping[str, float]) -> Optional[Preset]:
    """The first preset (in all_presets() order) whose every parameter equals `values` (a full
    parameter set), or None: what the window's preset box and a handout name a scenario by.
    Read against the parameter table in use (P.use_table), never a copy kept elsewhere."""
    # A preset's own values first (a few keys: at a slider step one of them usually differs),
    # then every parameter: the same answer without completing every preset at every step.
    return next((p for p in all_presets()
                 if all(values.get(k) == v for k, v in p.values.items())
                 and p.full_values() == values), None)


def find(name: str) -> Preset:
    """The preset whose slug or name matches `name` (case-insensitive), or ParameterError."""
    wanted = name.strip().lower()
    for p in all_presets():
        if wanted in (p.slug.lower(), p.name.lower()):
            return p
    choices = ", ".join(p.slug for p in all_presets())
    raise P.ParameterError("unknown preset {name!r} (choose from: {choices})",
                           name=clip(name), choices=choices)   # a 200,000-character name: cut

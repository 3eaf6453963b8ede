"""Guided rounds (issue 6): storyline files in resources/storylines/*.json, loaded and checked.

A storyline is a title, a description and a list of steps; each step has a title, narration
for the facilitator, optionally a preset, optionally a partial parameter set and optionally the
panels to show. A step's scenario is complete on its own: the preset's values (or the defaults
when there is no preset) with the step's `values` on top; every other parameter at its default.
So stepping back and forth always shows the same scenario. The format is documented in
docs/STORYLINES.md.

    from model.workshop.storyline import all_storylines, load_storyline
    story = load_storyline(path)           # StorylineError naming the file and the step
    story.steps[0].full_values()           # key -> value, table units
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from resources import STORYLINES, resource_path

from .. import panels as panel_registry
from .. import parameters as P
from .. import presets
from ..errors import InputError, clip, clip_repr
from ..limits import STORYLINE_MAX_BYTES, STORYLINE_TITLE_MAX_CHARS
from ..store.json_file import read_json_object
from ..store.snapshot import invisible, not_in_name, not_in_note

STORYLINE_DIR = resource_path(STORYLINES)
MAX_PANELS = panel_registry.MAX_PRESENTED      # a step's panels are shown in presentation mode
STEP_KEYS = {"title", "narration", "preset", "values", "panels"}
TOP_KEYS = {"title", "description", "steps"}


class StorylineError(InputError):
    """A storyline file that cannot be used; the message names the file, the step and the fault."""


@dataclass(frozen=True)
class Step:
    """One step: what to say (title, narration), what to apply (preset and/or values) and which
    panels to show (empty: leave the panels as they are)."""

    title: str
    narration: str
    preset: Optional[str] = None
    values: dict = field(default_factory=dict)
    panels: tuple[str, ...] = ()

    def full_values(self) -> dict[str, float]:
        """The step's complete scenario: the preset's values (or the defaults) overridden by
        the step's values; every other parameter at its default (table units)."""
        base = dict(presets.find(self.preset).values) if self.preset else {}
        base.update(self.values)
        return P.complete(base)


@dataclass(frozen=True)
class Storyline:
    """A loaded storyline; `slug` is the file name without .json."""

    slug: str
    title: str
    description: str
    steps: tuple[Step, ...]


def load_storyline(path: Path) -> Storyline:
    """Read and check one storyline file. Raises StorylineError naming the file (and the step,
    numbered from 1) for unreadable JSON, missing or unknown fields, an unknown preset, an
    unknown parameter key, an out-of-range value or an unknown panel name."""
    path = Path(path)
    where = StorylineError("storyline {name}", name=clip(path.name))    # (a message part)
    try:       # a regular file, bounded, nesting checked before parsing, valid Unicode only
        data = read_json_object(path, STORYLINE_MAX_BYTES, where)
    except InputError as exc:
        if str(exc).startswith(str(where)):
            raise StorylineError(exc.template, **exc.fields) from None
        raise StorylineError("{where}: {problem}", where=where, problem=exc) from None
    if not isinstance(data, dict):
        raise StorylineError("{where}: the file must hold a JSON object with 'title', "
                             "'description' and 'steps'",
                             where=where)
    unknown = sorted(set(data) - TOP_KEYS)
    if unknown:
        raise StorylineError("{where}: unknown field {unknown} (allowed: {join})",
                             where=where, unknown=clip_repr(unknown[0]),
                             join=', '.join(sorted(TOP_KEYS)))
    title = _text(data, "title", where)
    description = _text(data, "description", where, required=False)
    steps = data.get("steps")
    if not isinstance(steps, list) or not steps:
        raise StorylineError("{where}: 'steps' must be a non-empty list of step objects",
                             where=where)
    checked = tuple(_step(raw, StorylineError("{where}, step {n}", where=where, n=n))
                    for n, raw in enumerate(steps, start=1))
    return Storyline(path.stem, title, description, checked)


def _text(data: dict, key: str, where: str, required: bool = True) -> str:
    """The text field `key`, stripped; a title (one line, shown in the window's lists and
    headers) holds no control character or direction override, and no text that shows as
    nothing (zero-width spaces)."""
    value = data.get(key, None if required else "")
    if not isinstance(value, str) or (required and invisible(value)):
        raise StorylineError("{where}: {key!r} must be a non-empty text",
                             where=where, key=key)
    if key == "title" and len(value.strip()) > STORYLINE_TITLE_MAX_CHARS:
        raise StorylineError("{where}: 'title' is {length} characters long; a title is at "
                             "most {STORYLINE_TITLE_MAX_CHARS} characters",
                             where=where, length=len(value.strip()),
                             STORYLINE_TITLE_MAX_CHARS=STORYLINE_TITLE_MAX_CHARS)
    bad = not_in_name(value.strip()) if key == "title" else None
    if bad:
        raise StorylineError("{where}: 'title' holds the invisible character {code} at position "
                             "{position}; a title is one line of text without control "
                             "characters (tabs, line breaks, escape codes) or direction "
                             "overrides (U+202A to U+202E, U+2066 to U+2069)",
                             where=where, code=bad[0], position=bad[1])
    bad = not_in_note(value.strip()) if key != "title" else None
    if bad:                 # the narration and description have lines, as a note
        raise StorylineError("{where}: {key!r} holds the invisible character {code} at "
                             "position {position}; it is text with line breaks and tabs, "
                             "without other control characters (escape codes, a bell) or "
                             "direction overrides (U+202A to U+202E, U+2066 to U+2069)",
                             where=where, key=key, code=bad[0], position=bad[1])
    return value.strip()


def _step(raw: object, where: StorylineError) -> Step:
    if not isinstance(raw, dict):
        raise StorylineError("{where}: a step must be a JSON object with 'title' and "
                             "'narration'",
                             where=where)
    title = _text(raw, "title", where)
    where = StorylineError("{where} ({title})", where=where, title=clip_repr(title))
    unknown = sorted(set(raw) - STEP_KEYS)
    if unknown:
        raise StorylineError("{where}: unknown field {unknown} (allowed: {join})",
                             where=where, unknown=clip_repr(unknown[0]),
                             join=', '.join(sorted(STEP_KEYS)))
    narration = _text(raw, "narration", where)
    preset = raw.get("preset")
    if preset is not None:
        if not isinstance(preset, str):
            raise StorylineError("{where}: 'preset' must be a preset name",
                                 where=where)
        try:
            preset = presets.find(preset).slug
        except P.ParameterError as exc:
            raise StorylineError("{where}: {exc}",
                                 where=where, exc=exc) from None
    values = raw.get("values", {})
    if not isinstance(values, dict):
        raise StorylineError("{where}: 'values' must be an object of parameter key -> number",
                             where=where)
    try:
        values = P.validate_numbers(values)
    except P.ParameterError as exc:
        raise StorylineError("{where}: {exc}",
                             where=where, exc=exc) from None
    panels = raw.get("panels", [])
    names = panel_registry.keys()          # the panel registry, read when the file is checked
    if not isinstance(panels, list) or not all(isinstance(p, str) for p in panels):
        raise StorylineError("{where}: 'panels' must be a list of panel names ({join})",
                             where=where, join=', '.join(names))
    bad = [p for p in panels if p not in names]
    if bad:
        raise StorylineError("{where}: unknown panel {bad} (choose from: {join})",
                             where=where, bad=clip_repr(bad[0]), join=', '.join(names))
    if len(panels) > MAX_PANELS or len(set(panels)) != len(panels):
        raise StorylineError("{where}: 'panels' lists 1 to {MAX_PANELS} different panels",
                             where=where, MAX_PANELS=MAX_PANELS)
    return Step(title, narration, preset, values, tuple(panels))


def all_storylines(folder: Path = STORYLINE_DIR) -> tuple[list[Storyline], list[str]]:
    """Every storyline in `folder` by file name, and the errors of the files that could not be
    loaded (one message each), so one broken file does not hide the others."""
    found, errors = storylines_and_errors(folder)
    return found, [str(error) for error in errors]


def storylines_and_errors(folder: Path = STORYLINE_DIR) -> tuple[list[Storyline],
                                                                 list[StorylineError]]:
    """As all_storylines, with the errors themselves (a window words them in its language:
    gui/error_text.py)."""
    found, errors = [], []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            found.append(load_storyline(path))
        except StorylineError as exc:
            errors.append(exc)
    return found, errors

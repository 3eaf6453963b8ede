"""Named scenarios shipped as JSON files in resources/presets/ (name, description, values)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from resources import PRESETS, resource_path

from . import parameters as P

PRESET_DIR = resource_path(PRESETS)


@dataclass(frozen=True)
class Preset:
    """A named scenario: the parameter values it sets (others stay at their defaults)."""

    slug: str
    name: str
    description: str
    values: dict = field(default_factory=dict)

    def full_values(self) -> dict[str, float]:
        """Every parameter: defaults overridden by this preset's values."""
        return P.complete(self.values)


def load_preset(path: Path) -> Preset:
    """Read one preset file; raise ParameterError naming the file and what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        name, description, values = data["name"], data["description"], data["values"]
        if not isinstance(values, dict):
            raise TypeError("'values' must be an object")
        checked = P.validate(values)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise P.ParameterError(f"preset {path.name}: {exc}") from None
    return Preset(path.stem, str(name), str(description), checked)


@lru_cache(maxsize=None)
def all_presets() -> tuple[Preset, ...]:
    """Every shipped preset, the baseline first, then by file name."""
    found = [load_preset(p) for p in sorted(PRESET_DIR.glob("*.json"))]
    found.sort(key=lambda p: (p.slug != "baseline", p.slug))
    return tuple(found)


def find(name: str) -> Preset:
    """The preset whose slug or name matches `name` (case-insensitive), or ParameterError."""
    wanted = name.strip().lower()
    for p in all_presets():
        if wanted in (p.slug.lower(), p.name.lower()):
            return p
    choices = ", ".join(p.slug for p in all_presets())
    raise P.ParameterError(f"unknown preset {name!r} (choose from: {choices})")

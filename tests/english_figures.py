"""Headline figures as the English window has always written them, written out by hand (not by
gui/format.py) so that tests can check the formatter and texts quoting figures against it:
'$4.20T', '$950B', '10.5 GW', '2031', '42', 'none', 'not by 2050'."""
from __future__ import annotations


def english(value, unit: str, key: str = "", end_year: int = 2050) -> str:
    """One headline figure in the English of the window (unit keys of model.outputs.UNITS)."""
    if value is None:
        return f"not by {end_year}" if key == "coverage_year" else "none"
    if unit in ("year", "index"):
        return f"{value:.0f}"
    if unit.startswith("busd"):
        return f"${value / 1000:.2f}T" if abs(value) >= 1000 else f"${value:.0f}B"
    if unit == "gw":
        return f"{value:.1f} GW"
    raise ValueError(f"no English format written for unit {unit!r}")


def english_headline(h) -> str:
    """A model.outputs.Headline (or SavedHeadline) in the English of the window."""
    return english(h.value, h.unit, h.key, getattr(h, "end_year", 2050) or 2050)


"""The verdict: what one scenario does, in one kind and a few figures (issue 11).

    verdict(results, i=0) -> Verdict(kind, figures)

Kinds (VERDICT_KINDS), checked in this order:

    'bust'         investors lose patience (model.outputs.Results.bust_year): figures bust_year
                   (year), capex_fall (pct: the deepest fall of total capex below its running
                   peak, the engine's bust_depth_pct) and peak_stress (index, 0-100)
    'covered'      no bust within the run, and revenue covers the installed base's full cost
                   from coverage_year (year; the headline 'Revenue covers spend'); also
                   end_year (year) and peak_stress
    'not_covered'  no bust within the run, but revenue never covers the full cost by end_year
                   (year); also peak_stress

Numbers and unit keys (model.outputs.UNITS) only: the window words a verdict in the interface
language (gui/widgets/verdict_line.py), the PDF handout prints the same words. The figures are
read from model.outputs.headline_arrays, the one definition of the headline figures, so the
verdict never disagrees with the headline strip.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..outputs import Results, headline_arrays

VERDICT_KINDS = ("bust", "covered", "not_covered")


@dataclass(frozen=True)
class Figure:
    """One number of a verdict and its unit key (model.outputs.UNITS: 'year', 'pct', 'index')."""

    value: float
    unit: str


@dataclass(frozen=True)
class Verdict:
    """A verdict: its kind (one of VERDICT_KINDS) and its figures by name (see the module
    docstring for which kind has which)."""

    kind: str
    figures: dict[str, Figure]

    def value(self, name: str) -> float:
        """The number of figure `name`, in its unit."""
        return self.figures[name].value


def verdict(results: Results, i: int = 0) -> Verdict:
    """The verdict of scenario i of `results` (see the module docstring)."""
    heads = headline_arrays(results)
    stress = Figure(float(heads["peak_stress"][i]), "index")
    end = Figure(float(results.years[-1]), "year")
    bust = float(heads["bust_year"][i])
    if not math.isnan(bust):
        return Verdict("bust", {
            "bust_year": Figure(bust, "year"),
            "capex_fall": Figure(float(results["bust_depth_pct"][i]), "pct"),
            "peak_stress": stress})
    covered = float(heads["coverage_year"][i])
    if not math.isnan(covered):
        return Verdict("covered", {"coverage_year": Figure(covered, "year"), "end_year": end,
                                   "peak_stress": stress})
    return Verdict("not_covered", {"end_year": end, "peak_stress": stress})

"""The verdict: what one scenario does, in one kind and a few figures (issue 11).

    verdict(results, i=0) -> Verdict(kind, figures)

Kinds (VERDICT_KINDS), checked in this order:

    'bust_lasting' a bust whose investors stay pulled back (π ≥ ½) through the last
                   LASTING_YEARS years while new compute earns less than its full cost at the
                   end (docs/MODEL.md §15, "Some busts never end"): figures bust_year,
                   end_year, capex_fall and price_to_cost
                   (pct: what a unit of new compute earns over its full cost in the last year,
                   the engine's compute_price_to_fullcost_ratio × 100)
    'bust'         investors lose patience (model.outputs.Results.bust_year): figures bust_year
                   (year), capex_fall (pct: the deepest fall of total capex below its running
                   peak, the engine's bust_depth_pct) and peak_stress (index, 0-100); and
                   turn_year (year: the peak that deepest fall starts from) when capex turned
                   TURN_LEAD years or more before the bust year (the pull-back cuts plans from
                   its first tenths, so capex often turns before investors count as out:
                   docs/MODEL.md §15, "The bust year is when investors lose patience")
    'decline'      no bust (investors stay in), yet capex falls at least DECLINE_FALL % below its
                   running peak: a money-bound or shrinking plan, which a bust year would not
                   show: figures capex_fall (pct, as for 'bust'), peak_year (year: the peak
                   before the deepest fall), unfunded (pct: the share of the builders'
                   plans that could not be funded from that peak to the trough) and waiting
                   (pct: the share of their plans, backlog included, that waited for power
                   in those years: capex held back at a power wall, not plans that shrink)
    'covered'      no bust within the run, and revenue covers the installed base's full cost
                   from coverage_year (year; the headline 'Revenue covers spend'); also
                   end_year (year) and peak_stress; and short_again_year (year) when revenue
                   falls below the full cost again in a later year (after the two covered
                   years that make the headline): 'from 2032' would say it stays covered
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

import numpy as np

from ..outputs import Results, headline_arrays

VERDICT_KINDS = ("bust_lasting", "bust", "decline", "covered", "not_covered")
PULLED_BACK = 0.5     # the pull-back π at which investors count as out (the bust year's rule)
LASTING_YEARS = 5     # a bust 'lasts' if investors are out in each of the last this many years
DECLINE_FALL = 20.0   # % below its running peak: a fall of capex the room must hear about
TURN_LEAD = 2         # years: a capex turn this long before the bust year is named with it


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
        price_to_cost = float(results["compute_price_to_fullcost_ratio"][i][-1])
        out_to_the_end = results["investor_pullback"][i][-LASTING_YEARS:] >= PULLED_BACK
        if out_to_the_end.all() and price_to_cost < 1.0:
            return Verdict("bust_lasting", {
                "bust_year": Figure(bust, "year"), "end_year": end,
                "capex_fall": Figure(float(results["bust_depth_pct"][i]), "pct"),
                "price_to_cost": Figure(100.0 * price_to_cost, "pct")})
        figures = {"bust_year": Figure(bust, "year"),
                   "capex_fall": Figure(float(results["bust_depth_pct"][i]), "pct"),
                   "peak_stress": stress}
        turn = float(results.years[_deepest_fall(results["capex_total_busd"][i])[0]])
        if turn <= bust - TURN_LEAD:
            figures["turn_year"] = Figure(turn, "year")
        return Verdict("bust", figures)
    fall = float(results["bust_depth_pct"][i])
    if fall >= DECLINE_FALL:
        return _decline(results, i, fall)
    covered = float(heads["coverage_year"][i])
    if not math.isnan(covered):
        figures = {"coverage_year": Figure(covered, "year"), "end_year": end,
                   "peak_stress": stress}
        after = results.years >= covered + 2          # after the two covered years
        short = after & (results["fullcost_coverage_ratio"][i] < 1.0)
        if short.any():
            figures["short_again_year"] = Figure(float(results.years[np.argmax(short)]), "year")
        return Verdict("covered", figures)
    return Verdict("not_covered", {"end_year": end, "peak_stress": stress})


def _decline(results: Results, i: int, fall: float) -> Verdict:
    """The 'decline' verdict of scenario i, whose capex falls `fall` % below its running peak."""
    capex = results["capex_total_busd"][i]
    peak, trough = _deepest_fall(capex)
    span = slice(peak, trough + 1)
    short = float(np.sum(results["capex_unfunded_busd"][i][span]))
    planned = float(np.sum(capex[span])) + short
    unfunded = short / planned if planned > 0 else 0.0
    # capex_desired_busd holds each year's plan with the backlog it carries in; the backlog
    # left at the year's end is the part of it that waits for power
    wanted = float(np.sum(results["capex_desired_busd"][i][span]))
    waited = float(np.sum(results["capex_backlog_busd"][i][span]))
    waiting = waited / wanted if wanted > 0 else 0.0
    return Verdict("decline", {"capex_fall": Figure(fall, "pct"),
                               "peak_year": Figure(float(results.years[peak]), "year"),
                               "unfunded": Figure(100.0 * unfunded, "pct"),
                               "waiting": Figure(100.0 * waiting, "pct")})


def _deepest_fall(capex: np.ndarray) -> tuple[int, int]:
    """(peak, trough): the year indices of the deepest fall of `capex` ($B a year) below its
    running peak, and of the peak that fall starts from."""
    running_peak = np.maximum.accumulate(capex)
    trough = int(np.argmax(1.0 - capex / np.maximum(running_peak, 1e-12)))
    return int(np.argmax(capex[: trough + 1])), trough

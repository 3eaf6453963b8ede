"""The AI-infrastructure boom model: pure numpy/pandas, no Qt.

    from model import simulate
    frame = simulate({"capex_growth": 60}).frame()      # one scenario -> DataFrame by year
    batch = simulate(matrix)                            # (N, P) array -> arrays (N, T)
"""
from __future__ import annotations

from . import engine, outputs, parameters, presets, scenario
from .engine import DEFAULT_END_YEAR, MAX_END_YEAR, START_YEAR
from .outputs import Results, headlines
from .parameters import ParameterError

__all__ = ["simulate", "Results", "ParameterError", "headlines", "parameters", "scenario",
           "engine", "outputs", "presets", "START_YEAR", "DEFAULT_END_YEAR", "MAX_END_YEAR"]
MODEL_VERSION = "2.0"


def simulate(scenarios: scenario.ScenarioInput,
             end_year: int = DEFAULT_END_YEAR) -> Results:
    """Run one scenario (a mapping key -> value, missing keys at their defaults), a list of
    mappings, or an (N, P) array in parameter-table order, from 2024 to `end_year` (≤ 2060).

    Returns `Results`: arrays of shape (N, T) by column; `.frame(i)` is scenario i as a DataFrame.
    Raises ParameterError for an unknown key or a value outside its range.
    """
    matrix = scenario.to_matrix(scenarios)
    arrays = engine.run(matrix, end_year)
    return Results(arrays, engine.years(end_year))

"""Analyses on top of the model, all Qt-free and vectorised over scenarios:

    uncertainty   bands(values) -> Bands: 10/25/50/75/90 % bands per output column, bust probability
    sensitivity   tornado(values, headline) -> [Bar]: every parameter swung across its range
    attribution   attribute(values, baseline) -> Attribution: Shapley split of headline changes
    goal_seek     goal_seek(values, lever, "coverage >= 1 by 2032") -> GoalResult
    baseline      assumption_baseline(values): the primary levers back at their defaults
    metrics       headline_values(results): headline figures as (N,) arrays (numeric stand-ins
                  for none/never)
    verdict       verdict(results): what a scenario does, as a kind and figures with unit keys

Each module's docstring documents its method, units and how the window should use it.
"""

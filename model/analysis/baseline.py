"""The baseline that follows the assumptions (issue 6).

The grey baseline normally shows the default scenario. With "baseline follows the assumptions"
on, it is the current scenario with only the three primary levers (model.parameters.PRIMARY_KEYS:
capex growth, monetization speed, power build-out) back at their defaults, so the room can tell
what the levers did from what the changed advanced assumptions did. Pass the result to
`model.simulate` for the baseline curves, or to `model.analysis.attribution.attribute(values,
baseline=...)` to split the levers' effect between the three levers.
"""
from __future__ import annotations

from typing import Mapping

from .. import parameters as P


def assumption_baseline(values: Mapping[str, float]) -> dict[str, float]:
    """A full parameter set (key -> value, table units): `values` (missing keys at their
    defaults) with the primary levers reset to their defaults. Raises ParameterError for an
    unknown key or an out-of-range value."""
    full = P.complete(values)
    defaults = P.defaults()
    full.update({key: defaults[key] for key in P.PRIMARY_KEYS})
    return full

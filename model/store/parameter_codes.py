"""What snapshots and scenario codes know about parameters, all read from the parameter table.

Each table row has a `code` (a small whole number, stable for ever: scenario codes write it in
place of the key) and a `since_schema` (the snapshot schema version in which the parameter
first appeared: a file of that version or newer must list it, an older file gets its default).

A parameter removed from the table keeps its code here in RETIRED, so that its number is never
given to another parameter, old snapshots that list it still load (the value is dropped) and a
scenario code holding it is refused with a message saying so. `python -m
model.store.table_columns` fills in both columns of a new row.
"""
from __future__ import annotations

from typing import Mapping

from .. import parameters as P

# code -> key of parameters removed from the table (APPEND-ONLY).
RETIRED: Mapping[int, str] = {
    # Model 2.0: the constants of Sequoia's yardstick (R1) are fixed in the engine, since the
    # yardstick is displayed only and no longer drives a decision.
    22: "gpu_share_of_dc_cost",
    23: "end_user_margin",
}


def codebook() -> dict[int, str]:
    """Code number -> parameter key, for the table's parameters and the retired ones."""
    book = dict(RETIRED)
    book.update({p.code: p.key for p in P.parameters()})
    return book


def retired_keys() -> frozenset[str]:
    """Keys of parameters removed from the table (ignored when found in old files)."""
    return frozenset(RETIRED.values())


def keys_in_schema(version: int) -> tuple[str, ...]:
    """Keys (table order) of the parameters a snapshot of schema `version` lists: those whose
    `since_schema` is at most `version`."""
    table = P.parameters()
    cached = _SCHEMA_KEYS.get(version)
    if cached is None or cached[0] is not table:        # a new table (tests swap it): recompute
        cached = (table, tuple(p.key for p in table if p.since_schema <= version))
        _SCHEMA_KEYS[version] = cached
    return cached[1]


_SCHEMA_KEYS: dict[int, tuple] = {}     # version -> (the table it was computed from, keys)


"""The error every part of the model raises for bad input, so a caller can catch them all.

    InputError            bad input from a user: the message says what was wrong and what is
      ParameterError      allowed (model.parameters: an unknown key, a value out of range)
      SnapshotError       (model.store.snapshot: a snapshot file that cannot be used)
      StoreError          (model.store.snapshot_store: the snapshot folder cannot be written)
      ScenarioCodeError   (model.store.scenario_code: a code that cannot be used)
      StorylineError      (model.workshop.storyline: a storyline file that cannot be used)

The window and the command line catch InputError around an action that may raise several of
these and show its message as one line; nothing else about them is shared.
"""
from __future__ import annotations


class InputError(ValueError):
    """Bad input (a value, a file, a code); the message names what is wrong and what is allowed."""

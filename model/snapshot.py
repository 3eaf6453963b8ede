"""Snapshot files (minimal reader; the full format is in docs/SNAPSHOTS.md once issue 4 lands)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from . import parameters as P

MAX_BYTES = 5 * 1024 * 1024


class SnapshotError(P.ParameterError):
    """A snapshot file that cannot be used; the message names the file and what is wrong."""


@dataclass
class Snapshot:
    """A saved scenario: its name, note and full parameter set."""

    name: str
    parameters: dict = field(default_factory=dict)
    note: str = ""


def load(path: Path) -> Snapshot:
    """Read and validate a snapshot file, or raise SnapshotError naming it."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SnapshotError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB")
        data = json.loads(path.read_bytes().decode("utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("parameters"), dict):
            raise SnapshotError(f"{path}: not a snapshot (no 'parameters' object)")
        values = P.validate(data["parameters"])
    except SnapshotError:
        raise
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise SnapshotError(f"{path}: {exc}") from None
    return Snapshot(str(data.get("name", path.stem)), values, str(data.get("note", "")))

"""The kept session (issue 11, "nothing lost"): what the window was showing when it quit or
crashed, so that the next start brings it back.

One JSON file, session.json in the data folder, written atomically (model.store.atomic) after
every change and on quit:

    {"version": 1, "saved": "2026-03-05T14:03:12+01:00",
     "values": {key: number, ...},          # the scenario: parameters away from their
                                            # defaults, table units (unknown keys dropped)
     "compare": ["file.json", ...],         # compared snapshots (file names in the library)
     "baseline_follows": false,             # View > Baseline follows assumptions
     "uncertainty": false,                  # Analysis > Uncertainty (the bands shown)
     "panels": ["capex", ...],              # the plot panels shown (panel registry keys)
     "docks": ["snapshotDock", ...],        # feature docks open, the one in front last
     "lang": "de"}                          # the interface language

Every part is optional: a part that is missing or malformed is dropped (and named in
`problems`), the others are kept. The session log is not here: it has its own journal
(model.workshop.session_log). Qt-free; the window's feature is gui/features/session_state.py.
"""
from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Optional

from .. import parameters as P
from ..errors import InputError, Worded
from ..limits import NAME_MAX_BYTES, SESSION_MAX_BYTES
from ..store import atomic
from ..store.json_file import read_json_object
from ..store.safe_read import path_text

FILE_NAME = "session.json"
VERSION = 1
# Parts that hold a list of names (strings), each checked as such on reading.
NAME_LISTS = ("compare", "panels", "docks")
# Parts that are on or off (true/false), each dropped silently if not a boolean.
SWITCHES = ("baseline_follows", "uncertainty")
MAX_NAMES = 100         # names a list may hold (the window uses a handful)


def _plain_name(name) -> bool:
    """True for a non-empty string naming a file or key in one folder: no separators, not '.'
    or '..', no control characters (a kept compare name must not reach outside the library)."""
    return (isinstance(name, str) and 0 < len(name.encode("utf-8", "surrogatepass")) <= NAME_MAX_BYTES
            and name not in (".", "..")
            and not any(c in name for c in "/\\") and all(ord(c) >= 32 for c in name))


def session_path(folder: Path) -> Path:
    """The session file in data folder `folder`."""
    return Path(folder) / FILE_NAME


def write(folder: Path, state: dict) -> None:
    """Write `state` (the parts above; other keys are ignored) to the session file in `folder`,
    atomically, with the time. Raises OSError if it cannot be written."""
    kept = {"version": VERSION,
            "saved": datetime.now().astimezone().isoformat(timespec="seconds")}
    for key in ("values", "lang") + SWITCHES + NAME_LISTS:
        if key in state:
            kept[key] = state[key]
    if "values" in kept:          # only what differs: a later release's new defaults apply
        defaults = P.defaults()
        kept["values"] = {k: float(v) for k, v in kept["values"].items() if defaults.get(k) != v}
    atomic.make_folder_of(session_path(folder))
    atomic.write_text(session_path(folder), json.dumps(kept, ensure_ascii=False))


def read(folder: Optional[Path], problems: Optional[list] = None) -> dict:
    """The kept session of data folder `folder` ({} if there is none or no folder): only the
    parts that are well-formed; each dropped part (or an unreadable file) is described in one
    line appended to `problems`."""
    problems = problems if problems is not None else []
    if folder is None:
        return {}
    path = session_path(folder)
    if not os.path.lexists(path):
        return {}
    try:      # the guards of every file from outside: special files, size, encoding, nesting
        # depth, duplicate keys, NaN (model.store.json_file); a class name ('RecursionError',
        # 'UnicodeDecodeError') was all a broken file was said with
        data = read_json_object(path, SESSION_MAX_BYTES, path_text(path), "session file")
    except InputError as exc:
        problems.append(Worded("{problem}; not read", problem=exc))
        return {}
    if not isinstance(data, dict):
        problems.append(Worded("{path}: not a session file (a JSON object is expected); not "
                               "read", path=path))
        return {}
    state: dict = {}
    values = data.get("values")
    if isinstance(values, dict):
        # value by value: one value this version cannot take (a range narrowed since, an
        # edited file) dropped all the others with it, and the next change wrote them away
        kept, dropped = {}, False
        known = set(P.keys())
        for key, value in values.items():
            if key not in known:
                continue
            try:
                kept.update(P.validate_numbers({key: value}))
            except P.ParameterError as exc:
                dropped = True
                problems.append(Worded("{path}: value dropped ({problem})", path=path,
                                       problem=exc))
        if kept or not dropped:
            state["values"] = P.complete(kept)
    elif values is not None:
        problems.append(Worded("{path}: values dropped ({problem})", path=path,
                               problem=P.ParameterError("values must be an object of "
                                                        "parameter: number")))
    for key in NAME_LISTS:
        names = data.get(key)
        if names is None:
            continue
        if isinstance(names, list) and len(names) <= MAX_NAMES and all(map(_plain_name, names)):
            state[key] = list(names)
        else:
            problems.append(Worded("{path}: {key} dropped (a list of at most {most} plain names, "
                                   "without folders, is expected)", path=path, key=key,
                                   most=MAX_NAMES))
    for key in SWITCHES:
        if isinstance(data.get(key), bool):
            state[key] = data[key]
    if isinstance(data.get("lang"), str):
        state["lang"] = data["lang"]
    return state


def clear(folder: Path) -> None:
    """Remove the session file of `folder` (nothing if there is none)."""
    session_path(folder).unlink(missing_ok=True)

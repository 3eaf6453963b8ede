"""A JSON object from a file the program did not write (presets, storylines), read with the
same guards as a snapshot: a regular file of bounded size opened without blocking
(model.store.safe_read), UTF-8, nesting depth checked before parsing (no RecursionError),
no NaN/Infinity or duplicate keys, no unpaired surrogates (they could never be shown or
written again)."""
from __future__ import annotations

from pathlib import Path

from .safe_read import read_regular_file
from .snapshot import SnapshotError, decode_text, parse_json_object


def read_json_object(path: Path, limit: int, where: str, what: str = "file") -> dict:
    """The JSON object in the file `path` (at most `limit` bytes); InputError whose message
    starts with `where` (e.g. 'preset fast.json') and says what is wrong; `what` names the
    file a special file is not ('is a folder, not a session file')."""
    data = read_regular_file(path, limit, what, SnapshotError)
    return parse_json_object(decode_text(data, where), where)

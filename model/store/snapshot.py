"""Snapshot files: one human-readable JSON file per saved scenario (format in docs/SNAPSHOTS.md).

    snap = create("Slow money", {"monetization_speed": 20}, note="from table 3")
    save(snap, Path("slow.json"))            # atomic: temp file, fsync, rename
    load(Path("slow.json")).parameters       # full, validated parameter set

Loading is defensive: whatever the bytes, `load` / `loads` either return a valid `Snapshot` or
raise `SnapshotError` whose message names the file and says what is wrong. Nothing in a file is
ever executed (JSON only) and loading never writes to the file. Older schema versions are
migrated on load (the file itself is left as it is).

Which parameters a file lists comes from the parameter table (model.store.parameter_codes): a
file of schema version V lists every parameter whose `since_schema` is at most V; the others
take their defaults when it is loaded.
"""
from __future__ import annotations

import codecs
import json
import math
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Mapping, Optional

import numpy as np

from .. import parameters as P
from ..errors import InputError, clip, clip_repr
from ..limits import (MAX_COMPARE_SAVED, SNAPSHOT_MAX_BYTES, SNAPSHOT_MAX_DEPTH,
                      SNAPSHOT_MAX_INT_DIGITS, SNAPSHOT_MAX_NAME_CHARS, SNAPSHOT_MAX_NOTE_CHARS)
from . import parameter_codes
from .atomic import write_text
from .safe_read import read_regular_file

SCHEMA_VERSION = 5            # the version this program writes; it reads 0..SCHEMA_VERSION
MAX_BYTES = SNAPSHOT_MAX_BYTES  # larger files are refused before they are read (model/limits.py)
MAX_DEPTH = SNAPSHOT_MAX_DEPTH  # deepest JSON nesting accepted (a snapshot needs 3)
MAX_NAME_CHARS = SNAPSHOT_MAX_NAME_CHARS
MAX_NOTE_CHARS = SNAPSHOT_MAX_NOTE_CHARS   # a new note (a file's may be longer, within MAX_BYTES)
MAX_COMPARE = MAX_COMPARE_SAVED   # entries in a saved compare selection (model/limits.py)
PROGRAM_NAME = "ai-capex-explorer"

_REQUIRED_V1 = ("schema_version", "name", "parameters")
_OPTIONAL_V1 = ("note", "created", "program_version", "model_version", "headlines", "compare")
_KEYS_V0 = ("name", "note", "parameters")
_HEADLINE_FIELDS = ("label", "value", "unit", "text")   # 'text': files before issue 10, ignored


class SnapshotError(InputError):
    """A snapshot file that cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True)
class SavedHeadline:
    """A headline figure as it was at save time: the number (None = 'never'/'none') and its unit
    key (model.outputs.UNITS). No display text: the window writes it when it shows it."""

    key: str
    label: str
    value: Optional[float]
    unit: str


@dataclass
class Snapshot:
    """A saved scenario: name, note, time, versions, full parameter set and headline figures.

    `parameters` is every key of the parameter table -> value in table units. `created` is an
    ISO 8601 UTC time ('2025-05-01T12:00:00Z') or None when unknown (migrated files).
    `compare` is an optional compare selection (snapshot file names) or None.
    `migrated_from` is the schema version of the file it was read from when that was older
    than SCHEMA_VERSION, else None. `warnings` are one-line messages about values changed while
    migrating (a value outside a range that has changed since, set to the nearest end), each
    naming the file and the parameter; they are not saved.
    """

    name: str
    parameters: dict = field(default_factory=dict)
    note: str = ""
    created: Optional[str] = None
    program_version: str = ""
    model_version: str = ""
    headlines: dict = field(default_factory=dict)   # key -> SavedHeadline
    compare: Optional[list] = None
    migrated_from: Optional[int] = None
    warnings: tuple = ()


# ---------------------------------------------------------------------------------------------
# Making and writing snapshots

def program_version() -> str:
    """Version of the installed program (from the package metadata), or 'unknown'."""
    try:
        from importlib.metadata import version
        return version(PROGRAM_NAME)
    except Exception:   # not installed (running from a source tree) or broken metadata
        return _version_from_pyproject()


def _version_from_pyproject() -> str:
    try:
        import tomllib
        path = Path(__file__).resolve().parents[2] / "pyproject.toml"
        return str(tomllib.loads(path.read_text(encoding="utf-8"))["project"]["version"])
    except Exception:
        return "unknown"


def model_version() -> str:
    """The model's version string (model.MODEL_VERSION)."""
    from .. import MODEL_VERSION
    return MODEL_VERSION


def utc_now() -> str:
    """The current time as ISO 8601 UTC to the second, e.g. '2025-05-01T12:00:00Z'."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def headlines_of(values: Mapping[str, float], results=None, i: int = 0) -> dict:
    """The headline figures of a scenario as {key: SavedHeadline}; runs the model unless
    `results` (a model.Results holding this scenario as row i) is given."""
    from .. import outputs, simulate
    if results is None:
        results, i = simulate(dict(values)), 0
    return {k: SavedHeadline(k, h.label, h.value, h.unit)
            for k, h in outputs.headlines(results, i).items()}


def create(name: str, values: Mapping[str, float], note: str = "",
           compare: Optional[list] = None, results=None, i: int = 0) -> Snapshot:
    """A new snapshot of `values` (partial mappings are completed with defaults) stamped now,
    with the current program and model versions and the headline figures computed by the model
    (or taken from `results` row i when given). Raises SnapshotError on a bad name or value."""
    try:
        full = P.complete(values)
    except P.ParameterError as exc:
        raise SnapshotError("snapshot {name}: {exc}",
                            name=clip_repr(name), exc=exc) from None
    name = check_name(name)
    note = check_note(note)
    snap = Snapshot(name=name, parameters=full, note=note, created=utc_now(),
                    program_version=program_version(), model_version=model_version(),
                    headlines=headlines_of(full, results, i),
                    compare=list(compare) if compare is not None else None)
    check(snap)
    return snap


def check(snapshot: Snapshot, source: str = "snapshot") -> None:
    """Raise SnapshotError if `snapshot` could not be written as a valid file (its name held to
    the rules of a new name, `check_name`)."""
    _check_new_name(snapshot, source)
    _loads_text(_to_json_unchecked(snapshot), source)


def to_dict(snapshot: Snapshot) -> dict:
    """The snapshot as the JSON document of the current schema (keys in a fixed order)."""
    doc: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "name": snapshot.name,
        "note": snapshot.note,
        "created": snapshot.created,
        "program_version": snapshot.program_version,
        "model_version": snapshot.model_version,
        "parameters": {k: _plain_number(snapshot.parameters[k]) for k in P.keys()
                       if k in snapshot.parameters},
        "headlines": {k: {"label": h.label, "value": _plain_number(h.value), "unit": h.unit}
                      for k, h in snapshot.headlines.items()},
    }
    extra = set(snapshot.parameters) - set(P.keys())
    for k in sorted(extra):          # kept so that validation reports them as unknown
        doc["parameters"][k] = snapshot.parameters[k]
    if snapshot.compare is not None:
        doc["compare"] = list(snapshot.compare)
    return doc


def to_json(snapshot: Snapshot) -> str:
    """The snapshot as the text of a file (UTF-8, indented); SnapshotError if it is not valid."""
    source = f"snapshot {clip_repr(getattr(snapshot, 'name', '?'))}"
    _check_new_name(snapshot, source)
    text = _to_json_unchecked(snapshot)
    _loads_text(text, source)
    return text


def _check_new_name(snapshot: Snapshot, source: str) -> None:
    """SnapshotError if the name about to be written breaks the rules of a new name (a file
    read back cleans such a name, `_check_name`; a written one must not need it)."""
    problem = _name_problem(getattr(snapshot, "name", None))
    if problem:
        raise SnapshotError("{source}: 'name' {problem}",
                            source=source, problem=problem)


def _to_json_unchecked(snapshot: Snapshot) -> str:
    try:
        return json.dumps(to_dict(snapshot), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        raise SnapshotError("snapshot {name}: cannot be written: {exc}",
                            name=clip_repr(getattr(snapshot, 'name', '?')), exc=exc) from None


def save(snapshot: Snapshot, path: Path) -> None:
    """Validate `snapshot` and write it to `path` atomically (temp file, fsync, rename): a crash
    or kill at any moment leaves either the previous file or the new one, whole.
    Raises SnapshotError for an invalid snapshot (nothing is written) and OSError for disk
    problems (the previous file is untouched)."""
    write_text(Path(path), to_json(snapshot))


def _plain_number(value):
    """Integral floats as ints (75 rather than 75.0) for readability; exact either way."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2 ** 53:
        return int(value)
    return value


# ---------------------------------------------------------------------------------------------
# Reading snapshots

def load(path: Path) -> Snapshot:
    """Read and validate the snapshot file at `path` (read-only; the file is never modified).

    Returns a Snapshot whose `.parameters` is the full validated parameter set, migrated from an
    older schema version if need be. Raises SnapshotError naming the file and what is wrong.
    """
    path = Path(path)
    return loads(read_bytes_limited(path), str(path))


def read_bytes_limited(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of `path`, refusing (SnapshotError) a missing, unreadable, too large or special
    file (FIFO, device, folder, symlink loop) before reading it, without ever blocking
    (model.store.safe_read)."""
    return read_regular_file(path, limit, "snapshot file", SnapshotError)


def loads(data: bytes | str, source_name: str = "snapshot") -> Snapshot:
    """Parse and validate snapshot text or bytes; `source_name` (usually the file path) starts
    every error message. Raises SnapshotError and nothing else."""
    try:
        if isinstance(data, str):
            return _loads_text(data, source_name)
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise SnapshotError("{source_name}: expected text or bytes",
                                source_name=source_name)
        return _loads_text(decode_text(bytes(data), source_name), source_name)
    except SnapshotError:
        raise
    except Exception as exc:     # a last guard: the promise is that nothing else escapes
        raise SnapshotError("{source_name}: not a valid snapshot (unexpected {name}: {exc})",
                            source_name=source_name, name=type(exc).__name__,
                            exc=clip(exc)) from None


# Byte-order marks that say a text is UTF-16 or UTF-32 (Windows PowerShell's Out-File and
# Notepad's "Unicode" write UTF-16 with one), longest first: UTF-32 LE begins like UTF-16 LE.
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_text(data: bytes, source_name: str) -> str:
    """The text of a file's bytes: UTF-8 (a leading byte-order mark is allowed), or UTF-16 or
    UTF-32 that says so with its byte-order mark; else SnapshotError (UTF-16 without the mark
    is named as such)."""
    if len(data) > MAX_BYTES:
        raise SnapshotError("{source_name}: larger than {MAX_BYTES} MB; refused",
                            source_name=source_name, MAX_BYTES=MAX_BYTES // (1024 * 1024))
    wide = next((codec for bom, codec in _WIDE_BOMS if data.startswith(bom)), None)
    if wide is not None:
        try:
            data = data.decode(wide).encode("utf-8")
        except UnicodeError:
            raise SnapshotError("{source_name}: not {codec} text, although it begins with "
                                "that byte-order mark",
                                source_name=source_name, codec=wide.upper()) from None
    if not data.strip():
        raise SnapshotError("{source_name}: the file is empty",
                            source_name=source_name)
    if b"\x00" in data:
        if data.lstrip()[:2] in (b"{\x00", b"\x00{"):
            raise SnapshotError("{source_name}: UTF-16 text without a byte-order mark; save "
                                "it as UTF-8",
                                source_name=source_name)
        raise SnapshotError("{source_name}: a binary file, not JSON text",
                            source_name=source_name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SnapshotError("{source_name}: not UTF-8 text (byte {start}): a binary file "
                            "or another encoding, not JSON text",
                            source_name=source_name, start=exc.start) from None


def parse_json_object(text: str, source_name: str) -> dict:
    """The JSON object in `text`, guarded: size and nesting depth checked before parsing,
    NaN/Infinity and duplicate keys refused. Raises SnapshotError naming `source_name`."""
    if len(text) > MAX_BYTES:
        raise SnapshotError("{source_name}: larger than {MAX_BYTES} MB; refused",
                            source_name=source_name, MAX_BYTES=MAX_BYTES // (1024 * 1024))
    if not text.strip():
        raise SnapshotError("{source_name}: the file is empty",
                            source_name=source_name)
    # Fewer opening brackets than the limit cannot nest deeper: the exact count is skipped
    # (a snapshot has about a dozen), which keeps listing a large library fast.
    few = text.count("{") + text.count("[") <= MAX_DEPTH
    depth, unclosed = (0, 0) if few else _bracket_depths(text)
    if depth > MAX_DEPTH:
        raise SnapshotError("{source_name}: JSON nested {depth} levels deep; at most "
                            "{MAX_DEPTH} levels are accepted",
                            source_name=source_name, depth=depth, MAX_DEPTH=MAX_DEPTH)
    try:
        doc = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_unique_keys,
                         parse_float=_finite_float, parse_int=_bounded_int)
    except _DuplicateKey as exc:
        raise SnapshotError("{source_name}: the key {args} appears twice",
                            source_name=source_name, args=clip_repr(exc.args[0])) from None
    except _LongInteger as exc:
        digits = exc.args[0]
        key = _key_before_digits(text, digits)
        if key is not None:
            raise SnapshotError("{source_name}: {key}: a whole number of {digits} digits; at "
                                "most {SNAPSHOT_MAX_INT_DIGITS} digits are accepted",
                                source_name=source_name, key=key, digits=digits,
                                SNAPSHOT_MAX_INT_DIGITS=SNAPSHOT_MAX_INT_DIGITS) from None
        raise SnapshotError("{source_name}: a whole number of {digits} digits; at most "
                            "{SNAPSHOT_MAX_INT_DIGITS} digits are accepted",
                            source_name=source_name, digits=digits,
                            SNAPSHOT_MAX_INT_DIGITS=SNAPSHOT_MAX_INT_DIGITS) from None
    except _BadConstant as exc:
        key = _key_before(text, exc.args[1])
        if key is not None:
            raise SnapshotError("{source_name}: {key}: {args} is not allowed (numbers must be "
                                "finite)",
                                source_name=source_name, key=key, args=exc.args[0]) from None
        raise SnapshotError("{source_name}: {args} is not allowed (numbers must be finite)",
                            source_name=source_name, args=exc.args[0]) from None
    except json.JSONDecodeError as exc:
        if few:
            unclosed = _bracket_depths(text)[1]
        at_end = exc.pos >= len(text.rstrip()) or unclosed > 0
        hint = SnapshotError(" — the file looks truncated") if at_end else ""
        raise SnapshotError("{source_name}: not valid JSON (line {lineno}, column {colno}: "
                            "{msg}){hint}",
                            source_name=source_name, lineno=exc.lineno, colno=exc.colno,
                            msg=exc.msg, hint=hint) from None
    except RecursionError:
        raise SnapshotError("{source_name}: JSON nested too deeply",
                            source_name=source_name) from None
    except ValueError as exc:      # e.g. an integer literal with thousands of digits
        raise SnapshotError("{source_name}: not valid JSON ({exc})",
                            source_name=source_name, exc=clip(exc)) from None
    if not isinstance(doc, dict):
        raise SnapshotError("{source_name}: the file holds a JSON {json_type}, not a JSON "
                            "object {{...}}",
                            source_name=source_name, json_type=_json_type(doc))
    _check_unicode(doc, source_name, text)
    return doc


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")     # a surrogate spelt as a JSON escape


def _check_unicode(doc: dict, source_name: str, text: str = "\\ud800") -> None:
    """SnapshotError naming the first top-level field whose text is not valid Unicode: JSON can
    spell an unpaired surrogate ('\\ud800'), and undecodable bytes in a command-line argument
    or file name arrive as one ('\\udcff'); UTF-8 cannot hold it, so the file could never be
    written again."""
    if _is_unicode(text) and ("\\u" not in text or not _SURROGATE_ESCAPE.search(text)):
        return          # no surrogate anywhere (both checks run in C): nothing to look at
    for key, value in doc.items():
        if not _is_unicode(key) or not _is_unicode(json.dumps(value, ensure_ascii=False)):
            raise SnapshotError("{source_name}: {key} holds text that is not valid Unicode (an "
                                "unpaired surrogate such as \\ud800)",
                                source_name=source_name, key=clip_repr(key))


def _is_unicode(text: str) -> bool:
    """True if `text` can be written as UTF-8 (holds no unpaired surrogate)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _bracket_depths(text: str) -> tuple[int, int]:
    """(deepest nesting, brackets still open at the end) of JSON text, ignoring brackets inside
    strings (no parsing, so it is safe on hostile input)."""
    raw = text.encode("utf-8", "surrogatepass")
    # Blank out string contents: escaped characters first, then whole strings.
    stripped = _STRING.sub(b'""', _ESCAPE.sub(b"", raw)) if b'"' in raw else raw
    codes = np.frombuffer(stripped, dtype=np.uint8)
    step = ((codes == ord("[")) | (codes == ord("{"))).astype(np.int64) \
        - ((codes == ord("]")) | (codes == ord("}"))).astype(np.int64)
    depth = np.cumsum(step)
    return int(depth.max(initial=0)), int(depth[-1]) if depth.size else 0


_ESCAPE = re.compile(rb"\\.", re.S)
_STRING = re.compile(rb'"[^"]*"')


def _loads_text(text: str, source: str) -> Snapshot:
    doc = parse_json_object(text, source)
    version, doc = _schema_version(doc, source)
    original = version
    warnings: list[str] = []
    while version < SCHEMA_VERSION:
        doc = _MIGRATIONS.get(version, _migrate_parameters)(doc, source, version, warnings)
        version += 1
    snap = _from_current(doc, source)
    if original < SCHEMA_VERSION:
        snap.migrated_from = original
        snap.warnings = tuple(warnings)
    return snap


def _schema_version(doc: dict, source: str) -> tuple[int, dict]:
    if "schema_version" not in doc:
        if "parameters" in doc:
            return 0, doc
        raise SnapshotError("{source}: not a snapshot (no 'schema_version' and no "
                            "'parameters' field)",
                            source=source)
    version = doc["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise SnapshotError("{source}: schema_version must be a whole number, not "
                            "{describe}",
                            source=source, describe=_describe(version))
    if version > SCHEMA_VERSION:
        raise SnapshotError("{source}: written by a newer version of the program (snapshot "
                            "schema version {version}); this program reads schema versions "
                            "up to {SCHEMA_VERSION} — update the program to open it",
                            source=source, version=version, SCHEMA_VERSION=SCHEMA_VERSION)
    if version < 0:
        raise SnapshotError("{source}: schema_version {version} is not valid: this program "
                            "reads schema versions 0 to {SCHEMA_VERSION}",
                            source=source, version=version, SCHEMA_VERSION=SCHEMA_VERSION)
    return version, doc


def _migrate_0_to_1(doc: dict, source: str, version: int, warnings: list) -> dict:
    """Version 0 (pre-release: {"name", "note"?, "parameters": partial}) -> version 1:
    missing parameters take their defaults; no time, versions or headlines are known. Values
    must be in range (pre-release files were written by hand, not with other ranges)."""
    unknown = sorted(set(doc) - set(_KEYS_V0))
    if unknown:
        raise SnapshotError("{source}: unknown field {unknown} in a snapshot without "
                            "schema_version (allowed: {join})",
                            source=source, unknown=clip_repr(unknown[0]), join=', '.join(_KEYS_V0))
    params = doc["parameters"]
    if not isinstance(params, dict):
        raise SnapshotError("{source}: 'parameters' must be an object, not {describe}",
                            source=source, describe=_describe(params))
    full = check_parameters(params, source, require_all=False)
    stem = Path(source).stem or "snapshot"
    return {"schema_version": 1, "name": doc.get("name", stem), "note": doc.get("note", ""),
            "parameters": {**P.defaults(), **full}}


def _migrate_parameters(doc: dict, source: str, version: int, warnings: list) -> dict:
    """Version N -> N+1 when only the parameters changed (every step from 1 on): the file must
    list the parameters of schema N; those added in N+1 take their defaults, and a value outside
    a range that has changed since is set to the nearest end (a message added to `warnings`)."""
    params = doc.get("parameters")
    if isinstance(params, dict):
        doc = {**doc, "schema_version": version + 1,
               "parameters": check_parameters(params, source, schema=version,
                                              clamped=warnings)}
    return doc     # anything else is reported by _from_current


# Format changes; a version without an entry changed only its parameters (_migrate_parameters).
_MIGRATIONS = {0: _migrate_0_to_1}


def _from_current(doc: dict, source: str) -> Snapshot:
    unknown = sorted(set(doc) - set(_REQUIRED_V1) - set(_OPTIONAL_V1))
    if unknown:
        raise SnapshotError("{source}: unknown field {unknown} (allowed: {join})",
                            source=source, unknown=clip_repr(unknown[0]),
                            join=', '.join(_REQUIRED_V1 + _OPTIONAL_V1))
    missing = [k for k in _REQUIRED_V1 if k not in doc]
    if missing:
        raise SnapshotError("{source}: missing field {missing!r}",
                            source=source, missing=missing[0])
    name = _check_name(doc["name"], source)
    note = _note_read(doc, source)
    created = doc.get("created")
    if created is not None:
        created = _check_time(created, source)
    params = doc["parameters"]
    if not isinstance(params, dict):
        raise SnapshotError("{source}: 'parameters' must be an object, not {describe}",
                            source=source, describe=_describe(params))
    return Snapshot(
        name=name, note=note, created=created,
        program_version=_string(doc, "program_version", source, default=""),
        model_version=_string(doc, "model_version", source, default=""),
        parameters=check_parameters(params, source, require_all=True),
        headlines=_check_headlines(doc.get("headlines", {}), source),
        compare=check_compare(doc.get("compare"), source))


def _check_name(name: object, source: str) -> str:
    """The name read from a file: control characters and direction overrides a file may hold
    (written by hand, or by a version that let them in) are taken out (a line break or tab
    becomes a space), so it shows as it reads; a name left empty by that is the file's name.
    SnapshotError for a name that is no text, too long or not valid Unicode."""
    if isinstance(name, str) and name.strip() and _is_unicode(name):
        name = _cleaned(name)
        if invisible(name):
            name = _cleaned(Path(source).stem)[:MAX_NAME_CHARS]
            name = "snapshot" if invisible(name) or not _is_unicode(name) else name
    problem = _name_problem(name)
    if problem:
        raise SnapshotError("{source}: 'name' {problem}",
                            source=source, problem=problem)
    return name  # type: ignore[return-value]


# What a name may not hold: control characters (C0, DEL, C1: a bell, an escape sequence, a line
# break), line and paragraph separators, and the direction overrides and isolates that reorder
# what is read ('\u202eevil' shows as 'live'). Marks (U+200E, U+200F) and joiners stay: right-
# to-left names and emoji need them.
_NOT_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\u2028\u2029"
# Characters that show as nothing although they are no format character (Hangul fillers,
# the braille blank): a name of these alone is as empty as one of spaces.
_BLANK_LOOKING = frozenset("\u115f\u1160\u3164\uffa0\u2800")


# Characters that show as nothing and join nothing, so two names differing only by them look
# the same in the list ('Base' and 'Ba\u200bse'): zero-width space, word joiner, invisible
# operators, the byte-order mark, the soft hyphen, the Mongolian vowel separator; and a
# zero-width joiner or non-joiner with nothing to join on one side (at an end, beside a space
# or another of them). Between two visible characters the joiners stay: emoji sequences and
# Persian or Indic names need them. Taken out of every name: a new one (check_name: the field,
# `snapshot --name`) and one read from a file (_check_name).
_ZERO_WIDTH = re.compile("[\u00ad\u180e\u200b\u2060-\u2064\ufeff]"
                         "|(?<![^\\s\u200c\u200d])[\u200c\u200d]"
                         "|[\u200c\u200d](?![^\\s\u200c\u200d])")


def without_zero_width(name: str) -> str:
    """`name` without the invisible characters that join nothing (_ZERO_WIDTH: zero-width
    space, word joiner, byte-order mark, soft hyphen, a joiner at an end ...), so no two names
    that look alike differ by them; unchanged if it holds none."""
    previous = None
    while previous != name and _ZERO_WIDTH.search(name):   # (a joiner freed by a removal)
        previous, name = name, _ZERO_WIDTH.sub("", name)
    return name


def _cleaned(name: str) -> str:
    """`name` without control characters, direction overrides (line breaks and tabs made
    spaces, runs of spaces made one) and zero-width characters that join nothing; unchanged if
    it holds none."""
    if _NOT_IN_NAME.search(name):
        name = " ".join(_NOT_IN_NAME.sub(_spaced, name).split())
    stripped = without_zero_width(name)
    return " ".join(stripped.split()) if stripped != name else name


def _spaced(match: "re.Match") -> str:
    """A character taken out of a name read from a file: a line break or tab becomes a space,
    anything else nothing."""
    return " " if match.group() in _LINE_BREAKS else ""


def not_in_name(text: str) -> Optional[tuple[str, int]]:
    """The first character `text` may not hold as a one-line name or title ('U+0007', its
    position from 1), or None: control characters, line breaks, direction overrides."""
    bad = _NOT_IN_NAME.search(text)
    return None if bad is None else (f"U+{ord(bad.group()):04X}", bad.start() + 1)


def invisible(name: str) -> bool:
    """True if every character of `name` shows as nothing (empty, spaces, format characters:
    zero-width space, joiners, marks, byte-order mark; the blank-looking letters): as empty as a
    name of spaces."""
    return all(c.isspace() or c in _BLANK_LOOKING or unicodedata.category(c) == "Cf"
               for c in name)


def check_note(note: object) -> str:
    """`note` if it can be a new snapshot's note (text of at most MAX_NOTE_CHARS characters: a
    file's may be longer, within MAX_BYTES), else SnapshotError saying why."""
    if not isinstance(note, str):
        raise SnapshotError("the note must be text, not {describe}",
                            describe=_describe(note))
    if len(note) > MAX_NOTE_CHARS:
        raise SnapshotError("the note is {length:,} characters long; a note holds at most "
                            "{most:,} characters",
                            length=len(note), most=MAX_NOTE_CHARS)
    note = _line_breaks(note)
    bad = _NOT_IN_NOTE.search(note)
    if bad:
        raise SnapshotError("the note holds the invisible character {code} at position "
                            "{position}; a note is text with line breaks and tabs, without "
                            "other control characters (escape codes, a bell) or direction "
                            "overrides (U+202A to U+202E, U+2066 to U+2069)",
                            code=f"U+{ord(bad.group()):04X}", position=bad.start() + 1)
    return note


# What a note may not hold: a name's control characters and direction overrides, except the
# tab and the line break (a note has lines); a carriage return is read as a line break.
_NOT_IN_NOTE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def not_in_note(text: str) -> Optional[tuple[str, int]]:
    """The first character `text` may not hold as a note or another text of lines (a
    storyline's narration): a control character other than tab and line break, or a direction
    override ('U+001B', its position from 1); None if there is none."""
    bad = _NOT_IN_NOTE.search(_line_breaks(text))
    return None if bad is None else (f"U+{ord(bad.group()):04X}", bad.start() + 1)


def _line_breaks(note: str) -> str:
    """`note` with Windows ('\r\n') and old Mac ('\r') line ends as '\n'."""
    return note.replace("\r\n", "\n").replace("\r", "\n") if "\r" in note else note


def _note_read(doc: dict, source: str) -> str:
    """The note of a file: control characters and direction overrides it may hold (written by
    hand, or by a version that let them in) taken out, line ends made '\n', so it shows as it
    reads (they showed as U+FFFD); a new note holding one is refused (`check_note`)."""
    note = _line_breaks(_string(doc, "note", source, default=""))
    return _NOT_IN_NOTE.sub("", note) if _NOT_IN_NOTE.search(note) else note


def check_name(name: object) -> str:
    """`name` if it is usable as a new snapshot name (one line of visible text, ≤ 200
    characters, no control characters or direction overrides), else SnapshotError saying
    why. Returned without the zero-width characters that join nothing (`without_zero_width`:
    'Ba\u200bse' is saved as 'Base', the name it looks like)."""
    problem = _name_problem(name)
    if problem:
        raise SnapshotError("the snapshot name {problem}",
                            problem=problem)
    stripped = without_zero_width(name)  # type: ignore[arg-type]
    return " ".join(stripped.split()) if stripped != name else name  # type: ignore[return-value]


def _name_problem(name: object) -> Optional[SnapshotError]:
    """What is wrong with a snapshot name (the end of a message, worded by a window too), or
    None."""
    if not isinstance(name, str):
        return SnapshotError("must be text, not {describe}", describe=_describe(name))
    if not name.strip():
        return SnapshotError("is empty")
    if not _is_unicode(name):
        return SnapshotError("holds text that is not valid Unicode (an unpaired surrogate such "
                             "as \\udcff)")
    if len(name) > MAX_NAME_CHARS:
        return SnapshotError("is {length} characters long (at most {most})",
                             length=len(name), most=MAX_NAME_CHARS)
    bad = not_in_name(name)
    if bad:
        return SnapshotError("holds the invisible character {code} at position {position}; "
                             "a name is one line of text without control characters (tabs, "
                             "line breaks, escape codes) or direction overrides (U+202A to "
                             "U+202E, U+2066 to U+2069)",
                             code=bad[0], position=bad[1])
    if invisible(name):
        return SnapshotError("holds only invisible characters (such as zero-width spaces); "
                             "type a name that can be seen")
    return None


def _string(doc: dict, key: str, source: str, default: str) -> str:
    value = doc.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise SnapshotError("{source}: '{key}' must be text, not {describe}",
                            source=source, key=key, describe=_describe(value))
    return value


def _check_time(value: object, source: str) -> str:
    if not isinstance(value, str):
        raise SnapshotError("{source}: 'created' must be an ISO 8601 time in text, not "
                            "{describe}",
                            source=source, describe=_describe(value))
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise SnapshotError("{source}: 'created' {value!r} is not an ISO 8601 time (e.g. "
                            "2025-05-01T12:00:00Z)",
                            source=source, value=value[:40]) from None
    return value


def check_parameters(params: dict, source: str, require_all: bool = True,
                     schema: int = SCHEMA_VERSION,
                     clamped: Optional[list] = None) -> dict[str, float]:
    """Validated parameters (known keys, real numbers, finite, in range) in table order, or
    SnapshotError naming `source` and the first problem.

    With `require_all`, every parameter of schema version `schema` (since_schema ≤ `schema` in
    the parameter table) must be present and the others take their defaults; parameters
    removed from the table (model.store.parameter_codes.RETIRED) are ignored (see
    docs/SNAPSHOTS.md, "Versioning"). With a `clamped` list, a finite value outside its range
    is set to the nearest end and a one-line message naming `source` and the parameter is
    appended to the list, instead of an error (used for files of an older schema version)."""
    retired = parameter_codes.retired_keys()
    table = P.by_key()
    out = {}
    for key, value in params.items():
        if key not in table and key in retired:
            continue            # a parameter this version of the model no longer has
        parameter = table.get(key)
        if parameter is None:
            try:
                P.get(key)                     # its message names the key and where to look
            except P.ParameterError as exc:
                raise SnapshotError("{source}: parameters: {exc}",
                                    source=source, exc=exc) from None
        out[key] = _check_number(parameter, value, source, clamped)
    if require_all:
        missing = [k for k in parameter_codes.keys_in_schema(schema) if k not in out]
        if missing:
            more = f" and {len(missing) - 1} more" if len(missing) > 1 else ""
            raise SnapshotError("{source}: parameters: {missing!r}{more} missing (a schema "
                                "version {schema} snapshot lists every parameter)",
                                source=source, missing=missing[0], more=more, schema=schema)
        out = {**P.defaults(), **out}
    return {k: out[k] for k in P.keys() if k in out}


def _check_number(parameter: P.Parameter, value: object, source: str,
                  clamped: Optional[list] = None) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SnapshotError("{source}: parameters: {key}: {describe} is not a number "
                            "(allowed: {range_text})",
                            source=source, key=parameter.key, describe=_describe(value),
                            range_text=parameter.allowed())
    try:
        number = float(value)
    except OverflowError:
        raise SnapshotError("{source}: parameters: {key}: the number is far outside the "
                            "allowed range {range_text}",
                            source=source, key=parameter.key,
                            range_text=parameter.allowed()) from None
    if parameter.min <= number <= parameter.max:        # the common case: finite, in range
        return number + 0.0                             # a '-0.0' in the file is 0
    if clamped is not None and math.isfinite(number) \
            and not parameter.min <= number <= parameter.max:
        nearest = min(max(number, parameter.min), parameter.max)
        clamped.append(f"{source}: {parameter.key}: {number:g} is outside today's range "
                       f"{parameter.range_text()}; set to {nearest:g}")
        return nearest
    try:
        return parameter.check(number)
    except P.ParameterError as exc:
        raise SnapshotError("{source}: parameters: {exc}",
                            source=source, exc=exc) from None


def _check_headlines(headlines: object, source: str) -> dict:
    if not isinstance(headlines, dict):
        raise SnapshotError("{source}: 'headlines' must be an object, not {describe}",
                            source=source, describe=_describe(headlines))
    out = {}
    for key, item in headlines.items():
        where = f"{source}: headlines: {clip(key)}"
        if not isinstance(item, dict):
            raise SnapshotError("{where}: must be an object, not {describe}",
                                where=where, describe=_describe(item))
        unknown = sorted(set(item) - set(_HEADLINE_FIELDS))
        if unknown:
            raise SnapshotError("{where}: unknown field {unknown} (allowed: {join})",
                                where=where, unknown=clip_repr(unknown[0]),
                                join=', '.join(_HEADLINE_FIELDS))
        value = item.get("value")
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise SnapshotError("{where}: value must be a number or null, not {describe}",
                                    where=where, describe=_describe(value))
            try:
                value = float(value)
            except OverflowError:
                raise SnapshotError("{where}: value is not a finite number",
                                    where=where) from None
            if not math.isfinite(value):
                raise SnapshotError("{where}: value is not a finite number",
                                    where=where)
        texts = []
        for name in ("label", "unit", "text"):
            text = item.get(name, "")
            if not isinstance(text, str):
                raise SnapshotError("{where}: {name} must be text, not {describe}",
                                    where=where, name=name, describe=_describe(text))
            texts.append(text)
        label, unit, _text = texts       # the display text of older files is not used
        out[key] = SavedHeadline(key, label or key, value, _unit_key(unit))
    return out


def _unit_key(unit: str) -> str:
    """The unit key of a saved headline: files written before issue 10 hold the written unit
    ('$B', 'GW', '0-100'), newer ones the key ('busd'); an unknown unit is kept as it is."""
    from ..outputs import UNITS, unit_key
    try:
        return unit if unit in UNITS else unit_key(unit)
    except KeyError:
        return unit


def check_compare(compare: object, source: str = "compare selection") -> Optional[list]:
    """A compare selection (None, or a list of ≤ 16 snapshot file names) checked, or
    SnapshotError."""
    if compare is None:
        return None
    if not isinstance(compare, list):
        raise SnapshotError("{source}: 'compare' must be a list of snapshot file names, "
                            "not {describe}",
                            source=source, describe=_describe(compare))
    if len(compare) > MAX_COMPARE:
        raise SnapshotError("{source}: 'compare' lists {length} snapshots (at most "
                            "{MAX_COMPARE})",
                            source=source, length=len(compare), MAX_COMPARE=MAX_COMPARE)
    for item in compare:
        if not isinstance(item, str):
            raise SnapshotError("{source}: 'compare' entries must be text, not {describe}",
                                source=source, describe=_describe(item))
        if not _is_unicode(item):
            raise SnapshotError("{source}: 'compare' entry {item} is not valid Unicode (an "
                                "unpaired surrogate)",
                                source=source, item=clip_repr(item))
    return list(compare)


class _DuplicateKey(ValueError):
    pass


class _BadConstant(ValueError):
    pass


def _unique_keys(pairs: list) -> dict:
    out = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _refuse_constant(name: str):
    raise _BadConstant(name, name)


def _finite_float(literal: str) -> float:
    """A JSON number with a fraction or exponent; '1e400' (too large for a number, read as
    infinity) is refused like 'Infinity', naming the number as the file writes it."""
    value = float(literal)
    if not math.isfinite(value):
        raise _BadConstant(clip(literal), literal)
    return value


class _LongInteger(ValueError):
    """A whole number with more digits than SNAPSHOT_MAX_INT_DIGITS; args: its digit count."""


def _bounded_int(literal: str) -> int:
    """A JSON whole number, refused (_LongInteger) when it has more than
    SNAPSHOT_MAX_INT_DIGITS digits: int() of a long one is slow and past 4,300 digits Python
    refuses it in its own words."""
    digits = len(literal.lstrip("-"))
    if digits > SNAPSHOT_MAX_INT_DIGITS:
        raise _LongInteger(digits)
    return int(literal)


def _key_before_digits(text: str, digits: int) -> Optional[str]:
    """The key whose value is the first whole number of `digits` digits in JSON `text`, for a
    message; None if it cannot be told (the number is in an array)."""
    found = re.search(r'"((?:[^"\\]|\\.){1,200})"\s*:\s*-?\d{%d}(?![\d.eE])' % digits, text)
    return clip(found.group(1)) if found else None


def _key_before(text: str, literal: str) -> Optional[str]:
    """The key whose value is the first `literal` in JSON `text` ('"capex_growth": NaN' ->
    'capex_growth'), for a message; None if it cannot be told."""
    if len(literal) > 400:
        return None
    found = re.search(r'"((?:[^"\\]|\\.){1,200})"\s*:\s*' + re.escape(literal) + r"(?![\w.])", text)
    return clip(found.group(1)) if found else None


def _json_type(value: object) -> "SnapshotError | str":
    """The JSON type of `value` as a message part ('array [...]', 'string', …; a window words
    it too)."""
    kinds = {list: SnapshotError("array [...]"), dict: SnapshotError("object {...}"),
             str: SnapshotError("string"), bool: SnapshotError("true/false"),
             type(None): SnapshotError("null"), int: SnapshotError("number"),
             float: SnapshotError("number")}
    return kinds.get(type(value), type(value).__name__)


def _describe(value: object) -> SnapshotError:
    """A short description of a JSON value for messages: its type and a clipped repr (a
    message part: a window words it too)."""
    text = repr(value)
    if len(text) > 40:
        text = text[:37] + "..."
    if isinstance(value, (dict, list)):
        return SnapshotError("a JSON {kind}", kind=_json_type(value))
    return SnapshotError("{text} ({kind})", text=text, kind=_json_type(value))


def with_changes(snapshot: Snapshot, **changes) -> Snapshot:
    """A copy of `snapshot` with the given fields changed (e.g. name=..., note=...)."""
    return replace(snapshot, **changes)

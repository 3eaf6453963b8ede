"""Snapshot files: the schema, round trips, migration, and every kind of bad file refused with
a SnapshotError that names the file, leaving it untouched."""
import json
import math
import os
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model import MODEL_VERSION, simulate
from model import parameters as P
from model.errors import InputError
from model.store import parameter_codes
from model.store import snapshot as S

PARAMS = P.parameters()


def in_range_values():
    """Hypothesis: a full parameter set of random in-range values (table units)."""
    return st.fixed_dictionaries({
        p.key: st.floats(min_value=p.min, max_value=p.max, allow_nan=False) for p in PARAMS})


def valid_doc(**changes) -> dict:
    doc = json.loads(S.to_json(S.create("Valid", {"capex_growth": 60}, note="n")))
    doc.update(changes)
    return doc


def write(tmp_path: Path, content, name="snap.json") -> Path:
    path = tmp_path / name
    if isinstance(content, (dict, list)):
        content = json.dumps(content)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# --- the format -------------------------------------------------------------------------------

def test_a_saved_file_holds_every_documented_field(tmp_path):
    path = tmp_path / "s.json"
    S.save(S.create("Workshop A", {"capex_growth": 60}, note="room 2", compare=["x.json"]), path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["schema_version"] == S.SCHEMA_VERSION == 5
    assert doc["name"] == "Workshop A" and doc["note"] == "room 2"
    assert doc["model_version"] == MODEL_VERSION
    assert doc["program_version"] and doc["program_version"] != "unknown"
    assert doc["created"].endswith("Z") and len(doc["created"]) == len("2025-01-01T00:00:00Z")
    assert list(doc["parameters"]) == list(P.keys())
    assert doc["parameters"]["capex_growth"] == 60
    results = simulate(P.complete({"capex_growth": 60}))
    from model import outputs
    expected = outputs.headlines(results)
    assert set(doc["headlines"]) == set(expected)
    for key, h in expected.items():
        assert doc["headlines"][key]["value"] == h.value
        assert doc["headlines"][key]["unit"] == h.unit          # a unit key: numbers only
        assert "text" not in doc["headlines"][key]              # display text is made when shown
    assert doc["compare"] == ["x.json"]
    assert path.read_text(encoding="utf-8").count("\n") > len(PARAMS)   # indented, readable



def test_a_compare_selection_and_the_name_come_back_as_saved(tmp_path):
    """The compare selection is a list whose order gives each curve its line style (the window
    draws them in that order): it comes back in the order saved, not sorted. The name too,
    also at its longest (MAX_NAME_CHARS characters, inclusive: the limit's doc says 'longest').
    (A sorted selection and a refused 200-character name passed every other test.)"""
    path = tmp_path / "s.json"
    name = "N" * S.MAX_NAME_CHARS
    S.save(S.create(name, {}, compare=["zeta.json", "alpha.json", "mid.json"]), path)
    back = S.load(path)
    assert back.compare == ["zeta.json", "alpha.json", "mid.json"]
    assert back.name == name
    with pytest.raises(S.SnapshotError, match=f"{S.MAX_NAME_CHARS + 1} characters long"):
        S.create(name + "N", {})

# A note's text: anything but the control characters and direction overrides a note may not
# hold (tests/test_hostile_names.py); tabs and line breaks are its own.
NOTE_TEXT = st.text(st.characters(exclude_categories=("Cc", "Cs"),
                                  exclude_characters="\u202a\u202b\u202c\u202d\u202e"
                                                     "\u2066\u2067\u2068\u2069")
                    | st.sampled_from("\t\n"), max_size=200)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=in_range_values(), note=NOTE_TEXT)
def test_round_trip_gives_the_same_parameters_and_model_output_bit_for_bit(values, note):
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.json"
        S.save(S.create("Round trip", values, note=note), path)
        back = S.load(path)
    assert back.parameters == values
    assert all(type(v) is float for v in back.parameters.values())
    assert back.note == note
    before, after = simulate(values), simulate(back.parameters)
    assert before.arrays.keys() == after.arrays.keys()
    for column, array in before.arrays.items():          # bit for bit (no DataFrame: faster)
        assert np.array_equal(array, after.arrays[column], equal_nan=True), column


def test_loading_never_changes_the_file(tmp_path):
    path = tmp_path / "s.json"
    S.save(S.create("x", {}), path)
    before, stamp = path.read_bytes(), os.stat(path).st_mtime_ns
    S.load(path)
    assert path.read_bytes() == before and os.stat(path).st_mtime_ns == stamp


def test_save_replaces_the_previous_version_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "s.json"
    S.save(S.create("first", {}), path)
    S.save(S.create("second", {"capex_growth": 10}), path)
    assert S.load(path).name == "second"
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]


def test_an_invalid_snapshot_is_never_written(tmp_path):
    path = tmp_path / "s.json"
    S.save(S.create("good", {}), path)
    before = path.read_bytes()
    bad = S.with_changes(S.create("good", {}), name="   ")
    with pytest.raises(S.SnapshotError, match="name"):
        S.save(bad, path)
    out_of_range = S.create("good", {})
    out_of_range.parameters["capex_growth"] = 500.0
    with pytest.raises(S.SnapshotError, match="capex_growth"):
        S.save(out_of_range, path)
    too_big = S.with_changes(S.create("good", {}), note="x" * (S.MAX_BYTES + 1))
    with pytest.raises(S.SnapshotError, match="MB"):
        S.save(too_big, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]


# --- migration --------------------------------------------------------------------------------

def test_version_0_files_are_migrated_with_defaults_for_missing_parameters(tmp_path):
    path = write(tmp_path, {"name": "Old one", "note": "pre-release",
                            "parameters": {"capex_growth": 60, "power_buildout": 12.5}})
    before = path.read_bytes()
    snap = S.load(path)
    assert snap.migrated_from == 0
    assert snap.name == "Old one" and snap.note == "pre-release"
    assert snap.parameters == P.complete({"capex_growth": 60, "power_buildout": 12.5})
    assert snap.created is None and snap.headlines == {}
    assert path.read_bytes() == before          # migration happens in memory only


def test_version_0_without_a_name_is_named_after_the_file(tmp_path):
    snap = S.load(write(tmp_path, {"parameters": {}}, name="friday-run.json"))
    assert snap.name == "friday-run" and snap.parameters == P.defaults()


def test_a_migrated_snapshot_saves_as_the_current_version(tmp_path):
    old = write(tmp_path, {"name": "Old", "parameters": {"capex_growth": 60}})
    new = tmp_path / "new.json"
    S.save(S.load(old), new)
    doc = json.loads(new.read_text())
    assert doc["schema_version"] == S.SCHEMA_VERSION
    assert S.load(new).parameters == S.load(old).parameters and S.load(new).migrated_from is None


def test_parameters_removed_from_the_model_are_ignored_and_later_ones_default(tmp_path,
                                                                            monkeypatch):
    """Simulated model change: 'power_price' removed from the table (its code kept in
    parameter_codes.RETIRED), a parameter of the current schema added; a schema 1 file still
    loads."""
    doc = dict(valid_doc(), schema_version=1)
    rows = P.TABLE_PATH.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [r for r in rows if not r.startswith("power_price,")]
    code = max(parameter_codes.codebook()) + 1
    added = f"new_knob,New knob,%,5,0,10,1,macro,,assumption,0,{code},{S.SCHEMA_VERSION}\n"
    table = tmp_path / "parameters.csv"
    table.write_text("".join(kept) + added, encoding="utf-8")
    monkeypatch.setattr(parameter_codes, "RETIRED", {P.get("power_price").code: "power_price"})
    P.use_table(table)
    try:
        snap = S.loads(json.dumps(doc), "old.json")
        current = dict(doc, schema_version=S.SCHEMA_VERSION)
        with pytest.raises(S.SnapshotError, match="'new_knob' missing"):
            S.loads(json.dumps(current), "current.json")
    finally:
        P.use_table(None)
    assert "power_price" not in snap.parameters
    assert snap.parameters["new_knob"] == 5
    assert snap.parameters["capex_growth"] == 60 and snap.migrated_from == 1


def test_a_schema_1_value_outside_a_changed_range_is_clamped_with_a_warning(tmp_path):
    """A range narrowed since the file was written: the value is set to the nearest end and
    the warning names the file and the parameter; the same value in a current file is an
    error."""
    doc = dict(valid_doc(), schema_version=1)
    doc["parameters"] = dict(doc["parameters"], capex_growth=400, power_buildout=0.25)
    path = write(tmp_path, doc, name="old.json")
    snap = S.load(path)
    assert snap.parameters["capex_growth"] == P.get("capex_growth").max
    assert snap.parameters["power_buildout"] == P.get("power_buildout").min
    assert len(snap.warnings) == 2
    assert all(w.startswith(str(path)) for w in snap.warnings)
    assert "capex_growth" in snap.warnings[0] and "400" in snap.warnings[0]
    with pytest.raises(S.SnapshotError, match="capex_growth"):
        S.loads(json.dumps(dict(doc, schema_version=S.SCHEMA_VERSION)), "new.json")


def test_a_schema_1_file_must_list_every_parameter_of_schema_1():
    doc = dict(valid_doc(), schema_version=1)
    first = parameter_codes.keys_in_schema(1)[0]
    del doc["parameters"][first]
    with pytest.raises(S.SnapshotError, match=f"'{first}' missing .*schema version 1"):
        S.loads(json.dumps(doc), "old.json")


# --- bad files --------------------------------------------------------------------------------

def _deep(n):
    return "[" * n + "]" * n


BAD_FILES = {
    "not JSON": (b"name: my scenario\n", "not valid JSON"),
    "empty": (b"", "empty"),
    "only whitespace": (b"  \n\t ", "empty"),
    "binary": (bytes(range(256)) * 4, "binary"),
    "not UTF-8": ("{\"name\": \"caf\u00e9\"}".encode("latin-1"), "UTF-8"),
    "a JSON array": (b"[1, 2, 3]", "array"),
    "a JSON string": (b"\"hello\"", "string"),
    "nested thousands deep": (_deep(5000).encode(), "nested"),
    "nested thousands deep inside an object": (
        ('{"schema_version": 1, "name": "x", "note": ' + _deep(100_000) + "}").encode(), "nested"),
    "no snapshot fields": (b'{"hello": 1}', "not a snapshot"),
    "newer schema version": (json.dumps(valid_doc(schema_version=7)).encode(),
                             f"schema version 7.*up to {S.SCHEMA_VERSION}"),
    "schema version is text": (json.dumps(valid_doc(schema_version="1")).encode(), "schema_version"),
    "negative schema version": (json.dumps(valid_doc(schema_version=-1)).encode(),
                                f"schema_version -1 is not valid.*0 to {S.SCHEMA_VERSION}"),
    "unknown top-level field": (json.dumps(valid_doc(colour="red")).encode(), "colour"),
    "missing name": (json.dumps({k: v for k, v in valid_doc().items() if k != "name"}).encode(),
                     "'name'"),
    "empty name": (json.dumps(valid_doc(name=" ")).encode(), "name"),
    "name is a number": (json.dumps(valid_doc(name=5)).encode(), "name"),
    "note is a list": (json.dumps(valid_doc(note=["a"])).encode(), "note"),
    "bad time": (json.dumps(valid_doc(created="yesterday")).encode(), "created"),
    "parameters is a list": (json.dumps(valid_doc(parameters=[1, 2])).encode(), "parameters"),
    "duplicate key": (b'{"schema_version": 1, "name": "a", "name": "b", "parameters": {}}',
                      "twice"),
    "NaN": (json.dumps(valid_doc()).replace('"capex_growth": 60', '"capex_growth": NaN').encode(),
            "NaN"),
    "Infinity": (json.dumps(valid_doc()).replace('"capex_growth": 60',
                                                 '"capex_growth": Infinity').encode(), "Infinity"),
    "huge number": (json.dumps(valid_doc()).replace('"capex_growth": 60',
                                                    '"capex_growth": 1e999').encode(),
                    "capex_growth"),
    "huge integer": (json.dumps(valid_doc()).replace('"capex_growth": 60',
                                                     '"capex_growth": 1' + "0" * 400).encode(),
                     "capex_growth"),
    "integer with 5000 digits": (json.dumps(valid_doc()).replace(
        '"capex_growth": 60', '"capex_growth": 1' + "0" * 5000).encode(),
        "capex_growth: a whole number of 5001 digits; at most"),
    "headline value is text": (json.dumps(valid_doc(headlines={"x": {"value": "3"}})).encode(),
                               "headlines"),
    "compare is text": (json.dumps(valid_doc(compare="a.json")).encode(), "compare"),
}


def _with_parameter(key, value):
    doc = valid_doc()
    doc["parameters"][key] = value
    return json.dumps(doc).encode()


def _without_parameter(key):
    doc = valid_doc()
    del doc["parameters"][key]
    return json.dumps(doc).encode()


BAD_FILES.update({
    "unknown parameter": (_with_parameter("capex_growht", 5), "capex_growht"),
    "missing parameter": (_without_parameter("power_buildout"), "power_buildout.*missing"),
    "bool is not a number": (_with_parameter("capex_growth", True), "capex_growth.*not a number"),
    "string is not a number": (_with_parameter("capex_growth", "75"), "capex_growth.*not a number"),
    "null is not a number": (_with_parameter("capex_growth", None), "capex_growth.*not a number"),
    "above range": (_with_parameter("capex_growth", 151), "capex_growth.*0 to 150"),
    "below range": (_with_parameter("power_buildout", 0.5), "power_buildout.*1 to 30"),
    "v0 with a bad value": (json.dumps({"parameters": {"capex_growth": -1}}).encode(),
                            "capex_growth"),
    "v0 with an unknown field": (json.dumps({"parameters": {}, "x": 1}).encode(), "'x'"),
})


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_raises_snapshot_error_naming_the_file_and_leaves_it_unchanged(tmp_path, case):
    content, expected = BAD_FILES[case]
    path = write(tmp_path, content, name=f"{case.replace(' ', '_')}.json")
    stamp = os.stat(path).st_mtime_ns
    with pytest.raises(S.SnapshotError, match=expected) as caught:
        S.load(path)
    message = str(caught.value)
    assert message.startswith(str(path) + ":")
    assert "unexpected" not in message          # a specific check caught it, not the last guard
    assert path.read_bytes() == content and os.stat(path).st_mtime_ns == stamp
    assert isinstance(caught.value, InputError)


def test_truncated_file_says_it_looks_truncated(tmp_path):
    text = S.to_json(S.create("x", {}))
    for cut in (1, len(text) // 3, len(text) // 2, len(text) - 3):
        path = write(tmp_path, text[:cut])
        with pytest.raises(S.SnapshotError, match="truncated") as caught:
            S.load(path)
        assert str(path) in str(caught.value)


def test_a_file_over_5_mb_is_refused_before_reading(tmp_path, monkeypatch):
    path = write(tmp_path, b" " * (S.MAX_BYTES + 1))
    opened = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda *a, **k: opened.append(a) or real_open(*a, **k))
    with pytest.raises(S.SnapshotError, match="5 MB") as caught:
        S.load(path)
    assert str(path) in str(caught.value)
    assert not opened


def test_missing_file_and_folder_give_snapshot_errors(tmp_path):
    with pytest.raises(S.SnapshotError, match="no such file"):
        S.load(tmp_path / "nope.json")
    with pytest.raises(S.SnapshotError, match="folder"):
        S.load(tmp_path)


def test_a_byte_order_mark_is_accepted(tmp_path):
    text = S.to_json(S.create("bom", {"capex_growth": 61}))
    assert S.load(write(tmp_path, b"\xef\xbb\xbf" + text.encode())).parameters["capex_growth"] == 61


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path, codec):
    """A snapshot saved by Windows PowerShell's Out-File or Notepad's 'Unicode' (UTF-16 with a
    byte-order mark) was refused as 'a binary file, not JSON text'; the mark says how to read
    it, so it is read (a name with a character beyond U+FFFF too)."""
    import codecs
    text = S.to_json(S.create("Wide \U0001F4C8 snapshot", {"capex_growth": 61}))
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    snap = S.load(write(tmp_path, bom + text.encode(codec)))
    assert snap.parameters["capex_growth"] == 61 and snap.name == "Wide \U0001F4C8 snapshot"


def test_utf16_without_a_byte_order_mark_is_named_and_a_broken_one_refused(tmp_path):
    text = S.to_json(S.create("x", {}))
    with pytest.raises(S.SnapshotError) as caught:
        S.load(write(tmp_path, text.encode("utf-16-le")))
    assert "UTF-16 text without a byte-order mark; save it as UTF-8" in str(caught.value)
    broken = b"\xff\xfe" + text.encode("utf-16-le")[:-1]        # an odd byte count
    with pytest.raises(S.SnapshotError) as caught:
        S.load(write(tmp_path, broken))
    assert "not UTF-16 text, although it begins with that byte-order mark" in str(caught.value)


# --- fuzzing ----------------------------------------------------------------------------------

def _check_result_or_error(data, source="fuzz.json"):
    """Loading either gives a fully valid snapshot or a SnapshotError naming the source."""
    try:
        snap = S.loads(data, source)
    except S.SnapshotError as exc:
        assert str(exc).startswith(source)
        assert "unexpected" not in str(exc), str(exc)
        return None
    assert list(snap.parameters) == list(P.keys())
    for key, value in snap.parameters.items():
        p = P.get(key)
        assert type(value) is float and math.isfinite(value) and p.min <= value <= p.max
    assert isinstance(snap.name, str) and snap.name.strip()
    return snap


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_only_ever_raise_snapshot_error(data):
    _check_result_or_error(data)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='{}[]":,0123456789.eE-+ntrufalsNIy \\', max_size=300))
def test_random_json_like_text_only_ever_raises_snapshot_error(text):
    _check_result_or_error(text)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=10)
BASE_DOC = valid_doc()
TOP_KEYS = sorted(BASE_DOC)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_mutated_valid_files_load_or_raise_only_snapshot_error(data):
    doc = json.loads(json.dumps(BASE_DOC))
    mutation = data.draw(st.sampled_from(
        ["delete top", "change top", "delete parameter", "change parameter", "truncate",
         "insert bytes", "add top"]))
    if mutation == "delete top":
        del doc[data.draw(st.sampled_from(TOP_KEYS))]
    elif mutation == "change top":
        doc[data.draw(st.sampled_from(TOP_KEYS))] = data.draw(JSON_VALUES)
    elif mutation == "add top":
        doc[data.draw(st.text(max_size=10))] = data.draw(JSON_VALUES)
    elif mutation == "delete parameter":
        del doc["parameters"][data.draw(st.sampled_from(list(P.keys())))]
    elif mutation == "change parameter":
        doc["parameters"][data.draw(st.sampled_from(list(P.keys())))] = data.draw(JSON_VALUES)
    raw = json.dumps(doc, indent=2).encode()
    if mutation == "truncate":
        raw = raw[:data.draw(st.integers(0, len(raw) - 1))]
    elif mutation == "insert bytes":
        at = data.draw(st.integers(0, len(raw)))
        raw = raw[:at] + data.draw(st.binary(min_size=1, max_size=8)) + raw[at:]
    snap = _check_result_or_error(raw)
    if mutation == "delete top" and snap is None:
        assert set(BASE_DOC) - set(doc) & {"schema_version", "name", "parameters"}
    if mutation in ("delete parameter", "truncate"):
        assert snap is None


@settings(max_examples=100, deadline=None)
@given(key=st.sampled_from(list(P.keys())), data=st.data(), note=NOTE_TEXT)
def test_valid_mutations_load_with_the_new_values(key, data, note):
    p = P.get(key)
    value = data.draw(st.floats(min_value=p.min, max_value=p.max, allow_nan=False))
    doc = json.loads(json.dumps(BASE_DOC))
    doc["parameters"][key] = value
    doc["note"] = note
    snap = _check_result_or_error(json.dumps(doc))
    assert snap is not None
    assert snap.parameters[key] == value and snap.note == note


def test_the_example_in_the_documentation_is_a_valid_snapshot():
    text = (Path(__file__).resolve().parent.parent / "docs" / "SNAPSHOTS.md").read_text("utf-8")
    example = text.split("```json\n", 1)[1].split("```", 1)[0]
    snap = S.loads(example, "docs/SNAPSHOTS.md example")
    assert snap.name == "Slow money"
    assert snap.parameters == P.complete({"monetization_speed": 20, "power_buildout": 12})
    doc = json.loads(example)
    assert set(doc) == set(S._REQUIRED_V1) | set(S._OPTIONAL_V1) - {"compare"}


# --- text that is not valid Unicode -----------------------------------------------------------

def test_a_lone_surrogate_in_a_file_is_refused_on_load(tmp_path):
    """JSON may spell an unpaired surrogate ('\\ud800'); such a snapshot could never be saved
    again (UTF-8 cannot hold it), so it is refused when read, naming the field."""
    doc = valid_doc()
    text = json.dumps(doc).replace('"name": "Valid"', '"name": "Valid \\ud800"')
    path = write(tmp_path, text)
    with pytest.raises(S.SnapshotError, match="'name'.*not valid Unicode") as caught:
        S.load(path)
    assert str(caught.value).startswith(str(path))
    # A properly paired escape (an emoji) is fine.
    emoji = json.dumps(doc).replace('"name": "Valid"', '"name": "Valid \\ud83d\\ude00"')
    assert S.loads(emoji, "emoji.json").name == "Valid \U0001F600"


@pytest.mark.parametrize("field", ["name", "note"])
def test_a_lone_surrogate_from_the_command_line_gives_a_snapshot_error(tmp_path, field):
    """Undecodable bytes in a command-line argument arrive as lone surrogates ('\\udcff')."""
    text = "bad \udcff"
    path = tmp_path / "s.json"
    with pytest.raises(S.SnapshotError, match="not valid Unicode"):
        snap = S.create(text if field == "name" else "ok", {}, note=text if field == "note" else "")
        S.save(snap, path)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(S.SnapshotError, match="not valid Unicode"):
        S.check_name("bad \udcff")
    with pytest.raises(S.SnapshotError, match="compare.*not valid Unicode"):
        S.check_compare(["\udcff.json"])


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_saved_files_get_ordinary_permissions_and_a_replaced_file_keeps_its_own(tmp_path):
    """A temporary file is private (0600) while it is written; the saved file must not stay so,
    or a snapshot handed around a shared folder cannot be read by the others."""
    umask = os.umask(0o022)
    try:
        path = tmp_path / "s.json"
        S.save(S.create("x", {}), path)
        assert os.stat(path).st_mode & 0o777 == 0o644
        os.chmod(path, 0o640)
        S.save(S.create("y", {}), path)
        assert os.stat(path).st_mode & 0o777 == 0o640
        from model.store import snapshot_store as store
        new = store.SnapshotStore(tmp_path / "shelf").save_values("z", {})
        assert os.stat(new).st_mode & 0o777 == 0o644
    finally:
        os.umask(umask)

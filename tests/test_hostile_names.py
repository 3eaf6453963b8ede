"""Names and titles from outside (a hostile-input pass, hostile18):

- a snapshot name holding a control character or a direction override ('a\\x07b', '\\x1b[31m',
  '\\u202eevil': it shows as 'live') was taken by the save dialog, the rename, the command
  line's --name and the API, and written; the window then showed U+FFFD where the name was.
  Now a new name holding one is refused with a message naming the character (U+0007) and its
  position and saying what a name may hold; a file that already holds one (written by hand or
  by an older version) still opens, the characters taken out (line breaks made spaces), the
  file left as it is;
- a name of zero-width spaces ('\\u200b') or other characters that show as nothing was taken as
  a name (it passed `strip()`), an empty row in the list; now refused like an empty name;
- a storyline's title could hold the same characters, and a step titled '\\u200b' passed;
- a number too large for a float in a JSON file ('1e400') was read as infinity and reported
  as 'inf is not a finite number', a number the file does not hold; now the message quotes the
  number as written and names the key (also for NaN and Infinity).
"""
from __future__ import annotations

import json

import pytest

from model.store import snapshot as S
from model.store.snapshot_store import SnapshotStore
from model.workshop.storyline import StorylineError, load_storyline

CONTROL_NAMES = ["a\x07b", "\x1b[31mred", "\u202eevil\u202c", "line\nbreak", "tab\there",
                 "c1\x85", "iso\u2066late", "para\u2029graph"]
INVISIBLE_NAMES = ["\u200b", "\u200b\u200c\ufeff", "\u3164", " \u2060 "]


def _file_with_name(tmp_path, name: str, file_name: str = "hand.json"):
    doc = json.loads(S.to_json(S.create("x", {})))
    path = tmp_path / file_name
    path.write_text(json.dumps({**doc, "name": name}), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", CONTROL_NAMES)
def test_a_new_name_with_a_control_character_is_refused_naming_it(name):
    with pytest.raises(S.SnapshotError) as caught:
        S.check_name(name)
    message = str(caught.value)
    bad = next(c for c in name if not c.isprintable() or c in "\u202e\u2066")
    assert f"U+{ord(bad):04X}" in message and f"position {name.index(bad) + 1}" in message
    assert "one line of text" in message and "\n" not in message
    with pytest.raises(S.SnapshotError):             # the API refuses it too
        S.create(name, {})


@pytest.mark.parametrize("name", INVISIBLE_NAMES)
def test_a_name_that_shows_as_nothing_is_refused(name):
    with pytest.raises(S.SnapshotError, match="invisible"):
        S.check_name(name)


@pytest.mark.parametrize("name", ["שלום\u200f", "👨\u200d👩\u200d👧", "Slow money (v2)", "Ünïcödé ≥ 1"])
def test_names_of_other_scripts_and_emoji_are_still_taken(name):
    assert S.check_name(name) == name
    assert S.loads(S.to_json(S.create(name, {}))).name == name


def test_a_written_snapshot_never_holds_a_control_character_in_its_name(tmp_path):
    snap = S.with_changes(S.create("ok", {}), name="b\x07d")
    with pytest.raises(S.SnapshotError, match="U\\+0007"):
        S.save(snap, tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize("name, shown", [("a\x07b", "ab"), ("\u202eevil\u202c", "evil"),
                                         ("line\r\nbreak\tand tab", "line break and tab"),
                                         ("\x1b[31mred", "[31mred")])
def test_a_file_holding_such_a_name_opens_with_the_characters_taken_out(tmp_path, name, shown):
    path = _file_with_name(tmp_path, name)
    before = path.read_bytes()
    assert S.load(path).name == shown
    assert path.read_bytes() == before                 # reading never changes the file


@pytest.mark.parametrize("name", ["\x07", "\u200b", "\x1b\u200b"])
def test_a_file_whose_name_shows_as_nothing_is_named_after_the_file(tmp_path, name):
    path = _file_with_name(tmp_path, name, "Round two.json")
    assert S.load(path).name == "Round two"


def test_the_library_lists_such_a_file_and_a_note_edit_writes_the_clean_name(tmp_path):
    store = SnapshotStore(tmp_path)
    path = _file_with_name(tmp_path, "bell\x07\x1b[31m")
    [entry] = store.entries()
    assert not entry.broken and entry.name == "bell[31m"
    store.set_note(path, "checked")
    assert json.loads(path.read_text(encoding="utf-8"))["name"] == "bell[31m"


def test_a_rename_to_a_name_with_a_control_character_is_refused_and_keeps_the_file(tmp_path):
    store = SnapshotStore(tmp_path)
    path = store.save_values("Round 1", {})
    before = path.read_bytes()
    with pytest.raises(S.SnapshotError, match="U\\+001B"):
        store.rename(path, "Round\x1b[2J 2")
    assert path.read_bytes() == before


def test_the_command_line_refuses_such_a_name_in_one_line(run_main, tmp_path):
    out = tmp_path / "s.json"
    done = run_main("snapshot", "--name", "a\x07b", "--out", out)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "--name" in done.stderr and "U+0007" in done.stderr and "\x07" not in done.stderr
    assert not out.exists()
    done = run_main("snapshot", "--name", "\u200b", "--out", out)
    assert done.returncode == 2 and "invisible" in done.stderr and not out.exists()


def _storyline(tmp_path, title: str, step_title: str = "step"):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"title": title, "steps": [{"title": step_title,
                                                            "narration": "n"}]}),
                    encoding="utf-8")
    return path


def test_a_storyline_title_with_a_control_character_is_refused_naming_it(tmp_path):
    with pytest.raises(StorylineError, match="'title' holds the invisible character U\\+202E"):
        load_storyline(_storyline(tmp_path, "\u202eevil"))


def test_a_storyline_step_titled_with_a_zero_width_space_is_refused(tmp_path):
    with pytest.raises(StorylineError, match="step 1: 'title' must be a non-empty text"):
        load_storyline(_storyline(tmp_path, "Story", "\u200b"))


@pytest.mark.parametrize("literal", ["1e400", "-1E+999", "NaN", "Infinity"])
def test_a_number_too_large_for_a_float_is_quoted_as_written_with_its_key(tmp_path, literal):
    doc = json.loads(S.to_json(S.create("x", {})))
    doc["parameters"]["capex_growth"] = "PLACE"
    text = json.dumps(doc).replace('"PLACE"', literal)
    with pytest.raises(S.SnapshotError) as caught:
        S.loads(text, "f.json")
    message = str(caught.value)
    assert message.startswith(f"f.json: capex_growth: {literal} is not allowed"), message
    assert "inf " not in message


@pytest.mark.parametrize("key,digits", [("capex_growth", 400), ("capex_growth", 5000),
                                        ("schema_version", 400)])
def test_a_whole_number_of_hundreds_of_digits_is_refused_with_its_length(key, digits):
    """hostile26: a whole number of 5,000 digits was answered in Python's words ('not valid
    JSON (Exceeds the limit (4300 digits) for integer string conversion: value has 5000 d…'),
    cut in the middle; a schema version of 400 digits was quoted whole in the message."""
    doc = json.loads(S.to_json(S.create("x", {})))
    target = doc["parameters"] if key in doc["parameters"] else doc
    target[key] = "PLACE"
    text = json.dumps(doc).replace('"PLACE"', "7" * digits)
    with pytest.raises(S.SnapshotError) as caught:
        S.loads(text, "f.json")
    message = str(caught.value)
    assert message.startswith(f"f.json: {key}: a whole number of {digits} digits; at most "), \
        message
    assert "7777777777" not in message and "4300" not in message


def test_a_preset_with_a_long_whole_number_is_refused_naming_it(tmp_path):
    """The same guard for a preset file (read by model.store.json_file)."""
    from model.errors import InputError
    from model.store.json_file import read_json_object
    path = tmp_path / "fast.json"
    path.write_text('{"name": "fast", "values": {"capex_growth": 1' + "0" * 5000 + '}}',
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"^preset fast.json: capex_growth: a whole number of "
                                         r"5001 digits"):
        read_json_object(path, 1 << 20, "preset fast.json")


def test_an_autosave_compare_entry_outside_the_library_is_left_out(tmp_path):
    """An autosave whose compare selection named '/elsewhere/other.json' or '../x.json' was
    read as it was, and the window's restore compared that file from outside the library
    (folder / '/elsewhere/other.json' is '/elsewhere/other.json'); the work itself is kept."""
    from model.store import snapshot_store as store
    library, elsewhere = tmp_path / "library", tmp_path / "elsewhere"
    library.mkdir()
    elsewhere.mkdir()
    S.save(S.create("outside", {}), elsewhere / "other.json")
    store.write_autosave(library, {"capex_growth": 50},
                         [str(elsewhere / "other.json"), "../elsewhere/other.json", ".",
                          "a\\b.json", "ok.json"])
    state = store.read_autosave(library)
    assert state["compare"] == ["ok.json"]
    assert state["parameters"]["capex_growth"] == 50


def test_a_note_too_long_is_refused_naming_the_note_and_the_file_keeps_its_old_one(tmp_path):
    """A pasted 2,000,000-character note was refused as 'snapshot 'a': larger than 5 MB;
    refused' (the save dialog and the note dialog did not say the note was the cause)."""
    from model.limits import SNAPSHOT_MAX_NOTE_CHARS
    store = SnapshotStore(tmp_path)
    path = store.save_values("a", {}, note="old")
    too_long = "x" * (SNAPSHOT_MAX_NOTE_CHARS + 1)
    for attempt in (lambda: store.set_note(path, too_long),
                    lambda: S.create("b", {}, note=too_long)):
        with pytest.raises(S.SnapshotError) as caught:
            attempt()
        message = str(caught.value)
        assert message.startswith("the note is 1,000,001 characters long"), message
        assert "at most 1,000,000" in message
    assert S.load(path).note == "old"
    assert store.set_note(path, "x" * SNAPSHOT_MAX_NOTE_CHARS).note.startswith("xxx")


@pytest.mark.parametrize("note, code, position", [
    ("a\x07b", "U+0007", 2), ("\x1b[31mred", "U+001B", 1), ("x\u202eevil", "U+202E", 2),
    ("nul\x00", "U+0000", 4), ("c1\x85", "U+0085", 3), ("form\x0cfeed", "U+000C", 5)])
def test_a_new_note_holding_a_control_character_is_refused_naming_it(tmp_path, note, code,
                                                                     position):
    """A note kept a bell, an escape sequence or a direction override as typed or pasted
    (the window showed U+FFFD where it was; '\\u202e' reversed what followed it); a new note
    holding one is refused like a name, naming the character and its position. The note
    already in the file is kept."""
    store = SnapshotStore(tmp_path)
    path = store.save_values("a", {}, note="old")
    for attempt in (lambda: store.set_note(path, note), lambda: S.create("b", {}, note=note)):
        with pytest.raises(S.SnapshotError) as caught:
            attempt()
        message = str(caught.value)
        assert message.startswith(f"the note holds the invisible character {code} at "
                                  f"position {position}; "), message
        assert "line breaks and tabs" in message
    assert S.load(path).note == "old"


def test_a_note_keeps_its_lines_and_tabs_and_reads_windows_line_ends_as_line_breaks(tmp_path):
    store = SnapshotStore(tmp_path)
    path = store.save_values("a", {}, note="one\ttab\r\ntwo\rthree\nfour\u2028five")
    assert S.load(path).note == "one\ttab\ntwo\nthree\nfour\u2028five"


def test_a_file_whose_note_holds_control_characters_opens_with_them_taken_out(tmp_path):
    """A hand-written file (or one of an older version) still opens; the characters that would
    show as U+FFFD are taken out, the lines kept, the file itself left as it is."""
    doc = json.loads(S.to_json(S.create("x", {})))
    doc["note"] = "bell\x07 and \x1b[31mred\u202e\r\nnext\tline"
    path = tmp_path / "hand.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = path.read_bytes()
    assert S.load(path).note == "bell and [31mred\nnext\tline"
    assert path.read_bytes() == before


def test_names_read_from_files_are_held_within_the_one_name_limit_in_bytes():
    """Hostile 25: the longest file name lived in cli/common (NAME_MAX_BYTES, bytes) while the
    snapshot library and the kept session allowed 255 characters (a 128 × 'é' compare name,
    256 bytes, was taken as a library file name no file system holds). Now model.limits holds
    the one limit and every check derives from it."""
    from model import limits
    from model.store import snapshot_store
    from model.workshop import session_state
    import cli.common
    assert cli.common.NAME_MAX_BYTES is limits.NAME_MAX_BYTES
    fits = "é" * (limits.NAME_MAX_BYTES // 2)
    too_long = fits + "é"
    assert snapshot_store.is_library_name(fits) and session_state._plain_name(fits)
    assert not snapshot_store.is_library_name(too_long)
    assert not session_state._plain_name(too_long)


@pytest.mark.parametrize("given, words", [
    ("1e3", "not a whole year"), ("2050.5", "not a whole year"), ("1000", "out of range"),
    ("99999", "out of range"), ("", "not a whole year")])
def test_a_bad_horizon_says_what_was_given_and_the_allowed_range(given, words, capsys, tmp_path):
    """Hostile 25: '--horizon 1e3' said only 'invalid whole number (ASCII digits) value' without
    the allowed years. Now every bad horizon names what was given and the range, which is
    model.limits' HORIZON_MIN_YEAR..HORIZON_MAX_YEAR."""
    from model import limits
    import main as entry
    code = entry.main(["export", "--horizon", given, "--out", str(tmp_path / "x.csv")])
    err = capsys.readouterr().err
    assert code == 2, err
    assert words in err and "--horizon" in err, err
    assert f"{limits.HORIZON_MIN_YEAR} to {limits.HORIZON_MAX_YEAR}" in err, err
    assert "Traceback" not in err and err.count("\n") == 1, err


@pytest.mark.parametrize("typed, shown", [
    ("Ba\u200bse", "Base"), ("\ufeffBase", "Base"), ("Base\u2060", "Base"),
    ("Ba\u00adse", "Base"), ("Base\u200d", "Base"), ("\u200cBase", "Base"),
    ("a \u200d b", "a b")])
def test_zero_width_characters_that_join_nothing_are_taken_out_of_every_name(
        typed, shown, tmp_path, capsys):
    """Hostile 25: a zero-width space, word joiner, byte-order mark, soft hyphen or a joiner at
    an end made 'Ba\u200bse' a second snapshot looking exactly like 'Base'. Now they are taken
    out wherever a name is taken: a new name (the window's field and `snapshot --name` both go
    through check_name) and a name read from a file (not refused: the file opens)."""
    import json
    import main as entry
    from model import parameters as P
    from model.store import snapshot as S
    assert S.check_name(typed) == shown
    out = tmp_path / "s.json"
    assert entry.main(["snapshot", "--name", typed, "--out", str(out)]) == 0, capsys.readouterr()
    assert json.loads(out.read_text(encoding="utf-8"))["name"] == shown
    doc = json.loads(S.to_json(S.create("x", P.defaults())))
    doc["name"] = typed
    assert S.loads(json.dumps(doc), "hand-edited.json").name == shown


@pytest.mark.parametrize("name", ["\U0001F468\u200d\U0001F469", "\u0645\u200c\u06cc"])
def test_joiners_between_visible_characters_stay(name):
    """Emoji sequences and Persian or Indic names need their joiners: they are kept."""
    from model.store import snapshot as S
    assert S.check_name(name) == name


@pytest.mark.parametrize("where", ["story", "step"])
def test_a_storyline_title_of_200000_characters_is_refused_with_its_length(tmp_path, where):
    """hostile26: a storyline (or step) title had no length limit: 200,000 characters were
    taken for one line of the chooser, the panel's header and the session log."""
    from model.limits import STORYLINE_TITLE_MAX_CHARS
    long_title = "T" * 200_000
    path = (_storyline(tmp_path, long_title, "Step") if where == "story"
            else _storyline(tmp_path, "Story", long_title))
    with pytest.raises(StorylineError) as caught:
        load_storyline(path)
    message = str(caught.value)
    assert "'title' is 200000 characters long" in message, message
    assert f"at most {STORYLINE_TITLE_MAX_CHARS} characters" in message
    assert "TTTTTTTTTT" not in message

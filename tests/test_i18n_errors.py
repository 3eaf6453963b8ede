"""The model's bad-input errors in the German window (gui/error_text.py): a bad snapshot file,
a value out of range inside one, a broken scenario code, bad storyline and preset files are
worded in German; the command line keeps the English; every template the model raises with is
translated, with the same fields."""
from __future__ import annotations

import json
import string
import xml.etree.ElementTree as ET

import pytest

from gui import i18n
from gui.error_text import CONTEXT, error_text
from model import parameters as P
from model.store import scenario_code
from model.workshop import storyline
from resources import resource_path


@pytest.fixture(autouse=True)
def english_afterwards():
    """Leave the application English for the tests that follow."""
    yield
    i18n.install("en")


@pytest.fixture
def german(module_windows):
    window = module_windows(["--lang", "de", "--size", "1280x720"])
    i18n.install("de")
    return window


def _fields(text: str) -> list[str]:
    return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f)


def _assert_refused_in_german(feature, german_text: str, english_text: str) -> None:
    """The snapshots feature's last error says `german_text` and not `english_text`; its message
    box is closed either way."""
    try:
        assert german_text in feature.last_error, feature.last_error
        assert english_text not in feature.last_error, feature.last_error
    finally:
        feature.last_message_box.close()


def test_every_model_error_template_has_a_german_translation_with_the_same_fields():
    from cli._translations import model_error_strings
    templates = {source for _, source in model_error_strings()}
    assert len(templates) > 100                    # (the raise statements were found)
    root = ET.parse(resource_path("i18n") / "explorer_de.ts").getroot()
    german = {}
    for context in root.findall("context"):
        if context.findtext("name") == CONTEXT:
            for message in context.findall("message"):
                done = message.find("translation").get("type") != "unfinished"
                german[message.findtext("source")] = message.findtext("translation") if done else ""
    missing = sorted(t for t in templates if not german.get(t))
    assert missing == []
    mismatched = [t for t in templates if _fields(t) != _fields(german[t])]
    assert mismatched == []


def test_a_value_out_of_range_in_a_snapshot_file_is_refused_in_german(german, tmp_path):
    feature = german.features["snapshots"]
    key = "capex_growth"
    bad = tmp_path / "too-fast.json"
    bad.write_text(json.dumps({"parameters": {key: P.get(key).max * 10}}), encoding="utf-8")
    assert feature.import_file(bad) is None
    try:
        message = feature.last_error
        assert "liegt außerhalb des erlaubten Bereichs" in message, message
        assert "Parameter:" in message and key in message
        assert "0 bis 150 % pro Jahr" in message and "per year" not in message    # its range
        assert "outside the allowed range" not in message and "parameters:" not in message
    finally:
        feature.last_message_box.close()


def test_an_empty_snapshot_file_is_refused_in_german(german, tmp_path):
    feature = german.features["snapshots"]
    empty = tmp_path / "empty.json"
    empty.write_text("  \n", encoding="utf-8")
    assert feature.import_file(empty) is None
    _assert_refused_in_german(feature, "die Datei ist leer", "the file is empty")


def test_a_mistyped_scenario_code_is_refused_in_german(german):
    feature = german.features["snapshots"]
    code = scenario_code.encode({"capex_growth": P.get("capex_growth").max})
    broken = code[:-1] + ("0" if code[-1] != "0" else "1")      # the checksum no longer fits
    assert not feature.apply_code(broken)
    _assert_refused_in_german(feature, "Prüfsumme des Szenariocodes stimmt nicht", "checksum")


def test_a_text_that_is_not_a_scenario_code_is_quoted_the_german_way(german):
    """A workshop saw 'kein Szenariocode: ein Code beginnt mit 'AICX1:' (erhalten: 'hallo')':
    straight quotes where the window's other German messages quote with „…“ (Szenarien:
    „abc“ ist nicht zulässig). The code's start and the text pasted are quoted „…“; a control
    character in it stays visible as its escape; the command line keeps Python's quotes."""
    feature = german.features["snapshots"]
    assert not feature.apply_code("hallo\x07")
    try:
        message = feature.last_error
        assert "„AICX1:“" in message and "„hallo\\x07“" in message, message
        assert "'" not in message, message
    finally:
        feature.last_message_box.close()
    with pytest.raises(scenario_code.ScenarioCodeError) as raised:
        scenario_code.decode("hallo")
    assert "'AICX1:'" in str(raised.value) and "'hallo'" in str(raised.value)


def test_the_command_line_keeps_the_english_and_the_window_words_causes_in_german(german):
    with pytest.raises(scenario_code.ScenarioCodeError) as caught:
        scenario_code.decode("AICX1:1=1")
    error = caught.value
    assert "the scenario code is incomplete" in str(error)
    worded = error_text(error)
    assert worded.startswith("der Szenariocode ist unvollständig"), worded
    with pytest.raises(P.ParameterError) as nested:        # a cause inside the message
        P.validate({"capex_growth": 1e9})
    assert "liegt außerhalb" in error_text(nested.value)
    assert "is outside" in str(nested.value)


def test_a_bad_storyline_file_is_named_in_german(german, tmp_path):
    (tmp_path / "broken.json").write_text(json.dumps({"title": "x", "description": "y",
                                                      "steps": []}), encoding="utf-8")
    _stories, failures = storyline.storylines_and_errors(tmp_path)
    assert len(failures) == 1
    worded = error_text(failures[0])
    assert "muss eine nicht leere Liste" in worded, worded
    assert worded.startswith("Geführte Runde broken.json: "), worded       # no 'storyline'
    assert "must be a non-empty list" in str(failures[0])
    assert storyline.all_storylines(tmp_path)[1] == [str(failures[0])]      # the CLI's English


def test_a_german_message_writes_whole_numbers_in_the_locale(german):
    from model.store.snapshot import SnapshotError
    error = SnapshotError("{source}: 'compare' lists {length} snapshots (at most {MAX_COMPARE})",
                          source="a.json", length=12345, MAX_COMPARE=4)
    assert str(error) == "a.json: 'compare' lists 12345 snapshots (at most 4)"
    assert error_text(error) == "a.json: 'compare' nennt 12.345 Momentaufnahmen (höchstens 4)"


def test_renaming_a_snapshot_to_nothing_is_refused_in_german(german):
    from model.store import snapshot as S
    with pytest.raises(S.SnapshotError) as caught:
        S.check_name("   ")
    assert str(caught.value) == "the snapshot name is empty"
    assert error_text(caught.value) == "der Name der Momentaufnahme ist leer"


def test_a_range_in_a_message_writes_decimals_and_units_the_german_way(german):
    with pytest.raises(P.ParameterError) as caught:
        P.validate({"monetization_speed": 5})
    assert "10 to 90 % per year" in str(caught.value)
    assert "10 bis 90 % pro Jahr" in error_text(caught.value)
    fine = next(p for p in P.parameters() if p.min != int(p.min) or p.max != int(p.max))
    worded = error_text(fine.allowed())
    low = f"{fine.min:g}".replace(".", ",")
    assert worded.startswith(f"{low} bis "), (worded, fine.key)


def test_a_snapshot_field_of_the_wrong_json_type_is_described_in_german(german, tmp_path):
    from model.store import snapshot as S
    bad = tmp_path / "list.json"
    bad.write_text(json.dumps({"parameters": [1, 2]}), encoding="utf-8")
    with pytest.raises(S.SnapshotError) as caught:
        S.load(bad)
    assert "'parameters' must be an object, not a JSON array [...]" in str(caught.value)
    assert "'parameters' muss ein Objekt sein, ist aber ein JSON-Array [...]" in \
        error_text(caught.value)
    cut = tmp_path / "cut.json"
    cut.write_text('{"parameters": {"capex_growth": 1', encoding="utf-8")
    with pytest.raises(S.SnapshotError) as truncated:
        S.load(cut)
    assert str(truncated.value).endswith("— the file looks truncated")
    assert error_text(truncated.value).endswith("– die Datei scheint abgeschnitten")


def test_a_folder_given_as_a_snapshot_is_named_in_german(german, tmp_path):
    from model.store import snapshot as S
    folder = tmp_path / "not-a-file.json"
    folder.mkdir()
    with pytest.raises(S.SnapshotError) as caught:
        S.load(folder)
    assert "is a folder, not a snapshot file" in str(caught.value)
    assert "ist ein Ordner, keine Momentaufnahme-Datei" in error_text(caught.value)
    with pytest.raises(S.SnapshotError) as missing:
        S.load(tmp_path / "absent.json")
    assert error_text(missing.value).endswith("absent.json: diese Datei gibt es nicht")


def test_a_dropped_part_of_the_kept_session_is_named_in_german(german, tmp_path):
    from model.workshop import session_state
    session_state.session_path(tmp_path).write_text(
        json.dumps({"values": {"capex_growth": 1e9}}), encoding="utf-8")
    problems = []
    assert "values" not in session_state.read(tmp_path, problems)
    assert len(problems) == 1 and "value dropped" in problems[0]         # (the English, as text)
    worded = error_text(problems[0])
    assert "Wert verworfen" in worded and "liegt außerhalb" in worded, worded
    assert "value dropped" not in worded and "per year" not in worded


def test_a_broken_file_in_the_snapshot_folder_says_why_in_german(german):
    feature = german.features["snapshots"]
    bad = feature.folder / "leer.json"
    bad.write_text("   ", encoding="utf-8")
    try:
        feature.refresh()
        item = feature.panel.item_for(bad)
        assert item is not None
        assert "die Datei ist leer" in item.toolTip(), item.toolTip()
        assert "the file is empty" not in item.toolTip()
    finally:
        bad.unlink()
        feature.refresh()


def test_a_pipe_in_the_way_of_an_export_is_worded_in_german(german, tmp_path):
    # The writer's own reason (no operating-system word for it) reaches the German window in
    # German; the command line keeps the English.
    import os
    from gui.error_text import _OWN_REASONS, reason_text
    from model.store import atomic
    assert all(key == value for key, value in _OWN_REASONS.items())   # the literal is the text
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(OSError) as caught:
        atomic.write_bytes(tmp_path / "pipe", b"x")
    assert "not a regular file" in str(caught.value)
    worded = reason_text(caught.value)
    assert "keine gewöhnliche Datei" in worded and "regular" not in worded, worded


def test_a_full_disk_under_a_snapshot_save_is_worded_in_german(german, tmp_path, monkeypatch):
    """A snapshot save, rename, note or delete the system refused put the system's English
    into the German message ('…: kann nicht schreiben: No space left on device'): the
    template was translated, the reason was exc.strerror. Now the reason is worded by its
    errno in the window's language; the command line's English says it in the same words
    ('the disk is full', model.errors.OS_REASONS), not the system's 'No space left on device'."""
    from bench.hostile_tools import fail_after
    from model.store import atomic
    from model.store.snapshot_store import SnapshotStore, StoreError
    store = SnapshotStore(tmp_path)
    monkeypatch.setattr(atomic, "_os_write", fail_after(0))
    with pytest.raises(StoreError) as caught:
        store.save_values("voll", {})
    assert "the disk is full" in str(caught.value)                  # the command line
    assert "No space left" not in str(caught.value)
    worded = error_text(caught.value)
    assert "der Datenträger ist voll" in worded and "No space" not in worded, worded


def test_a_target_the_stress_index_can_never_meet_is_said_in_german(german):
    dialog = german.features["goal_seek"].open()
    try:
        dialog.target_edit.setText("stress < -5")
        assert dialog.run() is None
        shown = dialog.error_label.text()
        assert "reicht von 0 bis 100" in shown, shown
        assert "„stress < -5“ nie zutreffen" in shown, shown
    finally:
        dialog.close()


def test_a_disk_error_reading_a_snapshot_is_worded_in_german(german, tmp_path, monkeypatch):
    """A file the disk cannot read (EIO) was refused as '…: kann nicht gelesen werden:
    Input/output error' in the German window (the system's English); now the cause is worded
    by its errno, the command line keeps the system's text."""
    import errno

    from model.store import safe_read
    from model.store import snapshot as S
    path = tmp_path / "bad-sector.json"
    path.write_text("{}", encoding="utf-8")

    def failing(fd, size):
        raise OSError(errno.EIO, "Input/output error")
    monkeypatch.setattr(safe_read.os, "read", failing)
    with pytest.raises(S.SnapshotError) as caught:
        S.load(path)
    monkeypatch.undo()
    assert "the disk reported an input/output error" in str(caught.value)   # the command line
    worded = error_text(caught.value)
    assert "Ein-/Ausgabefehler" in worded and "Input/output" not in worded, worded


def test_an_explore_condition_every_scenario_meets_is_said_in_german(german):
    """(Explore refuses a condition its figure's fixed range decides; EN in test_gui_explore.)"""
    panel = german.features["explore"].panel
    panel.condition.setText("stress < 150")
    shown = panel.message.text()
    assert "reicht von 0 bis 100" in shown and "„stress < 150“" in shown, shown
    assert "every scenario" not in shown, shown
    panel.condition.setText("")


def test_a_refused_file_size_is_written_with_the_windows_decimal_comma(german, tmp_path):
    """Hostile 24b: a snapshot file over the size limit was refused in the German window as
    'die Datei ist 5.1 MB' (the size a text the model wrote, with a decimal point) and a
    preset's limit as '262144 bytes'. The sizes are numbers in the message's fields now,
    written by the window's formatter ('5,1 MB'); the command line keeps '5.1 MB'."""
    from model.limits import PRESET_MAX_BYTES, SNAPSHOT_MAX_BYTES
    from model.store import safe_read
    feature = german.features["snapshots"]
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (SNAPSHOT_MAX_BYTES + 1))
    over_mb = f"{SNAPSHOT_MAX_BYTES / 2 ** 20 + 0.1:g}"               # '5.1', English
    assert "." in over_mb
    assert feature.import_file(big) is None
    try:
        message = feature.last_error
        assert f"{over_mb.replace('.', ',')} MB" in message, message
        assert f"{over_mb} MB" not in message, message
    finally:
        feature.last_message_box.close()
    preset = tmp_path / "preset.json"
    preset.write_bytes(b" " * (PRESET_MAX_BYTES + 1))
    with pytest.raises(Exception) as refused:
        safe_read.read_regular_file(preset, PRESET_MAX_BYTES)
    said = error_text(refused.value)
    grouped = f"{PRESET_MAX_BYTES + 1:,}".replace(",", ".")          # German thousands
    assert f"{grouped} Byte" in said and "bytes" not in said, said
    assert f"{PRESET_MAX_BYTES + 1:,} bytes" in str(refused.value)    # the command line's


@pytest.mark.parametrize("cause, english, german_words", [
    ("folder", "it is a folder", "Verschieben Sie den Ordner"),
    ("denied", "permission denied", "beschreibbar")])
def test_an_autosave_that_cannot_be_removed_says_why_and_what_to_do(
        tmp_path, monkeypatch, german, cause, english, german_words):
    """Hostile 25: removing the autosave at a clean exit said the system's raw text
    ('…/autosave.json: cannot remove the autosave: Is a directory'), in English in a German
    window and without what to do. Now it is worded like every refused file operation in the
    data folder (model.errors.remove_failed): why in a person's words, that the file stays,
    what to do (move the folder away, make the folder writable or set the data folder)."""
    import errno
    from pathlib import Path
    from model.store import snapshot_store as store
    if cause == "folder":
        store.autosave_path(tmp_path).mkdir()
    else:
        store.write_autosave(tmp_path, P.defaults(), [])

        def refuse(self, *args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        monkeypatch.setattr(Path, "unlink", refuse)
    problem = store.clear_autosave(tmp_path)
    assert problem is not None
    for raw in ("Is a directory", "Permission denied", "Errno"):
        assert raw not in problem, problem
    assert english in problem and "autosave.json" in problem and "try again" in problem, problem
    worded = error_text(problem)
    assert german_words in worded and "autosave.json" in worded, worded
    assert "cannot remove" not in worded and english not in worded, worded

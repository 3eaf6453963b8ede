"""Hostile files in the data folder that the window reads at every start (the kept session
session.json and the workshop journal session-log.jsonl): a FIFO or a link to /dev/zero under
either name hung the start for ever (read_text blocks on a FIFO and never ends on /dev/zero);
an edited journal line with a partial parameter set broke the next logged change (KeyError)
and non-finite numbers were taken in. Now each is refused with one line naming the file, and the window
starts and logs."""
from __future__ import annotations

import json
import os

import pytest

from bench.hostile_tools import deadline
from model import parameters as P
from model.workshop import session_log, session_state

JOURNAL = "session-log.jsonl"


def _special(path, kind: str) -> None:
    if kind == "fifo":
        os.mkfifo(path)
    else:
        os.symlink("/dev/zero", path)


@pytest.mark.parametrize("kind, words", [("fifo", "FIFO"), ("dev_zero", "device")])
def test_a_kept_session_that_is_a_fifo_or_dev_zero_is_named_not_read(tmp_path, kind, words):
    _special(session_state.session_path(tmp_path), kind)
    problems: list[str] = []
    with deadline(10):
        assert session_state.read(tmp_path, problems) == {}
    assert len(problems) == 1 and "session.json" in problems[0] and words in problems[0]


@pytest.mark.parametrize("kind, words", [("fifo", "FIFO"), ("dev_zero", "device")])
def test_a_journal_that_is_a_fifo_or_dev_zero_is_left_alone_and_the_log_kept_in_memory(
        tmp_path, kind, words):
    path = tmp_path / JOURNAL
    _special(path, kind)
    with deadline(10):
        log = session_log.SessionLog(journal=path)
        log.record("step", "one", {"capex_growth": 70.0})      # appending would block on a FIFO
    assert [e.text for e in log.entries] == ["one"]
    assert JOURNAL in log.problem and words in log.problem and "memory" in log.problem
    assert os.path.islink(path) or not path.is_file()           # the file is left as it was


def test_edited_journal_lines_are_skipped_and_the_next_change_is_logged(tmp_path):
    path = tmp_path / JOURNAL
    good = session_log.SessionLog(journal=path)
    good.record("step", "kept", {"capex_growth": 70.0})
    lines = [json.dumps({"time": "t", "kind": "step", "text": "partial",
                         "values": {"capex_growth": 75.0}}),
             json.dumps({"time": "t", "kind": "step", "text": "nan",
                         "values": {**P.defaults(), "capex_growth": float("nan")}}),
             json.dumps({"time": "t", "kind": "step", "text": "inf",
                         "changes": [["capex_growth", 1, float("inf")]]}),
             json.dumps({"time": "t", "kind": "step", "text": "headline",
                         "after": {"peak_stress": float("nan")}}),
             "[" * 100_000]
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    log = session_log.SessionLog(journal=path)
    assert [e.text for e in log.entries] == ["kept", "partial"]   # the rest at their defaults
    assert log.entries[-1].values == P.complete({"capex_growth": 75.0})
    entry = log.record("step", "next", {"power_buildout": 4.0})        # was a KeyError
    assert [(c.key, c.new) for c in entry.changes] == [("power_buildout", 4.0)]
    assert entry.values["capex_growth"] == 75.0


def test_the_window_starts_with_a_fifo_as_kept_session_and_journal(qtbot, open_window, tmp_path,
                                                                    monkeypatch, capsys):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(data))
    os.mkfifo(session_state.session_path(data))
    os.mkfifo(data / JOURNAL)
    with deadline(60):
        window = open_window([], show=False)
    assert "session.json" in capsys.readouterr().err
    status = window.status_label.text()
    assert JOURNAL in status and "FIFO" in status, status
    window.slider_panel.controls["capex_growth"].spin.setValue(95.0)
    window.controller.flush()
    assert window.features["session_log"].entries[-1].values["capex_growth"] == 95.0


def test_a_journal_grown_past_the_limit_is_kept_aside_and_a_new_one_begins(tmp_path,
                                                                            monkeypatch):
    """A journal larger than SESSION_LOG_MAX_BYTES (weeks of changes without 'Start fresh')
    was not read, and every later session's log lived in memory only: lost at exit. Now the
    old journal is renamed beside it, whole, and this session journals again."""
    path = tmp_path / JOURNAL
    old = session_log.SessionLog(journal=path)
    for n in range(8):
        old.record("step", f"old {n}", {"capex_growth": 60.0 + n})
    before = path.read_bytes()
    monkeypatch.setattr(session_log, "SESSION_LOG_MAX_BYTES", len(before) - 1)
    log = session_log.SessionLog(journal=path)
    assert log.problem is None and log.entries == []
    assert log.moved_aside is not None and log.moved_aside.parent == tmp_path
    assert log.moved_aside.name.startswith("session-log-") and log.moved_aside.suffix == ".jsonl"
    assert log.moved_aside.read_bytes() == before                 # kept whole
    log.record("step", "new", {"capex_growth": 70.0})
    assert [e.text for e in session_log.read_journal(path)] == ["new"]   # journalled again
    again = session_log.SessionLog(journal=path)                  # small again: read back
    assert again.moved_aside is None and [e.text for e in again.entries] == ["new"]


def test_a_full_disk_is_said_in_the_interface_language_by_session_log_and_autosave(
        qtbot, open_window, tmp_path, monkeypatch):
    """On a full data disk the status bar read 'The session log could not be saved: [Errno 28]
    No space left on device', 'The session could not be kept: No space left on device' and
    'autosave failed: No space left on device' (the operating system's English, in a German
    window too, and 'autosave failed' untranslated). Now each names the cause in the
    program's words ('the disk is full'), as the exports do."""
    import errno

    from bench.hostile_tools import fail_after
    from model.store import atomic
    data = tmp_path / "data"
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(data))
    window = open_window([], show=False)
    qtbot.waitUntil(lambda: window.features["session_state"].restored)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(atomic, "_os_write", fail_after(0))
    monkeypatch.setattr(window.features["session_log"].log, "_append", full)
    said = []
    shown = window.status_label.setText
    monkeypatch.setattr(window.status_label, "setText", lambda t: (said.append(t), shown(t)))
    window.slider_panel.controls["capex_growth"].spin.setValue(95.0)
    window.controller.flush()
    window.features["snapshots"].autosave.tick()
    for prefix in ("The session log could not be saved: ", "The session could not be kept: ",
                   "Autosave failed: "):
        assert [t for t in said if t.startswith(prefix) and "the disk is full" in t], said
    assert not [t for t in said if "Errno" in t or "No space" in t], said


@pytest.mark.parametrize("room", [0, 40, 200])
def test_a_journal_append_on_a_full_disk_leaves_no_torn_line_and_is_written_later(
        tmp_path, monkeypatch, room):
    """A full disk took part of an entry's line (measured on a 200 KB tmpfs: 2,061 of its
    bytes); the next entry, written once there was room again, was glued to that torn line and
    both were skipped at the next start: an entry the window had logged after the disk was
    freed was lost. Now the part written is cut off again and the entry is written with the
    next one."""
    from bench.hostile_tools import fail_after
    path = tmp_path / JOURNAL
    log = session_log.SessionLog(journal=path)
    log.record("step", "first", {"capex_growth": 70.0})
    before = path.read_bytes()
    monkeypatch.setattr(session_log, "_os_write", fail_after(room))
    with pytest.raises(OSError):
        log.record("step", "second " + "y" * 500, {"capex_growth": 75.0})
    assert path.read_bytes() == before                  # no torn line left behind
    monkeypatch.undo()
    log.record("step", "third", {"capex_growth": 80.0})
    back = session_log.SessionLog(journal=path)
    assert [e.text[:6] for e in back.entries] == ["first", "second", "third"]
    assert [e.values["capex_growth"] for e in back.entries] == [70.0, 75.0, 80.0]


def test_damaged_snapshots_of_the_kept_comparison_get_one_message(qtbot, open_window,
                                                                   tmp_path, monkeypatch):
    """Six compared snapshots damaged between sessions (a sync tool, a disk) opened six
    warning boxes at the next start, one over the other (up to 100: the kept list's limit).
    Now one message names them all; the readable ones are compared."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from model.store import snapshot as S
    data = tmp_path / "data"
    library = data / "snapshots"
    library.mkdir(parents=True)
    S.save(S.create("fine", {}), library / "fine.json")
    damaged = [f"b{n}.json" for n in range(6)]
    for name in damaged:
        (library / name).write_text("{", encoding="utf-8")
    session_state.session_path(data).write_text(
        json.dumps({"version": 1, "compare": damaged + ["fine.json"]}), encoding="utf-8")
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(data))
    window = open_window([], show=False)
    feature = window.features["snapshots"]
    qtbot.waitUntil(lambda: window.features["session_state"].restored)
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1, [b.text()[:60] for b in boxes]
    assert all(name in feature.last_error for name in damaged)
    assert list(feature.compare) == ["fine.json"]
    boxes[0].close()


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x1c", "\x0b"])
def test_an_entry_holding_a_unicode_line_separator_is_read_back(tmp_path, separator):
    """The journal is JSON lines written with ensure_ascii=False, which keeps U+2028, U+2029
    and U+0085 raw inside a string (a preset file's name holding one is logged as it is
    applied); reading split the file with str.splitlines, which also splits there,
    so the entry was cut in two and lost at the next start. Now lines end at '\\n' only."""
    path = tmp_path / JOURNAL
    log = session_log.SessionLog(journal=path)
    log.record("step", "before", {"capex_growth": 70.0})
    log.record("preset", f"Preset: Slow{separator}money", {"capex_growth": 75.0})
    log.record("step", "after", {"capex_growth": 80.0})
    back = session_log.SessionLog(journal=path)
    assert [e.text for e in back.entries] == [
        "before", f"Preset: Slow{separator}money", "after"]


def _two_windows_on_one_data_folder(qtbot, open_window, tmp_path, monkeypatch):
    """(data folder, first window, second window): two windows opened on one data folder,
    each done restoring its session (the first holds the kept files)."""
    data = tmp_path / "data"
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(data))
    first = open_window([], show=False)
    second = open_window([], show=False)
    for window in (first, second):
        qtbot.waitUntil(lambda w=window: w.features["session_state"].restored)
    return data, first, second


def test_a_second_window_on_the_data_folder_neither_replaces_nor_removes_the_firsts_work(
        qtbot, open_window, tmp_path, monkeypatch):
    """Two windows on one data folder wrote the same session.json and .autosave.json: the one
    changed last filled the autosave, the one closing removed it and wrote its session, so a
    crash of the other then lost its work (measured: a window's capex growth 55 was nowhere
    after the other closed). Now the first window keeps the session and autosave; the second
    says so, writes neither, and keeps them once the first has closed."""
    from model.store import snapshot_store as store
    data, first, second = _two_windows_on_one_data_folder(qtbot, open_window, tmp_path,
                                                          monkeypatch)
    assert "Another window keeps its session" in second.status_label.text()
    first.controller.set_value("capex_growth", 70.0)
    first.controller.flush()
    assert first.features["snapshots"].autosave.tick()
    second.controller.set_value("capex_growth", 55.0)
    second.controller.flush()
    assert not second.features["snapshots"].autosave.tick()      # the first's stays
    assert store.read_autosave(data / "snapshots")["parameters"]["capex_growth"] == 70.0
    assert session_state.read(data)["values"]["capex_growth"] == 70.0
    first.close()                                               # its session written, released
    assert session_state.read(data)["values"]["capex_growth"] == 70.0
    assert second.features["session_state"].save()              # the second keeps it now
    assert second.features["snapshots"].autosave.tick()
    assert session_state.read(data)["values"]["capex_growth"] == 55.0
    assert store.read_autosave(data / "snapshots")["parameters"]["capex_growth"] == 55.0


@pytest.mark.parametrize("lang, tail", [
    ("en", "cannot write the file: the disk is full; nothing was written and the file already "
           "there is unchanged. Free some space; it is written again with the next change."),
    ("de", "die Datei kann nicht geschrieben werden: der Datenträger ist voll; es wurde nichts "
           "geschrieben, die vorhandene Datei ist unverändert. Geben Sie Speicherplatz frei; die "
           "Datei wird bei der nächsten Änderung erneut geschrieben.")])
def test_each_kept_file_on_a_full_disk_is_said_as_every_failed_write_and_nothing_is_lost(
        qtbot, open_window, tmp_path, monkeypatch, lang, tail):
    """Hostile 22: on a full data disk the session log, the kept session and the autosave said
    only 'the disk is full', while snapshots, exports and handouts said which file, that
    nothing was written and the file there is unchanged, and what to do (model.errors.
    write_failed). Now the three are worded the same (the remedy: the program writes them
    again by itself), the files on disk stay whole and unchanged, no temporary file is left,
    and once there is room the next change writes everything, the entry logged meanwhile
    too."""
    from bench.hostile_tools import fail_after
    from model.store import atomic, snapshot_store
    data = tmp_path / "data"
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(data))
    window = open_window(["--lang", lang], show=False)
    qtbot.waitUntil(lambda: window.features["session_state"].restored)
    keeper, log = window.features["session_state"], window.features["session_log"].log
    autosave = window.features["snapshots"].autosave
    spin = window.slider_panel.controls["capex_growth"].spin

    def change(value: float) -> None:
        spin.setValue(value)
        window.controller.flush()
        autosave.tick()
        keeper.save()
    change(90.0)
    files = {"journal": log.journal, "session": session_state.session_path(keeper.folder),
             "autosave": snapshot_store.autosave_path(autosave.folder)}
    before = {name: path.read_bytes() for name, path in files.items()}

    said = []
    shown = window.status_label.setText
    monkeypatch.setattr(window.status_label, "setText", lambda t: (said.append(t), shown(t)))
    monkeypatch.setattr(atomic, "_os_write", fail_after(0))
    monkeypatch.setattr(session_log, "_os_write", fail_after(0))
    change(95.0)
    for name in files:
        assert [t for t in said if t.endswith(f": {files[name]}: {tail}")], (name, said)
    assert {name: path.read_bytes() for name, path in files.items()} == before
    left = [p for folder in {p.parent for p in files.values()} for p in folder.iterdir()
            if atomic.is_temp_name(p.name)]
    assert left == []

    monkeypatch.setattr(atomic, "_os_write", os.write)      # room again
    monkeypatch.setattr(session_log, "_os_write", os.write)
    change(96.0)
    logged = [e.values["capex_growth"] for e in session_log.read_journal(files["journal"])
              if e.values is not None]
    assert logged[-2:] == [95.0, 96.0], logged
    assert json.loads(files["autosave"].read_text())["parameters"]["capex_growth"] == 96.0
    assert session_state.read(keeper.folder, [])["values"]["capex_growth"] == 96.0


def test_clearing_the_log_on_a_read_only_drive_is_said_and_keeps_the_journal(
        qtbot, open_window, tmp_path, monkeypatch):
    """Hostile 22: the session log's clear() (a new log) let the OSError of a drive that went
    read-only out of the window (an unhandled exception in a slot; an empty journal needs no
    room, so a full disk does not stop it). It is said as every failed write is; the journal
    stays whole and the window logs on."""
    import errno

    from model.store import atomic
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(tmp_path / "data"))
    window = open_window([], show=False)
    qtbot.waitUntil(lambda: window.features["session_state"].restored)
    feature = window.features["session_log"]
    feature.record("step", "kept", {"capex_growth": 70.0})
    before = feature.log.journal.read_bytes()

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")
    monkeypatch.setattr(atomic.tempfile, "mkstemp", read_only)
    feature.clear()
    said = window.status_label.text()
    assert said.startswith("The session log could not be saved: ") and (
        "the drive is read-only; nothing was written and the file already there is "
        "unchanged") in said, said
    assert feature.log.journal.read_bytes() == before
    assert feature.log.entries[-1].text == "kept"            # in memory too: nothing lost
    monkeypatch.undo()
    feature.record("step", "after", {"capex_growth": 71.0})
    assert feature.log.entries[-1].text == "after"


def test_a_second_window_on_the_data_folder_keeps_its_log_out_of_the_firsts_journal(
        qtbot, open_window, tmp_path, monkeypatch):
    """Hostile 24: two windows on one data folder appended to one session-log.jsonl: the next
    start showed the other window's changes as this session's, and the first window's Start
    fresh emptied the second's entries from the file (measured: journal [A's, B's] -> []).
    The first window journals; the second keeps its log in memory and journals it once the
    first has closed (as its session and autosave)."""
    data, first, second = _two_windows_on_one_data_folder(qtbot, open_window, tmp_path,
                                                          monkeypatch)
    journal = data / "session-log.jsonl"
    first.controller.set_value("capex_growth", 70.0)
    first.controller.flush()
    second.controller.set_value("monetization_speed", 55.0)
    second.controller.flush()
    first_words = [e.text for e in first.features["session_log"].entries]
    second_words = [e.text for e in second.features["session_log"].entries]
    assert first_words and second_words
    assert [e.text for e in session_log.read_journal(journal)] == first_words
    first.features["session_log"].clear()                    # Start fresh in the first
    assert [e.text for e in second.features["session_log"].entries] == second_words
    first.close()                                            # released: the second keeps it
    second.controller.set_value("monetization_speed", 60.0)
    second.controller.flush()
    kept = [e.text for e in session_log.read_journal(journal)]
    assert kept == [e.text for e in second.features["session_log"].entries]
    assert kept[:len(second_words)] == second_words and len(kept) == len(second_words) + 1


def test_a_journal_that_is_a_link_never_writes_into_the_file_it_points_to(tmp_path):
    """session-log.jsonl a symbolic link to one of the user's files (~/.bashrc): every change
    of the session was appended to that file as a JSON line. Now a linked journal is not used
    (the log lives in memory, said as for a FIFO) and the file it points to is unchanged."""
    from model.workshop import session_log
    victim = tmp_path / "bashrc"
    victim.write_text("export PATH=/usr/bin\n", encoding="utf-8")
    journal = tmp_path / "session-log.jsonl"
    journal.symlink_to(victim)
    log = session_log.SessionLog(journal=journal)
    log.record("step", "first", {"capex_growth": 70.0})
    assert victim.read_text(encoding="utf-8") == "export PATH=/usr/bin\n"
    assert log.problem and "symbolic link" in log.problem and "\n" not in log.problem
    assert [e.text for e in log.entries] == ["first"] and journal.is_symlink()


def test_a_journal_kept_in_memory_is_said_wholly_in_the_interface_language(
        qtbot, open_window, tmp_path, monkeypatch):
    """Hostile 25: the journal's 'this session's log is kept in memory only' was an English
    text inside the German sentence of the status bar ('Das Sitzungsprotokoll konnte nicht
    gespeichert werden: …: is a FIFO …; this session's log is kept in memory only'). Now the
    whole line is worded in the interface language."""
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(data))
    os.mkfifo(data / JOURNAL)
    with deadline(60):
        window = open_window(["--lang", "de"], show=False)
    status = window.status_label.text()
    assert JOURNAL in status and "Arbeitsspeicher" in status, status
    assert "kept in memory only" not in status and "session's log" not in status, status

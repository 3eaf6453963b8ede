"""A session log you can hand out (issue 11, finding 8): every change is logged exactly once with
the headline figures before and after (checked against the model), the log is journalled as it
goes, survives kill -9 and comes back at the next start, and CSV cells cannot run as formulas."""
import csv
import io
import math
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from model import parameters as P
from model import outputs, presets, simulate
from model.workshop.session_log import SessionLog, read_journal

ROOT = Path(__file__).resolve().parent.parent


def model_headlines(values):
    """The six headline figures of `values`, computed here from the model (None: none)."""
    arrays = outputs.headline_arrays(simulate(dict(values)))
    return {k: (None if math.isnan(v[0]) else pytest.approx(float(v[0]), rel=1e-12))
            for k, v in arrays.items()}


@pytest.fixture
def window(open_window, monkeypatch, tmp_path):
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(tmp_path / "data"))
    return open_window()


def logged_once(window, action, kind):
    """Run `action`; assert it added exactly one entry, of `kind`, whose changes and headline
    figures before → after are those of the model for the values before and after."""
    log = window.features["session_log"]
    before_values = window.controller.values
    count = len(log.entries)
    action()
    window.controller.flush()
    entries = log.entries
    assert [e.kind for e in entries[count:]] == [kind]
    entry = entries[-1]
    after_values = window.controller.values
    assert entry.before == model_headlines(before_values)
    assert entry.after == model_headlines(after_values)
    assert {c.key: (c.old, c.new) for c in entry.changes} == {
        k: (before_values[k], after_values[k]) for k in P.keys()
        if before_values[k] != after_values[k]}
    return entry


def test_every_kind_of_change_is_logged_once_with_the_model_s_outcomes(qtbot, window):
    key = "capex_growth"
    control = window.slider_panel.controls[key]
    slider = control.slider

    def drag():
        slider.setSliderDown(True)
        for index in (80, 90, 100, 60):
            slider.setValue(index)
            qtbot.wait(1)
        slider.setSliderDown(False)

    entry = logged_once(window, drag, "drag")
    assert [c.key for c in entry.changes] == [key]
    logged_once(window, lambda: control.spin.setValue(95), "typed")
    logged_once(window, lambda: window.slider_panel.controls["power_buildout"].spin.setValue(4),
                "typed")
    logged_once(window, control.reset_button.click, "reset")
    logged_once(window, window.undo_action.trigger, "undo")
    logged_once(window, window.redo_action.trigger, "redo")
    logged_once(window, window.reset_action.trigger, "reset")
    slug = next(s for s, a in window.preset_actions.items()
                if presets.find(s).full_values() != P.defaults())
    entry = logged_once(window, window.preset_actions[slug].trigger, "preset")
    assert entry.text == presets.find(slug).name and entry.changes
    logged_once(window, lambda: window.features["snapshots"].save_snapshot("Room A"), "snapshot")
    entry = logged_once(window, lambda: window.features["storyline"].panel.go_to(1), "step")
    assert entry.changes

    def seek():
        dialog = window.features["goal_seek"].open()
        dialog.set_lever("capex_growth")
        dialog.set_target("coverage >= 1 by 2032")
        assert dialog.run().reachable
        dialog.apply_button.click()
        dialog.close()

    logged_once(window, seek, "goal-seek")
    qtbot.wait(5)        # the zero-delay timers have run: nothing is logged twice
    kinds = [e.kind for e in window.features["session_log"].entries]
    assert kinds == ["drag", "typed", "typed", "reset", "undo", "redo", "reset", "preset",
                     "snapshot", "step", "goal-seek"]


def test_the_log_is_restored_at_the_next_start(open_window, monkeypatch, tmp_path):
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(tmp_path / "data"))
    first = open_window(show=False)
    first.slider_panel.controls["capex_growth"].spin.setValue(95)
    first.reset_action.trigger()
    texts = [(e.kind, e.text, e.before, e.after) for e in first.features["session_log"].entries]
    assert len(texts) == 2
    # the next start: the first's hold on the data folder goes with its process (released
    # here by hand; a second window beside a live first keeps its log apart, test_hostile_session)
    from gui.data_folder import release_session
    release_session(first)
    second = open_window(show=False)
    log = second.features["session_log"]
    assert [(e.kind, e.text, e.before, e.after) for e in log.entries] == texts
    assert "(nothing recorded)" not in log.log.to_markdown()


WRITER = """
import sys
from model.workshop.session_log import SessionLog
log = SessionLog(journal=sys.argv[1])
i = 0
while True:
    i += 1
    log.record("typed", "entry %d" % i, {"capex_growth": 60 + i % 50},
               before={"bust_year": 2030.0 + i % 7}, after={"bust_year": None})
    print(i, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_entries_survive_kill_9(tmp_path):
    for round_ in range(3):
        journal = tmp_path / f"session-log-{round_}.jsonl"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(journal)], cwd=ROOT, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            acknowledged = 0
            deadline = time.monotonic() + 60
            while acknowledged < 20 + 15 * round_ and time.monotonic() < deadline:
                acknowledged = int(child.stdout.readline())
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
            child.stdout.close()
            child.stderr.close()
        assert child.returncode == -signal.SIGKILL
        entries = read_journal(journal)
        assert len(entries) >= acknowledged > 0     # every acknowledged entry is on disk
        assert [e.text for e in entries] == [f"entry {i}" for i in range(1, len(entries) + 1)]
        assert entries[0].before == {"bust_year": 2031.0} and entries[0].after == {"bust_year": None}
        log = SessionLog(journal=journal)
        assert len(log) == len(entries)
        assert "(nothing recorded)" not in log.to_markdown()


def test_a_torn_last_line_is_skipped(tmp_path):
    journal = tmp_path / "log.jsonl"
    log = SessionLog(journal=journal)
    log.record("typed", "whole", {"capex_growth": 95})
    with open(journal, "a", encoding="utf-8") as handle:
        handle.write('{"time": "2026-')               # a write cut short by a crash
    again = SessionLog(journal=journal)
    assert [e.text for e in again.entries] == ["whole"]
    assert again.entries[0].changes[0].new == 95.0
    again.record("typed", "after the crash", {"capex_growth": 90})
    assert [e.text for e in SessionLog(journal=journal).entries] == ["whole", "after the crash"]


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)"])
def test_csv_cells_cannot_run_as_formulas(text):
    log = SessionLog()
    log.record("snapshot", text)
    log.record(text, "kind as text")
    rows = list(csv.DictReader(io.StringIO(log.to_csv())))
    assert rows[0]["text"] == "'" + text
    assert rows[1]["kind"] == "'" + text.strip()


def test_export_carries_outcomes_as_numbers_and_text():
    log = SessionLog()
    log.record("typed", "more capex", {"capex_growth": 120}, old_values=P.defaults(),
               before={"bust_year": None, "peak_debt_busd": 1000.0},
               after={"bust_year": 2031.0, "peak_debt_busd": 1500.5})
    row = next(csv.DictReader(io.StringIO(log.to_csv())))
    assert row["bust_year_before"] == "" and float(row["bust_year_after"]) == 2031
    assert float(row["peak_debt_busd_after"]) == 1500.5
    # the CSV is the record to compute with: a figure comes back exactly, not as written on
    # screen (rounding it to a tenth passed every test: mutation spot-check)
    exact = 1234.5678901234
    log.record("typed", "more", {"capex_growth": 121}, old_values=P.defaults(),
               before={"peak_debt_busd": 1500.5}, after={"peak_debt_busd": exact})
    last = list(csv.DictReader(io.StringIO(log.to_csv())))[-1]
    assert float(last["peak_debt_busd_after"]) == exact
    markdown = log.to_markdown()
    assert "Bust year none → 2031" in markdown
    assert "Peak debt 1000 $B → 1500 $B" in markdown or "Peak debt 1000 $B → 1501 $B" in markdown


def test_a_journal_line_with_a_number_too_large_for_a_float_is_skipped(tmp_path):
    """Hostile 24: a journal line (session-log.jsonl in the data folder) holding a headline or
    a value written as 1 followed by 400 zeros (JSON has no limit; float() raises
    OverflowError, not ValueError) stopped the window's start and the screenshot command with a
    traceback. The line is skipped like any malformed one; the others are kept."""
    import json

    from model.workshop import session_log
    journal = tmp_path / "session-log.jsonl"
    good = {"time": "2026-01-01T00:00:00+00:00", "kind": "preset", "text": "Preset: x",
            "changes": [], "values": None, "before": {}, "after": {}}
    huge = 10 ** 400
    lines = [good,
             dict(good, before={"peak_stress": huge}),
             dict(good, changes=[["capex_growth", 1, huge]]),
             dict(good, values={"capex_growth": -huge}),
             good]
    journal.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    kept = session_log.read_journal(journal)
    assert [e.text for e in kept] == ["Preset: x", "Preset: x"]


def test_a_journal_change_of_an_unknown_parameter_leaves_the_exports_working(tmp_path):
    """Hostile 24: a journal entry whose change names a parameter this program does not know
    (a retired one, an edited file) was read in, and then every export of the log (CSV,
    Markdown) and the handout failed with 'unknown parameter' for the whole session. The
    unknown change is left out; the entry's text and its other changes stay."""
    import json

    from model.workshop import session_log
    journal = tmp_path / "session-log.jsonl"
    entry = {"time": "2026-01-01T00:00:00+00:00", "kind": "change", "text": "moved two",
             "changes": [["retired_lever", 1, 2], ["capex_growth", 80, 61]],
             "values": None, "before": {}, "after": {}}
    journal.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    log = session_log.SessionLog(journal=journal)
    (kept,) = log.entries
    assert kept.text == "moved two" and [c.key for c in kept.changes] == ["capex_growth"]
    assert "moved two" in log.to_csv() and "moved two" in log.to_markdown()
    assert "retired_lever" not in log.to_csv()

"""The session log (model.workshop.session_log): entries with time, kind, text and parameter
changes; Markdown and CSV export (CSV parsed back), atomic file writes, bad suffix refused."""
import csv
import io
from datetime import datetime, timezone

import pytest

from model import parameters as P
from model.workshop.session_log import CSV_COLUMNS, SessionLog

T0 = datetime(2026, 3, 5, 14, 3, 12, tzinfo=timezone.utc)


def test_changes_are_recorded_against_the_previous_entry_with_values():
    log = SessionLog()
    first = log.record("step", "Surge", {"capex_growth": 85}, time=T0)
    log.record("snapshot", "my snapshot", time=T0)            # no values: no changes
    third = log.record("step", "Wall", {"capex_growth": 85, "power_buildout": 4}, time=T0)
    assert [(c.key, c.old, c.new) for c in first.changes] == [
        ("capex_growth", P.get("capex_growth").default, 85.0)]
    assert log.entries[1].changes == ()
    assert [(c.key, c.old, c.new) for c in third.changes] == [
        ("power_buildout", P.get("power_buildout").default, 4.0)]
    assert first.time == "2026-03-05T14:03:12+00:00"


def test_csv_parses_back_to_the_entries():
    log = SessionLog()
    log.record("step", 'A "quoted", comma text', {"monetization_speed": 20}, time=T0)
    log.record("snapshot", "second", time=T0)
    rows = list(csv.DictReader(io.StringIO(log.to_csv())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["kind"] for r in rows] == ["step", "snapshot"]
    assert rows[0]["text"] == 'A "quoted", comma text'
    assert rows[0]["time"] == "2026-03-05T14:03:12+00:00"
    assert "Monetization speed 40 → 20 % per year" == rows[0]["changes"]
    assert rows[1]["changes"] == ""


def test_markdown_lists_every_entry_and_change():
    log = SessionLog()
    log.record("preset", "Soft landing", {"capex_growth": 60}, time=T0)
    text = log.to_markdown()
    assert text.startswith("# ")
    assert "- **2026-03-05T14:03:12+00:00** · preset · Soft landing" in text
    default = f"{P.get('capex_growth').default:g}"
    assert f"  - Capex growth {default} → 60 % per year" in text


def test_write_by_suffix_and_refuse_other_suffixes(tmp_path):
    log = SessionLog()
    log.record("step", "one", {"capex_growth": 80})
    log.write(tmp_path / "log.md")
    log.write(tmp_path / "log.csv")
    assert (tmp_path / "log.md").read_text(encoding="utf-8") == log.to_markdown()
    assert list(csv.reader(io.StringIO((tmp_path / "log.csv").read_text(encoding="utf-8"))))[1][2] == "one"
    with pytest.raises(ValueError, match="txt"):
        log.write(tmp_path / "log.txt")
    assert not (tmp_path / "log.txt").exists()


def test_bad_values_are_refused_and_nothing_is_logged():
    log = SessionLog()
    with pytest.raises(P.ParameterError, match="capex_growth"):
        log.record("step", "bad", {"capex_growth": 1e6})
    with pytest.raises(P.ParameterError, match="no_such_key"):
        log.record("step", "bad", {"no_such_key": 1})
    assert len(log) == 0


_MARKUP = "\\*_[]`<>"


def _live_markup(line: str) -> list[str]:
    """The Markdown markup characters of `line` that are not escaped (preceded by an even
    number of backslashes, none included)."""
    live, slashes = [], 0
    for ch in line:
        if ch in _MARKUP and ch != "\\" and slashes % 2 == 0:
            live.append(ch)
        slashes = slashes + 1 if ch == "\\" else 0
    return live


@pytest.mark.parametrize("name", [r"\[Click for the results\](https://evil.example)",
                                  r"\<img src=x onerror=alert(1)\>", r"\*\*FAKE\*\*",
                                  "ok\r# Injected heading\r\n- [fake](entry)"])
def test_a_name_cannot_turn_into_markdown_links_html_or_lines(name):
    """A snapshot named '\\[Click\\](https://…)' (a colleague's file) became a live link in the
    exported Markdown: the escape added before '[' was undone by the name's own backslash. A
    carriage return started a new Markdown line (a heading, a fake entry)."""
    from model.workshop.session_log import LogEntry
    log = SessionLog()
    log.record("snapshot", name, time=T0)
    log.entries.append(LogEntry.from_json({"time": r"\[t\](https://evil.example)",
                                           "kind": "<b>k</b>", "text": "x"}))
    body = log.to_markdown().split("\n")[2:]
    assert "\r" not in log.to_markdown()
    assert len([line for line in body if line]) == 2          # one line per entry, no more
    for line in body:
        assert _live_markup(line.replace("**", "", 2)) == [], line   # the time's own bold


def test_a_journal_time_that_a_spreadsheet_would_run_is_neutralised_in_the_csv():
    """The time read back from an edited journal was written to the CSV as it was: a time
    '=HYPERLINK(…)' ran as a formula in a spreadsheet (the kind and text cells were guarded)."""
    from model.workshop.session_log import LogEntry
    log = SessionLog()
    log.entries.append(LogEntry.from_json({"time": '=HYPERLINK("https://evil.example","x")',
                                           "kind": "step", "text": "x"}))
    rows = list(csv.DictReader(io.StringIO(log.to_csv())))
    assert rows[0]["time"].startswith("'=")

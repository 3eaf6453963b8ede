"""The environment the program reads (AI_CAPEX_EXPLORER_DATA) and the terminal it writes to.

AI_CAPEX_EXPLORER_DATA naming a file, a FIFO, /dev/null, a path under a file, a symbolic link
that loops or '~nobody/x' stopped the window with a traceback from the session log
(NotADirectoryError, ELOOP, RuntimeError from expanduser); `screenshot` and `handout` said
'/dev/null/session-log.jsonl: Not a directory', naming neither the variable nor what to do.
Now each is one line naming the variable, what is in the way and what is allowed, exit 2.
"""
from __future__ import annotations

import os

import pytest

from model.limits import DATA_ENV


def _hostile_folder(tmp_path, kind: str) -> str:
    afile = tmp_path / "afile"
    afile.write_text("mine", encoding="utf-8")
    if kind == "file":
        return str(afile)
    if kind == "under_file":
        return str(afile / "sub")
    if kind == "fifo":
        os.mkfifo(tmp_path / "fifo")
        return str(tmp_path / "fifo")
    if kind == "device":
        return "/dev/null"
    if kind == "loop":
        (tmp_path / "loop").symlink_to(tmp_path / "loop")
        return str(tmp_path / "loop" / "data")
    if kind == "dangling":
        (tmp_path / "gone").symlink_to(tmp_path / "moved-away")
        return str(tmp_path / "gone")
    if kind == "under_dangling":
        (tmp_path / "gone").symlink_to(tmp_path / "moved-away")
        return str(tmp_path / "gone" / "data")
    assert kind == "unknown_user"
    return "~no_such_user_aicx_h17/data"


KINDS = {"file": "is a file, not a folder", "under_file": "is a file, not a folder",
         "fifo": "is a pipe (FIFO), not a folder", "device": "is a device, not a folder",
         "loop": "symbolic link that loops", "unknown_user": "home folder of a user unknown",
         # a link to a folder moved away: the window opened and said only on stderr 'cannot
         # create the snapshot folder: File exists', and every save failed with that
         "dangling": "moved-away', which does not exist",
         "under_dangling": "gone' is a symbolic link to"}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_data_folder_that_cannot_be_one_is_refused_with_one_line(qapp, tmp_path, monkeypatch,
                                                                     kind):
    import main
    from model.errors import InputError
    monkeypatch.setenv(DATA_ENV, _hostile_folder(tmp_path, kind))
    with pytest.raises(InputError) as caught:
        main.create_window(["--size", "800x600"])
    text = str(caught.value)
    assert "\n" not in text and DATA_ENV in text and KINDS[kind] in text, text
    assert "set AI_CAPEX_EXPLORER_DATA to a folder" in text, text
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "mine"      # nothing written


def test_the_window_and_the_screenshot_say_so_and_exit_2(qapp, tmp_path, monkeypatch, capsys):
    import main
    from gui import app as gui_app

    class NoLoop:
        def exec(self):                 # the window must never get this far
            raise AssertionError("the window opened with an unusable data folder")
    monkeypatch.setattr(gui_app, "application", lambda *a: NoLoop())
    monkeypatch.setenv(DATA_ENV, "/dev/null")
    assert main.main(["--size", "800x600"]) == 2
    assert main.main(["screenshot", "--out", str(tmp_path / "s.png")]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2 and all("'/dev/null': is a device, not a folder" in x for x in lines)
    assert "Traceback" not in "".join(lines) and not (tmp_path / "s.png").exists()


def test_a_missing_data_folder_is_still_fine_and_made_when_first_written(qapp, tmp_path,
                                                                         monkeypatch):
    import main
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "new" / "data"))
    window = main.create_window(["--size", "800x600"])
    try:
        assert window.features["snapshots"].save_snapshot("x").is_file()
    finally:
        window.close()


ESC_NAME = "\x1b]0;pwned\x07\x1b[2J\x1b[31mred\u202etxt.json"


@pytest.mark.parametrize("argv", [
    ["export", "--scenario", "{tmp}/" + ESC_NAME, "--out", "{tmp}/o.csv"],
    ["export", "--out", "{tmp}/no\x1b[2Jdir/o.csv"],
    ["export", "--out", "{tmp}/o.csv", "stray\x1b[2J"],
    ["--size", "800x600", "{tmp}/" + ESC_NAME],
])
def test_a_hostile_name_never_reaches_the_terminal_as_escape_sequences(tmp_path, capsys, argv):
    """A file name with ESC sequences (a new window title, a cleared screen, red text) and a
    bidi override was quoted as it is in the one-line error; now each is shown as '\ufffd'."""
    import main
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    try:
        status = main.main(argv)
    except SystemExit as exc:           # argparse's own errors
        status = exc.code
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1, err
    assert not any(c in err for c in "\x1b\x07\u202e"), repr(err)
    assert "\ufffd" in err, repr(err)


@pytest.mark.parametrize("text", ["stress < \u0666\u0660", "coverage >= 1 by \u0662\u0660\u0663\u0662",
                                  "stress < \uff15\uff10", "no bust before \u0968\u0966\u0969\u0967",
                                  "debt < 5e\u0663"])
def test_a_target_with_digits_of_another_script_is_refused_like_a_typed_value(text):
    """'stress < ٦٠' was read as 'stress < 60' (the goal-seek regex's \\d and float() take any
    script's digits), unlike --set, --horizon, codes and the value boxes (ASCII digits only)."""
    from model.analysis.goal_seek import GoalSyntaxError, parse_target
    with pytest.raises(GoalSyntaxError) as caught:
        parse_target(text)
    assert caught.value.reason == "unreadable" and "expected" in str(caught.value)


@pytest.mark.parametrize("option, value, command", [
    ("--seed", "\u0666\u0660", "sensitivity"), ("--top", "1_000", "sensitivity"),
    ("--samples", "\uff15\uff11\uff12", "sensitivity"), ("--samples", "\uff16", "sweep"),
    ("--chunk", "1_0", "sweep"), ("--workers", "\u0661", "sweep"),
    ("--max-rows", "\u0661\u0660", "discover"), ("--min-coverage", "0.5_0", "discover"),
    ("--min-coverage", "nan", "discover"),
])
def test_count_and_share_options_take_ascii_digits_only(tmp_path, capsys, option, value,
                                                       command):
    """int() and float() took '٦٠', '６' and '1_000' (--seed ٦٠ ran with seed 60), unlike
    --set, --horizon and --size; now argparse's one line names the option and what it takes."""
    import main
    rest = {"sensitivity": ["--headline", "peak_stress"],
            "sweep": ["--samples", "8", "--out", str(tmp_path / "s.parquet")],
            "discover": ["--sweep", str(tmp_path / "s.parquet"), "--condition", "bust"]}[command]
    with pytest.raises(SystemExit) as caught:
        main.main([command, *rest, option, value])
    err = capsys.readouterr().err
    assert caught.value.code == 2 and err.count("\n") == 1, err
    assert f"argument {option}: invalid" in err and "number (ASCII digits) value" in err, err


def test_a_hostile_output_name_is_refused_and_never_echoed_raw(tmp_path, capsys):
    """'wrote NAME' echoed a file name's ESC sequences to the terminal (a loop over files
    named by someone else: for f in *.json; do main.py export --scenario "$f" …). Such a name
    is now refused (fcd6b4c: no control characters in an output name), and the refusal shows
    it printable too."""
    import main
    out = tmp_path / "\x1b]0;pwned\x07\x1b[2Jr.csv"
    assert main.main(["export", "--out", str(out)]) == 2
    said = capsys.readouterr()
    assert not out.exists() and "invisible character U+001B" in said.err, repr(said.err)
    assert "\x1b" not in said.err + said.out, repr(said)


def test_a_huge_lang_value_is_quoted_cut():
    """--lang with 10,000 characters gave a 10,033-character message (quoted whole)."""
    import main
    from cli.common import CommandError
    with pytest.raises(CommandError) as caught:
        main.parse_window_args(["--lang", "x" * 10_000])
    assert len(str(caught.value)) < 300 and "(10,000 characters)" in str(caught.value)


@pytest.mark.parametrize("command", ["export", "snapshot", "window"])
def test_a_parameter_set_twice_with_different_values_is_refused(run_main, tmp_path, command):
    """'--set capex_growth=5 --set capex_growth=150' ran with 150 and said nothing (a typo in a
    script's second --set silently replaced the first); now refused naming both values. The
    same value twice is one setting."""
    twice = ["--set", "capex_growth=5", "--set", "capex_growth = 150"]
    argv = {"export": ["export", "--out", tmp_path / "o.csv"],
            "snapshot": ["snapshot", "--name", "x", "--out", tmp_path / "o.json"],
            "window": ["screenshot", "--out", tmp_path / "o.png"]}[command]
    ran = run_main(*argv, *twice)
    assert ran.returncode == 2 and ran.stderr.count("\n") == 1, ran.stderr
    assert "--set capex_growth is given twice (5 and 150); set each parameter once" in ran.stderr
    assert not list(tmp_path.iterdir())
    assert run_main(*argv, "--set", "capex_growth=60", "--set", "capex_growth=60.0").returncode == 0


def test_a_minus_sign_copied_from_a_document_is_read_as_minus(run_main, tmp_path):
    """'--set ebitda_growth=−2' (U+2212, what a word processor or a web page writes) was
    refused as 'not a number written with ASCII digits', although its digits are ASCII and the
    window's value boxes read it; now it is -2, and '−5' where negatives are not allowed is
    refused as outside the range."""
    import csv
    out = tmp_path / "o.csv"
    assert run_main("export", "--out", out, "--set", "ebitda_growth=\u22122").returncode == 0
    ran = run_main("export", "--out", tmp_path / "p.csv", "--set", "capex_growth=\u22125")
    assert ran.returncode == 2 and "capex_growth: -5 is outside the allowed range" in ran.stderr
    from model import parameters as P
    assert P.get("ebitda_growth").check("\u22122") == -2.0
    assert out.is_file() and next(csv.reader(out.open(encoding="utf-8")))


def test_a_relative_data_folder_is_refused_naming_the_current_folder(qapp, tmp_path, monkeypatch):
    """Hostile 25: a relative AI_CAPEX_EXPLORER_DATA ('data') was taken from the current folder,
    so a launcher started from another folder wrote the snapshots and the session elsewhere
    each time. Now it is refused with one line naming the variable, the folder it would have
    been read from and an absolute folder to set instead; nothing is made."""
    import main
    from model.errors import InputError
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(DATA_ENV, "data")
    with pytest.raises(InputError) as caught:
        main.create_window(["--size", "800x600"])
    text = str(caught.value)
    assert "\n" not in text and DATA_ENV in text and "relative" in text, text
    assert str(tmp_path / "data") in text and "absolute" in text, text
    assert list(tmp_path.iterdir()) == []                       # nothing written there

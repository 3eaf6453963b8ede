"""`main.py screenshot` and the window's command-line arguments. The command runs in-process
through main.main (the `run_main` fixture); test_cli.py runs the real program's exit path."""
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from cli.common import CommandError, parse_size
from main import create_window, parse_window_args
from model import parameters as P
from model import presets

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def screenshot(qapp, run_main):
    """`python main.py screenshot ARGS...`, run in-process."""
    return lambda *args: run_main("screenshot", *args)


def test_screenshot_writes_a_png_of_the_requested_size(tmp_path, screenshot):
    out = tmp_path / "shot.png"
    done = screenshot("--out", str(out), "--size", "1280x720",
                    "--preset", "soft_landing", "--set", "power_price=90")
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)


@pytest.mark.parametrize("args, words", [
    (["--size", "big"], "--size"),
    (["--size", "100x100"], "--size"),
    (["--set", "capex_growth=999"], "capex_growth"),
    (["--preset", "nonsense"], "nonsense"),
])
def test_screenshot_rejects_bad_input_with_one_line(tmp_path, args, words, screenshot):
    out = tmp_path / "shot.png"
    done = screenshot("--out", str(out), *args)
    assert done.returncode == 2
    assert words in done.stderr and done.stderr.count("\n") == 1
    assert not out.exists()


def test_screenshot_rejects_a_bad_path(tmp_path, screenshot):
    for bad in (tmp_path / "missing" / "x.png", tmp_path / "x.jpg"):
        done = screenshot("--out", str(bad))
        assert done.returncode == 2 and "--out" in done.stderr


def test_window_arguments():
    options = parse_window_args(["--preset", "circular_unwind", "--set", "power_price=100",
                                 "--size=1300x800", "--lang", "de"])
    expected = P.complete(dict(presets.find("circular_unwind").values, power_price=100))
    assert options.values == expected
    assert options.size == (1300, 800)
    assert options.lang == "de"
    assert parse_size("1920x1080") == (1920, 1080)
    for bad, words in ((["--bogus"], "--bogus"), (["--set", "nokey=1"], "nokey"),
                       (["--size"], "--size"), (["--size", "0x0"], "--size"),
                       (["--lang", "xx"], "--lang"), (["--preset", "nonsense"], "nonsense")):
        with pytest.raises(CommandError, match=re.escape(words)):
            parse_window_args(bad)


def test_the_window_and_screenshot_share_one_option_definition():
    import argparse

    import main
    from cli import screenshot

    def options(parser):
        return {(tuple(a.option_strings), a.metavar, repr(a.default), a.help) for a in parser._actions
                if a.dest not in ("help", "out", "open")}
    shot = argparse.ArgumentParser()
    screenshot.add_arguments(shot)
    assert options(main.window_parser()) == options(shot)
    assert {o[0][0] for o in options(shot)} == {"--preset", "--set", "--size", "--lang", "--zoom"}
    # the snapshot file to open: `main.py FILE.json`, `screenshot --open FILE.json`
    opened = {a.dest: a for p in (main.window_parser(), shot) for a in p._actions}
    assert "open" in opened and any(a.dest == "open" and not a.option_strings
                                    for a in main.window_parser()._actions)


def test_gui_does_not_import_cli():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py")
                 if re.search(r"^\s*(from|import) cli\b", p.read_text(encoding="utf-8"), re.M)]
    assert not offenders, f"gui/ must not import cli/: {offenders}"


def test_the_window_reports_a_bad_argument_in_one_line(capsys):
    import main
    assert main.main(["--size", "big"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("main.py: error:") and "--size" in err and err.count("\n") == 1


def test_create_window_applies_arguments(qtbot):
    window = create_window(["--preset", "power_constrained", "--set", "capex_growth=30",
                            "--size", "1400x900", "--lang", "en"])
    qtbot.addWidget(window)
    assert window.controller.value("capex_growth") == 30
    assert window.controller.value("power_buildout") == 4
    assert window.slider_panel.controls["power_buildout"].spin.value() == 4
    assert (window.width(), window.height()) == (1400, 900)
    assert window.lang == "en"


@pytest.mark.parametrize("argv, problem", [
    (["--size", "-800x600"], "the width -800 is negative"),      # argparse took it for an option
    (["--size=-800x600"], "the width -800 is negative"),
    (["--size", "800x-600"], "the height -600 is negative"),
    (["--size", "8x6"], "the width 8 is too small"),
    (["--size", "800x99999"], "the height 99999 is too large"),
    # hostile 24b: more digits than a whole number is read with was 'not a whole number'
    (["--size", "2147483648x600"], "the width '2147483648' is too large"),
    (["--size", "800x-99999999999999999999"], "the height '-99999999999999999999' is negative"),
    (["--size", "800"], "no 'x' between width and height"),
    (["--size", "x600"], "the width is missing"),
    (["--size", "800x"], "the height is missing"),
    (["--size", "axb"], "the width 'a' is not a whole number"),
    (["--size", "١٦٠٠x١٠٠٠"], "is not a whole number in ASCII digits"),
    (["--size", " "], "--size: empty"),
])
def test_a_malformed_size_names_the_problem_and_what_is_allowed(argv, problem):
    from model.limits import WINDOW_SIZE_MAX, WINDOW_SIZE_MIN
    with pytest.raises(CommandError) as info:
        parse_window_args(argv)
    message = str(info.value)
    assert problem in message
    assert "WIDTHxHEIGHT" in message and f"{WINDOW_SIZE_MIN} to {WINDOW_SIZE_MAX}" in message
    assert "expected one argument" not in message


def test_screenshot_says_what_is_wrong_with_a_negative_size(tmp_path, screenshot):
    out = tmp_path / "shot.png"
    done = screenshot("--out", str(out), "--size", "-800x600")
    assert done.returncode == 2 and "the width -800 is negative" in done.stderr
    assert done.stderr.count("\n") == 1 and not out.exists()


def test_a_size_option_without_a_value_before_the_next_option_is_still_missing():
    with pytest.raises(CommandError, match="--size: expected one argument"):
        parse_window_args(["--size", "--lang", "de"])


def test_zoom_is_checked_and_reaches_the_window_options():
    """--zoom FACTOR (screen review 25: the normal window in 9 pt type at a 1920 x 1080
    projector): a number in model.limits' range, else one message naming --zoom and the range."""
    from model.limits import ZOOM_MAX, ZOOM_MIN
    assert parse_window_args(["--zoom", "1.5"]).zoom == 1.5
    assert parse_window_args(["--zoom=1,25"]).zoom == 1.25
    assert parse_window_args([]).zoom is None
    for bad in ("big", "0", str(ZOOM_MIN / 2), str(ZOOM_MAX * 2), "nan", "inf", ""):
        with pytest.raises(CommandError, match=re.escape("--zoom")) as raised:
            parse_window_args(["--zoom", bad])
        assert f"{ZOOM_MIN} to {ZOOM_MAX}" in str(raised.value)


def test_zoom_draws_the_window_larger(tmp_path):
    """The real program (Qt reads the factor when it starts): `screenshot --size 1280x720
    --zoom 1.5` draws the 1280 x 720 window in 1920 x 1080 pixels."""
    import os
    import subprocess
    import sys
    out = tmp_path / "zoomed.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AI_CAPEX_EXPLORER_DATA=str(tmp_path))
    env.pop("QT_SCALE_FACTOR", None)
    done = subprocess.run([sys.executable, "main.py", "screenshot", "--size", "1280x720",
                           "--zoom", "1.5", "--out", str(out)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)

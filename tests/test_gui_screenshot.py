"""`main.py screenshot` and the window's command-line arguments. The command runs in-process
through main.main (the `run_main` fixture); test_cli.py runs the real program's exit path."""
import pytest
from PySide6.QtGui import QImage

from cli.common import CommandError
from gui.app import create_window, parse_size, parse_window_args
from model import parameters as P
from model import presets


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
    for bad in (["--bogus"], ["--set", "nokey=1"], ["--size"], ["--size", "0x0"]):
        with pytest.raises(CommandError):
            parse_window_args(bad)


def test_create_window_applies_arguments(qtbot):
    window = create_window(["--preset", "power_constrained", "--set", "capex_growth=30",
                            "--size", "1400x900", "--lang", "en"])
    qtbot.addWidget(window)
    assert window.controller.value("capex_growth") == 30
    assert window.controller.value("power_buildout") == 4
    assert window.slider_panel.controls["power_buildout"].spin.value() == 4
    assert (window.width(), window.height()) == (1400, 900)
    assert window.lang == "en"

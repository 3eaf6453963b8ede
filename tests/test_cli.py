"""Command line: params, export, and bad input refused with one line and exit status 2.
The commands run in-process through main.main (the `run_main` fixture); one test runs the real
program for the exit path: status 2, one line, no traceback."""
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from model import parameters as P, simulate

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cli(run_main):
    """`python main.py ARGS...`, run in-process."""
    return run_main


def test_params_json_lists_every_parameter(cli):
    done = cli("params", "--json")
    assert done.returncode == 0
    rows = json.loads(done.stdout)
    assert [r["key"] for r in rows] == list(P.keys())
    for r in rows:
        assert {"key", "label", "unit", "default", "min", "max", "group"} <= set(r)


def test_the_csv_export_carries_no_float_noise(tmp_path, cli):
    # A review read '28.000000000000004' for China's 2024 capex of $28B: binary round-off, which
    # a spreadsheet user takes for a defect. Every number keeps at most 15 significant digits.
    out = tmp_path / "r.csv"
    assert cli("export", "--out", str(out)).returncode == 0
    cells = [c for line in out.read_text().splitlines()[1:] for c in line.split(",")]
    digits = [len(c.lstrip("-").split("e")[0].replace(".", "").lstrip("0")) for c in cells]
    assert max(digits) <= 15, max(zip(digits, cells))


@pytest.mark.parametrize("ext", [".csv", ".xlsx", ".json"])
def test_export_writes_the_model_results(tmp_path, ext, cli):
    out = tmp_path / f"r{ext}"
    done = cli("export", "--preset", "soft_landing", "--set", "capex_growth=55", "--out", str(out))
    assert done.returncode == 0, done.stderr
    expected = simulate({**{"capex_fade_halflife": 1, "monetization_speed": 50, "power_buildout": 9},
                         "capex_growth": 55}).frame()
    if ext == ".csv":
        got = pd.read_csv(out)
    elif ext == ".xlsx":
        got = pd.read_excel(out, sheet_name="results")
        assert set(pd.ExcelFile(out).sheet_names) == {"results", "parameters", "headlines"}
    else:
        got = pd.DataFrame(json.loads(out.read_text())["results"])
    assert list(got["year"]) == list(expected["year"])
    assert got["capex_total_busd"].to_numpy() == pytest.approx(expected["capex_total_busd"].to_numpy(), rel=1e-9)
    assert got["stress_index"].to_numpy() == pytest.approx(expected["stress_index"].to_numpy(), rel=1e-9)


@pytest.mark.parametrize("args, names", [
    (["--set", "nope=1"], "nope"),
    (["--set", "capex_growth=abc"], "capex_growth"),
    (["--set", "capex_growth=900"], "0 to 150"),
    (["--set", "capex_growth"], "KEY=VALUE"),
    (["--set", "=5"], "KEY=VALUE"),
    (["--preset", "nosuch"], "nosuch"),
    (["--horizon", "2099"], "2030 to 2060"),
])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path, args, names, cli):
    out = tmp_path / "r.csv"
    done = cli("export", *args, "--out", str(out))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert names in done.stderr
    assert not out.exists()


def test_the_real_program_exits_2_with_one_line_and_no_traceback(tmp_path):
    out = tmp_path / "r.csv"
    done = subprocess.run([sys.executable, "main.py", "export", "--set", "capex_growth=900",
                           "--out", str(out)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [done.stderr.strip()] and "0 to 150" in done.stderr
    assert done.stdout == "" and not out.exists()


def test_unwritable_path_names_the_path(tmp_path, cli):
    missing = tmp_path / "no" / "such" / "r.csv"
    done = cli("export", "--out", str(missing))
    assert done.returncode == 2 and str(missing) in done.stderr and "Traceback" not in done.stderr


def test_unknown_extension_refused(tmp_path, cli):
    done = cli("export", "--out", str(tmp_path / "r.txt"))
    assert done.returncode == 2 and ".csv" in done.stderr


def test_existing_output_left_alone_on_bad_input(tmp_path, cli):
    out = tmp_path / "keep.csv"
    out.write_text("precious")
    done = cli("export", "--set", "capex_growth=-5", "--out", str(out))
    assert done.returncode == 2
    assert out.read_text() == "precious"


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs named pipes")
def test_an_out_path_that_is_not_a_regular_file_is_refused_and_left_alone(tmp_path, cli):
    """The atomic write renames a new file over --out: a pipe or device there would be replaced
    by a regular file, so such a path is refused before any work."""
    import os
    import stat
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    done = cli("export", "--out", str(pipe))
    assert done.returncode == 2 and str(pipe) in done.stderr and "Traceback" not in done.stderr
    assert "not a regular file" in done.stderr
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_an_unknown_option_of_a_sub_command_names_the_sub_command(tmp_path, cli):
    """'main.py export --out r.csv --foo' said 'main.py: error: unrecognized arguments: --foo',
    as if the program had no options of that name at all: the message now names the
    sub-command and where its options are listed, and nothing is written."""
    out = tmp_path / "r.csv"
    done = cli("export", "--out", str(out), "--foo")
    assert done.returncode == 2 and not out.exists()
    line, = done.stderr.strip().splitlines()
    assert line.startswith("main.py export: error:") and "--foo" in line
    assert "main.py export --help" in line


# Every output option of every sub-command, and the arguments it needs besides: a value that
# names a folder ('r.csv/', 'r.csv/.', an existing folder) or nothing is refused before any
# work, naming the option. 'r.csv/' and 'r.csv/.' were read by pathlib as 'r.csv' and written
# beside the folder the user typed, replacing a file of that name.
OUTPUT_OPTIONS = [
    (("export",), "--out", ".csv"),
    (("snapshot", "--name", "n"), "--out", ".json"),
    (("sweep", "--samples", "8", "--workers", "1"), "--out", ".parquet"),
    (("sensitivity", "--samples", "8", "--headline", "peak_shortfall_gw"), "--json", ".json"),
    (("discover", "--sweep", "missing.parquet", "--condition", "bust"), "--json", ".json"),
    (("handout",), "--out", ".pdf"),
    (("screenshot",), "--out", ".png"),
]
FOLDER_VALUES = ["{dir}/keep{ext}/", "{dir}/keep{ext}/.", "{dir}/folder{ext}", "{dir}/",
                 "", "   "]


@pytest.mark.parametrize("value", FOLDER_VALUES)
@pytest.mark.parametrize("command, option, ext", OUTPUT_OPTIONS,
                         ids=[c[0][0] + c[1] for c in OUTPUT_OPTIONS])
def test_an_output_naming_a_folder_or_nothing_is_refused(tmp_path, cli, command, option, ext,
                                                         value):
    keep = tmp_path / f"keep{ext}"
    keep.write_text("precious")
    (tmp_path / f"folder{ext}").mkdir()
    typed = value.format(dir=tmp_path, ext=ext)
    before = sorted(p.name for p in tmp_path.iterdir())
    done = cli(*command, option, typed)
    assert done.returncode == 2, done
    line = done.stderr.strip()
    assert "\n" not in line and option in line and "Traceback" not in line
    if typed.strip():
        assert "folder" in line          # says why: it names a folder
    else:
        assert "empty" in line
    assert keep.read_text() == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("name", ["a\u202egnp.csv", "a\x1b[31m.csv", "a\nb.csv", "a\u2066b.csv"])
def test_an_output_name_holding_a_control_character_or_direction_override_is_refused(
        tmp_path, cli, name):
    """'export --out a\u202egnp.csv' wrote a file a file manager lists as 'acsv.png' (the
    override reverses the rest); an ESC or a line break made a name no one can type back. The
    names' rule of snapshots (snapshot.not_in_name) refuses them, naming the character."""
    done = cli("export", "--out", str(tmp_path / name))
    assert done.returncode == 2 and "invisible character U+" in done.stderr, done.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_output_inside_a_file_says_it_is_a_file(tmp_path, cli):
    (tmp_path / "afile.csv").write_text("mine")
    done = cli("export", "--out", str(tmp_path / "afile.csv" / "x.csv"))
    assert done.returncode == 2 and "afile.csv is a file, not a folder" in done.stderr, done.stderr
    assert (tmp_path / "afile.csv").read_text() == "mine"


def test_an_installed_program_names_itself_as_the_user_typed_it(monkeypatch, tmp_path, cli):
    """Installed with pip or pipx, the program is started as 'ai-capex-explorer' (pyproject.toml's
    console script), yet its errors said 'main.py export: error: ... see 'main.py export --help''
    and its examples 'python main.py sweep ...': names a user of the installed program has no
    file for. Started by the console script, every message and example uses its name; started
    from a checkout it stays 'main.py'."""
    import tomllib
    script = next(iter(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]))
    monkeypatch.setattr(sys, "argv", [f"/home/someone/.local/bin/{script}", "export"])
    done = cli("export", "--out", str(tmp_path / "r.csv"), "--foo")
    line, = done.stderr.strip().splitlines()
    assert line.startswith(f"{script} export: error:") and f"'{script} export --help'" in line
    assert "main.py" not in line
    helped = cli("sweep", "--help")
    assert f"example: {script} sweep --samples" in helped.stdout and "main.py" not in helped.stdout
    assert cli("params", "--nope").stderr.startswith(f"{script} params: error:")

    monkeypatch.setattr(sys, "argv", [str(ROOT / "main.py")])
    assert "example: python main.py sweep" in cli("sweep", "--help").stdout
    assert cli("params", "--nope").stderr.startswith("main.py params: error:")


def test_help_names_the_windows_own_options(run_main):
    """`main.py --help` listed the sub-commands only: a facilitator looking for how to start
    the window in German, from a preset or with a snapshot file found no word of it."""
    ran = run_main("--help")
    assert ran.returncode == 0
    for option in ("--preset NAME", "--set KEY=VALUE", "--size WxH", "--lang CODE", "FILE.json"):
        assert option in ran.stdout, option


def test_an_output_folder_whose_name_is_too_long_is_named_with_what_is_allowed(tmp_path):
    """`--out <folder of 300 characters>/a.csv` said 'File name too long' (the system's words,
    of a file whose name is short) with no limit. Now the folder name is named with its length
    and the limit, as a too-long file name already was."""
    from cli.common import NAME_MAX_BYTES, CommandError, output_path
    raw = str(tmp_path / ("x" * 300) / "a.csv")
    with pytest.raises(CommandError) as caught:
        output_path(raw, (".csv",))
    message = str(caught.value)
    assert "folder name" in message and "300 bytes" in message, message
    assert f"at most {NAME_MAX_BYTES}" in message and "\n" not in message, message


def test_the_limits_of_size_zoom_and_horizon_are_inclusive():
    """model.limits says 'smallest ... accepted', 'latest ... accepted': each end of --size,
    --zoom and --horizon is itself allowed, one past it is refused naming the option. (A
    refused --horizon 2060 and --size 320x... passed every other test: mutation spot-check.)"""
    import argparse

    from cli.common import CommandError, horizon, parse_size, parse_zoom
    from model.limits import (HORIZON_MAX_YEAR, HORIZON_MIN_YEAR, WINDOW_SIZE_MAX,
                              WINDOW_SIZE_MIN, ZOOM_MAX, ZOOM_MIN)
    assert parse_size(f"{WINDOW_SIZE_MIN}x{WINDOW_SIZE_MAX}") == (WINDOW_SIZE_MIN, WINDOW_SIZE_MAX)
    assert parse_size(f"{WINDOW_SIZE_MAX}x{WINDOW_SIZE_MIN}") == (WINDOW_SIZE_MAX, WINDOW_SIZE_MIN)
    for bad in (f"{WINDOW_SIZE_MIN - 1}x600", f"600x{WINDOW_SIZE_MAX + 1}"):
        with pytest.raises(CommandError, match="--size"):
            parse_size(bad)
    assert parse_zoom(str(ZOOM_MIN)) == ZOOM_MIN and parse_zoom(str(ZOOM_MAX)) == ZOOM_MAX
    for year in (HORIZON_MIN_YEAR, HORIZON_MAX_YEAR):
        assert horizon(argparse.Namespace(horizon=str(year))) == year
    for year in (HORIZON_MIN_YEAR - 1, HORIZON_MAX_YEAR + 1):
        with pytest.raises(CommandError, match="--horizon"):
            horizon(argparse.Namespace(horizon=str(year)))

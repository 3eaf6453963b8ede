"""Command line: `snapshot` writes a loadable file; bad input and bad snapshot files exit 2 with
a message naming the problem and write nothing. The commands run in-process through main.main
(the `run_main` fixture); one test runs the real program with bytes that are not UTF-8."""
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from model import parameters as P
from model import presets, simulate
from model.store import scenario_code
from model.store import snapshot as S

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cli(run_main):
    """`python main.py ARGS...`, run in-process."""
    return run_main


def test_snapshot_command_writes_a_loadable_file(tmp_path, cli):
    out = tmp_path / "ws.json"
    done = cli("snapshot", "--name", "Workshop 1", "--note", "prepared", "--preset",
               "soft_landing", "--set", "capex_growth=55", "--out", out)
    assert done.returncode == 0, done.stderr
    snap = S.load(out)
    expected = {**presets.find("soft_landing").values, "capex_growth": 55.0}
    assert snap.name == "Workshop 1" and snap.note == "prepared"
    assert snap.parameters == P.complete(expected)
    assert snap.headlines["peak_debt_busd"].value == \
        simulate(P.complete(expected)).arrays["debt_stock_busd"][0].max()
    code = done.stdout.split("scenario code:")[1].strip()
    assert scenario_code.decode(code) == snap.parameters


def test_snapshot_command_replaces_the_out_file_it_was_given(tmp_path, cli):
    out = tmp_path / "ws.json"
    assert cli("snapshot", "--name", "A", "--out", out).returncode == 0
    assert cli("snapshot", "--name", "B", "--set", "power_buildout=12", "--out", out).returncode == 0
    assert S.load(out).name == "B" and S.load(out).parameters["power_buildout"] == 12
    assert [p.name for p in tmp_path.iterdir()] == ["ws.json"]


def test_snapshot_from_a_code_and_from_an_old_snapshot(tmp_path, cli):
    code = scenario_code.encode({"monetization_speed": 22})
    out = tmp_path / "c.json"
    assert cli("snapshot", "--name", "C", "--code", code, "--out", out).returncode == 0
    assert S.load(out).parameters == P.complete({"monetization_speed": 22})
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"name": "old", "parameters": {"capex_growth": 5}}))
    out2 = tmp_path / "d.json"
    assert cli("snapshot", "--name", "D", "--scenario", old, "--out", out2).returncode == 0
    assert S.load(out2).parameters == P.complete({"capex_growth": 5})


@pytest.mark.parametrize("args, names", [
    (["--set", "capex_growth=900"], "0 to 150"),
    (["--set", "nope=1"], "nope"),
    (["--set", "capex_growth=abc"], "capex_growth"),
    (["--set", "capex_growth"], "KEY=VALUE"),
    (["--preset", "nosuch"], "nosuch"),
    (["--code", "AICX1:0=60:ZZZZ"], "checksum"),
    (["--name", "  "], "name is empty"),
    (["--name", "x" * 300], "at most 200"),
])
def test_bad_snapshot_input_exits_2_and_writes_nothing(tmp_path, args, names, cli):
    out = tmp_path / "s.json"
    base = ["--name", "ok"] if "--name" not in args else []
    done = cli("snapshot", *base, *args, "--out", out)
    assert done.returncode == 2
    assert names in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_snapshot_out_must_be_json(tmp_path, cli):
    done = cli("snapshot", "--name", "x", "--out", tmp_path / "s.csv")
    assert done.returncode == 2 and ".json" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_export_reads_a_snapshot(tmp_path, cli):
    snap_path = tmp_path / "s.json"
    S.save(S.create("x", {"capex_growth": 33}), snap_path)
    out = tmp_path / "r.csv"
    done = cli("export", "--scenario", snap_path, "--out", out)
    assert done.returncode == 0, done.stderr
    got = pd.read_csv(out)
    expected = simulate({"capex_growth": 33}).frame()
    assert got["capex_total_busd"].to_numpy() == pytest.approx(
        expected["capex_total_busd"].to_numpy(), rel=1e-12)


BAD = {
    "array": b"[1]",
    "empty": b"",
    "truncated": b'{"schema_version": 1, "name": "x", "param',
    "binary": bytes(range(256)),
    "deep": b"[" * 100_000,
    "newer": b'{"schema_version": 99, "name": "x", "parameters": {}}',
    "out_of_range": b'{"parameters": {"capex_growth": 900}}',
    "wrong_type": b'{"parameters": {"capex_growth": "60"}}',
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_export_with_a_bad_snapshot_exits_2_names_the_file_and_writes_nothing(tmp_path, case,
                                                                               cli):
    bad = tmp_path / f"{case}.json"
    bad.write_bytes(BAD[case])
    out = tmp_path / "r.csv"
    done = cli("export", "--scenario", bad, "--out", out)
    assert done.returncode == 2
    assert str(bad) in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not out.exists() and bad.read_bytes() == BAD[case]
    assert sorted(p.name for p in tmp_path.iterdir()) == [bad.name]


def test_export_with_a_missing_snapshot_exits_2(tmp_path, cli):
    done = cli("export", "--scenario", tmp_path / "nope.json", "--out", tmp_path / "r.csv")
    assert done.returncode == 2 and "nope.json" in done.stderr and "no such file" in done.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("option", ["--name", "--note"])
def test_undecodable_bytes_in_an_argument_exit_2_without_a_traceback(tmp_path, option, cli):
    """Bytes that are not UTF-8 reach Python as lone surrogates, which UTF-8 cannot store."""
    out = tmp_path / "s.json"
    args = ["snapshot", option, "bad \udcff", "--out", out]
    if option == "--note":
        args += ["--name", "ok"]
    done = cli(*args)
    assert done.returncode == 2, done.stderr
    assert "not valid Unicode" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_the_real_program_turns_undecodable_bytes_into_exit_2_without_a_traceback(tmp_path):
    """The exit path of the real program, with the bytes as the operating system passes them."""
    out = tmp_path / "s.json"
    done = subprocess.run([sys.executable, "main.py", b"snapshot", b"--name", b"bad \xff",
                           b"--out", bytes(out)], cwd=ROOT, capture_output=True, timeout=120)
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, stderr
    assert "Traceback" not in stderr and "not valid Unicode" in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_an_old_snapshot_with_a_value_outside_todays_range_warns_on_stderr(tmp_path, capsys):
    """In-process: a schema 1 file whose capex_growth is beyond today's maximum is used with the
    maximum, and stderr names the file and the parameter."""
    import main
    doc = json.loads(S.to_json(S.create("Old", {})))
    doc["schema_version"] = 1
    doc["parameters"]["capex_growth"] = 400
    old = tmp_path / "old.json"
    old.write_text(json.dumps(doc))
    out = tmp_path / "new.json"
    assert main.main(["snapshot", "--name", "New", "--scenario", str(old), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"warning: {old}: capex_growth: 400") and err.count("\n") == 1
    assert S.load(out).parameters["capex_growth"] == P.get("capex_growth").max

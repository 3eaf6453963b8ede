"""The command line of scenario discovery: `sweep`, `discover`, `sensitivity`. In-process
through main.main (run_main), except Ctrl+C, which needs a real process (and its workers)."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pyarrow.parquet as pq
import pytest

from model.explore import sweep as S
from model.explore.sweep import read_info, read_sweep

ROOT = Path(__file__).resolve().parent.parent
FEW = "patience_years,coverage_threshold,capex_growth,monetization_speed,revenue_per_gw"


@pytest.fixture(scope="module")
def small_sweep(tmp_path_factory):
    """A 1,500-scenario sweep over five parameters, made once for the module."""
    import main
    out = tmp_path_factory.mktemp("sweep") / "s.parquet"
    assert main.main(["sweep", "--samples", "1500", "--params", FEW, "--workers", "1",
                      "--condition", "debt > 500 by 2035", "--out", str(out)]) == 0
    return out


def test_sweep_writes_the_file_and_prints_scenarios_per_second(tmp_path, run_main):
    out = tmp_path / "a.parquet"
    done = run_main("sweep", "--samples", "300", "--params", "pue,capex_growth", "--workers", "1",
                    "--seed", "9", "--set", "power_buildout=12", "--out", out)
    assert done.returncode == 0, done.stderr
    assert "scenarios/s" in done.stdout and "300 scenarios" in done.stdout
    assert "300/300" in done.stderr                        # the progress bar, on stderr
    table, info = read_sweep(out)
    assert len(table) == 300 and info.complete and info.spec.seed == 9
    assert info.spec.ranges.as_dict()["base"]["power_buildout"] == 12


def test_discover_prints_the_trajectory_and_a_box_and_writes_json(small_sweep, tmp_path, run_main):
    out = tmp_path / "box.json"
    done = run_main("discover", "--sweep", small_sweep, "--condition", "bust before 2032",
                    "--json", out)
    assert done.returncode == 0, done.stderr
    assert "coverage" in done.stdout and "density" in done.stdout and "<- chosen" in done.stdout
    doc = json.loads(out.read_text())
    box = doc["box"]
    assert 0 < box["coverage"] <= 1 and 0 < box["density"] <= 1 and box["limits"]
    assert set(box["limits"]) <= set(FEW.split(","))
    assert doc["trajectory"][0]["coverage"] == 1 and doc["trajectory"][0]["restricted"] == 0
    for key, (low, high) in box["limits"].items():
        assert f"{key}: " in done.stdout and low < high


def test_discover_reads_a_kept_figure_and_its_negation(small_sweep, run_main):
    yes = run_main("discover", "--sweep", small_sweep, "--condition", "debt > 500 by 2035")
    no = run_main("discover", "--sweep", small_sweep, "--condition", "not debt > 500 by 2035")
    count = lambda out: int(out.split("holds in ")[1].split(" of")[0].replace(",", ""))  # noqa: E731
    assert yes.returncode == no.returncode == 0
    assert count(yes.stdout) + count(no.stdout) == 1500


@pytest.mark.parametrize("condition, word", [("stress < 1000", "all"), ("not stress < 1000", "none")])
def test_a_condition_that_always_or_never_holds_gets_a_clear_message(small_sweep, run_main,
                                                                     condition, word):
    done = run_main("discover", "--sweep", small_sweep, "--condition", condition)
    assert done.returncode == 1 and "chosen" not in done.stdout
    assert f"holds in {word}" in done.stderr and len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args, names", [
    (["discover", "--condition", "bust after 2030"], "bust after 2030"),
    (["discover", "--condition", "leverage > 3 by 2040"], "again with --condition"),
    (["discover", "--condition", "bust", "--min-coverage", "2"], "min-coverage"),
    (["sweep", "--samples", "10", "--range", "capex_growth=50:20"], "empty"),
    (["sweep", "--samples", "10", "--range", "capex_growth=-10:20"], "outside the allowed range"),
    (["sweep", "--samples", "10", "--range", "capex_growth"], "KEY=LOW:HIGH"),
    (["sweep", "--samples", "10", "--params", "capex_growth,nope"], "nope"),
    (["sweep", "--samples", "0"], "samples"),
    (["sweep", "--samples", "10", "--condition", "nonsense"], "nonsense"),
    (["sweep", "--samples", "10", "--cluster", "tcp://127.0.0.1:9"], "cannot reach the Dask scheduler"),
    (["sensitivity", "--headline", "peak_stress", "--samples", "100"], "power of two"),
    (["sensitivity", "--headline", "nope"], "nope"),
])
def test_bad_input_exits_2_with_one_line(small_sweep, tmp_path, run_main, monkeypatch, args, names):
    monkeypatch.setattr(S, "CONNECT_TIMEOUT_S", 1)
    out = tmp_path / "bad.parquet"
    extra = (["--sweep", str(small_sweep)] if args[0] == "discover" else
             ["--out", str(out)] if args[0] == "sweep" else [])
    done = run_main(*args, *extra)
    assert done.returncode == 2
    assert names in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr and not out.exists()


def test_sensitivity_prints_total_and_first_order_indices_with_intervals(run_main, tmp_path):
    out = tmp_path / "s.json"
    done = run_main("sensitivity", "--headline", "peak_stress", "--params", FEW,
                    "--samples", "16", "--json", out)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert "total ST" in lines[0] and len(lines) == 6 and all("±" in line for line in lines[1:])
    doc = json.loads(out.read_text())
    totals = [i["st"] for i in doc["indices"]]
    assert totals == sorted(totals, reverse=True) and len(totals) == 5


def _stopped_sweep(out, workers: int, signum: int, after_first_progress=lambda pid: None):
    """Start a 2,000,000-scenario sweep to `out`, wait for its first progress line (rows are
    done), call `after_first_progress(pid)`, send `signum` and wait. Returns (returncode,
    stderr after the first line, what after_first_progress returned)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "main.py", "sweep", "--samples", "2000000", "--params", FEW,
         "--workers", str(workers), "--chunk", "256", "--out", str(out)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stderr.readline()
        assert "/2,000,000" in first, first
        seen = after_first_progress(proc.pid)
        proc.send_signal(signum)
        rest = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "Traceback" not in rest[1], rest[1]
    return proc.returncode, rest[1], seen


def test_ctrl_c_saves_the_finished_scenarios_and_leaves_no_worker_processes(tmp_path):
    out = tmp_path / "big.parquet"

    def workers_of(pid):
        found = psutil.Process(pid).children(recursive=True)
        assert found, "a LocalCluster of worker processes was started"
        return found
    code, stderr, workers = _stopped_sweep(out, 2, signal.SIGINT, workers_of)
    assert code == 130 and "interrupted: saved" in stderr, stderr
    info = read_info(out)
    assert not info.complete and 0 < info.rows < 2_000_000
    assert pq.read_table(out).num_rows == info.rows
    time.sleep(0.5)
    assert not [p for p in workers if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    assert [p.name for p in tmp_path.iterdir()] == ["big.parquet"]


def test_sigterm_in_process_saves_the_finished_chunks(tmp_path):
    # SIGTERM (a batch system's time limit) stops an in-process sweep after the chunk in
    # progress, like Ctrl+C: exit code 130 and a valid partial file.
    out = tmp_path / "term.parquet"
    code, stderr, _ = _stopped_sweep(out, 1, signal.SIGTERM)
    assert code == 130 and "interrupted: saved" in stderr, stderr
    info = read_info(out)
    assert not info.complete and 0 < info.rows < 2_000_000

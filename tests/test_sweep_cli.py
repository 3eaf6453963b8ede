"""The command line of scenario discovery: `sweep`, `discover`, `sensitivity`. In-process
through main.main (run_main), Ctrl+C included (a real SIGINT to this process); SIGTERM to a real
`main.py sweep` process keeps the real exit path."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import psutil
import pytest

from cli.sweep import ProgressBar
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


@pytest.mark.parametrize("condition, word", [("debt > -1 by 2035", "all"),
                                             ("not debt > -1 by 2035", "none")])
def test_a_condition_that_always_or_never_holds_gets_a_clear_message(small_sweep, run_main,
                                                                     condition, word):
    """(Held or not in every scenario of this sweep: the model's figures decide it.)"""
    done = run_main("discover", "--sweep", small_sweep, "--condition", condition)
    assert done.returncode == 1 and "chosen" not in done.stdout
    assert f"holds in {word}" in done.stderr and len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("condition, words", [("stress < 1000", "holds in every scenario"),
                                              ("not stress < 1000", "can never hold")])
def test_a_condition_the_figures_range_decides_is_refused_as_it_is_read(small_sweep, run_main,
                                                                        condition, words):
    """The stress index runs from 0 to 100: 'stress < 1000' holds whatever the inputs, so it is
    refused as it is read, naming the range (it was judged on the sweep: 'holds in all')."""
    done = run_main("discover", "--sweep", small_sweep, "--condition", condition)
    assert done.returncode == 2 and "chosen" not in done.stdout
    assert words in done.stderr and "from 0 to 100" in done.stderr


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
    monkeypatch.setattr(S, "CONNECT_TIMEOUT_S", 0.2)
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


def test_ctrl_c_saves_the_finished_scenarios_and_leaves_no_worker_processes(tmp_path, run_main,
                                                                          monkeypatch):
    """A real SIGINT to this process at the first progress of a two-worker sweep (a LocalCluster
    of worker processes): exit status 130, a valid partial file, the cluster's processes gone.
    The rows the two workers wrote (chunks finishing in any order) are the rows this process
    computes for the same spec: the same table for any number of workers."""
    out = tmp_path / "big.parquet"
    me = psutil.Process()
    before = {p.pid for p in me.children(recursive=True)}
    workers: list[psutil.Process] = []
    update = ProgressBar.update

    def ctrl_c_at_first_progress(bar, done, total):
        update(bar, done, total)
        if not workers:
            workers.extend(p for p in me.children(recursive=True)
                           if p.pid not in before and not _is_resource_tracker(p))
            workers.append(None)                 # (asked once, even if none were found)
            os.kill(os.getpid(), signal.SIGINT)
    monkeypatch.setattr(ProgressBar, "update", ctrl_c_at_first_progress)
    done = run_main("sweep", "--samples", "2000000", "--params", FEW, "--workers", "2",
                    "--chunk", "256", "--out", out)
    workers.remove(None)
    assert done.returncode == 130 and "interrupted: saved" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert workers, "a LocalCluster of worker processes was started"
    table, info = read_sweep(out)
    assert not info.complete and 0 < info.rows < 2_000_000 and len(table) == info.rows
    starts = sorted({int(row) // 256 * 256 for row in table["row"]})
    here = pd.concat([pd.DataFrame(S.run_chunk(info.spec, start, 256)) for start in starts],
                     ignore_index=True)
    pd.testing.assert_frame_equal(table, here.astype(table.dtypes.to_dict()), check_exact=True)
    assert not _still_running(workers, seconds=10)
    assert [p.name for p in tmp_path.iterdir()] == ["big.parquet"]


def _still_running(processes: list[psutil.Process], seconds: float) -> list[psutil.Process]:
    """The processes still running (zombies count as ended) after up to `seconds`."""
    def running(process: psutil.Process) -> bool:
        try:
            return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return False
    deadline = time.monotonic() + seconds
    while True:
        alive = [p for p in processes if running(p)]
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


def _is_resource_tracker(process: psutil.Process) -> bool:
    """True for multiprocessing's resource tracker (started with the first spawned process, it
    lives as long as this process: not one of the cluster's workers)."""
    try:
        return "resource_tracker" in " ".join(process.cmdline())
    except psutil.Error:
        return False


def test_sigterm_in_process_saves_the_finished_chunks(tmp_path):
    # The real exit path: SIGTERM (a batch system's time limit) sent to a `main.py sweep`
    # process stops its in-process sweep after the chunk in progress, like Ctrl+C: exit code
    # 130 and a valid partial file.
    out = tmp_path / "term.parquet"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "main.py", "sweep", "--samples", "2000000", "--params", FEW,
         "--workers", "1", "--chunk", "256", "--out", str(out)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stderr.readline()
        assert "/2,000,000" in first, first
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "Traceback" not in stderr, stderr
    assert proc.returncode == 130 and "interrupted: saved" in stderr, stderr
    info = read_info(out)
    assert not info.complete and 0 < info.rows < 2_000_000


def test_sensitivity_of_a_figure_that_never_changes_says_so_without_a_warning(run_main,
                                                                              tmp_path):
    import warnings
    out = tmp_path / "s.json"
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)   # would end the command
        for method, samples in (("sobol", "16"), ("morris", "4")):
            done = run_main("sensitivity", "--headline", "bust_year", "--method", method,
                            "--params", "pue", "--range", "pue=1.1:1.11", "--samples", samples,
                            "--json", out)
            assert done.returncode == 2, done.stderr
            assert "bust_year does not change across the sample" in done.stderr
            assert "none by 2050" in done.stderr and len(done.stderr.splitlines()) == 1
            assert "Warning" not in done.stderr and done.stdout == "" and not out.exists()

"""The benchmark's structure: its keys, units and report. The real measurements (seconds to
minutes, figures that vary with the machine) are marked `bench` and deselected by default in
pyproject.toml; run them with `pytest -m bench` or measure with `python -m bench`."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import bench.__main__ as bench_main
from bench import measures
from model.limits import QT_PLATFORM_ENV, TESTING_ENV

ROOT = Path(__file__).resolve().parent.parent
ENV = dict(os.environ, **{QT_PLATFORM_ENV: "offscreen", TESTING_ENV: "1"})


def test_every_key_has_a_unit_a_description_and_a_measure():
    for key, (what, unit, target) in bench_main.TARGETS.items():
        assert what and unit, key
        assert target is None or target > 0, key
        assert callable(getattr(measures, key)), key


def test_the_table_shows_units_targets_and_whether_each_is_met():
    lines = bench_main.table({"model_run_ms": 0.5, "batch_1000_ms": 80.0, "loop_ratio": 12.0,
                              "bands_ms": None}).splitlines()
    assert lines[0].split()[:4] == ["key", "value", "target", "ok"]
    row = {line.split()[0]: line for line in lines[1:]}
    assert "0.5 ms" in row["model_run_ms"] and "≤ 1 ms" in row["model_run_ms"]
    assert " yes " in row["model_run_ms"]
    assert "80 ms" in row["batch_1000_ms"] and " NO " in row["batch_1000_ms"]
    assert "12 ×" in row["loop_ratio"] and "≤" not in row["loop_ratio"]     # no target
    assert "—" in row["bands_ms"] and " yes " not in row["bands_ms"]       # not measured


def test_a_tiny_run_reports_its_key_the_machine_and_the_date_as_json(capsys, monkeypatch):
    real = measures._median_ms
    monkeypatch.setattr(measures, "_median_ms",                 # a tiny run: 3 repetitions
                        lambda fn, repeats, warmup=3: real(fn, min(repeats, 3), warmup=0))
    assert bench_main.main(["--json", "--quick", "--only", "model_run_ms"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    doc = json.loads(lines[-1])
    assert set(doc) == {"model_run_ms", "machine", "date"}
    assert isinstance(doc["model_run_ms"], float) and doc["model_run_ms"] > 0
    assert "cores" in doc["machine"] and len(doc["date"]) == 10
    assert any(line.startswith("model_run_ms") and " ms" in line for line in lines[:-1])


def test_an_unknown_key_is_refused_naming_the_known_ones(capsys):
    with pytest.raises(SystemExit) as info:
        bench_main.main(["--only", "nope"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "nope" in err and "model_run_ms" in err


def run(*args):
    done = subprocess.run([sys.executable, *args], cwd=ROOT, env=ENV, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()


@pytest.mark.bench
def test_bench_json_has_the_key_and_the_machine():
    lines = run("-m", "bench", "--json", "--quick", "--only", "model_run_ms")
    doc = json.loads(lines[-1])
    assert doc["model_run_ms"] > 0
    assert doc["machine"] and doc["date"]
    assert any(line.startswith("model_run_ms") for line in lines[:-1])      # the table


@pytest.mark.bench
def test_gui_probe_repaint_reports_its_keys():
    doc = json.loads(run("-m", "bench.gui_probe", "repaint", "--quick")[-1])
    for key in ("repaint_ms_p95", "repaint_ms_median", "rss_mb"):
        assert doc[key] > 0, key
    assert doc["steps"] >= 3 * 10


@pytest.mark.bench
def test_gui_probe_frame_reports_the_ratios_and_how_soon_the_bands_are_final():
    doc = json.loads(run("-m", "bench.gui_probe", "frame", "--quick")[-1])
    for key in ("paint_floor_ms", "repaint_bands_cpu_ms_p95", "bands_step_cpu_to_floor",
                "bands_final_released_ms", "bands_final_held_ms",
                "step_cpu_to_floor_plain", "bands_step_cpu_to_floor_plain", "steps_plain",
                "paint_floor_path_cpu_ms", "step_cpu_to_path_floor",
                "bands_step_cpu_to_path_floor"):
        assert doc[key] > 0, key
    # the steps without occasional work are a part of the steps, not all of them or none
    assert 0 < doc["steps_plain"] < doc["steps"]
    # refined once the hand stops: within a few computations of the bands, not never
    assert doc["bands_final_held_ms"] < 5000 and doc["bands_final_released_ms"] < 5000


@pytest.mark.bench
def test_gui_probe_startup_reports_the_first_paint():
    doc = json.loads(run("-m", "bench.gui_probe", "startup")[-1])
    assert doc["first_paint_epoch"] > 1.6e9

"""The benchmark runs and reports its keys as JSON (no timing thresholds: figures vary)."""
import json
import os
import subprocess
import sys
from pathlib import Path

from model.limits import QT_PLATFORM_ENV, TESTING_ENV

ROOT = Path(__file__).resolve().parent.parent
ENV = dict(os.environ, **{QT_PLATFORM_ENV: "offscreen", TESTING_ENV: "1"})


def run(*args):
    done = subprocess.run([sys.executable, *args], cwd=ROOT, env=ENV, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()


def test_bench_json_has_the_key_and_the_machine():
    lines = run("-m", "bench", "--json", "--quick", "--only", "model_run_ms")
    doc = json.loads(lines[-1])
    assert doc["model_run_ms"] > 0
    assert doc["machine"] and doc["date"]
    assert any(line.startswith("model_run_ms") for line in lines[:-1])      # the table


def test_gui_probe_repaint_reports_its_keys():
    doc = json.loads(run("-m", "bench.gui_probe", "repaint", "--quick")[-1])
    for key in ("repaint_ms_p95", "repaint_ms_median", "rss_mb"):
        assert doc[key] > 0, key
    assert doc["steps"] >= 3 * 10


def test_gui_probe_startup_reports_the_first_paint():
    doc = json.loads(run("-m", "bench.gui_probe", "startup")[-1])
    assert doc["first_paint_epoch"] > 1.6e9

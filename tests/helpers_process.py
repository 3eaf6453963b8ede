"""A Python script run in a process of its own, as the program runs on a user's machine: the
repository on its path, Qt offscreen, a fresh home and data folder under the test's tmp_path.
For what only a whole process shows (what it imports, how it exits)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_script(script: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """Run `script` (Python source) with `python -c` in tmp_path; the finished process with
    its exit code and its stdout and stderr as text. Fails the test after 120 s."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "AI_CAPEX_EXPLORER_DATA": str(tmp_path / "data"), "HOME": str(tmp_path)}
    return subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)

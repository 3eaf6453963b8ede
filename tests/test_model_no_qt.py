"""The model never imports Qt or pyqtgraph."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_importing_model_imports_no_qt():
    code = ("import sys, pkgutil, importlib, model\n"
            "for m in pkgutil.walk_packages(model.__path__, 'model.'):\n"
            "    importlib.import_module(m.name)\n"
            "model.simulate({})\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')]\n"
            "print(bad)\n"
            "sys.exit(1 if bad else 0)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr

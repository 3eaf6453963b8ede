"""The program as a package: `pip install .` gives a working `ai-capex-explorer` that finds its
data files through importlib.resources from any folder; the shipped translation, icon and
desktop entry are current and valid; no module finds its data files by its own path."""
import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import sysconfig
import tomllib
import venv
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import resources
from resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("main.py", "model", "gui", "cli", "resources", "pyproject.toml", "README.md")


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk; AssertionError if it is not a PNG."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", f"{path} is not a PNG"
    return struct.unpack(">II", head[16:24])


def clean_env(**extra: str) -> dict:
    """The environment of a user's shell: no PYTHONPATH pointing into the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(extra)
    return env


@pytest.mark.slow          # about 10-25 s on the shared 2-core machine
def test_wheel_installs_into_a_fresh_venv_and_runs_from_any_folder(tmp_path):
    # Build from a copy, so the checkout gets no build/ or .egg-info folders.
    source = tmp_path / "source"
    source.mkdir()
    for name in PACKAGES:
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(item, source / name)
    # The wheel from the build backend pyproject.toml names, called as pip calls it (PEP 517
    # build_wheel, no build isolation), in one process: `pip wheel` runs three hook processes
    # and its own start-up around the same call (about 2 s of CPU more here).
    wheels = tmp_path / "wheels"
    backend = tomllib.loads((source / "pyproject.toml").read_text())["build-system"]["build-backend"]
    build = subprocess.run([sys.executable, "-c", f"import {backend} as b, sys; "
                            "print(b.build_wheel(sys.argv[1]))", str(wheels)],
                           cwd=source, capture_output=True, text=True, env=clean_env(), timeout=300)
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("ai_capex_explorer-*.whl")
    assert build.stdout.split()[-1] == wheel.name

    # A fresh venv that borrows this interpreter's site-packages (PySide6, numpy...) via a .pth
    # file, so nothing is downloaded; the program itself comes only from the wheel.
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    bin_dir = target / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / Path(sys.executable).name
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                             capture_output=True, text=True, env=clean_env(), check=True).stdout.strip()
    Path(purelib, "borrowed-deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                              "-q", "--no-deps", str(wheel)],
                             capture_output=True, text=True, env=clean_env(), timeout=300)
    assert install.returncode == 0, install.stderr
    program = bin_dir / "ai-capex-explorer"
    assert program.exists()

    elsewhere = tmp_path / "elsewhere"          # not the checkout: nothing to find by accident
    elsewhere.mkdir()
    # NUMBA_DISABLE_JIT: the installed copy would compile the engine's loop afresh (numba's
    # cache is per source path: 20-40 s here); its plain-Python form is the same code and is
    # what this test needs — the wheel's files and resources, found from any folder. The
    # compiled loop is checked by every other test (tests/test_compiled_loop.py).
    env = clean_env(QT_QPA_PLATFORM="offscreen", AI_CAPEX_EXPLORER_TESTING="1",
                    HOME=str(tmp_path / "home"), NUMBA_DISABLE_JIT="1")
    where = subprocess.run([str(python), "-c", "import model, resources; "
                            "print(model.__file__); print(resources.resource_path('parameters.csv'))"],
                           capture_output=True, text=True, env=env, cwd=elsewhere, check=True)
    for line in where.stdout.split():
        assert Path(line).is_relative_to(target), f"{line} does not come from the installed wheel"
    # the in-app help (F1) ships docs/MODEL.md itself, a file (not a link) inside the wheel
    help_doc = subprocess.run([str(python), "-c", "from resources import HELP_MODEL, "
                               "resource_path; print(resource_path(*HELP_MODEL))"],
                              capture_output=True, text=True, env=env, cwd=elsewhere, check=True)
    installed = Path(help_doc.stdout.strip())
    assert installed.is_relative_to(target) and not installed.is_symlink()
    assert installed.read_text(encoding="utf-8") == \
        (ROOT / "docs" / "MODEL.md").read_text(encoding="utf-8")

    params = subprocess.run([str(program), "params"], capture_output=True, text=True, env=env,
                            cwd=elsewhere, timeout=120)
    assert params.returncode == 0, params.stderr
    assert "capex_growth" in params.stdout

    shot = subprocess.run([str(program), "screenshot", "--out", "x.png", "--size", "1280x720",
                           "--lang", "de"],
                          capture_output=True, text=True, env=env, cwd=elsewhere, timeout=180)
    assert shot.returncode == 0, shot.stderr
    assert png_size(elsewhere / "x.png") == (1280, 720)
    assert "warning" not in shot.stderr.lower(), shot.stderr   # the German .qm was found
    print(f"\nwheel: {wheel.name}\nparams: {len(params.stdout.splitlines())} lines\n"
          f"screenshot: {shot.stdout.strip()}")


def test_every_shipped_resource_is_found():
    for name in (resources.PARAMETER_TABLE, resources.ICON_SVG, resources.ICON_PNG,
                 resources.DESKTOP_ENTRY):
        assert resource_path(name).is_file(), name
    assert resource_path(*resources.HELP_MODEL).is_file()
    assert list(resource_path(resources.PRESETS).glob("*.json"))
    assert list(resource_path(resources.STORYLINES).glob("*.json"))
    assert list(resource_path(resources.TRANSLATIONS).glob("*.qm"))


def test_the_shipped_translations_are_compiled_from_the_current_sources(tmp_path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    assert lrelease.exists(), "pyside6-lrelease comes with PySide6-Essentials in the venv"
    sources = list(resource_path(resources.TRANSLATIONS).glob("*.ts"))
    assert sources, "the checkout has the .ts translation sources"
    for ts in sources:
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert ts.with_suffix(".qm").read_bytes() == fresh.read_bytes(), \
            f"{ts.with_suffix('.qm').name} is out of date: run `make qm` and commit it"


def test_the_icon_png_is_the_svg_rendered(qapp):
    from PySide6.QtSvg import QSvgRenderer
    renderer = QSvgRenderer(str(resource_path(resources.ICON_SVG)))
    assert renderer.isValid()
    png = QImage(str(resource_path(resources.ICON_PNG)))
    assert (png.width(), png.height()) == (256, 256)
    assert png.pixelColor(128, 128).alpha() == 255 and png.pixelColor(0, 0).alpha() == 0


def test_the_desktop_entry_starts_the_program_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(resource_path(resources.DESKTOP_ENTRY), encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "ai-capex-explorer"
    assert Path(resources.ICON_PNG).stem == section["Icon"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert section["Exec"].split()[0] in scripts


def test_the_window_uses_the_icon(open_window):
    window = open_window(show=False)
    assert not window.windowIcon().isNull()


def test_no_module_finds_data_files_by_its_own_path():
    pattern = re.compile(r"__file__.*(resources|\.csv|presets|storylines|i18n)")
    offenders = [f"{p.relative_to(ROOT)}:{n}"
                 for folder in ("model", "gui", "cli")
                 for p in (ROOT / folder).rglob("*.py")
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if pattern.search(line)]
    assert not offenders, f"use resources.resource_path instead: {offenders}"

"""Writing into a folder that takes no file: the command line's --out / --json and the window's
exports (dashboard and panel pictures, the handout PDF, the compare table) give a clear message
naming the file, leave no file and no temporary file, keep an old file whole, and do not crash.

A folder is made read-only with chmod where that binds; the tests run as root in CI, where chmod
does not bind, so there the refusal is simulated where the kernel would give it: the atomic
writer's first step (tempfile.mkstemp beside the target) fails with EACCES, and os.access says
the folder is not writable. A failure at the last step (the rename over the target: EACCES or
EROFS) is simulated with monkeypatch on os.replace in either case."""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from model.errors import os_reason
from model.store import atomic

WINDOW_ARGV: list[str] = []


@pytest.fixture
def read_only(tmp_path, monkeypatch):
    """A folder that refuses new files (chmod 0o555, or the simulation described above)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "old.json").write_text("OLD", encoding="utf-8")
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):                     # root: chmod does not bind
        real_mkstemp, real_access = tempfile.mkstemp, os.access

        def mkstemp(*args, dir=None, **kwargs):
            if dir is not None and Path(dir) == folder:
                raise PermissionError(errno.EACCES, "Permission denied",
                                      str(folder / ".x.1234.tmp"))
            return real_mkstemp(*args, dir=dir, **kwargs)

        def access(path, mode, *args, **kwargs):
            if mode & os.W_OK and Path(path) in (folder, folder / "old.json"):
                return False
            return real_access(path, mode, *args, **kwargs)
        monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)
        monkeypatch.setattr(os, "access", access)
    yield folder
    folder.chmod(0o755)


def refuse_rename(monkeypatch, code: int) -> str:
    """Make the last step of every atomic write, the rename over the target, fail with errno
    `code` (a folder made read-only between the check and the write); returns its message."""
    def replace(source, target, *args, **kwargs):
        raise OSError(code, os.strerror(code), str(source), None, str(target))
    monkeypatch.setattr(atomic.os, "replace", replace)
    return os.strerror(code)


@pytest.fixture(params=[errno.EACCES, errno.EROFS])
def refused_rename(request, monkeypatch):
    """refuse_rename with EACCES, then EROFS; the message."""
    return refuse_rename(monkeypatch, request.param)


def os_errno_of(message: str) -> int:
    """The errno whose system text is `message` (what refuse_rename returned)."""
    return next(code for code in (errno.EACCES, errno.EROFS) if os.strerror(code) == message)


def leftovers(folder: Path) -> list[str]:
    """Names in `folder` other than the old file the fixture put there."""
    return sorted(p.name for p in folder.iterdir() if p.name != "old.json")


# --- the command line ---------------------------------------------------------------------------
COMMANDS = {
    "export csv": (["export", "--out"], "a.csv"),
    "export xlsx": (["export", "--out"], "a.xlsx"),
    "snapshot": (["snapshot", "--name", "n", "--out"], "a.json"),
    "sensitivity --json": (["sensitivity", "--headline", "peak_stress", "--params",
                            "pue,capex_growth", "--samples", "4", "--json"], "s.json"),
}


@pytest.mark.parametrize("command", COMMANDS)
def test_the_command_line_refuses_a_read_only_folder_before_any_work(read_only, run_main,
                                                                     command):
    args, name = COMMANDS[command]
    done = run_main(*args, read_only / name)
    assert done.returncode == 2
    assert f"{read_only / name}: the folder {read_only} is read-only" in done.stderr, done.stderr
    assert "choose another folder" in done.stderr and len(done.stderr.splitlines()) == 1
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert leftovers(read_only) == []


def test_the_command_line_refuses_a_read_only_file(tmp_path, run_main, monkeypatch):
    target = tmp_path / "a.csv"
    target.write_text("OLD", encoding="utf-8")
    target.chmod(0o444)
    if os.access(target, os.W_OK):                     # root: simulate the read-only file
        real = os.access
        monkeypatch.setattr(os, "access", lambda p, mode, *a, **k:
                            False if Path(p) == target and mode & os.W_OK else real(p, mode, *a, **k))
    done = run_main("export", "--out", target)
    assert done.returncode == 2 and "the file exists and is read-only" in done.stderr
    assert target.read_text(encoding="utf-8") == "OLD"


@pytest.mark.parametrize("command", COMMANDS)
def test_a_write_refused_at_the_last_step_names_the_file_and_leaves_nothing(
        tmp_path, run_main, refused_rename, command):
    args, name = COMMANDS[command]
    target = tmp_path / name
    target.write_bytes(b"OLD")
    done = run_main(*args, target)
    assert done.returncode == 2, done.stderr
    line = done.stderr.strip()
    # the reason worded for a person ('permission denied', 'the drive is read-only'), not the
    # system's 'Read-only file system'
    worded = os_reason(OSError(os_errno_of(refused_rename), refused_rename))
    assert str(target) in line and worded in line, line
    assert ".tmp" not in line and len(done.stderr.splitlines()) == 1   # not the temporary's name
    assert target.read_bytes() == b"OLD"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_the_atomic_writer_names_the_target_not_its_temporary(tmp_path, refused_rename):
    target = tmp_path / "t.json"
    with pytest.raises(OSError) as info:
        atomic.write_text(target, "new")
    assert info.value.filename == str(target) and info.value.strerror == refused_rename
    assert list(tmp_path.iterdir()) == []


# --- the window ---------------------------------------------------------------------------------
@pytest.fixture
def window(module_window):
    """The module's shared window; message boxes an export opened are closed afterwards."""
    from PySide6.QtWidgets import QMessageBox
    yield module_window
    for box in module_window.findChildren(QMessageBox):
        box.close()


def _window_writers(window):
    """name -> (file name, write(path) -> False/raises on failure, the message it left)."""
    from gui.features.snapshot_compare import write_xlsx
    exports, handout = window.features["exports"], window.features["handout"]
    key = window.plot_grid.panel_keys()[0]
    return {
        "dashboard png": ("d.png", exports.export_dashboard, lambda: exports.last_error),
        "panel png": ("p.png", lambda p: exports.export_panel(key, p), lambda: exports.last_error),
        "panel svg": ("p.svg", lambda p: exports.export_panel(key, p), lambda: exports.last_error),
        "handout pdf": ("h.pdf", handout.export, lambda: handout.last_error),
        "compare xlsx": ("c.xlsx", lambda p: write_xlsx(p, [], []), None),
    }


@pytest.mark.parametrize("kind", ["dashboard png", "panel png", "panel svg", "handout pdf",
                                  "compare xlsx"])
@pytest.mark.parametrize("failure", ["read-only folder", "refused rename"])
def test_the_window_exports_to_a_folder_that_takes_no_file_say_so(window, tmp_path, request,
                                                                  monkeypatch, kind, failure):
    # The window words the cause a user can act on (the operating system's own text is
    # English in every language): permission, or a read-only drive.
    if failure == "read-only folder":
        folder = request.getfixturevalue("read_only")
        reason = ("permission denied", "the drive is read-only")
    else:
        folder = tmp_path
        refuse_rename(monkeypatch, errno.EROFS)
        reason = ("the drive is read-only",)
    name, write, message = _window_writers(window)[kind]
    if message is None:                          # a plain function's OSError: the system's text
        reason = ("Permission denied", "Read-only file system")
    target = folder / name
    if message is None:                          # a plain function: raises OSError
        with pytest.raises(OSError) as info:
            write(target)
        text = str(info.value)
    else:                                        # a window command: False and a message
        assert write(target) is False
        text = message()
    assert str(target) in text and any(r in text for r in reason), text
    assert ".tmp" not in text
    assert not target.exists()
    assert not [p for p in folder.iterdir() if atomic.is_temp_name(p.name)]
    assert window.isVisible()                    # still running

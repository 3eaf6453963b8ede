"""The process ends cleanly: a window still alive when the interpreter exits is deleted while
Python and PySide are whole (gui.app.delete_windows_at_exit), not during PySide's own teardown,
where a plot's destruction crashed the process (exit code 139, python -m bench.hostile in 4 of
6 runs)."""
from __future__ import annotations

import textwrap

from helpers_process import run_script

# Registered right after PySide's own clean-up and before the program's (atexit runs the last
# registered first), so it runs after the program's and before PySide's: what it counts is what
# PySide's teardown would have to delete.
SCRIPT = textwrap.dedent("""
    import atexit, os, sys
    from PySide6.QtWidgets import QApplication, QLineEdit
    import shiboken6

    def left_for_pyside():
        left = [w for w in QApplication.topLevelWidgets()
                if w.parent() is None and shiboken6.ownedByPython(w)
                and type(w).__name__ == "MainWindow"]
        print("LEFT", len(left), flush=True)

    atexit.register(left_for_pyside)
    import main
    from gui import app as gui_app
    app = gui_app.application()
    window = main.create_window([])
    window.show()
    presentation = window.features["presentation"]
    presentation.enter()
    menu = window.findChildren(QLineEdit)[0].createStandardContextMenu()
    menu.ensurePolished()
    menu.deleteLater()
    presentation.leave()
    window.close()
    app.processEvents()
""")


def test_a_window_alive_at_exit_is_deleted_before_pysides_teardown(tmp_path):
    done = run_script(SCRIPT, tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "LEFT 0" in done.stdout, done.stdout + done.stderr[-2000:]


OPEN_DOCK_SCRIPT = textwrap.dedent("""
    import main
    from gui import app as gui_app
    app = gui_app.application()
    window = main.create_window([])
    window.show()
    for dock in window.docks():
        if dock.objectName() == "snapshotDock":
            dock.setVisible(True)
    app.processEvents()
""")


def test_a_window_left_open_with_a_dock_ends_without_a_traceback(tmp_path):
    """A window a script leaves open (never closed) with a dock shown: deleted at exit, its
    docks hid themselves and their visibilityChanged reached the half-deleted window's slots,
    printing 'RuntimeError: ... (MainWindow) already deleted' once for each dock."""
    done = run_script(OPEN_DOCK_SCRIPT, tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr, done.stderr[-2000:]

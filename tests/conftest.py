"""Test set-up: Qt renders offscreen (set before any QApplication exists); repo root importable."""
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AI_CAPEX_EXPLORER_TESTING", "1")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


import pytest  # noqa: E402  (after the environment is set)


@pytest.fixture
def open_window(qtbot):
    """A factory for the real window: open_window(argv, show=True) builds it with
    main.create_window(argv), hands it to qtbot, and shows it until exposed unless show=False."""
    def open_(argv=(), show: bool = True):
        import main
        window = main.create_window(list(argv))
        qtbot.addWidget(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
        return window
    return open_


@pytest.fixture(scope="module")
def module_window(qapp, request, tmp_path_factory):
    """One window shared by the tests of a module that only read it, built once (a window takes
    about a second to build). Built from the module's WINDOW_ARGV (default: no arguments) and
    shown until exposed, with its own data folder (AI_CAPEX_EXPLORER_DATA). Only tests that do
    not change the window's state may use it, or tests that restore what they change."""
    from PySide6.QtTest import QTest

    import main
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AI_CAPEX_EXPLORER_DATA", str(tmp_path_factory.mktemp("data")))
        window = main.create_window(list(getattr(request.module, "WINDOW_ARGV", [])))
        window.show()
        assert QTest.qWaitForWindowExposed(window)
        yield window
        window.close()
        QTest.qWait(10)                 # the window's reactions to the close run while it exists
        window.deleteLater()


class Ran:
    """What a command run in-process gave: its exit status and what it printed."""

    def __init__(self, returncode: int, stdout: str, stderr: str):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def _top_level_widgets() -> set:
    widgets = sys.modules.get("PySide6.QtWidgets")        # only if Qt is already in use
    app = widgets.QApplication.instance() if widgets else None
    return set(app.topLevelWidgets()) if app else set()


@pytest.fixture
def run_main(capsys):
    """Run `main.main(argv)` in this process, as `python main.py ARGS...` would, and return its
    exit status and output (an argparse error's SystemExit gives its status). Much faster than a
    subprocess; an uncaught exception fails the test (where a process would print a traceback).
    Windows a command built (screenshot) are deleted afterwards. The real exit path is kept by a
    few subprocess tests (test_cli.py, test_snapshot_cli.py)."""
    import main
    before = _top_level_widgets()

    def run(*args) -> Ran:
        capsys.readouterr()                       # drop what the test printed before
        try:
            code = main.main([str(a) for a in args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1 if exc.code else 0
        out = capsys.readouterr()
        return Ran(code, out.out, out.err)
    yield run
    for widget in _top_level_widgets() - before:
        widget.close()
        widget.deleteLater()

"""Test set-up: Qt renders offscreen (set before any QApplication exists); repo root importable."""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from model.limits import QT_PLATFORM_ENV, TESTING_ENV  # noqa: E402  (no Qt; after the path)

os.environ.setdefault(QT_PLATFORM_ENV, "offscreen")
os.environ.setdefault(TESTING_ENV, "1")


import gc  # noqa: E402
import pytest  # noqa: E402  (after the environment is set)


# The garbage collector and the end of a run. Each test process holds a large heap that lives
# as long as it does (numpy, pandas, numba, Qt and pyqtgraph with their wrappers): every full
# collection walks all of it, and at the end pytest collects twice more and the interpreter
# once more on the way out. Measured on this 2-core machine: a worker spent about 1.3 s of CPU
# in full collections during its half of the suite, and 2-3 s (up to about 10 s under load)
# between its last test and its exit, most of it walking that heap; `make test` waits for the
# slower worker to exit. gc.freeze() moves what exists to a generation the collector skips
# (https://docs.python.org/3/library/gc.html#gc.freeze). It changes no test: garbage made by the
# tests is still collected, and at the end one collection still runs before the freeze, so an
# error in a __del__ is still reported by pytest (its unraisable-exception check follows).
def pytest_collection_finish(session):
    """Tests collected: what the imports and the collection made lives until the process ends;
    leave it out of the collector's walks (see above)."""
    gc.collect()
    gc.freeze()


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session):
    """All tests done: collect what they left once, then leave the rest out of the collector's
    walks on the way out (see above)."""
    gc.collect()
    gc.freeze()


@pytest.fixture(scope="module", autouse=True)
def english_at_module_start():
    """Every test module starts in English: a module that opened a German window (or ran a
    command with --lang de in-process) leaves German installed, and with --dist loadfile the
    next module in that worker is a matter of chance. Modules that want German install it."""
    from gui import i18n
    i18n.install("en")
    yield


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


def close_windows(windows) -> None:
    """Close the windows, let their reactions to the close run, then delete them."""
    if not windows:
        return
    from PySide6.QtTest import QTest
    for window in windows:
        window.close()
    QTest.qWait(10)
    for window in windows:
        window.deleteLater()


@pytest.fixture(scope="module")
def module_windows(qapp):
    """A factory for windows kept for the whole module (a window takes about a second to
    build): module_windows(argv, show=True) builds one with main.create_window(argv), shown
    until exposed unless show=False; all are closed when the module's tests are done. Only tests
    that do not change a shared window's state may use it, or tests that restore what they
    change."""
    from PySide6.QtTest import QTest

    import main
    built = []

    def build(argv=(), show: bool = True):
        window = main.create_window(list(argv))
        built.append(window)
        if show:
            window.show()
            assert QTest.qWaitForWindowExposed(window)
        return window
    yield build
    close_windows(built)


@pytest.fixture(scope="module")
def module_window(module_windows, request, tmp_path_factory):
    """One shown window shared by the tests of a module (see module_windows), built from the
    module's WINDOW_ARGV (default: no arguments), with its own data folder
    (AI_CAPEX_EXPLORER_DATA)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AI_CAPEX_EXPLORER_DATA", str(tmp_path_factory.mktemp("data")))
        yield module_windows(getattr(request.module, "WINDOW_ARGV", []))


@pytest.fixture(scope="module", params=["en", "de"])
def language_window(request, module_windows, tmp_path_factory):
    """One shown 1280×720 window per interface language (English, then German), shared by the
    tests of a module, with its own data folder (AI_CAPEX_EXPLORER_DATA)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AI_CAPEX_EXPLORER_DATA", str(tmp_path_factory.mktemp("data")))
        yield module_windows(["--lang", request.param, "--size", "1280x720"])


@pytest.fixture
def fresh_window(module_window):
    """The module's shared window (module_window) brought back to a new window's state before
    the test (helpers_window.start_afresh), for tests that change what they use."""
    from helpers_window import start_afresh
    start_afresh(module_window)
    return module_window


class Ran:
    """What a command run in-process gave: its exit status and what it printed."""

    def __init__(self, returncode: int, stdout: str, stderr: str):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def _top_level_widgets() -> set:
    widgets = sys.modules.get("PySide6.QtWidgets")        # only if Qt is already in use
    app = widgets.QApplication.instance() if widgets else None
    # main windows only: menus, popups and labels without a parent are top-level widgets too,
    # but a window may still use them
    return {w for w in app.topLevelWidgets() if isinstance(w, widgets.QMainWindow)} if app else set()


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
    close_windows(_top_level_widgets() - before)

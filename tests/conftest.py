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

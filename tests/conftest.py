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

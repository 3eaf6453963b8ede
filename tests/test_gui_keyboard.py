"""The window by keyboard alone, as a facilitator at a projector drives it (a keyboard dry run
in German at 1280 x 720): key names in the interface language, menus by Alt+letter, the focus
visible."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

WINDOW_ARGV = ["--lang", "de"]


@pytest.fixture
def window(module_window):
    """The module's shared German window (tests leave it as they found it)."""
    return module_window


def test_the_predict_and_replay_tooltips_name_their_keys_in_german(window):
    """The German tooltip of 'Erst schätzen, dann aufdecken' ended '(Ctrl+Shift+P)' while its
    menu entry and every other German tooltip read 'Strg+…'."""
    replay = window.features["replay"]
    native = QKeySequence("Ctrl+Shift+P").toString(QKeySequence.SequenceFormat.NativeText)
    assert native != "Ctrl+Shift+P"                     # German key names installed
    assert f"({native})" in replay.predict_action.toolTip()
    assert "Ctrl" not in replay.predict_action.toolTip()
    assert "(F5)" in replay.replay_action.toolTip()

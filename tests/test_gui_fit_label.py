"""FitLabel's text and tooltip: the tooltip follows the text unless one of its own was set, and
setting the same text again changes nothing (no event: issue 13, a slider step sets every
headline's text)."""
from PySide6.QtCore import QEvent, QObject

from gui.widgets.fit_label import FitLabel


class Count(QObject):
    """Counts the events of one type that a widget receives."""

    def __init__(self, widget, kind):
        super().__init__()
        self.kind, self.count = kind, 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == self.kind:
            self.count += 1
        return False


def test_the_tooltip_follows_the_text_and_the_same_text_sends_no_event(qtbot):
    label = FitLabel()
    qtbot.addWidget(label)
    tips = Count(label, QEvent.Type.ToolTipChange)
    label.setText("$1.2 T")
    assert (label.text(), label.toolTip(), tips.count) == ("$1.2 T", "$1.2 T", 1)
    label.setText("$1.2 T")
    assert tips.count == 1
    label.setText("$1.3 T")
    assert (label.toolTip(), tips.count) == ("$1.3 T", 2)


def test_a_tooltip_of_its_own_stays_when_the_text_changes(qtbot):
    label = FitLabel("a")
    qtbot.addWidget(label)
    label.setToolTip("explained")
    label.setText("b")
    assert label.toolTip() == "explained"
    label.setToolTip("")
    assert label.toolTip() == "b"

"""A headline card shows its figure and change; shown again with the same figures it does
nothing (no text, tooltip or relayout: issue 13), and any change of figure, baseline or
direction is shown."""
from PySide6.QtCore import QEvent, QObject

import model
from gui import format as fmt
from gui.widgets.headline_strip import HeadlineCard
from model import outputs
from model import parameters as P


class Events(QObject):
    """Counts every event a widget and its children receive."""

    def __init__(self, widgets):
        super().__init__()
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.ToolTipChange, QEvent.Type.StyleChange,
                            QEvent.Type.LayoutRequest):
            self.count += 1
        return False


def test_the_same_figures_again_change_nothing_and_new_ones_are_shown(qtbot):
    base = outputs.headlines(model.simulate(P.defaults()))
    moved = outputs.headlines(model.simulate(dict(P.defaults(), capex_growth=P.get("capex_growth").max)))
    key = "peak_debt_busd"
    assert moved[key] != base[key]
    card = HeadlineCard(key)
    qtbot.addWidget(card)
    card.show()
    assert card.display(moved[key], base[key]) is True
    assert card.value.text() == fmt.headline(moved[key])
    qtbot.wait(10)
    events = Events([card, card.label, card.value, card.change])
    assert card.display(moved[key], base[key]) is False
    qtbot.wait(10)
    assert events.count == 0
    assert card.display(base[key], base[key]) is True          # the figure moved back
    assert card.value.text() == fmt.headline(base[key])
    assert card.display(base[key], base[key], direction=-1) is True    # coloured otherwise

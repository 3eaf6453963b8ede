"""Screen review 19: secondary texts (a dialog's hint and result detail, the guided round's
step counter, the "What changed?" note and its empty text) were drawn in the baseline lines'
grey #8C8C8C: about 3:1 against the window's light grey, less on a washed-out projector (the
goal-seek answer's detail line in presentation mode). Drawn as the room sees them, their
darkest pixels keep at least WCAG's 4.5:1 against their ground, in the normal view and in
presentation mode."""
import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from helpers_window import settle

WINDOW_ARGV = ["--size", "1280x720"]
LEAST = 4.5


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def drawn_contrast(widget: QWidget) -> float:
    """The contrast of the darkest drawn pixel of `widget` against its commonest pixel (its
    ground), as the widget draws itself now."""
    image = widget.grab().toImage()
    counts, darkest = {}, None
    for y in range(0, image.height()):
        for x in range(0, image.width()):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
            if darkest is None or luminance(QColor(rgb)) < luminance(QColor(darkest)):
                darkest = rgb
    ground = max(counts, key=counts.get)
    high, low = sorted((luminance(QColor(ground)), luminance(QColor(darkest))), reverse=True)
    return (high + 0.05) / (low + 0.05)


def secondary_texts(window) -> dict:
    """The secondary texts to measure, each with text in it."""
    dialog = window.features["goal_seek"].open()
    dialog.run()
    story = window.features["storyline"]
    story.dock.show()
    story.panel.choose(story.panel.storylines[0].slug)
    story.panel.go_to(0)
    attribution = window.features["attribution"]
    attribution.dock.show()
    settle(window)
    help_text = dialog.findChild(QWidget, "goalHelp")
    texts = {"goal-seek hint": help_text, "goal-seek detail": dialog.detail_label,
             "step counter": story.panel.counter, "what-changed empty": attribution.full.bars}
    for name, widget in texts.items():
        assert widget.isVisible(), name
    assert dialog.detail_label.text()
    return texts


@pytest.mark.parametrize("presenting", [False, True], ids=["normal", "presentation"])
def test_secondary_texts_keep_a_readable_contrast(fresh_window, presenting):
    window = fresh_window
    feature = window.features["presentation"]
    if presenting:
        feature.enter()
    try:
        found = {name: round(drawn_contrast(widget), 2)
                 for name, widget in secondary_texts(window).items()}
        low = {name: ratio for name, ratio in found.items() if ratio < LEAST}
        assert low == {}, found
    finally:
        window.features["goal_seek"].dialog.close()
        window.features["storyline"].dock.hide()
        window.features["attribution"].dock.hide()
        feature.leave()

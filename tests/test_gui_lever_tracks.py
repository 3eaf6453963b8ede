"""The three primary levers' tracks are equally long, in the normal view and in presentation mode,
in English and German, at a projector's 1280 × 720 and at 1920 × 1080; in presentation mode the
track takes (nearly) the lever panel's whole width, its value and unit on a row of their own
(the projector review: 122 / 126 px tracks side by side at 1280, 100 to 154 px in presentation
mode at 1920)."""
import pytest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionSlider

from helpers_window import settle
from model import parameters as P

SIZES = ((1280, 720), (1920, 1080))
MIN_TRACK_SHARE = 0.8     # presentation: the track is at least this share of the lever panel


@pytest.fixture(scope="module")
def window(language_window):
    shown = language_window
    yield shown
    shown.features["presentation"].leave()
    settle(shown)


def track_widths(window) -> dict[str, int]:
    """The drawn groove of each primary lever's slider (pixels), as its style lays it out."""
    out = {}
    for key in P.PRIMARY_KEYS:
        slider = window.slider_panel.controls[key].slider
        option = QStyleOptionSlider()
        slider.initStyleOption(option)
        groove = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                               QStyle.SubControl.SC_SliderGroove, slider)
        out[key] = groove.width()
    return out


def lever_panel_width(window) -> int:
    """The width of the frame holding the three primary levers (pixels)."""
    controls = window.slider_panel.controls
    return controls[P.PRIMARY_KEYS[0]].parentWidget().width()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_primary_tracks_are_equal_in_the_normal_view(window, size):
    window.features["presentation"].leave()
    window.resize(*size)
    settle(window)
    widths = track_widths(window)
    assert max(widths.values()) - min(widths.values()) <= 1, widths


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_presentation_tracks_are_equal_and_take_the_panel_width(window, size):
    presentation = window.features["presentation"]
    presentation.leave()
    window.resize(*size)
    settle(window)
    normal = track_widths(window)
    presentation.enter()
    window.resize(*size)                 # full screen is the screen's size: set it here
    QApplication.processEvents()
    presentation.fit_slider_column()
    settle(window)
    widths = track_widths(window)
    assert max(widths.values()) - min(widths.values()) <= 1, widths
    panel = lever_panel_width(window)
    assert min(widths.values()) >= MIN_TRACK_SHARE * panel, (widths, panel)
    storyline = window.features["storyline"].dock
    storyline.setVisible(True)           # below the levers: the values beside the tracks
    settle(window)
    widths = track_widths(window)
    assert max(widths.values()) - min(widths.values()) <= 1, widths
    storyline.setVisible(False)
    presentation.leave()
    window.resize(*size)
    settle(window)
    assert track_widths(window) == normal     # beside their values again, as before

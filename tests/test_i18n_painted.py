"""German in painted charts (issue 11, finding 12): the "What changed?" bars and the tornado are
drawn with QPainter; the strings they draw (recorded as drawn, gui/widgets/painted.py) write
numbers in German through gui/format.py, and the goal-seek dialog words syntax errors in
German; the German toolbar fits a 1280-pixel window."""
import re

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QToolBar

from gui import i18n

CHANGE = {"capex_growth": 120.0, "monetization_speed": 25.0, "power_buildout": 4.5,
          "interest_rate": 7.5}
# English number formats: a decimal point before one or two digits ('4.7', '−0.25'), a dollar
# sign before the number ('$120B', '−$4.20T'), English unit words.
ENGLISH = (re.compile(r"\d\.\d{1,2}(?!\d)"), re.compile(r"\$\d"),
           re.compile(r"\b(pts|yr|years?|none|never)\b"))
GERMAN_DECIMAL = re.compile(r"\d,\d")


@pytest.fixture(scope="module")
def german(module_windows):
    """One German window at 1280 x 720, shared by the tests (each only reads what it draws or
    opens and closes its own dialog); English is installed again afterwards."""
    window = module_windows(["--lang", "de", "--size", "1280x720"])
    yield window
    i18n.install("en")


def painted(widget) -> list[str]:
    """Render `widget` into an image and return the strings its paint drew."""
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    widget.render(image)
    return list(widget.painted)


def assert_german_numbers(strings, decimals=True):
    """The strings with digits: no English number format in any; with `decimals`, at least one
    German decimal comma."""
    numbers = [s for s in strings if re.search(r"\d", s)]
    assert numbers, strings
    for s in numbers:
        for pattern in ENGLISH:
            assert not pattern.search(s), (s, strings)
    if decimals:
        assert any(GERMAN_DECIMAL.search(s) for s in numbers), numbers
    return numbers


def test_what_changed_bars_draw_german_numbers(qtbot, german):
    german.controller.apply_values(CHANGE)
    german.controller.flush()
    feature = german.features["attribution"]
    feature.dock.show()
    drawn = {}
    for key in ("peak_stress", "peak_debt_busd", "peak_shortfall_gw"):   # points, $, GW
        feature.set_headline(key)
        assert feature.refresh_now() is not None
        chart = feature.full.bars
        chart.resize(520, chart.sizeHint().height())
        drawn[key] = assert_german_numbers(painted(chart), decimals=False)
    assert any("Mrd. $" in s or "Bio. $" in s for s in drawn["peak_debt_busd"])
    assert_german_numbers(drawn["peak_stress"] + drawn["peak_shortfall_gw"])
    # the compact chart beside the headlines draws through the same formatter
    compact = feature.compact.bars
    assert_german_numbers(painted(compact), decimals=False)


def test_tornado_draws_german_numbers(qtbot, german):
    panel = german.features["tornado"].panel
    german.features["tornado"].show()
    panel.combo.setCurrentIndex(panel.combo.findData("cum_capex_2025_2030"))   # $ trillions
    panel.recompute()
    chart = panel.chart
    chart.resize(600, chart.height())
    numbers = assert_german_numbers(painted(chart))
    assert any("Bio. $" in s for s in numbers), numbers
    # the value labels have room for the German text: each fits the width reserved for it
    # (parameter names, whole or cut in the middle, may hold a year: they are not values)
    from gui import text
    from model import parameters as P
    names = [text.param_label(p) for p in P.parameters()]

    def is_name(s):
        head, _, tail = s.partition("…")
        return any(n.startswith(head) and n.endswith(tail) for n in names)

    metrics = chart.fontMetrics()
    widest = max(metrics.horizontalAdvance(s) for s in chart.painted
                 if re.search(r"\d", s) and not is_name(s))
    assert widest <= chart.width() / 3


@pytest.mark.parametrize("typed, expected", [
    ("", "Ziel"), ("coverage >=", "„coverage >=“"), ("wealth >= 3", "„wealth“"),
    ("stress < 50 by 1999", "1999")])
def test_goal_seek_syntax_errors_in_german(german, typed, expected):
    dialog = german.features["goal_seek"].open()
    try:
        dialog.set_target(typed)
        assert dialog.run() is None
        message = dialog.error_label.text()
        assert message and dialog.error_label.isVisibleTo(dialog)
        for english in ("expected", "cannot read", "unknown figure", "outside the simulated",
                        "empty target", "Type a target"):
            assert english.lower() not in message.lower(), message
        assert expected.strip("„“") in message, message
    finally:
        dialog.close()


def test_german_toolbar_fits_1280_pixels(qtbot, german):
    qtbot.waitUntil(lambda: german.width() == 1280)
    for bar in german.findChildren(QToolBar):
        if not bar.isVisible():
            continue
        hidden = [a.iconText() or a.text() for a in bar.actions()
                  if not a.isSeparator() and a.isVisible()
                  and (bar.widgetForAction(a) is None or not bar.widgetForAction(a).isVisible())]
        assert not hidden, (bar.objectName(), hidden)      # nothing in the overflow menu
        assert bar.sizeHint().width() <= bar.width(), bar.objectName()

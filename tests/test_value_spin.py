"""Typed values: a number out of range or unreadable is refused aloud and the value stays; both
decimal marks are read; window shortcuts reach the window while a value box has focus."""
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest

from gui.widgets.value_spin import parse_number

WINDOW_ARGV = ["--lang", "de"]


@pytest.mark.parametrize("text, english, german", [
    ("8.5", 8.5, 8.5),          # a lone mark before one or two digits is a decimal point
    ("8,5", 8.5, 8.5),
    ("4,000", 4000.0, 4.0),     # three digits: the language decides (thousands or decimals)
    ("4.000", 4.0, 4000.0),
    ("-5", -5.0, -5.0),
    ("\u22123", -3.0, -3.0),    # the typographic minus sign
    ("\u22125,5", -5.5, -5.5),  # ... also before a lone mark the language does not use (a
    ("\u22125.5", -5.5, -5.5),  # value copied from the window, which writes '−', into the other)
    ("1,2,3", None, None),
    ("abc", None, None),
    ("", None, None),
])
def test_numbers_are_read_in_either_language(text, english, german):
    assert parse_number(text, QLocale("en_US")) == english
    assert parse_number(text, QLocale("de_DE")) == german


def _type(spin, typed: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin, typed)
    QTest.keyClick(spin, Qt.Key.Key_Return)


def test_a_value_out_of_range_is_refused_aloud_and_the_value_stays(fresh_window):
    window = fresh_window
    control = window.slider_panel.controls["capex_growth"]
    before = window.controller.value("capex_growth")
    _type(control.spin, "200")                      # Qt alone would have kept "20"
    window.controller.flush()
    assert window.controller.value("capex_growth") == before
    status = window.status_label.text()
    assert "200" in status and "150" in status, status
    _type(control.spin, "-5")                       # Qt alone would have kept "5"
    window.controller.flush()
    assert window.controller.value("capex_growth") == before
    assert "-5" in window.status_label.text() or "−5" in window.status_label.text()


def test_a_point_is_a_decimal_point_in_german(fresh_window):
    window = fresh_window
    spin = window.slider_panel.controls["power_buildout"].spin
    _type(spin, "8.5")                              # Qt alone would have made it 8,00
    window.controller.flush()
    assert window.controller.value("power_buildout") == pytest.approx(8.5)


def test_ctrl_u_in_a_value_box_turns_the_bands_on_and_keeps_the_text(fresh_window):
    window = fresh_window
    spin = window.slider_panel.controls["power_buildout"].spin
    spin.setFocus()
    shown = spin.lineEdit().text()
    bands = window.features["uncertainty"]
    QTest.keyClick(spin, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert bands.action.isChecked()
    assert spin.lineEdit().text() == shown
    # the box's own editing keys stay its own: Ctrl+A selects its text
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert spin.lineEdit().selectedText() == shown
    bands.set_enabled(False)
    bands.wait()


def test_a_box_of_whole_numbers_refuses_a_fraction(fresh_window):
    # capex growth takes whole percent: 8.5 used to show 9 while the model ran 8.5
    window = fresh_window
    spin = window.slider_panel.controls["capex_growth"].spin
    assert spin.decimals() == 0
    before = window.controller.value("capex_growth")
    _type(spin, "8,5")
    window.controller.flush()
    assert window.controller.value("capex_growth") == before
    assert "8,5" in window.status_label.text()
    _type(spin, "85")
    window.controller.flush()
    assert window.controller.value("capex_growth") == 85


def test_a_typed_minus_zero_is_zero_in_the_box_and_the_model(fresh_window):
    import math
    window = fresh_window
    control = window.slider_panel.controls["capex_growth"]      # range 0 to 150
    _type(control.spin, "-0")
    window.controller.flush()
    value = window.controller.value("capex_growth")
    assert value == 0 and math.copysign(1.0, value) == 1.0
    assert control.spin.text().strip() in ("0", "0,0", "0.0") and "-" not in control.spin.text()
    assert "0=0:" in window.features["snapshots"].copy_code()       # not 'AICX1:0=-0:…'


@pytest.mark.parametrize("text, read", [
    ("1 000", 1000.0), ("12 345 678", 12345678.0),        # spaces as thousands separators
    ("1\u00a0000,5", 1000.5), ("1\u202f000,5", 1000.5),   # French / Swiss no-break spaces
    ("- 5", -5.0), (" 70 ", 70.0),
    ("1 2", None), ("1 2.5", None), ("1.2 5", None),      # no grouping: a slip, not a number
    ("123 4567", None), ("1 0000", None),
])
def test_a_space_between_digits_is_read_only_as_a_thousands_separator(text, read):
    """'1 2' was read as 12 and '1.2 5' as 1.25 (every space was dropped), so a slip of the
    thumb became another scenario without a word. A space between digits now reads only where
    it groups thousands; anything else is no number and is refused aloud."""
    for locale in (QLocale("en_US"), QLocale("de_DE"), QLocale("fr_FR")):
        assert parse_number(text, locale) == read, (text, locale.name())


def test_a_typed_1_space_2_is_refused_aloud_not_taken_as_12(fresh_window):
    window = fresh_window
    control = window.slider_panel.controls["capex_growth"]
    before = window.controller.value("capex_growth")
    assert before != 12
    _type(control.spin, "1 2")
    window.controller.flush()
    assert window.controller.value("capex_growth") == before
    assert "1 2" in window.status_label.text(), window.status_label.text()


def test_full_width_digits_of_an_east_asian_input_method_are_read_as_the_digits(fresh_window):
    """An East Asian input method in full-width mode types '６０': each '６' was refused at the
    keystroke without a word (a letter-like character), and '６０' committed at once was refused
    as 'not allowed' though it is the number 60. Full-width ASCII reads as ASCII, as in a
    scenario code; another script's digits ('٦٠') stay refused."""
    window = fresh_window
    control = window.slider_panel.controls["capex_growth"]
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    spin = control.spin
    spin.setFocus()
    spin.lineEdit().selectAll()
    for char in "６０":                          # one key per character (QTest types Latin-1 only)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(spin, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                   Qt.KeyboardModifier.NoModifier, char))
    assert spin.lineEdit().text() == "６０"
    QTest.keyClick(spin, Qt.Key.Key_Return)
    window.controller.flush()
    assert window.controller.value("capex_growth") == 60
    assert parse_number("８．５", QLocale("en_US")) == 8.5
    assert parse_number("－５", QLocale("de_DE")) == -5
    assert parse_number("１\u3000０００", QLocale("fr_FR")) == 1000


def test_full_width_counts_and_targets_are_read_too(qapp):
    from gui.target_words import to_grammar
    from gui.widgets.count_spin import parse_count
    from model.analysis.goal_seek import parse_target
    assert parse_count("２０４８", QLocale("en_US")) == 2048
    target = parse_target(to_grammar("ｓｔｒｅｓｓ ＜ ５０ ｂｙ ２０３２"))
    assert (target.op, target.threshold, target.year) == ("<", 50.0, 2032)


@pytest.mark.parametrize("typed, read", [
    ("1\t2", None), ("10\t000", None), ("1\n000", None),      # two cells of a copied table
    ("1\u20092", None), ("1\u2009000", 1000), ("10\u2009000", 10_000),   # thin space
    ("10 000", 10_000), ("20 48", None)])
def test_count_and_value_boxes_read_spaces_by_one_rule(qapp, typed, read):
    """Hostile 24: the count box (Explore's scenarios) dropped every whitespace, so a pasted
    '1<tab>2' was 12 scenarios and '1<thin space>2' 12 too, while a value box refused both and
    refused '1<thin space>000' that the count box read as 1000. One rule now for both: a space
    (any Unicode space) between digits only groups thousands; a tab or line break inside makes
    it no number."""
    from gui.widgets.count_spin import parse_count
    for lang in ("en", "de", "fr"):
        locale = QLocale(lang)
        assert parse_count(typed, locale) == read, (lang, typed)
        assert parse_number(typed, locale) == (None if read is None else float(read)), \
            (lang, typed)

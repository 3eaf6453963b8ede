"""Typed and pasted values (a hostile-input pass, hostile18):

- `--horizon 99999999999` said 'invalid ascii_int value', a name of the code's, not what is
  allowed; now the horizon's own check names the allowed years (2030 to 2060);
- `sensitivity --top -1` was taken as 'print all' without a word (only 0 means all); now
  refused with what is allowed;
- a goal-seek target or Explore condition pasted from a document or a slide
  ('stress\\u00a0<\\u00a050', a minus sign U+2212) was 'cannot read target'; now its no-break
  and other Unicode spaces are spaces and U+2212 is '-', in English and German.
"""
from __future__ import annotations

import re

import pytest

from gui import i18n
from gui.target_words import to_grammar
from model.analysis.goal_seek import parse_target
from model.explore.condition import parse_condition


@pytest.mark.parametrize("year", ["99999999999", "1", "2029", "2061"])
def test_a_horizon_outside_the_years_names_the_allowed_ones(run_main, tmp_path, year):
    done = run_main("export", "--horizon", year, "--out", tmp_path / "o.csv")
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "ascii_int" not in done.stderr and "2030 to 2060" in done.stderr, done.stderr
    assert not (tmp_path / "o.csv").exists()


def test_a_negative_top_is_refused_before_any_run(run_main):
    done = run_main("sensitivity", "--headline", "bust_year", "--samples", "8", "--top", "-1")
    assert done.returncode == 2 and done.stdout == "", done.stdout
    assert "--top -1" in done.stderr and "0 (print every parameter)" in done.stderr


@pytest.mark.parametrize("lang", list(i18n.languages()))
@pytest.mark.parametrize("pasted, grammar", [
    ("stress\u00a0<\u00a050", "stress < 50"),
    ("coverage\u202f>=\u20091 by\u30002032", "coverage >= 1 by 2032"),
    ("debt < \u22125", "debt < -5"),
])
def test_a_target_pasted_from_a_document_reads_as_typed(qapp, lang, pasted, grammar):
    i18n.install(lang)
    try:
        assert to_grammar(pasted) == grammar
        parse_target(to_grammar(pasted))
        parse_condition(to_grammar(pasted))
    finally:
        i18n.install("en")


@pytest.mark.parametrize("pasted", ["60 %", "1e309", "\u0666\u0660", "7O"])
def test_a_pasted_text_that_is_no_number_is_refused_aloud(fresh_window, pasted):
    """Pasting '60 %' (copied from a table) into a value box did nothing and said nothing: Qt
    refused the whole paste, the box kept its old value and the user thought it was taken."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    window = fresh_window
    spin = window.slider_panel.controls["capex_growth"].spin
    before = window.controller.value("capex_growth")
    spin.setFocus()
    spin.lineEdit().selectAll()
    QApplication.clipboard().setText(pasted)
    spin.lineEdit().paste()
    assert spin.lineEdit().text() == pasted          # kept as pasted, not dropped
    QTest.keyClick(spin, Qt.Key.Key_Return)
    window.controller.flush()
    assert window.controller.value("capex_growth") == before
    status = window.status_label.text()
    assert pasted in status and "150" in status, status


def test_a_value_pasted_with_a_zero_width_space_is_taken(fresh_window):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    window = fresh_window
    spin = window.slider_panel.controls["capex_growth"].spin
    spin.setFocus()
    spin.lineEdit().selectAll()
    QApplication.clipboard().setText("\u200b70\u200b")
    spin.lineEdit().paste()
    QTest.keyClick(spin, Qt.Key.Key_Return)
    window.controller.flush()
    assert window.controller.value("capex_growth") == 70


def test_a_letter_typed_is_still_refused_at_the_keystroke(fresh_window):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    spin = fresh_window.slider_panel.controls["capex_growth"].spin
    spin.setFocus()
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin, "7a")
    assert spin.lineEdit().text() == "7"
    QTest.keyClick(spin, Qt.Key.Key_Escape)


def test_a_huge_note_with_direction_overrides_is_cut_and_made_visible_in_the_handout(qapp):
    """A compared snapshot with a pasted 2 MB note made a 289-page handout and froze the window
    for 75 s; a U+202E in a note reversed the rest of its line on paper. Now a note is cut to
    HANDOUT_NOTE_CHARS with its length noted and such characters are shown as U+FFFD."""
    import model
    from gui.handout import compare_html
    from gui.widgets.compare_table import CompareColumn
    from model import parameters as P
    from model.limits import HANDOUT_NOTE_CHARS
    results = model.simulate(P.defaults())
    note = "\u202eevil\x1b[31m " + "word " * 400_000
    html = compare_html([CompareColumn("A\u202e", P.defaults(), results, note),
                         CompareColumn("B", P.defaults(), results, "short")])
    assert "\u202e" not in html and "\x1b" not in html and "\ufffdevil" in html
    assert len(html) < 20 * HANDOUT_NOTE_CHARS
    assert re.search(r"2[,.]?000[,.]?011 characters", html)    # the note's full length, noted


@pytest.mark.parametrize("typed", ["2000000", "10", "20 48"])   # "20 48" was read as 2048
def test_a_number_of_scenarios_out_of_range_is_refused_aloud_and_holds_the_run_back_once(
        fresh_window, typed):
    """The Explore dock's number of scenarios was a plain QSpinBox: typing "2000000" (maximum
    1,000,000) left "200000", a tenth of the run asked for, and "10" (minimum 16) was put back
    to the previous number, both without a word; clicking Run then drew another number."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    feature = fresh_window.features["explore"]
    feature.show()
    panel = feature.panel
    panel.samples.setValue(4096)
    asked = []

    def ask(*args):
        asked.append(args)
    panel.runRequested.connect(ask)
    try:
        panel.samples.setFocus()
        panel.samples.lineEdit().selectAll()
        QTest.keyClicks(panel.samples, typed)
        assert panel.samples.lineEdit().text() == typed         # kept as typed
        QApplication.sendEvent(panel.samples, QFocusEvent(         # Run clicked: focus leaves
            QEvent.Type.FocusOut, Qt.FocusReason.MouseFocusReason))
        assert panel.samples.value() == 4096
        message = panel.message.text()
        assert typed in message and "16" in message and "4096" in message.replace(",", "")
        panel.request_run()
        assert asked == [] and panel.message.isVisible()        # held back once, said why
        panel.request_run()
        assert [a[1] for a in asked] == [4096]
    finally:
        panel.runRequested.disconnect(ask)


def test_a_number_of_processes_above_the_cores_is_refused_aloud_and_none_still_reads(
        fresh_window):
    """The Explore dock's worker processes were a plain QSpinBox: on a 2-core machine typing
    "8" did nothing at all (the keystroke was dropped) and nothing said why. It is now kept as
    typed and refused aloud, naming the allowed range; the word for 0 ('none') still reads."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    feature = fresh_window.features["explore"]
    feature.show()
    box = feature.panel.workers
    box.setValue(1)
    typed = str(box.maximum() + 6)

    def commit():
        QApplication.sendEvent(box, QFocusEvent(QEvent.Type.FocusOut,
                                                Qt.FocusReason.MouseFocusReason))
    box.setFocus()
    box.lineEdit().selectAll()
    QTest.keyClicks(box, typed)
    assert box.lineEdit().text() == typed
    commit()
    assert box.value() == 1
    message = feature.panel.message.text()
    assert typed in message and str(box.maximum()) in message
    box.setFocus()
    box.lineEdit().selectAll()
    QTest.keyClicks(box, box.specialValueText())
    commit()
    assert box.value() == 0


@pytest.mark.parametrize("typed, pointed", [("60,5", "60.5"), (" -0,25 ", "-0.25")])
def test_a_value_with_a_decimal_comma_is_told_to_use_a_point(typed, pointed):
    """'--set capex_growth=60,5' (a German habit) said '… is not a number written with ASCII
    digits', which it is: the message now names the comma and the number to write."""
    from model import parameters as P
    with pytest.raises(P.ParameterError) as caught:
        P.get("capex_growth").check(typed)
    assert "decimal comma" in str(caught.value) and f"e.g. {pointed}" in str(caught.value)


def test_a_comma_that_may_be_a_thousands_separator_is_not_called_a_decimal_comma():
    from model import parameters as P
    with pytest.raises(P.ParameterError) as caught:
        P.get("capex_growth").check("1,000")
    assert "decimal comma" not in str(caught.value)

"""Goal-seek targets and Explore conditions typed in German read as the model's grammar."""
import pytest

from gui import i18n
from gui.target_words import to_grammar
from model.analysis.goal_seek import parse_target
from model.explore.condition import parse_condition


@pytest.fixture
def german(qapp):
    i18n.install("de")
    yield
    i18n.install("en")


@pytest.mark.parametrize("typed, grammar", [
    ("Deckungsgrad >= 1,5 bis 2032", "coverage >= 1.5 by 2032"),
    ("kein Einbruch vor 2035", "no bust before 2035"),
    ("nicht Deckungsgrad >= 1 einmal bis 2032", "not coverage >= 1 once by 2032"),
    ("UMSATZ >= 2000 ab 2030", "revenue >= 2000 from 2030"),
    ("Einbruch bis 2030", "bust by 2030"),
    # English keeps working, and column names are never translated
    ("coverage >= 1 by 2032", "coverage >= 1 by 2032"),
    ("capex_total_busd >= 1000 by 2030", "capex_total_busd >= 1000 by 2030"),
])
def test_german_words_read_as_the_grammar(german, typed, grammar):
    assert to_grammar(typed) == grammar
    parse_condition(to_grammar(typed))          # and the model can read it


def test_a_german_target_means_the_same_as_the_english_one(german):
    german_target = parse_target(to_grammar("Stromlücke == 0 bis 2030"))
    english_target = parse_target("shortfall == 0 by 2030")
    assert (german_target.column, german_target.op, german_target.threshold, german_target.when,
            german_target.year) == (english_target.column, english_target.op,
                                    english_target.threshold, english_target.when,
                                    english_target.year)


def test_in_english_a_comma_is_not_a_decimal_point(qapp):
    i18n.install("en")
    assert to_grammar("coverage >= 1,5 by 2032") == "coverage >= 1,5 by 2032"


def test_ready_made_targets_are_shown_in_german_and_read_back(german):
    from gui.target_words import from_grammar
    from model.analysis.goal_seek import TEMPLATES
    for _label, expression in TEMPLATES:
        filled = expression.format(year=2032, level=50)
        shown = from_grammar(filled)
        assert to_grammar(shown) == filled
    assert from_grammar("no bust before 2035") == "kein Einbruch vor 2035"


@pytest.mark.parametrize("lang, typed, threshold", [
    ("de", "capex > 1.000", 1000.0),          # the German thousands point: it was 1.0
    ("de", "capex > 1.000,5 bis 2030", 1000.5),
    ("de", "Deckungsgrad >= 0,95 bis 2032", 0.95),
    ("en", "capex > 1.000", 1.0),             # a point is a decimal point in English
    ("en", "coverage >= 1.5 by 2032", 1.5),
])
def test_a_number_in_a_target_is_read_as_a_value_box_reads_it(qapp, lang, typed, threshold):
    """A German 'Capex > 1.000' sought a capex of 1 $B: the target read '1.000' as 1.0 where the
    value boxes (and every German reader) read 1000. Numbers in targets are now read as the value
    boxes read them, in the interface's language (an English comma stays refused, above)."""
    from gui.widgets.value_spin import parse_number
    from PySide6.QtCore import QLocale
    i18n.install(lang)
    try:
        number = typed.split()[2]
        assert parse_number(number, QLocale()) == threshold        # as the value box reads it
        assert parse_target(to_grammar(typed)).threshold == threshold
    finally:
        i18n.install("en")


@pytest.mark.parametrize("typed", ["stress < 50\u200b", "\ufeffstress < 50", "stress\u2060< 5\u200b0"])
def test_invisible_characters_of_a_copy_are_not_read_in_a_target(qapp, typed):
    """A target copied from a web page with a zero-width space was refused as unreadable (its
    message quoted '\\u200b', which the field does not show); the value boxes drop them."""
    assert parse_target(to_grammar(typed)).threshold == 50

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

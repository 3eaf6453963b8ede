"""The condition grammar of scenario discovery (model/explore/condition.py): goal-seek's targets
plus "bust before/by YEAR", "bust" and "not …", judged on a simulated batch."""
import numpy as np
import pytest

from model import simulate
from model.explore.condition import ConditionError, parse_condition
from model.explore.sampling import make_ranges, scenario_rows


@pytest.fixture(scope="module")
def batch():
    """300 scenarios spread over every range, and their results."""
    matrix = scenario_rows(make_ranges(), seed=11, start=0, count=300)
    return simulate(matrix)


def bust_years(results):
    years = np.asarray(results["bust_year"], dtype=float)
    return np.where(years > 0, years, np.inf)          # no bust: never


@pytest.mark.parametrize("text, expected", [
    ("bust before 2030", lambda b: b < 2030),
    ("bust by 2032", lambda b: b <= 2032),
    ("bust", lambda b: np.isfinite(b)),
    ("no bust before 2030", lambda b: b >= 2030),
    ("not bust by 2032", lambda b: b > 2032),
    ("NOT  no bust", lambda b: np.isfinite(b)),
])
def test_bust_conditions_judge_the_bust_year(batch, text, expected):
    cond = parse_condition(text)
    got = cond.holds(cond.figure(batch))
    want = expected(bust_years(batch))
    assert want.any() and not want.all(), "the batch should hold both outcomes"
    np.testing.assert_array_equal(got, want)


def test_a_negated_target_is_the_complement_and_judges_the_same_figure(batch):
    plain = parse_condition("coverage >= 1 by 2032")
    negated = parse_condition("not coverage >= 1 by 2032")
    assert plain.column == negated.column
    coverage = batch["fullcost_coverage_ratio"][:, list(batch.years).index(2032)]
    np.testing.assert_array_equal(plain.holds(plain.figure(batch)), coverage >= 1)
    np.testing.assert_array_equal(negated.holds(negated.figure(batch)), coverage < 1)


def test_figure_columns_tell_apart_what_differs_and_share_what_does_not():
    col = lambda t: parse_condition(t).column          # noqa: E731
    assert col("stress < 50") == col("stress <= 70") != col("stress > 50")
    assert col("coverage >= 1 by 2032") == col("coverage < 2 by 2032") != col("coverage >= 1 by 2030")
    assert col("bust before 2030") == col("no bust") == "bust_year"


@pytest.mark.parametrize("text, names", [
    ("bust after 2030", "bust after 2030"), ("", "empty"), ("not", "not"),
    ("bust before 2099", "2099"), ("growth > 1", "growth"),
])
def test_bad_conditions_raise_one_line_naming_what_is_wrong(text, names):
    with pytest.raises(ConditionError) as info:
        parse_condition(text)
    message = str(info.value)
    assert names in message and "\n" not in message
    assert "bust before" in message or "outside" in message or "unknown" in message

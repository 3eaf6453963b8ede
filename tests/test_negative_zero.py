"""A typed '-0' is 0: the parameter check, a snapshot file, the goal-seek target and the value box
normalise it, so no scenario code, file, message or box writes '-0'; and a figure computed as a
negative zero (or rounding to zero from below) is written without a sign, in English and German."""
from __future__ import annotations

import json
import math
import re

import pytest

from gui import format as fmt
from gui import i18n
from gui.widgets.value_spin import parse_number
from model import outputs
from model import parameters as P
from model.analysis.goal_seek import parse_target
from model.store import snapshot as S

MINUSES = ("-", "\u2212")       # ASCII hyphen-minus and the typographic minus sign


def positive_zero(value: float) -> bool:
    """True for +0.0 only (-0.0 == 0.0 in Python, but copysign tells them apart)."""
    return value == 0 and math.copysign(1.0, value) == 1.0


@pytest.mark.parametrize("typed", ["-0", "-0.0", " -0 ", "-0e5", -0.0])
def test_the_parameter_check_reads_minus_zero_as_zero(typed):
    param = P.get("capex_growth")          # range 0 to 150: 0 is allowed
    assert param.min <= 0 <= param.max
    assert positive_zero(param.check(typed))


def test_a_negative_value_stays_negative():
    param = P.get("capex_growth_long_run")      # range -5 to 15
    assert param.check("-2.5") == -2.5


def test_minus_zero_on_the_command_line_writes_no_minus_zero(tmp_path, run_main):
    out = tmp_path / "s.json"
    done = run_main("snapshot", "--name", "z", "--set", "capex_growth=-0", "--out", out)
    assert done.returncode == 0, done.stderr
    assert "=-0" not in done.stdout and "AICX1:0=0:" in done.stdout     # the scenario code
    assert json.loads(out.read_text(encoding="utf-8"))["parameters"]["capex_growth"] == 0
    assert "-0" not in out.read_text(encoding="utf-8").split('"parameters"')[1].split("}")[0]
    export = tmp_path / "e.json"
    assert run_main("export", "--set", "capex_growth=-0", "--out", export).returncode == 0
    assert '"capex_growth": -0' not in export.read_text(encoding="utf-8")


def test_a_snapshot_file_holding_minus_zero_loads_as_zero(tmp_path):
    path = tmp_path / "z.json"
    S.save(S.create("z", {"capex_growth": 10.0}), path)
    text = re.sub(r'"capex_growth": 10(\.0)?', '"capex_growth": -0.0', path.read_text(encoding="utf-8"))
    assert '"capex_growth": -0.0' in text
    path.write_text(text, encoding="utf-8")
    assert positive_zero(S.load(path).parameters["capex_growth"])


def test_a_goal_seek_target_of_minus_zero_is_zero(run_main):
    assert positive_zero(parse_target("coverage >= -0 by 2032").threshold)
    done = run_main("goal-seek", "--lever", "capex_growth", "--target", "coverage < -0 by 2032")
    assert done.returncode in (0, 1), done.stderr
    assert "< 0 in 2032" in done.stdout and "-0" not in done.stdout


def test_the_command_line_writes_a_negative_zero_figure_without_its_sign():
    from cli.goal_seek import written
    assert written(-0.0, ".2f") == "0.00"
    assert written(-0.001, ".2f") == "0.00"        # rounds to zero from below
    assert written(-0.0, "g") == "0"
    assert written(-0.01, ".2f") == "-0.01"         # a real negative keeps its sign
    assert written(-2.5, "g") == "-2.5"


@pytest.mark.parametrize("typed", ["-0", "\u22120", "-0,0", "-0.0"])
def test_the_value_box_reads_minus_zero_as_zero(typed):
    from PySide6.QtCore import QLocale
    for locale in (QLocale("en_US"), QLocale("de_DE")):
        assert positive_zero(parse_number(typed, locale))


@pytest.fixture(params=list(i18n.languages()))
def lang(qtbot, request):
    """Install the language of the test's parameter; English again afterwards."""
    assert i18n.install(request.param) == request.param
    yield request.param
    i18n.install("en")


@pytest.mark.parametrize("amount", [-0.0, -1e-9, -0.004])
def test_the_formatter_writes_a_negative_zero_result_without_a_sign(lang, amount):
    written = [fmt.number(amount), fmt.number(amount, 2), fmt.whole(amount),
               fmt.trimmed(amount), fmt.percent(amount / 100)]
    # money, power, years and the index are written to fixed decimals: -0.004 is '0'; other units
    # to three significant digits, where only an exact (negative) zero is written as zero
    fixed = [u for u in outputs.UNITS if u in ("busd", "busd_per_year", "gw", "year", "index")]
    assert len(fixed) == 5
    written += [fmt.value(amount, unit) for unit in fixed]
    written += [fmt.value(-0.0, unit) for unit in outputs.UNITS]
    written += [fmt.signed(amount, unit) for unit in ("year", "index", "busd", "gw")]
    written += [fmt.param_number(P.get("capex_growth"), amount)]
    for text in written:
        assert not text.lstrip("±").startswith(MINUSES), (amount, text)
    assert not fmt.significant(-0.0).startswith(MINUSES)

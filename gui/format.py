"""The one number formatter of the window: every number a user reads on screen is written here.

The model hands over numbers and unit keys (model.outputs.UNITS: 'busd', 'gw', 'year', 'pct_gdp',
'pp', 'ratio', 'points', 'index', …); this module writes them in the installed QLocale — the
interface language's locale, set by gui.i18n.install — so the decimal point, the thousands
separator and the digits follow the language, and the words around the numbers ('$4.20T' /
'4,20 Bio. $', '+2 yr' / '+2 J.') come from the translation files. Headline strip, compare table,
snapshot list, hover readout, status bar, axis ticks, tornado and attribution charts all call it;
nothing else formats a number for display. Adding a language needs no change here.
"""
from __future__ import annotations

import math
import re
from typing import Optional

from PySide6.QtCore import QCoreApplication, QLocale

from model import engine, outputs
from model.analysis import metrics
from model.parameters import Parameter
from model.view import decimals

from . import text

_RANGE_HYPHEN = re.compile(r"(?<=\d)-(?=\d)")   # '0-100': a range between two numbers

MISSING = "—"       # a value that is not there (no number, no meaning attached)


def _locale(grouped: bool = True) -> QLocale:
    """The installed locale (QLocale's default); without thousands separator if not `grouped`."""
    loc = QLocale()
    if not grouped:
        loc.setNumberOptions(loc.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return loc


def groups_thousands() -> bool:
    """True if the installed locale writes a thousands separator (German '29.200'); the
    untranslated (source-language) interface writes '29200', as files and the command line do."""
    return not QLocale().numberOptions() & QLocale.NumberOption.OmitGroupSeparator


def number(value: float, places: int = 0, grouped: bool = True) -> str:
    """`value` with `places` decimals in the installed locale ('1234.5' / '1.234,5'); a value
    that rounds to zero is written without a sign ('0.0', never '-0.0')."""
    value = float(value)
    if round(value, places) == 0:
        value = 0.0
    return _locale(grouped).toString(value, "f", places)


def count(value: int) -> str:
    """A count quoted in a message (characters, bytes, scenarios, rows) with the thousands
    separator in every language: '40,000' in English, as the command line's messages write it
    ('{length:,}'), '40.000' in German. (number() leaves the source language's figures
    ungrouped, as files write them; a count in a sentence is read, not copied.)"""
    loc = QLocale(QLocale().language(), QLocale().territory())
    loc.setNumberOptions(QLocale().numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return loc.toString(int(value))


def whole(value: float) -> str:
    """A year or index as a whole number, never grouped: '2031', '42'."""
    return number(value, 0, grouped=False)


def significant(value: float, digits: int = 3) -> str:
    """`value` to `digits` significant digits in the installed locale: '0.92', '12.3', '1.23e+03'."""
    return _locale().toString(float(value), "g", digits)


def trimmed(value: float, places: int = 1) -> str:
    """`value` with at most `places` decimals, trailing zeros dropped: '1.5', '3' ('1,5' in German)."""
    written = number(value, places)
    point = _locale().decimalPoint()
    if point in written:
        written = written.rstrip("0").rstrip(point)
    return written


def percent(share: float) -> str:
    """A share (0 to 1) as a whole percentage: '42 %' (the locale's digits and percent sign)."""
    return f"{number(100 * share, 0)} {_locale().percent()}"


def param_number(p: Parameter, value: float) -> str:
    """A parameter value (table units) with at most the decimals of its step, trailing zeros
    dropped, and no unit: '75', '7.5', '5.55', '29200' (German '7,5', '29.200'). (Steps are
    fine, e.g. 0.05 years, so fixed decimals would write every default as '5.50'.) A negative
    value has the minus sign (U+2212) every other change on screen has: '−5', not '-5'."""
    return trimmed(value, decimals(p)).replace("-", "\u2212")


def unit_label(unit: str) -> str:
    """The displayed label of a unit key, translated: 'busd' -> '$B', 'index' -> '0–100'
    (a range's hyphen, the files' ASCII, written as the en dash the axes use)."""
    return _RANGE_HYPHEN.sub("\u2013", text.tr(outputs.UNITS.get(unit, unit)))


def writes_unit(unit: str) -> bool:
    """True if `value` writes a figure in this unit key with its unit ('$4.96T', '9.3 GW'),
    False for the bare numbers of years and the 0-100 index ('2031', '42'): a table that
    names the unit in its row header does so only for the latter."""
    return unit not in ("year", "index")


def value(amount: Optional[float], unit: str, missing: str = MISSING) -> str:
    """A number in a unit key as shown: money ('busd', 'busd_per_year') as '$950B' / '$4.20T',
    power as '12.5 GW', years and the 0-100 index whole ('2031', '42'), anything else to three
    significant digits with its unit label ('0.92 ratio'). `missing` when `amount` is None."""
    if amount is None:
        return missing
    return _in_unit(amount, unit, whole, lambda x: number(x, 2), number,
                    lambda x: number(x, 1), 3)


def _in_unit(amount: float, unit: str, plain, trillions, billions, power,
             digits: int) -> str:
    """`amount` in unit key `unit`, each kind written by the function given (value and
    precise_value differ only in how finely they write it): `plain` for years and index
    points, `trillions` / `billions` for money from / below $1T, `power` for GW, `digits`
    significant digits for anything else."""
    if not writes_unit(unit):
        return plain(amount)
    if unit in ("busd", "busd_per_year"):
        if abs(amount) >= 1000:
            return text.tr("${0}T").format(trillions(amount / 1000))
        return text.tr("${0}B").format(billions(amount))
    if unit == "gw":
        return f"{power(amount)} {unit_label(unit)}"
    return f"{significant(amount, digits)} {unit_label(unit)}"


def shown_amount(amount: float, unit: str) -> float:
    """`amount` (in unit key `unit`) rounded as `value` writes it, as a number: whole years and
    index points, tenths of a GW, whole $B below $1T and hundredths of $T from $1T on, three
    significant digits otherwise. Rounded as the locale writes it (halves away from zero)."""
    def rounded(x: float, places: int) -> float:
        return float(QLocale.c().toString(float(x), "f", places))
    if not writes_unit(unit):
        return rounded(amount, 0)
    if unit in ("busd", "busd_per_year"):
        return (rounded(amount / 1000, 2) * 1000 if abs(amount) >= 1000
                else rounded(amount, 0))
    if unit == "gw":
        return rounded(amount, 1)
    return float(QLocale.c().toString(float(amount), "g", 3))


def change_step(unit: str, *amounts: float) -> Optional[float]:
    """The step in which a change of figures in unit key `unit` is written, given the figures
    and parts `amounts` it is written beside: a whole year or index point, a tenth of a GW,
    a whole $B, or $10B once any of them is written in $T ('$5.67T' → '$6.00T' is '+$330B').
    None for a unit whose figures have no fixed step (three significant digits)."""
    if not writes_unit(unit) or unit == "year":
        return 1.0
    if unit == "gw":
        return 0.1
    if unit in ("busd", "busd_per_year"):
        return 10.0 if any(abs(x) >= 1000 for x in amounts) else 1.0
    return None


def shown_change(current: float, baseline: float, unit: str) -> float:
    """THE change of a figure wherever it is shown (headline card, 'What changed?', its 'Why?'
    bars, the handout): the difference of the two figures as written (shown_amount), so a room
    can check it from the two figures: '12' then '8' is −4, not −3.4 (11.6 → 8.2). (One rule:
    the card read '−4' beside 'What changed?'s '−3.4 pts'.)"""
    delta = shown_amount(current, unit) - shown_amount(baseline, unit)
    step = change_step(unit, current, baseline)
    return delta if step is None else round(delta / step) * step


def shown_parts(parts: list[float], change: float, unit: str) -> list[float]:
    """The parts of a change (the 'Why?' bars' Shapley values, which add up to the exact
    change) rounded to one step (change_step) so that, as written, they add up to `change` as
    shown (shown_change): each part to its nearest step, then the few steps still missing or
    extra given to the parts whose rounding was closest to going the other way (largest
    remainders, Hamilton's method), never turning a part's sign while another can take the
    step. Hand-made: a dozen lines, no library writes an apportionment of signed parts.
    Unchanged when the unit has no step."""
    step = change_step(unit, change, *parts)
    if step is None or not parts:
        return list(parts)
    quotas = [p / step for p in parts]
    steps = [math.floor(q + 0.5) for q in quotas]
    missing = round(change / step) - sum(steps)
    while missing:
        up = missing > 0

        def keep_sign(i: int) -> bool:
            moved = steps[i] + (1 if up else -1)
            return moved == 0 or (moved > 0) == (quotas[i] > 0) or quotas[i] == 0
        fits = [i for i in range(len(steps)) if keep_sign(i)] or list(range(len(steps)))
        pick = (max if up else min)(fits, key=lambda i: quotas[i] - steps[i])
        steps[pick] += 1 if up else -1
        missing += -1 if up else 1
    return [k * step for k in steps]


def missing_text(meaning: str, end_year: int) -> str:
    """What a headline without a value shows: 'not by 2050' ('not_by_end') or 'none'."""
    if meaning == "not_by_end":
        return text.tr("not by {end}").format(end=end_year)
    return text.tr("none")


def headline(h) -> str:
    """A headline figure (model.outputs.Headline, or a snapshot's SavedHeadline) as shown:
    '$4.20T', '12.5 GW', '2031', 'none', 'not by 2050'."""
    if h.value is not None:
        return value(h.value, h.unit)
    meaning = getattr(h, "missing", None) or outputs.HEADLINE_INFO.get(h.key, ("", "", None, ""))[3]
    return missing_text(meaning, getattr(h, "end_year", 0) or engine.DEFAULT_END_YEAR)


def headline_value(key: str, amount: float, end_year: int = engine.DEFAULT_END_YEAR) -> str:
    """A headline figure from a batch of model runs (model.analysis.metrics: the model's
    stand-ins for 'never'/'none' are written as such): '$4.20T', 'none', 'not by 2050'."""
    label, unit, _, meaning = outputs.HEADLINE_INFO[key]
    if metrics.is_stand_in(key, amount, end_year):
        return missing_text(meaning, end_year)
    return value(amount, unit)


def headline_change(current, baseline, written: Optional[tuple[str, str]] = None
                    ) -> tuple[str, int]:
    """The change of a headline against the baseline as shown, and its direction (+1 better,
    -1 worse, 0 neither; model.outputs.headline_direction): '±0', '+2 yr', '−$120B',
    'was 2031' (one of the two has none). The change is that of the two figures as written
    (shown_amount), so a room can check it: '12' then '7' is '−5'.
    `written`: (headline(current), headline(baseline)) if the caller has them already."""
    direction = outputs.headline_direction(current, baseline)
    a, b = current.value, baseline.value
    now, then = written or (None, None)
    if a is not None and b is not None and a != b and now is None:
        now, then = headline(current), headline(baseline)
    # Equal as shown is no change: a difference below the display's precision (e.g. 1e-14
    # relative, between the compiled loop and its plain-Python form) must not read "−0".
    if a == b or (a is not None and b is not None and now == then):
        return text.tr("±0"), 0
    if a is None or b is None:
        beyond = past_end_change(current, baseline)
        if beyond:
            return beyond, direction
        # no bust here and one in the baseline, or the other way round: name the baseline's
        # figure ('none' beside 'none' said nothing; '2029' beside '2029' repeated the figure)
        return text.tr("was {0}").format(then or headline(baseline)), direction
    # The change of the figures as written: '12' beside a baseline of '12' then '7' reads
    # '−5', not '−4' (11.79 → 7.31), and '11.1 GW' then '4.2 GW' reads '−6.9 GW', not '−6.8'.
    delta = shown_change(a, b, current.unit)
    if delta == 0:
        return text.tr("±0"), 0
    if current.unit == "year":
        return years_text(delta), direction
    return ("+" + value(delta, current.unit) if delta > 0
            else "−" + value(-delta, current.unit)), direction


def years_text(delta: float) -> str:
    """A change of years with its sign: '+2 yr', '−3 J.' (the same minus sign, U+2212, as
    every other change on screen)."""
    return text.tr("{0} yr").format(f"{delta:+.0f}".replace("-", "−"))


def past_end_change(current, baseline) -> str:
    """The change of a year that one of the two scenarios reaches only after the run's end
    ('not by 2050'): at least the years to the end, '> +18 yr' (2032 → not by 2050) or
    '< −10 yr' (not by 2050 → 2040); '' for any other pair (the card read 'not by 2050 none')."""
    a, b = current.value, baseline.value
    if current.unit != "year" or (a is None) == (b is None):
        return ""
    missing = current if a is None else baseline
    meaning = getattr(missing, "missing", None) or outputs.HEADLINE_INFO.get(
        missing.key, ("", "", None, ""))[3]
    if meaning != "not_by_end":
        return ""
    end = getattr(missing, "end_year", 0) or engine.DEFAULT_END_YEAR
    return ("> " + years_text(end - b)) if a is None else ("< " + years_text(a - end))


def precise_value(amount: float, unit: str) -> str:
    """A number in unit key `unit` one to two digits finer than `value` writes it, for a
    tooltip that gives a rounded figure exactly: years and index points to hundredths
    ('0.37'), GW to hundredths ('1.04 GW'), money in $B to tenths below $1T ('$12.4B') and in
    $T to thousandths from $1T on ('$4.203T'), anything else to five significant digits."""
    return _in_unit(amount, unit, lambda x: trimmed(x, 2), lambda x: trimmed(x, 3),
                    lambda x: trimmed(x, 1), lambda x: trimmed(x, 2), 5)


def signed(amount: float, unit: str, precise: bool = False) -> str:
    """A part of a change with its sign: '+3 yr', '−$120B', '+1.5 GW', '−4 pts', '+1 pt',
    '±0 pts'; with `precise`, written as precise_value writes it ('+0.37 pts', '−$4.6B'),
    for the tooltip of a part whose rounded text reads '±0'."""
    size = abs(amount)
    if precise:
        written, zero = precise_value(size, unit), precise_value(0.0, unit)
    else:
        written = value(size, unit) if writes_unit(unit) else trimmed(size)
        zero = value(0.0, unit) if writes_unit(unit) else trimmed(0.0)
    # the sign of what is written: a change that rounds to nothing is '±0', never '−0'
    sign = "±" if written == zero else "+" if amount > 0 else "−"
    if unit == "year":
        return QCoreApplication.translate("Attribution", "{0}{1} yr").format(sign, written)
    if unit == "index":
        if written == trimmed(1.0):            # '+1 pt', not '+1 pts' (the 'Why?' bars)
            return QCoreApplication.translate("Attribution", "{0}{1} pt").format(sign, written)
        return QCoreApplication.translate("Attribution", "{0}{1} pts").format(sign, written)
    return sign + written


def axis_ticks(strings: list[str], year_axis: bool = False) -> list[str]:
    """pyqtgraph's tick strings ('1000', '2.5', '1e+06') rewritten in the installed locale with
    the same decimals ('1.000', '2,5' in German; unchanged in the source language); a year
    axis never gets a thousands separator."""
    point = _locale().decimalPoint()
    out = []
    for s in strings:
        try:
            amount = float(s)
        except ValueError:
            out.append(s)
            continue
        if "e" in s.lower():
            out.append(s.replace(".", point))
            continue
        places = len(s.split(".")[1]) if "." in s else 0
        out.append(number(amount, places, grouped=not year_axis))
    return out

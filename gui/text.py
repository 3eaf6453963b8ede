"""Every user-visible text that comes from the model's tables, routed through one place.

Parameter labels and descriptions, column labels, group titles and headline labels come from
the model's tables in English; a translation plugs in here (and only here).
"""
from __future__ import annotations

import re
from typing import Optional

from PySide6.QtCore import QCoreApplication

from model import outputs, view
from model.parameters import Parameter

CONTEXT = "ModelText"
_language = "en"     # set by gui.i18n.install: how numbers are written ('en' or 'de')


def tr(text: str, context: str = CONTEXT) -> str:
    """Translate `text` in `context` (identity until a translation is installed)."""
    return QCoreApplication.translate(context, text)


def set_language(lang: str) -> None:
    """Write numbers the way `lang` ('en' or 'de') does from now on (called by gui.i18n)."""
    global _language
    _language = lang


def language() -> str:
    """The interface language numbers are written in: 'en' or 'de'."""
    return _language


def number(p: Parameter, value: float) -> str:
    """A parameter value without unit in the interface language, e.g. '7.5' / '7,5'."""
    return view.format_number(p, value, _language)


def plain_number(text: str) -> str:
    """An English-formatted number string ('1,234.5') in the interface language ('1.234,5')."""
    return view.localize_number(text, _language)


def value_text(value: Optional[float], unit: str, none_text: str = "—") -> str:
    """A result value with its unit in the interface language ('$4.11T' / '4,11 Bio. $')."""
    return outputs.format_value(value, unit, none_text, _language, unit_text=tr(unit))


def param_label(p: Parameter) -> str:
    """The parameter's short label, e.g. 'Capex growth'."""
    return tr(p.label)


def param_unit(p: Parameter) -> str:
    """The parameter's unit, e.g. '% per year'."""
    return tr(p.unit)


def param_description(p: Parameter) -> str:
    """The parameter's one-paragraph description."""
    return tr(p.description)


def param_value_text(p: Parameter, value: float) -> str:
    """A value with its unit, e.g. '75 % per year'."""
    return f"{number(p, value)} {param_unit(p)}"


def param_tooltip(p: Parameter) -> str:
    """Rich-text tooltip: description, default and range, source labels."""
    sources = "; ".join(tr(part.strip()) for part in p.source.split(";"))   # 'assumption'
    source = tr("Sources: {0}", "ParameterTooltip").format(sources) if p.source else ""
    default = tr("Default {0}; range {1} to {2} {3}", "ParameterTooltip").format(
        number(p, p.default), number(p, p.min), number(p, p.max), param_unit(p))
    return (f"<p><b>{param_label(p)}</b></p><p>{param_description(p)}</p>"
            f"<p>{default}<br/><i>{source}</i></p>")


GROUP_TITLES = {
    "primary": "Main levers", "capex": "Capex", "power": "Power", "monetization": "Monetization",
    "hardware": "Hardware", "financing": "Financing", "investors": "Investors",
    "macro": "Macroeconomy", "regions": "Regions",
}


def group_title(group: str) -> str:
    """Display title of a parameter group."""
    return tr(GROUP_TITLES.get(group, group.title()))


def headline_label(h: outputs.Headline) -> str:
    """Label of a headline figure, e.g. 'Peak debt'."""
    return tr(h.label)


def headline_text(h: outputs.Headline) -> str:
    """The headline's value as shown ('$4.11T', 'none', 'not by 2050'; German '4,11 Bio. $')."""
    if h.value is not None:
        return h.text(_language)
    template = outputs.HEADLINE_INFO.get(h.key, ("", "", None, h.none_text))[3]
    end = re.search(r"\d{4}", h.none_text)
    if "{end}" in template and end:
        return tr(template).format(end=end.group(0))
    return tr(h.none_text)


def headline_change(current: outputs.Headline, baseline: outputs.Headline) -> tuple[str, int]:
    """The change against the baseline as shown, and its direction (see outputs.headline_change)."""
    change, direction = outputs.headline_change(current, baseline, _language)
    return (tr(change) if change in ("±0", "none") else change), direction


def preset_name(name: str) -> str:
    """A preset's display name."""
    return tr(name, "Presets")


def preset_description(description: str) -> str:
    """A preset's one-paragraph description."""
    return tr(description, "Presets")


def storyline_text(source: str) -> str:
    """A storyline's title, description, step title or narration in the interface language;
    storyline files are data, so a text without a translation is shown as written."""
    return tr(source, "Storylines")

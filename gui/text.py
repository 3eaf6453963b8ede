"""Every user-visible text that comes from the model's tables, routed through one place.

Parameter labels and descriptions, column labels, group titles and headline labels come from
the model's tables in English; a translation plugs in here (and only here). Numbers are written
by gui/format.py.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from model import outputs
from model import parameters as P
from model.parameters import Parameter

from . import format as fmt

CONTEXT = "ModelText"


def tr(text: str, context: str = CONTEXT) -> str:
    """Translate `text` in `context` (identity until a translation is installed)."""
    return QCoreApplication.translate(context, text)


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
    return f"{fmt.param_number(p, value)} {param_unit(p)}"


def param_tooltip(p: Parameter) -> str:
    """Rich-text tooltip: description, default and range, source labels."""
    sources = "; ".join(tr(part.strip()) for part in p.source.split(";"))   # 'assumption'
    source = tr("Sources: {0}", "ParameterTooltip").format(sources) if p.source else ""
    default = tr("Default {0}; range {1} to {2} {3}", "ParameterTooltip").format(
        fmt.param_number(p, p.default), fmt.param_number(p, p.min),
        fmt.param_number(p, p.max), param_unit(p))
    return (f"<p><b>{param_label(p)}</b></p><p>{param_description(p)}</p>"
            f"<p>{default}<br/><i>{source}</i></p>")


def group_title(group: str) -> str:
    """Display title of a parameter group (model.parameters.GROUPS, translated)."""
    return tr(P.GROUPS.get(group, group.title()))


def headline_label(h: outputs.Headline) -> str:
    """Label of a headline figure, e.g. 'Peak debt'."""
    return tr(h.label)


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

"""The panel registry: every plot panel of the window, once, as data (no Qt, no display).

The plot grid (gui/widgets/plot_grid.py), presentation mode, the storyline checks
(model/storyline.py), the image exports and the docs all read this registry; adding a panel
is adding a `Panel` here (and, if it is new, the model's column in model/engine.py and
model/outputs.py). Titles, axis labels and legend names are English source strings: the GUI
translates them (context "PlotGrid"; `short` in context "Presentation"), the model never
shows them. Colours are palette names (gui/palette.py: "blue", "vermillion", … or "fg" for
the text colour), resolved by the GUI.

    from model import panels
    panels.keys()                      # ('capex', 'power', …) in reading order
    panels.find("power").key_column    # 'power_demand_us_gw'
    panels.register(Panel(...))        # a new panel, at the end (or before= another key)

    python -m model.panels             # list the registered panels
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .outputs import COLUMN_INFO

MAX_PRESENTED = 4      # panels at most in presentation mode and in one storyline step


class PanelError(ValueError):
    """A panel key or definition that cannot be used; the message says what is allowed."""


@dataclass(frozen=True)
class Series:
    """One result column drawn in a panel: its palette colour name, its legend name (English
    source string), whether the area is hatched and the line width in pixels."""

    column: str
    color: str
    legend: str
    hatched: bool = False
    width: float = 2.5


@dataclass(frozen=True)
class Panel:
    """One plot panel.

    key          stable name (storyline files, presentation, exports use it)
    title        panel title; `short` a one-word name for choosers (English source strings)
    axis_label   left axis label, e.g. '$B per year'; `right_label` of the right-hand axis
    stack        columns drawn as stacked areas (bottom first); `lines` as lines on the left
                 axis; `right` as lines on a right-hand axis
    shortfall    (need column, have column, legend): the gap between them is shaded
    baseline     columns (or STACK_TOP, the top of the stack) drawn for the baseline
    key_column   the one column compare curves and uncertainty bands show
    y_range      a fixed y range (low, high) in the column's unit; None: automatic
    zero_based   the automatic y axis always includes zero
    mark_bust    draw the bust year as a vertical line
    visible      shown in the normal grid (False: only on request, e.g. presentation)
    presentation rank among the panels presentation mode shows first (None: not among them)
    """

    key: str
    title: str
    short: str
    axis_label: str
    key_column: str
    stack: tuple[Series, ...] = ()
    lines: tuple[Series, ...] = ()
    right: tuple[Series, ...] = ()
    right_label: str = ""
    shortfall: Optional[tuple[str, str, str]] = None
    baseline: tuple[str, ...] = ()
    y_range: Optional[tuple[float, float]] = None
    zero_based: bool = True
    mark_bust: bool = False
    visible: bool = True
    presentation: Optional[int] = None

    @property
    def unit(self) -> str:
        """The unit key of the panel's key column (model/outputs.py COLUMN_INFO)."""
        return COLUMN_INFO[self.key_column][1]

    def series(self) -> tuple[Series, ...]:
        """Every drawn series: stacked areas, left lines, right lines."""
        return self.stack + self.lines + self.right

    def columns(self) -> tuple[str, ...]:
        """Every result column the panel reads (series, shortfall, baseline, key column)."""
        found = [s.column for s in self.series()] + [self.key_column]
        if self.shortfall:
            found += list(self.shortfall[:2])
        found += [c for c in self.baseline if c != STACK_TOP]
        return tuple(dict.fromkeys(found))


STACK_TOP = "<stack>"      # a baseline entry meaning "the top of the stacked areas"

_REGISTRY: dict[str, Panel] = {}


def register(panel: Panel, before: Optional[str] = None) -> None:
    """Add `panel` at the end of the reading order, or just before panel `before`.
    Raises PanelError for a key already registered, an unknown `before` or a column the
    model does not compute."""
    if panel.key in _REGISTRY:
        raise PanelError(f"panel {panel.key!r} is registered already")
    unknown = [c for c in panel.columns() if c not in COLUMN_INFO]
    if unknown:
        raise PanelError(f"panel {panel.key!r}: unknown result column {unknown[0]!r} "
                         "(columns are listed in model/outputs.py COLUMN_INFO)")
    if before is None:
        _REGISTRY[panel.key] = panel
        return
    find(before)
    items = list(_REGISTRY.items())
    at = [k for k, _ in items].index(before)
    items.insert(at, (panel.key, panel))
    _REGISTRY.clear()
    _REGISTRY.update(items)


def unregister(key: str) -> Panel:
    """Remove panel `key` from the registry and return it. Raises PanelError if unknown."""
    panel = find(key)
    del _REGISTRY[key]
    return panel


def all_panels() -> tuple[Panel, ...]:
    """Every registered panel, in reading order (left to right, top to bottom)."""
    return tuple(_REGISTRY.values())


def keys() -> tuple[str, ...]:
    """The keys of every registered panel, in reading order."""
    return tuple(_REGISTRY)


def find(key: str) -> Panel:
    """The panel called `key`. Raises PanelError naming the keys allowed."""
    try:
        return _REGISTRY[key]
    except (KeyError, TypeError):
        raise PanelError(f"unknown panel {key!r} (choose from: {', '.join(_REGISTRY)})") from None


def check_keys(names, most: Optional[int] = None) -> tuple[str, ...]:
    """`names` as a tuple of registered, different panel keys (at most `most` of them).
    Raises PanelError naming the first fault and what is allowed."""
    names = tuple(names)
    for name in names:
        find(name)
    if len(set(names)) != len(names):
        raise PanelError(f"panels {', '.join(names)}: a panel is named twice")
    if most is not None and len(names) > most:
        raise PanelError(f"{len(names)} panels: choose 1 to {most}")
    return names


def default_visible() -> tuple[str, ...]:
    """The keys of the panels the normal grid shows, in reading order."""
    return tuple(p.key for p in _REGISTRY.values() if p.visible)


def presentation_default() -> tuple[str, ...]:
    """The panels presentation mode offers first (by their `presentation` rank), then the
    others in reading order; at most MAX_PRESENTED."""
    ranked = sorted((p for p in _REGISTRY.values() if p.presentation is not None),
                    key=lambda p: p.presentation)
    rest = [p for p in _REGISTRY.values() if p.presentation is None]
    return tuple(p.key for p in ranked + rest)[:MAX_PRESENTED]


# --- the panels --------------------------------------------------------------------------------
for _panel in (
    Panel("capex", "AI capex by region", "Capex", "$B per year", "capex_total_busd",
          stack=(Series("capex_us_busd", "blue", "US"),
                 Series("capex_china_busd", "vermillion", "China"),
                 Series("capex_eu_busd", "orange", "EU"),
                 Series("capex_uk_busd", "purple", "UK"),
                 Series("capex_row_busd", "green", "Rest of world")),
          baseline=(STACK_TOP,), presentation=4),
    Panel("power", "US power: demand vs available", "Power", "GW", "power_demand_us_gw",
          lines=(Series("power_demand_us_gw", "vermillion", "Demand"),
                 Series("power_available_us_gw", "blue", "Available")),
          shortfall=("power_demand_us_gw", "power_available_us_gw", "Shortfall"),
          baseline=("power_demand_us_gw", "power_available_us_gw"), presentation=3),
    # Investors judge revenue against the installed base's full cost (docs/MODEL.md §5, §7);
    # Sequoia's R1 yardstick (accelerator spend × 4) is drawn thin, for reference.
    Panel("revenue", "AI revenue vs its full cost", "Revenue", "$B per year", "ai_revenue_busd",
          stack=(Series("ai_revenue_organic_busd", "green", "Organic"),
                 Series("ai_revenue_circular_busd", "purple", "Circular", hatched=True)),
          lines=(Series("required_revenue_fullcost_busd", "fg", "Full cost", width=3),
                 Series("required_revenue_busd", "baseline_grey", "R1 yardstick", width=1.5)),
          shortfall=("required_revenue_fullcost_busd", "ai_revenue_busd", "Revenue gap"),
          baseline=(STACK_TOP, "required_revenue_fullcost_busd"), presentation=1),
    Panel("financing", "Financing of AI capex", "Financing", "$B per year", "debt_stock_busd",
          stack=(Series("financing_cashflow_busd", "green", "Cash flow"),
                 Series("financing_debt_busd", "blue", "Debt"),
                 Series("financing_equity_busd", "sky", "Equity"),
                 Series("financing_spv_busd", "vermillion", "SPVs"),
                 Series("financing_leasing_busd", "orange", "Leasing"),
                 Series("financing_commitments_busd", "purple", "Commitments")),
          right=(Series("debt_stock_busd", "fg", "Debt stock", width=3),),
          right_label="debt stock, $B", baseline=(STACK_TOP, "debt_stock_busd")),
    Panel("macro", "US macro effect of AI capex", "Macro", "% of GDP  |  pp",
          "us_ai_capex_share_gdp_pct",
          lines=(Series("us_ai_capex_share_gdp_pct", "blue", "Share of GDP (%)"),
                 Series("us_gdp_growth_contribution_pp", "orange", "Growth contrib. (pp)")),
          baseline=("us_ai_capex_share_gdp_pct", "us_gdp_growth_contribution_pp")),
    Panel("stress", "Financial stress index", "Stress", "index, 0–100", "stress_index",
          lines=(Series("stress_index", "vermillion", "Stress"),),
          baseline=("stress_index",), y_range=(0, 100), mark_bust=True, presentation=2),
):
    register(_panel)
del _panel


def main() -> int:
    """Print the registered panels (key, title, key column and its unit), one a line."""
    for p in all_panels():
        print(f"{p.key:<10} {p.title}  [{p.key_column}, {p.unit}]"
              + ("" if p.visible else "  (hidden by default)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""In-app help: F1 opens the help window (gui/widgets/help_window.py) at "Getting started", a
user's guide in the interface language (resources/help/GUIDE.<lang>.md, English GUIDE.md where a
language has none), beside the model
documentation (docs/MODEL.md, shipped in the package as resources/help/MODEL.md, a link to that
one file), the sources it cites (docs/SOURCES.md, shipped the same way: what a tooltip's "S5" or
"R2" is) and the parameter reference, generated here from the parameter table in the interface
language (labels, units, ranges, descriptions, sources).

Each parameter's slider, label, value box and unit say in their tooltip how to get more: Shift+F1
(help on the parameter under the mouse or with the keyboard focus) or a right-click on its label
or slider ▸ "Help on …", which open the parameter reference at its section.
"""
from __future__ import annotations

import re
from typing import Optional

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QCursor, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from model import parameters as P
from resources import HELP_MODEL, HELP_SOURCES, resource_path

from .. import format as fmt
from .. import i18n
from .. import text
from ..widgets.help_window import HelpPage, HelpWindow

GUIDE_PAGE, MODEL_PAGE, SOURCES_PAGE, PARAMETER_PAGE = "guide", "model", "sources", "parameters"
MODEL_FILE, SOURCES_FILE, PARAMETER_FILE = "MODEL.md", "SOURCES.md", "PARAMETERS.md"   # the names docs/ links use


def _tr(source: str) -> str:
    """`source` translated in the context 'Help'."""
    return QCoreApplication.translate("Help", source)


def install(window) -> "HelpFeature":
    """Add Help ▸ Help and model documentation (F1), Help on this parameter (Shift+F1) and the
    sliders' "Help on …" context menus."""
    return HelpFeature(window)


def escape_markdown(value: str) -> str:
    """Text from the parameter table as literal Markdown text (no emphasis, links, HTML)."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", value)


def parameter_reference() -> tuple[str, dict[str, str]]:
    """The parameter reference as Markdown in the interface language, and its headings'
    anchor names (a parameter's heading -> its key)."""
    groups = P.groups()
    lines = [f"# {_tr('Parameter reference')}", "",
             _tr("{0} parameters in {1} groups, from the program's parameter table. Values are "
                 "in the units shown; percentages are entered in %. The equations that use each "
                 "parameter are in the model documentation.").format(
                 len(P.parameters()), len(groups)), ""]
    anchors = {}
    for group, members in groups:
        lines += [f"## {escape_markdown(text.group_title(group))}", ""]
        for p in members:
            label = text.param_label(p)
            anchors[label] = p.key
            unit = escape_markdown(text.param_unit(p))
            lines += [f"### {escape_markdown(label)}", "",
                      escape_markdown(text.param_description(p)), "",
                      f"- {_tr('Default')}: **{fmt.param_number(p, p.default)}** {unit}",
                      f"- {_tr('Range')}: {fmt.param_number(p, p.min)} {_tr('to')} "
                      f"{fmt.param_number(p, p.max)} {unit}, "
                      f"{_tr('step')} {fmt.param_number(p, p.step)}",
                      f"- {_tr('Key')}: `{p.key}`"]
            if p.spread:
                lines.append(f"- {_tr('Uncertainty bands')}: ± {fmt.param_number(p, p.spread)} "
                             f"{unit}")
            if p.source:
                sources = "; ".join(text.tr(s.strip()) for s in p.source.split(";"))
                lines.append(f"- {_tr('Sources')}: {escape_markdown(sources)}")
            lines.append("")
    return "\n".join(lines), anchors


def user_guide(lang: str) -> str:
    """The user's guide in `lang` (resources/help/GUIDE.<lang>.md), else the English one."""
    for name in (f"GUIDE.{lang}.md", "GUIDE.md"):
        try:
            return resource_path("help", name).read_text(encoding="utf-8")
        except (OSError, RuntimeError, UnicodeDecodeError):
            continue
    return _tr("The user's guide is not installed.")


def model_documentation() -> str:
    """docs/MODEL.md as shipped (resources/help/MODEL.md), or a line saying it is missing."""
    try:
        return _shipped(HELP_MODEL)
    except (OSError, RuntimeError, UnicodeDecodeError) as exc:
        return _tr("The model documentation is not installed ({0}).").format(exc)


def sources_documentation() -> str:
    """docs/SOURCES.md as shipped (resources/help/SOURCES.md), or a line saying it is missing."""
    try:
        return _shipped(HELP_SOURCES)
    except (OSError, RuntimeError, UnicodeDecodeError) as exc:
        return _tr("The list of sources is not installed ({0}).").format(exc)


def _shipped(parts: tuple[str, ...]) -> str:
    """The text of a document of docs/ shipped under resources/ as a symbolic link."""
    path = resource_path(*parts)
    found = path.read_text(encoding="utf-8")
    if "\n" not in found.strip() and found.strip().endswith(".md"):
        # a checkout without symbolic links (git on Windows) keeps the link's target path
        found = (path.parent / found.strip()).read_text(encoding="utf-8")
    return found


class HelpFeature(QObject):
    """The help actions of one window and its help window (built on first use)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.help_window: Optional[HelpWindow] = None
        self.action = QAction(self.tr("&Help and model documentation"), window)
        self.action.setObjectName("helpAction")
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))   # F1
        self.action.setStatusTip(self.tr("How the model works and every parameter, inside "
                                         "the program"))
        self.action.triggered.connect(lambda _=False: self.open())
        self.parameter_action = QAction(self.tr("Help on this &parameter"), window)
        self.parameter_action.setShortcut(QKeySequence("Shift+F1"))
        self.parameter_action.setStatusTip(self.tr(
            "The reference of the parameter under the mouse or with the keyboard focus"))
        self.parameter_action.triggered.connect(lambda _=False: self.help_here())
        menu = window.menu("help")
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.action)
        menu.insertAction(first, self.parameter_action)
        if first is not None:
            menu.insertSeparator(first)
        more = "<p><i>{0}</i></p>".format(self.tr(
            "More: Shift+F1, or right-click ▸ Help on this parameter"))
        for key, control in window.slider_panel.controls.items():
            for widget in (control.label, control.slider, control.spin, control.unit):
                widget.setToolTip(widget.toolTip() + more)
            for widget in (control.label, control.slider):
                widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                widget.customContextMenuRequested.connect(
                    lambda pos, k=key, w=widget: self._context_menu(k, w, pos))

    # --- opening --------------------------------------------------------------------------------
    def open(self, page: str = GUIDE_PAGE, anchor: str = "") -> HelpWindow:
        """Show the help window at `page` ('guide', 'model', 'sources' or 'parameters'),
        scrolled to `anchor`."""
        if self.help_window is None:
            reference, anchors = parameter_reference()
            self.help_window = HelpWindow([
                HelpPage(GUIDE_PAGE, self.tr("Getting started"),
                         user_guide(i18n.current_language()), "GUIDE.md"),
                HelpPage(MODEL_PAGE, self.tr("Model documentation"), model_documentation(),
                         MODEL_FILE),
                HelpPage(SOURCES_PAGE, self.tr("Sources"), sources_documentation(),
                         SOURCES_FILE),
                HelpPage(PARAMETER_PAGE, self.tr("Parameter reference"), reference,
                         PARAMETER_FILE, anchors)], self.window)
        self.help_window.show_page(page, anchor)
        self.help_window.show()
        self.help_window.raise_()
        return self.help_window

    def open_parameter(self, key: str) -> HelpWindow:
        """Show the parameter reference at parameter `key`'s section."""
        return self.open(PARAMETER_PAGE, key)

    def parameter_at(self, widget: Optional[QWidget]) -> Optional[str]:
        """The key of the parameter whose control holds `widget`, or None."""
        controls = {control: key for key, control in self.window.slider_panel.controls.items()}
        while widget is not None:
            if widget in controls:
                return controls[widget]
            widget = widget.parentWidget()
        return None

    def help_here(self) -> HelpWindow:
        """Help on the parameter under the mouse, else the one with the keyboard focus, else
        the parameter reference from its top."""
        key = (self.parameter_at(QApplication.widgetAt(QCursor.pos()))
               or self.parameter_at(QApplication.focusWidget()))
        return self.open_parameter(key) if key else self.open(PARAMETER_PAGE)

    def _context_menu(self, key: str, widget: QWidget, pos: QPoint) -> None:
        menu = QMenu(widget)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Help on “{0}”").format(text.param_label(P.get(key))),
                       lambda: self.open_parameter(key))
        menu.popup(widget.mapToGlobal(pos))

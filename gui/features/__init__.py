"""Optional features of the main window, one module each, found automatically.

A feature module defines

    def install(window) -> object    adds its menus, docks, toolbar actions and connections
                                     and returns the object that owns them (kept alive in
                                     window.features[module name])

and uses only the window's public hooks: window.controller, window.events (the application
signals of gui/events.py: how features tell each other what happened), window.plot_grid (its
public overlay, band, compare and layout API), window.headlines, window.headline_row (a
QHBoxLayout beside the headline strip), window.slider_panel, window.menu(key) for key in
MainWindow.MENU_ORDER, window.add_dock(widget, title, object_name), window.addToolBar /
window.findChild, window.status_label. A feature never looks another feature up: it emits and
connects to window.events, so features install in any order (here: by module name). Adding a
feature is adding a module, with no edit to main_window.py.
A module without install() is a part of a feature (e.g. snapshot_library.py of snapshots.py).
"""
from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def feature_modules() -> list[ModuleType]:
    """Every feature module of this package (a module with install()), by name; modules
    without install() are parts of a feature and are left out."""
    modules = [importlib.import_module(f"{__name__}.{info.name}")
               for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name)
               if not info.name.startswith("_")]
    return [m for m in modules if hasattr(m, "install")]


def install_all(window, modules=None) -> dict[str, object]:
    """Install the feature `modules` (default: every one, by name) into `window`, in the order
    given; returns {module name: installed object}."""
    modules = feature_modules() if modules is None else modules
    return {m.__name__.rsplit(".", 1)[1]: m.install(window) for m in modules}

"""Optional features of the main window, one module each, found automatically.

A feature module defines

    ORDER: int                       installation order (lower first; default 100)
    def install(window) -> object    adds its menus, docks, toolbar actions and connections
                                     and returns the object that owns them (kept alive in
                                     window.features[module name])

and uses only the window's public hooks: window.controller, window.plot_grid,
window.headlines, window.headline_row (a QHBoxLayout beside the headline strip),
window.slider_panel, window.menu(key) for key in MainWindow.MENU_ORDER,
window.add_dock(widget, title, object_name), window.addToolBar / window.findChild,
window.status_label. So adding a feature is adding a module, with no edit to main_window.py.
A module without install() is a part of a feature (e.g. snapshot_library.py of snapshots.py).
"""
from __future__ import annotations

import importlib
import pkgutil


def install_all(window) -> dict[str, object]:
    """Install every feature module into `window`; returns {module name: installed object}."""
    modules = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "install"):       # modules without install() are parts of a feature
            modules.append(module)
    modules.sort(key=lambda m: (getattr(m, "ORDER", 100), m.__name__))
    return {m.__name__.rsplit(".", 1)[1]: m.install(window) for m in modules}

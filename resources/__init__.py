"""The program's data files, shipped inside the package so that an installed copy (pip, pipx)
finds them wherever it is started from: the parameter table, presets, storylines, compiled
translations, the icon, the desktop entry and the in-app help (help/MODEL.md is a symbolic link
to docs/MODEL.md, the one home of the model documentation: the wheel ships the file's content).

Every module that needs one of them asks here (never `Path(__file__).parent.parent`):

    from resources import resource_path
    resource_path("parameters.csv")            # Path to the file
    resource_path("presets")                   # Path to the folder

The files are located with importlib.resources, so the same code works in a source checkout,
an editable install and an installed wheel. No Qt.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PARAMETER_TABLE = "parameters.csv"
PRESETS = "presets"
STORYLINES = "storylines"
TRANSLATIONS = "i18n"
ICON_SVG = "ai-capex-explorer.svg"
ICON_PNG = "ai-capex-explorer.png"
DESKTOP_ENTRY = "ai-capex-explorer.desktop"
HELP_MODEL = ("help", "MODEL.md")        # resource_path(*HELP_MODEL): docs/MODEL.md, shipped
HELP_SOURCES = ("help", "SOURCES.md")    # docs/SOURCES.md, shipped: what S1-S5, R…, O… say


def resource_path(*parts: str) -> Path:
    """The file or folder `parts` (relative to this package, e.g. 'presets') as a filesystem
    Path. Raises RuntimeError if the package is not installed as plain files (e.g. zipped),
    which setuptools wheels never are."""
    found = files(__name__).joinpath(*parts)
    if not isinstance(found, Path):          # a zip import: the program needs real files
        raise RuntimeError(f"resource {'/'.join(parts)} is not a file on disk ({found!r}); "
                           "install the program unzipped (pip install)")
    return found

"""Where the window keeps the user's data (snapshots, the session journal): one rule for all."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QStandardPaths

from model.limits import DATA_ENV, TESTING_ENV


def data_folder(window) -> Optional[Path]:
    """The folder for this window's lasting data: AI_CAPEX_EXPLORER_DATA if set, else Qt's
    AppDataLocation (or ~/.ai-capex-explorer); None for tests and for windows without settings
    that name no data folder (their data then lives in a temporary place or in memory)."""
    return data_folder_for(window.settings)


def data_folder_for(settings) -> Optional[Path]:
    """data_folder for a window that will have `settings` (a QSettings or None), before the
    window exists (start-up reads the kept session there)."""
    data = os.environ.get(DATA_ENV)
    if data:
        return Path(data).expanduser()
    if os.environ.get(TESTING_ENV) or settings is None:
        return None
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) if base else Path.home() / ".ai-capex-explorer"

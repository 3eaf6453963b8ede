"""Every limit of the program and every environment variable it reads, each defined once here
and read by everything that needs it. Plain numbers and names: no Qt, no display text.

Distinct meanings have distinct names (e.g. how many compare curves the window shows is not how
many entries a snapshot file may list).
"""
from __future__ import annotations

# --- environment variables ----------------------------------------------------------------

TESTING_ENV = "AI_CAPEX_EXPLORER_TESTING"
"""Set (to anything non-empty) while tests or benchmarks run: the window neither reads nor
writes the user's settings, the interface language defaults to English (only --lang changes
it), and snapshots never go to the user's folder."""

DATA_ENV = "AI_CAPEX_EXPLORER_DATA"
"""A folder that replaces the user's data folder (snapshots go to <folder>/snapshots)."""

QT_PLATFORM_ENV = "QT_QPA_PLATFORM"
"""Qt's own platform choice; `screenshot` sets it to 'offscreen' unless it is set already."""

# --- window ------------------------------------------------------------------------------

WINDOW_SIZE_MIN = 320
"""Smallest width or height in pixels accepted by --size."""

WINDOW_SIZE_MAX = 10_000
"""Largest width or height in pixels accepted by --size."""

WINDOW_DEFAULT_SIZE = (1600, 1000)
"""Window width and height in pixels on a first start (no --size, nothing saved) when the
screen has room for it; screenshots without --size use it as it is."""

WINDOW_SCREEN_SHARE = 0.95
"""Largest share of the screen's available width and height a first start takes."""

# --- compare ----------------------------------------------------------------

MAX_COMPARE_SHOWN = 4
"""Saved scenarios the window draws at once as compare curves (each has its own line style)."""

MAX_COMPARE_SAVED = 16
"""Entries a snapshot file's compare selection may list; longer lists are refused on load."""


# --- snapshot files and scenario codes -----------------------------------------------------

SNAPSHOT_MAX_BYTES = 5 * 1024 * 1024
"""Largest snapshot file read, in bytes; larger files are refused before they are read."""

SNAPSHOT_MAX_DEPTH = 32
"""Deepest JSON nesting accepted in a snapshot file (a valid one needs 3)."""

SNAPSHOT_MAX_NAME_CHARS = 200
"""Longest snapshot name, in characters."""

SNAPSHOT_MAX_NAME_ATTEMPTS = 10_000
"""Numbered file names tried ('name (2)', 'name (3)', ...) before saving gives up."""

MAX_CODE_CHARS = 20_000
"""Longest scenario code accepted, in characters."""

SESSION_MAX_BYTES = 1024 * 1024
"""Largest kept-session file (session.json in the data folder) read, in bytes."""

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

QT_SCALE_ENV = "QT_SCALE_FACTOR"
"""Qt's own scale of everything it draws; --zoom sets it before Qt starts."""

# --- window ------------------------------------------------------------------------------

WINDOW_SIZE_MIN = 320
"""Smallest width or height in pixels accepted by --size."""

WINDOW_SIZE_MAX = 10_000
"""Largest width or height in pixels accepted by --size."""

ZOOM_MIN = 0.5
"""Smallest factor accepted by --zoom."""

ZOOM_MAX = 4.0
"""Largest factor accepted by --zoom (a 1280 × 720 picture on a 5120 × 2880 screen)."""

WINDOW_DEFAULT_SIZE = (1600, 1000)
"""Window width and height in pixels on a first start (no --size, nothing saved) when the
screen has room for it; screenshots without --size use it as it is."""

WINDOW_SCREEN_SHARE = 0.95
"""Largest share of the screen's available width and height a first start takes."""

# --- horizon ----------------------------------------------------------------------------------

HORIZON_MIN_YEAR = 2030
"""Earliest last simulated year accepted (--horizon, the model's end_year)."""

HORIZON_MAX_YEAR = 2060
"""Latest last simulated year accepted (--horizon, the model's end_year)."""

# --- compare ----------------------------------------------------------------

MAX_COMPARE_SHOWN = 4
"""Saved scenarios the window draws at once as compare curves (each has its own line style)."""

MAX_COMPARE_SAVED = 16
"""Entries a snapshot file's compare selection may list; longer lists are refused on load."""

COMPARE_LABEL_CHARS = (48, 32, 24, 18, 14, 12, 10, 8)
"""Lengths a compare curve's legend label may be cut to, in characters, longest first: the
longest that keeps the plot grid within its width is used. The room cannot hover an entry for
its tooltip: a name of a few words is shown whole (the shared legend takes another row); 24
cut 'Soft landing, power-limited' at 1280 px."""


# --- snapshot files and scenario codes -----------------------------------------------------

SNAPSHOT_MAX_BYTES = 5 * 1024 * 1024
"""Largest snapshot file read, in bytes; larger files are refused before they are read."""

SNAPSHOT_MAX_DEPTH = 32
"""Deepest JSON nesting accepted in a snapshot, preset or storyline file (a valid snapshot
needs 3; model.store.json_file reads presets and storylines through the snapshot parser)."""

SNAPSHOT_MAX_INT_DIGITS = 30
"""Most digits of a whole number in a snapshot, preset or storyline file (a parameter or a
schema version needs a few); a longer one is refused with its length, before Python's own
limit (4,300 digits) answered with its internal wording, or a 400-digit schema version was
quoted in full."""

SNAPSHOT_MAX_NAME_CHARS = 200
"""Longest snapshot name, in characters."""

NAME_MAX_BYTES = 255
"""Longest file name (one path component) on common file systems, in bytes of UTF-8: an output
name the command line is given, a snapshot or kept-session name read from a file, and the
temporary name of an atomic write are held within it."""

SNAPSHOT_MAX_NAME_ATTEMPTS = 10_000
"""Numbered file names tried ('name (2)', 'name (3)', ...) before saving gives up."""

MAX_CODE_CHARS = 20_000
"""Longest scenario code accepted, in characters."""


# --- hostile input (issue 12) -----------------------------------------------------------------

PATH_QUOTE_CHARS = 1024
"""Longest file path quoted in an error message, in characters (a path is what the user must
find again, so it is cut only when absurdly long)."""

MESSAGE_QUOTE_CHARS = 80
"""Longest piece of an input (a key, a value, a file name) quoted in an error message, in
characters; longer ones are cut with '…' and their length."""

MESSAGE_MAX_CHARS = 600
"""Longest error message shown in a dialog, the status bar or on stderr, in characters (the
dialog's "Show Details…" holds the message up to DETAIL_MAX_CHARS)."""

DETAIL_MAX_CHARS = 20_000
"""Longest full text shown on request (a dialog's details, a note's tooltip), in characters."""

FOLDER_LINE_CHARS = 80
"""Widest a folder shown on one line of a dialog ('Saved in …') may make it, in average
characters of its type; a longer folder is cut with '…' and shown whole on hover (a data
folder of 1,088 characters made the save dialog 8,022 pixels wide)."""

NAME_DISPLAY_CHARS = 80
"""Longest snapshot name shown in a status-bar message or a window title, in characters."""

NOTE_DISPLAY_CHARS = 400
"""Longest piece of a snapshot note shown in a list tooltip, in characters."""

SNAPSHOT_MAX_NOTE_CHARS = 1_000_000
"""Longest note a new snapshot takes, in characters (a file holding a longer one still opens,
within SNAPSHOT_MAX_BYTES); a longer one was refused only as 'larger than 5 MB', which did not
say the note was the cause."""

HANDOUT_NOTE_CHARS = 3_000
"""Longest piece of a snapshot note printed in the handout, in characters (about a page; a
pasted 2 MB note made a 289-page handout and froze the window for 75 s)."""

HANDOUT_TEXT_CHARS = 600
"""Longest other outside text (a snapshot name, a session log entry) printed in the handout, in
characters."""

LABEL_DISPLAY_CHARS = 60
"""Longest saved headline label from a file shown in a list row, in characters."""

PRESET_MAX_BYTES = 256 * 1024
"""Largest preset file read, in bytes."""

STORYLINE_MAX_BYTES = 1024 * 1024
"""Largest storyline file read, in bytes."""

SETTINGS_MAX_BYTES = 1024 * 1024
"""Largest settings file the window lets QSettings read, in bytes (a larger one, or one that
is not a regular file, is left alone and the window starts without saved settings)."""

SWEEP_WORKERS_PER_CORE = 4
"""A local sweep (`sweep --workers W`) starts at most this many worker processes per core:
each is a whole Python process with numpy and the compiled model (about 150 MB) and gains
nothing once every core is busy; `--workers 100000` would start processes until memory ran
out. More machines: --cluster."""

UNDO_LIMIT = 500
"""Undo steps kept by the window's undo stacks (the oldest are dropped beyond it)."""

TEMP_MAX_AGE_SECONDS = 3600
"""Temporary files of an interrupted atomic write ('.NAME.xxxx.tmp') older than this are
removed at start-up."""

YEAR_QUOTE_CHARS = 24
"""Longest year quoted in a goal-seek target's message, in characters (a run of digits that is
no year of any run is cut to it)."""

XLSX_CELL_CHARS = 32_767
"""The most characters an Excel cell holds (a longer note makes Excel 'repair' the file); the
compare table's .xlsx cuts a longer text to it with '…'."""

DISCOVER_MAX_ROWS = 100_000
"""Default of `discover --max-rows`: PRIM's cost grows with points × inputs per peel; a random
subset of this many scenarios bounds it to seconds (the shares it reports hardly move beyond
some 10⁵ points)."""

STORY_CHOOSER_CHARS = 16
"""Least width of the storyline chooser, in characters of its type: a longer title widened the
slider column it lies in at 1280 × 720, taking the plots' room (in presentation mode 956 → 802
px, in German 723 px); the title ends in '…' in the box, whole in its list and tooltip."""

STORYLINE_TITLE_MAX_CHARS = 200
"""Longest title of a storyline or of one of its steps, in characters (one line in the
chooser, the panel's header and the session log; a 200,000-character title was taken)."""

PRESET_NAME_MAX_CHARS = 80
"""Longest preset name, in characters (a longer one makes the preset file unusable)."""

SESSION_LOG_MAX_BYTES = 64 * 1024 * 1024
"""The largest workshop journal (session-log.jsonl) read back at start: an entry is about 3 KB,
so a day of thousands of changes fits many times; a larger regular file is renamed aside at
start (session-log-YYYYMMDDTHHMMSS.jsonl, kept whole) and a new journal begins; a non-regular
file (a FIFO, a link to /dev/zero) is not read, and the log of the session lives in memory."""

SESSION_MAX_BYTES = 1024 * 1024
"""Largest kept-session file (session.json in the data folder) read, in bytes."""

SENSITIVITY_MAX_RUNS = 2 ** 21
"""The most model runs one `sensitivity` command makes (Sobol': samples × (parameters + 2);
Morris: trajectories × (parameters + 1)): 2,097,152, e.g. Sobol' with 16,384 base points over
all 78 parameters (1.3 million runs, about 1 GB for the samples). --samples 1073741824 asked
SALib for a 1.22 TiB array and ended in a MemoryError traceback."""

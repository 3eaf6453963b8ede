"""Persistence, Qt-free: everything that writes or reads files of the user's.

    snapshot       snapshot files: the schema, saving, defensive loading, migration
    snapshot_store the snapshot library (a folder with a trash) and the autosave
    scenario_code  short scenario codes for chat (AICX1:...)
    atomic         atomic file writes (no truncated files; the old file kept on failure)
    export         results to .csv / .xlsx / .json

Snapshots and codes know the parameters only through the parameter table (each row's `code`
and `since_schema`), so adding a parameter needs no edit here (docs/ARCHITECTURE.md).
"""

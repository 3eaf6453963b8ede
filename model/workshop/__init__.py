"""The workshop part, Qt-free: what a facilitated session needs beyond the model.

    storyline    guided-round files (resources/storylines/*.json), loaded and checked
    session_log  the log of a session (steps applied, snapshots saved) as Markdown or CSV
"""

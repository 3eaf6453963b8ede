"""Reusable widgets: each knows its own drawing and signals, nothing of the main window or of
the features that wire it (those live in gui/features/)."""

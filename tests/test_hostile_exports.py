"""Hostile export targets and contents (a hostile-input pass, issue 12's rules):

- every atomic write renamed its file over whatever had the name: a pipe, a device or a socket
  became a regular file (as root, '/dev/sda' typed into a save dialog would have been
  replaced); now it is refused with one line naming the path and what is allowed, the node
  left as it was (a symbolic link is still replaced as a link, its target untouched);
- the compare table's XLSX export failed with a traceback and no message for a snapshot name
  or note holding a control character (openpyxl's IllegalCharacterError), and wrote its zip
  straight to the disk, past the checked os.write seam (a full disk was not noticed byte by
  byte); now such characters are shown as U+FFFD, a cell is cut to Excel's 32,767 characters,
  and the bytes go through model.store.atomic.
"""
from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtWidgets import QMessageBox

from bench.hostile_tools import fail_after
from model.store import atomic


@pytest.fixture
def window(module_window):
    """The module's shared window (each test leaves it as it found it)."""
    return module_window


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_an_atomic_write_never_replaces_a_pipe_or_a_folder(tmp_path, kind):
    target = tmp_path / "out.csv"
    (os.mkfifo if kind == "fifo" else os.mkdir)(target)
    with pytest.raises(OSError) as caught:
        atomic.write_bytes(target, b"new")
    assert caught.value.errno == (errno.EINVAL if kind == "fifo" else errno.EISDIR)
    assert caught.value.filename == str(target)
    if kind == "fifo":
        assert "not a regular file" in str(caught.value) and "choose another name" in str(
            caught.value)
    assert (target.is_fifo() if kind == "fifo" else target.is_dir())
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]          # no temporary left


def test_an_atomic_write_replaces_a_link_not_the_file_it_points_to(tmp_path):
    mine = tmp_path / "mine.csv"
    mine.write_text("my data", encoding="utf-8")
    (tmp_path / "link.csv").symlink_to(mine)
    atomic.write_text(tmp_path / "link.csv", "new")
    assert mine.read_text(encoding="utf-8") == "my data"
    assert (tmp_path / "link.csv").read_text(encoding="utf-8") == "new"


def test_the_window_refuses_to_export_results_over_a_pipe_with_a_message(window, tmp_path,
                                                                          monkeypatch):
    from gui import main_window
    target = tmp_path / "results.csv"
    os.mkfifo(target)
    monkeypatch.setattr(main_window.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    shown = []
    monkeypatch.setattr(main_window.QMessageBox, "warning",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    window.export_results()
    assert target.is_fifo()
    assert len(shown) == 1 and str(target) in shown[0] and "not a regular file" in shown[0]


def _compare_two(feature, name: str, note: str):
    first = feature.save_snapshot(name, note=note)
    second = feature.save_snapshot("plain", note="n")
    assert feature.set_compared(first, True) and feature.set_compared(second, True)
    return feature.open_compare_table()


def test_the_compare_table_exports_names_with_control_characters_and_huge_notes(window,
                                                                                tmp_path):
    import openpyxl

    from gui.features.snapshot_compare import write_xlsx
    from model.limits import XLSX_CELL_CHARS
    feature = window.features["snapshots"]
    # (neither a name nor a note can hold a control character any more: a file's are taken
    # out when it is read; the table's cells are cleaned again for the XLSX writer)
    dialog = _compare_two(feature, "bell", "note" + "n" * 40_000)
    try:
        import dataclasses
        columns = [dataclasses.replace(c, note=c.note[:4] + "\x07\x1b[31m\x0b\x01" + c.note[4:])
                   for c in dialog.table.columns]
        out = tmp_path / "c.xlsx"
        write_xlsx(out, columns, dialog.table.rows())
        cells = [c.value for row in openpyxl.load_workbook(out).active.iter_rows()
                 for c in row if isinstance(c.value, str)]
        noted = [c for c in cells if c.startswith("note")]
        assert noted and all("\x07" not in c and "\ufffd" in c for c in noted), noted
        assert max(len(c) for c in cells) == XLSX_CELL_CHARS
    finally:
        feature.clear_compare()
        dialog.close()


def test_the_compare_table_export_on_a_full_disk_keeps_the_old_file(window, tmp_path,
                                                                     monkeypatch):
    from gui.features.snapshot_compare import write_xlsx
    feature = window.features["snapshots"]
    dialog = _compare_two(feature, "a", "b")
    out = tmp_path / "c.xlsx"
    out.write_bytes(b"OLD")
    monkeypatch.setattr(atomic, "_os_write", fail_after(100))
    try:
        with pytest.raises(OSError) as caught:
            write_xlsx(out, dialog.table.columns, dialog.table.rows())
        assert caught.value.errno == errno.ENOSPC
        assert out.read_bytes() == b"OLD"
        assert [p.name for p in tmp_path.iterdir()] == ["c.xlsx"]
    finally:
        feature.clear_compare()
        dialog.close()


def test_the_compare_table_export_action_says_why_it_failed(window, tmp_path, monkeypatch):
    from gui.features import snapshot_compare
    feature = window.features["snapshots"]
    dialog = _compare_two(feature, "x", "y")
    target = tmp_path / "c.xlsx"
    os.mkfifo(target)
    monkeypatch.setattr(snapshot_compare.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    try:
        feature.selection.ask_export_xlsx()
        assert target.is_fifo() and len(shown) == 1 and "not a regular file" in shown[0]
    finally:
        feature.clear_compare()
        dialog.close()


def test_opening_many_bad_files_gives_one_message_not_a_dialog_each(window, tmp_path):
    """Dropping or opening 300 broken .json files stacked 300 window-modal message boxes."""
    from PySide6.QtWidgets import QApplication

    from model.store import snapshot as S
    feature = window.features["snapshots"]
    for i in range(30):
        (tmp_path / f"bad{i:02d}.json").write_text("{", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.json")
    (tmp_path / "good.json").write_text(S.to_json(S.create("good one", {})), encoding="utf-8")
    paths = sorted(tmp_path.iterdir())
    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
              and w.isVisible()}
    try:
        done = feature.open_files(paths)
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                 and w.isVisible() and id(w) not in before]
        assert len(done) == 1 and len(boxes) == 1
        message = feature.last_error
        assert message.startswith("31 of 32 files cannot be used as snapshots"), message[:200]
        assert "bad00.json" in message and "bad29.json" in message and "FIFO" in message
        assert "good.json" not in message
    finally:
        feature.last_message_box.close()
        for path in done:
            feature.store.delete(path)


def _asks(window, kind, tmp_path):
    """Each export's 'ask' action (its save dialog patched), and the suffix it adds."""
    feature = window.features
    key = window.plot_grid.panel_keys()[0]
    if kind == "snapshot":
        saved = feature["snapshots"].save_snapshot("to export")
        return (lambda: feature["snapshots"].ask_export(saved)), ".json", ""
    if kind == "compare":
        return (lambda: feature["snapshots"].selection.ask_export_xlsx()), ".xlsx", ""
    return {"results": (window.export_results, ".csv", "CSV (*.csv)"),
            "handout": (feature["handout"].ask, ".pdf", ""),
            "dashboard": (feature["exports"].ask_dashboard, ".png", ""),
            "panel": (lambda: feature["exports"].ask_panel(key, "png"), ".png", ""),
            "session log": (feature["session_log"].export_dialog, ".md",
                            "Markdown (*.md)")}[kind]


@pytest.mark.parametrize("kind", ["results", "handout", "dashboard", "panel", "session log",
                                  "snapshot", "compare"])
def test_a_suffix_added_after_the_save_dialog_never_replaces_a_file_unasked(window, tmp_path,
                                                                           monkeypatch, kind):
    """Typing 'report' in a save dialog: the dialog checked 'report' (absent) and the program
    wrote 'report.pdf', replacing the user's own report.pdf without a word. Now it asks; No
    keeps the file, Yes replaces it."""
    from PySide6.QtWidgets import QFileDialog
    if kind == "compare":
        dialog = window.features["snapshots"].open_compare_table()
    ask, suffix, chosen_filter = _asks(window, kind, tmp_path)
    mine = tmp_path / f"report{suffix}"
    mine.write_bytes(b"MINE")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "report"), chosen_filter)))
    asked = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda parent, title, text, *a: asked.append(text)
                                     or answer[0]))
    try:
        ask()
        assert mine.read_bytes() == b"MINE" and len(asked) == 1 and "report" in asked[0]
        answer[0] = QMessageBox.StandardButton.Yes
        ask()
        assert len(asked) == 2 and mine.read_bytes() != b"MINE"
    finally:
        if kind == "compare":
            dialog.close()
        for box in window.findChildren(QMessageBox):
            box.close()


@pytest.mark.parametrize("where, reason", [("folder", "it is a folder"),
                                           ("missing", "the folder does not exist"),
                                           ("fifo", "it exists and is not a regular file")])
def test_a_snapshot_export_that_cannot_be_written_says_why_in_the_windows_words(
        window, tmp_path, where, reason):
    """It said the operating system's text ('Is a directory', 'No such file or directory'),
    in English in every language, where the image and handout exports word the cause."""
    feature = window.features["snapshots"]
    saved = feature.save_snapshot("to export")
    target = {"folder": tmp_path, "missing": tmp_path / "no" / "x.json",
              "fifo": tmp_path / "p.json"}[where]
    if where == "fifo":
        os.mkfifo(target)
    try:
        assert not feature.export_snapshot(saved, target)
        assert f"{target}: cannot write the file: {reason}" in feature.last_error, feature.last_error
    finally:
        feature.last_message_box.close()


@pytest.mark.parametrize("kind", ["results", "handout", "dashboard", "panel", "session log",
                                  "snapshot", "compare"])
def test_every_save_dialog_opens_in_the_home_folder_not_where_the_program_started(
        window, tmp_path, monkeypatch, kind):
    """A keyboard dry run: Ctrl+P offered the handout in the home folder, but Ctrl+E offered
    the results (and the session log and compare table) in the folder the program was started
    from (there: its own source folder), so one workshop's files ended up in two places. Every
    save dialog now proposes its file in the home folder."""
    from PySide6.QtWidgets import QFileDialog
    home, started = tmp_path / "home", tmp_path / "started-here"
    home.mkdir()
    started.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(started)
    # a window's first dialog: later ones start where the one before chose (the module's
    # shared window remembers the earlier tests' folders: gui.save_name.remember)
    from gui.save_name import FOLDER_PROPERTY
    window.setProperty(FOLDER_PROPERTY, None)
    dialog = window.features["snapshots"].open_compare_table() if kind == "compare" else None
    ask, _suffix, _filter = _asks(window, kind, tmp_path)
    proposed = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, caption, where, *a, **k:
                                     proposed.append(where) or ("", "")))
    try:
        ask()
    finally:
        if dialog is not None:
            dialog.close()
    assert len(proposed) == 1 and os.path.dirname(proposed[0]) == str(home), proposed


def _full_disk_export(window, kind, target, monkeypatch):
    """Export `kind` to `target` with the disk full; the message the window showed."""
    from PySide6.QtWidgets import QFileDialog
    saved = window.features["snapshots"].save_snapshot("to export") if kind == "snapshot" else None
    monkeypatch.setattr(atomic, "_os_write", fail_after(0))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    if kind == "image":
        feature = window.features["exports"]
        assert not feature.export_panel(window.plot_grid.panel_keys()[0], target)
        return feature.last_error
    if kind == "handout":
        feature = window.features["handout"]
        assert not feature.export(target)
        return feature.last_error
    if kind == "snapshot":
        feature = window.features["snapshots"]
        try:
            assert not feature.export_snapshot(saved, target)
            return feature.last_error
        finally:
            feature.last_message_box.close()
    if kind == "results":
        window.export_results()
    elif kind == "session log":
        window.features["session_log"].export_dialog()
    assert len(shown) == 1, shown
    return shown[0]


@pytest.mark.parametrize("kind, name", [("image", "p.png"), ("handout", "h.pdf"),
                                        ("snapshot", "s.json"), ("results", "r.csv"),
                                        ("session log", "l.md")])
@pytest.mark.parametrize("there", [True, False])
def test_a_write_on_a_full_disk_says_nothing_was_written_and_what_to_do(
        window, tmp_path, monkeypatch, kind, name, there):
    """The handout, image and snapshot exports said '{file}: cannot write: the disk is full'
    and the results and session log 'Could not write {file}: the disk is full': not that
    nothing was written, whether the file already there survived, nor what to do (the command
    line said the first). Each now says so, in the command line's words
    (model.errors.write_failed), and the old file is indeed as it was."""
    target = tmp_path / name
    if there:
        target.write_bytes(b"MINE")
    said = _full_disk_export(window, kind, target, monkeypatch)
    assert str(target) in said and "the disk is full" in said, said
    kept = ("the file already there is unchanged" if there else "no file was made")
    assert f"nothing was written and {kept}" in said, said
    assert "Free some space or choose another drive" in said
    assert (target.read_bytes() == b"MINE") if there else not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ([name] if there else [])


def test_the_full_disk_message_is_in_german_in_a_german_window(window, tmp_path, monkeypatch):
    from gui import i18n
    i18n.install("de")
    try:
        said = _full_disk_export(window, "handout", tmp_path / "h.pdf", monkeypatch)
    finally:
        i18n.install("en")
    assert "es wurde nichts geschrieben und keine Datei angelegt" in said, said
    assert "Speicherplatz" in said and "Datenträger ist voll" in said

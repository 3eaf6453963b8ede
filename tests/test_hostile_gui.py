"""Hostile text and files in the window (issue 12): text from files, codes and the user is shown
as plain text everywhere (a scan of every label, so a future widget cannot forget), special
files never hang the window (dropped, as autosave, as the settings file), image exports and
screenshots keep the old file on a full disk, the undo stacks are bounded, and a snapshot file
given on the command line opens with its name in the title and status bar."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

import main
from bench.hostile_tools import deadline, fail_after
from gui import app as gui_app
from gui import exports, plain_text
from model.limits import MESSAGE_MAX_CHARS, UNDO_LIMIT
from model.store import atomic
from model.store import snapshot as S

EVIL = "<img src=/dev/zero><b style='color:red;font-size:40pt'>FAKE: snapshot OK</b>"


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def window(module_window):
    """The module's shared window (each test leaves it as it found it)."""
    return module_window


def labels_rendering_markup(root=None) -> list[str]:
    """The labels (in the whole application) that would render text as HTML although they are
    not marked as showing the program's own markup: must be none."""
    bad = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel):
            widget.ensurePolished()
            if widget.textFormat() != Qt.TextFormat.PlainText \
                    and not plain_text.is_rich_by_design(widget) \
                    and not plain_text._in_rich_message_box(widget) \
                    and not plain_text._is_tooltip(widget):
                bad.append(f"{type(widget.window()).__name__}/{widget.objectName()}: "
                           f"{widget.text()[:60]!r}")
    return bad


def test_a_new_label_anywhere_is_plain_text_by_default(qtbot, window):
    label = QLabel(EVIL)
    qtbot.addWidget(label)
    label.ensurePolished()
    assert label.textFormat() == Qt.TextFormat.PlainText
    rich = plain_text.allow_rich(QLabel("<b>ours</b>"))
    qtbot.addWidget(rich)
    rich.ensurePolished()
    assert rich.textFormat() == Qt.TextFormat.RichText


def test_tooltips_render_their_markup_and_show_outside_text_literally(qtbot, window):
    # Tooltips are the program's own markup (bold titles, paragraphs) with outside text escaped
    # by plain_text.tooltip: Qt's one reused tooltip label must render it, not print '<p><b>'.
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QToolTip
    for _ in range(2):                      # the label is polished once, then reused
        QToolTip.showText(window.mapToGlobal(QPoint(40, 40)),
                          "<p><b>Ours</b></p>" + plain_text.tooltip(EVIL), window)
        QApplication.processEvents()
        (tip,) = [w for w in QApplication.topLevelWidgets() if plain_text._is_tooltip(w)]
        tip.ensurePolished()
        assert tip.textFormat() != Qt.TextFormat.PlainText
        shown = tip.text()
        assert "&lt;img" in shown and "<img" not in shown
    QToolTip.hideText()


def test_a_hostile_snapshot_name_is_plain_text_everywhere(qtbot, window, tmp_path):
    """Save, list, compare (legend, table), load, error dialog, status bar: then every label of
    the application is scanned."""
    feature = window.features["snapshots"]
    path = feature.save_snapshot(EVIL, note=EVIL)
    assert feature.set_compared(path, True)
    feature.open_compare_table()
    feature.load_snapshot(path)
    feature.report_error("Cannot load snapshot", f"{EVIL}: " + "x" * 50_000)
    box = feature.last_message_box
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert len(box.text()) <= MESSAGE_MAX_CHARS + 40 and box.detailedText()
    assert window.status_label.textFormat() == Qt.TextFormat.PlainText
    QApplication.processEvents()
    assert labels_rendering_markup() == []
    # pyqtgraph legends render HTML: the compare curve's label is escaped
    texts = window.plot_grid.legend_texts()         # the legend the panels share
    assert not any("<img" in t for t in texts), texts
    assert any("&lt;img" in t for t in texts), texts
    # the panel's tooltip shows the name escaped
    tip = feature.panel.item_for(path).toolTip()
    assert "<img" not in tip and "&lt;img" in tip
    table = feature.selection._dialog.table
    assert "<img" not in table.table.horizontalHeaderItem(1).toolTip()
    feature.selection._dialog.close()
    box.close()
    feature.clear_compare()
    feature.delete_snapshot(path)


def test_dropping_a_fifo_or_a_loop_does_not_hang_and_names_the_file(window, tmp_path):
    feature = window.features["snapshots"]
    fifo = tmp_path / "x.json"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.json"
    os.symlink(loop, loop)
    for bad in (fifo, loop):
        with deadline():
            assert feature.open_files([bad]) == []
        assert bad.name in feature.last_error
        feature.last_message_box.close()


def test_an_autosave_fifo_does_not_stop_the_window(qtbot, data):
    (data / "snapshots").mkdir(parents=True)
    os.mkfifo(data / "snapshots" / ".autosave.json")
    with deadline():
        w = main.create_window([])
    qtbot.addWidget(w)
    assert w.features["snapshots"].offer_restore() is None


def test_a_settings_file_that_is_a_fifo_does_not_stop_the_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QStandardPaths.setTestModeEnabled(False)
    files = gui_app.settings_files()
    assert files and str(tmp_path) in str(files[0])
    files[0].parent.mkdir(parents=True)
    os.mkfifo(files[0])
    with deadline():
        w = gui_app.create_window(gui_app.WindowOptions(), remember_settings=True)
    qtbot.addWidget(w)
    assert w.settings is None
    assert "settings not used" in w.status_label.text() and "FIFO" in w.status_label.text()


def test_a_snapshot_file_opens_with_its_name_in_title_and_status_bar(qtbot, data, tmp_path):
    path = tmp_path / "evil.json"
    S.save(S.create(EVIL, {"capex_growth": 33.0}), path)
    w = main.create_window([str(path)])
    qtbot.addWidget(w)
    assert w.controller.values["capex_growth"] == 33.0
    assert w.windowTitle().startswith(EVIL[:20]) and "AI Capex Scenario Explorer" in w.windowTitle()
    assert EVIL in w.status_label.text()
    w.status_label.ensurePolished()
    assert w.status_label.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize("kind", ["dashboard png", "panel png", "panel svg"])
def test_image_exports_on_a_full_disk_keep_the_old_file(window, tmp_path, monkeypatch, kind):
    grid = window.plot_grid
    key = grid.panel_keys()[0]
    path = tmp_path / ("out.svg" if kind.endswith("svg") else "out.png")
    path.write_bytes(b"OLD")
    monkeypatch.setattr(atomic, "_os_write", fail_after(100))
    write = {"dashboard png": lambda: exports.dashboard_png(grid, path),
             "panel png": lambda: exports.panel_png(grid, key, path),
             "panel svg": lambda: exports.panel_svg(grid, key, path)}[kind]
    with pytest.raises(exports.ExportError, match="the disk is full"):
        write()
    assert path.read_bytes() == b"OLD"
    assert [p.name for p in tmp_path.iterdir()] == ["out.svg" if kind.endswith("svg")
                                                    else "out.png"] or \
        not [p for p in tmp_path.iterdir() if atomic.is_temp_name(p.name)]
    # and the window's own export action says so instead of "Wrote"
    feature = window.features["exports"]
    assert not feature.export_panel(key, path)
    assert "the disk is full" in feature.last_error


def test_the_screenshot_on_a_full_disk_keeps_the_old_png(qapp, tmp_path, monkeypatch):
    path = tmp_path / "shot.png"
    path.write_bytes(b"OLD PNG")
    monkeypatch.setattr(atomic, "_os_write", fail_after(1000))
    options = main.parse_window_args(["--size", "800x600"])
    with pytest.raises(gui_app.ScreenshotError, match="the disk is full"):
        gui_app.render_screenshot(options, path)
    assert path.read_bytes() == b"OLD PNG"
    assert not [p for p in tmp_path.iterdir() if atomic.is_temp_name(p.name)]


def test_the_undo_stacks_are_bounded(window):
    for stack in (window.controller.undo_stack, window.features["snapshots"].undo_stack):
        assert stack.undoLimit() == UNDO_LIMIT
        for n in range(UNDO_LIMIT + 40):
            stack.push(QUndoCommand(f"step {n}"))          # Qt drops the oldest beyond it
        assert stack.count() == UNDO_LIMIT
        assert stack.command(0).text() == "step 40"
        stack.clear()                                       # (steps that change nothing)


def test_a_pasted_code_with_thousands_of_digits_is_refused_with_a_message(window):
    feature = window.features["snapshots"]
    assert not feature.apply_code("AICX1:0=" + "9" * 5000 + ":ABCD")
    assert feature.last_error and len(feature.last_error) < 400
    feature.last_message_box.close()
    assert not feature.apply_code("AICX" + "1" * 5000 + ":0=1:ABCD")
    feature.last_message_box.close()


def test_a_pasted_page_as_goal_seek_target_or_explore_condition_keeps_the_window_usable(
        qtbot, window):
    """A line edit takes 32,767 characters; a target or condition that long was quoted whole
    in the message under it, an unbreakable line that made the goal-seek dialog 232,606 px
    wide (its buttons off every screen). The typed text is quoted cut, with its length."""
    pasted = "x" * 40_000
    screen = window.screen().availableGeometry().width()
    dialog = window.features["goal_seek"].open()
    try:
        for target in (pasted, "stress < " + "9" * 40_000, "y" * 40_000 + " < 5"):
            dialog.target_edit.setText(target)
            assert dialog.run() is None
            message = dialog.error_label.text()
            assert "(32,767 characters)" in message and len(message) < MESSAGE_MAX_CHARS, message[:200]
            dialog.adjustSize()
            assert dialog.width() <= screen, dialog.width()
    finally:
        dialog.close()
    panel = window.features["explore"].panel
    panel.condition.setText(pasted)
    assert not panel.check_condition()
    message = panel.message.text()
    assert "(32,767 characters)" in message and len(message) < MESSAGE_MAX_CHARS, message[:200]
    assert panel.message.sizeHint().width() <= screen
    panel.condition.setText("")


def test_a_typed_target_or_condition_is_quoted_printable(window):
    """A pasted U+202E (right-to-left override) or NUL was quoted as it is in the message under
    the goal-seek target and the Explore condition: the override reversed the rest of the
    message on screen. Now each such character is shown as U+FFFD."""
    typed = "\u202estress < 50\x00"
    dialog = window.features["goal_seek"].open()
    try:
        dialog.target_edit.setText(typed)
        assert dialog.run() is None
        shown = dialog.error_label.text()
    finally:
        dialog.close()
    panel = window.features["explore"].panel
    panel.condition.setText(typed)
    try:
        assert not panel.check_condition()
        shown_too = panel.message.text()
    finally:
        panel.condition.setText("")
    for message in (shown, shown_too):
        assert "\u202e" not in message and "\x00" not in message, repr(message)
        assert "\ufffdstress < 50\ufffd" in message, repr(message)


def test_a_target_typed_in_german_is_quoted_as_typed(module_windows):
    """The message quoted the target in the grammar's English words the model read ('„no Crash
    before 2035“ ist nicht lesbar' for 'kein Crash vor 2035' typed)."""
    from gui import i18n
    german = module_windows(["--lang", "de", "--size", "1280x720"])
    i18n.install("de")
    try:
        dialog = german.features["goal_seek"].open()
        dialog.target_edit.setText("kein Crash vor 2035")
        assert dialog.run() is None
        assert "„kein Crash vor 2035“" in dialog.error_label.text(), dialog.error_label.text()
        dialog.close()
        panel = german.features["explore"].panel
        panel.condition.setText("nicht Crash vor 2035")
        assert not panel.check_condition()
        assert "nicht Crash vor 2035" in panel.message.text(), panel.message.text()
        panel.condition.setText("")
    finally:
        i18n.install("en")


def test_a_long_data_folder_keeps_the_save_dialog_on_the_screen(qtbot, tmp_path):
    """hostile26: the save dialog's 'Saved in FOLDER' line was a QLabel with the whole folder:
    a data folder (AI_CAPEX_EXPLORER_DATA) of 1,088 characters made the dialog 8,022 pixels
    wide on an 800-pixel screen, and a direction override in its name was shown as it is. Now
    the line is cut with '…' (the whole folder on hover), its characters made visible."""
    from types import SimpleNamespace

    from PySide6.QtGui import QFontMetrics

    from gui.features.snapshots import SaveSnapshotDialog
    folder = tmp_path.joinpath(*(["a" * 200] * 5), "\u202eevil\u202c")
    dialog = SaveSnapshotDialog(SimpleNamespace(folder=folder), "Mine")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    average = QFontMetrics(dialog.font()).averageCharWidth()
    assert dialog.width() < 120 * average, dialog.width()
    shown = [label.text() for label in dialog.findChildren(QLabel) if "a" * 200 in label.text()]
    assert shown and all("\u202e" not in text for text in shown), shown

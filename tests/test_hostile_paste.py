"""A paste larger than a typed field takes (gui/paste_guard.py): Qt cut it at the field's
limit without a word (a page pasted as a snapshot name kept its first 200 characters; a 10 MB
clipboard in the Explore condition was quoted as 32,767 typed characters). It is refused, the
field keeps its text, and the message quotes the clipboard's length in the locale's digits."""
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest

from gui import i18n, paste_guard


def _paste_key(field) -> None:
    key = QKeySequence(QKeySequence.StandardKey.Paste)[0]
    QTest.keyClick(field, key.key(), key.keyboardModifiers())


def test_a_huge_paste_into_the_explore_condition_is_refused_quoting_its_length(module_window):
    panel = module_window.features["explore"].panel
    module_window.features["explore"].show()
    panel.condition.setText("stress < 50")
    QGuiApplication.clipboard().setText("x" * 40_000)
    panel.condition.setFocus()
    _paste_key(panel.condition)
    assert panel.condition.text() == "stress < 50"          # nothing pasted, nothing cut
    assert panel.message.isVisible()
    assert "40,000 characters" in panel.message.text() and "32,767" in panel.message.text()


def test_a_long_paste_into_the_snapshot_name_is_not_cut_silently(module_window):
    from gui.features.snapshots import SaveSnapshotDialog
    dialog = SaveSnapshotDialog(module_window.features["snapshots"], "Mine")
    try:
        dialog.show()
        QGuiApplication.clipboard().setText("n" * 300)
        dialog.name_edit.setFocus()
        _paste_key(dialog.name_edit)
        assert dialog.name_edit.text() == "Mine"
        said = dialog.name_edit.property(paste_guard.REFUSED_PROPERTY)
        assert "300 characters" in said and "at most 200" in said
        QGuiApplication.clipboard().setText("short")         # a paste that fits still pastes
        dialog.name_edit.selectAll()
        _paste_key(dialog.name_edit)
        assert dialog.name_edit.text() == "short"
    finally:
        dialog.close()


def test_a_paste_longer_than_a_note_takes_is_refused(module_window):
    from gui.features.snapshots import SaveSnapshotDialog
    from model.limits import SNAPSHOT_MAX_NOTE_CHARS
    dialog = SaveSnapshotDialog(module_window.features["snapshots"], "Mine")
    try:
        dialog.show()
        QGuiApplication.clipboard().setText("y" * (SNAPSHOT_MAX_NOTE_CHARS + 1))
        dialog.note_edit.setFocus()
        _paste_key(dialog.note_edit)
        assert dialog.note_edit.toPlainText() == ""
        said = dialog.note_edit.property(paste_guard.REFUSED_PROPERTY)
        assert f"{SNAPSHOT_MAX_NOTE_CHARS + 1:,} characters" in said
    finally:
        dialog.close()


def test_the_refusal_writes_the_length_in_german_digits(module_window):
    i18n.install("de")
    try:
        panel = module_window.features["explore"].panel
        QGuiApplication.clipboard().setText("x" * 40_000)
        _paste_key(panel.condition)
        assert "40.000 Zeichen" in panel.message.text(), panel.message.text()
    finally:
        i18n.install("en")
        panel.condition.setText("stress < 50")


def test_a_paste_that_fits_the_field_but_not_beside_its_text_is_refused(module_window):
    """A name box taking 200 characters, holding 150: a 100-character paste used to keep 50 of
    them without a word. It is refused, naming the room left; replacing a selection frees it."""
    from gui.features.snapshots import SaveSnapshotDialog
    dialog = SaveSnapshotDialog(module_window.features["snapshots"], "a" * 150)
    try:
        dialog.show()
        most = dialog.name_edit.maxLength()
        dialog.name_edit.setText("a" * 150)
        dialog.name_edit.end(False)
        QGuiApplication.clipboard().setText("b" * 100)
        dialog.name_edit.setFocus()
        _paste_key(dialog.name_edit)
        assert dialog.name_edit.text() == "a" * 150               # nothing pasted, nothing cut
        said = dialog.name_edit.property(paste_guard.REFUSED_PROPERTY)
        assert "100 characters" in said and f"room for {most - 150} more" in said
        dialog.name_edit.setSelection(0, 100)                     # replace 100: room for 150
        _paste_key(dialog.name_edit)
        assert dialog.name_edit.text() == "b" * 100 + "a" * 50
    finally:
        dialog.close()


class _X11Clipboard:
    """The clipboard of an X11 session (the offscreen platform of the tests has no selection):
    the selection holds `selected`, the clipboard `copied`."""

    def __init__(self, selected: str, copied: str = "") -> None:
        self.selected, self.copied = selected, copied

    def supportsSelection(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def text(self, mode=None) -> str:
        from PySide6.QtGui import QClipboard
        return self.selected if mode == QClipboard.Mode.Selection else self.copied


def _middle_click(widget) -> None:
    from PySide6.QtCore import QPoint, Qt
    QTest.mouseClick(widget, Qt.MouseButton.MiddleButton, pos=QPoint(5, 5))


def test_a_middle_click_paste_of_a_long_selection_is_refused_like_the_paste_key(
        module_window, monkeypatch):
    """X11's middle-click pastes the selection on the button's release: a 300-character
    selection middle-clicked into the 200-character name box kept 200 of them without a word
    (measured on Xvfb), a note box took more than a note keeps. Both are refused, saying why;
    a selection that fits is left to Qt."""
    from gui.features.snapshots import SaveSnapshotDialog
    from model.limits import SNAPSHOT_MAX_NOTE_CHARS
    dialog = SaveSnapshotDialog(module_window.features["snapshots"], "Mine")
    try:
        dialog.show()
        clipboard = _X11Clipboard("n" * 300)
        monkeypatch.setattr(paste_guard.QGuiApplication, "clipboard", lambda: clipboard)
        _middle_click(dialog.name_edit)
        said = dialog.name_edit.property(paste_guard.REFUSED_PROPERTY)
        assert said and "300 characters" in said and "at most 200" in said
        assert dialog.name_edit.text() == "Mine"
        dialog.name_edit.setProperty(paste_guard.REFUSED_PROPERTY, None)
        clipboard.selected = "fits"
        _middle_click(dialog.name_edit)
        assert dialog.name_edit.property(paste_guard.REFUSED_PROPERTY) is None
        clipboard.selected = "y" * (SNAPSHOT_MAX_NOTE_CHARS + 1)
        _middle_click(dialog.note_edit.viewport())
        said = dialog.note_edit.property(paste_guard.REFUSED_PROPERTY)
        assert said and f"{SNAPSHOT_MAX_NOTE_CHARS + 1:,} characters" in said
    finally:
        dialog.close()


def test_a_read_only_box_is_not_told_that_nothing_was_pasted(module_window):
    """A read-only text box pastes nothing anyway: the guard leaves it alone (it said 'nothing
    was pasted' to a read-only plain-text box)."""
    from PySide6.QtWidgets import QPlainTextEdit
    box = QPlainTextEdit()
    box.setReadOnly(True)
    try:
        box.show()
        QGuiApplication.clipboard().setText("z" * (2_000_000))
        box.setFocus()
        _paste_key(box)
        assert box.property(paste_guard.REFUSED_PROPERTY) is None
    finally:
        box.close()
        box.deleteLater()


def test_a_huge_paste_into_a_value_box_is_refused_not_cut_and_quoted_as_typed(module_window):
    """A spin box hands its keys to its line edit by a direct call, past the line edit's guard:
    a 40,000-character Ctrl+V into a value box was cut to 32,767 and the refusal quoted
    '(32,767 characters)' as if typed. The spin box is guarded itself: the paste is refused
    and the box keeps its value's text."""
    from PySide6.QtWidgets import QLineEdit
    spin = module_window.slider_panel.controls["capex_growth"].spin
    edit = spin.findChild(QLineEdit)
    before = edit.text()
    QGuiApplication.clipboard().setText("1" * 40_000)
    spin.setFocus()
    edit.selectAll()
    _paste_key(spin)
    assert edit.text() == before
    said = edit.property(paste_guard.REFUSED_PROPERTY)
    assert said and "40,000 characters" in said, said


def test_the_paste_of_a_value_box_context_menu_is_checked_too(module_window):
    """A spin box builds its line edit's context menu itself (adding Step up / Step down), and
    its Paste called paste() unchecked: 40,000 characters were cut to 32,767 in a value box.
    Every field's standard menu now has its Paste checked, whoever builds it."""
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QLineEdit
    spin = module_window.slider_panel.controls["capex_growth"].spin
    edit = spin.findChild(QLineEdit)
    edit.setProperty(paste_guard.REFUSED_PROPERTY, None)
    before = edit.text()
    QGuiApplication.clipboard().setText("1" * 40_000)
    edit.selectAll()
    seen = []

    def paste_from_the_menu():
        menu = QApplication.activePopupWidget()
        seen.append([a.objectName() for a in menu.actions()])
        next(a for a in menu.actions() if a.objectName() == "edit-paste").trigger()
        menu.close()
    QTimer.singleShot(100, paste_from_the_menu)
    QApplication.sendEvent(spin, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5),
                                                   spin.mapToGlobal(QPoint(5, 5))))
    assert seen, "no context menu opened"
    assert edit.text() == before
    said = edit.property(paste_guard.REFUSED_PROPERTY)
    assert said and "40,000 characters" in said, said


def test_a_note_box_wraps_at_words_and_leaves_an_unbroken_run_whole(module_window):
    """A 999,000-character note without a space (it fits the note's limit) froze the window for
    75 s, and 33 s per resize, while Qt looked for where to break the one word (measured with
    a paste into the save dialog's note box; 0.33 s after). The note box now wraps at word
    boundaries only: a sentence still wraps, an unbroken run stays one line (the box scrolls)."""
    from gui.features.snapshots import SaveSnapshotDialog
    dialog = SaveSnapshotDialog(module_window.features["snapshots"], "Mine")
    try:
        dialog.show()
        box = dialog.note_edit
        box.setPlainText("the revenue gap closes late " * 40)
        QTest.qWait(10)
        assert box.document().firstBlock().layout().lineCount() > 1     # wraps at words
        box.setPlainText("x" * 20_000)
        QTest.qWait(10)
        assert box.document().firstBlock().layout().lineCount() == 1    # not cut anywhere
    finally:
        dialog.close()


def test_a_refused_paste_into_a_value_box_is_said_in_the_status_line_like_a_refused_value(
        module_window):
    """Hostile 22: a too-long paste into a value box was said only in a tooltip, while a typed
    value the box refuses is said in the status line too (naming the parameter and the value
    that stays). The refused paste is now said the same way; the value stays."""
    from PySide6.QtWidgets import QLineEdit
    from gui import text
    control = module_window.slider_panel.controls["capex_growth"]
    spin, edit = control.spin, control.spin.findChild(QLineEdit)
    value = module_window.controller.value("capex_growth")
    module_window.status_label.setText("")
    QGuiApplication.clipboard().setText("7" * 40_000)
    spin.setFocus()
    edit.selectAll()
    _paste_key(spin)
    said = module_window.status_label.text()
    assert said.startswith(f"{text.param_label(control.parameter)}: "), said
    assert "40,000 characters" in said and "nothing was pasted" in said, said
    assert module_window.controller.value("capex_growth") == value


def test_a_refused_paste_into_a_count_box_is_said_in_the_explore_message_line(module_window):
    """Hostile 22: the Explore dock says a refused typed number of scenarios in its message
    line, a refused paste into the same box only in a tooltip. Now in the message line too."""
    from PySide6.QtWidgets import QLineEdit
    module_window.features["explore"].show()
    panel = module_window.features["explore"].panel
    panel.set_message("")
    edit = panel.samples.findChild(QLineEdit)
    before = edit.text()
    QGuiApplication.clipboard().setText("5" * 40_000)
    panel.samples.setFocus()
    edit.selectAll()
    _paste_key(panel.samples)
    assert edit.text() == before
    assert "40,000 characters" in panel.message.text(), panel.message.text()


def test_a_refused_paste_into_a_dialogs_field_is_said_in_the_status_line_too(module_window):
    """Hostile 24: a value box and the Explore dock's boxes said a refused paste beside the box
    and where their other refusals are; the save dialog's name and note, the scenario-code
    field and the goal-seek target said it only in a tooltip, gone as the mouse moved. Every
    field of the window and its dialogs now says it in the status line too (one shared path,
    MainWindow._paste_refused); a box whose owner words it itself keeps its owner's words."""
    from gui.features.snapshots import SaveSnapshotDialog
    dialog = SaveSnapshotDialog(module_window.features["snapshots"], "Mine", module_window)
    try:
        dialog.show()
        module_window.status_label.setText("")
        QGuiApplication.clipboard().setText("n" * 300)
        dialog.name_edit.setFocus()
        _paste_key(dialog.name_edit)
        said = module_window.status_label.text()
        assert "300 characters" in said and "at most 200" in said, said
        assert dialog.name_edit.text() == "Mine"
    finally:
        dialog.close()
    goal_seek = module_window.features["goal_seek"].open()
    try:
        module_window.status_label.setText("")
        QGuiApplication.clipboard().setText("9" * 40_000)
        goal_seek.target_edit.setFocus()
        _paste_key(goal_seek.target_edit)
        assert "40,000 characters" in module_window.status_label.text()
    finally:
        goal_seek.close()


def test_the_guards_property_names_are_named_once():
    """Hostile 24: paste_guard set and read 'pasteChecked' and 'pasteGuarded' as bare strings
    at each use (a typo in one is a guard that never takes, without an error). Every property
    the guard sets or reads is now one of its named constants."""
    import ast
    from pathlib import Path
    source = Path(paste_guard.__file__).read_text(encoding="utf-8")
    bare = [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("setProperty", "property") and node.args
            and isinstance(node.args[0], ast.Constant)]
    assert bare == [], f"property names written out on lines {bare}"
    uses = [node for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("setProperty", "property")]
    assert len(uses) >= 4        # the scan sees the guard's uses (refused, guarded, checked, claimed)

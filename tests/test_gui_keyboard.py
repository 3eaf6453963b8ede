"""The window by keyboard alone, as a facilitator at a projector drives it (a keyboard dry run
in German at 1280 x 720): key names in the interface language, menus by Alt+letter, the focus
visible."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from gui.features.menu_keys import mnemonic   # the letter after a single '&', lower-case

WINDOW_ARGV = ["--lang", "de"]


@pytest.fixture
def window(module_window):
    """The module's shared German window (tests leave it as they found it)."""
    return module_window


def test_the_predict_and_replay_tooltips_name_their_keys_in_german(window):
    """The German tooltip of 'Erst schätzen, dann aufdecken' ended '(Ctrl+Shift+P)' while its
    menu entry and every other German tooltip read 'Strg+…'."""
    replay = window.features["replay"]
    native = QKeySequence("Ctrl+Shift+P").toString(QKeySequence.SequenceFormat.NativeText)
    assert native != "Ctrl+Shift+P"                     # German key names installed
    assert f"({native})" in replay.predict_action.toolTip()
    assert "Ctrl" not in replay.predict_action.toolTip()
    assert "(F5)" in replay.replay_action.toolTip()


def ring_of(window):
    """The focus ring shown in `window` now (None if none is)."""
    from PySide6.QtWidgets import QWidget
    rings = [r for r in window.findChildren(QWidget, "focusRing") if r.isVisible()]
    assert len(rings) <= 1
    return rings[0] if rings else None


def around(ring, widget) -> bool:
    """True if `ring` lies around `widget`, close to it (within 8 px)."""
    from PySide6.QtCore import QRect
    rect = QRect(widget.mapTo(ring.parentWidget(), widget.rect().topLeft()), widget.size())
    outer = ring.geometry()
    return (outer.contains(rect) and rect.left() - outer.left() <= 8
            and outer.right() - rect.right() <= 8 and rect.top() - outer.top() <= 8)


def test_a_control_reached_by_tab_is_ringed_where_a_room_can_see_it(qtbot, window):
    """At 1280 x 720 on a projector, the slider, button or snapshot list Tab had reached was
    marked by a one-pixel tint or not at all. A control reached by the keyboard gets a thick
    ring; a mouse click takes it away; the ring takes neither the focus nor the mouse."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    window.activateWindow()
    control = window.slider_panel.controls["monetization_speed"]
    control.slider.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: ring_of(window) is not None, timeout=2000)
    ring = ring_of(window)
    assert around(ring, control.slider)
    assert ring.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert ring.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    control.spin.setFocus(Qt.FocusReason.BacktabFocusReason)      # the ring follows the focus
    qtbot.waitUntil(lambda: ring_of(window) is not None and around(ring_of(window), control.spin),
                    timeout=2000)
    QTest.mouseClick(control.slider, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ring_of(window) is None, timeout=2000)
    # Alt gives the menu bar the focus: it marks its own (a ring framed the whole bar)
    window.features["focus_ring"].show_for(window.menuBar())
    assert ring_of(window) is None


def test_a_key_pressed_in_a_clicked_control_rings_it(qtbot, window):
    """Clicked with the mouse, then driven by the arrow keys: from the first key on the room
    sees which control the keys move."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    window.activateWindow()
    control = window.slider_panel.controls["power_buildout"]
    control.slider.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.wait(20)
    assert ring_of(window) is None
    value = window.controller.value("power_buildout")
    try:
        QTest.keyClick(control.slider, Qt.Key.Key_Right)
        qtbot.waitUntil(lambda: ring_of(window) is not None, timeout=2000)
        assert around(ring_of(window), control.slider)
    finally:
        window.controller.apply_values({"power_buildout": value})
        window.controller.flush()
        window.features["focus_ring"].hide()


def seen(widget) -> bool:
    """True if some of `widget` shows in its window: its rectangle, cut by every parent's."""
    rect = widget.rect()
    while not widget.isWindow():
        rect = rect.translated(widget.pos()).intersected(widget.parentWidget().rect())
        widget = widget.parentWidget()
    return widget.isVisible() and not rect.isEmpty()


def test_tab_never_lands_on_a_control_the_room_cannot_see(qtbot, window):
    """With the snapshot panel and the tornado as tabs below the sliders (1280 x 720), Tab went
    on from the tornado into the buttons and list of the snapshot panel behind it: five
    presses with the focus nowhere to be seen. Tab and Shift+Tab now pass only controls that
    show."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    window.resize(1280, 720)
    features = window.features
    features["snapshots"].dock.show()
    features["tornado"].dock.show()
    features["tornado"].dock.raise_()
    window.activateWindow()
    start = window.slider_panel.controls["capex_growth"].slider
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    snapshot_list = features["snapshots"].panel.list
    qtbot.waitUntil(lambda: seen(features["tornado"].panel), timeout=2000)
    assert not seen(snapshot_list)                              # its tab lies behind the tornado
    try:
        for forward in (True, False):
            visited = []
            for _ in range(60):
                window.focusNextPrevChild(forward)
                # a control that does not show is passed over (one event-loop turn a control)
                qtbot.waitUntil(lambda: seen(QApplication.focusWidget()), timeout=1000)
                focus = QApplication.focusWidget()
                if focus is start:
                    break
                visited.append(focus)
            unseen = [f"{type(f).__name__} {f.objectName()}" for f in visited if not seen(f)]
            assert len(visited) > 5 and not unseen, unseen
            assert snapshot_list not in visited
    finally:
        features["snapshots"].dock.hide()
        features["tornado"].dock.hide()


@pytest.mark.parametrize("feature, first", [("tornado", "tornadoHeadline"),
                                            ("explore", None),
                                            ("storyline", "storylineNext")])
def test_a_dock_opened_by_its_key_takes_the_keyboard_focus(qtbot, window, feature, first):
    """Ctrl+T, Ctrl+Shift+E and Ctrl+Shift+G opened their docks and left the focus on a
    slider: a keyboard user tabbed through the window to reach them. The dock now takes the
    focus: the guided round at its Next button (Space steps on), the others at their first
    control."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    installed = window.features[feature]
    action = installed.action
    window.activateWindow()
    window.slider_panel.controls["capex_growth"].slider.setFocus(Qt.FocusReason.TabFocusReason)
    try:
        action.trigger()
        dock = installed.dock
        qtbot.waitUntil(lambda: dock.isVisible() and QApplication.focusWidget() is not None
                        and dock.isAncestorOf(QApplication.focusWidget()), timeout=2000)
        focus = QApplication.focusWidget()
        if first is not None:
            assert focus.objectName() == first
        assert focus.isVisible() and focus.isEnabled()
    finally:
        installed.dock.hide()
        window.slider_panel.controls["capex_growth"].slider.setFocus()


def test_tab_stops_only_at_controls_the_keyboard_drives(qtbot, window):
    """Tab stopped at the plot grid (the ring around all six plots) and at each dock's scroll
    area (the ring around the whole dock), where no key did anything: 3 of the 16 stops of a
    round. The plots and the dock frames are no Tab stops now; the controls in a dock are."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from gui.main_window import DockScroll
    features = window.features
    features["tornado"].dock.show()
    window.activateWindow()
    start = window.slider_panel.controls["capex_growth"].slider
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    visited = []
    try:
        for _ in range(60):
            window.focusNextPrevChild(True)
            qtbot.waitUntil(lambda: seen(QApplication.focusWidget()), timeout=1000)
            if QApplication.focusWidget() is start:
                break
            visited.append(QApplication.focusWidget())
    finally:
        features["tornado"].dock.hide()
    assert window.plot_grid not in visited
    assert not [w for w in visited if isinstance(w, DockScroll)]
    assert any(features["tornado"].dock.isAncestorOf(w) for w in visited)    # its controls


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_two_entries_of_an_open_menu_underline_the_same_letter(window, module_windows, lang):
    """Alt+V then P only moved the highlight between '&Parameter panel' and '&Presentation
    mode' (Qt presses neither of two entries with one letter); German Ansicht had the same
    pair, Analyse '&Was hat sich geändert?' / '&Was wäre nötig'. An open menu now underlines
    each letter once, and every entry that had a letter still has one."""
    shown = window if lang == "de" else module_windows(["--lang", "en"])
    menus = [a.menu() for a in shown.menuBar().actions() if a.menu() is not None]
    had = {}
    while menus:
        menu = menus.pop()
        before = {a: mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()}
        menu.aboutToShow.emit()                      # as when it opens
        letters = [mnemonic(a.text()) for a in menu.actions()
                   if not a.isSeparator() and a.isVisible() and mnemonic(a.text())]
        assert len(letters) == len(set(letters)), (menu.title(), letters)
        had.update({a: bool(letter) for a, letter in before.items()})
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]
    assert all(bool(mnemonic(a.text())) == on for a, on in had.items())


def test_tab_reaches_every_control_of_the_guided_round(qtbot, window):
    """Screen review 21: the guided round's Next button was its panel's focus proxy, so Tab
    from the levers went straight to Next, past the storyline chooser, the text and Back;
    only Shift+Tab reached them. Tab now stops at each of them, Next first (where the focus
    goes when the dock opens), and Shift+Tab at each too."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    feature = window.features["storyline"]
    panel = feature.panel
    window.resize(1280, 720)
    feature.dock.show()
    panel.choose(panel.storylines[0].slug)
    panel.go_to(1)                           # Back enabled, the chooser shown (not presenting)
    window.activateWindow()
    start = window.slider_panel.controls["capex_growth"].slider
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    controls = {panel.next_button, panel.back_button, panel.story_box, panel.scroll}
    try:
        for forward in (True, False):
            visited = []
            for _ in range(60):
                window.focusNextPrevChild(forward)
                qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=1000)
                focus = QApplication.focusWidget()
                if focus is start:
                    break
                visited.append(focus)
            missing = [c.objectName() for c in controls if c not in visited]
            assert missing == [], (forward, missing)
            if forward:
                assert [c for c in visited if c in controls][0] is panel.next_button
    finally:
        feature.dock.hide()
        panel.choose(panel.storylines[0].slug)

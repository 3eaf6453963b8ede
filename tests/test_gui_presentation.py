"""Presentation mode: F11 enters, Esc and F11 leave; fonts, panels, slider groups, docks,
toolbars and the window state are restored exactly."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QToolBar

from model import panels
from model import parameters as P


WINDOW_ARGV = ["--size", "1280x720"]


@pytest.fixture
def window(module_window):
    """The module's one window (conftest.module_window), put back after each test: presentation
    mode left, its panel choice and the storyline dock as they were, every parameter at its
    default with an empty undo history. Each test checks itself that leaving restores the
    layout it found."""
    presentation = module_window.features["presentation"]
    storyline_dock = module_window.features["storyline"].dock
    panels, dock_hidden = presentation.shown_panels(), storyline_dock.isHidden()
    yield module_window
    presentation.leave()
    presentation.set_panels(panels)
    storyline_dock.setHidden(dock_hidden)
    controller = module_window.controller
    controller.apply_values(P.defaults())
    controller.flush()
    controller.undo_stack.clear()


def layout_state(w):
    sp = w.slider_panel
    return {
        "panels": w.plot_grid.visible_panels(),
        "plots_hidden": {k: p.plot.isVisible() for k, p in w.plot_grid.panels.items()},
        "advanced_hidden": sp.scroll.isHidden(),
        "docks": {d.objectName(): d.isHidden() for d in w.findChildren(QDockWidget)},
        "toolbars": {t.objectName(): t.isHidden() for t in w.findChildren(QToolBar)},
        "headline_value_pt": w.headlines.cards["peak_stress"].value.font().pointSizeF(),
        "lever_label_pt": sp.controls["capex_growth"].label.font().pointSizeF(),
        "window_pt": w.font().pointSizeF(),
        "statusbar_hidden": w.statusBar().isHidden(),
        "state": w.windowState(),
        "line_width": w.plot_grid.panels["stress"].curves["stress_index"].opts["pen"].widthF(),
    }


def test_presentation_mode_changes_the_layout_and_restores_it(qtbot, window):
    feature = window.features["presentation"]
    window.features["storyline"].dock.show()
    before = layout_state(window)
    feature.set_count(2)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert feature.active and feature.action.isChecked()
    during = layout_state(window)
    assert during["panels"] == feature.shown_panels() and len(during["panels"]) == 2
    assert sum(during["plots_hidden"].values()) == 2
    # (at 1280 × 720 the open guided round sits below the primary levers, so the advanced
    # groups were hidden before as well: MainWindow.place_dock)
    assert during["advanced_hidden"]
    assert all(not window.slider_panel.controls[k].isHidden()
               for k in ("capex_growth", "monetization_speed", "power_buildout"))
    assert during["headline_value_pt"] > before["headline_value_pt"]
    assert during["lever_label_pt"] > before["lever_label_pt"]
    assert during["window_pt"] > before["window_pt"]
    assert during["line_width"] > before["line_width"]
    assert during["statusbar_hidden"]
    assert not during["toolbars"]["presentationToolbar"] and during["toolbars"]["mainToolbar"]
    assert not during["docks"]["storylineDock"]              # the facilitator's panel stays
    assert during["state"] & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not feature.active and not feature.action.isChecked()
    qtbot.waitUntil(lambda: layout_state(window) == before, timeout=2000)


def test_f11_leaves_too_and_everything_stays_live(qtbot, window):
    feature = window.features["presentation"]
    before = layout_state(window)
    feature.set_count(1)
    feature.action.trigger()
    assert window.plot_grid.visible_panels() == feature.shown_panels()
    with qtbot.waitSignal(window.controller.resultsChanged, timeout=5000):
        window.controller.apply_values({"capex_growth": 100})
    x, y = window.plot_grid.curve_data("revenue", "required_revenue_busd")
    assert y[-1] == window.controller.results["required_revenue_busd"][0, -1]
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not feature.active
    assert layout_state(window) == before


@pytest.mark.parametrize("count", [1, 2, 4])
def test_chosen_panels_are_shown(qtbot, window, count):
    feature = window.features["presentation"]
    feature.enter()
    feature.set_count(count)
    box = feature.slot_boxes[0]
    box.setCurrentIndex(box.findData("financing"))
    box.activated.emit(box.currentIndex())
    shown = window.plot_grid.visible_panels()
    assert len(shown) == count and shown[0] == "financing"
    assert {k for k, p in window.plot_grid.panels.items() if p.plot.isVisible()} == set(shown)
    feature.leave()
    assert window.plot_grid.visible_panels() == tuple(window.plot_grid.panels)


def test_the_plot_grid_shows_the_registered_panels(window):
    assert window.plot_grid.panel_keys() == panels.keys()
    assert window.plot_grid.visible_panels() == panels.default_visible()


def test_the_primary_levers_show_their_whole_unit_in_presentation_type(qtbot, window):
    """'GW per year' was cut to 'GW per yea' in presentation mode: the slider column widens to
    what the levers need in the larger type."""
    feature = window.features["presentation"]
    feature.enter()
    try:
        qtbot.waitUntil(lambda: all(
            window.slider_panel.controls[k].unit.width()
            >= window.slider_panel.controls[k].unit.sizeHint().width()
            for k in ("capex_growth", "monetization_speed", "power_buildout")), timeout=3000)
    finally:
        feature.leave()


def test_the_panel_count_reads_as_a_number_after_its_label(window):
    """'Panels: 2 panel(s)' (English has no plural forms without a translation file): the
    chooser lists the numbers alone, after 'Panels:'."""
    from gui.features.presentation import PANEL_COUNTS
    box = window.features["presentation"].count_box
    assert [box.itemText(i) for i in range(box.count())] == [str(n) for n in PANEL_COUNTS]


def test_the_snapshot_docks_buttons_keep_their_words_in_presentation_type(qtbot, window):
    """At 1280 × 720 in presentation type the snapshot dock's 'More' drew its menu arrow over
    its word: every button there is as wide as its text, its margins and, with a menu, the
    arrow."""
    from PySide6.QtWidgets import QAbstractButton, QStyle
    feature = window.features["presentation"]
    snapshots = window.features["snapshots"]
    feature.enter()
    try:
        snapshots.dock.setVisible(True)
        qtbot.waitUntil(snapshots.panel.isVisible, timeout=3000)
        qtbot.wait(100)
        short = {}
        for button in snapshots.panel.findChildren(QAbstractButton):
            if not button.isVisible() or not button.text():
                continue
            arrow = (button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
                     if getattr(button, "menu", lambda: None)() is not None else 0)
            margin = button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin)
            need = (button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
                    + arrow + 2 * margin)
            if button.width() < need:
                short[button.text()] = (button.width(), need)
        assert short == {}
    finally:
        snapshots.dock.setVisible(False)
        feature.leave()


def test_a_narrowed_slider_column_keeps_the_levers_units_in_presentation_type(qtbot, window):
    """The slider column widened to the levers' units on entering presentation mode, but
    dragging the splitter (or a dock below the levers) narrowed it again and cut 'GW per
    year': its minimum is what the levers shown need. Leaving gives back the column's width."""
    feature = window.features["presentation"]
    before = window.splitter.sizes()
    keys = ("capex_growth", "monetization_speed", "power_buildout")
    controls = window.slider_panel.controls

    def units_whole():
        return all(controls[k].unit.width() >= controls[k].unit.sizeHint().width() for k in keys)
    feature.enter()
    try:
        qtbot.waitUntil(units_whole, timeout=3000)
        total = sum(window.splitter.sizes())
        window.splitter.setSizes([200, total - 200])       # the facilitator drags it narrower
        qtbot.wait(50)
        assert units_whole(), {k: (controls[k].unit.width(), controls[k].unit.sizeHint().width())
                               for k in keys}
    finally:
        feature.leave()
    qtbot.waitUntil(lambda: window.splitter.sizes() == before, timeout=3000)


class _FakeScreen:
    def __init__(self, height):
        self.height = height

    def geometry(self):
        from PySide6.QtCore import QRect
        return QRect(0, 0, self.height * 16 // 9, self.height)


class _OnScreen:
    def __init__(self, height):
        self._screen = _FakeScreen(height)

    def screen(self):
        return self._screen


def test_presentation_type_takes_the_same_share_of_a_taller_screen(qtbot, window, monkeypatch):
    """On a 1920 × 1080 projector presentation type was as many pixels high as on a 1280 × 720
    one, so a third smaller in the projected picture: it grows with the screen's height."""
    from gui.features import presentation as module
    assert module.screen_scale(_OnScreen(720)) == 1.0
    assert module.screen_scale(_OnScreen(600)) == 1.0          # never smaller than designed
    assert module.screen_scale(_OnScreen(1080)) == pytest.approx(1080 / 720)
    feature = window.features["presentation"]
    grid = window.plot_grid
    key = grid.visible_panels()[0]
    sizes, real = {}, module.screen_scale
    for height in (720, 1080):          # the window on a screen of that height
        monkeypatch.setattr(module, "screen_scale", lambda _w, h=height: real(_OnScreen(h)))
        feature.enter()
        try:
            sizes[height] = (grid.panels[key].plot.getAxis("left").style["tickFont"].pointSizeF(),
                             window.font().pointSizeF())
        finally:
            feature.leave()
    assert sizes[1080][0] == pytest.approx(sizes[720][0] * 1.5)
    assert sizes[1080][1] == pytest.approx(sizes[720][1] * 1.5)


def test_a_label_styled_by_a_style_sheet_takes_the_presentation_type(qtbot, window):
    """The guided round's 'Step 2 of 6' (grey by a style sheet) stayed in the normal type in
    presentation mode: such a label gets the type of what it lies in, and its own back after."""
    feature = window.features["presentation"]
    story = window.features["storyline"]
    counter = story.panel.counter
    story.dock.setVisible(True)
    normal = counter.fontInfo().pointSizeF()
    feature.enter()
    try:
        qtbot.wait(20)
        assert counter.styleSheet()
        assert counter.fontInfo().pointSizeF() == pytest.approx(
            counter.parentWidget().fontInfo().pointSizeF(), abs=0.5)
        assert counter.fontInfo().pointSizeF() > normal * 1.2
    finally:
        feature.leave()
        story.dock.setVisible(False)
    assert counter.fontInfo().pointSizeF() == pytest.approx(normal)


def test_a_dock_beside_the_plots_is_as_wide_as_its_panel_in_larger_type(qtbot, window,
                                                                       monkeypatch):
    """On a 1920 × 1080 projector (presentation type 1.5 times larger) the snapshot dock opened
    beside the plots at its normal width: 'Compare table' was cut and the panel scrolled
    sideways. It opens as wide as its panel needs (below the levers, where presentation mode
    puts every dock: test_layout_modes.py, the guided round at any size)."""
    from gui.features import presentation as module
    monkeypatch.setattr(module, "screen_scale", lambda _w: 1.5)
    feature = window.features["presentation"]
    snapshots = window.features["snapshots"]
    feature.enter()
    try:
        qtbot.wait(50)
        window.resize(1920, 1080)             # (full screen here: the screen's size)
        qtbot.waitUntil(lambda: window.width() == 1920, timeout=3000)
        snapshots.dock.setVisible(True)
        qtbot.waitUntil(snapshots.panel.isVisible, timeout=3000)
        qtbot.wait(100)
        assert snapshots.dock.parentWidget() is window.slider_column   # below the levers
        holder = snapshots.dock.widget()
        assert not holder.horizontalScrollBar().isVisible()
        button = snapshots.panel.table_button
        assert button.width() >= button.minimumSizeHint().width()
    finally:
        snapshots.dock.setVisible(False)
        feature.leave()


def test_the_explore_docks_chart_follows_presentation_type(window):
    """At 1920 × 1080 in presentation mode the Explore dock's trade-off chart kept its axis
    numbers and titles in the normal type (pyqtgraph draws them in the scene's font) while the
    rest of the dock grew: they are drawn in the chart's own type, before and in presentation
    mode alike."""
    from PySide6.QtGui import QFont
    from helpers_window import settle
    explore, presentation = window.features["explore"], window.features["presentation"]
    plot = explore.panel.plot

    def drawn_sizes():
        """The point sizes of the axes' numbers and titles as pyqtgraph draws them."""
        item = plot.getPlotItem()
        return {(side, part): font.pointSizeF()
                for side in ("bottom", "left")
                for part, font in (("numbers", item.getAxis(side).style["tickFont"] or QFont()),
                                   ("title", item.getAxis(side).label.font()))}

    explore.show()
    settle(window)
    normal_type = plot.font().pointSizeF()
    assert set(drawn_sizes().values()) == {normal_type}
    presentation.enter()
    explore.show()
    settle(window)
    try:
        assert plot.font().pointSizeF() > 1.2 * normal_type          # the dock's type grew
        assert set(drawn_sizes().values()) == {plot.font().pointSizeF()}   # and the chart's
    finally:
        presentation.leave()
        explore.dock.setVisible(False)
    settle(window)
    assert set(drawn_sizes().values()) == {normal_type}


def test_the_windows_opened_from_the_explorer_take_presentation_type(window):
    """Goal-seek, help and the compare table stayed in the normal type (9 pt) in presentation
    mode, too small at the back of a room: they take the explorer's type, in presentation mode
    and back."""
    from PySide6.QtGui import QFont
    from gui.widgets.compare_table import CompareDialog
    from helpers_window import settle
    presentation = window.features["presentation"]
    opened = [window.features["goal_seek"].open(), window.features["help"].open(),
              CompareDialog(window)]
    opened[-1].show()
    normal = QFont(window.font()).pointSizeF()
    try:
        assert [w.font().pointSizeF() for w in opened] == [normal] * 3
        presentation.enter()
        settle(window)
        larger = window.font().pointSizeF()
        assert larger > 1.2 * normal
        assert [w.font().pointSizeF() for w in opened] == [larger] * 3
        presentation.leave()
        settle(window)
        assert [w.font().pointSizeF() for w in opened] == [normal] * 3
    finally:
        for w in opened:
            w.close()


def test_the_bust_year_label_takes_the_axes_type_in_presentation_mode(window):
    """The label of the bust marker ('bust 2031') stayed in the normal type in presentation
    mode while the axes' numbers grew: it is drawn in the axes' type, before, in and after
    presentation mode."""
    from PySide6.QtGui import QFont
    from helpers_window import settle
    grid, presentation = window.plot_grid, window.features["presentation"]

    def sizes():
        axis = grid.panels["stress"].plot.getAxis("left")
        return (grid.bust_label_font("stress").pointSizeF(),
                (axis.style["tickFont"] or QFont()).pointSizeF())

    label, axis = sizes()
    assert label == axis
    presentation.enter()
    settle(window)
    try:
        label_presenting, axis_presenting = sizes()
        assert axis_presenting >= 1.3 * axis - 0.01        # the axes grew (PLOT_FONT_SCALE)
        assert label_presenting == axis_presenting         # and the bust label with them
    finally:
        presentation.leave()
    settle(window)
    assert sizes() == (label, axis)
    assert grid.bust_label_font("power") is None            # a panel without a bust marker


def test_a_coloured_change_is_as_large_as_an_uncoloured_one_in_presentation_type(window):
    """In presentation mode the coloured changes ('−7.2 GW', better than the baseline: the
    ones a room reads) took 0.8 of the card's type, smaller than an uncoloured '±0' beside
    them (9.4 pt against 11.7 pt at 1280 × 720). Every change is drawn in the card's type,
    larger than in the normal view; leaving gives the normal type back."""
    from model import presets
    from helpers_window import settle
    feature = window.features["presentation"]
    strip = window.headlines
    window.controller.apply_values(presets.find("soft_landing").full_values())
    window.controller.flush()
    settle(window)

    def changes():
        coloured = {k: c.change.font().pointSizeF() for k, c in strip.cards.items()
                    if c.change.text() and c.change_color()}
        plain = {k: c.change.font().pointSizeF() for k, c in strip.cards.items()
                 if c.change.text() and not c.change_color()}
        return coloured, plain

    normal_coloured, normal_plain = changes()
    assert normal_coloured and normal_plain                # both kinds are on show
    normal = max(normal_plain.values())
    feature.enter()
    try:
        settle(window)
        coloured, plain = changes()
        card_type = strip.font().pointSizeF()
        assert all(size == pytest.approx(card_type)
                   for size in [*coloured.values(), *plain.values()]), (coloured, plain)
        assert card_type > normal * 1.2
    finally:
        feature.leave()
    settle(window)
    coloured, plain = changes()
    assert all(size == pytest.approx(normal) for size in [*coloured.values(), *plain.values()])


def test_a_change_that_loses_its_colour_keeps_presentation_type(window):
    """In presentation mode a change that went from coloured ('+1 yr') back to '±0' fell to
    9 pt (a label's style sheet, removed, put back the type it had before it): coloured or
    not, before and after, the change is drawn in the card's type."""
    from dataclasses import replace

    from model import outputs
    from model import simulate
    from helpers_window import settle
    feature, strip = window.features["presentation"], window.headlines
    card = strip.cards["peak_debt_busd"]
    base = outputs.headlines(simulate(P.defaults()))["peak_debt_busd"]
    moved = replace(base, value=base.value * 1.5)
    feature.enter()
    try:
        settle(window)
        card_type = card.fontInfo().pointSizeF()
        seen = []
        for shown, direction in ((base, None), (moved, -1), (base, None), (moved, 1), (base, None)):
            card.display(shown, base, direction)
            settle(window)
            seen.append((card.change.text(), card.change_color(),
                         card.change.fontInfo().pointSizeF()))
        assert {colour is None for _, colour, _ in seen} == {True, False}    # both were shown
        assert all(size == pytest.approx(card_type) for _, _, size in seen), (card_type, seen)
    finally:
        feature.leave()
        strip.show_results(strip.results)


def test_an_analysis_dock_opened_while_presenting_gets_the_levers_value_rows(window):
    """Screen review 24: the sensitivity tornado opened while presenting (below the levers, at
    1280 × 720) found the levers' values still on rows of their own: about 90 px of the column
    it needed, one bar and a half of the tornado shown. As with the guided round, the values go
    beside the tracks while a dock lies below the levers, and back on their rows when it
    closes."""
    from helpers_window import settle
    feature, tornado = window.features["presentation"], window.features["tornado"]
    feature.enter()
    try:
        window.resize(1280, 720)
        settle(window)
        assert window.slider_panel.value_rows()
        tornado.show()
        settle(window)
        assert tornado.dock in window.column_docks()
        assert not window.slider_panel.value_rows()
        tornado.dock.setVisible(False)
        settle(window)
        assert window.slider_panel.value_rows()
    finally:
        tornado.dock.setVisible(False)
        feature.leave()


def test_menus_take_presentation_type_and_give_it_back(window):
    """Screen review 24: the menus (File, Analysis, ... opened in front of the room) stayed in
    the normal 9 pt type in presentation mode, below a menu bar in 11.7 pt: a menu is a window
    of its own and took the application's type, not the explorer's (a plot's right-click menu,
    made when it opens, too)."""
    from PySide6.QtWidgets import QApplication, QMenu
    feature = window.features["presentation"]
    menus = [m for m in window.findChildren(QMenu) if m.actions()]
    assert len(menus) >= 5
    before = {m: m.font().pointSizeF() for m in menus}
    feature.enter()
    try:
        larger = window.font().pointSizeF()
        assert larger > max(before.values()) * 1.2
        assert [m.title() for m in menus if abs(m.font().pointSizeF() - larger) > 0.01] == []
        # a plot's right-click menu, made when it opens
        grid = window.plot_grid
        grid.customContextMenuRequested.emit(grid.rect().center())
        opened = QApplication.activePopupWidget()
        assert isinstance(opened, QMenu)
        assert abs(opened.font().pointSizeF() - larger) <= 0.01
        opened.close()
    finally:
        feature.leave()
    assert {m: m.font().pointSizeF() for m in menus} == before


def test_a_text_fields_own_context_menu_takes_presentation_type_too(window):
    """Each context menu set WA_WindowPropagation itself (the plots', a slider's, the snapshot
    list's); the menu Qt makes for a text field (Undo, Cut, Copy, Paste ...) set none and opened
    in the application's 9 pt in presentation mode. Now one application filter
    (gui/menu_type.py) gives every menu the type of the widget it opens for."""
    from PySide6.QtWidgets import QLineEdit
    feature = window.features["presentation"]
    field = window.findChildren(QLineEdit)[0]
    feature.enter()
    try:
        larger = window.font().pointSizeF()
        menu = field.createStandardContextMenu()
        menu.ensurePolished()
        shown = menu.font().pointSizeF()         # the field's own type (its parent's)
        assert abs(shown - field.font().pointSizeF()) <= 0.01 and shown >= larger - 0.01, \
            (shown, field.font().pointSizeF(), larger)
        menu.deleteLater()
    finally:
        feature.leave()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_explore_docks_tabs_are_as_wide_as_their_content_in_presentation_type(
        module_windows, lang, tmp_path, monkeypatch):
    """The Explore dock's tabs scroll up and down only; their width was fixed from their
    content in the normal type, so in presentation type (1920 × 1080, German) the text and the
    fields on the right were cut off. In presentation mode each tab's content fits its view,
    in its larger type, and the dock does not scroll sideways instead."""
    from PySide6.QtWidgets import QApplication
    from helpers_window import settle
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(tmp_path))
    window = module_windows(["--lang", lang, "--size", "1280x720"])
    explore, presentation = window.features["explore"], window.features["presentation"]
    normal_type = explore.panel.tabs.widget(0).widget().font().pointSizeF()
    presentation.enter()
    window.resize(1280, 720)
    QApplication.processEvents()
    explore.show()
    settle(window)
    try:
        tabs = explore.panel.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle(window)
            scroll = tabs.widget(index)
            content = scroll.widget()
            assert content.font().pointSizeF() > 1.2 * normal_type       # presentation type
            assert content.minimumSizeHint().width() <= scroll.viewport().width(), index
            assert content.width() <= scroll.viewport().width(), index
    finally:
        explore.panel.tabs.setCurrentIndex(0)
        presentation.leave()
        explore.dock.setVisible(False)
    settle(window)


def test_a_dock_beside_the_plots_comes_back_beside_them_after_presentation(qtbot, window):
    """The projector review: the guided round below the sliders, the snapshots dock beside the
    plots; after F11 and Esc the snapshots dock stood below the sliders, tabbed with the guided
    round (restoreState moves the docks of the slider column too, and a feature dock shown
    again asked where to go while the window still had its full-screen layout)."""
    from helpers_window import settle
    size = window.size()
    snapshots = window.features["snapshots"].dock
    story = window.features["storyline"].dock
    try:
        story.hide()
        window.resize(1280, 720)                 # the guided round opens below the sliders
        story.show()
        settle(window)
        window.resize(1800, 900)                 # room beside the plots for the snapshots
        settle(window)
        snapshots.show()
        settle(window)
        before = {d: (d.parentWidget(), d.width()) for d in (story, snapshots)}
        assert before[snapshots][0] is window and before[story][0] is window.slider_column
        feature = window.features["presentation"]
        feature.enter()
        settle(window)
        feature.leave()
        settle(window)
        after = {d: (d.parentWidget(), d.width()) for d in (story, snapshots)}
        assert after == before and snapshots.isVisible() and story.isVisible()
    finally:
        snapshots.hide()
        window.resize(size)
        settle(window)


# --- screen review 19: a button in view for presentation mode ----------------------------------
def presentation_buttons(w):
    """The visible buttons of the window that trigger the presentation action."""
    from PySide6.QtWidgets import QToolButton
    action = w.features["presentation"].action
    return [b for b in w.findChildren(QToolButton)
            if b.defaultAction() is action and b.isVisible()]


@pytest.mark.parametrize("argv", [WINDOW_ARGV, ["--lang", "de", "--size", "1280x720"]])
def test_a_visible_button_enters_presentation_mode_and_names_its_key(qtbot, module_windows,
                                                                      argv):
    w = module_windows(argv)
    feature = w.features["presentation"]
    feature.leave()
    w.resize(1216, 684)          # the window a first start opens on a 1280 × 720 screen
    qtbot.waitUntil(lambda: w.width() == 1216)
    buttons = presentation_buttons(w)
    assert len(buttons) == 1, "no button in view enters presentation mode"
    button = buttons[0]
    left = button.mapTo(w, button.rect().topLeft()).x()
    assert left >= 0 and left + button.width() <= w.width()      # whole, in the window
    assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width()
    assert "F11" in button.toolTip()
    assert "<" not in button.toolTip()
    bar = w.menuBar()                               # the menu bar no taller for it
    titles = max(bar.actionGeometry(a).bottom() + 1 for a in bar.actions() if a.isVisible())
    assert bar.height() <= titles + 1, (bar.height(), titles)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert feature.active
    feature.leave()
    assert not feature.active


def test_closing_the_guided_round_while_presenting_keeps_the_presentation_layout(qtbot, window):
    """Screen review 19: the guided round opened before presentation mode, then closed while
    presenting, brought back the six panels of the normal view (the toolbar still said 4) and
    every slider group (the advanced assumptions), in presentation type at 1280 × 720."""
    feature = window.features["presentation"]
    story = window.features["storyline"]
    story.dock.show()
    panel = story.panel
    panel.choose(panel.storylines[0].slug)
    panel.go_to(len(panel.story.steps) - 1)          # a step naming four panels
    qtbot.waitUntil(lambda: len(window.plot_grid.visible_panels()) < len(window.plot_grid.panels))
    before = layout_state(window)
    feature.enter()
    feature.set_count(4)                             # the step's four (stepApplied chose them)
    presented = feature.shown_panels()
    story.action.trigger()                           # Ctrl+Shift+G: the guided round closes
    qtbot.waitUntil(lambda: story.dock.isHidden())
    qtbot.wait(50)
    assert (window.plot_grid.visible_panels(), window.slider_panel.scroll.isHidden()) == \
        (presented, True)                            # (True: the primary levers only)
    feature.leave()                                  # as it was: the guided round open again
    qtbot.waitUntil(lambda: layout_state(window) == before, timeout=2000)


def readout_line_height(grid, panel: str, year: float) -> float:
    """The height (pixels) of one line of panel `panel`'s hover readout at `year`."""
    grid.hover_at(panel, year)
    item = grid.panels[panel].hover_text
    lines = grid.hover_readout(panel).count("\n") + 1
    return item.textItem.boundingRect().height() / lines


def test_the_hover_readout_takes_presentation_type(qtbot, window):
    """Screen review 19: in presentation mode the readout of a hovered year stayed in 8 pt
    (about 10 px a line at 1280 × 720), beside axes numbers in 11.7 pt: the room could not read
    it. It is drawn in the axes' type, and its baseline figures in presentation's dark grey."""
    from PySide6.QtGui import QFontMetricsF
    feature = window.features["presentation"]
    grid = window.plot_grid
    key = feature.shown_panels()[0]
    normal = readout_line_height(grid, key, 2035.0)
    feature.enter()
    try:
        presented = readout_line_height(grid, key, 2035.0)
        axis_font = grid.panels[key].plot.getAxis("left").style["tickFont"]
        assert presented >= QFontMetricsF(axis_font).height() * 0.95
        assert presented > normal * 1.2
        html = grid.panels[key].hover_text.textItem.toHtml().lower()
        assert "#8c8c8c" not in html             # the light grey of the normal view
    finally:
        grid.clear_hover()
        feature.leave()


def test_tooltips_take_presentation_type_and_give_it_back(window):
    """Screen review 19: a headline card's tooltip (its definition, hovered to explain it to the
    room) stayed in the normal 9 pt type in presentation mode, beside 11.7 pt text."""
    from PySide6.QtWidgets import QToolTip
    feature = window.features["presentation"]
    before = QToolTip.font().pointSizeF()
    feature.enter()
    try:
        during = QToolTip.font().pointSizeF()
        assert during >= window.font().pointSizeF() - 0.01
        assert during > before * 1.2
    finally:
        feature.leave()
    assert QToolTip.font().pointSizeF() == before


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_explore_docks_tab_titles_are_whole_in_presentation_type(module_windows, lang,
                                                                     tmp_path, monkeypatch):
    """Screen review 19: below the levers in presentation type both tab titles of the Explore
    dock were cut ('Scenario discov…' / 'Global sensiti…', 'Szenario-Entdeck…' / 'Globale
    Sensitiv…' at 1280 × 720 and 1920 × 1080). The dock is titled Explore; its tabs say what
    each does in a word, the full name in their tooltips."""
    from PySide6.QtWidgets import QApplication
    from helpers_window import settle
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(tmp_path))
    window = module_windows(["--lang", lang, "--size", "1280x720"])
    explore, presentation = window.features["explore"], window.features["presentation"]
    presentation.enter()
    try:
        for size in ((1280, 720), (1920, 1080)):
            window.resize(*size)
            QApplication.processEvents()
            explore.show()
            settle(window)
            bar = explore.panel.tabs.tabBar()
            wanted = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
            assert wanted <= explore.panel.tabs.width(), (size, wanted, explore.panel.tabs.width())
            for i in range(bar.count()):
                assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), (size, i)
                assert len(bar.tabToolTip(i)) > len(bar.tabText(i))      # the full name
    finally:
        presentation.leave()
        explore.dock.setVisible(False)
    settle(window)


def test_the_guided_rounds_text_takes_the_choosers_room_while_presenting_a_step(qtbot, window):
    """Screen review 19: in presentation mode at 1280 × 720 the guided round's step texts had
    174 px below the levers (a title and four lines of narration), the story chooser above them
    taking 33 px. While presenting a step the chooser is hidden and the texts get its room; at
    the introduction (choosing a story) and after presentation mode it is back."""
    from helpers_window import settle
    feature = window.features["presentation"]
    story = window.features["storyline"]
    panel = story.panel
    story.dock.show()
    panel.choose(panel.storylines[0].slug)
    feature.enter()
    try:
        settle(window)
        assert panel.story_box.isVisible()                 # the introduction: choose a story
        panel.go_to(1)
        settle(window)
        assert not panel.story_box.isVisible()
        room = panel.scroll.viewport().height()
        chooser = panel.story_box.sizeHint().height()
        panel.story_box.setVisible(True)                   # (as it was before)
        settle(window)
        assert room >= panel.scroll.viewport().height() + chooser
        panel.go_to(2)                                     # the next step hides it again
        settle(window)
        assert not panel.story_box.isVisible()
        panel.choose(panel.storylines[0].slug)             # back to the introduction
        settle(window)
        assert panel.story_box.isVisible()
        panel.go_to(0)
        settle(window)
        assert not panel.story_box.isVisible()
    finally:
        feature.leave()
    settle(window)
    assert panel.story_box.isVisible()


def test_the_story_chooser_ends_a_title_it_cannot_show_whole_with_an_ellipsis(window):
    """Screen review 24b: in German presentation type at 1280 × 720 the guided round's story
    chooser showed 'Die Geschichte der Quellen: Schu' (298 px of a 654 px title), cut with no
    sign that more follows. The text its style is given to draw fits the box's text field and
    ends in '…'; the whole title is its tooltip and fits its open list."""
    from PySide6.QtWidgets import QProxyStyle, QStyle
    from helpers_window import settle

    class Recording(QProxyStyle):
        """Keeps the text each combo-box label is drawn with."""
        def __init__(self, base):
            super().__init__(base)
            self.drawn = []

        def drawControl(self, element, option, painter, widget=None):  # noqa: N802
            if element == QStyle.ControlElement.CE_ComboBoxLabel:
                self.drawn.append(option.currentText)
            super().drawControl(element, option, painter, widget)

    feature = window.features["presentation"]
    story = window.features["storyline"]
    panel = story.panel
    box = panel.story_box
    story.dock.show()
    panel.choose(panel.storylines[0].slug)
    feature.enter()
    recording = Recording(box.style().name())
    try:
        settle(window)
        title = box.currentText()
        room = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, _combo_option(box),
                                          QStyle.SubControl.SC_ComboBoxEditField, box).width()
        assert box.fontMetrics().horizontalAdvance(title) > room     # (too long to show whole)
        box.setStyle(recording)
        box.repaint()
        assert recording.drawn, "the chooser was not drawn"
        drawn = recording.drawn[-1]
        assert drawn.endswith("…") and title.startswith(drawn[:-1].rstrip()), drawn
        assert box.fontMetrics().horizontalAdvance(drawn) <= room, (drawn, room)
        assert title in box.toolTip()
        box.showPopup()
        settle(window)
        assert box.view().viewport().width() >= box.fontMetrics().horizontalAdvance(title)
        box.hidePopup()
    finally:
        box.setStyle(None)
        feature.leave()
        story.dock.setVisible(False)
    settle(window)


def _combo_option(box):
    """The style option `box` paints itself with."""
    from PySide6.QtWidgets import QStyleOptionComboBox
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    return option


def test_the_hover_crosshair_is_as_strong_as_presentation_lines(window):
    """Screen review 19: the year line of a hovered plot stayed 1 px at 43 % opacity in
    presentation mode beside lines twice their width: on a projector the room lost the year
    the facilitator pointed at. It takes the line scale and, in high contrast, the dark grey
    of the baseline."""
    feature = window.features["presentation"]
    grid = window.plot_grid
    key = feature.shown_panels()[0]
    line = grid.panels[key].crosshair
    normal = line.pen.widthF(), line.pen.color().alphaF()
    feature.enter()
    try:
        grid.hover_at(key, 2035.0)
        assert line.isVisible()
        assert line.pen.widthF() >= 2 * max(normal[0], 1.0)
        assert line.pen.color().alphaF() >= 0.9
    finally:
        grid.clear_hover()
        feature.leave()
    assert (line.pen.widthF(), line.pen.color().alphaF()) == normal


def test_the_baseline_legend_sample_is_drawn_as_the_baseline_lines_are(window):
    """Screen review 26 (1920 × 1080, presentation): the plots drew the baseline in the
    projector's thick dark grey dashes, while the legend above them kept the normal look's
    thin light grey sample: the key did not match the lines. The shared legend's baseline
    sample now has the baseline lines' pen in every look, and back in the normal one."""
    from gui import text
    grid = window.plot_grid

    def sample_pen():
        label = text.tr("Baseline")
        samples = [sample for sample, entry in grid.shared_legend.items if entry.text == label]
        assert len(samples) == 1
        return samples[0].item.opts["pen"]

    def line_pens():
        return {(p.color().name(), p.widthF(), p.style())
                for panel in grid.panels.values()
                for p in (item.opts["pen"] for item in panel.baseline.values())}

    presentation = window.features["presentation"]
    try:
        for enter in (True, False):
            if enter:
                presentation.enter()
            else:
                presentation.leave()
            lines = line_pens()
            assert len(lines) == 1                         # every panel draws it alike
            pen = sample_pen()
            assert {(pen.color().name(), pen.widthF(), pen.style())} == lines, enter
    finally:
        if presentation.active:
            presentation.leave()

"""Workshop features in the window: 'What changed?' attribution, 'What would it take?'
goal-seek, the baseline that follows the assumptions, guided rounds and the session log."""
import csv
import io

import numpy as np
import pytest

from gui.features.menu_keys import mnemonic   # the letter Alt+letter presses
from gui.widgets.attribution_chart import signed_text
from model import parameters as P
from model import simulate
from model.analysis.attribution import attribute
from model.analysis.baseline import assumption_baseline
from model.analysis.goal_seek import goal_seek
from model.workshop.storyline import load_storyline, STORYLINE_DIR

STORY = load_storyline(STORYLINE_DIR / "story_of_the_sources.json")


@pytest.fixture
def window(fresh_window):
    """The module's shared window in a new window's state (conftest.fresh_window)."""
    return fresh_window


def settle(window):
    window.controller.flush()


# --- attribution ------------------------------------------------------------------------------
def test_attribution_bars_equal_the_model_and_sum_to_the_total(qtbot, window):
    values = {"capex_growth": 95, "monetization_speed": 25, "circular_share": 30,
              "patience_years": 2}
    window.controller.apply_values(values)
    settle(window)
    feature = window.features["attribution"]
    feature.dock.show()
    feature.set_headline("bust_year")
    shown = feature.refresh_now()
    expected = attribute(window.controller.values, P.defaults())
    for headline in expected.parts:
        assert np.array_equal(shown.parts[headline], expected.parts[headline])
        assert shown.parts[headline].sum() == pytest.approx(expected.total(headline), abs=1e-9)
    bars = feature.full.bars.rows
    ranked = [(k, v) for k, v in expected.ranked("bust_year") if v != 0]
    assert [v for _, v, _, _ in bars] == [v for _, v in ranked]
    assert sum(v for _, v, _, _ in bars) == pytest.approx(expected.total("bust_year"), abs=1e-9)
    assert [label for label, *_ in bars] == [P.get(k).label for k, _ in ranked]
    assert [t for _, _, t, _ in bars] == [signed_text(v, "year") for _, v in ranked]
    compact = feature.compact.bars.rows
    assert len(compact) == min(3, len(ranked)) and compact[:2] == bars[:2]
    # the chart beside the cards adds up to the change too: the rest in 'Others'
    assert sum(v for _, v, _, _ in compact) == pytest.approx(expected.total("bust_year"),
                                                             abs=1e-9)


def test_the_focus_ring_leaves_the_what_changed_total_line_whole(qtbot, window):
    """Analysis ▸ What changed? (details) at 1280 × 720: the dock takes the focus, the keyboard's
    focus ring lies around its headline chooser, and it covered the top 4 px of the total's
    line below ('Peak stress: 12 → 18'), cut off for the room. The line now starts below the
    ring."""
    from PySide6.QtCore import QPoint, QRect
    from gui.features.focus_ring import RING_GAP, RING_WIDTH
    window.controller.apply_values({"capex_growth": 120})
    settle(window)
    feature = window.features["attribution"]
    feature.dock.show()
    feature.refresh_now()
    try:
        full = feature.full
        qtbot.waitUntil(lambda: full.total.isVisible() and bool(full.total.text()), timeout=2000)

        def rect(widget):
            return QRect(widget.mapTo(full, QPoint(0, 0)), widget.size())
        room = RING_GAP + RING_WIDTH                 # the ring's reach beyond its control
        ring = rect(full.combo).adjusted(-room, -room, room, room)
        assert not ring.intersects(rect(full.total)), (ring, rect(full.total))
    finally:
        feature.dock.hide()


def test_the_why_chart_beside_the_cards_adds_up_to_the_change(qtbot, window):
    """Soft landing with three levers moved: the chart beside the headline cards showed its
    three biggest parts (+19.1, +11.8, −2.4 pts) beside a 'Peak stress +26' card and left
    the fourth out without a word; the smaller parts now make an 'Others' bar."""
    values = {"capex_growth": 120, "monetization_speed": 20, "power_buildout": 3,
              "capex_fade_halflife": P.get("capex_fade_halflife").max}
    window.controller.apply_values(values)
    settle(window)
    feature = window.features["attribution"]
    feature.set_headline("peak_stress")
    feature.refresh_now()
    expected = attribute(window.controller.values, P.defaults())
    assert len([v for _, v in expected.ranked("peak_stress") if v != 0]) > 3
    rows = feature.compact.bars.rows
    assert len(rows) == 3 and rows[-1][0] == feature.compact.tr("Others")
    assert sum(v for _, v, _, _ in rows) == pytest.approx(expected.total("peak_stress"),
                                                          abs=1e-9)


def test_attribution_waits_until_the_hand_stops(qtbot, window):
    feature = window.features["attribution"]
    feature.refresh_now()
    count = feature.compute_count
    window.controller.begin_drag("capex_growth")
    start = P.get("capex_growth").default
    for value in (start + 1, start + 2, start + 3, start + 4, start + 5):
        window.controller.preview_value("capex_growth", value)
    assert feature.compute_count == count and feature.timer.isActive()
    window.controller.end_drag("capex_growth")
    qtbot.waitUntil(lambda: feature.compute_count == count + 1, timeout=5000)
    assert feature.attribution.keys == ("capex_growth",)


def test_while_the_hand_moves_the_why_chart_does_not_claim_no_change(qtbot, window):
    """During a drag the chart beside the headlines still held the attribution of the values
    before ('No change against the baseline' beside a moved slider): it is drawn pending, with
    words saying it follows, until the new attribution is shown."""
    feature = window.features["attribution"]
    feature.set_headline("peak_stress")               # (an earlier test may have chosen another)
    feature.refresh_now()
    compact = feature.compact
    assert not compact.is_pending() and compact.bars.rows == []       # defaults: no change
    window.controller.begin_drag("capex_growth")
    window.controller.preview_value("capex_growth", P.get("capex_growth").default + 10)
    assert compact.is_pending() and feature.full.is_pending()
    from PySide6.QtGui import QImage
    image = QImage(compact.bars.size(), QImage.Format.Format_ARGB32)
    compact.bars.render(image)
    assert compact.bars.painted == [compact.bars.pending_text]
    assert compact.bars.empty_text not in compact.bars.painted
    window.controller.end_drag("capex_growth")
    qtbot.waitUntil(lambda: not compact.is_pending(), timeout=5000)
    assert feature.attribution.keys == ("capex_growth",) and compact.bars.rows
    assert not feature.full.is_pending()


def test_a_why_bar_names_its_whole_parameter_in_its_tooltip(qtbot, window):
    feature = window.features["attribution"]
    feature.set_headline("peak_stress")
    window.controller.apply_values({"capex_growth": 90})
    window.controller.flush()
    feature.refresh_now()
    bars = feature.compact.bars
    label, _part, value, _direction = bars.rows[0]
    assert bars.row_tip(bars.row_height() * 0.5).startswith(f"{label}: {value}")
    assert bars.row_tip(-1) == "" and bars.row_tip(bars.row_height() * 50) == ""


def test_signed_text_has_sign_and_unit():
    assert signed_text(-11.8, "year") == "−11.8 yr"
    assert signed_text(120.0, "busd") == "+$120B"
    assert signed_text(2.5, "gw") == "+2.5 GW"
    assert signed_text(4.0, "index") == "+4 pts"


# --- goal-seek --------------------------------------------------------------------------------
def test_goal_seek_reaches_a_reachable_target_as_one_undo_step(qtbot, window):
    dialog = window.features["goal_seek"].open()
    dialog.set_lever("capex_growth")
    dialog.set_target("coverage >= 1 by 2028")
    result = dialog.run()
    expected = goal_seek(window.controller.values, "capex_growth", "coverage >= 1 by 2028")
    assert result.reachable and dialog.apply_button.isVisibleTo(dialog)
    dialog.apply_button.click()
    settle(window)
    moved = window.controller.value("capex_growth")
    assert moved == pytest.approx(expected.slider_value, abs=1e-9)
    covered = simulate(window.controller.values)["fullcost_coverage_ratio"][0]
    assert covered[list(simulate({}).years).index(2029)] >= 1
    assert window.controller.undo_stack.count() == 1
    window.controller.undo_stack.undo()
    settle(window)
    assert window.controller.values == P.defaults()
    assert [e.kind for e in window.features["session_log"].entries[-2:]] == ["goal-seek", "undo"]


def test_goal_seek_refuses_an_unreachable_target_with_a_message(qtbot, window):
    dialog = window.features["goal_seek"].open()
    dialog.set_lever("capex_growth")
    dialog.set_target("capex >= 5000 in 2026")
    result = dialog.run()
    assert not result.reachable and result.direction == 1
    assert "Cannot be reached" in dialog.result_label.text()
    assert "higher" in dialog.result_label.text()
    assert not dialog.apply_button.isVisibleTo(dialog)
    assert window.controller.undo_stack.count() == 0


def test_malformed_target_shows_a_message_and_changes_nothing(qtbot, window):
    dialog = window.features["goal_seek"].open()
    before = window.controller.values
    dialog.set_target("coverage >> one")
    assert dialog.run() is None
    assert dialog.error_label.isVisibleTo(dialog)
    assert "Cannot read “coverage >> one”" in dialog.error_label.text()
    assert dialog.result_label.text() == "" and not dialog.apply_button.isVisibleTo(dialog)
    assert window.controller.values == before and window.controller.undo_stack.count() == 0


def test_the_goal_seek_dialogs_hint_and_answer_take_presentation_type(qtbot, window,
                                                                     monkeypatch):
    """In presentation mode on a 1080-line projector the dialog's grey grammar hint, its
    error and its answer's detail stayed at 9 pt beside 17.5 pt labels (a label styled by a
    style sheet keeps the type it was polished with). Every label of the dialog - hint, error,
    answer and detail - is drawn in the dialog's type, in presentation mode and after it, and
    the dialog grows with the type (within the screen): the hint whole above the lever row.
    (Kept at 620 × 420 px, the hint ran under the lever row.)"""
    from PySide6.QtWidgets import QApplication, QLabel
    from gui.features import presentation as module
    monkeypatch.setattr(module, "screen_scale", lambda _w: 1.5)
    feature = window.features["presentation"]

    def sizes(dialog):
        """Point size drawn of every label shown, by its object name or text."""
        return {label.objectName() or label.text(): label.fontInfo().pointSizeF()
                for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)
                and label.text()}

    def shown_all(dialog):
        dialog.set_lever("capex_growth")
        dialog.set_target("coverage >> one")
        dialog.run()                                    # the error
        found = sizes(dialog)
        dialog.set_target("coverage >= 1 by 2028")
        dialog.run()                                    # the answer and its detail
        settle(window)
        found.update(sizes(dialog))
        assert {"goalHelp", "goalError", "goalResult", "goalDetail"} <= set(found), found
        return found

    from gui.widgets.goal_seek_dialog import GoalSeekDialog
    normal_dialog = window.features["goal_seek"].open()
    normal = shown_all(normal_dialog)
    normal_type = normal_dialog.fontInfo().pointSizeF()
    assert all(size == pytest.approx(normal_type, abs=0.5) for size in normal.values()), normal
    normal_dialog.hide()
    feature.enter()
    dialog = GoalSeekDialog(window.controller, window)     # first opened while presenting
    try:
        dialog.show()
        settle(window)
        QApplication.processEvents()          # (its posted relayouts, as the event loop runs)
        QApplication.processEvents()
        help_label = dialog.findChild(QLabel, "goalHelp")     # whole, not under the lever row
        assert help_label.height() >= help_label.heightForWidth(help_label.width()) - 1
        bottom = help_label.mapTo(dialog, help_label.rect().bottomLeft()).y()
        assert bottom < dialog.lever_box.mapTo(dialog, dialog.lever_box.rect().topLeft()).y()
        screen = dialog.screen().availableGeometry()
        assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
        big = shown_all(dialog)
        big_type = dialog.fontInfo().pointSizeF()
        assert big_type > normal_type * 1.5
        assert all(size == pytest.approx(big_type, abs=0.5) for size in big.values()), big
        for label in (dialog.result_label, dialog.detail_label):   # the answer whole too
            qtbot.waitUntil(lambda lab=label: lab.height() >= lab.heightForWidth(lab.width()) - 1,
                            timeout=2000)
        feature.leave()
        settle(window)
        assert all(size == pytest.approx(normal_type, abs=0.5)
                   for size in sizes(dialog).values()), sizes(dialog)
    finally:
        feature.leave()
        dialog.close()
        dialog.deleteLater()


# --- baseline that follows the assumptions --------------------------------------------------------
def test_baseline_follows_the_assumptions_and_off_restores_the_default(qtbot, window):
    follow = window.features["baseline"]
    window.controller.apply_values({"capex_growth": 100, "interest_rate": 10, "useful_life": 3})
    settle(window)
    follow.action.trigger()
    assert follow.following
    expected = simulate(assumption_baseline(window.controller.values))
    drawn = window.plot_grid.baseline_data("stress", "stress_index")[1]
    assert np.array_equal(drawn, expected["stress_index"][0])
    assert window.controller.baseline_values["capex_growth"] == P.get("capex_growth").default
    assert window.controller.baseline_values["interest_rate"] == 10
    window.controller.apply_values({"interest_rate": 12})          # follows further changes
    settle(window)
    again = simulate(assumption_baseline(window.controller.values))
    assert np.array_equal(window.plot_grid.baseline_data("power", "power_demand_us_gw")[1],
                          again["power_demand_us_gw"][0])
    assert window.headlines.baseline is window.controller.baseline
    follow.action.trigger()
    default = simulate(P.defaults())
    assert window.controller.baseline_values == P.defaults()
    assert np.array_equal(window.plot_grid.baseline_data("stress", "stress_index")[1],
                          default["stress_index"][0])


# --- guided rounds and the session log -------------------------------------------------------------
def test_storyline_steps_forward_and_back_and_undo_reverses_a_step(qtbot, window):
    panel = window.features["storyline"].panel
    panel.choose(STORY.slug)
    assert panel.index == -1 and window.controller.undo_stack.count() == 0
    panel.next_button.click()
    panel.next_button.click()
    settle(window)
    assert panel.title.text() == STORY.steps[1].title
    assert panel.narration.text().replace("\u00a0", " ") == STORY.steps[1].narration
    assert window.controller.values == STORY.steps[1].full_values()
    for key, value in STORY.steps[1].full_values().items():
        control = window.slider_panel.controls[key]
        assert control.spin.value() == pytest.approx(value)
    panel.next_button.click()
    panel.next_button.click()
    settle(window)
    assert window.controller.values == STORY.steps[3].full_values()
    assert window.slider_panel.controls["interest_rate"].spin.value() == 8
    panel.back_button.click()
    settle(window)
    assert window.controller.values == STORY.steps[2].full_values()
    window.controller.undo_stack.undo()
    settle(window)
    assert window.controller.values == STORY.steps[3].full_values()
    steps = [e for e in window.features["session_log"].entries if e.kind == "step"]
    assert [e.text.rsplit(": ", 1)[1] for e in steps] == [
        STORY.steps[i].title for i in (0, 1, 2, 3, 2)]
    assert all(e.time[:4].isdigit() and "T" in e.time for e in steps)
    assert steps[-1].values == STORY.steps[2].full_values()


def test_storyline_step_shows_its_panels_in_presentation_mode(qtbot, window):
    panel = window.features["storyline"].panel
    presentation = window.features["presentation"]
    presentation.enter()
    panel.go_to(4)
    assert window.plot_grid.visible_panels() == STORY.steps[4].panels
    presentation.leave()
    assert window.plot_grid.visible_panels() == tuple(window.plot_grid.panels)


def test_session_log_exports_markdown_and_csv(qtbot, window, tmp_path):
    window.features["storyline"].panel.go_to(1)
    window.features["session_log"].record("snapshot", "Room A's favourite")
    window.features["session_log"].export(tmp_path / "log.csv")
    window.features["session_log"].export(tmp_path / "log.md")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "log.csv").read_text(encoding="utf-8"))))
    assert [r["kind"] for r in rows] == ["step", "snapshot"]
    assert rows[1]["text"] == "Room A's favourite"
    assert "Interconnection lag 5 → 7 years" in rows[0]["changes"]
    markdown = (tmp_path / "log.md").read_text(encoding="utf-8")
    assert "The power wall" in markdown and "Room A's favourite" in markdown


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_storyline_buttons_mnemonics_open_no_menu(qtbot, window, lang):
    """Alt+the underlined letter of Back / Start / Next presses the button; a menu title with
    the same underlined letter would open instead (German '&Weiter' opened '&Workshop')."""
    from gui import i18n
    from gui.widgets.storyline_panel import StorylinePanel
    i18n.install(lang)
    try:
        menus = {mnemonic(window.menu_title(key)) for key in window.MENU_ORDER}
        panel = StorylinePanel(window.controller, [STORY])
        qtbot.addWidget(panel)
        labels = [panel.back_button.text(), panel.next_button.text()]     # Back, Start
        panel.go_to(0)
        labels.append(panel.next_button.text())                          # Next
        panel.go_to(len(STORY.steps) - 1)
        while panel.more_below():
            panel.forward()
        labels.append(panel.next_button.text())                          # Finish
    finally:
        i18n.install(window.lang)
    letters = [mnemonic(label) for label in labels]
    assert all(letters), labels
    assert not set(letters) & menus, (labels, sorted(menus))


def test_enter_presses_the_storyline_buttons_and_finish_closes_the_round(qtbot, window):
    """In a real window Enter on 'More text ▼' did nothing (a QPushButton outside a dialog takes
    only Space), and at the last step Next went grey, the focus fell to Back and the next Space
    went back a step. Enter presses the focused button; the last step's button says Finish and
    closes the round; Page Down there (a clicker) still only steps, so it leaves it open."""
    from PySide6.QtCore import Qt
    feature = window.features["storyline"]
    panel = feature.panel
    feature.dock.show()
    panel.choose(STORY.slug)
    panel.next_button.setFocus()
    for _ in range(20):                     # the introduction's pages, then Start
        if panel.index >= 0:
            break
        qtbot.keyClick(panel.next_button, Qt.Key.Key_Return)
    assert panel.index == 0
    qtbot.keyClick(panel.next_button, Qt.Key.Key_Return)             # More text, else Next
    assert panel.index == 1 or panel.scroll.verticalScrollBar().value() > 0
    panel.go_to(len(STORY.steps) - 1)
    while panel.more_below():
        panel.forward()
    assert panel.next_button.isEnabled()
    assert panel.next_button.text() != panel.tr("Ne&xt ▶")
    panel.forward()                                                  # the clicker's Page Down
    assert feature.dock.isVisible() and panel.index == len(STORY.steps) - 1
    qtbot.keyClick(panel.next_button, Qt.Key.Key_Space)
    assert not feature.dock.isVisible()
    assert not feature.action.isChecked()
    assert window.controller.values == STORY.steps[-1].full_values()  # the scenario stays


def test_page_down_and_alt_arrows_step_the_open_storyline_but_not_a_text_field(qtbot, window):
    feature = window.features["storyline"]
    panel = feature.panel
    panel.choose(STORY.slug)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    def press(target, key, modifier=Qt.KeyboardModifier.NoModifier):
        """Press `key` on `target` until the step changes (a text longer than its view turns
        its pages first), at most 20 times."""
        index = panel.index
        for _ in range(20):
            QTest.keyClick(target, key, modifier)
            if panel.index != index:
                return

    QTest.keyClick(window, Qt.Key.Key_PageDown)
    assert panel.index == -1, "the keys act only while the guided round is open"
    feature.dock.show()
    try:
        qtbot.waitUntil(panel.isVisible)
        window.setFocus()
        press(window, Qt.Key.Key_PageDown)
        assert panel.index == 0
        press(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        assert panel.index == 1
        press(window, Qt.Key.Key_PageUp)
        assert panel.index == 0
        press(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        assert panel.index == -1
        spin = window.slider_panel.controls["capex_growth"].spin
        spin.setFocus()
        qtbot.waitUntil(spin.hasFocus)
        # after a value was typed the focus stays in its box: the clicker still steps the
        # story and leaves the value alone
        before = window.controller.value("capex_growth")
        qtbot.waitUntil(panel.keys_enabled)
        press(spin, Qt.Key.Key_PageDown)
        assert panel.index == 0, "the clicker steps the story from a number box"
        assert window.controller.value("capex_growth") == before
        press(spin, Qt.Key.Key_PageUp)
        assert panel.index == -1
        window.slider_panel.controls["capex_growth"].slider.setFocus()
        qtbot.waitUntil(panel.keys_enabled)
        press(window, Qt.Key.Key_PageDown)
        assert panel.index == 0
        # floated onto the facilitator's screen, the keys still work in the projected window,
        # never in a dialog
        from PySide6.QtWidgets import QDialog
        feature.dock.setFloating(True)
        qtbot.waitUntil(panel.isVisible)
        assert panel.window() is feature.dock
        assert panel.keys_apply(window, window.plot_grid)
        assert panel.keys_apply(feature.dock, panel.next_button)
        dialog = QDialog(window)
        assert not panel.keys_apply(dialog, dialog)
        assert not panel.keys_apply(None, None)
    finally:
        feature.dock.setFloating(False)
        feature.dock.hide()


def test_the_guided_round_keeps_its_buttons_in_place_and_scrolls_only_its_text(qtbot,
                                                                              open_window):
    """At 1280 × 720 in German the guided round sits below the primary levers: Back / Next are
    in view at the same place for every step (a wrapped title moved them ~20 px), the dock
    never scrolls the panel (the title was cut at the top), and each step's text starts at
    its counter and title."""
    from PySide6.QtCore import QPoint, QRect
    from gui import i18n
    window = open_window(["--lang", "de", "--size", "1280x720"])
    try:
        feature = window.features["storyline"]
        feature.dock.show()
        panel = feature.panel
        qtbot.waitUntil(panel.isVisible)
        qtbot.wait(50)
        holder = feature.dock.widget()
        places = set()
        for index in range(-1, len(panel.story.steps)):
            if index >= 0:
                panel.go_to(index)
                window.controller.flush()
            qtbot.wait(20)
            assert not holder.verticalScrollBar().isVisible(), index
            assert not holder.horizontalScrollBar().isVisible(), index
            for button in (panel.back_button, panel.next_button):
                rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
                assert window.rect().contains(rect), (index, rect)
            places.add((panel.next_button.mapTo(window, QPoint(0, 0)).y(),
                        panel.back_button.mapTo(window, QPoint(0, 0)).y()))
            view = panel.scroll.viewport()
            top = panel.counter.mapTo(view, QPoint(0, 0)).y()
            assert top >= 0 and panel.title.mapTo(view, QPoint(0, 0)).y() < view.height()
        assert len(places) == 1, places
    finally:
        i18n.install("en")


@pytest.mark.parametrize("width", [280, 300])
def test_no_word_of_a_guided_rounds_step_is_cut_in_presentation_type(qtbot, window, width):
    """At 1280 × 720 in German in presentation type (the panel some 300 px wide, its type
    ×1.3) the step title '4 · Die Finanzierungsbelastung' stood past the panel's edge and was
    cut ('…Finanzierungsbelastun'): a wrapped label breaks between words only. Every step's
    title and narration lie within the view, their widest word drawn in a font in which it
    fits (a little smaller where needed)."""
    import re
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QFont, QFontMetricsF
    from PySide6.QtWidgets import QWidget
    from gui import i18n
    from gui.widgets.storyline_panel import StorylinePanel
    i18n.install("de")
    try:
        panel = StorylinePanel(window.controller, [STORY])
        qtbot.addWidget(panel)
        base = QFont(panel.font())
        base.setPointSizeF(10 * 1.3)                  # presentation type (×1.3 of 10 pt)
        panel.setFont(base)
        for label in (panel.title, panel.narration):  # as presentation mode scales them
            bigger = QFont(label.font())
            bigger.setPointSizeF(bigger.pointSizeF() * 1.3)
            label.setFont(bigger)
        panel.resize(width, 600)
        panel.show()
        qtbot.waitExposed(panel)
        view = panel.scroll.viewport()
        smaller = 0
        for index in range(len(STORY.steps)):
            panel.go_to(index)
            qtbot.wait(10)
            for label in (panel.title, panel.narration):
                right = label.mapTo(view, QPoint(label.width(), 0)).x()
                assert right <= view.width(), (index, label.text(), right, view.width())
                # the font it is drawn in (QWidget's own font(), not the label's given font)
                metrics = QFontMetricsF(QWidget.font(label))
                widest = max(re.split(r"\s+|(?<=-)", label.text()),
                             key=metrics.horizontalAdvance)
                assert metrics.horizontalAdvance(widest) <= label.contentsRect().width(), (
                    index, widest, label.contentsRect().width())
            smaller += QWidget.font(panel.title).pointSizeF() < panel.title.font().pointSizeF()
        assert smaller >= 1, "a German title in presentation type needs the smaller font"
    finally:
        i18n.install(window.lang)


def test_a_step_title_drawn_smaller_gets_its_own_font_back_after_presentation(qtbot, window):
    """Presentation mode scales the title's font and gives it back (font() / setFont): a
    title drawn smaller for a long word does not keep the smaller font afterwards."""
    from PySide6.QtGui import QFont
    panel = window.features["storyline"].panel
    window.features["storyline"].dock.show()
    own = QFont(panel.title.font())
    panel.title.setText("Finanzierungsbelastungsdurchschnittsberechnungsgrundlage")
    window.features["presentation"].enter()
    try:
        assert panel.title.font().pointSizeF() > own.pointSizeF()
    finally:
        window.features["presentation"].leave()
    assert panel.title.font() == own


def test_a_numbered_step_title_is_named_once_in_the_status_bar(window):
    panel = window.features["storyline"].panel
    panel.choose(STORY.slug)
    title = STORY.steps[1].title
    assert title.startswith("2 ")                      # the shipped titles are numbered
    assert panel.step_heading(1) == title
    panel.go_to(1)
    window.controller.flush()
    assert window.status_label.text().startswith(title)
    assert not window.status_label.text().startswith("Step 2: 2")


def test_the_goal_seek_hint_stands_close_between_the_target_and_the_lever(qtbot, window):
    """The grammar hint is a wrapped label in a form row, which took the label's size hint
    (182 px for 126 px of text at 620 px in German): a gap of some 28 px above and below the
    text. The hint's row is as high as its lines at its width, the target field just above it
    and the lever just below (the form's spacing apart)."""
    from PySide6.QtWidgets import QFormLayout, QLabel
    from PySide6.QtWidgets import QApplication
    dialog = window.features["goal_seek"].open()
    settle(window)
    QApplication.processEvents()
    try:
        hint = dialog.findChild(QLabel, "goalHelp")

        def top(widget):
            return widget.mapTo(dialog, widget.rect().topLeft()).y()

        lines = hint.heightForWidth(hint.width())
        assert lines - 1 <= hint.height() <= lines + 2
        spacing = dialog.findChild(QFormLayout).verticalSpacing()
        target_bottom = top(dialog.target_edit) + dialog.target_edit.height()
        assert top(hint) - target_bottom <= spacing + 2
        assert top(dialog.lever_box) - (top(hint) + hint.height()) <= spacing + 2
    finally:
        dialog.close()


def test_a_target_it_cannot_read_stands_close_above_the_hint(qtbot, window):
    """Screen review 26 (German, 1280 × 720): a target it cannot read put its message in a
    form row that took the wrapped label's size hint, two empty lines between the message and
    the grammar hint below it. The message's row is as high as its lines, the hint the form's
    spacing below."""
    from PySide6.QtWidgets import QApplication, QFormLayout, QLabel
    dialog = window.features["goal_seek"].open()
    try:
        dialog.set_target("stress < <<")
        dialog.run()
        QApplication.processEvents()
        error = dialog.error_label
        assert error.isVisibleTo(dialog) and error.text()
        hint = dialog.findChild(QLabel, "goalHelp")

        def top(widget):
            return widget.mapTo(dialog, widget.rect().topLeft()).y()

        lines = error.heightForWidth(error.width())
        assert lines - 1 <= error.height() <= lines + 2, (error.height(), lines)
        spacing = dialog.findChild(QFormLayout).verticalSpacing()
        assert top(hint) - (top(error) + error.height()) <= spacing + 2
        dialog.set_target("stress < 50")
        dialog.run()                                  # read: the message and its row go
        QApplication.processEvents()
        assert not error.isVisibleTo(dialog)
        assert top(hint) - (top(dialog.target_edit) + dialog.target_edit.height()) <= spacing + 2
    finally:
        dialog.close()


def test_every_control_of_the_goal_seek_dialog_has_a_tooltip(qtbot, window):
    """The target, the ready-made targets, the lever, Run and the answer's apply button had
    no tooltip: each control of the dialog says what it does (the dialog's standard Close
    button aside)."""
    from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDialogButtonBox, QLineEdit)
    dialog = window.features["goal_seek"].open()
    try:
        dialog.set_lever("capex_growth")
        dialog.set_target("coverage >= 1 by 2031")
        dialog.run()                                   # an answer: its apply button shows
        assert dialog.apply_button.isVisibleTo(dialog)
        missing = [control.objectName() for kind in (QAbstractButton, QComboBox, QLineEdit)
                   for control in dialog.findChildren(kind)
                   if control.isVisibleTo(dialog) and not control.objectName().startswith("qt_")
                   and not isinstance(control.parentWidget(), QDialogButtonBox)
                   and not control.toolTip()]
        assert missing == []
    finally:
        dialog.close()


def test_the_session_log_names_presets_and_steps_in_the_interface_language(qtbot, window):
    """A German session's log (and so its handout) named the preset 'Soft landing' and the
    step 'The story of the sources: … — 2/6: 2 · The power wall' in English among German
    entries: a preset and a step are logged in the words the window shows them in."""
    from gui import i18n
    from model import presets
    soft = presets.find("soft_landing")
    i18n.install("de")
    try:
        german_preset = text_de("Presets", soft.name)
        german_story = text_de("Storylines", STORY.title)
        german_step = text_de("Storylines", STORY.steps[1].title)
        window.apply_preset("soft_landing")
        window.features["storyline"].panel.go_to(1)
        qtbot.wait(10)                    # the log names an applied change after the event
        settle(window)
    finally:
        i18n.install(window.lang)
    assert german_preset != soft.name and german_step != STORY.steps[1].title   # translated
    entries = window.features["session_log"].entries
    assert [(e.kind, e.text) for e in entries[-2:]] == [
        ("preset", german_preset),
        ("step", f"{german_story} — 2/{len(STORY.steps)}: {german_step}")]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_figure_and_its_unit_stay_on_one_line_of_the_narration(qtbot, window, lang):
    """Screen review 21: at 1920 x 1080 in presentation type the German introduction read
    '… betragen im Modell 2024 245 Mrd.' with '$ (S2: …' on the next line. At any width of
    the panel, no line of a step's narration begins with the unit of a figure that ended the
    line before ('$' after 'Mrd.', 'GW', '%', …)."""
    import re
    from PySide6.QtGui import QFont, QTextDocument
    from PySide6.QtWidgets import QWidget
    from gui import i18n
    from gui.widgets.storyline_panel import StorylinePanel
    units = re.compile(r"^(?:\$|Mrd\.|Bio\.|%|GW|Pp\.|pp\b|Jahre\b|years?\b|"
                       r"Prozentpunkte|percentage\b)")
    i18n.install(lang)
    try:
        panel = StorylinePanel(window.controller, [STORY])
        qtbot.addWidget(panel)
        base = QFont(panel.font())
        base.setPointSizeF(10 * 1.3 * 1.5)           # presentation type on a 1080-line screen
        panel.setFont(base)
        panel.show()
        qtbot.waitExposed(panel)
        split = []
        for width in range(260, 440, 9):
            panel.resize(width, 600)
            for index in range(-1, len(STORY.steps)):
                if index < 0:
                    panel.choose(STORY.slug)
                else:
                    panel.go_to(index)
                qtbot.wait(1)
                label = panel.narration
                document = QTextDocument()                 # laid out as the label lays it out
                document.documentLayout().setPaintDevice(label)
                document.setDocumentMargin(0)
                document.setDefaultFont(QWidget.font(label))
                document.setPlainText(label.text())
                document.setTextWidth(label.contentsRect().width())
                lines, block = [], document.begin()
                while block.isValid():
                    layout = block.layout()
                    lines += [block.text()[layout.lineAt(k).textStart():][
                        :layout.lineAt(k).textLength()] for k in range(layout.lineCount())]
                    block = block.next()
                split += [(width, index, before[-12:], after[:8])
                          for before, after in zip(lines, lines[1:])
                          if re.search(r"\d[.,]?\s*$", before.replace("Mrd.", "1").replace(
                              "Bio.", "1")) and units.match(after.strip())]
        assert split == []
    finally:
        i18n.install(window.lang)


def text_de(context: str, source: str) -> str:
    """`source` as the installed translation words it in `context`."""
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate(context, source)


def test_the_guided_round_follows_an_undone_step(qtbot, window):
    """Ctrl+Z of step 3 brought step 2's sliders back while the panel still said 'Step 3 of
    6' and told step 3's story; the panel now shows the step whose values are back (nothing is
    applied or logged), and Next goes on from there."""
    panel = window.features["storyline"].panel
    window.features["storyline"].dock.show()
    qtbot.waitUntil(window.features["storyline"].dock.isVisible, timeout=2000)
    for index in (0, 1, 2):
        panel.go_to(index)
    settle(window)
    assert window.plot_grid.visible_panels() == STORY.steps[2].panels
    logged = len(window.features["session_log"].entries)
    window.controller.undo_stack.undo()
    settle(window)
    assert window.controller.values == STORY.steps[1].full_values()
    assert panel.index == 1 and panel.current_step() == STORY.steps[1]
    assert panel.title.text() == STORY.steps[1].title
    assert window.plot_grid.visible_panels() == STORY.steps[1].panels   # its panels too
    window.controller.undo_stack.redo()
    settle(window)
    assert panel.index == 2
    window.controller.set_value("capex_growth", 33)          # no step's values: stays
    settle(window)
    assert panel.index == 2
    panel.next()                                              # on from the step shown
    settle(window)
    assert window.controller.values == STORY.steps[3].full_values()
    qtbot.wait(10)
    assert [e.kind for e in window.features["session_log"].entries[logged:]] == [
        "undo", "redo", "typed", "step"]
    window.features["storyline"].dock.hide()


def test_a_why_bar_that_reads_zero_gives_its_exact_part_in_its_tooltip(qtbot, window):
    """At the workshop the 'Why?' box beside the power-constrained preset showed a bar of
    visible length reading '±0 pts' (the bars are rounded to whole points so that they add
    up to the card): its tooltip said only '±0 pts' again. A rounded bar's tooltip now gives
    its part unrounded, as the model computed it."""
    import re
    from model.presets import find
    window.controller.apply_values(find("power_constrained").full_values())
    settle(window)
    feature = window.features["attribution"]
    feature.set_headline("peak_stress")
    feature.refresh_now()
    bars = feature.compact.bars
    parts = dict(feature.attribution.ranked("peak_stress"))
    zero = [n for n, row in enumerate(bars.rows) if row[2] == signed_text(0.0, "index")
            and row[1] != 0]
    assert zero, "the preset's bars have a '±0' bar of non-zero length"
    for n in zero:
        tip = bars.row_tip((n + 0.5) * bars.row_height())
        label, part = bars.rows[n][0], bars.rows[n][1]
        assert tip.startswith(f"{label}: {bars.rows[n][2]}")
        found = re.search(r"exactly ([+−])(\d+(?:\.\d+)?) pt", tip)
        assert found, tip
        written = float(found.group(2)) * (1 if found.group(1) == "+" else -1)
        key = next(k for k, v in parts.items() if v == part)
        assert written == pytest.approx(parts[key], abs=0.005)
        assert written != 0
        # (one line of label, value and the why was 1000 px wide in German at 1280 × 720)
        from PySide6.QtGui import QFontMetrics
        from PySide6.QtWidgets import QToolTip
        widest = max(QFontMetrics(QToolTip.font()).horizontalAdvance(line)
                     for line in tip.splitlines())
        assert widest <= 640, tip


def test_a_redo_says_redo_as_an_undo_says_undo(qtbot, window):
    """At the workshop Ctrl+Z wrote 'Undo: Preset: Soft landing: …' in the status bar but
    Ctrl+Shift+Z wrote 'Preset: Circular-deal unwind: …', as if the preset had been picked
    again; the session log recorded it the same way. A redo now says 'Redo: …'."""
    seen = []
    window.controller.changeSummary.connect(seen.append)
    commits = []
    window.controller.changeCommitted.connect(commits.append)
    window.controller.set_value("capex_growth", 33)
    settle(window)
    first = commits[-1].text
    assert not first.startswith("Redo")
    window.controller.undo_stack.undo()
    settle(window)
    assert commits[-1].kind == "undo" and commits[-1].text == f"Undo: {first}"
    window.controller.undo_stack.redo()
    settle(window)
    assert commits[-1].kind == "redo" and commits[-1].text == f"Redo: {first}"
    assert seen[-1].startswith(f"Redo: {first}")
    qtbot.wait(10)
    log = window.features["session_log"].entries[-1]
    assert log.kind == "redo" and log.text == f"Redo: {first}"


def test_the_ready_made_target_box_names_the_target_typed(qtbot, window):
    """At the workshop the target 'no bust before 2040' was typed under the ready-made
    target 'Revenue covers its full cost by a year', which stayed in the box: the room read
    the box. Typing a target of one's own now shows 'Type your own target…'; typing a
    ready-made one's text shows that one; choosing one still fills it in."""
    from PySide6.QtTest import QTest
    dialog = window.features["goal_seek"].open()
    try:
        box = dialog.template_box
        ready = [(box.itemText(i), box.itemData(i)) for i in range(1, box.count())]
        box.setCurrentIndex(1)
        dialog._template_chosen(1)
        assert dialog.target_edit.text() == ready[0][1]
        dialog.target_edit.selectAll()
        QTest.keyClicks(dialog.target_edit, "no bust before 2040")
        assert box.currentIndex() == 0 and box.currentText() == box.itemText(0)
        dialog.target_edit.selectAll()
        QTest.keyClicks(dialog.target_edit, ready[-1][1])
        assert box.currentText() == ready[-1][0]
    finally:
        dialog.close()

"""Every workshop mode at a projector's 1280 × 720 and at 1920 × 1080, in English and German
(issue 11: the plots are the picture, it fits the screen, headline cards never clip).

One window per language is shared by all modes and sizes (bench.layout_shots.enter_mode starts
each mode from the normal view; the window's delayed updates are brought forward instead of
waited for: helpers_window.settle). Measured by bench.layout_shots.measure: the view box's share of
each visible panel, headline texts against their labels in the font they are drawn in, docks
against the plot grid, the guided round's named panels."""
import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from bench.layout_shots import MODES, enter_mode, leave_modes, measure
from helpers_window import settle
from model import parameters as P

SIZES = ((1280, 720), (1216, 684), (1920, 1080))   # (1216 × 684: a first start on a 1280 × 720
                                                   # screen, WINDOW_SCREEN_SHARE of it)
MIN_SHARE = 0.5          # the data area is at least half of each panel
MIN_POINTS = 8.25        # a fitted headline text stays legible (11 px at 96 dpi: FitLabel.MIN_PIXELS)
MIN_TITLE_GAP = 0.75     # a panel's title lies at least this many lines of the year numbers' type
                         # below the year numbers of the panel above (screen review 21: 0.37 at
                         # 1920 × 1080 in presentation type, 10 px, the titles read as captions
                         # of the plots above them)
MAX_COVER = 0.23         # a panel's legend covers at most this share of its data area (measured:
                         # 0.22, the financing legend in English, four snapshots and bands)


@pytest.fixture(scope="module")
def window(language_window):
    shown = language_window
    yield shown
    leave_modes(shown, rest=rest(shown))


def rest(window):
    """enter_mode's pause: the window brought to rest at once (helpers_window.settle)."""
    return lambda ms: settle(window)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_mode_keeps_the_plots_the_picture(window, size):
    presentation = window.features["presentation"]
    failures = {}
    for mode in MODES:
        if not presentation.active:
            window.resize(*size)
            QApplication.processEvents()
        enter_mode(window, mode, rest(window))   # (presentation stays on from 1 to 4 panels)
        if presentation.active:              # full screen is the screen's size: set it here
            window.resize(*size)
            QApplication.processEvents()
        found = measure(window)
        small = {k: v for k, v in found["plot_share"].items() if v < MIN_SHARE}
        covered = {k: v for k, v in found["legend_cover"].items() if v > MAX_COVER}
        hiding = {k: v for k, v in found["legend_hides"].items() if v}    # drawn points
        crowded = {k: v for k, v in found["axis_crowding"].items() if v > 0}   # pixels
        close = {k: v for k, v in found["title_gap"].items() if v < MIN_TITLE_GAP}   # lines
        bad = {key: value for key, value in (
            ("small plots", small), ("legends over the data", covered), ("legends hiding data", hiding),
            ("tick numbers in the axis title", crowded),
            ("titles close under the year numbers above", close),
            ("clipped", found["clipped"]),
            ("docks over the plots", found["dock_overlap"]),
            ("named panels hidden", found["hidden_named"])) if value}
        if found["smallest_pt"] < MIN_POINTS:
            bad["headline text too small"] = found["smallest_pt"]
        if mode == "compare":
            assert len(window.plot_grid.compare_names()) == 4
        if mode == "guided":
            assert window.features["storyline"].dock.isVisible()
        assert found["plot_share"], mode
        if bad:
            failures[mode] = bad
    leave_modes(window, rest=rest(window))
    assert failures == {}


def test_legends_are_shared_compact_and_toggle(window):
    grid = window.plot_grid
    enter_mode(window, "compare", rest(window))
    shared = grid.legend_texts()
    assert len(shared) == 1 + 4 + 3                 # baseline, four snapshots, three band styles
    for key in grid.visible_panels():               # a panel's legend names its own series only
        assert not set(grid.legend_texts(key)) & set(shared)
    action = window.toggle_legends
    assert action.shortcut().toString() == "L"
    assert action in window.menu("view").actions()
    before = {k: grid.plot_share(k) for k in grid.visible_panels()}
    assert any(grid.legend_cover(k) > 0 for k in before)
    action.trigger()
    QApplication.processEvents()
    assert not grid.legends_visible()
    assert {k: grid.legend_cover(k) for k in before} == {k: 0 for k in before}
    after = {k: grid.plot_share(k) for k in before}
    assert all(after[k] >= before[k] - 0.005 for k in before), (before, after)
    assert grid.legend_texts() and not grid.shared_legend.isVisible()
    action.trigger()
    QApplication.processEvents()
    assert grid.legends_visible()
    leave_modes(window, rest=rest(window))


def test_corner_cover_counts_lines_in_the_box_and_areas_beneath_it():
    import numpy as np
    from PySide6.QtCore import QRectF

    from gui.widgets.plot_grid import corner_cover
    x = np.arange(0.0, 100.0, 10.0)               # pixels, y grows downwards
    rising = (x, 100.0 - x)                       # from the bottom left to the top right
    top_left, bottom_right = QRectF(0, 0, 40, 40), QRectF(60, 60, 40, 40)
    assert corner_cover([rising], [], top_left) == 0
    assert corner_cover([rising], [], QRectF(60, 0, 40, 40)) == 4   # x 60..90 at y 40..10
    low = (x, np.full_like(x, 90.0))              # a flat area near the bottom
    assert corner_cover([], [low], top_left) == 0
    assert corner_cover([], [low], bottom_right) == 4                # the fill beneath reaches it
    assert corner_cover([low], [], bottom_right) == 4


def numbers_outside(panel, legend) -> None:
    """Assert that a legend (scene rectangle) lying over a value axis covers its numbers whole
    (no '3.' of '3.000' showing beside it) and none of its title."""
    from gui.widgets.plot_grid import AXIS_GAP, _title_depth, axis_need, value_axes
    for name in value_axes(panel):
        axis = panel.plot.getAxis(name)
        rect = axis.sceneBoundingRect()
        depth = _title_depth(axis)
        reach = axis_need(axis) - AXIS_GAP - depth       # ticks, offset and widest number
        if name == "left":
            title = (rect.left(), rect.left() + depth)
            numbers = (rect.right() - reach, rect.right())
        else:
            title = (rect.right() - depth, rect.right())
            numbers = (rect.left(), rect.left() + reach)
        over = legend.left() < numbers[1] - 1 and legend.right() > numbers[0] + 1
        if over:
            assert legend.left() <= numbers[0] + 1 and legend.right() >= numbers[1] - 1, name
            # and no number the ground's edge cuts through (its lower half read as another)
            for y, half, text in drawn_numbers(axis):
                cut = y + half > legend.top() + 0.5 and y - half < legend.bottom() - 0.5
                assert not cut, (name, text, y, half, legend)
        assert legend.right() <= title[0] + 1 or legend.left() >= title[1] - 1, name


def drawn_numbers(axis) -> list:
    """(scene y, half the text height, text) of every tick number a value axis writes now."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFontMetricsF
    low, high = sorted(axis.range)
    half = QFontMetricsF(axis.style["tickFont"] or axis.font()).height() / 2
    view = axis.linkedView()
    found = []
    for level, (spacing, values) in enumerate(axis.tickValues(low, high, axis.size().height())):
        if level > axis.style["maxTextLevel"]:
            break
        inside = [v for v in values if low <= v <= high]
        texts = axis.tickStrings(inside, axis.autoSIPrefixScale * axis.scale, spacing)
        found += [(view.mapViewToScene(QPointF(0, v)).y(), half, t)
                  for v, t in zip(inside, texts) if t]
    return found


def test_panel_legends_sit_in_the_corner_they_cover_least(window):
    from gui.widgets.plot_grid import CORNERS, corner_cover
    from PySide6.QtCore import QRectF
    grid = window.plot_grid
    enter_mode(window, "normal", rest(window))
    grid.place_legends()
    for key in grid.visible_panels():
        panel = grid.panels[key]
        if not panel.legend.isVisible():
            continue
        box = panel.plot.vb.boundingRect()
        w, h = panel.legend.width() + 8, panel.legend.height() + 4
        if w > box.width():       # wider than the data: over the strip above it and the axes
            assert grid.legend_hides(key) == 0, key
            legend = panel.legend.sceneBoundingRect()
            assert panel.plot.sceneBoundingRect().contains(legend)
            numbers_outside(panel, legend)
            continue
        lines, areas = grid.drawn_points(panel)
        scores = {c: corner_cover(lines, areas, QRectF(box.left() + c[0] * (box.width() - w),
                                                        box.top() + c[1] * (box.height() - h),
                                                        w, h)) for c in CORNERS}
        assert scores[panel.legend.corner] <= min(scores.values()) + 2, (key, scores)
        legend = panel.legend.sceneBoundingRect()
        assert panel.plot.vb.sceneBoundingRect().adjusted(-1, -1, 1, 1).contains(legend), key


def test_a_snapshot_name_is_plain_text_in_the_shared_legend(window):
    grid = window.plot_grid
    name = "<b>Boom</b> & <i>bust"
    grid.add_compare(name, window.controller.results)
    try:
        label = next(lab for _, lab in grid.shared_legend.items if "Boom" in lab.text)
        assert label.item.toPlainText() == name         # shown as typed, no markup applied
    finally:
        grid.remove_compare(name)
    assert not any("Boom" in text for text in grid.legend_texts())


def _primary_sliders_shown_whole(window) -> dict:
    """The primary levers' sliders, each True if it is shown and not cut off by anything."""
    found = {}
    for key, control in window.slider_panel.controls.items():
        if control.primary:
            slider = control.slider
            seen = slider.visibleRegion().boundingRect()
            inside = window.rect().contains(QRect(slider.mapTo(window, QPoint(0, 0)), slider.size()))
            found[key] = bool(slider.isVisible() and inside and seen.size() == slider.size())
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_dock_opens_beside_the_plots_and_the_sliders_stay(window, size):
    """Each feature dock, opened alone: the three primary sliders stay whole on screen, every
    plot keeps half of its panel for data, the dock is docked and clear of the plot grid, its
    panel as wide as the dock at most (the Explore panel, 434 px in German, scrolled sideways
    in the 330 px below the sliders at 1280 × 720, its fields cut off); at
    1280 × 720 it opens below the sliders, at 1920 × 1080 beside the plots. Closing it brings
    every slider back."""
    enter_mode(window, "normal", rest(window))
    window.resize(*size)
    QApplication.processEvents()
    grid = window.plot_grid
    grid_rect = QRect(grid.mapTo(window, QPoint(0, 0)), grid.size())
    assert len(_primary_sliders_shown_whole(window)) == 3
    every_slider = window.slider_panel.minimumSizeHint().height()
    failures = {}
    for dock in window.docks():
        dock.setVisible(True)
        settle(window)
        grid_rect = QRect(grid.mapTo(window, QPoint(0, 0)), grid.size())
        found = {"sliders": _primary_sliders_shown_whole(window),
                 "small plots": {k: round(grid.plot_share(k), 3) for k in grid.visible_panels()
                                 if grid.plot_share(k) < MIN_SHARE},
                 "floating": dock.isFloating(),
                 "over the plots": QRect(dock.mapTo(window, QPoint(0, 0)),
                                         dock.size()).intersects(grid_rect),
                 "below the sliders": dock.parentWidget() is window.slider_column,
                 # pixels its panel reaches past the dock's right edge (scrolled sideways)
                 "sideways": dock.widget().horizontalScrollBar().maximum(),
                 "window": (window.width(), window.height())}
        dock.setVisible(False)
        settle(window)
        bad = (not all(found["sliders"].values()) or found["small plots"] or found["floating"]
               or found["over the plots"] or found["sideways"] > 0
               or found["below the sliders"] != (size[0] <= 1280))
        if bad:
            failures[dock.objectName()] = found
    assert failures == {}
    assert window.slider_panel.minimumSizeHint().height() == every_slider   # every group is back
    assert window.plot_grid.width() >= grid_rect.width()
    leave_modes(window, rest=rest(window))


def test_a_legend_runs_down_its_columns_and_its_size_is_known_before_layout(qapp):
    import pyqtgraph as pg

    from gui.widgets.legend import (arrange, column_choices, entry_sizes, legend_columns,
                                    legend_size, make_legend)
    legend = make_legend("#000000")
    names = ["Cash flow", "Debt", "Equity", "SPVs", "Leasing", "Commitments", "Debt stock"]
    for n, name in enumerate(names):
        legend.addItem(pg.PlotDataItem([0, 1], [n, n], pen="b"), name)
    assert column_choices(7) == [1, 2, 3, 4, 7]          # 5 or 6 columns are still two rows
    sizes = entry_sizes(legend)
    assert all(h <= 16 for _, _, h in sizes)               # no 21-px rows of pyqtgraph's default
    for columns in column_choices(len(names)):
        arrange(legend, columns)
        laid_out = (legend.width(), legend.height())
        assert laid_out == pytest.approx(legend_size(sizes, columns), abs=1), columns
    arrange(legend, 2)                                     # four rows: 4 + 3 entries
    tops = [sample.mapToItem(legend, 0, 0) for sample, _ in legend.items]
    assert [round(p.x()) for p in tops[:4]] == [round(tops[0].x())] * 4
    assert tops[1].y() > tops[0].y() and tops[4].x() > tops[0].x()
    assert tops[4].y() == pytest.approx(tops[0].y())
    two = legend_size(sizes, 2)[0]
    assert legend_columns(sizes, two) == 2
    assert legend_columns(sizes, two - 1) == 1
    assert legend_columns(sizes, 10_000) == 7


def test_a_label_sits_beside_its_sample_in_a_row_a_two_line_entry_made_taller(qapp):
    """'Compared:<br>Total' takes two lines: the labels in its row stood at the row's top,
    above their samples. Every label's text is centred on its sample."""
    import pyqtgraph as pg

    from gui.widgets.legend import arrange, make_legend
    legend = make_legend("#000000")
    for n, name in enumerate(["US", "China", "EU", "UK", "Rest of world", "Compared:<br>Total"]):
        legend.addItem(pg.PlotDataItem([0, 1], [n, n], pen="b"), name)
    arrange(legend, 3)                  # rows: US EU Rest / China UK Compared (two lines)
    for sample, label in legend.items:
        centre = sample.mapToItem(legend, sample.boundingRect().center()).y()
        text = label.item.mapRectToItem(legend, label.item.boundingRect()).center().y()
        assert text == pytest.approx(centre, abs=1), label.text


def test_a_legend_over_the_strip_covers_axis_numbers_whole_and_no_title(window):
    """At a first start's 1216 × 684 and narrower, with four snapshots and the bands, a legend
    wider than its data area (the financing legend: which size brings it about depends on the
    figures drawn) lies over the strip above the data and the axes beside it: it hides no data,
    covers each axis's numbers it reaches whole and none of the axis titles."""
    grid = window.plot_grid
    wide = []
    for size in ((1216, 684), (1180, 664), (1150, 650)):
        window.resize(*size)
        QApplication.processEvents()
        enter_mode(window, "compare")
        for key in grid.visible_panels():
            panel = grid.panels[key]
            legend = panel.legend.sceneBoundingRect()
            if panel.legend.isVisible() and legend.width() > panel.plot.vb.sceneBoundingRect().width():
                wide.append((size, key))
                assert grid.legend_hides(key) == 0, (size, key)
                numbers_outside(panel, legend)
        leave_modes(window)
    assert wide                          # (the case this test is about did arise)


def test_the_compared_series_takes_one_line_in_each_panel_legend(window):
    """With four snapshots compared, a panel of several series names the one its compare
    curves show ('Vergleich: Summe') in one legend line, as high as its other entries (it
    was split 'Vergleich:' / 'Summe' over two)."""
    from gui.widgets.plot_grid import COMPARE_KEY
    grid = window.plot_grid
    window.resize(1216, 684)
    QApplication.processEvents()
    try:
        enter_mode(window, "compare", rest(window))
        named = 0
        for key in grid.visible_panels():
            panel = grid.panels[key]
            heights = [label.item.boundingRect().height() for _, label in panel.legend.items]
            entry = panel.legend_entries.get(COMPARE_KEY)
            for n, (sample, label) in enumerate(panel.legend.items):
                if entry is not None and sample.item is entry:
                    named += 1
                    assert grid.compare_series(key) in label.text
                    assert heights[n] <= min(heights) + 1, (key, label.text, heights)
        assert named >= 4          # capex, power, revenue, financing, macro
    finally:
        leave_modes(window, rest=rest(window))


def test_the_why_chart_keeps_its_labels_whole_beside_the_chance_of_bust(window):
    """In presentation type at 1280 × 720 with the bands on, the "Why?" chart beside the
    chance-of-bust card cut its parameter names to 'Mone…peed' / 'Long-r…ential': it is as wide
    as its type asks, the card's label takes two lines, and the labels of the preset's biggest
    parts are drawn whole, their numbers too."""
    from model import presets
    presentation, bands = window.features["presentation"], window.features["uncertainty"]
    chart = window.features["attribution"].compact.bars
    window.controller.apply_values(presets.find("monetization_lag").full_values())
    window.controller.flush()
    try:
        presentation.enter()
        settle(window)
        window.resize(1280, 720)                 # full screen is the screen's size: set it here
        bands.set_enabled(True)
        settle(window)
        assert window.features["uncertainty"].card.isVisible()
        assert len(chart.rows) == 3
        chart.grab()                                       # paints: chart.painted
        for label, _part, value_text, _direction in chart.rows:
            assert label in chart.painted and value_text in chart.painted, chart.painted
        assert measure(window)["smallest_pt"] >= MIN_POINTS
    finally:
        leave_modes(window, rest=rest(window))
        window.controller.apply_values(P.defaults())
        window.controller.flush()
        settle(window)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_presented_panels_share_the_width_evenly_and_keep_their_titles(window, size):
    """In presentation mode the panels of a row are equally wide (three at 1280 × 720 in German
    were 320, 255 and 370 px: a long title asked its column for more), each lies within the
    grid, and each title is drawn within its own panel."""
    grid = window.plot_grid
    presentation = window.features["presentation"]
    try:
        for count in (2, 3, 4):
            enter_mode(window, f"present{count}", rest(window))
            window.resize(*size)
            settle(window)
            right = grid.mapToScene(grid.rect()).boundingRect().right() if hasattr(
                grid, "mapToScene") else grid.width()
            rows = {}
            for key in grid.visible_panels():
                plot = grid.panels[key].plot
                box = plot.sceneBoundingRect()
                rows.setdefault(round(box.top()), []).append(box.width())
                assert box.left() >= -1 and box.right() <= right + 1, (count, key, box, right)
                title = plot.titleLabel
                text = title.item.sceneBoundingRect()
                assert box.left() - 1 <= text.left() and text.right() <= box.right() + 1, \
                    (count, key, text, box)
            for widths in rows.values():
                assert max(widths) - min(widths) <= 2, (count, rows)
    finally:
        presentation.leave()
        leave_modes(window, rest=rest(window))


@pytest.mark.parametrize("present", [False, True], ids=["normal", "presentation"])
def test_beside_the_chance_of_bust_the_why_chart_has_room_for_every_parameter_name(window,
                                                                                  present):
    """With the bands on (the chance-of-bust card beside it) at a first start's 1216 × 684 and
    in presentation at 1920 × 1080, the "Why?" chart draws any parameter's name whole, measured
    in its type ('Langfristiges Umsatzpotenzial' was cut to 'Langfristige…atzpotenzial' in the
    normal German window), and the preset's biggest parts are painted whole. (In presentation
    at 1280 × 720 the German window's two longest names are cut in the middle: the headline
    cards keep their room; the test above holds the preset's names whole there.)"""
    from PySide6.QtGui import QFontMetrics

    from gui import text
    from model import presets
    presentation, bands = window.features["presentation"], window.features["uncertainty"]
    chart = window.features["attribution"].compact.bars
    window.controller.apply_values(presets.find("monetization_lag").full_values())
    window.controller.flush()
    try:
        window.resize(1216, 684)
        if present:
            presentation.enter()
            settle(window)
            window.resize(1920, 1080)
        bands.set_enabled(True)
        settle(window)
        assert bands.card.isVisible() and len(chart.rows) == 3
        chart.grab()
        shown = list(chart.rows)
        for label, _part, value_text, _direction in shown:
            assert label in chart.painted and value_text in chart.painted, chart.painted
        # the longest name of all in the top row (its bar and value as shown): drawn whole
        metrics = QFontMetrics(chart.font())
        widest = max((text.param_label(p) for p in P.parameters()), key=metrics.horizontalAdvance)
        chart.set_rows([(widest,) + tuple(shown[0][1:])] + shown[1:])
        chart.grab()
        assert widest in chart.painted and shown[0][2] in chart.painted, chart.painted
        assert measure(window)["clipped"] == []
    finally:
        leave_modes(window, rest=rest(window))
        window.controller.apply_values(P.defaults())
        window.controller.flush()
        settle(window)


@pytest.mark.parametrize("order", ["present_then_guide", "guide_then_present"])
def test_the_guided_round_in_presentation_mode_leaves_the_plots_their_room(window, order):
    """Guided round (Ctrl+Shift+G) and presentation mode (F11) together at 1280 × 720, in
    either order: the storyline chooser widened the slider column to its title (plots 956 →
    802 px in English, 723 px in German), or the dock went beside the plots where the headline
    strip left it 215 px, cutting its text and buttons. The plots keep the width they have in
    presentation mode alone, the dock is whole and clear of them."""
    presentation, story = window.features["presentation"], window.features["storyline"]
    leave_modes(window, rest=rest(window))

    def present():
        presentation.enter()
        settle(window)                      # (the offscreen full screen comes late: 800 × 800)
        window.resize(1280, 720)            # full screen is the screen's size: set it here
        settle(window)

    def guide():
        story.dock.setVisible(True)
        story.panel.choose(story.panel.storylines[0].slug)
        story.panel.go_to(1)
        settle(window)

    window.resize(1280, 720)
    present()
    grid = window.plot_grid
    alone = grid.width()
    assert window.size().toTuple() == (1280, 720)
    presentation.leave()
    settle(window)
    window.resize(1280, 720)            # (leaving restores the size an earlier test left)
    settle(window)
    try:
        for step in ((present, guide) if order == "present_then_guide" else (guide, present)):
            step()
        settle(window)
        dock, panel = story.dock, story.panel
        grid_rect = QRect(grid.mapTo(window, QPoint(0, 0)), grid.size())
        dock_rect = QRect(dock.mapTo(window, QPoint(0, 0)), dock.size())
        assert presentation.active and dock.isVisible() and not dock.isFloating()
        assert window.size().toTuple() == (1280, 720)
        assert grid.width() >= alone - 2, (grid.width(), alone)
        assert not dock_rect.intersects(grid_rect)
        assert panel.width() >= panel.minimumSizeHint().width()       # not cut at the side
        assert window.rect().contains(QRect(panel.next_button.mapTo(window, QPoint(0, 0)),
                                            panel.next_button.size()))
    finally:
        presentation.leave()
        story.dock.setVisible(False)
        leave_modes(window, rest=rest(window))


def test_long_snapshot_names_are_cut_in_the_shared_legend_and_whole_in_its_tooltip(window):
    """Four compared snapshots with long names: the shared legend cuts each name ('…') and its
    tooltip holds the whole name, as plain text (a name is the user's text)."""
    from PySide6.QtGui import QTextDocument

    def plain(html: str) -> str:
        doc = QTextDocument()
        doc.setHtml(html)
        return doc.toPlainText()

    leave_modes(window, rest=rest(window))
    snapshots = window.features["snapshots"]
    names = [f"<b>Scenario {n}</b> & a name far longer than any legend can hold whole"
             for n in "ABCD"]
    paths = [snapshots.save_snapshot(name) for name in names]
    try:
        for path in paths:
            assert snapshots.set_compared(path, True)
        settle(window)
        entries = [(label.item.toPlainText(), label.toolTip())
                   for _, label in window.plot_grid.shared_legend.items
                   if "Scenario" in label.item.toPlainText()]
        assert len(entries) == 4
        for shown, tip in entries:
            assert shown.endswith("…") and len(shown) < len(names[0])
            assert plain(tip) in names and plain(tip).startswith(shown[:-1])
        assert sorted(plain(tip) for _, tip in entries) == sorted(names)
    finally:
        snapshots.clear_compare()
        for path in paths:
            snapshots.delete_snapshot(path)
        leave_modes(window, rest=rest(window))


@pytest.mark.parametrize("order", ["present_then_guide", "guide_then_present"])
def test_in_presentation_mode_the_guided_round_lies_below_the_levers_at_any_size(
        window, order, monkeypatch):
    """At 1920 × 1080 (presentation type 1.5 times larger) the guided round went beside the
    plots: it narrowed them, the verdict line above them wrapped to two lines in German, and
    the slider column below the three levers stood empty. In presentation mode the dock lies
    below the levers at any size, clear of the plots, its Next button on screen, the verdict
    one line; leaving presentation mode puts it back beside the plots (where it was)."""
    from gui.features import presentation as module
    monkeypatch.setattr(module, "screen_scale", lambda _w: 1.5)     # a 1080-line projector
    presentation, story = window.features["presentation"], window.features["storyline"]
    dock, panel, grid = story.dock, story.panel, window.plot_grid
    verdict = window.verdict_line
    leave_modes(window, rest=rest(window))
    window.resize(1920, 1080)
    settle(window)

    def present():
        presentation.enter()
        settle(window)
        window.resize(1920, 1080)           # full screen is the screen's size: set it here
        settle(window)

    def guide():
        dock.setVisible(True)
        panel.choose(panel.storylines[0].slug)
        panel.go_to(len(panel.story.steps) - 1)
        settle(window)

    try:
        for step in ((present, guide) if order == "present_then_guide" else (guide, present)):
            step()
        assert presentation.active and dock.isVisible() and not dock.isFloating()
        assert dock.parentWidget() is window.slider_column
        grid_rect = QRect(grid.mapTo(window, QPoint(0, 0)), grid.size())
        dock_rect = QRect(dock.mapTo(window, QPoint(0, 0)), dock.size())
        assert not dock_rect.intersects(grid_rect)
        # the levers keep their own height, the guided round the rest of the column
        assert window.slider_panel.height() <= window.slider_panel.minimumSizeHint().height() + 2
        assert window.rect().contains(QRect(panel.next_button.mapTo(window, QPoint(0, 0)),
                                            panel.next_button.size()))
        line = verdict.fontMetrics().lineSpacing()
        assert verdict.text() and verdict.contentsRect().height() < 2 * line, \
            (verdict.text(), verdict.contentsRect().height(), line)
        assert not measure(window)["clipped"]
        presentation.leave()
        settle(window)
        window.resize(1920, 1080)
        settle(window)
        assert not window.column_docks()
        if order == "guide_then_present":      # (else closed again, as before presenting)
            assert dock.isVisible() and dock.parentWidget() is window   # beside the plots again
            grid_rect = QRect(grid.mapTo(window, QPoint(0, 0)), grid.size())
            assert not QRect(dock.mapTo(window, QPoint(0, 0)), dock.size()).intersects(grid_rect)
    finally:
        presentation.leave()
        dock.setVisible(False)
        leave_modes(window, rest=rest(window))


def test_value_axes_narrow_again_after_wide_modes(window):
    """After four snapshots compared and presentation type, back in the normal view, every
    value axis is at most AXIS_SLACK wider than its numbers and title need (an axis widens at
    once and narrows with a little slack, so the layout cannot oscillate; a wide axis left
    behind took a panel's data area below half its width on a real display)."""
    import math
    from gui.widgets.plot_grid import AXIS_SLACK, AXIS_WIDTH, axis_need, value_axes
    grid = window.plot_grid
    window.resize(1280, 720)
    QApplication.processEvents()
    for mode in ("compare", "present2"):
        enter_mode(window, mode, rest(window))
    leave_modes(window, rest=rest(window))
    settle(window)
    for key in grid.visible_panels():
        panel = grid.panels[key]
        for name in value_axes(panel):
            axis = panel.plot.getAxis(name)
            need = max(AXIS_WIDTH, math.ceil(axis_need(axis)))
            assert need <= axis.width() <= need + AXIS_SLACK, (key, name, axis.width(), need)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_shared_legend_names_four_compared_snapshots_whole(window, size):
    """Screen review 19: the room cannot hover a legend entry, so a name cut short
    ('Soft landing, power-lim…' at 1280 × 720, with three shorter names beside it) left it
    unable to tell which line is which. Names of this length are shown whole, the legend taking
    another row, and the plots still fit the window."""
    from bench.layout_shots import SNAPSHOT_NAMES
    window.resize(*size)
    QApplication.processEvents()
    enter_mode(window, "compare", rest(window))
    try:
        grid = window.plot_grid
        shown = [label.item.toPlainText() for _, label in grid.shared_legend.items]
        missing = [name for name in SNAPSHOT_NAMES if name not in shown]
        assert missing == [], f"cut in the legend: {shown}"
        assert grid.fits_width()
        assert measure(window)["plot_share"] and min(measure(window)["plot_share"].values()) \
            >= MIN_SHARE
    finally:
        leave_modes(window, rest=rest(window))


def test_in_presentation_mode_next_shows_every_line_of_a_steps_text_before_going_on(window):
    """Screen review 21: in presentation mode at 1280 × 720 the guided round's text view held
    some 209 px, a German step's narration needs 345–920 px; Next went to the next step with
    all but the first five lines unseen (a room cannot scroll). Next (a presentation clicker's
    Page Down) now turns the text a page at a time, each line of every step's narration shown
    whole on some page, no page beginning with a line cut across, and goes on only after its
    last; Back turns the pages back first."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from gui.features.menu_keys import mnemonic
    presentation, story = window.features["presentation"], window.features["storyline"]
    panel = story.panel
    leave_modes(window, rest=rest(window))
    presentation.enter()
    settle(window)
    window.resize(1280, 720)            # full screen is the screen's size: set it here
    settle(window)
    story.dock.setVisible(True)
    panel.choose(panel.storylines[0].slug)
    settle(window)
    menus = {mnemonic(window.menu_title(key)) for key in window.MENU_ORDER}
    bar, view = panel.scroll.verticalScrollBar(), panel.scroll.viewport()
    paged = 0
    try:
        panel.go_to(0)
        settle(window)
        for index in range(len(panel.story.steps) - 1):
            assert panel.index == index
            narration = panel.narration
            top = narration.mapTo(panel.scroll.widget(), narration.contentsRect().topLeft()).y()
            bottom = top + narration.contentsRect().height()
            lines = panel.line_tops()      # (the label's lines, as it lays them out)
            lines = list(zip(lines, lines[1:] + [bottom]))
            seen = []                   # the page's span in the text, for each page shown
            while panel.index == index:
                seen.append((bar.value(), bar.value() + view.height()))
                if bottom > bar.value() + view.height():       # text below the view
                    assert mnemonic(panel.next_button.text()) not in menus | {""}
                    assert panel.next_button.text() != panel.tr("Ne&xt ▶")   # says it pages
                QTest.keyClick(window, Qt.Key.Key_PageDown)   # the clicker's key
                settle(window)
                assert len(seen) < 20, "Next never went on"
            paged += len(seen) > 1
            shown = top                 # the narration's text shown down to here, in order
            for low, high in seen:
                if low <= shown + 1:
                    shown = max(shown, high)
            assert shown >= bottom, (index, seen, bottom)
            unseen = [(round(a), round(b)) for a, b in lines
                      if not any(low <= a + 1 and b - 1 <= high for low, high in seen)]
            assert unseen == [], (index, seen, view.height())
            # no page begins with a line cut across (the last one neither)
            cut = [low for low, _ in seen[1:] if any(a + 1 < low < b - 1 for a, b in lines)]
            assert cut == [], (index, cut, [round(a) for a, _ in lines])
        assert paged >= 3, "the narration fitted its view: the test proves nothing"
        # Back: a page back first, then the previous step
        panel.go_to(1)
        settle(window)
        panel.next_button.click()
        assert panel.index == 1 and bar.value() > 0
        panel.back_button.click()
        assert panel.index == 1 and bar.value() == 0
        panel.back_button.click()
        assert panel.index == 0
    finally:
        story.dock.setVisible(False)
        presentation.leave()
        leave_modes(window, rest=rest(window))


def test_the_normal_view_has_the_same_rows_before_and_after_presentation_mode(window,
                                                                             monkeypatch):
    """pyqtgraph keeps a year axis's height until its numbers grow or shrink by 10 px: the
    normal view had 4 px more under each row's year numbers before presentation mode (on a
    1080-line projector) than after it, so the titles below them sat half a line closer after
    a presentation. The year axes and the gaps between rows are the same before and after."""
    from gui.features import presentation as module
    monkeypatch.setattr(module, "screen_scale", lambda _w: 1.5)     # a 1080-line projector
    grid = window.plot_grid
    leave_modes(window, rest=rest(window))
    window.resize(1280, 720)
    settle(window)

    def rows():
        return ([grid.panels[key].plot.getAxis("bottom").height()
                 for key in grid.visible_panels()],
                {key: round(grid.title_gap(key) or 0, 1) for key in grid.visible_panels()})

    before = rows()
    enter_mode(window, "present4", rest(window))
    window.resize(1920, 1080)
    settle(window)
    leave_modes(window, rest=rest(window))
    window.resize(1280, 720)
    settle(window)
    assert rows() == before


def _runs(image, row: int) -> list[int]:
    """The lengths (px) of the painted runs along `row` of `image` (alpha over half)."""
    runs, length = [], 0
    for x in range(image.width()):
        if image.pixelColor(x, row).alpha() > 128:
            length += 1
        elif length:
            runs.append(length)
            length = 0
    return runs + ([length] if length else [])


def _thickness(image) -> int:
    """How many rows of `image` hold a painted pixel (alpha over half)."""
    return sum(any(image.pixelColor(x, y).alpha() > 128 for x in range(image.width()))
               for y in range(image.height()))


def test_a_compared_snapshots_legend_sample_shows_its_curves_dashes_in_presentation_type(
        window, monkeypatch):
    """Screen review 21: on a 1920 × 1080 projector the shared legend's samples stayed 16 ×
    10 px beside 21 px letters, drawn in the curve's 7.5 px pen with its dashes shortened to a
    2.5 px pen's: 'Boom continues' (long dashes) showed a block, 'Bust in 2027' (dots) thin
    upright bars: a room could not match an entry to its curve by its dashes (the colour-blind
    cue). A sample keeps its size beside its label, and draws the curve's pattern in its
    proportions, repeated (two dashes, not one and a gap that read as a solid line): a dash
    five strokes long, a dot no longer than the stroke is thick."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QImage, QPainter
    from gui import palette as pal
    from gui.features import presentation as module
    monkeypatch.setattr(module, "screen_scale", lambda _w: 1.5)     # a 1080-line projector
    grid = window.plot_grid
    window.resize(1280, 720)
    settle(window)

    def samples():
        """(sample, label height) of each compared snapshot's entry in the shared legend."""
        return [(sample, label.item.boundingRect().height())
                for sample, label in grid.shared_legend.items
                if label.text in grid.compare_names()]

    enter_mode(window, "compare", rest(window))
    try:
        normal = {round(s.boundingRect().width() / h, 2) for s, h in samples()}
        window.features["presentation"].enter()          # (the snapshots stay compared)
        settle(window)
        window.resize(1920, 1080)
        settle(window)
        assert grid.compare_names() and len(samples()) == len(pal.COMPARE_DASHES)
        for (sample, height), dashes in zip(samples(), pal.COMPARE_DASHES):
            rect = sample.boundingRect()
            # as long beside its label as in the normal type
            assert rect.width() / height >= 0.9 * min(normal), (rect.width(), height, normal)
            image = QImage(int(rect.width()) + 2, int(rect.height()) + 2,
                           QImage.Format.Format_ARGB32)
            image.fill(QColor(255, 255, 255, 0))
            painter = QPainter(image)
            painter.translate(QPointF(1, 1))
            sample.paint(painter)
            painter.end()
            thick = _thickness(image)
            runs = _runs(image, 1 + int(rect.height()) // 2)
            assert len(runs) >= 2, (dashes, runs)       # two dashes: not a short solid line
            first = runs[0]
            if dashes[0] >= 3:                                  # a dash: long and flat
                assert first >= 0.6 * dashes[0] * thick, (dashes, first, thick)
            else:                                               # a dot: no upright bar
                assert thick <= 2.5 * first, (dashes, first, thick)
    finally:
        leave_modes(window, rest=rest(window))


@pytest.mark.parametrize("size, scale", [((1280, 720), 1.0), ((1920, 1080), 1.5)],
                         ids=["1280x720", "1920x1080"])
def test_in_presentation_the_headline_changes_get_the_room_the_bands_card_is_not_using(
        window, monkeypatch, size, scale):
    """Screen review 24: in presentation mode with the bands off, the room kept beside the
    "Why?" chart for the chance-of-bust card made the headline cards so narrow that a change
    such as '−2,01 Bio. $' was drawn at FitLabel's least type (80 %: 9.4 pt beside '±0' in
    11.7 pt at 1280 × 720) and at 83 % on a 1080-line projector. For every preset, each card's
    change is now drawn in its own type (the cards are wider; the value gives up what is still
    short); with the bands on, the "Why?" chart keeps its room (the cards narrow instead)."""
    from gui.features import presentation as module
    from model import presets
    monkeypatch.setattr(module, "screen_scale", lambda _w: scale)
    presentation, bands = window.features["presentation"], window.features["uncertainty"]
    frame = window.features["attribution"].compact_frame
    squeezed = []
    try:
        enter_mode(window, "present2", rest(window))
        window.resize(*size)
        settle(window)
        for preset in presets.all_presets():
            window.controller.apply_values(preset.full_values())
            window.controller.flush()
            settle(window)
            for key, card in window.headlines.cards.items():
                font, own, _shown = card.change.shown()
                share = font.pointSizeF() / card.change.font().pointSizeF()
                if not own:
                    squeezed.append((preset.name, key, card.change.text(), round(share, 2)))
        assert squeezed == []
        bands.set_enabled(True)
        settle(window)
        assert bands.card.isVisible()
        assert frame.width() >= frame.sizeHint().width()
    finally:
        leave_modes(window, rest=rest(window))
        window.controller.apply_values(P.defaults())
        window.controller.flush()
        settle(window)

"""The Explore dock (issue 14): a sweep in the background with progress and cancel, PRIM's
trade-off to click, the box shaded on the sliders, Go to the box as one undo step, the box
saved as a snapshot, and a bad condition's message. Small sweeps in this process (fast)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from gui import i18n
from model import parameters as P

SAMPLES = 192            # enough for both outcomes of CONDITION (about 1 in 9 holds); fast in-process
CONDITION = "not stress < 25"   # some year of stress 25 or more: busts and strained booms


@pytest.fixture(scope="module")
def explore(module_window):
    """The window's Explore feature, its dock shown, sweeps in this process in small chunks."""
    feature = module_window.features["explore"]
    feature.show()
    feature.panel.workers.setValue(0)                    # in this process
    feature.panel.samples.setValue(SAMPLES)
    feature.chunk_rows = 64
    return feature


@pytest.fixture(scope="module")
def swept(explore):
    """The module's one finished sweep of CONDITION (the tests after it read its discovery)."""
    from PySide6.QtTest import QTest
    explore.panel.condition.setText(CONDITION)
    finished = []
    explore.sweeps.finished.connect(finished.append)
    QTest.mouseClick(explore.panel.run_button, Qt.MouseButton.LeftButton)
    for _ in range(1200):                          # at most 60 s
        if finished:
            break
        QTest.qWait(50)
    explore.sweeps.finished.disconnect(finished.append)
    assert finished and finished[0].outcome.complete
    return explore


def test_a_sweep_shows_a_trajectory_and_its_box(swept, module_window):
    panel = swept.panel
    discovery = panel.discovery
    assert discovery is not None and len(discovery.trajectory) > 1
    assert len(panel.plot.points.data) == len(discovery.trajectory)
    assert panel.progress.value() == SAMPLES
    assert panel.table.rowCount() == 2 * len(discovery.limits(panel.chosen))   # name, range
    # the chosen box is shaded on exactly the sliders it restricts
    limits = discovery.limits(panel.chosen)
    marked = module_window.slider_panel.marked_ranges()
    assert limits and set(marked) == set(limits)
    assert all(marked[k] == pytest.approx(limits[k]) for k in limits)


def test_a_click_on_the_trade_off_chooses_that_box_and_shades_the_sliders(swept, module_window,
                                                                          qtbot):
    panel, sliders = swept.panel, module_window.slider_panel
    plot = panel.plot
    step = len(panel.discovery.trajectory) // 2          # not the chosen one (the densest)
    assert step != panel.chosen
    view_pos = plot.mapFromScene(plot.point_position(step))
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(int(view_pos.x()), int(view_pos.y())))
    qtbot.waitUntil(lambda: panel.chosen == step, timeout=3000)
    limits = panel.discovery.limits(step)
    marked = sliders.marked_ranges()
    assert limits and set(marked) == set(limits)
    assert all(marked[k] == pytest.approx(limits[k]) for k in limits)
    key = next(iter(limits))
    mark = sliders.controls[key].mark
    assert not mark.isHidden() and mark.width() > 0      # shown (its group may be collapsed)
    other = next(k for k in P.keys() if k not in limits)
    assert sliders.controls[other].mark.isHidden()
    assert panel.table.rowCount() == 2 * len(limits)           # a name row, a range row
    assert {panel.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            for r in range(panel.table.rowCount())} == set(limits)


def test_go_to_the_box_is_one_undo_step(swept, module_window, qtbot):
    panel, controller = swept.panel, module_window.controller
    panel.choose_step(len(panel.discovery.trajectory) - 1)        # the smallest box
    limits = panel.discovery.limits(panel.chosen)
    assert len(limits) >= 2
    before, steps = controller.values, controller.undo_stack.count()
    qtbot.mouseClick(panel.go_button, Qt.MouseButton.LeftButton)
    after = controller.values
    assert controller.undo_stack.count() == steps + 1
    for key, (low, high) in limits.items():
        p = P.get(key)
        assert low - p.step <= after[key] <= high + p.step
    assert {k for k in P.keys() if after[k] != before[k]} <= set(limits)
    controller.undo_stack.undo()
    assert controller.values == before


def test_the_box_snapshot_note_holds_the_box(swept, module_window, qtbot):
    panel = swept.panel
    panel.choose_step(1)
    (key, (low, high)), = panel.discovery.limits(1).items()
    with qtbot.waitSignal(module_window.events.snapshotSaved, timeout=5000) as saved:
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    entries = [e for e in module_window.features["snapshots"].entries()
               if e.name == saved.args[0]]
    assert len(entries) == 1
    note = entries[0].note
    assert CONDITION in entries[0].name and CONDITION in note
    p = P.get(key)
    from gui import text
    assert text.param_label(p) in note
    assert text.param_value_text(p, low) in note and text.param_value_text(p, high) in note


def test_cancel_stops_the_sweep_and_the_sliders_stay_live(explore, module_window, qtbot):
    panel, controller = explore.panel, module_window.controller
    panel.samples.setValue(200_000)
    try:
        panel.condition.setText(CONDITION)
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
        assert explore.sweeps.busy and panel.cancel_button.isEnabled()
        qtbot.waitSignal(explore.sweeps.progress, timeout=30_000).wait()
        # the event loop runs while the sweep does: a slider step is taken and recomputed
        slider = module_window.slider_panel.controls["capex_growth"].slider
        old = controller.value("capex_growth")
        slider.setValue(slider.value() + 1)
        assert controller.value("capex_growth") != old
        with qtbot.waitSignal(explore.sweeps.cancelled, timeout=30_000):
            qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not explore.sweeps.busy)
        assert panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()
        assert explore.result.outcome.rows < 200_000 and not explore.result.outcome.complete
        controller.undo_stack.undo()
        assert controller.value("capex_growth") == old
    finally:
        panel.samples.setValue(SAMPLES)


def test_a_bad_condition_gets_a_one_line_message_and_no_run(explore, qtbot):
    panel = explore.panel
    panel.condition.setText("bust before soon")
    assert panel.message.isVisible()
    message = panel.message.text()
    assert "bust before soon" in message and "\n" not in message
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert not explore.sweeps.busy
    panel.condition.setText(CONDITION)
    assert not panel.message.isVisible()


@pytest.mark.parametrize("condition, words", [
    ("stress < -5", "can never hold"), ("stress < 150", "holds in every scenario"),
    ("no bust before 2024", "holds in every scenario")])
def test_a_condition_the_figures_range_decides_is_refused_without_a_sweep(explore, qtbot,
                                                                          condition, words):
    """'stress < -5' ran a sweep of every scenario for nothing ('holds in none'); 'stress < 150'
    one in which every scenario met it. Both are said as typed, with the range, and no sweep
    starts."""
    panel = explore.panel
    started = []
    panel.runRequested.connect(lambda *a: started.append(a))
    panel.condition.setText(condition)
    assert panel.message.isVisible()
    message = panel.message.text()
    assert f"“{condition}”" in message and words in message
    assert ("0 to 100" if "stress" in condition else "before 2024") in message
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert not started and not explore.sweeps.busy
    panel.condition.setText(CONDITION)
    assert not panel.message.isVisible()


@pytest.mark.parametrize("condition, held, change", [
    ("coverage >= 0", "held in all 64 scenarios", "stricter"),
    ("no bust before 2026", "held in all 64 scenarios", "stricter"),
    ("bust before 2026", "held in none of the 64 scenarios", "looser")])
def test_a_condition_the_model_decides_says_that_every_input_spanned_its_whole_range(
        explore, qtbot, condition, held, change):
    """A condition no figure's range decides but the model does ('coverage >= 0': 100% of 2,048
    scenarios; 'no bust before 2026' likewise) runs its sweep, then said 'try a narrower
    condition or wider ranges': the window draws every input over its whole range, so there
    are no wider ranges to try. It now says so and names the condition as the thing to change."""
    with qtbot.waitSignal(explore.sweeps.finished, timeout=60_000):
        assert explore.run_sweep(condition, 64, 0)
    said = explore.panel.message.text()
    assert held in said and "every input over its whole range" in said, said
    assert f"Choose a {change} condition" in said and "wider" not in said, said


def three_input_sobol(monkeypatch) -> list[str]:
    """The Explore feature's Sobol' analysis made fast: only the first three parameters vary
    (returned)."""
    from model.explore import sensitivity
    from model.explore.sampling import make_ranges
    keys = P.keys()[:3]
    real = sensitivity.headline_sensitivity

    def few_inputs(headline, ranges, method, samples):
        return real(headline, make_ranges(keys, dict(zip(P.keys(), ranges.base))), method,
                    samples=samples)
    monkeypatch.setattr("gui.features.explore.headline_sensitivity", few_inputs)
    return keys


def test_the_sobol_bars_sit_beside_the_one_at_a_time_swings(explore, qtbot, monkeypatch):
    panel = explore.panel
    panel.tabs.setCurrentIndex(1)
    panel.sobol_samples.setCurrentIndex(0)                      # 64 base samples
    keys = three_input_sobol(monkeypatch)
    with qtbot.waitSignal(explore.sobol.finished, timeout=60_000):
        qtbot.mouseClick(panel.sobol_button, Qt.MouseButton.LeftButton)
    rows = {key: index for key, _share, index in panel.bars.rows}
    assert set(rows) == set(P.keys())                          # every tornado row is kept
    assert all(rows[k] is not None and rows[k].st is not None for k in keys)
    assert all(rows[k] is None for k in P.keys() if k not in keys)
    shares = [share for _key, share, _index in panel.bars.rows]
    assert shares[0] == 1.0 and shares == sorted(shares, reverse=True)
    panel.tabs.setCurrentIndex(0)


def test_sobol_on_a_figure_that_never_changes_says_so(explore, qtbot, monkeypatch):
    import warnings
    panel = explore.panel
    panel.tabs.setCurrentIndex(1)
    from model.explore import sensitivity
    from model.explore.sampling import make_ranges
    real = sensitivity.headline_sensitivity

    def narrow(headline, ranges, method, samples):       # PUE 1.10-1.11 cannot move the bust
        return real(headline, make_ranges(["pue"], dict(zip(P.keys(), ranges.base)),
                                          {"pue": (1.1, 1.11)}), method, samples=samples)
    monkeypatch.setattr("gui.features.explore.headline_sensitivity", narrow)
    before = panel.headline.currentIndex()
    panel.headline.setCurrentIndex(panel.headline.findData("bust_year"))
    panel.sobol_samples.setCurrentIndex(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", RuntimeWarning)
            qtbot.mouseClick(panel.sobol_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not explore.sobol.busy and panel.sobol_button.isEnabled(),
                            timeout=60_000)
        message = panel.sobol_status.text()
        assert message.startswith("“Bust year” does not change across the sample: it is none"), \
            message
        assert "no Sobol' indices" in message and explore.indices is None
        assert all(index is None for _key, _share, index in panel.bars.rows)
    finally:
        panel.headline.setCurrentIndex(before)
        panel.tabs.setCurrentIndex(0)


@pytest.mark.parametrize("points", [9.0, 9.0 * 1.3, 9.0 * 1.3 * 1.5],
                         ids=["normal", "presentation", "presentation-1080"])
def test_the_trade_off_axes_draw_their_end_ticks(qapp, points):
    """The trade-off chart's axes run from 0 to 100 %; the last tick's number ('100', and in
    presentation type '0' too) was not drawn: pyqtgraph drops a tick number that reaches past
    the axis when the grid is on. Every tick from 0 to 100 is drawn, in every type size, and
    the chart's margins hold the end numbers (they lie inside the widget)."""
    from PySide6.QtGui import QFont
    from gui.widgets.explore_panel import TradeOffPlot
    plot = TradeOffPlot()
    font = QFont(plot.font())
    font.setPointSizeF(points)
    plot.setFont(font)
    plot.resize(320, 220)
    plot.show()
    qapp.processEvents()
    try:
        item = plot.getPlotItem()
        for side in ("bottom", "left"):
            axis = item.getAxis(side)
            drawn = axis.drawn_tick_texts()
            assert {"0", "20", "40", "60", "80", "100"} <= set(drawn), (side, drawn)
            # the end number's half reaches past the data area: inside the plot's margins
            view = item.getViewBox().sceneBoundingRect()
            room = axis.end_room()
            scene = item.sceneBoundingRect()
            if side == "bottom":
                assert view.right() + room <= scene.right() + 1, (view, room, scene)
            else:
                assert view.top() - room >= scene.top() - 1, (view, room, scene)
    finally:
        plot.close()


@pytest.mark.parametrize("points, width", [(9.0, 300), (17.55, 381)])
def test_the_sobol_rows_are_a_line_high_and_name_their_parameter_in_any_type(qtbot, points,
                                                                            width):
    """In presentation type the one-at-a-time/Sobol' rows kept 20 px for 26 px lines (the
    names ran into each other) and cut the names at 110-190 px: every row and the titles'
    line are at least a line of the chart's type high, a name that does not fit beside its
    bars stands on the line above them, and a click's row is the row drawn there."""
    from PySide6.QtGui import QFont, QFontMetrics
    from gui.widgets.explore_bars import ExploreBars
    from model.analysis.sensitivity import tornado
    bars = ExploreBars()
    qtbot.addWidget(bars)
    font = QFont(bars.font())
    font.setPointSizeF(points)
    bars.setFont(font)
    bars.resize(width, 100)
    bars.set_data(tornado(P.defaults(), "peak_stress"), None)
    line = QFontMetrics(font).height()
    assert bars.header_height() >= line and bars.line_height() >= line
    assert bars.height() >= bars.header_height() + len(bars.rows) * bars.row_height()
    if points > 10:
        assert bars.stacked() and bars.row_height() >= 2 * line
    for row in (0, len(bars.rows) - 1):
        middle = bars.header_height() + (row + 0.5) * bars.row_height()
        assert bars.row_at(middle) == row
    bars.grab()                                    # paints without error


def test_the_one_at_a_time_bars_say_their_share_in_numbers(qtbot):
    """Screen review 26: in the Sensitivity tab the Sobol' bars had their values, the
    one-at-a-time bars beside them none (the room for a number was kept, nothing drawn): the
    room could compare lengths only. Each now ends in its share of the largest swing, and the
    number is drawn where the room was kept."""
    from PySide6.QtGui import QColor, QFontMetrics, QImage
    from gui import format as fmt
    from gui import palette as pal
    from gui.widgets.explore_bars import ExploreBars
    from model.analysis.sensitivity import tornado
    bars = ExploreBars()
    qtbot.addWidget(bars)
    bars.resize(420, 100)
    bars.set_data(tornado(P.defaults(), "peak_stress"), None)
    image = QImage(bars.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor(pal.background()))
    bars.render(image)
    assert bars.rows[0][1] == 1.0                  # the largest swing: the full bar
    # in the first row's line, the first ink after its (full) bar's right end is the number:
    # it begins a few pixels on (before, only the Sobol' column's '—' stood far to the right)
    top = bars.header_height() + bars.name_height()
    middle = top + bars.line_height() // 2
    ground = image.pixel(bars.width() - 1, middle)       # the row's empty right end
    blue = QColor(pal.BLUE).rgb()
    bar_end = max(x for x in range(bars.width()) if image.pixel(x, middle) == blue)
    reach = bar_end + 3 + QFontMetrics(bars.font()).horizontalAdvance("1")
    ink = [(x, y) for x in range(bar_end + 2, reach + 1)    # (past the bar's blended edge)
           for y in range(top, top + bars.line_height())
           if image.pixel(x, y) not in (ground, blue)]
    assert ink, "no number after the one-at-a-time bar"
    for _key, share, _index in bars.rows:
        assert fmt.percent(share) in bars.painted


def test_a_finished_sweep_brings_its_result_into_view_at_1280(module_windows, tmp_path,
                                                               monkeypatch):
    """Screen review 19: below the sliders of a 1280 × 720 window the Explore dock shows the
    form and the Run button; a finished sweep's trade-off chart began at the dock's bottom edge
    (60 of its 200 px in view) and the facilitator had to find the small scroll bar. The tab now
    scrolls to the result: the chart whole, its status line too where there is room."""
    from PySide6.QtCore import QRect
    from PySide6.QtTest import QTest
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(tmp_path))
    window = module_windows(["--size", "1280x720"])
    feature = window.features["explore"]
    feature.show()
    panel = feature.panel
    panel.workers.setValue(0)
    panel.samples.setValue(SAMPLES)
    feature.chunk_rows = 64
    panel.condition.setText(CONDITION)
    finished = []
    feature.sweeps.finished.connect(finished.append)
    QTest.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    for _ in range(1200):                          # at most 60 s
        if finished:
            break
        QTest.qWait(50)
    assert finished and panel.discovery is not None
    QTest.qWait(50)
    view = panel.tabs.widget(0).viewport()
    shown = QRect(QPoint(0, 0), view.size())
    status = QRect(panel.status.mapTo(view, QPoint(0, 0)), panel.status.size())
    chart = QRect(panel.plot.mapTo(view, QPoint(0, 0)), panel.plot.size())
    assert view.height() < panel.tabs.widget(0).widget().height()     # (the tab scrolls)
    assert shown.contains(chart), (chart, view.size())
    if chart.height() + status.height() + 12 <= view.height():    # (room for both)
        assert shown.contains(status)
    feature.dock.setVisible(False)


def test_computed_sobol_bars_come_into_view_at_1280(module_windows, tmp_path, monkeypatch):
    """Screen review 19: as a sweep's chart, the Sobol' bars began at the bottom edge of the
    sensitivity tab below the sliders of a 1280 × 720 window (German: the name of the first
    parameter and 20 px of its bar in view); the tab now scrolls to them."""
    from gui import i18n
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(tmp_path))
    window = module_windows(["--lang", "de", "--size", "1280x720"])
    try:
        _sobol_bars_in_view(window, monkeypatch)
    finally:
        i18n.install("en")      # (German stays installed otherwise, for this module's next tests)


def _sobol_bars_in_view(window, monkeypatch) -> None:
    """Run a three-input Sobol' analysis in `window`'s Explore dock and check its bars are
    scrolled into view."""
    from PySide6.QtCore import QRect
    from PySide6.QtTest import QTest
    feature = window.features["explore"]
    feature.show()
    panel = feature.panel
    panel.workers.setValue(0)
    panel.tabs.setCurrentIndex(1)
    panel.sobol_samples.setCurrentIndex(0)
    three_input_sobol(monkeypatch)
    done = []
    feature.sobol.finished.connect(done.append)
    QTest.mouseClick(panel.sobol_button, Qt.MouseButton.LeftButton)
    for _ in range(1200):
        if done:
            break
        QTest.qWait(50)
    assert done
    QTest.qWait(50)
    view = panel.tabs.widget(1).viewport()
    shown = QRect(QPoint(0, 0), view.size())
    bars = QRect(panel.bars.mapTo(view, QPoint(0, 0)), panel.bars.size())
    assert view.height() < panel.tabs.widget(1).widget().height()     # (the tab scrolls)
    assert shown.intersected(bars).height() >= min(bars.height(), view.height() - 8), \
        (bars, view.size())
    feature.dock.setVisible(False)


def test_a_sweep_folder_in_the_way_or_a_full_disk_is_said_in_the_windows_words(
        explore, qtbot, tmp_path, monkeypatch):
    """'explore' in the data folder a file: the dock said "[Errno 17] File exists: '…/explore'"
    (Python's text, in a German window too); a sweep that met a full disk said 'OSError:
    [Errno 28] No space left on device'. Now the first names what is in the way and the
    second the cause in the program's words. Hostile 24: the folder said in the older
    wording ('cannot create the folder: ... move it away'); now as every failed write
    (model.errors.write_failed: the sweep file, why, that nothing was written, what to do)."""
    import errno

    from gui.features import explore as explore_module
    (tmp_path / "explore").write_text("mine", encoding="utf-8")
    monkeypatch.setattr(explore, "_folder", tmp_path / "explore")
    assert not explore.run_sweep(CONDITION, 64, 0) and not explore.sweeps.busy
    message = explore.panel.message.text()
    sweep_file = tmp_path / "explore" / "last-sweep.parquet"
    assert message.startswith(f"{sweep_file}: cannot write the file: a part of the path is not "
                              "a folder; nothing was written and no file was made."), message
    assert "Errno" not in message, message
    assert (tmp_path / "explore").read_text(encoding="utf-8") == "mine"

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "s.parquet"))
    monkeypatch.setattr(explore, "_folder", tmp_path)
    monkeypatch.setattr(explore_module, "run_sweep", full)
    with qtbot.waitSignal(explore.sweeps.failed, timeout=10_000) as failed:
        assert explore.run_sweep(CONDITION, 64, 0)
    (message,) = failed.args
    assert "the disk is full" in message and "Errno" not in message, message


def test_a_sweep_file_on_a_full_disk_is_said_as_every_failed_write_and_the_last_one_is_kept(
        explore, qtbot, tmp_path, monkeypatch):
    """Hostile 22: a sweep that met a full disk said only '…/last-sweep.parquet: the disk is
    full' while snapshots, exports and handouts said what happened to the file and what to do
    (model.errors.write_failed). Now the sweep file is worded the same, the last sweep's file
    is unchanged, no temporary file is left and the dock runs the next sweep."""
    from model.explore import sweep as sweep_module
    folder = tmp_path / "explore"
    folder.mkdir()
    last = folder / "last-sweep.parquet"
    last.write_bytes(b"the last sweep")
    monkeypatch.setattr(explore, "_folder", folder)

    def full(self, *args, **kwargs):       # what pyarrow raises: the errno only in its text
        raise OSError("Error writing bytes to file. Detail: [errno 28] No space left on device")
    monkeypatch.setattr(sweep_module._Sink, "add", full)
    with qtbot.waitSignal(explore.sweeps.failed, timeout=20_000) as failed:
        assert explore.run_sweep(CONDITION, 64, 0)
    (message,) = failed.args
    assert message.startswith(f"{last}: cannot write the file: the disk is full; nothing was "
                              "written and the file already there is unchanged."), message
    assert "Free some space" in message, message
    assert explore.panel.message.text() == message
    assert last.read_bytes() == b"the last sweep"
    assert sorted(p.name for p in folder.iterdir()) == ["last-sweep.parquet"]
    monkeypatch.undo()
    monkeypatch.setattr(explore, "_folder", folder)
    with qtbot.waitSignal(explore.sweeps.finished, timeout=60_000):
        assert explore.run_sweep(CONDITION, 64, 0)
    assert last.read_bytes() != b"the last sweep"


@pytest.mark.parametrize("lang", list(i18n.languages()))
def test_the_box_table_shows_every_parameter_name_whole_at_1280(module_windows, tmp_path,
                                                                 monkeypatch, lang):
    """Screen review 20: below the sliders of a 1280 × 720 window the box table's Parameter
    column was 90 px wide, the names cut with '…' and whole only in their tooltips. Each name
    now has a row of its own across the table, wrapped: it fits its cell's width and height.
    The box restricts the six parameters with the longest names in the language."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle
    from gui import text
    from helpers_window import settle
    from model.explore.prim import Box, Discovery
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(tmp_path))
    window = module_windows(["--lang", lang, "--size", "1280x720"])
    feature = window.features["explore"]
    feature.show()
    settle(window)
    keys = sorted(P.keys(), key=lambda k: -len(text.param_label(P.get(k))))[:6]
    low, high = [P.get(k).min for k in keys], [P.get(k).max for k in keys]
    inner = Box(tuple(a + (b - a) / 4 for a, b in zip(low, high)),
                tuple(b - (b - a) / 4 for a, b in zip(low, high)), 0.8, 0.6, 0.2,
                tuple(range(len(keys))))
    everything = Box(tuple(low), tuple(high), 1.0, 0.1, 1.0, ())
    panel = feature.panel
    panel.set_discovery(Discovery(tuple(keys), tuple(low), tuple(high), (everything, inner),
                                  1, 100, 10))
    settle(window)
    table = panel.table
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                            table) + 1)
    names = {text.param_label(P.get(k)) for k in keys}
    shown, cut = set(), {}
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or item.text() not in names:
                continue
            shown.add(item.text())
            cell = table.visualRect(table.model().index(row, column))
            room = cell.width() - margin
            need = QFontMetrics(item.font()).boundingRect(
                QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), item.text())
            if need.width() > room or need.height() > cell.height():
                cut[item.text()] = (need.size().toTuple(), (room, cell.height()))
    assert shown == names
    assert not cut, cut
    feature.dock.setVisible(False)


def test_tabbing_through_the_processes_box_at_none_says_nothing(explore):
    """Tabbing through the Explore dock with the keyboard, the processes box at its default
    'none' (0) said "Processes: 'none' is not allowed, enter a whole number from 0 (none: …)
    to 2 …; the number stays none": the box's own word for 0 was refused on focus-out."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication
    panel = explore.panel
    box = panel.workers
    box.setValue(box.minimum())
    assert box.text() == box.specialValueText()
    panel.message.clear()
    refused = []
    box.rejected.connect(refused.append)
    try:
        box.setFocus()
        QApplication.sendEvent(box, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
        QApplication.sendEvent(box, QFocusEvent(QEvent.Type.FocusOut,
                                                Qt.FocusReason.TabFocusReason))
    finally:
        box.rejected.disconnect(refused.append)
    assert refused == [] and panel.message.text() == ""
    assert box.value() == box.minimum()


def test_the_wheel_scrolls_past_the_count_boxes_without_changing_them(explore):
    """Scrolling the Explore dock with the wheel over the processes box turned 'none' into 2
    (and the number of scenarios likewise): like the sliders, a count box takes the wheel only
    once it has the focus."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication
    panel = explore.panel
    panel.condition.setFocus()
    for box in (panel.workers, panel.samples):
        before = box.value()
        assert not box.hasFocus()
        centre = QPointF(box.rect().center())
        wheel = QWheelEvent(centre, QPointF(box.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                            QPoint(0, 120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(box, wheel)
        assert box.value() == before


def test_run_hands_the_keyboard_focus_to_cancel_and_back(explore, module_window, qtbot):
    """At the workshop a sweep started with Run: Run, disabled with the focus, passed it on
    down the chain to the trade-off chart, the dock scrolled to show the chart and Cancel
    moved up from under the mouse (a click meant for it fell beside it; Space no longer
    cancelled). The focus now goes from Run to Cancel as the run starts and back as it ends,
    for the sweep and for the Sobol' indices; nothing scrolls."""
    panel = explore.panel
    module_window.activateWindow()
    for start, cancel, running in ((panel.run_button, panel.cancel_button, panel.set_running),
                                   (panel.sobol_button, panel.sobol_cancel,
                                    panel.set_sobol_running)):
        panel.tabs.setCurrentWidget(next(panel.tabs.widget(i) for i in range(panel.tabs.count())
                                         if panel.tabs.widget(i).isAncestorOf(start)))
        start.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(start.hasFocus, timeout=2000)
        bar = panel.tabs.currentWidget().verticalScrollBar()       # (each tab scrolls)
        scrolled = bar.value()
        running(True)
        assert cancel.hasFocus() and not start.isEnabled()
        assert bar.value() == scrolled
        running(False)
        assert start.hasFocus() and not cancel.isEnabled()


def test_cancel_says_at_once_that_the_sweep_is_stopping(explore, module_window, qtbot):
    """At the workshop Cancel took 2 to 5 s to end an in-process sweep of 1,000,000 scenarios
    (the chunk in progress, then the box on the finished ones) while the button and the line
    under it went on as before: the facilitator thought the click was missed. The button and
    the line now say at once that it is stopping; later progress does not overwrite that; the
    next run starts with Cancel again."""
    panel = explore.panel
    panel.samples.setValue(200_000)
    try:
        panel.condition.setText(CONDITION)
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitSignal(explore.sweeps.progress, timeout=30_000).wait()
        cancel_text = panel.cancel_button.text()
        with qtbot.waitSignal(explore.sweeps.cancelled, timeout=30_000):
            qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
            said = (panel.cancel_button.text(), panel.status.text())
            panel.set_progress(5, 10)                     # a chunk that finishes meanwhile
            assert panel.status.text() == said[1]
        assert said == (panel.tr("Stopping…"), panel.tr(
            "Stopping after the scenarios in progress; the box is then found on those that "
            "finished…"))
        assert said[0] != cancel_text
        qtbot.waitUntil(lambda: not explore.sweeps.busy)
        assert panel.cancel_button.text() == cancel_text and not panel.stopping
    finally:
        panel.samples.setValue(SAMPLES)

"""The sensitivity tornado dock: bars in the model's order, recomputed for new values,
and a click on a bar selects that parameter's slider."""
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from gui import i18n
from model import parameters as P
from model.analysis.sensitivity import tornado


WINDOW_ARGV = ["--size", "1600x1000"]


@pytest.fixture
def window(fresh_window):
    """The module's shared window in a new window's state (conftest.fresh_window)."""
    return fresh_window


def test_bars_follow_the_model_for_every_headline(qtbot, window):
    f = window.features["tornado"]
    f.show()
    qtbot.waitUntil(f.dock.isVisible)
    panel = f.panel
    for index in range(panel.combo.count()):
        panel.combo.setCurrentIndex(index)
        key = panel.combo.itemData(index)
        expected = tornado(window.controller.values, key)
        assert [b.key for b in panel.chart.bars] == [b.key for b in expected]
        assert [b.value_at_high_param for b in panel.chart.bars] == \
            [b.value_at_high_param for b in expected]
        assert len(panel.chart.bars) == len(P.keys())


def test_bars_are_recomputed_when_the_scenario_changes(qtbot, window):
    f = window.features["tornado"]
    f.show()
    window.controller.set_value("capex_growth", 110)
    window.controller.flush()
    qtbot.waitUntil(lambda: f.panel.computed_for == window.controller.values, timeout=5000)
    expected = tornado(window.controller.values, f.panel.headline())
    assert [b.base for b in f.panel.chart.bars] == [b.base for b in expected]
    assert [b.key for b in f.panel.chart.bars] == [b.key for b in expected]


@pytest.mark.parametrize("pick", ["first advanced", "primary"])
def test_clicking_a_bar_focuses_that_parameters_slider(qtbot, window, pick):
    f = window.features["tornado"]
    f.show()
    chart = f.panel.chart
    rows = [i for i, b in enumerate(chart.bars)
            if (b.key in P.PRIMARY_KEYS) == (pick == "primary")]
    row = rows[0]
    key = chart.bars[row].key
    for section in window.slider_panel.sections.values():
        section.set_expanded(False)
    f.panel.scroll.ensureVisible(0, int(chart.row_rect(row).center().y()))
    QApplication.processEvents()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(40, int(chart.row_rect(row).center().y())))
    control = window.slider_panel.controls[key]
    qtbot.waitUntil(lambda: control.slider.hasFocus(), timeout=3000)
    if key not in P.PRIMARY_KEYS:
        section = window.slider_panel.sections[P.get(key).group]
        assert section.body.isVisible()
        viewport = window.slider_panel.scroll.viewport()
        top_left = control.mapTo(viewport, QPoint(0, 0))
        assert 0 <= top_left.y() and top_left.y() + control.slider.height() <= viewport.height()


def test_labels_that_begin_alike_stay_apart_when_cut(qtbot, window):
    """In a narrow dock the regional parameters ('China AI power 2024', 'EU AI power 2024', …
    in German 'KI-Stromleistung China 2024', …) were all cut to the same beginning: cut in the
    middle, each drawn label stays different, and the bar's tooltip names it whole."""
    from PySide6.QtGui import QFontMetrics
    from gui import text
    from gui.widgets.painted import elided_label
    metrics = QFontMetrics(window.font())
    names = ["KI-Stromleistung China 2024", "KI-Stromleistung EU 2024",
             "KI-Stromleistung GB 2024", "KI-Stromleistung Rest der Welt 2024"]
    width = metrics.horizontalAdvance("KI-Stromleistung") - 4
    cut = [elided_label(metrics, n, width) for n in names]
    assert all("…" in c for c in cut) and len(set(cut)) == len(names), cut
    f = window.features["tornado"]
    f.show()
    qtbot.waitUntil(f.dock.isVisible)
    chart = f.panel.chart
    chart.resize(260, chart.height())
    chart.repaint()
    labels = chart.painted[::1]
    drawn = [s for s in labels if any(text.param_label(p).startswith(s.split("…")[0])
                                      for p in P.parameters()) and "…" in s]
    assert len(drawn) == len(set(drawn)), drawn
    bar = chart.bars[0]
    assert chart.bar_tooltip(bar).startswith(text.param_label(P.get(bar.key)))


@pytest.mark.parametrize("points, width", [(9.0, 316), (17.55, 381)])
def test_names_are_whole_and_rows_a_line_high_in_any_type(qtbot, window, points, width):
    """In the dock below the sliders (316 px at 1280 × 720) and in a 1920 × 1080 presentation's
    type (17.55 pt, 381 px) every name was cut in the middle ('Inve…stum') and the 26 px lines
    stood in 22 px rows: each name is drawn whole (on its own line above its bar when it does
    not fit beside it), every row is at least a line of the chart's type high, and a click on
    a row still picks that row's parameter."""
    from PySide6.QtGui import QFont, QFontMetrics
    from gui import text
    f = window.features["tornado"]
    f.show()
    qtbot.waitUntil(f.dock.isVisible)
    f.panel.recompute()
    chart = f.panel.chart
    font = QFont(chart.font())
    font.setPointSizeF(points)
    chart.setFont(font)
    chart.resize(width, chart.height())
    chart.repaint()
    metrics = QFontMetrics(font)
    names = [text.param_label(P.get(b.key)) for b in chart.bars]
    # (a name wider than the whole chart is cut: 'Import share of other AI investment' in
    # 17.55 pt is 400 px)
    fitting = [n for n in names if metrics.horizontalAdvance(n) < chart.width() - 10]
    assert len(fitting) >= len(names) - 2
    assert all(n in chart.painted for n in fitting), (chart.width(), [n for n in fitting if n not in chart.painted])
    line = metrics.height()
    assert chart.height() >= len(chart.bars) * line
    for row in (0, len(chart.bars) // 2, len(chart.bars) - 1):
        rect = chart.row_rect(row)
        assert rect.height() >= line
        assert chart.row_at(rect.center().y()) == row
    picked = []
    chart.parameterClicked.connect(picked.append)
    f.panel.scroll.ensureVisible(0, int(chart.row_rect(3).center().y()))
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(width // 2, int(chart.row_rect(3).center().y())))
    assert picked == [chart.bars[3].key]
    chart.setFont(QFont())          # the shared window's chart inherits its type again


def test_the_texts_above_the_bars_leave_room_for_them_in_presentation_type(qtbot, window):
    """In presentation type in the dock below the sliders at 1280 × 720 (about 330 px wide and
    285 px tall) the figure line and the colour key took seven lines and left room for 1.5
    bars (the projector review); each is now at most two lines, the explanation a tooltip."""
    from PySide6.QtGui import QFont, QFontMetrics
    f = window.features["tornado"]
    f.show()
    qtbot.waitUntil(f.dock.isVisible)
    f.panel.recompute()
    panel = f.panel
    font = QFont(panel.font())
    font.setPointSizeF(17.55)
    line = QFontMetrics(font).lineSpacing()
    for label in (panel.key_label,):
        label.setFont(font)
        assert label.heightForWidth(330) <= 2 * line + 4, (label.text(), label.heightForWidth(330))
        assert "Click a bar" in label.toolTip()
        label.setFont(QFont())      # the shared window's key inherits its type again


def test_the_current_value_line_does_not_strike_through_the_names(qtbot):
    """Names standing above their bars (a narrow dock: 1280 × 720) were struck through by the
    current-value line, drawn from the chart's top to its bottom ('Moneta|risierungstempo'):
    the line crosses the bars' lines only, and the names' lines stay clear of it."""
    from PySide6.QtGui import QColor, QFont
    from gui import palette as pal
    from gui.widgets.tornado import TornadoChart
    from model.analysis.sensitivity import Bar
    chart = TornadoChart()
    qtbot.addWidget(chart)
    font = QFont(chart.font())
    font.setPointSizeF(12)
    chart.setFont(font)
    # short names ('PUE', 'GDP growth') and the current value at the bars' right end, so the
    # line stands far right of every name's last letter
    bars = [Bar(key, key, 0.0, 1.0, 10.0, 40.0, 40.0) for key in ("pue", "gdp_growth")]
    chart.set_bars(bars, "peak_stress")
    chart.resize(200, chart.height())
    assert chart.stacked(), "the test needs the names above their bars"
    image = chart.grab().toImage()
    fg = QColor(pal.foreground()).lightness()
    scale = image.width() / chart.width()
    right = max(x for x in range(chart.width())
                if any(QColor(image.pixel(int(x * scale), int(y * scale))).lightness() <= fg + 40
                       for y in range(int(chart.row_rect(0).top()) + chart.name_height() + 2,
                                      int(chart.row_rect(0).top()) + chart.row_height() - 2)))
    for row in range(len(bars)):
        top = int(chart.row_rect(row).top())
        name_line = range(top + 1, top + chart.name_height() - 1)
        dark = [y for y in name_line
                for x in range(right - 3, right + 1)
                if QColor(image.pixel(int(x * scale), int(y * scale))).lightness() <= fg + 40]
        assert not dark, (row, right, dark)
        bar_line = range(top + chart.name_height() + 2, top + chart.row_height() - 2)
        assert any(QColor(image.pixel(int(x * scale), int(y * scale))).lightness() <= fg + 40
                   for y in bar_line for x in range(right - 3, right + 1)), row


def test_the_values_at_the_bars_ends_are_drawn_in_the_text_colour(qtbot):
    """The figures at the bars' ends (what the headline becomes at a parameter's minimum and
    maximum) were drawn in the baseline's grey, 3:1 against the ground: too faint on a
    projector. Their darkest pixels are the text colour's."""
    from PySide6.QtGui import QColor
    from gui import palette as pal
    from gui.widgets.tornado import TornadoChart
    from model.analysis.sensitivity import Bar
    chart = TornadoChart()
    qtbot.addWidget(chart)
    chart.set_bars([Bar("pue", "pue", 0.0, 1.0, 10.0, 40.0, 20.0)], "peak_stress")
    chart.resize(600, chart.height())
    assert not chart.stacked()
    image = chart.grab().toImage()
    scale = image.width() / chart.width()
    rect = chart.row_rect(0)
    # the right end's value: the last quarter of the row, right of the bar
    darkest = min(QColor(image.pixel(int(x * scale), int(y * scale))).lightness()
                  for x in range(chart.width() - chart.value_width(), chart.width())
                  for y in range(int(rect.top()), int(rect.bottom())))
    assert darkest <= QColor(pal.foreground()).lightness() + 40, darkest


def _key_of_a_new_tornado(qtbot):
    """The colour key (a QLabel) of a new tornado panel, its bars computed, in the language
    installed now."""
    from gui.controller import Controller
    from gui.widgets.tornado import TornadoPanel
    panel = TornadoPanel(Controller())
    qtbot.addWidget(panel)
    panel.recompute()                           # (the key's value comes with the bars)
    return panel.key_label


def _laid_out_key(label, font, width: int):
    """The colour key's text laid out as its label would lay it out in `font` at `width`
    pixels (the key is one paragraph: its lines are document.begin().layout()'s)."""
    from PySide6.QtGui import QTextDocument
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setHtml(label.text())
    document.setTextWidth(width)
    document.size()                     # (lays the text out)
    return document


@pytest.mark.parametrize("lang", list(i18n.languages()))
def test_the_colour_keys_marks_stay_with_their_words_when_it_wraps(qtbot, lang):
    """Wrapped in a narrow dock the key read '■ Minimum ■ Maximum |' over 'aktueller Wert'
    (1920 × 1080 presentation in German): at any width a line never ends in a sample mark."""
    from PySide6.QtGui import QFont
    from gui import i18n
    i18n.install(lang)
    try:
        label = _key_of_a_new_tornado(qtbot)
        font = QFont(label.font())
        font.setPointSizeF(17.55)
        ends = set()
        for width in range(180, 420, 4):
            document = _laid_out_key(label, font, width)
            block = document.begin()
            layout = block.layout()
            lines = [block.text()[layout.lineAt(i).textStart():
                                  layout.lineAt(i).textStart() + layout.lineAt(i).textLength()]
                     for i in range(layout.lineCount())]
            ends |= {line.rstrip()[-1:] for line in lines[:-1]}
        assert not ends & {"■", "|"}, ends
    finally:
        i18n.install("en")


def test_stacked_rows_are_two_lines_of_type_with_a_small_gap(qtbot):
    """Screen review 24b: in the dock below the sliders at 1280 × 720 in presentation type the
    tornado showed 3.2 rows before scrolling: each name stood on its own line above its bar
    with 2 px below it and 4 px above and below the bar (46 px a row for 19 px type). A row
    is now a name's line and a bar's line (each at least the type's height, so no value or
    name is cut) and a gap of at most 5 px; every value is drawn."""
    from PySide6.QtGui import QFont, QFontMetrics
    from gui.widgets.tornado import TornadoChart
    from model.analysis.sensitivity import Bar
    chart = TornadoChart()
    qtbot.addWidget(chart)
    font = QFont(chart.font())
    font.setPointSizeF(11.7)                      # presentation type at 1280 × 720
    chart.setFont(font)
    bars = [Bar(key, key, 0.0, 1.0, 10.0, 40.0, 20.0)
            for key in ("monetization_speed", "revenue_per_gw", "pue")]
    chart.set_bars(bars, "peak_stress")
    chart.resize(330, chart.height())
    assert chart.stacked(), "the test needs the names above their bars"
    type_height = QFontMetrics(font).height()
    assert chart.name_height() >= type_height
    assert chart.row_height() - chart.name_height() >= type_height    # the values' line
    assert chart.row_height() <= 2 * type_height + 5, (chart.row_height(), type_height)
    chart.grab()
    assert sum(s in ("10", "40") for s in chart.painted) == 2 * len(bars), chart.painted


@pytest.mark.parametrize("lang", list(i18n.languages()))
def test_the_colour_key_breaks_its_lines_between_entries_only(qtbot, lang):
    """Screen review 25: in the dock below the sliders at 1280 × 720 in presentation type the
    key read '■ minimum ■ maximum | current' over 'value' ('aktueller' over 'Wert' in German):
    at any width that holds its widest entry a wrapped line ends with a whole entry (a mark
    and all its words)."""
    import re
    from PySide6.QtGui import QFont, QFontMetrics
    from gui import i18n
    i18n.install(lang)
    try:
        label = _key_of_a_new_tornado(qtbot)
        wrapped = 0
        for points in (9.0, 11.7, 17.55):
            font = QFont(label.font())
            font.setPointSizeF(points)
            for width in range(120, 480, 6):
                document = _laid_out_key(label, font, width)
                block = document.begin()
                plain, layout = block.text(), block.layout()
                # the entries: the marks ('■', '|') and the words up to the next mark
                entries = [e.strip(" \u00a0\u2060") for e in re.split(r"[■|]", plain)
                           if e.strip(" \u00a0\u2060")]
                if width < max(QFontMetrics(font).horizontalAdvance(f"■ {e}   ")
                               for e in entries) + 8:
                    continue                        # an entry and its gap wider than the key
                for i in range(layout.lineCount() - 1):
                    line = layout.lineAt(i)
                    shown = plain[line.textStart():line.textStart() + line.textLength()]
                    shown = shown.strip(" \u00a0\u2060")
                    assert any(shown.endswith(e) for e in entries), (points, width, shown)
                    wrapped += 1
        assert wrapped, "the test needs widths at which the key wraps"
    finally:
        i18n.install("en")


def test_the_dock_below_the_levers_shows_four_bars_and_a_half_while_presenting(window):
    """Screen review 25: in presentation mode at 1280 × 720 the tornado below the levers showed
    3.5 bars before scrolling: under the chooser stood the figure's line ('Peak stress now 12')
    and the colour key on two lines. The current value is now the key's last entry ('| now
    12') beside the chooser naming the figure: one line above the bars, 4.5 bars shown."""
    from helpers_window import settle
    feature, tornado_ = window.features["presentation"], window.features["tornado"]
    feature.enter()
    try:
        window.resize(1280, 720)
        settle(window)
        tornado_.show()
        settle(window)
        assert tornado_.dock in window.column_docks()
        panel = tornado_.panel
        panel.recompute()
        settle(window)
        shown = panel.scroll.viewport().height() / panel.chart.row_height()
        assert shown >= 4.5, (shown, panel.scroll.viewport().height(), panel.chart.row_height())
        assert panel.chart.stacked()
    finally:
        tornado_.dock.setVisible(False)
        feature.leave()

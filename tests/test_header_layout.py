"""The header's texts that change at every slider step — the status text and the verdict line —
repaint themselves but relay out the window only when they need another height (issue 13,
third round): a new text of the same height must not send a LayoutRequest to the main window
or its central widget; a text that needs more lines gets them; a status text too long for the
window is cut with '…' and shown whole on hover."""
import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

WINDOW_ARGV = ["--size", "1280x720"]


class LayoutRequests(QObject):
    """Counts the LayoutRequest events that reach the watched widgets."""

    def __init__(self, *widgets):
        super().__init__()
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def settle(times: int = 3) -> None:
    for _ in range(times):
        QApplication.processEvents()


def wait_for_rest(requests: LayoutRequests, window) -> None:
    """Bring the window to rest (its pending one-shot timers run now: helpers_window.settle),
    wait (under load, longer) until no LayoutRequest reaches the watched widgets for 100 ms,
    then count from zero: a layout still pending from the window's start or earlier tests is
    not ours."""
    from helpers_window import settle as settle_window
    settle_window(window)
    for _ in range(20):
        requests.count = 0
        QTest.qWait(100)
        settle()
        if requests.count == 0:
            break
    requests.count = 0


@pytest.fixture
def header(module_window):
    """The window, its status and verdict texts put back after the test."""
    window = module_window
    status, verdict = window.status_label.text(), window.verdict_line.text()
    settle()
    yield window
    window.status_label.setText(status)
    window.verdict_line.setText(verdict)
    settle()


def test_new_texts_of_the_same_height_do_not_relayout_the_window(header):
    window = header
    requests = LayoutRequests(window, window.centralWidget(), window.statusBar())
    wait_for_rest(requests, window)
    heights = (window.status_label.height(), window.verdict_line.height())
    for n in range(3):      # as a slider step does: a new status text and a new verdict figure
        window.status_label.setText(f"Capex growth 7{n} → 8{n} % per year: bust year 2031")
        window.verdict_line.setText(f"Bust in 203{n}: capex falls 3{n} % and stress peaks at 8{n}")
        settle()
    assert requests.count == 0
    assert (window.status_label.height(), window.verdict_line.height()) == heights
    assert window.status_label.text().endswith("bust year 2031")
    assert not window.status_label.is_elided()


def test_a_verdict_that_needs_more_lines_gets_them_and_gives_them_back(header):
    window = header
    line = window.verdict_line
    one_line = line.height()
    long = " ".join(["No bust by 2050, but revenue does not cover full cost by then"] * 4)
    line.setText(long)
    settle()
    assert line.height() >= line.heightForWidth(line.width()) > 2 * line.fontMetrics().height()
    assert line.width() == window.centralWidget().width()
    line.setText("Bust in 2031")
    settle()
    assert line.height() == one_line


def test_a_long_status_text_is_cut_with_an_ellipsis_and_shown_whole_on_hover(header):
    window = header
    label = window.status_label
    bar_height, least = window.statusBar().height(), window.minimumSizeHint()
    whole = "Wrote " + "/very/long/folder" * 60 + "/dashboard.png"
    label.setText(whole)
    settle()
    assert label.is_elided() and label.shown_text().endswith("…")
    assert label.fontMetrics().horizontalAdvance(label.shown_text()) <= label.contentsRect().width()
    assert label.text() == whole                           # the text itself is whole
    assert window.statusBar().height() == bar_height       # one line, as before
    assert window.minimumSizeHint() == least               # no wider a window
    centre = label.rect().center()
    QApplication.sendEvent(label, QHelpEvent(QEvent.Type.ToolTip, centre,
                                             label.mapToGlobal(centre)))
    try:
        assert QToolTip.text() == whole
    finally:
        QToolTip.hideText()
    label.setText("Short")
    settle()
    assert not label.is_elided()


def test_a_new_headline_figure_of_the_same_width_relays_out_the_strip_only(header):
    window = header
    card = next(iter(window.headlines.cards.values()))
    value = card.value.text()
    requests = LayoutRequests(window, window.centralWidget())
    wait_for_rest(requests, window)
    try:
        for digit in "0123":       # the interface font's digits are of one width
            at = next(n for n, c in enumerate(value) if c.isdigit())
            card.value.setText(value[:at] + digit + value[at + 1:])
            settle()
        assert requests.count == 0
    finally:
        card.value.setText(value)
        settle()


def test_hiding_the_headline_strip_gives_its_room_to_what_is_beside_it(header):
    window = header
    row = window.headline_row
    beside = [row.itemAt(n).widget() for n in range(row.count())]
    beside = [widget for widget in beside if widget is not None and widget.isVisible()]
    assert beside                                 # the "Why?" box of the attribution feature
    def left():
        return beside[0].mapTo(window, beside[0].rect().topLeft()).x()
    before = left()
    window.toggle_headlines.setChecked(False)
    settle()
    try:
        assert not window.headlines.isVisible()
        assert left() < before - window.width() // 4      # the strip's room is free
    finally:
        window.toggle_headlines.setChecked(True)
        settle()
    assert window.headlines.isVisible()
    assert left() == before


@pytest.mark.parametrize("size", [(1216, 684), (1600, 1000), (1920, 1061)],
                         ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_cards_keep_their_place_when_the_chance_of_bust_card_comes(header, size):
    """The bands bring the chance-of-bust card beside the strip: it takes the room of the
    "Why?" box beside it, not the headline cards' (they narrowed once: a jump in the layout)."""
    window = header
    window.resize(*size)
    settle()
    feature = window.features["uncertainty"]

    def places():
        return [card.geometry() for card in window.headlines.cards.values()]
    before = places()
    feature.set_enabled(True)
    settle()
    try:
        assert feature.card.isVisible()
        with_card = places()
    finally:
        feature.set_enabled(False)
        settle()
    assert with_card == before
    assert places() == before

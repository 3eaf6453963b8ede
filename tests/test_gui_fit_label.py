"""FitLabel's text and tooltip: the tooltip follows the text unless one of its own was set, and
setting the same text again changes nothing (no event: issue 13, a slider step sets every
headline's text)."""
from PySide6.QtCore import QEvent, QObject

from gui.widgets.fit_label import FitLabel


class Count(QObject):
    """Counts the events of one type that a widget receives."""

    def __init__(self, widget, kind):
        super().__init__()
        self.kind, self.count = kind, 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == self.kind:
            self.count += 1
        return False


def test_the_tooltip_follows_the_text_and_the_same_text_sends_no_event(qtbot):
    label = FitLabel()
    qtbot.addWidget(label)
    tips = Count(label, QEvent.Type.ToolTipChange)
    label.setText("$1.2 T")
    assert (label.text(), label.toolTip(), tips.count) == ("$1.2 T", "$1.2 T", 1)
    label.setText("$1.2 T")
    assert tips.count == 1
    label.setText("$1.3 T")
    assert (label.toolTip(), tips.count) == ("$1.3 T", 2)


def test_a_tooltip_of_its_own_stays_when_the_text_changes(qtbot):
    label = FitLabel("a")
    qtbot.addWidget(label)
    label.setToolTip("explained")
    label.setText("b")
    assert label.toolTip() == "explained"
    label.setToolTip("")
    assert label.toolTip() == "b"


def test_what_is_drawn_is_measured_again_in_a_new_font_and_width(qtbot):
    """FitLabel.drawn keeps its measures by text and width: a new font (or a narrower label)
    must give the font and text fitted anew, as fitted_font and shown_text give them."""
    from PySide6.QtGui import QFont
    label = FitLabel("Investitionen 2025–2030")
    qtbot.addWidget(label)
    label.resize(label.sizeHint().width() + 4, 20)
    assert label.drawn() == (label.font(), True, label.text())
    big = QFont(label.font())
    big.setPointSizeF(label.font().pointSizeF() * 1.5)
    label.setFont(big)
    font, own, shown = label.drawn()
    assert not own and font.pointSizeF() < big.pointSizeF()
    assert (font, shown) == (label.fitted_font(), label.shown_text())
    least = label.minimumSizeHint().width()
    label.setFont(QFont(big.family(), int(big.pointSizeF() * 2)))
    assert label.minimumSizeHint().width() > least           # measured in the new font
    label.resize(30, 20)
    assert label.drawn()[2] == label.shown_text() and label.drawn()[2].endswith("…")


def test_labels_fitted_together_are_drawn_in_the_smallest_font_one_of_them_needs(qtbot):
    """The primary sliders' titles in German in a 1920 × 1080 presentation: two were drawn
    smaller to fit ('Monetarisierungstempo'), 'Stromausbau' in the full size below them.
    Fitted together, each is drawn in the font the longest needs, whole."""
    from PySide6.QtGui import QFont, QFontMetricsF
    from gui.widgets.fit_label import fit_together
    labels = [FitLabel(t) for t in ("Monetarisierungstempo", "Stromausbau")]
    big = QFont(labels[0].font())
    big.setPointSizeF(18)
    for label in labels:
        qtbot.addWidget(label)
        label.setFont(big)
    width = int(QFontMetricsF(big).horizontalAdvance("Monetarisierungstempo") * 0.9)
    for label in labels:
        label.resize(width, 40)
    long_font, short_font = labels[0].shown()[0], labels[1].shown()[0]
    assert long_font.pointSizeF() < 18 and short_font.pointSizeF() == 18   # each on its own
    fit_together(labels)
    fonts = [label.shown()[0].pointSizeF() for label in labels]
    assert fonts == [long_font.pointSizeF()] * 2, fonts
    assert [label.shown()[2] for label in labels] == [label.text() for label in labels]


def test_the_primary_sliders_titles_are_drawn_in_one_size(qtbot):
    """The slider panel fits its three primary titles together: in German in presentation
    type (the titles' fonts scaled as presentation mode scales them) in a narrow column, one
    size for all three."""
    from PySide6.QtGui import QFont
    from gui import i18n
    from gui.controller import Controller
    from gui.widgets.slider_panel import SliderPanel
    from model import parameters as P
    i18n.install("de")
    try:
        panel = SliderPanel(Controller())
        qtbot.addWidget(panel)
        titles = [panel.controls[key].label for key in P.PRIMARY_KEYS]
        for title in titles:
            bigger = QFont(title.font())
            bigger.setPointSizeF(bigger.pointSizeF() * 1.4)
            title.setFont(bigger)
        panel.resize(panel.minimumSizeHint().width(), 600)
        panel.show()
        qtbot.waitExposed(panel)
        own = [t.drawn()[0].pointSizeF() for t in titles]
        assert len(set(own)) > 1, "the test needs titles that fit in different sizes"
        sizes = {t.shown()[0].pointSizeF() for t in titles}
        assert sizes == {min(own)}, (own, sizes)
    finally:
        i18n.install("en")

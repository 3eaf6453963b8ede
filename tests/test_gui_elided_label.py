"""A painted chart's label cut to its room leaves out whole words where it can: the projector
review found 'Halbwertszeit …stitionsschubs' in the 'Why?' chart at 1280 × 720 (snapshots
dock open, uncertainty on), a German word cut in two."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from gui.widgets.painted import elided_label

NAME = "Halbwertszeit des Investitionsschubs"


def test_a_label_is_cut_between_words(qapp):
    metrics = QFontMetrics(qapp.font())
    words = set(NAME.split())
    full = metrics.horizontalAdvance(NAME)
    cuts_seen = 0
    for width in range(metrics.horizontalAdvance("… Investitionsschubs"), full):
        cut = elided_label(metrics, NAME, width)
        assert metrics.horizontalAdvance(cut) <= width and "…" in cut, (width, cut)
        assert set(cut.replace("…", " ").split()) <= words, (width, cut)   # no part-word
        cuts_seen += metrics.elidedText(NAME, Qt.TextElideMode.ElideMiddle, width) != cut
    assert cuts_seen                                  # Qt alone cut inside a word there


def test_a_label_too_narrow_for_whole_words_is_still_cut_to_fit(qapp):
    metrics = QFontMetrics(qapp.font())
    width = metrics.horizontalAdvance("Investitions") // 2
    cut = elided_label(metrics, NAME, width)
    assert "…" in cut and metrics.horizontalAdvance(cut) <= width
    assert elided_label(metrics, NAME, metrics.horizontalAdvance(NAME)) == NAME

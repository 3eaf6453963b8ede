"""'What changed?' (Analysis ▸ What changed?): the change of each headline figure against the
baseline split between the parameters that differ (model.analysis.attribution, Shapley values).

A compact chart (the 3 biggest parts of a chosen headline) sits beside the headline strip; a
dock shows up to 10 parts, the total and the method. Both are recomputed once the hand stops:
a single-shot timer of SETTLE_MS restarts on every value or baseline change.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import QFrame, QVBoxLayout

from model import parameters as P
from model.analysis.attribution import Attribution, attribute
from model.analysis.metrics import HEADLINE_KEYS

from .. import text
from ..error_text import error_text
from .focus_ring import RING_GAP, RING_WIDTH
from ..widgets.attribution_chart import (COMPACT_BAR_AREA, VALUE_GAP, AttributionPanel,
                                         event_part_text)
from ..widgets.headline_strip import widest_texts

SETTLE_MS = 300
COMPACT_ROWS = 3
# The compact chart's width in lines of its own type (QFontMetrics.height()), so that it grows
# with presentation type as the headline cards do: at least COMPACT_MIN_LINES (250 px in the
# normal type, as before), and COMPACT_LINES where the window has the room (in presentation type
# at 1280 × 720: 'Long-run revenue potential' / 'Langfristiges Umsatzpotenzial', a value and a
# bar; cut to 'Mone…peed' in the 250 px it had).
COMPACT_MIN_LINES = 18
COMPACT_LINES = 21
DOCK_WIDTH = 300


class AttributionFeature(QObject):
    """Keeps the compact chart and the dock up to date, after the hand stops."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.attribution: Optional[Attribution] = None
        self.compute_count = 0

        self.compact = AttributionPanel(compact=True, max_rows=COMPACT_ROWS)
        self.compact.setObjectName("attributionCompact")
        frame = CompactFrame()
        frame.setObjectName("attributionCompactFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.compact)
        self.compact_frame = frame
        window.headline_row.addWidget(frame, 1)
        # The compact chart says itself what it is read against; the strip's caption would
        # take the room the headline cards need at 1280 pixels.
        self._caption = window.headlines.caption
        if self._caption is not None:
            self._caption.setVisible(False)

        # the focus ring around the chooser covered the top of the total's line below it
        self.full = AttributionPanel(compact=False, max_rows=10,
                                     chooser_room=RING_GAP + RING_WIDTH + 1)
        self.full.setObjectName("attributionFull")
        self.dock = window.add_dock(self.full, self.tr("What changed?"), "attributionDock")
        for panel, other in ((self.compact, self.full), (self.full, self.compact)):
            panel.headlineChosen.connect(lambda key, o=other: o.set_headline(key))

        self.show_compact = QAction(self.tr("What changed? beside the &headlines"), window,
                                    checkable=True, checked=True)
        self.show_compact.toggled.connect(self._compact_toggled)
        self.dock_action = self.dock.toggleViewAction()
        self.dock_action.setText(self.tr("&What changed? (details)"))
        menu = window.menu("analysis")
        menu.addAction(self.dock_action)
        menu.addAction(self.show_compact)
        self.dock.visibilityChanged.connect(self._dock_shown)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.refresh_now)
        self.controller.valuesChanged.connect(self.schedule)
        self.controller.baselineChanged.connect(self.schedule)
        self.schedule()

    def _compact_toggled(self, on: bool) -> None:
        self.compact_frame.setVisible(on)
        if self._caption is not None:
            self._caption.setVisible(not on)
        if on:
            self.schedule()

    def _dock_shown(self, visible: bool) -> None:
        if not visible:
            return
        if not self.dock.isFloating():      # docked beside the plots (window.place_dock)
            self.window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.schedule()

    def schedule(self, *_args) -> None:
        """(Re)start the settle timer: compute once nothing has changed for SETTLE_MS; until
        then the charts fade what they show (it explains the values before: during a drag
        'No change against the baseline' stood beside a moved slider)."""
        if self.attribution is not None:
            self.compact.set_pending()
            self.full.set_pending()
        self.timer.start()

    def set_headline(self, key: str) -> None:
        """Explain headline `key` in both the compact chart and the dock."""
        self.compact.set_headline(key)
        self.full.set_headline(key)

    def refresh_now(self) -> Optional[Attribution]:
        """Compute the attribution of the current values against the baseline now (skipped
        while a slider is held or nothing is visible); returns it."""
        self.timer.stop()
        if self.controller.dragging:
            self.timer.start()
            return self.attribution
        if self.compact_frame.isHidden() and self.dock.isHidden():
            return self.attribution
        try:
            result = attribute(self.controller.values, self.controller.baseline_values)
        except P.ParameterError as exc:           # not expected: values are validated
            self.window.status_label.setText(error_text(exc))
            return self.attribution
        self.compute_count += 1
        self.attribution = result
        self.compact.show_attribution(result)
        self.full.show_attribution(result)
        return result


def compact_need(metrics: QFontMetrics) -> int:
    """The width (pixels) in which the compact chart draws any parameter's label whole beside
    its bar and value, measured in `metrics` (its type) in the installed language: the longest
    translated parameter label, the widest part text a headline's unit may write (its unit's
    widest change, headline_strip.widest_texts) or an event's words, the gaps and
    COMPACT_BAR_AREA of bars, and the frame's and panel's margins."""
    label = max(metrics.horizontalAdvance(text.param_label(p)) for p in P.parameters())
    values = [c for key in HEADLINE_KEYS for c in widest_texts(key)[1]]
    values += [event_part_text(1.0), event_part_text(-1.0)]
    value = max(metrics.horizontalAdvance(v) for v in values)
    # label + its 8 px, value + its 6 px and gap, bars, the panel's 4 px margins and the frame
    return label + 8 + value + 6 + VALUE_GAP + COMPACT_BAR_AREA + 8 + 4


class CompactFrame(QFrame):
    """The compact chart's frame beside the headline strip: it asks for the width in which any
    parameter's label is drawn whole (compact_need: measured in its type and language), at
    least COMPACT_LINES lines of its type, and needs at least COMPACT_MIN_LINES. Its width
    follows its font and language only, never the bars shown, so a new attribution never
    moves the headline cards."""

    def _lines(self, lines: float) -> int:
        return round(lines * self.fontMetrics().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as compact_need asks, at least COMPACT_LINES lines of the frame's type."""
        wide = max(self._lines(COMPACT_LINES), compact_need(self.fontMetrics()))
        return QSize(wide, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """COMPACT_MIN_LINES lines of the frame's type wide."""
        return QSize(self._lines(COMPACT_MIN_LINES), super().minimumSizeHint().height())


def install(window) -> AttributionFeature:
    """Add the compact 'What changed?' chart beside the headlines and its dock."""
    return AttributionFeature(window)

"""The Explore dock's widgets (issue 14): which assumptions lead to a condition, and how much
each input matters over its whole range.

`ExplorePanel` has two tabs:
- Scenario discovery: a condition (picked from a list or typed in the goal-seek grammar,
  checked as it is typed), the sample count and worker processes, Run / Cancel and progress;
  PRIM's trade-off (coverage against density, one point per peeling step, the chosen one
  marked; click a point to choose it); the chosen box as a table; "Go to the box" and "Save box
  as snapshot".
- Global sensitivity: a headline, the Sobol' sample size, Run / Cancel and progress, and
  gui.widgets.explore_bars.ExploreBars (one-at-a-time swing beside Sobol' total effect).
The panel runs nothing itself: it emits requests, and the feature (gui/features/explore.py)
answers with set_running / set_progress / set_discovery / set_message.
"""
from __future__ import annotations

import math
import os
from typing import Optional

import pyqtgraph as pg
from PySide6.QtCore import (QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPoint, QSize, Qt,
                            QTimer, Signal)
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QProgressBar, QPushButton, QScrollArea,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
                               QWidget)

from model import outputs
from model import parameters as P
from model.analysis import goal_seek as gs
from model.explore.condition import ConditionError, parse_condition
from model.explore.prim import Discovery

from .. import format as fmt
from .. import palette as pal
from .. import paste_guard, plain_text
from .. import syntax_text
from .. import text
from ..target_words import from_grammar, to_grammar
from .count_spin import CountSpinBox
from .explore_bars import ExploreBars
from .plot_grid import localize_ticks

DEFAULT_SAMPLES = 4096
DEFAULT_YEAR = 2030
DEFAULT_LEVEL = 50
SOBOL_SAMPLES = (64, 128, 256, 512, 1024)      # SALib wants a power of two
DEFAULT_SOBOL_SAMPLES = 256
# Conditions offered in the list (label, expression): the affirmative bust forms, then
# goal-seek's templates (labels translated where the goal-seek dialog's are).
CONDITION_TEMPLATES = (
    (QT_TRANSLATE_NOOP("ExplorePanel", "Bust before a year"), "bust before {year}"),
    (QT_TRANSLATE_NOOP("ExplorePanel", "Bust by a year"), "bust by {year}"),
    (QT_TRANSLATE_NOOP("ExplorePanel", "Revenue does not cover its full cost by a year"),
     "not coverage >= 1 by {year}"),
)

# The goal-seek templates' labels (model.analysis.goal_seek.TEMPLATES), declared here for the
# translation files only: lupdate cannot see the dialog's tr(label) of a variable. A label
# changed there and not here shows up untranslated (tests/test_i18n.py says which).
_GOAL_SEEK_LABELS = (
    QT_TRANSLATE_NOOP("GoalSeekDialog", "Revenue covers its full cost by a year"),
    QT_TRANSLATE_NOOP("GoalSeekDialog", "No bust before a year"),
    QT_TRANSLATE_NOOP("GoalSeekDialog", "No US power shortfall in a year"),
    QT_TRANSLATE_NOOP("GoalSeekDialog", "Stress index below a level in every year"),
    QT_TRANSLATE_NOOP("GoalSeekDialog", "Stress index below a level by a year"),
)


def condition_templates() -> list[tuple[str, str]]:
    """(translated label, expression with the default year and level) of every condition
    offered in the list."""
    ours = [(QCoreApplication.translate("ExplorePanel", label), expr)
            for label, expr in CONDITION_TEMPLATES]
    theirs = [(QCoreApplication.translate("GoalSeekDialog", label), expr)
              for label, expr in gs.TEMPLATES]
    return [(label, from_grammar(expr.format(year=DEFAULT_YEAR, level=DEFAULT_LEVEL)))
            for label, expr in ours + theirs]


# Worker processes a sweep uses by default: 0, in the window's process (a thread). The engine's
# compiled loop releases the GIL, and on this project's 2-core machines the frame measured no
# worse than with a worker process (`python -m bench.gui_probe repaint --sweep --sweep-workers
# 0|1`: step p95 64 vs 76 ms, the same scenarios per second), while a worker process costs
# seconds to start and, at low priority, starves on a busy machine. More processes pay off on
# machines with more cores: the spin box offers them.
DEFAULT_WORKERS = 0



def switch_run_buttons(start: QWidget, cancel: QWidget, running: bool) -> None:
    """Enable a run's Cancel button and disable its start button while it runs (`running`),
    the other way round after; the keyboard focus goes along from the button being disabled
    to the one being enabled. (Disabled with the focus, Run passed it on down the chain to the
    trade-off chart: the dock scrolled to show the chart, Cancel moved 12 to 26 px up from
    under the mouse, so a click meant for it at the workshop fell beside it, and Space no
    longer cancelled.)"""
    losing, taking = (start, cancel) if running else (cancel, start)
    taking.setEnabled(True)
    if losing.hasFocus():
        taking.setFocus(Qt.FocusReason.OtherFocusReason)
    losing.setEnabled(False)

class EndTickAxis(pg.AxisItem):
    """An axis that draws the numbers of its end ticks ('0', '100'). pyqtgraph draws only the
    tick numbers that lie wholly inside the axis's bounding rectangle, which, with a grid, is
    the axis and the view box alone (hideOverlappingLabels is ignored then): the number of a
    tick at the view's edge reaches half its size past it and was dropped. This rectangle
    reaches `end_room()` further at both ends; the plot's margins (TradeOffPlot.follow_font)
    give that room."""

    def end_room(self) -> float:
        """Pixels a tick number at an end of the axis reaches past it, in the tick font: half
        the widest end number along a horizontal axis, half a line along a vertical one."""
        font = self.style["tickFont"] or QFont()
        metrics = QFontMetricsF(font)
        if self.orientation in ("top", "bottom"):
            low, high = self.range
            ends = self.tickStrings([low, high], 1.0, max(abs(high - low), 1e-9))
            return max(metrics.horizontalAdvance(text) for text in ends) / 2 + 2
        return metrics.height() / 2 + 2

    def boundingRect(self):  # noqa: N802 - Qt's name
        """The axis's rectangle, with room for the end ticks' numbers (see the class)."""
        rect = super().boundingRect()
        room = self.end_room()
        if self.orientation in ("top", "bottom"):
            return rect.adjusted(-room, 0, room, 0)
        return rect.adjusted(0, -room, 0, room)

    def drawn_tick_texts(self) -> list[str]:
        """The tick numbers the axis draws now (as the next paint will)."""
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        try:
            specs = self.generateDrawSpecs(painter)
        finally:
            painter.end()
        return [] if specs is None else [text for _, _, text in specs[2]]


class TradeOffPlot(pg.PlotWidget):
    """PRIM's peeling trajectory: coverage (x, %) against density (y, %), one point per step;
    the chosen step is marked. A click on a point emits `stepClicked(step)`."""

    stepClicked = Signal(int)
    LEAST_HEIGHT = 150      # pixels: below it the axes' numbers crowd the points
    MOST_HEIGHT = 260       # pixels, in a view as high as that (TabScroll.fit_whole)

    def __init__(self, parent=None):
        super().__init__(parent, background=pal.background(),
                         axisItems={side: EndTickAxis(side) for side in ("bottom", "left")})
        self.setObjectName("exploreTradeOff")
        item = self.getPlotItem()
        item.setLabel("bottom", self.tr("Coverage (%)"))
        item.setLabel("left", self.tr("Density (%)"))
        for side in ("bottom", "left"):
            localize_ticks(item.getAxis(side))
        item.showGrid(x=True, y=True, alpha=0.25)
        item.setMenuEnabled(False)
        item.getViewBox().setMouseEnabled(False, False)
        item.hideButtons()
        self.line = pg.PlotDataItem(pen=pg.mkPen(pal.BASELINE_GREY, width=1))
        self.points = pg.ScatterPlotItem(size=9, brush=pg.mkBrush(pal.BLUE), pen=None,
                                         hoverable=True, hoverSize=12)
        self.chosen_mark = pg.ScatterPlotItem(size=16, symbol="o", brush=None,
                                              pen=pg.mkPen(pal.ORANGE, width=3))
        for part in (self.line, self.points, self.chosen_mark):
            item.addItem(part)
        self.points.sigClicked.connect(self._clicked)
        self.setToolTip(self.tr(
            "Each point is one step of PRIM's peeling. Coverage: the share of the scenarios "
            "where the condition holds that lie in the box. Density: the share of the "
            "scenarios in the box where it holds. Click a point to choose its box."))
        self.setMinimumHeight(self.LEAST_HEIGHT)
        self.setMaximumHeight(self.MOST_HEIGHT)
        item.setRange(xRange=(0, 100), yRange=(0, 100), padding=0.02)
        self.discovery: Optional[Discovery] = None
        self._tips: list[str] = []
        self.follow_font()

    def follow_font(self) -> None:
        """Draw the axes' numbers and titles in the widget's own type: pyqtgraph draws them in
        the scene's font, which stayed the normal size while presentation mode made the rest of
        the dock larger."""
        item = self.getPlotItem()
        for side in ("bottom", "left"):
            axis = item.getAxis(side)
            axis.prepareGeometryChange()        # (its rectangle follows the font: end_room)
            axis.setTickFont(QFont(self.font()))
            axis.label.setFont(QFont(self.font()))
            axis.setLabel(axis.labelText)       # lays the label and the ticks out again
        # room beyond the data area for the end ticks' numbers ('100' at the right and top)
        item.setContentsMargins(2, math.ceil(item.getAxis("left").end_room()),
                                math.ceil(item.getAxis("bottom").end_room()), 2)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.follow_font()

    def set_discovery(self, discovery: Optional[Discovery], chosen: int = 0) -> None:
        """Draw the trajectory of `discovery` (None: empty) with step `chosen` marked."""
        self.discovery = discovery
        if discovery is None:
            self.line.setData([], [])
            self.points.setData([])
            self.chosen_mark.setData([])
            return
        x = [100 * b.coverage for b in discovery.trajectory]
        y = [100 * b.density for b in discovery.trajectory]
        self.line.setData(x, y)
        tips = [self.tr("Step {0}: coverage {1}, density {2}, {3} inputs restricted").format(
            i, fmt.percent(b.coverage), fmt.percent(b.density), len(b.restricted))
            for i, b in enumerate(discovery.trajectory)]
        self._tips = tips
        self.points.setData(x=x, y=y, data=list(range(len(x))),
                            tip=lambda x, y, data: self._tips[data])
        self.mark(chosen)

    def mark(self, step: int) -> None:
        """Mark trajectory step `step` as the chosen one."""
        if self.discovery is None:
            return
        box = self.discovery.trajectory[step]
        self.chosen_mark.setData([100 * box.coverage], [100 * box.density])

    def point_position(self, step: int):
        """The scene position of step `step`'s point (for tests and scripted clicks)."""
        box = self.discovery.trajectory[step]
        return self.getPlotItem().getViewBox().mapViewToScene(
            pg.Point(100 * box.coverage, 100 * box.density))

    def _clicked(self, _item, points, event=None) -> None:
        if not len(points):
            return
        if event is not None:                  # points may overlap: take the nearest
            at = event.pos()
            points = sorted(points, key=lambda pt: (pt.pos() - at).manhattanLength())
        self.stepClicked.emit(int(points[0].data()))


class TabScroll(QScrollArea):
    """A tab's scroll area: it scrolls up and down only, so it is at least as wide as its
    content, in the content's type as it is now (a narrower dock cut off the box buttons and
    the table's columns at 1280 × 720; a width fixed in the normal type cut the text and the
    fields on the right in presentation type)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        return QSize(inner.minimumSizeHint().width()
                     + self.verticalScrollBar().sizeHint().width() + 4, hint.height())

    fit_whole: Optional[QWidget] = None     # a widget kept no higher than the view (see below)
    fit_most = 0

    def keep_whole(self, widget: QWidget, most: int) -> None:
        """Keep `widget` (the trade-off chart) no higher than the view (pixels), at most `most`
        and at least its minimum height: a run scrolls to the chart (ExplorePanel.show_result),
        and in a view lower than the chart its x-axis and title were below the view's edge
        (1280 × 720, German, Explore and Snapshots tabbed below the sliders: a 205 px view,
        a 260 px chart, 'Abdeckung (%)' cut off)."""
        self.fit_whole, self.fit_most = widget, most
        self._fit()

    def _fit(self) -> None:
        if self.fit_whole is not None:
            margins = self.widget().layout().contentsMargins() if self.widget() else None
            room = self.viewport().height() - (margins.top() + margins.bottom() if margins else 0)
            self.fit_whole.setMaximumHeight(max(self.fit_whole.minimumHeight(),
                                                min(self.fit_most, room)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The chart kept whole follows the view's height (keep_whole)."""
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """When the content's layout changes (its type grew, a longer text came), the tab's
        least width follows (the content is the viewport's child: Qt tells the scroll area
        nothing of it)."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


class ExplorePanel(QWidget):
    """The Explore dock's contents (see the module docstring). Requests are signals."""

    runRequested = Signal(str, int, int)          # condition, samples, worker processes
    cancelRequested = Signal()
    stepChosen = Signal(int)                       # a trajectory step was clicked
    goToBoxRequested = Signal()
    saveBoxRequested = Signal()
    sobolRequested = Signal(str, int, int)         # headline key, base samples, processes
    sobolCancelRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("explorePanel")
        self.tabs = QTabWidget()
        # A word each (the dock is titled Explore): below the levers in presentation type
        # 'Scenario discovery' and 'Global sensitivity' were both cut ('Scenario discov…');
        # the full names are their tooltips.
        self.tabs.addTab(self._scroll(self._discovery_tab()), self.tr("Discovery"))
        self.tabs.widget(0).keep_whole(self.plot, TradeOffPlot.MOST_HEIGHT)
        self.tabs.addTab(self._scroll(self._sobol_tab()), self.tr("Sensitivity"))
        # in a dock narrower still both titles are cut at their end, each whole in its
        # tooltip, rather than one scrolled half out of sight ('…nario-Entdeckung')
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        for index, name in enumerate((self.tr("Scenario discovery"),
                                      self.tr("Global sensitivity"))):
            self.tabs.setTabToolTip(index, name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tabs)
        self.discovery: Optional[Discovery] = None
        self.chosen = 0
        self.set_running(False)
        self.set_sobol_running(False)
        self.set_discovery(None)

    # --- building ----------------------------------------------------------------------------
    @staticmethod
    def _scroll(widget: QWidget) -> QScrollArea:
        scroll = TabScroll()
        scroll.setWidget(widget)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        return scroll

    def _discovery_tab(self) -> QWidget:
        self.template = QComboBox()
        self.template.setObjectName("exploreTemplate")
        # a long (translated) template must not widen the dock: the list shows it in full
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(14)
        self.template.addItem(self.tr("Type your own condition…"), "")
        for label, expression in condition_templates():
            self.template.addItem(label, expression)
        self.template.setCurrentIndex(1)
        # long labels must not widen the dock: the combo shrinks, its list stays wide
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(14)
        self.template.setToolTip(self.tr("Ready-made conditions: choosing one fills in the "
                                         "condition below"))
        self.template.activated.connect(self._template_chosen)
        self.condition = QLineEdit(self.template.itemData(1))
        self.condition.setObjectName("exploreCondition")
        self.condition.setToolTip(self.tr(
            "In which scenarios does this hold? The goal-seek grammar, plus 'bust before "
            "YEAR', 'bust by YEAR' and 'not …', e.g. 'bust before 2030', 'not coverage >= 1 "
            "by 2032', 'stress < 50'."))
        self.condition.textEdited.connect(lambda _: self.template.setCurrentIndex(0))
        self.condition.textChanged.connect(self.check_condition)
        self.condition.returnPressed.connect(self.request_run)
        if paste_guard.guard is not None:       # a refused paste is said where problems are
            paste_guard.guard.refused.connect(self._paste_refused)
        self.message = QLabel()
        self.message.setObjectName("exploreMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(f"color: {pal.better_worse()[1]};")
        self.message.hide()
        self.samples = CountSpinBox()           # a typed count out of range is refused aloud
        self.samples.setObjectName("exploreSamples")
        self.samples.setRange(16, 1_000_000)
        self.samples.setSingleStep(1024)
        self.samples.setValue(DEFAULT_SAMPLES)
        self.samples.setGroupSeparatorShown(fmt.groups_thousands())
        self.samples.setToolTip(self.tr("How many scenarios the sweep draws over every "
                                        "parameter's range (the others: the current values)"))
        self.samples.rejected.connect(self._samples_refused)
        self.samples.valueChanged.connect(self._samples_taken)
        self._samples_said = ""
        self.workers = CountSpinBox()           # a typed count above the cores: said, not dropped
        self.workers.setObjectName("exploreWorkers")
        self.workers.setRange(0, max(2, os.cpu_count() or 2))
        self.workers.setSpecialValueText(self.tr("none"))
        self.workers.setValue(DEFAULT_WORKERS)
        self.workers.setToolTip(self.tr("Worker processes for the sweep and the Sobol' indices; "
                                        "none runs them in the window's process (the sliders "
                                        "may then stutter while they run)"))
        for box in (self.condition, self.samples, self.workers):
            paste_guard.claim(box)              # said in the message line (_paste_refused)
        self.workers.rejected.connect(self._workers_refused)
        self.run_button = QPushButton(self.tr("Run sweep"))
        self.run_button.setObjectName("exploreRun")
        self.run_button.setToolTip(self.tr("Draw the scenarios and find the ranges of inputs in "
                                           "which the condition holds (Enter in the condition)"))
        self.run_button.clicked.connect(self.request_run)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("exploreCancel")
        self.cancel_button.setToolTip(self.tr("Stop the run"))
        self.cancel_button.clicked.connect(self._cancel_clicked)
        self.stopping = False                   # Cancel was pressed; the run has not ended yet
        self.progress = QProgressBar()
        self.progress.setObjectName("exploreProgress")
        self.status = QLabel()
        self.status.setObjectName("exploreStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.plot = TradeOffPlot()
        self.plot.stepClicked.connect(self.choose_step)
        self.summary = QLabel()
        self.summary.setObjectName("exploreSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        # each parameter's name on a row of its own across the table (wrapped, whole), its
        # range on the row below: beside the numbers the name had 90 px of a 1280 × 720
        # window's dock and was whole only in its tooltip
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("exploreBox")
        self.table.setHorizontalHeaderLabels([self.tr("Low"), self.tr("High"), self.tr("Unit")])
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)   # (wrapped names)
        rows.setMinimumSectionSize(self.fontMetrics().height() + 6)          # (as before)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for col in (0, 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        self.go_button = QPushButton(self.tr("Go to the box"))
        self.go_button.setObjectName("exploreGoToBox")
        self.go_button.setToolTip(self.tr("Move the restricted sliders to the middle of the box "
                                          "(one undo step)"))
        self.go_button.clicked.connect(self.goToBoxRequested)
        self.save_button = QPushButton(self.tr("Save box as snapshot"))
        self.save_button.setObjectName("exploreSaveBox")
        self.save_button.setToolTip(self.tr("Save the current scenario as a snapshot whose note "
                                            "holds the condition and the box"))
        self.save_button.clicked.connect(self.saveBoxRequested)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Pick:"), self.template)
        form.addRow(self.tr("Condition:"), self.condition)
        form.addRow("", self.message)
        # one field a row, not the two numbers side by side: the dock below the sliders of a
        # 1280 × 720 window is 330 px wide, and the wider rows scrolled it sideways (German)
        form.addRow(self.tr("Scenarios:"), self.samples)
        form.addRow(self.tr("Processes:"), self.workers)
        buttons = QHBoxLayout()
        self.progress.setMinimumWidth(40)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        box_buttons = QVBoxLayout()        # one above the other: the dock stays narrow
        box_buttons.addWidget(self.go_button)
        box_buttons.addWidget(self.save_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.summary)
        layout.addLayout(box_buttons)
        layout.addWidget(self.table, 1)
        return tab

    def _sobol_tab(self) -> QWidget:
        self.headline = QComboBox()
        self.headline.setObjectName("exploreHeadline")
        for key, (label, _unit, _, _) in outputs.HEADLINE_INFO.items():
            self.headline.addItem(text.tr(label), key)
        self.headline.setCurrentIndex(self.headline.findData("peak_stress"))
        self.headline.setToolTip(self.tr("Which headline figure the bars explain"))
        self.sobol_samples = QComboBox()
        self.sobol_samples.setObjectName("exploreSobolSamples")
        for n in SOBOL_SAMPLES:
            self.sobol_samples.addItem(fmt.whole(n), n)
        self.sobol_samples.setCurrentIndex(SOBOL_SAMPLES.index(DEFAULT_SOBOL_SAMPLES))
        self.sobol_samples.setToolTip(self.tr("Base samples of Saltelli's design; the model runs "
                                              "this many times (parameters + 2)"))
        self.sobol_button = QPushButton(self.tr("Compute"))
        self.sobol_button.setObjectName("exploreSobolRun")
        self.sobol_button.setToolTip(self.tr("Compute the Sobol' total effects of the chosen "
                                             "figure"))
        self.sobol_button.clicked.connect(self.request_sobol)
        self.sobol_cancel = QPushButton(self.tr("Cancel"))
        self.sobol_cancel.setObjectName("exploreSobolCancel")
        self.sobol_cancel.setToolTip(self.tr("Stop the run"))
        self.sobol_cancel.clicked.connect(self.sobolCancelRequested)
        self.sobol_progress = QProgressBar()
        self.sobol_status = QLabel(self.tr(
            "One at a time (the tornado): each parameter alone from its minimum to its maximum. "
            "Sobol' total effect: its share of the figure's variance when every parameter varies "
            "at once, interactions included (whisker: 95 % confidence)."))
        self.sobol_status.setWordWrap(True)
        self.sobol_status.setTextFormat(Qt.TextFormat.PlainText)
        self.bars = ExploreBars()
        top = QFormLayout()             # one field a row: the dock stays narrow (see above)
        top.setContentsMargins(0, 0, 0, 0)
        top.addRow(self.tr("Figure:"), self.headline)
        top.addRow(self.tr("Samples:"), self.sobol_samples)
        run = QHBoxLayout()
        run.addWidget(self.sobol_button)
        run.addWidget(self.sobol_cancel)
        run.addWidget(self.sobol_progress, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addLayout(run)
        layout.addWidget(self.sobol_status)
        layout.addWidget(self.bars, 1)
        return tab

    # --- the condition -----------------------------------------------------------------------
    def condition_text(self) -> str:
        """The condition as typed or picked, in the grammar's words (a condition typed in the
        interface's language is read as the model's English grammar: gui/target_words.py)."""
        return to_grammar(self.condition.text().strip())

    def _template_chosen(self, index: int) -> None:
        expression = self.template.itemData(index)
        if expression:
            self.condition.setText(expression)

    def check_condition(self, *_args) -> bool:
        """Check the condition; show a one-line message under it if it cannot be read."""
        try:
            parse_condition(self.condition_text())
        except ConditionError as exc:
            self.set_message(self.condition_problem(exc))
            return False
        self.set_message("")
        return True

    def condition_problem(self, error: ConditionError) -> str:
        """Why a condition cannot be read, in the interface language, from the model's reason
        key and numbers (ConditionError is a goal_seek.GoalSyntaxError); a typed text is quoted
        cut, its length noted in the interface language (plain_text.clip)."""
        return syntax_text.explain(
            error, from_grammar("bust before 2030"), self.tr("Type a condition, e.g. {0}."),
            self.tr("Cannot read the condition “{0}”: write FIGURE OP NUMBER [by|from|once by "
                    "YEAR] or bust [before|by YEAR], either may start with not; e.g. {1}."),
            self.condition.text())

    def _paste_refused(self, field, message: str) -> None:
        """A refused paste into the condition or a count box: said in the message line, where
        their typed refusals are (the counts' went to a tooltip only)."""
        if any(paste_guard.is_for(field, box) for box in (self.condition, self.samples,
                                                           self.workers)):
            self.set_message(message)

    def set_message(self, message: str) -> None:
        """Show a problem under the condition (empty: hide it)."""
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def _samples_taken(self, _value: int) -> None:
        """A number of scenarios was taken: its refusal (if shown) goes."""
        if self._samples_said and self.message.text() == self._samples_said:
            self.set_message("")
        self._samples_said = ""

    def _samples_refused(self, typed: str) -> None:
        """Say that a typed number of scenarios was not taken, what is allowed and what stays."""
        self._samples_said = self.tr("Scenarios: “{0}” is not allowed; type a whole number "
                                     "from {1} to {2}. The number stays {3}.").format(
            plain_text.shown(typed, 40, one_line=True), fmt.number(self.samples.minimum()),
            fmt.number(self.samples.maximum()), fmt.number(self.samples.value()))
        self.set_message(self._samples_said)

    def _workers_refused(self, typed: str) -> None:
        """Say that a typed number of worker processes was not taken: at most one per core."""
        self.set_message(self.tr("Processes: “{0}” is not allowed; type a whole number from 0 "
                                 "(none: in the window's process) to {1}, one per core. The "
                                 "number stays {2}.").format(
            plain_text.shown(typed, 40, one_line=True), fmt.number(self.workers.maximum()),
            self.workers.text()))

    def request_run(self) -> None:
        """Ask for a sweep with the condition, sample count and processes set (if the
        condition can be read). A number of scenarios just refused (typed, then Run clicked)
        holds this run back once, its refusal shown: the run would have drawn another number."""
        if self._samples_said:
            self.set_message(self._samples_said)
            self._samples_said = ""
            return
        if self.check_condition():
            self.runRequested.emit(self.condition_text(), self.samples.value(),
                                   self.workers.value())

    def request_sobol(self) -> None:
        """Ask for Sobol' indices of the chosen headline."""
        self.sobolRequested.emit(self.headline.currentData(), self.sobol_samples.currentData(),
                                 self.workers.value())

    # --- progress ----------------------------------------------------------------------------
    def set_running(self, running: bool) -> None:
        """Enable Cancel (and disable Run) while a sweep runs."""
        switch_run_buttons(self.run_button, self.cancel_button, running)
        self.stopping = False
        self.cancel_button.setText(self.tr("Cancel"))
        self.condition.setEnabled(not running)
        self.template.setEnabled(not running)
        if running:
            self.progress.setRange(0, 0)            # busy until the first chunk is in
            self.progress.setValue(0)

    def _cancel_clicked(self) -> None:
        """Cancel pressed: say at once that the run is stopping (it ends after the chunk in
        progress, then finds the box on the finished scenarios: 2 to 5 s in this process at
        the workshop, during which the button and the line below looked as if the click had
        been missed), then ask for it (cancelRequested). The button keeps the focus."""
        if not self.stopping:
            self.stopping = True
            self.cancel_button.setText(self.tr("Stopping…"))
            self.status.setText(self.tr("Stopping after the scenarios in progress; the box is "
                                        "then found on those that finished…"))
        self.cancelRequested.emit()

    def set_progress(self, done: int, total: int) -> None:
        """Scenarios done of `total` (the line below keeps saying that the run is stopping
        once Cancel was pressed)."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if not self.stopping:
            self.status.setText(self.tr("{0} of {1} scenarios").format(fmt.number(done),
                                                                       fmt.number(total)))

    def set_status(self, message: str) -> None:
        """One line under the progress bar."""
        self.status.setText(message)

    def set_sobol_running(self, running: bool) -> None:
        """Enable Cancel (and disable Compute) while Sobol' indices are computed."""
        switch_run_buttons(self.sobol_button, self.sobol_cancel, running)
        self.sobol_progress.setRange(0, 0 if running else 1)
        self.sobol_progress.setValue(0)
        self.sobol_progress.setTextVisible(False)    # no share to show: busy or idle

    # --- the discovery -----------------------------------------------------------------------
    def show_result(self) -> None:
        """Scroll the discovery tab to a finished run's result: the trade-off chart whole,
        and its status line above it if there is room (below the sliders of a 1280 × 720
        window the tab shows the form and the Run button; the chart began at the dock's
        bottom edge). Once the new texts are laid out."""
        QTimer.singleShot(0, lambda: self._scroll_to(0, self.status, self.plot))

    def show_sobol_result(self) -> None:
        """Scroll the sensitivity tab to the computed bars (their top at least), with the
        explanation above them if there is room; as show_result."""
        QTimer.singleShot(0, lambda: self._scroll_to(1, self.sobol_status, self.bars))

    def _scroll_to(self, tab: int, above: QWidget, result: QWidget) -> None:
        """Scroll tab `tab` to show `result` whole (its top if it is higher than the view),
        and `above` above it if there is room."""
        scroll = self.tabs.widget(tab)
        content = scroll.widget()
        top = above.mapTo(content, QPoint(0, 0)).y() - 4
        result_top = result.mapTo(content, QPoint(0, 0)).y()
        result_bottom = result_top + result.height() + 4
        value = min(max(top, result_bottom - scroll.viewport().height()), result_top)
        scroll.verticalScrollBar().setValue(max(0, value))

    def set_discovery(self, discovery: Optional[Discovery]) -> None:
        """Show a PRIM result (None: nothing yet) with its chosen box."""
        self.discovery = discovery
        self.plot.set_discovery(discovery, discovery.chosen if discovery else 0)
        self.choose_step(discovery.chosen if discovery else 0)

    def choose_step(self, step: int) -> None:
        """Make trajectory step `step` the chosen box: mark it, fill the table, emit stepChosen."""
        self.chosen = step
        has_box = self.discovery is not None and bool(self.discovery.limits(step))
        self.go_button.setEnabled(has_box)
        self.save_button.setEnabled(has_box)
        self.table.setRowCount(0)
        if self.discovery is None:
            self.summary.setText(self.tr("Run a sweep to see which inputs lead to the condition."))
            return
        self.plot.mark(step)
        box = self.discovery.trajectory[step]
        self.summary.setText(self.box_summary(step))
        limits = self.discovery.limits(step)
        self.table.clearSpans()
        self.table.setRowCount(2 * len(limits))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for n, (key, (low, high)) in enumerate(limits.items()):
            p = P.get(key)
            tip = self.tr("{0}: {1} to {2}").format(text.param_label(p),
                                                    text.param_value_text(p, low),
                                                    text.param_value_text(p, high))
            name = QTableWidgetItem(text.param_label(p))
            name.setData(Qt.ItemDataRole.UserRole, key)
            name.setToolTip(tip)
            name.setFont(bold)
            self.table.setItem(2 * n, 0, name)
            self.table.setSpan(2 * n, 0, 1, self.table.columnCount())
            for col, value in enumerate((fmt.param_number(p, low), fmt.param_number(p, high),
                                         text.param_unit(p))):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setToolTip(tip)
                if col in (0, 1):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(2 * n + 1, col, item)
        if not box.restricted:
            self.summary.setText(self.summary.text() + " " + self.tr(
                "This step restricts no input; click a later point."))
        self.stepChosen.emit(step)

    def box_summary(self, step: Optional[int] = None) -> str:
        """'Step 7 of 31: coverage 72 %, density 81 %, 18 % of the scenarios, 3 inputs
        restricted.'"""
        step = self.chosen if step is None else step
        box = self.discovery.trajectory[step]
        return self.tr("Step {0} of {1}: coverage {2}, density {3}, {4} of the scenarios, {5} "
                       "inputs restricted.").format(
            step, len(self.discovery.trajectory) - 1, fmt.percent(box.coverage),
            fmt.percent(box.density), fmt.percent(box.mass), len(box.restricted))

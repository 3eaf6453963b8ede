"""'What would it take?' dialog: a target and one lever; Run finds the lever value that just
reaches the target (model.analysis.goal_seek) and a button moves the slider there as one undo
step, or the dialog says plainly that the target cannot be reached within the lever's range
and which way the lever would have to go. The model returns numbers and keys (GoalResult); every
sentence here is translated (self.tr) and every number written by gui/format.py."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout)

from model import parameters as P
from model.analysis import goal_seek as gs
from model.outputs import COLUMN_INFO
from model.view import decimals

from .. import plain_text
from .. import syntax_text
from .. import format as fmt
from .. import palette as pal
from .. import text
from ..target_words import from_grammar, to_grammar
from .dialog_size import SCREEN_SHARE, TypeFitted, size_for_type
from .text_slot import TextSlot

DEFAULT_YEAR = 2032
DEFAULT_LEVEL = 50
OP_SIGNS = {">=": "≥", "<=": "≤", "==": "=", ">": ">", "<": "<"}


class WholeTextSlot(TextSlot):
    """A TextSlot that is never lower than its label's lines at its width: the dialog grows
    (or its minimum does) rather than the hint being cut."""

    def hints(self) -> tuple[QSize, QSize]:
        """(0, the label's height at the slot's width) as size hint and minimum alike."""
        hint, _least = super().hints()
        return hint, hint


class GoalSeekDialog(TypeFitted, QDialog):
    """Non-modal: the plots stay live while it is open."""

    BASE_SIZE = (620, 420)      # pixels, in the application's type (dialog_size.size_for_type)

    # A lever was moved to the found value: (what was sought and found, one line; the values)
    applied = Signal(str, object)

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        # a window of the explorer's: it takes the explorer's type (presentation mode's larger
        # type too; a dialog is a window, and windows do not take their parent's font)
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.controller = controller
        self.result: Optional[gs.GoalResult] = None
        self.setWindowTitle(self.tr("What would it take?"))
        self.setObjectName("goalSeekDialog")

        self.template_box = QComboBox()
        self.template_box.setObjectName("goalTemplate")
        self.template_box.addItem(self.tr("Type your own target…"), "")
        for label, expression in gs.TEMPLATES:
            filled = expression.format(year=DEFAULT_YEAR, level=DEFAULT_LEVEL)
            self.template_box.addItem(self.tr(label), from_grammar(filled))
        self.template_box.setToolTip(self.tr("Ready-made targets: choosing one fills in the "
                                             "target below"))
        self.template_box.activated.connect(self._template_chosen)

        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("goalTarget")
        self.target_edit.setPlaceholderText(from_grammar("coverage >= 1 by 2032"))
        self.target_edit.textEdited.connect(self._target_edited)
        self.target_edit.setToolTip(self.tr("The target to reach, written as below (Enter runs)"))
        self.target_edit.returnPressed.connect(self.run)
        self.error_label = QLabel()
        self.error_label.setObjectName("goalError")
        self.error_label.setWordWrap(True)
        pal.color_text(self.error_label, pal.better_worse()[1])
        self.error_label.hide()
        help_text = QLabel(self.tr(
            "<b>FIGURE OP NUMBER</b> [<b>by</b>|<b>from</b>|<b>once by</b> YEAR] or "
            "<b>no bust</b> [<b>before</b>|<b>by</b> YEAR].<br/>"
            "FIGURE: coverage, shortfall, stress, debt, capex, revenue, leverage or an output "
            "column name; OP: &gt;=, &gt;, &lt;=, &lt;, ==.<br/>"
            "Without a year the target must hold in every year; <b>by</b> YEAR means in that "
            "year; <b>once by</b> YEAR at least once up to it.<br/>"
            "Examples: <i>coverage &gt;= 1 by 2032</i>, <i>stress &lt; 50</i>, "
            "<i>no bust before 2035</i>, <i>shortfall == 0 by 2030</i>."))
        help_text.setWordWrap(True)
        plain_text.allow_rich(help_text)          # the program's own markup
        help_text.setObjectName("goalHelp")
        pal.color_text(help_text, pal.muted_text())    # (no style sheet: presentation type)

        self.lever_box = QComboBox()
        self.lever_box.setObjectName("goalLever")
        for p in P.parameters():
            if p.key in P.PRIMARY_KEYS:
                self.lever_box.addItem(text.param_label(p), p.key)
        self.lever_box.insertSeparator(self.lever_box.count())
        self.lever_box.setToolTip(self.tr("The parameter to move; the others stay as set"))
        for p in P.parameters():
            if p.key not in P.PRIMARY_KEYS:
                self.lever_box.addItem(text.param_label(p), p.key)

        self.run_button = QPushButton(self.tr("&Run"))
        self.run_button.setObjectName("goalRun")
        self.run_button.setDefault(True)
        self.run_button.setToolTip(self.tr("Find the value of the lever at which the target is "
                                           "just reached"))
        self.run_button.clicked.connect(self.run)
        self.result_label = QLabel()
        self.result_label.setObjectName("goalResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("goalDetail")
        self.detail_label.setWordWrap(True)
        pal.color_text(self.detail_label, pal.muted_text())
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("goalApply")
        self.apply_button.setToolTip(self.tr("Move the lever's slider to this value (one undo "
                                             "step)"))
        self.apply_button.clicked.connect(self.apply)
        self.apply_button.hide()

        form = QFormLayout()
        form.addRow(self.tr("Ready-made target:"), self.template_box)
        form.addRow(self.tr("Target:"), self.target_edit)
        # each in a slot: the hint (and the message about a target it cannot read) is as high
        # as its lines at the width it gets (a form row takes a wrapped label's size hint, 182
        # px for 126 px of text at 1280 × 720: a gap above and below it)
        form.addRow("", WholeTextSlot(self.error_label))
        form.addRow("", WholeTextSlot(help_text))
        form.addRow(self.tr("Lever:"), self.lever_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.fit_to_type()
        self.template_box.setCurrentIndex(1)
        self._template_chosen(1)

    # --- size -------------------------------------------------------------------------------
    def fit_to_type(self) -> None:
        """Size the dialog for its type: BASE_SIZE grown with presentation mode's larger type
        and as high as its wrapped hint needs (opened in presentation mode at 1920 × 1080 it
        kept 620 × 420 px and the hint ran under the lever row), within the screen."""
        if self.new_type():
            self.resize(size_for_type(self, self.BASE_SIZE))

    def fit_height(self) -> None:
        """Grow the dialog (within the screen) to the height its texts need at its width (an
        answer and its detail wrap over several lines)."""
        need = self.layout().totalHeightForWidth(self.width())
        screen = self.screen()
        if screen is not None:
            need = min(need, round(screen.availableGeometry().height() * SCREEN_SHARE))
        if need > self.height():
            self.resize(self.width(), need)

    # --- input ----------------------------------------------------------------------------
    def _template_chosen(self, index: int) -> None:
        expression = self.template_box.itemData(index)
        if expression:
            self.target_edit.setText(expression)
            self._target_edited(expression)

    def _target_edited(self, typed: str) -> None:
        self.error_label.hide()
        self._clear_result()
        # The ready-made box names the target typed: a ready-made one if it is one, else
        # 'Type your own target…' (a workshop typed 'no bust before 2040' under 'Revenue
        # covers its full cost by a year', and the room read the box)
        found = self.template_box.findData(typed.strip())
        self.template_box.setCurrentIndex(found if found > 0 else 0)

    def set_lever(self, key: str) -> None:
        """Choose the lever (parameter key)."""
        index = self.lever_box.findData(key)
        if index < 0:
            raise KeyError(key)
        self.lever_box.setCurrentIndex(index)
        self._clear_result()

    def set_target(self, expression: str) -> None:
        """Type a target expression."""
        self.target_edit.setText(expression)
        self._target_edited(expression)

    def _clear_result(self) -> None:
        self.result = None
        self.result_label.clear()
        self.detail_label.clear()
        self.apply_button.hide()

    # --- running --------------------------------------------------------------------------
    def run(self) -> Optional[gs.GoalResult]:
        """Seek the target with the chosen lever from the current values. A malformed target
        shows a message under the field and nothing else happens."""
        self._clear_result()
        expression = to_grammar(self.target_edit.text())     # German words read as the grammar's
        try:
            target = gs.parse_target(expression)
        except gs.GoalSyntaxError as exc:
            self.error_label.setText(self.syntax_text(exc))
            self.error_label.show()
            return None
        self.error_label.hide()
        lever = self.lever_box.currentData()
        p = P.get(lever)
        result = gs.goal_seek(self.controller.values, lever, target)
        self.result = result
        self.result_label.setText(self._headline(result, p))
        if result.outcome == "reached":
            self.apply_button.setText(self.tr("Move {0} to {1}").format(
                text.param_label(p), text.param_value_text(p, self.slider_value())))
            self.apply_button.show()
        pal.color_text(self.result_label, pal.better_worse()[0] if result.reachable
                       else pal.better_worse()[1], bold=True)
        self.detail_label.setText(self._detail(result, p))
        self.fit_height()
        return result

    def syntax_text(self, error: gs.GoalSyntaxError) -> str:
        """Why a target cannot be read, in the interface language (the model gives the reason
        key and its numbers, gs.GoalSyntaxError)."""
        return syntax_text.explain(                          # typed texts quoted cut (clip)
            error, from_grammar("coverage >= 1 by 2032"), self.tr("Type a target, e.g. {0}."),
            self.tr("Cannot read “{0}”: write FIGURE OP NUMBER [by|from|once by YEAR] or "
                    "no bust [before|by YEAR], e.g. {1}."), self.target_edit.text())

    def slider_value(self) -> Optional[float]:
        """The value the slider would be moved to (on its step grid when possible)."""
        if self.result is None or not self.result.reachable:
            return None
        return self.result.slider_value if self.result.slider_value is not None else self.result.value

    def apply(self) -> None:
        """Move the lever's slider to the found value as one undo step."""
        value = self.slider_value()
        if value is None:
            return
        p = P.get(self.result.lever)
        description = self.tr("What would it take: {0} → {1}").format(
            text.param_label(p), text.param_value_text(p, value))
        self.controller.apply_values({p.key: value}, description)
        self.applied.emit(self.tr("{0}: {1} → {2}").format(
            self.target_text(self.result.target), text.param_label(p), text.param_value_text(p, value)),
            dict(self.controller.values))
        self.apply_button.hide()

    # --- the result in words (translated sentences, numbers by gui/format.py) -------------------
    def _headline(self, result: gs.GoalResult, p: P.Parameter) -> str:
        """The bold first line: reached, already met, or why not."""
        label = text.param_label(p)
        if result.outcome == "already_met":
            return self.tr("Already met at the current {0} of {1}.").format(
                label, text.param_value_text(p, result.current))
        if result.outcome == "reached":
            return self.tr("Reachable: {0} at {1} just meets the target.").format(
                label, text.param_value_text(p, self.slider_value()))
        if result.outcome == "no_effect":
            return self.tr("Cannot be reached: {0} does not move this figure within its range "
                           "({1}), so which way it would have to go cannot be told; try another "
                           "lever.").format(label, self._range_text(p))
        if result.direction > 0:
            return self.tr("Cannot be reached within the range of {0}: it would have to go "
                           "higher than its maximum of {1}.").format(
                label, text.param_value_text(p, p.max))
        if result.direction < 0:
            return self.tr("Cannot be reached within the range of {0}: it would have to go "
                           "lower than its minimum of {1}.").format(
                label, text.param_value_text(p, p.min))
        return self.tr("Cannot be reached within the range of {0} ({1}): the figure comes "
                       "closest inside the range, so which way it would have to go cannot be "
                       "told; try another lever.").format(label, self._range_text(p))

    def _range_text(self, p: P.Parameter) -> str:
        return self.tr("{0} to {1}").format(text.param_value_text(p, p.min),
                                            text.param_value_text(p, p.max))

    def _detail(self, result: gs.GoalResult, p: P.Parameter) -> str:
        """The grey line: the target in words and the judged figure at the values tried."""
        target = self.target_text(result.target)

        def figure(amount: float) -> str:
            return self.figure_text(result.target, amount, result.end_year)

        def lever(amount: float) -> str:
            # one decimal more than the slider's step: the found value lies between steps
            return f"{fmt.trimmed(amount, decimals(p) + 1)} {text.param_unit(p)}"

        if result.outcome == "already_met":
            return self.tr("Target: {0}. At the current {1}: {2}.").format(
                target, lever(result.current), figure(result.achieved))
        if result.outcome == "reached":
            return self.tr("Target: {0}. At {1}: {2}; at the current {3}: {4}.").format(
                target, lever(result.value), figure(result.achieved), lever(result.current),
                figure(result.current_achieved))
        return self.tr("Target: {0}. Even at {1}, where it comes closest: {2}.").format(
            target, lever(result.closest), figure(result.achieved))

    def target_text(self, target: gs.Target) -> str:
        """The target in words in the interface language, e.g. 'Revenue ÷ required (full cost)
        ≥ 1 in 2032'."""
        if target.column is None:
            if target.when == "before":
                return self.tr("no bust before {0}").format(fmt.whole(target.year))
            if target.when == "by":
                return self.tr("no bust in or before {0}").format(fmt.whole(target.year))
            return self.tr("no bust")
        label = text.tr(COLUMN_INFO[target.column][0])
        condition = f"{label} {OP_SIGNS[target.op]} {self._threshold_text(target)}"
        year = fmt.whole(target.year) if target.year is not None else ""
        return {"always": self.tr("{0} in every year"), "in": self.tr("{0} in {1}"),
                "from": self.tr("{0} from {1} on"),
                "once_by": self.tr("{0} at least once by {1}")}[target.when].format(condition, year)

    @staticmethod
    def _threshold_text(target: gs.Target) -> str:
        unit = target.unit_key
        if unit in ("ratio", "index", "flag"):
            return fmt.trimmed(target.threshold, 6)
        return fmt.value(target.threshold, unit)

    def figure_text(self, target: gs.Target, amount: float, end_year: int) -> str:
        """The judged figure in the interface language: '0,92', '4,4 GW', '$950B', 'bust in 2029',
        'no bust through 2050'. A figure just past the threshold gets more digits, so that
        'stress < 50' met at 49.996 does not read '50,0'."""
        if target.column is None:
            if amount > end_year:
                return self.tr("no bust through {0}").format(fmt.whole(end_year))
            return self.tr("bust in {0}").format(fmt.whole(amount))
        unit = target.unit_key
        places = {"ratio": 2, "index": 1, "flag": 1}.get(unit)
        if places is None:
            shown = fmt.value(amount, unit)
            if amount != target.threshold and shown == fmt.value(target.threshold, unit):
                shown = f"{fmt.significant(amount, 6)} {fmt.unit_label(unit)}"
            return shown
        shown = fmt.number(amount, places)
        if amount != target.threshold and shown == fmt.number(target.threshold, places):
            shown = fmt.significant(amount, 6)
        return shown

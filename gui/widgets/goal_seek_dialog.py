"""'What would it take?' dialog: a target and one lever; Run finds the lever value that just
reaches the target (model.analysis.goal_seek) and a button moves the slider there as one undo
step, or the dialog says plainly that the target cannot be reached within the lever's range
and which way the lever would have to go."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout)

from model import parameters as P
from model.analysis import goal_seek as gs

from .. import palette as pal
from .. import text

DEFAULT_YEAR = 2032
DEFAULT_LEVEL = 50


class GoalSeekDialog(QDialog):
    """Non-modal: the plots stay live while it is open."""

    # A lever was moved to the found value: (what was sought and found, one line; the values)
    applied = Signal(str, object)

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.result: Optional[gs.GoalResult] = None
        self.setWindowTitle(self.tr("What would it take?"))
        self.setObjectName("goalSeekDialog")

        self.template_box = QComboBox()
        self.template_box.setObjectName("goalTemplate")
        self.template_box.addItem(self.tr("Type your own target…"), "")
        for label, expression in gs.TEMPLATES:
            filled = expression.format(year=DEFAULT_YEAR, level=DEFAULT_LEVEL)
            self.template_box.addItem(self.tr(label), filled)
        self.template_box.activated.connect(self._template_chosen)

        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("goalTarget")
        self.target_edit.setPlaceholderText("coverage >= 1 by 2032")
        self.target_edit.textEdited.connect(self._target_edited)
        self.target_edit.returnPressed.connect(self.run)
        self.error_label = QLabel()
        self.error_label.setObjectName("goalError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {pal.better_worse()[1]};")
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
        help_text.setObjectName("goalHelp")
        help_text.setStyleSheet(f"color: {pal.BASELINE_GREY};")

        self.lever_box = QComboBox()
        self.lever_box.setObjectName("goalLever")
        for p in P.parameters():
            if p.key in P.PRIMARY_KEYS:
                self.lever_box.addItem(text.param_label(p), p.key)
        self.lever_box.insertSeparator(self.lever_box.count())
        for p in P.parameters():
            if p.key not in P.PRIMARY_KEYS:
                self.lever_box.addItem(text.param_label(p), p.key)

        self.run_button = QPushButton(self.tr("&Run"))
        self.run_button.setObjectName("goalRun")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.result_label = QLabel()
        self.result_label.setObjectName("goalResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("goalDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setStyleSheet(f"color: {pal.BASELINE_GREY};")
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("goalApply")
        self.apply_button.clicked.connect(self.apply)
        self.apply_button.hide()

        form = QFormLayout()
        form.addRow(self.tr("Ready-made target:"), self.template_box)
        form.addRow(self.tr("Target:"), self.target_edit)
        form.addRow("", self.error_label)
        form.addRow("", help_text)
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
        self.resize(620, 420)
        self.template_box.setCurrentIndex(1)
        self._template_chosen(1)

    # --- input ----------------------------------------------------------------------------
    def _template_chosen(self, index: int) -> None:
        expression = self.template_box.itemData(index)
        if expression:
            self.target_edit.setText(expression)
            self._target_edited(expression)

    def _target_edited(self, _text: str) -> None:
        self.error_label.hide()
        self._clear_result()

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
        expression = self.target_edit.text()
        try:
            target = gs.parse_target(expression)
        except gs.GoalSyntaxError as exc:
            self.error_label.setText(self.tr("Cannot read this target: {0}").format(exc))
            self.error_label.show()
            return None
        self.error_label.hide()
        lever = self.lever_box.currentData()
        p = P.get(lever)
        result = gs.goal_seek(self.controller.values, lever, target)
        self.result = result
        label = text.param_label(p)
        if result.reachable and result.already_met:
            self.result_label.setText(self.tr("Already met at the current {0} of {1}.").format(
                label, text.param_value_text(p, result.current)))
        elif result.reachable:
            value = self.slider_value()
            self.result_label.setText(self.tr("Reachable: {0} at {1} just meets the target.")
                                      .format(label, text.param_value_text(p, value)))
            self.apply_button.setText(self.tr("Move {0} to {1}").format(
                label, text.param_value_text(p, value)))
            self.apply_button.show()
        else:
            if result.direction > 0:
                message = self.tr("Cannot be reached within the range of {0}: it would have to go "
                                  "higher than its maximum of {1}.")
                bound = p.max
            elif result.direction < 0:
                message = self.tr("Cannot be reached within the range of {0}: it would have to go "
                                  "lower than its minimum of {1}.")
                bound = p.min
            else:
                message = self.tr("Cannot be reached within the range of {0} ({1}), and which way "
                                  "it would have to go cannot be told; try another lever.")
                bound = None
            range_text = (text.param_value_text(p, bound) if bound is not None else
                          self.tr("{0} to {1}").format(text.param_value_text(p, p.min),
                                                       text.param_value_text(p, p.max)))
            self.result_label.setText(message.format(label, range_text))
        self.result_label.setStyleSheet(
            "font-weight: bold; color: {0};".format(
                pal.better_worse()[0] if result.reachable else pal.better_worse()[1]))
        self.detail_label.setText(result.message)
        return result

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
        self.applied.emit(f"{self.result.target.describe()}: {p.label} = {value:g} {p.unit}",
                          dict(self.controller.values))
        self.apply_button.hide()

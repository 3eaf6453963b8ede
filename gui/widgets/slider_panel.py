"""The slider panel, generated from the parameter table: the three primary levers large at the
top, every other parameter in collapsible groups below."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (QDoubleSpinBox, QFrame, QHBoxLayout, QLabel, QScrollArea,
                               QSizePolicy, QSlider, QStyle, QStyleOptionSlider, QToolButton,
                               QToolTip, QVBoxLayout, QWidget)

from model import parameters as P
from model import view
from model.parameters import Parameter

from .fit_label import FitLabel, fit_together
from .value_spin import ValueSpinBox
from .. import palette as pal
from .. import format as fmt
from .. import paste_guard, plain_text, text
from ..controller import Controller


class RangeMark(QWidget):
    """A translucent band behind a slider's groove between two parameter values (table units),
    e.g. the Explore dock's chosen box: a sibling stacked under the slider (which paints no
    background), transparent to the mouse, so the slider looks and works as ever."""

    def __init__(self, slider: QSlider, p: Parameter, parent: QWidget):
        super().__init__(parent)
        self.slider, self.parameter = slider, p
        self.span: Optional[tuple[float, float]] = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def set_span(self, span: Optional[tuple[float, float]]) -> None:
        """Mark low … high (table units), or nothing (None)."""
        self.span = span
        self.setGeometry(self.slider.geometry())
        self.setVisible(span is not None)
        self.stackUnder(self.slider)
        self.update()

    def _x_of(self, value: float, groove: QRectF, handle: float) -> float:
        p = self.parameter
        share = (value - p.min) / (p.max - p.min) if p.max > p.min else 0.0
        return groove.left() + handle / 2 + min(max(share, 0.0), 1.0) * (groove.width() - handle)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.span is None:
            return
        opt = QStyleOptionSlider()
        self.slider.initStyleOption(opt)
        style = self.slider.style()
        groove = QRectF(style.subControlRect(QStyle.ComplexControl.CC_Slider, opt,
                                             QStyle.SubControl.SC_SliderGroove, self.slider))
        handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, opt,
                                      QStyle.SubControl.SC_SliderHandle, self.slider).width()
        x0, x1 = (self._x_of(v, groove, handle) for v in self.span)
        color = QColor(pal.ORANGE)
        color.setAlpha(120)
        painter = QPainter(self)
        painter.fillRect(QRectF(x0, 1, max(2.0, x1 - x0), self.height() - 2), color)
        painter.end()


class ParameterControl(QWidget):
    """Label, slider, spin box, unit and reset button for one parameter. `inputRejected` carries
    the sentence shown when a typed value was refused (the value stays as it was)."""

    inputRejected = Signal(str)
    LEAST_TRACK = 100          # px: the least width of a slider's track

    def __init__(self, p: Parameter, controller: Controller, primary: bool = False, parent=None):
        super().__init__(parent)
        self._shown: float | None = None
        self.parameter, self.controller, self.primary = p, controller, primary
        self.setObjectName(f"control_{p.key}")
        tooltip = text.param_tooltip(p)

        if primary:
            # one long word ("Monetarisierungstempo") cannot wrap: drawn smaller, never clipped
            self.label = FitLabel(text.param_label(p))
        else:
            self.label = QLabel(text.param_label(p))
            self.label.setWordWrap(True)
        self.label.setToolTip(tooltip)
        self.reset_button = QToolButton()
        self.reset_button.setText("↺")
        self.reset_button.setAutoRaise(True)
        self.reset_button.setToolTip(self.tr("Back to the default ({0})").format(
            text.param_value_text(p, p.default)))
        self.reset_button.setAccessibleName(self.tr("Reset {0}").format(text.param_label(p)))
        self.reset_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.reset_button.clicked.connect(lambda: controller.reset_value(p.key))

        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName(f"slider_{p.key}")
        self.slider.setRange(0, view.step_count(p))
        self.slider.setSingleStep(1)
        self.slider.setPageStep(max(1, view.step_count(p) // 10))
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.setToolTip(tooltip)
        self.slider.setAccessibleName(text.param_label(p))
        self.slider.setMinimumWidth(self.LEAST_TRACK)
        self.slider.installEventFilter(self)
        self.mark = RangeMark(self.slider, p, self)

        self.spin = ValueSpinBox()
        self.spin.setObjectName(f"spin_{p.key}")
        self.spin.setRange(p.min, p.max)
        self.spin.setDecimals(view.decimals(p))
        self.spin.setSingleStep(p.step)
        self.spin.setKeyboardTracking(False)      # only Enter, focus-out and arrows commit
        self.spin.setToolTip(tooltip)
        self.spin.setAccessibleName(self.tr("{0}, exact value").format(text.param_label(p)))
        self.spin.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons if not primary
                                   else QDoubleSpinBox.ButtonSymbols.UpDownArrows)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.unit = QLabel(text.param_unit(p))
        self.unit.setToolTip(tooltip)

        if primary:
            big = QFont(self.font())
            big.setPointSizeF(big.pointSizeF() * 1.25)
            big.setBold(True)
            self.label.setFont(big)
            value_font = QFont(self.font())
            value_font.setPointSizeF(value_font.pointSizeF() * 1.15)
            self.spin.setFont(value_font)
            self.unit.setFont(value_font)
            self.slider.setMinimumHeight(28)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.label, 1)
        top.addWidget(self.reset_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.slider, 1)
        bottom.addWidget(self.spin)
        bottom.addWidget(self.unit)
        # set_value_row(True): value and unit on a row of their own under the title
        values = QHBoxLayout()
        values.setContentsMargins(0, 0, 0, 0)
        values.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4 if primary else 2, 2, 4 if primary else 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(values)
        layout.addLayout(bottom)
        self._bottom, self._values = bottom, values

        self.slider.valueChanged.connect(self._slider_moved)
        self.slider.sliderPressed.connect(lambda: controller.begin_drag(p.key))
        self.slider.sliderReleased.connect(lambda: controller.end_drag(p.key))
        self.spin.valueChanged.connect(lambda v: controller.set_value(p.key, v))
        self.spin.rejected.connect(self._refuse)
        if paste_guard.guard is not None:     # a refused paste: said as a refused typed value
            paste_guard.guard.refused.connect(self._paste_refused)
        paste_guard.claim(self.spin)
        self.show_value(controller.value(p.key))

    def set_value_row(self, on: bool) -> None:
        """Value and unit on a row of their own under the title, the slider's track the full
        width below (on: presentation mode, where their larger type left the track 100 to
        154 px), or beside the track (off)."""
        if self.value_row() == on:
            return
        source, target = (self._bottom, self._values) if on else (self._values, self._bottom)
        for widget in (self.spin, self.unit):
            source.removeWidget(widget)
        if on:
            target.insertWidget(0, self.spin)
            target.insertWidget(1, self.unit)
        else:
            target.addWidget(self.spin)
            target.addWidget(self.unit)
        self.fit_least_track()
        self.layout().invalidate()

    def fit_least_track(self) -> None:
        """The slider's least width: LEAST_TRACK beside the value and unit; on a row of its
        own (set_value_row) as wide as the three of them beside each other, so the column needs
        the same width either way (the plots keep theirs when a dock below the levers puts
        the values beside the tracks again)."""
        least = self.LEAST_TRACK
        if self.value_row():
            spacing = max(0, self._bottom.spacing())
            least += sum(min(max(w.minimumWidth(), w.sizeHint().width()), w.maximumWidth())
                         for w in (self.spin, self.unit)) + 2 * spacing   # (as a layout does)
        if self.slider.minimumWidth() != least:
            self.slider.setMinimumWidth(least)

    def value_row(self) -> bool:
        """True if value and unit stand on their own row (set_value_row)."""
        return self._values.indexOf(self.spin) >= 0

    def _refuse(self, typed: str) -> None:
        """Say, at the spin box and through `inputRejected`, what was typed, what is allowed and
        that the value stays."""
        p = self.parameter
        kept = text.param_value_text(p, self.controller.value(p.key))
        if self.spin.too_fine(typed):
            message = self.tr("{0}: “{1}” has more decimals than this value takes (at most {2}). "
                              "The value stays {3}.").format(
                text.param_label(p), plain_text.shown(typed, 40, one_line=True),
                self.spin.decimals(), kept)
            self._show_refusal(message)
            return
        message = self.tr("{0}: “{1}” is not allowed; type a number from {2} to {3} {4}. "
                          "The value stays {5}.").format(
            text.param_label(p), plain_text.shown(typed, 40, one_line=True),
            fmt.param_number(p, p.min), fmt.param_number(p, p.max), text.param_unit(p), kept)
        self._show_refusal(message)

    def _paste_refused(self, field: QWidget, message: str) -> None:
        """A paste into the value box was refused (gui/paste_guard.py, too long): said like a
        refused typed value, beside the box and in the status bar, naming the parameter."""
        if not paste_guard.is_for(field, self.spin):
            return
        p = self.parameter
        self._show_refusal(self.tr("{0}: {1} The value stays {2}.").format(
            text.param_label(p), message, text.param_value_text(p, self.controller.value(p.key))))

    def _show_refusal(self, message: str) -> None:
        """The refusal beside the box (above it, so it never covers the next box) and through
        `inputRejected`."""
        above = self.spin.mapToGlobal(self.spin.rect().topLeft())
        QToolTip.showText(above - QPoint(0, 4 * self.spin.height()),
                          plain_text.tooltip(message), self.spin)
        self.inputRejected.emit(message)

    def show_value(self, value: float) -> None:
        """Move slider and spin box to `value` without sending changes back."""
        if value == self._shown:
            return                          # most controls are unchanged by a slider step
        self._shown = value
        for widget, target in ((self.slider, view.step_of_value(self.parameter, value)),
                               (self.spin, value)):
            widget.blockSignals(True)
            widget.setValue(target)
            widget.blockSignals(False)
        changed = value != self.parameter.default
        self.reset_button.setEnabled(changed)
        font = self.label.font()
        if not self.primary and font.italic() != changed:
            font.setItalic(changed)         # modified advanced parameters stand out
            self.label.setFont(font)

    def _slider_moved(self, index: int) -> None:
        self.controller.set_value(self.parameter.key, view.value_at_step(self.parameter, index))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Double-click resets; the wheel only moves a slider that has focus (so that the
        wheel scrolls the panel instead of changing values by accident)."""
        if watched is self.slider:
            if event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and self.mark.span is not None:
                self.mark.set_span(self.mark.span)
            if event.type() == QEvent.Type.MouseButtonDblClick:
                self.controller.reset_value(self.parameter.key)
                return True
            if event.type() == QEvent.Type.Wheel and not self.slider.hasFocus():
                event.ignore()
                return True
        return super().eventFilter(watched, event)


class CollapsibleSection(QWidget):
    """A titled section whose body is shown or hidden with a click on the title."""

    def __init__(self, title: str, body: QWidget, expanded: bool = False, parent=None):
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setText(title)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(expanded)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.toggle.setAutoRaise(True)
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        self.body = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toggle)
        layout.addWidget(body)
        self.toggle.toggled.connect(self.set_expanded)
        self.set_expanded(expanded)

    def set_expanded(self, expanded: bool) -> None:
        """Show or hide the body."""
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)
        self.body.setVisible(expanded)


class SliderPanel(QWidget):
    """All parameter controls, generated from the table and kept in step with the controller.
    `inputRejected(sentence)`: a typed value was refused (for the status bar)."""

    inputRejected = Signal(str)

    def __init__(self, controller: Controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.controls: dict[str, ParameterControl] = {}
        self.sections: dict[str, CollapsibleSection] = {}

        primary_box = QFrame()
        primary_box.setObjectName("primaryLevers")
        primary_layout = QVBoxLayout(primary_box)
        primary_layout.setContentsMargins(6, 6, 6, 6)
        primary_layout.setSpacing(4)
        for key in P.PRIMARY_KEYS:
            control = ParameterControl(P.get(key), controller, primary=True)
            control.inputRejected.connect(self.inputRejected)
            self.controls[key] = control
            primary_layout.addWidget(control)
        # the three titles in one size: the smallest one of them needs to fit
        fit_together(self.controls[key].label for key in P.PRIMARY_KEYS)
        # the three values in one width and the three units in one width, so the three tracks
        # are equally long (their texts differ: tracks of 148, 143 and 122 px at 1280 × 720);
        # again once a new type is in place (presentation mode: a spin box measures its text
        # anew only after its own handling of the font change)
        self._even_timer = QTimer(self)
        self._even_timer.setSingleShot(True)
        self._even_timer.setInterval(0)
        self._even_timer.timeout.connect(self.even_values)
        for key in P.PRIMARY_KEYS:
            self.controls[key].spin.installEventFilter(self)
            self.controls[key].unit.installEventFilter(self)
        self.even_values()

        advanced = QWidget()
        advanced_layout = QVBoxLayout(advanced)
        advanced_layout.setContentsMargins(4, 0, 4, 0)
        advanced_layout.setSpacing(2)
        for group, members in P.groups():
            members = [p for p in members if p.key not in P.PRIMARY_KEYS]
            if not members:
                continue
            body = QWidget()
            body_layout = QVBoxLayout(body)
            body_layout.setContentsMargins(10, 0, 0, 6)
            body_layout.setSpacing(0)
            for p in members:
                control = ParameterControl(p, controller)
                control.inputRejected.connect(self.inputRejected)
                self.controls[p.key] = control
                body_layout.addWidget(control)
            section = CollapsibleSection(
                self.tr("{0} ({1})").format(text.group_title(group), len(members)), body)
            section.toggle.setToolTip(self.tr("Show or hide these assumptions (click, or Space "
                                              "with the focus here): {0}").format(
                "; ".join(text.param_label(p) for p in members)))
            self.sections[group] = section
            advanced_layout.addWidget(section)
        advanced_layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(advanced)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumHeight(120)
        self.scroll = scroll

        heading = QLabel(self.tr("Advanced assumptions"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(6, 6, 0, 2)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(primary_box)
        layout.addWidget(line)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        self._primary_box = primary_box
        self._lower_parts = (line, heading, scroll)
        self._shown_before: Optional[dict[QWidget, bool]] = None    # set_primary_only(True)

        controller.valuesChanged.connect(self.show_values)

    MIN_WIDTH = 300           # px: the least width of the slider column

    def even_values(self) -> None:
        """Give the primary levers' value boxes the width of the widest of them and their
        unit labels that of the widest unit (each measured in its own font and language: the
        boxes' size hints, the units' texts), so that their tracks are equally long. Done by
        itself after a font change; call it at once where a layout must follow in the same
        pass (presentation mode's fonts put back before the slider column's width)."""
        primary = [self.controls[key] for key in P.PRIMARY_KEYS]
        spins = [c.spin for c in primary]
        units = [c.unit for c in primary]
        # a label's size hint includes the minimum width set here, kept from a larger font:
        # its text is measured in its own font instead
        for widgets, hints in ((spins, [s.sizeHint().width() for s in spins]),
                               (units, [QFontMetrics(u.font()).boundingRect(
                                            QRect(0, 0, 4000, 400), int(u.alignment()),
                                            u.text()).width()
                                        + u.contentsMargins().left() + u.contentsMargins().right()
                                        + 2 * u.margin() for u in units])):
            width = max(hints)
            for widget in widgets:
                if widget.minimumWidth() != width or widget.maximumWidth() != width:
                    widget.setFixedWidth(width)     # (bounds a stale size hint too)
        for control in primary:
            control.fit_least_track()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A primary lever's value box or unit got a new font: even their widths again once
        it is in place."""
        if event.type() == QEvent.Type.FontChange:
            self._even_timer.start()
        return super().eventFilter(watched, event)

    def set_value_rows(self, on: bool) -> None:
        """Put the primary levers' values and units on rows of their own under their titles
        (on, presentation mode: the tracks get the column's whole width) or beside the tracks
        (off)."""
        for key in P.PRIMARY_KEYS:
            self.controls[key].set_value_row(on)

    def value_rows(self) -> bool:
        """True if the primary levers' values stand on rows of their own (set_value_rows)."""
        return self.controls[P.PRIMARY_KEYS[0]].value_row()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """At least MIN_WIDTH wide, and as wide as the levers shown need in their type (in
        presentation type the primary levers' units were cut when the column was narrowed
        again: a dragged splitter, a dock below them)."""
        hint = super().minimumSizeHint()
        return QSize(max(self.MIN_WIDTH, hint.width()), hint.height())

    def set_primary_only(self, on: bool) -> None:
        """Show only the primary levers, kept together at the top (on), or bring back what
        was shown before (off), e.g. for presentation mode."""
        layout = self.layout()
        if on and self._shown_before is None:
            self._shown_before = {part: not part.isHidden() for part in self._lower_parts}
            for part in self._lower_parts:
                part.setVisible(False)
            layout.setAlignment(self._primary_box, Qt.AlignmentFlag.AlignTop)
        elif not on and self._shown_before is not None:
            for part, shown in self._shown_before.items():
                part.setVisible(shown)
            layout.setAlignment(self._primary_box, Qt.AlignmentFlag(0))
            self._shown_before = None
        layout.invalidate()

    def show_values(self, values: dict) -> None:
        """Move every control to the given values (table units)."""
        for key, control in self.controls.items():
            control.show_value(values[key])     # returns at once if the value is unchanged

    def set_marked_ranges(self, ranges: dict[str, tuple[float, float]]) -> None:
        """Shade `ranges[key] = (low, high)` (table units) on each named slider's groove and
        clear every other slider's shading (an empty dict clears all), e.g. the Explore dock's
        chosen box. Unknown keys raise KeyError."""
        for key in ranges:
            self.controls[key]                  # KeyError before anything changes
        for key, control in self.controls.items():
            span = ranges.get(key)
            if span != control.mark.span:
                control.mark.set_span(None if span is None else (float(span[0]), float(span[1])))

    def clear_marked_ranges(self) -> None:
        """Remove every slider's shading."""
        self.set_marked_ranges({})

    def marked_ranges(self) -> dict[str, tuple[float, float]]:
        """The shaded ranges now shown, {key: (low, high)} in table units."""
        return {k: c.mark.span for k, c in self.controls.items() if c.mark.span is not None}

    def focus_parameter(self, key: str) -> None:
        """Bring one parameter's slider into view and give it keyboard focus: its group is
        expanded and the panel scrolled to it (e.g. after a click on a tornado bar)."""
        control = self.controls[key]
        section = self.sections.get(P.get(key).group)
        if section is not None and key not in P.PRIMARY_KEYS:
            section.set_expanded(True)
            self.scroll.widget().layout().activate()     # geometry of the expanded group now
            self.scroll.ensureWidgetVisible(control, 0, 40)
        control.slider.setFocus(Qt.FocusReason.OtherFocusReason)

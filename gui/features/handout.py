"""The PDF handout in one click: File ▸ Export handout (PDF)… (Ctrl+P, also on the toolbar).

Puts together a gui.handout.Handout from the window's public parts — the controller (values,
results, baseline), the verdict line, the plot grid (rendered as a picture) — and asks the
other features for theirs through `window.events.handoutRequested` (the compare feature adds
the compare table and the snapshots' notes, the session log its entries), then writes the PDF
(gui.handout.write_pdf). The command line's `handout` sub-command (cli/handout.py) uses
`write_handout` on an offscreen window.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from model import outputs
from model import presets as presets_module
from model.analysis.verdict import verdict
from model.store import scenario_code

from .. import format as fmt
from .. import palette as pal
from .. import text
from ..handout import Handout, HandoutError, write_pdf
from ..save_name import remember, suggested, with_suffix
from ..widgets.compare_table import CompareColumn
from ..widgets.verdict_line import sentence

SHORTCUT = "Ctrl+P"          # free: Ctrl+U, F11, Esc, Ctrl+S, Ctrl+Z, Ctrl+G, Ctrl+Q, F1, L are taken
PLOT_SCALE = 2               # the plots' picture is rendered at twice the on-screen pixels


def install(window) -> "HandoutFeature":
    """Add File ▸ Export handout (PDF)… and its toolbar button."""
    return HandoutFeature(window)


def scenario_name(values: dict) -> str:
    """The preset the values equal (its translated name), or 'Custom scenario'."""
    match = presets_module.matching(values)
    if match is None:
        return QCoreApplication.translate("Handout", "Custom scenario")
    return text.preset_name(match.name)


def scenario_identity(values: dict) -> tuple[str, str, str]:
    """What names a scenario on a handout or a picture: (its name, its scenario code, the date
    and time now in the interface's locale)."""
    when = QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.ShortFormat)
    return scenario_name(values), scenario_code.encode(values), when


def render_widget(widget, scale: int = PLOT_SCALE) -> QImage:
    """A picture of `widget` as on screen, at `scale` times its pixels (sharp in print)."""
    image = QImage(widget.size() * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor(pal.background()))
    QWidget.render(widget, image)       # QWidget's: a QGraphicsView's render() takes a painter
    return image


class HandoutFeature(QObject):
    """The handout action of one window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.last_error: Optional[str] = None
        self.action = QAction(self.tr("Export &handout (PDF)…"), window)
        self.action.setObjectName("handoutAction")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setIconText(self.tr("Handout"))
        tip = self.tr("One PDF to hand out: the verdict, headlines, plots, compare table, "
                      "notes and session log ({0})").format(
            QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText))
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(lambda _=False: self.ask())
        file_menu = window.menu("file")
        anchor = next((a for a in file_menu.actions() if a is window.quit_action), None)
        file_menu.insertAction(anchor, self.action)
        bar = window.findChild(QToolBar, "mainToolbar")
        if bar is not None:
            bar.addAction(self.action)

    # --- content --------------------------------------------------------------------------------
    def handout(self) -> Handout:
        """Everything the handout holds now (the other features add their parts)."""
        c = self.controller
        c.flush()
        now, base = outputs.headlines(c.results), outputs.headlines(c.baseline)
        meaning = outputs.headline_directions(c.results, c.baseline)
        heads = [(text.headline_label(h), fmt.headline(h),
                  fmt.headline_change(h, base[key])[0], meaning[key]) for key, h in now.items()]
        self.window.plot_grid.clear_hover()
        QCoreApplication.sendPostedEvents()        # the plots' pending layout, before the picture
        name, code, when = scenario_identity(c.values)
        h = Handout(
            title=self.tr("AI Capex Scenario Explorer — workshop handout"),
            date=when,
            scenario_name=name,
            code=code,
            verdict=sentence(verdict(c.results)),
            headlines=heads,
            plots=render_widget(self.window.plot_grid),
            compare=[CompareColumn(self.tr("Current scenario"), c.values, c.results)])
        self.window.events.handoutRequested.emit(h)
        return h

    # --- commands -------------------------------------------------------------------------------
    def write_handout(self, path: Path) -> int:
        """Write the handout PDF to `path`; returns its page count. Raises HandoutError."""
        return write_pdf(self.handout(), Path(path), int(self.controller.results.years[-1]))

    def export(self, path: Path) -> bool:
        """Write the handout to `path`; False (and a message box) on failure."""
        try:
            pages = self.write_handout(path)
        except HandoutError as exc:
            self.last_error = str(exc)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Handout not written"),
                              str(exc), QMessageBox.StandardButton.Ok, self.window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return False
        self.window.status_label.setText(self.tr("Wrote the handout {0} ({1} pages)").format(
            path, pages))
        return True

    def ask(self) -> None:
        """Ask for a file name and write the handout there."""
        name = datetime.now().strftime("handout-%Y-%m-%d-%H%M.pdf")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export handout"),
                                              suggested(self.window, name),
                                              self.tr("PDF document (*.pdf)"))
        remember(self.window, path)
        target = with_suffix(self.window, path, ".pdf") if path else None
        if target is not None:
            self.export(target)


def render_handout(options, path: Path) -> int:
    """The command line's handout: build the window offscreen from parsed options
    (gui.app.WindowOptions; default size gui.app.DEFAULT_SIZE), never touching the user's
    settings or data folder, and write its handout PDF to `path`; returns the page count.
    Raises HandoutError when the file cannot be written."""
    import os
    from dataclasses import replace

    from PySide6.QtCore import QEventLoop, QTimer

    from model.limits import QT_PLATFORM_ENV
    from .. import app as app_module
    os.environ.setdefault(QT_PLATFORM_ENV, "offscreen")
    if options.size is None:
        options = replace(options, size=app_module.DEFAULT_SIZE)
    app_module.application()
    window = app_module.create_window(options, remember_settings=False)
    window.show()
    settle = QEventLoop()          # let the delayed updates finish, as for a screenshot
    QTimer.singleShot(app_module.SETTLE_MS, settle.quit)
    settle.exec()
    try:
        return window.features["handout"].write_handout(path)
    finally:
        window.close()

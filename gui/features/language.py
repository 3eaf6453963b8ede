"""View → Language: one entry per language found (gui.i18n.languages: English and every
translation file in resources/i18n).

The choice is saved (QSettings key gui.i18n.SETTINGS_KEY) and takes effect when the program is
restarted; the menu and the status bar say so. The window is not rebuilt in place: docks,
snapshots and undo history would have to survive a rebuild, and a half-translated window in
front of a room is worse than a restart. `--lang CODE` on the command line overrides the
saved choice.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup

from .. import format as fmt
from .. import i18n, plain_text
from ..error_text import failed_write



class LanguageMenu(QObject):
    """The View → Language submenu and what choosing a language does."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        current = window.lang or i18n.current_language()
        self.menu = window.menu("view").addMenu(self.tr("&Language"))
        self.menu.setObjectName("menu_language")
        self.menu.setToolTipsVisible(True)
        group = QActionGroup(self)
        group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        note = self.tr("Takes effect when you restart the program")
        for code, name in i18n.languages().items():
            action = QAction(name, self.menu, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == current)
            action.setToolTip(note)
            action.setStatusTip(note)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        self.menu.addSeparator()
        self.note_action = self.menu.addAction(self.tr("(takes effect after a restart)"))
        self.note_action.setEnabled(False)
        if fmt.groups_thousands():
            # German writes 29.200 and 4.000: show the thousands separator in the spin boxes.
            for control in window.slider_panel.controls.values():
                control.spin.setGroupSeparatorShown(True)

    def choose(self, lang: str) -> str:
        """Save `lang` for the next start and say in the status bar when it takes effect;
        returns the message shown."""
        name = i18n.languages().get(lang, lang)
        settings = self.window.settings
        if settings is None:
            message = self.tr("{0} chosen, but settings are off in this session, so it is not "
                              "saved: start the program with --lang {1}.").format(name, lang)
        elif (error := i18n.save_language(settings, lang)) is not None:
            # said as every failed write is (model.errors.write_failed); QSettings writes the
            # choice with its next sync (at the latest when the window closes)
            message = self.tr("{0} chosen, but not saved yet: {1} Until then, start the "
                              "program with --lang {2}.").format(
                name, failed_write(plain_text.shown(settings.fileName(), one_line=True), error,
                                   retried=True), lang)
        else:
            if lang == (self.window.lang or i18n.current_language()):
                message = self.tr("Language: {0} (saved).").format(name)
            else:
                message = self.tr("Language set to {0}: takes effect when you restart the "
                                  "program.").format(name)
        for code, action in self.actions.items():
            action.setChecked(code == lang)
        self.window.status_label.setText(message)
        return message


def install(window) -> LanguageMenu:
    """Add View → Language to `window`."""
    return LanguageMenu(window)

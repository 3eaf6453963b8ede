"""One underlined letter per menu entry: Alt+V then P must press one entry.

Why: two entries of a menu underlined the same letter (View: '&Parameter panel' and
'&Presentation mode', '&Legends' and '&Language'; Analysis: 'What would it &take' and
'Sensitivity &tornado'; in German Ansicht '&Parameterleiste' / '&Präsentationsmodus', Analyse
'&Was hat sich geändert?' / '&Was wäre nötig', Momentaufnahmen '&entfernen' / '&einfügen').
Qt then only moves the highlight between them and presses neither: at a projector Alt+V, P did
not start presentation mode (a keyboard dry run, DE and EN). The letters come from the
translations, which each language chooses on its own, so they are checked where they meet:
when a menu is about to show, an entry whose letter an earlier entry already underlines gets
the first free letter of its words' initials, else of its text. An entry with a letter of its
own keeps it; an entry without one is left alone; no text is translated here.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu


def mnemonic(label: str) -> str:
    """The letter after a single '&' in `label` ('' if none), lower-case."""
    plain = label.replace("&&", "\0")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else ""


def with_mnemonic(label: str, used: set[str]) -> Optional[str]:
    """`label` with its '&' moved to the first letter not in `used` (a word's first letter
    first, then any letter); None if every letter is used."""
    plain = label.replace("&&", "\0").replace("&", "")
    starts = [i for i, c in enumerate(plain)
              if c.isalnum() and (i == 0 or not plain[i - 1].isalnum())]
    rest = [i for i, c in enumerate(plain) if c.isalnum() and i not in starts]
    for i in starts + rest:
        if plain[i].lower() not in used:
            return (plain[:i] + "&" + plain[i:]).replace("\0", "&&")
    return None


def resolve(menu: QMenu) -> None:
    """Give every entry of `menu` that repeats an earlier entry's underlined letter a free one."""
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    used: set[str] = set()
    repeated = []
    for action in actions:
        letter = mnemonic(action.text())
        if not letter:
            continue
        if letter in used:
            repeated.append(action)
        else:
            used.add(letter)
    for action in repeated:
        label = with_mnemonic(action.text(), used)
        if label is not None:
            action.setText(label)
            used.add(mnemonic(label))


class MenuKeys(QObject):
    """Resolves the underlined letters of the window's menus (and their submenus) as each is
    about to show."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._watched: set[int] = set()
        for key in window.MENU_ORDER:           # every menu, also one a later feature fills
            self.watch(window.menu(key))

    def watch(self, menu: QMenu) -> None:
        """Resolve `menu` whenever it is about to show (once connected)."""
        if id(menu) in self._watched:
            return
        self._watched.add(id(menu))
        menu.aboutToShow.connect(lambda m=menu: self.about_to_show(m))

    def about_to_show(self, menu: QMenu) -> None:
        """Resolve `menu` and watch its submenus."""
        resolve(menu)
        for action in menu.actions():
            if action.menu() is not None:
                self.watch(action.menu())


def install(window) -> MenuKeys:
    """Check the underlined letters of the window's menus as they open."""
    return MenuKeys(window)

"""The help window: Markdown pages rendered inside the program (QTextBrowser.setMarkdown), one
at a time, chosen in a list on the left; links between the pages and to a section work.

Qt's Markdown reader gives headings no anchors, so each heading gets one here after reading:
GitHub's slug of its text ('7. Investor confidence' -> '7-investor-confidence'), or a name the
page gives for it (the parameter reference names each parameter's heading by its key). A link
'PAGE.md#anchor' opens the page whose file name is PAGE.md at that anchor; web links open in the
system's browser; links to files the program does not ship are reported in the status line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QSplitter, QTextBrowser, QVBoxLayout)

from .dialog_size import TypeFitted, size_for_type


@dataclass
class HelpPage:
    """A page: its key, its title in the list, its Markdown text, the file name other pages'
    links use for it ('MODEL.md') and optional anchor names for headings (text -> name)."""

    key: str
    title: str
    markdown: str
    file_name: str = ""
    anchors: dict[str, str] = field(default_factory=dict)


def slug(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces as '-'."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def add_heading_anchors(document: QTextDocument, names: Optional[dict[str, str]] = None) -> list[str]:
    """Give every heading of `document` an anchor (names[text] if given, else its slug);
    returns the anchors in document order."""
    names = names or {}
    found = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            heading = block.text().strip()
            name = names.get(heading, slug(heading))
            cursor = QTextCursor(block)
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            anchor = QTextCharFormat()
            anchor.setAnchor(True)
            anchor.setAnchorNames([name])
            cursor.mergeCharFormat(anchor)
            found.append(name)
        block = block.next()
    return found


class HelpWindow(TypeFitted, QDialog):
    """A non-modal window with the help pages; show_page(key, anchor) opens one at a section."""

    BASE_SIZE = (900, 640)       # pixels, in the application's type (dialog_size.size_for_type)

    def __init__(self, pages: list[HelpPage], parent=None):
        super().__init__(parent)
        # a window of the explorer's: it takes the explorer's type (presentation mode's larger
        # type too; a dialog is a window, and windows do not take their parent's font)
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Help — AI Capex Scenario Explorer"))
        self.setModal(False)
        self.pages = {p.key: p for p in pages}
        self.anchors: dict[str, list[str]] = {}
        self.current: Optional[str] = None
        self.index = QListWidget()
        self.index.setObjectName("helpPages")
        for page in pages:
            item = QListWidgetItem(page.title)
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.index.addItem(item)
        self.index.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.index.currentItemChanged.connect(
            lambda item, _old: item is not None and self.show_page(item.data(Qt.ItemDataRole.UserRole)))
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)            # links are followed by follow_link
        self.browser.anchorClicked.connect(self.follow_link)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        splitter = QSplitter()
        splitter.addWidget(self.index)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.fit_to_type()

    def fit_to_type(self) -> None:
        """Fit the window to its type (presentation mode's larger type too: its page list
        was cut to 'Getting starte' with a scroll bar): the list as wide as its longest
        title, the page the rest, and the window BASE_SIZE grown with the type (within the
        screen: dialog_size.size_for_type)."""
        if not self.new_type():
            return
        metrics = self.index.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.index.item(row).text())
                      for row in range(self.index.count())), default=0)
        width = widest + 4 * self.index.frameWidth() + 2 * metrics.averageCharWidth() + 8
        self.index.setFixedWidth(width)
        # the list its own width, the page the rest (the splitter's share left a gap of
        # ~100 px between them)
        self.splitter.setSizes([width, 10_000])
        self.resize(size_for_type(self, self.BASE_SIZE))

    def show_page(self, key: str, anchor: str = "") -> None:
        """Show page `key`, scrolled to `anchor` (a heading's anchor) or to the top."""
        page = self.pages[key]
        if key != self.current:
            self.current = key
            self.browser.setMarkdown(page.markdown)
            self.anchors[key] = add_heading_anchors(self.browser.document(), page.anchors)
            for row in range(self.index.count()):
                if self.index.item(row).data(Qt.ItemDataRole.UserRole) == key:
                    self.index.blockSignals(True)
                    self.index.setCurrentRow(row)
                    self.index.blockSignals(False)
        self.status.clear()
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)

    def follow_link(self, url: QUrl) -> None:
        """Follow a link: '#anchor' on this page, 'PAGE.md#anchor' to a page, http(s) outside."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = url.path().rsplit("/", 1)[-1]
        if not target:
            self.show_page(self.current, url.fragment())
            return
        page = next((p for p in self.pages.values() if p.file_name == target), None)
        if page is None:
            self.status.setText(self.tr("{0} is part of the project's documentation (docs/), "
                                        "not of the program's help.").format(target))
            return
        self.show_page(page.key, url.fragment())

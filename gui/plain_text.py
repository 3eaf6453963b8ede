"""Text from outside the program (a snapshot's name or note, a file name, an error message
quoting an input, a scenario code) is shown as plain text, everywhere, by default.

Qt guesses: a QLabel, a QMessageBox or a tooltip whose text looks like HTML is rendered as
HTML, so a snapshot named '<img src=/dev/zero>' makes Qt read that file, and a file name can
dress up an error dialog as "snapshot OK". pyqtgraph's legend and text items always take HTML.
This module is the one place that decides:

    install(app)                 every QLabel (also inside QMessageBox / QInputDialog) becomes
                                 Qt.PlainText when it is first polished, unless marked with
                                 allow_rich(label) — the program's own markup only, with every
                                 inserted outside text passed through escape()
    message_box(...)             a QMessageBox with PlainText, the text cut to a bounded length
                                 and the full text (bounded too) under "Show Details…"
    clip(text, limit)            an outside text quoted in a message, cut with its length noted
                                 in the interface language ("(12.345 Zeichen)")
    shown(text, limit)           one display line: control characters made visible, cut with '…'
    tooltip(text)                plain text as a tooltip (escaped, so Qt cannot take it as HTML)
    escape(text)                 for the HTML of pyqtgraph labels and of allow_rich labels

tests/test_hostile_gui.py scans every widget of a window, so a label that would render outside
text as HTML fails a test.
"""
from __future__ import annotations

import html
from typing import Optional

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from model import errors
from model.limits import DETAIL_MAX_CHARS, MESSAGE_MAX_CHARS, MESSAGE_QUOTE_CHARS

RICH_PROPERTY = "aicxRichText"       # set (True) on a label whose HTML is the program's own


def length_note(length: int) -> str:
    """The note after a cut text, in the interface language: '(12,345 characters)',
    German '(12.345 Zeichen)' (model.errors.clip's own note is the command line's English)."""
    from . import format as fmt         # not at import time: plain_text is installed first
    return QCoreApplication.translate("PlainText", "({0} characters)").format(fmt.count(length))


def clip(text: object, limit: int = MESSAGE_QUOTE_CHARS) -> str:
    """model.errors.clip with the note in the interface language: a typed or outside text quoted
    in a message, cut to `limit` characters with '…' and its full length."""
    return errors.clip(text, limit, length_note)


def shown(text: object, limit: int = MESSAGE_MAX_CHARS, one_line: bool = False) -> str:
    """`text` as it may be displayed: unpaired surrogates and control characters (also the
    bidirectional overrides that reorder what is read) replaced by '\ufffd', line breaks kept
    (or made spaces with `one_line`), cut to `limit` characters with '…' and the full length."""
    value = str(text)
    if len(value) > limit:
        value = clip(value, limit)
    value = errors.printable(value)
    if one_line:
        value = " ".join(value.split())
    return value


def escape(text: object, limit: int = MESSAGE_MAX_CHARS) -> str:
    """`shown(text, limit)` escaped for HTML ('<' -> '&lt;' ...): for pyqtgraph legend and text
    items, which always render HTML, and for values inserted into an allow_rich label."""
    return html.escape(shown(text, limit), quote=True)


def tooltip(text: object, limit: int = DETAIL_MAX_CHARS) -> str:
    """A tooltip showing `text` literally (Qt renders a tooltip that looks like HTML as HTML,
    so it is escaped and wrapped; line breaks are kept)."""
    return f"<p style='white-space:pre-wrap'>{escape(text, limit)}</p>"


def allow_rich(label: QLabel) -> QLabel:
    """Mark `label` as showing the program's own HTML (outside values inside it must be
    escape()d); returns it. Every other label is plain text."""
    label.setProperty(RICH_PROPERTY, True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def is_rich_by_design(label: QObject) -> bool:
    """True if `label` was marked with allow_rich."""
    return bool(label.property(RICH_PROPERTY))


def plain_label(text: str = "", parent: Optional[QWidget] = None) -> QLabel:
    """A QLabel that shows `text` literally (PlainText), cut to MESSAGE_MAX_CHARS."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(shown(text))
    return label


def set_plain(label: QLabel, text: object, limit: int = MESSAGE_MAX_CHARS) -> None:
    """Show `text` literally in `label` (PlainText), cut to `limit` characters."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(shown(text, limit))


def message_box(icon: QMessageBox.Icon, title: str, text: str,
                buttons=QMessageBox.StandardButton.Ok, parent: Optional[QWidget] = None,
                ) -> QMessageBox:
    """A QMessageBox showing `text` as plain text, cut to MESSAGE_MAX_CHARS; when it was cut the
    whole text (up to DETAIL_MAX_CHARS) is under "Show Details…". Not shown yet (call open())."""
    box = QMessageBox(icon, shown(title, 120, one_line=True), "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(shown(text))
    if len(str(text)) > MESSAGE_MAX_CHARS:
        box.setDetailedText(shown(text, DETAIL_MAX_CHARS))
    return box


def window_title(text: object) -> str:
    """`text` for a window title: one line, bounded, and Qt's '[*]' placeholder defused."""
    return shown(text, 120, one_line=True).replace("[*]", "[*\u200b]")


class _PlainByDefault(QObject):
    """Application event filter: a QLabel becomes PlainText when Qt first polishes it (before it
    is shown), unless it was marked with allow_rich. Only Polish events are looked at."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Polish and isinstance(watched, QLabel) \
                and watched.textFormat() != Qt.TextFormat.PlainText \
                and not is_rich_by_design(watched) and not _in_rich_message_box(watched) \
                and not _is_tooltip(watched):
            watched.setTextFormat(Qt.TextFormat.PlainText)
        return False


def _is_tooltip(label: QLabel) -> bool:
    """True for Qt's tooltip label: tooltips are the program's own markup, outside text in them
    escaped by `tooltip()`. (Made plain, the one label Qt reuses for every tooltip showed its
    markup, '<p><b>…', in every tooltip of the session.)"""
    return label.metaObject().className() == "QTipLabel"


def _in_rich_message_box(label: QLabel) -> bool:
    """True for the text label of a QMessageBox set to Qt.RichText on purpose (the About box:
    the program's own markup)."""
    box = label.parent()
    return isinstance(box, QMessageBox) and box.textFormat() == Qt.TextFormat.RichText


_filter: Optional[_PlainByDefault] = None


def install_once(current: Optional[QObject], app: Optional[QApplication],
                 make) -> Optional[QObject]:
    """Install the application event filter `make(app)` on `app` (default: the running
    QApplication) unless `current` is already installed on it; return the filter in force.
    The one home of "once per QApplication" for the program's application-wide filters."""
    app = app or QApplication.instance()
    if app is None:
        return current
    try:
        if current is not None and current.parent() is app:
            return current
    except RuntimeError:          # the filter's QApplication is gone (tests build another)
        pass
    made = make(app)
    app.installEventFilter(made)
    return made


def install(app: Optional[QApplication] = None) -> None:
    """Make plain text the default of every label of `app` (the running QApplication); calling
    it again does nothing."""
    global _filter
    _filter = install_once(_filter, app, _PlainByDefault)

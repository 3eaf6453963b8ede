"""The PDF handout of a workshop: one file to hand out after the session.

A `Handout` holds what goes in — title, date, scenario name and code, the verdict, the
headline figures against the baseline, a picture of the plots, the compare table with the
parameter differences, the snapshots' notes and the session log — and `write_pdf` lays it out
with Qt's own PDF writer (QPdfWriter, A4 landscape; QTextDocument paginates) and writes it
through the atomic writer (model/store/atomic.py): a failed write leaves no half file.

Every number is written by gui/format.py, every text by tr() / gui/text.py, in the interface
language. Text from outside (snapshot names, notes, log texts) is escaped (html.escape), so a
file can never inject markup, cut to a bound (model.limits: a note HANDOUT_NOTE_CHARS, other
texts HANDOUT_TEXT_CHARS, with the full length noted) and shown with control characters and
direction overrides made visible (gui/plain_text.shown).
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from model import outputs
from model import parameters as P
from model.limits import HANDOUT_NOTE_CHARS, HANDOUT_TEXT_CHARS
from model.store.atomic import write_bytes

from . import format as fmt
from . import palette as pal
from . import plain_text
from . import text
from .error_text import failed_write
from .widgets.compare_table import HEADLINE_PREFIX, CompareColumn, table_rows

PLOTS_URL = "handout://plots.png"
PAGE_WIDTH_PX = 1000          # the layout width of the document, in its pixels
RESOLUTION_DPI = 150          # the PDF writer's resolution (the plots' picture is sharper)
# The plots' height as a share of a page: the largest that still fits on the first page
# below the title, verdict and headlines (which grow with the language's words).
PLOT_SHARES = (0.72, 0.66, 0.60, 0.54, 0.48)


def _tr(source: str) -> str:
    """`source` translated in the context 'Handout'."""
    return QCoreApplication.translate("Handout", source)


class HandoutError(Exception):
    """The handout could not be written; the message names the file and why."""


@dataclass
class Handout:
    """What a handout holds. `headlines`: (label, value, change against the baseline) as
    shown, and the change's meaning (+1 better, -1 worse, 0 neither; coloured on paper as in
    the headline strip of a light palette); `compare`: the compare table's columns (the current scenario first); `log`: the
    session log's entries (model.workshop.session_log.LogEntry). Features add their parts
    when the window asks (AppEvents.handoutRequested)."""

    title: str
    date: str
    scenario_name: str
    code: str
    verdict: str
    headlines: list[tuple[str, str, str, int]]
    plots: Optional[QImage] = None
    compare: list[CompareColumn] = field(default_factory=list)
    log: list = field(default_factory=list)

    def set_compare(self, columns: Sequence[CompareColumn]) -> None:
        """The compare table's columns (the current scenario first, then the snapshots)."""
        self.compare = list(columns)

    def set_log(self, entries: Sequence) -> None:
        """The session log's entries, oldest first."""
        self.log = list(entries)


def _e(value: str, limit: int = HANDOUT_TEXT_CHARS) -> str:
    """Outside text as HTML text: cut to `limit` characters with its length noted, control
    characters and direction overrides made visible (plain_text.shown), escaped, line breaks
    kept."""
    return html.escape(plain_text.shown(value, limit)).replace("\n", "<br/>")


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], bold_cells=()) -> str:
    """An HTML table (cells already escaped); `bold_cells`: (row, column) pairs to stress."""
    head = "".join(f"<th align='left'>{h}</th>" for h in header)
    body = []
    for r, row in enumerate(rows):
        cells = "".join(f"<td>{'<b>' + c + '</b>' if (r, n) in bold_cells else c}</td>"
                        for n, c in enumerate(row))
        body.append(f"<tr>{cells}</tr>")
    return ("<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"<tr>{head}</tr>{''.join(body)}</table>")


def _change(change: str, direction: int) -> str:
    """A headline's change as HTML, coloured by its meaning (better blue, worse vermillion)."""
    color = {1: pal.BLUE, -1: pal.VERMILLION}.get(direction)
    return f"<b style='color:{color}'>{_e(change)}</b>" if color else _e(change)


def headline_figure(key: str, amount: Optional[float], end_year: int) -> str:
    """A headline number of the session log (None: none / not by the run's end) as shown."""
    _label, unit, _better, meaning = outputs.HEADLINE_INFO[key]
    return fmt.value(amount, unit, missing=fmt.missing_text(meaning, end_year))


def log_rows(entries: Sequence, end_year: int) -> list[list[str]]:
    """The session log as table rows (escaped): time, what, the parameters it moved and the
    headline figures it changed (before → after)."""
    rows = []
    for entry in entries:
        changes = []
        for change in entry.changes:
            try:
                p = P.get(change.key)
            except KeyError:
                continue
            changes.append(_e(f"{text.param_label(p)} {fmt.param_number(p, change.old)} → "
                              f"{fmt.param_number(p, change.new)} {text.param_unit(p)}"))
        moved = [_e(f"{text.tr(outputs.HEADLINE_INFO[k][0])}: "
                    f"{headline_figure(k, entry.before.get(k), end_year)} → "
                    f"{headline_figure(k, entry.after.get(k), end_year)}")
                 for k in outputs.HEADLINE_INFO
                 if k in entry.before and k in entry.after and entry.before[k] != entry.after[k]]
        clock = entry.time[11:19] if len(entry.time) >= 19 else entry.time
        what = entry.text or entry.kind
        if entry.kind == "snapshot":       # else it read as the preset of the same name above
            what = _tr("Snapshot saved: {0}").format(entry.text)
        rows.append([_e(clock), _e(what), "<br/>".join(changes),
                     "<br/>".join(moved)])
    return rows


def compare_html(columns: Sequence[CompareColumn]) -> str:
    """The compare table (every headline, the parameters that differ) and the notes."""
    rows = table_rows(columns)
    bold = {(r, c + 1) for r, row in enumerate(rows) for c in range(1, len(columns))
            if row.raw[c] != row.raw[0]}
    cells = [[_e(row.header)] + [_e(t) for t in row.texts] for row in rows]
    out = [f"<h2>{_e(_tr('Compare table'))}</h2>"]
    if len(columns) < 2:
        out.append(f"<p>{_e(_tr('No snapshot was ticked for comparison.'))}</p>")
    differing = sum(1 for row in rows if not row.key.startswith(HEADLINE_PREFIX))
    out.append(f"<p>{_e(_tr('{0} parameters differ; bold: different from the first column.').format(differing))}</p>")
    out.append(_table([""] + [_e(c.title) for c in columns], cells, bold))
    notes = [(c.title, c.note) for c in columns if c.note.strip()]
    out.append(f"<h2>{_e(_tr('Notes'))}</h2>")
    if notes:
        out += [f"<p><b>{_e(title)}</b>: {_e(note, HANDOUT_NOTE_CHARS)}</p>"
                for title, note in notes]
    else:
        out.append(f"<p>{_e(_tr('(no notes)'))}</p>")
    return "".join(out)


def to_html(h: Handout, end_year: int, plot_height: float = PAGE_WIDTH_PX * 0.5) -> str:
    """The handout as one HTML document for QTextDocument (images by PLOTS_URL), for pages
    PAGE_WIDTH_PX wide; the plots at most `plot_height` high (document pixels)."""
    parts = [f"<h1>{_e(h.title)}</h1>",
             f"<p>{_e(h.date)} — {_e(_tr('Scenario'))}: <b>{_e(h.scenario_name)}</b> — "
             f"{_e(_tr('Code'))}: <tt>{_e(h.code)}</tt></p>",
             f"<p style='font-size:x-large'><b>{_e(h.verdict)}</b></p>",
             _table([""] + [_e(label) for label, *_ in h.headlines],
                    [[_e(_tr("Value"))] + [f"<b>{_e(v)}</b>" for _l, v, *_ in h.headlines],
                     [_e(_tr("Against the baseline"))] + [_change(c, d) for *_, c, d in h.headlines]])]
    if h.plots is not None:
        # as wide as the page allows with the first page's text above it
        size = h.plots.deviceIndependentSize()
        width = min(PAGE_WIDTH_PX, int(plot_height * size.width() / max(size.height(), 1)))
        parts.append(f"<p align='center'><img src='{PLOTS_URL}' width='{width}'/></p>")
    parts.append("<div style='page-break-before: always'></div>")
    parts.append(compare_html(h.compare))
    parts.append(f"<h2>{_e(_tr('Session log'))}</h2>")
    if h.log:
        parts.append(_table([_e(_tr("Time")), _e(_tr("Change")), _e(_tr("Parameters")),
                             _e(_tr("Headline figures before → after"))],
                            log_rows(h.log, end_year)))
    else:
        parts.append(f"<p>{_e(_tr('(nothing recorded)'))}</p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def write_pdf(h: Handout, path: Path, end_year: int) -> int:
    """Write the handout to `path` as PDF (A4 landscape), atomically; returns its page count.
    Raises HandoutError when it cannot be written."""
    path = Path(path)
    document = QTextDocument()
    if h.plots is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(PLOTS_URL), h.plots)
    # Rendered into memory, then written through the atomic writer's checked os.write seam:
    # QPdfWriter writing the file itself on a nearly full disk left a truncated PDF that
    # replaced the old file, and the window said 'Wrote the handout (2 pages)'.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(h.title)
    writer.setCreator("AI Capex Scenario Explorer")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    # Lay the document out at PAGE_WIDTH_PX wide; print_ scales it to the page.
    page_height = PAGE_WIDTH_PX * _page_ratio(writer)
    document.setPageSize(QSizeF(PAGE_WIDTH_PX, page_height))
    for share in PLOT_SHARES:
        document.setHtml(to_html(h, end_year, share * page_height))
        if _plots_bottom(document) <= page_height:
            break
    document.print_(writer)
    del writer                              # QPdfWriter finishes the PDF when destroyed
    data = bytes(buffer.data())
    buffer.close()
    if not data:
        raise HandoutError(QCoreApplication.translate(
            "Exports", "{0}: the PDF writer produced nothing").format(path))
    try:
        write_bytes(path, data)
    except OSError as exc:
        raise HandoutError(failed_write(path, exc)) from None
    return document.pageCount()


def _plots_bottom(document: QTextDocument) -> float:
    """Where the plots' picture ends in the laid-out document (document pixels; 0: none)."""
    block = document.begin()
    while block.isValid():
        if any(PLOTS_URL in f.fragment().charFormat().toImageFormat().name()
               for f in _fragments(block)):
            return document.documentLayout().blockBoundingRect(block).bottom()
        block = block.next()
    return 0.0


def _fragments(block):
    """The text fragments of a QTextBlock."""
    it = block.begin()
    while not it.atEnd():
        yield it
        it += 1


def _page_ratio(writer: QPdfWriter) -> float:
    """Height ÷ width of the writer's printable area."""
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    return rect.height() / max(rect.width(), 1)

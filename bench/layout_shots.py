"""`python -m bench.layout_shots [--size WxH] [--lang CODE] [--out DIR] [--modes ...]`: put the
window in each workshop mode, measure its layout and (with --out) save a screenshot of each.

Modes (MODES): `normal` (the default window), `compare` (four snapshots ticked and the
uncertainty bands on), `present1` … `present4` (presentation mode with 1 to 4 panels) and
`guided` (the guided round's last step, its dock open). Each mode is measured by `measure`:

    plot_share    per visible panel: its view box's area ÷ the panel's area (the plot with
                  its title and axes), 0 to 1
    legend_cover  per visible panel: the share of its view box its legend covers (the
                  strip kept free above the data for the legend is not counted)
    legend_hides  per visible panel: the drawn points (lines' yearly points, areas beneath
                  stacked series) its legend lies over
    axis_crowding per visible panel: pixels its value axes' tick numbers reach into their
                  title (0: clear)
    title_gap     per visible panel below another: the space between its title and the year
                  numbers above it, in lines of those numbers' type (PlotGrid.title_gap)
    clipped       headline texts wider than their label (pixels), as 'card: text', measured
                  in the font they are drawn in (a FitLabel's fitted_font)
    smallest_pt   the smallest point size a headline text is drawn in
    dock_overlap  docks (not floating) whose rectangle meets the plot grid's
    hidden_named  in the guided round: panels the step names that are not shown

Under a real display (DISPLAY set, QT_QPA_PLATFORM unset) the screenshot is the whole screen,
as a projector would show it (window-manager frame included); offscreen it is the window.
The tests (tests/test_layout_modes.py) use `enter_mode` and `measure`; docs/screenshots/ is made
by `python -m bench.layout_shots --out docs/screenshots --modes normal present2 guided` under
Xvfb (1280×720) with a window manager: the window sized as a first start sizes it (README).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from model.limits import DATA_ENV, TESTING_ENV   # no Qt: safe before Qt loads

MODES = ("normal", "compare", "present1", "present2", "present3", "present4", "guided")
SNAPSHOT_NAMES = ("Boom continues", "Bust in 2027", "Soft landing, power-limited",
                  "Circular revenue unwinds")


def wait(ms: int) -> None:
    """Run the event loop for `ms` milliseconds."""
    from PySide6.QtCore import QEventLoop, QTimer
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def leave_modes(window, keep_presentation: bool = False, rest=None) -> None:
    """Back to the normal view: presentation off (unless `keep_presentation`), guided round
    closed, no snapshot compared, bands off, the default panels. `rest(ms)` lets the window's
    delayed updates run (as in enter_mode)."""
    rest = rest or wait
    if not keep_presentation:
        window.features["presentation"].leave()
    window.features["storyline"].dock.setVisible(False)
    snapshots = window.features["snapshots"]
    snapshots.clear_compare()
    snapshots.dock.setVisible(False)
    window.features["uncertainty"].set_enabled(False)
    if not window.features["presentation"].active:
        window.plot_grid.set_visible_panels(None)
    rest(20)


def tick_four_snapshots(window) -> None:
    """Tick four snapshots of different scenarios, saved in the window's data folder the first
    time."""
    from model import parameters as P
    snapshots = window.features["snapshots"]
    saved = {entry.name: entry.path for entry in snapshots.entries()}
    if all(name in saved for name in SNAPSHOT_NAMES):
        for name in SNAPSHOT_NAMES:
            snapshots.set_compared(saved[name], True)
        return
    controller = window.controller
    start = dict(controller.values)
    scales = (1.0, 0.5, 1.4, 0.7)
    paths = []
    for name, scale in zip(SNAPSHOT_NAMES, scales):
        values = dict(start)
        for key in list(values)[:3]:          # (within the slider's range: any preset)
            low, high = P.get(key).min, P.get(key).max
            values[key] = min(max(values[key] * scale, low), high)
        controller.apply_values(values, "layout probe")
        controller.flush()
        paths.append(snapshots.save_snapshot(name))
    controller.apply_values(start, "layout probe")
    controller.flush()
    for path in paths:
        snapshots.set_compared(path, True)


def enter_mode(window, mode: str, rest=None) -> None:
    """Put a shown window in `mode` (one of MODES), starting from the normal view (from one
    presentation mode to another, presentation mode stays on: only the panel count changes).
    `rest(ms)` lets the window's delayed updates run; by default it waits `ms` milliseconds
    (under a real display the window manager answers in its own time); the tests, offscreen,
    bring the updates forward instead (tests/helpers_window.settle)."""
    rest = rest or wait
    leave_modes(window, keep_presentation=mode.startswith("present"), rest=rest)
    if mode == "compare":
        tick_four_snapshots(window)
        feature = window.features["uncertainty"]
        feature.set_enabled(True)
        feature.wait()
        rest(50)
    elif mode.startswith("present"):
        presentation = window.features["presentation"]
        presentation.enter()
        presentation.set_count(int(mode[-1]))
        rest(100)
    elif mode == "guided":
        feature = window.features["storyline"]
        feature.dock.setVisible(True)
        panel = feature.panel
        panel.choose(panel.storylines[0].slug)
        panel.go_to(len(panel.story.steps) - 1)
        rest(50)
    elif mode != "normal":
        raise ValueError(f"unknown mode {mode!r}: choose from {', '.join(MODES)}")
    rest(250)            # the plots' ranges and legends settle 150 ms after the last data


def measure(window) -> dict:
    """The layout figures of the window as shown now (see the module docstring)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics, QFontMetricsF
    from PySide6.QtWidgets import QLabel
    grid = window.plot_grid
    shares = {key: round(grid.plot_share(key), 3) for key in grid.visible_panels()}
    cover = {key: round(grid.legend_cover(key), 3) for key in grid.visible_panels()}
    hides = {key: grid.legend_hides(key) for key in grid.visible_panels()}
    crowded = {key: round(grid.axis_crowding(key), 1) for key in grid.visible_panels()}
    gaps = {}
    for key in grid.visible_panels():
        gap = grid.title_gap(key)
        if gap is not None:
            font = grid.panels[key].plot.getAxis("bottom").style["tickFont"]
            gaps[key] = round(gap / QFontMetricsF(font).height(), 2)
    clipped = []
    smallest = 99.0         # the smallest point size a headline text is drawn in
    for key, card in window.headlines.cards.items():
        for label in card.findChildren(QLabel):
            if not label.isVisible() or not label.text():
                continue
            font = label.fitted_font() if hasattr(label, "fitted_font") else label.font()
            metrics = QFontMetrics(font)
            smallest = min(smallest, font.pointSizeF())
            # every line of the text as drawn (a FitLabel cuts with '…' what does not fit in
            # its least font) in the font it is drawn in, against the label's room
            shown = label.shown_text() if hasattr(label, "shown_text") else label.text()
            need = max(metrics.horizontalAdvance(line) for line in shown.split("\n"))
            room = label.contentsRect()
            high = metrics.height() * (label.text().count("\n") + 1)
            if need > room.width() + 1 or high > room.height() + 2:
                clipped.append(f"{key}: {label.text()!r} ({need}×{high} px in "
                               f"{room.width()}×{room.height()})")
    grid_rect = QRect(grid.mapTo(window, grid.rect().topLeft()), grid.size())
    overlap = [d.objectName() for d in window.docks() if d.isVisible() and not d.isFloating()
               and QRect(d.mapTo(window, d.rect().topLeft()), d.size()).intersects(grid_rect)]
    hidden = []
    story = window.features["storyline"]
    if story.dock.isVisible():
        step = story.panel.current_step()
        if step is not None:
            hidden = [k for k in step.panels if k not in grid.visible_panels()
                      or grid.plot_share(k) <= 0]
    return {"plot_share": shares, "legend_cover": cover, "legend_hides": hides,
            "axis_crowding": crowded, "title_gap": gaps, "clipped": clipped,
            "smallest_pt": round(smallest, 2), "dock_overlap": overlap,
            "hidden_named": hidden, "window": [window.width(), window.height()],
            "grid": [grid.width(), grid.height()]}


def _grab(window, path: Path) -> None:
    from PySide6.QtGui import QGuiApplication
    real = os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM", "xcb") == "xcb"
    pixmap = (QGuiApplication.primaryScreen().grabWindow(0) if real else window.grab())
    pixmap.save(str(path), "PNG")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.layout_shots",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--size", default=None, help="window size WxH (default: fit the screen)")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, default=None, help="folder for the PNGs")
    parser.add_argument("--modes", nargs="+", default=list(MODES), choices=MODES)
    args = parser.parse_args(argv)
    os.environ.setdefault(TESTING_ENV, "1")            # never the user's settings
    os.environ[DATA_ENV] = tempfile.mkdtemp(prefix="layout-shots-")   # never the user's files
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.app import WindowOptions, application, create_window
    application("layout-shots")
    size = tuple(int(n) for n in args.size.split("x")) if args.size else None
    window = create_window(WindowOptions(size=size, lang=args.lang), remember_settings=False)
    window.show()
    wait(300)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    report = {}
    for mode in args.modes:
        enter_mode(window, mode)
        wait(400)
        report[mode] = measure(window)
        print(mode, json.dumps(report[mode]), flush=True)
        if args.out:
            _grab(window, args.out / f"{mode}-{args.lang}.png")
    leave_modes(window)
    window.close()
    worst = min((share, mode, key) for mode, r in report.items()
                for key, share in r["plot_share"].items())
    print(json.dumps({"worst_plot_share": worst}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

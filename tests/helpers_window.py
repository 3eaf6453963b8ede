"""Sharing one window among the tests of a module (a window takes about a second to build):
start_afresh brings a shared window back to the state of a newly built one before each test."""
import shutil

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from gui import i18n
from model import parameters as P


def start_afresh(window) -> None:
    """Bring `window` back to a newly built window's state: no dialog open, a running replay
    ended and the plots unfrozen, the normal view with every panel, bands off, the baseline not
    following, the first storyline at its introduction, nothing compared, an empty snapshot
    folder and trash, the next autosave a full interval away, the default values with nothing
    to undo, an empty session log, the window's language installed (a command run in-process
    may have installed another). Asserts what it reset."""
    i18n.install(window.lang)
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()
    replay = window.features["replay"]
    replay.stop()
    if replay.frozen:
        replay.reveal()
        replay.stop()
    if window.features["presentation"].active:
        window.features["presentation"].leave()
    window.plot_grid.set_visible_panels(None)       # every panel
    bands = window.features["uncertainty"]
    bands.set_enabled(False)
    bands.wait()
    window.features["baseline"].set_following(False)
    story = window.features["storyline"].panel
    story.choose(story.storylines[0].slug)
    snapshots = window.features["snapshots"]
    snapshots.clear_compare()
    snapshots.empty_trash()                # (and nothing left to undo)
    shutil.rmtree(snapshots.folder, ignore_errors=True)
    snapshots.folder.mkdir(parents=True)
    snapshots.refresh()
    snapshots.autosave.timer.start()       # its first autosave as far off as a new window's
    window.controller.apply_values(P.defaults())
    window.controller.flush()
    window.controller.emit_all()           # a test may have drawn results of other years
    window.controller.undo_stack.clear()
    window.features["session_log"].clear()

    assert not replay.replaying and not replay.frozen and not bands.action.isChecked()
    assert window.controller.baseline_values == P.defaults()
    assert window.plot_grid.visible_panels() == tuple(window.plot_grid.panels)
    assert snapshots.entries() == [] and snapshots.panel.list.count() == 0
    assert snapshots.compare == [] and not window.plot_grid.compare_results
    assert snapshots.panel.undo_row.isHidden() and snapshots.undo_stack.count() == 0
    assert window.features["session_log"].entries == []


SETTLE_TIMER_MS = 300     # the longest delayed update a test waits out (the "What changed?" chart)


def settle(window, rounds: int = 50) -> None:
    """Bring a shown window to rest at once, to the state a wait of a few hundred milliseconds
    reaches (offscreen, nothing comes from a window manager): the posted events run, the bands'
    worker finishes, and every pending one-shot timer of the window of at most SETTLE_TIMER_MS
    runs now instead of later (the plot grid places its legends and settles its ranges 150 ms
    after the last data, the compared curves take their labels 250 ms after a resize, ...),
    until none is pending. Fails if the window does not come to rest within `rounds` rounds."""
    app = QApplication.instance()
    bands = window.features["uncertainty"]
    for _ in range(rounds):
        assert bands.wait()
        app.processEvents()
        app.processEvents()
        pending = [timer for timer in window.findChildren(QTimer)
                   if timer.isActive() and timer.isSingleShot()
                   and timer.interval() <= SETTLE_TIMER_MS]
        if not pending and not bands.runner.busy:
            return
        for timer in pending:
            timer.stop()
            timer.timeout.emit()
    raise AssertionError(f"the window did not come to rest in {rounds} rounds")

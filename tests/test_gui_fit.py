"""The window fits the screen, its minimum size shows every panel, and docks open beside the
plots (issue 11, findings 2, 3 and 5)."""
import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.app import WindowOptions, create_window as build_window
from gui.main_window import frame_fit, screen_fit


def test_screen_fit_shrinks_to_a_projector_and_centres():
    available = QRect(0, 0, 1280, 720)
    rect = screen_fit(available, QSize(1600, 1000), 0.95)
    assert available.contains(rect)
    assert rect.width() <= 0.95 * 1280 and rect.height() <= 0.95 * 720
    assert abs(rect.center().x() - available.center().x()) <= 1
    assert abs(rect.center().y() - available.center().y()) <= 1
    big = screen_fit(QRect(0, 0, 3840, 2160), QSize(1600, 1000), 0.95)
    assert big.size() == QSize(1600, 1000)          # a large screen keeps the wanted size


def test_the_window_managers_frame_stays_on_a_projector_screen():
    """Openbox at 1280 × 720 put a 1216 × 684 window's frame (title bar 20 px, border 1 px) at
    y = 18 as screen_fit centred the window without it: the frame ended at y = 726 and the
    status bar's text lost its descenders. frame_fit centres the frame itself."""
    available = QRect(0, 0, 1280, 720)
    client = QRect(33, 38, 1216, 684)
    frame = QRect(32, 18, 1218, 709)
    assert not available.contains(frame)            # the case seen
    rect = frame_fit(available, frame, client)
    assert available.contains(rect) and rect.size() == frame.size()   # fits whole, not shrunk
    assert abs(rect.center().y() - available.center().y()) <= 1
    short = frame_fit(QRect(0, 0, 1280, 700), frame, client)          # too tall: shrinks
    assert short.height() == 700 and short.width() == frame.width()


def test_the_first_move_with_a_frame_brings_the_frame_onto_the_screen(qtbot, monkeypatch):
    """The frame arrives with a move event after the window is shown (a window manager framing
    it); the window then moves so the frame lies inside the screen, once."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QMoveEvent
    window = build_window()
    qtbot.addWidget(window)
    window.fit_to_screen()
    available = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    client = window.geometry()
    # a frame 24 px taller (title bar and borders) than the window, hanging over the bottom
    frame = QRect(client.left() - 1, available.bottom() - client.height() - 10, client.width() + 2,
                  client.height() + 24)
    monkeypatch.setattr(window, "frameGeometry", lambda: QRect(frame))
    moved = []
    monkeypatch.setattr(window, "move", lambda *a: moved.append(QPoint(*a) if len(a) == 2 else a[0]))
    QApplication.sendEvent(window, QMoveEvent(frame.topLeft(), client.topLeft()))
    assert moved, "the frame hanging off the screen did not move the window"
    top = moved[-1].y()          # (the offscreen screen is narrower than the window's least
    # width, so only its height is checked)
    assert available.top() <= top and top + window.height() + 24 - 1 <= available.bottom()
    QApplication.sendEvent(window, QMoveEvent(frame.topLeft(), client.topLeft()))
    assert len(moved) == 1                          # once: later moves are the user's


def test_first_start_fits_the_available_geometry(qtbot):
    window = build_window()                         # no --size, no saved settings
    qtbot.addWidget(window)
    available = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    # each direction inside the screen, unless the screen is smaller than the window's minimum
    # (the offscreen test screen is 800 pixels wide): then the minimum
    for size, minimum, space in ((window.width(), window.minimumWidth(), available.width()),
                                 (window.height(), window.minimumHeight(), available.height())):
        assert size <= max(space, minimum) and size >= minimum
        assert size == minimum or size <= 0.95 * space
    if window.minimumWidth() <= available.width():
        assert available.left() <= window.x() and window.geometry().right() <= available.right()
    if window.minimumHeight() <= available.height():
        assert available.top() <= window.y() and window.geometry().bottom() <= available.bottom()


def _panels_inside_grid(window):
    grid = window.plot_grid
    viewport = grid.viewport().rect()
    cut = []
    for key in grid.visible_panels():
        plot = grid.panels[key].plot
        scene = plot.mapRectToScene(plot.boundingRect())
        shown = grid.mapFromScene(scene).boundingRect()
        if not viewport.adjusted(-1, -1, 1, 1).contains(shown):
            cut.append((key, shown, viewport))
    return cut


@pytest.mark.parametrize("lang", list(i18n.languages()))
def test_minimum_size_shows_every_panel(qtbot, lang):
    window = build_window(WindowOptions(lang=lang))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(window.minimumSize())
    QApplication.processEvents()
    assert window.size() == window.minimumSize()
    assert window.minimumWidth() <= 1280 and window.minimumHeight() <= 720
    assert _panels_inside_grid(window) == []
    grid = window.plot_grid
    assert grid.geometry().right() < window.centralWidget().width()


def _grid_rect(window):
    grid = window.plot_grid
    return QRect(grid.mapTo(window, grid.rect().topLeft()), grid.size())


@pytest.fixture
def projector(fresh_window):
    """The module's shared window (conftest.fresh_window) at 1280 × 720 (a common projector),
    every dock closed (before and after the test)."""
    for dock in fresh_window.docks():
        dock.setVisible(False)
    fresh_window.resize(1280, 720)
    QApplication.processEvents()
    assert fresh_window.size() == QSize(1280, 720)
    yield fresh_window
    for dock in fresh_window.docks():
        dock.setVisible(False)


def test_docks_open_beside_the_plots(projector):
    window = projector
    assert window.docks(), "the features add docks"
    for dock in window.docks():
        dock.setVisible(True)
        QApplication.processEvents()
        assert not dock.isFloating(), dock.objectName()
    for dock in window.docks():
        assert not dock.isFloating(), dock.objectName()
        if dock.isVisible():
            assert not dock.geometry().intersects(_grid_rect(window)), dock.objectName()
    assert _panels_inside_grid(window) == []


def test_a_storyline_step_shows_the_panels_it_names(projector):
    window = projector
    feature = window.features["storyline"]
    panel = feature.panel
    feature.dock.setVisible(True)
    QApplication.processEvents()
    story = next(s for s in panel.storylines if any(step.panels for step in s.steps))
    panel.choose(story.slug)
    index = next(n for n, step in enumerate(story.steps) if step.panels)
    named = set(story.steps[index].panels)
    grid = window.plot_grid
    others = tuple(k for k in grid.panel_keys() if k not in named)
    grid.set_visible_panels(others)             # the facilitator had hidden the named panels
    panel.go_to(index)
    QApplication.processEvents()
    assert named <= set(window.plot_grid.visible_panels())
    assert not feature.dock.isFloating()
    assert not feature.dock.geometry().intersects(_grid_rect(window))
    assert window.rect().contains(_grid_rect(window))
    assert _panels_inside_grid(window) == []
    feature.dock.setVisible(False)              # closing the round brings the earlier panels back
    QApplication.processEvents()
    assert set(grid.visible_panels()) == set(others)

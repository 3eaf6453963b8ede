"""Exports from the window: results to CSV and XLSX, the dashboard to PNG, each plot to PNG
and SVG (rendered with QSvgGenerator; pyqtgraph's SVGExporter is broken for paths)."""
import xml.etree.ElementTree as ET

import pandas as pd
import pytest
from PySide6.QtCore import QDate, QPoint
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from gui import exports
from model import panels, simulate
from model.store import export

SVG = "{http://www.w3.org/2000/svg}"


# Exports only read the window (test_export_leaves_the_plots_as_they_were checks that they
# do): every test shares one window, built from these arguments (conftest.module_window).
WINDOW_ARGV = ["--size", "1280x720", "--set", "capex_growth=60"]


@pytest.fixture
def window(module_window):
    return module_window


@pytest.fixture
def feature(window):
    return window.features["exports"]


def test_results_export_to_csv_and_xlsx_holds_the_models_numbers(window, tmp_path):
    values = window.controller.values
    expected = simulate(values)
    for name in ("r.csv", "r.xlsx"):
        export.write_results(window.controller.results, values, tmp_path / name)
    frame = pd.read_csv(tmp_path / "r.csv")
    assert list(frame["year"]) == list(expected.years)
    assert frame["stress_index"].to_numpy() == pytest.approx(expected["stress_index"][0])
    import openpyxl                # here, not at collection (each test process collects all)
    book = openpyxl.load_workbook(tmp_path / "r.xlsx", read_only=True)
    assert {"results", "parameters", "headlines"} <= set(book.sheetnames)


def test_dashboard_png_is_a_handout_picture_plots_headlines_name_and_date(window, feature,
                                                                          tmp_path):
    path = tmp_path / "dash.png"
    assert feature.export_dashboard(path)
    image = QImage(str(path))
    assert not image.isNull()
    grid, cards, verdict = window.plot_grid, window.headlines, window.verdict_line
    ratio = grid.devicePixelRatioF()
    # the plots, and above them the headline cards, the verdict and the title lines
    assert image.width() == round(max(grid.width(), cards.width(), verdict.width()) * ratio)
    assert image.height() > round((grid.height() + cards.height() + verdict.height()) * ratio)
    title, scenario = feature.header_lines()
    from model.store import scenario_code
    assert scenario_code.encode(window.controller.values) in scenario
    assert str(QDate.currentDate().year()) in scenario or str(QDate.currentDate().year() % 100) in scenario
    assert str(path) in window.status_label.text()


@pytest.mark.parametrize("key", panels.keys())      # every registered panel
def test_each_panel_exports_to_png_and_svg(window, feature, tmp_path, key):
    grid = window.plot_grid
    png, svg = tmp_path / f"{key}.png", tmp_path / f"{key}.svg"
    assert feature.export_panel(key, png)
    image = QImage(str(png))
    rect = exports.panel_rect(grid, key)
    assert (image.width(), image.height()) == (round(rect.width() * exports.PNG_SCALE),
                                               round(rect.height() * exports.PNG_SCALE))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 5)
               for y in range(0, image.height(), 5)}
    assert len(colours) > 20                                  # a drawing, not a blank page

    assert feature.export_panel(key, svg)
    root = ET.parse(svg).getroot()
    assert root.tag == SVG + "svg"
    tags = [element.tag for element in root.iter()]
    assert tags.count(SVG + "path") + tags.count(SVG + "polyline") >= 3    # curves, axes
    texts = " ".join((element.text or "").strip() for element in root.iter(SVG + "text"))
    title = grid.panels[key].spec.title
    assert title in texts
    others = [p.spec.title for k, p in grid.panels.items() if k != key]
    assert not any(other in texts for other in others)      # only this panel
    assert " ".join(grid.panels[key].spec.axis_label.split()) in texts   # the value axis
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    drawn = QImage(renderer.defaultSize(), QImage.Format.Format_ARGB32)
    drawn.fill(0)
    painter = QPainter(drawn)
    renderer.render(painter)
    painter.end()
    colours = {drawn.pixel(x, y) for x in range(0, drawn.width(), 4)
               for y in range(0, drawn.height(), 4)}
    assert len(colours) > 20


def test_export_leaves_the_plots_as_they_were(window, feature, tmp_path):
    grid = window.plot_grid
    before = {k: (p.plot.opacity(), p.legend.opacity(), bool(p.legend.flags()
                  & p.legend.GraphicsItemFlag.ItemIgnoresTransformations))
              for k, p in grid.panels.items()}
    feature.export_panel("financing", tmp_path / "f.svg")
    feature.export_panel("financing", tmp_path / "f.png")
    after = {k: (p.plot.opacity(), p.legend.opacity(), bool(p.legend.flags()
                 & p.legend.GraphicsItemFlag.ItemIgnoresTransformations))
             for k, p in grid.panels.items()}
    assert after == before


def test_a_failed_export_says_which_file_and_keeps_the_old_one(window, feature, tmp_path,
                                                              capsys):
    missing = tmp_path / "no such folder" / "dash.png"
    assert not feature.export_dashboard(missing)
    assert str(missing) in feature.last_error
    assert str(missing) in capsys.readouterr().err
    old = tmp_path / "old.png"
    old.write_bytes(b"old picture")
    assert feature.export_dashboard(old)
    assert not QImage(str(old)).isNull()


def test_the_panel_under_the_mouse_is_found_for_the_context_menu(window, feature):
    grid = window.plot_grid
    for key in grid.visible_panels():          # a hidden panel (visible=False) has no place
        centre = grid.mapFromScene(grid.panels[key].plot.sceneBoundingRect().center())
        assert feature.panel_at(centre) == key
    assert feature.panel_at(QPoint(-50, -50)) is None


def test_export_menu_lists_every_panel_as_png_and_svg(window, feature):
    texts = [a.text() for a in feature.plot_menu.actions()]
    for panel in window.plot_grid.panels.values():
        assert any(panel.spec.title in t and "PNG" in t for t in texts)
        assert any(panel.spec.title in t and "SVG" in t for t in texts)
    assert len(texts) == 2 * len(window.plot_grid.panels)


def test_the_next_file_dialog_starts_in_the_folder_the_last_one_chose(window, tmp_path,
                                                                       monkeypatch):
    """A facilitator wrote the handout to a workshop folder; Export results (then the compare
    table, the session log, a snapshot) opened in the home folder again, every time. Each file
    dialog of the window now starts where the last one chose; a cancelled one changes
    nothing."""
    from pathlib import Path
    from PySide6.QtWidgets import QFileDialog
    from gui.save_name import FOLDER_PROPERTY
    workshop = tmp_path / "workshop"
    workshop.mkdir()
    started = []

    def dialog(answer):
        def ask(parent, caption, start, *rest, **kw):
            started.append(start)
            return answer, ""
        return staticmethod(ask)

    window.setProperty(FOLDER_PROPERTY, None)
    try:
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            dialog(str(workshop / "handout.pdf")))
        monkeypatch.setattr(window.features["handout"], "export", lambda path: True)
        window.features["handout"].ask()
        monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog(""))        # cancelled
        window.export_results()
        window.features["session_log"].export_dialog()
        assert len(started) == 3
        assert Path(started[0]).parent != workshop
        assert [Path(s).parent for s in started[1:]] == [workshop, workshop]
        assert Path(started[1]).name == "scenario.xlsx"
    finally:
        window.setProperty(FOLDER_PROPERTY, None)


def test_a_panel_not_shown_exports_as_a_drawing_and_the_view_stays(window, feature, tmp_path):
    """Presentation with one panel, File ▸ Export plot ▸ another panel: the file was an empty
    picture of one colour (the hidden plot has no place on screen). It is drawn alone now, and
    the panels shown stay as they were."""
    grid = window.plot_grid
    shown, hidden = "capex", "financing"
    grid.set_visible_panels((shown,))
    try:
        png, svg = tmp_path / "hidden.png", tmp_path / "hidden.svg"
        assert feature.export_panel(hidden, png)
        image = QImage(str(png))
        colours = {image.pixel(x, y) for x in range(0, image.width(), 5)
                   for y in range(0, image.height(), 5)}
        assert len(colours) > 20                              # a drawing, not a blank page
        assert feature.export_panel(hidden, svg)
        texts = " ".join((element.text or "").strip()
                         for element in ET.parse(svg).getroot().iter(SVG + "text"))
        assert grid.panels[hidden].spec.title in texts
        assert grid.panels[shown].spec.title not in texts
        assert grid.visible_panels() == (shown,)
        assert grid.panels[shown].plot.isVisible() and not grid.panels[hidden].plot.isVisible()
    finally:
        grid.set_visible_panels(None)

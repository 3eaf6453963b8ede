"""In-app help (issue 11): F1 opens a help window that renders docs/MODEL.md and the parameter
reference (generated from resources/parameters.csv, in the interface language) inside the
program; every slider's tooltip says how to get more, and Shift+F1 or its context menu opens
its section."""
import csv
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QUrl
from PySide6.QtWidgets import QMenu

from gui import i18n
from resources import HELP_MODEL, resource_path

ROOT = Path(__file__).resolve().parent.parent
# the languages with a user's guide of their own (GUIDE.md, GUIDE.<lang>.md), from the registry
# of languages (gui.i18n.languages): a guide added with a language is checked too
GUIDE_LANGUAGES = [lang for lang in i18n.languages()
                   if resource_path("help", "GUIDE.md" if lang == i18n.SOURCE_LANGUAGE
                                    else f"GUIDE.{lang}.md").is_file()]
WINDOW_ARGV = ["--size", "1280x720"]


def table_rows() -> list[dict]:
    with open(ROOT / "resources" / "parameters.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(row for row in handle if not row.startswith("#")))


def top_line(help_window) -> str:
    """The text of the block shown at the top of the help browser."""
    browser = help_window.browser
    return browser.cursorForPosition(QPoint(4, 4)).block().text().strip()


@pytest.fixture(scope="module")
def window(module_window):
    return module_window


@pytest.fixture
def help_feature(window):
    feature = window.features["help"]
    yield feature
    if feature.help_window is not None:
        feature.help_window.close()


def test_the_shipped_help_is_the_model_documentation_itself():
    shipped = resource_path(*HELP_MODEL)
    assert shipped.read_text(encoding="utf-8") == (ROOT / "docs" / "MODEL.md").read_text(encoding="utf-8")


def test_f1_opens_the_guide_and_the_model_documentation_inside_the_program(
        window, help_feature, qtbot):
    action = help_feature.action
    assert action.shortcut().toString() == "F1"
    assert action in window.menu("help").actions()
    action.trigger()
    help_window = help_feature.help_window
    qtbot.waitUntil(help_window.isVisible)
    # F1 starts at the user's guide, which names the window's own shortcuts
    guide = help_window.browser.toPlainText()
    assert guide.startswith("Getting started")
    for key in ("Ctrl+U", "F11", "Ctrl+S", "Shift+F1"):
        assert key in guide
    help_feature.open("model")
    shown = help_window.browser.toPlainText()
    headings = re.findall(r"^## (.+)$", (ROOT / "docs" / "MODEL.md").read_text(encoding="utf-8"),
                          re.M)
    assert len(headings) > 10 and all(h.replace("`", "") in shown for h in headings)
    # the contents' links lead to their sections
    seventh = next(h for h in headings if h.startswith("7."))
    anchor = re.sub(r"[^\w\- ]", "", seventh.lower()).replace(" ", "-")
    help_window.follow_link(QUrl("#" + anchor))
    assert top_line(help_window) == seventh


def test_the_guides_shortcuts_are_the_windows(window):
    # every shortcut the guides name is one the window has (a renamed shortcut fails here)
    from PySide6.QtGui import QAction, QKeySequence
    taken = {QKeySequence(k).toString() for a in window.findChildren(QAction)
             for k in a.shortcuts()}
    names = sorted(path.name for path in resource_path("help").glob("GUIDE*.md"))
    assert "GUIDE.md" in names and len(names) == len(GUIDE_LANGUAGES)   # every guide, found
    for name in names:
        guide = resource_path("help", name).read_text(encoding="utf-8")
        for key in re.findall(r"^\| ([^|]+) \|", guide, re.M)[2:]:     # after the header and its rule
            for one in re.split(r" / ", key.strip()):
                english = (one.replace("Strg", "Ctrl").replace("Umschalt", "Shift")
                           .replace("Bild ab", "PgDown").replace("Bild auf", "PgUp"))
                if english in ("F1", "Shift+F1"):
                    continue          # help keys: checked above
                assert QKeySequence(english).toString() in taken, (name, one)


def test_the_parameter_reference_lists_every_parameter_of_the_table(help_feature):
    help_window = help_feature.open("parameters")
    shown = help_window.browser.toPlainText()
    for row in table_rows():
        assert row["label"] in shown and row["key"] in shown and row["description"][:40] in shown
    assert help_window.anchors["parameters"].count("monetization_speed") == 1


def test_a_link_from_the_model_page_opens_the_parameters_section(help_feature):
    help_window = help_feature.open("model")
    help_window.follow_link(QUrl("PARAMETERS.md#useful_life"))
    assert help_window.current == "parameters"
    label = next(r["label"] for r in table_rows() if r["key"] == "useful_life")
    assert top_line(help_window) == label


def test_each_slider_says_how_to_get_more_and_its_context_menu_opens_its_section(
        window, help_feature, qtbot):
    controls = window.slider_panel.controls
    for control in controls.values():
        assert "Shift+F1" in control.slider.toolTip() and "Shift+F1" in control.label.toolTip()
    control = controls["power_buildout"]
    control.slider.customContextMenuRequested.emit(QPoint(5, 5))
    menu = next(m for m in control.slider.findChildren(QMenu) if m.isVisible())
    (item,) = menu.actions()
    assert control.label.text() in item.text()
    item.trigger()
    menu.close()
    assert help_feature.help_window.current == "parameters"
    assert top_line(help_feature.help_window) == control.label.text()


def test_shift_f1_opens_help_on_the_parameter_with_the_keyboard_focus(window, help_feature, qtbot):
    assert help_feature.parameter_action.shortcut().toString() == "Shift+F1"
    window.activateWindow()
    window.slider_panel.focus_parameter("useful_life")
    qtbot.waitUntil(lambda: window.slider_panel.controls["useful_life"].slider.hasFocus())
    help_feature.parameter_action.trigger()
    assert top_line(help_feature.help_window) == \
        window.slider_panel.controls["useful_life"].label.text()


@pytest.fixture(scope="module")
def german(module_windows):
    """One German window (not shown) for the two tests below, which only open help pages."""
    return module_windows(["--lang", "de", "--size", "1280x720"], show=False)


def test_the_parameter_reference_in_german(german):
    window = german
    from gui import text
    from model import parameters as P
    help_window = window.features["help"].open("parameters")
    shown = help_window.browser.toPlainText()
    label = text.param_label(P.get("capex_growth"))
    assert label != "Capex growth" and label in shown
    assert "Parameterübersicht" in shown and "Default" not in shown
    help_window.close()


def test_a_checkout_without_symbolic_links_still_finds_the_documentation(tmp_path, monkeypatch):
    # git on Windows (core.symlinks false) writes the link as a file holding its target path
    from gui.features import help as help_feature
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "MODEL.md").write_text("# The model\n\nEquations.\n", encoding="utf-8")
    (tmp_path / "resources" / "help").mkdir(parents=True)
    (tmp_path / "resources" / "help" / "MODEL.md").write_text("../../docs/MODEL.md",
                                                              encoding="utf-8")
    monkeypatch.setattr(help_feature, "resource_path", lambda *parts: tmp_path / "resources"
                        / Path(*parts))
    assert help_feature.model_documentation() == "# The model\n\nEquations.\n"


def test_the_guide_in_german(german):
    window = german
    help_window = window.features["help"].open()
    shown = help_window.browser.toPlainText()
    assert shown.startswith("Erste Schritte") and "Strg+U" in shown
    help_window.close()


def test_the_page_list_and_the_page_lie_side_by_side(help_feature, qtbot):
    """The page list is as wide as its longest title and the page starts right after it (the
    splitter gave the list ~100 px more than it may grow: an empty gap between them)."""
    help_window = help_feature.open()
    qtbot.waitUntil(help_window.isVisible)
    index, browser = help_window.index, help_window.browser
    gap = browser.x() - (index.x() + index.width())
    try:
        assert gap <= help_window.splitter.handleWidth() + 2, gap
    finally:
        help_window.close()


@pytest.mark.parametrize("lang", list(i18n.languages()))
def test_in_presentation_type_the_page_list_shows_its_titles_whole(module_windows, lang,
                                                                   monkeypatch):
    """Opened in presentation mode on a 1080-line projector (type 1.5 times larger) the page
    list kept its normal width: 'Getting starte', 'Model docum' and a scroll bar. Its titles
    are whole in any type, the page starts right after the list, the window grows with the
    type (within the screen) and has its normal size back after presentation mode."""
    from gui.features import presentation as module
    from helpers_window import settle
    monkeypatch.setattr(module, "screen_scale", lambda _w: 1.5)
    window = module_windows(["--lang", lang, "--size", "1280x720"])
    feature, presentation = window.features["help"], window.features["presentation"]

    def titles_whole(help_window):
        index = help_window.index
        metrics = index.fontMetrics()
        room = index.viewport().width()
        return {index.item(row).text(): metrics.horizontalAdvance(index.item(row).text()) <= room
                for row in range(index.count())}

    help_window = feature.open()
    normal_size = help_window.size()
    normal_type = help_window.index.fontInfo().pointSizeF()
    assert all(titles_whole(help_window).values()), titles_whole(help_window)
    help_window.close()
    presentation.enter()
    try:
        help_window = feature.open()
        settle(window)
        assert help_window.index.fontInfo().pointSizeF() > 1.4 * normal_type
        found = titles_whole(help_window)
        assert all(found.values()), found
        assert not help_window.index.horizontalScrollBar().isVisible()
        gap = help_window.browser.x() - (help_window.index.x() + help_window.index.width())
        assert gap <= help_window.splitter.handleWidth() + 2, gap
        screen = help_window.screen().availableGeometry()
        for grown, before, whole in ((help_window.width(), normal_size.width(), screen.width()),
                                     (help_window.height(), normal_size.height(), screen.height())):
            assert grown > before or grown >= 0.85 * whole, (grown, before, whole)  # (or the screen's)
        assert help_window.width() <= screen.width() and help_window.height() <= screen.height()
    finally:
        help_window.close()
        presentation.leave()
    settle(window)
    help_window = feature.open()                     # opened again in the normal view
    try:
        settle(window)
        assert help_window.size() == normal_size
        assert help_window.index.fontInfo().pointSizeF() == pytest.approx(normal_type)
        assert all(titles_whole(help_window).values())
    finally:
        help_window.close()


@pytest.mark.parametrize("lang", GUIDE_LANGUAGES)
def test_every_shortcut_of_the_menus_is_in_the_guides_key_table(window, lang):
    """A keyboard dry run looked up Predict-then-reveal (Ctrl+Shift+P), Replay (F5), the
    tornado (Ctrl+T), 'What would it take' (Ctrl+G) … in the help's key table: it listed 7 of
    the menus' 21 shortcuts. Every menu entry's key is there, written as the menus write it."""
    from PySide6.QtGui import QKeySequence
    from gui import i18n
    from gui.features.help import user_guide
    guide = user_guide(lang)
    listed = set()
    for key in re.findall(r"^\| ([^|]+) \|", guide, re.M)[2:]:
        listed.update(one.strip() for one in key.split(" / "))
    i18n.install(lang)
    try:
        keys = {QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                for action in menu_actions(window) for k in action.shortcuts()[:1]}
    finally:
        i18n.install(window.lang)
    assert len(keys) > 15
    assert not keys - listed, sorted(keys - listed)


def menu_actions(window):
    """Every action reachable through the window's menu bar (submenus included)."""
    found, menus = [], [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while menus:
        for action in menus.pop().actions():
            if action.menu() is not None:
                menus.append(action.menu())
            else:
                found.append(action)
    return found


def test_the_sources_a_tooltip_cites_are_in_the_help(window, help_feature, qtbot):
    # A slider's tooltip says "R2" or "S5"; the room asks what that is. The help window has the
    # project's list of sources (docs/SOURCES.md as shipped), and the model documentation's
    # links to SOURCES.md lead there (they led nowhere inside the program).
    from resources import HELP_SOURCES
    shipped = resource_path(*HELP_SOURCES).read_text(encoding="utf-8")
    assert shipped == (ROOT / "docs" / "SOURCES.md").read_text(encoding="utf-8")
    help_window = help_feature.open("model")
    help_window.follow_link(QUrl("SOURCES.md"))
    shown = help_window.browser.toPlainText()
    for label in ("S1", "S5", "R1", "R2", "O1"):
        assert re.search(rf"\b{label}\b", shown), label
    assert "Sequoia" in shown and "docs/" not in help_window.status.text()

"""The German interface: every visible string translated (outside an allow-list), numbers and
years written the German way, the language chosen by --lang / saved choice / system, a missing
translation falling back to English, and the language menu."""
from __future__ import annotations

import logging
import os
import re
import shutil
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDockWidget, QDoubleSpinBox,
                               QGraphicsView, QGroupBox, QLabel, QLineEdit, QMenu, QTabBar,
                               QToolBar, QWidget)

import main
from cli.common import CommandError
from gui import format as fmt
from gui import i18n
from model import limits, outputs, parameters

ROOT = Path(__file__).resolve().parent.parent

# Strings that read the same in German: proper names, units, abbreviations, language names.
ALLOWED = {
    "AI Capex Scenario Explorer", "GW", "%", "EU", "China", "Leasing", "Stress", "Hardware",
    "Workshop", "OK", "Start", "EBITDA", "Nvidia", "OpenAI", "Microsoft", "PUE",
} | set(i18n.languages().values())      # the language menu names each language in its own
ALLOWED_PATTERNS = (re.compile(r"[SR]\d+([–-][SR]?\d+)?"),)   # source labels S1, R1–R8


@pytest.fixture(autouse=True)
def english_afterwards():
    """Leave the application English for the tests that follow."""
    yield
    i18n.install("en")


def make_window(qtbot, lang: str):
    window = main.create_window(["--lang", lang, "--size", "1600x1000"])
    qtbot.addWidget(window)
    window.controller.flush()
    return window


@pytest.fixture(scope="module")
def module_window_in(module_windows):
    """lang -> one German and one English window for the tests that only read them; the
    English one is built after the German one, with German installed (as a second window of a
    German session would be)."""
    built = {}

    def window_in(lang: str):
        if lang == "en" and "de" not in built:
            window_in("de")
        if lang not in built:
            if lang == "en":
                i18n.install("de")    # the English window is built after a German one, German
            built[lang] = module_windows(["--lang", lang, "--size", "1600x1000"], show=False)
            built[lang].controller.flush()
        return built[lang]
    return window_in


@pytest.fixture
def german(module_window_in):
    """The shared German window, with German installed again for this test (as it was when the
    window was built; english_afterwards switches back to English after each test)."""
    window = module_window_in("de")
    i18n.install("de")
    return window


@pytest.fixture
def english(module_window_in):
    """The shared English window, with English installed."""
    window = module_window_in("en")
    i18n.install("en")
    return window


def plain(raw: str) -> str:
    """Visible text: HTML tags and entities removed, accelerator '&' dropped, spaces squeezed."""
    s = re.sub(r"<[^>]+>", " ", raw or "")
    s = s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    s = re.sub(r"&(?=\S)", "", s)
    return " ".join(s.split())


def menu_strings(menu: QMenu, where: str):
    yield where, menu.title()
    for action in menu.actions():
        yield f"{where} > action", action.text()
        yield f"{where} > {action.text()} tooltip", action.toolTip()
        yield f"{where} > {action.text()} status tip", action.statusTip()
        if action.menu() is not None:
            yield from menu_strings(action.menu(), f"{where} > {action.text()}")


def graphics_strings(graphics: QGraphicsView, where: str):
    """Titles, axis labels, legend entries and text items of a pyqtgraph scene."""
    scene = graphics.scene()
    if scene is None:
        return
    for item in scene.items():
        if isinstance(item, pg.AxisItem):
            if item.isVisible() and item.label.isVisible():
                yield f"{where} axis", item.labelText
        elif isinstance(item, pg.LabelItem):
            yield f"{where} label", item.text
        elif isinstance(item, pg.TextItem):
            if item.isVisible():
                yield f"{where} text", item.textItem.toPlainText()


def visible_strings(window) -> list[tuple[str, str]]:
    """Every text a user can see in the window, its menus, toolbars, docks and plots."""
    found = [("window title", window.windowTitle())]
    for action in window.menuBar().actions():
        if action.menu() is not None:
            found += list(menu_strings(action.menu(), action.menu().objectName()))
    for bar in window.findChildren(QToolBar):
        found.append(("toolbar title", bar.windowTitle()))
        for action in bar.actions():
            found += [("toolbar action", action.text()), ("toolbar tooltip", action.toolTip())]
    for widget in window.findChildren(QWidget):
        name = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, QDoubleSpinBox):
            found.append((name, widget.toolTip()))      # its text is a number
            continue
        found += [(f"{name} tooltip", widget.toolTip()), (f"{name} title", widget.windowTitle())]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((f"{name} text", widget.text()))
        if isinstance(widget, QLineEdit):
            found.append((f"{name} placeholder", widget.placeholderText()))
        if isinstance(widget, QGroupBox):
            found.append((f"{name} title", widget.title()))
        if isinstance(widget, QComboBox):
            for n in range(widget.count()):
                found.append((f"{name} item", widget.itemText(n)))
                found.append((f"{name} item tooltip", str(widget.itemData(n, 3) or "")))
        if isinstance(widget, QTabBar):
            found += [(f"{name} tab", widget.tabText(n)) for n in range(widget.count())]
        if isinstance(widget, QDockWidget):
            found.append((f"{name} dock", widget.windowTitle()))
        if isinstance(widget, QGraphicsView):
            found += list(graphics_strings(widget, name))
    return [(where, plain(s)) for where, s in found if plain(s)]


def needs_translation(s: str) -> bool:
    """True when `s` has letters left once the allowed words and source labels are removed."""
    for word in sorted(ALLOWED, key=len, reverse=True):
        s = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", s)
    for pattern in ALLOWED_PATTERNS:
        s = re.sub(rf"(?<!\w){pattern.pattern}(?!\w)", " ", s)
    return bool(re.search(r"[^\W\d_]", s))


def test_german_window_has_no_untranslated_strings(module_window_in):
    english = {s for _, s in visible_strings(module_window_in("en"))}
    german = visible_strings(module_window_in("de"))
    assert len(german) > 200          # the collection really sees the window
    untranslated = sorted({f"{where}: {s!r}" for where, s in german
                           if s in english and needs_translation(s)})
    assert not untranslated, (f"{len(untranslated)} visible strings of the German window are "
                              "not translated (run `make translations`, translate them in "
                              "resources/i18n/explorer_de.ts):\n" + "\n".join(untranslated))


def test_collection_sees_menus_sliders_headlines_and_plots(german):
    strings = {s for _, s in visible_strings(german)}
    for expected in ("Datei", "Investitionswachstum", "% pro Jahr", "Höchster Schuldenstand",
                     "Investitionen nach Region", "Basisszenario", "Sprache"):
        assert expected in strings, expected


def test_english_window_stays_english_after_a_german_one(english):
    window = english                     # built after a German one, German installed (above)
    assert window.lang == "en"
    assert window.menu("file").title() == "&File"
    assert window.slider_panel.controls["capex_growth"].label.text() == "Capex growth"
    card = window.headlines.cards["cum_capex_2025_2030"]
    assert re.fullmatch(r"\$\d+\.\d\dT", card.value.text())
    assert window.plot_grid.panel_title("power") == "US power: demand vs available"


def test_german_numbers_headlines_sliders_and_axes(german):
    window = german
    card = window.headlines.cards["cum_capex_2025_2030"]
    assert re.fullmatch(r"\d+,\d\d Bio\. \$", card.value.text()), card.value.text()
    shortfall = window.headlines.cards["peak_shortfall_gw"].value.text()
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*,\d GW", shortfall), shortfall
    buildout = parameters.get("power_buildout")     # two decimals (step 0.25), decimal comma
    german = {name: f"{getattr(buildout, name):.2f}".replace(".", ",")
              for name in ("default", "min", "max")}
    spin = window.slider_panel.controls["power_buildout"].spin
    assert spin.text() == german["default"]
    gdp = window.slider_panel.controls["us_gdp_2024"].spin
    assert gdp.text() == "29.200"
    tooltip = window.slider_panel.controls["power_buildout"].slider.toolTip()
    assert "Standard 8; Bereich 1 bis 30 GW pro Jahr" in tooltip   # text: no trailing zeros
    assert "Standard 8,5; Bereich 1 bis 20 GW pro Jahr" in \
        window.slider_panel.controls["us_power_queued_gw"].slider.toolTip()
    left = window.plot_grid.panels["capex"].plot.getAxis("left")
    assert left.tickStrings([1000.0, 2000.0], 1.0, 1000.0) == ["1.000", "2.000"]
    assert left.tickStrings([0.5, 1.0], 1.0, 0.5) == ["0,5", "1,0"]
    years = window.plot_grid.panels["power"].plot.getAxis("bottom")
    assert years.tickStrings([2030.0, 2040.0], 1.0, 10.0) == ["2030", "2040"]


def test_english_axis_ticks_unchanged(english):
    window = english
    left = window.plot_grid.panels["capex"].plot.getAxis("left")
    assert left.tickStrings([1000.0, 2000.0], 1.0, 1000.0) == ["1000", "2000"]
    assert left.tickStrings([0.5, 1.0], 1.0, 0.5) == ["0.5", "1.0"]


def test_headline_none_texts_translated(german):
    h = outputs.Headline("coverage_year", "Revenue covers spend", None, "year", False,
                         "not_by_end", 2050)
    assert fmt.headline(h) == "nicht bis 2050"
    bust = outputs.Headline("bust_year", "Bust year", None, "year", True, "none", 2050)
    assert fmt.headline(bust) == "keiner"


def test_language_choice_order(monkeypatch, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTINGS_KEY, "de")
    assert i18n.choose_language(None, settings) == "en"          # tests: English by default
    assert i18n.choose_language("de", None) == "de"
    monkeypatch.delenv(limits.TESTING_ENV)
    assert i18n.choose_language(None, settings) == "de"          # saved choice
    assert i18n.choose_language("en", settings) == "en"          # --lang wins
    monkeypatch.setattr(i18n, "system_language", lambda: "de")
    assert i18n.choose_language(None, None) == "de"              # system locale


def test_bad_lang_is_refused(run_main, tmp_path):
    # 'xx' is no language (the test said 'fr', which the French recipe makes a good one)
    result = run_main("screenshot", "--lang", "xx", "--out", tmp_path / "unused.png")
    assert result.returncode == 2
    assert "--lang 'xx'" in result.stderr
    assert f"expected one of {', '.join(i18n.languages())}" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.fixture
def settings_of(monkeypatch):
    """settings_of(window, settings): give a shared window `settings` for this test only."""
    def give(window, settings):
        monkeypatch.setattr(window, "settings", settings)
        return window
    return give


def test_language_menu_saves_choice_and_says_when(english, settings_of, tmp_path):
    window = settings_of(english, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    menu = window.findChild(QMenu, "menu_language")
    actions = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert actions["language_en"].isChecked()
    try:
        actions["language_de"].trigger()
        assert window.settings.value(i18n.SETTINGS_KEY) == "de"
        assert "restart" in window.status_label.text()
        assert actions["language_de"].isChecked() and not actions["language_en"].isChecked()
        assert window.menu("file").title() == "&File"            # the window stays English
    finally:
        window.features["language"].choose("en")                # the shared window as it was


def test_language_menu_without_settings_says_it_is_not_saved(german, settings_of):
    window = settings_of(german, None)
    try:
        message = window.features["language"].choose("en")
        assert "--lang en" in message and "nicht gespeichert" in message
    finally:
        window.features["language"].choose("de")                # the shared window as it was


def test_a_language_choice_the_settings_file_cannot_keep_says_it_is_not_saved(
        english, settings_of, tmp_path):
    """A settings file that cannot be written (a full disk, measured on a 200 KB tmpfs; a
    read-only folder) was reported as 'Language set to Deutsch: takes effect when you restart
    the program.', and the next start was English (QSettings says so only in its status).
    Now the message says it is not saved and how to choose the language anyway."""
    (tmp_path / "afile").write_text("in the way", encoding="utf-8")
    unwritable = QSettings(str(tmp_path / "afile" / "s.ini"), QSettings.Format.IniFormat)
    window = settings_of(english, unwritable)
    try:
        message = window.features["language"].choose("de")
        assert "start the program with --lang de" in message
        assert "s.ini" in message and "restart" not in message
        assert ("s.ini: cannot write the file: a part of the path is not a folder; nothing was "
                "written and no file was made. Check that its folder can be written") in message
    finally:
        window.features["language"].choose("en")                # the shared window as it was


def test_a_language_choice_saved_after_a_failed_one_is_said_saved(english, settings_of,
                                                                  tmp_path):
    """Hostile 22: QSettings keeps the first error it met for good, so once the settings file
    could not be written (a full disk, later freed; here a file in the way, later removed),
    every later choice was said to be 'not saved' although it was written. Each choice is now
    judged by its own write; the one said saved is in the file."""
    (tmp_path / "afile").write_text("in the way", encoding="utf-8")
    path = tmp_path / "afile" / "s.ini"
    window = settings_of(english, QSettings(str(path), QSettings.Format.IniFormat))
    try:
        assert "not saved" in window.features["language"].choose("de")
        (tmp_path / "afile").unlink()
        (tmp_path / "afile").mkdir()
        message = window.features["language"].choose("de")
        assert "not saved" not in message and "restart" in message, message
        assert QSettings(str(path), QSettings.Format.IniFormat).value(i18n.SETTINGS_KEY) == "de"
        assert "language=de" in path.read_text(encoding="utf-8").replace(" ", "")
    finally:
        window.features["language"].choose("en")                # the shared window as it was


@pytest.mark.parametrize("flag, free_blocks, reason", [
    (0, 0, "the disk is full"), (os.ST_RDONLY, 100, "the drive is read-only"),
    (0, 100, "the system gave no reason")])
def test_why_a_settings_file_was_not_written_is_found(tmp_path, monkeypatch, flag, free_blocks,
                                                     reason):
    """QSettings says only 'AccessError'; the cause a person can act on is found for the
    message (model.store.atomic.why_not_writable)."""
    from types import SimpleNamespace

    from model.errors import os_reason
    from model.store import atomic
    (tmp_path / "s.ini").write_text("[General]\n", encoding="utf-8")
    monkeypatch.setattr(atomic.os, "statvfs", lambda _p: SimpleNamespace(
        f_flag=flag, f_bavail=free_blocks, f_frsize=4096))
    assert os_reason(atomic.why_not_writable(tmp_path / "s.ini")) == reason


def test_why_a_settings_file_was_not_written_is_found_without_statvfs(tmp_path, monkeypatch):
    """os.statvfs is POSIX only: on Windows the search for the cause raised AttributeError out
    of the language menu. Where the system has none, the free space comes from
    shutil.disk_usage and a full disk is still named."""
    from collections import namedtuple

    from model.errors import os_reason
    from model.store import atomic
    (tmp_path / "s.ini").write_text("[General]\n", encoding="utf-8")
    monkeypatch.delattr(atomic.os, "statvfs")
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(atomic.shutil, "disk_usage", lambda _p: usage(10**9, 10**9, 0))
    assert os_reason(atomic.why_not_writable(tmp_path / "s.ini")) == "the disk is full"
    monkeypatch.setattr(atomic.shutil, "disk_usage", lambda _p: usage(10**9, 0, 10**9))
    assert os_reason(atomic.why_not_writable(tmp_path / "s.ini")) == "the system gave no reason"


def test_missing_translation_falls_back_to_english(qtbot, monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)              # neither .ts nor .qm there
    assert list(i18n.languages()) == ["en"]                      # German is no longer offered
    with pytest.raises(CommandError, match="--lang 'de': expected one of en"):
        main.create_window(["--lang", "de"])
    with caplog.at_level(logging.WARNING, logger="gui.i18n"):
        assert i18n.install("de") == "en"                        # e.g. a saved choice
    assert any("English" in r.getMessage() for r in caplog.records)


def test_uncompiled_translation_is_compiled_or_falls_back(qtbot, monkeypatch, tmp_path, caplog):
    shutil.copy(ROOT / "resources" / "i18n" / "explorer_de.ts", tmp_path / "explorer_de.ts")
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    monkeypatch.setattr(i18n, "CACHE_DIR", tmp_path / "cache")
    assert i18n.install("de") == "de"                         # compiled with lrelease into the cache
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    assert list((tmp_path / "cache").glob("*.qm"))
    shutil.rmtree(tmp_path / "cache")
    monkeypatch.setattr(i18n, "lrelease_command", lambda: None)
    with caplog.at_level(logging.WARNING, logger="gui.i18n"):
        window = make_window(qtbot, "de")
    assert window.lang == "en" and window.menu("file").title() == "&File"
    assert any("lrelease" in r.getMessage() for r in caplog.records)


def test_a_fresh_clone_starts_german_without_a_warning(qapp, monkeypatch, tmp_path, caplog):
    """A checkout writes the .qm and then the .ts: the .ts is newer, yet the .qm is current.
    Only a .ts with more finished translations than the .qm holds is named stale."""
    import os
    folder = ROOT / "resources" / "i18n"
    for name in ("explorer_de.qm", "explorer_de.ts"):
        shutil.copy(folder / name, tmp_path / name)
    os.utime(tmp_path / "explorer_de.qm", ns=(1_000_000_000, 1_000_000_000))  # the older one
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    try:
        with caplog.at_level(logging.WARNING, logger="gui.i18n"):
            assert i18n.install("de") == "de"
        assert [r.getMessage() for r in caplog.records] == []
        ts = tmp_path / "explorer_de.ts"
        added = ("<context>\n    <name>Extra</name>\n    <message>\n        <source>Fresh</source>\n"
                 "        <translation>Frisch</translation>\n    </message>\n</context>\n</TS>")
        ts.write_text(ts.read_text(encoding="utf-8").replace("</TS>", added), encoding="utf-8")
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="gui.i18n"):
            assert i18n.install("de") == "de"                  # used anyway
        assert any("run `make qm`" in r.getMessage() for r in caplog.records)
    finally:
        monkeypatch.undo()
        i18n.install("en")


def test_screenshot_in_german(qapp, run_main, tmp_path):
    out = tmp_path / "de.png"
    result = run_main("screenshot", "--lang", "de", "--out", out, "--size", "1280x720")
    assert result.returncode == 0, result.stderr
    assert out.exists() and out.stat().st_size > 10000


FRENCH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
</context>
</TS>
"""


def test_a_new_language_is_one_translation_file(qtbot, monkeypatch, tmp_path):
    """The recipe of docs/ARCHITECTURE.md: adding resources/i18n/explorer_fr.ts (here in a copy
    of the folder) is all it takes for the language menu, --lang and the numbers."""
    for source in (ROOT / "resources" / "i18n").glob("explorer_*.*"):
        shutil.copy(source, tmp_path / source.name)
    (tmp_path / "explorer_fr.ts").unlink(missing_ok=True)       # the fake is French
    (tmp_path / "explorer_fr.qm").unlink(missing_ok=True)
    shipped = i18n.languages(tmp_path)                          # not a list copied here
    (tmp_path / "explorer_fr.ts").write_text(FRENCH_TS, encoding="utf-8")
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    monkeypatch.setattr(i18n, "CACHE_DIR", tmp_path / "cache")
    assert i18n.languages() == {**shipped, "fr": "Français"} and "de" in shipped
    window = make_window(qtbot, "fr")                            # --lang fr is accepted
    assert window.lang == "fr" and window.menu("file").title() == "&Fichier"
    menu = window.findChild(QMenu, "menu_language")
    actions = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert actions["language_fr"].text() == "Français" and actions["language_fr"].isChecked()
    assert set(actions) == {f"language_{code}" for code in i18n.languages()}
    shortfall = window.headlines.cards["peak_shortfall_gw"].value.text()
    assert re.fullmatch(r"\d+,\d GW", shortfall), shortfall       # French decimal comma
    assert window.slider_panel.controls["us_gdp_2024"].spin.text() == "29\u202f200"


def test_the_hover_readout_writes_numbers_in_the_interface_language(german):
    grid = german.plot_grid
    index = int(2030 - grid.results.years[0])
    lines = grid.hover_lines(grid.panels["capex"], index) + grid.hover_lines(
        grid.panels["power"], index)
    # (a figure and its unit are joined by no-break spaces: a wrapped readout keeps them whole)
    text = " ".join(lines).replace("\u00a0", " ")
    assert "Mrd. $" in text or "Bio. $" in text, text
    assert re.search(r"\d,\d GW", text), text
    assert "$B" not in text and not re.search(r"\d\.\d GW", text)


def test_goal_seek_dialog_speaks_german(german):
    """The goal-seek result is German sentences with German numbers, reachable or not."""
    dialog = german.features["goal_seek"].open()
    try:
        dialog.set_lever("capex_growth")
        dialog.set_target("coverage >= 1 by 2028")
        result = dialog.run()
        assert result.outcome == "reached"
        headline, detail = plain(dialog.result_label.text()), plain(dialog.detail_label.text())
        assert headline.startswith("Erreichbar: Investitionswachstum"), headline
        assert detail.startswith("Ziel: ") and "im Jahr 2028" in detail, detail
        found = f"{round(result.value, 1):g}".replace(".", ",")     # one decimal, decimal comma
        assert "," in found and f"Bei {found} % pro Jahr" in detail, detail
        assert not re.search(r"\d\.\d", detail), detail              # no English decimal point
        for english in ("Target", "Reachable", "just meets", "current", "in every year"):
            assert english not in headline + detail

        dialog.set_target("capex >= 5000 in 2025")
        result = dialog.run()
        assert result.outcome == "unreachable" and result.direction == 1
        headline, detail = plain(dialog.result_label.text()), plain(dialog.detail_label.text())
        assert "nicht erreichbar" in headline.lower() and "Maximum" in headline, headline
        assert "Bio. $" in detail and "Mrd. $" in detail, detail
        for english in ("Cannot", "reached", "higher", "Even at", "Target"):
            assert english not in headline + detail
        assert not dialog.apply_button.isVisibleTo(dialog)
    finally:
        dialog.close()


def test_a_cut_text_notes_its_length_in_the_interface_language(german):
    from gui import plain_text
    cut = plain_text.shown("x" * 5000, 100)
    assert cut.endswith("… (5.000 Zeichen)") and "characters" not in cut, cut
    i18n.install("en")
    assert plain_text.shown("x" * 5000, 100).endswith("… (5,000 characters)")


def test_a_long_typed_goal_seek_target_is_quoted_with_a_german_length_note(german):
    dialog = german.features["goal_seek"].open()
    try:
        dialog.set_lever("capex_growth")
        dialog.set_target("q" * 3000 + " >= 1")          # an unknown figure, quoted cut
        dialog.run()
        shown = plain(dialog.error_label.text())
        assert "(3.000 Zeichen)" in shown and "characters" not in shown, shown
    finally:
        dialog.close()


def test_a_far_too_long_scenario_code_is_refused_in_german(german):
    from model.limits import MAX_CODE_CHARS
    feature = german.features["snapshots"]
    code = "AICX1:" + "1" * MAX_CODE_CHARS
    assert not feature.apply_code(code)
    try:
        message = feature.last_error
        assert message.startswith("Zu lang für einen Szenario-Code"), message
        assert f"({len(code):,} Zeichen".replace(",", ".") in message
        assert f"{MAX_CODE_CHARS:,}".replace(",", ".") in message
        assert "characters" not in message and "too long" not in message
    finally:
        feature.last_message_box.close()


def test_an_unreadable_explore_condition_is_explained_in_german(german):
    panel = german.features["explore"].panel
    try:
        panel.condition.setText("z" * 3000)
        assert not panel.check_condition()
        message = panel.message.text()
        assert message.startswith("Die Bedingung „z") and "(3.000 Zeichen)" in message, message
        assert "Einbruch vor 2030" in message                       # the example, in German
        for english in ("characters", "Cannot read", "cannot read", "expected"):
            assert english not in message, message
        panel.condition.setText("Einbruch vor 2999")
        assert not panel.check_condition()
        assert panel.message.text().startswith("Das Jahr 2999 liegt außerhalb"), panel.message.text()
    finally:
        panel.condition.setText("")


def test_a_failed_export_is_reported_in_german(german, tmp_path, monkeypatch):
    import errno
    from model.store import atomic

    def refused(source, target, *args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(source))
    monkeypatch.setattr(atomic.os, "replace", refused)
    exports, handout = german.features["exports"], german.features["handout"]
    assert not exports.export_dashboard(tmp_path / "d.png")
    assert not handout.export(tmp_path / "h.pdf")
    for message, name in ((exports.last_error, "d.png"), (handout.last_error, "h.pdf")):
        # the cause in German too (it was the operating system's English 'Read-only file system')
        assert message.startswith(f"{tmp_path / name}: die Datei kann nicht geschrieben "
                                  "werden: das Laufwerk ist schreibgeschützt; "), message
    from PySide6.QtWidgets import QMessageBox
    for box in german.findChildren(QMessageBox):
        box.close()


def test_german_ready_made_targets_say_which_year_they_mean(german):
    """'Revenue covers its full cost by a year' read 'Umsatz deckt die Vollkosten bis zu einem
    Jahr' (revenue covers the full cost up to one year) and 'Bust before a year' read 'Einbruch
    vor einem Jahr' (a bust a year ago). The year the target names is the 'Stichjahr' (and 'by
    YEAR' means in that year, model.analysis.goal_seek); 'in any year' is 'in einem beliebigen
    Jahr', not 'in einem Jahr' (within a year)."""
    from PySide6.QtCore import QCoreApplication
    from gui.widgets.explore_panel import CONDITION_TEMPLATES
    from model.analysis.goal_seek import TEMPLATES
    from gui.widgets.headline_strip import HeadlineCard
    labels = ([("ExplorePanel", label) for label, _ in CONDITION_TEMPLATES]
              + [("GoalSeekDialog", label) for label, _ in TEMPLATES])
    worded = [QCoreApplication.translate(context, label) for context, label in labels]
    assert all(w != label for w, (_, label) in zip(worded, labels)), worded
    assert not [w for w in worded if "einem Jahr" in w], worded
    assert sum("Stichjahr" in w for w in worded) >= 6, worded
    for key in ("peak_shortfall_gw", "peak_debt_busd"):
        assert "in einem beliebigen Jahr" in HeadlineCard(key).definition()

"""The folder the last file dialog chose is kept in the settings file (facilitator review: it
was lost at every restart), checked when read: a folder that is gone starts in the home folder."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from gui import save_name


def window_with_settings(qtbot, ini: Path) -> QWidget:
    """A window as MainWindow is to save_name: a plain widget given a settings file through
    save_name's public keep_in_settings (a new QSettings on `ini` each time: a new start of the
    program); save_name reads no attribute of the window."""
    window = QWidget()
    qtbot.addWidget(window)
    save_name.keep_in_settings(window, QSettings(str(ini), QSettings.Format.IniFormat))
    return window


def test_the_chosen_folder_is_where_the_next_start_begins(qtbot, tmp_path, monkeypatch):
    home, workshop = tmp_path / "home", tmp_path / "workshop"
    home.mkdir()
    workshop.mkdir()
    monkeypatch.setenv("HOME", str(home))
    ini = tmp_path / "settings.ini"
    first = window_with_settings(qtbot, ini)
    assert Path(save_name.suggested(first, "handout.pdf")).parent == home
    save_name.remember(first, str(workshop / "handout.pdf"))
    again = window_with_settings(qtbot, ini)                 # the program started again
    assert Path(save_name.suggested(again, "scenario.xlsx")) == workshop / "scenario.xlsx"
    workshop.rmdir()                                          # the folder is gone
    later = window_with_settings(qtbot, ini)
    assert Path(save_name.suggested(later, "scenario.xlsx")).parent == home


def test_a_kept_value_that_is_no_folder_starts_in_the_home_folder(qtbot, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    ini = tmp_path / "settings.ini"
    a_file = tmp_path / "not-a-folder.txt"
    a_file.write_text("x")
    for kept in (str(a_file), 42, ["a", "b"], "", "x" * 5000):
        settings = QSettings(str(ini), QSettings.Format.IniFormat)
        settings.setValue(save_name.SETTINGS_KEY, kept)
        settings.sync()
        window = window_with_settings(qtbot, ini)
        assert save_name.suggested(window) == str(home), kept


def test_a_window_without_settings_keeps_the_folder_for_its_run_only(qtbot, tmp_path,
                                                                     monkeypatch):
    home, workshop = tmp_path / "home", tmp_path / "workshop"
    home.mkdir()
    workshop.mkdir()
    monkeypatch.setenv("HOME", str(home))
    window = QWidget()
    qtbot.addWidget(window)
    save_name.remember(window, str(workshop / "a.pdf"))
    assert save_name.suggested(window) == str(workshop)
    other = QWidget()
    qtbot.addWidget(other)
    assert save_name.suggested(other) == str(home)


def test_an_attribute_named_settings_is_not_read(qtbot, tmp_path, monkeypatch):
    """Components talk through public APIs: a window's own attribute `settings` is not a
    settings file for save_name (it read it with getattr before); only keep_in_settings is."""
    home, workshop = tmp_path / "home", tmp_path / "workshop"
    home.mkdir()
    workshop.mkdir()
    monkeypatch.setenv("HOME", str(home))
    ini = tmp_path / "settings.ini"
    first = QWidget()
    qtbot.addWidget(first)
    first.settings = QSettings(str(ini), QSettings.Format.IniFormat)
    save_name.remember(first, str(workshop / "a.pdf"))
    assert QSettings(str(ini), QSettings.Format.IniFormat).value(save_name.SETTINGS_KEY) is None

"""The parts of the snapshot feature: the library parses a file only when it changed, a delete is
a QUndoStack command, and the trash is emptied by policy (30 days at start-up, or on request)."""
from __future__ import annotations

import os
import time

import pytest
from PySide6.QtWidgets import QMessageBox

from gui.app import create_window
from gui.features.snapshot_library import SnapshotLibrary
from model.store import snapshot_store

DAY = 86400


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("AI_CAPEX_EXPLORER_DATA", str(tmp_path / "data"))
    return tmp_path / "data"


def open_feature(qtbot):
    """The snapshot feature of a new window (for a test of what happens at start-up)."""
    window = create_window([])
    qtbot.addWidget(window)
    return window.features["snapshots"]


def test_the_library_parses_a_file_only_when_it_changed(qtbot, tmp_path):
    store = snapshot_store.SnapshotStore(tmp_path)
    paths = [store.save_values(f"S{n}", {"capex_growth": 50 + n}) for n in range(3)]
    library = SnapshotLibrary(store)
    assert [e.name for e in library.entries()] == ["S2", "S1", "S0"]
    assert library.parse_count == 3
    for _ in range(5):
        library.entries()
        library.entry(paths[0])
    assert library.parse_count == 3                      # nothing changed: nothing re-read
    store.set_note(paths[1], "a new note")               # rewritten: re-read, alone
    assert library.entry(paths[1]).note == "a new note"
    assert library.parse_count == 4
    store.delete(paths[2])
    assert [e.name for e in library.entries()] == ["S1", "S0"] and library.parse_count == 4
    assert not library.check_for_changes()               # the listing is up to date
    store.save_values("S3", {})
    assert library.check_for_changes()                   # a file another window wrote


@pytest.fixture
def feature(fresh_window):
    """The snapshot feature of the module's shared window, in a new window's state
    (conftest.fresh_window)."""
    return fresh_window.features["snapshots"]


def test_a_delete_is_an_undo_command_that_can_be_undone_and_redone(feature):
    path = feature.save_snapshot("Doomed")
    assert feature.set_compared(path, True)
    trashed = feature.delete_snapshot(path)
    assert trashed is not None and trashed.parent.name == "trash" and not path.exists()
    assert feature.undo_stack.count() == 1 and feature.undo_delete_action.isEnabled()
    assert feature.compare == []
    feature.undo_stack.undo()
    assert path.exists() and feature.compare == [path.name]     # ticked again
    assert not feature.undo_delete_action.isEnabled()
    feature.undo_stack.redo()
    assert not path.exists() and feature.compare == []
    assert not hasattr(feature, "trashed")                       # no second undo list


def test_a_failed_delete_leaves_nothing_to_undo(feature):
    assert feature.delete_snapshot(feature.folder / "missing.json") is None
    assert feature.undo_stack.count() == 0 and feature.last_error


def test_old_trash_is_emptied_at_start_up_and_the_rest_on_request(qtbot, data):
    store = snapshot_store.SnapshotStore(data / "snapshots")
    old = store.delete(store.save_values("Old", {}))
    recent = store.delete(store.save_values("Recent", {}))
    long_ago = time.time() - 31 * DAY
    os.utime(old, (long_ago, long_ago))
    feature = open_feature(qtbot)
    assert not old.exists() and recent.exists()                  # older than 30 days: gone
    titles = [a.text() for a in feature.window.menu("snapshots").actions()]
    assert feature.empty_trash_action.text() in titles
    box = feature.ask_empty_trash()
    assert isinstance(box, QMessageBox) and "1" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert recent.exists()                                       # declined: kept
    box = feature.ask_empty_trash()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert store.trash_entries() == []
    assert feature.ask_empty_trash() is None                     # nothing left to ask about


def test_a_deleted_file_ages_from_its_deletion_not_its_last_change(tmp_path):
    store = snapshot_store.SnapshotStore(tmp_path)
    path = store.save_values("Kept a while", {})
    long_ago = time.time() - 90 * DAY
    os.utime(path, (long_ago, long_ago))                         # written long ago …
    store.delete(path)                                           # … deleted just now
    assert store.empty_trash(older_than_seconds=30 * DAY) == 0
    assert len(store.trash_entries()) == 1


def test_compare_columns_are_as_wide_as_their_figures_with_two_line_titles(qtbot):
    """In presentation type at 1280 × 720 the compare table scrolled sideways after two of five
    columns: each was as wide as its snapshot's name on one line. A title wider than its
    column's figures takes two lines (whole in its tooltip); every figure stays whole."""
    from model import parameters as P
    from model import presets, simulate
    from gui.widgets.compare_table import CompareColumn, CompareTable
    table = CompareTable()
    qtbot.addWidget(table)
    columns = [CompareColumn("Current scenario", P.defaults(), simulate(P.defaults()))]
    for preset in presets.all_presets()[1:]:
        values = preset.full_values()
        columns.append(CompareColumn(f"{preset.name}, saved after the second round",
                                     values, simulate(values)))
    table.set_columns(columns)
    grid, header = table.table, table.table.horizontalHeader()
    metrics = header.fontMetrics()
    for n, column in enumerate(columns[1:], start=1):
        item = grid.horizontalHeaderItem(n)
        assert item.text().replace("\n", " ") == column.title
        assert column.title in item.toolTip()
        assert grid.columnWidth(n) < metrics.horizontalAdvance(column.title)     # two lines
        assert grid.columnWidth(n) >= grid.sizeHintForColumn(n)                   # figures whole
        assert grid.columnWidth(n) >= max(metrics.horizontalAdvance(line)
                                          for line in item.text().split("\n"))


def test_the_compare_tables_bold_figures_follow_its_type(qtbot):
    """The bold cells (headline figures, differing values) held a copy of the normal type and
    stayed small when presentation mode made the table's type larger."""
    from PySide6.QtGui import QFont
    from model import parameters as P
    from model import presets, simulate
    from gui.widgets.compare_table import CompareColumn, CompareTable
    table = CompareTable()
    qtbot.addWidget(table)
    values = presets.all_presets()[1].full_values()
    table.set_columns([CompareColumn("Current scenario", P.defaults(), simulate(P.defaults())),
                       CompareColumn("Other", values, simulate(values))])
    key = table.row_keys()[0]
    assert table.cell(key, 1).font().bold()
    larger = QFont(table.font())
    larger.setPointSizeF(table.font().pointSizeF() * 1.5)
    table.setFont(larger)
    assert table.cell(key, 1).font().pointSizeF() == larger.pointSizeF()
    assert table.cell(key, 1).font().bold()


def test_the_compare_tables_caption_reads_right_for_one_differing_parameter(qtbot):
    """The projector review (German, three snapshots): '1 Parameter unterscheiden sich' (and
    '1 parameters differ'): the count now follows the words, right for one as for many."""
    import re
    from model import parameters as P
    from model import simulate
    from gui.widgets.compare_table import CompareColumn, CompareTable
    table = CompareTable()
    qtbot.addWidget(table)
    values = dict(P.defaults(), capex_growth=P.get("capex_growth").default / 2)
    table.set_columns([CompareColumn("Current scenario", P.defaults(), simulate(P.defaults())),
                       CompareColumn("Other", values, simulate(values))])
    caption = table.caption.text()
    assert not re.search(r"\b1 parameters\b", caption), caption
    assert re.search(r"\b1\b", caption) and "Current scenario" in caption, caption


def test_compare_row_headers_name_a_unit_once_and_only_where_the_cells_have_none():
    """The compare table read 'Bust year (year)' / 'Jahr des Einbruchs (Jahr)': a year needs
    no unit, the 0-100 index does (its cells are bare numbers), money and power write theirs
    in every cell."""
    from model import parameters as P
    from model import simulate
    from gui.widgets.compare_table import CompareColumn, table_rows
    rows = table_rows([CompareColumn("Current scenario", P.defaults(), simulate(P.defaults()))])
    headers = {row.key.split(":", 1)[1]: row.header for row in rows if row.key.startswith("headline:")}
    assert not headers["bust_year"].endswith(")"), headers["bust_year"]
    assert not headers["coverage_year"].endswith(")"), headers["coverage_year"]
    assert headers["peak_stress"].endswith(")"), headers["peak_stress"]       # 'Peak stress (0-100)'
    assert "(" not in headers["peak_debt_busd"]                                # '$3.09T' says it


def test_the_compare_table_writes_the_index_range_as_the_axis_does():
    """Workshop: the compare table wrote 'Peak stress (0-100)' with a hyphen under a stress
    axis reading 'Index, 0–100' (en dash, the range's sign). The table's header writes the
    range with the axis's dash."""
    from model import parameters as P
    from model import panels, simulate
    from gui import text
    from gui.widgets.compare_table import CompareColumn, table_rows
    rows = table_rows([CompareColumn("Current scenario", P.defaults(), simulate(P.defaults()))])
    header = next(row.header for row in rows if row.key.endswith(":peak_stress"))
    axis = " ".join(text.tr(p.axis_label) for p in panels.all_panels())
    assert "0\u2013100" in axis                          # (the axis's range, as the room sees it)
    assert "0\u2013100" in header and "0-100" not in header, header


def test_compare_titles_stay_on_one_line_when_the_table_has_room(qtbot):
    """Screen review 25 (1280 × 720, German, four snapshots): the table read 'Szenario' over '4'
    beside 'Szenario 3' on one line, in a dialog half empty: a title took two lines whenever it
    was wider than its column's figures. A table that fits its window's room with whole titles
    keeps every title on one line; every figure stays whole."""
    from model import parameters as P
    from model import simulate
    from gui.widgets.compare_table import CompareColumn, CompareTable
    table = CompareTable()
    qtbot.addWidget(table)
    values = P.defaults()
    columns = [CompareColumn("Now", values, simulate(values)),
               CompareColumn("Scenario 4", values, simulate(values))]
    table.set_columns(columns)
    grid, metrics = table.table, table.table.horizontalHeader().fontMetrics()
    assert metrics.horizontalAdvance("Scenario 4") > grid.sizeHintForColumn(1), \
        "the test needs a title wider than its figures"
    from PySide6.QtGui import QGuiApplication
    room = QGuiApplication.primaryScreen().availableGeometry().width() * 0.9
    assert grid.verticalHeader().sizeHint().width() + 2 * metrics.horizontalAdvance(
        "Current scenario, long") < room, "the test needs a table that fits its room"
    for n, column in enumerate(columns):
        assert grid.horizontalHeaderItem(n).text() == column.title
        assert grid.columnWidth(n) >= metrics.horizontalAdvance(column.title)
        assert grid.columnWidth(n) >= grid.sizeHintForColumn(n)

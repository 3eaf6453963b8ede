"""The PDF handout in one click (issue 11): title, date, scenario name and code, verdict,
headlines, the plots, the compare table with parameter differences, the notes and the session
log, written by Qt's QPdfWriter through the atomic writer; and the compare table copied as text
and exported as XLSX. The PDF is read back with pypdf."""
import re
import unicodedata

import numpy as np
import pytest
from PySide6.QtGui import QGuiApplication

import model
from model import parameters as P
from model import presets

HOSTILE = "=1+1 & <b>Bold</b>"          # markup and a formula, as a snapshot file may hold


def pdf_text(path) -> tuple[int, str]:
    """Page count and the whole text, ligatures undone and whitespace collapsed."""
    import pypdf                   # here, not at collection: only this module reads PDFs
    reader = pypdf.PdfReader(str(path))
    raw = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(unicodedata.normalize("NFKC", raw).split())


def money(busd: float) -> str:
    """A $B amount as the English window writes it (>= $1000B in $T with two decimals)."""
    return f"${busd / 1000:.2f}T" if abs(busd) >= 1000 else f"${busd:.0f}B"


WINDOW_ARGV = ["--size", "1280x720"]


@pytest.fixture
def window(fresh_window):
    """The module's shared window in a new window's state (conftest.fresh_window)."""
    return fresh_window


def test_the_handout_holds_everything_a_participant_takes_home(window, tmp_path):
    controller = window.controller
    snapshots = window.features["snapshots"]
    controller.apply_values(presets.find("monetization_lag").full_values())
    controller.flush()
    path = snapshots.save_snapshot(HOSTILE, "Proposed by table 3: <i>slow</i> money")
    assert snapshots.set_compared(path, True)
    controller.apply_values(presets.find("baseline").full_values())
    controller.flush()
    controller.set_value("capex_growth", 95)
    controller.flush()

    out = tmp_path / "handout.pdf"
    pages = window.features["handout"].write_handout(out)
    count, text = pdf_text(out)
    assert count == pages and 2 <= count <= 6

    results = model.simulate(controller.values)
    assert "AI Capex Scenario Explorer" in text
    assert "Custom scenario" in text                       # capex growth moved off the preset
    assert re.search(r"AICX1:\S+", text)
    # the verdict, from the model's numbers
    assert results.bust_year() is None
    covered = results.years[np.flatnonzero(results["fullcost_coverage_ratio"][0] >= 1)[0]]
    assert f"No bust by 2050: revenue covers full cost from {covered}" in text
    # headline values
    window_years = (results.years >= 2025) & (results.years <= 2030)
    assert money(results["capex_total_busd"][0][window_years].sum()) in text
    assert money(results["debt_stock_busd"][0].max()) in text
    assert f"{results['power_shortfall_us_gw'][0].max():.1f} GW" in text
    # the compare table with the snapshot's name (as text, not markup), its differences, note
    assert HOSTILE in text
    assert "Monetization speed" in text                     # differs between the columns
    assert "Proposed by table 3: <i>slow</i> money" in text
    # the session log: the drag of capex growth, with its values
    assert "Capex growth" in text and "→ 95" in text


def test_the_handout_is_one_click_and_its_shortcut_is_free(window):
    action = window.features["handout"].action
    assert action in window.menu("file").actions()
    taken = {a.shortcut().toString() for a in window.findChildren(type(action))
             if a is not action and not a.shortcut().isEmpty()}
    assert action.shortcut().toString() not in taken | {"Ctrl+U", "F11", "Esc", "Ctrl+S",
                                                        "Ctrl+Z", "Ctrl+G", "Ctrl+Q", "F1", "L"}


def test_a_handout_that_cannot_be_written_leaves_nothing(window, tmp_path):
    feature = window.features["handout"]
    target = tmp_path / "missing" / "handout.pdf"
    assert not feature.export(target)
    assert "missing" in feature.last_error
    assert not target.exists()


@pytest.mark.parametrize("room", [0, 20_000])
def test_a_handout_on_a_full_disk_keeps_the_old_file_and_says_so(window, tmp_path,
                                                                  monkeypatch, room):
    """QPdfWriter wrote the file itself, past the atomic writer's checked os.write: on a
    nearly full disk (measured on a 200 KB tmpfs) a truncated 57,344-byte PDF replaced the old
    file and the window said 'Wrote the handout ... (2 pages)'. Now the PDF is made in memory
    and written through the checked seam: the disk is full, the old file stays."""
    from bench.hostile_tools import fail_after
    from model.store import atomic
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"%PDF-OLD")
    monkeypatch.setattr(atomic, "_os_write", fail_after(room))
    feature = window.features["handout"]
    assert not feature.export(target)
    assert "the disk is full" in feature.last_error
    assert target.read_bytes() == b"%PDF-OLD"
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]        # no temporary left
    monkeypatch.undo()
    assert feature.export(target) and target.read_bytes().startswith(b"%PDF-1.")


def test_the_command_line_writes_a_handout(run_main, tmp_path):
    out = tmp_path / "lag.pdf"
    ran = run_main("handout", "--out", out, "--preset", "monetization_lag")
    assert ran.returncode == 0, ran.stderr
    count, text = pdf_text(out)
    assert count >= 1
    results = model.simulate(presets.find("monetization_lag").full_values())
    assert "Monetization lag" in text
    assert f"Bust in {results.bust_year()}" in text
    german = tmp_path / "de.pdf"
    assert run_main("handout", "--out", german, "--preset", "monetization_lag",
                    "--lang", "de").returncode == 0
    _, text = pdf_text(german)
    assert f"Einbruch {results.bust_year()}" in text and "Vergleichstabelle" in text
    assert f"Bust in {results.bust_year()}" not in text
    bad = run_main("handout", "--out", tmp_path / "lag.txt")
    assert bad.returncode == 2 and "--out" in bad.stderr and "\n" == bad.stderr[-1]
    assert not (tmp_path / "lag.txt").exists()


# --- the compare table ---------------------------------------------------------------------------
def test_the_compare_table_copies_as_text_and_exports_as_xlsx(window, tmp_path):
    snapshots = window.features["snapshots"]
    controller = window.controller
    controller.apply_values(dict(P.defaults(), capex_growth=40))
    controller.flush()
    path = snapshots.save_snapshot(HOSTILE)
    snapshots.set_compared(path, True)
    controller.apply_values(P.defaults())
    controller.flush()
    dialog = snapshots.open_compare_table()
    table = dialog.table

    table.copy_button.click()
    lines = QGuiApplication.clipboard().text().splitlines()
    cells = [line.split("\t") for line in lines]
    assert cells[0] == ["", "Current scenario", "'" + HOSTILE]      # a formula stays text
    growth = next(row for row in cells if row[0].startswith("Capex growth"))
    default = P.get("capex_growth").default
    assert growth[1:] == [f"{default:g}", "40"]
    assert len(cells) == table.table.rowCount() + 1

    from gui.features.snapshot_compare import write_xlsx
    out = tmp_path / "compare.xlsx"
    write_xlsx(out, table.columns, table.rows())
    import openpyxl                # here, not at collection (each test process collects all)
    sheet = openpyxl.load_workbook(out).active
    assert sheet.cell(1, 3).value == HOSTILE and sheet.cell(1, 3).data_type == "s"
    rows = {sheet.cell(r, 1).value: [sheet.cell(r, c).value for c in (2, 3)]
            for r in range(2, sheet.max_row + 1)}
    growth_row = next(v for k, v in rows.items() if k.startswith("Capex growth"))
    assert growth_row == [default, 40]
    peak = next(v for k, v in rows.items() if k.startswith("Peak stress"))
    default = model.simulate({})
    assert peak[0] == pytest.approx(default["stress_index"][0][default.years >= 2025].max())
    dialog.close()


def test_a_saved_snapshot_reads_as_saved_in_the_handouts_log():
    """A dry run's handout listed '08:27:41 Baseline (sources' consensus)' (the preset, with
    its changes) and then '08:27:48 Baseline (sources' consensus)' alone: the snapshot saved
    under the preset's name read as the same preset applied twice. A save says so."""
    from gui.handout import log_rows
    from model.workshop.session_log import SessionLog
    log = SessionLog()
    log.record("preset", "Soft landing", presets.find("soft_landing").full_values())
    log.record("snapshot", "Soft landing <b>A</b>")
    rows = log_rows(log.entries, 2050)
    assert rows[0][1] == "Soft landing"
    assert rows[1][1] == "Snapshot saved: Soft landing &lt;b&gt;A&lt;/b&gt;"     # escaped

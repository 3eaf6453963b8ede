"""The recipe "add a parameter" (docs/ARCHITECTURE.md): a row appended to a temporary copy of
the parameter table reaches the sliders, the command line, the generated docs, snapshots and
scenario codes without any other file edited. Also: the table is the registry of the codes
and schema versions that snapshots and codes use."""
import json
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

from model.store.parameter_codes import RETIRED

import main
from model import docs
from model import parameters as P
from model.store import parameter_codes, scenario_code
from model.store import snapshot as S
from model.store import table_columns

FAKE = "fake_knob"
FAKE_ROW = ('fake_knob,Fake knob,% per year,5,0,10,0.5,macro,'
            '"A parameter added by a test, nothing more.",assumption,1')


@contextmanager
def table_with_fake_row(folder: Path, row: str = FAKE_ROW):
    """The shipped table plus the fake row (code and since_schema left blank, filled in by the
    tool the recipe names), in use inside the `with` block."""
    table = folder / "parameters.csv"
    shutil.copyfile(P.TABLE_PATH, table)
    with open(table, "a", encoding="utf-8") as handle:
        handle.write(row + ",,\n")
    assert table_columns.main(["--table", str(table)]) == 0
    P.use_table(table)
    try:
        yield table
    finally:
        P.use_table(None)


@pytest.fixture
def fake_table(tmp_path):
    """The fake row's table, in use while the test runs."""
    with table_with_fake_row(tmp_path) as table:
        yield table


def test_the_fake_row_gets_a_new_code_and_the_current_schema(fake_table):
    fake = P.get(FAKE)
    shipped = P.load_table(P.TABLE_PATH)
    assert fake.code == max(p.code for p in shipped) + 1
    assert fake.since_schema == S.SCHEMA_VERSION
    assert [p.code for p in P.parameters()[:-1]] == [p.code for p in shipped]   # untouched
    assert table_columns.main(["--table", str(fake_table), "--check"]) == 0      # idempotent


def test_sliders_show_the_new_parameter(fake_table, qtbot):
    from gui.controller import Controller
    from gui.widgets.slider_panel import SliderPanel
    controller = Controller()
    panel = SliderPanel(controller)
    qtbot.addWidget(panel)
    control = panel.controls[FAKE]
    assert control.slider.maximum() == 20                 # 0 to 10 in steps of 0.5
    assert (control.spin.minimum(), control.spin.maximum(), control.spin.value()) == (0, 10, 5)
    assert control.label.text() == "Fake knob"
    controller.set_value(FAKE, 7.5)
    assert controller.values[FAKE] == 7.5 and control.spin.value() == 7.5


def test_the_command_line_lists_and_sets_it(fake_table, tmp_path, capsys):
    assert main.main(["params"]) == 0
    assert FAKE in capsys.readouterr().out
    assert main.main(["params", "--json"]) == 0
    listed = {row["key"]: row for row in json.loads(capsys.readouterr().out)}
    assert listed[FAKE]["default"] == 5 and listed[FAKE]["max"] == 10

    out = tmp_path / "with_fake.json"
    assert main.main(["snapshot", "--name", "Fake", "--set", f"{FAKE}=7.5",
                      "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert S.load(out).parameters[FAKE] == 7.5
    code = printed.split("scenario code: ")[1].strip()
    assert scenario_code.decode(code)[FAKE] == 7.5

    assert main.main(["snapshot", "--name", "Bad", "--set", f"{FAKE}=11",
                      "--out", str(tmp_path / "bad.json")]) == 2
    assert "fake_knob" in capsys.readouterr().err and not (tmp_path / "bad.json").exists()


def test_the_generated_parameter_reference_documents_it(fake_table):
    text = docs.parameter_reference_markdown()
    assert FAKE in text and "A parameter added by a test, nothing more." in text


def test_snapshots_round_trip_it(fake_table, tmp_path):
    path = tmp_path / "s.json"
    S.save(S.create("With fake", {FAKE: 2.5, "capex_growth": 60}), path)
    assert json.loads(path.read_text())["parameters"][FAKE] == 2.5
    loaded = S.load(path)
    assert loaded.parameters[FAKE] == 2.5 and loaded.parameters["capex_growth"] == 60
    assert loaded.migrated_from is None and loaded.warnings == ()


def test_a_snapshot_from_before_the_parameter_loads_it_at_its_default(tmp_path):
    before = json.loads(S.to_json(S.create("Before", {"capex_growth": 60})))
    v1 = dict(before, schema_version=1)
    v1["parameters"] = {k: v for k, v in before["parameters"].items()
                        if P.get(k).since_schema == 1}
    with table_with_fake_row(tmp_path):
        snap = S.loads(json.dumps(v1), "old.json")
        assert snap.parameters[FAKE] == 5 and snap.parameters["capex_growth"] == 60
        assert snap.migrated_from == 1
        with pytest.raises(S.SnapshotError, match="'fake_knob' missing"):
            S.loads(json.dumps(before), "now.json")        # a current-schema file lists it


def test_a_code_made_before_the_parameter_existed_still_decodes(tmp_path):
    row_max = P.get("buildout_row").max
    code = scenario_code.encode({"capex_growth": 60, "buildout_row": row_max})
    with table_with_fake_row(tmp_path):
        decoded = scenario_code.decode(code)
        assert decoded[FAKE] == 5
        assert decoded["capex_growth"] == 60 and decoded["buildout_row"] == row_max
        changed = scenario_code.encode({FAKE: 9})
        assert f"{P.get(FAKE).code}=9" in changed
        assert scenario_code.decode(changed)[FAKE] == 9


# --- the registry itself ----------------------------------------------------------------------

def test_codes_are_unique_never_reused_and_since_schema_is_known():
    codes = [p.code for p in P.parameters()]
    assert len(set(codes)) == len(codes)
    assert not set(codes) & set(parameter_codes.RETIRED)
    assert 1 <= min(p.since_schema for p in P.parameters())
    assert max(p.since_schema for p in P.parameters()) <= S.SCHEMA_VERSION


def test_a_bad_code_column_is_refused_naming_the_row(tmp_path):
    rows = P.TABLE_PATH.read_text(encoding="utf-8").splitlines()
    header, first, second = rows[0], rows[1], rows[2]
    duplicate = second.rsplit(",", 2)[0] + "," + first.rsplit(",", 2)[1] + ",1"
    table = tmp_path / "dup.csv"
    table.write_text("\n".join([header, first, duplicate] + rows[3:]) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="duplicate codes"):
        P.load_table(table)
    blank = tmp_path / "blank.csv"
    blank.write_text("\n".join([header, first.rsplit(",", 2)[0] + ",,"] + rows[2:]) + "\n",
                     encoding="utf-8")
    with pytest.raises(ValueError, match=r"blank.csv:2: .*table_columns"):
        P.load_table(blank)


def test_filling_in_an_old_table_keeps_the_schema_1_codes_wherever_the_rows_stand():
    """What `python -m model.store.table_columns` does to a table without the two columns (the
    lead's, after merging): the parameters of schema 1 keep the code numbers codes have always
    used (taken from the old CODEBOOK, here given directly), a new row inserted mid-table gets
    the next free number and the current schema version."""
    legacy = ("capex_growth", "monetization_speed", "power_buildout")
    rows = [{"key": "power_buildout"}, {"key": FAKE}, {"key": "capex_growth"},
            {"key": "monetization_speed"}]
    filled = {r["key"]: (r["code"], r["since_schema"])
              for r in table_columns.fill(rows, legacy, new_since=2)}
    assert filled == {"capex_growth": ("0", "1"), "monetization_speed": ("1", "1"),
                      "power_buildout": ("2", "1"), FAKE: (str(max(2, *RETIRED) + 1), "2")}


def test_filling_in_never_reuses_a_code_and_leaves_filled_rows_alone():
    rows = [{"key": "a", "code": "0", "since_schema": "1"},
            {"key": "b", "code": "4", "since_schema": "2"},
            {"key": "c", "code": "", "since_schema": ""}]
    filled = table_columns.fill(rows, (), new_since=3)
    # the next free number: above every code in use, retired codes included
    assert [(r["code"], r["since_schema"]) for r in filled] == [
        ("0", "1"), ("4", "2"), (str(max(4, *RETIRED) + 1), "3")]


# --- the group column: the one home of the large levers and of the groups ----------------------

def test_a_row_of_group_primary_is_a_large_lever_everywhere(tmp_path, qtbot):
    """The recipe's row with group 'primary' was a small slider in a section 'Main levers (1)'
    and the baseline that follows the assumptions left it where it was: the large levers were
    a second list (PRIMARY_KEYS) beside the table's group column."""
    from gui.controller import Controller
    from gui.widgets.slider_panel import SliderPanel
    from model.analysis.baseline import assumption_baseline
    with table_with_fake_row(tmp_path, FAKE_ROW.replace(",macro,", ",primary,")):
        assert P.PRIMARY_KEYS[-1] == FAKE
        panel = SliderPanel(Controller())
        qtbot.addWidget(panel)
        assert panel.controls[FAKE].primary
        assert "primary" not in panel.sections
        assert assumption_baseline({FAKE: 9})[FAKE] == P.get(FAKE).default
    assert FAKE not in P.PRIMARY_KEYS


def test_a_row_of_an_unknown_group_is_refused_naming_the_groups(tmp_path):
    table = tmp_path / "parameters.csv"
    shutil.copyfile(P.TABLE_PATH, table)
    with open(table, "a", encoding="utf-8") as handle:
        handle.write(FAKE_ROW.replace(",macro,", ",climate,") + ",99,1\n")
    with pytest.raises(ValueError, match=r"unknown group 'climate' \(groups: primary, capex.*"
                                         r"model.parameters.GROUPS"):
        P.load_table(table)


def test_the_docs_and_the_window_title_each_group_alike(qapp):
    """docs/PARAMETERS.md headed the groups from a list of its own ('Hardware and compute',
    'Macro') while the sliders and the help's parameter reference said 'Hardware',
    'Macroeconomy': two lists of the groups."""
    from gui import i18n, text
    i18n.install("en")
    headings = [line[3:] for line in docs.parameter_reference_markdown().splitlines()
                if line.startswith("## ")]
    assert headings == [text.group_title(group) for group, _ in P.groups()]

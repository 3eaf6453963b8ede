"""model.store.export.write_results without the window: every sheet and field holds the scenario
asked for. The expected numbers are the model's own run of that scenario (simulate), the
written units those export.headline_frame's doc promises ('$B', 'GW', 'year', '0-100').
(A parameters sheet of defaults, a headlines sheet of raw unit keys and the first scenario of a
batch written for any other passed every other test: mutation spot-check.)"""
from __future__ import annotations

import json

import pytest

from model import outputs, simulate
from model import parameters as P
from model.store import export

CHANGED = {"capex_growth": 55.0, "power_buildout": 9.0}
WRITTEN_UNIT = {"busd": "$B", "gw": "GW", "year": "year", "index": "0-100"}   # the doc's words


@pytest.fixture(scope="module")
def batch():
    """Two scenarios in one run: the defaults (row 0) and CHANGED (row 1)."""
    return simulate([P.defaults(), P.complete(CHANGED)])


def test_the_xlsx_holds_the_asked_scenario_its_parameters_and_headlines(batch, tmp_path):
    import pandas as pd
    path = tmp_path / "r.xlsx"
    values = P.complete(CHANGED)
    export.write_results(batch, values, path, i=1)
    alone = simulate(values)
    results = pd.read_excel(path, sheet_name="results")
    assert results["capex_total_busd"].to_numpy() == pytest.approx(alone["capex_total_busd"][0])
    params = pd.read_excel(path, sheet_name="parameters").set_index("key")
    assert list(params.index) == list(P.keys())
    for key in P.keys():
        assert params.loc[key, "value"] == pytest.approx(values[key]), key
    assert params.loc["capex_growth", "value"] != params.loc["capex_growth", "default"]
    heads = pd.read_excel(path, sheet_name="headlines").set_index("key")
    for key, h in outputs.headlines(alone).items():
        assert heads.loc[key, "unit"] == WRITTEN_UNIT[h.unit], key
        if h.value is None:
            assert pd.isna(heads.loc[key, "value"]), key
        else:
            assert heads.loc[key, "value"] == pytest.approx(h.value), key


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_row_i_of_a_batch_is_the_scenario_written(batch, tmp_path, suffix):
    path = tmp_path / f"r{suffix}"
    values = P.complete(CHANGED)
    export.write_results(batch, values, path, i=1)
    alone = simulate(values)
    if suffix == ".csv":
        import pandas as pd
        stress = pd.read_csv(path)["stress_index"].to_numpy()
    else:
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert doc["parameters"] == values
        # a flow is a sum a year, a stock is not (economic sense, not the table's copy)
        assert doc["units"]["capex_total_busd"] == "$B/yr"
        assert doc["units"]["debt_stock_busd"] == "$B"
        stress = [row["stress_index"] for row in doc["results"]]
    assert stress == pytest.approx(alone["stress_index"][0], rel=1e-9)   # JSON: 10 decimals
    assert stress != pytest.approx(batch["stress_index"][0], rel=1e-6)   # not the defaults' row


def test_the_json_keeps_as_many_digits_as_the_csv(batch, tmp_path):
    """A figure read back from the JSON export equals the run's to the CSV's 15 significant
    digits (pandas' JSON writer keeps 10 decimals unless told: a ratio of 0.163… lost its
    last 5 digits there and not in the CSV)."""
    import numpy as np
    import pandas as pd
    values = P.complete(CHANGED)
    alone = simulate(values)
    export.write_results(alone, values, tmp_path / "r.json")
    export.write_results(alone, values, tmp_path / "r.csv")
    rows = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["results"]
    csv = pd.read_csv(tmp_path / "r.csv")
    for column in ("revenue_coverage_ratio", "capex_total_busd", "power_load_us_gw"):
        run = np.asarray(alone[column][0], dtype=float)
        from_json = np.array([row[column] for row in rows], dtype=float)
        assert from_json == pytest.approx(run, rel=1e-13, abs=0), column
        assert csv[column].to_numpy() == pytest.approx(run, rel=1e-13, abs=0), column

"""Storyline files (model.workshop.storyline): the shipped storyline loads, its narration quotes
figures the model really produces, and malformed files give errors naming the file and the step."""
import json

import pytest

from model import presets, simulate
from model import parameters as P
from model import panels
from model.workshop.storyline import STORYLINE_DIR, StorylineError, all_storylines, load_storyline

SHIPPED = STORYLINE_DIR / "story_of_the_sources.json"


def write(tmp_path, data, name="story.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


GOOD_STEP = {"title": "One", "narration": "Say this.", "values": {"capex_growth": 80}}


def test_shipped_storyline_loads_with_six_steps_and_both_endings():
    stories, errors = all_storylines()
    assert errors == []
    story = load_storyline(SHIPPED)
    assert len(story.steps) == 6
    titles = " ".join(s.title.lower() for s in story.steps)
    for word in ("surge", "power wall", "monetization gap", "financing", "bust", "soft landing"):
        assert word in titles
    for label in ("S1", "S3", "S4", "S5", "R1", "R4", "R8"):
        assert any(label in s.narration for s in story.steps), label


def test_step_values_go_on_top_of_the_preset_and_others_stay_default():
    step = load_storyline(SHIPPED).steps[4]            # Ending A: monetization lag + unwind
    full = step.full_values()
    lag = presets.find("monetization_lag").values
    for key, value in lag.items():
        assert full[key] == value
    assert full["circular_share"] == 30 and full["investor_lookthrough"] == 100
    assert full["interest_rate"] == P.get("interest_rate").default


def _years_after(n: int) -> str:
    """'a year after' / 'N years after', as the narration words a delay."""
    return "a year after" if n == 1 else f"{n} years after"


def _at(results, column, year):
    return float(results[column][0, list(results.years).index(year)])


def test_the_narration_quotes_the_models_figures():
    """Every figure quoted is recomputed here from the model's yearly arrays for that step's
    values (formatted in this test, not by the code that formats the window)."""
    steps = load_storyline(SHIPPED).steps
    res = [simulate(s.full_values()) for s in steps]
    base = simulate(P.defaults())

    def unfunded(r):                 # planned capex 2025-2030 that could not be funded, $B
        return sum(_at(r, 'capex_unfunded_busd', y) for y in range(2025, 2031))

    def cum(r):                      # capex 2025-2030 in $T, as the narration writes it
        return f"${sum(_at(r, 'capex_total_busd', y) for y in range(2025, 2031)) / 1000:.2f}T"

    def first_year(r, column, threshold=1.0):
        hit = [int(y) for y, v in zip(r.years, r[column][0]) if v >= threshold]
        return hit[0] if hit else None

    def pullback_year(r):
        return first_year(r, "investor_pullback", 0.5)

    def peak(r, column):             # over the scenario's years, as the headline cards read it
        return float(r[column][0][r.years >= 2025].max())

    claims = {
        0: [f"${_at(res[0], 'capex_total_busd', 2024):.0f}B in 2024",
            f"${_at(res[0], 'capex_us_busd', 2025):.0f}B in 2025",
            f"${_at(res[0], 'capex_us_busd', 2026):.0f}B in 2026",
            f"{_at(res[0], 'us_ai_capex_share_gdp_pct', 2025):.1f}% of US GDP",
            f"{_at(res[0], 'us_gdp_growth_contribution_pp', 2025):.2f} percentage points"],
        1: [f"{_at(res[1], 'power_demand_us_gw', 2028):.1f} GW against "
            f"{_at(res[1], 'power_available_us_gw', 2028):.1f} GW",
            f"from {cum(base)} in the consensus to {cum(res[1])}",
            f"from ${_at(base, 'ai_revenue_busd', 2030) / 1000:.2f}T to "
            f"${_at(res[1], 'ai_revenue_busd', 2030) / 1000:.2f}T"],
        2: [f"${_at(res[2], 'required_revenue_busd', 2024):.0f}B in 2024 against "
            f"${_at(res[2], 'ai_revenue_busd', 2024):.0f}B of AI revenue",
            f"coverage of {_at(res[2], 'revenue_coverage_ratio', 2024):.2f}",
            f"{100 * _at(res[2], 'fullcost_coverage_ratio', 2024):.0f}% of that cost in 2024",
            f"{100 * _at(res[2], 'fullcost_coverage_ratio', 2030):.0f}% in 2030",
            f"only in {first_year(res[2], 'fullcost_coverage_ratio')}"],
        3: [f"covers it only in {first_year(res[3], 'fullcost_coverage_ratio')}, "
            f"{_years_after(first_year(res[3], 'fullcost_coverage_ratio') - first_year(base, 'fullcost_coverage_ratio'))}"
            " the consensus",
            f"${unfunded(res[3]):.0f}B of planned capex 2025–2030 cannot be funded",
            f"widens to {_at(res[3], 'credit_spread_pct', 2030):.1f}% in 2030",
            f"falls from {cum(base)} to {cum(res[3])}"],
        4: [f"only {100 * _at(res[4], 'judged_coverage_ratio', 2027):.0f}% of the full cost",
            f"pull back from {pullback_year(res[4])}",
            f"from ${_at(res[4], 'capex_total_busd', 2028):.0f}B in 2028 to "
            f"${_at(res[4], 'capex_total_busd', 2030):.0f}B in 2030",
            f"widens to {_at(res[4], 'credit_spread_pct', 2030):.1f}%",
            f"peak stress reaches {peak(res[4], 'stress_index'):.0f}"],
        5: [f"full cost in {first_year(res[5], 'fullcost_coverage_ratio')}",
            f"shrinks to {peak(res[5], 'power_shortfall_us_gw'):.1f} GW",
            f"stays at {peak(res[5], 'stress_index'):.0f}"],
    }
    missing = [(n, text) for n, texts in claims.items() for text in texts
               if text not in steps[n].narration]
    assert not missing, missing
    # Step 4 covers its full cost later than the consensus and its money binds: less capex
    # 2025-2030, some of it unfunded; ending A busts and ending B does not.
    assert first_year(res[3], "fullcost_coverage_ratio") > first_year(base, "fullcost_coverage_ratio")
    capex = [sum(_at(r, "capex_total_busd", y) for y in range(2025, 2031)) for r in (res[3], base)]
    assert capex[0] < 0.95 * capex[1]
    assert unfunded(res[3]) > 100 and unfunded(base) < 10
    assert pullback_year(res[4]) is not None and pullback_year(res[5]) is None


@pytest.mark.parametrize("data, expected", [
    ("{not json", "not valid JSON"),
    ([1, 2], "JSON object"),
    ({"title": "T", "steps": []}, "non-empty list"),
    ({"title": "T", "steps": [GOOD_STEP], "colour": 1}, "unknown field 'colour'"),
    ({"title": "T", "steps": [GOOD_STEP, {"title": "Two"}]}, "step 2 ('Two'): 'narration'"),
    ({"title": "T", "steps": [GOOD_STEP, {"title": "Two", "narration": "x",
                                          "values": {"capex_grwth": 5}}]},
     "step 2 ('Two'): unknown parameter 'capex_grwth'"),
    ({"title": "T", "steps": [{"title": "One", "narration": "x",
                               "values": {"capex_growth": 999}}]},
     "step 1 ('One'): capex_growth: 999 is outside the allowed range"),
    ({"title": "T", "steps": [{"title": "One", "narration": "x",
                               "values": {"capex_growth": "60"}}]},
     "step 1 ('One'): capex_growth: '60' is text, not a number (write the number without "
     "quotes"),
    ({"title": "T", "steps": [{"title": "One", "narration": "x",
                               "values": {"capex_growth": True}}]},
     "capex_growth: true is true/false, not a number"),
    ({"title": "T", "steps": [{"title": "One", "narration": "x",
                               "values": {"capex_growth": None}}]},
     "capex_growth: null is null, not a number"),
    ({"title": "T", "steps": [{"title": "One", "narration": "line one\nline\ttwo\x1b[2J"}]},
     "step 1 ('One'): 'narration' holds the invisible character U+001B at position 18; it is "
     "text with line breaks and tabs"),
    ({"title": "T", "description": "read \u202eevil", "steps": [GOOD_STEP]},
     "'description' holds the invisible character U+202E at position 6"),
    ({"title": "T", "steps": [{"title": "One", "narration": "x", "preset": "nope"}]},
     "step 1 ('One'): unknown preset 'nope'"),
    ({"title": "T", "steps": [{"title": "One", "narration": "x", "panels": ["revenue", "pie"]}]},
     "unknown panel 'pie'"),
    ({"title": "T", "steps": [{"title": "One", "narration": "x", "panels": list(panels.keys())[:5]}]},
     "1 to 4 different panels"),
    # a panel named twice (the error says 'different'; accepting it passed: mutation check)
    ({"title": "T", "steps": [{"title": "One", "narration": "x", "panels": ["revenue", "revenue"]}]},
     "1 to 4 different panels"),
    ({"title": "T", "steps": [{"title": "One", "narration": "x", "wobble": 1}]},
     "step 1 ('One'): unknown field 'wobble'"),
])
def test_malformed_storyline_names_the_file_and_step(tmp_path, data, expected):
    path = write(tmp_path, data, "broken_round.json")
    with pytest.raises(StorylineError) as info:
        load_storyline(path)
    assert "storyline broken_round.json" in str(info.value)
    assert expected in str(info.value)


def test_one_broken_file_does_not_hide_the_others(tmp_path):
    write(tmp_path, {"title": "Good", "steps": [GOOD_STEP]}, "a_good.json")
    write(tmp_path, "{", "b_bad.json")
    stories, errors = all_storylines(tmp_path)
    assert [s.title for s in stories] == ["Good"]
    assert len(errors) == 1 and "b_bad.json" in errors[0]


def test_the_financing_step_says_what_delays_coverage():
    # Step 4 shortens the useful life: hardware in service that long and then retired (the
    # write-off alone is book_life_share, docs/MODEL.md §5). A sceptical review found its
    # narration calling that a write-off and giving the later coverage to the cost of capital,
    # though the step's finance values alone leave coverage in the consensus year and the
    # shorter life alone delays it. Coverage is measured here as the narration words it.
    step = load_storyline(SHIPPED).steps[3]
    values = step.full_values()
    assert values["useful_life"] < P.get("useful_life").default
    assert values["book_life_share"] == P.get("book_life_share").default

    def covered(v):
        r = simulate(v)
        return [int(y) for y, c in zip(r.years, r["fullcost_coverage_ratio"][0]) if c >= 1][0]

    def coverage_2030(v):
        r = simulate(v)
        return float(r["fullcost_coverage_ratio"][0][list(r.years).index(2030)])

    default_life = {**values, "useful_life": P.get("useful_life").default}
    life_alone = {**P.defaults(), "useful_life": values["useful_life"]}
    assert covered(default_life) == covered(P.defaults()) < covered(values)
    assert coverage_2030(life_alone) < coverage_2030(default_life)   # the life weighs more
    assert "written off" not in step.narration                      # retired, not written off
    because = step.narration.split("revenue covers it only")[0].split(". ")[-1].lower()
    assert "shorter" in because and "hardware" in because, because   # the cause it names

"""model.presets.matching: the one place that says which preset a scenario is (the window's
preset box and a handout's name read it; the window kept its own completed copy before)."""
import pytest

from model import parameters as P
from model import presets


@pytest.mark.parametrize("preset", presets.all_presets(), ids=lambda p: p.slug)
def test_a_presets_values_match_it_and_a_moved_slider_matches_none(preset):
    full = preset.full_values()
    assert set(full) == set(P.keys())
    # compared by value: a test elsewhere rescans the presets folder, which builds new objects
    assert presets.matching(full) == preset
    for key in preset.values or P.keys()[:1]:
        parameter = P.get(key)
        moved = parameter.max if full[key] != parameter.max else parameter.min
        assert presets.matching(dict(full, **{key: moved})) is None


def test_matching_reads_the_parameter_table_in_use(tmp_path):
    """A preset is completed with the defaults of the table in use now (a row appended), not
    with a copy made under another table."""
    from model.store import parameter_codes
    from model.store import snapshot as S
    assert presets.matching(P.defaults()).slug == "baseline"
    code = max(parameter_codes.codebook()) + 1
    table = tmp_path / "parameters.csv"
    table.write_text(P.TABLE_PATH.read_text(encoding="utf-8")
                     + f"new_knob,New knob,%,5,0,10,1,macro,,assumption,0,{code},{S.SCHEMA_VERSION}\n",
                     encoding="utf-8")
    P.use_table(table)
    try:
        full = P.defaults()
        assert full["new_knob"] == 5
        assert presets.matching(full).slug == "baseline"
        assert presets.matching(dict(full, new_knob=6)) is None
    finally:
        P.use_table(None)


def _year(results, mask) -> int:
    """The first year where `mask` (a boolean path of scenario 0) holds."""
    return int(results.years[mask.argmax()]) if mask.any() else 0


def test_the_preset_descriptions_quote_the_models_figures():
    # The descriptions are read in the preset box and the handout beside the headline strip; the
    # years and shares they quote are recomputed here from each preset's yearly arrays (the
    # soft landing said its revenue gap closes "around 2031" while its revenue covers the full
    # cost from 2029, the storyline's ending B and the headline say 2029).
    from model import simulate
    claims = {}
    for preset in presets.all_presets():
        r = simulate(preset.full_values())
        years = r.years.tolist()
        capex = r["capex_total_busd"][0]
        covered = r["fullcost_coverage_ratio"][0] >= 1.0
        pulled = r["investor_pullback"][0] >= 0.5
        peak = int(capex.argmax()) if not pulled.any() else int(capex[:pulled.argmax() + 1].argmax())
        fall = 100 * (1 - capex[peak:].min() / capex[peak])
        back = [y for y, c in zip(years[peak + 1:], capex[peak + 1:]) if c >= capex[peak]]
        circ = r["ai_revenue_circular_busd"][0] / r["ai_revenue_busd"][0]
        around = lambda y: f"around {10 * round(y / 10)}" if y % 10 in (0, 1, 9) else f"in {y}"
        claims[preset.slug] = {
            "baseline": [f"binds from {_year(r, r['power_shortfall_us_gw'][0] > 0)}",
                         f"about {10 * round(r['power_load_us_gw'][0][years.index(2030)] / 10)} GW by 2030",
                         "early 2030s" if 2030 <= _year(r, covered) <= 2033 else "?"],
            "circular_unwind": [f"pull back in {_year(r, pulled)}",
                                f"about {5 * round(fall / 5)}% from its {years[peak]} peak",
                                f"regains its {years[peak]} level only {around(back[0]) if back else '?'}",
                                # the round-tripping comes apart and stays apart once investors
                                # return (December 2026: it re-formed in full, and the text said so)
                                f"falls to {100 * circ.min():.0f}% of reported revenue in "
                                f"{years[int(circ.argmin())]} and stays there"
                                if circ[int(circ.argmin()):].max() < circ.min() + 0.005 else "?"],
            "monetization_lag": [f"lose patience in {_year(r, pulled)}",
                                 f"falls by about {5 * round(fall / 5)}%"],
            "power_constrained": ["backlog" if r["capex_backlog_busd"][0].max() > 0 else "?"],
            "soft_landing": [f"full cost from {_year(r, covered)}",
                             "without a bust" if not pulled.any() else "?"],
        }.get(preset.slug, [])
        missing = [c for c in claims[preset.slug] if c not in preset.description]
        assert not missing, (preset.slug, missing)


@pytest.mark.parametrize("written, expected", [
    ('"60"', "capex_growth: '60' is text, not a number (write the number without quotes"),
    ('" 6e1 "', "is text, not a number"),
    ("false", "capex_growth: false is true/false, not a number"),
    ("[60]", "capex_growth: [...] is a list, not a number"),
])
def test_a_preset_value_must_be_a_json_number(tmp_path, written, expected):
    """A preset file's value written as text ("60") was read as 60 while a snapshot refused
    it; both files now want a JSON number, and the message says what the value is."""
    path = tmp_path / "quoted.json"
    path.write_text('{"name": "Q", "description": "", "values": {"capex_growth": %s}}' % written,
                    encoding="utf-8")
    with pytest.raises(P.ParameterError) as info:
        presets.load_preset(path)
    assert str(info.value).startswith("preset quoted.json: ")
    assert expected in str(info.value)
    assert "allowed: 0 to 150" in str(info.value)


@pytest.mark.parametrize("name, code, position", [
    ("Slow\u2028money", "U+2028", 5), ("\u202eevil", "U+202E", 1), ("a\x1b[31mred", "U+001B", 2),
    ("tab\there", "U+0009", 4), ("\u200b\u200b", "U+200B", 1)])
def test_a_preset_name_holding_a_control_character_is_refused_naming_it(tmp_path, name, code,
                                                                        position):
    """A preset's name was checked for its length only: a line break, an escape code or a
    direction override ('\\u202eevil' shows as 'live') went into the preset box, the session
    log (whose journal lost an entry holding U+2028) and the handout; a name of zero-width
    spaces was an empty entry. Now refused like a storyline title, naming the character."""
    import json
    path = tmp_path / "named.json"
    path.write_text(json.dumps({"name": name, "description": "", "values": {}}),
                    encoding="utf-8")
    with pytest.raises(P.ParameterError) as caught:
        presets.load_preset(path)
    assert str(caught.value).startswith(
        f"preset named.json: 'name' holds the invisible character {code} at position "
        f"{position}; a preset's name is one line of visible text"), str(caught.value)


def test_a_preset_description_holding_an_escape_code_is_refused(tmp_path):
    import json
    path = tmp_path / "described.json"
    path.write_text(json.dumps({"name": "D", "description": "two\nlines\tand \x1b[31mred",
                                "values": {}}), encoding="utf-8")
    with pytest.raises(P.ParameterError) as caught:
        presets.load_preset(path)
    assert "'description' holds the invisible character U+001B at position 15" in str(
        caught.value)

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

"""The panel registry (model/panels.py): one list of panels that storylines and the GUI read."""
import json

import pytest

from model import panels
from model.panels import Panel, PanelError, Series
from model.workshop.storyline import StorylineError, load_storyline

from helpers_panels import FAKE, fake_panel  # noqa: F401  (a fixture)


def story_file(tmp_path, step_panels):
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"title": "T", "steps": [
        {"title": "One", "narration": "x", "panels": step_panels}]}), encoding="utf-8")
    return path


def test_every_panel_reads_columns_the_model_computes():
    from model import simulate
    results = simulate({})
    for panel in panels.all_panels():
        for column in panel.columns():
            assert results[column].shape[0] == 1, (panel.key, column)


def test_a_registered_panel_is_listed_and_allowed_in_storylines(tmp_path, fake_panel):
    assert panels.keys()[-1] == "leverage"
    assert "leverage" in panels.default_visible()
    assert panels.find("leverage").unit == "ratio"
    story = load_storyline(story_file(tmp_path, ["leverage", "power"]))
    assert story.steps[0].panels == ("leverage", "power")


def test_a_storyline_naming_an_unregistered_panel_is_refused_with_the_allowed_names(tmp_path):
    with pytest.raises(StorylineError, match="unknown panel 'leverage' \\(choose from: capex, power"):
        load_storyline(story_file(tmp_path, ["leverage"]))


def test_register_before_places_the_panel_in_reading_order(fake_panel):
    panels.unregister("leverage")
    panels.register(FAKE, before="power")
    assert panels.keys()[:3] == ("capex", "leverage", "power")


@pytest.mark.parametrize("panel, message", [
    (Panel("capex", "t", "s", "u", "capex_total_busd"), "registered already"),
    (Panel("pie", "t", "s", "u", "pie_busd"), "unknown result column 'pie_busd'"),
    (Panel("pie", "t", "s", "u", "capex_total_busd", lines=(Series("nope", "blue", "x"),)),
     "unknown result column 'nope'"),
])
def test_a_bad_panel_is_refused_with_a_message(panel, message):
    before = panels.keys()
    with pytest.raises(PanelError, match=message):
        panels.register(panel)
    assert panels.keys() == before


def test_check_keys_refuses_unknown_repeated_and_too_many():
    with pytest.raises(PanelError, match="unknown panel 'pie'"):
        panels.check_keys(["pie"])
    with pytest.raises(PanelError, match="named twice"):
        panels.check_keys(["power", "power"])
    with pytest.raises(PanelError, match="5 panels: choose 1 to 4"):
        panels.check_keys(panels.keys()[:5], most=4)


def test_presentation_default_puts_ranked_panels_first():
    ranked = sorted((p for p in panels.all_panels() if p.presentation is not None),
                    key=lambda p: p.presentation)
    assert panels.presentation_default()[:len(ranked)] == tuple(p.key for p in ranked)
    assert len(panels.presentation_default()) <= panels.MAX_PRESENTED

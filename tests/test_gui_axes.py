"""Panels whose data are never negative start their value axis at zero, with just enough room
below it for the '0' label (no phantom negative range from the fills' path bounds)."""
import pytest


@pytest.mark.parametrize("argv", [[], ["--set", "monetization_speed=25"], ["--preset", "circular_unwind"]])
def test_non_negative_panels_start_at_zero(open_window, argv):
    window = open_window(argv + ["--size", "1600x1000"])
    for name in ("capex", "power", "revenue", "financing"):
        low, high = window.plot_grid.panels[name].plot.getViewBox().viewRange()[1]
        assert high > 0
        assert -0.08 * high <= low <= 0.0, (name, low, high)

"""The default scenario reproduces the calibration table of source-facts.md (S1-S5, R1-R8)."""
import pytest

from model import simulate

DEFAULT = simulate({}).frame()


def at(column, year):
    return float(DEFAULT.loc[year, column])


@pytest.mark.parametrize("check, value, low, high", [
    ("global hyperscale capex 2024 ≈ $240B ± 10% (S2)", lambda: at("capex_total_busd", 2024), 216, 264),
    ("six largest US firms' AI capex 2025 ≈ $360B ± 15% (S3)", lambda: at("capex_us_busd", 2025), 306, 414),
    ("six largest US firms' AI capex 2026 ≈ $600B ± 15% (S3)", lambda: at("capex_us_busd", 2026), 510, 690),
    ("US AI capex share of GDP 2025 ≈ 2% (S4)", lambda: at("us_ai_capex_share_gdp_pct", 2025), 1.5, 2.5),
    ("AI capex contribution to US real growth 2025 ≈ 0.7 pp (S4)",
     lambda: at("us_gdp_growth_contribution_pp", 2025), 0.5, 0.9),
    ("US AI power load 2030 ≈ 60 GW (S1)", lambda: at("power_load_us_gw", 2030), 50, 65),
    ("AI revenue ÷ required revenue (R1) 2024 ≈ 0.17", lambda: at("revenue_coverage_ratio", 2024), 0.10, 0.25),
])
def test_default_scenario_meets_calibration_target(check, value, low, high):
    v = value()
    assert low <= v <= high, f"{check}: model gives {v:.3f}, target range {low}-{high}"


def test_power_load_2030_is_what_is_actually_served():
    # S1's "AI power load" is served load: never above what is available nor what is wanted.
    load = at("power_load_us_gw", 2030)
    assert load <= at("power_available_us_gw", 2030) + 1e-9
    assert load <= at("power_demand_us_gw", 2030) + 1e-9

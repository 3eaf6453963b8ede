"""A fake panel for the tests of the panel registry (model) and the plot grid (GUI)."""
import pytest

from model import panels
from model.panels import Panel, Series

FAKE = Panel("leverage", "Builders' leverage", "Leverage", "debt ÷ EBITDA", "leverage_ratio",
             lines=(Series("leverage_ratio", "blue", "Leverage"),), baseline=("leverage_ratio",))


@pytest.fixture
def fake_panel():
    """FAKE registered through the registry's public API for one test, then removed."""
    panels.register(FAKE)
    try:
        yield FAKE
    finally:
        panels.unregister(FAKE.key)

"""The engine's compiled loop and its plain-Python form while a warm-up compiles it
(model/year_loop.py, "compiled or plain"): a window starts at once on the first start after an
install, and what it shows meanwhile equals the compiled result."""
import numpy as np
import pytest

from model import parameters as P
from model import simulate
from model import year_loop as L


@pytest.fixture
def warming(monkeypatch):
    """A warm-up in progress: the compiled kernels not ready yet."""
    ready, warming = L._ready.is_set(), L._warming.is_set()
    L._ready.clear()
    L._warming.set()
    yield
    L._warming.set() if warming else L._warming.clear()
    L._ready.set() if ready else L._ready.clear()


def test_a_small_batch_runs_plain_while_the_kernels_are_prepared_and_equals_the_compiled(warming):
    assert L.kernels(1) == (L.year_loop, L.finish)          # plain: no wait for the compiler
    big = L.kernels(L.PLAIN_PYTHON_MAX_SCENARIOS + 1)
    assert all(L.is_compiled(k) for k in big) and big == L.compiled()
    presets_like = [{}, {"capex_growth": 140, "monetization_speed": P.get("monetization_speed").min},
                    {"power_buildout": P.get("power_buildout").min}]
    plain = simulate(presets_like)
    L._ready.set()
    compiled = simulate(presets_like)
    for column in ("capex_total_busd", "ai_revenue_busd", "stress_index", "debt_stock_busd"):
        np.testing.assert_allclose(plain[column], compiled[column], rtol=1e-9, atol=1e-9)


def test_without_a_warm_up_every_caller_gets_the_compiled_kernels():
    if not L._warming.is_set():
        assert L.kernels(1) == L.compiled()
    simulate({})
    assert L.is_ready()

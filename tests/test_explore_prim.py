"""PRIM (model/explore/prim.py) on synthetic data with a planted box, and its refusals."""
import numpy as np
import pytest

from model.explore.prim import DiscoveryError, discover

NAMES = ["a", "b", "c", "d", "e"]


def planted(n=4000, noise=0.03, seed=7):
    """Uniform points in [0, 1]^5; the condition holds in 0.2 ≤ a ≤ 0.6 and b ≥ 0.5, with a
    share `noise` of labels flipped at random."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 1, (n, len(NAMES)))
    y = (x[:, 0] >= 0.2) & (x[:, 0] <= 0.6) & (x[:, 1] >= 0.5)
    flip = rng.random(n) < noise
    return x, y ^ flip


def test_prim_recovers_a_planted_box():
    x, y = planted()
    found = discover(x, y, NAMES, [0] * 5, [1] * 5, min_coverage=0.8)
    limits = found.limits()
    assert {"a", "b"} <= set(limits)
    assert limits["a"][0] == pytest.approx(0.2, abs=0.05)
    assert limits["a"][1] == pytest.approx(0.6, abs=0.05)
    assert limits["b"][0] == pytest.approx(0.5, abs=0.05)
    assert limits["b"][1] == pytest.approx(1.0, abs=0.05)
    for other in set(limits) - {"a", "b"}:           # noise may nick the others, barely
        low, high = limits[other]
        assert high - low > 0.85, other
    box = found.box
    assert box.coverage >= 0.8 and box.density >= 0.85
    inside = np.all((x >= box.low) & (x <= box.high), axis=1)
    assert box.density == pytest.approx(y[inside].mean())       # the reported shares are real
    assert box.coverage == pytest.approx(y[inside].sum() / y.sum())


def test_the_trajectory_starts_with_everything_and_peels_monotonically():
    x, y = planted()
    traj = discover(x, y, NAMES).trajectory
    assert traj[0].coverage == 1 and traj[0].mass == 1 and traj[0].restricted == ()
    masses = [b.mass for b in traj]
    assert all(m2 < m1 for m1, m2 in zip(masses, masses[1:]))
    assert all(b.mass >= 0.05 for b in traj)
    assert traj[-1].density > traj[0].density


@pytest.mark.parametrize("value, word", [(False, "none"), (True, "all")])
def test_a_condition_that_never_or_always_holds_is_refused_with_a_message(value, word):
    x, _ = planted(200)
    with pytest.raises(DiscoveryError, match=word):
        discover(x, np.full(200, value), NAMES)

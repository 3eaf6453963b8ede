"""Behaviour of the model as a sceptical energy-and-finance analyst would test it (issue 9,
"What must hold"): no cliffs, the right directions, the shape of the default path, sanity
everywhere, no dead lever, and orders of magnitude against the sources and outside forecasts.

Every expectation comes from the sources (docs/MODEL.md, resources/parameters.csv labels) or from
economic sense, never from values read off the engine. The big sweeps are vectorised: one
`simulate(matrix)` call per sweep, shared by several tests through module-scoped fixtures.
`pytest -s` shows the worst cliff step and the dead-lever list
(`-k steep` for the cliff sweep over every parameter).
"""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from model import engine, outputs, parameters as P, presets, simulate

TABLE = P.parameters()
KEYS = P.keys()
INDEX = {k: i for i, k in enumerate(KEYS)}
DEFAULT = np.array([p.default for p in TABLE])
LO = np.array([p.min for p in TABLE])
HI = np.array([p.max for p in TABLE])
PRIMARY = P.PRIMARY_KEYS

# The continuous headline figures (plus the cumulative flows an analyst checks first) and the
# discrete event years.
CONTINUOUS = ("cum_capex_2025_2030", "peak_shortfall_gw", "peak_debt_busd", "peak_stress",
              "cum_revenue_2025_2050", "cum_capex_2025_2050", "bust_depth_pct")
EVENTS = ("bust_year", "coverage_year")
# Cliff rule (issue 9, "No cliffs"): one slider step may move a figure by at most 20 % of the
# range that figure sweeps for that parameter, unless the jump is also at most 1 % of the
# figure's level (5 %: a range near zero would otherwise turn small kinks into "cliffs").
CLIFF_SHARE_OF_RANGE = 0.20
CLIFF_SHARE_OF_LEVEL = 0.05
# Figures that sit at or near zero in many scenarios get an absolute floor instead: a change
# smaller than this is below what the room reads off a plot (points of depth, GW, stress points).
CLIFF_ABSOLUTE_FLOOR = {"bust_depth_pct": 5.0, "peak_shortfall_gw": 1.5, "peak_stress": 2.0}
# Event years are discrete: a step may move one by at most this many years, unless the event
# appears or disappears (a bust that does not happen has no year to move).
MAX_EVENT_SHIFT = 3
# The macro parameters act only on the US GDP figures: their cumulative flow counts for "alive".
MACRO_FLOWS = ("cum_gdp_contribution_2025_2030_pp",)
# A run is "calm" when its investor pull-back never reaches this share (0 none, 1 full).
CALM = 0.1
# A lever is alive if it moves some figure by more than this share of the figure's level.
ALIVE_SHARE = 0.001


def figures(r) -> dict[str, np.ndarray]:
    """Per-scenario figures: the headline arrays, cumulative revenue and capex 2025-2050, bust
    depth. NaN for an event that does not happen."""
    h = outputs.headline_arrays(r)
    since_2025 = r.years >= 2025
    window = since_2025 & (r.years <= 2030)
    return {**h,
            "cum_revenue_2025_2050": r["ai_revenue_busd"][:, since_2025].sum(axis=1),
            "cum_organic_2025_2050": r["ai_revenue_organic_busd"][:, since_2025].sum(axis=1),
            "cum_capex_2025_2050": r["capex_total_busd"][:, since_2025].sum(axis=1),
            "bust_depth_pct": np.asarray(r["bust_depth_pct"], dtype=float),
            "cum_gdp_contribution_2025_2030_pp":
                r["us_gdp_growth_contribution_pp"][:, window].sum(axis=1)}


def grid(p: P.Parameter) -> np.ndarray:
    """Every slider position of parameter p, min to max in its `step`."""
    n = int(round((p.max - p.min) / p.step)) + 1
    return np.minimum(p.min + p.step * np.arange(n), p.max)


# The default, each primary lever alone at each end, and the eight corners where all three
# primary levers sit at their ends together (issue 9: "both alone and with the three primary
# levers at their ends").
CONTEXTS = [("default", {})] + [(f"{k}={v:g}", {k: v}) for k in PRIMARY
                                for v in (P.get(k).min, P.get(k).max)] + [
    (",".join(f"{k}={v:g}" for k, v in corner.items()), corner)
    for corner in (dict(zip(PRIMARY, ends)) for ends in itertools.product(
        *[(P.get(k).min, P.get(k).max) for k in PRIMARY]))]


def _sweep(context: dict) -> dict:
    """Every step of every parameter, one at a time, from `context` (defaults otherwise):
    one simulate call. Returns segments key -> (values, slice) and the figures."""
    base = DEFAULT.copy()
    for k, v in context.items():
        base[INDEX[k]] = v
    rows, segments, start = [], {}, 0
    for p in TABLE:
        values = grid(p)
        block = np.tile(base, (len(values), 1))
        block[:, INDEX[p.key]] = values
        rows.append(block)
        segments[p.key] = (values, slice(start, start + len(values)))
        start += len(values)
    return {"segments": segments, "figures": figures(simulate(np.vstack(rows)))}


@pytest.fixture(scope="module")
def sweeps():
    """The sweep of every parameter from the default and with each primary lever at each end."""
    return {name: _sweep(context) for name, context in CONTEXTS}


# --- 1. No cliffs ----------------------------------------------------------------------------

def _cliff_steps(sweeps, contexts, keys):
    """Every (share of swept range, context, key, from, to, figure, y0, y1) step that breaks the
    cliff rule, and the worst step seen, over the given sweep contexts and parameters."""
    worst, cliffs = None, []
    for ctx in contexts:
        sw = sweeps[ctx]
        for key, (values, sl) in sw["segments"].items():
            if key not in keys:
                continue
            for fig in CONTINUOUS:
                y = sw["figures"][fig][sl]
                span = np.nanmax(y) - np.nanmin(y)
                if not span > 0:
                    continue
                jumps = np.abs(np.diff(y))
                level = np.maximum(np.abs(y[1:]), np.abs(y[:-1]))
                floor = CLIFF_ABSOLUTE_FLOOR.get(fig, 0.0)
                counted = (jumps > CLIFF_SHARE_OF_LEVEL * level) & (jumps > floor)
                share = np.where(counted, jumps / span, 0.0)
                i = int(np.argmax(share))
                step = (share[i], ctx, key, values[i], values[i + 1], fig, y[i], y[i + 1])
                if worst is None or step[0] > worst[0]:
                    worst = step
                if share[i] > CLIFF_SHARE_OF_RANGE:
                    cliffs.append(step)
    return worst, cliffs


CLIFF_TEXT = "{1}: {2} {3:g} -> {4:g}: {5} {6:.4g} -> {7:.4g} ({0:.0%} of its swept range)"


def test_the_three_primary_levers_have_no_cliffs_from_the_default(sweeps):
    # The levers a facilitator moves in front of the room, stepped from the default scenario.
    worst, cliffs = _cliff_steps(sweeps, ["default"], set(PRIMARY))
    print("\nworst primary-lever step:", CLIFF_TEXT.format(*worst))
    assert not cliffs, f"{len(cliffs)} cliff steps, worst: " + CLIFF_TEXT.format(*max(cliffs))


# Every parameter, alone and with the primary levers at their ends, one at a time and all three
# together (15 contexts), meets the cliff rule (docs/MODEL.md §15: the steep ramps at the low
# end of revenue potential, revenue per GW, spontaneous adoption and China's power build-out
# take finer slider steps). An event year (bust, coverage) may still move by more than
# MAX_EVENT_SHIFT years in one step where a scenario sits at a tipping point: at most
# MAX_EVENT_SWEEPS parameter sweeps (3 measured, all "revenue covers spend" stepping through
# bass_innovation, where coverage hovers at 1 for years, so the first year it crosses is a knife
# edge). The repricing in a pull-back (docs/MODEL.md §4) first brought five more (8): its
# repriced share faded after the pull-back as fast as the underlying coverage rose, so worlds
# settled for a decade with coverage at 0.99-1.00 and a slider step moved the first covered
# year by 4-10 years; since contracts reprice by how long investors have been out, that plateau
# is gone. The count is itself a knife edge: repricing over 4 or 6 years instead of 5 gives 5-7.
# Putting circular deals inside the demand bound (December 2026) bends demand a little more in
# the late years, so worlds whose coverage crawls through 1 at 0.002-0.004 a year crawl slower:
# four more sweeps (useful_life 2.55 -> 2.6 from the default and at power_buildout 30, coverage
# 2048 -> 2043, 2045 -> 2042 before; revenue_per_gw 6.2 -> 6.3 at capex_growth 0,
# monetization_speed 90 and either end of power_buildout, 2047 -> 2043), coverage 0.995-1.000
# for five years in each; no continuous figure breaks the cliff rule. Since unwound circular
# deals stay unwound (§4) the two useful_life sweeps are gone (revenue_per_gw: 2048 -> 2044): 5.
MAX_EVENT_SWEEPS = 5


def test_no_parameter_has_a_steep_step(sweeps):
    # Every parameter, alone and with the primary levers at their ends, in slider steps.
    worst, cliffs = _cliff_steps(sweeps, list(sweeps), {p.key for p in TABLE})
    print("\nworst step of all:", CLIFF_TEXT.format(*worst))
    moved = sum(_event_shifts(sw, set(KEYS)) for sw in sweeps.values())
    steps = sum(len(values) - 1 for sw in sweeps.values() for values, _ in sw["segments"].values())
    print(f"steps breaking the cliff rule, every parameter, {len(sweeps)} contexts, {steps} steps:"
          f" {len(cliffs)}; parameter sweeps moving an event year by more than {MAX_EVENT_SHIFT}"
          f" years: {moved}")
    for c in sorted(cliffs, reverse=True)[:15]:
        print("  tipping point:", CLIFF_TEXT.format(*c))
    assert not cliffs, f"{len(cliffs)} cliff steps, worst: " + CLIFF_TEXT.format(*max(cliffs))
    assert moved <= MAX_EVENT_SWEEPS
    for ctx, sw in sweeps.items():
        for key, (values, sl) in sw["segments"].items():
            y = sw["figures"]["cum_capex_2025_2030"][sl]
            rel = np.abs(np.diff(y)) / np.maximum(np.maximum(y[1:], y[:-1]), 1e-9)
            assert rel.max() <= 0.25, (ctx, key, values[int(np.argmax(rel))], rel.max())


def _event_shifts(sw, keys) -> int:
    """How many (parameter, event) sweeps of one context move an event year by more than
    MAX_EVENT_SHIFT years in one step while the event happens on both sides."""
    count = 0
    for key, (values, sl) in sw["segments"].items():
        for fig in EVENTS if key in keys else ():
            y = sw["figures"][fig][sl]
            both = ~np.isnan(y[1:]) & ~np.isnan(y[:-1])
            count += bool((np.where(both, np.abs(np.diff(y)), 0.0) > MAX_EVENT_SHIFT).any())
    return count


@pytest.mark.parametrize("key, before, after", [
    ("patience_years", 1.5, 2.0),       # was +88 % of cumulative capex in one step
    ("power_buildout", 19.0, 19.5),     # was -41 %
    ("monetization_speed", 26, 27),     # was +61 %, and coverage 4 years later
])
def test_the_reviews_cliff_steps_are_gone(key, before, after):
    r = simulate([{key: before}, {key: after}])
    cum = r["capex_total_busd"][:, (r.years >= 2025)].sum(axis=1)
    assert abs(cum[1] / cum[0] - 1.0) < 0.05, (key, cum)


def test_event_years_move_by_few_years_per_primary_lever_step(sweeps):
    # Bust year and coverage year are discrete: a step can make an event appear or disappear
    # (tested for continuity through bust depth and the continuous figures), but while the
    # event happens on both sides of a primary-lever step from the default it may move by at
    # most MAX_EVENT_SHIFT years. (Elsewhere, near tipping points, it can move more: see
    # test_no_parameter_has_a_steep_step and docs/MODEL.md.)
    worst, bad = (0, None), []
    for ctx, sw in [("default", sweeps["default"])]:
        for key, (values, sl) in sw["segments"].items():
            if key not in PRIMARY:
                continue
            for fig in EVENTS:
                y = sw["figures"][fig][sl]
                both = ~np.isnan(y[1:]) & ~np.isnan(y[:-1])
                shift = np.where(both, np.abs(np.diff(y)), 0.0)
                i = int(np.argmax(shift))
                step = (shift[i], (ctx, key, values[i], values[i + 1], fig, y[i], y[i + 1]))
                if step[0] > worst[0]:
                    worst = step
                if shift[i] > MAX_EVENT_SHIFT:
                    bad.append(step)
    if worst[1]:
        print("\nworst event-year step: {}: {} {:g} -> {:g}: {} {:.0f} -> {:.0f}".format(*worst[1]))
    assert not bad, f"{len(bad)} steps move an event year by more than {MAX_EVENT_SHIFT}: " \
        f"{[b[1] for b in sorted(bad, key=lambda b: b[0], reverse=True)[:5]]}"


# --- 5. No dead lever (read off the same sweeps: min, default and max of every parameter) ------

def test_every_parameter_moves_a_headline_figure(sweeps):
    moved, dead = {}, []
    for p in TABLE:
        best = (0.0, "", "")
        for ctx, sw in sweeps.items():
            values, sl = sw["segments"][p.key]
            at = [sl.start, sl.start + int(np.argmin(np.abs(values - p.default))), sl.stop - 1]
            for fig in CONTINUOUS + EVENTS + MACRO_FLOWS:
                y = sw["figures"][fig][at]
                if fig in EVENTS:   # ranked after any continuous change (0.5 < 1 of an event)
                    change = 0.5 if len({("none" if np.isnan(v) else v) for v in y}) > 1 else 0.0
                else:
                    level = np.nanmax(np.abs(y))
                    change = (np.nanmax(y) - np.nanmin(y)) / level if level > 0 else 0.0
                if change > best[0]:
                    best = (change, fig, ctx)
        moved[p.key] = best
        if best[0] <= ALIVE_SHARE:
            dead.append(p.key)
    print("\nmost-moved figure per parameter (min / default / max, any context):")
    for key, (change, fig, ctx) in moved.items():
        print(f"  {key:28s} {fig or '-':24s} {change:8.1%}  [{ctx}]")
    print("dead levers:", dead or "none")
    assert not dead, f"parameters that move no headline figure: {dead}"


# --- 2. Directions ---------------------------------------------------------------------------

# Directions are checked on a dense seeded sample over the whole parameter space (not only where
# investors stay calm). Where a direction cannot hold everywhere for an economic reason,
# docs/MODEL.md ("Directions: measured exceptions") names the mechanism; the test prints the
# share of exceptions and holds it below the tolerance stated here (a regression fails it).
N_DIRECTIONS = 2000
# tolerated share of pairs against the direction, and of pairs against it by more than 1 %
POWER_TOLERANCE = (0.025, 0.005)         # in a glut more power feeds a deeper pull-back
# (by more than 1 %: 0.5 % until debt above the second tier's collateral was carried while its
# earnings serviced it, docs/MODEL.md §6; tighter credit_spread then did so in 0.55 % of these
# pairs, 0.40 % before; over seeds 32, 1, 2, 3, 4: 11, 14, 12, 14, 21 pairs of 2,000, before 8,
# 14, 10, 15, 20 — the old bound held at seed 32 only, a mean of 0.67 % against 0.72 % now)
FINANCING_TOLERANCE = (0.03, 0.0075)     # looser credit can bring a pull-back on earlier
MONETIZATION_TOLERANCE = (0.02, 0.006)   # faster adoption can trigger an earlier, deeper retreat
# faster monetization makes "revenue covers spend" later: a slower world that busts sooner, or
# pulls back deeper or longer, covers a smaller installed base sooner. Such an earlier coverage
# year is "bought by retreat" and the app does not call it better (model.outputs.retreated and
# BOUGHT_BY_RETREAT, the rule of headline_directions), so the direction is held on the pairs
# whose slower world did not retreat: 0.60 % of this sample (seed 33; over seeds 33, 1, 2, 3, 4:
# 0.10-0.60 %, mean 0.29 %; 0.90 % and a mean of 0.59 % while a retreat had to be deeper at its
# peak, before a longer one counted too: docs/MODEL.md §15, "Faster monetization and a later
# coverage year: the mechanism"). Of those, later by more than 1 % (the faster world below 0.99 of
# full cost in that year or the next): 0.10 % (0.25 % before; five-seed mean 0.06 %). All pairs,
# retreats included, stay under the 1.25 % raised when the repricing in a pull-back followed how
# long investors have been out (docs/MODEL.md §4, §15): 1.10 % of this sample, a five-seed mean of
# 0.91 %; later by more than 1 % at 0.5 %: 0.40 % here (five-seed mean 0.54 %). No engine change
# lowered the raw share without raising the busts that last or rebound (§15 lists the ones tried).
COVERAGE_LATER_TOLERANCE = 0.0075
COVERAGE_LATER_BIG_UNBOUGHT_TOLERANCE = 0.0025
COVERAGE_LATER_ALL_TOLERANCE = 0.0125
COVERAGE_LATER_BIG_TOLERANCE = 0.005
CONSTRAINED_TOLERANCE = 0.02             # 1 against 30 GW/yr, strictly more revenue when constrained


def _dense_pairs(key: str, seed: int):
    """N_DIRECTIONS seeded scenarios over the full ranges, and the same with `key` raised by a
    random 2-100 % of its range (staying in range): (low, high) matrices."""
    rng = np.random.default_rng(seed)
    p = P.get(key)
    low = LO + (HI - LO) * rng.random((N_DIRECTIONS, len(TABLE)))
    delta = (p.max - p.min) * rng.uniform(0.02, 1.0, N_DIRECTIONS)
    low[:, INDEX[key]] = np.minimum(low[:, INDEX[key]], p.max - delta)
    high = low.copy()
    high[:, INDEX[key]] += delta
    return low, high


def _against(worse: np.ndarray, better: np.ndarray, name: str, tolerance: tuple) -> None:
    """Assert and print the share of pairs where `worse` exceeds `better` (by 1e-9, by 1 %)."""
    share = float(np.mean(worse > better * (1 + 1e-9)))
    big = float(np.mean(worse > better * 1.01))
    print(f"\n{name}: against the direction in {share:.2%} of pairs, by more than 1 % in {big:.2%}"
          f" (tolerated {tolerance[0]:.1%} / {tolerance[1]:.1%})")
    assert share <= tolerance[0] and big <= tolerance[1], (name, share, big)


def test_more_power_buildout_rarely_lowers_cumulative_revenue():
    # More power, everything else equal: cumulative AI revenue (reported and organic) 2025-2050.
    low, high = _dense_pairs("power_buildout", 31)
    a, b = figures(simulate(low)), figures(simulate(high))
    for fig in ("cum_revenue_2025_2050", "cum_organic_2025_2050"):
        _against(a[fig], b[fig], f"more power build-out lowers {fig}", POWER_TOLERANCE)


# (key, True if a lower value is tighter financing)
TIGHTER = [("ebitda_2024", True), ("reinvest_share", True), ("interest_rate", False),
           ("credit_spread", False), ("second_tier_ltv", True), ("leverage_limit_hyper", True)]


@pytest.mark.parametrize("key, lower_is_tighter", TIGHTER)
def test_tighter_financing_rarely_raises_capex_2025_2030(key, lower_is_tighter):
    low, high = _dense_pairs(key, 32)
    tight, loose = (low, high) if lower_is_tighter else (high, low)
    a = figures(simulate(tight))["cum_capex_2025_2030"]
    b = figures(simulate(loose))["cum_capex_2025_2030"]
    _against(a, b, f"tighter {key} raises capex 2025-2030", FINANCING_TOLERANCE)


def test_a_faster_amortisation_rarely_raises_capex_in_the_year_it_is_paid():
    # Repayments come out of the hyperscalers' cash flow (docs/MODEL.md §6): in 2025 a faster
    # amortisation can only leave less to spend. (While repayments lowered debt for free, it
    # raised 2025 capex in 12 % of these pairs; over 2025-2030 the freed borrowing room can
    # still raise capex later, measured in docs/MODEL.md "Repayments out of cash".)
    low, high = _dense_pairs("debt_amortisation", 35)
    year = simulate(low).years == 2025
    fast = simulate(high)["capex_total_busd"][:, year][:, 0]
    slow = simulate(low)["capex_total_busd"][:, year][:, 0]
    _against(fast, slow, "faster amortisation raises capex 2025", (0.02, 0.01))


def test_faster_monetization_rarely_lowers_revenue_or_delays_coverage():
    low, high = _dense_pairs("monetization_speed", 33)
    slow, fast = simulate(low), simulate(high)
    a, b = figures(slow), figures(fast)
    _against(a["cum_revenue_2025_2050"], b["cum_revenue_2025_2050"],
             "faster monetization lowers cumulative revenue", MONETIZATION_TOLERANCE)
    never = float(engine.MAX_END_YEAR + 1)
    cov_a = np.nan_to_num(a["coverage_year"], nan=never)
    cov_b = np.nan_to_num(b["coverage_year"], nan=never)
    later = cov_b > cov_a
    # the slower world's earlier coverage bought by a bust or a deeper pull-back (the app's rule)
    bought = np.array([outputs.retreated(slow, fast, i, i) for i in range(len(cov_a))])
    # the faster world's full-cost coverage in the slower world's coverage year and the next
    # (the headline's two-year rule; the last year alone): later by more than 1 % below 0.99
    rows = np.arange(len(cov_a))
    at = np.searchsorted(slow.years, np.minimum(cov_a, slow.years[-1]))
    ratio = fast["fullcost_coverage_ratio"]
    miss = np.minimum(ratio[rows, at], ratio[rows, np.minimum(at + 1, len(slow.years) - 1)])
    share, unbought = float(np.mean(later)), float(np.mean(later & ~bought))
    big = float(np.mean(later & (miss < 0.99)))
    big_unbought = float(np.mean(later & (miss < 0.99) & ~bought))
    print(f"faster monetization makes 'revenue covers spend' later in {share:.2%} of pairs,"
          f" {unbought:.2%} where the slower world did not retreat, by more than 1 % in {big:.2%}"
          f" ({big_unbought:.2%} without a retreat)"
          f" (tolerated {COVERAGE_LATER_ALL_TOLERANCE:.2%} / {COVERAGE_LATER_TOLERANCE:.2%}"
          f" / {COVERAGE_LATER_BIG_TOLERANCE:.2%} / {COVERAGE_LATER_BIG_UNBOUGHT_TOLERANCE:.2%})")
    assert unbought <= COVERAGE_LATER_TOLERANCE, unbought
    assert big_unbought <= COVERAGE_LATER_BIG_UNBOUGHT_TOLERANCE, big_unbought
    assert share <= COVERAGE_LATER_ALL_TOLERANCE, share
    assert big <= COVERAGE_LATER_BIG_TOLERANCE, big


def test_an_earlier_coverage_year_after_a_longer_pull_back_is_not_called_better():
    # The pairs of the direction above whose slower world covers its full cost sooner without a
    # bust the faster one has not and without a deeper peak pull-back, but after more years of
    # pull-back: it pulled back sooner and longer, shrank its fleet and repriced its contracts
    # sooner (docs/MODEL.md §15). The app must not call that earlier coverage year better.
    low, high = _dense_pairs("monetization_speed", 33)
    slow, fast = simulate(low), simulate(high)
    cov_a = outputs.headline_arrays(slow)["coverage_year"]
    cov_b = np.nan_to_num(outputs.headline_arrays(fast)["coverage_year"], nan=np.inf)
    pull_a, pull_b = slow["investor_pullback"], fast["investor_pullback"]
    found = 0
    for i in np.nonzero(cov_a < cov_b)[0]:
        upto = slow.years <= cov_a[i]
        longer = pull_a[i, upto].sum() - pull_b[i, upto].sum()
        extra_bust = slow.bust_year(i) is not None and fast.bust_year(i) is None
        deeper = pull_a[i].max() > pull_b[i].max() + outputs.PULLBACK_MARGIN
        if extra_bust or deeper or longer < 2 * outputs.PULLBACK_YEARS_MARGIN:
            continue
        found += 1
        d = outputs.headline_directions(slow.scenario(i), fast.scenario(i))
        assert d["coverage_year"] == 0, (i, cov_a[i], cov_b[i], longer)
    assert found >= 3, found



def test_a_retreat_neutralises_only_the_improvements_it_bought():
    """headline_direction's doc: after a retreat (a bust, a deeper or longer pull-back) an
    improvement of a figure in BOUGHT_BY_RETREAT is neither (0), a worse change stays worse,
    and figures a retreat does not buy are judged as always. (Hiding a worse peak debt as 0
    passed every other test: mutation spot-check.)"""
    def head(key, value):
        label, unit, better, missing = outputs.HEADLINE_INFO[key]
        return outputs.Headline(key, label, value, unit, better, missing, 2050)
    lower, higher = head("peak_debt_busd", 900.0), head("peak_debt_busd", 1200.0)
    assert "peak_debt_busd" in outputs.BOUGHT_BY_RETREAT
    assert outputs.headline_direction(lower, higher) == 1            # less debt: better ...
    assert outputs.headline_direction(lower, higher, retreat=True) == 0   # ... unless bought
    assert outputs.headline_direction(higher, lower, retreat=True) == -1  # worse stays worse
    calm, tense = head("peak_stress", 20.0), head("peak_stress", 40.0)
    assert "peak_stress" not in outputs.BOUGHT_BY_RETREAT
    assert outputs.headline_direction(calm, tense, retreat=True) == 1

def test_a_power_constrained_world_rarely_earns_more():
    # The same scenarios with power build-out at its minimum and at its maximum.
    rng = np.random.default_rng(34)
    m = LO + (HI - LO) * rng.random((N_DIRECTIONS, len(TABLE)))
    lo, hi = m.copy(), m.copy()
    lo[:, INDEX["power_buildout"]] = P.get("power_buildout").min
    hi[:, INDEX["power_buildout"]] = P.get("power_buildout").max
    constrained = figures(simulate(lo))["cum_revenue_2025_2050"]
    free = figures(simulate(hi))["cum_revenue_2025_2050"]
    _against(constrained, free, "a power-constrained world earns more",
             (CONSTRAINED_TOLERANCE, CONSTRAINED_TOLERANCE))


def test_power_constrained_world_earns_less_ai_revenue():
    # Default and every preset: power build-out at its minimum against its maximum. Worlds that
    # stay calm earn less when power is constrained; the bubble presets (a pull-back) instead
    # show the overbuild: the unconstrained run pulls back harder.
    lo, hi = P.get("power_buildout").min, P.get("power_buildout").max
    named = [("default", {})] + [(pr.slug, pr.values) for pr in presets.all_presets()]
    rows = [{**values, "power_buildout": v} for _, values in named for v in (lo, hi)]
    r = simulate(rows)
    rev = figures(r)["cum_revenue_2025_2050"].reshape(-1, 2)
    pull = r["investor_pullback"].sum(axis=1).reshape(-1, 2)
    peak = r["investor_pullback"].max(axis=1).reshape(-1, 2)
    calm_names = []
    for (name, _), (constrained, free), (p_c, p_f), top in zip(named, rev, pull, peak):
        if top.max() < CALM:
            calm_names.append(name)
            assert constrained < free, (name, constrained, free)
        else:
            assert constrained < free or p_f > p_c, (name, constrained, free, p_c, p_f)
    assert {"default", "baseline", "power_constrained", "soft_landing"} <= set(calm_names)



def test_relocated_campuses_come_home_once_the_us_has_spare_power():
    # A campus abroad costs the relocation premium and exists because the US had no power
    # (docs/MODEL.md §2). Where the US has power to spare for years, its follow-on phases come
    # home: relocation abroad in 2050 is well below its peak (before §2's return rule it grew
    # every year to 2050 in both, while 35-104 GW of US power sat idle).
    named = [("default", {}), ("power_constrained", presets.find("power_constrained").values)]
    r = simulate([values for _, values in named])
    years = list(r.years)
    idle = r["power_available_us_gw"] - r["power_load_us_gw"]
    for j, (name, _) in enumerate(named):
        relocated = r["capex_relocated_busd"][j]
        assert idle[j, years.index(2044):].min() > 2.0, (name, "the US has power to spare")
        assert relocated[years.index(2050)] < 0.5 * relocated.max(), (name, relocated)


def test_little_relocation_premium_is_paid_while_us_power_sits_idle(sample):
    # Over the sanity sample: the premium paid abroad in years when the US had at least 5 GW of
    # power idle that year and the year before is under a third of all premium paid (it was 45 %
    # when campuses abroad stayed abroad whatever the US had; §2).
    m, r = sample
    idle = r["power_available_us_gw"] - r["power_load_us_gw"]
    premium = m[:, INDEX["relocation_premium"]][:, None] / 100.0
    paid = r["capex_relocated_busd"] * premium / (1.0 + premium)
    idle_two_years = np.zeros(idle.shape, dtype=bool)
    idle_two_years[:, 1:] = (idle[:, 1:] >= 5.0) & (idle[:, :-1] >= 5.0)
    share = paid[idle_two_years].sum() / paid.sum()
    print(f"relocation premium paid while US power sits idle: {share:.1%} of all")
    assert share < 0.3, share


# --- 4. Sanity everywhere (a seeded sample over the full ranges, ends included) ---------------

@pytest.fixture(scope="module")
def sample():
    """2,000 seeded scenarios: each parameter uniform over its range, at its min or max with
    probability 0.15 each (edges such as a zero share are where divisions go wrong)."""
    rng = np.random.default_rng(2025)
    n = 2000
    m = LO + (HI - LO) * rng.random((n, len(TABLE)))
    u = rng.random((n, len(TABLE)))
    m = np.where(u < 0.15, LO, np.where(u > 0.85, HI, m))
    return m, simulate(m)


# Money and power flows that may legitimately be negative: none. (The GDP-growth contribution is
# signed, but its unit is pp, not $B or GW.)
SIGNED: tuple[str, ...] = ()


def test_no_nan_anywhere(sample):
    m, r = sample
    bad = {c: m[~np.isfinite(r[c]).all(axis=1)][:1] for c in outputs.ALL_COLUMNS
           if not np.isfinite(r[c]).all()}
    assert np.isfinite(r["bust_depth_pct"]).all()
    assert not bad, {c: dict(zip(KEYS, row[0])) if len(row) else None
                     for c, row in list(bad.items())[:1]} | {"columns": list(bad)}


def test_no_negative_flows(sample):
    _, r = sample
    cols = [c for c in outputs.ALL_COLUMNS if c.endswith(("_busd", "_gw")) and c not in SIGNED]
    negative = {c: float(np.nanmin(r[c])) for c in cols if np.nanmin(r[c]) < -1e-6}
    assert not negative, negative


def test_stress_gdp_share_and_leverage_bounded(sample):
    _, r = sample
    stress = r["stress_index"]
    assert np.nanmin(stress) >= 0 and np.nanmax(stress) <= 100
    assert np.nanmax(r["us_ai_capex_share_gdp_pct"]) < 15
    for c in ("leverage_ratio", "leverage_second_tier_ratio"):
        assert np.nanmax(r[c]) <= 20 + 1e-9, (c, np.nanmax(r[c]))


def test_ai_revenue_stays_a_fraction_of_gdp(sample):
    # AI spending cannot outgrow the economy that pays for it: reported revenue, round-tripped
    # deals included (they are spending too), and the demand it is served from stay within half
    # of US GDP (about an eighth of world output, the model's bound) in every sampled scenario
    # and year; before circular deals sat inside the bound, reported revenue reached 53 % of GDP
    # here and the demand all of it. In the corner a sceptic tries first (fastest efficiency
    # gains for longest, most elastic demand, most scarcity pricing) reported revenue in 2050 is
    # still below US GDP.
    _, r = sample
    half = 0.5 * r["us_gdp_busd"] * (1.0 + 1e-9)
    assert (r["ai_revenue_organic_busd"] < half).all()
    assert (r["ai_revenue_busd"] <= half).all(), float((r["ai_revenue_busd"] / half).max())
    assert (r["ai_revenue_demand_busd"] <= half).all(), \
        float((r["ai_revenue_demand_busd"] / half).max())
    corner = simulate({"efficiency_gain": 50, "tech_halflife": 30, "price_elasticity": 2.5,
                       "scarcity_pricing": P.get("scarcity_pricing").max})
    assert corner["ai_revenue_busd"][0, -1] < corner["us_gdp_busd"][0, -1]


def test_financing_columns_sum_to_capex(sample):
    _, r = sample
    total = sum(r[c] for c in outputs.FINANCING_COLUMNS)
    assert np.allclose(total, r["capex_total_busd"], rtol=1e-9, atol=1e-6)


def test_circular_deals_that_came_apart_do_not_re_form(sample):
    # S3, S5: round-tripping comes apart in a downturn. Once a pull-back has shown the round-
    # tripped revenue for what it is, the same deals are not struck again at the same scale when
    # investors return: the circular share of reported revenue after the deepest pull-back never
    # rises above what it was then (before, `circular_unwind` went 40 % -> 4 % (2030) -> 40 %
    # again around 2040). Worlds whose investors pull back by at least half are checked.
    _, r = sample
    pull = r["investor_pullback"]
    share = r["ai_revenue_circular_busd"] / np.maximum(r["ai_revenue_busd"], 1e-9)
    rows = np.nonzero(pull.max(axis=1) >= 0.5)[0]
    assert len(rows) > 20, "the sample should contain deep pull-backs"
    deepest = pull[rows].argmax(axis=1)
    after = np.arange(pull.shape[1])[None, :] > deepest[:, None]
    regrown = np.where(after, share[rows] - share[rows, deepest][:, None], -np.inf).max(axis=1)
    assert (regrown <= 1e-9).all(), (int((regrown > 1e-9).sum()), float(regrown.max()))
    unwind = simulate(presets.find("circular_unwind").full_values())
    circ = unwind["ai_revenue_circular_busd"][0] / unwind["ai_revenue_busd"][0]
    low = int(circ.argmin())
    assert circ[low:].max() <= circ[low] + 1e-9 and circ[-1] < 0.5 * circ[0]


def test_every_bust_cuts_capex_within_two_years_and_raises_stress(sample):
    m, r = sample
    yrs = r.years
    bust = np.asarray(r["bust_year"])
    rows = np.nonzero((bust > 0) & (bust + 2 <= yrs[-1]))[0]
    assert len(rows) > 20, "the sample should contain busts"
    # Counterfactual without a pull-back: patience at its maximum and the patience threshold at
    # its minimum. Both act only on investor impatience, so the counterfactual differs from the
    # bust scenario only in having (practically) no pull-back. bust_severity = 0 would not do:
    # it keeps the slower growth, the unwinding circular deals, wider spreads and write-downs.
    calm = m[rows].copy()
    calm[:, INDEX["patience_years"]] = P.get("patience_years").max
    calm[:, INDEX["coverage_threshold"]] = P.get("coverage_threshold").min
    c = simulate(calm)
    t = bust[rows] - yrs[0]
    idx = np.arange(len(rows))
    capex = r["capex_total_busd"][rows]
    fell = capex[idx, t - 1] <= 1e-6          # nothing left to cut counts as cut
    for d in (0, 1, 2):
        fell |= capex[idx, t + d] < capex[idx, t + d - 1]
    quiet = c["investor_pullback"][idx, t + 2] < 0.05   # the counterfactual is truly calm
    stress = r["stress_index"][rows]
    # The bust begins when the pull-back first passes CALM on its way to the bust year (the
    # bust year is where it passes a half): `before` is the last calm year before that.
    pull = r["investor_pullback"][rows]
    before = t - 1
    while True:
        inside = (before > 0) & (pull[idx, before] >= CALM)
        if not inside.any():
            break
        before = np.where(inside, before - 1, before)
    # Stress rises through the bust: above the calm counterfactual two years on, or above its
    # own level of the last calm year, or above the counterfactual in the same year, at some
    # point from then to two years after the bust year. (The last clause since the stress index
    # counts a fall of capex, §9: a calm dip before the pull-back can leave that calm year's
    # own level high; one of 282 sample busts needs it, 2025's capex 31 % below 2024's.)
    since = np.arange(len(yrs))[None, :]
    window = (since > before[:, None]) & (since <= (t + 2)[:, None])
    higher = (stress[idx, t + 2] > c["stress_index"][idx, t + 2]) | (
        np.where(window, stress, -np.inf).max(axis=1) > stress[idx, before]) | (
        np.where(window, stress - c["stress_index"], -np.inf).max(axis=1) > 0)
    no_fall = rows[~fell]
    assert fell.all(), (f"{len(no_fall)} of {len(rows)} busts do not cut capex within two years; "
                        f"e.g. bust {bust[no_fall[0]]}: {capex[~fell][0][t[~fell][0] - 1:t[~fell][0] + 3]}")
    not_higher = ~higher & quiet
    assert not not_higher.any(), (
        f"{not_higher.sum()} of {quiet.sum()} busts have lower stress two years on than without "
        f"a pull-back")


# --- 3. Shape of the default -----------------------------------------------------------------

@pytest.fixture(scope="module")
def default():
    return simulate({})


def test_default_capex_does_not_fall_and_adds_to_gdp_in_2025_2030(default):
    f = default.frame()
    capex = f.loc[2024:2030, "capex_total_busd"].to_numpy()
    assert (np.diff(capex) >= 0).all(), capex
    assert (f.loc[2025:2030, "us_gdp_growth_contribution_pp"] >= 0).all()


@pytest.mark.parametrize("column", ["capex_total_busd", "ai_revenue_busd", "power_load_us_gw"])
def test_default_path_has_no_dip_that_reverses(default, column):
    x = default[column][0]
    dip = (x[1:-1] < 0.95 * x[:-2]) & (x[2:] > x[1:-1])
    assert not dip.any(), [(int(y), x[i], x[i + 1], x[i + 2])
                           for i, y in enumerate(default.years[1:-1]) if dip[i]]


# --- 6. Sources and outside forecasts (orders of magnitude, default scenario) -----------------

def _value(default, column, year):
    return float(default.frame().loc[year, column])


def test_O2_EPRI_us_ai_electricity_2030_within_data_centre_share(default):
    # EPRI (revised): US data centres 9-17 % of ~4,200 TWh of US electricity in 2030. AI is the
    # larger, fast-growing part of data-centre load (IEA O1: AI-optimised demand more than
    # fourfold), so US AI energy lies between half the low end and the high end.
    util = P.get("utilisation").default / 100
    twh = _value(default, "power_load_us_gw", 2030) * 8760 * util / 1000
    assert 0.5 * 0.09 * 4200 <= twh <= 0.17 * 4200, twh


def test_O6_Bain_ai_revenue_2030_within_half_to_two_and_a_half_trillion(default):
    # Bain: ~$2T of annual AI revenue needed by 2030, ~$1.2T expected.
    assert 500 <= _value(default, "ai_revenue_busd", 2030) <= 2500


def test_O5_McKinsey_cumulative_ai_capex_2025_2030_within_3_to_8_trillion(default):
    # McKinsey: $5.2T for AI to 2030 (range about $3.7-7.9T).
    assert 3000 <= figures(default)["cum_capex_2025_2030"][0] <= 8000


def test_O7_company_guidance_us_capex_2026_within_500_to_800_billion(default):
    # Big four 2026 guidance about $630-725B.
    assert 500 <= _value(default, "capex_us_busd", 2026) <= 800


# --- Kept from the old file: true economic properties that do not depend on the engine's form --

def test_R1_arithmetic_150_gpu_spend_needs_600_revenue():
    # R1: $150B of GPU spend ÷ 0.5 GPU share of cost ÷ (1 − 0.5 margin) = $600B, exactly.
    # GPU spend is the accelerator share of the projects fitted in the year: capex less the
    # halls built ahead of power that still wait for their hardware (docs/MODEL.md §2).
    r = simulate({"gpu_share_of_capex": 50})
    fitted = r["capex_total_busd"][0] - np.diff(r["halls_waiting_busd"][0], prepend=0.0)
    gpu_spend = fitted * 0.5
    assert r["required_revenue_busd"][0] == pytest.approx(gpu_spend / 0.5 / (1 - 0.5), rel=1e-12)
    scale = 300.0 / r["capex_total_busd"][0][0]
    assert r["required_revenue_busd"][0][0] * scale == pytest.approx(600.0, rel=1e-12)


def test_batch_equals_single_runs():
    rng = np.random.default_rng(7)
    matrix = LO + (HI - LO) * rng.random((25, len(TABLE)))
    batch = engine.run(matrix)
    for i in (0, 7, 24):
        single = engine.run(matrix[i:i + 1])
        for name in outputs.ALL_COLUMNS:
            assert np.allclose(batch[name][i], single[name][0], rtol=1e-12, atol=1e-12), name


def test_revenue_lies_between_what_compute_serves_at_cost_and_the_demand(sample):
    # Scarce compute may be priced above cost (scarcity pricing), but with demand elastic
    # (elasticity > 1) a higher price never raises spending above the demand at cost price; and
    # revenue is never below what the compute serves at cost price.
    _, r = sample
    demand, capacity = r["ai_revenue_demand_busd"], r["compute_capacity_busd"]
    revenue = r["ai_revenue_busd"]
    assert (revenue <= demand * (1 + 1e-9) + 1e-9).all()
    assert (revenue >= np.minimum(demand, capacity) * (1 - 1e-9) - 1e-9).all()
    assert (r["power_load_us_gw"] <= r["power_available_us_gw"] + 1e-9).all()


def test_the_builders_other_businesses_never_earn_more_than_all_us_corporations():
    # R16: all US corporations' profits were about 11 % of US GDP in 2024. Six firms' non-AI
    # EBITDA may grow faster than the economy for a while, but never past that share, however
    # fast the slider says; a group that is a small share of GDP (the default, about 2 %) grows
    # at its own rate, and 2024, history, is the input everywhere. Without AI margin the
    # builders' EBITDA is their other businesses alone.
    bound = 0.11
    rng = np.random.default_rng(16)
    matrix = LO + (HI - LO) * rng.random((2000, len(TABLE)))
    matrix[:, INDEX["ai_ebitda_margin"]] = 0.0
    r = simulate(matrix)
    ebitda, gdp = r["ebitda_busd"], r["us_gdp_busd"]
    assert (ebitda <= bound * gdp * (1 + 1e-12)).all()
    assert np.allclose(ebitda[:, 0], matrix[:, INDEX["ebitda_2024"]])
    growing = matrix[:, INDEX["ebitda_growth"]] > 0
    assert (np.diff(ebitda[growing], axis=1) > 0).all()      # bent, never turned down
    years = np.arange(r.years.size)
    fastest = {"ebitda_2024": 1000, "ebitda_growth": 15, "gdp_growth": 0, "ai_ebitda_margin": 0}
    own_rate = {"ebitda_2024": 500, "ebitda_growth": 6, "gdp_growth": 4, "ai_ebitda_margin": 0}
    a = simulate([fastest, own_rate])
    assert a["ebitda_busd"][0, -1] <= bound * a["us_gdp_busd"][0, -1]
    assert a["ebitda_busd"][0, -1] > 0.9 * bound * a["us_gdp_busd"][0, -1]   # near it, not far below
    assert np.allclose(a["ebitda_busd"][1], 500 * 1.06 ** years, rtol=1e-12)
    # more growth never means less EBITDA (a bound, no fold)
    steps = simulate([{**fastest, "ebitda_growth": g} for g in np.arange(0, 15.01, 0.5)])
    assert (np.diff(steps["ebitda_busd"], axis=0) >= -1e-9).all()


def test_without_scarcity_pricing_compute_sells_above_cost_only_in_a_pullback():
    # With no scarcity pricing, scarce compute sells at cost price while investors are in; in a
    # pull-back contracts reprice, towards at most the share PULLBACK_REPRICING of the clearing
    # rise (D/C)^(1/ε) in a full pull-back (docs/MODEL.md §4), never faster than the pull-back.
    matrix = LO + (HI - LO) * np.random.default_rng(11).random((400, len(TABLE)))
    matrix[:, INDEX["scarcity_pricing"]] = 0.0
    r = simulate(matrix)
    revenue, capacity = r["ai_revenue_busd"], r["compute_capacity_busd"]
    scarcity = np.maximum(r["ai_revenue_demand_busd"] / np.maximum(capacity, 1e-9), 1.0)
    pulled = np.maximum.accumulate(r["investor_pullback"], axis=1)     # the deepest so far
    eps = matrix[:, INDEX["price_elasticity"]][:, None]
    bound = capacity * scarcity ** (engine.PULLBACK_REPRICING * pulled / eps)
    assert (revenue <= bound * (1 + 1e-9) + 1e-9).all()
    calm = pulled < 1e-12
    assert (revenue[calm] <= capacity[calm] * (1 + 1e-9) + 1e-9).all()
    deep = (r["investor_pullback"] > 0.9) & (scarcity > 2)
    assert deep.any() and (revenue[deep] > capacity[deep]).all()


def test_revenue_never_falls_when_more_compute_is_installed():
    # However scarcity is priced, more installed compute never earns less: the premium's
    # elasticity to scarcity (θ) stays below the demand's price elasticity (docs/MODEL.md §4).
    # Checked on the pricing rule itself, through the engine: raising revenue per GW (the
    # value of the same compute) never lowers revenue in a year where compute is scarce and
    # nothing else differs (2024-2025, before investors react).
    base = LO + (HI - LO) * np.random.default_rng(12).random((300, len(TABLE)))
    more = base.copy()
    more[:, INDEX["revenue_per_gw"]] = np.minimum(base[:, INDEX["revenue_per_gw"]] * 1.05,
                                                  HI[INDEX["revenue_per_gw"]])
    a, b = simulate(base), simulate(more)
    first = slice(0, 2)
    assert (b["ai_revenue_busd"][:, first] >= a["ai_revenue_busd"][:, first] * (1 - 1e-9)).all()


def test_scarcity_pricing_raises_revenue_only_where_compute_is_scarce():
    # The default is compute-bound from about 2028 (demand at cost exceeds capacity); in those
    # years more scarcity pricing means more revenue, before them it changes nothing.
    r = simulate([{"scarcity_pricing": 0}, {"scarcity_pricing": 50}])
    scarce = r["ai_revenue_demand_busd"][0] > r["compute_capacity_busd"][0] * 1.01
    assert scarce.any() and (~scarce).any()
    assert (r["ai_revenue_busd"][1][scarce] > r["ai_revenue_busd"][0][scarce]).all()
    first = int(np.argmax(scarce))
    assert np.allclose(r["ai_revenue_busd"][1][:first], r["ai_revenue_busd"][0][:first])


def _scarce_somewhere(r) -> np.ndarray:
    """Per scenario: demand at cost price exceeds what the installed compute serves in some year
    after 2024 (the years where the price of compute rises above its cost, docs/MODEL.md §4)."""
    return (r["ai_revenue_demand_busd"] > r["compute_capacity_busd"])[:, 1:].any(axis=1)


# A higher level of capex per GW moves the price index (1 in 2024 whatever the level) only through
# the weight of capital against energy in the cost of new compute, so where compute is idle it can
# leave revenue a hair higher when hardware gets cheaper over time; 0.5 % allows that mix.
IDLE_LEVEL_TOLERANCE = 0.005
# A higher level almost never raises revenue (docs/MODEL.md §15, "Dearer hardware raises
# revenue": 0-0.15 % of pairs, at most 2.1 %, in power-walled worlds): share of pairs by 1e-9, by 1 %.
LEVEL_TOLERANCE = (0.005, 0.002)


@pytest.mark.parametrize("key", ["capex_per_gw", "capex_per_gw_growth"])
def test_dearer_hardware_never_raises_revenue_where_compute_is_idle(key):
    # Where compute is idle at cost price (demand at cost below what is installed, every year, in
    # both worlds) the price of compute is its cost and demand is elastic (ε > 1): hardware that
    # costs more, as a level or as a faster rise, makes compute no cheaper and so never raises AI
    # spending. (Where compute is scarce a faster rise may: its price is at least its replacement
    # cost, docs/MODEL.md §15, "Dearer hardware raises revenue", the rule argued there.)
    idle_pairs = 0
    for seed in (61, 62):
        low, high = _dense_pairs(key, seed)
        a, b = simulate(low), simulate(high)
        idle = ~_scarce_somewhere(a) & ~_scarce_somewhere(b)
        idle_pairs += int(idle.sum())
        before = figures(a)["cum_revenue_2025_2050"][idle]
        after = figures(b)["cum_revenue_2025_2050"][idle]
        tolerance = IDLE_LEVEL_TOLERANCE if key == "capex_per_gw" else 1e-9
        assert (after <= before * (1 + tolerance)).all(), (seed, (after / before).max())
    assert idle_pairs >= 20          # enough idle worlds for the rule to be tested at all


def test_a_higher_capex_per_gw_level_hardly_ever_raises_revenue():
    # At the observed 2024 price of compute (revenue per GW, R2, R6), a higher capex per GW is a
    # lower margin on every GW: the same money buys fewer GW whose price follows the same path,
    # so cumulative AI revenue 2025-2050 falls (docs/MODEL.md §15: the level and the growth of
    # capex per GW are different shocks).
    low, high = _dense_pairs("capex_per_gw", 63)
    a, b = figures(simulate(low)), figures(simulate(high))
    _against(b["cum_revenue_2025_2050"], a["cum_revenue_2025_2050"],
             "a higher capex per GW raises cumulative revenue", LEVEL_TOLERANCE)


def test_entry_builds_only_after_returns_beat_what_investors_require():
    # Entry lifts plans by a share of the economic profit: with the default's returns below the
    # required coverage until about 2030, capex is the same with and without entry until then;
    # afterwards entry builds more compute and earns more revenue.
    r = simulate([{"entry_response": 0}, {}])
    need = max(P.get("coverage_threshold").default / 100.0, 1.0)
    profitable = r["judged_coverage_ratio"][0] > need
    first = int(np.argmax(profitable))
    assert profitable.any() and first > 1
    capex = r["capex_total_busd"]
    assert np.allclose(capex[1][:first + 1], capex[0][:first + 1])
    assert capex[1].sum() > 1.03 * capex[0].sum()
    assert r["ai_revenue_busd"][1].sum() > r["ai_revenue_busd"][0].sum()


def test_few_pullbacks_last_to_2050_where_compute_is_scarce():
    # Around the default (each parameter normal, its documented spread as the standard deviation:
    # wider than the bands' triangular spread, so that busts occur), a pull-back that lasts to
    # 2050 although demand at cost price exceeds the compute installed is rare: in a lasting
    # pull-back scarce compute reprices (docs/MODEL.md §4). Before that repricing about a
    # fifth of the busts did (worlds whose price of compute lies below its full cost, §15,
    # "Some busts never end"); "rare" is taken as at most one in twenty.
    rng = np.random.default_rng(7)
    spread = np.array([p.spread or 0.0 for p in TABLE])
    m = np.clip(DEFAULT + spread * rng.standard_normal((4000, len(TABLE))), LO, HI)
    r = simulate(m)
    busts = r["bust_year"] > 0
    assert busts.sum() > 50
    scarce_2050 = r["ai_revenue_demand_busd"][:, -1] > 1.5 * r["compute_capacity_busd"][:, -1]
    lasting = busts & scarce_2050 & (r["investor_pullback"][:, -1] > 0.5)
    assert lasting.sum() <= 0.05 * busts.sum(), (lasting.sum(), busts.sum())


def test_lenders_to_a_second_tier_that_services_its_debt_in_a_calm_world_lose_little():
    # Lenders restructure a borrower that cannot service its debt, not one that can: a loan whose
    # interest and scheduled repayment the borrower's earnings cover with a quarter to spare (a
    # debt-service cover of 1.25, where asset-backed and project lenders usually set their floor,
    # R19) is performing. So in years before investors pull back at all (pull-back below 0.02 so
    # far) in which the second tier's EBITDA covers its interest (market rate plus its spread) and
    # amortisation 1.25 times, the lenders' only loss is stranded collateral, at most the
    # pull-back's share (0.02) of the debt: under 2 % of the second tier's peak debt in every
    # world of a sample around the default. Before debt above the collateral was carried while
    # earnings serviced it (docs/MODEL.md §6, R19), 582 of these 4,000 worlds lost more than 1 %
    # and one lost three times its peak debt: hardware retired early by refits wiped out the
    # loans of a borrower paying its interest twice over.
    rng = np.random.default_rng(5)
    spread = np.array([p.spread or 0.0 for p in TABLE])
    m = np.clip(DEFAULT + spread * rng.standard_normal((4000, len(TABLE))), LO, HI)
    r = simulate(m)
    debt = r["debt_second_tier_busd"]
    lev = r["leverage_second_tier_ratio"]                    # debt / EBITDA, reported up to a cap
    ebitda_n = np.where((lev > 0) & (lev < engine.LEVERAGE_CAP - 1e-6), debt / np.maximum(lev, 1e-12), 0.0)
    rate = (m[:, INDEX["interest_rate"]] + 0.0)[:, None] / 100.0
    amort = m[:, INDEX["debt_amortisation"]][:, None] / 100.0
    service = (rate + r["credit_spread_pct"] / 100.0 + amort) * debt
    calm = np.maximum.accumulate(r["investor_pullback"], axis=1) < 0.02
    serviced = calm & (debt > 1.0) & (ebitda_n >= 1.25 * service)
    assert serviced.any(axis=1).sum() > 1000
    lost = np.where(serviced, r["lender_losses_busd"], 0.0).sum(axis=1) / np.maximum(debt.max(axis=1), 1e-9)
    print(f"\nworlds with serviced calm years: {serviced.any(axis=1).sum()}; lenders lose in them at "
          f"most {lost.max():.2%} of peak debt, more than 1 % in {(lost > 0.01).sum()}")
    assert lost.max() < 0.02, (int(np.argmax(lost)), lost.max())


def test_most_busts_where_compute_stays_scarce_end_within_fifteen_years():
    # Over the whole parameter space: a bust that begins by 2035 in a world whose buyers still
    # want more compute than is installed in 2050 (demand at cost price above the capacity)
    # should mostly have ended by 2050. Builders cannot be kept out for fifteen years by a
    # market that would take more than they have: as the fleet ages out, contracts reprice
    # (docs/MODEL.md §4, "Repricing in a pull-back"). Before it, two thirds of them lasted to
    # 2050 (§15, "Some busts never end").
    m = LO + (HI - LO) * np.random.default_rng(21).random((6000, len(TABLE)))
    r = simulate(m)
    early = (r["bust_year"] > 0) & (r["bust_year"] <= 2035)
    scarce = r["ai_revenue_demand_busd"][:, -1] > r["compute_capacity_busd"][:, -1]
    busts = early & scarce
    assert busts.sum() > 100
    lasting = float(np.mean(r["investor_pullback"][busts, -1] > 0.5))
    print(f"\nbusts by 2035 in worlds still short of compute in 2050: {busts.sum()}, "
          f"still pulled back in 2050: {lasting:.0%}")
    assert lasting < 0.5, lasting


def test_a_young_pull_back_hardly_reprices_scarce_compute():
    # Contracts roll over a fifth a year, and one that rolls over in the first years of a
    # pull-back is priced by a market that cannot yet tell a lasting pull-back from a wobble
    # (docs/MODEL.md §4, "Repricing in a pull-back"). The bust year comes two or three years
    # after the first doubts, so by then scarce compute should carry at most a tenth of the
    # repricing a full, lasting pull-back brings (median over the busts). Read from revenue:
    # on a scarce fleet revenue = capacity · (demand / capacity)^(share / ε), so the share of the
    # clearing rise charged is ε · ln(revenue / capacity) / ln(demand / capacity), and the part
    # of the repricing done is its rise above θ over PULLBACK_REPRICING · (1 − θ). (Repriced by
    # this year's pull-back it was a median of a fifth, and short busts rebounded the year after
    # the bust year: review finding 3, 8.1 % of busts against 2.8 % before the repricing.)
    m = LO + (HI - LO) * np.random.default_rng(19).random((6000, len(TABLE)))
    r = simulate(m)
    rows = np.nonzero(r["bust_year"] > 0)[0]
    t = r["bust_year"][rows] - r.years[0]
    demand = r["ai_revenue_demand_busd"][rows, t]
    capacity = r["compute_capacity_busd"][rows, t]
    revenue = r["ai_revenue_busd"][rows, t]
    scarce = demand > 2.0 * capacity
    assert scarce.sum() > 100
    eps = m[rows, INDEX["price_elasticity"]][scarce]
    theta = m[rows, INDEX["scarcity_pricing"]][scarce] / 100.0
    charged = eps * np.log(revenue[scarce] / capacity[scarce]) / np.log(demand[scarce] /
                                                                          capacity[scarce])
    done = (charged - theta) / (engine.PULLBACK_REPRICING * (1.0 - theta))
    assert done.min() > -1e-6                       # never below the boom's pricing
    print(f"\nrepricing done in the bust year, median of {scarce.sum()} scarce busts: "
          f"{np.median(done):.2f}")
    assert np.median(done) < 0.1, np.median(done)


def test_horizon_settable_up_to_2060_and_refused_beyond():
    assert simulate({}, end_year=2060).years[-1] == 2060
    with pytest.raises(P.ParameterError, match="2030 to 2060"):
        simulate({}, end_year=2061)


def test_unknown_key_and_out_of_range_value_refused_with_range():
    with pytest.raises(P.ParameterError, match="unknown parameter 'nope'"):
        simulate({"nope": 1})
    with pytest.raises(P.ParameterError, match=r"capex_growth: 500 is outside .*0 to 150"):
        simulate({"capex_growth": 500})


def test_frame_has_the_fixed_columns_indexed_by_year():
    frame = simulate({}).frame()
    assert list(frame.columns[:22]) == ["year", *outputs.REQUIRED_COLUMNS]
    assert frame.index[0] == 2024 and frame.index[-1] == 2050


def test_the_hyperscalers_debt_settles_instead_of_ratcheting():
    # Payouts give way as debt nears the leverage limit (docs/MODEL.md §6): the default's debt
    # peaks and falls back before 2050, stays below the limit, and a one-point change in what the
    # builders keep, or a tenth of a point of non-AI EBITDA growth, moves the peak by less than
    # 5 % (while debt only ratcheted up it reached $6.1T in 2050 and moved by up to 8 %).
    d = P.defaults()
    r = simulate(d)
    debt, ebitda = r["debt_stock_busd"][0], r["ebitda_busd"][0]
    assert debt[-1] < debt.max()
    assert (debt <= d["leverage_limit_hyper"] * ebitda).all()
    for key, step in (("reinvest_share", 1.0), ("ebitda_growth", 0.1)):
        moved = simulate(dict(d, **{key: d[key] + step}))["debt_stock_busd"][0].max()
        assert abs(moved - debt.max()) < 0.05 * debt.max(), (key, moved, debt.max())


def test_a_shorter_book_life_restates_the_books_and_keeps_the_fleet():
    # The 2025 depreciation debate is about the books: writing accelerators off in 3 years
    # while they serve 5.5 raises the cost investors judge, but the same hardware keeps serving
    # and earning. (Before the book life was its own lever, the critics' 3 years could only be
    # set as the useful life, which scrapped the hardware: revenue 2025-2050 fell by a third.)
    d = P.defaults()
    critics = 300.0 / d["useful_life"]        # 3 years of the useful life, in %
    r = simulate([d, dict(d, book_life_share=critics), dict(d, useful_life=3.0)])
    later = r.years >= 2025
    revenue = r["ai_revenue_busd"][:, later].sum(axis=1)
    booked = r["depreciation_busd"][:, (r.years >= 2025) & (r.years <= 2030)].sum(axis=1)
    assert booked[1] > 1.1 * booked[0]                      # the books carry more cost early
    assert abs(revenue[1] / revenue[0] - 1) < 0.05          # the fleet earns about as much
    assert revenue[2] < 0.8 * revenue[0]                    # a short service life does not
    assert (r["required_revenue_fullcost_busd"][1, r.years == 2030]
            > r["required_revenue_fullcost_busd"][0, r.years == 2030])


@pytest.mark.parametrize("life", [2.0, 2.5, 3.0])
def test_the_book_life_has_no_cliff_at_short_useful_lives(life):
    # A review found a jump where the book life crossed one year (useful life 2, share 50 ->
    # 50.05 %: lender losses 2025-2050 $983B -> $374B): a vintage then left no book at the end
    # of its first year. Swept in slider steps at short useful lives (where the shortest book
    # life binds in part of the range), no step may move lender losses, peak debt or peak
    # stress by more than 20 % of the swept range.
    p = P.get("book_life_share")
    shares = np.arange(p.min, p.max + p.step / 2, p.step)
    r = simulate([dict(P.defaults(), useful_life=life, book_life_share=v) for v in shares])
    for figure in (r["lender_losses_busd"][:, 1:].sum(axis=1), r["debt_stock_busd"].max(axis=1),
                   r["stress_index"][:, 1:].max(axis=1)):
        swept = np.ptp(figure)
        assert swept == 0 or np.abs(np.diff(figure)).max() <= 0.2 * swept, figure


def test_hyperscalers_lose_investment_grade_past_the_rating_line():
    # R14/R15: investment grade pays about a third of a high-yield spread, and ends near 3x
    # EBITDA. Without a second tier, the builders' average rate is the risk-free rate plus a
    # third of the calm spread while debt stays under 3x last year's EBITDA, and more once it
    # passes it (a review found borrowers paying interest in kind kept the investment-grade
    # rate). Lenders read interest cover too (§6): at 18 % they lend 4x at 7 % only as far as
    # the same share of EBITDA pays for it, so the debt passes the line as EBITDA shrinks.
    case = dict(P.defaults(), interest_rate=15, credit_spread=10, ebitda_growth=-5,
                ai_ebitda_margin=0, debt_amortisation=0, share_second_tier=0,
                leverage_limit_hyper=4)
    r = simulate(case)
    debt, interest, ebitda = (r[c][0] for c in ("debt_stock_busd", "interest_busd", "ebitda_busd"))
    rate = interest[1:] / debt[:-1]
    leverage = debt[:-1] / ebitda[:-1]
    investment_grade = 0.15 + 0.10 / 3
    assert (leverage < 3).any() and (leverage > 3.5).any()
    assert rate[leverage < 3] == pytest.approx(investment_grade)
    assert (rate[leverage > 3.5] > investment_grade + 0.01).all()


def test_dearer_money_means_less_hyperscaler_debt_not_more():
    # Lenders and rating agencies read interest cover (EBITDA ÷ interest) beside debt ÷ EBITDA
    # (R15): at 16 % instead of 7 % the same debt costs more than twice the share of earnings, so
    # they lend less, not more. In the worlds where the hyperscalers borrow most (the default,
    # power_constrained) and in the bubble (monetization_lag), an interest rate of 15 % instead of
    # 6 % lowers peak debt; a finance review found it rising ($3.09T -> $5.83T in the default), as
    # interest took the cash and the builders borrowed the gap inside an unchanged limit.
    for name in ("baseline", "power_constrained", "monetization_lag"):
        values = presets.find(name).full_values()
        r = simulate([{**values, "interest_rate": 6}, {**values, "interest_rate": 15}])
        peak = r["debt_stock_busd"].max(axis=1)
        assert peak[1] < peak[0], (name, peak)


@pytest.mark.parametrize("key", ["interest_rate", "credit_spread"])
def test_dearer_money_never_adds_debt_or_capex_in_the_default(key):
    # A finance audience moves the rate first. Plans carry a hurdle (R17: CFOs defer projects
    # when borrowing gets dearer) and the hyperscalers' payouts, not their capex cash, take the
    # change in interest from the calm rate of 2025 (R18: buybacks are the residual), so over
    # every slider step of the rate and of the calm spread, peak debt and capex 2025-2030 never
    # rise. Before, interest took the cash and the builders borrowed it back: peak debt rose in
    # 54 of the rate's 112 steps ($2.51T at 1 %, $3.09T at 6 %, $3.35T at 7.5 %) and in 168 of
    # the spread's 190.
    p = P.get(key)
    values = np.round(np.arange(p.min, p.max + p.step / 2, p.step), 6)
    r = simulate([{key: float(v)} for v in values[values <= p.max]])
    h = outputs.headline_arrays(r)
    for figure in ("peak_debt_busd", "cum_capex_2025_2030"):
        rises = np.diff(h[figure]) > 1e-6 * h[figure][:-1]
        assert not rises.any(), (figure, values[:-1][rises][:5])


@pytest.mark.parametrize("key", ["interest_rate", "credit_spread"])
def test_dearer_money_rarely_adds_debt_anywhere(key):
    # Over the whole space (the directions' dense pairs), dearer money raises peak debt by more
    # than 1 % in at most 6 % of pairs: 3.65 % (rate) and 3.90 % (spread), against 27.45 % and
    # 24.45 % before the hurdle and the payouts' share of interest. The rest are worlds whose
    # funding binds, where more debt at a cheap rate would cost capex (docs/MODEL.md §6).
    low, high = _dense_pairs(key, 32)
    a = figures(simulate(high))["peak_debt_busd"]
    b = figures(simulate(low))["peak_debt_busd"]
    _against(a, b, f"dearer {key} raises peak debt", (0.25, 0.06))


@pytest.mark.parametrize("key", ["interest_rate", "cost_of_capital", "credit_spread", "power_price"])
def test_dearer_money_or_power_never_raises_revenue_in_the_default_or_a_preset(key):
    # A room moves the rate first: a model whose revenue rises when money (or power) gets dearer
    # loses it (docs/MODEL.md §4: a full-cost floor on scarce compute did, and was removed). In
    # the default and every preset, no slider step of the cost of money or of power raises
    # cumulative AI revenue 2025-2050; the repricing in a pull-back (§4) reads the pull-back, not
    # the cost, and must keep it so in the bust presets too.
    p = P.get(key)
    rows = [{**values, key: v} for values in [{}] + [pr.values for pr in presets.all_presets()]
            for v in grid(p)]
    cum = figures(simulate(rows))["cum_revenue_2025_2050"].reshape(-1, len(grid(p)))
    assert (np.diff(cum, axis=1) <= 1e-9 * cum[:, 1:]).all()


def test_interest_that_earnings_cannot_pay_is_borrowed_not_forgotten():
    # A finance review found interest above all of the builders' EBITDA neither paid nor added
    # to debt: with dear money and shrinking earnings the debt crept from $1.30T to $1.49T over
    # 2030-2050 while interest ran at two to three times EBITDA. Without a second tier and with
    # no scheduled repayment, debt can only fall by repaying out of cash, so each year it must
    # rise by at least the interest that last year's whole EBITDA could not cover. (Lenders
    # read interest cover, §6, so dear money alone no longer lends that far: the case starts at
    # 3x EBITDA of debt, $600B against $200B.)
    case = dict(P.defaults(), interest_rate=15, credit_spread=10, ebitda_growth=-5,
                ai_ebitda_margin=0, debt_amortisation=0, share_second_tier=0,
                debt_2024=600, ebitda_2024=200)
    r = simulate(case)
    debt, interest, ebitda = (r[c][0] for c in ("debt_stock_busd", "interest_busd", "ebitda_busd"))
    shortfall = np.maximum(interest[1:] - ebitda[:-1], 0.0)
    assert shortfall.sum() > 100, "the case should have interest beyond earnings"
    assert (np.diff(debt) >= shortfall - 1e-6).all()
    # ... and over the whole space no builder pays more interest in cash than it earned
    rng = np.random.default_rng(11)
    sample = simulate(LO + (HI - LO) * rng.random((1000, len(TABLE))))
    paid = sample["interest_busd"][:, 1:] - sample["interest_unpaid_busd"][:, 1:]
    assert (paid <= sample["ebitda_busd"][:, :-1] * (1 + 1e-9) + 1e-9).all()
    # ... and the debt stock reconciles from the exported flows (docs/MODEL.md §6)
    issued = sum(sample[c] for c in ("financing_debt_busd", "financing_spv_busd",
                                     "financing_leasing_busd"))
    flows = (issued - sample["debt_repaid_busd"] + sample["interest_unpaid_busd"]
             - sample["lender_losses_busd"])[:, 1:]
    assert np.diff(sample["debt_stock_busd"], axis=1) == pytest.approx(flows, abs=1e-6)
    # the second tier's part of the repayments, which no cash pays (docs/MODEL.md §15), is
    # shown on its own: never more than all repayments, and nothing without a second tier
    rolled = sample["debt_rolled_over_busd"]
    assert (rolled <= sample["debt_repaid_busd"] + 1e-9).all() and rolled.max() > 0
    assert not simulate(dict(P.defaults(), share_second_tier=0))["debt_rolled_over_busd"].any()


@pytest.mark.parametrize("preset", [p.slug for p in presets.all_presets()])
def test_at_the_power_wall_us_capex_plateaus_while_investors_stay_in(preset):
    # "The power wall is a plateau" (issue 9): in a year when investors have barely started to
    # pull back (π < 0.1 that year and the year before), US-located capex may stop growing at
    # the wall, but it does not fall because power ran out. (With only hardware two or more
    # years old refittable, `monetization_lag` fell 10 % in 2027; before halls were built ahead
    # of power, 4.3 %: $709B -> $678B, its GDP contribution +1.21 -> -0.11 -> +0.56 pp.)
    r = simulate(presets.find(preset).full_values())
    us, pull = r["capex_us_busd"][0], r["investor_pullback"][0]
    calm = (pull[1:] < 0.1) & (pull[:-1] < 0.1)
    falls = [(int(y), round(float(a)), round(float(b)))
             for y, a, b, c in zip(r.years[1:], us[:-1], us[1:], calm) if c and b < a]
    assert not falls, falls


def test_projects_waiting_for_power_get_their_halls_ahead():
    # While the grid is late, builders put up the halls (the facility: about a quarter of the
    # all-in capex per GW, R2) and fit the hardware when power comes (docs/MODEL.md §2). So in a
    # power-starved world some of the deferred capex is spent now, on the order of R2's
    # quarter of it; with power to spare nothing waits and no hall is built ahead.
    starved = simulate(dict(P.defaults(), power_buildout=1))
    backlog, waiting = starved["capex_backlog_busd"][0], starved["halls_waiting_busd"][0]
    deferred = backlog > 10
    assert deferred.sum() >= 5
    share = waiting[deferred] / backlog[deferred]
    assert (share > 0.15).all() and (share < 0.35).all(), share
    ample = simulate(dict(P.defaults(), power_buildout=30))
    assert not ample["capex_backlog_busd"].any() and not ample["capex_halls_ahead_busd"].any()
    assert not ample["halls_waiting_busd"].any()


def test_invested_capital_reconciles_with_capex_depreciation_and_write_downs():
    # Every dollar of capex is on the books until it is depreciated or written down: hardware in
    # service and halls still waiting for power alike (docs/MODEL.md §2, §5). A hall paid for
    # ahead of its hardware is paid once: the project that moves in pays only the rest.
    rng = np.random.default_rng(17)
    r = simulate(LO + (HI - LO) * rng.random((500, len(TABLE))))
    flows = (r["capex_total_busd"] - r["depreciation_busd"] - r["writedown_busd"])[:, 1:]
    assert np.diff(r["invested_capital_busd"], axis=1) == pytest.approx(flows, abs=1e-6)
    assert r["capex_halls_ahead_busd"].max() > 0


def test_halls_built_ahead_smooth_the_wall_near_the_default(monkeypatch):
    # The money of a boom that outruns the grid has a home in the year it hits the wall: the
    # halls of the projects that must wait. Near the default (a normal sample, each parameter's
    # spread as its standard deviation), a V-shaped dip of US capex at the wall (a fall of more
    # than 3 % and a rise of more than 3 % the next year, with power short, everything funded
    # and investors in) is rarer with the halls than without them.
    rng = np.random.default_rng(5)
    mid = np.array([p.default for p in TABLE])
    spread = np.array([p.spread for p in TABLE])
    sample = np.clip(mid + spread * rng.standard_normal((3000, len(TABLE))), LO, HI)

    def wall_dips() -> int:
        r = simulate(sample)
        us, window = r["capex_us_busd"], slice(1, 12)
        pull, unfunded = r["investor_pullback"][:, window], r["capex_unfunded_busd"][:, window]
        short = r["power_shortfall_us_gw"][:, window]
        c = us[:, window]
        fall, rise = c[:, 1:-1] / c[:, :-2] - 1, c[:, 2:] / c[:, 1:-1] - 1
        quiet = (pull[:, 1:] < 0.1).all(axis=1)[:, None] & (unfunded[:, 1:-1] < 1) \
            & (unfunded[:, 2:] < 1) & (short[:, 1:-1] + short[:, :-2] > 0)
        return int(((fall < -0.03) & (rise > 0.03) & quiet).any(axis=1).sum())

    with_halls = wall_dips()
    monkeypatch.setattr(engine, "HALL_SHARE_OF_CAPEX", 0.0)
    without = wall_dips()
    print("wall dips with halls", with_halls, "without", without)
    assert without >= 20 and with_halls < 0.5 * without, (with_halls, without)


def test_a_small_second_tier_under_water_does_not_close_everyones_credit():
    # The hyperscalers' credit and the stress index's credit part read the market's widening,
    # in which the second tier's loan-to-value counts by its share of the builders' debt (§6).
    # So a second tier of 0.2 % of capex moves the stress index's credit part and the
    # hyperscalers' capex 2025-2030 little against none at all, across a sample (when both kinds
    # read the second tier's own spread, such a tier moved peak stress by up to 6.4 points and
    # cut the hyperscalers' capex by up to 10 %, by more than 1 % in 44 of these 300 scenarios).
    rng = np.random.default_rng(41)
    m = LO + (HI - LO) * rng.random((300, len(TABLE)))
    col = [p.key for p in TABLE].index("share_second_tier")
    none, small = m.copy(), m.copy()
    none[:, col], small[:, col] = 0.0, 0.2
    a, b = simulate(none), simulate(small)
    stress = np.abs(b["stress_credit"].max(axis=1) - a["stress_credit"].max(axis=1))
    hyper = [r["capex_hyperscaler_busd"][:, 1:7].sum(axis=1) for r in (a, b)]
    assert stress.max() < 1.0, stress.max()
    assert (hyper[1] > 0.99 * hyper[0]).all(), (hyper[1] / hyper[0]).min()


def test_hardware_scrapped_by_refits_is_paid_for():
    # A vintage's price is a cost whether it serves its useful life or is retired early by a
    # refit (docs/MODEL.md §5): in a power-starved world (1 GW a year), allowing refits raises
    # the full cost investors judge, over and above the extra depreciation, by at least 90 % of
    # the book they write off (before the write-offs were charged, by a quarter of it).
    r = simulate([{"power_buildout": 1, "refit_rate": 0}, {"power_buildout": 1, "refit_rate": 30}])
    total = {c: r[c][:, r.years >= 2025].sum(axis=1)
             for c in ("required_revenue_fullcost_busd", "depreciation_busd", "writedown_busd")}
    extra_cost = np.diff(total["required_revenue_fullcost_busd"])[0] - np.diff(total["depreciation_busd"])[0]
    written_off = np.diff(total["writedown_busd"])[0]
    assert written_off > 1000, written_off            # refits do scrap hardware here
    assert extra_cost >= 0.9 * written_off, (extra_cost, written_off)


def test_revenue_covers_spend_from_the_first_of_two_covered_years():
    # The headline "Revenue covers spend" is the first year from which revenue covers the full
    # cost in that year and the next (docs/MODEL.md §14): one year that touches 1 before coverage
    # dips again does not count; the last year of the run counts alone.
    from model.outputs import Results, headline_arrays
    years = np.arange(2024, 2031)
    paths = np.array([[0.6, 1.01, 0.9, 0.95, 1.0, 1.1, 1.2],    # touches 1 in 2025, covers from 2028
                      [0.6, 0.8, 1.0, 1.0, 1.1, 1.2, 1.3],      # covers from 2026
                      [0.6, 0.8, 0.9, 0.9, 0.9, 0.9, 1.2],      # only the last year
                      [0.6, 0.8, 1.2, 0.9, 0.9, 0.9, 0.9]])     # never for two years
    arrays = {c: np.zeros_like(paths) for c in ("capex_total_busd", "power_shortfall_us_gw",
                                                 "debt_stock_busd", "stress_index")}
    arrays.update(fullcost_coverage_ratio=paths, bust_year=np.zeros(4))
    got = headline_arrays(Results(arrays, years))["coverage_year"]
    assert got[:3].tolist() == [2028, 2026, 2030] and np.isnan(got[3]), got


def test_a_collapse_without_a_bust_and_a_heavy_debt_service_read_as_stress():
    # The stress index counts the fall of capex below its peak and the builders' interest ÷
    # EBITDA (docs/MODEL.md §9). Of uniform worlds whose capex falls by more than half with no
    # investor pull-back (money-bound declines), most read a peak stress of 25 or more (when
    # the index had neither part, 77 % of them peaked below 25), and worlds where interest takes
    # half of EBITDA or more read well above the calm default (fewer since lenders read interest
    # cover, §6: 6 of these 4,000 worlds, 21 before).
    rng = np.random.default_rng(5)
    r = simulate(LO + (HI - LO) * rng.random((4000, len(TABLE))))
    capex = r["capex_total_busd"]
    fall = (1.0 - capex / np.maximum.accumulate(capex, axis=1)).max(axis=1)
    collapse = (fall > 0.5) & (r["investor_pullback"].max(axis=1) < 0.5)
    peak = r["stress_index"][:, 1:].max(axis=1)
    assert collapse.sum() > 50, collapse.sum()
    assert (peak[collapse] < 25).mean() < 0.3, (peak[collapse] < 25).mean()
    service = (r["interest_busd"] / np.maximum(r["ebitda_busd"], 1e-9)).max(axis=1) >= 0.5
    calm = simulate({})["stress_index"][0, 1:].max()
    assert service.sum() >= 5 and (peak[service] > 1.5 * calm).all(), (service.sum(), peak[service].min())


@pytest.mark.parametrize("short", [
    {"us_power_queued_gw": 1},                                   # the slider's low end
    {"us_power_queued_gw": 1, "us_power_2024_gw": 2, "pue": 1.6, "capex_per_gw": 25,
     "capex_2024_us": 260},                                     # the US grid far too small
    {"power_2024_row": 0.2, "buildout_row": 0.2, "capex_2024_row": 40},   # RoW's grid too small
])
def test_2024_is_history_whatever_the_power_levers_say(short):
    # 2024 is history (docs/MODEL.md §0): its capex is the observed capex of each region, built,
    # funded and powered. Power levers set too low for it must not rewrite it (they cut the US's
    # 2024 capex from $195B to $118B and the world's from $245B to $194B, through refits, a
    # backlog and relocation in the history year): the grid of 2024 carried what was built.
    values = P.complete(short)
    r = simulate(values)
    t = list(r.years).index(2024)
    for region in ("us", "china", "eu", "uk", "row"):
        assert r[f"capex_{region}_busd"][0, t] == pytest.approx(values[f"capex_2024_{region}"]), region
    observed = sum(values[f"capex_2024_{region}"] for region in ("us", "china", "eu", "uk", "row"))
    assert r["capex_total_busd"][0, t] == pytest.approx(observed)
    for column in ("capex_backlog_busd", "capex_refit_busd", "capex_relocated_busd",
                   "capex_cancelled_busd", "capex_unfunded_busd"):
        assert r[column][0, t] == pytest.approx(0.0, abs=1e-9), column
    # what was built in 2024 was connected: the load it draws is within the power available
    assert r["power_load_us_gw"][0, t] <= r["power_available_us_gw"][0, t] + 1e-9
    assert r["power_shortfall_us_gw"][0, t] == pytest.approx(0.0, abs=1e-9)


def test_levers_that_crowding_out_governs_say_so():
    # Crowding out (docs/MODEL.md §1) reads the builders' plans times the breadth β against 8 %
    # of US GDP. A sceptical review found two levers whose descriptions hid it: the long-run
    # growth (set to 15 % a year, capex grew about 4 % a year in 2035-2050, near GDP's 4 %) and
    # the breadth, described as a reconciliation of two statistics, which moved cumulative capex
    # 2025-2050 by half over its range.
    r = simulate([{"capex_growth_long_run": 15}, {"ai_capex_breadth": 1}, {"ai_capex_breadth": 3}])
    capex = r["capex_total_busd"]
    at = list(r.years).index
    realised = (capex[0, at(2050)] / capex[0, at(2035)]) ** (1 / 15) - 1
    gdp = P.get("gdp_growth").default / 100
    assert realised < gdp + 0.01 < 0.15, realised           # far below the 15 % asked for
    cum = capex[1:, r.years >= 2025].sum(axis=1)
    assert cum[1] < 0.7 * cum[0], cum                        # the breadth is a capex lever
    for key in ("capex_growth_long_run", "ai_capex_breadth"):
        assert "crowding out" in P.get(key).description.lower(), key


def test_the_write_down_stress_part_is_labelled_by_what_it_counts():
    # The stress index's losses part counts stranded write-downs in a pull-back only (§9), while
    # writedown_busd also holds the book of hardware that refits retire early. At the default's
    # power wall write-downs run at $110-175B a year with no pull-back and the part reads about
    # zero: its label must not read as all write-downs.
    r = simulate({})
    at = list(r.years).index(2029)
    assert r["writedown_busd"][0, at] > 100 and r["stress_losses"][0, at] < 0.5
    assert "stranded" in outputs.COLUMN_INFO["stress_losses"][0].lower()


def test_capex_spent_never_exceeds_capex_wanted():
    # "Capex wanted" is the plans and the backlog at the prices paid, so what is spent (less
    # whatever could not be powered or funded) never exceeds it. (A review found spend up to
    # 29 % above it: a project moved abroad was wanted at home prices, paid with the premium.)
    rng = np.random.default_rng(23)
    r = simulate(LO + (HI - LO) * rng.random((2000, len(TABLE))))
    excess = r["capex_total_busd"] - r["capex_desired_busd"]
    assert excess.max() <= 1e-6 * r["capex_total_busd"].max(), excess.max()


def _halls_only_in_the_us(**extra):
    """A world where only the US waits for power (the other regions' grids at their largest
    build-out, nothing moves abroad), so every hall built ahead stands in the US."""
    values = dict(P.defaults(), power_buildout=1, capex_growth=100, relocation_share=0,
                  **{f"buildout_{r}": P.get(f"buildout_{r}").max for r in ("china", "eu", "uk", "row")},
                  **extra)
    r = simulate(values)
    assert r["capex_halls_ahead_busd"][0].max() > 10          # halls are built ahead
    assert r["power_shortfall_total_gw"][0] == pytest.approx(r["power_shortfall_us_gw"][0])
    return values, r


def test_r1_yardstick_counts_the_accelerators_fitted_not_the_halls_built_ahead():
    # R1 (Sequoia) prices GPU spend: the accelerator share a of the projects fitted this year
    # (docs/MODEL.md §4). A hall built ahead of power is the facility only (R2): it holds no
    # accelerator, and the project that moves in later brings all of its accelerators. So the
    # yardstick reads a · 4 · (capex paid − halls put up + halls moved into), and the halls
    # waiting change by exactly (put up − moved into).
    values, r = _halls_only_in_the_us()
    a = values["gpu_share_of_capex"] / 100.0
    waiting = r["halls_waiting_busd"][0]
    fitted = r["capex_total_busd"][0] - np.diff(waiting, prepend=0.0)
    assert r["required_revenue_busd"][0] == pytest.approx(4.0 * a * fitted, rel=1e-9)


def test_gdp_counts_no_imported_accelerators_in_a_hall_built_ahead():
    # §8: imports are netted out by content: accelerators at accelerator_import_share, the rest
    # of AI-related investment (buildings, power and grid equipment: import_share's own label)
    # at import_share. A hall built ahead of power is building, cooling and electrical work
    # (R2) with no accelerator in it. With every accelerator imported and nothing else, the
    # domestic part is broad investment less the accelerators fitted that year.
    values, r = _halls_only_in_the_us(accelerator_import_share=100, import_share=0,
                                      gdp_multiplier=1)
    a, beta = values["gpu_share_of_capex"] / 100.0, values["ai_capex_breadth"]
    us = r["capex_us_busd"][0]
    fitted = us - np.diff(r["halls_waiting_busd"][0], prepend=0.0)   # all halls are in the US
    domestic = beta * us - a * fitted
    gdp = r["us_gdp_busd"][0]
    expected = 100.0 * np.diff(domestic) / gdp[:-1]
    assert r["us_gdp_growth_contribution_pp"][0][1:] == pytest.approx(expected, abs=1e-9)

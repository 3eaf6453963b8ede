"""The documentation matches the code: the parameter reference is generated from the current table,
MODEL.md documents every parameter and output column, its calibration table is current, and every
source label cited exists in the project's own list of sources, docs/SOURCES.md (nothing here
reads outside the repository)."""
import re
from pathlib import Path

import numpy as np
import pytest

from model import docs, outputs
from model import parameters as P

ROOT = Path(__file__).resolve().parent.parent
MODEL_MD = ROOT / "docs" / "MODEL.md"
PARAMETERS_MD = ROOT / "docs" / "PARAMETERS.md"
SOURCES_MD = ROOT / "docs" / "SOURCES.md"
LABEL = r"\b([SRO]\d+)\b"


@pytest.fixture(scope="module")
def source_facts() -> str:
    return SOURCES_MD.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def model_md() -> str:
    return MODEL_MD.read_text(encoding="utf-8")


def defined_labels(facts: str) -> set[str]:
    """The labels defined by SOURCES.md's '### S1: title' headings (read here independently of
    model.docs, whose parser is under test)."""
    return set(re.findall(r"^### ([SRO]\d+): \S", facts, flags=re.M))


def test_sources_md_defines_every_label_once_with_its_figures(source_facts):
    headings = re.findall(r"^### ([SRO]\d+):", source_facts, flags=re.M)
    assert len(headings) == len(set(headings)), "a label is defined twice in docs/SOURCES.md"
    expected = ({f"S{i}" for i in range(1, 6)} | {f"R{i}" for i in range(1, 20)}
                | {f"O{i}" for i in range(1, 10)})
    assert set(headings) == expected
    sections = re.split(r"^### ", source_facts, flags=re.M)[1:]
    for section in sections:
        label = section.split(":", 1)[0]
        assert "\n- " in section, f"{label} has no bullet saying what the source states"
    # the figures the model is calibrated to or cites are in the text
    for figure in ("60 GW", "$240B", "$360B", "$600B", "2% of US GDP", "0.7 percentage points",
                   "25–40%", "$2.6–4.4 trillion", "$50–60B", "1.55", "1.1–1.3", "Taiwan, Mexico",
                   "about 3×", "about **11%** of GDP"):
        assert figure in source_facts, f"docs/SOURCES.md lacks {figure!r}"


def test_model_docs_reads_every_label_and_title_from_sources_md(source_facts):
    titles = docs.source_titles(source_facts)
    assert set(titles) == defined_labels(source_facts)
    assert titles["R1"] == "Sequoia, AI's $600B question (June 2024)"
    assert all(t.strip() for t in titles.values())
    assert docs.source_titles() == titles      # the default reads the same file


def test_no_test_and_no_doc_points_outside_the_repository():
    outside = "../" + "shared"
    offenders = [str(p.relative_to(ROOT)) for p in
                 [*ROOT.glob("tests/*.py"), *ROOT.glob("model/**/*.py"), PARAMETERS_MD]
                 if outside in p.read_text(encoding="utf-8")]
    assert not offenders, f"these files point outside the repository: {offenders}"


def test_parameters_md_is_generated_from_the_current_table():
    assert PARAMETERS_MD.read_text(encoding="utf-8") == docs.parameter_reference_markdown(), \
        "docs/PARAMETERS.md is out of date: run `python -m model.docs`"


def test_parameter_reference_has_one_row_per_parameter_with_its_values():
    rows = {}
    for line in docs.parameter_reference_markdown().splitlines():
        m = re.match(r'\| <a id="([^"]+)"></a>`[^`]+` \|(.*)\|$', line)
        if m:
            rows[m.group(1)] = [c.strip() for c in m.group(2).split(" | ")]
    assert list(rows) == [p.key for _, ps in P.groups() for p in ps]
    for p in P.parameters():
        label, unit, default, rng, step, spread, source = rows[p.key][:7]
        assert (label, unit) == (p.label, p.unit)
        assert float(default) == p.default and float(step) == p.step
        assert rng == f"{p.min:g} to {p.max:g}"
        assert spread == ("fixed" if p.spread == 0 else f"± {p.spread:g}")
        assert source.split(", ") == docs.source_labels(p.source)


def test_every_parameter_is_linked_from_model_md(model_md):
    missing = [k for k in P.keys() if f"(PARAMETERS.md#{k})" not in model_md]
    assert not missing, f"docs/MODEL.md does not document (link) these parameters: {missing}"


def test_every_parameter_link_in_model_md_points_to_a_parameter(model_md):
    linked = set(re.findall(r"\(PARAMETERS\.md#([A-Za-z0-9_-]+)\)", model_md))
    assert linked and not linked - set(P.keys()), f"broken links: {sorted(linked - set(P.keys()))}"


def test_every_required_output_column_is_documented(model_md):
    missing = [c for c in outputs.REQUIRED_COLUMNS if f"`{c}`" not in model_md]
    assert not missing, f"docs/MODEL.md does not document these output columns: {missing}"


def test_every_output_column_is_documented(model_md):
    missing = [c for c in outputs.ALL_COLUMNS if f"`{c}`" not in model_md]
    assert not missing, f"docs/MODEL.md does not document these output columns: {missing}"


def test_every_source_label_in_the_table_exists_in_sources_md(source_facts):
    known = defined_labels(source_facts)
    assert {"S1", "R1"} <= known          # the parser found the labels at all
    for p in P.parameters():
        labels = docs.source_labels(p.source)
        assert labels, f"{p.key} has no source label"
        unknown = set(labels) - known - {docs.ASSUMPTION}
        assert not unknown, f"{p.key}: source labels {sorted(unknown)} are not in docs/SOURCES.md"


def test_model_md_cites_only_existing_labels(source_facts, model_md):
    known = defined_labels(source_facts)
    cited = set(re.findall(LABEL, model_md))
    assert cited and not cited - known, f"MODEL.md cites unknown labels {sorted(cited - known)}"


def test_calibration_covers_every_check_of_sources_md(source_facts):
    section = source_facts.split("## Calibration targets", 1)[1]
    checks = re.findall(r"^\| (?!check\b|---)([^|]+?) \|", section, flags=re.M)
    assert len(checks) >= 7
    assert set(checks) == {t.source_check for t in docs.CALIBRATION_TARGETS}


def test_calibration_table_in_model_md_is_current(model_md):
    assert docs.calibration_block(model_md) == docs.calibration_markdown(), \
        "the calibration table in docs/MODEL.md is out of date: run `python -m model.docs`"


def test_default_scenario_passes_every_calibration_row():
    failed = [(r.target.label, r.value) for r in docs.calibration_rows() if not r.passed]
    assert not failed, f"calibration targets missed: {failed}"


def test_r1_row_reads_600_from_a_scenario_with_150_of_gpu_spend():
    from model import simulate
    row = next(r for r in docs.calibration_rows() if r.target.source_check == "R1 arithmetic")
    r = simulate(dict(row.target.scenario))
    gpu_spend = r["capex_total_busd"][0, 0] * P.get("gpu_share_of_capex").default / 100
    assert gpu_spend == pytest.approx(150.0, abs=1e-9)
    assert row.value == pytest.approx(600.0, abs=1e-9)


def test_a_value_outside_the_range_fails_the_row():
    target = docs.CALIBRATION_TARGETS[0]
    assert docs.CalibrationRow(target, target.high + 1).passed is False
    assert docs.CalibrationRow(target, target.low - 1).passed is False
    assert docs.CalibrationRow(target, (target.low + target.high) / 2).passed is True
    assert "FAIL" not in docs.calibration_markdown()


def test_replacing_the_calibration_block_keeps_the_rest_of_the_text():
    text = f"before\n{docs.CALIBRATION_BEGIN}\nold\n{docs.CALIBRATION_END}\nafter\n"
    new = docs.replace_calibration_block(text, "| new |")
    assert new.startswith("before\n") and new.endswith("after\n")
    assert docs.calibration_block(new) == "| new |"
    with pytest.raises(ValueError, match="markers"):
        docs.replace_calibration_block("no markers here", "| new |")


def test_the_worked_bust_example_quotes_the_models_figures():
    """docs/MODEL.md §7's worked example and the preset table quote `monetization_lag` as the
    model runs it (they had drifted: a depth of 39.7 % quoted for 38.1 %)."""
    from model import presets, simulate
    r = simulate(presets.find("monetization_lag").full_values())
    years = list(r.years)

    def at(column, year):
        return float(r[column][0][years.index(year)])

    before_bust = r["capex_total_busd"][0][: years.index(2030)]    # the boom's peak
    peak_year = years[int(before_bust.argmax())]
    text = docs.MODEL_MD.read_text(encoding="utf-8")
    for quoted in (f"Capex falls from its peak of ${before_bust.max():,.0f}B\n({peak_year})",
                   f"to ${at('capex_total_busd', 2032):,.0f}B (2032): depth "
                   f"{float(r['bust_depth_pct'][0]):.1f}%",
                   f"Write-downs peak at ${r['writedown_busd'][0].max():.0f}B",
                   f"| {float(r['bust_depth_pct'][0]):.1f}% | 2033 | "
                   f"{r['stress_index'][0].max():.0f} |"):
        assert quoted in text, quoted


def test_label_ranges_named_in_the_docs_match_sources_md(source_facts):
    """'R1–R14' in the README once lagged behind SOURCES.md's R15: every 'X1–Xn' range the README
    and MODEL.md name ends at the last label of that letter SOURCES.md defines."""
    last = {}
    for label in defined_labels(source_facts):
        letter, number = label[0], int(label[1:])
        last[letter] = max(last.get(letter, 0), number)
    named = 0
    for path in (ROOT / "README.md", MODEL_MD):
        for letter, end in re.findall(r"\b([SRO])1[–-]\1(\d+)\b", path.read_text(encoding="utf-8")):
            named += 1
            assert int(end) == last[letter], (
                f"{path.name} names {letter}1–{letter}{end}, SOURCES.md defines up to {letter}{last[letter]}")
    assert named >= 3, "the README and MODEL.md name the label ranges (S, R and O)"


def test_the_default_paragraph_and_preset_rows_quote_the_models_figures():
    """docs/MODEL.md §12's typed paragraph on the default and the preset table's
    `circular_unwind` and `power_constrained` rows quote the model as it runs now (they had
    drifted: $900B of capex in 2027 quoted for $918B, capex regaining its 2027 level in 2041
    for 2039, revenue 2025-2050 of $61.4T for $61.5T). Each figure is recomputed here from the
    yearly arrays and formatted by this test; line breaks in the text count as spaces."""
    from model import presets, simulate
    text = " ".join(docs.MODEL_MD.read_text(encoding="utf-8").split())

    def run(slug=None):
        r = simulate(presets.find(slug).full_values() if slug else P.defaults())
        years = list(r.years)
        return r, (lambda column, year: float(r[column][0][years.index(year)])), years

    base, at, years = run()
    cap = [at("capex_total_busd", y) for y in range(2025, 2031)]
    debt = base["debt_stock_busd"][0]
    impatience = base["investor_impatience"][0]
    quoted = [
        f"total capex ${cap[0]:.0f}B (2025) → ${cap[1]:.0f}B (2026) → ${cap[2]:.0f}B (2027) → "
        f"${cap[3] / 1000:.2f}T (2028) → ${cap[4] / 1000:.2f}T (2029) → ${cap[5] / 1000:.2f}T (2030)",
        f"US load {at('power_load_us_gw', 2030):.1f} GW in 2030",
        f"revenue ${at('ai_revenue_busd', 2030) / 1000:.2f}T in 2030",
        f"impatience peaks at {impatience.max():.2f} of 2 gap-years ({years[int(impatience.argmax())]})",
        f"π at {100 * base['investor_pullback'][0].max():.1f}%",
        f"peak debt ${debt.max() / 1000:.2f}T ({years[int(debt.argmax())]})",
    ]
    unwind, _, years_u = run("circular_unwind")
    cap_u = unwind["capex_total_busd"][0]
    peak = int(cap_u[: years_u.index(2030)].argmax())
    back = next(y for y, c in zip(years_u[peak + 1:], cap_u[peak + 1:]) if c >= cap_u[peak])
    quoted.append(f"capex regains its {years_u[peak]} level in {back}")
    wall, at_w, years_w = run("power_constrained")
    revenue = lambda r: r["ai_revenue_busd"][0][np.asarray(years_w) >= 2025].sum() / 1000
    quoted += [
        f"a backlog of up to ${wall['capex_backlog_busd'][0].max():.0f}B",
        f"capex ${at_w('capex_total_busd', 2026):.0f}B in 2026 instead of "
        f"${at('capex_total_busd', 2026):.0f}B",
        f"2025–2050 ${revenue(wall):.1f}T instead of ${revenue(base):.1f}T",
    ]
    missing = [q for q in quoted if q not in text]
    assert not missing, missing


def covered_phrases(base: int, covered: dict) -> list[str]:
    """How §3 words the year revenue covers full cost at 30, 35 and 40 % of efficiency gain
    against the default's `base`; "?" (never in the text) for a pattern it has no words for."""
    if covered[30] == base:
        return [f"in the same year ({base}) at 30 %",
                f"one year later ({base + 1}) at 35 and 40 %"
                if covered[35] == covered[40] == base + 1 else "?"]
    if covered[30] == covered[35] == covered[40] == base + 1:
        return [f"one year later ({base + 1}) at 30, 35 and 40 %"]
    return ["?"]


def test_the_efficiency_paragraph_quotes_the_models_figures():
    """docs/MODEL.md §3 says what 30, 35 and 40 % of efficiency gain do to the default; it had
    drifted (revenue 2030 $1,106B quoted for $1,107B, coverage 'one year later (2033)' at 30 %
    where the model covers in 2032). Each figure is recomputed and formatted here."""
    from model import simulate
    from model.outputs import headline_arrays
    text = " ".join(docs.MODEL_MD.read_text(encoding="utf-8").split())
    runs = {}
    for gain in (None, 30, 35, 40):
        values = P.defaults()
        if gain is not None:
            values["efficiency_gain"] = gain
        r = simulate(values)
        years = list(r.years)
        runs[gain] = (r["ai_revenue_busd"][0][years.index(2030)],
                      r["ai_revenue_busd"][0][1:].sum() / 1000,
                      int(headline_arrays(r)["coverage_year"][0]))
    low = min(runs[g][1] for g in (30, 35, 40))
    high = max(runs[g][1] for g in (30, 35, 40))
    spread = f"${low:.1f}T" if f"{low:.1f}" == f"{high:.1f}" else f"${low:.1f}–{high:.1f}T"
    covered = {g: runs[g][2] for g in (30, 35, 40)}
    quoted = [f"moves from ${runs[None][1]:.1f}T to {spread}",
              f"revenue in 2030 falls from ${runs[None][0]:,.0f}B to ${runs[30][0]:,.0f}B, "
              f"${runs[35][0]:,.0f}B, ${runs[40][0]:,.0f}B",
              *covered_phrases(runs[None][2], covered)]
    missing = [q for q in quoted if q not in text]
    assert not missing, missing


def test_the_dearer_hardware_limitation_quotes_the_models_figures():
    """docs/MODEL.md §15 says that a faster rise of capex per GW raises revenue and brings
    'Revenue covers spend' earlier while a higher level of capex per GW lowers revenue (a
    sceptical review, December 2026: the room reads the two as the same shock). The figures are
    recomputed here from the default with one lever moved, and formatted by this test."""
    from model import simulate
    from model.outputs import headline_arrays
    text = " ".join(docs.MODEL_MD.read_text(encoding="utf-8").split())

    def figures(key, settings, **other):
        out = []
        for x in settings:
            values = P.defaults()
            values.update(other)
            values[key] = x
            r = simulate(values)
            out.append((r["ai_revenue_busd"][0][1:].sum() / 1000,
                        float(r["ai_revenue_busd"][0][list(r.years).index(2030)]),
                        int(headline_arrays(r)["coverage_year"][0]),
                        r["capex_total_busd"][0][1:].sum() / 1000))
        return out

    growth = figures("capex_per_gw_growth", (-5, 8, 15))
    level = figures("capex_per_gw", (25, 45, 70))
    # the power wall's part (re-examined December 2026): with the grid no limit the direction
    # reverses; at the default build-out the plans' dollars buy the same GW dearer
    ample = figures("capex_per_gw_growth", (-5, 8, 15), power_buildout=30)
    quoted = [
        "revenue 2025–2050 of " + " / ".join(f"${g[0]:.1f}T" for g in growth),
        "revenue 2030 " + " / ".join(f"${g[1]:,.0f}B" for g in growth),
        "*Revenue covers spend* in " + " / ".join(str(g[2]) for g in growth),
        "$B per GW: " + " / ".join(f"${g[0]:.1f}T" for g in level) + ", "
        + " / ".join(str(g[2]) for g in level),
        "−5 / 8 / 15 % a year give " + " / ".join(f"${g[0]:.1f}T" for g in ample) + ", falling",
        "(capex 2025–2050 " + " / ".join(f"${g[3]:.1f}T" for g in growth) + ")",
    ]
    assert growth[0][0] < growth[1][0] < growth[2][0]          # the direction the text names
    assert level[0][0] > level[1][0] > level[2][0]
    assert ample[0][0] > ample[1][0] > ample[2][0]
    missing = [q for q in quoted if q not in text]
    assert not missing, missing


def test_the_capex_per_gw_growth_tooltip_names_the_direction_the_model_has():
    """The tooltip of capex per GW growth warns that a faster rise raises revenue (the price of
    compute follows the cost of new compute) while a higher level lowers it; both directions are
    checked here at the defaults over each lever's range, so the words go stale with the model."""
    from model import simulate
    tip = P.get("capex_per_gw_growth").description
    assert "so revenue rises with this rate" in tip
    assert "a higher capex per GW only buys fewer GW and lowers revenue" in tip

    def revenue(key, settings):
        runs = []
        for x in settings:
            values = P.defaults()
            values[key] = x
            runs.append(values)
        return simulate(runs)["ai_revenue_busd"][:, 1:].sum(axis=1)

    rises = revenue("capex_per_gw_growth", np.linspace(-5, 15, 9))
    falls = revenue("capex_per_gw", np.linspace(25, 70, 9))
    assert (np.diff(rises) > 0).all() and (np.diff(falls) < 0).all()


def test_the_power_price_tooltip_says_what_a_constant_nominal_price_means():
    """The model is nominal (GDP, the revenue potential and capex per GW are nominal paths) but
    holds the power price at the same dollars in every year, so the energy bill of 2050 reads
    low against the rest (a sceptical review, December 2026: $76B against about $127B at 2 %
    inflation). The model has no inflation rate to index it to; the tooltip says what the
    constant price means, with figures recomputed here. Should an inflation rate or deflator be
    added, the price must follow it and this test and the tooltip change."""
    from model import simulate
    assert not [k for k in P.keys() if "inflation" in k or "deflator" in k]
    r = simulate({})
    util = P.get("utilisation").default / 100
    per_gw = r["energy_cost_busd"][0] / r["power_load_total_gw"][0]     # $B per grid GW-year
    price = per_gw * 1e6 / (8760 * util)                                 # $ per MWh, each year
    assert np.allclose(price, P.get("power_price").default)              # held, not indexed
    p0, years = P.get("power_price").default, 2050 - 2024
    tip = P.get("power_price").description
    for words in ("the same in every year", "no inflation rate", "cheaper in real terms",
                  f"${p0:.0f} in 2050 is worth ${p0 / 1.02 ** years:.0f} of 2024 money",
                  f"set about ${np.mean([p0 * 1.02 ** k for k in range(1, years + 1)]):.0f}"):
        assert words in tip, words



# --- the example snapshot of SNAPSHOTS.md -------------------------------------------------------
SNAPSHOTS_MD = ROOT / "docs" / "SNAPSHOTS.md"


def documented_example() -> tuple[str, str]:
    """(the example file between SNAPSHOTS.md's markers, the sentence before it that says how
    it was written)."""
    text = SNAPSHOTS_MD.read_text(encoding="utf-8")
    before, rest = text.split(docs.EXAMPLE_BEGIN, 1)
    body = rest.split(docs.EXAMPLE_END, 1)[0]
    return body.split("```json\n", 1)[1].split("```", 1)[0], before.rsplit("Example (", 1)[1]


def test_the_example_snapshot_is_generated_by_the_writer():
    """The example in SNAPSHOTS.md was kept by hand: its headline figures fell behind the
    model (peak debt $1.92T where the writer wrote $2.31T). It is now written by
    `python -m model.docs`; this fails as soon as it no longer is what the writer writes."""
    assert "```json\n" + documented_example()[0] + "```" == docs.snapshot_example_markdown(), \
        "the example snapshot in docs/SNAPSHOTS.md is out of date: run `python -m model.docs`"


def test_the_example_snapshot_is_what_its_command_line_writes(tmp_path, run_main):
    """The command the document names, run as written (its --note as in the file), writes the
    example's file, save for the time it was written."""
    import json
    import shlex
    example, how = documented_example()
    doc = json.loads(example)
    command = shlex.split(re.search(r"`python main\.py (snapshot [^`]+)`", how.replace("\n", " "))
                          .group(1))
    command[command.index("--note") + 1] = doc["note"]
    command[command.index("--out") + 1] = str(tmp_path / "slow.json")
    done = run_main(*command)
    assert done.returncode == 0, done.stderr
    written = json.loads((tmp_path / "slow.json").read_text(encoding="utf-8"))
    assert written.pop("created") and doc.pop("created")
    assert written == doc


# --- the README's command line ----------------------------------------------------------------
def readme_commands() -> dict[str, str]:
    """The README's "Command line" block: sub-command ('' for the window) -> its entry (usage
    and explanation, continuation lines joined)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## Command line", 1)[1].split("```", 2)[1]
    entries: dict[str, str] = {}
    current = None
    for line in block.splitlines():
        found = re.match(r"python main\.py(?: ([a-z][a-z-]*))?", line)
        if found:
            current = found.group(1) or ""
            entries[current] = line
        elif line.startswith("python "):
            current = None                        # `python -m bench`: not main.py's
        elif current is not None:
            entries[current] += " " + line.strip()
    return entries


def parser_options(parser) -> set[str]:
    """Every option string (and positional metavar) a parser takes."""
    found = set()
    for action in parser._actions:
        found.update(action.option_strings or [action.metavar or action.dest])
    return found


def test_the_readme_names_every_command_and_only_options_that_exist():
    """The README's command line listed 8 of the program's 11 commands (`sweep`, `discover`
    and `sensitivity` were missing) and not the window's FILE.json: every sub-command of
    main.py has an entry, each entry names the command's required options and the window's
    FILE.json, and no entry names an option its command does not take."""
    import main
    from cli import commands
    parser = main.build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command").choices
    entries = readme_commands()
    assert set(entries) - {""} == set(commands()), "README.md's command line"
    for name, entry in entries.items():
        sub = main.window_parser() if name == "" else subparsers[name]
        takes = parser_options(sub)
        named = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", entry))
        assert named <= takes, (name, named - takes)
        required = {a.option_strings[0] for a in sub._actions if a.required and a.option_strings}
        assert required <= named, (name, required - named)
    assert "[FILE.json]" in entries[""]

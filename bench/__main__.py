"""`python -m bench [--json] [--quick]`: measure the program's speed and memory.

Prints a readable table; with --json the last line is one JSON object with the keys below.
Targets are for the 2-core machines this project runs on (issue 5).
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from datetime import date

TARGETS = {
    # key: (what, unit, target, higher_is_worse)
    "model_run_ms": ("one scenario, median", "ms", 1.0),
    "batch_1000_ms": ("1,000 scenarios in one vectorised call, median", "ms", 50.0),
    "ahead_batch_ratio": ("a held slider's model run with the positions of its next steps "
                          "(1 + gui.controller.AHEAD_MOST scenarios in one call) ÷ one run, "
                          "medians", "×", None),
    "compile_s": ("compiling the engine's loop (numba), first run in a fresh process with an empty cache", "s", None),
    "first_run_s": ("import model + first run in a fresh process, compiled loop loaded from its cache", "s", None),
    "loop_ratio": ("plain per-year Python loop ÷ vectorised, per scenario in a 1,000 batch", "×", None),
    "repaint_ms_p95": ("slider step → model → all panels repainted, p95 over a sweep", "ms", 16.7),
    "repaint_cpu_ms_p95": ("the same steps, main-thread CPU time, p95 (robust to other load)", "ms", 16.7),
    "repaint_sweep_ms_p95": ("slider step while the Explore dock sweeps in the background, p95",
                             "ms", 16.7),
    "paint_floor_ms": ("plot area repainted with unchanged data, median (the paint floor)", "ms", None),
    "repaint_bands_ms_p95": ("slider step with the uncertainty bands on, p95", "ms", 16.7),
    "repaint_bands_cpu_ms_p95": ("the same steps with bands, main-thread CPU time, p95", "ms", 16.7),
    "step_to_floor": ("slider step p95 ÷ paint floor, bands off (machine-independent)", "×", 1.5),
    "bands_step_to_floor": ("slider step p95 ÷ paint floor, bands on (machine-independent)", "×", 1.5),
    "paint_floor_cpu_ms": ("the paint floor in main-thread CPU time, median", "ms", None),
    "step_cpu_to_floor": ("the same ratio in main-thread CPU time, bands off (robust to other load)",
                          "×", 1.5),
    "bands_step_cpu_to_floor": ("the same ratio in main-thread CPU time, bands on", "×", 1.5),
    "bands_final_released_ms": ("letting go of a slider → bands final (all draws, current "
                                "values), median (wall clock)", "ms", None),
    "bands_final_held_ms": ("a held slider's last move → bands final, median (wall clock)", "ms",
                            None),
    "bands_ms": ("uncertainty bands (1,000 draws) for one slider step, median", "ms", 50.0),
    "startup_s": ("process start → first painted window, median", "s", 1.5),
    "rss_mb": ("peak resident memory of the window after a sweep", "MB", 250.0),
    "leak_mb": ("resident memory growth over 10,000 slider moves", "MB", 5.0),
    "sweep_per_s": ("sweep of every parameter's range, scenarios per second, 1 worker (in-process)",
                    "/s", None),
    "sweep_per_s_2w": ("the same sweep on a LocalCluster of 2 worker processes (start-up not "
                       "counted)", "/s", None),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object on the last line")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (for a smoke test)")
    parser.add_argument("--only", nargs="*", metavar="KEY", help="measure only these keys")
    args = parser.parse_args(argv)

    from bench import measures
    wanted = args.only or list(TARGETS)
    unknown = [k for k in wanted if k not in TARGETS]
    if unknown:
        parser.error(f"unknown key(s) {', '.join(unknown)}; choose from {', '.join(TARGETS)}")
    results: dict[str, float | None] = {}
    for key in wanted:
        started = time.perf_counter()
        try:
            results[key] = getattr(measures, key)(quick=args.quick)
        except measures.NotAvailable as exc:
            results[key] = None
            print(f"{key}: not measured ({exc})", file=sys.stderr)
        print(f"  measured {key} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    print(table(results))
    if args.json:
        doc = {**results, "machine": machine(), "date": date.today().isoformat()}
        print(json.dumps(doc))
    return 0


def table(results: dict) -> str:
    """The results as an aligned text table with targets and pass/fail."""
    lines = [f"{'key':<16} {'value':>10}  {'target':>9}  ok   what"]
    for key, value in results.items():
        what, unit, target = TARGETS[key]
        shown = "—" if value is None else f"{value:.3g} {unit}"
        goal = "" if target is None else f"≤ {target:g} {unit}"
        ok = "" if value is None or target is None else ("yes" if value <= target else "NO")
        lines.append(f"{key:<16} {shown:>10}  {goal:>9}  {ok:<4} {what}")
    return "\n".join(lines)


def machine() -> str:
    """A one-line description of the machine the figures were taken on."""
    import os
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


if __name__ == "__main__":
    sys.exit(main())

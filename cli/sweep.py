"""`sweep`: run many scenarios over the parameters' ranges and keep a per-scenario summary
(Parquet) for `discover`; on this machine's cores or on a Dask cluster."""
from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time

from pyarrow import ArrowException

from cli.common import (CommandError, add_scenario_arguments, horizon, invocation,
                        output_path, scenario_values, whole_number, write_failed)
from model.errors import InputError, printable
from model.limits import SWEEP_WORKERS_PER_CORE
from model.explore.condition import DEFAULT_CONDITIONS
from model.explore.sampling import Ranges, make_ranges
from model.explore.sweep import SweepInterrupted, SweepSpec, run_sweep

NAME = "sweep"
HELP = "run many scenarios over the parameters' ranges and save a summary (.parquet)"
EPILOG = f"""\
Every scenario is a point of a seeded scrambled Sobol' sequence over the varied parameters'
ranges (the others held at --preset/--set values). The file keeps, per scenario: its row
number, the varied parameters, the headline figures (no bust / never = horizon + 1), and the
figures of the conditions in --condition (always: {'; '.join(DEFAULT_CONDITIONS)}).
The same --seed gives the same file for any --workers, --cluster or --chunk.
Ctrl+C stops it and saves the finished scenarios (the file then says it is partial; exit 130).
example: {{run}} sweep --samples 100000 --out sweep.parquet
         {{run}} sweep --samples 20000 --params capex_growth,monetization_speed \\
             --range capex_growth=20:120 --cluster tcp://scheduler:8786 --out s.parquet
"""


def add_arguments(parser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG.format(run=invocation())
    parser.add_argument("--samples", metavar="N", type=whole_number, required=True,
                        help="number of scenarios")
    add_range_arguments(parser)
    parser.add_argument("--condition", metavar="EXPR", action="append", default=[],
                        help="also keep the figure this condition judges (repeatable; grammar "
                             "as in 'discover')")
    parser.add_argument("--seed", metavar="S", type=whole_number, default=0, help="sample seed (default 0)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--workers", metavar="W", type=whole_number, default=None,
                       help="local worker processes (default: the number of cores; 1 runs in "
                            "this process)")
    where.add_argument("--cluster", metavar="ADDRESS",
                       help="a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (docs/SCALE.md)")
    parser.add_argument("--chunk", metavar="ROWS", type=whole_number, default=None,
                        help="scenarios per task (default 2048)")
    parser.add_argument("--out", metavar="FILE", required=True, help="output file (.parquet)")
    add_scenario_arguments(parser)


def add_range_arguments(parser) -> None:
    """--params K1,K2,…|all and --range KEY=LOW:HIGH (repeatable): what varies, and where."""
    parser.add_argument("--params", metavar="K1,K2,…", default="all",
                        help="the parameters to vary (default: all); the rest stay at "
                             "--preset/--set values")
    parser.add_argument("--range", metavar="KEY=LOW:HIGH", action="append", default=[],
                        help="vary KEY over LOW…HIGH instead of its whole range (repeatable)")


def ranges_from_args(args) -> Ranges:
    """The Ranges of --params, --range and the held values (--preset, --scenario, --set);
    CommandError naming the first bad one."""
    base = scenario_values(args)
    raw = args.params.strip()
    keys = None if raw.lower() == "all" else [k.strip() for k in raw.split(",") if k.strip()]
    custom = {}
    for item in args.range:
        key, sep, span = item.partition("=")
        low, colon, high = span.partition(":")
        if not sep or not colon or not key.strip():
            raise CommandError(f"--range {item!r}: expected KEY=LOW:HIGH, e.g. "
                               f"--range capex_growth=20:120")
        custom[key.strip()] = (low.strip(), high.strip())
    try:
        return make_ranges(keys, base, custom)
    except InputError as exc:
        raise CommandError(str(exc)) from None


def max_local_workers() -> int:
    """The most worker processes a local sweep may start on this machine."""
    return SWEEP_WORKERS_PER_CORE * (os.cpu_count() or 1)


def run(args) -> int:
    out = output_path(args.out, (".parquet",))
    spec = SweepSpec(ranges_from_args(args), args.samples, args.seed, horizon(args),
                     DEFAULT_CONDITIONS + tuple(args.condition))
    workers = args.workers if args.workers is not None else (os.cpu_count() or 1)
    if workers < 1:
        raise CommandError(f"--workers {workers}: must be at least 1")
    most = max_local_workers()
    if args.cluster is None and workers > most:
        raise CommandError(f"--workers {workers}: at most {most} on this machine "
                           f"({SWEEP_WORKERS_PER_CORE} per core, {os.cpu_count() or 1} cores); "
                           f"for more, use --cluster ADDRESS")
    try:
        spec.check()
        chunk = {} if args.chunk is None else {"chunk_rows": args.chunk}
        bar = ProgressBar(sys.stderr)
        with _StopOnSignal() as stop:
            outcome = run_sweep(spec, out, workers=workers, address=args.cluster,
                                on_progress=bar.update, cancel=stop.requested, **chunk)
        if stop.requested.is_set():
            raise SweepInterrupted(outcome)
        bar.finish()
    except SweepInterrupted as stopped:
        done = stopped.outcome
        if done.rows:
            sys.stderr.write(f"\ninterrupted: saved {done.rows} of {done.samples} scenarios to "
                             f"{printable(out)} (partial)\n")
        else:
            _nothing_saved(out)
        return 130
    except KeyboardInterrupt:            # before the first chunk (e.g. while workers start)
        _nothing_saved(out)
        return 130
    except InputError as exc:
        raise CommandError(str(exc)) from None
    except (OSError, ArrowException) as exc:     # the disk full, the drive read-only ...
        raise write_failed("--out", out, exc) from None
    print(f"{outcome.rows} scenarios in {outcome.seconds:.1f} s: "
          f"{outcome.per_second:,.0f} scenarios/s; written to {printable(out)}")
    return 0


def _nothing_saved(out) -> None:
    sys.stderr.write(f"\ninterrupted before any scenario finished; {printable(out)} is "
                     f"unchanged\n")


class _StopOnSignal:
    """Ctrl+C (SIGINT) or SIGTERM (kill, a batch system's time limit) asks the sweep to stop
    after the chunk in progress, through `requested` (run_sweep's cancel event); a second
    signal stops it at once (KeyboardInterrupt). A flag rather than Python's default
    KeyboardInterrupt, because that exception can be raised inside a callback of a library
    (dask's garbage-collection diagnostics) that swallows it, and the Ctrl+C was lost."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self):
        self.requested = threading.Event()
        self._old = {}

    def __enter__(self):
        for number in self.SIGNALS:
            self._old[number] = signal.signal(number, self._handle)
        return self

    def __exit__(self, *exc):
        for number, handler in self._old.items():
            signal.signal(number, handler)

    def _handle(self, signum, frame):
        if self.requested.is_set():
            raise KeyboardInterrupt
        self.requested.set()


class ProgressBar:
    """A one-line progress bar on a stream: redrawn in place on a terminal, else a line at
    every 5 % or 5 s. Hand-written (a dozen lines) rather than adding tqdm as a dependency."""

    WIDTH = 30

    def __init__(self, stream):
        self.stream = stream
        self.tty = stream.isatty()
        self.started = time.perf_counter()
        self._last = (-1.0, 0.0)      # (share, time) of the last line written off a terminal

    def update(self, done: int, total: int) -> None:
        """Show `done` of `total` scenarios."""
        now = time.perf_counter()
        share = done / total if total else 1.0
        if not self.tty and share - self._last[0] < 0.05 and now - self._last[1] < 5 and done < total:
            return
        rate = done / max(now - self.started, 1e-9)
        eta = (total - done) / rate if rate > 0 else float("inf")
        filled = int(self.WIDTH * share)
        text = (f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {done:,}/{total:,} "
                f"({share:.0%}) {rate:,.0f}/s, {eta:,.0f} s left")
        self.stream.write(("\r" + text) if self.tty else (text + "\n"))
        self.stream.flush()
        self._last = (share, now)

    def finish(self) -> None:
        """End the bar's line."""
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()

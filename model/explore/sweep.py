"""Sweeps: many scenarios run in chunks, a per-scenario summary kept, written as Parquet.

    spec = SweepSpec(make_ranges(), samples=100_000, seed=1)
    outcome = run_sweep(spec, Path("sweep.parquet"), workers=2)        # or address="tcp://…"
    table, info = read_sweep(Path("sweep.parquet"))

Reproducible: row i of a sweep is point i of the seeded Sobol' sequence (model.explore.sampling)
and its summary depends on nothing else, so a chunk is a pure function of (spec, start, count)
and the table is the same for any number of workers or any chunk size. Only the spec (a few kB)
is shipped to a worker, never a scenario array.

Kept per scenario (the summary; memory stays bounded whatever the number of samples):
    row                      the sample's index (0 … samples − 1)
    one column per varied parameter (float32, table units)
    the headline figures     model.analysis.metrics.headline_values (no bust / never covered
                             = the horizon + 1), float64
    one column per kept condition figure (model.explore.condition.figure_column), float64

Where it runs: in this process (workers=1), on a dask.distributed LocalCluster of `workers`
processes with one thread each (the engine holds the GIL, so threads would not help), or on
any Dask scheduler by address. Files: through model.store.atomic, so a killed sweep leaves the
previous file; a cancelled or interrupted one (Ctrl+C, SIGTERM, `cancel`) writes the chunks
finished so far as a valid Parquet file whose metadata says it is partial.
"""
from __future__ import annotations

import json
import logging
import threading
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional

import numpy as np

from .. import MODEL_VERSION, engine, simulate
from .. import parameters as P
from ..analysis.metrics import CHUNK, HEADLINE_KEYS, headline_values
from ..errors import InputError, clip, clip_repr
from ..store.atomic import atomic_path
from ..store.safe_read import path_text, regular_file_problem
from .condition import DEFAULT_CONDITIONS, Condition, parse_condition
from .sampling import MAX_SAMPLES, Ranges, RangeError, scenario_rows


def arrow():
    """(pyarrow, pyarrow.parquet), imported on first use: the window imports this module at
    start, and pyarrow costs it 36 MB of resident memory and 40 ms before anyone sweeps
    (bench rss_mb, docs/PERFORMANCE.md)."""
    import pyarrow
    import pyarrow.parquet
    return pyarrow, pyarrow.parquet

CHUNK_ROWS = CHUNK            # scenarios per task: one engine call (about 0.5 s on one core)
# The scheduler's HTTP server (dask starts one even without a dashboard) listens on this machine
# only, on a free port: with dask's default (":8787", all interfaces) a second cluster on the
# machine printed "Port 8787 is already in use" to the user's terminal.
LOCAL_ANY_PORT = "127.0.0.1:0"
ROW_GROUP_ROWS = 65_536       # rows per Parquet row group (few groups: a small footer)
METADATA_KEY = "ai_capex_sweep"
CONNECT_TIMEOUT_S = 10


class ClusterError(InputError):
    """The Dask scheduler cannot be reached; the message names the address."""


class _NothingFinished(Exception):
    """Stopped before any chunk finished: the file is not replaced."""


class SweepInterrupted(KeyboardInterrupt):
    """Ctrl+C (or SIGTERM turned into KeyboardInterrupt) during a sweep; the finished part was
    written. `outcome` is the SweepOutcome of what was saved."""

    def __init__(self, outcome: "SweepOutcome"):
        super().__init__("sweep interrupted")
        self.outcome = outcome


@dataclass(frozen=True)
class SweepSpec:
    """What a sweep computes: `samples` points of the seeded Sobol' sequence over `ranges`,
    each run to `end_year`, keeping the figures of `conditions` besides the headlines."""

    ranges: Ranges
    samples: int
    seed: int = 0
    end_year: int = engine.DEFAULT_END_YEAR
    conditions: tuple[str, ...] = DEFAULT_CONDITIONS

    def check(self) -> None:
        """RangeError / ConditionError / ParameterError for a bad sample count, seed, horizon
        or condition."""
        if not 1 <= int(self.samples) <= MAX_SAMPLES:
            raise RangeError("samples: {samples} is not allowed (1 to {MAX_SAMPLES})",
                             samples=self.samples, MAX_SAMPLES=MAX_SAMPLES)
        if not 0 <= int(self.seed) < 2 ** 63:
            raise RangeError("seed: {seed} is not allowed (0 to 2**63 - 1)",
                             seed=self.seed)
        engine.check_end_year(self.end_year)
        self.kept_conditions()

    def kept_conditions(self) -> list[Condition]:
        """The conditions whose figures are kept, one per distinct figure column."""
        seen, kept = set(HEADLINE_KEYS), []
        for text in self.conditions:
            cond = parse_condition(text, self.end_year)
            if cond.column not in seen:
                seen.add(cond.column)
                kept.append(cond)
        return kept

    def schema(self) -> "pyarrow.Schema":
        """The Parquet schema of the summary table."""
        pa, _ = arrow()
        fields = [pa.field("row", pa.int64())]
        fields += [pa.field(k, pa.float32()) for k in self.ranges.keys]
        fields += [pa.field(k, pa.float64()) for k in HEADLINE_KEYS]
        fields += [pa.field(c.column, pa.float64()) for c in self.kept_conditions()]
        return pa.schema(fields)

    def as_dict(self) -> dict:
        """The spec as plain data (the file's metadata)."""
        return {"ranges": self.ranges.as_dict(), "samples": int(self.samples),
                "seed": int(self.seed), "end_year": int(self.end_year),
                "conditions": list(self.conditions)}


def run_chunk(spec: SweepSpec, start: int, count: int) -> dict[str, np.ndarray]:
    """The summary columns (schema order) of sample rows start … start + count − 1: a pure
    function of its arguments, run by a worker."""
    matrix = scenario_rows(spec.ranges, spec.seed, start, count)
    conditions = spec.kept_conditions()
    parts: list[dict[str, np.ndarray]] = []
    for i in range(0, count, CHUNK):
        results = simulate(matrix[i:i + CHUNK], spec.end_year)
        part = headline_values(results)
        part.update({c.column: c.figure(results) for c in conditions})
        parts.append(part)
    out = {"row": np.arange(start, start + count, dtype=np.int64)}
    index = P.index()
    out.update({k: matrix[:, index[k]].astype(np.float32) for k in spec.ranges.keys})
    for name in parts[0]:
        out[name] = np.concatenate([p[name] for p in parts])
    return out


@dataclass
class SweepOutcome:
    """What a sweep did: rows written, whether all `samples` were, the seconds it took (from the
    first chunk submitted), and the file."""

    path: Path
    rows: int
    samples: int
    seconds: float
    complete: bool

    @property
    def per_second(self) -> float:
        """Scenarios per second."""
        return self.rows / self.seconds if self.seconds > 0 else float("nan")


ProgressFn = Callable[[int, int], None]      # (rows done, rows in all)


def run_sweep(spec: SweepSpec, out: Path, workers: int = 1, address: Optional[str] = None,
              chunk_rows: int = CHUNK_ROWS, on_progress: Optional[ProgressFn] = None,
              cancel: Optional[threading.Event] = None) -> SweepOutcome:
    """Run the sweep and write its summary to `out` (Parquet, atomically). `workers` > 1 starts
    a LocalCluster of that many processes; `address` uses that Dask scheduler instead.
    `cancel.set()` (from another thread) stops it after the chunk in progress; the file then
    holds what was finished (if nothing was, the previous file is left as it was). On Ctrl+C it raises SweepInterrupted after writing the same.
    Raises ClusterError if the scheduler cannot be reached (the previous file is kept)."""
    spec.check()
    if chunk_rows < 1:
        raise RangeError("chunk size: {chunk_rows} is not allowed (at least 1)",
                         chunk_rows=chunk_rows)
    # Lazily: --samples 1073741824 --chunk 1 listed a billion chunks first (memory grew by
    # 100 MB a second before the first scenario ran).
    chunks = ((s, min(chunk_rows, spec.samples - s)) for s in range(0, spec.samples, chunk_rows))
    interrupted = False
    with ExitStack() as stack:
        client = _client(stack, workers, address) if (workers > 1 or address) else None
        try:
            with atomic_path(Path(out)) as tmp:
                sink = _Sink(tmp, spec)
                started = time.perf_counter()
                try:
                    stream = (_local(spec, chunks) if client is None
                              else _on_dask(client, spec, chunks, _slots(client, workers)))
                    for index, data in stream:
                        sink.add(index, data)
                        if on_progress is not None:
                            on_progress(sink.rows_received, spec.samples)
                        if cancel is not None and cancel.is_set():
                            stream.close()
                            break
                except KeyboardInterrupt:
                    interrupted = True
                seconds = time.perf_counter() - started
                rows = sink.close()
                if rows == 0:
                    raise _NothingFinished       # keep the previous file, not an empty one
        except _NothingFinished:
            pass
        outcome = SweepOutcome(Path(out), rows, spec.samples, seconds, rows == spec.samples)
    if interrupted:
        raise SweepInterrupted(outcome)
    return outcome


def _local(spec: SweepSpec, chunks) -> Iterator[tuple[int, dict]]:
    for index, (start, count) in enumerate(chunks):
        yield index, run_chunk(spec, start, count)


def _client(stack: ExitStack, workers: int, address: Optional[str]):
    """A dask.distributed Client: to `address`, or to a new LocalCluster of `workers`
    single-threaded processes; both closed when `stack` closes."""
    from distributed import Client, LocalCluster
    if address:
        try:
            return stack.enter_context(Client(address, timeout=CONNECT_TIMEOUT_S))
        except (OSError, TimeoutError, ValueError) as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ClusterError("cannot reach the Dask scheduler at {address!r} ({reason}); "
                               "start one with 'dask scheduler', or use --workers for a local "
                               "cluster",
                               address=address, reason=reason) from None
    cluster = stack.enter_context(LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=LOCAL_ANY_PORT,
        silence_logs=logging.CRITICAL))   # a failed chunk raises in the client anyway
    return stack.enter_context(Client(cluster))


def _slots(client, workers: int) -> int:
    """How many chunks to keep in flight: twice the cluster's threads (enough to keep every
    worker busy, few enough to bound memory)."""
    try:
        threads = sum(client.nthreads().values())
    except Exception:            # an old or unusual scheduler: fall back on the asked count
        threads = workers
    return 2 * max(threads, workers, 1)


def _on_dask(client, spec: SweepSpec, chunks, slots: int) -> Iterator[tuple[int, dict]]:
    """Submit the chunks to `client`, at most `slots` at a time; yield (chunk index, columns)
    as they finish (in any order). Pending chunks are cancelled when the generator is closed
    or interrupted."""
    from distributed import as_completed
    todo = iter(enumerate(chunks))
    index_of: dict = {}

    def submit():
        for index, (start, count) in todo:
            future = client.submit(run_chunk, spec, start, count, pure=False)
            index_of[future] = index
            return future
        return None

    first = [f for f in (submit() for _ in range(slots)) if f is not None]
    pending = as_completed(first)
    try:
        for future in pending:
            data = future.result()
            index = index_of.pop(future)
            nxt = submit()
            if nxt is not None:
                pending.add(nxt)
            yield index, data
    finally:
        if index_of:
            client.cancel(list(index_of))


@dataclass
class _Sink:
    """Writes chunks to a Parquet file in row order: chunks that finish early wait in memory
    until the ones before them arrive (at most the chunks in flight); on close the rest that
    did finish are written too, so a partial file holds every finished row."""

    path: Path
    spec: SweepSpec
    rows_received: int = 0
    _waiting: dict = field(default_factory=dict)
    _next: int = 0
    _batch: list = field(default_factory=list)
    _batch_rows: int = 0
    _written: int = 0

    def __post_init__(self):
        self._schema = self.spec.schema()
        self._writer = arrow()[1].ParquetWriter(self.path, self._schema, compression="zstd")

    def add(self, index: int, data: dict) -> None:
        """Take the columns of chunk `index`."""
        self._waiting[index] = data
        self.rows_received += len(data["row"])
        while self._next in self._waiting:
            self._stage(self._waiting.pop(self._next))
            self._next += 1
        if self._batch_rows >= ROW_GROUP_ROWS:
            self._flush()

    def close(self) -> int:
        """Write everything received and the metadata; returns the rows written."""
        for index in sorted(self._waiting):
            self._stage(self._waiting.pop(index))
        self._flush()
        info = dict(self.spec.as_dict(), rows=self._written,
                    complete=self._written == self.spec.samples, model_version=MODEL_VERSION)
        self._writer.add_key_value_metadata({METADATA_KEY: json.dumps(info)})
        self._writer.close()
        return self._written

    def _stage(self, data: dict) -> None:
        self._batch.append(data)
        self._batch_rows += len(data["row"])

    def _flush(self) -> None:
        if not self._batch:
            return
        columns = {name: np.concatenate([d[name] for d in self._batch]) for name in self._schema.names}
        table = arrow()[0].table(columns, schema=self._schema)
        self._writer.write_table(table, row_group_size=ROW_GROUP_ROWS)
        self._written += self._batch_rows
        self._batch, self._batch_rows = [], 0


@dataclass(frozen=True)
class SweepInfo:
    """A sweep file's metadata: its spec, the rows it holds, whether it is complete."""

    spec: SweepSpec
    rows: int
    complete: bool
    model_version: str


class SweepFileError(InputError):
    """A file that is not a readable sweep; the message says why."""


def read_info(path: Path) -> SweepInfo:
    """The metadata of the sweep file at `path`, checked as input from outside: a regular file,
    metadata of the right types and within the limits a sweep is run with, and every column
    the metadata promises present as numbers. SweepFileError naming the file and the problem."""
    name = path_text(path)
    problem = regular_file_problem(path)
    if problem:
        raise SweepFileError("{problem}; give a file written by 'sweep'",
                             problem=problem)
    if not Path(path).exists():
        raise SweepFileError("{name}: no such file",
                             name=name)
    pa, pq = arrow()
    try:
        parquet = pq.ParquetFile(path)
        meta = parquet.metadata.metadata or {}
        columns = parquet.schema_arrow
    except (OSError, pa.ArrowException) as exc:
        raise SweepFileError("{name}: not a readable Parquet file ({exc})",
                             name=name, exc=exc) from None
    raw = meta.get(METADATA_KEY.encode())
    if raw is None:
        raise SweepFileError("{name}: a Parquet file, but not written by 'sweep'",
                             name=name)
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise TypeError(f"a JSON object was expected, not {type(data).__name__}")
        conditions = data["conditions"]
        if not isinstance(conditions, list) or not all(isinstance(c, str) for c in conditions):
            raise TypeError("'conditions' must be a list of texts")
        spec = SweepSpec(Ranges.from_dict(data["ranges"]), _whole(data, "samples"),
                         _whole(data, "seed"), _whole(data, "end_year"), tuple(conditions))
        spec.check()
        info = SweepInfo(spec, _whole(data, "rows"), bool(data["complete"]),
                         str(data.get("model_version", "")))
    except KeyError as exc:
        raise SweepFileError("{name}: the sweep metadata cannot be read (no entry {args})",
                             name=name, args=clip_repr(exc.args[0])) from None
    except (InputError, TypeError, ValueError, AttributeError, OverflowError,
            RecursionError) as exc:
        text = "nested too deeply" if isinstance(exc, RecursionError) else clip(exc, 300)
        raise SweepFileError("{name}: the sweep metadata cannot be read ({text})",
                             name=name, text=text) from None
    for wanted in spec.schema():
        if wanted.name not in columns.names:
            raise SweepFileError("{name}: the sweep has no column {name2} (the file was changed "
                                 "after 'sweep' wrote it)",
                                 name=name, name2=clip_repr(wanted.name))
        kind = columns.field(wanted.name).type
        if not (pa.types.is_integer(kind) or pa.types.is_floating(kind)):
            raise SweepFileError("{name}: column {name2} holds {kind}, not numbers (the file "
                                 "was changed after 'sweep' wrote it)",
                                 name=name, name2=clip_repr(wanted.name), kind=kind)
    return info


def _whole(data: dict, key: str) -> int:
    """data[key] as a whole number: a JSON integer, not true/false or 1.5."""
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{key!r} must be a whole number, not {clip_repr(value, 40)}")
    return value


def read_sweep(path: Path, columns: Optional[list[str]] = None):
    """(pandas DataFrame of the summary, SweepInfo) of the sweep file at `path`; `columns`
    limits what is read. SweepFileError if it is not a sweep file or lacks a column."""
    info = read_info(path)
    if columns is not None:
        missing = [c for c in columns if c not in info.spec.schema().names]
        if missing:
            raise SweepFileError("{path}: the sweep has no column {missing!r}",
                                 path=path, missing=missing[0])
    return arrow()[1].read_table(path, columns=columns).to_pandas(), info

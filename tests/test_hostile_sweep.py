"""Hostile sweep files and hostile options of `sweep`, `discover` and `sensitivity` (the files
and options test_hostile_files.py does not reach): a sweep file is read like any file from
outside (a colleague's, an edited one), so its kind, its metadata and its columns are checked
before use; every failure is one line naming the file and the problem, exit status 2, never a
traceback. In-process through main.main (run_main)."""
import json
import os

import pyarrow.parquet as pq
import pytest

import cli.sweep
from bench.hostile_tools import deadline
from model import parameters as P
from model.explore import sweep as S
from model.limits import SENSITIVITY_MAX_RUNS

FEW = "capex_growth,monetization_speed"


@pytest.fixture(scope="module")
def sweep_file(tmp_path_factory):
    """A small real sweep (16 scenarios over two parameters), made once for the module."""
    import main
    out = tmp_path_factory.mktemp("hostile-sweep") / "ok.parquet"
    assert main.main(["sweep", "--samples", "16", "--params", FEW, "--workers", "1",
                      "--out", str(out)]) == 0
    return out


def _metadata(path) -> dict:
    return json.loads(pq.read_metadata(path).metadata[S.METADATA_KEY.encode()])


def _rewrite(source, target, metadata=None, table=None) -> None:
    """`source`'s table (or `table`) written to `target` with `metadata` (text, or a dict as
    JSON; default: the source's own) as the sweep metadata."""
    table = pq.read_table(source) if table is None else table
    meta = _metadata(source) if metadata is None else metadata
    raw = meta if isinstance(meta, str) else json.dumps(meta)
    with pq.ParquetWriter(target, table.schema) as writer:
        writer.write_table(table)
        writer.add_key_value_metadata({S.METADATA_KEY: raw})


def _one_line(done) -> str:
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


def test_a_sweep_path_that_is_a_fifo_folder_or_device_is_named_for_what_it_is(tmp_path, run_main):
    """It was 'no such file' for all three: wrong, and nothing a person can act on."""
    fifo = tmp_path / "fifo.parquet"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.parquet"
    folder.mkdir()
    for path, kind in ((fifo, "FIFO"), (folder, "folder"), ("/dev/zero", "device")):
        with deadline():
            line = _one_line(run_main("discover", "--sweep", path, "--condition", "bust"))
        assert str(path) in line and kind in line and "no such file" not in line, line
    line = _one_line(run_main("discover", "--sweep", tmp_path / "gone.parquet",
                              "--condition", "bust"))
    assert "gone.parquet: no such file" in line


def _edited(meta: dict, **changes) -> dict:
    return {**meta, **changes}


def test_an_edited_sweep_file_is_refused_with_one_line_naming_it(sweep_file, tmp_path, run_main):
    """Metadata and columns a sweep never writes: tracebacks (OverflowError, KeyError,
    ArrowInvalid) or, for a horizon of 3000, a result from a file no sweep can write."""
    meta = _metadata(sweep_file)
    table = pq.read_table(sweep_file)
    last = table.schema.names[-1]
    text_column = table.set_column(table.schema.get_field_index(last), last,
                                   [["x"] * table.num_rows])
    cases = {
        "samples_infinity": (json.dumps(meta).replace(f'"samples": {meta["samples"]}',
                                                      '"samples": Infinity'), None, "samples"),
        "samples_float": (_edited(meta, samples=1.5), None, "samples"),
        "rows_text": (_edited(meta, rows="many"), None, "rows"),
        "horizon_3000": (_edited(meta, end_year=3000), None, "3000"),
        "conditions_text": (_edited(meta, conditions="stress < 50"), None, "conditions"),
        "not_an_object": ("[1, 2, 3]", None, "object"),
        "null": ("null", None, "object"),
        "deep": ("[" * 100_000 + "]" * 100_000, None, "nested"),
        "no_ranges": ({k: v for k, v in meta.items() if k != "ranges"}, None, "ranges"),
        "missing_column": (None, table.drop_columns(["capex_growth"]), "capex_growth"),
        "text_column": (None, text_column, last),
    }
    for name, (metadata, data, names) in cases.items():
        path = tmp_path / f"{name}.parquet"
        _rewrite(sweep_file, path, metadata, data)
        for condition in ("bust", "stress < 50"):
            line = _one_line(run_main("discover", "--sweep", path, "--condition", condition))
            assert path.name in line and names in line, (name, line)


def test_the_json_option_is_named_as_json_in_its_messages(sweep_file, tmp_path, run_main):
    """discover and sensitivity checked --json OUT with the words of --out: a message naming
    an option the command line does not have."""
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    for argv in (["discover", "--sweep", sweep_file, "--condition", "bust"],
                 ["sensitivity", "--headline", "peak_stress", "--params", FEW, "--samples", "4"]):
        for bad in (fifo, tmp_path / "x.txt", tmp_path / "no" / "x.json"):
            line = _one_line(run_main(*argv, "--json", bad))
            assert f"--json {bad}" in line and "--out" not in line, line


def test_a_local_sweep_with_more_workers_than_the_machine_can_hold_is_refused(
        tmp_path, run_main, monkeypatch):
    """--workers 100000 started a LocalCluster of 100,000 processes (memory ran out after
    minutes); it is refused before any work, with the limit and the way to more workers."""
    started = []
    monkeypatch.setattr(cli.sweep, "run_sweep", lambda *a, **k: started.append(k))
    out = tmp_path / "s.parquet"
    line = _one_line(run_main("sweep", "--samples", "10", "--workers", 100_000, "--out", out))
    assert "--workers 100000" in line and "at most" in line and "--cluster" in line, line
    limit = cli.sweep.max_local_workers()
    line = _one_line(run_main("sweep", "--samples", "10", "--workers", limit + 1, "--out", out))
    assert f"at most {limit}" in line, line
    assert not started and not out.exists()


def test_a_sweep_holding_far_more_rows_than_it_says_is_still_read_as_a_subset(sweep_file,
                                                                             tmp_path):
    """A small file of many repeated rows whose metadata keeps the small count: discover took
    every row (its share followed the metadata), so 3 MB of 4 million rows held it for over
    ten minutes; now the share follows the rows the file holds and --max-rows holds."""
    import numpy as np

    from model.explore.discovery import discover_sweep
    table = pq.read_table(sweep_file)
    many = table.take(np.tile(np.arange(table.num_rows), 20_000))        # 320,000 rows
    bomb = tmp_path / "bomb.parquet"
    _rewrite(sweep_file, bomb, table=many)
    assert _metadata(bomb)["rows"] == 16
    found = discover_sweep(bomb, "coverage >= 1 by 2032", max_rows=1_000)
    assert 500 <= found.rows_used <= 2_000, found.rows_used


@pytest.mark.parametrize("argv, most", [
    (["--samples", "1073741824"], "16,384"),
    (["--samples", "32768"], "16,384"),
    # Morris: a trajectory is one run per parameter and one more; the limit's share of them,
    # for the table's parameters (it said 26,546, true for 78 of them only)
    (["--method", "morris", "--samples", "99999999"],
     f"{SENSITIVITY_MAX_RUNS // (len(P.parameters()) + 1):,}"),
])
def test_a_sensitivity_far_beyond_memory_is_refused_before_sampling(run_main, argv, most):
    """--samples 1073741824 asked SALib for a 1.22 TiB array: a MemoryError traceback."""
    with deadline():
        line = _one_line(run_main("sensitivity", "--headline", "peak_stress", *argv))
    assert "at most 2,097,152 runs are allowed" in line and f"--samples up to {most}" in line


def test_a_sweep_of_a_billion_one_row_chunks_starts_at_once_and_stops_when_asked(tmp_path):
    """The chunks were listed first: --samples 1073741824 --chunk 1 grew by 100 MB a second
    before the first scenario ran."""
    import threading

    from model.explore.sampling import MAX_SAMPLES, make_ranges
    spec = S.SweepSpec(make_ranges(FEW.split(","), {}), MAX_SAMPLES, seed=0)
    stop = threading.Event()
    with deadline():
        done = S.run_sweep(spec, tmp_path / "s.parquet", chunk_rows=1, cancel=stop,
                           on_progress=lambda rows, _all: rows >= 3 and stop.set())
    assert done.rows == 3 and not done.complete


@pytest.mark.parametrize("value, said", [(float("nan"), "not a finite number"),
                                         (float("inf"), "not a finite number"),
                                         (1e308, "1e+308, outside the range 0 to 150"),
                                         (-5.0, "-5, outside the range 0 to 150")])
def test_a_sweep_whose_inputs_were_edited_out_of_its_ranges_is_refused(sweep_file, tmp_path,
                                                                       run_main, value, said):
    """A sweep whose parameter column was edited to NaN, infinity or 1e308 (hostile18): PRIM
    drew a box from them and discover printed it as a finding, exit status 0."""
    import pyarrow as pa
    table = pq.read_table(sweep_file)
    column = table.column("capex_growth").to_numpy().astype(float).copy()
    column[3] = value
    edited = table.set_column(table.column_names.index("capex_growth"), "capex_growth",
                              pa.array(column))
    path = tmp_path / "edited.parquet"
    _rewrite(sweep_file, path, table=edited)
    done = run_main("discover", "--sweep", path, "--condition", "coverage >= 1 by 2032")
    line = _one_line(done)
    assert "'capex_growth'" in line and said in line and "run 'sweep' again" in line, line
    assert done.stdout == ""


def _disk_full_like_pyarrow(*args, **kwargs):
    # what pyarrow raises when the disk fills: an OSError whose errno is only in its text
    raise OSError("Error writing bytes to file. Detail: [errno 28] No space left on device")


@pytest.mark.parametrize("command, patch", [
    (("sweep", "--samples", "16", "--params", FEW, "--workers", "1"),
     ("pyarrow.parquet.ParquetWriter.write_table", _disk_full_like_pyarrow)),
    (("export",), ("model.store.atomic._write_file",
                   lambda *a, **k: (_ for _ in ()).throw(OSError(28, os.strerror(28))))),
])
def test_an_output_on_a_full_disk_is_worded_for_a_person_and_keeps_the_old_file(
        tmp_path, run_main, monkeypatch, command, patch):
    """sweep --out on a full disk printed pyarrow's 'Error writing bytes to file. Detail:
    [errno 28] No space left on device', export the system's 'No space left on device': both
    now name the file, say the disk is full and that nothing was replaced (the write is
    atomic), like the window."""
    out = tmp_path / ("old.parquet" if command[0] == "sweep" else "old.csv")
    out.write_bytes(b"precious")
    monkeypatch.setattr(*patch)
    done = run_main(*command, "--out", out)
    line = done.stderr.strip().splitlines()[-1]       # after the sweep's progress bar
    assert done.returncode == 2 and line.startswith(f"main.py {command[0]}: error: ")
    assert str(out) in line and "the disk is full" in line and "nothing was written" in line
    assert "errno" not in line and "No space left" not in line
    assert out.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]      # no temporary left


@pytest.mark.parametrize("column, condition", [
    ("fig:fullcost_coverage_ratio:in:2032", "coverage >= 1 by 2032"),
    ("bust_year", "bust before 2035")])
@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_a_sweep_whose_judged_figure_was_edited_to_nan_is_refused(sweep_file, tmp_path,
                                                                  run_main, column, condition,
                                                                  value):
    """Hostile 24: the inputs of an edited sweep were checked, the figure a condition judges
    was not: a stress column of NaN was reported 'the condition holds in none of the 64
    scenarios' (a bust-year one 'in all'), as a finding. It is refused like an edited input."""
    import pyarrow as pa
    table = pq.read_table(sweep_file)
    figure = table.column(column).to_numpy().astype(float).copy()
    figure[:] = value
    edited = table.set_column(table.column_names.index(column), column, pa.array(figure))
    path = tmp_path / "edited.parquet"
    _rewrite(sweep_file, path, table=edited)
    done = run_main("discover", "--sweep", path, "--condition", condition)
    line = _one_line(done)
    assert f"'{column}'" in line and "not a finite number" in line, line
    assert done.stdout == ""

"""Never lose work: a process killed while saving leaves the old file whole; two processes saving
at the same moment both keep their snapshots; the autosave survives a kill."""
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from model import parameters as P
from model.store import snapshot as S
from model.store import snapshot_store as store

import helpers_snapshot as H

ROOT = Path(__file__).resolve().parent.parent
HELPER = Path(__file__).resolve().parent / "helpers_snapshot.py"
NOTE_CHARS = 2_000_000      # ~2 MB per save, so that kills land inside writes

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def start(*args) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(HELPER), *map(str, args)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def children():
    """A list for the children a test starts; any still running at its end are killed."""
    started: list[subprocess.Popen] = []
    yield started
    for child in started:
        if child.poll() is None:
            kill(child)


def kill(child: subprocess.Popen) -> None:
    """SIGKILL a child started by `start`, wait for it and close its pipes."""
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    child.stderr.close()


def run_to_end(*args) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, str(HELPER), *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_saver_killed_at_random_moments_always_leaves_a_whole_valid_file(tmp_path, children):
    """Eight savers, each on its own file, started together (their start-up overlaps) and each
    killed at its own random moment."""
    rng = random.Random(4)
    paths = [tmp_path / f"s{n}.json" for n in range(8)]
    children += [start("save-loop", path, NOTE_CHARS) for path in paths]
    seen = set()
    for path, child in zip(paths, children):
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.0, 0.4))      # a random moment, not a timing assertion
        kill(child)
        assert child.returncode == -signal.SIGKILL
        seen.add(H.check_version_snapshot(S.load(path), NOTE_CHARS))
    assert seen and min(seen) >= 1


@pytest.mark.parametrize("step", ["write", "fsync", "replace"])
def test_a_kill_at_each_step_of_a_save_leaves_the_previous_version_byte_for_byte(tmp_path, step):
    path = tmp_path / "s.json"
    S.save(H.version_snapshot(1, 1000), path)
    before = path.read_bytes()
    done = run_to_end("kill-during-save", step, path, 1000)
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr   # it died mid-save
    assert path.read_bytes() == before
    assert H.check_version_snapshot(S.load(path), 1000) == 1


@pytest.mark.parametrize("step", ["fsync", "link"])
def test_a_kill_during_a_store_save_leaves_no_half_snapshot_in_the_list(tmp_path, step):
    shelf = store.SnapshotStore(tmp_path)
    kept = shelf.save_new(H.version_snapshot(1, 10))
    done = run_to_end("kill-during-save-new", step, tmp_path)
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr
    entries = shelf.entries()
    assert [e.path for e in entries] == [kept] and not entries[0].broken
    # the orphaned temporary file is hidden from the list and can be cleaned up
    assert shelf.remove_stale_temp_files(older_than_seconds=-1) >= 1
    assert [p.name for p in tmp_path.iterdir()] == [kept.name]


@pytest.mark.parametrize("workers", [2, 6])
def test_concurrent_savers_with_the_same_name_at_the_same_moment_lose_nothing(tmp_path, workers):
    count = 5
    # Separate processes that share nothing but the folder. "forkserver" rather than "spawn":
    # a fresh server process imports this test's helpers once and forks each saver from it,
    # instead of each saver starting Python and importing pytest and the model again (about
    # 0.4 s of CPU each, eight of them here). POSIX only, like this module (SIGKILL).
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["helpers_snapshot"])
    barrier = ctx.Barrier(workers)
    procs = [ctx.Process(target=H.concurrent_saver, args=(str(tmp_path), w, count, barrier))
             for w in range(workers)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
    assert [p.exitcode for p in procs] == [0] * workers
    entries = store.SnapshotStore(tmp_path).entries()
    assert not [e.error for e in entries if e.broken]
    notes = sorted(e.note for e in entries)
    assert notes == sorted(f"{w}-{k}" for w in range(workers) for k in range(count))
    assert len({e.path for e in entries}) == workers * count
    assert all(e.file_name.startswith(f"same-{H.FIXED_STAMP}") for e in entries)


def test_autosave_survives_a_kill_and_reads_back_the_state(tmp_path):
    child = start("autosave-then-wait", tmp_path)
    assert child.stdout.readline().strip() == "saved", child.stderr.read()
    kill(child)
    problems = []
    state = store.read_autosave(tmp_path, problems)
    assert problems == []
    assert state["parameters"] == P.complete({"capex_growth": 33.5, "power_buildout": 12})
    assert state["compare"] == ["a.json", "b.json"]
    store.clear_autosave(tmp_path)
    assert store.read_autosave(tmp_path) is None
    assert not store.autosave_path(tmp_path).exists()


def test_an_autosaver_killed_at_random_moments_leaves_one_of_its_states(tmp_path, children):
    """Five autosavers, each in its own folder, started together and each killed at its own
    random moment."""
    rng = random.Random(7)
    states = {10.0: ["s0.json"], 20.0: ["s1.json"]}
    folders = [tmp_path / f"f{n}" for n in range(5)]
    for folder in folders:
        folder.mkdir()
    children += [start("autosave-loop", folder) for folder in folders]
    for folder, child in zip(folders, children):
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.0, 0.2))
        kill(child)
        problems = []
        state = store.read_autosave(folder, problems)
        assert problems == [] and state is not None
        growth = state["parameters"]["capex_growth"]
        assert state["compare"] == states[growth]
        assert state["parameters"] == P.complete({"capex_growth": growth})

"""Child-process helpers for the snapshot crash and concurrency tests.

Run as a script (`python tests/helpers_snapshot.py MODE ...`, repo root on PYTHONPATH) for the
tests that kill a process; imported for the multiprocessing savers.
"""
from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from model import parameters as P
from model.store import snapshot as S
from model.store import snapshot_store as store

FIXED_STAMP = "20250101T000000Z"


def version_snapshot(n: int, note_chars: int) -> S.Snapshot:
    """Snapshot number n: its name, note and capex_growth all encode n (to check consistency)."""
    base = P.defaults()
    base["capex_growth"] = float(n % 150)
    return S.Snapshot(name=f"v{n}", parameters=base, note=f"{n}:" + "x" * note_chars,
                      created=S.utc_now(), program_version="test", model_version="test")


def check_version_snapshot(snap: S.Snapshot, note_chars: int) -> int:
    """The n of a snapshot made by `version_snapshot`, asserting it is whole and consistent."""
    n = int(snap.name[1:])
    assert snap.note == f"{n}:" + "x" * note_chars
    assert snap.parameters["capex_growth"] == float(n % 150)
    return n


def concurrent_saver(folder: str, worker: int, count: int, barrier) -> None:
    """Save `count` snapshots named 'Same' into `folder`, all with the same file-name time as
    every other worker, starting together with them at the barrier."""
    store._file_stamp = lambda: FIXED_STAMP
    shelf = store.SnapshotStore(Path(folder))
    snaps = [S.Snapshot(name="Same", parameters=P.defaults(), note=f"{worker}-{k}",
                        created=S.utc_now()) for k in range(count)]
    barrier.wait()
    for snap in snaps:
        shelf.save_new(snap)


def _kill_self(*_args, **_kwargs):
    os.kill(os.getpid(), signal.SIGKILL)


def _main(argv: list[str]) -> None:
    mode = argv[0]
    if mode == "save-loop":            # save versions 1, 2, 3... to one path until killed
        path, note_chars = Path(argv[1]), int(argv[2])
        n = 0
        while True:
            n += 1
            S.save(version_snapshot(n, note_chars), path)
            if n == 1:
                print("ready", flush=True)
    elif mode == "kill-during-save":   # save v2 over v1 and die at the named step
        step, path, note_chars = argv[1], Path(argv[2]), int(argv[3])
        if step == "write":       # the atomic writer's one os.write seam
            from model.store import atomic

            def half_then_die(fd, data):
                os.write(fd, data[: len(data) // 2])
                _kill_self()
            atomic._os_write = half_then_die
        elif step == "fsync":
            os.fsync = _kill_self
        elif step == "replace":
            os.replace = _kill_self
        S.save(version_snapshot(2, note_chars), path)
        print("not killed", flush=True)
    elif mode == "kill-during-save-new":   # store.save_new dying before the name is claimed
        step, folder = argv[1], Path(argv[2])
        if step == "link":
            os.link = _kill_self
        elif step == "fsync":
            os.fsync = _kill_self
        store.SnapshotStore(folder).save_new(version_snapshot(7, 10))
        print("not killed", flush=True)
    elif mode == "autosave-then-wait":     # write one autosave, report, wait to be killed
        folder = Path(argv[1])
        values = P.complete({"capex_growth": 33.5, "power_buildout": 12})
        store.write_autosave(folder, values, ["a.json", "b.json"])
        print("saved", flush=True)
        time.sleep(600)
    elif mode == "autosave-loop":          # alternate two states until killed
        folder = Path(argv[1])
        states = [P.complete({"capex_growth": 10}), P.complete({"capex_growth": 20})]
        saver = store.Autosaver(folder)
        n = 0
        while True:
            assert saver.maybe_write(states[n % 2], [f"s{n % 2}.json"])
            n += 1
            if n == 1:
                print("ready", flush=True)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    _main(sys.argv[1:])

"""Tools of the hostile-input fuzz suite and benchmark (tests/test_hostile_*.py, bench/hostile.py):
`deadline` (fail instead of hanging), `fail_after` (an os.write that fills the disk at byte N),
`special_files`, `race` (rename against delete/restore) and the kill loops for every writer:

    python -m bench.hostile_tools KILLS FOLDER [SEED]

runs, for each writer in WRITERS, KILLS rounds of: fork a child that rewrites the writer's file
again and again (alternating two versions, each large enough that a kill lands inside a write),
SIGKILL it (every other round at a random moment, the others as soon as its temporary file
appears, i.e. inside a write), then check that the file is whole (it parses as its format and
is one of the two versions) and clean up the temporary files the kill left. Forking from one
process that has imported everything keeps a round at a few milliseconds. Prints one JSON line:
{writer: {"kills": n, "whole": n, "mid_write": n, "temps_removed": n}}.
"""
from __future__ import annotations

import contextlib
import errno
import json
import os
import random
import signal
import sys
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@contextlib.contextmanager
def deadline(seconds: float = 30):
    """Raise TimeoutError in the block after `seconds` instead of hanging for ever (a blocking
    open of a FIFO is interrupted by the alarm). Main thread, POSIX."""
    def fail(*_):
        raise TimeoutError(f"still running after {seconds} s: it blocked")
    old = signal.signal(signal.SIGALRM, fail)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def fail_after(limit: int):
    """A stand-in for model.store.atomic._os_write that takes `limit` bytes, then fails with
    ENOSPC as a full disk does."""
    taken = [0]

    def write(fd, data):
        room = limit - taken[0]
        if room <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        n = os.write(fd, bytes(data[:room]))
        taken[0] += n
        return n
    return write


def special_files(folder: Path, too_large: int = 6 * 1024 * 1024) -> dict[str, Path]:
    """A FIFO, a folder, a symlink loop, a device, a too-large (sparse) file and a missing file,
    each named like a snapshot (kind -> path)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {"fifo": folder / "fifo.json", "folder": folder / "folder.json",
           "loop": folder / "loop.json", "device": Path("/dev/zero"),
           "huge": folder / "huge.json", "missing": folder / "missing.json"}
    os.mkfifo(out["fifo"])
    out["folder"].mkdir()
    os.symlink(out["loop"], out["loop"])
    with open(out["huge"], "wb") as handle:
        handle.truncate(too_large)
    return out


def race(folder: Path, operations: int) -> int:
    """One snapshot in a new library at `folder`: one thread deletes and restores it
    (`operations` / 2 times each), another renames whatever file it finds meanwhile. Returns
    how many copies exist afterwards (in the library and its trash): 1 unless duplicated."""
    from model.errors import InputError
    from model.store import snapshot_store as store
    shelf = store.SnapshotStore(folder)
    path = shelf.save_values("one", {})
    stop = threading.Event()

    def mover():
        current = path
        for _ in range(operations // 2):
            try:
                current = shelf.restore_from_trash(shelf.delete(current))
            except InputError:
                pass
        stop.set()

    def renamer():
        n = 0
        while not stop.is_set() and n < operations * 20:
            for candidate in list(folder.glob("*.json")):
                try:
                    shelf.rename(candidate, f"renamed {n}")
                except InputError:
                    pass          # in the trash at that moment: refused, not recreated
                n += 1

    threads = [threading.Thread(target=mover), threading.Thread(target=renamer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    return len(list(folder.glob("*.json"))) + len(list((folder / "trash").glob("*.json")))


def _versions() -> dict:
    """writer name -> (file name, write(path, version), check(path) -> version or raises)."""
    import numpy as np

    from model import parameters as P
    from model import simulate
    from model.store import atomic, export
    from model.store import snapshot as S
    from model.store import snapshot_store as store

    values = [P.complete({"capex_growth": 30.0}), P.complete({"capex_growth": 60.0})]
    results = [simulate(v) for v in values]
    # ~1.5 MB (two bytes a character, within a note's 1,000,000 characters): kills land inside
    # writes
    note = ["\u00e4" * 750_000, "\u00f6" * 600_000]
    snaps = [S.create(f"v{n}", values[n], note=note[n]) for n in (0, 1)]
    png = [_png_bytes(n) for n in (0, 1)]
    svg = [_svg_text(n) for n in (0, 1)]

    def snap_check(path):
        return int(S.load(path).name[1:])

    def export_check(path):
        suffix = path.suffix
        if suffix == ".json":
            doc = json.loads(path.read_text())
            return 0 if doc["parameters"]["capex_growth"] == 30.0 else 1
        if suffix == ".csv":
            import pandas as pd
            frame = pd.read_csv(path)
            assert len(frame) == len(results[0].years)
            return 0 if np.isclose(frame.iloc[-1, 1], results[0].frame(0).iloc[-1, 1]) else 1
        with zipfile.ZipFile(path) as archive:         # xlsx: a whole zip with its sheets
            assert archive.testzip() is None
            return 0 if b"30" in archive.read("xl/worksheets/sheet2.xml") else 1

    def autosave_check(path):
        state = store.read_autosave(path.parent)
        assert state is not None
        return 0 if state["parameters"]["capex_growth"] == 30.0 else 1

    from model.workshop import session_log, session_state

    def kept_check(path):
        problems = []
        state = session_state.read(path.parent, problems)
        assert not problems, problems
        return 0 if state["values"]["capex_growth"] == 30.0 else 1

    logs = {}            # one SessionLog per (forked) writer, as a window holds one

    def journal_write(path, n):
        log = logs.get(os.getpid()) or logs.setdefault(
            os.getpid(), session_log.SessionLog(journal=path))
        log.record("step", f"v{n}", values[n])
        _pad(path.parent, n)

    def journal_check(path):
        entries = session_log.read_journal(path)   # a torn last line is skipped, never glued
        assert entries and all(e.text in ("v0", "v1") for e in entries)
        return int(entries[-1].text[1:])

    def png_check(path):
        data = path.read_bytes()
        assert data.startswith(b"\x89PNG") and data.endswith(b"IEND\xaeB`\x82")
        return png.index(data)

    def svg_check(path):
        return svg.index(path.read_text())

    writers = {
        "snapshot save": ("s.json", lambda p, n: S.save(snaps[n], p), snap_check),
        "store rename": ("r.json", lambda p, n: store.SnapshotStore(p.parent).rename(p, f"v{n}"),
                         snap_check),
        "autosave": (store.AUTOSAVE_FILE,
                     lambda p, n: [store.write_autosave(p.parent, values[n], []),
                                   _pad(p.parent, n)], autosave_check),
        "export csv": ("e.csv", lambda p, n: export.write_results(results[n], values[n], p),
                       export_check),
        "export xlsx": ("e.xlsx", lambda p, n: export.write_results(results[n], values[n], p),
                        export_check),
        "export json": ("e.json", lambda p, n: export.write_results(results[n], values[n], p),
                        export_check),
        "png (dashboard, panel, screenshot)": ("i.png",
                                               lambda p, n: atomic.write_bytes(p, png[n]),
                                               png_check),
        "svg (panel)": ("i.svg", lambda p, n: atomic.write_text(p, svg[n]), svg_check),
        "kept session": (session_state.FILE_NAME,
                         lambda p, n: [session_state.write(p.parent, {"values": values[n]}),
                                       _pad(p.parent, n)], kept_check),
        "session log journal (append)": ("session-log.jsonl", journal_write, journal_check),
    }
    return writers, snaps


def _pad(folder: Path, n: int) -> None:
    """Autosaves are small: a large atomic write beside them keeps the child busy writing."""
    from model.store import atomic
    atomic.write_bytes(folder / "pad.bin", bytes([n]) * 1_000_000)


def _png_bytes(n: int) -> bytes:
    """A real PNG (~1 MB, incompressible noise) as gui.exports encodes it (QImage -> PNG)."""
    import numpy as np
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage
    rng = np.random.default_rng(n)
    pixels = rng.integers(0, 255, (512, 512, 4), dtype=np.uint8)
    image = QImage(pixels.data, 512, 512, 512 * 4, QImage.Format.Format_ARGB32).copy()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(buffer.data())


def _svg_text(n: int) -> str:
    body = "".join(f"<rect x='{i % 500}' y='{i // 500}' width='1' height='1'/>"
                   for i in range(20_000 + n))
    return f"<svg xmlns='http://www.w3.org/2000/svg'>{body}</svg>\n"


def run(kills: int, folder: Path, seed: int = 12) -> dict:
    """The kill loops (see the module docstring); returns the counts per writer."""
    from model.store import atomic
    from model.store import snapshot as S
    writers, snaps = _versions()
    rng = random.Random(seed)
    report = {}
    for name, (file_name, write, check) in writers.items():
        where = folder / name.split()[0].replace("(", "")
        where.mkdir(parents=True, exist_ok=True)
        path = where / file_name
        if name == "store rename":
            S.save(snaps[0], path)
        else:
            write(path, 0)
        counts = {"kills": 0, "whole": 0, "mid_write": 0, "temps_removed": 0}
        for _ in range(kills):
            pid = os.fork()
            if pid == 0:                                    # the writer: rewrite until killed
                try:
                    n = 1
                    while True:
                        write(path, n)
                        n = 1 - n
                finally:
                    os._exit(0)
            if counts["kills"] % 2:        # every other kill aimed inside a write
                deadline = time.monotonic() + 2.0
                while time.monotonic() < deadline and not any(
                        atomic.is_temp_name(p.name) for p in where.iterdir()):
                    time.sleep(0.0005)
                time.sleep(rng.uniform(0.0, 0.002))
            else:                          # the others at a random moment
                time.sleep(rng.uniform(0.0, 0.06))
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            counts["kills"] += 1
            temps = [p for p in where.iterdir() if atomic.is_temp_name(p.name)]
            counts["mid_write"] += bool(temps)
            try:
                check(path)
                counts["whole"] += 1
            except Exception as exc:                        # reported, counted as not whole
                print(f"{name}: not whole after a kill: {type(exc).__name__}: {exc}",
                      file=sys.stderr)
            counts["temps_removed"] += atomic.remove_stale_temp_files(where, -1)
        leftover = [p.name for p in where.iterdir() if atomic.is_temp_name(p.name)]
        counts["temps_left"] = len(leftover)
        report[name] = counts
    return report


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(run(int(sys.argv[1]), Path(sys.argv[2]),
                         int(sys.argv[3]) if len(sys.argv) > 3 else 12)))

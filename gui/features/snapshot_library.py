"""The snapshot folder as a list: the entries the snapshot panel shows, newest first.

A file is parsed (model.store.snapshot_store.read_entry: read, validated, headlines computed if the
file has none) only when it is new or its modification time, size or inode changed; every other
listing reuses the cached entry, so the panel's actions do not re-read the whole folder. A
QFileSystemWatcher on the folder emits `changed` (debounced) when files appear, vanish or change,
for example because another window saved a snapshot.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from model.store import snapshot_store as store_module

WATCH_DEBOUNCE_MS = 300


class SnapshotLibrary(QObject):
    """The listing of one snapshot store, cached per file by (mtime, size, inode)."""

    changed = Signal()          # the folder's files changed since the last listing

    def __init__(self, store: store_module.SnapshotStore, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.store = store
        self.folder = Path(store.folder)
        self.parse_count = 0                       # files parsed so far (for tests, benchmarks)
        self._cache: dict[str, tuple[tuple, store_module.StoreEntry]] = {}
        self._signature: tuple = ()
        self.watcher = QFileSystemWatcher(self)
        self.watch()
        self.watcher.directoryChanged.connect(lambda _: self._timer.start())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WATCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.check_for_changes)

    def watch(self) -> None:
        """Watch the folder if it exists and is not watched yet (it may be created later)."""
        if self.folder.is_dir() and str(self.folder) not in self.watcher.directories():
            self.watcher.addPath(str(self.folder))

    def _files(self) -> dict[str, tuple]:
        """File name -> (mtime ns, size, inode) of every snapshot file in the folder."""
        try:
            found = {}
            for item in os.scandir(self.folder):
                if item.name.startswith(".") or not item.name.lower().endswith(".json"):
                    continue
                if not item.is_file():
                    continue
                st = item.stat()
                found[item.name] = (st.st_mtime_ns, st.st_size, st.st_ino)
            return found
        except OSError:
            return {}

    def entries(self) -> list[store_module.StoreEntry]:
        """Every snapshot file, newest first (broken files included, with `.error`); files
        unchanged since they were last read are not parsed again. Never raises."""
        files = self._files()
        for name in [n for n in self._cache if n not in files]:
            del self._cache[name]
        for name, key in files.items():
            cached = self._cache.get(name)
            if cached is None or cached[0] != key:
                self.parse_count += 1
                self._cache[name] = (key, store_module.read_entry(self.folder / name,
                                                                  key[0] / 1e9))
        self._signature = tuple(sorted(files.items()))
        entries = [entry for _, entry in self._cache.values()]
        entries.sort(key=lambda e: (e.sort_time(), e.file_name), reverse=True)
        return entries

    def entry(self, path: Path) -> Optional[store_module.StoreEntry]:
        """The listing entry of a file of the folder, or None if there is no such file."""
        return next((e for e in self.entries() if e.path == Path(path)), None)

    def names(self) -> set[str]:
        """The names of the readable snapshots."""
        return {e.name for e in self.entries() if not e.broken}

    def check_for_changes(self) -> bool:
        """Emit `changed` if files were added, removed or changed since the last listing;
        True if they were."""
        if tuple(sorted(self._files().items())) == self._signature:
            return False
        self.changed.emit()
        return True

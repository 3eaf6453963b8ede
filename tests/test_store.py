"""The snapshot folder: listing (bad files reported, never raising), unique saves, rename, note,
duplicate, trash and restore, import and export; the autosave of the working state."""
import json
import os
from pathlib import Path

import pytest

from model import outputs, simulate
from model import parameters as P
from model.store import snapshot as S
from model.store import snapshot_store as store


@pytest.fixture
def shelf(tmp_path):
    return store.SnapshotStore(tmp_path / "snapshots")


def folder_bytes(folder: Path) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_missing_folder_lists_as_empty_and_is_created_on_first_save(shelf):
    assert shelf.entries() == [] and shelf.trash_entries() == []
    path = shelf.save_values("First", {"capex_growth": 60})
    assert path.parent == shelf.folder and path.suffix == ".json"
    assert path.name.startswith("first-")


def test_listing_shows_name_time_and_three_headline_figures(shelf):
    shelf.save_values("Slow money", {"monetization_speed": 20}, note="table 3")
    (entry,) = shelf.entries()
    assert entry.name == "Slow money" and entry.note == "table 3" and not entry.broken
    assert entry.created.endswith("Z")
    expected = outputs.headlines(simulate({"monetization_speed": 20}))
    assert [(h.key, h.label, h.value, h.unit) for h in entry.summary()] == [
        (k, expected[k].label, expected[k].value, expected[k].unit) for k in store.SUMMARY_HEADLINES]
    assert entry.snapshot.parameters == P.complete({"monetization_speed": 20})


def test_listing_is_newest_first(shelf):
    for i, stamp in enumerate(["2025-01-01T10:00:00Z", "2025-03-01T10:00:00Z",
                               "2025-02-01T10:00:00Z"]):
        snap = S.with_changes(S.create(f"s{i}", {}), created=stamp)
        shelf.save_new(snap)
    assert [e.name for e in shelf.entries()] == ["s1", "s2", "s0"]


def test_bad_files_are_listed_as_broken_without_raising_or_touching_anything(shelf):
    good = shelf.save_values("Good", {})
    shelf.folder.joinpath("array.json").write_text("[1, 2]")
    shelf.folder.joinpath("empty.json").write_bytes(b"")
    shelf.folder.joinpath("deep.json").write_text("[" * 10000)
    shelf.folder.joinpath("binary.json").write_bytes(bytes(range(256)))
    shelf.folder.joinpath("notes.txt").write_text("not a snapshot, not listed")
    shelf.folder.joinpath("sub.json").mkdir()
    before = folder_bytes(shelf.folder)
    entries = shelf.entries()
    assert folder_bytes(shelf.folder) == before
    by_file = {e.file_name: e for e in entries}
    assert set(by_file) == {good.name, "array.json", "empty.json", "deep.json", "binary.json"}
    assert not by_file[good.name].broken
    for name in ("array.json", "empty.json", "deep.json", "binary.json"):
        assert by_file[name].broken and by_file[name].error.startswith(str(shelf.folder / name))
    assert "array" in by_file["array.json"].error and "empty" in by_file["empty.json"].error


def test_saving_the_same_name_twice_keeps_both(shelf, monkeypatch):
    monkeypatch.setattr(store, "_file_stamp", lambda: "20250101T000000Z")
    a = shelf.save_values("Same", {}, note="a")
    b = shelf.save_values("Same", {}, note="b")
    assert a != b and S.load(a).note == "a" and S.load(b).note == "b"


def test_rename_and_note_change_the_file_in_place_and_nothing_else(shelf):
    path = shelf.save_values("Old name", {"capex_growth": 60}, note="first")
    other = shelf.save_values("Other", {})
    other_bytes = other.read_bytes()
    before = S.load(path)
    shelf.rename(path, "New name")
    shelf.set_note(path.name, "second")
    after = S.load(path)
    assert (after.name, after.note) == ("New name", "second")
    assert after.parameters == before.parameters and after.created == before.created
    assert after.headlines == before.headlines
    assert other.read_bytes() == other_bytes
    assert len(shelf.entries()) == 2


def test_rename_to_an_empty_name_is_refused_and_the_file_is_unchanged(shelf):
    path = shelf.save_values("Keep", {})
    before = path.read_bytes()
    with pytest.raises(S.SnapshotError, match="empty"):
        shelf.rename(path, "  ")
    assert path.read_bytes() == before


def test_duplicate_makes_a_second_file_with_the_same_parameters(shelf):
    path = shelf.save_values("Base", {"power_buildout": 12})
    copy = shelf.duplicate(path)
    assert copy != path
    assert S.load(copy).name == "Base (copy)"
    assert S.load(copy).parameters == S.load(path).parameters
    named = shelf.duplicate(path, "Variant")
    assert S.load(named).name == "Variant"
    assert len(shelf.entries()) == 3


def test_delete_moves_to_trash_and_restore_brings_it_back_unchanged(shelf):
    path = shelf.save_values("Doomed", {"capex_growth": 20})
    content = path.read_bytes()
    trashed = shelf.delete(path)
    assert not path.exists() and shelf.entries() == []
    assert [e.path for e in shelf.trash_entries()] == [trashed]
    restored = shelf.restore_from_trash(trashed)
    assert restored.read_bytes() == content
    assert [e.name for e in shelf.entries()] == ["Doomed"] and shelf.trash_entries() == []


def test_trash_never_overwrites_an_earlier_deleted_file_of_the_same_name(shelf):
    path = shelf.save_values("Twice", {"capex_growth": 1})
    first = shelf.delete(path)
    path.write_bytes(b"[]")                       # a new (broken) file with the same name
    second = shelf.delete(path)
    assert first != second and S.load(first).parameters["capex_growth"] == 1
    assert second.read_bytes() == b"[]"
    assert shelf.empty_trash() == 2 and shelf.trash_entries() == []


def test_restore_when_the_name_was_taken_again_keeps_both(shelf):
    path = shelf.save_values("Clash", {})
    trashed = shelf.delete(path)
    path.write_bytes(trashed.read_bytes())
    restored = shelf.restore_from_trash(trashed)
    assert restored != path and restored.exists() and path.exists()


def test_operations_on_files_outside_the_store_or_gone_are_refused(shelf, tmp_path):
    outside = tmp_path / "elsewhere.json"
    S.save(S.create("x", {}), outside)
    with pytest.raises(store.StoreError, match="not a snapshot file of the folder"):
        shelf.delete(outside)
    with pytest.raises(store.StoreError, match="no longer exists"):
        shelf.rename(shelf.folder / "gone.json", "y")
    assert outside.exists()


def test_import_validates_migrates_and_leaves_the_source_untouched(shelf, tmp_path):
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"name": "From 2024", "parameters": {"capex_growth": 60}}))
    before = old.read_bytes()
    path = shelf.import_file(old)
    assert old.read_bytes() == before
    snap = S.load(path)
    assert snap.migrated_from is None and snap.name == "From 2024"
    assert snap.headlines["cum_capex_2025_2030"].value == pytest.approx(
        outputs.headlines(simulate({"capex_growth": 60}))["cum_capex_2025_2030"].value, rel=0)
    assert json.loads(path.read_text())["schema_version"] == S.SCHEMA_VERSION


def test_import_of_a_bad_file_raises_and_adds_nothing(shelf, tmp_path):
    shelf.save_values("Existing", {})
    before = folder_bytes(shelf.folder)
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "name": "x", "parameters": {"capex_growth": "lots"}}')
    with pytest.raises(S.SnapshotError, match="bad.json.*capex_growth"):
        shelf.import_file(bad)
    assert folder_bytes(shelf.folder) == before


def test_export_writes_a_loadable_copy_to_the_chosen_path(shelf, tmp_path):
    path = shelf.save_values("Send me", {"capex_growth": 99}, note="for the room")
    dest = tmp_path / "out" / "sent.json"
    dest.parent.mkdir()
    shelf.export(path, dest)
    assert dest.read_bytes() == path.read_bytes()
    with pytest.raises(store.StoreError, match="cannot write"):
        shelf.export(path, tmp_path / "no-such-folder" / "x.json")


def test_stale_temporary_files_are_hidden_and_removable(shelf):
    good = shelf.save_values("Good", {})
    tmp = shelf.folder / f".{good.name}.abc123.tmp"
    tmp.write_bytes(b'{"half')
    assert [e.path for e in shelf.entries()] == [good]
    assert shelf.remove_stale_temp_files(older_than_seconds=3600) == 0
    os.utime(tmp, (0, 0))
    assert shelf.remove_stale_temp_files(older_than_seconds=3600) == 1
    assert not tmp.exists() and good.exists()


# --- autosave ---------------------------------------------------------------------------------

def test_autosave_round_trip_and_clear(tmp_path):
    values = P.complete({"capex_growth": 12.25})
    store.write_autosave(tmp_path, values, ["x.json"])
    state = store.read_autosave(tmp_path)
    assert state["parameters"] == values and state["compare"] == ["x.json"]
    assert state["saved"].endswith("Z")
    assert store.SnapshotStore(tmp_path).entries() == []     # not listed as a snapshot
    store.clear_autosave(tmp_path)
    store.clear_autosave(tmp_path)                           # twice is fine
    assert store.read_autosave(tmp_path) is None


def test_an_autosave_of_an_older_version_is_migrated_like_a_snapshot(tmp_path):
    """An autosave written before the current schema: its values outside today's ranges are
    set to the nearest end (named in "warnings"), parameters added since take defaults."""
    values = dict(P.defaults(), capex_growth=400)
    doc = {"kind": store.AUTOSAVE_KIND, "schema_version": 1, "saved": "2025-01-01T00:00:00Z",
           "parameters": values, "compare": []}
    store.autosave_path(tmp_path).write_text(json.dumps(doc))
    state = store.read_autosave(tmp_path)
    assert state["parameters"] == dict(values, capex_growth=P.get("capex_growth").max)
    assert len(state["warnings"]) == 1 and "capex_growth" in state["warnings"][0]
    store.write_autosave(tmp_path, P.defaults(), [])
    assert store.read_autosave(tmp_path)["warnings"] == []


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b'{"kind": "ai-capex-explorer autosave", "schema_version": 1, "parameters"', "truncated"),
    (b"[" * 50000, "nested"),
    (b'{"kind": "something else"}', "not an autosave"),
    (b'{"kind": "ai-capex-explorer autosave", "schema_version": 9, "parameters": {}}',
     "schema version 9"),
    (b'{"kind": "ai-capex-explorer autosave", "schema_version": %d, '
     b'"parameters": {"capex_growth": 1000}}' % S.SCHEMA_VERSION, "capex_growth"),
])
def test_a_bad_autosave_is_ignored_with_a_reason(tmp_path, content, reason):
    store.autosave_path(tmp_path).write_bytes(content)
    problems = []
    assert store.read_autosave(tmp_path, problems) is None
    assert len(problems) == 1 and reason in problems[0]
    assert str(store.autosave_path(tmp_path)) in problems[0]
    kept, = [p for p in tmp_path.iterdir() if p.name.startswith(".autosave-unreadable-")]
    assert kept.read_bytes() == content and kept.name in problems[0]   # kept aside, whole
    assert not store.autosave_path(tmp_path).exists()
    store.autosave_path(tmp_path).write_bytes(content)
    assert store.read_autosave(tmp_path) is None                # works without a list too


def test_autosaver_writes_only_when_the_state_changed(tmp_path):
    saver = store.Autosaver(tmp_path)
    values = P.defaults()
    assert saver.maybe_write(values, []) is True
    stamp = store.autosave_path(tmp_path).read_bytes()
    assert saver.maybe_write(dict(values), []) is False
    assert store.autosave_path(tmp_path).read_bytes() == stamp
    assert saver.maybe_write({**values, "capex_growth": 61}, []) is True
    assert saver.maybe_write({**values, "capex_growth": 61}, ["a.json"]) is True
    assert store.read_autosave(tmp_path)["compare"] == ["a.json"]
    saver.clear()
    assert store.read_autosave(tmp_path) is None
    assert saver.maybe_write({**values, "capex_growth": 61}, ["a.json"]) is True


def test_autosaver_reports_a_disk_error_and_retries(tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    saver = store.Autosaver(blocked)
    assert saver.maybe_write(P.defaults(), []) is False
    assert saver.last_error and "autosave failed" in saver.last_error
    saver.folder = tmp_path / "ok"
    assert saver.maybe_write(P.defaults(), []) is True and saver.last_error is None


def test_slug_makes_safe_short_file_names():
    assert store.slug("Slow money: 2030!") == "slow-money-2030"
    assert store.slug("Ünïcödé ∞ café") == "unicode-cafe"
    assert store.slug("///") == "snapshot"
    assert len(store.slug("x" * 500)) == 40


def test_text_that_is_not_valid_unicode_is_refused_and_changes_nothing(shelf, tmp_path):
    """A file name or typed text with a lone surrogate (undecodable bytes) gives a StoreError /
    SnapshotError, never a UnicodeEncodeError, and the files stay as they were."""
    path = shelf.save_values("Keep", {})
    before = folder_bytes(shelf.folder)
    with pytest.raises(S.SnapshotError, match="not valid Unicode"):
        shelf.rename(path, "bad \udcff")
    with pytest.raises(S.SnapshotError, match="not valid Unicode"):
        shelf.set_note(path, "bad \udcff")
    with pytest.raises(S.SnapshotError, match="not valid Unicode"):
        shelf.save_values("bad \udcff", {})
    assert folder_bytes(shelf.folder) == before
    saver = store.Autosaver(tmp_path / "auto")
    assert saver.maybe_write(P.defaults(), ["\udcff.json"]) is False
    assert "not valid Unicode" in saver.last_error
    assert store.read_autosave(tmp_path / "auto") is None


def test_a_save_or_note_on_a_full_disk_says_nothing_was_written_and_what_to_do(shelf,
                                                                               monkeypatch):
    """Saving a snapshot, or changing a saved one's note, on a full disk said '{file}: cannot
    write: the disk is full': not that nothing was saved, that the snapshot already there is
    as it was, nor what to do (the exports say so: model.errors.write_failed). Now they do,
    and it is so."""
    from bench.hostile_tools import fail_after
    from model.store import atomic
    kept = shelf.save_values("Kept", {"capex_growth": 99}, note="before")
    before = folder_bytes(shelf.folder)
    monkeypatch.setattr(atomic, "_os_write", fail_after(0))
    with pytest.raises(store.StoreError) as new:
        shelf.save_values("New", {})
    with pytest.raises(store.StoreError) as noted:
        shelf.set_note(kept, "after")
    assert "the disk is full; nothing was written and no file was made" in str(new.value)
    assert "the disk is full; nothing was written and the file already there is unchanged" \
        in str(noted.value)
    assert all("Free some space or choose another drive" in str(e.value) for e in (new, noted))
    monkeypatch.undo()
    assert folder_bytes(shelf.folder) == before and S.load(kept).note == "before"


def _as_on_a_read_only_drive(monkeypatch) -> None:
    """Make the data folder's drive read as read-only (statvfs's ST_RDONLY) and every mkdir
    fail with EROFS, as on a real read-only mount (tests run as root: chmod would not stop
    them)."""
    import errno
    from types import SimpleNamespace

    from model.store import atomic
    real_statvfs = os.statvfs
    monkeypatch.setattr(atomic.os, "statvfs", lambda p: SimpleNamespace(
        f_flag=os.ST_RDONLY, f_bavail=real_statvfs(p).f_bavail,
        f_frsize=real_statvfs(p).f_frsize))

    def refused(self, *args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))
    monkeypatch.setattr(Path, "mkdir", refused)


@pytest.mark.parametrize("cause", ["read-only drive", "file in the way"])
def test_a_snapshot_folder_that_cannot_be_made_is_said_as_every_failed_write(tmp_path,
                                                                            monkeypatch, cause):
    """Saving a snapshot where its folder cannot be made (a read-only drive; a file named
    'snapshots' in the data folder) said '{folder}: cannot create the folder: the drive is
    read-only' (or '... is in the way; move it away'), not as every other failed write
    (model.errors.write_failed: the file, why, that nothing was written, what to do). Now it
    is, with the cause found as for the other writes (model.store.atomic.why_not_writable)."""
    import errno

    from model.errors import os_reason
    data = tmp_path / "data"
    data.mkdir()
    shelf = store.SnapshotStore(data / "snapshots")
    if cause == "read-only drive":
        _as_on_a_read_only_drive(monkeypatch)
        errno_said = errno.EROFS
    else:
        (data / "snapshots").write_text("my notes", encoding="utf-8")
        errno_said = errno.ENOTDIR
    with pytest.raises(store.StoreError) as caught:
        shelf.save_values("New", {})
    monkeypatch.undo()
    message = str(caught.value)
    file_named = message.split(": cannot write the file: ", 1)[0]
    assert Path(file_named).parent == shelf.folder and file_named.endswith(".json"), message
    reason = os_reason(OSError(errno_said, os.strerror(errno_said)))
    assert f"cannot write the file: {reason}; nothing was written and no file was made" \
        in message, message
    assert "cannot create the folder" not in message, message
    assert list(data.rglob("*.json")) == []
    if cause == "file in the way":
        assert (data / "snapshots").read_text(encoding="utf-8") == "my notes"


@pytest.mark.parametrize("cause", ["read-only drive", "trash is a file"])
def test_a_folder_that_cannot_be_made_says_why_and_what_to_do(tmp_path, monkeypatch, cause):
    """The snapshots' folder on a read-only drive (the window's start-up note) and a trash
    folder with a file in its place (a delete) said '{folder}: cannot create the folder: the
    drive is read-only' - why, but not what to do - by a second folder-making mechanism beside
    atomic.make_folder_of. Now one mechanism (atomic.make_folder) and one wording
    (model.errors.folder_failed): the folder, why, and what to do (make it writable or set the
    data folder's variable elsewhere; move the file away); nothing of the user's is lost."""
    from model.limits import DATA_ENV
    data = tmp_path / "data"
    data.mkdir()
    if cause == "read-only drive":
        _as_on_a_read_only_drive(monkeypatch)
        with pytest.raises(store.StoreError) as caught:
            store.make_folder(data / "snapshots")
        monkeypatch.undo()
        message = str(caught.value)
        assert message.startswith(f"{data / 'snapshots'}: "), message
        assert "the drive is read-only" in message, message
        assert "Make it writable" in message and DATA_ENV in message, message
    else:
        shelf = store.SnapshotStore(data / "snapshots")
        kept = shelf.save_values("Kept", {})
        (shelf.folder / "trash").write_text("my notes", encoding="utf-8")
        with pytest.raises(store.StoreError) as caught:
            shelf.delete(kept)
        message = str(caught.value)
        assert message.startswith(f"{shelf.folder / 'trash'}: "), message
        assert "is in the way" in message and "Move away" in message, message
        assert kept.is_file() and S.load(kept).name == "Kept"
        assert (shelf.folder / "trash").read_text(encoding="utf-8") == "my notes"
    assert "\n" not in message


def test_a_trash_that_is_a_link_to_another_folder_is_never_emptied(tmp_path):
    """The window empties the trash of entries older than 30 days at every start. A 'trash'
    that was a symbolic link to another folder (the user's documents, a synced folder) had
    every .json file there older than that deleted for good, unasked. Now a linked trash is
    refused with a message and nothing is deleted; a delete into it still works (undo)."""
    import time
    mine = tmp_path / "my-documents"
    mine.mkdir()
    precious = mine / "thesis-data.json"
    precious.write_text('{"precious": 1}', encoding="utf-8")
    old = time.time() - 40 * 86400
    os.utime(precious, (old, old))
    shelf = store.SnapshotStore(tmp_path / "snapshots")
    shelf.save_values("a", {})
    shelf.trash_folder.symlink_to(mine)
    for older_than in (30 * 86400, None):
        with pytest.raises(store.StoreError) as caught:
            shelf.empty_trash(older_than_seconds=older_than)
        assert "symbolic link" in str(caught.value) and "nothing was deleted" in str(caught.value)
    assert precious.read_text(encoding="utf-8") == '{"precious": 1}'


def test_a_file_system_of_no_blocks_is_not_said_to_be_full(tmp_path, monkeypatch):
    """AI_CAPEX_EXPLORER_DATA=/proc/self: the snapshots' folder could not be made (procfs holds
    no such folders), and the start-up note said 'the disk is full. Free some space': procfs
    has no blocks, so none are free. A file system with no blocks at all is not called full."""
    import errno
    from types import SimpleNamespace

    from model.store import atomic
    monkeypatch.setattr(atomic.os, "statvfs", lambda p: SimpleNamespace(
        f_flag=0, f_bavail=0, f_frsize=4096, f_blocks=0))
    found = atomic.why_not_writable(tmp_path / "snapshots" / "x.json")
    assert found.errno != errno.ENOSPC, found
    monkeypatch.setattr(atomic.os, "statvfs", lambda p: SimpleNamespace(
        f_flag=0, f_bavail=0, f_frsize=4096, f_blocks=1000))
    assert atomic.why_not_writable(tmp_path / "snapshots" / "x.json").errno == errno.ENOSPC

"""model.store.safe_read: what the reader promises beyond refusing special files (those are in
test_hostile_files): never more than `limit` bytes, even when the size fstat reports is not the
size read (a file another process appends to between the check and the read, or a file of
/proc and sysfs, which reports 0 bytes and has content)."""
from __future__ import annotations

import os

import pytest

from model.store import safe_read

MIB = 1 << 20


def _reporting_size(monkeypatch, size: int) -> None:
    """Make os.fstat report `size` bytes for every regular file (the file 'grows' after it)."""
    real = os.fstat

    def fstat(fd):
        info = real(fd)
        fields = list(info)
        fields[6] = size                        # st_size
        return os.stat_result(fields)
    monkeypatch.setattr(os, "fstat", fstat)


@pytest.mark.parametrize("limit", [1000, 2 * MIB])     # below and at a multiple of the 1 MiB chunk
def test_a_file_larger_than_its_reported_size_is_refused_not_cut(tmp_path, monkeypatch, limit):
    """A file reported as 0 bytes that holds `limit` + 1 KiB: the module promises it is
    refused ('grew while being read'), never returned cut to `limit` bytes as if whole.
    (A read stopping at `limit` bytes exactly passed every other test.)"""
    path = tmp_path / "growing.json"
    path.write_bytes(b"x" * (limit + 1024))
    _reporting_size(monkeypatch, 0)
    with pytest.raises(safe_read.UnreadableFile, match="grew while being read") as info:
        safe_read.read_regular_file(path, limit)
    assert "growing.json" in str(info.value)


@pytest.mark.parametrize("limit", [1000, 2 * MIB])
def test_a_file_of_exactly_the_limit_is_read_whole(tmp_path, monkeypatch, limit):
    """The limit is inclusive: `limit` bytes are read whole, also when the reported size is 0."""
    path = tmp_path / "full.json"
    data = bytes(range(256)) * (limit // 256) + b"y" * (limit % 256)
    path.write_bytes(data)
    assert safe_read.read_regular_file(path, limit) == data
    _reporting_size(monkeypatch, 0)
    assert safe_read.read_regular_file(path, limit) == data

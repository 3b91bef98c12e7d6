"""The embedded server's start names the cause at once when its log cannot be written (full disk, bad directory)."""

from __future__ import annotations

import errno
import time
from dataclasses import replace

import pytest

from pantau.config import load_settings
from pantau.errors import SearchUnavailable
from pantau.search import embedded


def test_full_disk_is_named_at_once(tmp_path, monkeypatch):
    settings = replace(load_settings(), home=tmp_path)

    def full_disk(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(embedded.os, "fsync", full_disk)
    start = time.monotonic()
    with pytest.raises(SearchUnavailable, match="cannot write the embedded search server's log .*: No space left"):
        embedded.start_for_this_process(settings)
    assert time.monotonic() - start < 2.0
    assert list(settings.run_dir.iterdir()) == []  # the probe file is not left behind


def test_unwritable_run_directory_is_named(tmp_path):
    (tmp_path / "run").write_text("a file where the run directory should be")
    settings = replace(load_settings(), home=tmp_path)
    with pytest.raises(SearchUnavailable, match=f"cannot write the embedded search server's log in {tmp_path}/run"):
        embedded.start_for_this_process(settings)

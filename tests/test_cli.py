"""The command line: help everywhere, one-line errors, no tracebacks."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pantau.cli import _SUBCOMMANDS, main


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pantau", *args], capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.parametrize("subcommand", _SUBCOMMANDS)
def test_every_subcommand_has_help(subcommand, capsys):
    assert main([subcommand, "--help"]) == 0
    out = capsys.readouterr().out
    assert "Usage" in out and subcommand in out


def test_top_level_help_lists_every_subcommand(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in _SUBCOMMANDS:
        assert name in out


def test_user_error_is_one_line_without_traceback(tmp_path):
    result = run_cli("extract", "--input", str(tmp_path / "missing.jsonl"), "--output", str(tmp_path / "r.jsonl"))
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [f"pantau: error: no such file: {tmp_path / 'missing.jsonl'}"]
    assert "Traceback" not in result.stderr


def test_unknown_option_is_a_usage_error(capsys):
    assert main(["extract", "--no-such-flag"]) == 2
    assert "No such option" in capsys.readouterr().err


def test_bad_setting_is_one_line(tmp_path):
    import os

    env = dict(os.environ, PANTAU_HOME=str(tmp_path), PANTAU_INDEX_SHARDS="many")
    result = run_cli("extract", env=env)
    assert result.returncode == 1
    assert result.stderr.strip() == "pantau: error: PANTAU_INDEX_SHARDS must be an integer, got 'many'"

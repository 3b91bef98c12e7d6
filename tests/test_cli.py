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


def _error_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def test_usage_error_is_one_line_naming_the_help(capsys):
    assert main(["extract", "--no-such-flag"]) == 2
    assert capsys.readouterr().err.strip() == (
        "pantau: error: No such option: --no-such-flag (see `pantau extract --help`)")


@pytest.mark.parametrize("port", ["99999", "0", "-1"])
def test_bad_port_is_one_line(port, tmp_path):
    import os

    result = run_cli("serve", "--port", port, env=dict(os.environ, PANTAU_HOME=str(tmp_path)))
    assert result.returncode == 1
    assert _error_lines(result) == [f"pantau: error: --port must be between 1 and 65535, got {port}"]
    assert "Pantau on" not in result.stdout


def test_port_in_use_is_one_line_before_anything_else(tmp_path):
    import os
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("serve", "--port", str(port), env=dict(os.environ, PANTAU_HOME=str(tmp_path)))
    assert result.returncode == 1
    assert _error_lines(result) == [f"pantau: error: cannot listen on 127.0.0.1:{port}: the port is in use"]
    assert result.stdout == ""


def test_prefect_telemetry_and_its_notice_are_off(tmp_path):
    import os

    code = ("import flows; from prefect._internal.analytics.enabled import is_telemetry_enabled; "
            "print(is_telemetry_enabled())")
    env = {k: v for k, v in os.environ.items() if k != "DO_NOT_TRACK"} | {"PANTAU_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.stdout.strip() == "False", result.stderr[-2000:]


def test_empty_store_search_says_what_to_run(tmp_path):
    import os

    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "pantau.sqlite3").touch()
    result = run_cli("search", "pekerja migran", env=dict(os.environ, PANTAU_HOME=str(tmp_path)))
    assert result.returncode == 0, result.stderr
    hint = [line for line in result.stderr.splitlines() if line.startswith("pantau:")]
    assert len(hint) == 1 and "has no records yet: run `pantau crawl --all`" in hint[0]
    assert f"export PANTAU_HOME={tmp_path / 'demo'}" in hint[0]
    assert result.stdout == ""  # no empty table


def test_titles_are_shortened_with_an_ellipsis():
    from pantau.cli.search import shorten

    assert shorten("Polres Kukar ungkap TPPO", 80) == "Polres Kukar ungkap TPPO"
    cut = shorten("Lima warga Sarolangun dipulangkan dari Kamboja, dijanjikan kerja admin", 40)
    assert cut == "Lima warga Sarolangun dipulangkan dari…" and len(cut) <= 40


def test_demo_uses_the_default_store_unless_it_holds_real_articles(tmp_path):
    from pantau.cli.demo import demo_home_for
    from pantau.store import Store

    assert demo_home_for(tmp_path) == tmp_path  # a new install: `pantau search` finds the demo's records
    with Store(tmp_path / "pantau.sqlite3") as store:
        store.upsert_article({"url": "http://127.0.0.1:4321/berita/1", "text": "Berita demo."})
    assert demo_home_for(tmp_path) == tmp_path
    with Store(tmp_path / "pantau.sqlite3") as store:
        store.upsert_article({"url": "https://www.tribunnews.com/berita/1", "text": "Berita nyata."})
    assert demo_home_for(tmp_path) == tmp_path / "demo"


def test_unknown_site_in_run_is_one_line_before_prefect(tmp_path):
    import os

    result = run_cli("run", "--site", "nosuch", "--no-digest", env=dict(os.environ, PANTAU_HOME=str(tmp_path)))
    assert result.returncode == 1
    (line,) = _error_lines(result)
    assert line.startswith("pantau: error: unknown site 'nosuch' (known: ")

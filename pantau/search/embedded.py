"""The embedded search server: ``osmem-server``, an in-memory server speaking the Elasticsearch REST API.

A persistent server (``pantau es start``) runs detached and is described by a state file (pid + url) under
``settings.run_dir``. Commands that need search reuse it, or start one for their own lifetime (``--parent-pid``).
It keeps nothing on disk, so whoever starts it rebuilds the index from the store (see :mod:`pantau.search.client`).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import signal
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

from pantau.config import Settings
from pantau.errors import SearchUnavailable

STATE_FILE_NAME = "embedded-search.json"
START_TIMEOUT_S = 20.0


@dataclass(frozen=True)
class EmbeddedServer:
    """A running embedded server."""

    pid: int
    url: str
    persistent: bool


def state_path(settings: Settings) -> Path:
    """Where the persistent server's pid and url are kept."""
    return settings.run_dir / STATE_FILE_NAME


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_osmem(pid: int) -> bool:
    """Whether ``pid`` is an osmem server (a pid from an old state file may belong to another process now)."""
    try:
        return b"osmem" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return _pid_alive(pid)  # no /proc: trust the pid


def _responds(url: str) -> bool:
    try:
        return httpx.get(url, timeout=15.0).status_code == 200
    except httpx.HTTPError:
        return False


def _recorded_server(settings: Settings) -> EmbeddedServer | None:
    """The server the state file names, if that process still runs (whether or not it answers)."""
    path = state_path(settings)
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
        server = EmbeddedServer(pid=int(state["pid"]), url=str(state["url"]), persistent=True)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if _pid_alive(server.pid) and _is_osmem(server.pid):
        return server
    path.unlink(missing_ok=True)
    return None


def running_server(settings: Settings) -> EmbeddedServer | None:
    """The persistent server described by the state file, if it is alive and answers; else None."""
    server = _recorded_server(settings)
    if server is None:
        return None
    if _responds(server.url):
        return server
    raise SearchUnavailable(f"the embedded search server (pid {server.pid}, {server.url}) does not answer; "
                            "stop it with `pantau es stop`")


def _binary() -> str:
    try:
        import osmem_server
    except ImportError:
        raise SearchUnavailable("the embedded search server (osmem-server) is not installed; "
                                "set PANTAU_ES_URL") from None
    return str(osmem_server.resolve_binary())


def _spawn(settings: Settings, parent_pid: int | None) -> EmbeddedServer:
    """Start the binary with its output in a log file under run_dir, and wait for its JSON line with the url."""
    settings.run_dir.mkdir(parents=True, exist_ok=True)
    log_path = settings.run_dir / f"embedded-search-{os.getpid()}-{time.time_ns()}.log"
    command = [_binary(), "--addr", "127.0.0.1:0", "--no-ja", "--no-stdin-watch"]
    if parent_pid is not None:
        command += ["--parent-pid", str(parent_pid)]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=parent_pid is None
        )
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        for line in log_path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("{"):
                with contextlib.suppress(ValueError):
                    url = json.loads(line)["url"]
                    log_path.unlink(missing_ok=True)
                    return EmbeddedServer(pid=process.pid, url=url, persistent=parent_pid is None)
        if process.poll() is not None:
            tail = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:]
            raise SearchUnavailable(f"the embedded search server exited at start: {' '.join(tail) or 'no output'}")
        time.sleep(0.05)
    process.kill()
    raise SearchUnavailable(f"the embedded search server did not start within {START_TIMEOUT_S:.0f} s")


def start_persistent(settings: Settings) -> tuple[EmbeddedServer, bool]:
    """Start the detached server unless one runs; returns (server, started_now)."""
    existing = running_server(settings)
    if existing:
        return existing, False
    server = _spawn(settings, parent_pid=None)
    state = {**asdict(server), "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    state_path(settings).write_text(json.dumps(state), encoding="utf-8")
    return server, True


def start_for_this_process(settings: Settings) -> EmbeddedServer:
    """Start a server that lives as long as this process (it exits when we do)."""
    server = _spawn(settings, parent_pid=os.getpid())
    atexit.register(_terminate, server.pid)
    return server


def _terminate(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signal.SIGTERM)


def stop_persistent(settings: Settings) -> EmbeddedServer | None:
    """Stop the persistent server; returns it, or None when none was running."""
    server = _recorded_server(settings)
    state_path(settings).unlink(missing_ok=True)
    if server is None:
        return None
    _terminate(server.pid)
    deadline = time.monotonic() + 5.0
    while _pid_alive(server.pid) and time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(server.pid, os.WNOHANG)
        time.sleep(0.05)
    return server

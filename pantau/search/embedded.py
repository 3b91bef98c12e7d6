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
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO

import httpx

from pantau.config import Settings
from pantau.errors import SearchUnavailable
from pantau.processes import process_alive

STATE_FILE_NAME = "embedded-search.json"
START_TIMEOUT_S = 20.0
POLL_S = 0.2  # how often a supervisor looks at its server
MAX_RESTART_DELAY_S = 10.0


@dataclass(frozen=True)
class EmbeddedServer:
    """A running embedded server."""

    pid: int
    url: str
    persistent: bool


def state_path(settings: Settings) -> Path:
    """Where the persistent server's pid and url are kept."""
    return settings.run_dir / STATE_FILE_NAME


def _is_osmem(pid: int) -> bool:
    """Whether ``pid`` is an osmem server (a pid from an old state file may belong to another process now)."""
    try:
        return b"osmem" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return process_alive(pid)  # no /proc: trust the pid


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
    if process_alive(server.pid) and _is_osmem(server.pid):
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


LOG_PROBE_BYTES = 64 * 1024  # enough for the server's first lines; a full disk fails this write at once


def _open_log(settings: Settings) -> tuple[Path, BinaryIO]:
    """A new log file for the server, checked writable: an unwritable directory or a full disk is named now,
    not after the start timeout."""
    log_path = settings.run_dir / f"embedded-search-{os.getpid()}-{time.time_ns()}.log"
    try:
        settings.run_dir.mkdir(parents=True, exist_ok=True)
        log = open(log_path, "wb")  # noqa: SIM115 - handed to the child, closed by the caller
    except OSError as exc:
        raise SearchUnavailable(f"cannot write the embedded search server's log in {settings.run_dir}: "
                                f"{exc.strerror or exc}") from None
    try:
        log.write(b"\n" * LOG_PROBE_BYTES)
        log.flush()
        os.fsync(log.fileno())
        log.seek(0)
        log.truncate()
    except OSError as exc:
        log.close()
        log_path.unlink(missing_ok=True)
        raise SearchUnavailable(f"cannot write the embedded search server's log {log_path}: "
                                f"{exc.strerror or exc}") from None
    return log_path, log


def _spawn(settings: Settings, parent_pid: int | None, address: str = "127.0.0.1:0"
           ) -> tuple[EmbeddedServer, subprocess.Popen[bytes]]:
    """Start the binary at ``address`` with its output in a log file under run_dir, and wait for its JSON line
    with the url."""
    command = [_binary(), "--addr", address, "--no-ja", "--no-stdin-watch"]
    if parent_pid is not None:
        command += ["--parent-pid", str(parent_pid)]
    log_path, log = _open_log(settings)
    with log:
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
                    return EmbeddedServer(pid=process.pid, url=url, persistent=parent_pid is None), process
        if process.poll() is not None:
            tail = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:]
            reason = " ".join(tail) or f"exit status {process.returncode}, no output{_disk_note(settings)}"
            raise SearchUnavailable(f"the embedded search server exited at start: {reason} (log {log_path})")
        time.sleep(0.05)
    process.kill()
    process.wait()
    raise SearchUnavailable(f"the embedded search server did not start within {START_TIMEOUT_S:.0f} s"
                            f"{_disk_note(settings)} (log {log_path})")


def _disk_note(settings: Settings) -> str:
    """``; no space left ...`` when the run directory's disk is (nearly) full, else nothing."""
    try:
        free = shutil.disk_usage(settings.run_dir).free
    except OSError:
        return ""
    return f"; only {free // 1024} KiB free on the disk of {settings.run_dir}" if free < LOG_PROBE_BYTES * 16 else ""


def start_persistent(settings: Settings) -> tuple[EmbeddedServer, bool]:
    """Start the detached server unless one runs; returns (server, started_now)."""
    existing = running_server(settings)
    if existing:
        return existing, False
    server, _ = _spawn(settings, parent_pid=None)
    state = {**asdict(server), "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    state_path(settings).write_text(json.dumps(state), encoding="utf-8")
    return server, True


def start_for_this_process(settings: Settings) -> EmbeddedServer:
    """Start a server that lives as long as this process (it exits when we do).

    Under :func:`supervise_children` it is watched: restarted and refilled whenever it dies."""
    server, process = _spawn(settings, parent_pid=os.getpid())
    if _refill is None:
        atexit.register(_terminate, server.pid)
        return server
    supervisor = Supervisor(settings, server, process, _refill)
    atexit.register(supervisor.stop)
    supervisor.start()
    _supervisors.append(supervisor)
    return server


Refill = Callable[[Settings, str], None]
_refill: Refill | None = None
_supervisors: list[Supervisor] = []


def supervise_children(refill: Refill | None) -> None:
    """Watch the servers this process starts from now on: when one dies it is reaped, started again at the same
    address and ``refill(settings, url)`` fills it from the store. ``None`` stops watching new ones."""
    global _refill
    _refill = refill


def watch_persistent(settings: Settings, server: EmbeddedServer, refill: Refill) -> Supervisor:
    """Watch a persistent server this process uses: if it dies, a supervised one of ours takes its address."""
    supervisor = Supervisor(settings, server, None, refill)
    atexit.register(supervisor.stop)
    supervisor.start()
    _supervisors.append(supervisor)
    return supervisor


def supervisors() -> list[Supervisor]:
    """The supervisors of this process's servers (for status displays and tests)."""
    return list(_supervisors)


class Supervisor:
    """Keeps one embedded server alive: reaps it when it dies, restarts it at the same address, refills it.

    While it is down or being refilled, requests fail with a connection error or a missing index, which the API
    answers as 503; afterwards the same client works again because the address is the same. A persistent server
    (``process`` None: not our child) is watched by its pid; when it dies, a server of this process replaces it."""

    def __init__(self, settings: Settings, server: EmbeddedServer, process: subprocess.Popen[bytes] | None,
                 refill: Refill, poll_s: float = POLL_S) -> None:
        self.settings = settings
        self.server = server
        self.restarts = 0
        self._process = process
        self._refill = refill
        self._poll_s = poll_s
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="pantau-embedded-supervisor", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop watching and end the server."""
        self._stopped.set()
        with contextlib.suppress(ValueError):
            _supervisors.remove(self)
        if self._process is None:  # a persistent server is not ours to end
            return
        _terminate(self._process.pid)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(timeout=5)

    def _watch(self) -> None:
        while not self._stopped.is_set():
            status = self._wait_for_exit()
            if status is None:
                continue
            if self._stopped.is_set():
                return
            _say(f"the embedded search server (pid {self.server.pid}) exited ({status}); "
                 f"restarting it at {self.server.url}")
            self._restart()

    def _wait_for_exit(self) -> str | None:
        """How the server ended, after waiting up to one poll; None while it runs."""
        if self._process is None:
            if process_alive(self.server.pid) and _is_osmem(self.server.pid):
                self._stopped.wait(self._poll_s)
                return None
            return "the persistent server is gone"
        try:
            return f"status {self._process.wait(timeout=self._poll_s)}"  # reaps the child: no zombie
        except subprocess.TimeoutExpired:
            return None

    def _restart(self) -> None:
        address = self.server.url.removeprefix("http://")
        delay = 0.5
        while not self._stopped.is_set():
            try:
                server, process = _spawn(self.settings, parent_pid=os.getpid(), address=address)
                self._process = process
                self.server = server
                self._refill(self.settings, server.url)
            except Exception as exc:  # noqa: BLE001 - keep trying; the API answers 503 meanwhile
                _say(f"restarting the embedded search server failed ({exc}); trying again in {delay:.0f} s")
                if self._process is not None and self._process.poll() is None:  # not refilled: start over
                    _terminate(self._process.pid)
                    self._process.wait()
                self._stopped.wait(delay)
                delay = min(delay * 2, MAX_RESTART_DELAY_S)
                continue
            self.restarts += 1
            _say(f"the embedded search server is back at {server.url} (pid {server.pid}), refilled from the store")
            return


def refill_from_store(settings: Settings, url: str) -> None:
    """Fill a new, empty embedded server at ``url`` from the store: the search package's rebuild, which makes the
    records and incidents indices and their aliases."""
    from pantau.search import rebuild_index
    from pantau.search.client import embedded_client
    from pantau.store import Store

    with Store(settings.store_path) as store:
        rebuild_index(store, embedded_client(url), settings)


def _say(message: str) -> None:
    print(f"pantau: {message}", file=sys.stderr, flush=True)


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
    while process_alive(server.pid) and time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(server.pid, os.WNOHANG)
        time.sleep(0.05)
    return server

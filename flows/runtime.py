"""Prefect's environment for Pantau: ephemeral mode under ``$PANTAU_HOME/run/prefect``, quiet logs.

Prefect reads its settings when it is first imported, so :func:`configure_prefect` runs from
``flows/__init__.py`` before any flow module imports Prefect. Settings the user gave (``PREFECT_API_URL`` for a
Prefect server, ``PREFECT_HOME``, ``PREFECT_LOGGING_LEVEL``...) are kept: only defaults are filled in.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

# Defaults for running with no Prefect server: nothing to set up, nothing phoned home, logs a person can read.
_DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_ENABLED": "true",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_UI_ENABLED": "false",
    "PREFECT_SERVER_LOGGING_LEVEL": "ERROR",
    "PREFECT_CLOUD_ENABLE_ORCHESTRATION_TELEMETRY": "false",
    "PREFECT_TELEMETRY_ENABLE_RESOURCE_METRICS": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_COLORS": "false",
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
    "DO_NOT_TRACK": "1",  # Prefect's client telemetry, and its usage-data notice in the middle of our output
}


def prefect_home() -> Path:
    """Where Prefect keeps its database and settings for Pantau: ``$PANTAU_HOME/run/prefect``."""
    from pantau.config import load_settings

    return load_settings().run_dir / "prefect"


def configure_prefect(home: Path | None = None) -> None:
    """Fill in Prefect's environment defaults (before Prefect is imported)."""
    if "PREFECT_HOME" not in os.environ:
        path = home or prefect_home()
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError:  # an unwritable PANTAU_HOME: fall back to a temporary directory
            import tempfile

            path = Path(tempfile.mkdtemp(prefix="pantau-prefect-"))
        os.environ["PREFECT_HOME"] = str(path)
    for name, value in _DEFAULTS.items():
        os.environ.setdefault(name, value)


class _DropThreadTimeoutNotice(logging.Filter):
    """Prefect warns on every threaded task with a timeout; the timeouts are known to apply after blocking calls."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "is running in a worker thread" not in record.getMessage()


def quiet_prefect_logs() -> None:
    """Drop Prefect's per-task notice about timeouts in worker threads, and the search client's retry chatter."""
    logging.getLogger("elastic_transport").setLevel(logging.ERROR)  # the index task reports an outage in one line
    logger = logging.getLogger("prefect.task_runs")
    if not any(isinstance(existing, _DropThreadTimeoutNotice) for existing in logger.filters):
        logger.addFilter(_DropThreadTimeoutNotice())

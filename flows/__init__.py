"""Pantau's Prefect flows: crawl -> extract -> index -> digest, built from small tasks with retries.

Importing this package first sets Prefect's defaults (ephemeral mode under ``$PANTAU_HOME/run/prefect``, quiet
logs), so ``pantau run`` works on a fresh machine with nothing to set up. See ``flows.pipeline``.
"""

from flows.runtime import configure_prefect, quiet_prefect_logs

configure_prefect()
quiet_prefect_logs()

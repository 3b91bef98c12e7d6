"""The alerts flow: after the index stage, tell each region's subscribers about new and changed incidents.

Failed deliveries are kept in the store and tried again on the next run; the flow returns them as error lines
for the run's summary rather than failing the run.
"""

from __future__ import annotations

from prefect import flow, task
from prefect.cache_policies import NONE as NO_CACHE
from prefect.logging import get_run_logger

ALERTS_TIMEOUT_S = 900


@task(name="send-alerts", retries=2, retry_delay_seconds=30, timeout_seconds=ALERTS_TIMEOUT_S, cache_policy=NO_CACHE)
def send_alerts(store_path: str) -> list[str]:
    """Send the alerts due to subscribers with alerts on; returns one line per failed delivery."""
    from pantau.alerts import run_alerts
    from pantau.config import load_settings
    from pantau.errors import InputError
    from pantau.store import Store
    from pantau.subscriptions import load_subscriptions

    settings = load_settings()
    try:
        subscriptions = [s for s in load_subscriptions(settings.subscriptions_path) if s.alerts]
    except InputError as exc:  # a bad subscriptions file: say so with the run's errors, do not retry
        return [f"alerts not sent: {exc}"]
    if not subscriptions:
        return []
    logger = get_run_logger()
    with Store(store_path) as store:
        report = run_alerts(store, subscriptions, settings)
    for line in report.lines():
        (logger.warning if line.startswith("failed:") else logger.info)("%s", line)
    return [f"alert {alert.describe()}: {error} (tried again next run)" for alert, error in report.failed]


@flow(name="pantau-alerts")
def alerts_flow(store_path: str | None = None) -> list[str]:
    """Send the alerts due; returns one line per delivery that failed (kept for the next run)."""
    from pantau.config import load_settings

    return send_alerts(store_path or str(load_settings().store_path))

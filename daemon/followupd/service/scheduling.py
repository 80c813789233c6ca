"""The scheduler `run` drives its jobs with (APScheduler 3, one worker thread: cycles never
overlap), and the IDLE watch each account gets."""

from __future__ import annotations

from datetime import UTC, timedelta
from functools import partial
from typing import Any

from followupd.model import Settings
from followupd.service.mailboxes import open_watch
from followupd.service.watchers import WatchOpener


def watch_opener(settings: Settings) -> WatchOpener:
    if not settings.daemon.idle:
        return lambda _: None
    return partial(open_watch, renew=settings.daemon.idle_renew.total_seconds())


def make_scheduler(poll_interval: timedelta) -> Any:
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.schedulers.background import BackgroundScheduler

    return BackgroundScheduler(
        executors={"default": ThreadPoolExecutor(max_workers=1)},
        job_defaults=scheduler_job_defaults(poll_interval),
        timezone=UTC,
    )


def scheduler_job_defaults(poll_interval: timedelta) -> dict[str, Any]:
    """One instance at a time; missed runs coalesce into one; a run late by less than one
    poll interval (or 60 s) still happens, a later one waits for the next interval."""
    grace = max(60, int(poll_interval.total_seconds()))
    return {"coalesce": True, "max_instances": 1, "misfire_grace_time": grace}

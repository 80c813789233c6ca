"""`followupd run`: the daemon, until SIGTERM/SIGINT; SIGHUP reads the config and the
templates again (see service/daemon.py and service/reload.py)."""

from __future__ import annotations

import argparse

from followupd.config import add_config_argument, config_path, load_settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_config_argument(parser)


def run(args: argparse.Namespace) -> int:
    path = config_path(args)
    settings = load_settings(path)
    from followupd.logs import setup_logging
    from followupd.service import Service

    setup_logging(settings.daemon.log_level, verbose=getattr(args, "verbose", False))
    return Service(settings, config_path=path).run()

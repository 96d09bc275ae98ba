"""The store as a Flask extension: opened once per app from its config, found again per request.

The Flask tutorial's ``db.py`` pattern: :func:`init_app` opens the store the config describes
and keeps it in ``app.extensions["ickg.store"]``; views call :func:`get_store`.
"""

from __future__ import annotations

from typing import Any, Mapping

from flask import Flask, current_app

from ickg import sandbox
from ickg.build.publish import ensure_store
from ickg.settings import DEFAULTS, default_data_dir
from ickg.store import BaseStore, LocalStore, open_local, open_remote


def store_from_config(config: Mapping[str, Any]) -> BaseStore:
    """The store a Flask config describes: ``STORE`` itself, ``STORE_URL`` (remote) or ``DATA_DIR``.

    A data directory without a store gets one built first (:func:`ickg.build.publish.ensure_store`).
    """
    if config.get("STORE") is not None:
        return config["STORE"]
    if config.get("STORE_URL"):
        return open_remote(config["STORE_URL"], update_url=config.get("UPDATE_URL"),
                           gsp_url=config.get("GSP_URL"), timeout=float(config.get("QUERY_TIMEOUT") or 60),
                           credentials_file=config.get("STORE_CREDENTIALS"),
                           data_dir=config.get("DATA_DIR") or default_data_dir())
    root = ensure_store(config.get("DATA_DIR") or default_data_dir())
    return open_local(root, read_only=not config.get("UPDATE_TOKEN"), workers=config.get("QUERY_WORKERS"),
                      slow_workers=int(config.get("SLOW_QUERY_WORKERS") or 0),
                      slow_after=float(config.get("SLOW_AFTER") or DEFAULTS["SLOW_AFTER"]),
                      slow_per_client=int(config.get("SLOW_PER_CLIENT") or 0),
                      memory_limit=int(config.get("WORKER_MEMORY") or 0) or None)


def init_app(app: Flask) -> None:
    """Attach the configured store to ``app`` (``app.extensions["ickg.store"]``)."""
    store = app.extensions["ickg.store"] = store_from_config(app.config)
    if isinstance(store, LocalStore):
        sandbox.report(app.logger)


def get_store() -> BaseStore:
    """The store of the current Flask app."""
    return current_app.extensions["ickg.store"]

"""The app of one worker process of another WSGI server (``ickg serve --server granian``).

The server imports :func:`app` by name in each of its worker processes, after their start; the
config comes from the ``ICKG_*`` environment, which :func:`ickg.web.supervisor.serve_with_granian`
sets from the command's options (``create_app`` reads it, as for any deployment).
"""

from __future__ import annotations

import signal

from flask import Flask

from ickg.processes import die_with_parent
from ickg.web import create_app


def app() -> Flask:
    """The Flask app over the configured store, its query workers started.

    The worker process is ended (SIGTERM) when the server process that started it dies, even by
    SIGKILL, so no worker is left holding the port; its query workers then see the end of their
    sockets and exit.
    """
    die_with_parent(sig=signal.SIGTERM)
    made = create_app()
    store = made.extensions["ickg.store"]
    if hasattr(store, "start"):
        store.start()
    return made

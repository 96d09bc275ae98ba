"""The app of one granian worker process (``ickg serve --server granian``, see :mod:`ickg.web.supervisor`).

The server imports :func:`app` by name in each of its worker processes, after their start; the
config is the command's (:data:`ickg.web.supervisor.WORKER_CONFIG`, inherited by the fork), over
the ``ICKG_*`` environment that ``create_app`` reads, as for any deployment.
"""

from __future__ import annotations

import signal

from flask import Flask

from ickg.processes import die_with_parent
from ickg.web import create_app
from ickg.web.supervisor import WORKER_CONFIG, stop_while_starting, stops_reach_the_worker


def app() -> Flask:
    """The Flask app over the configured store, its query workers started.

    The worker process is killed when the server process that started it dies, even by SIGKILL,
    so no worker is left holding the port; its query workers then see the end of their sockets
    and exit. SIGKILL, not SIGTERM: granian's worker takes SIGTERM as a request for a graceful
    stop, which waits on open connections and threads and was seen to outlive 20 s on a loaded
    2-core machine; the server is gone, so there is nobody left to be graceful to. Asked to
    stop before it serves, it exits (:func:`~ickg.web.supervisor.stop_while_starting`); serving,
    it stops at its first stop (:func:`~ickg.web.supervisor.stops_reach_the_worker`).
    """
    stop_while_starting()
    stops_reach_the_worker()
    die_with_parent(sig=signal.SIGKILL)
    made = create_app(dict(WORKER_CONFIG) or None)
    store = made.extensions["ickg.store"]
    if hasattr(store, "start"):
        store.start()
    return made

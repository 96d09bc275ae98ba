"""The waitress server: threads in two lanes (cached answers apart), bounded request bodies,
connections kept open after a 304.
"""

from __future__ import annotations

import socket

CACHED_THREADS = 2  # threads that only replay cached answers (microseconds each)


def create_server(app, *, host="127.0.0.1", port=8080, threads=None, sockets=None):
    """A waitress server for ``app`` (not started): ``.run()``, ``.close()``, ``.effective_port``.

    Waitress, not Flask's development server: it serves ``threads`` requests at once (default:
    the THREADS setting) and bounds request bodies by MAX_CONTENT_LENGTH before the app sees
    them. ``port=0`` picks a free port. ``sockets``: already listening sockets to accept on
    instead of binding ``host``/``port`` (see :func:`serve_in_processes`).
    Requests that :class:`~ickg.web.fastpath.FastPath` will answer from its cache go to
    CACHED_THREADS threads of their own (:func:`_lane_dispatcher`), so a cached answer never
    waits for a thread that a slow query holds.
    The store's query workers are started here so the first query does not pay for them.
    """
    from waitress.server import create_server as waitress_server

    threads = int(threads or app.config["THREADS"] or 16)
    store = app.extensions["ickg.store"]
    if hasattr(store, "start"):
        store.start()
    where = {"sockets": list(sockets)} if sockets else {"host": host, "port": port}
    server = waitress_server(
        app,
        **where,
        threads=threads,
        ident="ickg",
        max_request_body_size=int(app.config["MAX_CONTENT_LENGTH"]),
        connection_limit=max(100, threads * 16),
        channel_timeout=120,
        asyncore_use_poll=True,  # no FD_SETSIZE limit; a socket closed under it is not an error
        _dispatcher=_lane_dispatcher(app.extensions.get("ickg.fast_path"), threads),
    )
    channel = _keep_alive_channel()
    for listener in [server, *getattr(server, "map", {}).values()]:
        if hasattr(listener, "channel_class"):
            listener.channel_class = channel
    return server


def _lane_dispatcher(fast_path, threads):
    """Waitress's task dispatcher, sending requests its cache will answer to threads of their own.

    Waitress hands each complete request (its channel) to ``add_task`` from its event loop;
    there, before any thread is involved, ``fast_path.would_answer`` looks the request up (a
    dict lookup and a stat). Hits go to CACHED_THREADS threads, everything else to ``threads``.
    A hit's entry can be dropped before its thread runs (a new store version, eviction); the
    request is then answered through Flask in the cached lane, once.
    """
    from waitress.task import ThreadedTaskDispatcher

    class LaneDispatcher(ThreadedTaskDispatcher):
        def __init__(self):
            super().__init__()
            self.cached = ThreadedTaskDispatcher()

        def set_thread_count(self, count):
            super().set_thread_count(count)
            self.cached.set_thread_count(CACHED_THREADS if count else 0)

        def add_task(self, channel):
            try:
                request = channel.requests[0]
                cached = fast_path is not None and not request.error and fast_path.would_answer(request)
            except Exception:  # never let routing lose a request
                cached = False
            (self.cached if cached else super()).add_task(channel)

        def shutdown(self, cancel_pending=True, timeout=5):
            self.cached.shutdown(cancel_pending, timeout)
            return super().shutdown(cancel_pending, timeout)

    dispatcher = LaneDispatcher()
    dispatcher.set_thread_count(threads)
    return dispatcher


def _keep_alive_channel():
    """Waitress's HTTP channel, keeping the connection open after a 304 (or 204).

    Waitress 3 closes the connection after every HTTP/1.1 response without a Content-Length,
    including those that never have a body and so end with their header: every client
    revalidating with If-None-Match had to reconnect after each 304. Only that case changes;
    ``Connection: close``, HTTP/1.0 and responses with a body are left to waitress.
    """
    from waitress.channel import HTTPChannel
    from waitress.task import WSGITask

    class Task(WSGITask):
        _bodiless_keep_alive = False

        def build_response_header(self):
            self._bodiless_keep_alive = (
                not self.has_body and self.version == "1.1" and not self.close_on_finish
                and self.request.headers.get("CONNECTION", "").lower() != "close"
            )
            try:
                return super().build_response_header()
            finally:
                self._bodiless_keep_alive = False

        def set_close_on_finish(self):
            if not self._bodiless_keep_alive:
                super().set_close_on_finish()

    class Channel(HTTPChannel):
        task_class = Task

    return Channel


def listening_socket(host="127.0.0.1", port=8080, backlog=1024):
    """A TCP socket bound to ``host``:``port`` and listening, to be shared by forked servers."""
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                         flags=socket.AI_PASSIVE)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(address)
    sock.listen(backlog)
    return sock


def get_once(app, path):
    """Answer one GET request in-process (``ickg serve --get``): ``(status code, body bytes)``."""
    with app.test_client() as client:
        response = client.get(path)
        return response.status_code, response.get_data()

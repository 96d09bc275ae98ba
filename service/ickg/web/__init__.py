"""The web service: a Flask app factory and one blueprint per URL area.

``ickg serve`` runs :func:`create_server` (waitress) in one process, or with ``--processes N``
N of them forked onto one listening socket (:func:`serve_in_processes`).

Configuration comes from (later wins): the defaults below, ``ICKG_*`` environment variables
(``ICKG_DATA_DIR=/srv/ickg``, ``ICKG_QUERY_TIMEOUT=10``; values are parsed as JSON when they
can be), and ``test_config``. ``ickg serve`` passes its options as ``test_config``.

Keys:
    STORE           a store object from :mod:`ickg.store` (tests); else one is opened from
    STORE_URL       a remote SPARQL query endpoint (with UPDATE_URL, GSP_URL), else from
    DATA_DIR        the data directory (see :mod:`ickg.store` for its layout and default)
    QUERY_TIMEOUT   seconds a query may run before its worker is killed (30)
    MAX_ROWS        result rows (triples for graphs) returned at most, announced when hit (10000)
    UPDATE_TOKEN    enables SPARQL Update for requests bearing ``Authorization: Bearer <token>``
    CORS_ORIGIN     ``*`` or comma-separated origins allowed to read responses (off)
    MAX_CONTENT_LENGTH   request body limit in bytes (1 MiB); MAX_QUERY_LENGTH in characters
    CACHE_BYTES     memory for cached results, keyed by store version (64 MiB; 0 disables)
    THREADS         waitress threads per server process for everything but cached answers (16);
                    cached answers have their own (CACHED_THREADS, 2)
    QUERY_WORKERS   fast-lane query worker processes per server process (one per core)
    SLOW_QUERY_WORKERS  slow-lane places per server process: queries that ran longer than
                    SLOW_AFTER seconds (0.25) run there, at a lower CPU priority; when they are
                    all taken a slow query gets 503 with Retry-After at once (4; 0: no slow lane)
    SLOW_PER_CLIENT slow-lane places one client address may hold at once (0: no limit; behind a
                    reverse proxy every client has the proxy's address)
    MAX_ANSWER_BYTES    serialized answer size past which a query fails with 507 (32 MiB; 0: none)
    WORKER_MEMORY   data memory (RLIMIT_DATA) of each query worker; a query that needs more fails
                    with 507 and its worker is replaced (512 MiB; 0: none)
    BASE_URL        the service's public URL (``https://kg.example.org``): redirects and the
                    service description's endpoint are built on it. Unset, redirects are
                    relative and the endpoint is ``https://w3id.org/ickg/sparql``; the request's
                    ``Host`` header is never copied into a response.

Why two lanes and two thread pools (measured by ``benchmarks/bench_fairness.py``): with every
query in one pool of workers and threads, four slow queries made every other query wait 20-30 s.
Now a cached GET is answered by threads that do nothing else (:func:`create_server`), a cheap
query finds a fast-lane worker free (slow ones leave that lane after SLOW_AFTER), and slow queries
share a bounded lane, refused at once when it is full rather than queued behind each other.

Every response carries :data:`SECURITY_HEADERS` (:func:`_secure`, an ``after_request`` hook):
what is cached and replayed (:class:`ickg.web.sparql.FastPath`) was stored with them.
"""

import os
import signal
import socket
import sys
import time
import traceback
from importlib import import_module
from urllib.parse import urlsplit

from flask import Flask, current_app, redirect, request, url_for

from ickg import store as store_module

DEFAULTS = {
    "STORE": None,
    "STORE_URL": None,
    "UPDATE_URL": None,
    "GSP_URL": None,
    "DATA_DIR": None,
    "QUERY_TIMEOUT": 30.0,
    "MAX_ROWS": 10_000,
    "UPDATE_TOKEN": None,
    "CORS_ORIGIN": None,
    "MAX_CONTENT_LENGTH": 1024 * 1024,
    "MAX_QUERY_LENGTH": 200_000,
    "CACHE_BYTES": 64 * 1024 * 1024,
    "THREADS": 16,
    "QUERY_WORKERS": None,
    "SLOW_QUERY_WORKERS": 4,
    "SLOW_AFTER": 0.25,
    "SLOW_PER_CLIENT": 0,
    "MAX_ANSWER_BYTES": 32 * 1024 * 1024,
    "WORKER_MEMORY": 512 * 1024 * 1024,
    "BASE_URL": None,
}

# Sent with every response. The pages load only the service's own style sheets (no script, no
# inline style, no frames); forms post only to the service; no page can be framed or sniffed
# into another type, and no URL (queries, IRIs) leaks to other sites as a Referer.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; object-src 'none'; base-uri 'none'; "
                               "form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}

CACHED_THREADS = 2  # threads that only replay cached answers (microseconds each)

# One module of ickg.web per URL area, each exposing ``bp``. The linked-data viewer adds
# "resource" here when web/resource.py lands.
BLUEPRINTS = ("sparql", "resource", "pages", "graphics", "explain", "editor")


def create_app(test_config=None):
    """Build the Flask app over the configured store."""
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env(prefix="ICKG")
    if test_config is not None:
        app.config.from_mapping(test_config)

    store_module.init_app(app)

    for name in BLUEPRINTS:
        app.register_blueprint(import_module(f"ickg.web.{name}").bp)

    if not any(rule.rule == "/" for rule in app.url_map.iter_rules()):
        app.add_url_rule("/", "index", lambda: redirect(url_for("sparql.endpoint")))
    app.after_request(_secure)
    # Repeated GET /sparql queries are answered before Flask (see ickg.web.sparql.FastPath).
    from ickg.web.sparql import FastPath

    app.wsgi_app = app.extensions["ickg.fast_path"] = FastPath(app, app.wsgi_app)
    return app


def _secure(response):
    """Add :data:`SECURITY_HEADERS`; make a redirect's ``Location`` independent of ``Host``.

    Werkzeug builds the redirects it makes itself (``/id//x`` to ``/id/x``) as absolute URLs
    from the request's Host header; here they become relative (or based on BASE_URL), so
    whatever a client claims as its host is never sent back as a place to go. The service
    only ever redirects to itself, so every Location is treated so.
    """
    response.headers.update(SECURITY_HEADERS)
    location = response.headers.get("Location")
    if location and _own_location(location) != location:
        response.headers["Location"] = _own_location(location)
        if 300 <= response.status_code < 400:  # werkzeug's body repeats the absolute URL
            response.set_data(f"Redirecting to {response.headers['Location']}\n")
            response.mimetype = "text/plain"
    return response


def _own_location(location):
    parts = urlsplit(location)
    path = "/" + parts.path.lstrip("/\\")  # never "//host" (a protocol-relative URL)
    base = current_app.config.get("BASE_URL")
    if base:
        root = request.script_root
        path = base.rstrip("/") + (path[len(root):] if root and path.startswith(root) else path)
    return path + ("?" + parts.query if parts.query else "")


def create_server(app, *, host="127.0.0.1", port=8080, threads=None, sockets=None):
    """A waitress server for ``app`` (not started): ``.run()``, ``.close()``, ``.effective_port``.

    Waitress, not Flask's development server: it serves ``threads`` requests at once (default:
    the THREADS setting) and bounds request bodies by MAX_CONTENT_LENGTH before the app sees
    them. ``port=0`` picks a free port. ``sockets``: already listening sockets to accept on
    instead of binding ``host``/``port`` (see :func:`serve_in_processes`).
    Requests that :class:`~ickg.web.sparql.FastPath` will answer from its cache go to
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


def serve_in_processes(make_app, sock, *, processes, threads=None):
    """Serve on ``sock`` from ``processes`` forked waitress servers until SIGINT/SIGTERM.

    One Python process serves at most one core's worth of HTTP (the GIL); several processes
    accepting on one listening socket spread connections over the cores, the kernel handing
    each new connection to one of them. Each child calls ``make_app()`` after the fork, so it
    has its own store handle, query worker pool and result cache (a repeated query is cached
    once per process); timeouts, limits and refusals are per request, so they hold as before.
    The parent only supervises: SIGINT/SIGTERM stop every child, which closes its store
    (killing its query workers); a child that dies is replaced, unless it dies within a
    second of starting, when all stop. ``sock`` must be bound before any store is opened, and
    the caller must not have started a query worker pool (:func:`create_server` does).

    Returns:
        0 after a requested stop, 1 when a child failed at start.
    """
    children = {}
    stopping = False
    status = 0
    parent = os.getpid()

    def spawn():
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                _serve_child(make_app, sock, threads, parent)
                code = 0
            except KeyboardInterrupt:
                code = 0
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(code)
        children[pid] = time.monotonic()

    def stop(signum=None, frame=None):
        nonlocal stopping
        stopping = True
        for pid in list(children):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        for _ in range(max(1, processes)):
            spawn()
        while children:
            try:
                pid, _ = os.wait()
            except ChildProcessError:
                break
            started = children.pop(pid, None)
            if started is None or stopping:
                continue
            if time.monotonic() - started < 1.0:
                print(f"ickg: server process {pid} failed at start; stopping", file=sys.stderr)
                status = 1
                stop()
            else:
                print(f"ickg: server process {pid} died; starting another", file=sys.stderr)
                spawn()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return status


def _stop_with_parent(parent):
    """SIGTERM this process when the supervising parent dies, even by SIGKILL (Linux), so no
    server is left holding the port; elsewhere a thread notices the parent is gone."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, signal.SIGTERM, 0, 0, 0) == 0:  # PR_SET_PDEATHSIG
            if os.getppid() != parent:  # it died before prctl
                os.kill(os.getpid(), signal.SIGTERM)
            return
    except (OSError, AttributeError):
        pass

    def watch():
        while os.getppid() == parent:
            time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGTERM)

    import threading

    threading.Thread(target=watch, name="ickg-parent-watch", daemon=True).start()


def _serve_child(make_app, sock, threads, parent):
    def interrupt(signum, frame):
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    signal.signal(signal.SIGINT, interrupt)
    _stop_with_parent(parent)
    app = make_app()
    store = app.extensions["ickg.store"]
    try:
        server = create_server(app, sockets=[sock], threads=threads)
        try:
            server.run()
        except KeyboardInterrupt:
            pass
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        store.close()


def get_once(app, path):
    """Answer one GET request in-process (``ickg serve --get``): ``(status code, body bytes)``."""
    with app.test_client() as client:
        response = client.get(path)
        return response.status_code, response.get_data()

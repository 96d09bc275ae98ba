"""Several server processes on one port: ``ickg serve --processes N``.

Two ways, measured side by side with ``benchmarks/bench_sparql.py --fronts`` (docs/serving.md):

- :func:`serve_with_granian` (``--server granian``, the default where processes can fork, see
  :func:`default_front`): granian's Rust HTTP server and its own process manager in front of the
  same WSGI app, accepting from one socket bound here. Several times faster than waitress on
  cached answers and revalidations. Cached answers share each worker's threads with queries;
  there are SLOW_QUERY_WORKERS more threads than THREADS, so slow queries never hold them all.
- :func:`serve_in_processes` (``--server waitress``, the default elsewhere): forked waitress
  servers on one shared listening socket, supervised here, each with waitress's two thread
  lanes (a cached answer never waits for a thread a query holds).

Either way there is one accept queue, so a stopped or stalled process takes no new connections
(they wait for the others), every process has its own query workers, killed at the timeout,
and nothing outlives the command (``tests/test_sparql_processes.py`` runs its tests on both;
``tests/test_serve_granian.py`` what is granian's own).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
import traceback

from ickg.processes import die_with_parent
from ickg.web.server import create_server


def default_front() -> str:
    """The HTTP server ``ickg serve`` uses unless ``--server`` says: ``"granian"`` where its
    workers can be forked processes (POSIX, a Python with the GIL), else ``"waitress"``.

    granian met the cached and revalidated serving targets that waitress misses (docs/serving.md);
    it needs fork because its workers inherit the listening socket and the config."""
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    return "granian" if hasattr(os, "fork") and gil else "waitress"


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
    if die_with_parent(sig=signal.SIGTERM):
        if os.getppid() != parent:  # it died before the request was made
            os.kill(os.getpid(), signal.SIGTERM)
        return

    def watch():
        while os.getppid() == parent:
            time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGTERM)

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


# The settings of ``ickg serve`` for granian's workers, which are forked from the command.
WORKER_CONFIG: dict = {}


def serve_with_granian(config, sock, *, processes=1, threads=None):
    """Serve the app ``config`` describes on ``sock`` with granian's ``processes`` workers until
    SIGINT/SIGTERM.

    ``sock`` is a listening TCP socket (:func:`ickg.web.server.listening_socket`) that every
    worker accepts from: one accept queue, as for :func:`serve_in_processes`, so a stalled
    worker takes no new connections and connections made while workers start wait for them.
    ``config`` holds the settings (:mod:`ickg.settings` keys); the workers, forked from this
    process, find it in :data:`WORKER_CONFIG` (:func:`ickg.web.wsgi.app`), not in their
    environment, which the query workers inherit (an update token stays out of it).
    Each worker runs THREADS + SLOW_QUERY_WORKERS requests at once and takes no more (granian's
    backpressure): slow queries hold at most SLOW_QUERY_WORKERS of them. Dead workers are
    replaced (a crash loop stops the server). Returns 0 after a requested stop.
    """
    from granian import Granian
    from granian.constants import HTTPModes, Interfaces
    from granian.http import HTTP1Settings
    from granian.log import LogLevels

    from ickg.settings import DEFAULTS

    import multiprocessing

    # The workers inherit ``sock`` and the config by forking (granian would spawn them where fork
    # is not the default start method, as from Python 3.14 on, and a spawned worker has neither).
    multiprocessing.set_start_method("fork", force=True)
    WORKER_CONFIG.clear()
    WORKER_CONFIG.update(config)
    threads = int(threads or config.get("THREADS") or DEFAULTS["THREADS"])
    slow = int(config.get("SLOW_QUERY_WORKERS", DEFAULTS["SLOW_QUERY_WORKERS"]) or 0)
    host, port = sock.getsockname()[:2]
    server = _on_socket(Granian, sock)(
        "ickg.web.wsgi:app", factory=True, interface=Interfaces.WSGI, address=host, port=port,
        workers=max(1, processes), blocking_threads=threads + slow, backpressure=threads + slow,
        http=HTTPModes.http1, http1_settings=HTTP1Settings(header_read_timeout=30_000),
        respawn_failed_workers=True, workers_kill_timeout=10, log_level=LogLevels.error,
        websockets=False,
    )
    server.serve()
    return 0


def stop_while_starting() -> None:
    """Have this granian worker exit at once on SIGTERM, and ignore SIGINT, until granian's own
    handlers replace these (when the app is made and the worker starts serving).

    A worker is forked from granian's main process and so inherits its Python signal handler,
    which only tells that process's main loop (not this one) that a stop was asked for: a worker
    asked to stop while it was still making the app (opening the store, starting its query
    workers: a second, or several on a loaded machine) took no notice, served on, and was killed
    by the main process 10 s later (``workers_kill_timeout``). It happened at every stop that came
    soon after a start or after a dead worker was replaced, ``ickg serve`` taking 10.2 s to stop
    (``tests/test_sparql_processes.py`` times it). A worker still starting has served nothing, so
    there is nothing to be graceful about; its query workers end with it (they see the end of
    their sockets). The main process stops its workers with SIGTERM, having noted that it did;
    a SIGINT comes from a terminal's Ctrl-C, which the main process gets too and relays: a worker
    that left on it first would be taken for one that died (an error line, exit status 1).
    """
    def stop(signum, frame):
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def stops_reach_the_worker() -> None:
    """Make a granian worker stop at its first SIGINT or SIGTERM, whichever of its threads the
    kernel hands it to, and take no notice of the next.

    Two faults of granian's worker (2.8) made a stop wait 10 s, until the main process killed it
    (a terminal's Ctrl-C after a worker was replaced: 10.1-10.2 s in about half the tries):

    - Its handler calls ``WorkerSignal.set`` at every signal, which sends on a channel of one
      place while holding the GIL; a second stop (Ctrl-C reaches every worker and the main process
      relays it as SIGTERM; a service manager signals the whole group) blocked on the full channel
      before the thread meant to empty it could take the GIL. The handler made here sets it once.
    - Python runs a handler on the main thread only, and that thread waits for the stop in
      ``Event.wait()``, which wakes only for a signal that lands on it; one that landed on another
      thread (granian's runtime has several, the query workers' keeper is ours) went unhandled.
      Every signal with a Python handler writes its number to the wakeup fd: a thread reads it
      and sends SIGINT and SIGTERM to the main thread, once each (the one it sends writes its
      number again).

    Called on the worker's main thread while it makes the app, before granian installs its
    handlers (``granian._signals.set_sync_signals``, looked up when the worker starts serving).
    """
    import granian._signals as granian_signals
    from granian._granian import WorkerSignal

    def set_sync_signals():
        stop = WorkerSignal()
        stopping = []

        def handler(signum, frame):
            if not stopping:
                stopping.append(signum)
                stop.set()

        granian_signals.set_main_signals(handler)
        return stop

    granian_signals.set_sync_signals = set_sync_signals

    read, write = os.pipe()
    os.set_blocking(write, False)
    signal.set_wakeup_fd(write, warn_on_full_buffer=False)
    main = threading.main_thread().ident

    def forward():
        sent = set()
        while True:
            for signum in os.read(read, 64):
                if signum in (signal.SIGINT, signal.SIGTERM) and signum not in sent:
                    sent.add(signum)
                    signal.pthread_kill(main, signum)

    threading.Thread(target=forward, name="ickg-stops", daemon=True).start()


def _on_socket(server_class, sock):
    """granian's server accepting on ``sock``, shared by all its workers.

    On Linux granian has each worker bind the port itself (SO_REUSEPORT), and the kernel then
    hands each new connection to one worker's queue whatever that worker is doing: a stalled
    worker (stopped, or held by long requests) keeps receiving its share, and connections made
    while workers start are refused. Elsewhere granian binds one socket before forking and its
    workers share it; this subclass takes that path everywhere, with a socket bound and
    listening before granian starts, as waitress's supervisor does
    (``tests/test_sparql_processes.py``). It overrides one private method of granian 2.8's
    process server, hence the version range in pyproject.toml.
    """
    from granian.net import SocketHolder
    from granian.server.mp import MPServer

    if not issubclass(server_class, MPServer):  # free-threaded Python: workers are threads
        raise RuntimeError("granian's worker threads (free-threaded Python) are not supported; "
                           "use --server waitress")

    class OnSocket(server_class):
        def _init_shared_socket(self):
            sock.set_inheritable(True)
            self._ssp = None
            self._shd = SocketHolder(sock.fileno(), False, self.backlog)
            self._sfd = sock.fileno()
            self._sso = sock

    return OnSocket

"""Several server processes on one listening socket, supervised: ``ickg serve --processes N``."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
import traceback

from ickg.processes import die_with_parent
from ickg.web.server import create_server


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

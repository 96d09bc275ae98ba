"""SPARQL Update in a process of its own: walled off the network, killed at its timeout, and
applied to a copy of the live version that becomes the new version only when it succeeded.
"""

import gc
import signal
import socket
import subprocess
import sys
import threading
from multiprocessing.connection import Connection
from typing import Any, Callable, TypeVar

T = TypeVar("T")

import pyoxigraph as ox

from ickg import sandbox
from ickg.store.errors import QueryTimeout, StoreError


LARGE_STACK_BYTES = 256 * 1024 * 1024  # address space, touched only as deep as the recursion goes


def in_large_stack(function: Callable[..., T], *args: Any) -> T:
    """``function(*args)`` run in a thread with a LARGE_STACK_BYTES stack; its result.

    pyoxigraph's parser and planner recurse once per level of the algebra: a chain of about
    2,500 BINDs or MINUSes, or 6,500 UNIONs, overflows the 8 MB stack of a main thread and
    kills the process (segmentation fault). 256 MB leaves room for any 200 KB request.
    """
    result = []
    previous = threading.stack_size(LARGE_STACK_BYTES)
    try:
        thread = threading.Thread(target=lambda: result.append(function(*args)), name="ickg-large-stack")
        thread.start()
    finally:
        threading.stack_size(previous)
    thread.join()
    if not result:
        raise RuntimeError(f"{getattr(function, '__name__', function)} ended without a result")
    return result[0]


def _apply_update(job):
    """Copy the live version to the staging directory and apply the update there.

    Returns ``("ok",)``, ``("syntax", message)`` or ``("error", message)``.
    """
    try:
        ox.Store.read_only(job["live"]).backup(job["building"])
        writable = ox.Store(job["building"])
        writable.update(job["text"])
        writable.flush()
        del writable
        gc.collect()
        return ("ok",)
    except SyntaxError as err:
        return ("syntax", str(err))
    except (OSError, ValueError, RuntimeError, TypeError) as err:
        return ("error", f"{type(err).__name__}: {err}")


def _update_main():
    """Entry point of an update process: put up the network wall, apply one update, answer, exit.

    The update runs with a large stack (:func:`in_large_stack`), so long chains do not crash it.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    walled = sandbox.install_or_warn("update process")
    conn = Connection(int(sys.argv[1]))
    job = conn.recv()
    try:
        reply = in_large_stack(_apply_update, job)
    except RuntimeError as err:
        reply = ("error", str(err))
    conn.send((*reply, walled))
    conn.close()


def run_update_process(job: dict[str, Any], timeout: float | None) -> tuple[Any, ...]:
    """Run ``job`` in a fresh update process; kill it when ``timeout`` seconds have passed.

    Returns the process's reply (its last item: whether the network wall was up in it).

    Raises:
        QueryTimeout: the update ran out of time and its process was killed.
        StoreError: the process died without answering.
    """
    parent, child = socket.socketpair()
    process = subprocess.Popen(
        [sys.executable, "-c", "from ickg.store.updates import _update_main; _update_main()", str(child.fileno())],
        pass_fds=[child.fileno()],
        stdin=subprocess.DEVNULL,
    )
    child.close()
    conn = Connection(parent.detach())
    try:
        try:
            conn.send(job)
            finished = conn.poll(timeout)
            reply = conn.recv() if finished else None
        except (EOFError, OSError):
            code = process.wait()
            how = f"signal {-code}" if code < 0 else f"exit status {code}"
            raise StoreError(f"the update process ended without an answer ({how}); "
                             "the store is unchanged") from None
        if not finished:
            process.kill()
            raise QueryTimeout(f"the update did not finish within {timeout:g} s and was stopped; "
                               "the store is unchanged")
        return tuple(reply or ())
    finally:
        conn.close()
        if process.poll() is None:
            try:
                process.wait(timeout=10)  # it exits once it has answered
            except subprocess.TimeoutExpired:
                process.kill()
        process.wait()

"""The graph the service reads: an on-disk Oxigraph store, an in-memory one, or a remote SPARQL store.

Data directory
    ``ickg serve --data-dir DIR`` (environment ``ICKG_DATA_DIR``). Without it, ``./graph_data`` when
    that folder exists in the current directory, else ``~/.local/share/ickg``. The store lives in
    ``DIR/build/store/``::

        build/store/CURRENT            one line: the name of the live version
        build/store/<version>/         a complete pyoxigraph (RocksDB) store, never written once live
        build/store/.staged-<v>/       a build's new version, made live by its commit
        build/store/.building-<v>/     an update in progress; removed if it fails

    A build (:func:`stage_version`, then :func:`promote_version`; :func:`replace_local_store`
    does both) writes a new version directory beside the live one and only when it is complete
    renames a new ``CURRENT`` over the old, so a failed build leaves the previous store serving.
    ``ickg build`` and ``ickg ingest`` promote the staged version in the same commit that swaps
    the release files in (:mod:`ickg.datadir`). A running server stats ``CURRENT`` on each
    request (microseconds) and moves to the new version without a restart; the version name is
    also the ETag and cache key. The previous version is kept until the next build so that
    queries already running finish. :func:`check_version` opens a version and runs a query on
    it: ``ickg serve`` refuses to start on a store that fails it.

Three stores, one interface (:class:`LocalStore`, :class:`MemoryStore`, :class:`RemoteStore`):
``query(text, *, default_graphs, named_graphs, infer, timeout, max_rows, fmt)`` returns the
serialized answer as a :class:`QueryResult`; ``version``, ``cacheable``, ``named_graphs()``,
``quads_for_pattern()``, ``update()``.

Why queries run in worker processes
    pyoxigraph cannot interrupt a query from Python, and a query that runs on after its client
    was told "timeout" keeps a core busy for nothing (Oxigraph's own server does this). So the
    local store evaluates every query in a small pool of worker processes that open the store
    with ``Store.read_only``; when a query's time is up the worker is killed (SIGKILL) and a
    fresh one started, so the work really stops. The workers also serialize the answer, which
    keeps the GIL of the web process free. The in-memory store cannot be shared with another
    process, so it evaluates in the calling thread and its timeout is not enforced: it is for
    tests and small scripts, not for serving.

Why two lanes of workers (:class:`WorkerPool`)
    With one pool, a few slow queries took every worker and every other query queued behind
    them (4 cross joins: 21-30 s for a one-subject query). A query that runs longer than
    ``slow_after`` moves with its worker to a bounded slow lane at a lower CPU priority, a fresh
    worker takes its place, and a slow query that finds the slow lane full is refused at once
    (:class:`StoreBusy`) rather than queued. A keeper thread watches the workers' pidfds and
    replaces one the moment it dies. Each worker's data memory is capped (RLIMIT_DATA), and the
    answer's bytes by the serializer (:class:`OverLimit`).

Why updates run in a process of their own
    For the same reasons, and one more: a process can be walled off the network. Each SPARQL
    Update starts a fresh process that copies the live version, applies the update to the copy
    and exits; it is killed at the timeout like a query worker, and the copy becomes the new
    version only when the update succeeded.

The network wall
    Query workers and update processes install a seccomp filter (:mod:`ickg.sandbox`) before they
    read any request: the kernel refuses them every socket but a local one, so no query or update
    can connect anywhere, whatever :mod:`ickg.querycheck` let through.
"""

import fcntl
import gc
import hashlib
import math
import os
import pickle
import secrets
import select
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import OrderedDict
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from ickg import formats, sandbox
from ickg.namespaces import DERIVATIONS_GRAPH, GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH, PREFIXES

INFERRED = str(INFERRED_GRAPH)
# Left out of the dataset with infer=false: the inferred triples and the record of how each was derived.
INFERENCE_GRAPHS = frozenset({INFERRED, str(DERIVATIONS_GRAPH)})
LOCAL_GRAPH_SPACE = str(GRAPH)
_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items()}


class StoreError(RuntimeError):
    """The store could not answer (I/O error, worker crash, remote failure)."""


class QuerySyntaxError(ValueError):
    """The query or update is not valid SPARQL; the message says where."""


class QueryTimeout(TimeoutError):
    """The query ran out of time (or waited too long for a free worker) and was stopped."""


class StoreBusy(QueryTimeout):
    """Refused at once: the slow-query lane (or this client's share of it) is full.

    ``retry_after`` is a whole number of seconds after which a slow slot will have freed (the
    soonest deadline of the slow queries running), for the HTTP ``Retry-After`` header.
    """

    def __init__(self, message, retry_after=1):
        super().__init__(message)
        self.retry_after = max(1, int(retry_after))


class OverLimit(StoreError):
    """The query hit a per-query cap (answer bytes or worker memory); asking again will not help."""


class UpdateNotAllowed(PermissionError):
    """This store does not accept SPARQL Update."""


@dataclass
class QueryResult:
    body: bytes
    media_type: str  # the Format's media type actually written
    form: str  # "results", "boolean" or "graph"
    rows: int
    truncated: bool
    max_rows: int | None = None


# ---------------------------------------------------------------------------------------------
# Where the data lives


def default_data_dir():
    """``./graph_data`` when it exists here, else ``~/.local/share/ickg``."""
    here = Path.cwd() / "graph_data"
    if here.is_dir():
        return here
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "ickg"


def store_dir(data_dir):
    return Path(data_dir) / "build" / "store"


def current_version(root):
    """The live version name of the store under ``root``, or ``None`` when none was built."""
    try:
        name = (Path(root) / "CURRENT").read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name if name and (Path(root) / name).is_dir() else None


def ensure_store(data_dir):
    """The store root under ``data_dir``, built first if there is none (what ``ickg serve`` calls).

    With a corpus in ``data_dir`` the first start runs the whole build (:func:`ickg.pipeline.publish.publish`);
    without one (``ickg serve`` anywhere else) a store holding just the packaged ontology is made.
    An existing store is used as it is: start-up never rebuilds, but a commit a killed build left
    half done is finished first (:func:`ickg.datadir.recover_if_idle`).
    """
    from ickg import datadir

    root = store_dir(data_dir)
    datadir.recover_if_idle(data_dir)
    if current_version(root) is None:
        from ickg.pipeline import publish

        with datadir.exclusive(data_dir, "serve (first build)"):
            if current_version(root) is not None:  # another command built it while we waited
                return root
            if publish.corpus_paths(data_dir):
                publish.publish(data_dir)
            else:
                from ickg.resources import ontology_graph

                data = ontology_graph().serialize(format="nt", encoding="utf-8")
                replace_local_store(root, data, format=ox.RdfFormat.N_TRIPLES, to_graph=str(ONTOLOGY_GRAPH))
    return root


def new_version_name():
    """A fresh version name: the time (sorts by age) and 8 random hex digits."""
    return time.strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(4)


def staged_path(root, version):
    """Where :func:`stage_version` builds ``version`` before it is promoted."""
    return Path(root) / f".staged-{version}"


def stage_version(root, source, *, version=None, format=None, to_graph=None):
    """Build a complete new version of the store under ``root``, not yet live; return its name.

    Args:
        root: the store root (``<data-dir>/build/store``); created if missing.
        source: a path to an RDF file (N-Quads, TriG, Turtle... guessed from the extension unless
            ``format`` is given), its content as bytes, or an iterable of pyoxigraph ``Quad``.
        version: the name to give it (default: :func:`new_version_name`).
        format: a pyoxigraph ``RdfFormat`` for bytes or an unusual file name.
        to_graph: graph IRI for a triples-only source (default: the default graph).

    Raises:
        SyntaxError, OSError, ValueError: from pyoxigraph; nothing is left behind.
    """
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    version = version or new_version_name()
    staged = staged_path(root, version)
    graph = ox.NamedNode(to_graph) if to_graph else None
    try:
        store = ox.Store(str(staged))
        if isinstance(source, (str, os.PathLike)):
            store.bulk_load(path=str(source), format=format, to_graph=graph)
        elif isinstance(source, (bytes, bytearray)):
            store.bulk_load(input=bytes(source), format=format or ox.RdfFormat.N_QUADS, to_graph=graph)
        else:
            store.bulk_extend(source)
        store.flush()
        del store
        gc.collect()
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    return version


def promote_version(root, version):
    """Make ``version`` live: its staged directory takes its name and ``CURRENT`` points to it.

    Idempotent, so that a commit cut short can be finished. Returns whether ``version`` exists.
    """
    root = Path(root)
    with open(root / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        staged = staged_path(root, version)
        if staged.is_dir():
            os.rename(staged, root / version)
        if not (root / version).is_dir():
            return False
        if current_version(root) != version:
            _point_to(root, version)
        return True


def drop_unpromoted(root, keep=()):
    """Remove staged versions (but those named in ``keep``) and updates that never finished."""
    root = Path(root)
    if not root.is_dir():
        return
    with open(root / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        for child in root.iterdir():
            staged = child.name.startswith(".staged-") and child.name[len(".staged-"):] not in keep
            if staged or child.name.startswith(".building-"):
                shutil.rmtree(child, ignore_errors=True)
            elif child.name.startswith(".CURRENT."):
                child.unlink(missing_ok=True)


def replace_local_store(root, source, *, format=None, to_graph=None):
    """Build a new version of the store under ``root`` and make it live; return its name.

    :func:`stage_version` then :func:`promote_version`: the live version is untouched until the
    new one is complete. Arguments and errors are :func:`stage_version`'s.
    """
    version = stage_version(root, source, format=format, to_graph=to_graph)
    promote_version(root, version)
    return version


def _point_to(root, version):
    """Make ``version`` live by renaming a new CURRENT file over the old one, then drop old versions."""
    previous = current_version(root)
    tmp = root / f".CURRENT.{version}"
    with open(tmp, "w", encoding="utf-8") as out:
        out.write(version + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, root / "CURRENT")
    _fsync_directory(root)
    keep = {version, previous}
    for child in root.iterdir():
        if child.is_dir() and not child.name.startswith(".") and child.name not in keep:
            shutil.rmtree(child, ignore_errors=True)


def _fsync_directory(path):
    """Make a rename in ``path`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def check_version(root, version=None):
    """Open ``version`` (default: the live one) of the store under ``root`` and run a query on it.

    What ``ickg serve`` does before it starts, so that a damaged store is refused with a message
    instead of answering every request with a 500. Opening reads RocksDB's manifest and checks
    every table file's size; the query and the list of named graphs read blocks, whose checksums
    RocksDB verifies.

    Raises:
        StoreError: naming the version, the directory and RocksDB's reason.
    """
    root = Path(root)
    version = version or current_version(root)
    if version is None:
        raise StoreError(f"{root}: no store has been built here (run `ickg build`)")
    path = root / version
    try:
        store = ox.Store.read_only(str(path))
        store.query("ASK { ?s ?p ?o }")
        list(store.named_graphs())
        next(iter(store.quads_for_pattern(None, None, None, None)), None)
        del store
    except (OSError, RuntimeError, ValueError) as error:
        reason = " ".join(str(error).split())
        raise StoreError(f"{path}: the store version {version} cannot be read ({reason}); "
                         "run `ickg build` to make a new one") from None
    finally:
        gc.collect()


# ---------------------------------------------------------------------------------------------
# Evaluation, shared by the worker processes and the in-memory store


def _dataset_options(job):
    if job.get("default_graphs") is not None or job.get("named_graphs") is not None:
        return {
            "default_graph": [ox.NamedNode(g) for g in job.get("default_graphs") or ()],
            "named_graphs": [ox.NamedNode(g) for g in job.get("named_graphs") or ()],
        }
    if job.get("query_dataset"):
        return {}
    if job.get("infer", True):
        return {"use_default_graph_as_union": True}
    graphs = [g for g in job["all_graphs"] if g not in INFERENCE_GRAPHS]
    return {
        "default_graph": [ox.DefaultGraph(), *(ox.NamedNode(g) for g in graphs)],
        "named_graphs": [ox.NamedNode(g) for g in graphs],
    }


def evaluate(store, job):
    """Run one query job on a pyoxigraph store and serialize the answer.

    Returns a plain tuple (it crosses a pipe): ``("ok", body, media_type, form, rows, truncated)``,
    ``("syntax", message)``, ``("too_large", message)`` (the byte cap), ``("memory", "")``
    (Python's MemoryError under the worker's memory limit) or ``("error", message)``.
    """
    kind = job["kind"]
    fmt = formats.by_name(kind, job["format"])
    max_rows = job.get("max_rows") or None
    max_bytes = job.get("max_bytes") or None
    try:
        result = store.query(job["query"], **_dataset_options(job))
        if isinstance(result, ox.QueryBoolean):
            if kind != "results":
                fmt = formats.RESULT_FORMATS[0]
            return ("ok", formats.serialize_boolean(bool(result), fmt), fmt.media_type, "boolean", 1, False)
        if isinstance(result, ox.QuerySolutions):
            if kind != "results":
                fmt = formats.RESULT_FORMATS[0]
            names = [v.value for v in result.variables]
            body, rows, truncated = formats.serialize_solutions(names, result, fmt, max_rows=max_rows,
                                                                max_bytes=max_bytes)
            return ("ok", body, fmt.media_type, "results", rows, truncated)
        if kind != "graph":
            fmt = formats.GRAPH_FORMATS[0]
        body, rows, truncated = formats.serialize_triples(
            result, fmt, max_rows=max_rows, prefixes=_PREFIXES, max_bytes=max_bytes
        )
        return ("ok", body, fmt.media_type, "graph", rows, truncated)
    except SyntaxError as err:
        return ("syntax", str(err))
    except formats.AnswerTooLarge as err:
        return ("too_large", f"{err}; ask for fewer rows (LIMIT) or shorter values")
    except MemoryError:
        return ("memory", "")
    except (OSError, ValueError, RuntimeError, TypeError) as err:
        return ("error", f"{type(err).__name__}: {err}")


def _reply_to_result(reply, max_rows, memory_limit=None):
    status = reply[0]
    if status == "ok":
        _, body, media_type, form, rows, truncated = reply
        return QueryResult(body, media_type, form, rows, truncated, max_rows)
    if status == "syntax":
        raise QuerySyntaxError(reply[1])
    if status == "too_large":
        raise OverLimit(reply[1])
    if status == "memory":
        raise OverLimit(_memory_message(memory_limit))
    raise StoreError(reply[1])


def _memory_message(limit):
    size = formats.describe_bytes(limit) if limit else "the memory available"
    return (f"the query needed more memory than this endpoint's limit of {size} per query "
            "and was stopped; narrow it (fewer joined patterns, a LIMIT, shorter aggregates)")


def _worker_main():
    """Entry point of a query worker: read jobs from the inherited socket, answer each."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the server, which kills us
    sandbox.install_or_warn("query worker")  # no network from here on (see ickg.sandbox)
    conn = Connection(int(sys.argv[1]))
    stores = {}
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        path = job["store_dir"]
        store = stores.get(path)
        if store is None:
            stores.clear()
            gc.collect()
            try:
                store = stores[path] = ox.Store.read_only(path)
            except OSError as err:
                conn.send(("error", f"cannot open the store: {err}"))
                continue
        conn.send(evaluate(store, job))


# ---------------------------------------------------------------------------------------------
# SPARQL Update, in a process of its own

LARGE_STACK_BYTES = 256 * 1024 * 1024  # address space, touched only as deep as the recursion goes


def in_large_stack(function, *args):
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


def _run_update_process(job, timeout):
    """Run ``job`` in a fresh update process; kill it when ``timeout`` seconds have passed.

    Returns the process's reply (its last item: whether the network wall was up in it).

    Raises:
        QueryTimeout: the update ran out of time and its process was killed.
        StoreError: the process died without answering.
    """
    parent, child = socket.socketpair()
    process = subprocess.Popen(
        [sys.executable, "-c", "from ickg.store import _update_main; _update_main()", str(child.fileno())],
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
        return reply
    finally:
        conn.close()
        if process.poll() is None:
            try:
                process.wait(timeout=10)  # it exits once it has answered
            except subprocess.TimeoutExpired:
                process.kill()
        process.wait()


class _Worker:
    """One query worker process, the socket to it and a pidfd that becomes readable when it dies.

    ``lane`` is "fast" or "slow"; ``state`` is "starting" (warming up), "idle" or "busy".
    """

    def __init__(self, *, memory_limit=None, slow=False):
        parent, child = socket.socketpair()
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from ickg.store import _worker_main; _worker_main()", str(child.fileno())],
            pass_fds=[child.fileno()],
            stdin=subprocess.DEVNULL,
            env={**os.environ, "RUST_BACKTRACE": "0"},  # an allocation failure prints one line
        )
        child.close()
        self.conn = Connection(parent.detach())
        self.lane = "fast"
        self.state = "busy"
        self.slot = None
        try:
            self.pidfd = os.pidfd_open(self.process.pid)
        except (AttributeError, OSError):  # not Linux >= 5.3: the keeper polls instead
            self.pidfd = None
        if memory_limit:
            _limit_memory(self.process.pid, memory_limit)
        if slow:
            self.demote()

    @property
    def pid(self):
        return self.process.pid

    def demote(self):
        """Move to the slow lane: a lower CPU priority, so cheap queries keep the cores."""
        self.lane = "slow"
        try:
            os.setpriority(os.PRIO_PROCESS, self.process.pid, SLOW_NICE)
        except (AttributeError, OSError):
            pass

    def exit_status(self, wait=1.0):
        """The process's return code once it has exited (negative: killed by that signal)."""
        try:
            return self.process.wait(wait)
        except subprocess.TimeoutExpired:
            return None

    def kill(self):
        try:
            self.process.send_signal(signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()
        self.conn.close()


def _limit_memory(pid, limit):
    """Cap the data segment (heap and anonymous mappings: RLIMIT_DATA) of worker ``pid``.

    Set from the server with prlimit, so the worker's entry point does not change. RLIMIT_DATA
    rather than RLIMIT_AS: a worker reserves ~450 MB of address space it never touches (thread
    stacks, allocator arenas, the store's files) but writes ~95 MB. Past the limit an allocation
    fails: Python raises MemoryError, Oxigraph's Rust code aborts the process (SIGABRT).
    """
    try:
        import resource

        resource.prlimit(pid, resource.RLIMIT_DATA, (limit, limit))
    except (ImportError, AttributeError, OSError, ValueError):
        pass


SLOW_NICE = 19  # CPU weight ~1/70 of a normal process: slow queries run on what cheap ones leave
SLOW_SPARES = 1  # idle slow-lane workers kept for the next known-slow query (each ~50 MB)
KNOWN_SLOW = 4096  # query texts remembered as slow (LRU)


class _WorkerDied(Exception):
    def __init__(self, error, retry):
        super().__init__(str(error))
        self.error = error
        self.retry = retry


class _Slot:
    """A place in the slow lane, held by one query: who asked, and when it will be stopped."""

    __slots__ = ("client", "deadline")

    def __init__(self, client, deadline):
        self.client = client
        self.deadline = deadline


class WorkerPool:
    """Worker processes in two lanes, so that cheap queries never wait behind slow ones.

    Fast lane: ``size`` warm workers. Every query starts there unless it is known to be slow. A
    query still running after ``slow_after`` seconds is moved, with its worker, to the slow lane
    (the worker's CPU priority is lowered and a fresh fast worker takes its place), if a slow slot
    is free and this client holds fewer than ``per_client`` of them; otherwise it is stopped at
    once with :class:`StoreBusy`. Either way its text is remembered as slow, and the next time it
    goes straight to the slow lane, or is refused at once when that is full, without touching
    the fast lane. A known-slow query that then finishes within ``slow_after`` is forgotten.

    Slow lane: at most ``slow_slots`` queries at once, on workers started on demand (one idle
    spare is kept). ``slow_slots=0`` turns the lanes off: every query runs in the fast lane until
    its timeout, as before.

    Every query keeps its killable timeout: past it, the worker is killed and replaced. A keeper
    thread watches every worker's pidfd, so a worker that dies (killed, out of memory) is removed
    and replaced as soon as it dies, not when next used; a query whose worker died before
    answering is tried once more on another worker, except when it died of the memory limit.
    """

    def __init__(self, size, *, slow_slots=0, slow_after=0.25, per_client=0, memory_limit=None,
                 warm_job=None):
        self.size = max(1, size)
        self.slow_slots = max(0, slow_slots or 0)
        self.slow_after = slow_after
        self.per_client = max(0, per_client or 0)
        self.memory_limit = memory_limit or None
        self._warm_job = warm_job
        self._cond = threading.Condition()
        self._workers = set()
        self._idle = {"fast": [], "slow": []}
        self._slots = set()
        self._known_slow = OrderedDict()
        self._closed = False
        self._start_failures = 0  # fast workers in a row that died before they were warm
        self._last_failure = None
        self._last_failure_at = 0.0
        self._wake_lock = threading.Lock()
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_w, False)
        self._keeper = threading.Thread(target=self._keep, name="ickg-query-workers", daemon=True)
        with self._cond:
            for _ in range(self.size):
                self._start_fast()
        self._keeper.start()

    # -- what tests and benchmarks read ----------------------------------------------------------

    @property
    def pids(self):
        """Process ids of the live workers, both lanes (tests read their CPU time)."""
        with self._cond:
            return sorted(w.pid for w in self._workers)

    def lane_pids(self, lane, state=None):
        """Process ids of the workers of ``lane`` ("fast"/"slow"), optionally in one ``state``."""
        with self._cond:
            return sorted(w.pid for w in self._workers if w.lane == lane and state in (None, w.state))

    def wait_ready(self, timeout=30.0):
        """Block until the fast lane is warm (every worker started and its store open)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self._idle["fast"]) < self.size and not self._closed:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._cond.wait(remaining)
        return True

    # -- running a query -------------------------------------------------------------------------

    def run(self, job, timeout=None, *, client=None, lanes=True):
        """Evaluate ``job`` on a worker and return its reply; wait at most ``timeout`` seconds in all.

        ``client`` (the requester's address) is what ``per_client`` counts. ``lanes=False``
        keeps the job in the fast lane until its timeout (for work that must not be refused
        as slow, such as an authorized update).

        Raises:
            StoreBusy: the query is (or proved) slow and the slow lane or this client's share of
                it is full; nothing runs.
            QueryTimeout: no worker was free in time, or the query ran out of time (its worker
                is then killed and replaced).
            OverLimit: the worker died of the memory limit.
            StoreError: the worker died twice, or the pool is closed.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        key = _cost_key(job)
        try:
            return self._run_once(job, key, deadline, timeout, client, lanes)
        except _WorkerDied as died:
            if not died.retry:
                raise died.error from None
        try:
            return self._run_once(job, key, deadline, timeout, client, lanes)
        except _WorkerDied as died:
            raise died.error from None

    def _run_once(self, job, key, deadline, timeout, client, lanes):
        lanes = lanes and bool(self.slow_slots)
        with self._cond:
            slow = lanes and key in self._known_slow
        worker = self._take_slow(client, deadline) if slow else self._take_fast(deadline, timeout)
        started = time.monotonic()
        # (QueryTimeout is an OSError: the conn calls are wrapped one by one, not the whole.)
        lost = (EOFError, OSError, pickle.PickleError)
        try:
            worker.conn.send(job)
            finished = False
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            may_move = lanes and not slow and (remaining is None or remaining > self.slow_after)
            if may_move:
                finished = worker.conn.poll(self.slow_after)
        except lost as err:
            raise self._died(worker, err) from None
        if may_move and not finished:
            self._remember_slow(key)
            if not self._demote(worker, client, deadline):
                self._discard(worker)
                raise self._busy(f"it ran longer than {self.slow_after:g} s", client)
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
        try:
            if not finished:
                finished = worker.conn.poll(remaining)
            reply = worker.conn.recv() if finished else None
        except lost as err:
            raise self._died(worker, err) from None
        if not finished:
            self._discard(worker)
            raise QueryTimeout(f"the query did not finish within {timeout:g} s and was stopped")
        if worker.lane == "slow" and time.monotonic() - started < self.slow_after:
            with self._cond:
                self._known_slow.pop(key, None)  # it was slow once, not now
        if reply[0] == "memory":
            self._discard(worker)  # its heap may be left fragmented at the limit
        else:
            self._release(worker)
        return reply

    def _take_fast(self, deadline, timeout):
        with self._cond:
            while not self._idle["fast"]:
                if self._closed:
                    raise StoreError("the store is closed")
                if self._start_failures >= 3:
                    raise StoreError(f"query workers die as they start ({self._last_failure}); "
                                     "see the server's log")
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    raise QueryTimeout(f"no query worker became free within {timeout:g} s")
                self._cond.wait(remaining)
            worker = self._idle["fast"].pop()
            worker.state = "busy"
            return worker

    def _take_slow(self, client, deadline):
        with self._cond:
            if self._closed:
                raise StoreError("the store is closed")
            slot = self._claim_slot(client, deadline)
            if slot is None:
                raise self._busy("it proved slow before", client)
            worker = self._idle["slow"].pop() if self._idle["slow"] else None
            if worker is not None:
                worker.state = "busy"
                worker.slot = slot
                return worker
        try:
            worker = _Worker(memory_limit=self.memory_limit, slow=True)
        except OSError as err:
            with self._cond:
                self._slots.discard(slot)
            raise StoreError(f"cannot start a query worker: {err}") from None
        worker.slot = slot
        with self._cond:
            closed = self._closed
            if not closed:
                self._workers.add(worker)
        if closed:
            worker.kill()
            raise StoreError("the store is closed")
        self._wake()
        return worker

    def _claim_slot(self, client, deadline):
        """A slow slot for ``client``, or ``None`` when the lane or the client's share is full."""
        if len(self._slots) >= self.slow_slots:
            return None
        if self.per_client and sum(1 for s in self._slots if s.client == client) >= self.per_client:
            return None
        slot = _Slot(client, deadline)
        self._slots.add(slot)
        return slot

    def _demote(self, worker, client, deadline):
        with self._cond:
            slot = self._claim_slot(client, deadline)
            if slot is None:
                return False
            worker.slot = slot
            worker.demote()
        self._wake()  # the keeper starts a fast worker in its place
        return True

    def _busy(self, why, client):
        with self._cond:
            mine = sum(1 for s in self._slots if s.client == client)
            deadlines = [s.deadline for s in self._slots if s.deadline is not None]
        wait = min(deadlines) - time.monotonic() if deadlines else 5
        if self.per_client and mine >= self.per_client:
            where = f"you already have {mine} slow queries running (the limit per client)"
        else:
            where = f"the {self.slow_slots} places for slow queries are taken"
        return StoreBusy(f"the query was not run because {why} and {where}; retry later",
                         retry_after=math.ceil(min(max(wait, 1), 60)))

    def _remember_slow(self, key):
        with self._cond:
            self._known_slow[key] = True
            self._known_slow.move_to_end(key)
            while len(self._known_slow) > KNOWN_SLOW:
                self._known_slow.popitem(last=False)

    def _died(self, worker, err):
        """The error for a worker that died before answering, and whether to try once more."""
        status = worker.exit_status()
        self._discard(worker)
        if status == -signal.SIGABRT:  # Rust's answer to a failed allocation: the memory limit
            return _WorkerDied(OverLimit(_memory_message(self.memory_limit)), retry=False)
        if self._closed:
            return _WorkerDied(StoreError("the store is closed"), retry=False)
        how = f"killed by signal {-status}" if status is not None and status < 0 else f"lost: {err}"
        return _WorkerDied(StoreError(f"the query worker died before answering ({how})"), retry=True)

    def _release(self, worker):
        """A worker that answered goes back to its lane (a slow one beyond the spare is stopped)."""
        with self._cond:
            if worker.slot is not None:
                self._slots.discard(worker.slot)
                worker.slot = None
            if worker not in self._workers:
                return
            if worker.lane == "fast" or len(self._idle["slow"]) < SLOW_SPARES:
                worker.state = "idle"
                self._idle[worker.lane].append(worker)
                self._cond.notify()
                return
            self._workers.discard(worker)
        worker.kill()
        self._wake()

    def _discard(self, worker):
        """Kill ``worker`` and forget it; the keeper starts a replacement when the fast lane is short."""
        with self._cond:
            if worker.slot is not None:
                self._slots.discard(worker.slot)
                worker.slot = None
            self._workers.discard(worker)
            if worker in self._idle[worker.lane]:
                self._idle[worker.lane].remove(worker)
        worker.kill()
        self._wake()

    # -- the keeper ------------------------------------------------------------------------------

    def _wake(self):
        with self._wake_lock:  # never write to the fd number once closed (it may be reused)
            if self._wake_w is None:
                return
            try:
                os.write(self._wake_w, b"x")
            except (BlockingIOError, OSError):
                pass

    def _start_fast(self):
        """Start a fast worker (with ``self._cond`` held); it joins the lane once warm."""
        worker = _Worker(memory_limit=self.memory_limit)
        self._workers.add(worker)
        try:
            job = self._warm_job() if self._warm_job is not None else None
        except (OSError, StoreError):
            job = None
        if job is None:
            worker.state = "idle"
            self._idle["fast"].append(worker)
            self._cond.notify()
            return
        worker.state = "starting"
        try:
            worker.conn.send(job)
        except OSError:
            pass  # it died at once; the keeper sees its pidfd

    def _keep(self):
        """Replace fast workers that died, were demoted or killed; admit warm ones; reap the dead."""
        poller = select.poll()
        watched = {}  # fd -> (what, worker)
        while True:
            try:
                watched = self._keep_once(poller, watched)
            except Exception as err:  # the keeper must outlive any surprise, or the lane starves
                print(f"ickg: query worker keeper: {type(err).__name__}: {err}", file=sys.stderr)
                time.sleep(0.5)
            if self._closed:
                break
        for _, worker in watched.values():
            if worker is not None and worker.pidfd is not None:
                os.close(worker.pidfd)
                worker.pidfd = None

    def _keep_once(self, poller, watched):
        """One round of the keeper: top up the fast lane, then wait for a death, a warm worker
        or a wake-up. Returns the fds it now watches."""
        retry_soon = False
        with self._cond:
            if self._closed:
                return watched
            short = self.size - sum(1 for w in self._workers if w.lane == "fast")
            if short and self._start_failures:
                # Workers that die as they start (a memory limit too small for them, a broken
                # install) are restarted with growing pauses, not in a busy loop.
                pause = min(5.0, 0.1 * 2 ** self._start_failures)
                if time.monotonic() - self._last_failure_at < pause:
                    short, retry_soon = 0, True
            for _ in range(short):
                try:
                    self._start_fast()
                except OSError as err:
                    print(f"ickg: cannot start a query worker: {err}", file=sys.stderr)
                    retry_soon = True
                    break
            wanted = {self._wake_r: ("wake", None)}
            for w in self._workers:
                if w.pidfd is not None:
                    wanted[w.pidfd] = ("exit", w)
                if w.state == "starting":
                    wanted[w.conn.fileno()] = ("ready", w)
            polled_fallback = any(w.pidfd is None for w in self._workers)
        for fd in set(watched) - set(wanted):
            poller.unregister(fd)
        for fd, entry in wanted.items():
            if watched.get(fd) != entry:
                poller.register(fd, select.POLLIN)
        gone = {w for _, w in watched.values() if w is not None} - {w for _, w in wanted.values()}
        for w in gone:
            if w.pidfd is not None:  # only the keeper closes pidfds: none is in a poll then
                os.close(w.pidfd)
                w.pidfd = None
        events = poller.poll(1000 if polled_fallback else 100 if retry_soon else None)
        for fd, _ in events:
            what, worker = wanted.get(fd, (None, None))
            if what == "wake":
                os.read(self._wake_r, 4096)
            elif what == "exit" and worker.process.poll() is not None:
                self._lost(worker)
            elif what == "ready":
                self._warmed(worker)
        if polled_fallback:
            with self._cond:
                dead = [w for w in self._workers if w.pidfd is None and w.process.poll() is not None]
            for worker in dead:
                self._lost(worker)
        return wanted

    def _warmed(self, worker):
        try:
            worker.conn.recv()
        except (EOFError, OSError, pickle.PickleError):
            self._lost(worker)
            return
        with self._cond:
            if worker in self._workers and worker.state == "starting":
                worker.state = "idle"
                self._idle["fast"].append(worker)
                self._start_failures = 0
                self._cond.notify()

    def _lost(self, worker):
        """A worker exited by itself. Idle or starting: forget it now. Busy: its query's thread
        sees the end of its socket and handles it (a retry, or the memory-limit error)."""
        with self._cond:
            if worker.state == "busy" or worker not in self._workers:
                return
            self._workers.discard(worker)
            if worker in self._idle[worker.lane]:
                self._idle[worker.lane].remove(worker)
            status = worker.exit_status(0.5)
            if worker.state == "starting":
                self._start_failures += 1
                self._last_failure = f"exit status {status}"
                self._last_failure_at = time.monotonic()
                self._cond.notify_all()
        worker.kill()
        when = "as it started" if worker.state == "starting" else "while idle"
        print(f"ickg: query worker {worker.pid} died {when} (status {status}); replaced",
              file=sys.stderr)

    def close(self):
        with self._cond:
            if self._closed:
                return
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
            self._idle = {"fast": [], "slow": []}
            self._cond.notify_all()
        self._wake()
        for worker in workers:
            worker.kill()
        if self._keeper.is_alive() and self._keeper is not threading.current_thread():
            self._keeper.join(5)
        if not self._keeper.is_alive():
            for worker in workers:
                if worker.pidfd is not None:
                    os.close(worker.pidfd)
                    worker.pidfd = None
        with self._wake_lock:
            os.close(self._wake_w)
            self._wake_w = None
        if not self._keeper.is_alive():
            os.close(self._wake_r)


def _cost_key(job):
    """What makes two jobs cost the same to evaluate: the text and the dataset, not the format."""
    parts = (job.get("query"), job.get("update"), job.get("default_graphs"), job.get("named_graphs"),
             job.get("infer"), job.get("query_dataset"))
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).digest()


# ---------------------------------------------------------------------------------------------
# The stores


class _BaseStore:
    cacheable = True
    accepts_update = False

    def is_local_graph(self, iri):
        """Whether ``iri`` names a graph of this store (or may name one: anything under graph/)."""
        return iri.startswith(LOCAL_GRAPH_SPACE) or iri in self.named_graphs()

    def _job(self, text, *, default_graphs, named_graphs, infer, max_rows, fmt, query_dataset):
        if isinstance(fmt, str):
            fmt = formats.by_name("results", fmt) or formats.by_name("graph", fmt)
        kind = "graph" if fmt in formats.GRAPH_FORMATS else "results"
        return {
            "query": text,
            "default_graphs": list(default_graphs) if default_graphs is not None else None,
            "named_graphs": list(named_graphs) if named_graphs is not None else None,
            "query_dataset": query_dataset,
            "infer": infer,
            "all_graphs": () if infer else self.named_graphs(),
            "kind": kind,
            "format": fmt.name,
            "max_rows": max_rows,
        }

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class LocalStore(_BaseStore):
    """A versioned on-disk store (see the module docstring), queried through worker processes."""

    def __init__(self, root, *, workers=None, read_only=True, slow_workers=0, slow_after=0.25,
                 slow_per_client=0, memory_limit=None):
        self.root = Path(root)
        self._pointer = str(self.root / "CURRENT")
        if current_version(self.root) is None:
            raise StoreError(f"no store under {self.root} (build one with replace_local_store)")
        self.read_only = read_only
        self.accepts_update = not read_only
        self._workers_wanted = workers or os.cpu_count() or 2
        self._lanes = {"slow_slots": slow_workers, "slow_after": slow_after,
                       "per_client": slow_per_client, "memory_limit": memory_limit}
        self._pool = None
        self._pool_lock = threading.Lock()
        self._stat = None
        self._version = None
        self._store = None
        self._graphs = None
        self._update_lock = threading.Lock()
        self.update_walled = None
        self._refresh()

    def _refresh(self):
        try:
            st = os.stat(self._pointer)
        except FileNotFoundError:
            return  # between builds there is always a CURRENT; keep what we have
        key = (st.st_ino, st.st_mtime_ns, st.st_size)
        if key == self._stat:
            return
        version = current_version(self.root)
        if version is None:
            return
        self._stat = key
        if version != self._version:
            self._version = version
            self._store = None
            self._graphs = None

    @property
    def version(self):
        """The live version's name; checking it picks up a new build."""
        self._refresh()
        return self._version

    @property
    def path(self):
        return self.root / self.version

    @property
    def pool(self):
        with self._pool_lock:
            if self._pool is None:
                self._pool = WorkerPool(self._workers_wanted, warm_job=self._warm_job, **self._lanes)
            return self._pool

    def _warm_job(self):
        """What a new worker runs before it takes queries: it opens the live version."""
        job = self._job("ASK {}", default_graphs=None, named_graphs=None, infer=True, max_rows=None,
                        fmt="json", query_dataset=False)
        job["store_dir"] = str(self.path)
        return job

    def start(self):
        """Start the worker processes now rather than at the first query."""
        return self.pool

    def _local(self):
        version = self.version
        store = self._store
        if store is None:
            store = self._store = ox.Store.read_only(str(self.root / version))
        return store

    def named_graphs(self):
        """IRIs of the named graphs of the live version (cached per version)."""
        self._refresh()
        graphs = self._graphs
        if graphs is None:
            graphs = self._graphs = sorted(g.value for g in self._local().named_graphs() if isinstance(g, ox.NamedNode))
        return graphs

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None):
        """pyoxigraph quads matching the pattern, read in this process (for the viewer)."""
        return self._local().quads_for_pattern(subject, predicate, object, graph_name)

    def __len__(self):
        return len(self._local())

    def query(self, text, *, default_graphs=None, named_graphs=None, infer=True, timeout=None,
              max_rows=None, fmt="json", query_dataset=False, max_bytes=None, client=None):
        """Evaluate ``text`` in a worker process and return the serialized answer.

        Args:
            default_graphs, named_graphs: the protocol's ``default-graph-uri``/``named-graph-uri``;
                when either is given they make the whole dataset.
            infer: include INFERRED_GRAPH in the default (union) graph.
            timeout: seconds; the worker is killed when they run out.
            max_rows: cap on result rows (triples for CONSTRUCT/DESCRIBE), announced when hit.
            fmt: a :class:`ickg.formats.Format` or its short name.
            query_dataset: the query has its own FROM/FROM NAMED, which then apply.
            max_bytes: cap on the serialized answer; past it the query fails with OverLimit.
            client: who asks (the HTTP client's address), for the slow lane's per-client limit.

        Raises:
            QuerySyntaxError, QueryTimeout (StoreBusy when the slow lane is full), OverLimit,
            StoreError.
        """
        job = self._job(text, default_graphs=default_graphs, named_graphs=named_graphs, infer=infer,
                        max_rows=max_rows, fmt=fmt, query_dataset=query_dataset)
        job["store_dir"] = str(self.path)
        job["max_bytes"] = max_bytes
        reply = self.pool.run(job, timeout, client=client)
        return _reply_to_result(reply, max_rows, self._lanes["memory_limit"])

    def update(self, text, *, timeout=None):
        """Apply a SPARQL Update as a new version (copy-on-write: a hard-linked checkpoint).

        The live version is never written, so the read-only workers stay valid; the checkpoint
        costs links, not a copy of the data. The update runs in a process of its own behind the
        network wall (:mod:`ickg.sandbox`), killed when ``timeout`` seconds have passed, like a
        query's worker; on any failure the staged version is removed and the live one is
        untouched. The text is not checked here (:mod:`ickg.querycheck` is the caller's).

        Raises:
            UpdateNotAllowed, QuerySyntaxError, QueryTimeout, StoreError.
        """
        if self.read_only:
            raise UpdateNotAllowed("this store was opened read-only")
        with self._update_lock, open(self.root / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            self._refresh()
            version = time.strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(4)
            building = self.root / f".building-{version}"
            try:
                reply = _run_update_process({"live": str(self.path), "building": str(building), "text": text},
                                            timeout)
                self.update_walled = reply[-1]  # whether the network wall was up in its process
                if reply[0] == "syntax":
                    raise QuerySyntaxError(reply[1])
                if reply[0] != "ok":
                    raise StoreError(reply[1])
                os.rename(building, self.root / version)
            except BaseException:
                shutil.rmtree(building, ignore_errors=True)
                raise
            _point_to(self.root, version)
        self._refresh()

    def close(self):
        with self._pool_lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None
        self._store = None


class MemoryStore(_BaseStore):
    """A pyoxigraph in-memory store, for tests and small scripts.

    Queries and updates run in the calling thread: ``timeout`` is not enforced, and the network
    wall of the worker processes (:mod:`ickg.sandbox`) is not around them. So every text goes
    through :func:`ickg.querycheck.inspect` first, which refuses SERVICE, LOAD and remote
    graphs (:class:`ickg.querycheck.RefusedQuery`).
    """

    accepts_update = True

    def __init__(self, quads=()):
        self.store = ox.Store()
        self._version = 0
        self._token = secrets.token_hex(4)
        self._graphs = None
        if quads:
            self.add(quads)

    def _changed(self):
        self._version += 1
        self._graphs = None

    def add(self, quads):
        """Add pyoxigraph quads."""
        self.store.extend(quads)
        self._changed()

    def load(self, data, *, format=ox.RdfFormat.N_QUADS, to_graph=None):
        """Parse RDF ``data`` (bytes or str) into the store."""
        self.store.load(data, format=format, to_graph=ox.NamedNode(to_graph) if to_graph else None)
        self._changed()

    @property
    def version(self):
        return f"mem-{self._token}-{self._version}"

    def named_graphs(self):
        if self._graphs is None:
            self._graphs = sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))
        return self._graphs

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None):
        return self.store.quads_for_pattern(subject, predicate, object, graph_name)

    def __len__(self):
        return len(self.store)

    def query(self, text, *, default_graphs=None, named_graphs=None, infer=True, timeout=None,
              max_rows=None, fmt="json", query_dataset=False, max_bytes=None, client=None):
        _check(text, self.is_local_graph)
        job = self._job(text, default_graphs=default_graphs, named_graphs=named_graphs, infer=infer,
                        max_rows=max_rows, fmt=fmt, query_dataset=query_dataset)
        job["max_bytes"] = max_bytes
        return _reply_to_result(evaluate(self.store, job), max_rows)

    def update(self, text, *, timeout=None):
        _check(text, self.is_local_graph)
        try:
            self.store.update(text)
        except SyntaxError as err:
            raise QuerySyntaxError(str(err)) from None
        self._changed()


def _check(text, is_local_graph):
    """:func:`ickg.querycheck.inspect` (imported here: worker processes never need it)."""
    from ickg import querycheck

    querycheck.inspect(text, is_local_graph=is_local_graph)


class RemoteStore(_BaseStore):
    """A SPARQL 1.1 store elsewhere (Oxigraph server, Fuseki, GraphDB...), through SPARQLWrapper.

    The union default graph is made explicit with ``default-graph-uri``/``named-graph-uri`` for
    every named graph (stores disagree on what their default graph is). Results are fetched as
    SPARQL JSON or N-Triples and re-serialized here, so the row cap and formats are the same as
    for the local store. The timeout is the HTTP client's: the remote server may keep working.
    Its content can change behind our back, so its answers are not cached.
    """

    cacheable = False
    GRAPH_LIST_TTL = 30.0

    def __init__(self, query_url, *, update_url=None, gsp_url=None, timeout=60.0):
        self.query_url = query_url
        self.update_url = update_url
        self.gsp_url = gsp_url
        self.timeout = timeout
        self.accepts_update = update_url is not None
        self._graphs = None
        self._graphs_at = 0.0
        self._generation = 0

    @property
    def version(self):
        return f"remote-{self._generation}"

    def _wrapper(self, text, *, return_format, timeout, default_graphs=(), named_graphs=()):
        from SPARQLWrapper import POST, SPARQLWrapper

        sw = SPARQLWrapper(self.query_url, updateEndpoint=self.update_url)
        sw.setMethod(POST)
        sw.setOnlyConneg(True)
        sw.setQuery(text)
        sw.setReturnFormat(return_format)
        sw.setTimeout(int(max(1, round(timeout if timeout is not None else self.timeout))))
        for g in default_graphs:
            sw.addDefaultGraph(g)
        for g in named_graphs:
            sw.addNamedGraph(g)
        return sw

    def _raw(self, sw):
        from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

        try:
            response = sw.query().response
            return response.read()
        except QueryBadFormed as err:
            raise QuerySyntaxError(str(err)) from None
        except (TimeoutError, socket.timeout) as err:
            raise QueryTimeout(f"the remote store did not answer in time: {err}") from None
        except urllib.error.URLError as err:
            if isinstance(err.reason, (TimeoutError, socket.timeout)):
                raise QueryTimeout(f"the remote store did not answer in time: {err.reason}") from None
            raise StoreError(f"remote store unreachable: {err.reason}") from None
        except SPARQLWrapperException as err:
            raise StoreError(f"remote store error: {err}") from None

    def named_graphs(self):
        now = time.monotonic()
        if self._graphs is None or now - self._graphs_at > self.GRAPH_LIST_TTL:
            from SPARQLWrapper import JSON

            raw = self._raw(self._wrapper("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                          return_format=JSON, timeout=None))
            solutions = ox.parse_query_results(raw, format=ox.QueryResultsFormat.JSON)
            self._graphs = sorted(s["g"].value for s in solutions if isinstance(s["g"], ox.NamedNode))
            self._graphs_at = now
        return self._graphs

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None):
        from SPARQLWrapper import JSON

        def term(value, var):
            return str(value) if value is not None else var

        graph = term(graph_name, "?g")
        text = (f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH {graph} {{ {term(subject, '?s')} "
                f"{term(predicate, '?p')} {term(object, '?o')} }} }}")
        raw = self._raw(self._wrapper(text, return_format=JSON, timeout=None))
        for s in ox.parse_query_results(raw, format=ox.QueryResultsFormat.JSON):
            yield ox.Quad(s["s"] or subject, s["p"] or predicate, s["o"] or object, s["g"] or graph_name)

    def query(self, text, *, default_graphs=None, named_graphs=None, infer=True, timeout=None,
              max_rows=None, fmt="json", query_dataset=False, max_bytes=None, client=None):
        from SPARQLWrapper import JSON, TURTLE

        if isinstance(fmt, str):
            fmt = formats.by_name("results", fmt) or formats.by_name("graph", fmt)
        graph_kind = fmt in formats.GRAPH_FORMATS
        if default_graphs is not None or named_graphs is not None:
            dg, ng = list(default_graphs or ()), list(named_graphs or ())
        elif query_dataset:
            dg, ng = [], []
        else:
            graphs = self.named_graphs()
            dg = [g for g in graphs if infer or g not in INFERENCE_GRAPHS]
            ng = dg
        sw = self._wrapper(text, return_format=TURTLE if graph_kind else JSON, timeout=timeout,
                           default_graphs=dg, named_graphs=ng)
        raw = self._raw(sw)
        if graph_kind:
            triples = (q if isinstance(q, ox.Triple) else ox.Triple(q.subject, q.predicate, q.object)
                       for q in ox.parse(raw, format=ox.RdfFormat.TURTLE))
            try:
                body, rows, truncated = formats.serialize_triples(triples, fmt, max_rows=max_rows,
                                                                  prefixes=_PREFIXES, max_bytes=max_bytes)
            except formats.AnswerTooLarge as err:
                raise OverLimit(str(err)) from None
            return QueryResult(body, fmt.media_type, "graph", rows, truncated, max_rows)
        parsed = ox.parse_query_results(raw, format=ox.QueryResultsFormat.JSON)
        if graph_kind is False and fmt not in formats.RESULT_FORMATS:
            fmt = formats.RESULT_FORMATS[0]
        if isinstance(parsed, ox.QueryBoolean):
            return QueryResult(formats.serialize_boolean(bool(parsed), fmt), fmt.media_type, "boolean", 1, False, max_rows)
        names = [v.value for v in parsed.variables]
        try:
            body, rows, truncated = formats.serialize_solutions(names, parsed, fmt, max_rows=max_rows,
                                                                max_bytes=max_bytes)
        except formats.AnswerTooLarge as err:
            raise OverLimit(str(err)) from None
        return QueryResult(body, fmt.media_type, "results", rows, truncated, max_rows)

    def update(self, text, *, timeout=None):
        if self.update_url is None:
            raise UpdateNotAllowed("no update endpoint configured for the remote store")
        from SPARQLWrapper import POST, SPARQLWrapper

        sw = SPARQLWrapper(self.query_url, updateEndpoint=self.update_url)
        sw.setMethod(POST)
        sw.setQuery(text)
        sw.setTimeout(int(max(1, round(timeout if timeout is not None else self.timeout))))
        self._raw(sw)
        self._changed()

    def _changed(self):
        self._generation += 1
        self._graphs = None

    def load(self, source, *, format=None):
        """Replace graphs of the remote store with those in ``source`` (see :func:`load_remote`)."""
        if self.gsp_url is None:
            raise UpdateNotAllowed("no Graph Store Protocol URL configured for the remote store")
        counts = load_remote(self.gsp_url, source, format=format, timeout=self.timeout)
        self._changed()
        return counts


def load_remote(gsp_url, source, *, format=None, timeout=60.0):
    """Push a dataset to a remote store, one Graph Store Protocol PUT per graph.

    Each graph present in ``source`` replaces the remote graph of the same name; other remote
    graphs are left alone. Triples in the default graph go to ``?default``.

    Args:
        gsp_url: the store's Graph Store Protocol endpoint (Oxigraph: ``http://host:7878/store``).
        source: an iterable of pyoxigraph ``Quad``, or a path to an RDF dataset file.
        format: pyoxigraph ``RdfFormat`` of the file when its extension does not say.

    Returns:
        ``{graph IRI or "default": triple count}``.

    Raises:
        StoreError: when the remote store refuses a graph.
    """
    if isinstance(source, (str, os.PathLike)):
        source = ox.parse(path=str(source), format=format)
    by_graph = {}
    for quad in source:
        graph = quad.graph_name
        key = graph.value if isinstance(graph, ox.NamedNode) else "default"
        by_graph.setdefault(key, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
    counts = {}
    for key, triples in by_graph.items():
        target = gsp_url + ("&" if "?" in gsp_url else "?")
        target += "default" if key == "default" else "graph=" + urllib.parse.quote(key, safe="")
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        request = urllib.request.Request(target, data=body, method="PUT",
                                         headers={"Content-Type": "application/n-triples"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as err:
            raise StoreError(f"PUT {key} refused by {gsp_url}: {err.code} {err.read()[:500]!r}") from None
        except urllib.error.URLError as err:
            raise StoreError(f"cannot reach {gsp_url}: {err.reason}") from None
        counts[key] = len(triples)
    return counts


# ---------------------------------------------------------------------------------------------
# Opening


def open_local(path, *, read_only=True, workers=None, **lanes):
    """The versioned on-disk store under ``path`` (a ``build/store`` directory).

    ``lanes``: ``slow_workers``, ``slow_after``, ``slow_per_client``, ``memory_limit`` (see
    :class:`WorkerPool`; without them there is no slow lane and no memory limit).
    """
    return LocalStore(path, read_only=read_only, workers=workers, **lanes)


def open_memory(quads=()):
    """A fresh in-memory store, optionally filled with pyoxigraph quads."""
    return MemoryStore(quads)


def open_remote(query_url, *, update_url=None, gsp_url=None, timeout=60.0):
    """A remote SPARQL 1.1 store: query endpoint, optional update and Graph Store Protocol URLs."""
    return RemoteStore(query_url, update_url=update_url, gsp_url=gsp_url, timeout=timeout)


def store_from_config(config):
    """The store a Flask config describes: ``STORE`` itself, ``STORE_URL`` (remote) or ``DATA_DIR``."""
    if config.get("STORE") is not None:
        return config["STORE"]
    if config.get("STORE_URL"):
        return open_remote(config["STORE_URL"], update_url=config.get("UPDATE_URL"),
                           gsp_url=config.get("GSP_URL"), timeout=float(config.get("QUERY_TIMEOUT") or 60))
    root = ensure_store(config.get("DATA_DIR") or default_data_dir())
    return open_local(root, read_only=not config.get("UPDATE_TOKEN"), workers=config.get("QUERY_WORKERS"),
                      slow_workers=int(config.get("SLOW_QUERY_WORKERS") or 0),
                      slow_after=float(config.get("SLOW_AFTER") or 0.25),
                      slow_per_client=int(config.get("SLOW_PER_CLIENT") or 0),
                      memory_limit=int(config.get("WORKER_MEMORY") or 0) or None)


def init_app(app):
    """Attach the configured store to ``app`` (``app.extensions["ickg.store"]``)."""
    store = app.extensions["ickg.store"] = store_from_config(app.config)
    if isinstance(store, LocalStore):
        sandbox.report(app.logger)


def get_store():
    """The store of the current Flask app."""
    from flask import current_app

    return current_app.extensions["ickg.store"]

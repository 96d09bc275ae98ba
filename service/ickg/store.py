"""The graph the service reads: an on-disk Oxigraph store, an in-memory one, or a remote SPARQL store.

Data directory
    ``ickg serve --data-dir DIR`` (environment ``ICKG_DATA_DIR``). Without it, ``./graph_data`` when
    that folder exists in the current directory, else ``~/.local/share/ickg``. The store lives in
    ``DIR/build/store/``::

        build/store/CURRENT            one line: the name of the live version
        build/store/<version>/         a complete pyoxigraph (RocksDB) store, never written once live
        build/store/.building-<v>/     a build in progress; removed if it fails

    A build (:func:`replace_local_store`) writes a new version directory beside the live one and
    only when it is complete renames a new ``CURRENT`` over the old, so a failed build leaves the
    previous store serving. A running server stats ``CURRENT`` on each request (microseconds) and
    moves to the new version without a restart; the version name is also the ETag and cache key.
    The previous version is kept until the next build so that queries already running finish.

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
import os
import pickle
import queue
import secrets
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
    An existing store is used as it is: start-up never rebuilds.
    """
    root = store_dir(data_dir)
    if current_version(root) is None:
        from ickg.pipeline import publish

        if publish.corpus_paths(data_dir):
            publish.publish(data_dir)
        else:
            from ickg.resources import ontology_graph

            data = ontology_graph().serialize(format="nt", encoding="utf-8")
            replace_local_store(root, data, format=ox.RdfFormat.N_TRIPLES, to_graph=str(ONTOLOGY_GRAPH))
    return root


def replace_local_store(root, source, *, format=None, to_graph=None):
    """Build a new version of the store under ``root`` and make it live; return its name.

    Args:
        root: the store root (``<data-dir>/build/store``); created if missing.
        source: a path to an RDF file (N-Quads, TriG, Turtle... guessed from the extension unless
            ``format`` is given), its content as bytes, or an iterable of pyoxigraph ``Quad``.
        format: a pyoxigraph ``RdfFormat`` for bytes or an unusual file name.
        to_graph: graph IRI for a triples-only source (default: the default graph).

    Raises:
        SyntaxError, OSError, ValueError: from pyoxigraph; the live version is then untouched.
    """
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        for stale in root.glob(".building-*"):
            shutil.rmtree(stale, ignore_errors=True)
        version = time.strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(4)
        building = root / f".building-{version}"
        graph = ox.NamedNode(to_graph) if to_graph else None
        try:
            store = ox.Store(str(building))
            if isinstance(source, (str, os.PathLike)):
                store.bulk_load(path=str(source), format=format, to_graph=graph)
            elif isinstance(source, (bytes, bytearray)):
                store.bulk_load(input=bytes(source), format=format or ox.RdfFormat.N_QUADS, to_graph=graph)
            else:
                store.bulk_extend(source)
            store.flush()
            del store
            gc.collect()
            os.rename(building, root / version)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        _point_to(root, version)
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
    keep = {version, previous}
    for child in root.iterdir():
        if child.is_dir() and not child.name.startswith(".") and child.name not in keep:
            shutil.rmtree(child, ignore_errors=True)


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
    ``("syntax", message)`` or ``("error", message)``.
    """
    kind = job["kind"]
    fmt = formats.by_name(kind, job["format"])
    max_rows = job.get("max_rows") or None
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
            body, rows, truncated = formats.serialize_solutions(names, result, fmt, max_rows=max_rows)
            return ("ok", body, fmt.media_type, "results", rows, truncated)
        if kind != "graph":
            fmt = formats.GRAPH_FORMATS[0]
        body, rows, truncated = formats.serialize_triples(
            result, fmt, max_rows=max_rows, prefixes=_PREFIXES
        )
        return ("ok", body, fmt.media_type, "graph", rows, truncated)
    except SyntaxError as err:
        return ("syntax", str(err))
    except (OSError, ValueError, RuntimeError, TypeError) as err:
        return ("error", f"{type(err).__name__}: {err}")


def _reply_to_result(reply, max_rows):
    status = reply[0]
    if status == "ok":
        _, body, media_type, form, rows, truncated = reply
        return QueryResult(body, media_type, form, rows, truncated, max_rows)
    if status == "syntax":
        raise QuerySyntaxError(reply[1])
    raise StoreError(reply[1])


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
    def __init__(self):
        parent, child = socket.socketpair()
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from ickg.store import _worker_main; _worker_main()", str(child.fileno())],
            pass_fds=[child.fileno()],
            stdin=subprocess.DEVNULL,
        )
        child.close()
        self.conn = Connection(parent.detach())

    @property
    def pid(self):
        return self.process.pid

    def kill(self):
        try:
            self.process.send_signal(signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()
        self.conn.close()


class WorkerPool:
    """Worker processes that evaluate queries and can be killed when a query's time is up."""

    def __init__(self, size):
        self.size = max(1, size)
        self._lock = threading.Lock()
        self._idle = queue.LifoQueue()
        self._workers = set()
        self._closed = False
        for _ in range(self.size):
            self._add()

    def _add(self):
        worker = _Worker()
        with self._lock:
            self._workers.add(worker)
        self._idle.put(worker)

    def _discard(self, worker):
        worker.kill()
        with self._lock:
            self._workers.discard(worker)
        if not self._closed:
            self._add()

    @property
    def pids(self):
        """Process ids of the live workers (tests read their CPU time)."""
        with self._lock:
            return sorted(w.pid for w in self._workers)

    def run(self, job, timeout=None):
        """Send ``job`` to a free worker; wait at most ``timeout`` seconds in all.

        Raises:
            QueryTimeout: no worker was free in time, or the query ran out of time (its worker
                is then killed and replaced).
            StoreError: the worker died.
        """
        if self._closed:
            raise StoreError("the store is closed")
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryTimeout(f"no query worker became free within {timeout:g} s") from None
        try:
            worker.conn.send(job)
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            finished = worker.conn.poll(remaining)
            reply = worker.conn.recv() if finished else None
        except (EOFError, OSError, pickle.PickleError) as err:
            self._discard(worker)
            raise StoreError(f"query worker failed: {err}") from None
        if not finished:
            self._discard(worker)
            raise QueryTimeout(f"the query did not finish within {timeout:g} s and was stopped")
        self._idle.put(worker)
        return reply

    def close(self):
        self._closed = True
        with self._lock:
            workers = list(self._workers)
            self._workers.clear()
        for worker in workers:
            worker.kill()


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

    def __init__(self, root, *, workers=None, read_only=True):
        self.root = Path(root)
        self._pointer = str(self.root / "CURRENT")
        if current_version(self.root) is None:
            raise StoreError(f"no store under {self.root} (build one with replace_local_store)")
        self.read_only = read_only
        self.accepts_update = not read_only
        self._workers_wanted = workers or os.cpu_count() or 2
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
                self._pool = WorkerPool(self._workers_wanted)
            return self._pool

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
              max_rows=None, fmt="json", query_dataset=False):
        """Evaluate ``text`` in a worker process and return the serialized answer.

        Args:
            default_graphs, named_graphs: the protocol's ``default-graph-uri``/``named-graph-uri``;
                when either is given they make the whole dataset.
            infer: include INFERRED_GRAPH in the default (union) graph.
            timeout: seconds; the worker is killed when they run out.
            max_rows: cap on result rows (triples for CONSTRUCT/DESCRIBE), announced when hit.
            fmt: a :class:`ickg.formats.Format` or its short name.
            query_dataset: the query has its own FROM/FROM NAMED, which then apply.

        Raises:
            QuerySyntaxError, QueryTimeout, StoreError.
        """
        job = self._job(text, default_graphs=default_graphs, named_graphs=named_graphs, infer=infer,
                        max_rows=max_rows, fmt=fmt, query_dataset=query_dataset)
        job["store_dir"] = str(self.path)
        return _reply_to_result(self.pool.run(job, timeout), max_rows)

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
              max_rows=None, fmt="json", query_dataset=False):
        _check(text, self.is_local_graph)
        job = self._job(text, default_graphs=default_graphs, named_graphs=named_graphs, infer=infer,
                        max_rows=max_rows, fmt=fmt, query_dataset=query_dataset)
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
              max_rows=None, fmt="json", query_dataset=False):
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
            body, rows, truncated = formats.serialize_triples(triples, fmt, max_rows=max_rows, prefixes=_PREFIXES)
            return QueryResult(body, fmt.media_type, "graph", rows, truncated, max_rows)
        parsed = ox.parse_query_results(raw, format=ox.QueryResultsFormat.JSON)
        if graph_kind is False and fmt not in formats.RESULT_FORMATS:
            fmt = formats.RESULT_FORMATS[0]
        if isinstance(parsed, ox.QueryBoolean):
            return QueryResult(formats.serialize_boolean(bool(parsed), fmt), fmt.media_type, "boolean", 1, False, max_rows)
        names = [v.value for v in parsed.variables]
        body, rows, truncated = formats.serialize_solutions(names, parsed, fmt, max_rows=max_rows)
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


def open_local(path, *, read_only=True, workers=None):
    """The versioned on-disk store under ``path`` (a ``build/store`` directory)."""
    return LocalStore(path, read_only=read_only, workers=workers)


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
    return open_local(root, read_only=not config.get("UPDATE_TOKEN"), workers=config.get("QUERY_WORKERS"))


def init_app(app):
    """Attach the configured store to ``app`` (``app.extensions["ickg.store"]``)."""
    store = app.extensions["ickg.store"] = store_from_config(app.config)
    if isinstance(store, LocalStore):
        sandbox.report(app.logger)


def get_store():
    """The store of the current Flask app."""
    from flask import current_app

    return current_app.extensions["ickg.store"]

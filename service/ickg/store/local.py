"""The versioned on-disk store, queried through worker processes (see :mod:`ickg.store`)."""

from __future__ import annotations

import fcntl
import os
import shutil
import threading
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from ickg.settings import DEFAULTS
from ickg.sparql.formats import Format
from ickg.store.base import BaseStore, GraphName, Job, Object, Subject
from ickg.store.errors import QuerySyntaxError, StoreError, UpdateNotAllowed
from ickg.store.evaluation import QueryResult, reply_to_result
from ickg.store.updates import run_update_process
from ickg.store.versions import current_version, new_version_name, point_to
from ickg.store.workers import WorkerPool


class LocalStore(BaseStore):
    """A versioned on-disk store (see the module docstring), queried through worker processes."""

    def __init__(self, root: str | os.PathLike[str], *, workers: int | None = None, read_only: bool = True,
                 slow_workers: int = 0, slow_after: float = DEFAULTS["SLOW_AFTER"], slow_per_client: int = 0,
                 memory_limit: int | None = None) -> None:
        self.root = Path(root)
        self._pointer = str(self.root / "CURRENT")
        if current_version(self.root) is None:
            raise StoreError(f"no store under {self.root} (build one with replace_local_store)")
        self.read_only = read_only
        self.accepts_update = not read_only
        self._workers_wanted = workers or os.cpu_count() or 2
        self._memory_limit = memory_limit
        self._lanes = {"slow_slots": slow_workers, "slow_after": slow_after,
                       "per_client": slow_per_client, "memory_limit": memory_limit}
        self._pool: WorkerPool | None = None
        self._pool_lock = threading.Lock()
        self._stat: tuple[int, int, int] | None = None
        self._version: str | None = None
        self._version_dir = ""  # str(self.root / version), made once per version
        self._store: ox.Store | None = None
        self._graphs: list[str] | None = None
        self._update_lock = threading.Lock()
        self.update_walled: bool | None = None  # whether the last update's process had the network wall
        self._refresh()

    def _refresh(self) -> None:
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
            self._version_dir = str(self.root / version)
            self._store = None
            self._graphs = None

    @property
    def version(self) -> str:
        """The live version's name; checking it picks up a new build."""
        self._refresh()
        if self._version is None:  # __init__ refused a root without one; never here
            raise StoreError(f"no store under {self.root}")
        return self._version

    @property
    def path(self) -> Path:
        return self.root / self.version

    @property
    def pool(self) -> WorkerPool:
        with self._pool_lock:
            if self._pool is None:
                self._pool = WorkerPool(self._workers_wanted, warm_job=self._warm_job, **self._lanes)
            return self._pool

    def _warm_job(self) -> Job:
        """What a new worker runs before it takes queries: it opens the live version."""
        job = self._job("ASK {}", default_graphs=None, named_graphs=None, infer=True, max_rows=None,
                        fmt="json", query_dataset=False)
        job["store_dir"] = str(self.path)
        return job

    def start(self) -> WorkerPool:
        """Start the worker processes now rather than at the first query."""
        return self.pool

    def _local(self) -> ox.Store:
        version = self.version
        store = self._store
        if store is None:
            store = self._store = ox.Store.read_only(str(self.root / version))
        return store

    def named_graphs(self) -> list[str]:
        """IRIs of the named graphs of the live version (cached per version)."""
        self._refresh()
        graphs = self._graphs
        if graphs is None:
            graphs = self._graphs = sorted(g.value for g in self._local().named_graphs() if isinstance(g, ox.NamedNode))
        return graphs

    def quads_for_pattern(self, subject: Subject | None = None, predicate: ox.NamedNode | None = None,
                          object: Object | None = None, graph_name: GraphName | None = None) -> Iterator[ox.Quad]:
        """pyoxigraph quads matching the pattern, read in this process (for the viewer)."""
        return self._local().quads_for_pattern(subject, predicate, object, graph_name)

    def __len__(self) -> int:
        return len(self._local())

    def query(self, text: str, *, default_graphs: Iterable[str] | None = None,
              named_graphs: Iterable[str] | None = None, infer: bool = True,
              timeout: float | None = None, max_rows: int | None = None, fmt: Format | str = "json",
              query_dataset: bool = False, max_bytes: int | None = None,
              client: str | None = None, extracted: bool = False) -> QueryResult:
        """Evaluate ``text`` in a worker process and return the serialized answer.

        Args:
            default_graphs, named_graphs: the protocol's ``default-graph-uri``/``named-graph-uri``;
                when either is given they make the whole dataset.
            infer: include INFERRED_GRAPH in the default (union) graph.
            extracted: include the unreviewed proposals (``ickg.iris.EXTRACTED_GRAPHS``).
            timeout: seconds; the worker is killed when they run out.
            max_rows: cap on result rows (triples for CONSTRUCT/DESCRIBE), announced when hit.
            fmt: a :class:`ickg.sparql.formats.Format` or its short name.
            query_dataset: the query has its own FROM/FROM NAMED, which then apply.
            max_bytes: cap on the serialized answer; past it the query fails with OverLimit.
            client: who asks (the HTTP client's address), for the slow lane's per-client limit.

        Raises:
            QuerySyntaxError, QueryTimeout (StoreBusy when the slow lane is full), OverLimit,
            StoreError.
        """
        job = self._job(text, default_graphs=default_graphs, named_graphs=named_graphs, infer=infer,
                        max_rows=max_rows, fmt=fmt, query_dataset=query_dataset, extracted=extracted)
        self._refresh()
        job["store_dir"] = self._version_dir
        job["max_bytes"] = max_bytes
        reply = self.pool.run(job, timeout, client=client)
        return reply_to_result(reply, max_rows, self._memory_limit)

    def update(self, text: str, *, timeout: float | None = None) -> None:
        """Apply a SPARQL Update as a new version (copy-on-write: a hard-linked checkpoint).

        The live version is never written, so the read-only workers stay valid; the checkpoint
        costs links, not a copy of the data. The update runs in a process of its own behind the
        network wall (:mod:`ickg.sandbox`), killed when ``timeout`` seconds have passed, like a
        query's worker; on any failure the staged version is removed and the live one is
        untouched. The text is not checked here (:mod:`ickg.sparql.querycheck` is the caller's).

        Raises:
            UpdateNotAllowed, QuerySyntaxError, QueryTimeout, StoreError.
        """
        if self.read_only:
            raise UpdateNotAllowed("this store was opened read-only")
        with self._update_lock, open(self.root / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            self._refresh()
            version = new_version_name()
            building = self.root / f".building-{version}"
            try:
                reply = run_update_process({"live": str(self.path), "building": str(building), "text": text},
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
            point_to(self.root, version)
        self._refresh()

    def close(self) -> None:
        with self._pool_lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None
        self._store = None

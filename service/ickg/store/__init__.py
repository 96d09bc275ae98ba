"""The graph the service reads: an on-disk Oxigraph store, an in-memory one, or a remote SPARQL store.

Storage only: nothing here builds a graph or knows about Flask. The on-disk store is versioned
(:mod:`~ickg.store.versions`: ``<data-dir>/build/store/CURRENT`` names the live version; a build
stages a new one beside it and promotes it), queried through worker processes
(:mod:`~ickg.store.workers`) and updated in walled processes (:mod:`~ickg.store.updates`).

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
    can connect anywhere, whatever :mod:`ickg.sparql.querycheck` let through.
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any, Iterable

from ickg.store.errors import (OverLimit, QuerySyntaxError, QueryTimeout, StoreBusy, StoreError,
                               UpdateNotAllowed)

if TYPE_CHECKING:
    import pyoxigraph as ox

    from ickg.store.base import LOCAL_GRAPH_SPACE, BaseStore
    from ickg.store.evaluation import QueryResult, evaluate
    from ickg.store.local import LocalStore
    from ickg.store.memory import MemoryStore
    from ickg.store.remote import RemoteStore, check_remote, load_remote
    from ickg.store.remote_http import Credentials, CredentialsError, credentials_from
    from ickg.store.versions import (check_version, current_version, drop_unpromoted, ensure_text_index,
                                     fsync_directory, has_text_index, new_version_name, promote_version,
                                     replace_local_store, stage_version, staged_path, store_dir)

# Why the names below are looked up on first use (PEP 562), not imported here: every query worker
# imports ``ickg.store.workers``, and so this package, about 170 times in a CI run; importing the
# remote store (http.client, urllib.request, email), the local store, updates and versions with
# it cost each worker about 0.04 CPU-s of modules it never uses. A name's module is imported the
# first time the name is asked for (``from ickg.store import RemoteStore`` does so), then the name
# is kept in this module's namespace. ``tests/test_worker_imports.py`` pins what a worker imports.
_LAZY = {
    "ickg.store.base": ("LOCAL_GRAPH_SPACE", "BaseStore"),
    "ickg.store.evaluation": ("QueryResult", "evaluate"),
    "ickg.store.local": ("LocalStore",),
    "ickg.store.memory": ("MemoryStore",),
    "ickg.store.remote": ("RemoteStore", "check_remote", "load_remote"),
    "ickg.store.remote_http": ("Credentials", "CredentialsError", "credentials_from"),
    "ickg.store.versions": ("check_version", "current_version", "drop_unpromoted", "ensure_text_index",
                            "fsync_directory", "has_text_index", "new_version_name", "promote_version",
                            "replace_local_store", "stage_version", "staged_path", "store_dir"),
}
_HOME = {name: module for module, names in _LAZY.items() for name in names}


def __getattr__(name: str) -> Any:
    """A name of :data:`_LAZY`, imported from its module on first use."""
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def open_local(path: str | os.PathLike[str], *, read_only: bool = True, workers: int | None = None,
               **lanes: Any) -> LocalStore:
    """The versioned on-disk store under ``path`` (a ``build/store`` directory).

    ``lanes``: ``slow_workers``, ``slow_after``, ``slow_per_client``, ``memory_limit`` (see
    :class:`WorkerPool`; without them there is no slow lane and no memory limit).
    """
    from ickg.store.local import LocalStore

    return LocalStore(path, read_only=read_only, workers=workers, **lanes)


def open_memory(quads: Iterable[ox.Quad] = ()) -> MemoryStore:
    """A fresh in-memory store, optionally filled with pyoxigraph quads."""
    from ickg.store.memory import MemoryStore

    return MemoryStore(quads)


def open_remote(query_url: str, *, update_url: str | None = None, gsp_url: str | None = None,
                timeout: float = 60.0, credentials: Credentials | None = None,
                credentials_file: str | os.PathLike[str] | None = None,
                data_dir: str | os.PathLike[str] | None = None) -> RemoteStore:
    """A remote SPARQL 1.1 store: query endpoint, optional update and Graph Store Protocol URLs.

    Its login: ``credentials``, else the file ``credentials_file``, else ``$ICKG_STORE_USER`` and
    ``$ICKG_STORE_PASSWORD`` (:func:`credentials_from`); never in a URL. ``data_dir``: the data
    directory whose build loaded it, which holds its text index (:mod:`ickg.store.remote_index`).
    """
    from ickg.store.remote import open_remote_store

    return open_remote_store(query_url, update_url=update_url, gsp_url=gsp_url, timeout=timeout,
                             credentials=credentials, credentials_file=credentials_file, data_dir=data_dir)


__all__ = [
    "BaseStore", "LocalStore", "MemoryStore", "RemoteStore", "QueryResult", "LOCAL_GRAPH_SPACE",
    "StoreError", "QuerySyntaxError", "QueryTimeout", "StoreBusy", "OverLimit", "UpdateNotAllowed",
    "open_local", "open_memory", "open_remote", "load_remote", "check_remote", "evaluate",
    "Credentials", "CredentialsError", "credentials_from",
    "store_dir", "current_version", "new_version_name", "staged_path", "stage_version",
    "promote_version", "drop_unpromoted", "replace_local_store", "check_version", "fsync_directory",
    "ensure_text_index", "has_text_index",
]

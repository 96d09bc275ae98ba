"""The text index of a remote store, kept in the data directory that built it.

A remote store (``ickg build|ingest --store-url``) has no version directory here for its text
index (:mod:`ickg.store.textindex`) to live in, so the build keeps it beside the record of the
remote load, in the same version layout as the local store (:mod:`ickg.store.versions`)::

    build/remote/CURRENT                         the build id of the last remote load
    build/remote/<build id>/ickg-text-index.sqlite   its text index, read from the build's N-Quads
    build/remote/<build id>/remote.json          which store it went to, when, quads per graph
    build/remote/.staged-<build id>/             the same while the load runs

How a server knows the index describes the store it serves
    The build id (the build's version name, also the release's in ``committed.json``) is
    written twice: beside the index, and into the remote store itself, in a graph of its own
    (:data:`ickg.store.remote.BUILD_MARK_GRAPH`, outside ``graph/`` and so outside the dataset
    queries see). A load removes the store's mark before its first batch and writes the new one
    after its last, so a store that is half loaded, changed by a SPARQL Update through ickg, or
    loaded by another machine's build never carries an id this data directory holds an index
    for. ``ickg serve --store-url`` uses the index only while the two ids are equal
    (:class:`RemoteIndexes`), and searches by a scan otherwise.

Stage, then swap
    The index is written under ``.staged-<id>`` before the load starts and promoted (``CURRENT``
    renamed over the old one) only after the store holds the whole build and its mark: a load
    that fails leaves the previous index, which then no longer matches the store (its mark was
    removed), so the server scans until the next successful load.
"""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

from ickg.store import textindex
from ickg.store.errors import QueryTimeout, StoreError
from ickg.store.versions import current_version, drop_unpromoted, fsync_directory, promote_version, staged_path

RECORD_NAME = "remote.json"
MARK_TTL = 30.0  # seconds a server trusts the store's build mark before asking again


def remote_dir(data_dir: str | os.PathLike[str]) -> Path:
    """Where a data directory keeps the text index of the remote store it loads: ``build/remote``."""
    return Path(data_dir) / "build" / "remote"


def stage(data_dir: str | os.PathLike[str], build_id: str, nquads) -> Path:
    """Write the text index of the N-Quads ``nquads`` (the build's spool) under
    ``build/remote/.staged-<build_id>``, not yet used by anything; the staged directory.
    Staged directories that earlier, failed loads left are removed first."""
    root = remote_dir(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    drop_unpromoted(root)
    staged = staged_path(root, build_id)
    staged.mkdir()
    textindex.build(staged, nquads=nquads)
    return staged


def promote(data_dir: str | os.PathLike[str], build_id: str, record: dict) -> None:
    """Make the staged index of ``build_id`` the remote store's, with ``record`` (the store's
    URL, quads per graph...) written beside it."""
    root = remote_dir(data_dir)
    staged = staged_path(root, build_id)
    with open(staged / RECORD_NAME, "w", encoding="utf-8") as out:
        json.dump({"build": build_id, **record}, out, indent=1, sort_keys=True)
        out.write("\n")
        out.flush()
        os.fsync(out.fileno())
    fsync_directory(staged)
    promote_version(root, build_id)


def drop_staged(data_dir: str | os.PathLike[str]) -> None:
    """Remove a staged index whose load failed (the live one stays)."""
    drop_unpromoted(remote_dir(data_dir))


def live_build(data_dir: str | os.PathLike[str]) -> str | None:
    """The build id of the last remote load this data directory made, or None."""
    return current_version(remote_dir(data_dir))


def record(data_dir: str | os.PathLike[str]) -> dict | None:
    """What ``remote.json`` of the live remote index says, or None."""
    build = live_build(data_dir)
    if build is None:
        return None
    try:
        return json.loads((remote_dir(data_dir) / build / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


class RemoteIndexes:
    """The text index that answers for a remote store, if this data directory holds the one of
    the build the store carries (see the module's docstring); None otherwise.

    ``mark`` is a function that asks the store for its build id (:meth:`RemoteStore.build_mark`).
    The local side (``CURRENT``) is read on every call (a stat and a small read); the store's
    mark is asked again after :data:`MARK_TTL` seconds, or at once when ``CURRENT`` changed (a
    build or ingest from this data directory while the server runs).
    """

    def __init__(self, data_dir: str | os.PathLike[str], mark, *, ttl: float = MARK_TTL) -> None:
        self.data_dir = Path(data_dir)
        self._mark = mark
        self.ttl = ttl
        self._lock = threading.Lock()
        self._asked_for: str | None = None
        self._asked_at = 0.0
        self._store_build: str | None = None
        self._open: dict[str, textindex.TextIndex] = {}
        self._searches: dict[int, textindex.SparqlSearch] = {}

    def store_build(self, local: str | None) -> str | None:
        """The store's build id (cached; asked again when ``local`` changed or the cache is old)."""
        now = time.monotonic()
        with self._lock:
            if local == self._asked_for and now - self._asked_at < self.ttl:
                return self._store_build
        found = self._mark()
        with self._lock:
            self._asked_for, self._asked_at, self._store_build = local, now, found
        return found

    def forget(self) -> None:
        """Ask the store for its mark again at the next search (this process changed the store)."""
        with self._lock:
            self._asked_for = None

    def state(self) -> tuple[str, str | None, str | None]:
        """(``"match"``, ``"none"`` or ``"other"``, this directory's build id, the store's build id)."""
        local = live_build(self.data_dir)
        if local is None:
            return "none", None, None
        found = self.store_build(local)
        return ("match" if found == local else "other"), local, found

    def current(self) -> textindex.TextIndex | None:
        """The index of the store's build, opened once; None when there is none here."""
        how, local, _ = self.state()
        if how != "match" or local is None:
            return None
        with self._lock:
            index = self._open.get(local)
            if index is None:
                try:
                    index = textindex.open_index(remote_dir(self.data_dir) / local)
                except textindex.IndexMissing:
                    return None
                self._open[local] = index
                for old in list(self._open)[:-2]:  # the previous one stays for requests using it
                    del self._open[old]
            return index

    def search_scores(self, words: str) -> dict | None:
        """``ickg:search``'s scores for ``words`` (:meth:`ickg.store.textindex.SparqlSearch.scores_of`)
        from the index of the store's build; None when there is none here."""
        index = self.current()
        if index is None:
            return None
        with self._lock:
            search = self._searches.get(id(index))
            if search is None or search.index is not index:
                search = self._searches[id(index)] = textindex.SparqlSearch(index)
                for old in list(self._searches)[:-2]:
                    del self._searches[old]
        return search.scores_of(words)

    def describe(self) -> str:
        """One line for ``ickg serve``'s start-up: which index searches answer from, or why none."""
        try:
            how, local, found = self.state()
        except (StoreError, QueryTimeout) as error:  # cannot be asked now: say so; each search asks again
            return f"search: the remote store's build could not be read ({error}); searching by a scan until it can"
        where = remote_dir(self.data_dir)
        if how == "match":
            return f"search: the text index of build {local} ({where / str(local)}), which the remote store holds"
        if how == "none":
            return (f"search: no text index for a remote store in {where} (the store was loaded from another "
                    "data directory or machine?); searching by a SPARQL scan: slower, ranked otherwise")
        return (f"search: the text index in {where} is of build {local}, the remote store holds "
                f"{found or 'no ickg build mark'}; searching by a SPARQL scan until they match "
                "(`ickg build --store-url` from this data directory makes them match)")

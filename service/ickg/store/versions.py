"""Versions of the on-disk store: staged beside the live one, made live by renaming ``CURRENT``.

The store lives in ``<data-dir>/build/store/``::

    build/store/CURRENT            one line: the name of the live version
    build/store/<version>/         a complete pyoxigraph (RocksDB) store, never written once live
    build/store/.staged-<v>/       a build's new version, made live by its commit
    build/store/.building-<v>/     an update in progress; removed if it fails

A build (:func:`stage_version`, then :func:`promote_version`; :func:`replace_local_store`
does both) writes a new version directory beside the live one and only when it is complete
renames a new ``CURRENT`` over the old, so a failed build leaves the previous store serving.
``ickg build`` and ``ickg ingest`` promote the staged version in the same commit that swaps
the release files in (:mod:`ickg.build.datadir`). A running server stats ``CURRENT`` on each
request (microseconds) and moves to the new version without a restart; the version name is
also the ETag and cache key. The previous version is kept until the next build so that
queries already running finish. :func:`check_version` opens a version and runs a query on
it: ``ickg serve`` refuses to start on a store that fails it.
"""

from __future__ import annotations

import fcntl
import gc
import os
import secrets
import shutil
import time
from pathlib import Path
from typing import Iterable, Union

import pyoxigraph as ox

from ickg.store import textindex
from ickg.store.errors import StoreError

# What a version is built from: a file, its bytes, or pyoxigraph quads.
Source = Union[str, "os.PathLike[str]", bytes, bytearray, Iterable[ox.Quad]]


def store_dir(data_dir: str | os.PathLike[str]) -> Path:
    """Where the store of a data directory lives: ``<data-dir>/build/store``."""
    return Path(data_dir) / "build" / "store"


def current_version(root: str | os.PathLike[str]) -> str | None:
    """The live version name of the store under ``root``, or ``None`` when none was built."""
    try:
        name = (Path(root) / "CURRENT").read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name if name and (Path(root) / name).is_dir() else None


def new_version_name() -> str:
    """A fresh version name: the time (sorts by age) and 8 random hex digits."""
    return time.strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(4)


def staged_path(root: str | os.PathLike[str], version: str) -> Path:
    """Where :func:`stage_version` builds ``version`` before it is promoted."""
    return Path(root) / f".staged-{version}"


def stage_version(root: str | os.PathLike[str], source: Source, *, version: str | None = None,
                  format: ox.RdfFormat | None = None, to_graph: str | None = None) -> str:
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
        finish_version(store)
        index_text(staged, store, source, format)
        del store
        gc.collect()
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    return version


def finish_version(store: ox.Store) -> None:
    """Compact a new version's store, then flush it: done once, before the version is served.

    Why: a bulk load writes its table files as they come (the build loads by blocks of 4 MB:
    about a hundred files at 10,000 documents), and every term a query returns is looked up by
    its hash in each file that may hold it. Measured on a 10,000-document build (3.4 million
    quads, pyoxigraph 0.5.13): reading the ontology graph's 3,431 quads back 0.39 CPU-s before,
    0.03 after; a SELECT of 1,000 labels 65 ms median before, 7.4 after; a 50-row one 1.2 ms,
    0.3 after. The compaction took 4.7 s of wall (5.4 CPU-s) on that store alone, 11.3 s (11.6 CPU-s)
    inside its build (of 173 s), beside the text index's process; about 0.1 s on the seed corpus."""
    store.optimize()
    store.flush()


def index_text(version_dir: Path, store: ox.Store, source: Source, format: ox.RdfFormat | None) -> None:
    """Give a new version its text index (:mod:`ickg.store.textindex`), inside its directory so
    that it is promoted and removed with it: read from the N-Quads file or bytes the version was
    loaded from when there are some (a stream of lines, several times faster), else from the store."""
    named_nq = isinstance(source, (str, os.PathLike)) and str(source).endswith(".nq")
    nquads = isinstance(source, (str, os.PathLike, bytes, bytearray)) and (
        format == ox.RdfFormat.N_QUADS or (format is None and named_nq))
    if nquads:
        textindex.build(version_dir, nquads=source)
    else:
        textindex.build(version_dir, store=store)


def has_text_index(root: str | os.PathLike[str]) -> bool:
    """Whether the live version under ``root`` has a text index this ickg reads."""
    version = current_version(root)
    return version is not None and textindex.has_index(Path(root) / version)


def ensure_text_index(root: str | os.PathLike[str]) -> bool:
    """Give the live version a text index if it has none (a store built before text indexes, or
    by an older ickg); whether one was built. The one write to a live version: a file added
    beside its data, renamed into place when complete. The caller holds the data directory's lock."""
    version = current_version(root)
    if version is None or textindex.has_index(Path(root) / version):
        return False
    textindex.build(Path(root) / version, store=ox.Store.read_only(str(Path(root) / version)))
    gc.collect()
    return True


def index_version(root: str | os.PathLike[str], version: str) -> bool:
    """Give ``version`` its text index if it is still the live one and has none; whether it did
    (ingests in quick succession: only the last version's index is built). What the process
    ``ickg ingest`` and ``ickg remove`` leave behind runs (:data:`INDEX_VERSION_MAIN`)."""
    folder = Path(root) / version
    if current_version(root) != version or textindex.has_index(folder):
        return False
    try:
        textindex.build(folder, store=ox.Store.read_only(str(folder)))
    except (OSError, RuntimeError):  # the version was dropped meanwhile (two newer ones)
        return False
    return True


# ``python -c INDEX_VERSION_MAIN ROOT VERSION``: :func:`index_version` in a process that imports
# this package and nothing of the build (``ickg.build.delta.index_later`` starts it).
INDEX_VERSION_MAIN = ("import sys; from ickg.store.versions import index_version; "
                      "index_version(sys.argv[1], sys.argv[2])")


def promote_version(root: str | os.PathLike[str], version: str) -> bool:
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
            point_to(root, version)
        return True


def drop_unpromoted(root: str | os.PathLike[str], keep: Iterable[str] = ()) -> None:
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


def replace_local_store(root: str | os.PathLike[str], source: Source, *, format: ox.RdfFormat | None = None,
                        to_graph: str | None = None) -> str:
    """Build a new version of the store under ``root`` and make it live; return its name.

    :func:`stage_version` then :func:`promote_version`: the live version is untouched until the
    new one is complete. Arguments and errors are :func:`stage_version`'s.
    """
    version = stage_version(root, source, format=format, to_graph=to_graph)
    promote_version(root, version)
    return version


def point_to(root: Path, version: str) -> None:
    """Make ``version`` live by renaming a new CURRENT file over the old one, then drop old versions."""
    previous = current_version(root)
    tmp = root / f".CURRENT.{version}"
    with open(tmp, "w", encoding="utf-8") as out:
        out.write(version + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, root / "CURRENT")
    fsync_directory(root)
    keep = {version, previous}
    for child in root.iterdir():
        if child.is_dir() and not child.name.startswith(".") and child.name not in keep:
            shutil.rmtree(child, ignore_errors=True)


def fsync_directory(path: str | os.PathLike[str]) -> None:
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


def check_version(root: str | os.PathLike[str], version: str | None = None) -> None:
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

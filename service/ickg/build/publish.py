"""Publish: ontology + corpus + curation (+ imports) -> validated, reasoned release and store.

:func:`publish` runs every stage (:mod:`ickg.build.stages`: the ontology, extraction, curation,
imports, validation, reasoning), then writes the release files (:mod:`ickg.build.release`,
byte-identical for the same input) and a new store version (or loads the remote store); both are
staged, then swapped in by one commit (:mod:`ickg.build.datadir`). :func:`ensure_store` gives
``ickg serve`` a store, building one first if there is none.

Nothing is written until every stage succeeded: a failed, interrupted or killed build leaves the
previous release and store as they were, and never one without the other.

The data directory's folders are :mod:`ickg.build.paths` (and ``graph_data/README.md``).
"""

from __future__ import annotations

import functools
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping

import pyoxigraph as ox

from ickg.build import datadir
from ickg.build.paths import build_dir, corpus_paths
from ickg.store import remote_index, textindex
from ickg.store import (StoreError, current_version, ensure_text_index, has_text_index, replace_local_store,
                        store_dir)

if TYPE_CHECKING:
    from ickg.build.stages import Build

# The stages, the release writer and the ontology's rdflib graph are imported by the functions
# that run them: `ickg serve` (through ensure_store) and create_app import this module for a
# store that is already built, and the stages cost it about a tenth of a second of start.


def publish(data_dir: str | os.PathLike[str], *, store_url: str | None = None, gsp_url: str | None = None,
            release: bool = True, reason: bool = True, validate: bool = True, dl: bool = True,
            processes: int | None = None, add: Mapping[str, bytes] | None = None,
            remove: Iterable[str] = (), command: str = "build", keep_records: Iterable[str] = (),
            store_credentials: str | None = None, dask: str | None = None,
            dask_shard_docs: int | None = None) -> Build:
    """Build, then swap in the release files and the new store version in one commit.

    Everything is staged first (:class:`ickg.build.datadir.Change`) under the data directory's lock
    (:func:`ickg.build.datadir.exclusive`: a second build waits for this one), then committed: a build
    that fails, is interrupted or is killed at any point leaves the inputs, the release and the
    store all as they were, or (killed during the commit) all as this build made them.

    Args:
        release: write the release files (:func:`stage_release`); else they stay as they were.
        add: new input files, ``{"corpus/<name>" or "imports/<name>": bytes}``, built with the
            rest and committed with the release and the store (``ickg ingest``, ``ickg import``).
        remove: input files taken away in the same commit (``["imports/<name>"]``).
        store_url, gsp_url: load a remote store instead (:func:`load_remote_store`); the remote
            store is loaded before the local commit, and cannot be part of it. The build is
            validated on a local store in the staging directory first.
        store_credentials: a file holding the remote store's ``user:password`` (else the
            environment's ``ICKG_STORE_USER``/``ICKG_STORE_PASSWORD``, if any).
        dask, dask_shard_docs: extract on the Dask cluster whose scheduler is at this address,
            this many documents a task.
        keep_records: corpus file names whose records the returned build keeps (``ickg ingest``).

    Returns:
        The :class:`Build`, with ``timings`` for every stage. Its N-Quads spool went with the
        staging directory: read ``counts()``, ``records`` and ``reasoning``, not ``quads``.

    Raises:
        BuildError: naming the stage and the reason (an I/O error: the path and the reason).
    """
    from ickg.build.release import RELEASE_NAMES, stage_release
    from ickg.build.stages import BuildError, StageClock, build_dataset, store_source

    data_dir = Path(data_dir)
    if store_url or gsp_url:  # a store that cannot be reached or refuses the login: say so before building
        from ickg.store.remote import check_remote  # (a local build does not import the remote store)

        check_remote(store_url or gsp_url or "", gsp_url=gsp_url, credentials_file=store_credentials)
    indexer = None
    build = None
    with datadir.exclusive(data_dir, command), datadir.Change(data_dir, release_names=RELEASE_NAMES) as change:
        try:
            for relative, data in (add or {}).items():
                change.add_input(relative, data)
            for relative in remove:
                change.remove_input(relative)
            source = change.view() if add or remove else data_dir
            remote = gsp_url or store_url
            # A local build loads (and validates) its store in the staged version's directory.
            store_path = None if remote else change.stage_store_path()
            # The staged version's text index is written by a child process that reads the
            # build's N-Quads as they are written (textindex.Follower), alongside the stages,
            # and the quote rows the build writes with its annotations (not on Dask, whose
            # workers write none: the child then joins the annotations from the N-Quads).
            indexer = textindex.Follower(store_path, quotes=dask is None) if store_path is not None else None
            kept: Callable[[Any, list], None] | None = None
            if store_path is not None:  # the closure, which ickg ingest and ickg remove change
                from ickg.build.delta import keep_closure

                kept = functools.partial(keep_closure, folder=Path(str(store_path)), data_dir=source, dl=dl)
            from ickg.reason.dl import reports_dir

            build = build_dataset(source, reason=reason, validate=validate, dl=dl, processes=processes,
                                  store_path=store_path, keep_records=keep_records, dask=dask,
                                  dask_shard_docs=dask_shard_docs,
                                  spool_started=indexer.start if indexer is not None else None,
                                  spool_complete=indexer.complete if indexer is not None else None,
                                  closure_kept=kept, dl_cache=reports_dir())
            spooled = None  # what the store loads; asked for only where it is used (a remote build has no index)
            if indexer is not None and indexer.started:
                spooled = store_source(build)  # complete: the text index's child can join and write
                if isinstance(spooled, str):
                    indexer.complete(os.path.getsize(spooled))
            lap = StageClock(build)
            build.close_store(finished=True)  # compacted: the version is served from here on
            lap("compact")
            if build.support is not None and store_path is not None:  # who states what, for ickg ingest and ickg remove
                build.write_support(store_path)  # started when the store was opened: what is left of it
                lap("support")
            if release:
                stage_release(build, change)
            lap("release")
            if remote:  # the remote store's text index: staged, then swapped in once the store holds the build
                remote_index.stage(data_dir, change.version, store_source(build))
                try:
                    build.remote_load = load_remote_store(data_dir, store_source(build), store_url=store_url,
                                                          gsp_url=gsp_url, store_credentials=store_credentials,
                                                          build_id=change.version)
                except BaseException:
                    remote_index.drop_staged(data_dir)
                    raise
                from ickg.store.remote_http import redact

                remote_index.promote(data_dir, change.version, {
                    "store": redact(remote), "graphs": build.remote_load.graphs,
                    "time": time.strftime("%Y-%m-%dT%H:%M:%S%z")})
            else:  # the staged version gets its text index, read from the spool it was loaded from
                if spooled is None:
                    spooled = store_source(build)
                if indexer is not None and indexer.started and isinstance(spooled, str):
                    indexer.finish()
                else:
                    textindex.build(store_path, nquads=spooled)
            change.commit()
            lap("store")
        except BaseException as error:
            if indexer is not None:
                indexer.abort()
            if build is not None:
                build.stop_support()
            if not isinstance(error, OSError):
                raise
            # Everything a build writes is under the staging directory or the staged store.
            problem = datadir.io_error_message(error, change.dir)
            raise BuildError(f"{command}: {problem}; nothing was changed" if not change.committed else
                             f"{command}: {problem}; the build is committed and the next ickg "
                             "command finishes swapping it in") from error
    return build


def load_remote_store(data_dir: str | os.PathLike[str], source: str | bytes, *, store_url: str | None,
                      gsp_url: str | None = None, store_credentials: str | None = None,
                      build_id: str | None = None) -> object:
    """Stream a build's N-Quads (its spool file, or bytes) into the remote store in bounded
    batches (:func:`ickg.store.load_remote`); the load's report. A load that fails leaves
    ``build/remote-load.json``, and the next build of the same data to the same store resumes.
    ``build_id``: the mark the store carries once loaded (:mod:`ickg.store.remote_index`)."""
    from ickg.store.remote import load_remote

    state = build_dir(data_dir) / "remote-load.json"
    try:
        return load_remote(store_url or gsp_url or "", source, gsp_url=gsp_url, format=ox.RdfFormat.N_QUADS,
                           credentials_file=store_credentials, state_path=state, build_id=build_id)
    except StoreError as error:
        from ickg.build.stages import BuildError

        resume = " (the same command again resumes the load)" if state.is_file() else ""
        raise BuildError(f"load: {error}; the remote store may hold part of this build{resume}; its text "
                         "index here stays the previous build's") from error


# ---------------------------------------------------------------------------------------------
# Serving needs a store


def ensure_store(data_dir: str | os.PathLike[str]) -> Path:
    """The store root under ``data_dir``, built first if there is none (what ``ickg serve`` calls).

    With a corpus in ``data_dir`` the first start runs the whole build (:func:`publish`);
    without one (``ickg serve`` anywhere else) a store holding just the packaged ontology is made.
    An existing store is used as it is: start-up never rebuilds, but a commit a killed build left
    half done is finished first (:func:`ickg.build.datadir.recover_if_idle`), and a live version
    without a text index (built by an older ickg) is given one (:func:`ickg.store.ensure_text_index`).
    """
    root = store_dir(data_dir)
    datadir.recover_if_idle(data_dir)
    if current_version(root) is None:
        with datadir.exclusive(data_dir, "serve (first build)"):
            if current_version(root) is not None:  # another command built it while we waited
                return root
            if corpus_paths(data_dir):
                publish(data_dir, release=False, command="serve")  # the release changes only when asked
            else:
                from ickg.namespaces import ONTOLOGY_GRAPH
                from ickg.resources import ontology_graph

                data = ontology_graph().serialize(format="nt", encoding="utf-8")
                replace_local_store(root, data, format=ox.RdfFormat.N_TRIPLES, to_graph=str(ONTOLOGY_GRAPH))
    elif not has_text_index(root):
        with datadir.exclusive(data_dir, "serve (text index)"):
            ensure_text_index(root)
    return root

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

import os
import time
from pathlib import Path
from typing import Iterable, Mapping

import pyoxigraph as ox

from ickg.build import datadir
from ickg.build.paths import corpus_paths
from ickg.build.release import RELEASE_NAMES, stage_release
from ickg.build.stages import Build, BuildError, build_dataset, nquads_bytes
from ickg.namespaces import ONTOLOGY_GRAPH
from ickg.resources import ontology_graph
from ickg.store import current_version, load_remote, replace_local_store, store_dir


def publish(data_dir: str | os.PathLike[str], *, store_url: str | None = None, gsp_url: str | None = None,
            release: bool = True, reason: bool = True, validate: bool = True, dl: bool = True,
            processes: int | None = None, add: Mapping[str, bytes] | None = None,
            remove: Iterable[str] = (), command: str = "build", keep_records: Iterable[str] = ()) -> Build:
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
        store_url, gsp_url: load a remote store instead (Graph Store Protocol); the remote store
            is loaded before the local commit, and cannot be part of it. The build is validated
            on a local store in the staging directory first.
        keep_records: corpus file names whose records the returned build keeps (``ickg ingest``).

    Returns:
        The :class:`Build`, with ``timings`` for every stage. Its N-Quads spool went with the
        staging directory: read ``counts()``, ``records`` and ``reasoning``, not ``quads``.

    Raises:
        BuildError: naming the stage and the reason (an I/O error: the path and the reason).
    """
    data_dir = Path(data_dir)
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
            build = build_dataset(source, reason=reason, validate=validate, dl=dl, processes=processes,
                                  store_path=store_path, keep_records=keep_records)
            build.close_store()
            clock = time.perf_counter()
            if release:
                stage_release(build, change)
            build.timings["release"] = round(time.perf_counter() - clock, 3)
            clock = time.perf_counter()
            if remote:
                load_remote(remote, nquads_bytes(build), format=ox.RdfFormat.N_QUADS)
            change.commit()
            build.timings["store"] = round(time.perf_counter() - clock, 3)
        except OSError as error:
            # Everything a build writes is under the staging directory or the staged store.
            problem = datadir.io_error_message(error, change.dir)
            raise BuildError(f"{command}: {problem}; nothing was changed" if not change.committed else
                             f"{command}: {problem}; the build is committed and the next ickg "
                             "command finishes swapping it in") from error
    return build


# ---------------------------------------------------------------------------------------------
# Serving needs a store


def ensure_store(data_dir: str | os.PathLike[str]) -> Path:
    """The store root under ``data_dir``, built first if there is none (what ``ickg serve`` calls).

    With a corpus in ``data_dir`` the first start runs the whole build (:func:`publish`);
    without one (``ickg serve`` anywhere else) a store holding just the packaged ontology is made.
    An existing store is used as it is: start-up never rebuilds, but a commit a killed build left
    half done is finished first (:func:`ickg.build.datadir.recover_if_idle`).
    """
    root = store_dir(data_dir)
    datadir.recover_if_idle(data_dir)
    if current_version(root) is None:
        with datadir.exclusive(data_dir, "serve (first build)"):
            if current_version(root) is not None:  # another command built it while we waited
                return root
            if corpus_paths(data_dir):
                publish(data_dir)
            else:
                data = ontology_graph().serialize(format="nt", encoding="utf-8")
                replace_local_store(root, data, format=ox.RdfFormat.N_TRIPLES, to_graph=str(ONTOLOGY_GRAPH))
    return root

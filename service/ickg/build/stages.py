"""The stages of a build, in order, over a data directory: nothing is written but a spool.

1. the packaged ontology goes into ``graph/ontology``;
2. every corpus document is extracted (:mod:`~ickg.extract.document`) and turned into quads
   (:mod:`~ickg.model.populate`): metadata, jurisdictions, mentions, evidence;
3. every curation file is built against its document (:mod:`~ickg.curate.builder`);
4. imported RDF files (``ickg import``) each go into their own ``graph/import/<name>``;
5. the result is validated (:mod:`~ickg.validate.shacl`): SHACL shapes and evidence checks;
6. the OWL 2 RL closure goes into ``graph/inferred`` and its derivations into
   ``graph/derivations`` (:mod:`~ickg.reason.materialise`).

:func:`build_dataset` returns the :class:`Build`; :mod:`ickg.build.publish` writes it.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
import weakref

import pyoxigraph as ox
from rdflib import Dataset, Graph

from ickg.build.paths import corpus_dir, corpus_paths, curation_dir, import_graph_name, import_paths
from ickg.extract.rdf import ImportError_, parse_import
from ickg.namespaces import (ASSERTED_GRAPH, IMPORT_GRAPH, ONTOLOGY_GRAPH, PROVENANCE_GRAPH,
                             bind_prefixes)
from ickg.ntriples import nquads
from ickg.resources import ontology_graph

# HermiT's tableau grows fast with the data: above this many asserted triples the build has it
# classify the ontology alone (the OWL 2 RL closure still covers all the data). The seed corpus
# has about 600; at 1,000 synthetic documents (10k triples) HermiT on the data took 35 s.
DL_MAX_DATA_TRIPLES = 5_000


class BuildError(RuntimeError):
    """The build stopped; the message says which stage and why. Nothing was written."""


class Build:
    """Everything one build produced, before anything is written.

    ``quads`` are rdflib-term tuples. A bulk build keeps most of them as N-Quads text instead: the
    mentions and provenance graphs of the documents are written by the extraction workers to a
    spool file (:func:`ickg.model.populate.populate_many`) and only the ontology, asserted,
    curated, imported and inferred quads are held as rdflib terms. The store is bulk-loaded from
    that file (:func:`nquads_bytes`, :func:`ickg.build.publish.publish`); reading ``quads`` (or :meth:`graph`,
    :meth:`dataset`: validation, release files) parses the text back into rdflib terms once, so
    every reader sees the whole dataset either way.
    """

    def __init__(self, quads=None, records=None, reasoning=None, validation=None, timings=None):
        self._memory = list(quads or [])
        self.records = list(records or [])
        self.reasoning = reasoning
        self.validation = validation
        self.timings = dict(timings or {})
        self._spool = None  # _Spool: N-Quads of the quads not in _memory (and, once sealed, theirs)
        self.remote_load = None  # what loading a remote store did (ickg.store.remote_load.LoadReport)

    @property
    def quads(self):
        if self._spool is not None:
            self._memory.extend(self._spool.parsed())
            self._memory = _deduplicated(self._memory)
            self._drop_spool()
        return self._memory

    @quads.setter
    def quads(self, value):
        self._drop_spool()
        self._memory = list(value)

    def _drop_spool(self):
        if self._spool is not None:
            self._spool.remove()
            self._spool = None

    def graph(self, name):
        """The triples of one named graph as an rdflib Graph, prefixes bound."""
        graph = bind_prefixes(Graph(identifier=name))
        for s, p, o, g in self.quads:
            if g == name:
                graph.add((s, p, o))
        return graph

    def dataset(self):
        """The quads as an rdflib Dataset (for validation and printing; slow for big builds)."""
        dataset = bind_prefixes(Dataset())
        graphs = {}
        for s, p, o, g in self.quads:
            if g not in graphs:
                graphs[g] = dataset.graph(g)
            graphs[g].add((s, p, o))
        return dataset

    def counts(self):
        """Quads per named graph, for reports."""
        out = {}
        for *_, g in self._memory:
            out[str(g)] = out.get(str(g), 0) + 1
        if self._spool is not None:
            for g, n in self._spool.counts.items():
                out[str(g)] = out.get(str(g), 0) + n
        return dict(sorted(out.items()))


class _Spool:
    """An N-Quads file of the build: the workers' text, then (once sealed) the in-memory quads.

    Every line is a distinct quad, and none of them is among the in-memory quads: the builder
    keeps it so (each document's lines are distinct, documents' lines name the document, and
    reified statements are written once). Removed with the build, or at exit.
    """

    def __init__(self):
        fd, self.path = tempfile.mkstemp(prefix="ickg-build-", suffix=".nq")
        os.close(fd)
        self.counts = {}
        self.text_end = None  # bytes of the workers' part, once the in-memory quads follow
        self._finalizer = weakref.finalize(self, _remove_file, self.path)

    def add_counts(self, counts):
        for g, n in counts.items():
            self.counts[g] = self.counts.get(g, 0) + n

    def append(self, data):
        try:
            with open(self.path, "ab") as out:
                out.write(data)
        except OSError as error:
            raise OSError(error.errno, error.strerror, self.path) from None

    def seal(self, memory_quads):
        """Append the in-memory quads: the file is then the whole dataset."""
        self.text_end = os.path.getsize(self.path)
        self.append(nquads(memory_quads))

    def read(self):
        with open(self.path, "rb") as data:
            return data.read()

    def parsed(self):
        """The spooled quads (not the in-memory ones) as rdflib-term quads."""
        with open(self.path, "rb") as data:
            text = data.read(self.text_end) if self.text_end is not None else data.read()
        return _parsed_nquads(text)

    def remove(self):
        self._finalizer()


_progress = logging.getLogger("ickg.build.progress")


def _remove_file(path):
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _parsed_nquads(data):
    """N-Quads bytes as rdflib-term quads."""
    from ickg.terms import from_ox

    terms = {}

    def term(t):
        out = terms.get(t)
        if out is None:
            out = terms[t] = from_ox(t)
        return out

    return [(term(q.subject), term(q.predicate), term(q.object), term(q.graph_name))
            for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)]


def build_dataset(data_dir: str | os.PathLike[str], *, reason: bool = True, validate: bool = True,
                  dl: bool = True, processes: int | None = None, proposals: bool = True,
                  dask: str | None = None, dask_shard_docs: int | None = None) -> Build:
    """Run every stage up to reasoning over ``data_dir`` and return the :class:`Build`.

    Args:
        data_dir: the data directory (corpus, curation, imports).
        reason: materialise the OWL 2 RL closure (and derivations).
        validate: run the SHACL shapes and evidence checks; errors raise :class:`BuildError`.
        dl: also classify with HermiT (needs Java).
        processes: worker processes for extraction (None: one per core).
        proposals: add the statements extraction proposes, unreviewed, in their own graphs
            (:mod:`ickg.curate.proposals`); they are neither validated nor reasoned over.
        dask: extract and populate on the Dask cluster whose scheduler is at this address (or a
            ``distributed.Client``) instead, ``dask_shard_docs`` documents a task
            (:mod:`ickg.model.cluster`); the dataset is the same.

    Raises:
        BuildError: naming the stage, the file and the reason.
    """
    build = Build()
    clock = time.perf_counter()

    def lap(name):
        nonlocal clock
        now = time.perf_counter()
        build.timings[name] = round(now - clock, 3)
        clock = now
        _progress.info("%s done (%.1fs)", name, build.timings[name])  # `ickg build` prints these

    memory = build._memory
    ontology = ontology_graph()
    memory.extend((s, p, o, ONTOLOGY_GRAPH) for s, p, o in ontology)
    lap("ontology")

    build._spool = _Spool()
    try:
        _build_stages(build, data_dir, lap, reason=reason, validate=validate, dl=dl, processes=processes,
                      proposals=proposals, dask=dask, dask_shard_docs=dask_shard_docs)
    except BaseException:
        build._drop_spool()
        raise
    return build


def _build_stages(build, data_dir, lap, *, reason, validate, dl, processes, proposals=True, dask=None,
                  dask_shard_docs=None):
    from ickg.extract import document
    from ickg.model import populate
    from ickg.curate.builder import curate_corpus, curation_files
    from ickg.curate.fileformat import CURATION_SUFFIX, CurationError

    spool, memory = build._spool, build._memory
    paths = corpus_paths(data_dir)
    # Documents with a curation file stay in memory: their curated statements may repeat quads
    # that extraction also wrote (the same statement, the same quote).
    curated_stems = set()
    if curation_dir(data_dir).is_dir():
        curated_stems = {path.name[: -len(CURATION_SUFFIX)]
                         for path in curation_files(curation_dir(data_dir))}
    try:
        if dask is not None:
            from ickg.model import cluster

            try:
                done = cluster.populate_on_dask(paths, spool.path, keep=curated_stems, scheduler=dask,
                                                shard_docs=dask_shard_docs or cluster.SHARD_DOCS)
            except cluster.ClusterUnavailable as error:
                raise BuildError(f"extract: {error}") from error
        else:
            done = populate.populate_many(paths, spool.path, keep=curated_stems, processes=processes)
    except document.DocumentError as error:
        raise BuildError(f"extract: {error}") from error
    spooled_statements = set()
    pending = []
    for item in done:
        build.records.append(item.record)
        memory.extend(item.asserted)
        if item.text is not None:
            memory.extend(_parsed_nquads((item.text + "".join(item.statements.values())).encode("utf-8")))
            continue
        spool.add_counts(item.counts)
        for statement, lines in item.statements.items():
            if statement not in spooled_statements:
                spooled_statements.add(statement)
                pending.append(lines)
    spooled_text = "".join(pending).encode("utf-8")
    spool.append(spooled_text)
    spool.add_counts({PROVENANCE_GRAPH: sum(lines.count("\n") for lines in pending)})
    del done, pending
    lap("extract")

    publications = {record.stem: document.publication_iri(record) for record in build.records}
    if curation_dir(data_dir).is_dir():
        try:
            curated = curate_corpus(curation_dir(data_dir), corpus_dir(data_dir),
                                           publications=publications)
        except CurationError as error:
            raise BuildError(f"curate: {error}") from error
        memory.extend(curated.quads((None, None, None, None)))
    lap("curate")

    for path in import_paths(data_dir):
        try:
            graph = parse_import(path)  # from the file alone, never fetching
        except ImportError_ as error:
            raise BuildError(f"import: {error}") from error
        name = import_graph_name(path)
        memory.extend((s, p, o, name) for s, p, o in graph)
    lap("imports")

    memory[:] = _deduplicated(_without_spooled(memory, spooled_text))

    if validate:
        from ickg.validate import shacl

        build.validation = shacl.validate(build.dataset())
        if not build.validation.conforms:
            raise BuildError(f"validate: the graph does not conform:\n{build.validation}")
        lap("validate")

    if reason:
        from ickg.reason.materialise import materialise

        sources = [t[:3] for t in build._memory
                   if t[3] in (ONTOLOGY_GRAPH, ASSERTED_GRAPH) or str(t[3]).startswith(str(IMPORT_GRAPH))]
        # The provenance graph: hedges that inferred statements inherit, and the statements it
        # describes, which the derivations graph then does not describe again (each triple once).
        provenance = [t[:3] for t in build._memory if t[3] == PROVENANCE_GRAPH]
        result = materialise(sources, dl=dl, dl_max_triples=DL_MAX_DATA_TRIPLES,
                             provenance=provenance, described=spooled_statements)
        if not result.consistent:
            raise BuildError("reason: the graph is inconsistent:\n" + "\n".join(result.inconsistencies))
        build.reasoning = result
        build._memory.extend(result.quads())
        lap("reason")
    if proposals:  # after validation and reasoning: proposals are not facts
        from ickg.curate.proposals import proposals_dataset_quads

        asserted = {t[:3] for t in build._memory if t[3] == ASSERTED_GRAPH}
        build._memory.extend(proposals_dataset_quads(build.records, curation_dir(data_dir), asserted))
        lap("propose")
    if build._spool is not None:
        build._spool.seal(build._memory)


def _without_spooled(quads, spooled_text):
    """``quads`` without the provenance quads the spool already holds: the reified statements,
    their non-document sources and those sources' descriptions, written once per build, which a
    curated document kept in memory may share with a spooled one (the same triple, the same place)."""
    if not spooled_text:
        return quads
    from ickg.terms import to_ox

    spooled = set(ox.parse(spooled_text, format=ox.RdfFormat.N_QUADS))
    return [q for q in quads
            if not (q[3] == PROVENANCE_GRAPH and ox.Quad(*(to_ox(x) for x in q)) in spooled)]


def _deduplicated(quads):
    """The quads without repeats, in first-seen order (several stages state the same triple)."""
    return list(dict.fromkeys(quads))


def nquads_bytes(build: Build) -> bytes:
    """The whole build as N-Quads bytes, for bulk loading a local store or a remote one."""
    if build._spool is not None and build._spool.text_end is not None:
        return build._spool.read()
    return nquads(build.quads)


def store_source(build: Build) -> str | bytes:
    """What :func:`ickg.store.replace_local_store` loads: the spool file when the build has one
    (the whole dataset, never read into memory here), else the N-Quads bytes."""
    if build._spool is not None and build._spool.text_end is not None:
        return build._spool.path
    return nquads_bytes(build)

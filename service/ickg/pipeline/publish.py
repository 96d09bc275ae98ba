"""Publish: ontology + corpus + curation (+ imports) -> validated, reasoned release and store.

The last stage of the pipeline, and the one that runs all the others in order:

1. the packaged ontology goes into ``graph/ontology``;
2. every corpus document is extracted (:mod:`~ickg.pipeline.extract`) and turned into quads
   (:mod:`~ickg.pipeline.populate`): metadata, jurisdictions, mentions, evidence;
3. every curation file is built against its document (:mod:`~ickg.pipeline.curate`);
4. imported RDF files (``ickg import``) each go into their own ``graph/import/<name>``;
5. the result is validated (:mod:`~ickg.pipeline.validate`): SHACL shapes and evidence checks;
6. the OWL 2 RL closure goes into ``graph/inferred`` and its derivations into
   ``graph/derivations`` (:mod:`~ickg.pipeline.reason`);
7. release files are written, byte-identical for the same input, and a new store version is
   built (or the remote store loaded); both are staged, then swapped in by one commit
   (:mod:`ickg.datadir`).

Nothing is written until every stage succeeded: a failed, interrupted or killed build leaves the
previous release and store as they were, and never one without the other.

The data directory holds ``corpus/``, ``curation/``, ``imports/``, ``release/`` and
``build/store/`` (see ``graph_data/README.md``).
"""

from __future__ import annotations

import json
import os
import tempfile
import time
import weakref
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import RDF

from ickg import datadir
from ickg import store as store_module
from ickg.namespaces import (ASSERTED_GRAPH, DERIVATIONS_GRAPH, IMPORT_GRAPH, INFERRED_GRAPH,
                             MENTIONS_GRAPH, ONTOLOGY_GRAPH, PREFIXES, PROVENANCE_GRAPH,
                             bind_prefixes)
from ickg.resources import ontology_graph
from ickg.terms import nquads

DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".xml", ".pdf")   # ickg.pipeline.readers reads each
IMPORT_SUFFIXES = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig",
                   ".owl": "xml", ".rdf": "xml", ".xml": "xml", ".jsonld": "json-ld",
                   ".n3": "n3"}

# Release files, one per named graph, plus the whole dataset as JSON-LD.
RELEASE_GRAPHS = {
    "ickg-ontology.ttl": ONTOLOGY_GRAPH,
    "ickg-asserted.ttl": ASSERTED_GRAPH,
    "ickg-provenance.ttl": PROVENANCE_GRAPH,
    "ickg-mentions.ttl": MENTIONS_GRAPH,
    "ickg-inferred.ttl": INFERRED_GRAPH,
    "ickg-derivations.ttl": DERIVATIONS_GRAPH,
}
RELEASE_DATASET = "ickg.jsonld"

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
    spool file (:func:`ickg.pipeline.populate.populate_many`) and only the ontology, asserted,
    curated, imported and inferred quads are held as rdflib terms. The store is bulk-loaded from
    that file (:func:`nquads_bytes`, :func:`publish`); reading ``quads`` (or :meth:`graph`,
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


def corpus_dir(data_dir):
    return Path(data_dir) / "corpus"


def curation_dir(data_dir):
    return Path(data_dir) / "curation"


def imports_dir(data_dir):
    return Path(data_dir) / "imports"


def release_dir(data_dir):
    return Path(data_dir) / "release"


def corpus_paths(data_dir):
    """The corpus documents in a stable order (by file name)."""
    folder = corpus_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in DOCUMENT_SUFFIXES and p.is_file())


def import_paths(data_dir):
    folder = imports_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in IMPORT_SUFFIXES and p.is_file())


def import_graph_name(path):
    """The named graph of an imported file: ``graph/import/<file stem>``."""
    return IMPORT_GRAPH[Path(path).stem]


def build_dataset(data_dir, *, reason=True, validate=True, dl=True, processes=None):
    """Run every stage up to reasoning over ``data_dir`` and return the :class:`Build`.

    Args:
        data_dir: the data directory (corpus, curation, imports).
        reason: materialise the OWL 2 RL closure (and derivations).
        validate: run the SHACL shapes and evidence checks; errors raise :class:`BuildError`.
        dl: also classify with HermiT (needs Java).
        processes: worker processes for extraction (None: one per core).

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

    memory = build._memory
    ontology = ontology_graph()
    memory.extend((s, p, o, ONTOLOGY_GRAPH) for s, p, o in ontology)
    lap("ontology")

    build._spool = _Spool()
    try:
        _build_stages(build, data_dir, lap, reason=reason, validate=validate, dl=dl, processes=processes)
    except BaseException:
        build._drop_spool()
        raise
    return build


def _build_stages(build, data_dir, lap, *, reason, validate, dl, processes):
    from ickg.pipeline import curate, extract, populate

    spool, memory = build._spool, build._memory
    paths = corpus_paths(data_dir)
    # Documents with a curation file stay in memory: their curated statements may repeat quads
    # that extraction also wrote (the same statement, the same quote).
    curated_stems = set()
    if curation_dir(data_dir).is_dir():
        curated_stems = {path.name[: -len(curate.CURATION_SUFFIX)]
                         for path in curate.curation_files(curation_dir(data_dir))}
    try:
        done = populate.populate_many(paths, spool.path, keep=curated_stems, processes=processes)
    except extract.DocumentError as error:
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

    publications = {record.stem: extract.publication_iri(record) for record in build.records}
    if curation_dir(data_dir).is_dir():
        try:
            curated = curate.curate_corpus(curation_dir(data_dir), corpus_dir(data_dir),
                                           publications=publications)
        except curate.CurationError as error:
            raise BuildError(f"curate: {error}") from error
        memory.extend(curated.quads((None, None, None, None)))
    lap("curate")

    from ickg.pipeline import imports

    for path in import_paths(data_dir):
        try:
            graph = imports.parse_import(path)  # from the file alone, never fetching
        except imports.ImportError_ as error:
            raise BuildError(f"import: {error}") from error
        name = import_graph_name(path)
        memory.extend((s, p, o, name) for s, p, o in graph)
    lap("imports")

    memory[:] = _deduplicated(_without_spooled(memory, spooled_text))

    if validate:
        from ickg.pipeline import validate as validate_module

        build.validation = validate_module.validate(build.dataset())
        if not build.validation.conforms:
            raise BuildError(f"validate: the graph does not conform:\n{build.validation}")
        lap("validate")

    if reason:
        from ickg.pipeline import reason as reason_module

        sources = [t[:3] for t in build._memory
                   if t[3] in (ONTOLOGY_GRAPH, ASSERTED_GRAPH) or str(t[3]).startswith(str(IMPORT_GRAPH))]
        # The provenance graph: hedges that inferred statements inherit, and the statements it
        # describes, which the derivations graph then does not describe again (each triple once).
        provenance = [t[:3] for t in build._memory if t[3] == PROVENANCE_GRAPH]
        result = reason_module.materialise(sources, dl=dl, dl_max_triples=DL_MAX_DATA_TRIPLES,
                                           provenance=provenance, described=spooled_statements)
        if not result.consistent:
            raise BuildError("reason: the graph is inconsistent:\n" + "\n".join(result.inconsistencies))
        build.reasoning = result
        build._memory.extend(result.quads())
        lap("reason")
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


def nquads_bytes(build):
    """The whole build as N-Quads bytes, for bulk loading a local store or a remote one."""
    if build._spool is not None and build._spool.text_end is not None:
        return build._spool.read()
    return nquads(build.quads)


def _store_source(build):
    """What :func:`ickg.store.replace_local_store` loads: the spool file when the build has one
    (the whole dataset, never read into memory here), else the N-Quads bytes."""
    if build._spool is not None and build._spool.text_end is not None:
        return build._spool.path
    return nquads_bytes(build)


# ---------------------------------------------------------------------------------------------
# Release files


def release_files(build):
    """The release: one Turtle file per named graph and the whole dataset as JSON-LD.

    Blank nodes are canonicalised and triples sorted, so the same input gives the same bytes
    whatever the hash seed or the order stages ran in.
    """
    graphs = {name: _canonical(build.graph(iri)) for name, iri in RELEASE_GRAPHS.items()}
    files = {name: graph.serialize(format="turtle").encode("utf-8")
             for name, graph in graphs.items() if len(graph)}
    files[RELEASE_DATASET] = _jsonld_bytes(
        {RELEASE_GRAPHS[name]: graph for name, graph in graphs.items() if len(graph)})
    return files


def _canonical(graph):
    if not any(isinstance(term, BNode) for triple in graph for term in triple):
        return graph
    canonical = bind_prefixes(Graph(identifier=graph.identifier))
    for triple in sorted(to_canonical_graph(graph)):
        canonical.add(triple)
    return canonical


def _jsonld_value(term):
    if isinstance(term, URIRef):
        return {"@id": str(term)}
    if isinstance(term, BNode):
        return {"@id": f"_:{term}"}
    value = {"@value": str(term)}
    if term.language:
        value["@language"] = term.language
    elif term.datatype is not None:
        value["@type"] = str(term.datatype)
    return value


def _jsonld_bytes(graphs):
    """A JSON-LD document of named graphs, written in a fixed order (rdflib's is not stable)."""
    doc = {"@context": {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}, "@graph": []}
    for name in sorted(graphs):
        subjects = {}
        for s, p, o in graphs[name]:
            subjects.setdefault(s, {}).setdefault(p, []).append(o)
        nodes = []
        for s in sorted(subjects):
            node = {"@id": f"_:{s}" if isinstance(s, BNode) else str(s)}
            for p in sorted(subjects[s]):
                objects = sorted(subjects[s][p])
                if p == RDF.type and all(isinstance(o, URIRef) for o in objects):
                    node["@type"] = [str(o) for o in objects]
                else:
                    node[str(p)] = [_jsonld_value(o) for o in objects]
            nodes.append(node)
        doc["@graph"].append({"@id": str(name), "@graph": nodes})
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_release(build, folder):
    """Write the release files into ``folder`` (each replaced atomically); return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in sorted(release_files(build).items()):
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.chmod(tmp, 0o644)  # mkstemp makes files private; release files are for everyone
            os.replace(tmp, folder / name)
        except OSError as error:
            os.unlink(tmp)
            raise OSError(error.errno, error.strerror, str(folder / name)) from None
        written.append(folder / name)
    return written


# ---------------------------------------------------------------------------------------------
# The whole build


RELEASE_NAMES = (*RELEASE_GRAPHS, RELEASE_DATASET)


def publish(data_dir, *, store_url=None, gsp_url=None, release=True, reason=True, validate=True,
            dl=True, processes=None, add=None, remove=(), command="build"):
    """Build, then swap in the release files and the new store version in one commit.

    Everything is staged first (:class:`ickg.datadir.Change`) under the data directory's lock
    (:func:`ickg.datadir.exclusive`: a second build waits for this one), then committed: a build
    that fails, is interrupted or is killed at any point leaves the inputs, the release and the
    store all as they were, or (killed during the commit) all as this build made them.

    Args:
        release: write the release files (:func:`stage_release`); else they stay as they were.
        add: new input files, ``{"corpus/<name>" or "imports/<name>": bytes}``, built with the
            rest and committed with the release and the store (``ickg ingest``, ``ickg import``).
        remove: input files taken away in the same commit (``["imports/<name>"]``).
        store_url, gsp_url: load a remote store instead (Graph Store Protocol); the remote store
            is loaded before the local commit, and cannot be part of it.

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
            build = build_dataset(source, reason=reason, validate=validate, dl=dl, processes=processes)
            clock = time.perf_counter()
            if release:
                stage_release(build, change)
            build.timings["release"] = round(time.perf_counter() - clock, 3)
            clock = time.perf_counter()
            if gsp_url or store_url:
                store_module.load_remote(gsp_url or store_url, nquads_bytes(build), format=ox.RdfFormat.N_QUADS)
            else:
                change.stage_store(_store_source(build), format=ox.RdfFormat.N_QUADS)
            change.commit()
            build.timings["store"] = round(time.perf_counter() - clock, 3)
        except OSError as error:
            # Everything a build writes is under the staging directory or the staged store.
            problem = datadir.io_error_message(error, change.dir)
            raise BuildError(f"{command}: {problem}; nothing was changed" if not change.committed else
                             f"{command}: {problem}; the build is committed and the next ickg "
                             "command finishes swapping it in") from error
    return build


def stage_release(build, change):
    """Write the release files of ``build`` into the staging directory of ``change``.

    Kept apart from :func:`publish` so that which commands write a release stays one decision.
    """
    write_release(build, change.release_dir)


# ---------------------------------------------------------------------------------------------
# Ingest: new documents join the corpus only if the whole build with them succeeds


@dataclass
class Ingested:
    """One document that joined the corpus, with what a curator should look at."""

    path: Path
    record: object
    candidates: list


def read_incoming(file):
    """The text and SHA-256 of a file offered to ``ickg ingest``, or a :class:`BuildError` why not.

    Refused: another suffix than ``.txt``; a symbolic link, a directory, a FIFO or a device; an
    empty, binary, non-UTF-8 or over-20-MB file; control characters other than tab, line feed,
    carriage return and form feed anywhere (:func:`ickg.pipeline.extract.read_document`).
    """
    from ickg.pipeline import extract

    file = Path(file)
    if file.suffix not in DOCUMENT_SUFFIXES:
        raise BuildError(f"ingest: {file}: only {', '.join(DOCUMENT_SUFFIXES)} documents can be ingested")
    if file.name.startswith("."):
        raise BuildError(f"ingest: {file}: a hidden file name; rename the file")
    try:
        file.name.encode("utf-8")
    except UnicodeEncodeError:
        raise BuildError(f"ingest: {file!s}: the file name is not UTF-8; rename the file") from None
    try:
        return extract.read_document(file, follow_symlinks=False)
    except extract.DocumentError as error:
        raise BuildError(f"ingest: {error}") from error


def ingest(data_dir, files, *, store_url=None, gsp_url=None, processes=None):
    """Add documents to the corpus and rebuild; return an :class:`Ingested` per new document.

    The new files are checked (:func:`read_incoming`), refused if their content is already in
    the corpus (under any name) or their name is taken, and built together with the corpus;
    the corpus files, the release and the store change in one commit (:func:`publish`), or not
    at all. The checks against the corpus run under the data directory's lock, so two ingests
    started together run one after the other: both documents land, and the same content under
    two names is refused the second time.

    Raises:
        BuildError: naming the file and the reason.
    """
    import hashlib

    data_dir = Path(data_dir)
    incoming = {}
    for file in files:
        text, digest = read_incoming(file)
        incoming[Path(file)] = (text.encode("utf-8"), digest)
    with datadir.exclusive(data_dir, "ingest"):
        known = {hashlib.sha256(p.read_bytes()).hexdigest(): p.name for p in corpus_paths(data_dir)}
        taken = {p.name for p in corpus_paths(data_dir)}
        add = {}
        for file, (data, digest) in incoming.items():
            if digest in known:
                raise BuildError(f"ingest: {file}: already ingested as corpus/{known[digest]}")
            if file.name in taken:
                raise BuildError(f"ingest: {file}: corpus/{file.name} exists with other content; rename the file")
            known[digest] = file.name
            taken.add(file.name)
            add[f"corpus/{file.name}"] = data
        build = publish(data_dir, store_url=store_url, gsp_url=gsp_url, processes=processes, add=add,
                        command="ingest")
    labels = known_labels(build)
    new_names = {file.name for file in incoming}
    added = []
    for record in build.records:
        if record.file_name in new_names:
            candidates = [c for c in record.candidates if c.label.casefold() not in labels]
            added.append(Ingested(data_dir / "corpus" / record.file_name, record, candidates))
    return added


def known_labels(build):
    """Case-folded labels of everything the asserted graph names (not to be proposed again)."""
    from rdflib.namespace import RDFS, SKOS

    wanted = {RDFS.label, SKOS.prefLabel, SKOS.altLabel}
    return {str(o).casefold() for s, p, o, g in build._memory  # always there, even in a bulk build
            if p in wanted and g in (ASSERTED_GRAPH, ONTOLOGY_GRAPH)}

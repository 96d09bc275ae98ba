"""The stages of a build, in order, over a data directory: nothing is written but a spool.

1. the packaged ontology goes into ``graph/ontology``;
2. every corpus document is extracted (:mod:`~ickg.extract.document`) and turned into quads
   (:mod:`~ickg.model.populate`): metadata, jurisdictions, mentions, evidence; the workers check
   what each chunk of documents wrote against the shapes of its own annotations and statements
   and its quotes (:mod:`ickg.validate.local`);
3. every curation file is built against its document (:mod:`~ickg.curate.builder`);
4. imported RDF files (``ickg import``) each go into their own ``graph/import/<name>``;
5. the spool (every quad so far, as N-Quads) is bulk-loaded into a pyoxigraph store (the new
   store version, when :mod:`ickg.build.publish` gives its path) and validated there
   (:func:`ickg.validate.shacl.validate_store`: the SHACL shapes as SPARQL, quotes, sources;
   what the workers checked, only where the rest of the data touches it);
6. the OWL 2 RL closure goes into ``graph/inferred`` and its derivations into
   ``graph/derivations`` (:mod:`~ickg.reason.materialise`), appended to the spool and the store.

:func:`build_dataset` returns the :class:`Build`; :mod:`ickg.build.publish` writes it.
"""

from __future__ import annotations

import gc
import logging
import os
import resource
import shutil
import tempfile
import time
import weakref
from array import array
from collections import Counter
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from ickg.build.paths import (corpus_dir, corpus_paths, curation_dir, import_graph_name, import_paths,
                              ontology_kept_dir)
from ickg.extract.rdf import ImportError_, parse_import
from ickg.namespaces import (ASSERTED_GRAPH, DERIVATIONS_GRAPH, IMPORT_GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH,
                             PROPOSED_GRAPH, PROPOSED_PROVENANCE_GRAPH, PROVENANCE_GRAPH, bind_prefixes)
from ickg.ntriples import nquads
from ickg.resources import keep_ontology_in, ontology_triples
from ickg.store.versions import finish_version

# HermiT's tableau grows fast with the data: above this many asserted triples the build has it
# classify the ontology alone (the OWL 2 RL closure still covers all the data). The seed corpus
# has about 600; at 1,000 synthetic documents (10k triples) HermiT on the data took 35 s.
DL_MAX_DATA_TRIPLES = 5_000


class BuildError(RuntimeError):
    """The build stopped; the message says which stage and why. Nothing was written."""


class Build:
    """Everything one build produced, before anything is written.

    The dataset itself is an N-Quads file, the *spool* (:class:`_Spool`): the extraction workers
    append the mentions and provenance of their documents (:func:`ickg.model.populate.populate_many`),
    then the ontology, asserted, curated and imported quads follow, then the reasoner's inferred
    and derivations graphs (as text, :meth:`ickg.reason.materialise.ReasoningResult.nquads`). The
    store is bulk-loaded from it (:attr:`store`, validated there), and the release files are
    written from it (:mod:`ickg.build.release`). Nothing reads the whole dataset into rdflib.

    ``_memory`` keeps, as rdflib terms, what reasoning reads: the ontology, asserted, curated and
    imported quads (about ten per document). :attr:`quads`, :meth:`graph` and :meth:`dataset`
    parse the spool into rdflib terms, for tests and small data directories only.
    """

    def __init__(self, quads=None, records=None, reasoning=None, validation=None, timings=None):
        self._memory = list(quads or [])
        self.records = list(records or [])
        self.documents = len(self.records)
        self.reasoning = reasoning
        self.validation = validation
        self.timings = dict(timings or {})  # stage -> wall seconds
        self.cpu_timings = {}  # stage -> CPU seconds (this process and the children it waited for)
        self.store = None  # the pyoxigraph Store loaded from the spool (validated there)
        self.store_path = None
        self._spool = None  # _Spool: the whole dataset as N-Quads
        self.remote_load = None  # what loading a remote store did (ickg.store.remote_load.LoadReport)
        self.support = None  # ickg.build.support.SupportWriter: who states what (a local build's store)
        self._support_write = None  # ickg.build.support.BackgroundWrite, once the index is complete
        self.known_labels = set()  # the labels ickg ingest compares candidates with (keep_records only)

    @property
    def quads(self):
        if self._spool is not None:
            return _deduplicated(_parsed_nquads(self._spool.read()))
        return self._memory

    @quads.setter
    def quads(self, value):
        self._drop_spool()
        self._memory = list(value)

    def _drop_spool(self):
        if self._spool is not None:
            self._spool.remove()
            self._spool = None

    def close_store(self, *, finished: bool = False):
        """Close the store (flushed), so that its directory can become the new version; a
        ``finished`` one compacted first (:func:`ickg.store.versions.finish_version`). Closed
        unfinished, the store is given up, and the support index being written for it too
        (:meth:`stop_support`)."""
        if not finished:
            self.stop_support()
        if self.store is not None:
            if finished:
                finish_version(self.store)
            else:
                self.store.flush()
            self.store = None
            gc.collect()

    def start_support(self, version_dir: str | os.PathLike[str]) -> None:
        """Start writing the support index into ``version_dir`` on a thread of its own, now that
        nothing more will be added to it (:meth:`ickg.build.support.SupportWriter.write_in_background`):
        it runs beside the store's loads, validation, reasoning and compaction (:func:`_start_support`)."""
        if self.support is not None and self._support_write is None:
            self._support_write = self.support.write_in_background(version_dir)

    def write_support(self, version_dir: str | os.PathLike[str]) -> None:
        """The support index written into ``version_dir``: waited for if :meth:`start_support`
        started it, else written now; the writer is then let go."""
        if self.support is None:
            return
        if self._support_write is not None:
            self._support_write.wait()
        else:
            self.support.write(version_dir)
        self.support = self._support_write = None

    def stop_support(self) -> None:
        """Give up a support index being written (the build failed): no file is left behind."""
        if self._support_write is not None:
            self._support_write.cancel()
            self._support_write = None

    def graph(self, name):
        """The triples of one named graph as an rdflib Graph, prefixes bound."""
        graph = bind_prefixes(Graph(identifier=name))
        for s, p, o, g in self.quads:
            if g == name:
                graph.add((s, p, o))
        return graph

    def dataset(self):
        """The quads as an rdflib Dataset (for printing small builds; slow for big ones)."""
        dataset = bind_prefixes(Dataset())
        graphs = {}
        for s, p, o, g in self.quads:
            if g not in graphs:
                graphs[g] = dataset.graph(g)
            graphs[g].add((s, p, o))
        return dataset

    def counts(self):
        """Quads per named graph, for reports."""
        if self._spool is not None:
            return dict(sorted((str(g), n) for g, n in self._spool.counts.items() if n))
        out = {}
        for *_, g in self._memory:
            out[str(g)] = out.get(str(g), 0) + 1
        return dict(sorted(out.items()))


class _Spool:
    """The N-Quads file of the build: the whole dataset, every line a distinct quad.

    The builder keeps the lines distinct (each document's lines are distinct, documents' lines
    name the document, reified statements are written once, and the in-memory quads are written
    without those the workers wrote). Removed with the build, or at exit.
    """

    def __init__(self):
        from ickg.store.textindex import quote_rows_path

        fd, self.path = tempfile.mkstemp(prefix="ickg-build-", suffix=".nq")
        os.close(fd)
        # the quote rows of the spool's annotations, written with them (the text index reads them)
        self.quotes = quote_rows_path(self.path)
        open(self.quotes, "wb").close()
        self.counts = {}
        self._finalizer = weakref.finalize(self, _remove_files, (self.path, self.quotes))

    def append_quotes(self, rows: str) -> None:
        """Append quote rows (:func:`ickg.model.provenance.quote_row`) to their file."""
        try:
            with open(self.quotes, "a", encoding="utf-8", newline="\n") as out:
                out.write(rows)
        except OSError as error:
            raise OSError(error.errno, error.strerror, self.quotes) from None

    def add_counts(self, counts):
        for g, n in counts.items():
            self.counts[str(g)] = self.counts.get(str(g), 0) + n

    def append(self, data):
        try:
            with open(self.path, "ab") as out:
                out.write(data)
        except OSError as error:
            raise OSError(error.errno, error.strerror, self.path) from None

    def append_file(self, path):
        try:
            with open(path, "rb") as data, open(self.path, "ab") as out:
                shutil.copyfileobj(data, out, 1 << 20)
        except OSError as error:
            raise OSError(error.errno, error.strerror, self.path) from None

    def read(self):
        with open(self.path, "rb") as data:
            return data.read()

    def remove(self):
        self._finalizer()


_progress = logging.getLogger("ickg.build.progress")


def cpu_seconds() -> float:
    """CPU seconds (user + system) of this process, all its threads, and the child processes it
    has waited for (extraction workers, sort, Java): on a shared machine, the steadier figure."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


class StageClock:
    """``lap(name)`` ends a stage: its wall and CPU seconds go into ``build.timings`` and
    ``build.cpu_timings``, and a progress line is logged with them, the part of that CPU spent
    in the build process itself (its threads, not its children: what competes with the
    extraction workers for the cores while they run), and this process's peak resident memory
    so far (``extract done (3.1s), CPU 5.2s (build process 1.4s), peak 210 MB``): which stage
    raised the peak is the first whose line shows it."""

    def __init__(self, build: Build) -> None:
        self.build = build
        self.wall, self.cpu, self.own = time.perf_counter(), cpu_seconds(), time.process_time()

    def __call__(self, name: str) -> None:
        wall, cpu, own = time.perf_counter(), cpu_seconds(), time.process_time()
        self.build.timings[name] = round(wall - self.wall, 3)
        self.build.cpu_timings[name] = round(cpu - self.cpu, 3)
        spent = own - self.own
        self.wall, self.cpu, self.own = wall, cpu, own
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
        # `ickg build` prints these
        _progress.info("%s done (%.1fs), CPU %.1fs (build process %.1fs), peak %.0f MB", name,
                       self.build.timings[name], self.build.cpu_timings[name], spent, peak)


class _Hashed:
    """A set of strings held as their hashes: what the build keeps of each reified statement it
    spooled (its IRI, about 120 bytes in a set of strings, 2.3 kB a document; a hash, about 60).
    Two IRIs of one hash would be one statement: with 64-bit hashes, about one chance in 10^7
    at 100,000 documents (a few million statements)."""

    def __init__(self) -> None:
        self._hashes: set[int] = set()

    def add(self, name: str) -> bool:
        """Add ``name``; whether it was new."""
        h, hashes = hash(name), self._hashes
        if h in hashes:
            return False
        hashes.add(h)
        return True

    def __contains__(self, name: object) -> bool:
        return hash(name) in self._hashes

    def __len__(self) -> int:
        return len(self._hashes)


def _remove_files(paths):
    for path in paths:
        _remove_file(path)


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
                  dl: bool = True, processes: int | None = None,
                  store_path: str | os.PathLike[str] | None = None, keep_records: Iterable[str] = (),
                  proposals: bool = True, dask: str | None = None, dask_shard_docs: int | None = None,
                  spool_started: Callable[[str], None] | None = None,
                  spool_complete: Callable[[int], None] | None = None,
                  closure_kept: Callable[[Any, list], None] | None = None,
                  dl_cache: str | os.PathLike[str] | None = None) -> Build:
    """Run every stage up to reasoning over ``data_dir`` and return the :class:`Build`.

    Args:
        data_dir: the data directory (corpus, curation, imports).
        reason: materialise the OWL 2 RL closure (and derivations).
        validate: run the SHACL shapes and evidence checks on the store; errors raise :class:`BuildError`.
        dl: also classify with HermiT (needs Java).
        processes: worker processes for extraction (None: one per core).
        store_path: a new directory to bulk-load the dataset into (the staged store version);
            without it, validation loads a store in a temporary directory.
        keep_records: file names whose :class:`~ickg.extract.document.DocumentRecord` the
            build keeps in ``records`` (``ickg ingest`` shows the new ones); the others are
            counted (``documents``), not kept, so that memory does not grow with the corpus.
        proposals: add the statements extraction proposes, unreviewed, in their own graphs
            (:mod:`ickg.curate.proposals`); they are neither validated nor reasoned over. Each
            document's proposals are made as its record arrives, and only they are kept.
        dask: extract and populate on the Dask cluster whose scheduler is at this address (or a
            ``distributed.Client``) instead, ``dask_shard_docs`` documents a task
            (:mod:`ickg.model.cluster`); the dataset is the same.
        spool_started: called with the path of the build's N-Quads file once it exists (empty;
            the build only appends to it): ``ickg build`` indexes its text meanwhile.
        spool_complete: called with the file's final size as soon as it is known, before the
            proposals' bulk load into the store (:meth:`ickg.store.textindex.Follower.complete`:
            the text index's child joins and writes its rows meanwhile); a build without
            proposals does not call it (the spool is complete when the build returns).
        closure_kept: called right after reasoning with the reasoning result and the rdflib
            triples of the ontology and imports (``ickg build`` keeps the closure with the store
            version, :func:`ickg.build.delta.keep_closure`); the rule engine is then let go
            (``reasoning.engine`` is None), so that the proposals' load does not hold it.
        dl_cache: a folder where HermiT's report is kept by its exact input and read again
            (:func:`ickg.reason.dl.classify_cached`; ``ickg build`` passes the user's folder of
            reports, :func:`ickg.reason.dl.reports_dir`), so that a build HermiT would see the same
            input for does not start it.

    Raises:
        BuildError: naming the stage, the file and the reason.
    """
    build = Build()
    lap = StageClock(build)

    memory = build._memory
    keep_ontology_in(ontology_kept_dir(data_dir))  # read where the last command kept it (or kept for the next)
    memory.extend((s, p, o, ONTOLOGY_GRAPH) for s, p, o in ontology_triples())
    lap("ontology")

    build._spool = _Spool()
    try:
        if spool_started is not None:
            spool_started(build._spool.path)
        _build_stages(build, data_dir, lap, reason=reason, validate=validate, dl=dl, processes=processes,
                      store_path=store_path, keep_records=frozenset(keep_records), proposals=proposals,
                      dask=dask, dask_shard_docs=dask_shard_docs, closure_kept=closure_kept, dl_cache=dl_cache,
                      spool_complete=spool_complete)
    except BaseException:
        build.close_store()  # unfinished: the support index being written is given up too
        build._drop_spool()
        raise
    return build


# Extraction forks worker processes from this many documents on; fewer (an empty corpus, or one
# document) are extracted in the command's own process, which then makes only the patterns and
# tables its documents use, on first use, not every table the workers would share
# (:func:`make_shared_tables`: 0.5-0.6 CPU-s, a third of a build of no document).
FORK_FROM = 2


def extraction_processes(documents: int, processes: int | None) -> int | None:
    """The extraction's worker processes for ``documents`` documents: 1 (this process) below
    :data:`FORK_FROM`, else ``processes`` (None: one per core)."""
    return 1 if documents < FORK_FROM else processes


def make_shared_tables(*, proposals: bool, check: bool) -> None:
    """Make here, once, the tables every document's extraction reads (the lexicon, the places'
    and conditions' matchers: :func:`ickg.extract.document.extraction_tables`), and those each
    extraction worker would make for itself when it makes the proposals (the vocabulary) or
    checks its documents (the local checks); then freeze them for the garbage collector.

    Why: the workers are forked after and inherit the tables, instead of each making its own
    (each parsed the ontology for them). ``gc.freeze()`` moves every object alive now (about
    100,000 for these tables and the ontology) out of the collector's generations, as Python's
    documentation advises before forking: a full collection no longer walks them, in this process
    (the seed build's main process: 0.35 -> 0.11 CPU-s of collections) nor in the workers, where
    walking them also touched, hence copied, the pages they share with this one. Seed build,
    alternated five times: 6.19 -> 5.59 CPU-s (median). Its cost: the cyclic garbage alive at
    the freeze is never collected (about 5 MB of peak; a ``gc.collect()`` first kept the peak
    but lost half the gain: 5.84 CPU-s). Frozen once per process (``ickg ingest`` comes here
    twice, a test process many times)."""
    from ickg.extract.document import extraction_tables

    if proposals:
        from ickg.curate.vocabulary import default_vocabulary

        default_vocabulary()
    if check:
        from ickg.validate import local

        local.prepare_tables()
    extraction_tables()
    if not gc.get_freeze_count():  # once per process: a second freeze would keep the garbage made since
        gc.freeze()


def _build_stages(build, data_dir, lap, *, reason, validate, dl, processes, store_path, keep_records,
                  proposals=True, dask=None, dask_shard_docs=None, closure_kept=None, dl_cache=None,
                  spool_complete=None):
    from ickg.extract import document
    from ickg.model import populate
    from ickg.model.provenance import quote_rows_of
    from ickg.curate.builder import curate_corpus, curation_files
    from ickg.curate.fileformat import CURATION_SUFFIX, CurationError

    from ickg.build.spill import LineHashes, ProposalSpill, SpilledSupport
    from ickg.build.support import CURATION, curation_digests, quads_text

    spool, memory = build._spool, build._memory
    paths = corpus_paths(data_dir)
    # A store version gets the index of which document states which quad (ickg ingest, ickg remove).
    support = build.support = SpilledSupport() if store_path is not None else None
    if support is not None:
        support.curation = curation_digests(curation_dir(data_dir))
    # Documents with a curation file stay in memory: their curated statements may repeat quads
    # that extraction also wrote (the same statement, the same quote).
    curated_stems = set()
    if curation_dir(data_dir).is_dir():
        curated_stems = {path.name[: -len(CURATION_SUFFIX)]
                         for path in curation_files(curation_dir(data_dir))}
    # The workers append their documents' text to the spool as they go; the reified statements
    # they send back (written once per build, whichever documents state them) go to a file of
    # their own meanwhile, appended to the spool when the workers are done. Results are taken
    # as they come: nothing of a document but its asserted quads stays in memory.
    spooled_statements = _Hashed()  # the statements (and sources) whose lines are spooled, by hash
    same = {}.setdefault  # term -> the one object that stands for it in memory
    asserted_seen: set = set()  # the asserted quads in memory so far
    lines_seen: set[str] = set()  # asserted lines met, as text (bounded): they are parsed once
    publications = {}
    statements_path = spool.path + ".statements"
    statement_lines = 0
    proposed = ProposalSpill(curation_dir(data_dir)) if proposals else None
    # The workers make each document's proposals (ProposalSpill.maker), so no record comes back for them.
    wanted = frozenset(Path(p).name for p in paths) if proposals and dask is not None else keep_records
    # The workers validate their documents' own annotations (ickg.validate.local): the store
    # then checks them only where the rest of the data says something about them. When every
    # document is curated no worker checks any (a curated document stays in memory), and the
    # store checks everything, as a build without worker checks does: the local checks are
    # then not made (the seed corpus: 0.3 CPU-s).
    check = None
    spooled_any = any(Path(p).stem not in curated_stems for p in paths)
    if validate and dask is None and spooled_any and len({Path(p).stem for p in paths}) == len(paths):
        from ickg.validate import local

        check, unsettled = local.documents_conform, local.Unsettled()
    spooled_documents = checked_documents = 0
    documents_conform = True
    try:
        with open(statements_path, "w", encoding="utf-8") as statements_out:
            if dask is not None:
                from ickg.model import cluster

                try:
                    done = cluster.populate_on_dask(paths, spool.path, keep=curated_stems, scheduler=dask,
                                                    shard_docs=dask_shard_docs or cluster.SHARD_DOCS)
                except cluster.ClusterUnavailable as error:
                    raise BuildError(f"extract: {error}") from error
            else:
                processes = extraction_processes(len(paths), processes)
                if processes != 1:  # forked workers inherit them; this process alone makes what it uses
                    make_shared_tables(proposals=proposed is not None, check=check is not None)
                done = populate.populate_many(paths, spool.path, keep=curated_stems, processes=processes,
                                              records=wanted, then=proposed.maker() if proposed is not None else None,
                                              check=check, quotes=spool.quotes)
            for item in done:
                build.documents += 1
                if item.checked is not None:
                    checked_documents += item.checked[0]
                    documents_conform = documents_conform and item.checked[1]
                if item.stem in curated_stems:  # what the curation files need, not one per document
                    publications[item.stem] = item.publication
                if proposed is not None:
                    if item.extra is not None:
                        proposed.add_made(item.stem, item.extra)
                    elif item.record is not None:  # made on Dask: the record came back
                        proposed.add(item.record, item.asserted)
                if item.record is not None:
                    if item.record.file_name in keep_records or item.stem in curated_stems:
                        build.records.append(item.record)
                # one object per IRI: each worker's results arrive as new objects (literals are
                # left as they are: rdflib finds "a"@en-GB equal to "a"@en-gb); each asserted quad
                # once (about three documents a quad: a person, a journal, a place), as the
                # deduplication below would keep it. A line met before is not parsed again
                # (the first ASSERTED_LINES_KEPT lines, held as text): 0.32 -> 0.23 ms a
                # document, 2,000 synthetic documents, where two thirds of the lines repeat
                new = [line for line in item.asserted_text.split("\n") if line and line not in lines_seen]
                if len(lines_seen) < ASSERTED_LINES_KEPT:
                    lines_seen.update(new[:ASSERTED_LINES_KEPT - len(lines_seen)])
                for q in populate.parsed_quads("\n".join(new)):
                    q = tuple(same(t, t) if type(t) is URIRef else t for t in q)
                    if q not in asserted_seen:
                        asserted_seen.add(q)
                        memory.append(q)
                if support is not None:
                    support.add(item.stem, item.asserted_text + "".join(item.statements.values()))
                if item.text is not None:
                    memory.extend(_parsed_nquads((item.text + "".join(item.statements.values())).encode("utf-8")))
                    if check is not None:  # kept in memory, so no worker checked it
                        unsettled.add_asserted(item.asserted)
                    continue
                spool.add_counts(item.counts)
                spooled_documents += 1
                for statement, lines in item.statements.items():
                    if spooled_statements.add(statement):
                        statements_out.write(lines)
                        statement_lines += lines.count("\n")
        statements_start = os.path.getsize(spool.path)  # the workers are done writing
        spool.append_file(statements_path)
        if support is not None:
            support.forget_lines()  # the documents' lines kept for their hash
    except document.DocumentError as error:
        raise BuildError(f"extract: {error}") from error
    finally:
        _remove_file(statements_path)
    spool.add_counts({PROVENANCE_GRAPH: statement_lines})
    del asserted_seen, same, lines_seen
    lap("extract")

    if curation_dir(data_dir).is_dir():
        try:
            curated = curate_corpus(curation_dir(data_dir), corpus_dir(data_dir),
                                           publications=publications)
        except CurationError as error:
            raise BuildError(f"curate: {error}") from error
        memory.extend(curated.quads((None, None, None, None)))
        if check is not None:
            unsettled.add_asserted(q for q in curated.quads((None, None, None, None)) if q[3] == ASSERTED_GRAPH)
        if support is not None:
            support.add(CURATION, quads_text(curated.quads((None, None, None, None))))
    lap("curate")

    for path in import_paths(data_dir):
        try:
            graph = parse_import(path)  # from the file alone, never fetching
        except ImportError_ as error:
            raise BuildError(f"import: {error}") from error
        name = import_graph_name(path)
        memory.extend((s, p, o, name) for s, p, o in graph)
    lap("imports")

    # The quote rows of what the build's process holds (curated documents, the curation, imports),
    # read before the lines a document also spooled are dropped: a row pairs a statement's
    # subject with its annotation, which may come from either
    spool.append_quotes(quote_rows_of(memory))
    # The reasoner reads the claim qualifiers of the curated statements (hedges inferred ones
    # inherit) with their rdf:subject/predicate/object, before the lines a document also spooled
    # are dropped: a curated hedge stays the curator's word when another document states the
    # triple too (the incremental path reads the curation whole: ickg.build.delta._reason).
    provenance = [t[:3] for t in memory if t[3] == PROVENANCE_GRAPH]
    memory[:] = _deduplicated(_without_spooled(memory, spool.path, statements_start))
    # a proposal is shown when its triple is not asserted: compared by the hash of the line
    asserted_lines = _spool_quads(spool, memory, hashed=ASSERTED_GRAPH if proposed is not None else None)
    spool.add_counts(Counter(q[3] for q in memory))
    asserted = LineHashes(asserted_lines) if proposed is not None else None
    del asserted_lines

    if store_path is not None or validate:
        if store_path is None:  # a store only to validate on, removed with the build
            store_path = tempfile.mkdtemp(prefix="ickg-store-")
            weakref.finalize(build, shutil.rmtree, store_path, ignore_errors=True)
        build.store_path = str(store_path)
        with _naming(build.store_path):
            build.store = ox.Store(build.store_path)
            if support is not None:  # complete: written beside the loads, validation and reasoning
                _start_support(build, proposed, asserted, store_path)
            bulk_load_blocks(build.store, _blocks(spool.path))
        _reopen_store(build)
        lap("load")

    if validate:
        from ickg.validate import shacl

        settled = check is not None and documents_conform and checked_documents == spooled_documents
        if settled:  # every quad no worker checked: the ontology, asserted, kept, curated, imported
            unsettled.add_quads(memory)
            _progress.info("validate: %d documents' annotations checked as extracted, %d nodes left to "
                           "check on the store", checked_documents, len(unsettled.nodes))
        build.validation = shacl.validate_store(build.store, unsettled=unsettled if settled else None)
        if not build.validation.conforms:
            raise BuildError(f"validate: the graph does not conform:\n{build.validation}")
        if build.store is not None:
            _reopen_store(build)
        lap("validate")

    # The proposals whose triple no document asserts (after validation: proposals are not facts),
    # made distinct, and with a store loaded into it on a thread of their own while the reasoner
    # runs (_BackgroundLoad); appended to the spool after the reasoner's lines, as before.
    proposal_ends = {g: f" <{g}> .\n".encode() for g in (PROPOSED_GRAPH, PROPOSED_PROVENANCE_GRAPH)}
    with ExitStack() as proposing:
        shown = loading = None
        if proposed is not None:
            shown = proposing.enter_context(proposed.shown(asserted))
            if build.store is not None:
                loading = proposing.enter_context(_BackgroundLoad(build, shown, proposal_ends))
        if reason:
            from ickg.reason.materialise import materialise

            sources = [t[:3] for t in memory
                       if t[3] in (ONTOLOGY_GRAPH, ASSERTED_GRAPH) or str(t[3]).startswith(str(IMPORT_GRAPH))]
            # The provenance graph (above): hedges that inferred statements inherit, and the statements
            # it describes, which the derivations graph then does not describe again (each triple once).
            result = materialise(sources, dl=dl, dl_max_triples=DL_MAX_DATA_TRIPLES,
                                 provenance=provenance, described=spooled_statements, dl_cache=dl_cache)
            if not result.consistent:
                raise BuildError("reason: the graph is inconsistent:\n" + "\n".join(result.inconsistencies))
            build.reasoning = result
            ends = {g: f" <{g}> .\n".encode() for g in (INFERRED_GRAPH, DERIVATIONS_GRAPH)}
            for chunk in result.nquads(chunk=REASONED_LINES):
                spool.append(chunk)
                spool.add_counts({g: chunk.count(end) for g, end in ends.items()})
                if build.store is not None:
                    with _naming(build.store_path):
                        build.store.bulk_load(input=chunk, format=ox.RdfFormat.N_QUADS)
            # What grows with the corpus and only reasoning needed is let go as soon as it is used
            # (at 2,000 documents the engine and its input held about 20 MB).
            del sources, provenance, spooled_statements  # result.described reads the hashes
            if closure_kept is not None:
                closure_kept(result, [q[:3] for q in memory
                                      if q[3] == ONTOLOGY_GRAPH or str(q[3]).startswith(str(IMPORT_GRAPH))])
                result.engine = None
                result.described = frozenset()  # read with the engine only
            if build.store is not None and loading is None:
                _reopen_store(build)
            else:  # the proposals are being loaded: the store is compacted and closed after them
                _release_freed_memory()
            lap("reason")
        # What follows reads none of the quads in memory (the ontology, asserted, curated, imported:
        # about 6 kB a document) but the hashes of the asserted lines and, for ickg ingest, the
        # labels the new documents' candidates are compared with.
        if keep_records:
            build.known_labels = _known_labels(memory)
        memory.clear()
        _release_freed_memory()
        if support is not None:  # a build without a store: the index was never started
            _start_support(build, proposed, asserted, store_path)
        elif proposed is not None:
            weakref.finalize(build, proposed.remove)
        if proposed is not None:
            # The spool is complete once the proposals are in it: whoever reads it (the text
            # index's child) is told so before the build waits for their bulk load.
            spool.append_file(shown)
            proposed.append_shown_quotes(asserted, spool.quotes)
            if spool_complete is not None:
                spool_complete(os.path.getsize(spool.path))
            if loading is not None:
                spool.add_counts(loading.wait())
            else:
                counts: Counter = Counter()
                for _ in _counting(_blocks(shown), proposal_ends, counts):
                    pass
                spool.add_counts(counts)
            lap("propose")


def _counting(blocks: Iterable[bytes], ends: dict, counts: Counter) -> Iterable[bytes]:
    """``blocks`` as they are, each one's lines counted into ``counts`` by graph (``ends``: a
    graph's name -> the end of its lines, `` <g> .\n``) as it goes by."""
    for chunk in blocks:
        for g, end in ends.items():
            if n := chunk.count(end):
                counts[g] += n
        yield chunk


class _BackgroundLoad:
    """The N-Quads file ``path`` (the proposals shown) bulk-loaded into the build's store on a
    thread of its own (:func:`bulk_load_blocks`), its lines counted by graph as they go.

    Why: the proposals need only the asserted lines' hashes, and validation is done when they
    are picked; the reasoner, pure Python on the build's thread, needs none of the store. Their
    bulk load (about 8 CPU-s at 10,000 documents, in RocksDB, which lets go of the GIL) used to
    wait for the reasoner and its load into the store; it now runs beside them. The same quads go
    into the store (a quad is in it whichever load put it there), and the spool is written as
    before, the proposals after the reasoner's lines.

    A context manager: leaving it by an error stops the load at its next block and waits for
    the thread, so that nothing still writes into a store the failed build removes."""

    def __init__(self, build: Build, path: str, ends: dict) -> None:
        import threading

        self.counts: Counter = Counter()
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(build.store, build.store_path, path, ends),
                                        name="ickg-proposals-load", daemon=True)

    def __enter__(self) -> "_BackgroundLoad":
        self._thread.start()
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is not None:
            self._stop.set()
        self._thread.join()

    def _run(self, store: ox.Store, store_path: str, path: str, ends: dict) -> None:
        def until_stopped(blocks):
            for block in blocks:
                if self._stop.is_set():
                    return
                yield block

        try:
            with _naming(store_path):
                bulk_load_blocks(store, until_stopped(_counting(_blocks(path), ends, self.counts)))
        except BaseException as error:  # raised by wait(), in the build's thread
            self._error = error

    def wait(self) -> Counter:
        """Wait for the load; the lines loaded, by graph.

        Raises:
            what the load raised (a spool that cannot be read, RocksDB's I/O error)."""
        self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        return self.counts


def _start_support(build, proposed, asserted, store_path):
    """Start writing the support index (:meth:`Build.start_support`), its proposals read back from
    their spill file as it writes them; once per build (a second call does nothing).

    Why as soon as the store is opened: the index is complete once the documents, the curation
    and the asserted lines' hashes are in (the proposals shown are those whose triple no document
    asserts), and nothing of the store's loads, validation or reasoning changes it. Started when
    the propose stage began, the writer took its CPU (about 9 CPU-s at 10,000 documents) beside the
    proposals' load, the compaction and the text index's child, when the build's two cores had
    no time left; beside the main load and the reasoner, the second core is partly idle."""
    if build.support is None or build._support_write is not None:
        return
    if proposed is not None:
        build.support.add_proposals(proposed.rows(asserted))
        weakref.finalize(build.support, proposed.remove)
    build.start_support(store_path)


# The asserted lines the build's process keeps as text while the workers' results come, so that
# a line met again (a place's, a journal's, a person's facts) is not parsed into rdflib terms
# again (about 10 MB of lines at most; past this, a line is parsed and deduplicated as a quad).
ASSERTED_LINES_KEPT = 50_000

# The quads in memory go to the spool this many at a time: their text is never all in memory.
SPOOLED_QUADS = 50_000


def _spool_quads(spool, quads, *, hashed=None):
    """Append rdflib-term ``quads`` to the spool as N-Quads (:func:`ickg.ntriples.nquads`, in
    order), :data:`SPOOLED_QUADS` at a time; the line hashes (:func:`ickg.build.support.line_hashes`)
    of those in graph ``hashed``, as an array.

    Why: the propose stage compares each proposal with the asserted lines by hash; it wrote the
    asserted quads' text a second time to hash it (at 3,000 documents about 1.2 s of the build's
    one thread). Each quad is one line of the text, so the lines written here are those."""
    from ickg.build.support import line_hashes

    hashes = array("q")
    for start in range(0, len(quads), SPOOLED_QUADS):
        part = quads[start:start + SPOOLED_QUADS]
        data = nquads(part)
        spool.append(data)
        if hashed is not None:
            lines = data.decode("utf-8").split("\n")  # one line per quad (N-Quads escapes newlines)
            if len(lines) != len(part) + 1:  # a term that broke a line (an IRI with a newline): as before
                lines = nquads(q for q in part if q[3] == hashed).decode("utf-8").split("\n")
                hashes.extend(line_hashes([line + "\n" for line in lines if line]))
                continue
            hashes.extend(line_hashes([line + "\n" for q, line in zip(part, lines) if q[3] == hashed]))
    return hashes


@contextmanager
def _naming(path):
    """RocksDB's I/O errors name no file the build knows: say it was the store at ``path``."""
    try:
        yield
    except OSError as error:
        raise OSError(error.errno, " ".join(str(error).split()), error.filename or path) from None


# pyoxigraph's bulk loader holds several times its input in memory: the spool goes in by blocks,
# so that the build's peak memory does not grow with the corpus. 96 MB of N-Quads loaded into a
# new store (pyoxigraph 0.5.13, peak over the resident memory before): 16 MB blocks +98 MB (and
# +62 MB still resident after), 4 MB blocks +41 MB (+29 MB), 2 MB blocks +28 MB; CPU 6.5, 7.4
# and 7.5 s. 16 MB blocks were measured again on 2026-12-03 and kept out: -1.5 CPU-s at 1,000
# documents, but a build peak +59 MB at 1,000 and +134 MB at 3,000, a rise that grows with the
# corpus in the stage where the 100,000-document build peaks (docs/build.md, "The CPU every build pays").
# Since load42 the blocks are 2 MB and three are loaded at once (LOADERS): a fifth less CPU than
# one 4 MB block at a time for 17-22 MB more memory. The 3,000-document build's N-Quads
# three times over (2.7 million quads), CPU-s of the loads and optimize(), peak RSS, alternated:
# 4 MB one at a time 33.9-36.5, 109-115 MB; 4 MB two at a time 27.2-31.7, 142-149 MB; 2 MB two
# at a time 30.1-31.5, 120-124 MB; 2 MB three at a time 26.6-28.1, 126-137 MB (docs/build.md, "load42").
LOAD_BLOCK = 2 << 20
LOADERS = 3
# The reasoner's lines go to the spool and the store in chunks of this many lines (about 4 MB):
# its default chunk, 200,000 lines (30 MB), was one chunk up to some 60,000
# documents, loaded whole, and the bulk loader's memory grew with it.
REASONED_LINES = 25_000


def _blocks(path, size=LOAD_BLOCK):
    """The file at ``path`` in blocks of about ``size`` bytes, each ending at a line's end."""
    with open(path, "rb") as data:
        rest = b""
        while True:
            chunk = data.read(size)
            if not chunk:
                break
            chunk = rest + chunk
            cut = chunk.rfind(b"\n") + 1
            rest = chunk[cut:]
            if cut:
                yield chunk[:cut]
        if rest:
            yield rest


def bulk_load_blocks(store: ox.Store, blocks: Iterable[bytes], *, loaders: int | None = None) -> None:
    """Bulk-load the N-Quads ``blocks`` into ``store``, :data:`LOADERS` blocks at a time (each on
    a thread of its own, in the order they come), but the lines that name a blank node all
    together, in one last load once the others are in.

    Why the blank nodes: pyoxigraph's bulk loader gives the blank nodes of each call labels of
    their own (two files' ``_:b0`` are two nodes), so a blank node whose lines fell on both sides
    of a block's end became two nodes in the store, one in the release (an OWL restriction of the
    ontology cut in two: the ontology's lines sit wherever the workers' output ends, and a 4 MB
    cut fell in their 0.65 MB about one build in six). The ontology's and the imports' lines are
    the only ones with blank nodes (1,165 of 2.9 million lines at 10,000 documents); a block
    without ``_:`` is loaded as it is.

    Why several at a time: a block (about 10,000 quads) is one batch of the loader, whose batches
    hold up to a million, so a call parses, encodes, writes and ingests its table files one step
    after the other, on the thread that made it; RocksDB's
    background compaction merges what the calls ingest. With several calls in flight the blocks
    are in the store sooner and the compaction merges more of them at once: about a fifth less
    CPU for the loads and the final compaction, for a few more blocks in memory (the figures at
    :data:`LOAD_BLOCK`). The same quads either way: a quad is in the store whichever call put
    it there.

    Raises:
        what the first load that failed raised (the other loads are waited for first).
    """
    loaders = LOADERS if loaders is None else loaders
    held: list[bytes] = []
    if loaders <= 1:
        for block in blocks:
            block = _hold_blank_node_lines(block, held)
            if block:
                store.bulk_load(input=block, format=ox.RdfFormat.N_QUADS)
    else:
        _load_on_threads(store, (_hold_blank_node_lines(block, held) for block in blocks), loaders)
    if held:
        store.bulk_load(input=b"".join(held), format=ox.RdfFormat.N_QUADS)


def _load_on_threads(store: ox.Store, blocks: Iterable[bytes], loaders: int) -> None:
    """Bulk-load ``blocks`` into ``store`` on ``loaders`` threads, each taking the next block
    when its last one is in; at most one more block waits, read, for a free thread.

    A thread whose load fails keeps taking blocks without loading them, so that the reading
    never waits for a thread that is gone; the first error is raised once every thread has
    stopped (so no load is still writing into the store when the build removes it). The same
    when the reading itself fails (a spool that cannot be read) or is interrupted."""
    import queue
    import threading

    waiting: queue.Queue = queue.Queue(maxsize=1)
    errors: list[BaseException] = []

    def load() -> None:
        while (block := waiting.get()) is not None:
            if errors:
                continue
            try:
                store.bulk_load(input=block, format=ox.RdfFormat.N_QUADS)
            except BaseException as error:  # re-raised by the reading thread
                errors.append(error)

    threads = [threading.Thread(target=load, name=f"ickg-bulk-load-{i}", daemon=True) for i in range(loaders)]
    for thread in threads:
        thread.start()
    try:
        for block in blocks:
            if errors:
                break
            if block:
                waiting.put(block)
    finally:
        for _ in threads:
            waiting.put(None)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]


def _hold_blank_node_lines(block: bytes, held: list[bytes]) -> bytes:
    """``block`` without its lines holding ``_:`` (also in a literal or an IRI: loaded with the
    held lines, the same quads), which are appended to ``held``. Found by searching for ``_:``
    and cutting around each line, not by splitting the block into lines: a seeds build's one
    block is 43,000 lines for 350 such lines, and the split and joins were 0.11 s of a profiled
    3.1 s seeds build."""
    at = block.find(b"_:")
    if at == -1:
        return block
    kept, start = [], 0
    while at != -1:
        begin = block.rfind(b"\n", 0, at) + 1
        end = block.find(b"\n", at)
        end = len(block) if end == -1 else end + 1
        kept.append(block[start:begin])
        held.append(block[begin:end])
        start = end
        at = block.find(b"_:", start)
    kept.append(block[start:])
    return b"".join(kept)


# Below this many bytes of the build's N-Quads (about 250 documents), the store stays open
# between the stages (:func:`_reopen_store`).
REOPEN_ABOVE = 16 << 20


def _size(path) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _reopen_store(build):
    """Close the build's store and open it again, then give back the memory freed.

    What RocksDB holds for the data it has read or loaded (blocks, table readers, the bulk
    loader's leftovers) grows with the store, not with the stage's work, and stays until the
    store is closed: scanning the quads of a 2,000-document store raised the resident memory by
    66 MB, which closing gave back. Reopening between the stages (after the load, after
    validation, after the reasoner's load) keeps the build's memory from growing with the corpus
    for it; the store's files are the same.

    A small store is not reopened (its dataset below :data:`REOPEN_ABOVE` bytes of N-Quads): what
    RocksDB holds for it is small, and each opening cost 45-160 ms of every small build and
    ingest (three a build), more than its whole load."""
    spool = getattr(build, "_spool", None)
    if spool is not None and _size(spool.path) < REOPEN_ABOVE:
        _release_freed_memory()
        return
    with _naming(build.store_path):
        build.store.flush()
        build.store = None
        gc.collect()
        _release_freed_memory()
        build.store = ox.Store(build.store_path)


def _release_freed_memory():
    """Give the memory the store freed back to the system (glibc's ``malloc_trim``; elsewhere
    nothing). The bulk loader and the validation queries run on threads of their own, and glibc
    keeps what they freed in per-thread arenas that the build's own thread does not reuse: at
    1,000 documents, 276 MB resident after validation, 154 MB after the trim, so the stages after
    it (reasoning, proposals) no longer raise the build's peak on top of it."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _known_labels(quads):
    """Case-folded labels of everything the asserted graph and the ontology name: ``ickg ingest``
    does not show a new document's candidate of one of them (:func:`ickg.build.ingest.known_labels`)."""
    from rdflib.namespace import RDFS, SKOS

    wanted = {RDFS.label, SKOS.prefLabel, SKOS.altLabel}
    return {str(o).casefold() for s, p, o, g in quads if p in wanted and g in (ASSERTED_GRAPH, ONTOLOGY_GRAPH)}


def _without_spooled(quads, spool_path, statements_start):
    """``quads`` without the provenance quads the spool already holds: the reified statements,
    their non-document sources and those sources' descriptions, written once per build (from
    ``statements_start`` on), which a curated document kept in memory may share with a spooled
    one (the same triple, the same place). The spool is streamed, and only the in-memory
    provenance quads (the curated documents') are held in a set."""
    from ickg.terms import to_ox

    candidates = {ox.Quad(*(to_ox(x) for x in q)): q for q in quads if q[3] == PROVENANCE_GRAPH}
    if not candidates:
        return quads
    found = set()
    with open(spool_path, "rb") as data:
        data.seek(statements_start)
        for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
            q = candidates.get(quad)
            if q is not None:
                found.add(q)
    return [q for q in quads if q not in found] if found else quads


def _deduplicated(quads):
    """The quads without repeats, in first-seen order (several stages state the same triple)."""
    return list(dict.fromkeys(quads))


def nquads_bytes(build: Build) -> bytes:
    """The whole build as N-Quads bytes (small builds; a big one is read from :func:`store_source`)."""
    if build._spool is not None:
        return build._spool.read()
    return nquads(build.quads)


def store_source(build: Build) -> str | bytes:
    """What :func:`ickg.store.replace_local_store` or a remote store loads: the spool file when
    the build has one (the whole dataset as N-Quads, never read into memory here), else bytes."""
    if build._spool is not None:
        return build._spool.path
    return nquads_bytes(build)

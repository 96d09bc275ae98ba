"""Incremental ingest and remove: a new store version made from the live one and a few documents.

A full build (:mod:`ickg.build.publish`) reads every document. :func:`apply_delta` reads only the
documents added, replaced or removed, and makes the same dataset a full build of the new corpus
would make:

1. the live store version is copied into the staged one (RocksDB's table files are immutable:
   they are hard-linked, the rest copied), with its support index (:mod:`ickg.build.support`:
   the base hard-linked too, the small delta of the changes since the base was written copied);
2. each document added, and the previous text of each one replaced or removed, is extracted and
   populated by the code the full build runs for one document
   (:func:`ickg.model.populate.populate_many`, then the build's proposals);
3. the new documents' quads are validated (the SHACL shapes as SPARQL, quotes, sources:
   :func:`ickg.validate.shacl.validate_store`) on a store holding the ontology and them;
4. what only the removed documents stated goes (their own lines; the shared lines whose count of
   sources falls to zero), what the new ones state is added, and the proposals whose triple
   became asserted (or stopped being) are hidden (or shown again);
5. the OWL 2 RL closure (and HermiT, as the full build runs it) is computed again over the
   ontology, the asserted graph as the support index keeps it and the imports, and replaces the
   inferred and derivations graphs: the engine's first derivations depend on the whole input, not
   on the order documents came in, so an incremental run and a full build agree;
6. the text index is built again for the new version, and the change committed as every build's
   (stage, then swap: a killed ingest leaves the old version served).

When a curated document is replaced, the curation files are built again against the new corpus
(:func:`ickg.curate.builder.curate_corpus`) and the difference applied. A remote store
(``--store-url``), ``--release`` and a live version without a support index take the full build.
"""

from __future__ import annotations

import functools
import gc
import logging
import os
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

import pyoxigraph as ox

from ickg.build import datadir
from ickg.build.paths import build_dir, corpus_dir, curation_dir, import_paths, ontology_kept_dir
from ickg.build.release import RELEASE_NAMES
from ickg.build.spill import proposal_texts
from ickg.build.stages import DL_MAX_DATA_TRIPLES, BuildError, make_shared_tables
from ickg.build import support
from ickg.build.support import (BASE_NAME, CURATION, DELTA_NAME, SUPPORT_NAME, curation_digests, has_support,
                                line_hash, lines_of, quads_text, triple_hash)
from ickg.namespaces import (ASSERTED_GRAPH, DERIVATIONS_GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH,
                             PROVENANCE_GRAPH)
from ickg import ntriples
from ickg.reason.materialise import CLOSURE_NAME, OLD_CLOSURE_NAMES
from ickg.store import current_version, store_dir, textindex

RDF_SUBJECT = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")
_ASSERTED_END = f" <{ASSERTED_GRAPH}> .\n"
_progress = logging.getLogger("ickg.build.progress")  # `ickg ingest` and `ickg remove` print these


@dataclass
class Delta:
    """What :func:`apply_delta` did: the records of the documents added (``ickg ingest`` shows
    their candidates), quads removed and added, the new version, seconds per step."""

    records: list = field(default_factory=list)
    removed: int = 0
    added: int = 0
    version: str = ""
    timings: dict = field(default_factory=dict)
    reasoning: object = None
    validation: object = None
    labels: set = field(default_factory=set)  # case-folded candidate labels the graph already names
    proposed: dict = field(default_factory=dict)  # stem -> proposals shown for review
    closure: tuple | None = None  # (inferred out, in) when the kept closure was changed, not recomputed


@dataclass
class _Contribution:
    """What one document states: its own lines, its shared (counted) lines, its proposals."""

    stem: str
    owned: list
    counted: list
    proposals: list  # (triple, N-Quads text)
    record: object = None
    publication: object = None


def live_support(data_dir: str | os.PathLike[str]) -> bool:
    """Whether the live store version can be changed incrementally (it has a support index)."""
    root = store_dir(data_dir)
    version = current_version(root)
    return version is not None and has_support(root / version)


def copy_version(source: Path, target: Path) -> None:
    """A store version's directory copied for writing: RocksDB's table files (``*.sst``, never
    changed once written) hard-linked, the manifest, log and options copied; the text index
    left out (the new version gets its own)."""
    target.mkdir(parents=True)
    for path in source.iterdir():
        if path.name == "LOCK" or path.name.startswith(".") or path.name in (
                textindex.index_path(source).name, SUPPORT_NAME, BASE_NAME, DELTA_NAME,
                CLOSURE_NAME, *OLD_CLOSURE_NAMES):
            continue  # the index is copied (and the closure written) by the caller
        if path.suffix == ".sst":
            try:
                os.link(path, target / path.name)
                continue
            except OSError:
                pass  # another file system: copy
        shutil.copy2(path, target / path.name)


def _contributions(paths: list[Path], curation: Path | None, processes: int | None) -> dict[str, _Contribution]:
    """Each document's lines and proposals, by stem, made as the full build makes them."""
    from ickg.extract.document import DocumentError
    from ickg.model import populate

    if not paths:
        return {}
    stems = {p.stem for p in paths}
    names = {p.name for p in paths}
    procs = 1 if len(paths) < 8 else processes
    if procs != 1:  # forked workers inherit them (as a full build's); this process makes what it uses
        make_shared_tables(proposals=True, check=False)
    spool = tempfile.NamedTemporaryFile(prefix="ickg-delta-", suffix=".nq", delete=False)
    spool.close()
    out = {}
    try:
        for item in populate.populate_many(paths, spool.name, keep=stems, records=names, processes=procs):
            out[item.stem] = _Contribution(
                item.stem, lines_of(item.text or ""),
                lines_of(quads_text(item.asserted) + "".join(item.statements.values())),
                list(proposal_texts(item.record, item.asserted, curation)),
                item.record, item.publication)
    except DocumentError as error:
        raise BuildError(f"extract: {error}") from error
    finally:
        os.unlink(spool.name)
    return out


def _curated_lines(data_dir: Path, publications: Mapping) -> list[str]:
    from ickg.curate.builder import curate_corpus
    from ickg.curate.fileformat import CurationError

    if not curation_dir(data_dir).is_dir():
        return []
    try:
        curated = curate_corpus(curation_dir(data_dir), corpus_dir(data_dir), publications=publications)
    except CurationError as error:
        raise BuildError(f"curate: {error}") from error
    return lines_of(quads_text(curated.quads((None, None, None, None))))


def _quads(lines: Iterable[str]) -> list[ox.Quad]:
    data = "".join(lines).encode("utf-8")
    return list(ox.parse(data, format=ox.RdfFormat.N_QUADS)) if data else []


_Index = support.SupportIndex  # the staged version's index (base and delta read as one)


def apply_delta(data_dir: str | os.PathLike[str], *, add: Mapping[str, bytes] = {}, remove: Iterable[str] = (),
                command: str = "ingest", dl: bool = True, processes: int | None = None) -> Delta | None:
    """Add (or replace) and remove corpus documents by changing the live store version; the new
    version is swapped in by one commit with the corpus files. ``None`` when the live version has
    no support index (the caller runs the full build).

    Args:
        add: ``{"corpus/<name>": bytes}``: new documents, or new contents of corpus files.
        remove: ``["corpus/<name>"]``: corpus files taken away.

    Raises:
        BuildError: naming the step and the reason; nothing was changed.
    """
    data_dir = Path(data_dir)
    remove = list(remove)
    with datadir.exclusive(data_dir, command):
        root = store_dir(data_dir)
        live = current_version(root)
        if live is None or not has_support(root / live):
            return None
        if built_from_other_inputs(data_dir, root / live):
            _progress.info("a full build: the ontology, imports, crosswalk or extraction rules changed since the "
                           "live version was built")
            return None
        with datadir.Change(data_dir, release_names=RELEASE_NAMES) as change:
            try:
                delta = _apply(data_dir, change, root / live, add, remove, dl=dl, processes=processes)
                started = time.perf_counter()
                change.commit()  # the journal, then the swap (and the oldest version dropped)
                delta.timings["commit"] = round(time.perf_counter() - started, 3)
                _progress.info("incremental commit done (%.1fs)", delta.timings["commit"])
            except OSError as error:
                problem = datadir.io_error_message(error, change.dir)
                raise BuildError(f"{command}: {problem}; nothing was changed" if not change.committed else
                                 f"{command}: {problem}; the change is committed and the next ickg "
                                 "command finishes swapping it in") from error
            delta.version = change.version
    index_later(root, delta.version)
    return delta


def built_from_other_inputs(data_dir: str | os.PathLike[str], version_dir: Path) -> bool:
    """Whether the version in ``version_dir`` was built from another ontology, other imports,
    another crosswalk or other extraction rules than the data directory and this ickg have now
    (:func:`closure_digest`, kept in the version's closure state).

    Why a full build then: the ontology is in every part of the version, not in the closure
    alone: its graph in the store, the extraction's lexicon (every document's mentions and
    statements), the shapes' checks, the proposals; the imports' graphs are loaded as they were.
    A delta would compute the closure over the new ontology beside the old ontology graph and
    documents extracted with the old lexicon. A version without a kept closure says nothing
    (False): its change computes the closure again, as before."""
    from ickg.reason import statefile

    try:
        fields = statefile.read_fields(Path(version_dir) / CLOSURE_NAME)
    except (OSError, statefile.StateFileError):
        return False
    return fields.get("digest") != closure_digest(data_dir)


def index_later(root: Path, version: str) -> None:
    """Build the text index of the new version in a process of its own, after the commit.

    The index is global (BM25 statistics, a resource's label and links gathered from every
    document): built again it costs as much as in a full build (22 s at 1,000 documents here),
    which an ingest of one document must not wait for. Until it lands (renamed into the
    version's directory when complete, as :func:`ickg.store.ensure_text_index` does) ``/search``
    scans the store, and ``ickg serve`` builds a missing one at start. The process imports
    :mod:`ickg.store` only (:data:`ickg.store.versions.INDEX_VERSION_MAIN`), not the build's
    modules: 0.25 CPU-s of start instead of 0.75 with ``-m ickg.build.delta``.
    """
    import subprocess
    import sys

    from ickg.store.versions import INDEX_VERSION_MAIN

    subprocess.Popen([sys.executable, "-c", INDEX_VERSION_MAIN, str(root), version],
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True, close_fds=True)


def _apply(data_dir, change, live_dir, add, remove, *, dl, processes):
    from ickg.curate.builder import curation_files
    from ickg.curate.fileformat import CURATION_SUFFIX

    from ickg.resources import keep_ontology_in

    delta = Delta()
    clock = time.perf_counter()
    keep_ontology_in(ontology_kept_dir(data_dir))  # the extraction's lexicon and the closure read it

    def lap(name):
        nonlocal clock
        now = time.perf_counter()
        delta.timings[name] = round(now - clock, 3)
        clock = now
        _progress.info("incremental %s done (%.1fs)", name, delta.timings[name])

    for relative, data in add.items():
        change.add_input(relative, data)
    for relative in remove:
        change.remove_input(relative)
    curation = curation_dir(data_dir)
    curated = {p.name[: -len(CURATION_SUFFIX)] for p in curation_files(curation)} if curation.is_dir() else set()
    old_paths = [data_dir / r for r in [*remove, *add] if (data_dir / r).is_file()]
    new_paths = [change.input_path(r) for r in add]
    # Curation files a review changed since the live version was built: their documents'
    # proposals and the curation are made again, as a full build would make them now.
    digests = curation_digests(curation)
    built = support.read_curation(live_dir)
    reviewed = {name[: -len(CURATION_SUFFIX)] for name in set(digests) ^ set(built)
                | {n for n in digests if built.get(n) not in (None, digests[n])}}
    touched = {p.stem for p in old_paths} | {p.stem for p in new_paths}
    recurate = bool((touched | reviewed) & (curated | {n[: -len(CURATION_SUFFIX)] for n in built}))
    # The data directory as it will be (a symbolic link per corpus file: 0.3 CPU-s, 1 s at 10,000),
    # made only when documents besides the changed ones are read again.
    view = change.view() if reviewed - touched or recurate else None
    for path in sorted((data_dir / "corpus").iterdir()) if reviewed - touched else ():
        if path.stem in reviewed - touched and not path.name.startswith("."):
            old_paths.append(path)
            new_paths.append(view / "corpus" / path.name)
    touched |= reviewed
    others = []
    if recurate:  # the curation is built again, against documents extracted as the full build does
        others = [view / "corpus" / p.name for p in sorted((view / "corpus").iterdir())
                  if p.stem in curated - {q.stem for q in new_paths}]
    old = _contributions(old_paths, curation, processes)
    new = _contributions(new_paths + others, curation, processes)
    lap("extract")
    old_curation = new_curation = None
    gone = {p.stem: old[p.stem] for p in old_paths}
    came = {p.stem: new[p.stem] for p in new_paths}
    added = {Path(r).stem for r in add}
    delta.records = [c.record for s, c in came.items() if s in added]

    staged = change.stage_store_path()
    copy_version(live_dir, staged)
    support.stage_support(live_dir, staged)
    store = ox.Store(str(staged))
    try:
        lap("copy")
        index = _Index(staged)
        if recurate:  # the curation as the live version holds it (every line of it is kept), and now
            old_curation = index.texts(index.source(CURATION))
            new_curation = _curated_lines(view, {s: c.publication for s, c in new.items() if s in curated})
            index.set_curation(digests)
            lap("curate")
        # With a curation built again, the curated documents are validated with it.
        _validate(new.values() if recurate else came.values(), new_curation, delta)
        lap("validate")
        asserted_gone, asserted_new, statements = _change_stated(store, index, gone, came, old_curation,
                                                                 new_curation, delta)
        lap("store")
        _reason(store, index, data_dir, dl, delta, live_dir=live_dir, staged=staged, asserted_gone=asserted_gone,
                asserted_new=asserted_new, statements=statements, recurate=recurate)
        lap("reason")
        if delta.records:
            delta.labels = _labels(index, {c.label for r in delta.records for c in r.candidates})
        index.commit()
        if support.needs_compaction(staged):  # the delta grew past its share of the base
            support.compact(staged)
            lap("compact")
        store.flush()
    finally:
        del store
        gc.collect()
    return delta


def _validate(came, curation_lines, delta):
    """The shapes, quotes and sources on the ontology and what the new documents (and a curation
    built again) state: the checks of the full build, on the delta."""
    from ickg.validate import shacl

    check = ox.Store()
    check.extend(_ontology_quads())
    lines = [line for c in came for line in (*c.owned, *c.counted)] + list(curation_lines or ())
    if not lines:
        return
    check.bulk_extend(_quads(dict.fromkeys(lines)))
    delta.validation = shacl.validate_store(check)
    if not delta.validation.conforms:
        raise BuildError(f"validate: the graph does not conform:\n{delta.validation}")


@functools.cache
def _ontology_quads() -> tuple[ox.Quad, ...]:
    """The ontology graph as the full build loads it: the ontology's N-Triples (kept under
    ``build/ontology``, :func:`ickg.resources.keep_ontology_in`) parsed by pyoxigraph, ~10 ms.

    Why not read it from the live version: Oxigraph looks up the text of every term it returns,
    which cost 0.4-0.5 CPU-s for the ontology graph's 3,431 quads in a 10,000-document store as
    the build left it before it compacted its stores (:func:`ickg.store.versions.finish_version`;
    0.03 compacted), and a version an ingest made is not compacted. Where the ontology changed
    since that version was built, the new one is what a full build would check against and
    reason over; a version built from another ontology is not changed but built again
    (:func:`built_from_other_inputs`)."""
    from ickg.resources import _ontology_ntriples

    graph = ox.NamedNode(str(ONTOLOGY_GRAPH))
    return tuple(ox.Quad(t.subject, t.predicate, t.object, graph)
                 for t in ox.parse(_ontology_ntriples().encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))


def _change_stated(store, index, gone, came, old_curation, new_curation, delta):
    """Remove what only the removed documents stated, add what the new ones state, and show or
    hide the proposals whose triple's place in the asserted graph changed."""
    counts = Counter()
    candidates: dict[int, str] = {}  # lines that may go: hash -> line
    for stem, c in gone.items():
        for h in index.source(stem):
            counts[h] -= 1
        for line in (*c.owned, *c.counted):
            candidates[line_hash(line)] = line
        index.set_source(stem, None)
    adding: dict[int, str] = {}
    for stem, c in came.items():
        hashes = [line_hash(line) for line in c.counted]
        counts.update(hashes)
        index.set_source(stem, hashes)
        for line in (*c.owned, *c.counted):
            adding[line_hash(line)] = line
    if new_curation is not None:
        for h in index.source(CURATION):
            counts[h] -= 1
        for line in old_curation:
            candidates[line_hash(line)] = line
        hashes = [line_hash(line) for line in new_curation]
        counts.update(hashes)
        index.set_source(CURATION, hashes)
        adding.update((line_hash(line), line) for line in new_curation)
    new_counts = index.change_counts("counts", counts)
    still = index.counts("counts", candidates)
    removing = {h: line for h, line in candidates.items() if h not in adding and still.get(h, 0) <= 0}
    # The text of counted lines the reasoner reads (asserted) and of the curation's lines.
    index.drop_texts(h for h, n in new_counts.items() if n <= 0)
    from ickg.build.support import kept_as_text

    texts = [(line_hash(line), line) for c in came.values() for line in c.counted if kept_as_text(c.stem, line)]
    texts += [(line_hash(line), line) for line in new_curation or () if kept_as_text(CURATION, line)]
    index.put_texts(texts)

    # The asserted triples that come and go, for the proposals.
    asserted_gone = [line for line in removing.values() if line.endswith(_ASSERTED_END)]
    asserted_new = [line for line in adding.values()
                    if line.endswith(_ASSERTED_END) and _quads([line])[0] not in store]
    for quad in _quads(removing.values()):
        store.remove(quad)
    store.extend(_quads(adding.values()))  # a transaction: the bulk loader's fixed cost is seconds
    delta.removed, delta.added = len(removing), len(adding)
    _change_proposals(store, index, gone, came, asserted_gone, asserted_new, delta)
    subject = f" <{RDF_SUBJECT.value}> "
    statements = {line.split(" ", 1)[0][1:-1] for line in (*removing.values(), *adding.values())
                  if subject in line and line.endswith(f" <{PROVENANCE_GRAPH}> .\n")}
    return asserted_gone, asserted_new, statements


def _change_proposals(store, index, gone, came, asserted_gone, asserted_new, delta):
    from ickg.terms import to_ox

    changed = {line_hash(line) for line in (*asserted_gone, *asserted_new)}
    pdelta = Counter()
    showing, hiding = [], []  # the lines of each proposal shown, hidden
    for stem in gone:
        rows = index.proposals_of(stem)
        if any(shown for _, _, _, shown, _ in rows):
            lines = index.proposal_lines([stem])[stem]
            hiding += [lines.lines(support.positions_of(at)) for _, _, _, shown, at in rows if shown]
        if rows:
            index.drop_proposals(row[0] for row in rows)
            index.put_proposal_lines(stem, None)
    asserted = ox.NamedNode(str(ASSERTED_GRAPH))

    def is_asserted(triple):
        s, p, o = (to_ox(x) for x in triple)
        return ox.Quad(s, p, o, asserted) in store

    about = index.proposals_about(changed)
    documents = index.proposal_lines(row[1] for row in about)
    for pid, source, th, shown, at in about:
        lines = documents[source].lines(support.positions_of(at))
        triple = _quads(lines[:1])[0]  # a proposal's first quad is its triple (proposal_quads)
        now = ox.Quad(triple.subject, triple.predicate, triple.object, asserted) not in store
        if now != bool(shown):
            index.put_proposal((pid, source, th, int(now), at))
            (showing if now else hiding).append(lines)
    rows = []
    for stem, c in came.items():
        delta.proposed[stem] = 0
        document = support.DocumentLines()
        for triple, nq in c.proposals:
            shown = not is_asserted(triple)
            at = document.add(nq)
            rows.append((stem, triple_hash(*triple), int(shown), at.tobytes()))
            if shown:
                showing.append(document.lines(at))
                delta.proposed[stem] += 1
        if c.proposals:
            index.put_proposal_lines(stem, document)
    index.add_proposals(rows)
    lines = {}
    for sign, proposals in ((-1, hiding), (1, showing)):
        for proposal in proposals:
            for h, line in zip(support.line_hashes(proposal), proposal):
                pdelta[h] += sign
                lines[h] = line
    new = index.change_counts("pcounts", pdelta)
    for quad in _quads(lines[h] for h, n in new.items() if n <= 0):
        store.remove(quad)
    store.extend(_quads(lines[h] for h, n in new.items() if n > 0))


def closure_digest(data_dir: str | os.PathLike[str]) -> str:
    """The digest a kept closure (:class:`ickg.reason.materialise.ClosureState`) is used with:
    the ontology's files, the import files, the crosswalk, and the version of the extraction
    rules. The rules do not enter the closure, but the version it is kept with is built from
    them: its proposals name them, and an ickg with other rules proposes other statements, so a
    change made with them would not be what a full build makes (:func:`built_from_other_inputs`)."""
    from ickg.extract.statements import VERSION
    from ickg.reason.crosswalk import Crosswalk
    from ickg.reason.materialise import input_digest
    from ickg.resources import ontology_files

    # the ontology's source files (its N-Triples name blank nodes anew on every run)
    files = [path.name.encode("utf-8") + b"\0" + path.read_bytes()
             for path in [*ontology_files(), *import_paths(data_dir)]]
    return input_digest(repr(Crosswalk()), f"extraction rules {VERSION}", *files)


def keep_closure(result, fixed, folder: Path, data_dir: str | os.PathLike[str], dl: bool) -> None:
    """Keep the closure of a build (``result``, from :func:`ickg.reason.materialise.materialise`
    over ``fixed``, the ontology's and imports' triples, and the asserted graph) in the store
    version's directory ``folder``, for the next incremental change."""
    from ickg.reason.materialise import closure_state, save_state

    save_state(closure_state(result, fixed, digest=closure_digest(data_dir), dl=dl), folder)


def _reason(store, index, data_dir, dl, delta, *, live_dir, staged, asserted_gone, asserted_new, statements,
            recurate):
    """The OWL 2 RL closure (and HermiT) of the new version, as the full build computes it.

    The live version's kept closure is changed by the asserted triples that went and came
    (:func:`ickg.reason.materialise.update_closure`: delete, re-derive, add), and the inferred
    graph by the triples that came and went with it; the derivations graph stays. When that
    cannot be done (no kept closure, another ontology or imports, a curation built again, a
    change near a hedged, mapped or HermiT-concluded triple...), the closure is computed again
    over the ontology, the asserted graph as the index keeps it and the imports, and replaces
    the inferred and derivations graphs. Either way the new closure is kept for the next change.
    """
    from ickg.build.stages import _parsed_nquads
    from ickg.reason import statefile
    from ickg.reason.materialise import UnusableClosure, load_state, save_state, update_closure

    try:  # the header's fields alone: a few hundred bytes, where load_state reads and checks megabytes
        kept_dl = statefile.read_fields(Path(live_dir) / CLOSURE_NAME).get("dl")
    except (OSError, statefile.StateFileError):
        kept_dl = None
    if isinstance(kept_dl, bool):
        # The live version's own HermiT setting, whichever way the closure is made below: a
        # --no-dl build stays so (ickg ingest has no --no-dl of its own), also when the curation
        # is built again or the kept closure does not fit.
        dl = kept_dl
    state = None
    if recurate:
        _progress.info("closure computed again: the curation is built again")
    else:
        try:
            state = load_state(live_dir)
        except UnusableClosure as why:
            _progress.info("closure computed again: %s", why)
        if state is not None and state.digest != closure_digest(data_dir):
            _progress.info("closure computed again: another ontology, imports or crosswalk")
            state = None
    if state is not None:
        change = update_closure(state, [q[:3] for q in _parsed_nquads("".join(asserted_new).encode("utf-8"))],
                                [q[:3] for q in _parsed_nquads("".join(asserted_gone).encode("utf-8"))],
                                statements=statements, dl_max_triples=DL_MAX_DATA_TRIPLES)
        if change is not None:
            text = ntriples.TermText()
            end = f" <{INFERRED_GRAPH}> .\n"
            for quad in _quads(" ".join(text(x) for x in t) + end for t in change.gone):
                store.remove(quad)
            store.extend(_quads(" ".join(text(x) for x in t) + end for t in change.came))
            save_state(state, staged)
            delta.closure = (len(change.gone), len(change.came))
            _progress.info("incremental closure: %d inferred triples out, %d in", *delta.closure)
            return
    from ickg.extract.rdf import ImportError_, parse_import
    from ickg.reason.materialise import materialise

    # The ontology as the build reads it (ontology_graph()'s N-Triples), parsed by pyoxigraph:
    # a second where rdflib's parser takes it. Then the asserted graph as the index keeps it.
    from ickg.terms import from_ox

    ontology = [(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)) for q in _ontology_quads()]
    fixed = list(ontology)
    for path in import_paths(data_dir):
        try:
            fixed += list(parse_import(path))
        except ImportError_ as error:
            raise BuildError(f"import: {error}") from error
    asserted_lines = [t for t in index.lines() if t.endswith(_ASSERTED_END)]
    sources = fixed + [q[:3] for q in _parsed_nquads("".join(asserted_lines).encode("utf-8"))]
    prov = ox.NamedNode(str(PROVENANCE_GRAPH))
    described = {q.subject.value for q in store.quads_for_pattern(None, RDF_SUBJECT, None, prov)}
    curated = [line for line in index.texts(index.source(CURATION)) if line.endswith(f" <{PROVENANCE_GRAPH}> .\n")]
    provenance = [q[:3] for q in _parsed_nquads("".join(curated).encode("utf-8"))]
    from ickg.reason.dl import reports_dir

    result = materialise(sources, dl=dl, dl_max_triples=DL_MAX_DATA_TRIPLES, provenance=provenance,
                         described=described, dl_cache=reports_dir())
    if not result.consistent:
        raise BuildError("reason: the graph is inconsistent:\n" + "\n".join(result.inconsistencies))
    for graph in (INFERRED_GRAPH, DERIVATIONS_GRAPH):
        store.clear_graph(ox.NamedNode(str(graph)))
    for chunk in result.nquads():
        store.bulk_load(input=chunk, format=ox.RdfFormat.N_QUADS)
    delta.reasoning = result
    keep_closure(result, fixed, staged, data_dir, dl)


_LABELS = ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel",
           "http://www.w3.org/2004/02/skos/core#altLabel")


def _labels(index, wanted: Iterable[str]) -> set[str]:
    """Of the ``wanted`` labels (the new documents' candidates), the case-folded ones the asserted
    and ontology graphs already name (what :func:`ickg.build.ingest.known_labels` reads from a
    full build). The asserted graph's labels are read from the support index, which keeps the
    text of every asserted line (the reasoner's input): one scan of a SQLite table, 0.05 CPU-s
    at 10,000 documents where reading the store's 17,640 label quads took 0.3-0.5; the
    ontology's from its N-Triples (:func:`_ontology_quads`)."""
    wanted = {w.casefold() for w in wanted}
    if not wanted:
        return set()
    rows = index.lines(" OR ".join(["text LIKE ?"] * len(_LABELS)), [f"% <{predicate}> %" for predicate in _LABELS])
    quads = [*_quads(text for text in rows if text.endswith(_ASSERTED_END)), *_ontology_quads()]
    return {q.object.value.casefold() for q in quads
            if q.predicate.value in _LABELS and not isinstance(q.object, ox.BlankNode)} & wanted


"""The release files: one Turtle file per named graph and the whole dataset as JSON-LD.

Byte-identical for the same input (``tests/test_publish.py`` rebuilds the committed release
and compares): the lines of each graph are sorted (N-Triples, byte order), blank nodes
canonicalised first where a graph has any (RDFC-1.0), and pyoxigraph's Turtle serializer writes them with
ickg's prefixes. Nothing is read into rdflib but a graph that holds blank nodes (the ontology)
and, for a small dataset, the JSON-LD file's input.

The release is written from the build's N-Quads spool (:class:`ickg.build.stages.Build`), not
from the store: the store keeps an integer's value, not the subtype that named it
(``xsd:nonNegativeInteger`` offsets would come back as ``xsd:integer``). Each graph's lines are
split off in one pass and sorted by ``sort(1)`` (``LC_ALL=C``, bounded memory), so a release of
any size streams through disk, never through memory.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, URIRef
from rdflib.namespace import RDF

from ickg import iris
from ickg.iris import compact
from ickg.namespaces import (ASSERTED_GRAPH, DERIVATIONS_GRAPH, INFERRED_GRAPH, MENTIONS_GRAPH,
                             ONTOLOGY_GRAPH, PREFIXES, PROVENANCE_GRAPH)
from ickg.processes import tied_to_this_process

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

RELEASE_NAMES = (*RELEASE_GRAPHS, RELEASE_DATASET)

# The JSON-LD file holds the whole dataset as one document, which its writer builds in memory:
# above this many triples (the seed corpus has about 43,000) the release has the Turtle files only.
JSONLD_MAX_TRIPLES = 100_000

# sort(1)'s memory for one graph's lines; beyond it, it merges runs from temporary files.
SORT_BUFFER = "256M"


def sorted_graph_files(spool: str | os.PathLike[str], folder: str | os.PathLike[str]) -> dict[str, Path]:
    """Split the N-Quads file ``spool`` into one sorted N-Triples file per release graph.

    Returns ``{graph IRI: path}`` for the graphs that have triples. Lines are byte-sorted and
    distinct; a graph holding blank nodes gets them canonicalised first (:func:`_canonical_lines`).
    """
    folder = Path(folder)
    wanted = {f" <{g}> .\n".encode(): str(g) for g in RELEASE_GRAPHS.values()}
    outs, blank = {}, set()
    try:
        with open(spool, "rb") as lines:
            for line in lines:
                cut = line.rfind(b" <", 0, len(line) - 3)
                graph = wanted.get(line[cut:])
                if graph is None:
                    continue
                out = outs.get(graph)
                if out is None:
                    out = outs[graph] = open(folder / f"{len(outs)}.nt", "wb")
                triple = line[:cut]
                if graph not in blank and (triple.startswith(b"_:") or b" _:" in triple):
                    blank.add(graph)
                out.write(triple + b" .\n")
    finally:
        for out in outs.values():
            out.close()
    files = {}
    for graph, out in outs.items():
        path = Path(out.name)
        if graph in blank:
            path.write_bytes(_canonical_lines(path.read_bytes()))
        else:
            _sort_file(path)
        files[graph] = path
    return files


# A graph's lines up to this size are sorted in this process (the bytes and a list of lines, a few
# times the size, in memory); larger ones by sort(1). Each sort(1) costs a fork and an exec
# (~0.08 s wall of a two-document build's five, on a loaded machine), and gives the same bytes:
# LC_ALL=C compares bytes, as Python's bytes do, and -u keeps one of equal lines.
SORT_IN_PROCESS = 16 << 20


def _sort_file(path: Path) -> None:
    if path.stat().st_size <= SORT_IN_PROCESS:
        path.write_bytes(b"".join(sorted(set(path.read_bytes().splitlines(keepends=True)))))
        return
    env = dict(os.environ, LC_ALL="C")
    subprocess.run(tied_to_this_process(["sort", "-u", "-S", SORT_BUFFER, "-T", str(path.parent), "-o", str(path),
                                         str(path)]), check=True, env=env)


def _canonical_lines(data: bytes) -> bytes:
    """N-Triples with blank nodes renamed canonically (RDFC-1.0, pyoxigraph), sorted and distinct."""
    dataset = ox.Dataset(ox.Quad(t.subject, t.predicate, t.object)
                         for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    text = ox.serialize((q.triple for q in dataset), format=ox.RdfFormat.N_TRIPLES)
    return b"".join(sorted(set(text.splitlines(keepends=True))))


# The prefixes of the Turtle files: ickg's, but those of minted IRIs (``id:``, ``scheme:``),
# whose local names hold '/' that Turtle would have to escape (``id:program\\/prisma``).
TURTLE_PREFIXES = {p: ns for p, ns in sorted(iris.PREFIXES.items()) if p not in ("id", "scheme")}


def _turtle(source: Path, target: Path) -> None:
    """Sorted N-Triples ``source`` as Turtle ``target``: pyoxigraph groups each subject's
    consecutive triples; the ``@prefix`` lines are put in alphabetical order."""
    body = target.with_suffix(".body")
    ox.serialize(ox.parse(path=source, format=ox.RdfFormat.N_TRIPLES), output=body,
                 format=ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES)
    with open(body, "rb") as data, open(target, "wb") as out:
        header = []
        for _ in TURTLE_PREFIXES:
            header.append(data.readline())
        if not all(line.startswith(b"@prefix ") for line in header):
            raise ValueError(f"{body}: pyoxigraph's Turtle does not start with its @prefix lines")
        out.writelines(sorted(header))
        out.write(b"\n")
        shutil.copyfileobj(data, out, 1 << 20)
    body.unlink()


def _rdflib_graphs(files: dict[str, Path]) -> dict:
    """The graphs as sets of rdflib-term triples for the JSON-LD writer (which only iterates
    them, grouping and sorting as it goes: no rdflib Graph and its indexes to build), blank nodes
    keeping their canonical labels (rdflib's own parser would give them fresh random ones)."""
    from ickg.terms import from_ox

    graphs = {}
    for graph, path in sorted(files.items()):
        terms: dict = {}
        graphs[URIRef(graph)] = {tuple(terms.get(x) or terms.setdefault(x, from_ox(x))
                                       for x in (t.subject, t.predicate, t.object))
                                 for t in ox.parse(path=path, format=ox.RdfFormat.N_TRIPLES)}
    return graphs


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


def _expanded_jsonld(graphs):
    """The named graphs as expanded JSON-LD (full IRIs, every value an object), in a fixed order."""
    expanded = []
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
        expanded.append({"@id": str(name), "@graph": nodes})
    return expanded


def _jsonld_context(graphs):
    """The release's JSON-LD context: ickg's prefixes, and a type coercion for each property
    whose values in the whole dataset are all IRIs (``"@type": "@id"``) or all literals of one
    datatype, so that compaction writes them as bare strings."""
    kinds = {}
    for graph in graphs.values():
        for _, p, o in graph:
            if isinstance(o, (URIRef, BNode)):
                kind = "@id"
            elif o.language or o.datatype is None:
                kind = None  # plain and language-tagged strings compact without a coercion
            else:
                kind = str(o.datatype)
            kinds.setdefault(p, set()).add(kind)
    context = {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}
    for p in sorted(kinds):
        (kind,) = kinds[p] if len(kinds[p]) == 1 else (None,)
        name = compact(p)
        if kind is None or name is None or p == RDF.type or not _safe_curie(name):
            continue
        context[name] = {"@type": kind if kind == "@id" else (compact(kind) or kind)}
    return context


def _safe_curie(name):
    """Whether ``prefix:local`` reads back as the IRI it stands for in JSON-LD (no ``//`` after
    the colon, which would make it an absolute IRI, and no keyword-like local part)."""
    return not name.split(":", 1)[1].startswith(("//", "@"))


def _refuse_remote_context(url, options=None):
    raise ValueError(f"the release's JSON-LD context is inline; nothing is fetched ({url})")


# The graphs whose compacted JSON-LD is kept in the user's cache (:mod:`ickg.usercache`): the
# ontology's, the same in every build of one ickg (3,431 of a two-document build's ~5,300 quads,
# ~0.6 of its 1.1 s of compaction).
JSONLD_KEPT_GRAPHS = frozenset({str(ONTOLOGY_GRAPH)})
JSONLD_KEPT = 16  # the cache folder keeps the last few (one per ickg version and context in use)
_JSONLD_CACHE_FORMAT = 1  # bump when what a kept file holds changes


def _jsonld_bytes(graphs, files=None):
    """The dataset as compacted JSON-LD, the same bytes for the same graphs.

    PyLD compacts the expanded document against :func:`_jsonld_context`: IRIs become
    ``prefix:local``, single values lose their array, coerced values their object. Written
    one node a line, so the file stays greppable without the whitespace of an indented tree.
    The document is handed over as expanded (``skipExpansion``): it already is PyLD's expansion
    of itself (``tests/test_release_jsonld.py`` checks), which PyLD would otherwise compute again
    (a third of the time).

    Each named graph is compacted on its own (compaction handles the document's graphs one by
    one: the same bytes as the whole at once), so that a graph in :data:`JSONLD_KEPT_GRAPHS`
    whose sorted N-Triples file is given in ``files`` (``{graph IRI: path}``) is compacted once
    per user and read from the cache after (:func:`_kept_graph_lines`).
    """
    context = _jsonld_context(graphs)
    out = ['{"@context":' + json.dumps(context, ensure_ascii=False, indent=1), ',"@graph":[']
    for i, name in enumerate(sorted(graphs)):
        path = (files or {}).get(str(name))
        if str(name) in JSONLD_KEPT_GRAPHS and path is not None:
            lines = _kept_graph_lines(name, graphs[name], context, path)
        else:
            lines = _graph_lines(name, graphs[name], context)
        out.append(("," if i else "") + lines[0])
        out.extend(lines[1:])
    out.append("]}")
    return ("\n".join(out) + "\n").encode("utf-8")


def _graph_lines(name, triples, context) -> list[str]:
    """The lines of the named graph ``name`` in the JSON-LD file: its head (``{"@id":...,"@graph":[``),
    one line per node, and ``]}``."""
    from pyld import jsonld

    compacted = jsonld.compact(_expanded_jsonld({name: triples}), {"@context": context},
                               {"documentLoader": _refuse_remote_context, "skipExpansion": True})
    graph = {k: v for k, v in compacted.items() if k != "@context"}  # one named graph: compaction unwraps it
    nodes = graph.get("@graph", [])
    nodes = nodes if isinstance(nodes, list) else [nodes]
    head = {k: v for k, v in graph.items() if k != "@graph"}

    def line(value):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    return [line(head)[:-1] + ',"@graph":[', *(("," if j else "") + line(node) for j, node in enumerate(nodes)), "]}"]


def _kept_graph_lines(name, triples, context, path: Path) -> list[str]:
    """:func:`_graph_lines`, kept in the user's cache (``jsonld/<key>.json``) and read again.

    The key is a SHA-256 of the graph's sorted N-Triples (``path``), its name, the part of
    ``context`` its compaction reads, PyLD's and rdflib's versions and the source of this module
    and of :mod:`ickg.terms` (which make the document PyLD compacts). The part of the context:
    PyLD writes an IRI with a term whose IRI it is, or as ``prefix:local`` with a prefix, a
    CURIE being refused where the context defines that CURIE as a term for the same IRI
    (``JsonLdProcessor._compact_iri``); so every prefix counts, and of the coercions (terms
    ``prefix:local``) those of the IRIs the graph holds. A coercion that the rest of the dataset
    adds or changes for a property the graph does not use leaves the key as it is
    (``tests/test_release_jsonld.py`` checks both ways against a fresh compaction).
    """
    import hashlib
    from importlib.metadata import version

    from ickg import usercache

    used = {str(name)}
    for triple in triples:
        for term in triple:
            if isinstance(term, URIRef):
                used.add(str(term))
            elif not isinstance(term, BNode) and term.datatype is not None:
                used.add(str(term.datatype))
    part = {k: v for k, v in context.items() if ":" not in k or _curie_iri(k) in used}
    here = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(json.dumps([_JSONLD_CACHE_FORMAT, version("PyLD"), version("rdflib"), str(name), part],
                                       sort_keys=True).encode("utf-8"))
    for source in (here / "build" / "release.py", here / "terms.py"):
        digest.update(hashlib.sha256(source.read_bytes()).digest())
    digest.update(path.read_bytes())
    kept_path = usercache.cache_dir("jsonld") / f"{digest.hexdigest()}.json"
    kept = usercache.read_kept(kept_path)
    if kept is not None:
        try:
            lines = json.loads(kept)
            if isinstance(lines, list) and len(lines) >= 2 and all(isinstance(x, str) for x in lines):
                return lines
        except ValueError:
            pass  # damaged: compacted again and replaced
    lines = _graph_lines(name, triples, context)
    usercache.keep(kept_path, json.dumps(lines, ensure_ascii=False).encode("utf-8"), kept=JSONLD_KEPT)
    return lines


def _curie_iri(name: str) -> str | None:
    """The IRI the context term ``prefix:local`` stands for (None for an unknown prefix)."""
    prefix, _, local = name.partition(":")
    namespace = PREFIXES.get(prefix)
    return None if namespace is None else str(namespace) + local


def write_release(build, folder):
    """Write the release files of ``build`` into ``folder`` (each replaced atomically); return
    their paths. Graphs without triples have no file."""
    from ickg.build.stages import store_source

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    spool = store_source(build)
    with tempfile.TemporaryDirectory(prefix=".release-", dir=folder) as work:
        if isinstance(spool, bytes):
            path = Path(work) / "dataset.nq"
            path.write_bytes(spool)
            spool = path
        files = sorted_graph_files(spool, work)
        outputs = {}
        for name, graph in RELEASE_GRAPHS.items():
            if str(graph) in files:
                outputs[name] = Path(work) / f"{name}.out"
                _turtle(files[str(graph)], outputs[name])
        if sum(_lines(p) for p in files.values()) <= JSONLD_MAX_TRIPLES:
            outputs[RELEASE_DATASET] = Path(work) / "dataset.jsonld"
            outputs[RELEASE_DATASET].write_bytes(_jsonld_bytes(_rdflib_graphs(files), files))
        written = []
        for name, path in sorted(outputs.items()):
            try:
                os.chmod(path, 0o644)  # release files are for everyone
                os.replace(path, folder / name)
            except OSError as error:
                raise OSError(error.errno, error.strerror, str(folder / name)) from None
            written.append(folder / name)
    return written


def _lines(path: Path) -> int:
    with open(path, "rb") as data:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: data.read(1 << 20), b""))


def stage_release(build, change):
    """Write the release files of ``build`` into the staging directory of ``change``.

    Kept apart from :func:`ickg.build.publish.publish` so that which commands write a release stays one decision.
    """
    write_release(build, change.release_dir)

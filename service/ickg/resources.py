"""Files that ship inside the installed package: the ontology, its shapes, the queries.

They are read through :mod:`importlib.resources`, so the CLI works from any directory and
from an editable install alike.

rdflib is imported by the functions that make rdflib graphs, not with the module: the web
process lists the queries (:func:`query_files`) and never loads rdflib.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from ickg.iris import ICKG, ONTOLOGY_IRI, SCHEME

if TYPE_CHECKING:
    from rdflib import Graph


def ontology_dir():
    return files("ickg.ontology")


def queries_dir():
    return files("ickg.queries")


def ontology_files():
    """The Turtle files that together make the ontology (TBox plus concept schemes).

    The hand-edited source is ``ickg-edit.ttl``; the typologies' concept schemes and their
    mappings live beside it in ``ickg-concepts.ttl`` and ``ickg-mappings.ttl``. Shapes are not part
    of the ontology.
    """
    root = ontology_dir()
    return sorted(
        (p for p in root.iterdir() if p.name.endswith(".ttl")),
        key=lambda p: (p.name != "ickg-edit.ttl", p.name),
    )


def shapes_file():
    return ontology_dir() / "shapes" / "ickg-shapes.ttl"


_NTRIPLES: str | None = None  # _ontology_ntriples(), once per process (made, or read where it was kept)


def _ontology_ntriples() -> str:
    """The ontology as N-Triples: read where :func:`keep_ontology_in` found them kept, else made
    from the Turtle files (:func:`_made_ontology_ntriples`), once per process."""
    global _NTRIPLES
    if _NTRIPLES is None:
        _NTRIPLES = _made_ontology_ntriples()
    return _NTRIPLES


def _made_ontology_ntriples() -> str:
    """The ontology as N-Triples, its Turtle files read by pyoxigraph's parser (three times
    rdflib's speed), the terms it defines given ``rdfs:isDefinedBy`` (:func:`defined_by`)."""
    import pyoxigraph as ox
    from rdflib import Graph

    from ickg.terms import from_ox

    graph = Graph()
    for path in ontology_files():
        for triple in ox.parse(path.read_bytes(), format=ox.RdfFormat.TURTLE):
            graph.add((from_ox(triple.subject), from_ox(triple.predicate), from_ox(triple.object)))
    defined_by(graph)
    return graph.serialize(format="nt")


# What the kept N-Triples are made by, beside the ontology's files: this module (the making, and
# defined_by), the modules whose terms and namespaces it uses, and the parser and serializer.
_MADE_BY = ("resources.py", "terms.py", "namespaces.py", "iris.py")
_CHECKSUM = b"# sha256 "  # the kept file's last line: the SHA-256 of every byte before it


def ontology_digest() -> str:
    """A digest of what the ontology's N-Triples are made from: the ontology's Turtle files (names
    and bytes), the ickg modules that make them (:data:`_MADE_BY`), rdflib's and pyoxigraph's
    versions. Any change to one names another kept file."""
    import pyoxigraph
    import rdflib

    digest = hashlib.sha256(f"ickg ontology N-Triples 1 rdflib {rdflib.__version__} "
                            f"pyoxigraph {pyoxigraph.__version__}\0".encode())
    here = Path(__file__).resolve().parent
    for name, data in [*((p.name, p.read_bytes()) for p in ontology_files()),
                       *((name, (here / name).read_bytes()) for name in _MADE_BY)]:
        digest.update(b"%d %s\0%d\0" % (len(name), name.encode(), len(data)))
        digest.update(data)
    return digest.hexdigest()


def keep_ontology_in(folder: str | os.PathLike[str]) -> Path | None:
    """Read the ontology's N-Triples from ``folder`` (a data directory's ``build/ontology``) where
    an earlier command kept them, or keep them there; the file's path, or None if it could not
    be written.

    Why: making them from the Turtle files (parse, an rdflib graph, :func:`defined_by`, rdflib's
    serializer) cost about 0.15 CPU-s in every ``ickg build`` and ``ickg ingest``; reading the
    kept file and checking it costs a few milliseconds. The file is ``<ontology_digest()>.nt``,
    its last line the SHA-256 of the bytes before it: a file of another digest (another ontology
    or ickg) is removed, and one whose checksum does not match (cut short, damaged) is never
    read: the N-Triples are made again and replace it (written beside it, then renamed). Only
    the blank nodes' labels differ from freshly made N-Triples, which name them anew each time
    (:func:`ontology_graph` gives every copy blank nodes of its own either way).

    A data directory that has none yet (a new one, or one whose ontology changed) reads them
    from the user's cache (:func:`ickg.usercache.cache_dir` ``ontology``, the same file name and
    checksum), where the first command that made them kept them too: one making per ickg
    version and user, not one per data directory (the test suite builds hundreds).
    """
    global _NTRIPLES
    from ickg import usercache

    folder = Path(folder)
    path = folder / f"{ontology_digest()}.nt"
    shared = usercache.cache_dir("ontology") / path.name
    data = None
    if _NTRIPLES is None:
        _NTRIPLES = _read_kept(path)
        if _NTRIPLES is not None:
            return path
        _NTRIPLES = _read_kept(shared)
        if _NTRIPLES is None:  # made here: kept for the next data directory too
            data = _kept_form(_ontology_ntriples().encode("utf-8"))
            usercache.keep(shared, data, kept=KEPT_ONTOLOGIES)
    elif _read_kept(path) is not None:
        return path
    if data is None:
        data = _kept_form(_ontology_ntriples().encode("utf-8"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, staged = tempfile.mkstemp(dir=folder, prefix=".ontology-", suffix=".nt")
        try:
            os.fchmod(fd, 0o644)  # as a file written by open(): mkstemp makes it 0600
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(staged, path)
        except BaseException:
            os.unlink(staged)
            raise
        for other in folder.glob("*.nt"):  # made from another ontology or by another ickg
            if other != path:
                other.unlink(missing_ok=True)
    except OSError:  # a folder that cannot be written: only slower
        return None
    return path


KEPT_ONTOLOGIES = 8  # the user's cache keeps the N-Triples of the last few ontologies (ickg versions)


def _kept_form(data: bytes) -> bytes:
    """N-Triples as kept: the bytes, then a last line with their SHA-256 (:func:`_read_kept`)."""
    return data + _CHECKSUM + hashlib.sha256(data).hexdigest().encode() + b"\n"


def _read_kept(path: Path) -> str | None:
    """The N-Triples kept at ``path`` if it is there and its checksum matches, else None."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    body, _, last = data[:-1].rpartition(b"\n")
    if not data.endswith(b"\n") or not last.startswith(_CHECKSUM):
        return None
    body += b"\n"
    if hashlib.sha256(body).hexdigest().encode() != last[len(_CHECKSUM):]:
        return None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def defined_by(graph: Graph) -> Graph:
    """Every term the ontology declares in its own namespaces gets ``rdfs:isDefinedBy`` the
    ontology IRI, added here rather than by hand in each block of the Turtle sources, as the OBO
    pipelines annotate theirs at release (ROBOT ``annotate --annotate-defined-by``). Concepts are
    anything typed with ``skos:Concept`` or one of its subclasses."""
    from rdflib import URIRef
    from rdflib.namespace import OWL, RDF, RDFS, SKOS

    own = (ICKG, SCHEME)
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
             SKOS.ConceptScheme, SKOS.Concept} | set(graph.transitive_subjects(RDFS.subClassOf, SKOS.Concept))
    ontology = URIRef(ONTOLOGY_IRI)
    for kind in kinds:
        for term in list(graph.subjects(RDF.type, kind)):
            if isinstance(term, URIRef) and str(term).startswith(own):
                graph.add((term, RDFS.isDefinedBy, ontology))
    return graph


def ontology_graph() -> Graph:
    """A fresh rdflib graph holding the whole ontology (parsed once per process, copied per call).

    A build asks for it in each extraction worker three times (lexicon, vocabulary, local checks)
    and parsing it took a third of a small build's CPU; the copy costs a quarter of a parse, and
    the workers, forked after the build's own call, inherit the parse. Like a parse, each copy
    gets blank nodes of its own, and its triples come in the same order.
    """
    from rdflib import Graph

    from ickg.namespaces import bind_prefixes

    graph = Graph()
    graph.addN((s, p, o, graph) for s, p, o in ontology_triples())
    return bind_prefixes(graph)


def ontology_triples() -> list:
    """The ontology's triples as rdflib terms, with blank nodes of their own as each
    :func:`ontology_graph` has: for a caller that only reads them once, the graph's indexes
    (0.18 s of a build: a third of a copy's cost) are not built."""
    return _with_own_blank_nodes(_ontology_triples())


def _with_own_blank_nodes(triples) -> list:
    """``triples`` with a new blank node for each one they name, as a fresh parse would give: a
    copy of triples kept once per process that shares no blank node with another copy."""
    from rdflib import BNode

    fresh: dict = {}

    def own(term):
        return fresh.setdefault(term, BNode()) if isinstance(term, BNode) else term

    return [(own(s), p, own(o)) for s, p, o in triples]


def ontology_ntriples() -> str:
    """The ontology as N-Triples (its blank nodes labelled as this process's copy labels them):
    what :func:`ontology_graph` holds, for a reader that parses it with pyoxigraph."""
    return _ontology_ntriples()


@lru_cache(maxsize=1)
def _ontology_triples() -> tuple:
    """:func:`_ontology_ntriples` read once per process, as rdflib terms, its triples in the order
    of their lines. Read by pyoxigraph's parser (a third of the time of rdflib's, which a
    ``Graph.parse`` uses): the same terms but the blank nodes' labels, which are the file's here
    and fresh there, and every caller renames them anyway (:func:`ontology_triples`)."""
    import pyoxigraph as ox

    from ickg.terms import from_ox

    terms: dict = {}

    def term(x):
        out = terms.get(x)
        if out is None:
            out = terms[x] = from_ox(x)
        return out

    return tuple((term(t.subject), term(t.predicate), term(t.object))
                 for t in ox.parse(_ontology_ntriples().encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))


def shapes_graph():
    """A fresh rdflib graph of the SHACL shapes (parsed once per process, copied per call: a build
    asks for them three times, 0.07 s a parse); each copy's blank nodes are its own, as a parse's."""
    from rdflib import Graph

    triples, prefixes = _shapes()
    graph = Graph()
    graph.addN((s, p, o, graph) for s, p, o in _with_own_blank_nodes(triples))
    for prefix, namespace in prefixes:
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


@lru_cache(maxsize=1)
def _shapes() -> tuple[tuple, tuple]:
    """The shapes file's triples and prefixes, parsed once per process."""
    from rdflib import Graph

    graph = Graph()
    graph.parse(data=shapes_file().read_text(encoding="utf-8"), format="turtle")
    return tuple(graph), tuple(graph.namespaces())


def query_files():
    """Every ``.rq`` file under ``queries/``, sorted by path."""
    out = []

    def walk(node, prefix=""):
        for child in node.iterdir():
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            elif child.name.endswith(".rq"):
                out.append((f"{prefix}{child.name}", child))

    walk(queries_dir())
    return sorted(out, key=lambda item: item[0])

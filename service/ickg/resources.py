"""Files that ship inside the installed package: the ontology, its shapes, the queries.

They are read through :mod:`importlib.resources`, so the CLI works from any directory and
from an editable install alike.
"""

from functools import lru_cache
from importlib.resources import files

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ickg.namespaces import ICKG, ONTOLOGY_IRI, SCHEME, bind_prefixes


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


@lru_cache(maxsize=1)
def _ontology_ntriples():
    """The ontology as N-Triples, its Turtle files read by pyoxigraph's parser (three times
    rdflib's speed; each command that builds reads them once)."""
    import pyoxigraph as ox

    from ickg.terms import from_ox

    graph = Graph()
    for path in ontology_files():
        for triple in ox.parse(path.read_bytes(), format=ox.RdfFormat.TURTLE):
            graph.add((from_ox(triple.subject), from_ox(triple.predicate), from_ox(triple.object)))
    defined_by(graph)
    return graph.serialize(format="nt")


_DEFINED_KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                  SKOS.ConceptScheme, SKOS.Concept)


def defined_by(graph: Graph) -> Graph:
    """Every term the ontology declares in its own namespaces gets ``rdfs:isDefinedBy`` the
    ontology IRI, added here rather than by hand in each block of the Turtle sources, as the OBO
    pipelines annotate theirs at release (ROBOT ``annotate --annotate-defined-by``). Concepts are
    anything typed with ``skos:Concept`` or one of its subclasses."""
    own = (str(ICKG), str(SCHEME))
    kinds = set(_DEFINED_KINDS) | set(graph.transitive_subjects(RDFS.subClassOf, SKOS.Concept))
    for kind in kinds:
        for term in list(graph.subjects(RDF.type, kind)):
            if isinstance(term, URIRef) and str(term).startswith(own):
                graph.add((term, RDFS.isDefinedBy, ONTOLOGY_IRI))
    return graph


def ontology_graph() -> Graph:
    """A fresh rdflib graph holding the whole ontology (parsed once per process, copied per call).

    A build asks for it in each extraction worker three times (lexicon, vocabulary, local checks)
    and parsing it took a third of a small build's CPU; the copy costs a quarter of a parse, and
    the workers, forked after the build's own call, inherit the parse. Like a parse, each copy
    gets blank nodes of its own, and its triples come in the same order.
    """
    graph = Graph()
    fresh: dict = {}

    def own(term):
        return fresh.setdefault(term, BNode()) if isinstance(term, BNode) else term

    graph.addN((own(s), p, own(o), graph) for s, p, o in _ontology_triples())
    return bind_prefixes(graph)


class _Triples(list):
    """An N-Triples parser's sink that keeps the triples in the order of their lines."""

    def triple(self, s, p, o):
        self.append((s, p, o))


@lru_cache(maxsize=1)
def _ontology_triples() -> tuple:
    """:func:`_ontology_ntriples` read once per process by the parser ``Graph.parse`` uses, its
    triples in the order of their lines: the order a parse adds them to a graph in."""
    from io import StringIO

    from rdflib.plugins.parsers.ntriples import W3CNTriplesParser

    sink = _Triples()
    W3CNTriplesParser(sink).parse(StringIO(_ontology_ntriples()))
    return tuple(sink)


def shapes_graph():
    graph = Graph()
    graph.parse(data=shapes_file().read_text(encoding="utf-8"), format="turtle")
    return graph


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

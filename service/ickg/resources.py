"""Files that ship inside the installed package: the ontology, its shapes, the queries.

They are read through :mod:`importlib.resources`, so the CLI works from any directory and
from an editable install alike.
"""

from functools import lru_cache
from importlib.resources import files

from rdflib import Graph, URIRef
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


def ontology_graph():
    """A fresh rdflib graph holding the whole ontology (parsed once per process, copied per call)."""
    graph = Graph()
    graph.parse(data=_ontology_ntriples(), format="nt")
    return bind_prefixes(graph)


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

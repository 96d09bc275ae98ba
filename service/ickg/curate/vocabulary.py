"""The ontology as the vocabulary of curation files: classes, properties and concepts looked
up by label or name, their superclasses, domains and ranges, and the kind of entity a class makes.
"""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import FOAF, OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from ickg.namespaces import FABIO, ICKG, ORG, PREFIXES

# The kind (first path segment of the IRI) of an entity, from the top class it falls under.
TOP_KINDS = {
    ICKG.Program: "program",
    ORG.Organization: "organization",
    FOAF.Person: "person",
    ICKG.Jurisdiction: "jurisdiction",
    FABIO.Expression: "publication",
    ICKG.Mechanism: "mechanism",
    ICKG.Barrier: "barrier",
    ICKG.Outcome: "outcome",
    ICKG.Goal: "goal",
    ICKG.Finding: "finding",
    ICKG.Authorship: "authorship",
    ICKG.TargetPopulation: "population",
    ICKG.FundingModel: "funding-model",
    ICKG.Context: "context",
    ICKG.ContextMechanismOutcome: "cmo",
    ICKG.Recommendation: "recommendation",
    ICKG.Study: "study",
    ICKG.ResearchMethod: "method",
    ICKG.CareSector: "care-sector",
    ICKG.ClinicalCondition: "condition",
    ORG.Role: "role",
    ORG.Post: "post",
}


class Vocabulary:
    """Classes, properties and concepts of the ontology, looked up by label or name.

    Plain tables made from the ontology's graph once (:meth:`__init__`), and nothing that needs
    the graph afterwards: so :func:`default_vocabulary` can read them where an earlier process
    kept them, without making the graph (see there). Each look-up answers as the graph did:
    a term's first label, its classes, a property's domain and range.
    """

    def __init__(self, graph: Graph) -> None:
        self.classes: dict[str, URIRef] = {}
        self.properties: dict[str, URIRef] = {}
        self.property_kind: dict[URIRef, URIRef] = {}
        self.concepts: set[Node] = set()
        # the first label of each term, its named classes and superclasses, as graph.value/objects gave
        # them; not a blank node's (another graph's blank node, the only kind asked about, is never one)
        self.labels: dict[Node, str] = {}
        for term, label in graph.subject_objects(RDFS.label):
            if not isinstance(term, BNode):
                self.labels.setdefault(term, str(label))
        self.types: dict[Node, tuple[URIRef, ...]] = {}
        self.subclass_of: dict[Node, tuple[URIRef, ...]] = {}
        for table, predicate in ((self.types, RDF.type), (self.subclass_of, RDFS.subClassOf)):
            for term, value in graph.subject_objects(predicate):
                if isinstance(value, URIRef) and not isinstance(term, BNode):
                    table[term] = (*table.get(term, ()), value)
        # a property's rdfs:range as graph.value gave it, and what allowed() makes of its domain and range
        self.ranges: dict[Node, Node] = {}
        for prop, value in graph.subject_objects(RDFS.range):
            self.ranges.setdefault(prop, value)
        self._allowed: dict[tuple[Node, URIRef], frozenset[Node] | None] = {}
        for axis in (RDFS.domain, RDFS.range):
            for prop in set(graph.subjects(axis, None)):
                self._allowed[prop, axis] = _allowed_in(graph, prop, axis)
        # the ontology's triples without blank nodes: a curated triple equal to one is not asserted again
        self.ground: frozenset[tuple[Node, Node, Node]] = frozenset(
            triple for triple in graph if not any(isinstance(term, BNode) for term in triple))
        self.qualifier_ranks: dict[Node, int] = {s: int(o) for s, o in graph.subject_objects(ICKG.qualifierRank)}
        for cls in set(graph.subjects(RDF.type, OWL.Class)):
            if isinstance(cls, URIRef):
                for name in _names(graph, cls):
                    self.classes.setdefault(name, cls)
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
            for prop in set(graph.subjects(RDF.type, kind)):
                if isinstance(prop, URIRef) and not str(prop).startswith(str(OWL)):
                    self.property_kind[prop] = kind
                    for name in _names(graph, prop):
                        self.properties.setdefault(name, prop)
        for concept in graph.subjects(SKOS.inScheme, None):
            self.concepts.add(concept)
        for concept in graph.subjects(RDF.type, SKOS.Concept):
            self.concepts.add(concept)
        self._supers: dict[Node, set[URIRef]] = {}

    def superclasses(self, cls: Node) -> set[URIRef]:
        if cls not in self._supers:
            seen, todo = {cls}, [cls]
            while todo:
                for sup in self.subclass_of.get(todo.pop(), ()):
                    if sup not in seen:
                        seen.add(sup)
                        todo.append(sup)
            self._supers[cls] = seen  # type: ignore[assignment]  # (cls itself, a URIRef where it is asked)
        return self._supers[cls]

    def types_of(self, iri: Node) -> set[URIRef]:
        out: set[URIRef] = set()
        for cls in self.types.get(iri, ()):
            out |= self.superclasses(cls)
        return out

    def allowed(self, prop: Node, axis: URIRef) -> set[Node] | None:
        """The classes allowed as domain or range of ``prop`` (a union is spread), or None."""
        found = self._allowed.get((prop, axis))
        return None if found is None else set(found)

    def range_of(self, prop: Node) -> Node | None:
        """The ``rdfs:range`` of ``prop`` as the ontology states it (a datatype, a class), or None."""
        return self.ranges.get(prop)

    def holds(self, triple: tuple[Node, Node, Node]) -> bool:
        """Whether the ontology states ``triple`` (one without blank nodes: another graph's blank
        node is never the ontology's)."""
        return triple in self.ground

    def label(self, term: Node) -> str:
        value = self.labels.get(term)
        if value is not None:
            return value
        for prefix, ns in PREFIXES.items():
            if str(term).startswith(str(ns)):
                return f"{prefix}:{str(term)[len(str(ns)):]}"
        return str(term)


def _names(graph: Graph, term: URIRef) -> list[str]:
    """The names a curation file may give ``term`` by: its labels, its CURIE, its local name and
    that name's words."""
    names = []
    for label in graph.objects(term, RDFS.label):
        names.append(str(label).lower())
    iri = str(term)
    for prefix, ns in PREFIXES.items():
        if iri.startswith(str(ns)):
            local = iri[len(str(ns)):]
            names.append(f"{prefix}:{local}".lower())
            names.append(local.lower())
            names.append(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local).lower())
    return names


def _allowed_in(graph: Graph, prop: Node, axis: URIRef) -> frozenset[Node] | None:
    """What :meth:`Vocabulary.allowed` answers, read from the graph."""
    expr = graph.value(prop, axis)
    if expr is None:
        return None
    if isinstance(expr, URIRef):
        return frozenset({expr})
    members = graph.value(expr, OWL.unionOf)
    if members is None:
        return None
    return frozenset(graph.items(members))


_VOCABULARY: Vocabulary | None = None


def default_vocabulary() -> Vocabulary:
    """The vocabulary of the packaged ontology (TBox, concept schemes, mappings), made once per
    process, or read where an earlier process kept it (:func:`_kept_path`).

    Why: making it (the ontology's triples as rdflib terms, a graph of them, the tables) took
    about 0.17 CPU-s of every command that curates or proposes (each ``ickg build`` and ``ickg
    ingest``, about 180 a test run); reading the kept tables takes a few milliseconds."""
    global _VOCABULARY
    if _VOCABULARY is None:
        from ickg import usercache

        path = _kept_path()
        vocabulary = usercache.read_pickled(path, Vocabulary)
        if vocabulary is None:
            from ickg.resources import ontology_graph

            vocabulary = Vocabulary(ontology_graph())
            usercache.keep_pickled(path, vocabulary, kept=KEPT_VOCABULARIES)
        _VOCABULARY = vocabulary
    return _VOCABULARY


KEPT_VOCABULARIES = 4  # the user's cache keeps the vocabularies of the last few ontologies (ickg versions)


def _kept_path() -> Path:
    """Where the vocabulary is kept in the user's cache (:mod:`ickg.usercache`, kind
    ``vocabulary``): named by a SHA-256 of everything it is made from, so a file is never read
    for other inputs: the ontology (:func:`ickg.resources.ontology_digest`: its files, the
    modules that read them and ``namespaces.py``, whose prefixes make the names; rdflib's and
    pyoxigraph's versions), this module's source (the tables, the class pickled) and Python's
    version (pickle's)."""
    import sys

    from ickg import usercache
    from ickg.resources import ontology_digest

    return usercache.named("vocabulary", ".pickle", "ickg vocabulary 1", ontology_digest(), sys.version,
                           Path(__file__).read_bytes())


def kind_of(vocabulary: Vocabulary, cls: Node) -> str | None:
    supers = vocabulary.superclasses(cls)
    for top, kind in TOP_KINDS.items():
        if top in supers:
            return kind
    return None

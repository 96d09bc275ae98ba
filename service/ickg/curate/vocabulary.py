"""The ontology as the vocabulary of curation files: classes, properties and concepts looked
up by label or name, their superclasses, domains and ranges, and the kind of entity a class makes.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import FOAF, OWL, RDF, RDFS, SKOS

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
    """Classes, properties and concepts of the ontology, looked up by label or name."""

    def __init__(self, graph):
        self.graph = graph
        self.classes = {}
        self.properties = {}
        self.property_kind = {}
        self.concepts = set()
        for cls in set(graph.subjects(RDF.type, OWL.Class)):
            if isinstance(cls, URIRef):
                for name in self._names(cls):
                    self.classes.setdefault(name, cls)
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
            for prop in set(graph.subjects(RDF.type, kind)):
                if isinstance(prop, URIRef) and not str(prop).startswith(str(OWL)):
                    self.property_kind[prop] = kind
                    for name in self._names(prop):
                        self.properties.setdefault(name, prop)
        for concept in graph.subjects(SKOS.inScheme, None):
            self.concepts.add(concept)
        for concept in graph.subjects(RDF.type, SKOS.Concept):
            self.concepts.add(concept)
        self._supers = {}

    def _names(self, term):
        names = []
        for label in self.graph.objects(term, RDFS.label):
            names.append(str(label).lower())
        iri = str(term)
        for prefix, ns in PREFIXES.items():
            if iri.startswith(str(ns)):
                local = iri[len(str(ns)):]
                names.append(f"{prefix}:{local}".lower())
                names.append(local.lower())
                names.append(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local).lower())
        return names

    def superclasses(self, cls):
        if cls not in self._supers:
            seen, todo = {cls}, [cls]
            while todo:
                for sup in self.graph.objects(todo.pop(), RDFS.subClassOf):
                    if isinstance(sup, URIRef) and sup not in seen:
                        seen.add(sup)
                        todo.append(sup)
            self._supers[cls] = seen
        return self._supers[cls]

    def types_of(self, iri):
        out = set()
        for cls in self.graph.objects(iri, RDF.type):
            if isinstance(cls, URIRef):
                out |= self.superclasses(cls)
        return out

    def allowed(self, prop, axis):
        """The classes allowed as domain or range of ``prop`` (a union is spread), or None."""
        expr = self.graph.value(prop, axis)
        if expr is None:
            return None
        if isinstance(expr, URIRef):
            return {expr}
        members = self.graph.value(expr, OWL.unionOf)
        if members is None:
            return None
        return set(self.graph.items(members))

    def label(self, term):
        value = self.graph.value(term, RDFS.label)
        if value is not None:
            return str(value)
        for prefix, ns in PREFIXES.items():
            if str(term).startswith(str(ns)):
                return f"{prefix}:{str(term)[len(str(ns)):]}"
        return str(term)


_VOCABULARY = None


def default_vocabulary():
    """The packaged ontology (TBox, concept schemes, mappings), parsed once per process."""
    global _VOCABULARY
    if _VOCABULARY is None:
        from ickg.resources import ontology_graph
        _VOCABULARY = Vocabulary(ontology_graph())
    return _VOCABULARY


def kind_of(vocabulary, cls):
    supers = vocabulary.superclasses(cls)
    for top, kind in TOP_KINDS.items():
        if top in supers:
            return kind
    return None

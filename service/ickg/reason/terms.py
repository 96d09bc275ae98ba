"""The engine's vocabulary: every term an int (IRIs >= 0, literals < 0), the OWL and RDF terms
the rules test for under fixed small ids, and blank nodes replaced by IRIs minted from their
content (:func:`skolemise`) so that a premise about a restriction can be named and shown.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ickg.mint import GENID

# literals < 0), which makes the joins several times faster than on rdflib terms; these
# terms get the same small ids in every run.
VOCAB = [
    RDF.type, RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL.sameAs,
    OWL.Thing, OWL.Nothing, OWL.equivalentClass, OWL.equivalentProperty, OWL.inverseOf,
    OWL.propertyChainAxiom, OWL.onProperty, OWL.hasValue, OWL.someValuesFrom,
    OWL.allValuesFrom, OWL.intersectionOf, OWL.unionOf, OWL.complementOf, OWL.oneOf,
    OWL.disjointWith, OWL.propertyDisjointWith, OWL.members, OWL.maxCardinality,
    OWL.maxQualifiedCardinality, OWL.onClass, OWL.hasKey, RDF.first, RDF.rest, RDF.nil,
    OWL.Class, RDFS.Class, OWL.Restriction, OWL.ObjectProperty, OWL.DatatypeProperty,
    OWL.AnnotationProperty, RDF.Property, OWL.TransitiveProperty, OWL.SymmetricProperty,
    OWL.FunctionalProperty, OWL.InverseFunctionalProperty, OWL.IrreflexiveProperty,
    OWL.AsymmetricProperty, OWL.ReflexiveProperty, OWL.AllDisjointClasses, OWL.Ontology,
    RDFS.Datatype, OWL.AllDisjointProperties, OWL.AllDifferent, RDFS.Resource, RDFS.Literal,
    OWL.differentFrom,
]
_ID = {term: i for i, term in enumerate(VOCAB)}
TYPE, SCO, SPO, DOMAIN, RANGE, SAME = (_ID[x] for x in (RDF.type, RDFS.subClassOf,
                                                         RDFS.subPropertyOf, RDFS.domain,
                                                         RDFS.range, OWL.sameAs))
THING, NOTHING, EQC, EQP, INV, CHAIN = (_ID[x] for x in (OWL.Thing, OWL.Nothing,
                                                        OWL.equivalentClass, OWL.equivalentProperty,
                                                        OWL.inverseOf, OWL.propertyChainAxiom))
ON_PROP, HAS_VALUE, SVF, AVF, INTERSECTION, UNION, COMPLEMENT, ONE_OF = (
    _ID[x] for x in (OWL.onProperty, OWL.hasValue, OWL.someValuesFrom, OWL.allValuesFrom,
                     OWL.intersectionOf, OWL.unionOf, OWL.complementOf, OWL.oneOf))
DISJOINT, PDW, MEMBERS, MAXC, MAXQC, ON_CLASS = (
    _ID[x] for x in (OWL.disjointWith, OWL.propertyDisjointWith, OWL.members,
                     OWL.maxCardinality, OWL.maxQualifiedCardinality, OWL.onClass))
FIRST, REST, NIL, DIFFERENT = (_ID[x] for x in (RDF.first, RDF.rest, RDF.nil, OWL.differentFrom))
(TRANSITIVE, SYMMETRIC, FUNCTIONAL, INV_FUNCTIONAL, IRREFLEXIVE, ASYMMETRIC,
 ALL_DISJOINT_CLASSES) = (_ID[x] for x in (
     OWL.TransitiveProperty, OWL.SymmetricProperty, OWL.FunctionalProperty,
     OWL.InverseFunctionalProperty, OWL.IrreflexiveProperty, OWL.AsymmetricProperty,
     OWL.AllDisjointClasses))

# Predicates whose triples are terminological (schema), evaluated in phase 1.
SCHEMA_PREDICATES = frozenset(_ID[x] for x in (
    RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL.equivalentClass,
    OWL.equivalentProperty, OWL.inverseOf, OWL.propertyChainAxiom, OWL.onProperty, OWL.hasValue,
    OWL.someValuesFrom, OWL.allValuesFrom, OWL.intersectionOf, OWL.unionOf, OWL.complementOf,
    OWL.oneOf, OWL.disjointWith, OWL.propertyDisjointWith, OWL.members, OWL.maxCardinality,
    OWL.maxQualifiedCardinality, OWL.onClass, OWL.hasKey, RDF.first, RDF.rest))
# rdf:type objects that make a triple terminological.
SCHEMA_TYPES = frozenset(_ID[x] for x in (
    OWL.Class, RDFS.Class, OWL.Restriction, OWL.ObjectProperty, OWL.DatatypeProperty,
    OWL.AnnotationProperty, RDF.Property, OWL.TransitiveProperty, OWL.SymmetricProperty,
    OWL.FunctionalProperty, OWL.InverseFunctionalProperty, OWL.IrreflexiveProperty,
    OWL.AsymmetricProperty, OWL.ReflexiveProperty, OWL.AllDisjointClasses, OWL.Ontology,
    RDFS.Datatype, OWL.AllDisjointProperties, OWL.AllDifferent))
# Conclusions never worth recording (true of everything, or of the thing itself).
TRIVIAL_TYPES = frozenset((THING, _ID[RDFS.Resource]))
REFLEXIVE_TRIVIAL = frozenset((SAME, SCO, SPO, EQC, EQP))

# A concept is not a mapping of itself: the symmetric and transitive SKOS mapping properties would
# otherwise conclude ``c skos:exactMatch c`` from ``c exactMatch d, d exactMatch c``.
MAPPINGS = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch,
            SKOS.mappingRelation)


class Terms:
    """Two-way dictionary between rdflib terms and the engine's ints (literals negative)."""

    def __init__(self):
        self.ids = dict(_ID)
        self.terms = list(VOCAB)
        self.lit_terms = [None]  # literal -k is lit_terms[k]
        self.genids = set()

    def encode(self, term):
        i = self.ids.get(term)
        if i is None:
            if isinstance(term, Literal):
                i = -len(self.lit_terms)
                self.lit_terms.append(term)
            else:
                i = len(self.terms)
                self.terms.append(term)
                if term.startswith(GENID):
                    self.genids.add(i)
            self.ids[term] = i
        return i

    def decode(self, i):
        return self.terms[i] if i >= 0 else self.lit_terms[-i]

    def triple(self, t):
        d = self.decode
        return (d(t[0]), d(t[1]), d(t[2]))



# ---------------------------------------------------------------------------------------------
# Blank nodes -> content-addressed IRIs
# ---------------------------------------------------------------------------------------------

def skolemise(triples):
    """Replace blank nodes by IRIs minted from what they say, so that the same input gives the
    same IRIs on every run. Returns a new list of triples.

    A blank node's IRI is a hash of its outgoing triples (recursively, so a restriction or a list
    is named by its content); blank nodes that say the same thing about the same subjects get
    the same IRI, which for class expressions is exactly right.
    """
    triples = list(triples)
    out_edges = defaultdict(list)
    in_edges = defaultdict(list)
    for s, p, o in triples:
        if isinstance(s, BNode):
            out_edges[s].append((p, o))
        if isinstance(o, BNode):
            in_edges[o].append((s, p))
    memo = {}

    def key(node, depth=0):
        if not isinstance(node, BNode):
            return node.n3()
        if node in memo:
            return memo[node]
        if depth > 50:  # a cycle of blank nodes: fall back to the node's own id
            return "_:" + str(node)
        memo[node] = "_:" + str(node)  # guard while recursing
        parts = sorted(f"{p.n3()} {key(o, depth + 1)}" for p, o in out_edges.get(node, ()))
        if not parts:  # a blank node with no description: name it by where it is used
            parts = sorted(f"^{s.n3() if not isinstance(s, BNode) else '_'} {p.n3()}"
                           for s, p in in_edges.get(node, ()))
        digest = hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:16]
        memo[node] = digest
        return digest

    def term(node):
        return URIRef(GENID + key(node)) if isinstance(node, BNode) else node

    return [(term(s), p, term(o)) if isinstance(s, BNode) or isinstance(o, BNode) else (s, p, o)
            for s, p, o in triples]


def rdf_list(index_first, index_rest, node, limit=10000):
    """The members of an RDF list, given dicts from a list node to its rdf:first / rdf:rest."""
    items = []
    while node is not None and node != NIL and node != RDF.nil and len(items) < limit:
        if node not in index_first:
            return None  # malformed list
        items.append(index_first[node])
        node = index_rest.get(node)
    return items


def term_key(term):
    if isinstance(term, Literal):
        return (1, str(term), str(term.datatype or ""), term.language or "")
    return (0, str(term), "", "")

"""The IRIs of :mod:`ickg.iris` as rdflib namespaces and terms, for the pipeline.

Everything ickg mints lives under one persistent base, ``https://w3id.org/ickg/`` (see
:mod:`ickg.iris`, the one table of these IRIs): ``ICKG.Program`` is
``https://w3id.org/ickg/ontology/Program``, ``ID["program/prisma"]`` an instance,
``ASSERTED_GRAPH`` a named graph of the store.
"""

from __future__ import annotations

import weakref
from functools import lru_cache

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, VANN, XSD, NamespaceManager
from rdflib.term import Node

from ickg import iris
from ickg.mint import GENID, is_genid

BASE = iris.BASE
ONTOLOGY_IRI = URIRef(iris.ONTOLOGY_IRI)

ICKG = Namespace(iris.ICKG)
SCHEME = Namespace(iris.SCHEME)
ID = Namespace(iris.ID)
GRAPH = Namespace(iris.GRAPH)

ORG = Namespace(iris.ORG)
OA = Namespace(iris.OA)
FABIO = Namespace(iris.FABIO)
PRISM = Namespace(iris.PRISM)
SH = Namespace(iris.SH)
SCHEMA = Namespace(iris.SCHEMA)
WD = Namespace(iris.WD)
SSSOM = Namespace(iris.SSSOM)
SD = Namespace(iris.SD)
VOID = Namespace(iris.VOID)

ONTOLOGY_GRAPH = URIRef(iris.ONTOLOGY_GRAPH)
ASSERTED_GRAPH = URIRef(iris.ASSERTED_GRAPH)
MENTIONS_GRAPH = URIRef(iris.MENTIONS_GRAPH)
PROVENANCE_GRAPH = URIRef(iris.PROVENANCE_GRAPH)
INFERRED_GRAPH = URIRef(iris.INFERRED_GRAPH)
DERIVATIONS_GRAPH = URIRef(iris.DERIVATIONS_GRAPH)
PROPOSED_GRAPH = URIRef(iris.PROPOSED_GRAPH)
PROPOSED_PROVENANCE_GRAPH = URIRef(iris.PROPOSED_PROVENANCE_GRAPH)
IMPORT_GRAPH = Namespace(iris.IMPORT_GRAPH)

# rdflib's closed namespaces where it has one, else an open Namespace: same IRIs as iris.PREFIXES.
_RDFLIB = {str(ns): ns for ns in (RDF, RDFS, OWL, XSD, SKOS, DCTERMS, FOAF, PROV, VANN)}
_OURS = {str(ns): ns for ns in (ICKG, SCHEME, ID, ORG, OA, FABIO, PRISM, SCHEMA, WD, SSSOM)}
PREFIXES = {prefix: _RDFLIB.get(ns) or _OURS[ns] for prefix, ns in iris.PREFIXES.items()}


def bind_prefixes(graph):
    """Bind ickg's prefixes on an rdflib graph so that its Turtle reads like the sources."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def short(term: Node, namespace_manager: NamespaceManager | None = None) -> str:
    """A compact name for a term: ``ickg:locatedIn``, ``id:program/prisma``, ``"text"``.

    IRIs minted for the ontology's blank nodes show as ``_:`` and the first 8 digits of their hash.

    >>> short(ICKG.locatedIn)
    'ickg:locatedIn'
    >>> short(Literal("six"))
    "'six'"
    """
    nm = namespace_manager or _default_namespace_manager()
    if isinstance(term, Literal):
        return repr(str(term)) if term.language is None and term.datatype is None \
            else term.n3(namespace_manager=nm)
    if isinstance(term, URIRef):
        if is_genid(term):
            return "_:" + term[len(GENID):][:8]
        for prefix, ns in _namespaces(nm):
            if term.startswith(ns) and len(term) > len(ns):
                return f"{prefix}:{term[len(ns):]}"
        return term.n3()
    return term.n3()


@lru_cache(maxsize=1)
def _default_namespace_manager() -> NamespaceManager:
    return bind_prefixes(Graph()).namespace_manager


# Per namespace manager (weakly held: one made for a build goes when the build goes).
_NAMESPACES: "weakref.WeakKeyDictionary[NamespaceManager, list[tuple[str, str]]]" = weakref.WeakKeyDictionary()


def _namespaces(nm: NamespaceManager) -> list[tuple[str, str]]:
    """The (prefix, namespace) pairs of a namespace manager, longest namespace first."""
    found = _NAMESPACES.get(nm)
    if found is None:
        found = _NAMESPACES[nm] = sorted(((p, str(ns)) for p, ns in nm.namespaces() if p),
                                         key=lambda item: -len(item[1]))
    return found

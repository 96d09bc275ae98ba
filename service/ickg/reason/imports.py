"""``owl:imports`` among triples, never followed: which targets no ontology at hand declares.

An imported ontology's own imports are whatever else was imported into ``imports/``; the ones
that are not are named (a warning) and left out, and HermiT is handed the graph without them.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import OWL, RDF


def unresolved_imports(triples, *, also_present=()) -> list[str]:
    """The ``owl:imports`` targets among ``triples`` that no ontology declares.

    An ontology counts as present when a triple (of ``triples`` or ``also_present``) says
    ``<iri> a owl:Ontology`` or names ``<iri>`` as an ``owl:versionIRI``: the packaged ontology
    and any file in ``imports/``. The others are not fetched; the caller says so.
    """
    triples = list(triples)
    wanted = {str(o) for s, p, o in triples if p == OWL.imports and isinstance(o, URIRef)}
    if not wanted:
        return []
    return sorted(wanted - declared_ontologies(triples) - declared_ontologies(also_present))


def declared_ontologies(triples) -> set[str]:
    """The IRIs (and version IRIs) of the ontologies ``triples`` declare."""
    present = set()
    for s, p, o in triples:
        if p == RDF.type and o == OWL.Ontology and isinstance(s, URIRef):
            present.add(str(s))
        elif p == OWL.versionIRI and isinstance(o, URIRef):
            present.add(str(o))
    return present


def unresolved_message(iri: str) -> str:
    return (f"owl:imports <{iri}> is not in imports/ or the ontology: not fetched, left out "
            f"(`ickg import` a local copy to include it)")

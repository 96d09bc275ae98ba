"""The IRIs ickg mints and the vocabularies it reuses.

Everything ickg mints lives under one persistent base, ``https://w3id.org/ickg/``:

- ``ontology/``   classes and properties of the ontology (prefix ``ickg:``)
- ``scheme/``     SKOS concept schemes of the typologies of integration, one folder each
- ``id/``         instance data: programs, organizations, documents, evidence...
- ``graph/``      named graphs of the store
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, VANN, XSD

BASE = "https://w3id.org/ickg/"
ONTOLOGY_IRI = URIRef(BASE + "ontology")

ICKG = Namespace(BASE + "ontology/")
SCHEME = Namespace(BASE + "scheme/")
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")

ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
FABIO = Namespace("http://purl.org/spar/fabio/")
PRISM = Namespace("http://prismstandard.org/namespaces/basic/2.0/")
SH = Namespace("http://www.w3.org/ns/shacl#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
SSSOM = Namespace("https://w3id.org/sssom/")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")

# Named graphs of the store: what was written by hand, what was stated by the documents,
# what was merely spotted in them, where each statement came from, and what was inferred.
ONTOLOGY_GRAPH = GRAPH["ontology"]
ASSERTED_GRAPH = GRAPH["asserted"]
MENTIONS_GRAPH = GRAPH["mentions"]
PROVENANCE_GRAPH = GRAPH["provenance"]
INFERRED_GRAPH = GRAPH["inferred"]
DERIVATIONS_GRAPH = GRAPH["derivations"]  # rule and premises of each inferred triple (ickg explain)
IMPORT_GRAPH = Namespace(BASE + "graph/import/")

PREFIXES = {
    "ickg": ICKG,
    "scheme": SCHEME,
    "id": ID,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "prov": PROV,
    "vann": VANN,
    "org": ORG,
    "oa": OA,
    "fabio": FABIO,
    "prism": PRISM,
    "schema": SCHEMA,
    "wd": WD,
    "sssom": SSSOM,
}


def bind_prefixes(graph):
    """Bind ickg's prefixes on an rdflib graph so that its Turtle reads like the sources."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def sparql_prologue():
    """PREFIX lines for every namespace above, for queries written in code."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


_LONGEST_FIRST = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


def compact(iri):
    """``prefix:local`` for an IRI in one of ickg's namespaces (the longest that fits), else None.

    For display: the local part may hold ``/`` (``id:program/prisma``), which Turtle would escape.
    """
    iri = str(iri)
    for namespace, prefix in _LONGEST_FIRST:
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return None

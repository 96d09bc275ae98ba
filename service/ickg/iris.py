"""The IRIs ickg mints under and the vocabularies it reuses, as plain strings.

This is the one table of them. :mod:`ickg.namespaces` makes rdflib namespaces of the same
strings for the pipeline; the stores, the SPARQL layer and the web pages use the strings as
they are, so that a query worker process never imports rdflib (it would double its start-up
time, which is the time a server takes to recover from a killed query).

Everything ickg mints lives under one persistent base, ``https://w3id.org/ickg/``:

- ``ontology/``   classes and properties of the ontology (prefix ``ickg:``)
- ``scheme/``     SKOS concept schemes of the typologies of integration, one folder each
- ``id/``         instance data: programs, organizations, documents, evidence...
- ``graph/``      named graphs of the store

>>> ONTOLOGY_GRAPH
'https://w3id.org/ickg/graph/ontology'
>>> compact("https://w3id.org/ickg/id/program/prisma")
'id:program/prisma'
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

BASE = "https://w3id.org/ickg/"
ONTOLOGY_IRI = BASE + "ontology"

ICKG = BASE + "ontology/"
SCHEME = BASE + "scheme/"
ID = BASE + "id/"
GRAPH = BASE + "graph/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
PROV = "http://www.w3.org/ns/prov#"
VANN = "http://purl.org/vocab/vann/"
ORG = "http://www.w3.org/ns/org#"
OA = "http://www.w3.org/ns/oa#"
FABIO = "http://purl.org/spar/fabio/"
PRISM = "http://prismstandard.org/namespaces/basic/2.0/"
SH = "http://www.w3.org/ns/shacl#"
SCHEMA = "https://schema.org/"
WD = "http://www.wikidata.org/entity/"
SSSOM = "https://w3id.org/sssom/"
SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"

RDF_TYPE = RDF + "type"
XSD_STRING = XSD + "string"

# Named graphs of the store: what was written by hand, what was stated by the documents,
# what was merely spotted in them, where each statement came from, and what was inferred.
ONTOLOGY_GRAPH = GRAPH + "ontology"
ASSERTED_GRAPH = GRAPH + "asserted"
MENTIONS_GRAPH = GRAPH + "mentions"
PROVENANCE_GRAPH = GRAPH + "provenance"
INFERRED_GRAPH = GRAPH + "inferred"
DERIVATIONS_GRAPH = GRAPH + "derivations"  # rule and premises of each inferred triple (ickg explain)
IMPORT_GRAPH = GRAPH + "import/"  # one graph per imported file: graph/import/<file stem>

# The machine's proposals, kept apart until a curator reviews them (``ickg review``): the proposed
# triples, and their quotes, offsets, confidence and the rule that proposed each.
PROPOSED_GRAPH = GRAPH + "proposed"
PROPOSED_PROVENANCE_GRAPH = GRAPH + "proposed-provenance"

# Left out of the dataset with infer=false: the inferred triples and the record of how each was derived.
INFERENCE_GRAPHS = frozenset({INFERRED_GRAPH, DERIVATIONS_GRAPH})
# Left out of the dataset unless asked for (extracted=true, --extracted): unreviewed proposals.
EXTRACTED_GRAPHS = frozenset({PROPOSED_GRAPH, PROPOSED_PROVENANCE_GRAPH})


def left_out(*, infer: bool = True, extracted: bool = False) -> frozenset[str]:
    """The graphs a query's default dataset leaves out: the inference graphs unless ``infer``,
    the unreviewed proposals unless ``extracted``.

    >>> sorted(left_out()) == sorted(EXTRACTED_GRAPHS)
    True
    >>> left_out(extracted=True)
    frozenset()
    """
    return (frozenset() if infer else INFERENCE_GRAPHS) | (frozenset() if extracted else EXTRACTED_GRAPHS)

# The prefixes ickg writes and reads, in the order Turtle files declare them.
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


def sparql_prologue() -> str:
    """PREFIX lines for every namespace above, for queries written in code."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


_LONGEST_FIRST = sorted(((ns, prefix) for prefix, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


def compact(iri: object) -> str | None:
    """``prefix:local`` for an IRI in one of ickg's namespaces (the longest that fits), else None.

    For display: the local part may hold ``/`` (``id:program/prisma``), which Turtle would escape.
    """
    iri = str(iri)
    for namespace, prefix in _LONGEST_FIRST:
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return None


# The stable, readable parts of the IRIs ickg.mint makes: text only, so that what slugs a label (a
# web page citing a quote, the metadata reader) needs no rdflib.
def digest(*parts: object) -> str:
    """16 hex digits of the SHA-1 of the parts (joined by a unit separator): the stable part of
    a minted IRI that has no readable name."""
    joined = "\x1f".join(map(str, parts))
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


_APOSTROPHES = re.compile(r"['’]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """A lower-case ASCII slug of a label, stable across runs: ``"Québec's CSSSs"`` -> ``quebecs-cssss``.
    Kept per process: the build's workers slug the same labels over and over (a proposal's
    nodes, its rule)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = _APOSTROPHES.sub("", ascii_text.lower())
    return _NOT_SLUG.sub("-", ascii_text).strip("-") or digest(text)

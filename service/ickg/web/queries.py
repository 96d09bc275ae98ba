"""The SPARQL the viewer's pages run, and the one way they run it.

Every page reads the graph through :func:`select` or :func:`construct`, which go through the
store's ``query`` (so through its worker processes and timeout), are bounded (each query has a
LIMIT and the store caps rows), and are cached per store version: a page asks the same question
again only after a new build. Templates never see SPARQL; they get :class:`Term` objects.

IRIs and strings from requests enter queries only through :func:`iri_ref` and :func:`string_lit`,
which refuse or escape anything that could change the query's meaning.
"""

import json
import re
from dataclasses import dataclass

from flask import current_app, g, has_request_context, request

from ickg.iris import (ASSERTED_GRAPH, DERIVATIONS_GRAPH, ICKG, ID, INFERRED_GRAPH, MENTIONS_GRAPH,
                       ONTOLOGY_GRAPH, PROVENANCE_GRAPH, sparql_prologue)
from ickg.lru import LRU
from ickg.quotes import quote_of
from ickg.web.extension import get_store

PROLOGUE = sparql_prologue() + "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>\n"

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL_PROPERTIES = ("http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2000/01/rdf-schema#label")

# Graphs whose triples are bookkeeping rather than statements about the resource shown.
BOOKKEEPING_GRAPHS = (PROVENANCE_GRAPH, DERIVATIONS_GRAPH)


@dataclass(frozen=True)
class Term:
    """An RDF term as the pages see it."""

    kind: str  # "uri", "literal", "bnode", "triple"
    value: str
    lang: str | None = None
    datatype: str | None = None

    @property
    def is_iri(self):
        return self.kind == "uri"

    @property
    def is_literal(self):
        return self.kind == "literal"

    @property
    def is_bnode(self):
        return self.kind == "bnode"

    def n3(self):
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        escaped = json.dumps(self.value, ensure_ascii=False)
        if self.lang:
            return f"{escaped}@{self.lang}"
        if self.datatype and self.datatype != XSD + "string":
            return f"{escaped}^^<{self.datatype}>"
        return escaped

    def sort_key(self):
        return (self.kind != "uri", self.value.lower())

    def __str__(self):
        return self.value


def _term(binding):
    if binding is None:
        return None
    kind = binding["type"]
    if kind == "typed-literal":
        kind = "literal"
    if kind == "triple":
        return Term("triple", json.dumps(binding["value"]))
    return Term(kind, binding["value"], binding.get("xml:lang"), binding.get("datatype"))


# ---------------------------------------------------------------------------------------------
# Running queries

VIEWER_CACHE_ITEMS = 4000  # query results and derived page data kept per app (by count)


def _cache(store):
    """Where the viewer keeps answers: app-wide by store version when ``store.cacheable``; else
    (a remote store, which may change between two pages) for the current request only, since one
    page is one view of the store and asks some queries several times (the ontology's blank nodes
    for every class expression it spells out); None outside a request."""
    # (an empty LRU is falsy: callers test ``is not None``, or nothing would ever be kept)
    if not store.cacheable:
        if not has_request_context():
            return None
        if "ickg_request_cache" not in g:
            g.ickg_request_cache = LRU(max_items=VIEWER_CACHE_ITEMS)
        return g.ickg_request_cache
    ext = current_app.extensions
    cache = ext.get("ickg.viewer_cache")
    if cache is None:
        cache = ext.setdefault("ickg.viewer_cache", LRU(max_items=VIEWER_CACHE_ITEMS))
    return cache


def _timeout():
    return float(current_app.config.get("QUERY_TIMEOUT") or 0) or None


def select(text, *, infer=True, limit_rows=None, extracted=False):
    """Rows of a SELECT (list of {variable: Term}), cached per store version; ``extracted``: with
    the machine's unreviewed proposals (:mod:`ickg.web.review` shows them, marked)."""
    store = get_store()
    key = ("select", store.version, text, infer, extracted)
    cache = _cache(store)
    rows = cache.get(key) if cache is not None else None
    if rows is None:
        result = store.query(PROLOGUE + text, infer=infer, fmt="json", timeout=_timeout(), extracted=extracted,
                             max_rows=limit_rows or int(current_app.config.get("MAX_ROWS") or 0) or None)
        doc = json.loads(result.body)
        if "boolean" in doc:
            rows = [{"_askResult": Term("literal", "true" if doc["boolean"] else "false")}]
        else:
            rows = [{k: _term(v) for k, v in b.items()} for b in doc["results"]["bindings"]]
        if cache is not None:
            cache.put(key, rows)
    return rows


def construct(text, *, infer=True, fmt="ntriples"):
    """The QueryResult of a CONSTRUCT/DESCRIBE serialized as ``fmt``, cached per store version."""
    store = get_store()
    key = ("construct", store.version, text, infer, fmt)
    cache = _cache(store)
    result = cache.get(key) if cache is not None else None
    if result is None:
        result = store.query(PROLOGUE + text, infer=infer, fmt=fmt, timeout=_timeout(),
                             max_rows=int(current_app.config.get("MAX_ROWS") or 0) or None)
        if cache is not None:
            cache.put(key, result)
    return result


def memo(name, compute, *args):
    """``compute(*args)`` once per store version and mount point (for values pages derive from
    several queries; their links carry the mount point, ``SCRIPT_NAME``)."""
    store = get_store()
    root = request.script_root if has_request_context() else ""
    key = ("memo", store.version, root, name, args)
    cache = _cache(store)
    value = cache.get(key) if cache is not None else None
    if value is None:
        value = compute(*args)
        if cache is not None:
            cache.put(key, value)
    return value


_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def iri_ref(iri):
    """``<iri>`` for a query, or ValueError when ``iri`` is not a plain absolute IRI."""
    iri = str(iri)
    if not iri or _BAD_IRI.search(iri) or ":" not in iri:
        raise ValueError(f"not an IRI: {iri!r}")
    return f"<{iri}>"


def string_lit(text):
    """A SPARQL string literal holding ``text`` exactly."""
    return json.dumps(str(text), ensure_ascii=False)


def values(var, iris):
    return f"VALUES ?{var} {{ {' '.join(iri_ref(i) for i in iris)} }}"


# ---------------------------------------------------------------------------------------------
# One resource


def outgoing(iri):
    """Triples with ``iri`` as subject, each with the graph holding it."""
    return select(f"""SELECT ?p ?o ?g WHERE {{ GRAPH ?g {{ {iri_ref(iri)} ?p ?o }} }} LIMIT 3000""")


INCOMING_LIMIT = 300


def incoming(iri, *, bookkeeping=False):
    """Triples with ``iri`` as object (statements about it; the evidence bookkeeping only when asked).

    A document's mention of ``iri`` is stated as a mention annotation (``oa:hasSource`` the
    document, ``oa:hasBody`` the thing), and is shown as ``document ickg:mentions iri``.
    """
    excluded = ", ".join(f"<{g}>" for g in BOOKKEEPING_GRAPHS)
    condition = "true" if bookkeeping else f"?g NOT IN ({excluded}) && ?p != oa:hasBody && ?p != oa:hasSource"
    return select(f"""SELECT ?s ?p ?g WHERE {{
  {{ GRAPH ?g {{ ?s ?p {iri_ref(iri)} }} FILTER({condition}) }}
  UNION {{ GRAPH <{MENTIONS_GRAPH}> {{ ?m oa:hasBody {iri_ref(iri)} ; oa:hasSource ?s }}
           BIND(ickg:mentions AS ?p) BIND(<{MENTIONS_GRAPH}> AS ?g) }}
}} LIMIT {INCOMING_LIMIT + 1}""")


def as_property(iri):
    """A few triples that use ``iri`` as their property."""
    return select(f"""SELECT ?s ?o ?g WHERE {{ GRAPH ?g {{ ?s {iri_ref(iri)} ?o }} }} LIMIT 20""")


def ask(text, *, infer=True):
    """The answer of an ASK query (cached per store version, as :func:`select`'s rows)."""
    return select(text, infer=infer)[0]["_askResult"].value == "true"


def exists(iri):
    ref = iri_ref(iri)
    return ask(f"""ASK {{ {{ {ref} ?p ?o }} UNION {{ ?s ?p {ref} }} UNION {{ ?s {ref} ?o }} }}""")


# Names for the W3C terms the pages show most, which the store does not label.
BUILTIN_LABELS = {
    RDF_TYPE: "type",
    "http://www.w3.org/2000/01/rdf-schema#label": "label",
    "http://www.w3.org/2000/01/rdf-schema#comment": "comment",
    "http://www.w3.org/2000/01/rdf-schema#subClassOf": "subclass of",
    "http://www.w3.org/2000/01/rdf-schema#subPropertyOf": "subproperty of",
    "http://www.w3.org/2000/01/rdf-schema#domain": "domain",
    "http://www.w3.org/2000/01/rdf-schema#range": "range",
    "http://www.w3.org/2000/01/rdf-schema#seeAlso": "see also",
    "http://www.w3.org/2004/02/skos/core#prefLabel": "preferred label",
    "http://www.w3.org/2004/02/skos/core#altLabel": "also called",
    "http://www.w3.org/2004/02/skos/core#definition": "definition",
    "http://www.w3.org/2004/02/skos/core#editorialNote": "editorial note",
    "http://www.w3.org/2004/02/skos/core#inScheme": "in scheme",
    "http://www.w3.org/2004/02/skos/core#topConceptOf": "top concept of",
    "http://www.w3.org/2004/02/skos/core#hasTopConcept": "top concepts",
    "http://www.w3.org/2004/02/skos/core#broader": "broader",
    "http://www.w3.org/2004/02/skos/core#narrower": "narrower",
    "http://www.w3.org/2004/02/skos/core#Concept": "concept",
    "http://www.w3.org/2004/02/skos/core#ConceptScheme": "concept scheme",
    "http://www.w3.org/2002/07/owl#Class": "class",
    "http://www.w3.org/2002/07/owl#ObjectProperty": "object property",
    "http://www.w3.org/2002/07/owl#DatatypeProperty": "datatype property",
    "http://www.w3.org/2002/07/owl#AnnotationProperty": "annotation property",
    "http://www.w3.org/2002/07/owl#NamedIndividual": "individual",
    "http://www.w3.org/2002/07/owl#inverseOf": "inverse of",
    "http://www.w3.org/2002/07/owl#Ontology": "ontology",
    "http://purl.org/dc/terms/source": "source",
    "http://purl.org/dc/terms/title": "title",
    "http://purl.org/dc/terms/creator": "creator",
    "http://purl.org/dc/terms/description": "description",
    "http://www.w3.org/ns/prov#wasDerivedFrom": "derived from",
    "http://www.w3.org/ns/prov#wasQuotedFrom": "quoted from",
    "http://www.w3.org/ns/prov#agent": "agent",
    "http://www.w3.org/ns/prov#qualifiedAttribution": "authorship",
    "http://purl.org/dc/terms/isPartOf": "part of",
    "http://purl.org/dc/terms/publisher": "publisher",
    "http://purl.org/dc/terms/bibliographicCitation": "reference",
    "http://xmlns.com/foaf/0.1/Person": "person",
    "http://xmlns.com/foaf/0.1/name": "name",
    "http://xmlns.com/foaf/0.1/givenName": "given name",
    "http://xmlns.com/foaf/0.1/familyName": "family name",
    "http://www.w3.org/ns/org#Organization": "organization",
    "http://www.w3.org/ns/org#Role": "role",
    "http://www.w3.org/ns/org#hasMember": "has member",
    "http://www.w3.org/ns/org#holds": "holds post",
    "http://purl.org/spar/fabio/Expression": "publication",
    "http://purl.org/spar/fabio/JournalArticle": "journal article",
    "http://purl.org/spar/fabio/ReportDocument": "report",
    "http://purl.org/spar/fabio/WebPage": "web page",
    "http://purl.org/spar/fabio/hasPublicationYear": "year of publication",
    "http://purl.org/spar/fabio/hasPubMedId": "PubMed ID",
    "http://purl.org/spar/fabio/hasPubMedCentralId": "PubMed Central ID",
    "http://prismstandard.org/namespaces/basic/2.0/doi": "DOI",
    "http://prismstandard.org/namespaces/basic/2.0/publicationDate": "publication date",
    "http://prismstandard.org/namespaces/basic/2.0/volume": "volume",
    "http://prismstandard.org/namespaces/basic/2.0/issueIdentifier": "issue",
    "http://prismstandard.org/namespaces/basic/2.0/startingPage": "first page",
    "http://prismstandard.org/namespaces/basic/2.0/endingPage": "last page",
    "https://schema.org/sameAs": "same as",
    "https://schema.org/position": "position",
    "http://www.w3.org/2002/07/owl#sameAs": "same as",
    "http://www.w3.org/2002/07/owl#Restriction": "restriction",
    "http://www.w3.org/2002/07/owl#TransitiveProperty": "transitive property",
    "http://www.w3.org/2002/07/owl#SymmetricProperty": "symmetric property",
    "http://www.w3.org/2002/07/owl#FunctionalProperty": "functional property",
    "http://www.w3.org/2002/07/owl#equivalentClass": "equivalent to",
    "http://www.w3.org/2002/07/owl#disjointWith": "disjoint with",
    "http://www.w3.org/2004/02/skos/core#exactMatch": "exact match",
    "http://www.w3.org/2004/02/skos/core#closeMatch": "close match",
    "http://www.w3.org/2004/02/skos/core#broadMatch": "broader match",
    "http://www.w3.org/2004/02/skos/core#narrowMatch": "narrower match",
    "http://www.w3.org/2004/02/skos/core#relatedMatch": "related match",
    "http://www.w3.org/2004/02/skos/core#scopeNote": "scope note",
    "http://www.w3.org/2004/02/skos/core#notation": "notation",
    "http://www.w3.org/ns/oa#hasTarget": "target",
    "http://www.w3.org/ns/oa#hasBody": "body",
    "http://www.w3.org/ns/oa#hasSource": "source document",
}

# Label properties in order of preference; the last ones only name things that have no label.
# A document is named by its publication's title (``ickg:isRecordOf``) before its file name.
_LABEL_RANK = {"http://www.w3.org/2004/02/skos/core#prefLabel": 3, "http://www.w3.org/2000/01/rdf-schema#label": 3,
               "http://purl.org/dc/terms/title": 2, "http://xmlns.com/foaf/0.1/name": 2,
               ICKG + "isRecordOf": 1.5, ICKG + "fileName": 1}


def labels(iris):
    """{iri: best label} for the IRIs given: skos:prefLabel or rdfs:label (English preferred), else a
    title or a name, else (a document) its publication's title, else a built-in name for common W3C
    terms, else (a publication or document without a title) "untitled report (2016)", else a
    document's file name."""
    iris = sorted({str(i) for i in iris if i})
    out, file_names = {}, {}
    for start in range(0, len(iris), 400):
        chunk = iris[start:start + 400]
        # VALUES inside each branch: Oxigraph joins a VALUES outside a UNION only after it (100x slower)
        rows = select(f"""SELECT ?x ?p ?l WHERE {{
  {{ {values('x', chunk)} VALUES ?p {{ skos:prefLabel rdfs:label dcterms:title foaf:name ickg:fileName }} ?x ?p ?l }}
  UNION {{ {values('x', chunk)} VALUES ?q {{ dcterms:title rdfs:label }} ?x ickg:isRecordOf ?pub . ?pub ?q ?l .
    BIND(ickg:isRecordOf AS ?p) }}
  FILTER(isLiteral(?l)) }}""", infer=False)
        best = {}
        for row in rows:
            x, label = row["x"].value, row["l"]
            rank = (_LABEL_RANK.get(row["p"].value, 0), label.lang == "en", label.lang is None)
            if x not in best or rank > best[x][0]:
                best[x] = (rank, label.value)
        out.update({x: value for x, (rank, value) in best.items() if rank[0] > _LABEL_RANK[ICKG + "fileName"]})
        file_names.update({x: value for x, (rank, value) in best.items() if rank[0] <= _LABEL_RANK[ICKG + "fileName"]})
    for iri in iris:
        if iri not in out and iri in BUILTIN_LABELS:
            out[iri] = BUILTIN_LABELS[iri]
    out.update(_stand_ins([i for i in iris if i not in out and i.startswith((PUBLICATIONS, DOCUMENTS))]))
    out.update({x: name for x, name in file_names.items() if x not in out})
    return out


PUBLICATIONS, DOCUMENTS = ID + "publication/", ID + "document/"
_KINDS = {"JournalArticle": "journal article", "ReportDocument": "report", "WebPage": "web page", "Book": "book",
          "BookChapter": "book chapter", "ConferencePaper": "conference paper", "Thesis": "thesis"}


def _stand_ins(iris):
    """"Untitled report (2016)" for publications (and their documents) that have no title or label."""
    if not iris:
        return {}
    rows = select(f"""SELECT ?x ?kind ?year WHERE {{
  {{ {values('x', iris)} BIND(?x AS ?pub) }} UNION {{ {values('x', iris)} ?x ickg:isRecordOf ?pub }}
  OPTIONAL {{ ?pub a ?kind FILTER(STRSTARTS(STR(?kind), STR(fabio:)) && ?kind != fabio:Expression) }}
  OPTIONAL {{ ?pub fabio:hasPublicationYear ?year }} }} LIMIT 2000""", infer=False)
    out = {}
    for r in rows:
        x = r["x"].value
        kind = _KINDS.get(r["kind"].value.rsplit("/", 1)[-1], "publication") if r.get("kind") else "publication"
        year = f" ({r['year'].value[:4]})" if r.get("year") else ""
        if x not in out or kind != "publication":
            out[x] = f"untitled {kind}{year}"
    return out


def concept_schemes_of_shared_labels():
    """{concept IRI: scheme IRI} for the concepts whose label another concept also has, so that
    pages can tell "clinical integration" of one typology from that of another."""
    rows = select("""SELECT ?c ?l ?s WHERE { ?c a skos:Concept ; skos:prefLabel ?l ; skos:inScheme ?s }
LIMIT 20000""", infer=False)
    by_label = {}
    for r in rows:
        by_label.setdefault(r["l"].value.strip().lower(), {}).setdefault(r["c"].value, r["s"].value)
    out = {}
    for concepts in by_label.values():
        if len(concepts) > 1:
            out.update(concepts)
    return out


def inverse_properties():
    """{property IRI: its inverse} for every owl:inverseOf pair (both ways) and symmetric property (itself)."""
    rows = select("""SELECT ?p ?q WHERE { { ?p owl:inverseOf ?q } UNION { ?q owl:inverseOf ?p }
  UNION { ?p a owl:SymmetricProperty BIND(?p AS ?q) } FILTER(isIRI(?p) && isIRI(?q)) } LIMIT 5000""", infer=False)
    return {r["p"].value: r["q"].value for r in rows}


def types(iris):
    """{iri: [class IRIs]} asserted or inferred."""
    iris = sorted({str(i) for i in iris if i})
    out = {}
    if not iris:
        return out
    for row in select(f"""SELECT ?x ?t WHERE {{ {values('x', iris)} ?x a ?t FILTER isIRI(?t) }} LIMIT 5000"""):
        out.setdefault(row["x"].value, []).append(row["t"].value)
    return out


def evidence(iri):
    """Evidence quotes of the asserted statements that have ``iri`` as subject or object."""
    ref = iri_ref(iri)
    return with_quotes(select(f"""SELECT ?s ?p ?o ?ev ?doc ?start ?end ?hedge ?qual WHERE {{
  {{ ?st rdf:subject {ref} ; rdf:object ?o . BIND({ref} AS ?s) }}
  UNION {{ ?st rdf:object {ref} ; rdf:subject ?s . BIND({ref} AS ?o) }}
  ?st rdf:predicate ?p ; ickg:hasEvidence ?ev .
  ?ev oa:hasSource ?doc ; oa:start ?start ; oa:end ?end .
  OPTIONAL {{ ?ev ickg:hedgeCue ?hedge }} OPTIONAL {{ ?ev ickg:claimQualifier ?qual }}
}} ORDER BY ?doc ?start LIMIT 2000""", infer=False))


def with_quotes(rows):
    """``rows`` (each with ``doc``, ``start`` and ``end``) with ``exact``, ``prefix`` and ``suffix``:
    the quote and its context cut from the document's text at the offsets, which is where an
    evidence annotation's words are (:mod:`ickg.model.provenance` does not store them again).
    Each document's text is read once."""
    texts = {}
    out = []
    for row in rows:
        doc = row["doc"].value
        if doc not in texts:
            texts[doc] = document_text(doc) or ""
        quote = quote_of(texts[doc], int(row["start"].value), int(row["end"].value))
        out.append({**row, **{k: Term("literal", v) for k, v in quote.items()}})
    return out


def hierarchy_pairs(iri):
    """(child, parent) pairs on the way up from ``iri`` by rdfs:subClassOf or skos:broader."""
    rows = select(f"""SELECT DISTINCT ?c ?parent WHERE {{
  {iri_ref(iri)} (rdfs:subClassOf|skos:broader)* ?c . ?c rdfs:subClassOf|skos:broader ?parent FILTER isIRI(?parent)
}} LIMIT 500""", infer=False)
    return [(r["c"].value, r["parent"].value) for r in rows]


def mapping_annotations(iri):
    """SKOS mappings from or to ``iri`` with their SSSOM-style justifications."""
    ref = iri_ref(iri)
    # VALUES inside each branch: Virtuoso 7 does not join a VALUES block with a UNION beside it
    rel = "VALUES ?rel { skos:exactMatch skos:closeMatch skos:broadMatch skos:narrowMatch skos:relatedMatch }"
    return select(f"""SELECT ?source ?rel ?target ?conf ?comment ?just WHERE {{
  {{ {rel} {ref} ?rel ?target . BIND({ref} AS ?source) }}
  UNION {{ {rel} ?source ?rel {ref} . BIND({ref} AS ?target) }}
  OPTIONAL {{ ?ax owl:annotatedSource ?source ; owl:annotatedProperty ?rel ; owl:annotatedTarget ?target .
    OPTIONAL {{ ?ax sssom:confidence ?conf }} OPTIONAL {{ ?ax rdfs:comment ?comment }}
    OPTIONAL {{ ?ax sssom:mapping_justification ?just }} }}
}} LIMIT 500""", infer=False)


MAPPING_PROPERTIES = ("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch")


def crosswalk_mappings():
    """Every stated SKOS mapping between concepts of two schemes, with its SSSOM-style annotation:
    source, rel, target, their schemes (ss, ts), confidence, comment, justification."""
    rels = " ".join(f"skos:{p}" for p in MAPPING_PROPERTIES)
    return select(f"""SELECT ?source ?rel ?target ?ss ?ts ?conf ?comment ?just WHERE {{
  VALUES ?rel {{ {rels} }}
  ?source ?rel ?target . ?source skos:inScheme ?ss . ?target skos:inScheme ?ts
  OPTIONAL {{ ?ax owl:annotatedSource ?source ; owl:annotatedProperty ?rel ; owl:annotatedTarget ?target .
    OPTIONAL {{ ?ax sssom:confidence ?conf }} OPTIONAL {{ ?ax rdfs:comment ?comment }}
    OPTIONAL {{ ?ax sssom:mapping_justification ?just }} }}
}} LIMIT 5000""", infer=False)


def union_members(bnode_ids):
    """Members of owl:unionOf / intersectionOf lists of blank-node class expressions (ontology graph)."""
    return select(f"""SELECT ?x ?m WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{
  ?x owl:unionOf|owl:intersectionOf ?list . ?list rdf:rest*/rdf:first ?m }} }} LIMIT 5000""", infer=False)


def anonymous_classes(iris):
    """(s, p, o) the derivations graph holds about ``iris`` (the skolemised anonymous classes an
    explanation names): what builds them and the named classes equivalent to them."""
    if not iris:
        return []
    return select(f"""SELECT ?s ?p ?o WHERE {{ {values('s', sorted(iris))}
  VALUES ?p {{ owl:equivalentClass owl:onProperty owl:hasValue owl:someValuesFrom owl:allValuesFrom owl:unionOf
              owl:intersectionOf owl:complementOf owl:oneOf rdf:first rdf:rest }}
  GRAPH <{DERIVATIONS_GRAPH}> {{ ?s ?p ?o }} }} LIMIT 2000""")


def ontology_blank_nodes():
    """Every triple of the ontology graph whose subject is a blank node (restrictions, unions, lists),
    in one query so that the blank nodes' names agree: (node, property, value) rows."""
    return select(f"""SELECT ?b ?p ?o WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?b ?p ?o FILTER isBlank(?b) }} }}
LIMIT 20000""", infer=False)


CBD_DEPTH = 8  # blank nodes nested deeper than this below a resource are left out (the seed's deepest: 6)


def cbd_query(ref, depth=CBD_DEPTH):
    """A CONSTRUCT for the concise bounded description of ``ref`` (its triples, and those of the
    blank nodes below it, ``depth`` levels down).

    Not DESCRIBE, whose answer SPARQL leaves to each engine (Virtuoso adds the triples pointing
    at the resource, Oxigraph does not), so that every store gives the same description. One
    UNION branch per depth, each a plain chain of blank nodes with variables of its own: nested
    OPTIONALs said the same, but Virtuoso 7 estimated them at hours on the seed graph and refused
    to run them (and BIND in the branches trips an internal error of its SPARQL compiler).
    """
    template = [f"{ref} ?p0 ?o0 ."]
    branches = [f"{{ {ref} ?p0 ?o0 }}"]
    for level in range(1, depth + 1):  # branch k: ref -> x1 -> ... -> bk, all blank; bk's triples
        nodes = [f"?x{level}_{j}" for j in range(1, level)] + [f"?b{level}"]
        chain, previous = [], ref
        for j, node in enumerate(nodes):
            chain.append(f"{previous} ?r{level}_{j} {node} . FILTER(isBlank({node}))")
            previous = node
        template.append(f"?b{level} ?p{level} ?o{level} .")
        branches.append(f"{{ {' '.join(chain)} ?b{level} ?p{level} ?o{level} }}")
    return f"CONSTRUCT {{ {' '.join(template)} }} WHERE {{ {' UNION '.join(branches)} }}"


def _has_blank_objects(ref, *, infer=True):
    """Whether ``ref`` is the subject of a triple whose object is a blank node: only then does its
    description need the deeper branches of :func:`cbd_query`, which Virtuoso 7 plans slowly even
    when they match nothing (3.3 s on the seed graph for PRISMA, which has no blank node; 0.01 s
    for the first branch alone)."""
    return ask(f"ASK {{ {ref} ?p ?o FILTER(isBlank(?o)) }}", infer=infer)


def describe_rdf(iri, *, infer=True):
    """N-Triples: the concise bounded description of ``iri`` plus the triples pointing at it."""
    ref = iri_ref(iri)
    cbd = construct(cbd_query(ref, CBD_DEPTH if _has_blank_objects(ref, infer=infer) else 0), infer=infer)
    excluded = ", ".join(f"<{g}>" for g in BOOKKEEPING_GRAPHS)
    back = construct(f"""CONSTRUCT {{ ?s ?p {ref} }} WHERE {{
  GRAPH ?g {{ ?s ?p {ref} }} FILTER(?g NOT IN ({excluded})) }} LIMIT 2000""", infer=infer)
    body = cbd.body + (b"\n" if cbd.body and not cbd.body.endswith(b"\n") else b"") + back.body
    if not body.strip():
        # known only from the bookkeeping graphs or as a property: show where it is used
        body = construct(f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  {{ ?s ?p {ref} BIND({ref} AS ?o) }} UNION {{ ?s {ref} ?o BIND({ref} AS ?p) }} }} LIMIT 200""", infer=infer).body
    return body


def graph_rdf(graph_iri, *, infer=True):
    """N-Triples: every triple of a named graph (capped at MAX_ROWS by the store)."""
    return construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {iri_ref(graph_iri)} {{ ?s ?p ?o }} }}",
                     infer=infer).body


def graph_size(graph_iri):
    rows = select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {iri_ref(graph_iri)} {{ ?s ?p ?o }} }}")
    return int(rows[0]["n"].value) if rows else 0


def is_named_graph(iri):
    return str(iri) in get_store().named_graphs()


# ---------------------------------------------------------------------------------------------
# Documents


def document_text(doc):
    rows = select(f"SELECT ?text WHERE {{ {iri_ref(doc)} ickg:fullText ?text }} LIMIT 1")
    return rows[0]["text"].value if rows else None


def document_annotations(doc):
    """Evidence and mention annotations targeting ``doc``: kind, span, and what they support
    (a mention annotation gives one row per span, ``ickg:span "start-end"`` read as two numbers).

    Two queries rather than one with an OPTIONAL: Oxigraph evaluates the right side of a left
    join on its own, which over every reified statement of a large graph costs seconds. The kind
    is a constant bound in each branch of a UNION, not ``BIND(IF(EXISTS ...))`` (Virtuoso 7 gets
    that wrong); an annotation of both kinds counts as evidence.
    """
    found = select(f"""SELECT ?ann ?kind ?start ?end ?body WHERE {{
  {{ ?ann oa:hasSource {iri_ref(doc)} ; ickg:span ?span ; oa:hasBody ?body .
     BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start) BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end)
     BIND(ickg:MentionAnnotation AS ?kind) }}
  UNION {{ ?ann oa:hasSource {iri_ref(doc)} ; oa:start ?start ; oa:end ?end . ?body ickg:hasEvidence ?ann .
     BIND(ickg:EvidenceAnnotation AS ?kind) }}
}} LIMIT 8000""", infer=False)
    evidence = {r["ann"].value for r in found if r["kind"].value == ICKG + "EvidenceAnnotation"}
    rows = [r for r in found if r["kind"].value == ICKG + "EvidenceAnnotation" or r["ann"].value not in evidence]
    # in one order whatever the store's (the page links a span to the first of its statements)
    rows.sort(key=lambda r: (int(r["start"].value), int(r["end"].value), r["kind"].value, r["body"].value,
                             r["ann"].value))
    bodies = sorted({r["body"].value for r in rows if r["kind"].value == ICKG + "EvidenceAnnotation" and r["body"].is_iri})
    triples = {}
    for chunk_start in range(0, len(bodies), 400):
        chunk = bodies[chunk_start:chunk_start + 400]
        for r in select(f"""SELECT ?body ?s ?p ?o WHERE {{ {values('body', chunk)}
  GRAPH <{PROVENANCE_GRAPH}> {{ ?body rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }} }}""", infer=False):
            triples[r["body"].value] = (r["s"], r["p"], r["o"])
    out = []
    for r in rows:
        row = dict(r)
        s_p_o = triples.get(r["body"].value)
        row["s"], row["p"], row["o"] = s_p_o if s_p_o else (None, None, None)
        out.append(row)
    return out


def documents():
    return select("""SELECT ?doc ?name ?pub ?title ?year ?kind WHERE {
  ?doc a ickg:SourceDocument .
  OPTIONAL { ?doc ickg:fileName ?name }
  OPTIONAL { ?doc ickg:isRecordOf ?pub . OPTIONAL { ?pub dcterms:title ?title }
             OPTIONAL { ?pub fabio:hasPublicationYear ?year } OPTIONAL { ?pub a ?kind FILTER(STRSTARTS(STR(?kind), STR(fabio:))) } }
} ORDER BY ?name LIMIT 500""", infer=False)


# ---------------------------------------------------------------------------------------------
# Home, lists


CATEGORIES = (
    ("Programs", ICKG + "Program"),
    ("Organizations", "http://www.w3.org/ns/org#Organization"),
    ("People", "http://xmlns.com/foaf/0.1/Person"),
    ("Jurisdictions", ICKG + "Jurisdiction"),
    ("Mechanisms", ICKG + "Mechanism"),
    ("Barriers", ICKG + "Barrier"),
    ("Outcomes", ICKG + "Outcome"),
    ("Goals", ICKG + "Goal"),
    ("Target populations", ICKG + "TargetPopulation"),
    ("Funding models", ICKG + "FundingModel"),
    ("Recommendations", ICKG + "Recommendation"),
    ("Studies", ICKG + "Study"),
    ("Publications", "http://purl.org/spar/fabio/Expression"),
    ("Concepts", "http://www.w3.org/2004/02/skos/core#Concept"),
    ("Source documents", ICKG + "SourceDocument"),
    ("Evidence quotes", ICKG + "EvidenceAnnotation"),
    ("Concept mentions", ICKG + "MentionAnnotation"),
)


def category_counts():
    """[(name, class IRI, count)] of the main categories (members of subclasses included)."""
    rows = select(f"""SELECT ?cat (COUNT(DISTINCT ?x) AS ?n) WHERE {{
  {values('cat', [c for _, c in CATEGORIES if str(c) not in IMPLIED_MEMBERS])}
  ?t rdfs:subClassOf* ?cat . ?x a ?t
}} GROUP BY ?cat""", infer=False)
    counts = {r["cat"].value: int(r["n"].value) for r in rows}
    # evidence quotes by their annotations, concept mentions by their spans (one each, as before)
    (row,) = select("""SELECT (COUNT(DISTINCT ?ev) AS ?e) (COUNT(DISTINCT ?span) AS ?m) WHERE {
  { [] ickg:hasEvidence ?ev } UNION { ?mention ickg:span ?s . BIND(CONCAT(STR(?mention), " ", ?s) AS ?span) }
}""", infer=False)
    counts[ICKG + "EvidenceAnnotation"] = int(row["e"].value)
    counts[ICKG + "MentionAnnotation"] = int(row["m"].value)
    return [(name, str(cls), counts.get(str(cls), 0)) for name, cls in CATEGORIES]


# Classes whose members the data does not type (:mod:`ickg.model.provenance`,
# :mod:`ickg.curate.proposals`): the pattern that finds them instead.
IMPLIED_MEMBERS = {ICKG + "EvidenceAnnotation": "[] ickg:hasEvidence ?x",
                   ICKG + "MentionAnnotation": "?x ickg:span []",
                   ICKG + "ProposalAnnotation": "?x ickg:confidence []"}


def members(cls, *, limit=500):
    """Instances of ``cls`` or of its subclasses."""
    if str(cls) in IMPLIED_MEMBERS:
        return select(f"""SELECT DISTINCT ?x ?t WHERE {{ {IMPLIED_MEMBERS[str(cls)]} BIND({iri_ref(cls)} AS ?t) }}
LIMIT {int(limit)}""", infer=False)
    return select(f"""SELECT DISTINCT ?x ?t WHERE {{ ?t rdfs:subClassOf* {iri_ref(cls)} . ?x a ?t FILTER isIRI(?x) }}
LIMIT {int(limit)}""", infer=False)


def concept_schemes():
    return select("""SELECT ?s (COUNT(?c) AS ?n) WHERE { ?s a skos:ConceptScheme . OPTIONAL { ?c skos:inScheme ?s } }
GROUP BY ?s LIMIT 200""", infer=False)


def graph_sizes():
    rows = select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {r["g"].value: int(r["n"].value) for r in rows}


# ---------------------------------------------------------------------------------------------
# Comparison matrix

DIMENSIONS = (
    ("Location", ("locatedIn",)),
    ("Components", ("hasComponent",)),
    ("Population", ("targetsPopulation",)),
    ("Funding", ("hasFundingModel",)),
    ("Integration type", ("practisesIntegrationType", "exemplifies")),
    ("Degree", ("hasIntegrationDegree",)),
    ("Mechanisms", ("enabledBy", "hasMechanism", "coordinatedThrough")),
    ("Goals", ("hasGoal",)),
    ("Outcomes", ("hasOutcome",)),
    ("Barriers", ("facesBarrier",)),
    ("Actors", ("operatedBy", "hasPartner", "initiatedBy")),
)


def comparison():
    """(program, property, value, graph) for every program and dimension property."""
    props = " ".join(f"ickg:{p}" for _, ps in DIMENSIONS for p in ps)
    return select(f"""SELECT ?x ?p ?v ?g WHERE {{
  {{ SELECT DISTINCT ?x WHERE {{ ?t rdfs:subClassOf* ickg:Program . ?x a ?t FILTER isIRI(?x) }} LIMIT 500 }}
  OPTIONAL {{ VALUES ?p {{ {props} }} GRAPH ?g {{ ?x ?p ?v }} }}
}} LIMIT 20000""")


def comparison_evidence():
    """The quotes of the programs' dimension statements, with their hedges and qualifiers:
    (x, p, v, exact, doc, start, end, hedge, qual)."""
    props = " ".join(f"ickg:{p}" for _, ps in DIMENSIONS for p in ps)
    return with_quotes(select(f"""SELECT ?x ?p ?v ?doc ?start ?end ?hedge ?qual WHERE {{
  VALUES ?p {{ {props} }}
  ?st rdf:subject ?x ; rdf:predicate ?p ; rdf:object ?v ; ickg:hasEvidence ?ev .
  ?ev oa:hasSource ?doc ; oa:start ?start ; oa:end ?end .
  OPTIONAL {{ ?ev ickg:hedgeCue ?hedge }} OPTIONAL {{ ?ev ickg:claimQualifier ?qual }}
}} ORDER BY ?doc ?start LIMIT 10000""", infer=False))  # Virtuoso sorts at most 10,000 rows (MaxSortedTopRows)


def comparison_qualifiers():
    """Claim qualifiers the reasoner carried onto inferred dimension statements: (x, p, v, qual)."""
    props = " ".join(f"ickg:{p}" for _, ps in DIMENSIONS for p in ps)
    return select(f"""SELECT ?x ?p ?v ?qual WHERE {{ VALUES ?p {{ {props} }}
  GRAPH <{DERIVATIONS_GRAPH}> {{ ?st rdf:subject ?x ; rdf:predicate ?p ; rdf:object ?v ; ickg:claimQualifier ?qual }}
}} LIMIT 20000""")


# ---------------------------------------------------------------------------------------------
# Search


def search_labels(words):
    filters = " && ".join(f"CONTAINS(LCASE(STR(?l)), {string_lit(w)})" for w in words)
    return select(f"""SELECT ?x ?l ?p WHERE {{
  ?x ?p ?l . VALUES ?p {{ rdfs:label skos:prefLabel skos:altLabel dcterms:title }}
  FILTER(isLiteral(?l) && {filters})
}} LIMIT 1000""", infer=False)


def search_documents(words):
    filters = " && ".join(f"CONTAINS(LCASE(?text), {string_lit(w)})" for w in words)
    return select(f"""SELECT ?doc ?text WHERE {{ ?doc ickg:fullText ?text FILTER({filters}) }} LIMIT 100""",
                  infer=False)


# ---------------------------------------------------------------------------------------------
# Ontology documentation


def ontology_terms():
    """Classes and properties of the ontology graph with label, definition, parents, domain, range."""
    return select(f"""SELECT ?term ?kind ?label ?def ?parent ?domain ?range ?source ?inverse WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{
  VALUES ?kind {{ owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty }}
  ?term a ?kind FILTER(isIRI(?term))
  OPTIONAL {{ ?term rdfs:label ?label }} OPTIONAL {{ ?term skos:definition ?def }}
  OPTIONAL {{ ?term rdfs:subClassOf|rdfs:subPropertyOf ?parent }}
  OPTIONAL {{ ?term rdfs:domain ?domain }} OPTIONAL {{ ?term rdfs:range ?range }}
  OPTIONAL {{ ?term dcterms:source ?source }} OPTIONAL {{ ?term owl:inverseOf ?inverse }}
}} }} LIMIT 10000""", infer=False)


def ontology_header():
    return select(f"""SELECT ?p ?o WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?ont a owl:Ontology ; ?p ?o }} }} LIMIT 200""",
                  infer=False)


__all__ = ["Term", "select", "construct", "iri_ref", "string_lit", "ASSERTED_GRAPH", "INFERRED_GRAPH",
           "MENTIONS_GRAPH", "ONTOLOGY_GRAPH", "PROVENANCE_GRAPH", "RDF_TYPE"]

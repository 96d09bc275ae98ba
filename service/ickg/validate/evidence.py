"""Evidence against its sources: every quote's offsets fall inside its document (and a quote
stored as words, a proposal's, is exactly the document's characters there), every mention span
too, and every asserted triple has a source (a quote, or a declared non-document source).

A shape cannot say either: the first needs the text (the document's ``ickg:fullText`` in the graph,
or given alongside), the second links two graphs. Both are SPARQL over the pyoxigraph store the
build loads anyway: the store compares each quote with ``SUBSTR`` of its document's text (SPARQL
counts characters in code points, as the offsets are counted) and returns only the suspects, which
are then told in words here. No triple is read into rdflib.
"""

from __future__ import annotations

from typing import Iterable, Mapping

import pyoxigraph as ox

from ickg import iris
from ickg.quotes import CONTEXT_CHARS
from ickg.namespaces import short
from ickg.terms import from_ox
from ickg.validate.shapes import graph_options

_PREFIXES = {"rdf": iris.RDF, "rdfs": iris.RDFS, "ickg": iris.ICKG, "oa": iris.OA, "prov": iris.PROV,
             "xsd": iris.XSD}

# Evidence annotations (the objects of ickg:hasEvidence) whose offsets fall outside their
# document, or whose stored quote, prefix or suffix (if any) does not match it, or whose document
# has no text in the store: the store does the comparing, so only suspects come back. Each
# annotation once (a subquery: one shared by several statements is their object as often), and
# each document's length counted once (a subquery the store evaluates once and joins), not once
# per quote: 2.2 -> 1.1 s CPU at 1,000 documents. A store with no quote stored as words at all
# (no oa:exact, oa:prefix or oa:suffix in any graph: the extraction workers' chunks) is asked
# without their left joins (_QUOTE_WORDS), which cost more than the rest of the query (0.17 ->
# 0.07 ms a document in a chunk); the rows are the same, those three unbound.
_QUOTE_WORDS = """
  OPTIONAL { ?evidence oa:exact ?exact }
  OPTIONAL { ?evidence oa:prefix ?prefix }
  OPTIONAL { ?evidence oa:suffix ?suffix }"""
_SUSPECT_QUOTES = """
SELECT DISTINCT ?evidence ?source ?start ?end ?exact ?prefix ?suffix ?text WHERE {
  { SELECT DISTINCT ?evidence WHERE { %(among)s[] ickg:hasEvidence ?evidence } }
  ?evidence oa:hasSource ?source ; oa:start ?start ; oa:end ?end .%(words)s
  OPTIONAL { SELECT ?source ?text (STRLEN(?text) AS ?length) WHERE { ?source ickg:fullText ?text } }
  FILTER(isNumeric(?start) && isNumeric(?end) && ?start < ?end)
  FILTER(!BOUND(?text) || ?end > ?length
         || (BOUND(?exact) && !COALESCE(STR(?exact) = SUBSTR(?text, ?start + 1, ?end - ?start), false))
         || (BOUND(?prefix) && !STRENDS(SUBSTR(?text, 1, ?start), STR(?prefix)))
         || (BOUND(?suffix) && !STRSTARTS(SUBSTR(?text, ?end + 1), STR(?suffix))))
}"""

# Mention spans ("start-end") that are ill-formed or fall outside their document (each
# document's length counted once, as above: 0.72 -> 0.27 s CPU at 1,000 documents).
_SUSPECT_SPANS = """
SELECT ?mention ?source ?span ?text WHERE {
  %(among)s?mention ickg:span ?span ; oa:hasSource ?source .
  OPTIONAL { SELECT ?source ?text (STRLEN(?text) AS ?length) WHERE { ?source ickg:fullText ?text } }
  BIND(xsd:integer(STRBEFORE(STR(?span), "-")) AS ?start)
  BIND(xsd:integer(STRAFTER(STR(?span), "-")) AS ?end)
  FILTER(!BOUND(?text) || !COALESCE(?start < ?end && ?end <= ?length, false))
}"""

# Asserted triples with no statement in the provenance graph that has a quote or a declared source.
# A statement with several quotes once (a subquery): 0.88 -> 0.31 s CPU at 1,000 documents.
# The triples checked (VALUES, check_sources' among) bound both sides: else the store works out
# the sources of every statement for each block of 500 (the build checks some 1,000 triples:
# 1.64 -> 0.19 CPU-s at 3,000 documents, growing with the corpus; the same rows either way).
_UNSOURCED = """
SELECT ?s ?p ?o WHERE {
  %%(among)sGRAPH <%(asserted)s> { ?s ?p ?o }
  MINUS {
    %%(among)sGRAPH <%(provenance)s> {
      { SELECT DISTINCT ?statement WHERE { ?statement ickg:hasEvidence [] } }
      UNION { ?statement prov:wasDerivedFrom ?source . ?source a ickg:ReferenceSource }
      UNION { ?statement prov:wasDerivedFrom ?source . ?source a ickg:EditorialDecision }
      ?statement rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    }
  }
}""" % {"asserted": iris.ASSERTED_GRAPH, "provenance": iris.PROVENANCE_GRAPH}


class Names:
    """Resources as messages name them: their label and IRI, so a curator can read them."""

    def __init__(self, store: ox.Store, default_graph: Iterable | str = "union") -> None:
        self.store, self.default_graph = store, default_graph
        self._labels: dict = {}

    def label(self, node) -> str | None:
        if not isinstance(node, ox.NamedNode):
            return None
        if node not in self._labels:
            rows = list(self.store.query(
                f"SELECT ?l WHERE {{ {node} <{iris.RDFS}label> ?l }} ORDER BY ?l LIMIT 1",
                **graph_options(self.default_graph)))
            self._labels[node] = rows[0]["l"].value if rows else None
        return self._labels[node]

    def __call__(self, node) -> str:
        label = self.label(node)
        if label is not None:
            return f"{label} <{node.value}>"
        return f"<{node.value}>" if isinstance(node, ox.NamedNode) else f"[{node}]"


def check_evidence(store: ox.Store, documents: Mapping[str, str] | None = None,
                   default_graph: Iterable | None = None, among: Iterable | None = None) -> list[str]:
    """Each evidence quote's offsets must fall inside its document (a quote stored as words must
    be exactly its document's characters there, with its prefix before and its suffix after), and
    each mention span too. ``documents``: ``{IRI: text}`` of documents whose ``ickg:fullText`` is
    not in the store; ``among``: pyoxigraph terms, the only annotations checked (all by default)."""
    documents = documents or {}
    problems = []
    values = "" if among is None else " ".join(str(t) for t in among)
    holds_words = any(next(store.quads_for_pattern(None, ox.NamedNode(iris.OA + p), None), None) is not None
                      for p in ("exact", "prefix", "suffix"))
    words = _QUOTE_WORDS if holds_words else ""
    quotes = _SUSPECT_QUOTES % {"among": "" if among is None else f"VALUES ?evidence {{ {values} }} ",
                                "words": words}
    spans = _SUSPECT_SPANS % {"among": "" if among is None else f"VALUES ?mention {{ {values} }} "}
    for row in store.query(quotes, prefixes=_PREFIXES, **graph_options(default_graph)):
        evidence, source = row["evidence"].value, row["source"].value
        start, end = int(row["start"].value), int(row["end"].value)
        text = row["text"].value if row["text"] is not None else documents.get(source)
        if text is None:
            problems.append(f"<{evidence}>: its document <{source}> has no ickg:fullText, so its "
                            "quote cannot be checked")
            continue
        exact = row["exact"].value if row["exact"] is not None else None
        if not 0 <= start < end <= len(text):
            problems.append(f"<{evidence}>: offsets {start}-{end} fall outside <{source}> "
                            f"({len(text)} characters)")
            continue
        if exact is not None and exact != text[start:end]:
            problems.append(f"<{evidence}>: quote {str(exact)!r} is not the text at {start}-{end} "
                            f"of <{source}>, which reads {text[start:end]!r}")
            continue
        prefix = row["prefix"].value if row["prefix"] is not None else None
        suffix = row["suffix"].value if row["suffix"] is not None else None
        if prefix is not None and prefix != text[max(0, start - CONTEXT_CHARS):start] and \
                not text[:start].endswith(prefix):
            problems.append(f"<{evidence}>: prefix {prefix!r} does not precede the quote in <{source}>")
        if suffix is not None and not text[end:].startswith(suffix):
            problems.append(f"<{evidence}>: suffix {suffix!r} does not follow the quote in <{source}>")
    for row in store.query(spans, prefixes=_PREFIXES, **graph_options(default_graph)):
        mention, source, span = row["mention"].value, row["source"].value, row["span"].value
        text = row["text"].value if row["text"] is not None else documents.get(source)
        if text is None:
            problems.append(f"<{mention}>: its document <{source}> has no ickg:fullText, so its "
                            "spans cannot be checked")
            continue
        start, _, end = span.partition("-")
        if not (start.isdigit() and end.isdigit() and 0 <= int(start) < int(end) <= len(text)):
            problems.append(f"<{mention}>: span {span!r} is not inside <{source}> ({len(text)} characters)")
    return sorted(problems)


def check_sources(store: ox.Store, names: Names | None = None, among: Iterable | None = None) -> list[str]:
    """Each triple of the asserted graph must have a source: an evidence quote, or a declared
    non-document source (an ``ickg:ReferenceSource`` or an ``ickg:EditorialDecision``).
    ``among``: triples of pyoxigraph terms (no blank node), the only ones checked (all by default)."""
    names = names or Names(store)
    problems = []
    if among is None:
        queries = [_UNSOURCED % {"among": ""}]
    else:
        rows = [f"({s} {p} {o})" for s, p, o in among]
        queries = [_UNSOURCED % {"among": f"VALUES (?s ?p ?o) {{ {' '.join(rows[i:i + 500])} }} "}
                   for i in range(0, len(rows), 500)]
    for row in (row for query in queries for row in store.query(query, prefixes=_PREFIXES)):
        s, p, o = row["s"], row["p"], row["o"]
        value = from_ox(o).n3() if isinstance(o, ox.Literal) else names(o)
        problems.append(f"{names(s)} {short(from_ox(p))} {value}: an asserted triple without a source "
                        "(no evidence quote, reference source or editorial decision)")
    return sorted(problems)

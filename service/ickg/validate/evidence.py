"""Evidence against its sources: every quote is exactly the document's characters at its offsets,
and every asserted triple has a source (a quote, or a declared non-document source).

A shape cannot say either: the first needs the text (the document's ``ickg:fullText`` in the graph,
or given alongside), the second links two graphs by a hash (the statement IRI).
"""

from __future__ import annotations

from typing import Mapping

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from ickg.mint import statement_iri
from ickg.model.provenance import CONTEXT_CHARS
from ickg.namespaces import ASSERTED_GRAPH, ICKG, OA, PROVENANCE_GRAPH


def check_evidence(graph: Graph, documents: Mapping[str, str]) -> list[str]:
    """Each evidence quote must be exactly the document's characters at its offsets."""
    problems = []
    texts = {}

    def text_of(document):
        if document not in texts:
            full = graph.value(document, ICKG.fullText)
            texts[document] = str(full) if full is not None else documents.get(document)
        return texts[document]

    for evidence in graph.subjects(RDF.type, ICKG.EvidenceAnnotation):
        for target in graph.objects(evidence, OA.hasTarget):
            source = graph.value(target, OA.hasSource)
            quote = position = None
            for selector in graph.objects(target, OA.hasSelector):
                if (selector, RDF.type, OA.TextQuoteSelector) in graph:
                    quote = selector
                elif (selector, RDF.type, OA.TextPositionSelector) in graph:
                    position = selector
            if source is None or quote is None or position is None:
                continue  # reported by the shapes
            text = text_of(source)
            if text is None:
                problems.append(f"<{evidence}>: its document <{source}> has no ickg:fullText, so its "
                                "quote cannot be checked")
                continue
            try:
                start = int(graph.value(position, OA.start))
                end = int(graph.value(position, OA.end))
            except (TypeError, ValueError):
                continue  # reported by the shapes
            exact = graph.value(quote, OA.exact)
            if start >= end:
                continue  # reported by the shapes (sh:lessThan)
            if not 0 <= start < end <= len(text):
                problems.append(f"<{evidence}>: offsets {start}-{end} fall outside <{source}> "
                                f"({len(text)} characters)")
                continue
            if exact is None or str(exact) != text[start:end]:
                problems.append(f"<{evidence}>: quote {str(exact)!r} is not the text at {start}-{end} "
                                f"of <{source}>, which reads {text[start:end]!r}")
                continue
            prefix = graph.value(quote, OA.prefix)
            suffix = graph.value(quote, OA.suffix)
            if prefix is not None and str(prefix) != text[max(0, start - CONTEXT_CHARS):start] and \
                    not text[:start].endswith(str(prefix)):
                problems.append(f"<{evidence}>: prefix {str(prefix)!r} does not precede the quote in <{source}>")
            if suffix is not None and not text[end:].startswith(str(suffix)):
                problems.append(f"<{evidence}>: suffix {str(suffix)!r} does not follow the quote in <{source}>")
    return sorted(problems)


def name_of(graph: Graph, node: object) -> str:
    """A resource as messages name it: its label and IRI, so a curator can read them."""
    label = graph.value(node, RDFS.label)
    if label is not None:
        return f"{label!s} <{node}>"
    return f"<{node}>" if isinstance(node, URIRef) else f"[{node}]"


def check_sources(dataset: Dataset, union: Graph | None = None) -> list[str]:
    """Each triple of the asserted graph must have a source: an evidence quote, or a declared
    non-document source (an ``ickg:ReferenceSource`` or an ``ickg:EditorialDecision``)."""
    asserted, provenance = dataset.graph(ASSERTED_GRAPH), dataset.graph(PROVENANCE_GRAPH)
    declared = set(provenance.subjects(RDF.type, ICKG.ReferenceSource)) | \
        set(provenance.subjects(RDF.type, ICKG.EditorialDecision))
    names = union if union is not None else asserted
    problems = []
    for s, p, o in asserted:
        statement = statement_iri(s, p, o)
        if (statement, RDF.subject, s) in provenance and (
                provenance.value(statement, ICKG.hasEvidence) is not None
                or any(src in declared for src in provenance.objects(statement, PROV.wasDerivedFrom))):
            continue
        value = o.n3() if isinstance(o, Literal) else name_of(names, o)
        problems.append(f"{name_of(names, s)} {names.namespace_manager.normalizeUri(p)} {value}: an asserted "
                        "triple without a source (no evidence quote, reference source or editorial decision)")
    return sorted(problems)

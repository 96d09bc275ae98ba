"""Validation of the instance data: SHACL shapes, then the evidence offsets against the documents.

Two kinds of check, one report:

- the SHACL shapes of ``ontology/shapes/ickg-shapes.ttl`` (pySHACL), run on the union of every
  graph of the dataset plus the ontology, so that subclass targets (a care model is a program)
  and cross-graph links (a statement in the provenance graph about a fact in the asserted graph)
  are seen together;
- for every evidence annotation, that its quote is exactly ``fullText[start:end]`` of the
  document its target points at, and that its prefix and suffix are the characters around it.
  A shape cannot say this: it needs the text;
- for every triple of the asserted graph, that it has a source: its statement in the provenance
  graph has an evidence quote, or is derived from a declared non-document source (a reference
  source such as the gazetteer, or an editorial decision with its reason). A shape cannot say
  this either: the triple and its statement are in different graphs, linked by a hash.

Messages name the resource by its label where it has one, so a curator can read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from rdflib.namespace import PROV

from ickg.namespaces import ASSERTED_GRAPH, ICKG, OA, PROVENANCE_GRAPH, SH, bind_prefixes
from ickg.pipeline.provenance import CONTEXT_CHARS, statement_iri


@dataclass
class Report:
    """The outcome of :func:`validate`: ``conforms`` and one readable line per problem."""

    conforms: bool
    messages: list[str] = field(default_factory=list)
    results: Graph | None = None

    def text(self):
        """The report as the CLI prints it: one line per problem, or one line saying all is well."""
        if self.conforms:
            return "valid: every shape holds and every quote matches its offsets"
        return "\n".join(self.messages)

    __str__ = text


def union_graph(data):
    """One plain Graph holding every triple of ``data`` (a Dataset, a ConjunctiveGraph or a Graph)."""
    union = bind_prefixes(Graph())
    if isinstance(data, Dataset) or hasattr(data, "quads"):
        for s, p, o, _g in data.quads((None, None, None, None)):
            union.add((s, p, o))
    else:
        for triple in data:
            union.add(triple)
    return union


def validate(data, *, shapes=None, ontology=None, documents=None):
    """Validate instance data against the shapes and its evidence against the document texts.

    Args:
        data: an rdflib Dataset (all named graphs are validated together) or Graph.
        shapes: a shapes Graph; by default the packaged ``ickg-shapes.ttl``.
        ontology: the ontology Graph mixed in for class hierarchy; by default the packaged one.
        documents: optional ``{document IRI: text}`` for documents whose ``ickg:fullText`` is
            not in ``data``.

    Returns:
        A :class:`Report`.
    """
    from ickg import resources

    graph = union_graph(data)
    shapes = shapes if shapes is not None else resources.shapes_graph()
    ontology = ontology if ontology is not None else resources.ontology_graph()
    combined = Graph()
    for triple in graph:
        combined.add(triple)
    for triple in ontology:
        combined.add(triple)
    conforms, results, _text = shacl_validate(combined, shacl_graph=shapes, inference="none",
                                              advanced=True, allow_warnings=True)
    messages = _shacl_messages(results, graph)
    messages += check_evidence(graph, documents or {})
    if isinstance(data, Dataset):
        messages += check_sources(data, graph)
    return Report(conforms=bool(conforms) and not messages, messages=messages, results=results)


def _name(graph, node):
    label = graph.value(node, RDFS.label)
    if label is not None:
        return f"{label!s} <{node}>"
    return f"<{node}>" if isinstance(node, URIRef) else f"[{node}]"


def _shacl_messages(results, data):
    out = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity)
        if severity is not None and severity != SH.Violation:
            continue
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        value = results.value(result, SH.value)
        where = _name(data, focus)
        if path is not None:
            where += f" {data.namespace_manager.normalizeUri(path) if isinstance(path, URIRef) else path}"
        line = f"{where}: {message}"
        if value is not None and value != focus:
            line += f" (value: {value.n3() if isinstance(value, Literal) else value})"
        out.append(line)
    return sorted(set(out))


def check_sources(dataset, union=None):
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
        value = o.n3() if isinstance(o, Literal) else _name(names, o)
        problems.append(f"{_name(names, s)} {names.namespace_manager.normalizeUri(p)} {value}: an asserted "
                        "triple without a source (no evidence quote, reference source or editorial decision)")
    return sorted(problems)


def check_evidence(graph, documents):
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


__all__ = ["Report", "validate", "check_evidence", "check_sources", "union_graph"]

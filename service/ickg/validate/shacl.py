"""Validation of the instance data: SHACL shapes, then the evidence offsets against the documents.

Two kinds of check, one report:

- the SHACL shapes of ``ontology/shapes/ickg-shapes.ttl`` (pySHACL), run on the union of every
  graph of the dataset plus the ontology, so that subclass targets (a care model is a program)
  and cross-graph links (a statement in the provenance graph about a fact in the asserted graph)
  are seen together;
- for every evidence annotation, that its quote is exactly ``fullText[start:end]`` of the
  document its target points at, and that its prefix and suffix are the characters around it;
- for every triple of the asserted graph, that it has a source: its statement in the provenance
  graph has an evidence quote, or is derived from a declared non-document source (a reference
  source such as the gazetteer, or an editorial decision with its reason).

Neither of the last two is a shape's to say (the first needs the text, the second links graphs
by a hash): :mod:`ickg.validate.evidence` checks them.

Messages name the resource by its label where it has one, so a curator can read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF

from ickg.namespaces import SH, bind_prefixes
from ickg.validate.evidence import check_evidence, check_sources, name_of


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


def validate(data: Graph, *, shapes: Graph | None = None, ontology: Graph | None = None,
             documents: Mapping[str, str] | None = None) -> Report:
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
        where = name_of(data, focus)
        if path is not None:
            where += f" {data.namespace_manager.normalizeUri(path) if isinstance(path, URIRef) else path}"
        line = f"{where}: {message}"
        if value is not None and value != focus:
            line += f" (value: {value.n3() if isinstance(value, Literal) else value})"
        out.append(line)
    return sorted(set(out))


__all__ = ["Report", "validate", "check_evidence", "check_sources", "union_graph"]

"""Validation of the instance data: SHACL shapes, then the evidence offsets against the documents.

Two kinds of check, one report:

- the SHACL shapes of ``ontology/shapes/ickg-shapes.ttl``, each constraint a SPARQL query over
  the pyoxigraph store (:mod:`ickg.validate.shapes`), run on the union of every stated graph of
  the dataset (not the inferred ones) plus the ontology, so that subclass targets (a care model is a program)
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

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Iterable, Mapping

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal
from rdflib.term import Node

from ickg import iris
from ickg.namespaces import bind_prefixes, short
from ickg.terms import from_ox, to_ox
from ickg.validate.evidence import Names, check_evidence, check_sources
from ickg.validate.local import LOCAL_SHAPES, Unsettled
from ickg.validate.shapes import compiled_shapes, graph_options, subclasses_in, violations

# The graphs a built dataset is validated on: what was stated, not what was inferred from it.
NOT_VALIDATED = frozenset((iris.INFERRED_GRAPH, iris.DERIVATIONS_GRAPH))


@dataclass
class Report:
    """The outcome of :func:`validate`: ``conforms`` and one readable line per problem."""

    conforms: bool
    messages: list[str] = field(default_factory=list)

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


def validated_graphs(store: ox.Store) -> list:
    """The graphs of ``store`` that :func:`validate_store` reads: all but the inferred ones."""
    skip = {ox.NamedNode(g) for g in NOT_VALIDATED}
    return [ox.DefaultGraph(), *(g for g in store.named_graphs() if g not in skip)]


def validate_store(store: ox.Store, *, shapes: Graph | None = None,
                   documents: Mapping[str, str] | None = None,
                   graphs: Iterable | None = None, unsettled: Unsettled | None = None) -> Report:
    """Validate the data of a pyoxigraph store: the SHACL shapes (as SPARQL,
    :mod:`ickg.validate.shapes`), every quote against its document, every asserted triple's source.

    Args:
        store: the data, the ontology among it (subclass targets need the class hierarchy).
        shapes: a shapes Graph; by default the packaged ``ickg-shapes.ttl``.
        documents: ``{document IRI: text}`` for documents whose ``ickg:fullText`` is not in the store.
        graphs: the graphs validated together (default :func:`validated_graphs`: all of them
            but the inferred ones, read as the store's union default graph when there are none).
        unsettled: when the build checked what each document wrote as it extracted it
            (:mod:`ickg.validate.local`, and every document conformed), what those checks did
            not settle: :data:`~ickg.validate.local.LOCAL_SHAPES` and the quotes are checked
            here for its nodes and the annotations of their documents only, the sources for its
            asserted triples only. None (the default): everything is checked here.

    Returns:
        A :class:`Report`.
    """
    from ickg import resources

    shapes = shapes if shapes is not None else resources.shapes_graph()
    if graphs is None and not any(g.value in NOT_VALIDATED for g in store.named_graphs()):
        graphs = "union"  # every graph: the store's union default graph (faster than a list)
    elif graphs is None:
        graphs = validated_graphs(store)
    else:
        graphs = list(graphs)
    names = Names(store, graphs)
    found: set[str] = set()
    among = None if unsettled is None else _annotations_of(store, unsettled.nodes, graphs)
    asserted = None
    if unsettled is not None and not any(isinstance(t, ox.BlankNode) for triple in unsettled.asserted for t in triple):
        asserted = sorted(unsettled.asserted, key=str)
    subclasses = subclasses_in(store, graphs)
    if among is None:
        checks = compiled_shapes(shapes, subclasses)
    else:  # the shapes checked per document, only for the nodes that check did not settle
        checks = compiled_shapes(shapes, subclasses, skip=LOCAL_SHAPES)
        if among:
            checks += compiled_shapes(shapes, subclasses, only=LOCAL_SHAPES, among=among)
    # The quote and source checks run beside the shapes (each query lets go of the GIL).
    with ThreadPoolExecutor(2) as pool:
        if among is None or among:
            quotes = pool.submit(check_evidence, store, documents, graphs, among)
        else:
            quotes = pool.submit(list)
        sources = pool.submit(check_sources, store, names, asserted) if asserted is None or asserted else \
            pool.submit(list)
        shape_violations = violations(store, shapes, graphs, checks=checks)
        quote_problems, source_problems = quotes.result(), sources.result()
    for v in shape_violations:
        where = names(v.focus)
        if v.path is not None:
            where += f" {short(v.path)}"
        line = f"{where}: {v.message}"
        if v.value is not None and v.value != v.focus:
            value = from_ox(v.value)
            line += f" (value: {value.n3() if isinstance(value, Literal) else value})"
        found.add(line)
    messages = sorted(found)
    messages += quote_problems
    messages += source_problems
    return Report(conforms=not messages, messages=messages)


def _annotations_of(store: ox.Store, nodes: Iterable, graphs) -> list | None:
    """``nodes`` and the annotations whose source (``oa:hasSource``) is one of them, sorted; None
    when one is a blank node (a query cannot name it: then every node is checked)."""
    nodes = set(nodes)
    if any(not isinstance(n, (ox.NamedNode, ox.Literal)) for n in nodes):
        return None
    out = set(nodes)
    named = sorted((n for n in nodes if isinstance(n, ox.NamedNode)), key=str)
    for i in range(0, len(named), 1000):
        values = " ".join(str(n) for n in named[i:i + 1000])
        query = f"SELECT DISTINCT ?x WHERE {{ VALUES ?c {{ {values} }} ?x <{iris.OA}hasSource> ?c }}"
        rows = store.query(query, **graph_options(graphs))
        assert isinstance(rows, ox.QuerySolutions)
        out.update(row["x"] for row in rows)
    if any(isinstance(n, ox.BlankNode) for n in out):
        return None
    return sorted(out, key=str)


def validate(data: Graph, *, shapes: Graph | None = None, ontology: Graph | None = None,
             documents: Mapping[str, str] | None = None) -> Report:
    """Validate rdflib data as :func:`validate_store` does (it is copied into a store in memory).

    Args:
        data: an rdflib Dataset (its named graphs are kept) or Graph (read into the default graph).
        ontology: the ontology Graph mixed in for class hierarchy; by default the packaged one.
    """
    from ickg import resources

    ontology = ontology if ontology is not None else resources.ontology_graph()
    store = ox.Store()
    store.extend(_ox_quads(data))
    onto = ox.NamedNode(iris.ONTOLOGY_GRAPH)
    store.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), onto) for s, p, o in ontology)
    return validate_store(store, shapes=shapes, documents=documents)


def _ox_quads(data):
    if isinstance(data, Dataset) or hasattr(data, "quads"):
        for s, p, o, g in data.quads((None, None, None, None)):
            graph = getattr(g, "identifier", g)
            name = ox.DefaultGraph() if graph is None or str(graph).startswith("urn:x-rdflib:default") \
                else to_ox(graph)
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), name)
    else:
        for s, p, o in data:
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.DefaultGraph())


__all__ = ["Report", "validate", "validate_store", "validated_graphs", "check_evidence", "check_sources",
           "union_graph"]

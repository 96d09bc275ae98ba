"""``DESCRIBE <iri>`` answered by index lookups instead of the SPARQL engine.

A one-IRI DESCRIBE is what a linked-data client sends most, and the engine's share of it is
mostly the work around the lookups: parsing, planning and optimising the query, making the
evaluator and its dataset view. Oxigraph's DESCRIBE is the concise bounded description of each
described node over the default graph: the node's triples, graph after graph in the order the
dataset lists them (the store's union in index order when the default graph is the union), then
those of each blank node object not yet described, the most recently found first
(``DescribeIterator`` in oxigraph's ``spareval``). :func:`describe_triples` walks the same lookups
in the same order through ``Store.quads_for_pattern``, so the triples, their order and the bytes
written from them are the engine's (``tests/test_sparql_describe.py`` compares the two on every
subject of a store with blank nodes, several graphs and triples stated in more than one graph).

Any other text (a prefixed name, several IRIs, a WHERE clause, a comment, an escape) returns
``None`` and goes to the engine: the shortcut recognises one spelling and nothing it would have
to parse.
"""

from __future__ import annotations

import re
from typing import Any, Iterator, Mapping

from pyoxigraph import BlankNode, NamedNode, Store, Triple

# DESCRIBE, then one absolute IRIREF (SPARQL 1.1 grammar rule 139 without escapes), and nothing else.
_ONE_IRI = re.compile(r"\s*DESCRIBE\s*<([A-Za-z][A-Za-z0-9+.\-]*:[^<>\"{}|^`\\\x00-\x20]*)>\s*", re.IGNORECASE)


def described_iri(text: str) -> str | None:
    """The IRI of ``text`` when it is exactly ``DESCRIBE <absolute IRI>``, else ``None``."""
    match = _ONE_IRI.fullmatch(text)
    return match.group(1) if match else None


def describe_triples(store: Store, text: str, dataset: Mapping[str, Any]) -> Iterator[Triple] | None:
    """The triples the engine's DESCRIBE of ``text`` yields over ``dataset`` (the keyword
    arguments ``Store.query`` would get), or ``None`` when ``text`` or ``dataset`` is not one this
    shortcut answers (then ask the engine)."""
    iri = described_iri(text)
    if iri is None:
        return None
    if dataset.get("use_default_graph_as_union") and len(dataset) == 1:
        graphs: list[Any] = [None]
    elif set(dataset) <= {"default_graph", "named_graphs"} and "default_graph" in dataset:
        graphs = list(dataset["default_graph"])
    else:
        return None
    try:
        node = NamedNode(iri)
    except ValueError:  # not an IRI pyoxigraph accepts: the engine says why
        return None
    return _walk(store, node, graphs)


def _walk(store: Store, node: NamedNode, graphs: list[Any]) -> Iterator[Triple]:
    described: set[Any] = {node}
    todo: list[Any] = [node]
    while todo:
        subject = todo.pop()
        for graph in graphs:
            for quad in store.quads_for_pattern(subject, None, None, graph):
                obj = quad.object
                if type(obj) is BlankNode and obj not in described:
                    described.add(obj)
                    todo.append(obj)
                yield Triple(quad.subject, quad.predicate, obj)


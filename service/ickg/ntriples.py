"""N-Triples and N-Quads text for rdflib terms: the one writer of the bulk paths.

Converting each term to a pyoxigraph object costs more than the store's own parser; writing the
text directly and bulk-loading it is several times faster for millions of quads. The build's
N-Quads spool, the provenance of the extraction workers and the reasoner's derivations are all
written with :func:`term` (or a :class:`TermText` cache of it).

>>> from rdflib import Literal, URIRef
>>> term(URIRef("https://w3id.org/ickg/id/x"))
'<https://w3id.org/ickg/id/x>'
>>> term(Literal('two\\nlines "quoted"', lang="en"))
'"two\\\\nlines \\\\"quoted\\\\""@en'
>>> nquads([(URIRef("urn:s"), URIRef("urn:p"), Literal(5), URIRef("urn:g"))])
b'<urn:s> <urn:p> "5"^^<http://www.w3.org/2001/XMLSchema#integer> <urn:g> .\\n'
"""

from __future__ import annotations

from typing import Iterable, cast

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ickg.iris import XSD_STRING


def string(value: str) -> str:
    """``value`` as an N-Triples string literal (quoted and escaped), without language or datatype.

    What N-Triples escapes in a string literal (ECHAR): backslash (first, so that the escapes
    added after it stay as they are), double quote, LF and CR. Four ``str.replace`` calls run in
    C; ``str.translate`` with a mapping looks every character up in Python (about 0.1 µs a
    character: 0.3 ms for one abstract's ``ickg:fullText``)."""
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def term(node: Node) -> str:
    """An rdflib term as N-Triples: ``<iri>``, ``_:id``, ``"text"@lang``, ``"text"^^<datatype>``.

    ``xsd:string`` is left implicit, as RDF 1.1 makes it.
    """
    kind = type(node)  # the exact classes first: isinstance on rdflib's terms costs more than writing them
    if kind is URIRef or (kind is not Literal and isinstance(node, URIRef)):
        return f"<{node}>"
    if kind is BNode or (kind is not Literal and isinstance(node, BNode)):
        return f"_:{node}"
    if kind is Literal or isinstance(node, Literal):
        literal = cast(Literal, node)
        body = string(str(literal))
        if literal.language:
            return f"{body}@{literal.language}"
        if literal.datatype is not None and str(literal.datatype) != XSD_STRING:
            return f"{body}^^<{literal.datatype}>"
        return body
    raise TypeError(f"unsupported term {node!r}")


class TermText:
    """:func:`term` with each term written once: a writer of many quads over few terms."""

    MAX_ITEMS = 2_000_000  # past this many distinct terms, new ones are written, not kept

    def __init__(self) -> None:
        self._texts: dict[Node, str] = {}

    def __call__(self, node: Node) -> str:
        text = self._texts.get(node)
        if text is None:
            text = term(node)
            if len(self._texts) < self.MAX_ITEMS:
                self._texts[node] = text
        return text


def nquads(quads: Iterable[tuple[Node, Node, Node, Node]]) -> bytes:
    """N-Quads bytes for rdflib-term quads, with every term written once and reused."""
    text = TermText()
    return "".join(f"{text(s)} {text(p)} {text(o)} {text(g)} .\n" for s, p, o, g in quads).encode("utf-8")

"""OWL class expressions in words: "supports integration type clinical integration — GKEN",
"mechanism or funding model", "located in some jurisdiction".

The ontology's restrictions, unions and lists are blank nodes; a page cannot name a blank node in
a second query, so their triples are read once per store version (:func:`blank_nodes`) and the
expressions are spelled out from that table.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from ickg.iris import OWL, RDF
from ickg.web import queries as vq
from ickg.web.links import href
from ickg.web.queries import Term

MAX_DEPTH = 6


def blank_nodes() -> dict[str, dict[str, list[Term]]]:
    """{blank node: {property: [values]}} of the ontology graph (per store version)."""
    def compute():
        out: dict[str, dict[str, list[Term]]] = {}
        for row in vq.ontology_blank_nodes():
            out.setdefault(row["b"].value, {}).setdefault(row["p"].value, []).append(row["o"])
        return out
    return vq.memo("ontology-blank-nodes", compute)


def _list(node, table):
    items, seen = [], set()
    while node is not None and node.is_bnode and node.value not in seen:
        seen.add(node.value)
        props = table.get(node.value, {})
        items.extend(props.get(RDF + "first", []))
        rest = props.get(RDF + "rest", [])
        node = rest[0] if rest else None
    return items


def want(term: Term, labeller, table=None, depth=0) -> None:
    """Ask ``labeller`` for every IRI the expression names (before it fetches)."""
    table = blank_nodes() if table is None else table
    if term.is_iri:
        labeller.want(term)
        return
    if not term.is_bnode or depth > MAX_DEPTH:
        return
    for prop, values in table.get(term.value, {}).items():
        labeller.want(prop)
        for v in values:
            want(v, labeller, table, depth + 1)


def in_words(term: Term, labeller, *, html: bool = True, table=None, depth: int = 0):
    """``term`` (an IRI, a literal or a class expression) in words, as linked HTML or plain text."""
    table = blank_nodes() if table is None else table

    def link(t):
        if t.is_iri:
            label = labeller(t)
            return Markup('<a href="{}" title="{}">{}</a>').format(href(t.value), t.value, label) if html else label
        if t.is_bnode:
            return in_words(t, labeller, html=html, table=table, depth=depth + 1)
        return escape(t.value) if html else t.value

    def join(parts, sep):
        parts = [p for p in parts]
        if html:
            return Markup(escape(sep)).join(parts)
        return sep.join(str(p) for p in parts)

    if not term.is_bnode:
        return link(term)
    if depth > MAX_DEPTH:
        return "…"
    node = table.get(term.value)
    if not node:
        return "(anonymous)"

    def first(prop):
        values = node.get(OWL + prop) or []
        return values[0] if values else None

    for prop, word in (("unionOf", " or "), ("intersectionOf", " and ")):
        if first(prop) is not None:
            members = [link(m) for m in _list(first(prop), table)]
            text = join(members, word)
            return join(["(", text, ")"], "") if depth else text
    if first("oneOf") is not None:
        return join(["one of ", join([link(m) for m in _list(first("oneOf"), table)], ", ")], "")
    if first("complementOf") is not None:
        return join(["not ", link(first("complementOf"))], "")
    on = first("onProperty")
    if on is not None:
        prop = link(on)
        if first("hasValue") is not None:
            return join([prop, link(first("hasValue"))], " ")
        if first("someValuesFrom") is not None:
            return join([prop, "some", link(first("someValuesFrom"))], " ")
        if first("allValuesFrom") is not None:
            return join([prop, "only", link(first("allValuesFrom"))], " ")
        for key, word in (("qualifiedCardinality", "exactly"), ("cardinality", "exactly"),
                          ("minQualifiedCardinality", "at least"), ("minCardinality", "at least"),
                          ("maxQualifiedCardinality", "at most"), ("maxCardinality", "at most")):
            if first(key) is not None:
                parts = [prop, word, first(key).value]
                on_class = first("onClass")
                if on_class is not None:
                    parts.append(link(on_class))
                return join(parts, " ")
        return join([prop, "(restricted)"], " ")
    members = node.get(OWL + "members") or node.get(OWL + "distinctMembers")
    if members:
        return join([link(m) for m in _list(members[0], table)], ", ")
    if node.get(RDF + "first"):
        return join([link(m) for m in _list(term, table)], ", ")
    return "(anonymous)"


__all__ = ["blank_nodes", "in_words", "want"]

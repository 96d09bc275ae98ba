"""Media types and the serializers behind them, as tables.

Content negotiation (:mod:`ickg.sparql.negotiation`) reads these tables and nothing else: a
format is added by adding a row.
Two tables, because a media type means different things for the two kinds of result:
``application/xml`` is SPARQL Results XML for SELECT/ASK and RDF/XML for CONSTRUCT/DESCRIBE.

Query results are written here in Python rather than with pyoxigraph's serializer because the
row cap must cut the result *and say so in the body*; pyoxigraph can only serialize a whole
solution iterator. Graph results are cut here and written by pyoxigraph.

The byte cap (``max_bytes``) is checked as the answer is written, from the sizes of the terms
already written, so an answer far over the cap is refused long before it is built (a one-row
GROUP_CONCAT of 100 MB stops at its one term); :class:`AnswerTooLarge` says so. Rows are capped by
cutting and announcing, bytes by refusing: a client can page through rows with LIMIT/OFFSET, but
a cut in the middle of a row or of one huge value cannot be completed by asking again.

This module imports nothing heavier than pyoxigraph: it runs inside the query worker processes,
whose start-up time is the time a server needs to recover from a killed query.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Triple, serialize

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` escaped for XML character data, as :func:`xml.sax.saxutils.escape`
    writes them. Written here because that module imports ``urllib.request`` (and with it
    ``http.client`` and ``email``): 45 ms of every query worker's start and of ``ickg query``."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


_ATTRIBUTE_WHITESPACE = str.maketrans({"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def quoteattr(text: str) -> str:
    """``text`` as a quoted XML attribute value, as :func:`xml.sax.saxutils.quoteattr` writes it
    (double quotes, or single ones where the value holds ``"`` but no ``'``)."""
    text = escape(text).translate(_ATTRIBUTE_WHITESPACE)
    if '"' in text:
        if "'" in text:
            return '"%s"' % text.replace('"', "&quot;")
        return "'%s'" % text
    return '"%s"' % text


class AnswerTooLarge(ValueError):
    """The serialized answer would exceed the byte cap; writing stopped at the cap."""

    def __init__(self, limit):
        self.limit = limit
        super().__init__(f"the answer is larger than this endpoint's limit of {describe_bytes(limit)}")


def describe_bytes(n: int) -> str:
    """``33554432`` -> ``"32 MiB"`` (for messages)."""
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size and n % (size // 16) == 0:
            return f"{n / size:g} {unit}"
    return f"{n} bytes"


class _Budget:
    """Bytes written so far against the cap; terms are counted by their value's length, a lower
    bound of what they take in any format, so the check never refuses an answer under the cap."""

    __slots__ = ("limit", "used")

    def __init__(self, limit):
        self.limit = limit or 0
        self.used = 0

    def add(self, n):
        if self.limit:
            self.used += n
            if self.used > self.limit:
                raise AnswerTooLarge(self.limit)

    def check(self, body):
        if self.limit and len(body) > self.limit:
            raise AnswerTooLarge(self.limit)
        return body


def _object_size(term):
    """Characters every graph format writes at least for a triple with object ``term``: Turtle
    groups subjects and compacts IRIs to prefixed names, so only a literal's value and an IRI's
    local name are sure to be written, once per triple."""
    kind = type(term)
    if kind is Literal:
        return len(term.value)
    if kind is NamedNode:
        iri = term.value
        return len(iri) - 1 - max(iri.rfind("#"), iri.rfind("/"))
    return 0


@dataclass(frozen=True)
class Format:
    name: str  # short name, accepted in the ``format`` / ``output`` request parameters
    media_type: str  # what the response's Content-Type says
    aliases: tuple = ()  # other media types and short names that select this format
    extension: str = ""
    rdf_format: RdfFormat | None = field(default=None, compare=False)
    dataset: bool = False  # writes quads (TriG, N-Quads)

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8"

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, self.media_type, *self.aliases)


RESULT_FORMATS = (
    Format("json", "application/sparql-results+json", ("application/json", "text/javascript", "application/javascript"), "srj"),
    Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml"), "srx"),
    Format("csv", "text/csv", (), "csv"),
    Format("tsv", "text/tab-separated-values", (), "tsv"),
)

GRAPH_FORMATS = (
    Format("turtle", "text/turtle", ("application/turtle", "application/x-turtle", "ttl", "n3", "text/n3", "text/rdf+n3"), "ttl", RdfFormat.TURTLE),
    Format("ntriples", "application/n-triples", ("nt", "n-triples", "text/plain"), "nt", RdfFormat.N_TRIPLES),
    Format("json-ld", "application/ld+json", ("jsonld", "json", "application/json", "application/x-json+ld"), "jsonld", RdfFormat.JSON_LD),
    Format("rdf+xml", "application/rdf+xml", ("rdfxml", "xml", "application/xml", "text/xml"), "rdf", RdfFormat.RDF_XML),
    Format("trig", "application/trig", (), "trig", RdfFormat.TRIG, dataset=True),
    Format("nquads", "application/n-quads", ("nq", "n-quads"), "nq", RdfFormat.N_QUADS, dataset=True),
)

HTML = "text/html"

_BY_NAME: dict[str, dict[str, Format]] = {"results": {}, "graph": {}}
for _kind, _table in (("results", RESULT_FORMATS), ("graph", GRAPH_FORMATS)):
    for _fmt in _table:
        for _name in _fmt.names:
            _BY_NAME[_kind].setdefault(_name.lower(), _fmt)


def table(kind: str) -> tuple[Format, ...]:
    """The formats for ``kind`` ("results" for SELECT/ASK, "graph" for CONSTRUCT/DESCRIBE)."""
    return RESULT_FORMATS if kind == "results" else GRAPH_FORMATS


def by_name(kind: str, name: str) -> Format | None:
    """The format a ``format=`` parameter value names, or ``None``."""
    return _BY_NAME[kind].get(name.strip().lower())


# ---------------------------------------------------------------------------------------------
# Query results


def _json_term(term):
    kind = type(term)
    if kind is NamedNode:
        return {"type": "uri", "value": term.value}
    if kind is Literal:
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        else:
            datatype = term.datatype.value
            if datatype != XSD_STRING:
                out["datatype"] = datatype
        return out
    if kind is BlankNode:
        return {"type": "bnode", "value": term.value}
    if kind is Triple:
        return {
            "type": "triple",
            "value": {
                "subject": _json_term(term.subject),
                "predicate": _json_term(term.predicate),
                "object": _json_term(term.object),
            },
        }
    raise TypeError(f"not an RDF term: {term!r}")


def _xml_term(term):
    kind = type(term)
    if kind is NamedNode:
        return f"<uri>{escape(term.value)}</uri>"
    if kind is Literal:
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        datatype = term.datatype.value
        if datatype != XSD_STRING:
            return f"<literal datatype={quoteattr(datatype)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if kind is BlankNode:
        return f"<bnode>{escape(term.value)}</bnode>"
    if kind is Triple:
        return (
            f"<triple><subject>{_xml_term(term.subject)}</subject>"
            f"<predicate>{_xml_term(term.predicate)}</predicate>"
            f"<object>{_xml_term(term.object)}</object></triple>"
        )
    raise TypeError(f"not an RDF term: {term!r}")


def _csv_field(term):
    if term is None:
        return ""
    kind = type(term)
    if kind is NamedNode or kind is Literal:
        text = term.value
    elif kind is BlankNode:
        text = "_:" + term.value
    else:
        text = str(term)
    if any(c in text for c in '",\r\n') or text[:1].isspace() or text[-1:].isspace():
        return '"' + text.replace('"', '""') + '"'
    return text


def _tsv_field(term):
    if term is None:
        return ""
    return str(term).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def truncation_message(limit: int | None) -> str:
    return (
        f"Result truncated to the server's limit of {limit} rows. "
        "Use LIMIT and OFFSET (with ORDER BY) to page through the rest."
    )


def _row_writer(name, variables):
    """For format ``name``: a function writing one solution, returning ``(piece, size)`` where
    size is at most the bytes the piece takes in the body (what the byte cap counts)."""
    if name == "json":
        def write(row):
            binding, size = {}, len(variables)
            for var in variables:
                term = row[var]
                if term is not None:
                    item = binding[var] = _json_term(term)
                    value = item["value"]
                    if type(value) is str:
                        size += len(value)
            return binding, size
    elif name == "xml":
        def write(row):
            parts = ["<result>"]
            for var in variables:
                term = row[var]
                if term is not None:
                    parts.append(f"<binding name={quoteattr(var)}>{_xml_term(term)}</binding>")
            parts.append("</result>")
            text = "".join(parts)
            return text, len(text)
    elif name == "csv":
        def write(row):
            text = ",".join(_csv_field(row[v]) for v in variables)
            return text, len(text) + 2
    elif name == "tsv":
        def write(row):
            text = "\t".join(_tsv_field(row[v]) for v in variables)
            return text, len(text) + 1
    else:
        raise ValueError(f"not a query results format: {name}")
    return write


def serialize_solutions(variables: Sequence[str], solutions: Iterable[Any], fmt: Format, *,
                        max_rows: int | None = None, max_bytes: int | None = None) -> tuple[bytes, int, bool]:
    """Write SELECT results, cut after ``max_rows`` rows.

    Args:
        variables: variable names, in order.
        solutions: iterable of pyoxigraph ``QuerySolution`` (or anything indexable by name).
        fmt: a :class:`Format` from :data:`RESULT_FORMATS`.
        max_rows: the cap, or ``None``/0 for none.
        max_bytes: the byte cap of the body, or ``None``/0 for none.

    Returns:
        ``(body, rows, truncated)``.

    Raises:
        AnswerTooLarge: the body would be longer than ``max_bytes`` (found out as rows are
            written: an answer far over the cap is refused without being built).
    """
    name = fmt.name
    write = _row_writer(name, variables)
    budget = _Budget(max_bytes)
    pieces: list[Any] = []
    truncated = False
    for row in solutions:
        if max_rows and len(pieces) == max_rows:
            truncated = True
            break
        piece, size = write(row)
        budget.add(size)
        pieces.append(piece)
    if name == "json":
        doc: dict[str, Any] = {"head": {"vars": list(variables)}, "results": {"bindings": pieces}}
        if truncated:
            doc["warning"] = truncation_message(max_rows)
        body = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()
    elif name == "xml":
        head = ['<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
        if truncated:
            head.append(f"<!-- {escape(truncation_message(max_rows))} -->")
        head.append("<head>")
        head.extend(f"<variable name={quoteattr(var)}/>" for var in variables)
        head.append("</head><results>")
        body = ("".join(head) + "".join(pieces) + "</results></sparql>\n").encode()
    elif name == "csv":
        lines = [",".join(_csv_field_name(v) for v in variables), *pieces]
        body = ("\r\n".join(lines) + "\r\n").encode()
    else:
        lines = ["\t".join("?" + v for v in variables), *pieces]
        body = ("\n".join(lines) + "\n").encode()
    return budget.check(body), len(pieces), truncated


def _csv_field_name(name):
    return '"' + name.replace('"', '""') + '"' if any(c in name for c in '",\r\n') else name


def serialize_boolean(value: bool, fmt: Format) -> bytes:
    """Write an ASK result."""
    name = fmt.name
    if name == "json":
        return json.dumps({"head": {}, "boolean": bool(value)}).encode()
    if name == "xml":
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n"
        ).encode()
    if name == "csv":
        return f"_askResult\r\n{'true' if value else 'false'}\r\n".encode()
    if name == "tsv":
        return f"?_askResult\n{'true' if value else 'false'}\n".encode()
    raise ValueError(f"not a query results format: {fmt.media_type}")


def _namespace_of(iri):
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1]


def used_prefixes(triples: Iterable[Triple], prefixes: Mapping[str, str]) -> dict[str, str]:
    """The entries of ``prefixes`` whose namespace some IRI of ``triples`` sits directly in."""
    spaces = set()
    for t in triples:
        for term in (t.subject, t.predicate, t.object):
            if type(term) is NamedNode:
                spaces.add(_namespace_of(term.value))
            elif type(term) is Literal:
                spaces.add(_namespace_of(term.datatype.value))
    return {p: ns for p, ns in prefixes.items() if ns in spaces}


def serialize_triples(triples: Iterable[Triple], fmt: Format, *, max_rows: int | None = None,
                      prefixes: Mapping[str, str] | None = None,
                      max_bytes: int | None = None) -> tuple[bytes, int, bool]:
    """Write CONSTRUCT/DESCRIBE results, cut after ``max_rows`` triples.

    Returns:
        ``(body, triples, truncated)``.

    Raises:
        AnswerTooLarge: the body would be longer than ``max_bytes``.
    """
    budget = _Budget(max_bytes)
    items: list[Triple] = []
    truncated = False
    for t in triples:
        if max_rows and len(items) == max_rows:
            truncated = True
            break
        budget.add(_object_size(t.object) + 1)
        items.append(t)
    items_out: list[Triple] | list[Quad] = items
    if fmt.dataset:
        default = DefaultGraph()
        items_out = [Quad(t.subject, t.predicate, t.object, default) for t in items]
    use_prefixes = None
    if prefixes and fmt.rdf_format in (RdfFormat.TURTLE, RdfFormat.TRIG, RdfFormat.RDF_XML):
        use_prefixes = used_prefixes(items, prefixes)
    body = (serialize(items_out, format=fmt.rdf_format, prefixes=use_prefixes) or b"") if items_out else b""
    if fmt.rdf_format is RdfFormat.JSON_LD and not items_out:
        body = b"[]"
    if fmt.rdf_format is RdfFormat.RDF_XML and not items_out:
        body = b'<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>\n'
    if truncated:
        message = truncation_message(max_rows).replace("rows", "triples")
        if fmt.rdf_format is RdfFormat.RDF_XML:
            head, _, rest = body.partition(b"\n")
            body = head + f"\n<!-- {escape(message)} -->\n".encode() + rest
        elif fmt.rdf_format is not RdfFormat.JSON_LD:
            body = f"# {message}\n".encode() + body
    return budget.check(body), len(items), truncated

"""Look at a SPARQL request's text before any engine sees it: its form, and whether it may run.

pyoxigraph evaluates ``SERVICE <http://...>`` by opening an HTTP connection from the server
(checked with 0.5.13), and other engines also fetch ``LOAD`` and ``FROM`` IRIs. ickg refuses
those requests before evaluation, so the check has to be sound without a full parser: it splits
the text into tokens (strings, IRIs, comments, words), which is what the SPARQL grammar's own
terminals do, and looks at the words only. A backslash outside strings and IRIs is refused
outright, because SPARQL allows ``\\uXXXX`` escapes anywhere (``SERVIC\\u0045``) and an engine
might honour them where this scan would not.

It is cheap (a few microseconds for a typical query), so it runs on every request.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*(?:\\u[0-9A-Fa-f]{4}[^<>"{}|^`\\\x00-\x20]*|\\U[0-9A-Fa-f]{8}[^<>"{}|^`\\\x00-\x20]*)*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<bnode>_:[\w.\-\u00b7]+)
  | (?P<pname>(?:[^\W\d][\w.\-]*)?:(?:[\w:%\-.]|\\[_~.\-!$&'()*+,;=/?\#@%])*)
  | (?P<word>[^\W\d][\w\-]*)
  | (?P<number>[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))
  | (?P<backslash>\\)
  | (?P<punct>\^\^|\|\||&&|!=|<=|>=|[{}()\[\].,;*/+\-=<>!|^@])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
# Functions whose result changes from one evaluation to the next: such queries are not cached.
VOLATILE_WORDS = frozenset({"NOW", "RAND", "UUID", "STRUUID", "BNODE"})
_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class RefusedQuery(ValueError):
    """The request asks for something ickg never does (fetch a remote IRI, call a service)."""


@dataclass
class QueryText:
    """What the checker learnt about one request text."""

    form: str | None  # SELECT, ASK, CONSTRUCT, DESCRIBE, UPDATE, or None when no form was seen
    dataset_iris: list[str] = field(default_factory=list)  # FROM / FROM NAMED / USING IRIs, resolved
    has_dataset_clause: bool = False
    volatile: bool = False

    @property
    def is_graph(self):
        return self.form in ("CONSTRUCT", "DESCRIBE")


def _unescape_iri(text):
    return _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def tokens(text):
    """(kind, value) pairs of ``text``, dropping white space and comments."""
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind not in ("ws", "comment"):
            yield kind, match.group()


def inspect(text, *, is_local_graph):
    """Classify a query or update and refuse what would reach outside the store.

    Args:
        text: the query or update as received.
        is_local_graph: predicate on an absolute IRI; ``FROM``/``USING`` IRIs must satisfy it.

    Returns:
        A :class:`QueryText`.

    Raises:
        RefusedQuery: for ``SERVICE``, ``LOAD``, a non-local ``FROM``/``FROM NAMED``/``USING``
            IRI, or an escape sequence outside strings and IRIs.
    """
    words = []
    prefixes = {}
    base = None
    result = QueryText(form=None)
    toks = list(tokens(text))
    i = 0
    while i < len(toks):
        kind, value = toks[i]
        if kind == "backslash":
            raise RefusedQuery("escape sequences outside strings and IRIs are not accepted")
        if kind == "word":
            upper = value.upper()
            words.append(upper)
            if upper == "SERVICE":
                raise RefusedQuery(
                    "SERVICE (federated query) is disabled: this endpoint never contacts other servers"
                )
            if upper == "LOAD":
                raise RefusedQuery("LOAD is disabled: this endpoint never fetches documents")
            if upper in VOLATILE_WORDS:
                result.volatile = True
            if result.form is None and upper in QUERY_FORMS:
                result.form = upper
            elif result.form is None and upper in UPDATE_WORDS:
                result.form = "UPDATE"
            if upper == "PREFIX" and i + 2 < len(toks) and toks[i + 1][0] == "pname" and toks[i + 2][0] == "iri":
                iri = _unescape_iri(toks[i + 2][1][1:-1])
                prefixes[toks[i + 1][1][:-1]] = urljoin(base, iri) if base else iri
            elif upper == "BASE" and i + 1 < len(toks) and toks[i + 1][0] == "iri":
                iri = _unescape_iri(toks[i + 1][1][1:-1])
                base = urljoin(base, iri) if base else iri
            elif upper in ("FROM", "USING"):
                j = i + 1
                if j < len(toks) and toks[j][0] == "word" and toks[j][1].upper() == "NAMED":
                    j += 1
                result.has_dataset_clause = True
                if j >= len(toks):
                    break
                iri = _resolve(toks[j], prefixes, base)
                if iri is None or not is_local_graph(iri):
                    shown = iri if iri is not None else toks[j][1]
                    raise RefusedQuery(
                        f"{upper} <{shown}> is not a graph of this store; "
                        "remote graphs are never fetched"
                    )
                result.dataset_iris.append(iri)
        i += 1
    return result


def _resolve(token, prefixes, base):
    kind, value = token
    if kind == "iri":
        iri = _unescape_iri(value[1:-1])
        if base:
            iri = urljoin(base, iri)
        return iri if ":" in iri else None
    if kind == "pname":
        prefix, _, local = value.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
    return None

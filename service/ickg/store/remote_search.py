"""``ickg:search(?x, "text")`` in a query to a remote store: the call replaced by its answer.

On the embedded store the function is a pyoxigraph custom function that reads the version's
text index (:class:`ickg.store.textindex.SparqlSearch`). A remote store evaluates the query
itself and knows no such function, so before the query is sent each call is rewritten into
plain SPARQL 1.1 that gives the same value: the text is searched here, in the text index of the
build the store holds (:mod:`ickg.store.remote_index`), and the scores of the matching
resources go into the query as one string, ``" <iri> score <iri> score ... "`` (an IRI holds no
space and no ``<``), which the expression looks ``?x`` up in::

    IF(CONTAINS(T, CONCAT("<", IF(isIRI(?x), STR(?x), " "), ">")),
       STRDT(STRBEFORE(STRAFTER(T, CONCAT(...)), " "), xsd:double), COALESCE())

The score is the same ``xsd:double`` literal the embedded store's function returns (its lexical
form is Python's ``repr`` of the float in both), and a resource that does not match, a literal
or an unbound ``?x`` gives an error (``COALESCE()`` of nothing is one, in Oxigraph and
Virtuoso alike; an unbound variable would be too, but Virtuoso lists it in ``SELECT *``, and
``1/0`` fails Virtuoso's whole query), as the function's ``None`` does: ``BIND`` leaves the
variable unbound, ``FILTER`` drops the row. At most
:data:`ickg.store.textindex.SPARQL_MAX_RESOURCES` resources are scored, as on the embedded store;
blank nodes are left out (a remote store labels them its own way).

What is rewritten: a call whose name is ``<https://w3id.org/ickg/ontology/search>`` or a
prefixed name declared to mean it, whose first argument is a variable or an IRI and whose
second is a string literal. Any other call of the function is refused with a message saying
this form; the text is read as the query check reads it (:data:`ickg.sparql.querycheck._TOKEN`),
so strings, IRIs and comments that merely contain ``search(`` are left alone.
"""

from __future__ import annotations

import json
import re
from typing import Callable

from ickg.iris import ICKG, XSD
from ickg.store.errors import QuerySyntaxError

FUNCTION = ICKG + "search"
FORM = 'ickg:search(?x, "words")'
_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)


def mentions(text: str) -> bool:
    """Whether ``text`` might call the function (a cheap test before reading it)."""
    return "search" in text


def rewrite(text: str, scores_of: Callable[[str], dict]) -> str:
    """``text`` with every call of ``ickg:search`` replaced by the SPARQL that gives its value.

    ``scores_of(words)``: ``{resource IRI: score}`` for the search text ``words``; called once
    per distinct text, and only when the query calls the function.

    Raises:
        QuerySyntaxError: a call in another form than ``ickg:search(?x, "words")``.
    """
    from ickg.sparql.querycheck import _TOKEN  # here: its patterns take 60 ms to compile, and builds never search

    tokens = [(m.lastgroup, m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)
              if m.lastgroup not in ("ws", "comment")]
    prefixes = _prefixes(tokens)
    out, last, n, tables = [], 0, 0, {}
    while n < len(tokens):
        kind, value, start, _ = tokens[n]
        if not _names_function(kind, value, prefixes):
            n += 1
            continue
        call = tokens[n + 1:n + 6]
        shape = [k for k, _, _, _ in call]
        if shape[:1] != ["open"]:  # the IRI itself, not a call (a resource named so): left alone
            n += 1
            continue
        if shape != ["open", "var", "punct", "string", "close"] and shape != ["open", "iri", "punct", "string", "close"] \
                or call[2][1] != ",":
            raise QuerySyntaxError(f"on a remote store {FORM} takes a variable (or an IRI) and a string literal: "
                                   f"the search is made before the query is sent (near {text[start:start + 60]!r})")
        words = _string_value(call[3][1])
        if words not in tables:
            tables[words] = _table(scores_of(words))
        out.append(text[last:start])
        out.append(_lookup(call[1][1], tables[words]))
        last = call[4][3]
        n += 6
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _prefixes(tokens) -> dict:
    """{prefix: namespace} of the PREFIX declarations (the last one of a prefix wins)."""
    found = {}
    for (k1, v1, _, _), (k2, v2, _, _), (k3, v3, _, _) in zip(tokens, tokens[1:], tokens[2:]):
        if k1 == "run" and v1.upper() == "PREFIX" and k2 == "run" and v2.endswith(":") and k3 == "iri":
            found[v2[:-1]] = v3[1:-1]
    return found


def _names_function(kind, value, prefixes) -> bool:
    if kind == "iri":
        return value[1:-1] == FUNCTION
    if kind == "run" and ":" in value:
        prefix, local = value.split(":", 1)
        return local == "search" and prefixes.get(prefix, "") + local == FUNCTION
    return False


def _string_value(token: str) -> str:
    body = token[3:-3] if token[:3] in ('"""', "'''") else token[1:-1]

    def unescape(match):
        code = match.group(1) or match.group(2)
        return chr(int(code, 16)) if code else _ESCAPES.get(match.group(3), match.group(0))

    return _ESCAPE.sub(unescape, body)


def _table(scores: dict) -> str:
    """The scores as one SPARQL string: ``" <iri>1.5 <iri>0.25 "`` (blank nodes left out)."""
    parts = [f"<{iri}>{float(score)!r}" for iri, score in scores.items() if not iri.startswith("_:")]
    return json.dumps(" " + " ".join(parts) + " ", ensure_ascii=False)


def _lookup(term: str, table: str) -> str:
    """The SPARQL expression for the score of ``term`` (a variable or an ``<IRI>``) in ``table``."""
    key = f'IF(isIRI({term}), STR({term}), " ")'
    needle = f'CONCAT("<", {key}, ">")'
    return (f'IF(CONTAINS({table}, {needle}), STRDT(STRBEFORE(STRAFTER({table}, {needle}), " "), <{XSD}double>), '
            'COALESCE())')
